#pragma once

#include <QLatin1String>

// The stable identifiers of the validation rules (FieldError::ruleId). Tests, scripts and saved reports match on
// them, so an identifier never changes meaning; a changed rule gets a new one.
namespace onboarder::model::RuleIds {

constexpr QLatin1String kRequired("field.required");
constexpr QLatin1String kAddressLineTooLong("address.line.tooLong");
constexpr QLatin1String kAddressStateRequired("address.state.required");
constexpr QLatin1String kAddressPostalCodeRequired("address.postalCode.required");
constexpr QLatin1String kCountryInvalid("country.invalid");
constexpr QLatin1String kCustomerNamePercent("customer.name.percent");
constexpr QLatin1String kEmailInvalid("email.invalid");
constexpr QLatin1String kPhoneInvalid("phone.invalid");
constexpr QLatin1String kPhoneNotE164("phone.notE164");
constexpr QLatin1String kPhoneMissingPlus("phone.missingPlus");
constexpr QLatin1String kExtensionInvalid("extension.invalid");
constexpr QLatin1String kLocationNameTooLong("location.name.tooLong");
constexpr QLatin1String kTimeZoneInvalid("timezone.invalid");
constexpr QLatin1String kLanguageInvalid("language.invalid");
constexpr QLatin1String kProvisioningIdInvalid("provisioningId.invalid");
constexpr QLatin1String kCustomerExternalIdExists("customer.externalId.exists");
constexpr QLatin1String kCustomerCallingLocationRequired("customer.calling.locationRequired");
constexpr QLatin1String kSubscriberNumberOrExtensionRequired("subscriber.calling.numberOrExtensionRequired");
constexpr QLatin1String kSubscriberPackageExactlyOne("subscriber.package.exactlyOne");
constexpr QLatin1String kSubscriberPackageConflict("subscriber.package.conflict");
constexpr QLatin1String kSubscriberPackageNotOrdered("subscriber.package.notOrdered");
constexpr QLatin1String kSubscriberLocationRequired("subscriber.location.required");
constexpr QLatin1String kSubscriberLocationUnknown("subscriber.location.unknown");
constexpr QLatin1String kSubscriberNumberNotFree("subscriber.number.notFree");
constexpr QLatin1String kSubscriberEmailExists("subscriber.email.exists");
constexpr QLatin1String kBatchEmailDuplicate("batch.email.duplicate");
constexpr QLatin1String kBatchNumberDuplicate("batch.number.duplicate");
constexpr QLatin1String kBatchExtensionDuplicate("batch.extension.duplicate");
constexpr QLatin1String kBatchUserCustomerMissing("batch.user.customerMissing");
constexpr QLatin1String kBatchUserCustomerUnknown("batch.user.customerUnknown");
constexpr QLatin1String kBatchUserEmailInTwoCustomers("batch.user.emailInTwoCustomers");
constexpr QLatin1String kPackageUnknown("package.unknown");
constexpr QLatin1String kPackageNotForSubscribers("package.notForSubscribers");
constexpr QLatin1String kPackageDuplicate("package.duplicate");
constexpr QLatin1String kPackageAddOnMissingBase("package.addOn.missingBase");
constexpr QLatin1String kPackageQuantityOutOfRange("package.quantity.outOfRange");
constexpr QLatin1String kPackageQuantityNotOrdered("package.quantity.notOrdered");
constexpr QLatin1String kAdminPackageLevelMismatch("admin.package.levelMismatch");
constexpr QLatin1String kAdminPackageDowngrade("admin.package.downgrade");
constexpr QLatin1String kSamlEntityIdRequired("template.saml.entityIdRequired");
constexpr QLatin1String kSamlEntityIdInvalid("template.saml.entityIdInvalid");

} // namespace onboarder::model::RuleIds
