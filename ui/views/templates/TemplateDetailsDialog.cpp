#include "ui/views/templates/TemplateDetailsDialog.h"

#include "ui_TemplateDetailsDialog.h"

#include "api/WholesaleClient.h"
#include "jobs/TemplateStore.h"
#include "jobs/TemplateSummary.h"
#include "model/WebexId.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QPushButton>

namespace onboarder::ui {

TemplateDetailsDialog::TemplateDetailsDialog(const model::OnboardingTemplate& onboardingTemplate,
                                             jobs::TemplateStore* store,
                                             const QString& profileName,
                                             QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::TemplateDetailsDialog)
    , m_store(store)
    , m_profileName(profileName)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("templateDetailsDialog"));
    resize(720, 620);
    m_ui->copyProvisioningIdButton->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    m_ui->saveProvisioningIdButton->setIcon(QIcon(QStringLiteral(":/icons/save.svg")));
    m_ui->provisioningIdError->setProperty("role", QStringLiteral("fieldError"));
    m_ui->provisioningIdError->hide();
    const bool library = store && store->backend() == jobs::TemplateStore::Backend::Library;
    m_ui->provisioningIdEdit->setReadOnly(!library);
    m_ui->saveProvisioningIdButton->setVisible(library);
    connect(m_ui->copyProvisioningIdButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_ui->provisioningIdEdit->text());
    });
    connect(m_ui->saveProvisioningIdButton, &QPushButton::clicked, this, &TemplateDetailsDialog::saveProvisioningId);
    connect(m_ui->provisioningIdEdit, &QLineEdit::textChanged, this, &TemplateDetailsDialog::validateProvisioningId);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    display(onboardingTemplate);
}

TemplateDetailsDialog::~TemplateDetailsDialog() = default;

void TemplateDetailsDialog::setClient(api::WholesaleClient* client)
{
    if (client && m_template.serviceProviderAdminEmail.isEmpty()
        && !m_template.serviceProviderAdminPersonId.isEmpty()) {
        lookUpAdmin(client);
    }
}

void TemplateDetailsDialog::lookUpAdmin(api::WholesaleClient* client)
{
    const QString personId = m_template.serviceProviderAdminPersonId;
    client->getPerson(personId, this, [this, personId](const api::ApiResult<model::Person>& person) {
        if (!person.ok() || m_template.serviceProviderAdminPersonId != personId) {
            return; // the ID stays as the only thing known
        }
        model::OnboardingTemplate known = m_template;
        known.serviceProviderAdminEmail = person.value->primaryEmail();
        m_adminName = person.value->displayName;
        const QString typed = m_ui->provisioningIdEdit->text();
        display(known);
        m_ui->provisioningIdEdit->setText(typed);
    });
}

void TemplateDetailsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        const QString typed = m_ui->provisioningIdEdit->text();
        m_ui->retranslateUi(this);
        display(m_template);
        m_ui->provisioningIdEdit->setText(typed); // what was typed and not saved yet stays
    }
    QDialog::changeEvent(event);
}

void TemplateDetailsDialog::display(const model::OnboardingTemplate& t)
{
    m_template = t;
    setWindowTitle(tr("Onboarding Template – %1").arg(t.name));
    m_ui->provisioningIdEdit->setText(t.provisioningId);
    m_ui->provisioningIdEdit->setPlaceholderText(tr("Paste the Provisioning ID Partner Hub shows for this template"));
    m_ui->settingsBrowser->setHtml(
        jobs::TemplateSummary::toHtml(t, { m_profileName, QDateTime::currentDateTime(), QLocale() }, m_adminName));
    validateProvisioningId();
}

void TemplateDetailsDialog::validateProvisioningId()
{
    const QString id = m_ui->provisioningIdEdit->text().trimmed();
    const bool valid = model::WebexId::isValidProvisioningId(id);
    const bool showError = !id.isEmpty() && !valid && !m_ui->provisioningIdEdit->isReadOnly();
    m_ui->provisioningIdError->setText(
        showError ? tr("This is not a Provisioning ID. Copy the value shown as Provisioning ID in Partner Hub.")
                  : QString());
    m_ui->provisioningIdError->setVisible(showError);
    m_ui->copyProvisioningIdButton->setEnabled(!id.isEmpty());
    m_ui->saveProvisioningIdButton->setEnabled(valid && id != m_template.provisioningId);
}

void TemplateDetailsDialog::saveProvisioningId()
{
    QString error;
    const QString id = m_ui->provisioningIdEdit->text().trimmed();
    if (!m_store || !m_store->setProvisioningId(m_template.name, id, &error)) {
        m_ui->provisioningIdError->setText(error);
        m_ui->provisioningIdError->show();
        return;
    }
    model::OnboardingTemplate changed = m_template;
    changed.provisioningId = id;
    display(changed);
}

} // namespace onboarder::ui
