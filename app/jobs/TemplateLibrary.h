#pragma once

#include "model/OnboardingTemplate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace onboarder::jobs {

// The local library of onboarding templates for real Webex, which has no template API (reference §7.1): the
// operator builds the template here, creates it in Partner Hub and keeps the Provisioning ID Partner Hub issued.
// One JSON file ({"kind": "onboarder.templateLibrary", "schemaVersion": 1, "templates": [...]}), written atomically
// so a crash never leaves half a library. Template names are unique, as in Partner Hub.
class TemplateLibrary
{
    Q_DECLARE_TR_FUNCTIONS(TemplateLibrary)

public:
    static constexpr int kSchemaVersion = 1;

    explicit TemplateLibrary(const QString& filePath);

    // templates.json under QStandardPaths::AppDataLocation.
    static QString defaultFilePath();

    QString filePath() const;
    // Reads the file; a missing file is an empty library. False with a message for a file that cannot be read,
    // is not a library or comes from a newer version of the program (it is then left untouched).
    bool load(QString* errorMessage = nullptr);
    QList<model::OnboardingTemplate> templates() const;
    // -1 when there is none.
    int indexOf(const QString& name) const;

    // Each change is written to disk before it returns; on failure the library in memory is unchanged.
    bool add(const model::OnboardingTemplate& onboardingTemplate, QString* errorMessage = nullptr);
    // Replaces the template named `name` (the new one may carry another, still unique, name).
    bool
    replace(const QString& name, const model::OnboardingTemplate& onboardingTemplate, QString* errorMessage = nullptr);
    bool remove(const QString& name, QString* errorMessage = nullptr);
    // Records the Provisioning ID Partner Hub issued; refused unless WebexId::isValidProvisioningId accepts it.
    bool setProvisioningId(const QString& name, const QString& provisioningId, QString* errorMessage = nullptr);

    // A name not used yet: "<name> (copy)", "<name> (copy 2)", ...
    QString uniqueCopyName(const QString& name) const;

private:
    bool write(const QList<model::OnboardingTemplate>& templates, QString* errorMessage) const;

    QString m_filePath;
    QList<model::OnboardingTemplate> m_templates;
};

} // namespace onboarder::jobs
