#pragma once

#include "model/FieldError.h"
#include "model/Location.h"
#include "model/Subscriber.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace onboarder::ui {

// The users being added to one customer, one row per user, each cell checked as it is typed (SubscriberValidator
// plus what only this customer knows: its packages, locations, free numbers and existing users). setRows() is the
// seam a CSV import fills; rowsToSend() what the provisioning controller gets.
class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FirstName, LastName, Email, Package, Location, PhoneNumber, Extension, Status, ColumnCount };
    enum class RowState { Draft, Checking, Checked, CheckFailed, Provisioning, Provisioned, PendingMigration, Failed };

    // What the rows are checked against.
    struct Context
    {
        QString customerId;
        QString defaultRegion; // the customer's country, for national phone numbers
        QStringList packages; // wire names the customer can give its users
        QList<model::Location> locations;
        QHash<QString, QStringList> freeNumbers; // location ID -> E.164 numbers nobody owns; absent while unknown
        QSet<QString> existingEmails; // lower case: users the customer already has
    };

    explicit UserTableModel(QObject* parent = nullptr);

    void setContext(const Context& context);
    const Context& context() const;

    // Replaces every row (CSV import); rows() gives them back as typed.
    void setRows(const QList<model::Subscriber>& rows);
    QList<model::Subscriber> rows() const;
    int appendEmptyRow();
    void removeRowAt(int row);

    // A row with nothing typed in it is ignored.
    bool isBlank(int row) const;
    // What is sent for the row: the customer, and the location, number and extension only for calling packages.
    model::Subscriber request(int row) const;
    model::FieldErrors errors(int row) const;
    // The message shown for one cell, empty when the cell is fine.
    QString cellError(int row, int column) const;
    int invalidRowCount() const;
    // Rows that are not blank, are valid and have not been provisioned yet.
    QList<int> rowsToSend() const;

    RowState state(int row) const;
    QString stateMessage(int row) const;
    void setState(int row, RowState state, const QString& message = {});
    // Stores what the API returned for a provisioned row (its ID and status).
    void setResult(int row, const model::Subscriber& subscriber);
    QString subscriberId(int row) const;
    static QString stateText(RowState state);
    static int columnForPath(const QString& path);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Header texts come from tr() at call time; this tells the views after a language change.
    void retranslate();

signals:
    // Some row's errors changed; the tab updates its summary and buttons.
    void validityChanged();

private:
    struct Row
    {
        model::Subscriber subscriber;
        RowState state = RowState::Draft;
        QString message;
        model::FieldErrors errors;
    };

    // The rows as sent, and where each email, number and extension occurs.
    struct Index
    {
        QList<model::Subscriber> requests;
        QHash<QString, QList<int>> emails;
        QHash<QString, QList<int>> numbers;
        QHash<QString, QList<int>> extensions;
    };

    void revalidate();
    model::FieldErrors validate(int row, const Index& index) const;
    QString locationName(const QString& locationId) const;
    bool isEditable(int row) const;

    Context m_context;
    QList<Row> m_rows;
};

} // namespace onboarder::ui
