#include "jobs/TemplateSummary.h"

#include "model/Countries.h"
#include "model/Languages.h"
#include "model/TemplateValidator.h"
#include "model/TimeZones.h"

namespace onboarder::jobs {

namespace {

QString codeWithName(const QString& code, const QString& name)
{
    if (code.isEmpty()) {
        return {};
    }
    return name.isEmpty() ? code : QStringLiteral("%1 (%2)").arg(name, code);
}

QString escapeMarkdown(QString text)
{
    // Table cells: a pipe would end the cell, a newline the row.
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

} // namespace

QString TemplateSummary::sectionTitle(Section section)
{
    switch (section) {
    case Section::OfferType:
        return tr("Offer type");
    case Section::Primary:
        return tr("Primary settings");
    case Section::Calling:
        return tr("Wholesale calling");
    case Section::Authentication:
        return tr("Authentication method");
    case Section::Settings:
        return tr("Common, email and calling settings");
    case Section::PartnerHub:
        return tr("Partner Hub");
    }
    return {};
}

QString TemplateSummary::adminText(const model::OnboardingTemplate& t, const QString& name)
{
    const QString email = t.serviceProviderAdminEmail.trimmed();
    if (email.isEmpty()) {
        return name.trimmed().isEmpty() ? t.serviceProviderAdminPersonId : name.trimmed();
    }
    return name.trimmed().isEmpty() ? email : QStringLiteral("%1 <%2>").arg(name.trimmed(), email);
}

QList<TemplateSummary::Group>
TemplateSummary::groups(const model::OnboardingTemplate& t, const QLocale& locale, const QString& adminName)
{
    const QString none = tr("(not set)");
    auto orNone = [&none](const QString& value) { return value.trimmed().isEmpty() ? none : value; };
    auto yesNo = [](bool value) { return value ? tr("Yes") : tr("No"); };

    QList<Group> result;
    result.append({ Section::OfferType,
                    sectionTitle(Section::OfferType),
                    { { QStringLiteral("offerType"), tr("Offer"), tr("Webex for Wholesale") } } });

    // Reviewers recognise the admin by name and email; the person ID is only a fallback when neither is known.
    const QString admin = adminText(t, adminName);
    result.append(
        { Section::Primary,
          sectionTitle(Section::Primary),
          { { QStringLiteral("name"), tr("Template name"), orNone(t.name) },
            { QStringLiteral("serviceProviderAdminPersonId"), tr("Service provider admin"), orNone(admin) },
            { QStringLiteral("countryCode"),
              tr("Country or region"),
              orNone(codeWithName(t.countryCode, model::Countries::name(t.countryCode, locale))) },
            { QStringLiteral("defaultEmailLanguage"),
              tr("Default email language"),
              orNone(codeWithName(t.defaultEmailLanguage, model::Languages::name(t.defaultEmailLanguage, locale))) },
            { QStringLiteral("wholesaleSubscriptionId"),
              tr("Wholesale subscription"),
              orNone(t.wholesaleSubscriptionId) } } });

    result.append({ Section::Calling,
                    sectionTitle(Section::Calling),
                    { { QStringLiteral("ccpVendor"),
                        tr("Cloud Connected PSTN provider"),
                        t.ccpVendor.isEmpty() ? tr("None (recommended)") : t.ccpVendor } } });

    Group auth { Section::Authentication, sectionTitle(Section::Authentication), {} };
    const bool saml = t.authMethod == model::OnboardingTemplate::AuthMethod::PartnerSaml;
    auth.rows.append({ QStringLiteral("authMethod"),
                       tr("Method"),
                       saml ? tr("Partner authentication (SAML identity provider)") : tr("Webex authentication") });
    if (saml) {
        auth.rows.append({ QStringLiteral("idpEntityId"), tr("Identity provider entity ID"), orNone(t.idpEntityId) });
    }
    result.append(auth);

    const QString zone = t.callSettings.defaultTimezone;
    const QString announcement = t.callSettings.defaultAnnouncementLanguage;
    result.append(
        { Section::Settings,
          sectionTitle(Section::Settings),
          { { QStringLiteral("commonSettings.allowAdminInviteEmailsOnAttach"),
              tr("Allow admin-invite emails when attaching to existing organizations"),
              yesNo(t.commonSettings.allowAdminInviteEmailsOnAttach) },
            { QStringLiteral("emailSettings.sendWelcomeEmailToAdmin"),
              tr("Send a welcome email to the customer's administrator"),
              yesNo(t.emailSettings.sendWelcomeEmailToAdmin) },
            { QStringLiteral("emailSettings.supportEmail"),
              tr("Support email address"),
              orNone(t.emailSettings.supportEmail) },
            { QStringLiteral("callSettings.defaultTimezone"),
              tr("Default time zone"),
              orNone(zone.isEmpty() ? QString() : codeWithName(zone, model::TimeZones::displayName(zone, locale))) },
            { QStringLiteral("callSettings.defaultAnnouncementLanguage"),
              tr("Default announcement language"),
              orNone(codeWithName(announcement, model::Languages::name(announcement, locale))) } } });

    result.append({ Section::PartnerHub,
                    sectionTitle(Section::PartnerHub),
                    { { QStringLiteral("provisioningId"),
                        tr("Provisioning ID"),
                        t.provisioningId.isEmpty() ? tr("(not issued yet)") : t.provisioningId } } });
    return result;
}

QStringList TemplateSummary::problems(const model::OnboardingTemplate& t, const QLocale& locale)
{
    QHash<QString, QString> labels;
    for (const Group& group : groups(t, locale)) {
        for (const Row& row : group.rows) {
            labels.insert(row.path, row.label);
        }
    }
    labels.insert(QStringLiteral("serviceProviderAdminEmail"), tr("Service provider admin"));
    QStringList result;
    for (const model::FieldError& error : model::TemplateValidator::validate(t)) {
        result.append(QStringLiteral("%1: %2").arg(labels.value(error.path, error.path), error.message));
    }
    return result;
}

QString TemplateSummary::toHtml(const model::OnboardingTemplate& t, const Context& context, const QString& adminName)
{
    const QLocale& locale = context.locale;
    auto esc = [](const QString& text) { return text.toHtmlEscaped(); };
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n")
                .arg(esc(tr("Onboarding template: %1").arg(t.name)));
    html += QStringLiteral("<style>body{font-family:sans-serif;} table{border-collapse:collapse;width:100%;} "
                           "th,td{border:1px solid #bbb;padding:4px 8px;text-align:left;vertical-align:top;} "
                           "th{background:#eef2f6;width:40%;} .bad{color:#b00020;} .ok{color:#1b6e20;}</style>"
                           "</head><body>\n");
    html += QStringLiteral("<h1>%1</h1>\n").arg(esc(tr("Onboarding template: %1").arg(t.name)));
    html += QStringLiteral("<p>%1<br>%2</p>\n")
                .arg(esc(tr("Profile: %1").arg(context.profileName)),
                     esc(tr("Date: %1").arg(locale.toString(context.generatedAt, QLocale::LongFormat))));
    const QStringList issues = problems(t, locale);
    html += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Validation")));
    if (issues.isEmpty()) {
        html += QStringLiteral("<p class=\"ok\">%1</p>\n").arg(esc(tr("All settings are valid.")));
    } else {
        html += QStringLiteral("<p class=\"bad\">%1</p>\n<ul>\n")
                    .arg(esc(tr("%n setting(s) must be corrected before the template can be created.",
                                nullptr,
                                static_cast<int>(issues.size()))));
        for (const QString& issue : issues) {
            html += QStringLiteral("<li class=\"bad\">%1</li>\n").arg(esc(issue));
        }
        html += QStringLiteral("</ul>\n");
    }
    for (const Group& group : groups(t, locale, adminName)) {
        html += QStringLiteral("<h2>%1</h2>\n<table>\n").arg(esc(group.title));
        for (const Row& row : group.rows) {
            html += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(esc(row.label), esc(row.value));
        }
        html += QStringLiteral("</table>\n");
    }
    html += QStringLiteral("</body></html>\n");
    return html;
}

QString
TemplateSummary::toMarkdown(const model::OnboardingTemplate& t, const Context& context, const QString& adminName)
{
    const QLocale& locale = context.locale;
    QString md;
    md += QStringLiteral("# %1\n\n").arg(tr("Onboarding template: %1").arg(t.name));
    md += QStringLiteral("- %1\n").arg(tr("Profile: %1").arg(context.profileName));
    md += QStringLiteral("- %1\n\n").arg(tr("Date: %1").arg(locale.toString(context.generatedAt, QLocale::LongFormat)));
    md += QStringLiteral("## %1\n\n").arg(tr("Validation"));
    const QStringList issues = problems(t, locale);
    if (issues.isEmpty()) {
        md += tr("All settings are valid.") + QStringLiteral("\n\n");
    } else {
        md += tr("%n setting(s) must be corrected before the template can be created.",
                 nullptr,
                 static_cast<int>(issues.size()))
            + QStringLiteral("\n\n");
        for (const QString& issue : issues) {
            md += QStringLiteral("- %1\n").arg(issue);
        }
        md += QStringLiteral("\n");
    }
    for (const Group& group : groups(t, locale, adminName)) {
        md += QStringLiteral("## %1\n\n| %2 | %3 |\n| --- | --- |\n").arg(group.title, tr("Setting"), tr("Value"));
        for (const Row& row : group.rows) {
            md += QStringLiteral("| %1 | %2 |\n").arg(escapeMarkdown(row.label), escapeMarkdown(row.value));
        }
        md += QStringLiteral("\n");
    }
    return md;
}

} // namespace onboarder::jobs
