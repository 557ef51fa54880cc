#include "model/SubscriberBatchRules.h"

#include "model/PackageCatalog.h"
#include "model/PhoneNumbers.h"
#include "model/RuleIds.h"
#include "model/SubscriberValidator.h"

namespace onboarder::model {

namespace {
const QString kFirstNamePath = QStringLiteral("provisioningParameters.firstName");
const QString kLastNamePath = QStringLiteral("provisioningParameters.lastName");
const QString kLocationPath = QStringLiteral("provisioningParameters.locationId");
const QString kPhonePath = QStringLiteral("provisioningParameters.primaryPhoneNumber");
const QString kExtensionPath = QStringLiteral("provisioningParameters.extension");

bool includesCalling(const Subscriber& subscriber)
{
    return PackageCatalog::includesCalling(subscriber.effectivePackage());
}
} // namespace

SubscriberBatchRules::SubscriberBatchRules(Context context)
    : m_context(std::move(context))
{
}

const SubscriberBatchRules::Context& SubscriberBatchRules::context() const
{
    return m_context;
}

QString SubscriberBatchRules::emailKey(const QString& email)
{
    return email.trimmed().toCaseFolded();
}

QStringList SubscriberBatchRules::userPackages(const QStringList& customerPackages)
{
    QStringList result;
    for (const QString& name : customerPackages) {
        const auto package = PackageCatalog::fromWire(name);
        if (PackageCatalog::isSubscriberPackage(package) && !PackageCatalog::isAddOn(package)) {
            result.append(name);
        }
    }
    return result;
}

Subscriber SubscriberBatchRules::request(const Subscriber& typed) const
{
    Subscriber s;
    s.customerId = m_context.customerId;
    s.email = typed.email.trimmed();
    const QString package = typed.effectivePackage().trimmed();
    s.packages = package.isEmpty() ? QStringList() : QStringList { package };
    s.firstName = typed.firstName.trimmed();
    s.lastName = typed.lastName.trimmed();
    if (includesCalling(s)) {
        s.locationId = typed.locationId.trimmed();
        if (s.locationId.isEmpty() && m_context.locations && m_context.locations->size() == 1) {
            // A customer with one location gives it (DESIGN: defaults come from what is already known).
            s.locationId = m_context.locations->constFirst().id;
        }
        s.primaryPhoneNumber = typed.primaryPhoneNumber.trimmed();
        s.extension = typed.extension.trimmed();
    }
    return s;
}

QList<FieldErrors> SubscriberBatchRules::check(const QList<Subscriber>& requests, const QList<bool>& settled) const
{
    const qsizetype count = requests.size();
    auto isSettled = [&settled](qsizetype row) { return row < settled.size() && settled.at(row); };
    auto numberKey = [this](const QString& number) {
        const QString e164 = PhoneNumbers::toE164(number, m_context.defaultRegion);
        return e164.isEmpty() ? number : e164;
    };
    // Settled rows take their values first: a new row repeating one of them is the row to change.
    QHash<QString, qsizetype> emails;
    QHash<QString, qsizetype> numbers;
    QHash<QString, qsizetype> extensions;
    for (int pass = 0; pass < 2; ++pass) {
        for (qsizetype row = 0; row < count; ++row) {
            if (isSettled(row) != (pass == 0)) {
                continue;
            }
            const Subscriber& s = requests.at(row);
            if (!s.email.isEmpty()) {
                emails.insert(emailKey(s.email), emails.value(emailKey(s.email), row));
            }
            if (!s.primaryPhoneNumber.isEmpty()) {
                numbers.insert(numberKey(s.primaryPhoneNumber), numbers.value(numberKey(s.primaryPhoneNumber), row));
            }
            if (!s.extension.isEmpty()) {
                extensions.insert(s.extension, extensions.value(s.extension, row));
            }
        }
    }

    QList<FieldErrors> result(count);
    for (qsizetype row = 0; row < count; ++row) {
        if (isSettled(row)) {
            continue;
        }
        const Subscriber& s = requests.at(row);
        FieldErrors errors = checkRow(s);
        auto repeated = [&](const QHash<QString, qsizetype>& seen,
                            const QString& key,
                            const QString& path,
                            const QString& message,
                            QLatin1String ruleId) {
            const qsizetype first = key.isEmpty() ? row : seen.value(key, row);
            if (first != row) {
                errors.append({ path, message.arg(first + 1), QString(ruleId), {} });
            }
        };
        repeated(emails,
                 s.email.isEmpty() ? QString() : emailKey(s.email),
                 QStringLiteral("email"),
                 tr("The same email as row %1."),
                 RuleIds::kBatchEmailDuplicate);
        repeated(numbers,
                 s.primaryPhoneNumber.isEmpty() ? QString() : numberKey(s.primaryPhoneNumber),
                 kPhonePath,
                 tr("The same phone number as row %1."),
                 RuleIds::kBatchNumberDuplicate);
        // Extensions are unique within the customer's organization.
        repeated(extensions,
                 s.extension,
                 kExtensionPath,
                 tr("The same extension as row %1."),
                 RuleIds::kBatchExtensionDuplicate);
        result[row] = errors;
    }
    return result;
}

FieldErrors SubscriberBatchRules::checkRow(const Subscriber& s) const
{
    SubscriberValidator::Context validatorContext;
    validatorContext.defaultRegion = m_context.defaultRegion;
    FieldErrors errors = SubscriberValidator::validateProvision(s, validatorContext);
    if (s.firstName.isEmpty()) {
        errors.append({ kFirstNamePath, tr("Enter the first name."), QString(RuleIds::kRequired), {} });
    }
    if (s.lastName.isEmpty()) {
        errors.append({ kLastNamePath, tr("Enter the last name."), QString(RuleIds::kRequired), {} });
    }
    const QString package = s.effectivePackage();
    if (m_context.packages && !package.isEmpty() && PackageCatalog::isKnown(package)
        && !m_context.packages->contains(package)) {
        QStringList names;
        for (const QString& name : *m_context.packages) {
            names.append(PackageCatalog::displayName(name));
        }
        errors.append({ QStringLiteral("packages[0]"),
                        tr("The customer has no %1 package; choose one of: %2.")
                            .arg(PackageCatalog::displayName(package), names.join(QStringLiteral(", "))),
                        QString(RuleIds::kSubscriberPackageNotOrdered),
                        {} });
    }
    if (includesCalling(s)) {
        checkLocation(s, &errors);
    }
    if (!s.email.isEmpty() && m_context.existingEmails.contains(emailKey(s.email))) {
        errors.append({ QStringLiteral("email"),
                        tr("%1 is already a user of this customer.").arg(s.email),
                        QString(RuleIds::kSubscriberEmailExists),
                        {} });
    }
    return errors;
}

void SubscriberBatchRules::checkLocation(const Subscriber& s, FieldErrors* errors) const
{
    if (!m_context.locations) {
        return;
    }
    const QString package = PackageCatalog::displayName(s.effectivePackage());
    if (s.locationId.isEmpty()) {
        errors->append({ kLocationPath,
                         tr("%1 includes calling: choose the user's location.").arg(package),
                         QString(RuleIds::kSubscriberLocationRequired),
                         {} });
        return;
    }
    QStringList names;
    const Location* location = nullptr;
    for (const Location& candidate : *m_context.locations) {
        names.append(candidate.name);
        if (candidate.id == s.locationId) {
            location = &candidate;
        }
    }
    if (!location) {
        errors->append({ kLocationPath,
                         tr("The customer has no location \"%1\"; its locations are: %2.")
                             .arg(s.locationId, names.join(QStringLiteral(", "))),
                         QString(RuleIds::kSubscriberLocationUnknown),
                         {} });
        return;
    }
    const auto freeNumbers = m_context.freeNumbers.constFind(s.locationId);
    if (!s.primaryPhoneNumber.isEmpty() && freeNumbers != m_context.freeNumbers.cend()
        && PhoneNumbers::isE164(s.primaryPhoneNumber) && !freeNumbers->contains(s.primaryPhoneNumber)) {
        errors->append({ kPhonePath,
                         tr("%1 is not a free number of %2: choose one from the list, or use an extension.")
                             .arg(s.primaryPhoneNumber, location->name),
                         QString(RuleIds::kSubscriberNumberNotFree),
                         {} });
    }
}

} // namespace onboarder::model
