#pragma once

#include "model/OnboardingTemplate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>

namespace onboarder::jobs {

// The readable form of an onboarding template, grouped by the wizard's sections: shown on the wizard's summary page,
// compared between drafts, and exported as HTML (also the source of the PDF and the printout) and Markdown for
// reviewers who sign a template off before it is created.
class TemplateSummary
{
    Q_DECLARE_TR_FUNCTIONS(TemplateSummary)

public:
    enum class Section { OfferType, Primary, Calling, Authentication, Settings, PartnerHub };

    struct Row
    {
        QString path; // the template's JSON path (TemplateJson), as in FieldError::path
        QString label;
        QString value;
    };
    struct Group
    {
        Section section;
        QString title;
        QList<Row> rows;
    };

    // Facts about the document rather than the template.
    struct Context
    {
        QString profileName;
        QDateTime generatedAt;
        QLocale locale;
    };

    static QList<Group> groups(const model::OnboardingTemplate& onboardingTemplate,
                               const QLocale& locale,
                               const QString& serviceProviderAdminName = QString());
    // The admin as a reviewer recognises them: "Name <email>", the email, or the bare person ID as a last resort.
    static QString adminText(const model::OnboardingTemplate& onboardingTemplate, const QString& name = QString());
    static QString sectionTitle(Section section);
    // A section's error messages, "Label: message", from TemplateValidator.
    static QStringList problems(const model::OnboardingTemplate& onboardingTemplate, const QLocale& locale);

    // `serviceProviderAdminName` is the admin's name as the app knows it (looked up by person ID), shown with the
    // email.
    static QString toHtml(const model::OnboardingTemplate& onboardingTemplate,
                          const Context& context,
                          const QString& serviceProviderAdminName = QString());
    static QString toMarkdown(const model::OnboardingTemplate& onboardingTemplate,
                              const Context& context,
                              const QString& serviceProviderAdminName = QString());
};

} // namespace onboarder::jobs
