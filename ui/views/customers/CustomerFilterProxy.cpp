#include "ui/views/customers/CustomerFilterProxy.h"

#include "ui/views/customers/CustomerTableModel.h"

#include <algorithm>
#include <numeric>

namespace onboarder::ui {

namespace {
// More separate places than this for the rows of one change, and it is told as one layout change: each insert,
// removal or move costs the view a pass over its rows, a layout change one pass for all.
constexpr std::size_t kMaxSeparateChanges = 8;
} // namespace

CustomerFilterProxy::CustomerFilterProxy(QObject* parent)
    : QAbstractProxyModel(parent)
{
}

void CustomerFilterProxy::setCustomerModel(CustomerTableModel* model)
{
    setSourceModel(model);
}

void CustomerFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    auto* customers = qobject_cast<CustomerTableModel*>(model);
    Q_ASSERT(!model || customers);
    beginResetModel();
    for (const QMetaObject::Connection& connection : std::as_const(m_connections)) {
        disconnect(connection);
    }
    m_connections.clear();
    m_customers = customers;
    QAbstractProxyModel::setSourceModel(customers);
    if (customers) {
        m_connections
            << connect(customers, &QAbstractItemModel::rowsInserted, this, &CustomerFilterProxy::onRowsInserted)
            << connect(customers,
                       &QAbstractItemModel::rowsAboutToBeRemoved,
                       this,
                       &CustomerFilterProxy::onRowsAboutToBeRemoved)
            << connect(customers, &QAbstractItemModel::rowsRemoved, this, &CustomerFilterProxy::onRowsRemoved)
            << connect(customers, &QAbstractItemModel::dataChanged, this, &CustomerFilterProxy::onDataChanged)
            << connect(customers,
                       &QAbstractItemModel::modelAboutToBeReset,
                       this,
                       &CustomerFilterProxy::onSourceAboutToBeReset)
            << connect(customers, &QAbstractItemModel::modelReset, this, &CustomerFilterProxy::onSourceReset)
            << connect(customers,
                       &QAbstractItemModel::layoutAboutToBeChanged,
                       this,
                       &CustomerFilterProxy::onSourceLayoutAboutToBeChanged)
            << connect(customers, &QAbstractItemModel::layoutChanged, this, &CustomerFilterProxy::onSourceLayoutChanged)
            << connect(customers,
                       &QAbstractItemModel::headerDataChanged,
                       this,
                       [this](Qt::Orientation orientation, int first, int last) {
                           if (orientation == Qt::Horizontal) {
                               emit headerDataChanged(orientation, first, last);
                           }
                       });
    }
    rebuild();
    endResetModel();
}

void CustomerFilterProxy::setText(const QString& text)
{
    const QString lower = text.trimmed().toLower();
    if (lower == m_text) {
        return;
    }
    m_text = lower;
    resetMatches();
    changeLayout(QAbstractItemModel::NoLayoutChangeHint, [this] { refilter(); });
}

QString CustomerFilterProxy::text() const
{
    return m_text;
}

void CustomerFilterProxy::setStatus(std::optional<model::CustomerStatus::Value> status)
{
    if (status == m_status) {
        return;
    }
    m_status = status;
    changeLayout(QAbstractItemModel::NoLayoutChangeHint, [this] { refilter(); });
}

std::optional<model::CustomerStatus::Value> CustomerFilterProxy::status() const
{
    return m_status;
}

int CustomerFilterProxy::sortColumn() const
{
    return m_sortColumn;
}

Qt::SortOrder CustomerFilterProxy::sortOrder() const
{
    return m_sortOrder;
}

QModelIndex CustomerFilterProxy::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount()) {
        return {};
    }
    return createIndex(row, column);
}

QModelIndex CustomerFilterProxy::parent(const QModelIndex&) const
{
    return {};
}

QModelIndex CustomerFilterProxy::sibling(int row, int column, const QModelIndex&) const
{
    return index(row, column);
}

int CustomerFilterProxy::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int CustomerFilterProxy::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_customers ? 0 : m_customers->columnCount();
}

bool CustomerFilterProxy::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QVariant CustomerFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_customers) {
        return {};
    }
    if (orientation == Qt::Horizontal) {
        return m_customers->headerData(section, orientation, role);
    }
    return std::size_t(section) < m_shown.size()
        ? m_customers->headerData(m_shown[std::size_t(section)], orientation, role)
        : QAbstractProxyModel::headerData(section, orientation, role);
}

