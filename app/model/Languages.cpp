#include "model/Languages.h"

#include "model/Countries.h"
#include "model/IsoCodes.h"

#include <QCollator>
#include <QRegularExpression>

#include <algorithm>

namespace onboarder::model {

namespace {

Languages::Language toLanguage(const IsoCodes::Entry& entry)
{
    return Languages::Language { entry.code, entry.englishName, entry.swedishName };
}

// The catalogue lists alternatives ("Spanish; Castilian") and inverted forms ("Bokmål, Norwegian"); people write
// the first plain one ("Spanish", "Norwegian Bokmål"), and an inverted one as "Norska (bokmål)".
QString everydayName(const QString& catalogueName)
{
    static const QRegularExpression years(QStringLiteral("\\s*\\([^)]*\\d[^)]*\\)"));
    QString cleaned = catalogueName;
    cleaned.remove(years); // "Greek, Modern (1453-)"
    const QStringList alternatives = cleaned.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    QString chosen = alternatives.isEmpty() ? cleaned : alternatives.first().trimmed();
    for (const QString& alternative : alternatives) {
        if (!alternative.contains(QLatin1Char(','))) {
            chosen = alternative.trimmed();
            break;
        }
    }
    const qsizetype comma = chosen.indexOf(QLatin1Char(','));
    if (comma > 0) {
        chosen = QStringLiteral("%1 (%2)").arg(chosen.left(comma).trimmed(), chosen.mid(comma + 1).trimmed().toLower());
    }
    return chosen;
}

// Partner Hub's lists, in the spelling of the API each goes to.
const char* const kEmailLanguages[]
    = { "da_DK", "de_DE", "en_GB", "en_US", "es_ES", "fi_FI", "fr_CA", "fr_FR", "it_IT", "ja_JP", "ko_KR",
        "nb_NO", "nl_NL", "pl_PL", "pt_BR", "pt_PT", "ru_RU", "sv_SE", "tr_TR", "zh_CN", "zh_TW" };
const char* const kAnnouncementLanguages[]
    = { "da_dk", "de_de", "en_au", "en_ca", "en_gb", "en_us", "es_es", "fi_fi", "fr_ca", "fr_fr", "it_it", "ja_jp",
        "ko_kr", "nb_no", "nl_nl", "pl_pl", "pt_br", "pt_pt", "ru_ru", "sv_se", "tr_tr", "zh_cn", "zh_tw" };

bool isAsciiLetters(const QString& text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
    });
}

} // namespace

bool Languages::isValidLanguage(const QString& code)
{
    return code.size() == 2 && code == code.toLower() && isAsciiLetters(code)
        && IsoCodes::instance().language(code) != nullptr;
}

bool Languages::isValidCode(const QString& code)
{
    if (code.size() == 2) {
        return isValidLanguage(code);
    }
    if (code.size() != 5 || code.at(2) != QLatin1Char('_')) {
        return false;
    }
    const QString region = code.mid(3);
    return isValidLanguage(code.left(2)) && isAsciiLetters(region) && Countries::isValidCode(region.toUpper());
}

std::optional<Languages::Language> Languages::find(const QString& code)
{
    const IsoCodes::Entry* entry = IsoCodes::instance().language(code);
    if (!entry) {
        return std::nullopt;
    }
    return toLanguage(*entry);
}

QString Languages::name(const QString& code, const QLocale& locale)
{
    if (!isValidCode(code)) {
        return {};
    }
    const QString languageName = everydayName(find(code.left(2))->name(locale));
    if (code.size() == 2) {
        return languageName;
    }
    return QStringLiteral("%1 (%2)").arg(languageName, Countries::name(code.mid(3).toUpper(), locale));
}

QList<Languages::Language> Languages::all(const QLocale& locale)
{
    QList<Language> result;
    for (const IsoCodes::Entry& entry : IsoCodes::instance().languages()) {
        result.append(toLanguage(entry));
    }
    QCollator collator(locale);
    std::stable_sort(result.begin(), result.end(), [&](const Language& a, const Language& b) {
        return collator.compare(a.name(locale), b.name(locale)) < 0;
    });
    return result;
}

} // namespace onboarder::model

namespace onboarder::model {

QStringList Languages::offered(Use use)
{
    QStringList result;
    if (use == Use::Email) {
        for (const char* code : kEmailLanguages) {
            result.append(QString::fromLatin1(code));
        }
    } else {
        for (const char* code : kAnnouncementLanguages) {
            result.append(QString::fromLatin1(code));
        }
    }
    return result;
}

QString Languages::defaultFor(const QString& countryCode, Use use)
{
    const QLocale::Territory territory = Countries::territory(countryCode);
    if (territory == QLocale::AnyTerritory) {
        return {};
    }
    // Qt's likely-subtags data gives the country's main language ("CH" → German, "NO" → Norwegian Bokmål).
    const QLocale likely(QLocale::AnyLanguage, territory);
    const QString language = likely.name().left(2);
    const QString home = QLocale(likely.language()).name().mid(3); // where the language is most spoken
    const QStringList codes = offered(use);
    auto spelled = [use](const QString& lang, const QString& country) {
        return lang + QLatin1Char('_') + (use == Use::Email ? country.toUpper() : country.toLower());
    };
    // The language as spoken there, else as spoken where most speak it (de_DE for Austria), else any region of it.
    for (const QString& candidate : { spelled(language, countryCode), spelled(language, home) }) {
        if (codes.contains(candidate)) {
            return candidate;
        }
    }
    for (const QString& code : codes) {
        if (code.startsWith(language + QLatin1Char('_'))) {
            return code;
        }
    }
    return spelled(QStringLiteral("en"), QStringLiteral("US"));
}

QList<QPair<QString, QString>> Languages::choices(Use use, const QLocale& locale)
{
    const QStringList codes = offered(use);
    QList<QPair<QString, QString>> result;
    for (const QString& code : codes) {
        const QString language = code.left(2);
        const bool severalRegions
            = std::count_if(codes.cbegin(),
                            codes.cend(),
                            [&language](const QString& other) { return other.startsWith(language); })
            > 1;
        result.append({ severalRegions ? name(code, locale) : name(language, locale), code });
    }
    QCollator collator(locale);
    std::stable_sort(result.begin(), result.end(), [&collator](const auto& a, const auto& b) {
        return collator.compare(a.first, b.first) < 0;
    });
    return result;
}

} // namespace onboarder::model
