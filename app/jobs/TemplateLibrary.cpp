#include "jobs/TemplateLibrary.h"

#include "model/TemplateJson.h"
#include "model/WebexId.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

using nlohmann::json;

namespace onboarder::jobs {

namespace {
constexpr const char* kKind = "onboarder.templateLibrary";

void setError(QString* errorMessage, const QString& message)
{
    if (errorMessage) {
        *errorMessage = message;
    }
}
} // namespace

TemplateLibrary::TemplateLibrary(const QString& filePath)
    : m_filePath(filePath)
{
}

QString TemplateLibrary::defaultFilePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("templates.json"));
}

QString TemplateLibrary::filePath() const
{
    return m_filePath;
}

bool TemplateLibrary::load(QString* errorMessage)
{
    QFile file(m_filePath);
    if (!file.exists()) {
        m_templates.clear();
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        setError(errorMessage, tr("Cannot read the template library %1: %2").arg(m_filePath, file.errorString()));
        return false;
    }
    const json doc = json::parse(file.readAll().toStdString(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || doc.value("kind", std::string()) != kKind) {
        setError(errorMessage, tr("%1 is not an Onboarder template library.").arg(m_filePath));
        return false;
    }
    const json version = doc.value("schemaVersion", json());
    if (!version.is_number_integer() || version.get<int>() < 1) {
        setError(errorMessage, tr("%1 has no valid schema version.").arg(m_filePath));
        return false;
    }
    if (version.get<int>() > kSchemaVersion) {
        setError(errorMessage,
                 tr("%1 was written by a newer version of Onboarder (schema %2, this version reads up to %3). "
                    "Update Onboarder to open it.")
                     .arg(m_filePath)
                     .arg(version.get<int>())
                     .arg(kSchemaVersion));
        return false;
    }
    const json items = doc.value("templates", json::array());
    if (!items.is_array()) {
        setError(errorMessage, tr("%1: templates: expected a list.").arg(m_filePath));
        return false;
    }
    QList<model::OnboardingTemplate> loaded;
    for (std::size_t i = 0; i < items.size(); ++i) {
        auto parsed = model::TemplateJson::templateFromJson(items[i]);
        if (!parsed.ok()) {
            setError(errorMessage, tr("%1: templates[%2]: %3").arg(m_filePath).arg(i).arg(parsed.error));
            return false;
        }
        loaded.append(*parsed.value);
    }
    m_templates = loaded;
    return true;
}

QList<model::OnboardingTemplate> TemplateLibrary::templates() const
{
    return m_templates;
}

int TemplateLibrary::indexOf(const QString& name) const
{
    for (int i = 0; i < m_templates.size(); ++i) {
        if (m_templates.at(i).name.compare(name, Qt::CaseInsensitive) == 0) {
            return i;
        }
    }
    return -1;
}

bool TemplateLibrary::add(const model::OnboardingTemplate& onboardingTemplate, QString* errorMessage)
{
    if (onboardingTemplate.name.trimmed().isEmpty()) {
        setError(errorMessage, tr("A template needs a name."));
        return false;
    }
    if (indexOf(onboardingTemplate.name) >= 0) {
        setError(errorMessage, tr("A template named %1 already exists.").arg(onboardingTemplate.name));
        return false;
    }
    QList<model::OnboardingTemplate> next = m_templates;
    next.append(onboardingTemplate);
    if (!write(next, errorMessage)) {
        return false;
    }
    m_templates = next;
    return true;
}

bool TemplateLibrary::replace(const QString& name,
                              const model::OnboardingTemplate& onboardingTemplate,
                              QString* errorMessage)
{
    const int index = indexOf(name);
    if (index < 0) {
        setError(errorMessage, tr("There is no template named %1.").arg(name));
        return false;
    }
    const int clash = indexOf(onboardingTemplate.name);
    if (clash >= 0 && clash != index) {
        setError(errorMessage, tr("A template named %1 already exists.").arg(onboardingTemplate.name));
        return false;
    }
    QList<model::OnboardingTemplate> next = m_templates;
    next[index] = onboardingTemplate;
    if (!write(next, errorMessage)) {
        return false;
    }
    m_templates = next;
    return true;
}

bool TemplateLibrary::remove(const QString& name, QString* errorMessage)
{
    const int index = indexOf(name);
    if (index < 0) {
        setError(errorMessage, tr("There is no template named %1.").arg(name));
        return false;
    }
    QList<model::OnboardingTemplate> next = m_templates;
    next.removeAt(index);
    if (!write(next, errorMessage)) {
        return false;
    }
    m_templates = next;
    return true;
}

bool TemplateLibrary::setProvisioningId(const QString& name, const QString& provisioningId, QString* errorMessage)
{
    const QString id = provisioningId.trimmed();
    if (!model::WebexId::isValidProvisioningId(id)) {
        setError(errorMessage,
                 tr("This is not a Provisioning ID. Copy the value shown as Provisioning ID when you open the "
                    "template in Partner Hub."));
        return false;
    }
    const int index = indexOf(name);
    if (index < 0) {
        setError(errorMessage, tr("There is no template named %1.").arg(name));
        return false;
    }
    model::OnboardingTemplate changed = m_templates.at(index);
    changed.provisioningId = id;
    return replace(name, changed, errorMessage);
}

QString TemplateLibrary::uniqueCopyName(const QString& name) const
{
    QString candidate = tr("%1 (copy)").arg(name);
    for (int n = 2; indexOf(candidate) >= 0; ++n) {
        candidate = tr("%1 (copy %2)").arg(name).arg(n);
    }
    return candidate;
}

bool TemplateLibrary::write(const QList<model::OnboardingTemplate>& templates, QString* errorMessage) const
{
    json items = json::array();
    for (const auto& t : templates) {
        items.push_back(model::TemplateJson::toJson(t));
    }
    const json doc = { { "kind", kKind }, { "schemaVersion", kSchemaVersion }, { "templates", items } };
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(errorMessage, tr("Cannot write the template library %1: %2").arg(m_filePath, file.errorString()));
        return false;
    }
    const std::string text = doc.dump(2) + "\n";
    file.write(text.data(), static_cast<qint64>(text.size()));
    if (!file.commit()) {
        setError(errorMessage, tr("Cannot write the template library %1: %2").arg(m_filePath, file.errorString()));
        return false;
    }
    return true;
}

} // namespace onboarder::jobs
