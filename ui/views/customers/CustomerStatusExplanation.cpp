#include "ui/views/customers/CustomerStatusExplanation.h"

namespace onboarder::ui {

QString CustomerStatusExplanation::meaning(const model::CustomerStatus& status)
{
    switch (status.value()) {
    case model::CustomerStatus::Provisioned:
        return tr("Provisioned: the organization exists and every package is ready.");
    case model::CustomerStatus::ProvisionedWithErrors:
        return tr("Provisioned with errors: the organization exists, but at least one package did not provision.");
    case model::CustomerStatus::Provisioning:
        return tr("Provisioning: Webex is creating the organization and its packages.");
    case model::CustomerStatus::Updating:
        return tr("Updating: Webex is changing the customer's packages.");
    case model::CustomerStatus::Deleting:
        return tr("Deleting: Webex is removing the customer.");
    case model::CustomerStatus::Error:
        return tr("Error: provisioning failed and no organization was created.");
    case model::CustomerStatus::PendingRplReview:
        return tr("Pending compliance review: Webex holds the customer while it is checked against the restricted "
                  "party list.");
    case model::CustomerStatus::Unknown:
        break;
    }
    return tr("Status \"%1\" is not known to this version of Onboarder.").arg(status.toWire());
}

QString CustomerStatusExplanation::adviceForCode(const QString& errorCode)
{
    if (errorCode == QLatin1String("2560")) {
        return tr("2560: Webex Calling is in maintenance. Retry later.");
    }
    if (errorCode == QLatin1String("10022")) {
        return tr("10022: the administrator email already belongs to a Webex user. Use another email, or attach the "
                  "existing organization.");
    }
    if (errorCode == QLatin1String("9000")) {
        return tr("9000: the sandbox's simulated provisioning failure (external IDs starting with sbx-error-).");
    }
    return {};
}

QString CustomerStatusExplanation::whatToDo(const model::Customer& customer)
{
    QStringList advice;
    auto collect = [&advice](const model::ErrorDetails& details) {
        for (const model::ErrorDetail& detail : details) {
            const QString text = adviceForCode(detail.errorCode);
            if (!text.isEmpty() && !advice.contains(text)) {
                advice.append(text);
            }
        }
    };
    collect(customer.errors);
    for (const model::PackageDetail& detail : customer.packageDetails) {
        collect(detail.errors);
        collect(detail.warnings);
    }
    QString general;
    switch (customer.status.value()) {
    case model::CustomerStatus::Provisioned:
        general = tr("Nothing to do. Use Configure Customer to add users and locations.");
        break;
    case model::CustomerStatus::ProvisionedWithErrors:
        general = tr("Read the errors of the failed packages below. When they say to retry later, use Retry; "
                     "otherwise correct the packages with Update Packages. Copy the error text for a support "
                     "ticket if it keeps failing.");
        break;
    case model::CustomerStatus::Error:
        general = tr("Read the errors below. Retry once the cause is fixed; if the error persists, copy the error "
                     "text (it has the tracking ID) into a support ticket.");
        break;
    case model::CustomerStatus::PendingRplReview:
        general = tr("Nothing to do but wait: the review can take days. Onboarder stops polling; refresh later to see "
                     "the outcome. Contact Cisco support if it does not clear.");
        break;
    case model::CustomerStatus::Provisioning:
    case model::CustomerStatus::Updating:
    case model::CustomerStatus::Deleting:
        general = tr("Wait: Onboarder follows the customer and updates this view when it finishes.");
        break;
    case model::CustomerStatus::Unknown:
        general = tr("Refresh later, or look the customer up in Partner Hub.");
        break;
    }
    advice.prepend(general);
    return advice.join(QLatin1Char('\n'));
}

} // namespace onboarder::ui
