#pragma once

#include <QCoreApplication>
#include <QString>

namespace onboarder::model {

// Phone number checks through libphonenumber: the Webex APIs want E.164 ("+46701234567"), while people paste
// national forms, punctuation, or numbers from spreadsheets that dropped the leading "+".
class PhoneNumbers
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumbers)

public:
    enum class Status {
        Empty,
        Valid, // already E.164
        NotE164, // a valid number written another way ("+1-240-555-1212", "070-123 45 67"); e164 has the fix
        MissingPlus, // digits that become a valid number with a "+" in front (a spreadsheet ate it); e164 has the fix
        Invalid, // not a valid number for any region we could infer
    };

    struct Check
    {
        Status status = Status::Empty;
        QString e164; // the canonical form, set for Valid, NotE164 and MissingPlus
        QString regionCode; // ISO 3166-1 alpha-2 of the number, when known
    };

    // Checks `input`; `defaultRegion` (alpha-2, for example the customer's country) lets national numbers
    // ("0701234567") be understood.
    static Check check(const QString& input, const QString& defaultRegion = {});
    // True when `text` is exactly the E.164 form of a valid number.
    static bool isE164(const QString& text);
    // The E.164 form of `input` when it is a valid number in any of the forms check() understands, else empty.
    static QString toE164(const QString& input, const QString& defaultRegion = {});
};

} // namespace onboarder::model
