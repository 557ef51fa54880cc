#pragma once

#include "model/FieldError.h"
#include "model/Location.h"
#include "model/Subscriber.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace onboarder::model {

// The rules for a batch of users added to one customer, the same for the users table and an import file: each row
// with SubscriberValidator, the names every user needs, what only the customer knows (its packages, locations, free
// numbers and existing users) and what only the whole batch shows (an email, number or extension twice). A rule
// whose context is not known (no package list, no locations yet) is not applied, so a file can be read offline and
// checked again once the customer is known.
class SubscriberBatchRules
{
    Q_DECLARE_TR_FUNCTIONS(SubscriberBatchRules)

public:
    struct Context
    {
        QString customerId;
        QString defaultRegion; // the customer's country (alpha-2), for national phone numbers
        std::optional<QStringList> packages; // wire names the customer can give its users
        std::optional<QList<Location>> locations;
        QHash<QString, QStringList> freeNumbers; // location ID -> E.164 numbers nobody owns; absent while unknown
        QSet<QString> existingEmails; // case-folded: users the customer already has
    };

    SubscriberBatchRules() = default;
    explicit SubscriberBatchRules(Context context);

    const Context& context() const;

    // What is sent for a row as typed: trimmed, for this customer, the location, number and extension only for
    // calling packages, the customer's only location when none is given. Numbers stay as written: a file turns
    // them into E.164 only when asked to, the table as they are typed.
    Subscriber request(const Subscriber& typed) const;
    // Every problem of every row, in the order of the rows. Rows marked settled (already added, or blank) are not
    // checked, but their email, number and extension are taken.
    QList<FieldErrors> check(const QList<Subscriber>& requests, const QList<bool>& settled = {}) const;
    // The packages a customer with these packages can give its users: its subscriber packages, not its add-ons.
    static QStringList userPackages(const QStringList& customerPackages);
    // The key under which an email is compared.
    static QString emailKey(const QString& email);

private:
    FieldErrors checkRow(const Subscriber& request) const;
    void checkLocation(const Subscriber& request, FieldErrors* errors) const;

    Context m_context;
};

} // namespace onboarder::model
