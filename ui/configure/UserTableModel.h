#pragma once

#include "model/FieldError.h"
#include "model/Subscriber.h"
#include "model/SubscriberBatchRules.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace onboarder::ui {

// The users being added to one customer, one row per user, each cell checked as it is typed with the rules an import
// file is checked with (model::SubscriberBatchRules: the validator plus what only this customer knows, its packages,
// locations, free numbers and existing users). appendRows() is the seam a CSV import fills; rowsToSend() what the
// provisioning controller gets. Rows already added stay as they are: never checked or sent again.
class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FirstName, LastName, Email, Package, Location, PhoneNumber, Extension, Status, ColumnCount };
    enum class RowState { Draft, Checking, Checked, CheckFailed, Provisioning, Provisioned, PendingMigration, Failed };

    // What the rows are checked against.
    using Context = model::SubscriberBatchRules::Context;

    explicit UserTableModel(QObject* parent = nullptr);

    void setContext(const Context& context);
    const Context& context() const;

    // Replaces every row; rows() gives them back as typed.
    void setRows(const QList<model::Subscriber>& rows);
    // Adds rows after the ones there (a CSV import); rows already added keep their state.
    void appendRows(const QList<model::Subscriber>& rows);
    // True once the row's user was added (or is waiting to accept): it is neither checked nor sent again.
    bool isSettled(int row) const;
    QList<model::Subscriber> rows() const;
    int appendEmptyRow();
    void removeRowAt(int row);

    // A row with everything the table knew about it, to put it back as it was (undo).
    struct SavedRow
    {
        int position = 0;
        model::Subscriber subscriber;
        RowState state = RowState::Draft;
        QString message;
    };
    // Removes the rows (any order) and returns them by ascending position.
    QList<SavedRow> takeRows(QList<int> rows);
    // Puts rows takeRows() returned back at their positions.
    void restoreRows(const QList<SavedRow>& rows);
    // Sets one column (a cell with a fixed choice: package or location) to one value on each of the rows whose cell
    // can be edited, as typing it into each cell would. Returns those rows as they were before, for undo.
    QList<SavedRow> setColumnValue(const QList<int>& rows, int column, const QString& value);
    // Puts rows setColumnValue() returned back as they were, in place.
    void replaceRows(const QList<SavedRow>& rows);

    // A row with nothing typed in it is ignored.
    bool isBlank(int row) const;
    // Something for the user to fix: a rule the row breaks, or a check or add that failed.
    bool hasProblem(int row) const;
    // Rows with something typed in them that were not added (yet): what closing the window would drop.
    QList<int> unsentRows() const;
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

    // Writes a typed value into the row as setData() does, without checking the rows again.
    bool assign(int row, int column, const QString& text);
    void revalidate();
    QString locationName(const QString& locationId) const;
    bool isEditable(int row) const;

    model::SubscriberBatchRules m_rules;
    QList<Row> m_rows;
};

} // namespace onboarder::ui
