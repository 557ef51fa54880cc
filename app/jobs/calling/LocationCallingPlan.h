#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace onboarder::jobs {

// What a location's calling setup should do, in the order the API needs it (reference §6.5): set the PSTN
// connection, add the numbers and activate them (both in requests the API accepts), set the main number. Every part is
// optional; the steps are derived from it, so the window and the CLI, which both build a plan, send the same requests.
struct LocationCallingPlan
{
    // The numbers API takes at most 20 mobile numbers per request; other types up to 100 here.
    static constexpr int kMaxMobileNumbersPerRequest = 20;
    static constexpr int kMaxNumbersPerRequest = 100;

    enum class StepKind { Connect, AddNumbers, Activate, MainNumber };

    struct Step
    {
        StepKind kind = StepKind::Connect;
        QString key; // stable name in the journal: "connect", "numbers-1", "activate-1", "main-number"
        QStringList numbers; // AddNumbers and Activate: the numbers of this request; MainNumber: the number
    };

    QString orgId;
    QString locationId;
    // The connection: a connection option by its ID, or a local gateway by route type (TRUNK, ROUTE_GROUP) and ID.
    // Both empty: the connection stays as it is.
    QString connectionId;
    QString premiseRouteType;
    QString premiseRouteId;
    QStringList numbers; // E.164
    QString numberType; // "DID" (also when empty), "TOLLFREE", "MOBILE"
    bool activate = true; // mobile numbers are never activated here: they become active when assigned to a user
    QString mainNumber; // E.164; empty: unchanged
    QString callingLineName; // the name shown with the main number; optional

    bool isMobile() const;
    bool setsConnection() const;
    bool isEmpty() const;
    QList<Step> steps() const;
    // Identifies the plan, so a journal is resumed only with the plan that wrote it.
    QByteArray hash() const;
    // The plan as its journal keeps it, so an interrupted setup can be offered and resumed later; fromJson() gives
    // nothing for text that is not such a plan.
    QByteArray toJson() const;
    static std::optional<LocationCallingPlan> fromJson(const QByteArray& json);

    static QList<QStringList> splitNumbers(const QStringList& numbers, const QString& numberType);
};

} // namespace onboarder::jobs
