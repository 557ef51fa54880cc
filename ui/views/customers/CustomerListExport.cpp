#include "ui/views/customers/CustomerListExport.h"

#include "jobs/import/CsvReader.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QSaveFile>

namespace onboarder::ui {

namespace {
QString cell(const QString& text)
{
    // A name such as "=HYPERLINK(…)" must stay text in the spreadsheet.
    return !text.isEmpty() && QStringLiteral("=+-@").contains(text.front()) ? QLatin1Char('\'') + text : text;
}
} // namespace

QString CustomerListExport::csv(const QAbstractItemModel& shown)
{
    QStringList lines;
    QStringList header;
    for (int column = 0; column < shown.columnCount(); ++column) {
        header.append(shown.headerData(column, Qt::Horizontal).toString());
    }
    lines.append(jobs::CsvReader::formatRecord(header, QLatin1Char(',')));
    for (int row = 0; row < shown.rowCount(); ++row) {
        QStringList fields;
        for (int column = 0; column < shown.columnCount(); ++column) {
            // The tooltip holds the whole text where a cell may be cut (packages, the full date).
            const QModelIndex index = shown.index(row, column);
            const QVariant full = index.data(Qt::ToolTipRole);
            fields.append(cell(full.isValid() ? full.toString() : index.data().toString()));
        }
        lines.append(jobs::CsvReader::formatRecord(fields, QLatin1Char(',')));
    }
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

bool CustomerListExport::write(const QAbstractItemModel& shown, const QString& path, QString* errorMessage)
{
    QSaveFile file(path);
    const QByteArray data = QByteArray("\xEF\xBB\xBF") + csv(shown).toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (errorMessage) {
            *errorMessage = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        }
        return false;
    }
    return true;
}

} // namespace onboarder::ui
