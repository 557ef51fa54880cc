#include "ui/views/customers/CustomerTableModel.h"

#include "model/Countries.h"
#include "model/PackageCatalog.h"

#include <QFont>
#include <QIcon>

namespace onboarder::ui {

CustomerTableModel::CustomerTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CustomerTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_pages.clear();
    m_rowById.clear();
    endResetModel();
}

QString CustomerTableModel::caseFoldedKey(const QString& text)
{
    // Most external IDs are lower-case ASCII already: their key is the text itself, shared rather than copied.
    const auto* units = reinterpret_cast<const char16_t*>(text.utf16());
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size && units[i] < 0x80 && !(units[i] >= u'A' && units[i] <= u'Z')) {
        ++i;
    }
    if (i == size) {
        return text;
    }
    // Unit by unit as QString::compare(Qt::CaseInsensitive) folds: a low surrogate after a high one stands for the
    // low half of the folded pair, every other unit for itself folded.
    QString key(size, Qt::Uninitialized);
    char16_t* out = reinterpret_cast<char16_t*>(key.data());
    char16_t last = 0;
    for (qsizetype j = 0; j < size; ++j) {
        const char16_t unit = units[j];
        char32_t folded = 0;
        if (QChar::isLowSurrogate(unit) && QChar::isHighSurrogate(last)) {
            folded = QChar::toCaseFolded(QChar::surrogateToUcs4(last, unit));
            folded = QChar::requiresSurrogates(folded) ? QChar::lowSurrogate(folded) : folded;
        } else {
            folded = QChar::toCaseFolded(char32_t(unit));
        }
        last = unit;
        out[j] = char16_t(folded);
    }
    return key;
}

QString CustomerTableModel::countryName(const QString& code) const
{
    auto it = m_countryNames.constFind(code);
    if (it != m_countryNames.cend()) {
        return *it;
    }
    const QString name = model::Countries::name(code, QLocale());
    return *m_countryNames.insert(code, name.isEmpty() ? code : name);
}

void CustomerTableModel::prepareFacet(Facet& facet) const
{
    QStringList packages;
    for (const QString& package : facet.packageNames) {
        packages.append(model::PackageCatalog::displayName(package));
    }
    facet.packagesText = packages.join(QStringLiteral(", "));
    facet.countryText = countryName(facet.countryCode);
    facet.statusText = facet.wireStatus.displayName();
    // Wire status and display status both match, so "error" and "Error" find the same rows.
    facet.searchText = QStringList { facet.wireStatus.toWire(),
                                     facet.statusText,
                                     facet.packagesText,
                                     facet.countryText,
                                     facet.countryCode }
                           .join(QLatin1Char('\n'))
                           .toLower();
}

int CustomerTableModel::facetFor(const model::Customer& customer)
{
    // Found by a hash of what makes the facet, without building a key: this runs for every row that arrives.
    std::size_t key = qHashMulti(0, int(customer.status.value()), customer.address.country);
    if (customer.status.value() == model::CustomerStatus::Unknown) {
        key = qHashMulti(key, customer.status.toWire());
    }
    for (const QString& package : customer.packages) {
        key = qHashMulti(key, package);
    }
    for (auto it = m_facetByKey.constFind(key); it != m_facetByKey.cend() && it.key() == key; ++it) {
        const Facet& facet = m_facets[std::size_t(*it)];
        if (facet.wireStatus == customer.status && facet.countryCode == customer.address.country
            && facet.packageNames == customer.packages) {
            return *it;
        }
    }
    Facet facet;
    facet.status = customer.status.value();
    facet.wireStatus = customer.status;
    facet.packageNames = customer.packages;
    facet.countryCode = customer.address.country;
    prepareFacet(facet);
    m_facets.push_back(std::move(facet));
    const int index = int(m_facets.size()) - 1;
    m_facetByKey.insert(key, index);
    return index;
}

const QString& CustomerTableModel::facetText(int facet, int column) const
{
    const Facet& f = m_facets[std::size_t(facet)];
    switch (column) {
    case StatusColumn:
        return f.statusText;
    case PackagesColumn:
        return f.packagesText;
    default:
        return f.countryText;
    }
}

void CustomerTableModel::prepareRow(std::size_t row)
{
    Row& prepared = m_rows[row];
    const model::Customer& customer = *prepared.customer;
    prepared.facet = facetFor(customer);
    QString text;
    text.reserve(customer.customerInfo.name.size() + customer.externalId.size() + customer.address.city.size() + 2);
    text += customer.customerInfo.name;
    text += QLatin1Char('\n');
    text += customer.externalId;
    text += QLatin1Char('\n');
    text += customer.address.city;
    prepared.searchText = std::move(text).toLower();
    prepared.nameKey = caseFoldedKey(displayName(customer));
    prepared.externalIdKey = caseFoldedKey(customer.externalId);
}

