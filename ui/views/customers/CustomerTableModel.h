#pragma once

#include "model/Customer.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QVector>

namespace onboarder::ui {

// The partner's wholesale customers as a table (name, external ID, status, packages, country, last change) that
// grows page by page and updates single rows in place when a customer's status changes. Built for 20,000 rows:
// rows are found by ID through a hash, a status change touches one row, and the search text of each row is
// prepared once so filtering never formats cells.
class CustomerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        ExternalIdColumn,
        StatusColumn,
        PackagesColumn,
        CountryColumn,
        LastChangeColumn,
        ColumnCount
    };
    enum Role {
        CustomerIdRole = Qt::UserRole + 1,
        StatusRole, // model::CustomerStatus::Value as int
        SortRole, // what the column sorts by (the time for Last change)
    };

    explicit CustomerTableModel(QObject* parent = nullptr);

    void clear();
    void append(const QList<model::Customer>& customers);
    // Replaces the row of the same ID in place (a name known only locally is kept); false when it is not listed.
    bool updateCustomer(const model::Customer& customer);
    // Adds the customer, or updates its row when it is already listed.
    void upsertCustomer(const model::Customer& customer);
    bool removeCustomer(const QString& customerId);
    // Names the rows first..last (clamped to the rows there are): its organization's name when it has one, else the
    // name known for its ID. One change signal for the rows renamed; returns how many were.
    int applyNames(const QHash<QString, QString>& byOrgId,
                   const QHash<QString, QString>& byCustomerId,
                   int first,
                   int last);

    int rowOf(const QString& customerId) const;
    const model::Customer& customerAt(int row) const;
    QDateTime lastChangeAt(int row) const;
    // Lower-case text of every searchable column, for the filter.
    const QString& searchTextAt(int row) const;
    model::CustomerStatus::Value statusAt(int row) const;
    // The name to show and type: the company name when known, else the external ID.
    static QString displayName(const model::Customer& customer);
    // The icon of a status, wherever a status is shown; empty for an unknown one.
    static QString statusIconPath(model::CustomerStatus::Value status);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Re-reads translated texts (status names, headers) after a language change.
    void retranslate();

private:
    struct Row
    {
        model::Customer customer;
        QDateTime lastChange;
        QString packages; // display text, prepared once
        QString country; // display text, prepared once
        QString searchText;
    };
    void prepare(Row& row) const;
    QString countryName(const QString& code) const;

    QVector<Row> m_rows;
    QHash<QString, int> m_rowById;
    mutable QHash<QString, QString> m_countryNames;
};

} // namespace onboarder::ui
