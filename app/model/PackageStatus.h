#pragma once

#include <QString>

namespace onboarder::model {

// The provisioning status of one package of a customer (resourceDetails.packages[].status). Unknown values are kept
// with their text.
class PackageStatus
{
public:
    enum Value {
        Unknown, // absent, or a value newer than this program
        Provisioned,
        Provisioning,
        Deleting,
        Error,
    };

    PackageStatus() = default;
    PackageStatus(Value value); // NOLINT: implicit on purpose, so comparisons with enum values read well

    static PackageStatus fromWire(const QString& text);
    QString toWire() const;
    Value value() const
    {
        return m_value;
    }
    bool isEmpty() const
    {
        return m_value == Unknown && m_wire.isEmpty();
    }
    // True when the package will not change any more without a new request: provisioned or error.
    bool isTerminal() const;
    bool isFailure() const
    {
        return m_value == Error;
    }
    QString displayName() const;

    bool operator==(const PackageStatus& o) const
    {
        return m_value == o.m_value && m_wire == o.m_wire;
    }
    bool operator!=(const PackageStatus& o) const
    {
        return !(*this == o);
    }

private:
    Value m_value = Unknown;
    QString m_wire; // only for Unknown: the text as received
};

} // namespace onboarder::model
