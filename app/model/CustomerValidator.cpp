#include "model/CustomerValidator.h"

#include "model/FieldRules.h"
#include "model/LocationValidator.h"
#include "model/PackageCatalog.h"
#include "model/RuleIds.h"

#include <QSet>

#include <algorithm>

namespace onboarder::model {

namespace {

enum class Request { Provision, Precheck, Update };

using Package = PackageCatalog::Package;

QString packagePath(int index)
{
    return QStringLiteral("packages[%1]").arg(index);
}

QString namesOf(const QList<Package>& packages)
{
    QStringList names;
    for (Package package : packages) {
        names.append(PackageCatalog::displayName(package));
    }
    return names.join(QStringLiteral(", "));
}

void validateCallingLocation(const CallingLocation& location, FieldErrors* errors)
{
    const QString prefix = QStringLiteral("provisioningParameters.calling.location");
    const QString namePath = FieldRules::join(prefix, QStringLiteral("name"));
    if (FieldRules::required(location.name, namePath, errors)) {
        FieldRules::locationName(location.name, namePath, errors);
    }
    FieldRules::address(location.address,
                        FieldRules::join(prefix, QStringLiteral("address")),
                        FieldRules::AddressShape::Wholesale,
                        errors);
    const QString timezonePath = FieldRules::join(prefix, QStringLiteral("timezone"));
    if (FieldRules::required(location.timezone, timezonePath, errors)) {
        FieldRules::timeZone(location.timezone, timezonePath, errors);
    }
    const QString languagePath = FieldRules::join(prefix, QStringLiteral("language"));
    if (FieldRules::required(location.language, languagePath, errors)
        && FieldRules::languageCode(location.language, languagePath, errors)) {
        LocationValidator::offeredAnnouncementLanguage(
            location.language, languagePath, location.address.country, errors);
    }
}

void validateCustomerInfo(const CustomerInfo& info, Request request, bool attachingToExistingOrg, FieldErrors* errors)
{
    // A new organization needs its name and first administrator; attaching to an existing one (orgId) does not.
    const bool needsName = request == Request::Provision && !attachingToExistingOrg;
    const bool needsEmail = request == Request::Precheck || needsName;
    const QString namePath = QStringLiteral("customerInfo.name");
    const QString emailPath = QStringLiteral("customerInfo.primaryEmail");
    if (needsName) {
        FieldRules::required(info.name, namePath, errors);
    }
    if (info.name.contains(QLatin1Char('%'))) {
        QString fix = info.name;
        fix.remove(QLatin1Char('%'));
        errors->append(FieldError { namePath,
                                    CustomerValidator::tr("The customer name must not contain \"%\"."),
                                    QString(RuleIds::kCustomerNamePercent),
                                    fix.trimmed() });
    }
    if (!needsEmail || FieldRules::required(info.primaryEmail, emailPath, errors)) {
        FieldRules::email(info.primaryEmail, emailPath, errors);
    }
    if (request == Request::Provision) {
        FieldRules::languageCode(info.language, QStringLiteral("customerInfo.language"), errors);
    }
}

FieldErrors validate(const Customer& customer, Request request)
{
    FieldErrors errors;
    if (request == Request::Provision) {
        if (FieldRules::required(customer.provisioningId, QStringLiteral("provisioningId"), &errors)) {
            FieldRules::provisioningId(customer.provisioningId, QStringLiteral("provisioningId"), &errors);
        }
        FieldRules::required(customer.externalId, QStringLiteral("externalId"), &errors);
    } else {
        FieldRules::provisioningId(customer.provisioningId, QStringLiteral("provisioningId"), &errors);
    }

    if (request != Request::Precheck) {
        if (customer.packages.isEmpty()) {
            errors.append(FieldError { QStringLiteral("packages"),
                                       CustomerValidator::tr("Choose at least one package."),
                                       QString(RuleIds::kRequired),
                                       {} });
        }
    }
    errors.append(CustomerValidator::validatePackages(customer));

    if (request != Request::Update) {
        validateCustomerInfo(customer.customerInfo, request, !customer.orgId.isEmpty(), &errors);
    }

    // The billing address is required on provision and precheck; on update it is optional but checked when sent.
    if (request != Request::Update || !customer.address.isEmpty()) {
        FieldRules::address(customer.address, QStringLiteral("address"), FieldRules::AddressShape::Wholesale, &errors);
    }

    if (!customer.callingLocation.isEmpty()) {
        validateCallingLocation(customer.callingLocation, &errors);
    } else if (customer.ordersCalling()) {
        errors.append(FieldError { QStringLiteral("provisioningParameters.calling.location"),
                                   CustomerValidator::tr("Calling packages need a headquarters calling location: enter "
                                                         "its name, address, time zone and language."),
                                   QString(RuleIds::kCustomerCallingLocationRequired),
                                   {} });
    }
    FieldRules::timeZone(
        customer.meetingsTimezone, QStringLiteral("provisioningParameters.meetings.timezone"), &errors);
    FieldRules::email(customer.subPartnerAdminEmail, QStringLiteral("subPartnerAdminEmail"), &errors);
    return errors;
}

} // namespace

FieldErrors CustomerValidator::validateProvision(const Customer& customer)
{
    return validate(customer, Request::Provision);
}

FieldErrors CustomerValidator::validatePrecheck(const Customer& customer)
{
    return validate(customer, Request::Precheck);
}

FieldErrors CustomerValidator::validateUpdate(const Customer& customer)
{
    return validate(customer, Request::Update);
}

FieldErrors CustomerValidator::validatePackages(const Customer& customer)
{
    FieldErrors errors;
    QSet<QString> seen;
    QSet<int> ordered;
    for (const QString& name : customer.packages) {
        ordered.insert(int(PackageCatalog::fromWire(name)));
    }
    for (int i = 0; i < customer.packages.size(); ++i) {
        const QString& name = customer.packages.at(i);
        const Package package = PackageCatalog::fromWire(name);
        if (package == Package::Unknown) {
            errors.append(FieldError { packagePath(i),
                                       tr("\"%1\" is not a package this version of Onboarder knows.").arg(name),
                                       QString(RuleIds::kPackageUnknown),
                                       {} });
            continue;
        }
        if (seen.contains(name)) {
            errors.append(FieldError { packagePath(i),
                                       tr("%1 is listed twice.").arg(PackageCatalog::displayName(package)),
                                       QString(RuleIds::kPackageDuplicate),
                                       {} });
            continue;
        }
        seen.insert(name);
        const QList<Package> bases = PackageCatalog::addOnRequiresOneOf(package);
        if (!bases.isEmpty()
            && std::none_of(bases.cbegin(), bases.cend(), [&](Package base) { return ordered.contains(int(base)); })) {
            errors.append(FieldError {
                packagePath(i),
                tr("%1 is an add-on: also choose one of %2.").arg(PackageCatalog::displayName(package), namesOf(bases)),
                QString(RuleIds::kPackageAddOnMissingBase),
                {} });
        }
    }

    const QString limitsPrefix = QStringLiteral("provisioningParameters.packages.limits");
    for (auto it = customer.packageLimits.cbegin(); it != customer.packageLimits.cend(); ++it) {
        const QString path = FieldRules::join(limitsPrefix, it.key());
        if (!PackageCatalog::isKnown(it.key())) {
            errors.append(FieldError { path,
                                       tr("\"%1\" is not a package this version of Onboarder knows.").arg(it.key()),
                                       QString(RuleIds::kPackageUnknown),
                                       {} });
            continue;
        }
        if (!customer.packages.contains(it.key())) {
            errors.append(FieldError {
                path,
                tr("A quantity is set for %1, which is not ordered.").arg(PackageCatalog::displayName(it.key())),
                QString(RuleIds::kPackageQuantityNotOrdered),
                {} });
        }
        if (!PackageCatalog::isValidQuantity(it.value())) {
            errors.append(FieldError { path,
                                       tr("Enter a quantity from %1 to %2.")
                                           .arg(PackageCatalog::kMinQuantity)
                                           .arg(PackageCatalog::kMaxQuantity),
                                       QString(RuleIds::kPackageQuantityOutOfRange),
                                       {} });
        }
    }
    return errors;
}

} // namespace onboarder::model
