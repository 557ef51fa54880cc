#include "ui/export/SummaryExporter.h"

#include "ui/wizards/customer/CustomerSummary.h"

#include <QColor>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace onboarder::ui {

namespace {
bool writeText(const QString& text, const QString& filePath, QString* errorMessage)
{
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        *errorMessage = file.errorString();
        return false;
    }
    file.write(text.toUtf8());
    if (!file.commit()) {
        *errorMessage = file.errorString();
        return false;
    }
    return true;
}

const QColor kRule(0x88, 0x88, 0x88);

// Every table of the document, nested ones too.
void collectTables(QTextFrame* frame, QList<QTextTable*>& tables)
{
    for (QTextFrame* child : frame->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(child)) {
            tables.append(table);
        }
        collectTables(child, tables);
    }
}
} // namespace

SummaryExporter::Document SummaryExporter::templateSummary(const model::OnboardingTemplate& t,
                                                           const jobs::TemplateSummary::Context& context)
{
    return { tr("Onboarding template: %1").arg(t.name),
             jobs::TemplateSummary::toHtml(t, context),
             jobs::TemplateSummary::toMarkdown(t, context) };
}

SummaryExporter::Document
SummaryExporter::customerSummary(const model::CustomerDraft& draft, const QLocale& locale, const QString& profile)
{
    return { tr("New customer: %1").arg(draft.customer.customerInfo.name),
             CustomerSummary::toHtml(draft, locale, profile),
             CustomerSummary::toMarkdown(draft, locale, profile) };
}

SummaryExporter::Document SummaryExporter::setupAssistance(const jobs::SetupAssistanceRequest::Input& input)
{
    return { jobs::SetupAssistanceRequest::title(input),
             jobs::SetupAssistanceRequest::toHtml(input),
             jobs::SetupAssistanceRequest::toMarkdown(input) };
}

std::optional<SummaryExporter::Format> SummaryExporter::formatForPath(const QString& filePath)
{
    const QString suffix = QFileInfo(filePath).suffix().toLower();
    if (suffix == QLatin1String("pdf")) {
        return Format::Pdf;
    }
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm")) {
        return Format::Html;
    }
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown")) {
        return Format::Markdown;
    }
    return std::nullopt;
}

QString SummaryExporter::fileDialogFilter()
{
    return tr("PDF document (*.pdf);;HTML page (*.html *.htm);;Markdown (*.md)");
}

bool SummaryExporter::exportTo(const Document& document, const QString& filePath, QString* errorMessage)
{
    const auto format = formatForPath(filePath);
    if (!format) {
        if (errorMessage) {
            *errorMessage = tr("Choose a file name ending in .pdf, .html or .md.");
        }
        return false;
    }
    QString error;
    bool ok = false;
    switch (*format) {
    case Format::Html:
        ok = writeText(document.html, filePath, &error);
        break;
    case Format::Markdown:
        ok = writeText(document.markdown, filePath, &error);
        break;
    case Format::Pdf: {
        // QPdfWriter writes straight to its device; render into a QSaveFile so a failure leaves no half PDF.
        QSaveFile file(filePath);
        if (!file.open(QIODevice::WriteOnly)) {
            error = file.errorString();
            break;
        }
        {
            QPdfWriter writer(&file);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setResolution(300);
            writer.setTitle(document.title);
            writer.setCreator(QStringLiteral("Onboarder"));
            render(document, &writer);
        }
        ok = file.commit();
        if (!ok) {
            error = file.errorString();
        }
        break;
    }
    }
    if (!ok && errorMessage) {
        *errorMessage = tr("Cannot write %1: %2").arg(filePath, error);
    }
    return ok;
}

void SummaryExporter::preparePrintLayout(QTextDocument* document, const QString& html)
{
    document->setHtml(html);
    QList<QTextTable*> tables;
    collectTables(document->rootFrame(), tables);
    for (QTextTable* table : std::as_const(tables)) {
        QTextTableFormat format = table->format();
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setBorder(1);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorderBrush(kRule);
        format.setBorderCollapse(true);
        format.setCellSpacing(0);
        format.setCellPadding(4);
        if (table->columns() == 2) {
            // A label and its value: the labels in one aligned column, the values in the rest.
            format.setColumnWidthConstraints(
                { QTextLength(QTextLength::PercentageLength, 35), QTextLength(QTextLength::PercentageLength, 65) });
        }
        table->setFormat(format);
        for (int row = 0; row < table->rows(); ++row) {
            for (int column = 0; column < table->columns(); ++column) {
                QTextTableCell cell = table->cellAt(row, column);
                QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
                cellFormat.setVerticalAlignment(QTextCharFormat::AlignTop);
                // With collapsed borders the cells draw the rules between them.
                cellFormat.setBorder(1);
                cellFormat.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
                cellFormat.setBorderBrush(kRule);
                cell.setFormat(cellFormat);
            }
        }
    }
}

void SummaryExporter::render(const Document& document, QPagedPaintDevice* device)
{
    QTextDocument text;
    preparePrintLayout(&text, document.html);
    // print() lays the document out for the device's page and resolution itself.
    text.print(device);
}

bool SummaryExporter::print(const Document& document, QWidget* parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(document.title);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print %1").arg(document.title));
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    render(document, &printer);
    return true;
}

bool SummaryExporter::exportTo(const model::OnboardingTemplate& t,
                               const jobs::TemplateSummary::Context& context,
                               const QString& filePath,
                               QString* errorMessage)
{
    return exportTo(templateSummary(t, context), filePath, errorMessage);
}

void SummaryExporter::render(const model::OnboardingTemplate& t,
                             const jobs::TemplateSummary::Context& context,
                             QPagedPaintDevice* device)
{
    render(templateSummary(t, context), device);
}

bool SummaryExporter::print(const model::OnboardingTemplate& t,
                            const jobs::TemplateSummary::Context& context,
                            QWidget* parent)
{
    return print(templateSummary(t, context), parent);
}

} // namespace onboarder::ui
