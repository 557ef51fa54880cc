#include "ui/wizards/customer/CustomerSummary.h"

#include "model/Countries.h"
#include "model/Languages.h"
#include "model/PackageCatalog.h"
#include "model/TimeZones.h"
#include "ui/wizards/customer/CustomerWizard.h"

#include <QDateTime>
#include <QRegularExpression>

namespace onboarder::ui {

namespace {
QString orDash(const QString& value)
{
    return value.isEmpty() ? QStringLiteral("–") : value;
}

QString addressText(const model::Address& a, const QLocale& locale)
{
    QStringList lines;
    for (const QString& line : { a.line1, a.line2 }) {
        if (!line.isEmpty()) {
            lines.append(line);
        }
    }
    const QString cityLine = QStringList { a.postalCode, a.city, a.stateOrProvince }
                                 .filter(QRegularExpression(QStringLiteral("\\S")))
                                 .join(QLatin1Char(' '));
    if (!cityLine.isEmpty()) {
        lines.append(cityLine);
    }
    const QString country = model::Countries::name(a.country, locale);
    lines.append(country.isEmpty() ? a.country : country);
    return lines.join(QLatin1Char('\n'));
}
} // namespace

QString CustomerSummary::dataResidencyNote()
{
    return tr("The country decides in which Webex region this customer's data is kept (data residency). Partners can "
              "create customers in any region where Webex is offered.");
}

QList<CustomerSummary::Section> CustomerSummary::sections(const model::CustomerDraft& draft, const QLocale& locale)
{
    const model::Customer& c = draft.customer;
    QList<Section> result;

    Section info { CustomerWizard::Page_Info, tr("Customer information"), {} };
    info.rows.append({ QStringLiteral("customerInfo.name"), tr("Company name"), orDash(c.customerInfo.name), {} });
    info.rows.append({ QStringLiteral("customerInfo.primaryEmail"),
                       tr("Administrator email"),
                       orDash(c.customerInfo.primaryEmail),
                       {} });
    info.rows.append({ QStringLiteral("externalId"), tr("External customer ID"), orDash(c.externalId), {} });
    const QString country = model::Countries::name(c.address.country, locale);
    info.rows.append({ QStringLiteral("address.country"),
                       tr("Country or region"),
                       orDash(country.isEmpty() ? c.address.country : country),
                       dataResidencyNote() });
    const QString language = model::Languages::name(c.customerInfo.language, locale);
    info.rows.append({ QStringLiteral("customerInfo.language"),
                       tr("Language"),
                       orDash(language.isEmpty() ? c.customerInfo.language : language),
                       {} });
    // The name and the long ID on rows of their own: an ID that does not fit wraps inside its cell rather than
    // leaving a bracket on a line of its own.
    if (!draft.templateName.isEmpty()) {
        info.rows.append({ QStringLiteral("templateName"), tr("Onboarding template"), draft.templateName, {} });
    }
    info.rows.append({ QStringLiteral("provisioningId"), tr("Provisioning ID"), orDash(c.provisioningId), {} });
    info.rows.append({ QStringLiteral("supportedLocation"),
                       tr("Located where Webex is supported"),
                       draft.supportedLocationConfirmed ? tr("Verified by the operator") : tr("Not verified"),
                       {} });
    result.append(info);

    Section packages { CustomerWizard::Page_Packages, tr("Packages and add-ons"), {} };
    for (const QString& package : c.packages) {
        const qint64 limit = c.packageLimits.value(package, 0);
        packages.rows.append({ QStringLiteral("packages"),
                               model::PackageCatalog::displayName(package),
                               limit > 0 ? tr("Up to %L1").arg(limit) : tr("No limit"),
                               {} });
    }
    if (c.packages.isEmpty()) {
        packages.rows.append({ QStringLiteral("packages"), tr("Packages"), tr("None chosen"), {} });
    }
    result.append(packages);

    Section hq { CustomerWizard::Page_Headquarters, tr("Headquarters location"), {} };
    const model::CallingLocation& loc = c.callingLocation;
    hq.rows.append(
        { QStringLiteral("provisioningParameters.calling.location.name"), tr("Location name"), orDash(loc.name), {} });
    hq.rows.append({ QStringLiteral("address"), tr("Address"), addressText(c.address, locale), {} });
    const QString zone = c.ordersCalling() ? loc.timezone : c.meetingsTimezone;
    hq.rows.append({ QStringLiteral("provisioningParameters.calling.location.timezone"),
                     tr("Time zone"),
                     zone.isEmpty() ? QStringLiteral("–")
                                    : QStringLiteral("%1 (%2)").arg(model::TimeZones::displayName(zone, locale), zone),
                     {} });
    const QString announcement = model::Languages::name(loc.language, locale);
    hq.rows.append({ QStringLiteral("provisioningParameters.calling.location.language"),
                     tr("Announcement and email language"),
                     orDash(announcement.isEmpty() ? loc.language : announcement),
                     {} });
    hq.rows.append({ QStringLiteral("provisioningParameters.calling.location.emergencyLocationIdentifier"),
                     tr("Emergency location identifier"),
                     orDash(loc.emergencyLocationIdentifier),
                     {} });
    result.append(hq);
    return result;
}

QString CustomerSummary::toHtml(const model::CustomerDraft& draft, const QLocale& locale, const QString& profileName)
{
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head><body><h1>%1</h1>")
                       .arg(tr("New customer: %1").arg(draft.customer.customerInfo.name).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Profile %1, %2")
                         .arg(profileName, locale.toString(QDateTime::currentDateTime(), QLocale::LongFormat))
                         .toHtmlEscaped());
    for (const Section& section : sections(draft, locale)) {
        html += QStringLiteral("<h2>%1</h2><table>").arg(section.title.toHtmlEscaped());
        for (const Row& row : section.rows) {
            QString value = row.value.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
            if (!row.note.isEmpty()) {
                value += QStringLiteral("<br><small>%1</small>").arg(row.note.toHtmlEscaped());
            }
            html += QStringLiteral("<tr><th align=\"left\" valign=\"top\">%1</th><td>%2</td></tr>")
                        .arg(row.label.toHtmlEscaped(), value);
        }
        html += QStringLiteral("</table>");
    }
    if (!draft.notes.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2><p>%2</p>").arg(tr("Notes").toHtmlEscaped(), draft.notes.toHtmlEscaped());
    }
    return html + QStringLiteral("</body></html>");
}

QString
CustomerSummary::toMarkdown(const model::CustomerDraft& draft, const QLocale& locale, const QString& profileName)
{
    QString md = QStringLiteral("# %1\n\n").arg(tr("New customer: %1").arg(draft.customer.customerInfo.name));
    md += tr("Profile %1, %2").arg(profileName, locale.toString(QDateTime::currentDateTime(), QLocale::LongFormat))
        + QStringLiteral("\n");
    for (const Section& section : sections(draft, locale)) {
        md += QStringLiteral("\n## %1\n\n").arg(section.title);
        for (const Row& row : section.rows) {
            QString value = row.value;
            value.replace(QLatin1Char('\n'), QStringLiteral(", "));
            md += QStringLiteral("- **%1:** %2\n").arg(row.label, value);
            if (!row.note.isEmpty()) {
                md += QStringLiteral("  %1\n").arg(row.note);
            }
        }
    }
    if (!draft.notes.isEmpty()) {
        md += QStringLiteral("\n## %1\n\n%2\n").arg(tr("Notes"), draft.notes);
    }
    return md;
}

} // namespace onboarder::ui
