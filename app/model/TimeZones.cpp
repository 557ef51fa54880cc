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

} // namespace

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
