#include "model/IsoCodes.h"

#include "model/MoCatalog.h"

#include <QFile>

#include <nlohmann/json.hpp>

namespace onboarder::model {

namespace {

QByteArray readResource(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error->append(QStringLiteral("cannot open %1; ").arg(path));
        return {};
    }
    return file.readAll();
}

QString stringField(const nlohmann::json& object, const char* key)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string()) {
        return {};
    }
    return QString::fromStdString(it->get<std::string>());
}

// Reads one iso-codes JSON table ({"3166-1": [...]} or {"639-2": [...]}). Entries without an alpha-2 code are left
// out: the Webex APIs only use two-letter codes.
QList<IsoCodes::Entry>
readTable(const QString& jsonPath, const char* tableKey, const QString& moPath, bool upperCase, QString* error)
{
    QList<IsoCodes::Entry> entries;
    const QByteArray bytes = readResource(jsonPath, error);
    const nlohmann::json document = nlohmann::json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    if (document.is_discarded() || !document.is_object() || !document.contains(tableKey)
        || !document[tableKey].is_array()) {
        error->append(QStringLiteral("%1 is not an iso-codes table; ").arg(jsonPath));
        return entries;
    }
    QString moError;
    const std::optional<MoCatalog> swedish = MoCatalog::fromData(readResource(moPath, error), &moError);
    if (!swedish) {
        error->append(moError);
    }
    for (const nlohmann::json& item : document[tableKey]) {
        if (!item.is_object()) {
            continue;
        }
        IsoCodes::Entry entry;
        entry.code = stringField(item, "alpha_2");
        if (entry.code.isEmpty()) {
            continue;
        }
        entry.code = upperCase ? entry.code.toUpper() : entry.code.toLower();
        entry.alpha3 = stringField(item, "alpha_3");
        // common_name is the everyday form ("Bolivia" rather than "Bolivia, Plurinational State of").
        const QString name = stringField(item, "name");
        const QString commonName = stringField(item, "common_name");
        entry.englishName = commonName.isEmpty() ? name : commonName;
        if (swedish) {
            entry.swedishName = swedish->translate(entry.englishName);
            if (entry.swedishName.isEmpty()) {
                entry.swedishName = swedish->translate(name);
            }
        }
        if (entry.swedishName.isEmpty()) {
            entry.swedishName = entry.englishName;
        }
        entries.append(entry);
    }
    return entries;
}

} // namespace

const IsoCodes& IsoCodes::instance()
{
    static const IsoCodes codes;
    return codes;
}

IsoCodes::IsoCodes()
{
    m_countries = readTable(QStringLiteral(":/isocodes/iso_3166-1.json"),
                            "3166-1",
                            QStringLiteral(":/isocodes/sv/iso_3166-1.mo"),
                            true,
                            &m_loadError);
    m_languages = readTable(QStringLiteral(":/isocodes/iso_639-2.json"),
                            "639-2",
                            QStringLiteral(":/isocodes/sv/iso_639-2.mo"),
                            false,
                            &m_loadError);
    for (int i = 0; i < m_countries.size(); ++i) {
        m_countryIndex.insert(m_countries.at(i).code, i);
    }
    for (int i = 0; i < m_languages.size(); ++i) {
        m_languageIndex.insert(m_languages.at(i).code, i);
    }
}

const IsoCodes::Entry* IsoCodes::country(const QString& alpha2) const
{
    const auto it = m_countryIndex.constFind(alpha2);
    return it == m_countryIndex.constEnd() ? nullptr : &m_countries.at(it.value());
}

const IsoCodes::Entry* IsoCodes::language(const QString& alpha2) const
{
    const auto it = m_languageIndex.constFind(alpha2);
    return it == m_languageIndex.constEnd() ? nullptr : &m_languages.at(it.value());
}

} // namespace onboarder::model
