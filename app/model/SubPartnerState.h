#pragma once

#include <QString>

namespace onboarder::model {

// The provisioning state of a sub-partner: an active one may provision, a suspended one may only delete.
class SubPartnerState
{
public:
    enum Value {
        Unknown, // absent, or a value newer than this program
        Active,
        Suspended,
    };

    SubPartnerState() = default;
    SubPartnerState(Value value); // NOLINT: implicit on purpose, so comparisons with enum values read well

    static SubPartnerState fromWire(const QString& text);
    QString toWire() const;
    Value value() const
    {
        return m_value;
    }
    bool isEmpty() const
    {
        return m_value == Unknown && m_wire.isEmpty();
    }
    // Both documented states are stable; nothing needs polling.
    bool isTerminal() const;
    bool canProvision() const
    {
        return m_value == Active;
    }
    QString displayName() const;

    bool operator==(const SubPartnerState& o) const
    {
        return m_value == o.m_value && m_wire == o.m_wire;
    }
    bool operator!=(const SubPartnerState& o) const
    {
        return !(*this == o);
    }

private:
    Value m_value = Unknown;
    QString m_wire; // only for Unknown: the text as received
};

} // namespace onboarder::model
