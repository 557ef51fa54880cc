#pragma once

#include <QString>
#include <QStringList>

namespace onboarder::model {

// A PSTN connection a location can use (connectionOptions), or the one it uses (connection, which adds its type).
struct PstnConnectionOption
{
    QString id;
    QString displayName;
    QStringList pstnServices; // "GEOGRAPHIC_NUMBERS", "TOLLFREE_NUMBERS", ...
    QString connectionType; // pstnConnectionType: "LOCAL_GATEWAY", "NON_INTEGRATED_CCP", "INTEGRATED_CCP",
                            // "CISCO_PSTN"; empty for options

    // Numbers may only be added through the numbers API on non-integrated PSTN (reference §6.5): doing it for
    // Cisco Calling Plan or integrated CCP corrupts backend data.
    bool allowsAddingNumbers() const
    {
        return connectionType == QLatin1String("LOCAL_GATEWAY")
            || connectionType == QLatin1String("NON_INTEGRATED_CCP");
    }

    bool operator==(const PstnConnectionOption& o) const
    {
        return id == o.id && displayName == o.displayName && pstnServices == o.pstnServices
            && connectionType == o.connectionType;
    }
    bool operator!=(const PstnConnectionOption& o) const
    {
        return !(*this == o);
    }
};

} // namespace onboarder::model
