#pragma once

#include "model/Address.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QMap>
#include <QString>
#include <QStringList>

namespace onboarder::jobs {

// The request a partner sends to Cisco for Wholesale Setup Assist (Cisco onboards customer locations for the
// partner): there is no API for it, so we write it as a document from what we know about the customer, its
// locations and users, with the Express or Standard tier each location's user count implies.
class SetupAssistanceRequest
{
    Q_DECLARE_TR_FUNCTIONS(SetupAssistanceRequest)

public:
    enum class Tier { Express, Standard };

    // Cisco picks the SKU from a location's user count but the reference does not give the boundary; this is our
    // reading, kept in one place so it is easy to correct.
    static constexpr int kExpressMaxUsers = 20;

    struct Location
    {
        QString name;
        model::Address address;
        QString timeZone;
        QString language;
        int userCount = 0;
    };

    struct Input
    {
        // The customer.
        QString customerName;
        QString customerId;
        QString externalId;
        QString orgId;
        QStringList packages; // wire names
        QStringList administrators; // emails of the customer's full administrators
        QList<Location> locations;
        int usersWithoutLocation = 0; // users without calling, or not yet placed at a location
        QMap<QString, int> usersByPackage; // wire name -> count
        int pendingUsers = 0; // pending_user_migration
        // The partner's side.
        QString partnerName;
        QString contactName;
        QString contactEmail;
        QString notes;
        // The document.
        QDateTime generatedAt;
        QLocale locale;
    };

    static Tier tierFor(int userCount);
    static QString tierName(Tier tier);
    static int totalUsers(const Input& input);
    // What keeps the request from being sent, in words that say what to add; empty when it is complete.
    static QStringList problems(const Input& input);

    static QString title(const Input& input);
    // The HTML is also the source of the PDF (QTextDocument); the Markdown is for pasting into an email or ticket.
    static QString toHtml(const Input& input);
    static QString toMarkdown(const Input& input);
};

} // namespace onboarder::jobs
