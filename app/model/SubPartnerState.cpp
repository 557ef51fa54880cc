#include "model/SubPartnerState.h"

#include <QCoreApplication>

namespace onboarder::model {

namespace {

struct Entry
{
    SubPartnerState::Value value;
    const char* wire;
};

constexpr Entry kEntries[] = {
    { SubPartnerState::Active, "active" },
    { SubPartnerState::Suspended, "suspended" },
};

} // namespace

SubPartnerState::SubPartnerState(Value value)
    : m_value(value)
{
}

SubPartnerState SubPartnerState::fromWire(const QString& text)
{
    for (const auto& entry : kEntries) {
        if (text == QLatin1String(entry.wire)) {
            return SubPartnerState(entry.value);
        }
    }
    SubPartnerState result;
    result.m_wire = text;
    return result;
}

QString SubPartnerState::toWire() const
{
    for (const auto& entry : kEntries) {
        if (entry.value == m_value) {
            return QString::fromLatin1(entry.wire);
        }
    }
    return m_wire;
}

bool SubPartnerState::isTerminal() const
{
    return m_value == Active || m_value == Suspended;
}

QString SubPartnerState::displayName() const
{
    switch (m_value) {
    case Active:
        return QCoreApplication::translate("SubPartnerState", "Active");
    case Suspended:
        return QCoreApplication::translate("SubPartnerState", "Suspended");
    case Unknown:
        break;
    }
    return m_wire.isEmpty() ? QCoreApplication::translate("SubPartnerState", "Unknown") : m_wire;
}

} // namespace onboarder::model
