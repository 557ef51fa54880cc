#include "model/CustomerStatus.h"

#include <QCoreApplication>

namespace onboarder::model {

namespace {

struct Entry
{
    CustomerStatus::Value value;
    const char* wire;
};

constexpr Entry kEntries[] = {
    { CustomerStatus::Provisioned, "provisioned" },
    { CustomerStatus::ProvisionedWithErrors, "provisioned_with_errors" },
    { CustomerStatus::Provisioning, "provisioning" },
    { CustomerStatus::Updating, "updating" },
    { CustomerStatus::Deleting, "deleting" },
    { CustomerStatus::Error, "error" },
    { CustomerStatus::PendingRplReview, "pending_rpl_review" },
};

} // namespace

CustomerStatus::CustomerStatus(Value value)
    : m_value(value)
{
}

CustomerStatus CustomerStatus::fromWire(const QString& text)
{
    for (const auto& entry : kEntries) {
        if (text == QLatin1String(entry.wire)) {
            return CustomerStatus(entry.value);
        }
    }
    CustomerStatus status;
    status.m_wire = text;
    return status;
}

QString CustomerStatus::toWire() const
{
    for (const auto& entry : kEntries) {
        if (entry.value == m_value) {
            return QString::fromLatin1(entry.wire);
        }
    }
    return m_wire;
}

bool CustomerStatus::isTerminal() const
{
    return m_value == Provisioned || m_value == ProvisionedWithErrors || m_value == Error;
}

bool CustomerStatus::isFailure() const
{
    return m_value == ProvisionedWithErrors || m_value == Error;
}

bool CustomerStatus::acceptsUsers() const
{
    return m_value == Provisioned || m_value == ProvisionedWithErrors;
}

QString CustomerStatus::displayName() const
{
    switch (m_value) {
    case Provisioned:
        return QCoreApplication::translate("CustomerStatus", "Provisioned");
    case ProvisionedWithErrors:
        return QCoreApplication::translate("CustomerStatus", "Provisioned with errors");
    case Provisioning:
        return QCoreApplication::translate("CustomerStatus", "Provisioning");
    case Updating:
        return QCoreApplication::translate("CustomerStatus", "Updating");
    case Deleting:
        return QCoreApplication::translate("CustomerStatus", "Deleting");
    case Error:
        return QCoreApplication::translate("CustomerStatus", "Error");
    case PendingRplReview:
        return QCoreApplication::translate("CustomerStatus", "Pending compliance review");
    case Unknown:
        break;
    }
    return m_wire.isEmpty() ? QCoreApplication::translate("CustomerStatus", "Unknown") : m_wire;
}

} // namespace onboarder::model
