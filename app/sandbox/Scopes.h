#pragma once

#include <QStringList>

namespace onboarder::sandbox {

// The OAuth scopes of the Webex APIs the sandbox serves (wholesale-api.md §1.4).
class Scopes
{
public:
    static inline const QString customersRead = QStringLiteral("spark-admin:wholesale_customers_read");
    static inline const QString customersWrite = QStringLiteral("spark-admin:wholesale_customers_write");
    static inline const QString subscribersRead = QStringLiteral("spark-admin:wholesale_subscribers_read");
    static inline const QString subscribersWrite = QStringLiteral("spark-admin:wholesale_subscribers_write");
    static inline const QString locationsRead = QStringLiteral("spark-admin:locations_read");
    static inline const QString locationsWrite = QStringLiteral("spark-admin:locations_write");
    static inline const QString telephonyRead = QStringLiteral("spark-admin:telephony_config_read");
    static inline const QString telephonyWrite = QStringLiteral("spark-admin:telephony_config_write");
    static inline const QString pstnRead = QStringLiteral("spark-admin:telephony_pstn_read");
    static inline const QString pstnWrite = QStringLiteral("spark-admin:telephony_pstn_write");
    static inline const QString organizationsRead = QStringLiteral("spark-admin:organizations_read");
    static inline const QString identityOrganizationsRead = QStringLiteral("identity:organizations_read");
    static inline const QString peopleRead = QStringLiteral("spark-admin:people_read");
    static inline const QString peopleWrite = QStringLiteral("spark-admin:people_write");
    static inline const QString identityPeopleRead = QStringLiteral("identity:people_read");
    static inline const QString identityPeopleRw = QStringLiteral("identity:people_rw");
    static inline const QString rolesRead = QStringLiteral("spark-admin:roles_read");
    // Lets an integration fetch the tokens of a Service app (wholesale-api.md §1.3).
    static inline const QString applicationsToken = QStringLiteral("spark:applications_token");

    static QStringList all()
    {
        return { customersRead,
                 customersWrite,
                 subscribersRead,
                 subscribersWrite,
                 locationsRead,
                 locationsWrite,
                 telephonyRead,
                 telephonyWrite,
                 pstnRead,
                 pstnWrite,
                 organizationsRead,
                 identityOrganizationsRead,
                 peopleRead,
                 peopleWrite,
                 identityPeopleRead,
                 identityPeopleRw,
                 rolesRead,
                 applicationsToken,
                 QStringLiteral("spark:all") };
    }
};

} // namespace onboarder::sandbox
