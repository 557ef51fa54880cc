#include "jobs/calling/LocationCallingPlan.h"

#include <QCryptographicHash>

namespace onboarder::jobs {

bool LocationCallingPlan::isMobile() const
{
    return numberType == QLatin1String("MOBILE");
}

bool LocationCallingPlan::setsConnection() const
{
    return !connectionId.isEmpty() || !premiseRouteId.isEmpty();
}

bool LocationCallingPlan::isEmpty() const
{
    return steps().isEmpty();
}

QList<QStringList> LocationCallingPlan::splitNumbers(const QStringList& numbers, const QString& numberType)
{
    const int size = numberType == QLatin1String("MOBILE") ? kMaxMobileNumbersPerRequest : kMaxNumbersPerRequest;
    QList<QStringList> batches;
    for (int i = 0; i < numbers.size(); i += size) {
        batches.append(numbers.mid(i, size));
    }
    return batches;
}

QList<LocationCallingPlan::Step> LocationCallingPlan::steps() const
{
    QList<Step> steps;
    if (setsConnection()) {
        steps.append({ StepKind::Connect, QStringLiteral("connect"), {} });
    }
    const QList<QStringList> batches = splitNumbers(numbers, numberType);
    for (int i = 0; i < batches.size(); ++i) {
        steps.append({ StepKind::AddNumbers, QStringLiteral("numbers-%1").arg(i + 1), batches.at(i) });
    }
    if (activate && !isMobile()) {
        for (int i = 0; i < batches.size(); ++i) {
            steps.append({ StepKind::Activate, QStringLiteral("activate-%1").arg(i + 1), batches.at(i) });
        }
    }
    if (!mainNumber.isEmpty()) {
        steps.append({ StepKind::MainNumber, QStringLiteral("main-number"), { mainNumber } });
    }
    return steps;
}

QByteArray LocationCallingPlan::hash() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList parts = { orgId,
                                locationId,
                                connectionId,
                                premiseRouteType,
                                premiseRouteId,
                                numbers.join(QLatin1Char(',')),
                                numberType.isEmpty() ? QStringLiteral("DID") : numberType,
                                activate ? QStringLiteral("activate") : QString(),
                                mainNumber,
                                callingLineName };
    for (const QString& part : parts) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\n"));
    }
    return hash.result().toHex();
}

} // namespace onboarder::jobs
