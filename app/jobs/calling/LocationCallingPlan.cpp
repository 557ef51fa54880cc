#include "jobs/calling/LocationCallingPlan.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

QByteArray LocationCallingPlan::toJson() const
{
    const QJsonObject object { { QStringLiteral("orgId"), orgId },
                               { QStringLiteral("locationId"), locationId },
                               { QStringLiteral("connectionId"), connectionId },
                               { QStringLiteral("premiseRouteType"), premiseRouteType },
                               { QStringLiteral("premiseRouteId"), premiseRouteId },
                               { QStringLiteral("numbers"), QJsonArray::fromStringList(numbers) },
                               { QStringLiteral("numberType"), numberType },
                               { QStringLiteral("activate"), activate },
                               { QStringLiteral("mainNumber"), mainNumber },
                               { QStringLiteral("callingLineName"), callingLineName } };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<LocationCallingPlan> LocationCallingPlan::fromJson(const QByteArray& json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const QJsonObject object = document.object();
    if (!document.isObject() || object.value(QStringLiteral("orgId")).toString().isEmpty()
        || object.value(QStringLiteral("locationId")).toString().isEmpty()) {
        return std::nullopt;
    }
    LocationCallingPlan plan;
    plan.orgId = object.value(QStringLiteral("orgId")).toString();
    plan.locationId = object.value(QStringLiteral("locationId")).toString();
    plan.connectionId = object.value(QStringLiteral("connectionId")).toString();
    plan.premiseRouteType = object.value(QStringLiteral("premiseRouteType")).toString();
    plan.premiseRouteId = object.value(QStringLiteral("premiseRouteId")).toString();
    for (const QJsonValue& number : object.value(QStringLiteral("numbers")).toArray()) {
        plan.numbers.append(number.toString());
    }
    plan.numberType = object.value(QStringLiteral("numberType")).toString();
    plan.activate = object.value(QStringLiteral("activate")).toBool(true);
    plan.mainNumber = object.value(QStringLiteral("mainNumber")).toString();
    plan.callingLineName = object.value(QStringLiteral("callingLineName")).toString();
    return plan;
}

} // namespace onboarder::jobs
