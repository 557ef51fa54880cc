#pragma once

#include "model/CustomerStatus.h"

#include <QAbstractProxyModel>

#include <functional>
#include <optional>
#include <vector>

namespace onboarder::ui {

class CustomerTableModel;

// Filters the customer table by a text (in any searchable column, case-insensitive) and by one status, and sorts by
// each column case-insensitively (Last change by its time), keeping the rows sorted and filtered as they arrive and
// change, as QSortFilterProxyModel with a dynamic sort filter does. Built for 20,000 rows: it keeps every source
// row in sort order, filtered out or not, so a filter is one pass over an index vector (clearing it restores the
// order there was) and a sort compares the model's prepared keys (ranks for status, packages and country). A change
// of many rows at once (a filter, a sort, a page of rows landing all over the order, a slice of names) is one layout
// change, in which selection and current row follow their customers; a change of a few rows is a few inserts,
// removals or moves.
class CustomerFilterProxy : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit CustomerFilterProxy(QObject* parent = nullptr);

    void setCustomerModel(CustomerTableModel* model);
    // Only a CustomerTableModel (or nothing) can be the source.
    void setSourceModel(QAbstractItemModel* model) override;
    void setText(const QString& text);
    QString text() const;
    // No value shows every status.
    void setStatus(std::optional<model::CustomerStatus::Value> status);
    std::optional<model::CustomerStatus::Value> status() const;
    int sortColumn() const;
    Qt::SortOrder sortOrder() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& index) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    // The columns are the source's, also when no row is shown (QAbstractProxyModel finds them through row 0).
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    bool accepts(int sourceRow) const;
    bool lessThan(int left, int right) const;
    void prepareSort() const;
    // Both sorted: `added` merged into `order`, each after the rows it equals.
    std::vector<int> mergeSorted(const std::vector<int>& order, const std::vector<int>& added) const;
    void resetMatches() const;
    // Everything from the source again: every row sorted and filtered (no signal; for a reset).
    void rebuild();
    // The rows shown, from the sort order and what accepts() says now; then the reverse map.
    void refilter();
    void rebuildPositions();
    void rebuildShownAt();
    // m_shownAt again for the proxy rows first..last.
    void renumberShown(int first, int last);
    // Runs change, which may reorder, filter, add or drop rows, as one layout change whose persistent indexes
    // (selection, current row) follow their source rows. sourceRowAfter maps a source row from before to after
    // (rows removed from the source map to -1).
    void changeLayout(QAbstractItemModel::LayoutChangeHint hint,
                      const std::function<void()>& change,
                      const std::function<int(int)>& sourceRowAfter = {});

    void onRowsInserted(const QModelIndex& parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex& parent, int first, int last);
    void onRowsRemoved(const QModelIndex& parent, int first, int last);
    void onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles);
    void onSourceAboutToBeReset();
    void onSourceReset();
    void onSourceLayoutAboutToBeChanged();
    void onSourceLayoutChanged();

    CustomerTableModel* m_customers = nullptr;
    QList<QMetaObject::Connection> m_connections;
    QString m_text; // lower case
    std::optional<model::CustomerStatus::Value> m_status;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    std::vector<int> m_order; // every source row, in sort order (ties in the order of the sort before)
    std::vector<int> m_positionOf; // source row -> its place in m_order
    std::vector<int> m_shown; // proxy row -> source row: the accepted rows of m_order, in its order
    std::vector<int> m_shownAt; // source row -> proxy row, -1 when filtered out
    // Per facet (CustomerTableModel::facetOf): whether its text matches m_text (-1: not looked at yet), and its
    // rank in the sort column when that is Status, Packages or Country.
    mutable std::vector<qint8> m_facetMatches;
    mutable std::vector<int> m_facetRank;
    mutable int m_facetGeneration = -1;
    mutable int m_rankedColumn = -1;
};

} // namespace onboarder::ui
