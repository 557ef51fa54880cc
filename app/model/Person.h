#pragma once

#include "model/PersonPhoneNumber.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace onboarder::model {

// A person of a Webex organization (/people), used to find customer administrators and give them roles.
// PUT /people replaces the whole person, so the fields this program does not model are kept in otherFields and
// written back unchanged rather than silently erased.
struct Person
{
    QString id;
    QStringList emails;
    QList<PersonPhoneNumber> phoneNumbers;
    QString extension;
    QString locationId;
    QString displayName;
    QString nickName;
    QString firstName;
    QString lastName;
    QString avatar;
    QString orgId;
    QStringList roles; // role IDs
    QStringList licenses; // license IDs
    QString department;
    QString manager;
    QString managerId;
    QString title;
    QString timezone;
    QString created;
    QString lastModified;
    QString lastActivity;
    QStringList siteUrls;
    QString status; // presence: "active", "inactive", ...
    QString type; // "person", "bot", "appuser"
    // GET answers send "true"/"false" as strings, PUT takes booleans; both read into these.
    std::optional<bool> invitePending;
    std::optional<bool> loginEnabled;
    // Fields not modelled above (addresses, sipAddresses, ...), as received.
    QJsonObject otherFields;

    QString primaryEmail() const
    {
        return emails.isEmpty() ? QString() : emails.constFirst();
    }
    bool hasRole(const QString& roleId) const
    {
        return roles.contains(roleId);
    }

    bool operator==(const Person& o) const
    {
        return id == o.id && emails == o.emails && phoneNumbers == o.phoneNumbers && extension == o.extension
            && locationId == o.locationId && displayName == o.displayName && nickName == o.nickName
            && firstName == o.firstName && lastName == o.lastName && avatar == o.avatar && orgId == o.orgId
            && roles == o.roles && licenses == o.licenses && department == o.department && manager == o.manager
            && managerId == o.managerId && title == o.title && timezone == o.timezone && created == o.created
            && lastModified == o.lastModified && lastActivity == o.lastActivity && siteUrls == o.siteUrls
            && status == o.status && type == o.type && invitePending == o.invitePending
            && loginEnabled == o.loginEnabled && otherFields == o.otherFields;
    }
    bool operator!=(const Person& o) const
    {
        return !(*this == o);
    }
};

} // namespace onboarder::model
