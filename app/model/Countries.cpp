#include "model/Countries.h"

#include "model/IsoCodes.h"

#include <QCollator>

#include <algorithm>

namespace onboarder::model {

namespace {

Countries::Country toCountry(const IsoCodes::Entry& entry)
{
    return Countries::Country { entry.code, entry.englishName, entry.swedishName };
}

} // namespace

bool Countries::isValidCode(const QString& code)
{
    return code.size() == 2 && code == code.toUpper() && IsoCodes::instance().country(code) != nullptr;
}

std::optional<Countries::Country> Countries::find(const QString& code)
{
    const IsoCodes::Entry* entry = IsoCodes::instance().country(code);
    if (!entry) {
        return std::nullopt;
    }
    return toCountry(*entry);
}

QString Countries::name(const QString& code, const QLocale& locale)
{
    const auto country = find(code);
    return country ? country->name(locale) : QString();
}

QString Countries::englishName(const QString& code)
{
    const auto country = find(code);
    return country ? country->englishName : QString();
}

QString Countries::swedishName(const QString& code)
{
    const auto country = find(code);
    return country ? country->swedishName : QString();
}

QList<Countries::Country> Countries::all(const QLocale& locale)
{
    QList<Country> result;
    for (const IsoCodes::Entry& entry : IsoCodes::instance().countries()) {
        result.append(toCountry(entry));
    }
    QCollator collator(locale);
    std::stable_sort(result.begin(), result.end(), [&](const Country& a, const Country& b) {
        return collator.compare(a.name(locale), b.name(locale)) < 0;
    });
    return result;
}

QLocale::Territory Countries::territory(const QString& code)
{
    if (!isValidCode(code)) {
        return QLocale::AnyTerritory;
    }
    return QLocale::codeToTerritory(code);
}

} // namespace onboarder::model
