#pragma once

#include <QCoreApplication>
#include <QString>

class QAbstractItemModel;

namespace onboarder::ui {

// Writes the customers list as the view shows it (its filter and sort, every column: name, external ID, status,
// packages, country, last change) to a CSV file that spreadsheets open as it is: UTF-8 with a byte order mark,
// saved atomically, cells that a spreadsheet would run as formulas neutralised.
class CustomerListExport
{
    Q_DECLARE_TR_FUNCTIONS(CustomerListExport)

public:
    static QString csv(const QAbstractItemModel& shown);
    // False with a message when the file cannot be written.
    static bool write(const QAbstractItemModel& shown, const QString& path, QString* errorMessage = nullptr);
};

} // namespace onboarder::ui
