#pragma once

#include <QString>

namespace onboarder::model {

// The provisioning status of a wholesale customer. Webex adds values over time, so a value we do not know is kept
// with its exact text and written back unchanged.
class CustomerStatus
{
public:
    enum Value {
        Unknown, // absent, or a value newer than this program
        Provisioned,
        ProvisionedWithErrors,
        Provisioning,
        Updating,
        Deleting,
        Error,
        PendingRplReview, // waiting for the Denied Party List compliance check
    };

    CustomerStatus() = default;
    CustomerStatus(Value value); // NOLINT: implicit on purpose, so `status == CustomerStatus::Provisioned` reads well

    static CustomerStatus fromWire(const QString& text);
    QString toWire() const;
    Value value() const
    {
        return m_value;
    }
    bool isEmpty() const
    {
        return m_value == Unknown && m_wire.isEmpty();
    }
    // True when provisioning has ended and polling can stop: provisioned, provisioned_with_errors, error. An unknown
    // value is not terminal, so a tracker keeps polling until its own time limit.
    bool isTerminal() const;
    // True for the terminal states that need the operator's attention.
    bool isFailure() const;
    // True once the customer has its organization to add users and locations to: provisioned, also with errors in
    // some package.
    bool acceptsUsers() const;
    QString displayName() const;

    bool operator==(const CustomerStatus& o) const
    {
        return m_value == o.m_value && m_wire == o.m_wire;
    }
    bool operator!=(const CustomerStatus& o) const
    {
        return !(*this == o);
    }

private:
    Value m_value = Unknown;
    QString m_wire; // only for Unknown: the text as received
};

} // namespace onboarder::model
