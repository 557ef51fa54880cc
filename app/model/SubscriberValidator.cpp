#include "model/SubscriberValidator.h"

#include "model/FieldRules.h"
#include "model/PackageCatalog.h"
#include "model/RuleIds.h"

namespace onboarder::model {

namespace {

using Package = PackageCatalog::Package;

enum class Request { Provision, Update, Precheck };

const QString kPhonePath = QStringLiteral("provisioningParameters.primaryPhoneNumber");
const QString kExtensionPath = QStringLiteral("provisioningParameters.extension");

// Exactly one package, named once: the API takes "package" (deprecated) or a one-element "packages".
void validatePackage(const Subscriber& subscriber, bool required, FieldErrors* errors)
{
    if (subscriber.package.isEmpty() && subscriber.packages.isEmpty()) {
        if (required) {
            errors->append(FieldError { QStringLiteral("packages"),
                                        SubscriberValidator::tr("Choose the user's package."),
                                        QString(RuleIds::kSubscriberPackageExactlyOne),
                                        {} });
        }
        return;
    }
    if (subscriber.packages.size() > 1) {
        errors->append(
            FieldError { QStringLiteral("packages"),
                         SubscriberValidator::tr("A user has exactly one package; add-ons are ordered for the "
                                                 "customer, not per user."),
                         QString(RuleIds::kSubscriberPackageExactlyOne),
                         {} });
        return;
    }
    if (!subscriber.package.isEmpty() && !subscriber.packages.isEmpty()
        && subscriber.package != subscriber.packages.constFirst()) {
        errors->append(
            FieldError { QStringLiteral("package"),
                         SubscriberValidator::tr("\"package\" and \"packages\" name different packages; keep "
                                                 "only one."),
                         QString(RuleIds::kSubscriberPackageConflict),
                         {} });
        return;
    }
    const QString name = subscriber.effectivePackage();
    const QString path = subscriber.packages.isEmpty() ? QStringLiteral("package") : QStringLiteral("packages[0]");
    const Package package = PackageCatalog::fromWire(name);
    if (package == Package::Unknown) {
        errors->append(
            FieldError { path,
                         SubscriberValidator::tr("\"%1\" is not a package this version of Onboarder knows.").arg(name),
                         QString(RuleIds::kPackageUnknown),
                         {} });
    } else if (!PackageCatalog::isSubscriberPackage(package)) {
        errors->append(FieldError {
            path,
            SubscriberValidator::tr("%1 cannot be given to a user.").arg(PackageCatalog::displayName(package)),
            QString(RuleIds::kPackageNotForSubscribers),
            {} });
    }
}

FieldErrors validate(const Subscriber& subscriber, const SubscriberValidator::Context& context, Request request)
{
    FieldErrors errors;
    if (request == Request::Provision) {
        FieldRules::required(subscriber.customerId, QStringLiteral("customerId"), &errors);
    }
    if (request == Request::Precheck && subscriber.customerId.isEmpty()) {
        // Variant (b): a user of a customer that is not created yet is checked against the template.
        if (FieldRules::required(subscriber.provisioningId, QStringLiteral("provisioningId"), &errors)) {
            FieldRules::provisioningId(subscriber.provisioningId, QStringLiteral("provisioningId"), &errors);
        }
        if (FieldRules::required(
                subscriber.customerPrimaryEmail, QStringLiteral("customerInfo.primaryEmail"), &errors)) {
            FieldRules::email(subscriber.customerPrimaryEmail, QStringLiteral("customerInfo.primaryEmail"), &errors);
        }
    }
    if (request != Request::Update && FieldRules::required(subscriber.email, QStringLiteral("email"), &errors)) {
        FieldRules::email(subscriber.email, QStringLiteral("email"), &errors);
    }
    validatePackage(subscriber, request != Request::Precheck, &errors);

    FieldRules::phoneNumber(subscriber.primaryPhoneNumber, kPhonePath, &errors, context.defaultRegion);
    FieldRules::extension(subscriber.extension, kExtensionPath, &errors);

    // A calling package needs a number or an extension, unless the user already has calling. On update this only
    // applies when the user moves to calling from a package without it (§4.5).
    const bool toCalling = PackageCatalog::includesCalling(subscriber.effectivePackage());
    const bool fromCalling = request == Request::Update && PackageCatalog::includesCalling(context.currentPackage);
    if (toCalling && !fromCalling && !context.alreadyCallingEntitled && subscriber.primaryPhoneNumber.isEmpty()
        && subscriber.extension.isEmpty() && request != Request::Precheck) {
        errors.append(
            FieldError { kPhonePath,
                         SubscriberValidator::tr("%1 includes calling: enter a phone number, an extension, or "
                                                 "both.")
                             .arg(PackageCatalog::displayName(subscriber.effectivePackage())),
                         QString(RuleIds::kSubscriberNumberOrExtensionRequired),
                         {} });
    }
    return errors;
}

} // namespace

FieldErrors SubscriberValidator::validateProvision(const Subscriber& subscriber, const Context& context)
{
    return validate(subscriber, context, Request::Provision);
}

FieldErrors SubscriberValidator::validateProvision(const Subscriber& subscriber)
{
    return validate(subscriber, Context(), Request::Provision);
}

FieldErrors SubscriberValidator::validateUpdate(const Subscriber& subscriber, const Context& context)
{
    return validate(subscriber, context, Request::Update);
}

FieldErrors SubscriberValidator::validateUpdate(const Subscriber& subscriber)
{
    return validate(subscriber, Context(), Request::Update);
}

FieldErrors SubscriberValidator::validatePrecheck(const Subscriber& subscriber, const Context& context)
{
    return validate(subscriber, context, Request::Precheck);
}

FieldErrors SubscriberValidator::validatePrecheck(const Subscriber& subscriber)
{
    return validate(subscriber, Context(), Request::Precheck);
}

FieldErrors SubscriberValidator::validateAdminPackage(const QString& newPackage,
                                                      const QString& currentPackage,
                                                      const QStringList& organizationPackages,
                                                      AdminRole role)
{
    FieldErrors errors;
    if (role == AdminRole::None) {
        return errors;
    }
    const Package level = PackageCatalog::organizationLevel(organizationPackages);
    const int newRank = PackageCatalog::tierRank(newPackage);
    if (level != Package::Unknown && newRank != PackageCatalog::tierRank(level)) {
        errors.append(FieldError { QStringLiteral("packages"),
                                   tr("Customer administrators get the organization's package level: choose %1.")
                                       .arg(PackageCatalog::displayName(level)),
                                   QString(RuleIds::kAdminPackageLevelMismatch),
                                   PackageCatalog::wireName(level) });
    }
    if (role == AdminRole::FullAdmin && !currentPackage.isEmpty()
        && newRank < PackageCatalog::tierRank(currentPackage)) {
        errors.append(FieldError { QStringLiteral("packages"),
                                   tr("The customer's full administrator cannot be moved to a lower package than %1.")
                                       .arg(PackageCatalog::displayName(currentPackage)),
                                   QString(RuleIds::kAdminPackageDowngrade),
                                   currentPackage });
    }
    return errors;
}

} // namespace onboarder::model
