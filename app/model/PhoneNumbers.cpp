#include "model/PhoneNumbers.h"

#include "model/PhoneNumberParser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

#include <algorithm>
#include <string>

namespace onboarder::model {

namespace {

// libphonenumber's module, loaded by the first check (thread-safe, once); null when it cannot be loaded.
ParsePhoneNumberFunction parser()
{
    static const ParsePhoneNumberFunction function = [] {
        // Where the build tree has it, else where it is installed beside the program.
        QStringList candidates { QString::fromUtf8(ONBOARDER_PHONENUMBERS_BUILD_MODULE) };
        if (QCoreApplication::instance()) {
            candidates.append(QDir(QCoreApplication::applicationDirPath())
                                  .absoluteFilePath(QString::fromUtf8(ONBOARDER_PHONENUMBERS_MODULE)));
        }
        for (const QString& file : std::as_const(candidates)) {
            if (!QFileInfo::exists(file)) {
                continue;
            }
            QLibrary library(file); // never unloaded
            if (auto* resolved = reinterpret_cast<ParsePhoneNumberFunction>(library.resolve(kParsePhoneNumberSymbol))) {
                return resolved;
            }
            qCritical("Phone numbers cannot be checked: %s", qUtf8Printable(library.errorString()));
            return ParsePhoneNumberFunction(nullptr);
        }
        qCritical("Phone numbers cannot be checked: %s is missing", qUtf8Printable(candidates.constLast()));
        return ParsePhoneNumberFunction(nullptr);
    }();
    return function;
}

// Parses and validates; returns the E.164 form and the region, or false.
bool parseValid(const std::string& text, const std::string& region, QString* e164, QString* regionCode)
{
    const ParsePhoneNumberFunction parse = parser();
    ParsedPhoneNumber parsed;
    if (!parse || !parse(text, region, &parsed)) {
        return false;
    }
    *e164 = QString::fromStdString(parsed.e164);
    *regionCode = QString::fromStdString(parsed.regionCode);
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
