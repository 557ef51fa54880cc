#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace onboarder::model {

// IANA time zones as Qt knows them (the system's tz database): validity, the zones of a country, display names.
class TimeZones
{
public:
    // True for an IANA identifier this system knows, such as "Europe/Stockholm" or "America/Los_Angeles".
    static bool isValid(const QString& ianaId);
    // The zones of an ISO 3166-1 alpha-2 country, sorted; empty for an unknown code.
    static QStringList forCountry(const QString& countryCode);
    // The zone a customer in that country most likely has: its only zone, or its capital's when it has several.
    // Empty for an unknown country or one whose capital is not known here.
    static QString defaultForCountry(const QString& countryCode);
    // Every IANA zone, sorted.
    static QStringList all();
    // A long name for pickers ("Central European Time"), falling back to the identifier.
    static QString displayName(const QString& ianaId, const QLocale& locale);
};

} // namespace onboarder::model
