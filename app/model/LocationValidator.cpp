#include "model/LocationValidator.h"

#include "model/FieldRules.h"
#include "model/Languages.h"
#include "model/RuleIds.h"

namespace onboarder::model {

FieldErrors LocationValidator::validateCreate(const Location& location)
{
    FieldErrors errors;
    if (FieldRules::required(location.name, QStringLiteral("name"), &errors)) {
        FieldRules::locationName(location.name, QStringLiteral("name"), &errors);
    }
    if (FieldRules::required(location.timeZone, QStringLiteral("timeZone"), &errors)) {
        FieldRules::timeZone(location.timeZone, QStringLiteral("timeZone"), &errors);
    }
    const QString& country = location.address.country;
    if (FieldRules::required(location.preferredLanguage, QStringLiteral("preferredLanguage"), &errors)
        && FieldRules::languageCode(location.preferredLanguage, QStringLiteral("preferredLanguage"), &errors)) {
        offeredAnnouncementLanguage(location.preferredLanguage, QStringLiteral("preferredLanguage"), country, &errors);
    }
    if (FieldRules::required(location.announcementLanguage, QStringLiteral("announcementLanguage"), &errors)
        && FieldRules::languageCode(location.announcementLanguage, QStringLiteral("announcementLanguage"), &errors)) {
        offeredAnnouncementLanguage(
            location.announcementLanguage, QStringLiteral("announcementLanguage"), country, &errors);
    }
    FieldRules::address(location.address, QStringLiteral("address"), FieldRules::AddressShape::Location, &errors, true);
    return errors;
}

void LocationValidator::offeredAnnouncementLanguage(const QString& code,
                                                    const QString& path,
                                                    const QString& countryCode,
                                                    FieldErrors* errors)
{
    const QStringList offered = Languages::offered(Languages::Use::Announcement);
    if (code.isEmpty() || offered.contains(code.toLower())) {
        return;
    }
    // The same language as Webex writes it: the country's variant, else the first offered one.
    const QString language = code.left(2).toLower();
    QString fix = language + QLatin1Char('_') + countryCode.toLower();
    if (!offered.contains(fix)) {
        fix.clear();
        for (const QString& candidate : offered) {
            if (candidate.startsWith(language + QLatin1Char('_'))) {
                fix = candidate;
                break;
            }
        }
    }
    errors->append({ path,
                     fix.isEmpty()
                         ? tr("Webex does not offer announcements in this language; choose one from the list.")
                         : tr("Webex offers this language for announcements as %1.").arg(fix),
                     RuleIds::kLanguageInvalid,
                     fix });
}

} // namespace onboarder::model
