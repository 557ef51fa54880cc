// The module onboarder_phonenumbers: the only code that links libphonenumber (see PhoneNumberParser.h).
#include "model/PhoneNumberParser.h"

#include <QtGlobal>

#include <phonenumbers/phonenumberutil.h>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

extern "C" Q_DECL_EXPORT bool onboarder_parse_phone_number(const std::string& text,
                                                           const std::string& region,
                                                           onboarder::model::ParsedPhoneNumber* parsed)
{
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(text, region, &number) != PhoneNumberUtil::NO_PARSING_ERROR || !util->IsValidNumber(number)) {
        return false;
    }
    util->Format(number, PhoneNumberUtil::E164, &parsed->e164);
    util->GetRegionCodeForNumber(number, &parsed->regionCode);
    return true;
}
