#include "model/PackageStatus.h"

#include <QCoreApplication>

namespace onboarder::model {

namespace {

struct Entry
{
    PackageStatus::Value value;
    const char* wire;
};

constexpr Entry kEntries[] = {
    { PackageStatus::Provisioned, "provisioned" },
    { PackageStatus::Provisioning, "provisioning" },
    { PackageStatus::Deleting, "deleting" },
    { PackageStatus::Error, "error" },
};

} // namespace

PackageStatus::PackageStatus(Value value)
    : m_value(value)
{
}

PackageStatus PackageStatus::fromWire(const QString& text)
{
    for (const auto& entry : kEntries) {
        if (text == QLatin1String(entry.wire)) {
            return PackageStatus(entry.value);
        }
    }
    PackageStatus result;
    result.m_wire = text;
    return result;
}

QString PackageStatus::toWire() const
{
    for (const auto& entry : kEntries) {
        if (entry.value == m_value) {
            return QString::fromLatin1(entry.wire);
        }
    }
    return m_wire;
}

bool PackageStatus::isTerminal() const
{
    return m_value == Provisioned || m_value == Error;
}

QString PackageStatus::displayName() const
{
    switch (m_value) {
    case Provisioned:
        return QCoreApplication::translate("PackageStatus", "Provisioned");
    case Provisioning:
        return QCoreApplication::translate("PackageStatus", "Provisioning");
    case Deleting:
        return QCoreApplication::translate("PackageStatus", "Deleting");
    case Error:
        return QCoreApplication::translate("PackageStatus", "Error");
    case Unknown:
        break;
    }
    return m_wire.isEmpty() ? QCoreApplication::translate("PackageStatus", "Unknown") : m_wire;
}

} // namespace onboarder::model
