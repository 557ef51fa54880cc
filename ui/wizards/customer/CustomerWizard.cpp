#include "ui/wizards/customer/CustomerWizard.h"

#include "model/Countries.h"
#include "model/DraftStore.h"
#include "ui/export/SummaryExporter.h"
#include "ui/wizards/customer/CustomerInfoPage.h"
#include "ui/wizards/customer/CustomerSummary.h"
#include "ui/wizards/customer/CustomerSummaryPage.h"
#include "ui/wizards/customer/CustomerWizardController.h"
#include "ui/wizards/customer/HeadquartersPage.h"
#include "ui/wizards/customer/PackagesPage.h"

#include <QAbstractButton>
#include <QEvent>
#include <QSettings>

namespace onboarder::ui {

namespace {
constexpr char kLastCountryKey[] = "customerWizard/lastCountry";
}

CustomerWizard::CustomerWizard(CustomerWizardController* controller, QWidget* parent)
    : DraftWizard(Page_Summary, parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("customerWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOptions(QWizard::IndependentPages | QWizard::NoBackButtonOnStartPage | QWizard::HaveCustomButton1
               | QWizard::HaveCustomButton2);
    setWindowIcon(QIcon(QStringLiteral(":/icons/customers.svg")));
    setMinimumSize(780, 680);

    auto add = [this](int id, CustomerWizardPage* page, const QString& name) {
        page->setObjectName(name);
        setPage(id, page);
        m_pages.append(page);
    };
    add(Page_Info, new CustomerInfoPage(this), QStringLiteral("customerInfoPage"));
    add(Page_Packages, new PackagesPage(this), QStringLiteral("packagesPage"));
    add(Page_Headquarters, new HeadquartersPage(this), QStringLiteral("headquartersPage"));
    add(Page_Summary, new CustomerSummaryPage(this), QStringLiteral("customerSummaryPage"));
    for (CustomerWizardPage* page : std::as_const(m_pages)) {
        page->writeTo(m_draft);
    }

    setButtonLayout({ QWizard::CustomButton1,
                      QWizard::CustomButton2,
                      QWizard::Stretch,
                      QWizard::BackButton,
                      QWizard::NextButton,
                      QWizard::FinishButton,
                      QWizard::CancelButton });
    retranslate();
    // The next customer starts in this one's country.
    connect(this, &CustomerWizard::customerCreated, this, [](const model::Customer& created) {
        rememberCountry(created.address.country);
    });
}

CustomerWizard::~CustomerWizard() = default;

QString CustomerWizard::startingCountry()
{
    const QString last = QSettings().value(QLatin1String(kLastCountryKey)).toString();
    if (model::Countries::find(last)) {
        return last;
    }
    const QString local = QLocale::territoryToCode(QLocale::system().territory());
    return model::Countries::find(local) ? local : QString();
}

void CustomerWizard::rememberCountry(const QString& countryCode)
{
    if (!countryCode.isEmpty()) {
        QSettings().setValue(QLatin1String(kLastCountryKey), countryCode);
    }
}

void CustomerWizard::inferQuietly(const std::function<void()>& inference)
{
    const bool wasInferring = m_inferring;
    m_inferring = true;
    inference();
    m_inferring = wasInferring;
}

void CustomerWizard::retranslate()
{
    // QWizard sets its own buttons' texts once; Qt's texts of them, from our catalogue, follow the language.
    setButtonText(QWizard::BackButton, QCoreApplication::translate("QWizard", "< &Back"));
    setButtonText(QWizard::NextButton, QCoreApplication::translate("QWizard", "&Next >"));
    setButtonText(QWizard::CancelButton, QCoreApplication::translate("QWizard", "Cancel"));
    setButtonText(QWizard::FinishButton, tr("&Create Customer"));
    setButtonText(QWizard::CustomButton1, tr("Save Draft"));
    setButtonText(QWizard::CustomButton2, tr("E&xport…"));
    button(QWizard::CustomButton1)->setToolTip(tr("Save the customer plan as a draft file (Ctrl+S)"));
    button(QWizard::CustomButton2)->setToolTip(tr("Export the summary as PDF, HTML or Markdown"));
    updateWindowTitle();
}

void CustomerWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    DraftWizard::changeEvent(event);
}

