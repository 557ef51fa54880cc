#include "model/Languages.h"

#include "model/Countries.h"
#include "model/IsoCodes.h"

#include <QCollator>

#include <algorithm>

namespace onboarder::model {

namespace {

Languages::Language toLanguage(const IsoCodes::Entry& entry)
{
    return Languages::Language { entry.code, entry.englishName, entry.swedishName };
}

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
    const QString languageName = find(code.left(2))->name(locale);
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
