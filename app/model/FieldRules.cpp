#include "model/FieldRules.h"

#include "model/AddressRequirements.h"
#include "model/Countries.h"
#include "model/Languages.h"
#include "model/PhoneNumbers.h"
#include "model/RuleIds.h"
#include "model/TimeZones.h"
#include "model/WebexId.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace onboarder::model {

namespace {

void add(
    FieldErrors* errors, const QString& path, const QString& message, QLatin1String ruleId, const QString& fix = {})
{
    errors->append(FieldError { path, message, QString(ruleId), fix });
}

} // namespace

QString FieldRules::join(const QString& prefix, const QString& name)
{
    return prefix.isEmpty() ? name : prefix + QLatin1Char('.') + name;
}

bool FieldRules::required(const QString& value, const QString& path, FieldErrors* errors)
{
    if (!value.trimmed().isEmpty()) {
        return true;
    }
    add(errors, path, tr("This field is required."), RuleIds::kRequired);
    return false;
}

bool FieldRules::isValidEmail(const QString& value)
{
    // The HTML living standard's address syntax, plus a dot in the domain: Webex rejects single-label domains, and
    // a missing ".com" is the typo we most want to catch.
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"));
    if (value.size() > 254 || !pattern.match(value).hasMatch()) {
        return false;
    }
    const QString local = value.section(QLatin1Char('@'), 0, 0);
    return local.size() <= 64 && !local.startsWith(QLatin1Char('.')) && !local.endsWith(QLatin1Char('.'))
        && !local.contains(QLatin1String(".."));
}

bool FieldRules::email(const QString& value, const QString& path, FieldErrors* errors)
{
    if (value.isEmpty() || isValidEmail(value)) {
        return true;
    }
    const QString trimmed = value.trimmed();
    add(errors,
        path,
        tr("Enter an email address such as name@example.com."),
        RuleIds::kEmailInvalid,
        trimmed != value && isValidEmail(trimmed) ? trimmed : QString());
    return false;
}

bool FieldRules::phoneNumber(const QString& value,
                             const QString& path,
                             FieldErrors* errors,
                             const QString& defaultRegion)
{
    const PhoneNumbers::Check check = PhoneNumbers::check(value, defaultRegion);
    switch (check.status) {
    case PhoneNumbers::Status::Empty:
        if (value.isEmpty()) {
            return true;
        }
        break;
    case PhoneNumbers::Status::Valid:
        return true;
    case PhoneNumbers::Status::NotE164:
        add(errors,
            path,
            tr("Write the number in international form without spaces: %1.").arg(check.e164),
            RuleIds::kPhoneNotE164,
            check.e164);
        return false;
    case PhoneNumbers::Status::MissingPlus:
        add(errors,
            path,
            tr("The number has no leading \"+\" (spreadsheets often remove it). Did you mean %1?").arg(check.e164),
            RuleIds::kPhoneMissingPlus,
            check.e164);
        return false;
    case PhoneNumbers::Status::Invalid:
        break;
    }
    add(errors,
        path,
        tr("Enter a valid phone number in international form, for example +46701234567."),
        RuleIds::kPhoneInvalid);
    return false;
}

