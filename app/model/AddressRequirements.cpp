#include "model/AddressRequirements.h"

#include <QStringList>

namespace onboarder::model {

bool AddressRequirements::needsStateOrProvince(const QString& countryCode)
{
    static const QStringList countries { QStringLiteral("US"), QStringLiteral("CA"), QStringLiteral("AU") };
    return countries.contains(countryCode);
}

bool AddressRequirements::needsPostalCode(const QString& countryCode)
{
    // Countries without a national postal code system in which Webex is sold today. Asking for a code there would
    // make the user invent one.
    static const QStringList withoutPostalCodes { QStringLiteral("AE"), QStringLiteral("AG"), QStringLiteral("BS"),
                                                  QStringLiteral("BZ"), QStringLiteral("FJ"), QStringLiteral("HK"),
                                                  QStringLiteral("JM"), QStringLiteral("MO"), QStringLiteral("QA"),
                                                  QStringLiteral("TT") };
    return !withoutPostalCodes.contains(countryCode);
}

} // namespace onboarder::model
