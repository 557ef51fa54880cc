#pragma once

#include "model/Address.h"
#include "model/FieldError.h"

#include <QCoreApplication>
#include <QString>

namespace onboarder::model {

// The field-level rules every request validator shares. Each check appends its FieldError (with a stable rule id from
// RuleIds.h) and returns whether the value passed. Optional fields pass when empty: callers that need a value call
// required() first, so one empty field gives one error, not two.
class FieldRules
{
    Q_DECLARE_TR_FUNCTIONS(FieldRules)

public:
    // Which wire spelling the address paths use.
    enum class AddressShape {
        Wholesale, // addressLine1, addressLine2, city, stateOrProvince, zipOrPostalCode, country
        Location, // address1, address2, city, state, postalCode, country
    };

    static constexpr int kMaxLocationNameLength = 80;
    static constexpr int kMinExtensionLength = 2;
    static constexpr int kMaxExtensionLength = 10;
    static constexpr int kMaxEntityIdLength = 1024; // SAML 2.0 metadata: entityID is at most 1024 characters

    static bool required(const QString& value, const QString& path, FieldErrors* errors);
    static bool email(const QString& value, const QString& path, FieldErrors* errors);
    // E.164 through libphonenumber; a fixable number gets its E.164 form as the suggestion.
    static bool
    phoneNumber(const QString& value, const QString& path, FieldErrors* errors, const QString& defaultRegion = {});
    static bool extension(const QString& value, const QString& path, FieldErrors* errors);
    static bool languageCode(const QString& value, const QString& path, FieldErrors* errors);
    static bool timeZone(const QString& value, const QString& path, FieldErrors* errors);
    static bool countryCode(const QString& value, const QString& path, FieldErrors* errors);
    static bool provisioningId(const QString& value, const QString& path, FieldErrors* errors);
    static bool samlEntityId(const QString& value, const QString& path, FieldErrors* errors);
    static bool locationName(const QString& value, const QString& path, FieldErrors* errors);

    // Required parts, line lengths, the country and the parts the country needs (AddressRequirements).
    // `stateAndPostalCodeAlwaysRequired` applies the locations API's stricter schema.
    static void address(const Address& address,
                        const QString& pathPrefix,
                        AddressShape shape,
                        FieldErrors* errors,
                        bool stateAndPostalCodeAlwaysRequired = false);

    static bool isValidEmail(const QString& value);
    static bool isValidExtension(const QString& value);
    static bool isValidSamlEntityId(const QString& value);

    // "prefix.name", or "name" when prefix is empty.
    static QString join(const QString& prefix, const QString& name);
};

} // namespace onboarder::model
