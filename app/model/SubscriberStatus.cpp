#include "model/SubscriberStatus.h"

#include <QCoreApplication>

namespace onboarder::model {

namespace {

struct Entry
{
    SubscriberStatus::Value value;
    const char* wire;
};

constexpr Entry kEntries[] = {
    { SubscriberStatus::Provisioned, "provisioned" },
    { SubscriberStatus::PendingUserMigration, "pending_user_migration" },
};

} // namespace

SubscriberStatus::SubscriberStatus(Value value)
    : m_value(value)
{
}

SubscriberStatus SubscriberStatus::fromWire(const QString& text)
{
    for (const auto& entry : kEntries) {
        if (text == QLatin1String(entry.wire)) {
            return SubscriberStatus(entry.value);
        }
    }
    SubscriberStatus result;
    result.m_wire = text;
    return result;
}

QString SubscriberStatus::toWire() const
{
    for (const auto& entry : kEntries) {
        if (entry.value == m_value) {
            return QString::fromLatin1(entry.wire);
        }
    }
    return m_wire;
}

bool SubscriberStatus::isTerminal() const
{
    return m_value == Provisioned;
}

QString SubscriberStatus::displayName() const
{
    switch (m_value) {
    case Provisioned:
        return QCoreApplication::translate("SubscriberStatus", "Provisioned");
    case PendingUserMigration:
        return QCoreApplication::translate("SubscriberStatus", "Waiting for the user's consent");
    case Unknown:
        break;
    }
    return m_wire.isEmpty() ? QCoreApplication::translate("SubscriberStatus", "Unknown") : m_wire;
}

} // namespace onboarder::model
