#pragma once

#include <QString>

namespace onboarder::model {

// The provisioning status of a wholesale subscriber. Only two values are documented; others are kept with their text.
class SubscriberStatus
{
public:
    enum Value {
        Unknown, // absent, or a value newer than this program
        Provisioned,
        PendingUserMigration, // the user owns a free Webex account and must consent to the move
    };

    SubscriberStatus() = default;
    SubscriberStatus(Value value); // NOLINT: implicit on purpose, so comparisons with enum values read well

    static SubscriberStatus fromWire(const QString& text);
    QString toWire() const;
    Value value() const
    {
        return m_value;
    }
    bool isEmpty() const
    {
        return m_value == Unknown && m_wire.isEmpty();
    }
    // True when nothing more will happen without the operator: provisioned. pending_user_migration waits for the
    // user's consent and can take days, so it is not terminal.
    bool isTerminal() const;
    QString displayName() const;

    bool operator==(const SubscriberStatus& o) const
    {
        return m_value == o.m_value && m_wire == o.m_wire;
    }
    bool operator!=(const SubscriberStatus& o) const
    {
        return !(*this == o);
    }

private:
    Value m_value = Unknown;
    QString m_wire; // only for Unknown: the text as received
};

} // namespace onboarder::model
