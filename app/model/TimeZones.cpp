#include "model/TimeZones.h"

#include "model/Countries.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace onboarder::model {

namespace {

QStringList toSortedStrings(const QList<QByteArray>& ids)
{
    QStringList result;
    result.reserve(ids.size());
    for (const QByteArray& id : ids) {
        result.append(QString::fromLatin1(id));
    }
    std::sort(result.begin(), result.end());
    return result;
}

// The capital's zone of the countries with more than one; older tz databases may know a zone by its former name,
// so each entry lists both.
const char* const kCapitalZones[][2] = {
    { "AR", "America/Argentina/Buenos_Aires America/Buenos_Aires" },
    { "AU", "Australia/Sydney" },
    { "BR", "America/Sao_Paulo" },
    { "CA", "America/Toronto" },
    { "CD", "Africa/Kinshasa" },
    { "CL", "America/Santiago" },
    { "CN", "Asia/Shanghai" },
    { "CY", "Asia/Nicosia" },
    { "DE", "Europe/Berlin" },
    { "EC", "America/Guayaquil" },
    { "ES", "Europe/Madrid" },
    { "FM", "Pacific/Pohnpei Pacific/Ponape" },
    { "GL", "America/Nuuk America/Godthab" },
    { "ID", "Asia/Jakarta" },
    { "KI", "Pacific/Tarawa" },
    { "KZ", "Asia/Almaty" },
    { "MH", "Pacific/Majuro" },
    { "MN", "Asia/Ulaanbaatar Asia/Ulan_Bator" },
    { "MX", "America/Mexico_City" },
    { "MY", "Asia/Kuala_Lumpur" },
    { "NZ", "Pacific/Auckland" },
    { "PF", "Pacific/Tahiti" },
    { "PG", "Pacific/Port_Moresby" },
    { "PT", "Europe/Lisbon" },
    { "RU", "Europe/Moscow" },
    { "UA", "Europe/Kyiv Europe/Kiev" },
    { "US", "America/New_York" },
    { "UZ", "Asia/Tashkent" },
};

} // namespace

QString TimeZones::defaultForCountry(const QString& countryCode)
{
    const QStringList zones = forCountry(countryCode);
    if (zones.size() == 1) {
        return zones.first();
    }
    for (const auto& [country, capital] : kCapitalZones) {
        if (countryCode == QLatin1String(country)) {
            for (const QString& zone : QString::fromLatin1(capital).split(QLatin1Char(' '))) {
                if (zones.contains(zone) || isValid(zone)) {
                    return zone;
                }
            }
        }
    }
    return {};
}

bool TimeZones::isValid(const QString& ianaId)
{
    if (ianaId.isEmpty() || ianaId.trimmed() != ianaId) {
        return false;
    }
    return QTimeZone::isTimeZoneIdAvailable(ianaId.toLatin1());
}

QStringList TimeZones::forCountry(const QString& countryCode)
{
    const QLocale::Territory territory = Countries::territory(countryCode);
    if (territory == QLocale::AnyTerritory) {
        return {};
    }
    return toSortedStrings(QTimeZone::availableTimeZoneIds(territory));
}

QStringList TimeZones::all()
{
    return toSortedStrings(QTimeZone::availableTimeZoneIds());
}

QString TimeZones::displayName(const QString& ianaId, const QLocale& locale)
{
    if (!isValid(ianaId)) {
        return ianaId;
    }
    const QTimeZone zone(ianaId.toLatin1());
    const QString name = zone.displayName(QDateTime::currentDateTimeUtc(), QTimeZone::LongName, locale);
    return name.isEmpty() ? ianaId : name;
}

} // namespace onboarder::model
