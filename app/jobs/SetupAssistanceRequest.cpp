#include "jobs/SetupAssistanceRequest.h"

#include "model/Countries.h"
#include "model/FieldRules.h"
#include "model/Languages.h"
#include "model/PackageCatalog.h"

namespace onboarder::jobs {

namespace {

QString escapeMarkdown(QString text)
{
    // Table cells: a pipe would end the cell, a newline the row.
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

QString addressText(const model::Address& a, const QLocale& locale)
{
    QStringList parts;
    for (const QString& part : { a.line1, a.line2 }) {
        if (!part.trimmed().isEmpty()) {
            parts.append(part.trimmed());
        }
    }
    QStringList cityParts;
    for (const QString& part : { a.postalCode, a.city, a.stateOrProvince }) {
        if (!part.trimmed().isEmpty()) {
            cityParts.append(part.trimmed());
        }
    }
    const QString cityLine = cityParts.join(QLatin1Char(' '));
    if (!cityLine.isEmpty()) {
        parts.append(cityLine);
    }
    if (!a.country.isEmpty()) {
        const QString name = model::Countries::name(a.country, locale);
        parts.append(name.isEmpty() ? a.country : name);
    }
    return parts.join(QStringLiteral(", "));
}

struct Row
{
    QString label;
    QString value;
};

QList<Row> customerRows(const SetupAssistanceRequest::Input& in)
{
    const QString none = SetupAssistanceRequest::tr("(not known)");
    auto orNone = [&none](const QString& value) { return value.trimmed().isEmpty() ? none : value; };
    QStringList packages;
    for (const QString& name : in.packages) {
        packages.append(model::PackageCatalog::displayName(name));
    }
    return { { SetupAssistanceRequest::tr("Customer"), orNone(in.customerName) },
             { SetupAssistanceRequest::tr("External customer ID"), orNone(in.externalId) },
             { SetupAssistanceRequest::tr("Wholesale customer ID"), orNone(in.customerId) },
             { SetupAssistanceRequest::tr("Webex organization ID"), orNone(in.orgId) },
             { SetupAssistanceRequest::tr("Packages"), orNone(packages.join(QStringLiteral(", "))) },
             { SetupAssistanceRequest::tr("Customer administrators"),
               orNone(in.administrators.join(QStringLiteral(", "))) } };
}

QList<Row> partnerRows(const SetupAssistanceRequest::Input& in)
{
    const QString none = SetupAssistanceRequest::tr("(not given)");
    auto orNone = [&none](const QString& value) { return value.trimmed().isEmpty() ? none : value; };
    return { { SetupAssistanceRequest::tr("Partner"), orNone(in.partnerName) },
             { SetupAssistanceRequest::tr("Contact"), orNone(in.contactName) },
             { SetupAssistanceRequest::tr("Contact email"), orNone(in.contactEmail) } };
}

QList<Row> userRows(const SetupAssistanceRequest::Input& in)
{
    QList<Row> rows;
    rows.append(
        { SetupAssistanceRequest::tr("Users in total"), in.locale.toString(SetupAssistanceRequest::totalUsers(in)) });
    for (auto it = in.usersByPackage.constBegin(); it != in.usersByPackage.constEnd(); ++it) {
        rows.append({ SetupAssistanceRequest::tr("Users with %1").arg(model::PackageCatalog::displayName(it.key())),
                      in.locale.toString(it.value()) });
    }
    rows.append({ SetupAssistanceRequest::tr("Users without a calling location"),
                  in.locale.toString(in.usersWithoutLocation) });
    if (in.pendingUsers > 0) {
        rows.append({ SetupAssistanceRequest::tr("Users who have not yet accepted the move to the organization"),
                      in.locale.toString(in.pendingUsers) });
    }
    return rows;
}

QString locationLanguage(const SetupAssistanceRequest::Location& location, const QLocale& locale)
{
    const QString name = model::Languages::name(location.language, locale);
    return name.isEmpty() ? location.language : name;
}

} // namespace

SetupAssistanceRequest::Tier SetupAssistanceRequest::tierFor(int userCount)
{
    return userCount <= kExpressMaxUsers ? Tier::Express : Tier::Standard;
}

QString SetupAssistanceRequest::tierName(Tier tier)
{
    return tier == Tier::Express ? tr("Express") : tr("Standard");
}

int SetupAssistanceRequest::totalUsers(const Input& input)
{
    int total = input.usersWithoutLocation;
    for (const Location& location : input.locations) {
        total += location.userCount;
    }
    return total;
}

QStringList SetupAssistanceRequest::problems(const Input& input)
{
    QStringList result;
    if (input.customerName.trimmed().isEmpty()) {
        result.append(tr("The customer's name is not known: load the customer again."));
    }
    if (input.locations.isEmpty()) {
        result.append(tr("Setup Assist is ordered per location: add at least one location first."));
    }
    if (input.contactName.trimmed().isEmpty()) {
        result.append(tr("Enter the name of the partner contact Cisco should reply to."));
    }
    model::FieldErrors emailErrors;
    if (input.contactEmail.trimmed().isEmpty()) {
        result.append(tr("Enter the email address of the partner contact."));
    } else if (!model::FieldRules::email(input.contactEmail.trimmed(), QStringLiteral("contactEmail"), &emailErrors)) {
        result.append(tr("The contact email address is not valid."));
    }
    return result;
}

QString SetupAssistanceRequest::title(const Input& input)
{
    return tr("Wholesale Setup Assist request: %1").arg(input.customerName);
}

QString SetupAssistanceRequest::toHtml(const Input& in)
{
    auto esc = [](const QString& text) { return text.toHtmlEscaped(); };
    auto table = [&esc](const QList<Row>& rows) {
        QString html = QStringLiteral("<table>\n");
        for (const Row& row : rows) {
            html += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(esc(row.label), esc(row.value));
        }
        return html + QStringLiteral("</table>\n");
    };
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n")
                .arg(esc(title(in)));
    html += QStringLiteral("<style>body{font-family:sans-serif;} table{border-collapse:collapse;width:100%;} "
                           "th,td{border:1px solid #bbb;padding:4px 8px;text-align:left;vertical-align:top;} "
                           "th{background:#eef2f6;} .bad{color:#b00020;}</style></head><body>\n");
    html += QStringLiteral("<h1>%1</h1>\n").arg(esc(title(in)));
    html += QStringLiteral("<p>%1</p>\n")
                .arg(esc(tr("Date: %1").arg(in.locale.toString(in.generatedAt, QLocale::LongFormat))));
    html += QStringLiteral("<p>%1</p>\n")
                .arg(esc(tr("We ask Cisco to onboard the locations below through Wholesale Setup Assist (A-Wholesale "
                            "SKU in Cisco Commerce Workspace). The tier of each location follows from its number of "
                            "users: Express up to %1 users, Standard above.")
                             .arg(kExpressMaxUsers)));
    const QStringList issues = problems(in);
    if (!issues.isEmpty()) {
        html += QStringLiteral("<p class=\"bad\">%1</p>\n<ul>\n").arg(esc(tr("Complete this before sending:")));
        for (const QString& issue : issues) {
            html += QStringLiteral("<li class=\"bad\">%1</li>\n").arg(esc(issue));
        }
        html += QStringLiteral("</ul>\n");
    }
    html += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Partner")));
    html += table(partnerRows(in));
    html += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Customer")));
    html += table(customerRows(in));
    html += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Locations")));
    html += QStringLiteral("<table>\n<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>\n")
                .arg(esc(tr("Location")),
                     esc(tr("Address")),
                     esc(tr("Time zone")),
                     esc(tr("Language")),
                     esc(tr("Users")),
                     esc(tr("Tier")));
    for (const Location& location : in.locations) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>\n")
                    .arg(esc(location.name),
                         esc(addressText(location.address, in.locale)),
                         esc(location.timeZone),
                         esc(locationLanguage(location, in.locale)),
                         esc(in.locale.toString(location.userCount)),
                         esc(tierName(tierFor(location.userCount))));
    }
    html += QStringLiteral("</table>\n");
    html += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Users")));
    html += table(userRows(in));
    if (!in.notes.trimmed().isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n")
                    .arg(esc(tr("Notes")), esc(in.notes.trimmed()).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    html += QStringLiteral("</body></html>\n");
    return html;
}

QString SetupAssistanceRequest::toMarkdown(const Input& in)
{
    auto table = [](const QList<Row>& rows) {
        QString md = QStringLiteral("| %1 | %2 |\n| --- | --- |\n").arg(tr("Item"), tr("Value"));
        for (const Row& row : rows) {
            md += QStringLiteral("| %1 | %2 |\n").arg(escapeMarkdown(row.label), escapeMarkdown(row.value));
        }
        return md + QStringLiteral("\n");
    };
    QString md;
    md += QStringLiteral("# %1\n\n").arg(title(in));
    md += tr("Date: %1").arg(in.locale.toString(in.generatedAt, QLocale::LongFormat)) + QStringLiteral("\n\n");
    md += tr("We ask Cisco to onboard the locations below through Wholesale Setup Assist (A-Wholesale SKU in Cisco "
             "Commerce Workspace). The tier of each location follows from its number of users: Express up to %1 "
             "users, Standard above.")
              .arg(kExpressMaxUsers)
        + QStringLiteral("\n\n");
    const QStringList issues = problems(in);
    if (!issues.isEmpty()) {
        md += tr("Complete this before sending:") + QStringLiteral("\n\n");
        for (const QString& issue : issues) {
            md += QStringLiteral("- %1\n").arg(issue);
        }
        md += QStringLiteral("\n");
    }
    md += QStringLiteral("## %1\n\n").arg(tr("Partner")) + table(partnerRows(in));
    md += QStringLiteral("## %1\n\n").arg(tr("Customer")) + table(customerRows(in));
    md += QStringLiteral("## %1\n\n| %2 | %3 | %4 | %5 | %6 | %7 |\n| --- | --- | --- | --- | --- | --- |\n")
              .arg(tr("Locations"),
                   tr("Location"),
                   tr("Address"),
                   tr("Time zone"),
                   tr("Language"),
                   tr("Users"),
                   tr("Tier"));
    for (const Location& location : in.locations) {
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                  .arg(escapeMarkdown(location.name),
                       escapeMarkdown(addressText(location.address, in.locale)),
                       escapeMarkdown(location.timeZone),
                       escapeMarkdown(locationLanguage(location, in.locale)),
                       in.locale.toString(location.userCount),
                       tierName(tierFor(location.userCount)));
    }
    md += QStringLiteral("\n## %1\n\n").arg(tr("Users")) + table(userRows(in));
    if (!in.notes.trimmed().isEmpty()) {
        md += QStringLiteral("## %1\n\n%2\n").arg(tr("Notes"), in.notes.trimmed());
    }
    return md;
}

} // namespace onboarder::jobs
