#include "ui/wizards/customer/CustomerSummaryPage.h"

#include "ui_CustomerSummaryPage.h"

#include "jobs/import/SubscriberImportFile.h"
#include "ui/wizards/customer/CustomerSummary.h"
#include "ui/wizards/customer/CustomerWizard.h"
#include "ui/wizards/customer/CustomerWizardController.h"

#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QStandardPaths>
#include <QStyle>

namespace onboarder::ui {

namespace {
bool pathMatches(const QString& rowPath, const QString& errorPath)
{
    if (rowPath == errorPath) {
        return true;
    }
    if (!errorPath.startsWith(rowPath)) {
        return false;
    }
    const QChar next = errorPath.at(rowPath.size());
    return next == QLatin1Char('.') || next == QLatin1Char('[');
}

bool rowClaims(const QString& rowPath, const QString& errorPath)
{
    // Package quantities are shown with the packages; the headquarters' location errors with its rows.
    if (rowPath == QLatin1String("packages")
        && errorPath.startsWith(QLatin1String("provisioningParameters.packages.limits"))) {
        return true;
    }
    return pathMatches(rowPath, errorPath);
}

QString objectKey(const QString& path)
{
    QString key = path;
    key.replace(QLatin1Char('.'), QLatin1Char('_'));
    return key;
}
} // namespace

CustomerSummaryPage::CustomerSummaryPage(QWidget* parent)
    : CustomerWizardPage(parent)
    , m_ui(new Ui::CustomerSummaryPage)
{
    m_ui->setupUi(this);
    m_ui->summaryScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->precheckProgress->hide();
    m_ui->precheckErrorText->hide();
    m_ui->createAnywayCheck->hide();
    m_ui->copyPrecheckErrorButton->hide();
    m_ui->createErrorGroup->hide();
    m_ui->copyPrecheckErrorButton->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    m_ui->copyCreateErrorButton->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    m_ui->precheckButton->setIcon(QIcon(QStringLiteral(":/icons/refresh.svg")));
    connect(m_ui->precheckButton, &QPushButton::clicked, this, &CustomerSummaryPage::runPrecheck);
    connect(m_ui->createAnywayCheck, &QCheckBox::toggled, this, &CustomerSummaryPage::completeChanged);
    connect(m_ui->copyPrecheckErrorButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_ui->precheckErrorText->toPlainText());
        m_ui->createStatus->setText(tr("Error text copied."));
    });
    connect(m_ui->copyCreateErrorButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_ui->createErrorText->toPlainText());
        m_ui->createStatus->setText(tr("Error text copied."));
    });
    m_ui->browseUsersFileButton->setIcon(QIcon(QStringLiteral(":/icons/open.svg")));
    connect(m_ui->browseUsersFileButton, &QPushButton::clicked, this, &CustomerSummaryPage::browseUsersFile);
    // Read once the typing pauses, so a half-typed path is not called missing at every key; Create waits for it.
    m_usersFileCheck.setSingleShot(true);
    m_usersFileCheck.setInterval(300);
    connect(&m_usersFileCheck, &QTimer::timeout, this, [this] {
        checkUsersFile();
        emit completeChanged();
    });
    connect(m_ui->usersFileEdit, &QLineEdit::textChanged, this, [this] {
        if (usersFile().isEmpty()) {
            m_usersFileCheck.stop();
            checkUsersFile();
        } else {
            m_usersFileUsable = false;
            m_usersFileCheck.start();
        }
        emit completeChanged();
    });
    checkUsersFile();
}

CustomerSummaryPage::~CustomerSummaryPage() = default;

void CustomerSummaryPage::retranslate()
{
    m_ui->retranslateUi(this);
    checkUsersFile();
    refresh();
}

QString CustomerSummaryPage::usersFile() const
{
    return m_ui->usersFileEdit->text().trimmed();
}

