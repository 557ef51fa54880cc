#pragma once

#include <string>

namespace onboarder::model {

// The one call into libphonenumber. It lives in a module of its own (onboarder_phonenumbers, PhoneNumberParser.cpp)
// that PhoneNumbers loads when a number is first checked: libphonenumber with protobuf and ICU cost every start a few
// milliseconds and 2 MB before main(), and most starts check no number.
struct ParsedPhoneNumber
{
    std::string e164;
    std::string regionCode;
};

// Parses `text` with `region` as the default region ("ZZ": none); true, with the E.164 form and the number's region,
// when it is a valid number.
using ParsePhoneNumberFunction
    = bool (*)(const std::string& text, const std::string& region, ParsedPhoneNumber* parsed);

// The name the module exports the function under.
inline constexpr char kParsePhoneNumberSymbol[] = "onboarder_parse_phone_number";

} // namespace onboarder::model
