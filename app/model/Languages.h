#pragma once

#include <QList>
#include <QLocale>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace onboarder::model {

// ISO 639-1 languages with their English and Swedish names (iso-codes), and the language codes the Webex APIs take:
// "en" or "en_US" for a customer's language, "en_us" for a calling location's announcements.
class Languages
{
public:
    struct Language
    {
        QString code; // ISO 639-1, lower case
        QString englishName;
        QString swedishName;

        QString name(const QLocale& locale) const
        {
            return locale.language() == QLocale::Swedish ? swedishName : englishName;
        }
        bool operator==(const Language& o) const
        {
            return code == o.code && englishName == o.englishName && swedishName == o.swedishName;
        }
    };

    // True for a known two-letter ISO 639-1 code in lower case ("sv").
    static bool isValidLanguage(const QString& code);
    // True for "ll" or "ll_CC" / "ll_cc": a known ISO 639-1 language, optionally an underscore and a known ISO
    // 3166-1 country in either case (the wholesale API writes en_US, the calling API en_us).
    static bool isValidCode(const QString& code);
    static std::optional<Language> find(const QString& code);
    // "English" for "en", "English (United States)" for "en_US", in the locale's language; empty when invalid. The
    // name is the one people write ("Norwegian Bokmål", "Spanish"), not the catalogue's ("Bokmål, Norwegian;
    // Norwegian Bokmål", "Spanish; Castilian").
    static QString name(const QString& code, const QLocale& locale);

    // What a language is for in Webex; each use has its own list and its API's spelling of the codes.
    enum class Use {
        Email, // a customer's language and a template's email language, wholesale API: "sv_SE"
        Announcement, // a calling location's announcements and phones, calling API: "sv_se"
    };
    // The languages Webex offers for that use (Partner Hub's lists), in its API's spelling.
    static QStringList offered(Use use);
    // The language a customer in that country most likely wants, as one of the offered codes: the country's main
    // language when Webex offers it, otherwise English. Empty for an unknown country.
    static QString defaultFor(const QString& countryCode, Use use);
    // The offered languages for a picker as (name, code), sorted by name with the locale's collation; the region is
    // named only where one language is offered for several ("English (United Kingdom)", but "Swedish").
    static QList<QPair<QString, QString>> choices(Use use, const QLocale& locale);
    // Every language with an ISO 639-1 code, sorted by its name in that locale.
    static QList<Language> all(const QLocale& locale);
};

} // namespace onboarder::model
