#pragma once

#include <QString>

namespace onboarder::model {

// Default calling settings of an onboarding template, as kept in our template library (reference §7.2 leaves
// Partner Hub's list open). They pre-fill the headquarters location of each customer created from the template.
struct TemplateCallSettings
{
    QString defaultTimezone; // IANA; optional
    QString defaultAnnouncementLanguage; // "en_us"; optional

    bool operator==(const TemplateCallSettings& o) const
    {
        return defaultTimezone == o.defaultTimezone && defaultAnnouncementLanguage == o.defaultAnnouncementLanguage;
    }
    bool operator!=(const TemplateCallSettings& o) const
    {
        return !(*this == o);
    }
};

} // namespace onboarder::model