void CustomerTableModel::append(QList<model::Customer> customers)
{
    std::vector<QList<model::Customer>> pages;
    pages.push_back(std::move(customers));
    append(std::move(pages));
}

void CustomerTableModel::append(std::vector<QList<model::Customer>> pages)
{
    // Customers already listed (a page boundary moved while streaming) update their rows; the others are added in
    // one insert. New IDs go into m_rowById at once with the row they will have, so an ID listed twice in one batch
    // finds its first place (nothing looks rows up between here and the insert below).
    struct Position
    {
        std::size_t page;
        qsizetype index;
    };
    const int first = rowCount();
    std::vector<Position> added;
    for (std::size_t page = 0; page < pages.size(); ++page) {
        const QList<model::Customer>& customers = std::as_const(pages[page]);
        for (qsizetype i = 0; i < customers.size(); ++i) {
            const model::Customer& customer = customers.at(i);
            auto known = m_rowById.constFind(customer.id);
            if (known == m_rowById.cend()) {
                m_rowById.insert(customer.id, first + int(added.size()));
                added.push_back({ page, i });
            } else if (*known >= first) {
                // Listed twice in one batch: the later one wins, in its place.
                added[std::size_t(*known - first)] = { page, i };
            } else {
                updateCustomer(customer);
            }
        }
    }
    if (added.empty()) {
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto start = std::size_t(first);
    const std::size_t count = added.size();
    beginInsertRows({}, first, first + int(count) - 1);
    // The pages are kept as they came and the rows point into them: a page that is not shared is neither copied nor
    // moved from, customer by customer.
    std::vector<model::Customer*> pageData(pages.size(), nullptr);
    for (const Position& position : added) {
        if (!pageData[position.page]) { // a page of nothing but rows listed before is not kept
            m_pages.push_back(std::move(pages[position.page]));
            pageData[position.page] = m_pages.back().data();
        }
    }
    for (std::size_t i = 0; i < count; ++i) {
        Row row;
        row.customer = pageData[added[i].page] + added[i].index;
        row.lastChange = now;
        m_rows.push_back(std::move(row));
        prepareRow(start + i);
    }
    endInsertRows();
}

bool CustomerTableModel::updateCustomer(const model::Customer& customer)
{
    const int row = rowOf(customer.id);
    if (row < 0) {
        return false;
    }
    model::Customer& c = *m_rows[std::size_t(row)].customer;
    const QString knownName = c.customerInfo.name;
    const bool statusChanged = c.status != customer.status;
    c = customer;
    if (c.customerInfo.name.isEmpty()) {
        c.customerInfo.name = knownName; // the API's customer has no name; keep the one we know
    }
    if (statusChanged) {
        m_rows[std::size_t(row)].lastChange = QDateTime::currentMSecsSinceEpoch();
    }
    prepareRow(std::size_t(row));
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

void CustomerTableModel::upsertCustomer(const model::Customer& customer)
{
    if (!updateCustomer(customer)) {
        append({ customer });
    }
}

bool CustomerTableModel::removeCustomer(const QString& customerId)
{
    const QString id = customerId; // may be the ID of the very row removed here
    const int row = rowOf(id);
    if (row < 0) {
        return false;
    }
    beginRemoveRows({}, row, row);
    const auto at = std::size_t(row);
    m_rows.erase(m_rows.begin() + qsizetype(at));
    m_rowById.remove(id);
    for (std::size_t i = at; i < m_rows.size(); ++i) {
        m_rowById[m_rows[i].customer->id] = int(i);
    }
    endRemoveRows();
    return true;
}

int CustomerTableModel::applyNames(const QHash<QString, QString>& byOrgId,
                                   const QHash<QString, QString>& byCustomerId,
                                   int first,
                                   int last)
{
    first = qMax(first, 0);
    last = qMin(last, rowCount() - 1);
    int firstChanged = -1;
    int lastChanged = -1;
    int renamed = 0;
    for (int i = first; i <= last; ++i) {
        model::Customer& c = *m_rows[std::size_t(i)].customer;
        QString name = c.orgId.isEmpty() ? QString() : byOrgId.value(c.orgId);
        if (name.isEmpty()) {
            name = byCustomerId.value(c.id, c.customerInfo.name);
        }
        if (name != c.customerInfo.name) {
            c.customerInfo.name = name;
            prepareRow(std::size_t(i));
            firstChanged = firstChanged < 0 ? i : firstChanged;
            lastChanged = i;
            ++renamed;
        }
    }
    if (firstChanged < 0) {
        return 0;
    }
    // One signal for the slice: a signal per row would each re-sort and re-filter.
    emit dataChanged(index(firstChanged, NameColumn), index(lastChanged, NameColumn));
    return renamed;
}

int CustomerTableModel::rowOf(const QString& customerId) const
{
    return m_rowById.value(customerId, -1);
}

const model::Customer& CustomerTableModel::customerAt(int row) const
{
    return *m_rows.at(std::size_t(row)).customer;
}

QDateTime CustomerTableModel::lastChangeAt(int row) const
{
    return QDateTime::fromMSecsSinceEpoch(m_rows.at(std::size_t(row)).lastChange);
}

QString CustomerTableModel::displayName(const model::Customer& customer)
{
    return customer.customerInfo.name.isEmpty() ? customer.externalId : customer.customerInfo.name;
}

int CustomerTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CustomerTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CustomerTableModel::statusIconPath(model::CustomerStatus::Value status)
{
    // One icon per status, in the list and the pane alike: provisioned with errors is a warning (the organization
    // works), error is an error.
    switch (status) {
    case model::CustomerStatus::Provisioned:
        return QStringLiteral(":/icons/ok.svg");
    case model::CustomerStatus::ProvisionedWithErrors:
    case model::CustomerStatus::PendingRplReview:
        return QStringLiteral(":/icons/warning.svg");
    case model::CustomerStatus::Error:
        return QStringLiteral(":/icons/error.svg");
    case model::CustomerStatus::Provisioning:
    case model::CustomerStatus::Updating:
    case model::CustomerStatus::Deleting:
        return QStringLiteral(":/icons/refresh.svg");
    case model::CustomerStatus::Unknown:
        break;
    }
    return {};
}

namespace {
QIcon statusIcon(model::CustomerStatus::Value status)
{
    // Loaded once per status: 20,000 rows must not parse an SVG each.
    static QHash<int, QIcon> icons;
    auto it = icons.find(int(status));
    if (it == icons.end()) {
        const QString path = CustomerTableModel::statusIconPath(status);
        it = icons.insert(int(status), path.isEmpty() ? QIcon() : QIcon(path));
    }
    return *it;
}
} // namespace

QString CustomerTableModel::text(int row, int column) const
{
    const auto at = std::size_t(row);
    const model::Customer& c = *m_rows[at].customer;
    switch (column) {
    case NameColumn:
        return displayName(c);
    case ExternalIdColumn:
        return c.externalId;
    case StatusColumn:
    case PackagesColumn:
    case CountryColumn:
        return facetText(m_rows[at].facet, column);
    case LastChangeColumn:
        return QLocale().toString(lastChangeAt(row), QLocale::ShortFormat);
    }
    return {};
}

QVariant CustomerTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const auto row = std::size_t(index.row());
    const model::Customer& c = *m_rows[row].customer;
    switch (role) {
    case CustomerIdRole:
        return c.id;
    case StatusRole:
        return int(c.status.value());
    case Qt::FontRole:
        if (index.column() == NameColumn && c.customerInfo.name.isEmpty()) {
            // No name known yet: the external ID stands in, set apart so it is not read as a name.
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        return index.column() == StatusColumn ? QVariant(statusIcon(c.status.value())) : QVariant();
    case SortRole:
        if (index.column() == LastChangeColumn) {
            return lastChangeAt(index.row());
        }
        [[fallthrough]];
    case Qt::DisplayRole:
        return text(index.row(), index.column());
    case Qt::ToolTipRole:
        return index.column() == LastChangeColumn ? QLocale().toString(lastChangeAt(index.row()), QLocale::LongFormat)
                                                  : text(index.row(), index.column());
    }
    return {};
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::ToolTipRole && section == LastChangeColumn) {
        return tr("When Onboarder last saw the status change (or loaded the customer): the API reports no time.");
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ExternalIdColumn:
        return tr("External ID");
    case StatusColumn:
        return tr("Status");
    case PackagesColumn:
        return tr("Packages");
    case CountryColumn:
        return tr("Country");
    case LastChangeColumn:
        return tr("Last change");
    }
    return {};
}

void CustomerTableModel::retranslate()
{
    // Only the facets hold translated texts: a few hundred, whatever the number of rows.
    m_countryNames.clear();
    for (Facet& facet : m_facets) {
        prepareFacet(facet);
    }
    ++m_facetGeneration;
    if (rowCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace onboarder::ui
