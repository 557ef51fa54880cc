#include "ui/wizards/template/SummaryPage.h"

#include "ui_SummaryPage.h"

#include "jobs/TemplateSummary.h"
#include "model/TemplateValidator.h"
#include "ui/wizards/template/TemplateWizard.h"
#include "ui/wizards/template/TemplateWizardController.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>

namespace onboarder::ui {

namespace {
QString sectionKey(jobs::TemplateSummary::Section section)
{
    switch (section) {
    case jobs::TemplateSummary::Section::OfferType:
        return QStringLiteral("OfferType");
    case jobs::TemplateSummary::Section::Primary:
        return QStringLiteral("Primary");
    case jobs::TemplateSummary::Section::Calling:
        return QStringLiteral("Calling");
    case jobs::TemplateSummary::Section::Authentication:
        return QStringLiteral("Authentication");
    case jobs::TemplateSummary::Section::Settings:
        return QStringLiteral("Settings");
    case jobs::TemplateSummary::Section::PartnerHub:
        return QStringLiteral("PartnerHub");
    }
    return {};
}
} // namespace

SummaryPage::SummaryPage(QWidget* parent)
    : TemplateWizardPage(parent)
    , m_ui(new Ui::SummaryPage)
{
    m_ui->setupUi(this);
    bindError(QStringLiteral("provisioningId"), m_ui->provisioningIdError);
    m_ui->submitProgress->hide();
    m_ui->submitErrorGroup->hide();
    m_ui->copyErrorButton->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    // The sections wrap to the page width; a long ID is clipped (full text in its tooltip), never scrolled sideways.
    m_ui->summaryScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_ui->provisioningIdEdit, &QLineEdit::textChanged, this, [this] {
        changed(QStringLiteral("provisioningId"));
        refresh();
    });
    connect(m_ui->copyErrorButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_ui->submitErrorText->toPlainText());
        m_ui->submitStatus->setText(tr("Error text copied."));
    });
}

SummaryPage::~SummaryPage() = default;

void SummaryPage::retranslate()
{
    const QString status = m_ui->submitStatus->text();
    const QString errorText = m_ui->submitErrorText->toPlainText();
    m_ui->retranslateUi(this);
    m_ui->submitErrorText->setPlainText(errorText); // the API's own words, as it sent them
    m_ui->submitStatus->setText(status);
    refresh(); // the sections and their labels come from TemplateSummary, in the current language
}

void SummaryPage::readFrom(const model::OnboardingTemplate& t)
{
    m_ui->provisioningIdEdit->setText(t.provisioningId);
}

void SummaryPage::writeTo(model::OnboardingTemplate& t) const
{
    // The sandbox issues the Provisioning ID itself; only the library takes one typed in.
    auto* w = templateWizard();
    if (w && w->controller() && w->controller()->submitsToSandbox()) {
        return;
    }
    t.provisioningId = m_ui->provisioningIdEdit->text().trimmed();
}

void SummaryPage::initializePage()
{
    auto* w = templateWizard();
    if (!w || m_connected) {
        return;
    }
    m_connected = true;
    TemplateWizardController* controller = w->controller();
    if (controller) {
        connect(controller, &TemplateWizardController::submittingChanged, this, &SummaryPage::setSubmitting);
        connect(controller, &TemplateWizardController::submitted, this, &SummaryPage::onSubmitted);
        connect(controller, &TemplateWizardController::submitFailed, this, &SummaryPage::onSubmitFailed);
    }
    m_ui->provisioningGroup->setVisible(!controller || !controller->submitsToSandbox());
    connect(w, &TemplateWizard::templateChanged, this, &SummaryPage::refresh);
}

void SummaryPage::pageShown()
{
    refresh();
}

bool SummaryPage::isComplete() const
{
    auto* w = templateWizard();
    if (!w || (w->controller() && w->controller()->isSubmitting())) {
        return false;
    }
    if (!w->controller() || !w->controller()->canSubmit()) {
        return false;
    }
    model::OnboardingTemplate t = w->onboardingTemplate();
    writeTo(t);
    return model::TemplateValidator::validate(t).isEmpty();
}

bool SummaryPage::validatePage()
{
    if (m_submitted) {
        return true;
    }
    auto* w = templateWizard();
    if (!w || !w->controller() || w->controller()->isSubmitting()) {
        return false;
    }
    m_ui->submitErrorGroup->hide();
    model::OnboardingTemplate t = w->onboardingTemplate();
    writeTo(t);
    w->controller()->submit(t);
    return false; // the controller's answer finishes the wizard (onSubmitted)
}

void SummaryPage::setSubmitting(bool submitting)
{
    m_ui->submitProgress->setVisible(submitting);
    m_ui->submitStatus->setText(submitting ? tr("Submitting…") : QString());
    m_ui->provisioningIdEdit->setReadOnly(submitting);
    emit completeChanged();
}

