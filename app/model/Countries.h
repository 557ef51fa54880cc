#pragma once

#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace onboarder::model {

// ISO 3166-1 countries with their English and Swedish names, from the iso-codes package. The Webex APIs take the
// alpha-2 code ("SE"); the UI shows the name in the user's language.
class Countries
{
public:
    struct Country
    {
        QString code; // alpha-2, upper case
        QString englishName;
        QString swedishName;

        // Swedish for a Swedish locale, English otherwise (the only two UI languages).
        QString name(const QLocale& locale) const
        {
            return locale.language() == QLocale::Swedish ? swedishName : englishName;
        }
        bool operator==(const Country& o) const
        {
            return code == o.code && englishName == o.englishName && swedishName == o.swedishName;
        }
    };

    // True for exactly two upper-case letters that name an ISO 3166-1 country ("SE"; not "se", not "SWE").
    static bool isValidCode(const QString& code);
    static std::optional<Country> find(const QString& code);
    // The name in the locale's language, or an empty string for an unknown code.
    static QString name(const QString& code, const QLocale& locale);
    static QString englishName(const QString& code);
    static QString swedishName(const QString& code);
    // Every country, sorted by its name in that locale with the locale's collation (Å, Ä, Ö last in Swedish).
    static QList<Country> all(const QLocale& locale);
    // Qt's territory for the code (for QTimeZone and QLocale), or AnyTerritory.
    static QLocale::Territory territory(const QString& code);
};

} // namespace onboarder::model