QModelIndex CustomerFilterProxy::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!m_customers || !proxyIndex.isValid() || proxyIndex.model() != this
        || std::size_t(proxyIndex.row()) >= m_shown.size()) {
        return {};
    }
    return m_customers->index(m_shown[std::size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex CustomerFilterProxy::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!m_customers || !sourceIndex.isValid() || sourceIndex.model() != m_customers
        || std::size_t(sourceIndex.row()) >= m_shownAt.size()) {
        return {};
    }
    const int row = m_shownAt[std::size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

void CustomerFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (!m_customers || column >= m_customers->columnCount()) {
        return;
    }
    column = qMax(column, -1);
    if (column == m_sortColumn && order == m_sortOrder) {
        return; // the rows are kept in this order already
    }
    m_sortColumn = column;
    m_sortOrder = order;
    changeLayout(QAbstractItemModel::VerticalSortHint, [this] {
        prepareSort();
        // Stable: rows equal in this column keep the order of the sort before, as in QSortFilterProxyModel.
        std::stable_sort(m_order.begin(), m_order.end(), [this](int a, int b) { return lessThan(a, b); });
        rebuildPositions();
        refilter();
    });
}

void CustomerFilterProxy::resetMatches() const
{
    m_facetMatches.assign(m_customers ? std::size_t(m_customers->facetCount()) : 0, qint8(-1));
}

bool CustomerFilterProxy::accepts(int sourceRow) const
{
    if (m_status && m_customers->statusAt(sourceRow) != *m_status) {
        return false;
    }
    if (m_text.isEmpty()) {
        return true;
    }
    // What the rows share (status, packages, country) is matched once per facet, the rest per row.
    if (m_facetGeneration != m_customers->facetGeneration()) {
        resetMatches();
        m_facetGeneration = m_customers->facetGeneration();
        m_rankedColumn = -1;
    }
    const auto facet = std::size_t(m_customers->facetOf(sourceRow));
    if (facet >= m_facetMatches.size()) {
        m_facetMatches.resize(std::size_t(m_customers->facetCount()), qint8(-1));
    }
    qint8& match = m_facetMatches[facet];
    if (match < 0) {
        match = m_customers->facetSearchText(int(facet)).contains(m_text) ? 1 : 0;
    }
    return match == 1 || m_customers->rowSearchText(sourceRow).contains(m_text);
}

void CustomerFilterProxy::prepareSort() const
{
    if (!m_customers) {
        return;
    }
    if (m_facetGeneration != m_customers->facetGeneration()) {
        resetMatches();
        m_facetGeneration = m_customers->facetGeneration();
        m_rankedColumn = -1;
    }
    const bool ranked = m_sortColumn == CustomerTableModel::StatusColumn
        || m_sortColumn == CustomerTableModel::PackagesColumn || m_sortColumn == CustomerTableModel::CountryColumn;
    if (!ranked || (m_rankedColumn == m_sortColumn && m_facetRank.size() == std::size_t(m_customers->facetCount()))) {
        return;
    }
    // Facets ranked by the column's text, compared as the other columns are: case-insensitively, equal texts
    // equal ranks.
    const int count = m_customers->facetCount();
    std::vector<QString> keys(static_cast<std::size_t>(count));
    std::vector<int> facets(static_cast<std::size_t>(count));
    for (int f = 0; f < count; ++f) {
        keys[std::size_t(f)] = CustomerTableModel::caseFoldedKey(m_customers->facetText(f, m_sortColumn));
        facets[std::size_t(f)] = f;
    }
    std::sort(
        facets.begin(), facets.end(), [&keys](int a, int b) { return keys[std::size_t(a)] < keys[std::size_t(b)]; });
    m_facetRank.assign(std::size_t(count), 0);
    int rank = 0;
    for (std::size_t i = 0; i < facets.size(); ++i) {
        if (i > 0 && keys[std::size_t(facets[i])] != keys[std::size_t(facets[i - 1])]) {
            ++rank;
        }
        m_facetRank[std::size_t(facets[i])] = rank;
    }
    m_rankedColumn = m_sortColumn;
}

bool CustomerFilterProxy::lessThan(int left, int right) const
{
    if (m_sortOrder == Qt::DescendingOrder) {
        std::swap(left, right);
    }
    switch (m_sortColumn) {
    case CustomerTableModel::NameColumn:
        return m_customers->nameSortKey(left) < m_customers->nameSortKey(right);
    case CustomerTableModel::ExternalIdColumn:
        return m_customers->externalIdSortKey(left) < m_customers->externalIdSortKey(right);
    case CustomerTableModel::StatusColumn:
    case CustomerTableModel::PackagesColumn:
    case CustomerTableModel::CountryColumn:
        return m_facetRank[std::size_t(m_customers->facetOf(left))]
            < m_facetRank[std::size_t(m_customers->facetOf(right))];
    case CustomerTableModel::LastChangeColumn:
        return m_customers->lastChangeMSecs(left) < m_customers->lastChangeMSecs(right);
    default:
        // Unsorted: the source's order.
        return left < right;
    }
}

std::vector<int> CustomerFilterProxy::mergeSorted(const std::vector<int>& order, const std::vector<int>& added) const
{
    const auto less = [this](int a, int b) { return lessThan(a, b); };
    std::vector<int> merged;
    merged.reserve(order.size() + added.size());
    // A page of rows into 20,000: each found by binary search (k log n comparisons) rather than by walking all
    // (n + k), which for a page would compare every row listed.
    double logN = 1;
    for (std::size_t n = order.size(); n > 1; n /= 2) {
        ++logN;
    }
    if (double(added.size()) * logN >= double(order.size() + added.size())) {
        std::merge(order.begin(), order.end(), added.begin(), added.end(), std::back_inserter(merged), less);
        return merged;
    }
    auto from = order.begin();
    for (int row : added) {
        const auto to = std::upper_bound(from, order.end(), row, less);
        merged.insert(merged.end(), from, to);
        merged.push_back(row);
        from = to;
    }
    merged.insert(merged.end(), from, order.end());
    return merged;
}

void CustomerFilterProxy::rebuild()
{
    const int rows = m_customers ? m_customers->rowCount() : 0;
    m_order.resize(std::size_t(rows));
    std::iota(m_order.begin(), m_order.end(), 0);
    resetMatches();
    if (m_customers && m_sortColumn >= 0) {
        prepareSort();
        std::stable_sort(m_order.begin(), m_order.end(), [this](int a, int b) { return lessThan(a, b); });
    }
    rebuildPositions();
    refilter();
}

void CustomerFilterProxy::rebuildPositions()
{
    m_positionOf.resize(m_order.size());
    for (std::size_t i = 0; i < m_order.size(); ++i) {
        m_positionOf[std::size_t(m_order[i])] = int(i);
    }
}

void CustomerFilterProxy::refilter()
{
    m_shown.clear();
    m_shown.reserve(m_order.size());
    if (!m_status && m_text.isEmpty()) {
        m_shown = m_order;
    } else {
        for (int row : m_order) {
            if (accepts(row)) {
                m_shown.push_back(row);
            }
        }
    }
    rebuildShownAt();
}

void CustomerFilterProxy::rebuildShownAt()
{
    m_shownAt.assign(m_order.size(), -1);
    for (std::size_t i = 0; i < m_shown.size(); ++i) {
        m_shownAt[std::size_t(m_shown[i])] = int(i);
    }
}

void CustomerFilterProxy::changeLayout(QAbstractItemModel::LayoutChangeHint hint,
                                       const std::function<void()>& change,
                                       const std::function<int(int)>& sourceRowAfter)
{
    emit layoutAboutToBeChanged({}, hint);
    // The persistent indexes (the selection, the current row, what the view keeps) by their source rows.
    const QModelIndexList before = persistentIndexList();
    std::vector<int> sourceRows;
    sourceRows.reserve(std::size_t(before.size()));
    for (const QModelIndex& index : before) {
        const auto row = std::size_t(index.row());
        sourceRows.push_back(row < m_shown.size() ? m_shown[row] : -1);
    }
    change();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        int source = sourceRows[std::size_t(i)];
        if (source >= 0 && sourceRowAfter) {
            source = sourceRowAfter(source);
        }
        const int row = source >= 0 && std::size_t(source) < m_shownAt.size() ? m_shownAt[std::size_t(source)] : -1;
        after.append(row >= 0 ? createIndex(row, before.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, hint);
}

void CustomerFilterProxy::onRowsInserted(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid() || !m_customers) {
        return;
    }
    const int count = last - first + 1;
    if (std::size_t(first) != m_order.size()) {
        // Rows inserted before others (the table model only appends): the rows after them move down.
        for (std::vector<int>* rows : { &m_order, &m_shown }) {
            for (int& row : *rows) {
                row += row >= first ? count : 0;
            }
        }
    }
    // The new rows in sort order, merged in after the rows they equal.
    prepareSort();
    const auto less = [this](int a, int b) { return lessThan(a, b); };
    std::vector<int> added(static_cast<std::size_t>(count));
    std::iota(added.begin(), added.end(), first);
    std::stable_sort(added.begin(), added.end(), less);
    m_order = mergeSorted(m_order, added);
    rebuildPositions();

    // What is shown next: the rows shown before and the accepted new ones; where the new ones land, as runs of
    // neighbours.
    std::vector<char> keep(m_order.size(), 0);
    for (int row : m_shown) {
        keep[std::size_t(row)] = 1;
    }
    for (int row : added) {
        keep[std::size_t(row)] = accepts(row) ? 2 : 0;
    }
    std::vector<int> shown;
    shown.reserve(m_shown.size() + added.size());
    std::vector<std::pair<int, int>> runs; // first proxy row, count
    for (int row : m_order) {
        const char verdict = keep[std::size_t(row)];
        if (verdict == 0) {
            continue;
        }
        if (verdict == 2) {
            const int at = int(shown.size());
            if (!runs.empty() && runs.back().first + runs.back().second == at) {
                ++runs.back().second;
            } else {
                runs.emplace_back(at, 1);
            }
        }
        shown.push_back(row);
    }
    if (runs.empty()) {
        rebuildShownAt(); // every new row filtered out
        return;
    }
    if (runs.size() > kMaxSeparateChanges) {
        changeLayout(QAbstractItemModel::NoLayoutChangeHint, [&] {
            m_shown = std::move(shown);
            rebuildShownAt();
        });
        return;
    }
    // Run by run from the top: each lands where it ends up, as the runs above it are in already.
    for (const auto& [at, length] : runs) {
        beginInsertRows({}, at, at + length - 1);
        m_shown.insert(m_shown.begin() + at, shown.begin() + at, shown.begin() + at + length);
        rebuildShownAt();
        endInsertRows();
    }
}

void CustomerFilterProxy::onRowsAboutToBeRemoved(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid() || !m_customers) {
        return;
    }
    // Dropped from what is shown now, while the source still has them; renumbered when they are gone.
    std::vector<int> proxyRows;
    for (int row = first; row <= last && std::size_t(row) < m_shownAt.size(); ++row) {
        if (m_shownAt[std::size_t(row)] >= 0) {
            proxyRows.push_back(m_shownAt[std::size_t(row)]);
        }
    }
    if (proxyRows.empty()) {
        return;
    }
    std::sort(proxyRows.begin(), proxyRows.end());
    std::vector<std::pair<int, int>> runs;
    for (int row : proxyRows) {
        if (!runs.empty() && runs.back().first + runs.back().second == row) {
            ++runs.back().second;
        } else {
            runs.emplace_back(row, 1);
        }
    }
    const auto drop = [this, first, last] {
        m_shown.erase(std::remove_if(m_shown.begin(),
                                     m_shown.end(),
                                     [first, last](int row) { return row >= first && row <= last; }),
                      m_shown.end());
        rebuildShownAt();
    };
    if (runs.size() > kMaxSeparateChanges) {
        changeLayout(QAbstractItemModel::NoLayoutChangeHint, drop);
        return;
    }
    // From the bottom, so the runs above keep their rows.
    for (auto run = runs.rbegin(); run != runs.rend(); ++run) {
        beginRemoveRows({}, run->first, run->first + run->second - 1);
        m_shown.erase(m_shown.begin() + run->first, m_shown.begin() + run->first + run->second);
        rebuildShownAt();
        endRemoveRows();
    }
}

