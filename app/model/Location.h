#pragma once

#include "model/Address.h"

#include <QString>

namespace onboarder::model {

// A location of a customer organization in the locations API (GET/POST /locations). Its address is the same
// Address type as the wholesale billing address; CallingJson writes it as address1/state/postalCode.
struct Location
{
    QString id;
    QString name; // at most 80 characters
    QString orgId;
    QString timeZone; // IANA
    QString preferredLanguage; // "en_us": language of emails and the phone user interface
    QString announcementLanguage; // "fr_fr": language of announcements; only sent on create
    Address address;
    QString latitude; // the API sends coordinates as strings
    QString longitude;
    QString notes;

    bool operator==(const Location& o) const
    {
        return id == o.id && name == o.name && orgId == o.orgId && timeZone == o.timeZone
            && preferredLanguage == o.preferredLanguage && announcementLanguage == o.announcementLanguage
            && address == o.address && latitude == o.latitude && longitude == o.longitude && notes == o.notes;
    }
    bool operator!=(const Location& o) const
    {
        return !(*this == o);
    }
};

} // namespace onboarder::model