CustomerWizardController* CustomerWizard::controller() const
{
    return m_controller;
}

model::CustomerDraft CustomerWizard::draft() const
{
    return m_draft;
}

void CustomerWizard::setDraft(const model::CustomerDraft& draft)
{
    m_draft = draft;
    showOnPages(m_pages, m_draft);
    emit draftChanged();
}

void CustomerWizard::updateDraft(const std::function<void(model::CustomerDraft&)>& change)
{
    const model::CustomerDraft before = m_draft;
    change(m_draft);
    if (m_draft != before) {
        if (!m_inferring) {
            markModified();
        }
        emit draftChanged();
    }
}

void CustomerWizard::chooseTemplate(const model::OnboardingTemplate& onboardingTemplate)
{
    for (CustomerWizardPage* page : std::as_const(m_pages)) {
        if (auto* info = qobject_cast<CustomerInfoPage*>(page)) {
            info->chooseTemplate(onboardingTemplate);
        }
    }
}

QString CustomerWizard::stepName(int pageId)
{
    switch (pageId) {
    case Page_Info:
        return QStringLiteral("customerInfo");
    case Page_Packages:
        return QStringLiteral("packages");
    case Page_Headquarters:
        return QStringLiteral("headquarters");
    case Page_Summary:
        return QStringLiteral("summary");
    }
    return {};
}

int CustomerWizard::pageForStepName(const QString& step)
{
    if (step == QLatin1String("supportedLocation")) {
        return Page_Info; // drafts of the time the check had a page of its own
    }
    for (int id = Page_Info; id <= Page_Summary; ++id) {
        if (stepName(id) == step) {
            return id;
        }
    }
    return Page_Info;
}

bool CustomerWizard::writeDraft(const QString& filePath, QString* errorMessage)
{
    const auto saved = model::DraftStore::saveCustomerDraft(filePath, m_draft);
    if (!saved.ok() && errorMessage) {
        *errorMessage = saved.error;
    }
    return saved.ok();
}

int CustomerWizard::readDraft(const QString& filePath, QString* errorMessage)
{
    const auto loaded = model::DraftStore::loadCustomerDraft(filePath);
    if (!loaded.ok()) {
        if (errorMessage) {
            *errorMessage = loaded.error;
        }
        return -1;
    }
    setDraft(*loaded.draft);
    // A draft opens at the furthest step its data allows.
    return Page_Summary;
}

QString CustomerWizard::summaryHtml() const
{
    return CustomerSummary::toHtml(m_draft, QLocale(), m_controller ? m_controller->profileName() : QString());
}

bool CustomerWizard::exportTo(const QString& filePath, QString* errorMessage)
{
    return SummaryExporter::exportTo(
        SummaryExporter::customerSummary(m_draft, QLocale(), m_controller ? m_controller->profileName() : QString()),
        filePath,
        errorMessage);
}

DraftWizard::Texts CustomerWizard::texts() const
{
    const QString& name = m_draft.customer.customerInfo.name;
    return { tr("New Customer"),
             tr("%1 – Customer Draft"),
             tr("The customer has changes that are not saved. Save them as a draft?"),
             name.isEmpty() ? tr("customer draft") : name,
             QStringLiteral(".onboarder-customer.json"),
             tr("Save Customer Draft"),
             tr("Onboarder customer drafts (*.onboarder-customer.json *.json)"),
             name.isEmpty() ? tr("customer summary") : name,
             tr("Export Customer Summary"),
             SummaryExporter::fileDialogFilter() };
}

} // namespace onboarder::ui