void CustomerFilterProxy::onRowsRemoved(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid() || !m_customers) {
        return;
    }
    const int count = last - first + 1;
    const auto renumber = [first, last, count](std::vector<int>& rows) {
        rows.erase(
            std::remove_if(rows.begin(), rows.end(), [first, last](int row) { return row >= first && row <= last; }),
            rows.end());
        for (int& row : rows) {
            row -= row > last ? count : 0;
        }
    };
    renumber(m_order);
    renumber(m_shown);
    rebuildPositions();
    rebuildShownAt();
}

void CustomerFilterProxy::onDataChanged(const QModelIndex& topLeft,
                                        const QModelIndex& bottomRight,
                                        const QList<int>& roles)
{
    if (!m_customers || !topLeft.isValid() || !bottomRight.isValid()) {
        return;
    }
    const int first = topLeft.row();
    const int last = qMin(bottomRight.row(), int(m_order.size()) - 1);
    prepareSort();
    // Rows out of their place in the sort, and rows whose filter verdict flipped.
    std::vector<int> moved;
    std::vector<int> flipped;
    for (int row = first; row <= last; ++row) {
        const auto at = std::size_t(m_positionOf[std::size_t(row)]);
        const bool inPlace = m_sortColumn < 0
            || ((at == 0 || !lessThan(row, m_order[at - 1]))
                && (at + 1 == m_order.size() || !lessThan(m_order[at + 1], row)));
        if (!inPlace) {
            moved.push_back(row);
        }
        if (accepts(row) != (m_shownAt[std::size_t(row)] >= 0)) {
            flipped.push_back(row);
        }
    }
    const auto emitChanged = [&] {
        int top = -1;
        int bottom = -1;
        for (int row = first; row <= last; ++row) {
            const int at = m_shownAt[std::size_t(row)];
            if (at >= 0) {
                top = top < 0 ? at : qMin(top, at);
                bottom = qMax(bottom, at);
            }
        }
        if (top >= 0) {
            emit dataChanged(index(top, topLeft.column()), index(bottom, bottomRight.column()), roles);
        }
    };
    if (moved.empty() && flipped.empty()) {
        emitChanged();
        return;
    }
    if (first < last) {
        // Many rows at once (a slice of names, a language change): every changed row taken out, sorted and merged
        // back in after the rows it equals, as one layout change. (Only the rows that did not change are known to
        // be in order among themselves: a changed row that looks in place beside a moved one may not be.)
        changeLayout(QAbstractItemModel::NoLayoutChangeHint, [&] {
            if (!moved.empty()) {
                std::vector<int> changed(std::size_t(last - first + 1));
                std::iota(changed.begin(), changed.end(), first);
                std::vector<int> rest;
                rest.reserve(m_order.size());
                for (int row : m_order) {
                    if (row < first || row > last) {
                        rest.push_back(row);
                    }
                }
                std::stable_sort(changed.begin(), changed.end(), [this](int a, int b) { return lessThan(a, b); });
                m_order = mergeSorted(rest, changed);
                rebuildPositions();
            }
            refilter();
        });
        emitChanged();
        return;
    }
    // One row (a status update, a customer renamed): taken out and put back where it belongs, which moves only the
    // rows between its two places.
    const int row = first;
    if (!moved.empty()) {
        const int was = m_positionOf[std::size_t(row)];
        m_order.erase(m_order.begin() + was);
        const auto place
            = std::upper_bound(m_order.begin(), m_order.end(), row, [this](int a, int b) { return lessThan(a, b); });
        const int now = int(place - m_order.begin());
        m_order.insert(place, row);
        for (int at = qMin(was, now); at <= qMax(was, now); ++at) {
            m_positionOf[std::size_t(m_order[std::size_t(at)])] = at;
        }
    }
    const int from = m_shownAt[std::size_t(row)];
    const bool show = accepts(row);
    // Its place among the rows shown: after the shown row nearest before it in the sort order.
    int to = 0;
    for (int at = m_positionOf[std::size_t(row)] - 1; at >= 0; --at) {
        const int before = m_order[std::size_t(at)];
        if (m_shownAt[std::size_t(before)] >= 0) {
            to = m_shownAt[std::size_t(before)] + 1;
            break;
        }
    }
    if (from >= 0 && !show) {
        beginRemoveRows({}, from, from);
        m_shown.erase(m_shown.begin() + from);
        m_shownAt[std::size_t(row)] = -1;
        renumberShown(from, int(m_shown.size()) - 1);
        endRemoveRows();
    } else if (from < 0 && show) {
        beginInsertRows({}, to, to);
        m_shown.insert(m_shown.begin() + to, row);
        renumberShown(to, int(m_shown.size()) - 1);
        endInsertRows();
    } else if (from >= 0 && show) {
        // `to` counts the row itself when it moves down: it is the place beginMoveRows names (the row it goes
        // before, counted before the move), and one less is where it is after.
        const int target = to > from ? to - 1 : to;
        if (target != from && beginMoveRows({}, from, from, {}, to)) {
            m_shown.erase(m_shown.begin() + from);
            m_shown.insert(m_shown.begin() + target, row);
            renumberShown(qMin(from, target), qMax(from, target));
            endMoveRows();
        }
    }
    emitChanged();
}

void CustomerFilterProxy::renumberShown(int first, int last)
{
    for (int at = first; at <= last; ++at) {
        m_shownAt[std::size_t(m_shown[std::size_t(at)])] = at;
    }
}

void CustomerFilterProxy::onSourceAboutToBeReset()
{
    beginResetModel();
}

void CustomerFilterProxy::onSourceReset()
{
    rebuild();
    endResetModel();
}

void CustomerFilterProxy::onSourceLayoutAboutToBeChanged()
{
    // The table model never reorders its rows; should one, it is shown afresh.
    beginResetModel();
}

void CustomerFilterProxy::onSourceLayoutChanged()
{
    rebuild();
    endResetModel();
}

} // namespace onboarder::ui
