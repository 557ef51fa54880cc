#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace onboarder::model {

// The country and language tables of the iso-codes package, embedded as resources at build time (see
// CMakeLists.txt), with the Swedish names from the package's gettext catalogues. Loaded once, on first use, and
// read-only afterwards, so it is safe to use from any thread. Countries and Languages are the public face of it.
class IsoCodes
{
public:
    struct Entry
    {
        QString code; // ISO 3166-1 alpha-2 (upper case) or ISO 639-1 (lower case)
        QString alpha3;
        QString englishName;
        QString swedishName;
    };

    static const IsoCodes& instance();

    const QList<Entry>& countries() const
    {
        return m_countries;
    }
    const QList<Entry>& languages() const
    {
        return m_languages;
    }
    const Entry* country(const QString& alpha2) const;
    const Entry* language(const QString& alpha2) const;
    // Problems met while loading (a missing resource, unreadable catalogue); empty when all went well.
    const QString& loadError() const
    {
        return m_loadError;
    }

private:
    IsoCodes();

    QList<Entry> m_countries;
    QList<Entry> m_languages;
    QHash<QString, int> m_countryIndex;
    QHash<QString, int> m_languageIndex;
    QString m_loadError;
};

} // namespace onboarder::model