void SummaryPage::onSubmitted(const model::OnboardingTemplate& created)
{
    auto* w = templateWizard();
    m_submitted = true;
    m_ui->submitStatus->setText(tr("Template created."));
    if (w) {
        emit w->templateSubmitted(created);
        w->accept();
    }
}

void SummaryPage::onSubmitFailed(const api::ApiError& error)
{
    if (auto* w = templateWizard()) {
        model::OnboardingTemplate failed = w->onboardingTemplate();
        writeTo(failed);
        m_failedTemplate = failed;
    }
    m_ui->submitErrorText->setPlainText(error.toSupportText());
    m_ui->submitErrorGroup->show();
    m_ui->submitStatus->setText(tr("The template was not created. Correct the problem and submit again."));
}

void SummaryPage::refresh()
{
    auto* w = templateWizard();
    if (!w) {
        return;
    }
    model::OnboardingTemplate t = w->onboardingTemplate();
    writeTo(t);
    if (m_failedTemplate && *m_failedTemplate != t) {
        // The refusal was about the template as it was sent ("named … already exists"); it is gone with that state.
        m_failedTemplate.reset();
        m_ui->submitErrorGroup->hide();
        m_ui->submitErrorText->clear();
        m_ui->submitStatus->clear();
    }
    QLayout* sections = m_ui->summarySections;
    while (QLayoutItem* item = sections->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QLocale locale;
    QList<QLabel*> rowLabels;
    const bool sandbox = w->controller() && w->controller()->submitsToSandbox();
    for (const auto& group : jobs::TemplateSummary::groups(t, locale)) {
        if (group.section == jobs::TemplateSummary::Section::PartnerHub && sandbox) {
            continue; // issued by the sandbox on Submit
        }
        auto* box = new QGroupBox(group.title, m_ui->summaryContents);
        box->setObjectName(QStringLiteral("summary%1Group").arg(sectionKey(group.section)));
        auto* form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        for (const auto& row : group.rows) {
            auto* value = new QLabel(row.value, box);
            value->setObjectName(QStringLiteral("summaryValue_%1").arg(row.path));
            value->setWordWrap(true);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);
            value->setMinimumWidth(1); // a long unbroken ID must not widen the page
            value->setToolTip(row.value);
            auto* label = new QLabel(row.label + QLatin1Char(':'), box);
            label->setBuddy(value);
            rowLabels.append(label);
            form->addRow(label, value);
        }
        if (group.section != jobs::TemplateSummary::Section::PartnerHub) {
            auto* edit = new QPushButton(tr("Edit"), box);
            edit->setObjectName(QStringLiteral("edit%1Button").arg(sectionKey(group.section)));
            edit->setAccessibleName(tr("Edit %1").arg(group.title));
            edit->setIcon(QIcon(QStringLiteral(":/icons/open.svg")));
            edit->setCursor(Qt::PointingHandCursor);
            const auto section = group.section;
            connect(edit, &QPushButton::clicked, w, [w, section] { w->editSection(section); });
            auto* row = new QHBoxLayout;
            row->addStretch();
            row->addWidget(edit);
            form->addRow(row);
        }
        sections->addWidget(box);
    }
    // Every section is its own form; one label width lines their values up in a single column. A label longer than
    // a third of the page wraps instead of pushing the values aside.
    const int maxLabelWidth = qMax(m_ui->summaryScroll->viewport()->width() / 3, fontMetrics().averageCharWidth() * 24);
    int labelWidth = 0;
    for (const QLabel* label : std::as_const(rowLabels)) {
        labelWidth = qMax(labelWidth, qMin(label->sizeHint().width(), maxLabelWidth));
    }
    for (QLabel* label : std::as_const(rowLabels)) {
        if (label->sizeHint().width() > labelWidth) {
            label->setWordWrap(true);
            label->setFixedWidth(labelWidth);
        } else {
            label->setMinimumWidth(labelWidth);
        }
    }
    const QStringList problems = jobs::TemplateSummary::problems(t, locale);
    if (problems.isEmpty()) {
        m_ui->validationStatus->setText(QStringLiteral("<img src=\":/icons/ok.svg\" width=\"16\" height=\"16\"> %1")
                                            .arg(tr("All settings are valid.").toHtmlEscaped()));
    } else {
        QString html = QStringLiteral("<img src=\":/icons/error.svg\" width=\"16\" height=\"16\"> %1<ul>")
                           .arg(tr("Correct these settings before you submit:").toHtmlEscaped());
        for (const QString& problem : problems) {
            html += QStringLiteral("<li>%1</li>").arg(problem.toHtmlEscaped());
        }
        m_ui->validationStatus->setText(html + QStringLiteral("</ul>"));
    }
    if (w->controller() && !w->controller()->canSubmit()) {
        m_ui->submitStatus->setText(tr("Not connected: save the template as a draft and submit it later."));
    }
    emit completeChanged();
}

} // namespace onboarder::ui
