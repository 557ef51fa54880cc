#include "connection/AuditDescription.h"

#include <QRegularExpression>
#include <QUrl>

namespace onboarder::api {

namespace {

// The summary is a redacted, possibly cut JSON text, so fields are found by pattern rather than parsed. Keys are
// dumped in sorted order, which puts a customer's customerInfo.name before any location name.
QString firstString(const QString& summary, const char* key)
{
    const QRegularExpression pattern(QStringLiteral("\"%1\":\"((?:[^\"\\\\]|\\\\.)*)\"").arg(QLatin1String(key)));
    const QRegularExpressionMatch match = pattern.match(summary);
    return match.hasMatch() ? match.captured(1).replace(QStringLiteral("\\\""), QStringLiteral("\"")) : QString();
}

QString withSubject(const QString& withName, const QString& withoutName, const QString& subject)
{
    return subject.isEmpty() ? withoutName : withName.arg(subject);
}

bool matches(const QString& path, const char* pattern)
{
    // Paths are matched at their end: real profiles carry a /v1 prefix, a query may follow.
    const QRegularExpression expression(QStringLiteral("%1(\\?.*)?$").arg(QLatin1String(pattern)));
    return expression.match(path).hasMatch();
}

} // namespace

QString AuditDescription::action(const AuditEntry& e)
{
    const QString& p = e.path;
    const QByteArray& m = e.method;
    const QString name = firstString(e.summary, "name");
    const QString email = firstString(e.summary, "email");

    if (m == "POST" && matches(p, "/wholesale/customers/validate")) {
        return withSubject(tr("Precheck customer “%1”"), tr("Precheck customer"), name);
    }
    if (m == "POST" && matches(p, "/wholesale/customers")) {
        return withSubject(tr("Create customer “%1”"), tr("Create customer"), name);
    }
    if (m == "PUT" && matches(p, "/wholesale/customers/[^/?]+")) {
        return tr("Update customer packages");
    }
    if (m == "DELETE" && matches(p, "/wholesale/customers/[^/?]+")) {
        return tr("Delete customer");
    }
    if (m == "POST" && matches(p, "/wholesale/subscribers/validate")) {
        return withSubject(tr("Precheck user %1"), tr("Precheck user"), email);
    }
    if (m == "POST" && matches(p, "/wholesale/subscribers")) {
        return withSubject(tr("Add user %1"), tr("Add user"), email);
    }
    if (m == "PUT" && matches(p, "/wholesale/subscribers/[^/?]+")) {
        return withSubject(tr("Update user %1"), tr("Update user"), email);
    }
    if (m == "DELETE" && matches(p, "/wholesale/subscribers/[^/?]+")) {
        return tr("Remove user");
    }
    if (m == "POST" && matches(p, "/subscribers/[^/?]+/emails/consentMove")) {
        return tr("Resend the move consent email");
    }
    if (m == "POST" && matches(p, "/telephony/config/locations/[^/?]+/numbers")) {
        const int count = static_cast<int>(e.summary.count(QRegularExpression(QStringLiteral("\"\\+\\d"))));
        return count > 0 ? tr("Add %n phone number(s) to a location", nullptr, count)
                         : tr("Add phone numbers to a location");
    }
    // The steps of a location's calling setup (LocationCallingSetup), each its own request.
    if (m == "PUT" && matches(p, "/telephony/pstn/locations/[^/?]+/connection")) {
        return tr("Set the PSTN connection of a location");
    }
    if (m == "PUT" && matches(p, "/telephony/config/locations/[^/?]+/numbers")) {
        const int count = static_cast<int>(e.summary.count(QRegularExpression(QStringLiteral("\"\\+\\d"))));
        return count > 0 ? tr("Activate %n phone number(s) of a location", nullptr, count)
                         : tr("Activate phone numbers of a location");
    }
    if (m == "PUT" && matches(p, "/telephony/config/locations/[^/?]+")) {
        const QString number = firstString(e.summary, "phoneNumber");
        return withSubject(
            tr("Set the main number of a location to %1"), tr("Set the main number of a location"), number);
    }
    if (m == "POST" && matches(p, "/locations")) {
        return withSubject(tr("Add location “%1”"), tr("Add location"), name);
    }
    if (m == "PUT" && matches(p, "/locations/[^/?]+")) {
        return withSubject(tr("Update location “%1”"), tr("Update location"), name);
    }
    if (m == "PUT" && matches(p, "/people/[^/?]+")) {
        return tr("Change administrator roles");
    }
    if (m == "POST" && matches(p, "/sandbox/onboardingTemplates")) {
        return withSubject(tr("Create onboarding template “%1”"), tr("Create onboarding template"), name);
    }
    if (m == "DELETE" && matches(p, "/sandbox/onboardingTemplates/[^/?]+")) {
        return tr("Delete onboarding template");
    }
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(m), p);
}

bool AuditDescription::succeeded(const AuditEntry& e)
{
    return e.httpStatus >= 200 && e.httpStatus < 300;
}

QString AuditDescription::customerId(const AuditEntry& e)
{
    static const QRegularExpression inPath(QStringLiteral("/wholesale/customers/([^/?]+)"));
    const QRegularExpressionMatch match = inPath.match(e.path);
    if (match.hasMatch() && match.captured(1) != QLatin1String("validate")) {
        return match.captured(1);
    }
    return firstString(e.summary, "customerId");
}

QString AuditDescription::orgId(const AuditEntry& e)
{
    static const QRegularExpression inQuery(QStringLiteral("[?&]orgId=([^&#]+)"));
    const QRegularExpressionMatch match = inQuery.match(e.path);
    if (match.hasMatch()) {
        return QUrl::fromPercentEncoding(match.captured(1).toUtf8());
    }
    return firstString(e.summary, "orgId");
}

QString AuditDescription::newCustomerName(const AuditEntry& e)
{
    const bool create = e.method == "POST"
        && (matches(e.path, "/wholesale/customers") || matches(e.path, "/wholesale/customers/validate"));
    return create ? firstString(e.summary, "name") : QString();
}

bool AuditDescription::isUserProvisioning(const AuditEntry& e)
{
    return e.method == "POST"
        && (matches(e.path, "/wholesale/subscribers") || matches(e.path, "/wholesale/subscribers/validate"));
}

QString AuditDescription::outcome(const AuditEntry& e)
{
    if (e.httpStatus == 0) {
        return e.errorMessage.isEmpty() ? tr("No answer") : tr("No answer: %1").arg(e.errorMessage);
    }
    if (e.httpStatus >= 200 && e.httpStatus < 300) {
        return e.httpStatus == 202 ? tr("Accepted, in progress") : tr("Done");
    }
    QString detail = e.errorMessage;
    if (!e.errorCode.isEmpty()) {
        detail = detail.isEmpty() ? tr("code %1").arg(e.errorCode) : tr("%1 (code %2)").arg(detail, e.errorCode);
    }
    return detail.isEmpty() ? tr("Failed (HTTP %1)").arg(e.httpStatus)
                            : tr("Failed (HTTP %1): %2").arg(QString::number(e.httpStatus), detail);
}

} // namespace onboarder::api