bool FieldRules::isValidExtension(const QString& value)
{
    return value.size() >= kMinExtensionLength && value.size() <= kMaxExtensionLength
        && std::all_of(
               value.cbegin(), value.cend(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

bool FieldRules::extension(const QString& value, const QString& path, FieldErrors* errors)
{
    if (value.isEmpty() || isValidExtension(value)) {
        return true;
    }
    add(errors,
        path,
        tr("An extension has %1 to %2 digits and nothing else.").arg(kMinExtensionLength).arg(kMaxExtensionLength),
        RuleIds::kExtensionInvalid,
        isValidExtension(value.trimmed()) ? value.trimmed() : QString());
    return false;
}

bool FieldRules::languageCode(const QString& value, const QString& path, FieldErrors* errors)
{
    if (value.isEmpty() || Languages::isValidCode(value)) {
        return true;
    }
    // "EN_us" and "en-US" are common slips with an obvious fix.
    QString fix = value.trimmed();
    fix.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (fix.size() >= 2) {
        fix = fix.left(2).toLower() + fix.mid(2);
    }
    add(errors,
        path,
        tr("Enter a language code such as \"en\", \"en_US\" or \"sv_se\"."),
        RuleIds::kLanguageInvalid,
        Languages::isValidCode(fix) ? fix : QString());
    return false;
}

bool FieldRules::timeZone(const QString& value, const QString& path, FieldErrors* errors)
{
    if (value.isEmpty() || TimeZones::isValid(value)) {
        return true;
    }
    add(errors,
        path,
        tr("Choose a time zone from the list, such as Europe/Stockholm."),
        RuleIds::kTimeZoneInvalid,
        TimeZones::isValid(value.trimmed()) ? value.trimmed() : QString());
    return false;
}

bool FieldRules::countryCode(const QString& value, const QString& path, FieldErrors* errors)
{
    if (value.isEmpty() || Countries::isValidCode(value)) {
        return true;
    }
    const QString upper = value.trimmed().toUpper();
    add(errors,
        path,
        tr("Choose a country; the code has two capital letters, such as SE."),
        RuleIds::kCountryInvalid,
        Countries::isValidCode(upper) ? upper : QString());
    return false;
}

bool FieldRules::provisioningId(const QString& value, const QString& path, FieldErrors* errors)
{
    if (value.isEmpty() || WebexId::isValidProvisioningId(value)) {
        return true;
    }
    add(errors,
        path,
        tr("This is not a Provisioning ID. Copy it from the onboarding template in Partner Hub."),
        RuleIds::kProvisioningIdInvalid,
        WebexId::isValidProvisioningId(value.trimmed()) ? value.trimmed() : QString());
    return false;
}

bool FieldRules::isValidSamlEntityId(const QString& value)
{
    if (value.isEmpty() || value.size() > kMaxEntityIdLength
        || std::any_of(value.cbegin(), value.cend(), [](QChar c) { return c.isSpace(); })) {
        return false;
    }
    // An entity ID is an absolute URI: usually https://..., sometimes urn:...
    const QUrl url(value, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty()) {
        return false;
    }
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) {
        return !url.host().isEmpty();
    }
    return !url.path().isEmpty();
}

bool FieldRules::samlEntityId(const QString& value, const QString& path, FieldErrors* errors)
{
    if (value.isEmpty() || isValidSamlEntityId(value)) {
        return true;
    }
    add(errors,
        path,
        tr("Enter the entityID from the identity provider's SAML metadata: an absolute URI such as "
           "https://idp.example.com/saml."),
        RuleIds::kSamlEntityIdInvalid,
        isValidSamlEntityId(value.trimmed()) ? value.trimmed() : QString());
    return false;
}

bool FieldRules::locationName(const QString& value, const QString& path, FieldErrors* errors)
{
    if (value.size() <= kMaxLocationNameLength) {
        return true;
    }
    add(errors,
        path,
        tr("A location name has at most %1 characters; this one has %2.").arg(kMaxLocationNameLength).arg(value.size()),
        RuleIds::kLocationNameTooLong);
    return false;
}

void FieldRules::address(const Address& address,
                         const QString& pathPrefix,
                         AddressShape shape,
                         FieldErrors* errors,
                         bool stateAndPostalCodeAlwaysRequired)
{
    const bool wholesale = shape == AddressShape::Wholesale;
    const QString line1Path = join(pathPrefix, wholesale ? QStringLiteral("addressLine1") : QStringLiteral("address1"));
    const QString line2Path = join(pathPrefix, wholesale ? QStringLiteral("addressLine2") : QStringLiteral("address2"));
    const QString cityPath = join(pathPrefix, QStringLiteral("city"));
    const QString statePath = join(pathPrefix, wholesale ? QStringLiteral("stateOrProvince") : QStringLiteral("state"));
    const QString postalPath
        = join(pathPrefix, wholesale ? QStringLiteral("zipOrPostalCode") : QStringLiteral("postalCode"));
    const QString countryPath = join(pathPrefix, QStringLiteral("country"));

    required(address.line1, line1Path, errors);
    required(address.city, cityPath, errors);
    if (required(address.country, countryPath, errors)) {
        countryCode(address.country, countryPath, errors);
    }
    for (const auto& [line, path] :
         { std::pair { address.line1, line1Path }, std::pair { address.line2, line2Path } }) {
        if (line.size() > AddressRequirements::kMaxLineLength) {
            add(errors,
                path,
                tr("An address line has at most %1 characters; this one has %2. Move the rest to the next line.")
                    .arg(AddressRequirements::kMaxLineLength)
                    .arg(line.size()),
                RuleIds::kAddressLineTooLong);
        }
    }
    const QString country = address.country.trimmed().toUpper();
    if (address.stateOrProvince.trimmed().isEmpty()
        && (stateAndPostalCodeAlwaysRequired || AddressRequirements::needsStateOrProvince(country))) {
        add(errors,
            statePath,
            stateAndPostalCodeAlwaysRequired
                ? tr("Enter the state or province.")
                : tr("Addresses in %1 need a state or province.").arg(Countries::name(country, QLocale())),
            RuleIds::kAddressStateRequired);
    }
    if (address.postalCode.trimmed().isEmpty()
        && (stateAndPostalCodeAlwaysRequired
            || (Countries::isValidCode(country) && AddressRequirements::needsPostalCode(country)))) {
        add(errors, postalPath, tr("Enter the postal code."), RuleIds::kAddressPostalCodeRequired);
    }
}

} // namespace onboarder::model
