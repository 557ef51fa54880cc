#pragma once

#include "model/Customer.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QMultiHash>
#include <QVector>

#include <deque>
#include <vector>

namespace onboarder::ui {

// The partner's wholesale customers as a table (name, external ID, status, packages, country, last change) that
// grows page by page and updates single rows in place when a customer's status changes. Built for 20,000 rows:
// rows are found by ID through a hash, a status change touches one row, and what the filter and the sort read is
// prepared once per row beside it (CustomerFilterProxy), so neither formats a cell nor walks the customers
// themselves. What many rows share (status, packages, country: a "facet") is kept once: its display texts
// and its search text are made once per distinct combination, not per row.
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
    // Adds the customers not listed yet as rows at the end and updates the rows of those that are. The table keeps
    // the list itself (copied only when it is shared).
    void append(QList<model::Customer> customers);
    // The same for the customers of several pages at once, in one insert.
    void append(std::vector<QList<model::Customer>> pages);
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
    // The text a cell shows (DisplayRole), without a QVariant.
    QString text(int row, int column) const;
    model::CustomerStatus::Value statusAt(int row) const
    {
        return m_facets[std::size_t(m_rows[std::size_t(row)].facet)].status;
    }
    // The name to show and type: the company name when known, else the external ID.
    static QString displayName(const model::Customer& customer);
    // The icon of a status, wherever a status is shown; empty for an unknown one.
    static QString statusIconPath(model::CustomerStatus::Value status);

    // What the filter and the sort read (CustomerFilterProxy), all in arrays indexed by row.
    // The row's own searchable text in lower case: name, external ID and city.
    const QString& rowSearchText(int row) const
    {
        return m_rows[std::size_t(row)].searchText;
    }
    // The facet of a row: its status, packages and country, shared with the rows that have the same.
    int facetOf(int row) const
    {
        return m_rows[std::size_t(row)].facet;
    }
    int facetCount() const
    {
        return int(m_facets.size());
    }
    // Lower-case searchable text of a facet: status (wire and display), packages, country (name and code).
    const QString& facetSearchText(int facet) const
    {
        return m_facets[std::size_t(facet)].searchText;
    }
    // The text a facet shows in Status, Packages or Country.
    const QString& facetText(int facet, int column) const;
    // Changes when the facets' texts do (a language change), so what was matched or ranked on them is stale.
    int facetGeneration() const
    {
        return m_facetGeneration;
    }
    // The text Name and External ID sort by: case-folded per UTF-16 unit as QString::compare(Qt::CaseInsensitive)
    // folds, so comparing two keys exactly orders the rows as that comparison orders the texts.
    const QString& nameSortKey(int row) const
    {
        return m_rows[std::size_t(row)].nameKey;
    }
    const QString& externalIdSortKey(int row) const
    {
        return m_rows[std::size_t(row)].externalIdKey;
    }
    qint64 lastChangeMSecs(int row) const
    {
        return m_rows[std::size_t(row)].lastChange;
    }
    static QString caseFoldedKey(const QString& text);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Re-reads translated texts (status names, headers) after a language change.
    void retranslate();

private:
    struct Facet
    {
        model::CustomerStatus::Value status = model::CustomerStatus::Unknown;
        model::CustomerStatus wireStatus;
        QStringList packageNames; // wire names
        QString countryCode;
        QString statusText; // display texts, made once per facet
        QString packagesText;
        QString countryText;
        QString searchText;
    };
    int facetFor(const model::Customer& customer);
    void prepareFacet(Facet& facet) const;
    // Fills the row's own arrays from its customer.
    void prepareRow(std::size_t row);
    QString countryName(const QString& code) const;

    // What a row keeps beside its customer: what the table, the filter and the sort read.
    struct Row
    {
        model::Customer* customer = nullptr; // in its page of m_pages
        int facet = 0;
        qint64 lastChange = 0; // ms since the epoch
        QString searchText;
        QString nameKey;
        QString externalIdKey;
    };
    // The customers stay in the pages they came in, a row pointing into its page, so a page is listed without
    // allocating or moving a customer; a removed customer stays in its page until clear(). The rows are a deque, so
    // 20,000 of them grow block by block instead of being moved to fresh memory each time a vector would double.
    std::vector<QList<model::Customer>> m_pages;
    std::deque<Row> m_rows;
    QHash<QString, int> m_rowById;
    std::vector<Facet> m_facets;
    QMultiHash<std::size_t, int> m_facetByKey; // by a hash of status, country and packages
    int m_facetGeneration = 0;
    mutable QHash<QString, QString> m_countryNames;
};

} // namespace onboarder::ui
