#include "model/PhoneNumbers.h"

#include <algorithm>
#include <phonenumbers/phonenumberutil.h>
#include <string>

namespace onboarder::model {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

// Parses and validates; returns the E.164 form and the region, or false.
bool parseValid(const std::string& text, const std::string& region, QString* e164, QString* regionCode)
{
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(text, region, &number) != PhoneNumberUtil::NO_PARSING_ERROR || !util->IsValidNumber(number)) {
        return false;
    }
    std::string formatted;
    util->Format(number, PhoneNumberUtil::E164, &formatted);
    std::string numberRegion;
    util->GetRegionCodeForNumber(number, &numberRegion);
    *e164 = QString::fromStdString(formatted);
    *regionCode = QString::fromStdString(numberRegion);
    return true;
}

bool isDigitsAndSeparators(const QString& text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.isDigit() || c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('.')
            || c == QLatin1Char('(') || c == QLatin1Char(')');
    });
}

} // namespace

PhoneNumbers::Check PhoneNumbers::check(const QString& input, const QString& defaultRegion)
{
    Check result;
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        return result;
    }
    // libphonenumber reads letters as keypad digits ("1-800-FLOWERS"); an API number never has them.
    if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); })) {
        result.status = Status::Invalid;
        return result;
    }
    const std::string utf8 = text.toStdString();
    if (text.startsWith(QLatin1Char('+'))) {
        if (parseValid(utf8, "ZZ", &result.e164, &result.regionCode)) {
            result.status = result.e164 == input ? Status::Valid : Status::NotE164;
        } else {
            result.status = Status::Invalid;
        }
        return result;
    }
    // A national number in the expected region is the more likely reading: "2405551212" in the US.
    if (!defaultRegion.isEmpty()
        && parseValid(utf8, defaultRegion.toUpper().toStdString(), &result.e164, &result.regionCode)) {
        result.status = Status::NotE164;
        return result;
    }
    if (isDigitsAndSeparators(text) && parseValid("+" + utf8, "ZZ", &result.e164, &result.regionCode)) {
        result.status = Status::MissingPlus;
        return result;
    }
    result.status = Status::Invalid;
    return result;
}

bool PhoneNumbers::isE164(const QString& text)
{
    return check(text).status == Status::Valid;
}

QString PhoneNumbers::toE164(const QString& input, const QString& defaultRegion)
{
    const Check result = check(input, defaultRegion);
    return result.status == Status::Invalid || result.status == Status::Empty ? QString() : result.e164;
}

} // namespace onboarder::model