void CustomerSummaryPage::browseUsersFile()
{
    const QString start = usersFile().isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                                : QFileInfo(usersFile()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Users to Add"), start, tr("Spreadsheet text (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty()) {
        m_ui->usersFileEdit->setText(QDir::toNativeSeparators(path));
    }
}

bool CustomerSummaryPage::checkUsersFile()
{
    const QString path = usersFile();
    auto say = [this](const QString& text, bool problem) {
        m_ui->usersFileHint->setText(text);
        m_ui->usersFileHint->setProperty("role", problem ? QStringLiteral("fieldError") : QStringLiteral("hint"));
        m_ui->usersFileHint->style()->unpolish(m_ui->usersFileHint);
        m_ui->usersFileHint->style()->polish(m_ui->usersFileHint);
        m_usersFileUsable = !problem;
        return !problem;
    };
    if (path.isEmpty()) {
        return say(tr("Optional. Once the customer is provisioned, Configure Customer opens with the users of this "
                      "file imported and checked; you add them there."),
                   false);
    }
    // The same reader and checks as Import from File in Configure Customer; rows are checked there again, with the
    // customer's locations and Webex.
    jobs::SubscriberImportFile::Options options;
    if (auto* w = customerWizard()) {
        options.defaultRegion = w->draft().customer.address.country;
    }
    options.acceptSuggestedPhoneNumbers = true;
    QString whyNot;
    const std::optional<jobs::SubscriberImportFile> imported
        = jobs::SubscriberImportFile::readFile(path, options, &whyNot);
    if (!imported) {
        return say(whyNot, true);
    }
    return say(tr("%n user(s) in %1. Once the customer is provisioned, Configure Customer opens with them imported "
                  "and checked; you add them there.",
                  nullptr,
                  static_cast<int>(imported->rows.size()))
                   .arg(QFileInfo(path).fileName()),
               false);
}

void CustomerSummaryPage::readFrom(const model::CustomerDraft&)
{
}

void CustomerSummaryPage::writeTo(model::CustomerDraft&) const
{
}

void CustomerSummaryPage::initializePage()
{
    auto* w = customerWizard();
    if (!w || m_connected) {
        return;
    }
    m_connected = true;
    if (CustomerWizardController* controller = w->controller()) {
        connect(
            controller, &CustomerWizardController::precheckFinished, this, &CustomerSummaryPage::onPrecheckFinished);
        connect(controller, &CustomerWizardController::busyChanged, this, &CustomerSummaryPage::onBusyChanged);
        connect(controller, &CustomerWizardController::created, this, &CustomerSummaryPage::onCreated);
        connect(controller, &CustomerWizardController::createFailed, this, &CustomerSummaryPage::onCreateFailed);
    }
    connect(w, &CustomerWizard::draftChanged, this, [this] {
        // Anything changed after a precheck makes it stale: check again before Create.
        if (auto* wizard = customerWizard(); wizard && wizard->controller() && wizard->currentPage() != this) {
            wizard->controller()->invalidatePrecheck();
        }
    });
}

void CustomerSummaryPage::pageShown()
{
    refresh();
    checkUsersFile(); // the file may have changed since
    // The only field of this page; Return in it never creates the customer.
    m_ui->usersFileEdit->setFocus();
    auto* w = customerWizard();
    if (w && w->controller() && !w->controller()->lastPrecheck()) {
        runPrecheck();
    }
}

void CustomerSummaryPage::runPrecheck()
{
    auto* w = customerWizard();
    if (!w || !w->controller()) {
        return;
    }
    // A new precheck is a new state: what the last create said belongs to the customer as it was then.
    m_ui->createAnywayCheck->setChecked(false);
    m_ui->createErrorGroup->hide();
    m_ui->createStatus->clear();
    w->controller()->precheck(w->draft().customer);
    refresh();
}

void CustomerSummaryPage::onBusyChanged(bool busy)
{
    m_ui->precheckProgress->setVisible(busy);
    m_ui->precheckButton->setEnabled(!busy);
    refresh(); // the precheck's line says what runs now, and only the create's line speaks of the create
}

void CustomerSummaryPage::onPrecheckFinished()
{
    refresh();
}

bool CustomerSummaryPage::isComplete() const
{
    auto* w = customerWizard();
    if (!w || !w->controller() || w->controller()->isBusy() || !w->controller()->isConnected()) {
        return false;
    }
    const auto outcome = w->controller()->lastPrecheck();
    if (!outcome || !w->draft().supportedLocationConfirmed || !m_usersFileUsable) {
        return false;
    }
    return outcome->isClean() || (outcome->canCreateAnyway() && m_ui->createAnywayCheck->isChecked());
}

bool CustomerSummaryPage::validatePage()
{
    if (m_created) {
        return true;
    }
    auto* w = customerWizard();
    if (!w || !w->controller() || w->controller()->isBusy()) {
        return false;
    }
    m_ui->createErrorGroup->hide();
    m_creating = true;
    m_ui->createStatus->setText(tr("Creating the customer…"));
    w->controller()->create(w->draft().customer);
    return false; // the controller's answer finishes the wizard (onCreated)
}

void CustomerSummaryPage::onCreated(const model::Customer& customer)
{
    m_creating = false;
    m_created = true;
    m_ui->createStatus->setText(tr("Customer created; provisioning has started."));
    if (auto* w = customerWizard()) {
        emit w->customerCreated(customer);
        if (!usersFile().isEmpty()) {
            emit w->usersToAddChosen(customer.id, QFileInfo(usersFile()).absoluteFilePath());
        }
        w->accept();
    }
}

void CustomerSummaryPage::onCreateFailed(const api::ApiError& error)
{
    m_creating = false;
    m_ui->createErrorText->setPlainText(error.toSupportText());
    m_ui->createErrorGroup->show();
    m_ui->createStatus->setText(tr("The customer was not created. Correct the problem and create it again."));
    refresh();
}

void CustomerSummaryPage::refresh()
{
    auto* w = customerWizard();
    if (!w) {
        return;
    }
    const model::CustomerDraft draft = w->draft();
    const auto outcome = w->controller() ? w->controller()->lastPrecheck() : std::nullopt;
    model::FieldErrors findings;
    if (outcome) {
        findings = outcome->localErrors + outcome->apiFieldErrors;
    }
    QSet<int> claimed;

    QLayout* sections = m_ui->summarySections;
    while (QLayoutItem* item = sections->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QLocale locale;
    for (const CustomerSummary::Section& section : CustomerSummary::sections(draft, locale)) {
        auto* box = new QGroupBox(section.title, m_ui->summaryContents);
        box->setObjectName(QStringLiteral("summarySection%1").arg(section.pageId));
        auto* form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        QStringList shownPaths;
        for (const CustomerSummary::Row& row : section.rows) {
            auto* value = new QLabel(row.value, box);
            value->setObjectName(QStringLiteral("summaryValue_%1").arg(objectKey(row.path)));
            value->setWordWrap(true);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);
            value->setMinimumWidth(1);
            auto* label = new QLabel(row.label + QLatin1Char(':'), box);
            label->setBuddy(value);
            form->addRow(label, value);
            if (!row.note.isEmpty()) {
                auto* note = new QLabel(row.note, box);
                note->setObjectName(QStringLiteral("summaryNote_%1").arg(objectKey(row.path)));
                note->setWordWrap(true);
                note->setProperty("role", QStringLiteral("hint"));
                form->addRow(QString(), note);
            }
            if (shownPaths.contains(row.path)) {
                continue; // several package rows share one result
            }
            shownPaths.append(row.path);
            QStringList messages;
            for (int i = 0; i < findings.size(); ++i) {
                if (rowClaims(row.path, findings.at(i).path)) {
                    claimed.insert(i);
                    if (!messages.contains(findings.at(i).message)) {
                        messages.append(findings.at(i).message);
                    }
                }
            }
            if (!messages.isEmpty()) {
                auto* result = new QLabel(messages.join(QLatin1Char('\n')), box);
                result->setObjectName(QStringLiteral("precheckResult_%1").arg(objectKey(row.path)));
                result->setWordWrap(true);
                result->setProperty("role", QStringLiteral("fieldError"));
                form->addRow(QString(), result);
            }
        }
        auto* edit = new QPushButton(tr("Edit"), box);
        edit->setObjectName(QStringLiteral("editPage%1Button").arg(section.pageId));
        edit->setAccessibleName(tr("Edit %1").arg(section.title));
        edit->setIcon(QIcon(QStringLiteral(":/icons/open.svg")));
        const int pageId = section.pageId;
        connect(edit, &QPushButton::clicked, w, [w, pageId] { w->editPage(pageId); });
        auto* buttonRow = new QHBoxLayout;
        buttonRow->addStretch();
        buttonRow->addWidget(edit);
        form->addRow(buttonRow);
        sections->addWidget(box);
    }

    // The precheck's verdict as a whole, with whatever no row claimed.
    QStringList unclaimed;
    for (int i = 0; i < findings.size(); ++i) {
        if (!claimed.contains(i)) {
            unclaimed.append(findings.at(i).message);
        }
    }
    const bool busy = w->controller() && w->controller()->isBusy();
    m_ui->precheckErrorText->hide();
    m_ui->copyPrecheckErrorButton->hide();
    m_ui->createAnywayCheck->hide();
    auto line = [](const char* icon, const QString& text) {
        return QStringLiteral("<img src=\":/icons/%1.svg\" width=\"16\" height=\"16\"> %2")
            .arg(QLatin1String(icon), text.toHtmlEscaped());
    };
    QString status;
    if (!w->controller() || !w->controller()->isConnected()) {
        status = line("warning", tr("Not connected: save the customer as a draft and create it later."));
    } else if (busy && !m_creating) {
        status = tr("Running the precheck…");
    } else if (!outcome) {
        status = tr("The precheck has not run yet.");
    } else if (!outcome->localErrors.isEmpty()) {
        status = line("error", tr("Correct the fields marked below; nothing was sent."));
    } else if (outcome->isClean()) {
        QString text = tr("Precheck passed: Webex accepts this customer.");
        for (const auto& info : outcome->result->info) {
            if (!info.description.isEmpty()) {
                text = tr("Precheck passed: %1 (%2)").arg(info.description, info.infoCode);
            }
        }
        status = line("ok", text);
    } else if (outcome->error) {
        status = line("error", tr("The precheck found problems: %1").arg(outcome->error->message));
        m_ui->precheckErrorText->setPlainText(outcome->error->toSupportText());
        m_ui->precheckErrorText->show();
        m_ui->copyPrecheckErrorButton->show();
        m_ui->createAnywayCheck->setVisible(outcome->canCreateAnyway());
    }
    if (!unclaimed.isEmpty() && outcome && !outcome->localErrors.isEmpty()) {
        status += QStringLiteral("<ul>");
        for (const QString& message : unclaimed) {
            status += QStringLiteral("<li>%1</li>").arg(message.toHtmlEscaped());
        }
        status += QStringLiteral("</ul>");
    }
    if (!draft.supportedLocationConfirmed) {
        status += QStringLiteral("<br>") + line("error", tr("Confirm the customer's location on step 1."));
    }
    m_ui->precheckStatus->setText(status);
    emit completeChanged();
}

} // namespace onboarder::ui
