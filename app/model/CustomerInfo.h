#pragma once

#include <QString>

namespace onboarder::model {

// The customerInfo block of a new customer: its name, the email of its first full administrator and its language.
struct CustomerInfo
{
    QString name; // must not contain '%'
    QString primaryEmail; // becomes the customer's first full administrator
    QString language; // "en" or "en_US": language of the organization and its meeting site

    bool isEmpty() const
    {
        return name.isEmpty() && primaryEmail.isEmpty() && language.isEmpty();
    }
    bool operator==(const CustomerInfo& o) const
    {
        return name == o.name && primaryEmail == o.primaryEmail && language == o.language;
    }
    bool operator!=(const CustomerInfo& o) const
    {
        return !(*this == o);
    }
};

} // namespace onboarder::model
