#include "ui/import/CustomerImportDialog.h"

#include "ui_CustomerImportDialog.h"

#include "api/WholesaleClient.h"
#include "jobs/TemplateLibrary.h"
#include "jobs/import/CustomerBatchReport.h"
#include "jobs/import/ImportReport.h"
#include "ui/import/CustomerBatchModel.h"
#include "ui/import/ProblemsOnlyFilter.h"

#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>

namespace onboarder::ui {

using jobs::CustomerBatchRun;
using jobs::ImportOutcome;

CustomerImportDialog::CustomerImportDialog(api::WholesaleClient* client, const QString& profile, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CustomerImportDialog>())
    , m_client(client)
    , m_profile(profile)
    , m_model(new CustomerBatchModel(this))
    , m_filter(new ProblemsOnlyFilter(CustomerBatchModel::HasProblemRole, this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("customerImportDialog"));
    // The summary has room for three lines from the start, so a longer message never pushes the table down.
    m_ui->summaryLabel->setMinimumHeight(m_ui->summaryLabel->fontMetrics().lineSpacing() * 3);
    m_ui->summaryLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_filter->setSourceModel(m_model);
    m_ui->previewTable->setModel(m_filter);
    m_ui->previewTable->verticalHeader()->hide();
    QHeaderView* header = m_ui->previewTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CustomerBatchModel::DetailsColumn, QHeaderView::Stretch);
    // Return in a file field checks the files; it never starts the import (the commit step is a named button).
    for (QPushButton* button : findChildren<QPushButton*>()) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    connect(m_ui->customersFileEdit, &QLineEdit::editingFinished, this, [this] { check(); });
    connect(m_ui->usersFileEdit, &QLineEdit::editingFinished, this, [this] { check(); });
    connect(m_ui->customersFileButton, &QPushButton::clicked, this, [this] { browse(false); });
    connect(m_ui->usersFileButton, &QPushButton::clicked, this, [this] { browse(true); });
    connect(m_ui->customersTemplateButton, &QPushButton::clicked, this, [this] { saveTemplate(false); });
    connect(m_ui->usersTemplateButton, &QPushButton::clicked, this, [this] { saveTemplate(true); });
    connect(m_ui->problemsOnlyCheck, &QCheckBox::toggled, m_filter, &ProblemsOnlyFilter::setProblemsOnly);
    connect(m_ui->startButton, &QPushButton::clicked, this, &CustomerImportDialog::startImport);
    connect(m_ui->stopButton, &QPushButton::clicked, this, &CustomerImportDialog::stopImport);
    connect(m_ui->retryFailedButton, &QPushButton::clicked, this, [this] {
        m_checkedFiles.clear();
        m_startWhenPrepared = true;
        check(true);
    });
    connect(m_ui->exportReportButton, &QPushButton::clicked, this, &CustomerImportDialog::exportReport);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::close);
    m_stopQuestion = [this] {
        return QMessageBox::question(this,
                                     tr("Stop the Import?"),
                                     tr("Customers are still being imported. Stop now? Requests on their way are "
                                        "recorded; importing the same files again continues where it stopped, "
                                        "without creating anything twice."),
                                     QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No)
            == QMessageBox::Yes;
    };
    resize(980, 560);
    retranslate();
    updateState();
}

CustomerImportDialog::~CustomerImportDialog() = default;

void CustomerImportDialog::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->customersTemplateButton->setToolTip(tr("Save a customers file to fill in, with its columns and examples"));
    m_ui->usersTemplateButton->setToolTip(tr("Save a users file to fill in, each user naming its customer"));
    m_ui->startButton->setToolTip(tr("Create the customers that passed the checks, then add their users"));
}

void CustomerImportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateState();
    }
    QDialog::changeEvent(event);
}

void CustomerImportDialog::setStopQuestion(std::function<bool()> answer)
{
    m_stopQuestion = std::move(answer);
}

void CustomerImportDialog::setFiles(const QString& customersPath, const QString& usersPath)
{
    m_ui->customersFileEdit->setText(customersPath);
    m_ui->usersFileEdit->setText(usersPath);
    check();
}

const CustomerBatchRun* CustomerImportDialog::run() const
{
    return m_run;
}

QString CustomerImportDialog::summaryText() const
{
    return m_ui->summaryLabel->text();
}

void CustomerImportDialog::browse(bool users)
{
    QLineEdit* edit = users ? m_ui->usersFileEdit : m_ui->customersFileEdit;
    const QString path
        = QFileDialog::getOpenFileName(this,
                                       users ? tr("Choose the Users File") : tr("Choose the Customers File"),
                                       edit->text(),
                                       tr("CSV or TSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty()) {
        edit->setText(path);
        check();
    }
}

void CustomerImportDialog::saveTemplate(bool users)
{
    const QString resource = users ? QStringLiteral(":/import-templates/customers-users.csv")
                                   : QStringLiteral(":/import-templates/customers.csv");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Template"), QFileInfo(resource).fileName(), tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    QFile file(resource);
    QString error;
    if (!file.open(QIODevice::ReadOnly) || !jobs::ImportReport::saveAtomically(path, file.readAll(), &error)) {
        QMessageBox::warning(this, tr("Template Not Saved"), error.isEmpty() ? file.errorString() : error);
    }
}

QByteArray CustomerImportDialog::readFile(const QString& path, QString* error) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    return file.readAll();
}

void CustomerImportDialog::check(bool retryFailed)
{
    const QString customersPath = m_ui->customersFileEdit->text().trimmed();
    const QString usersPath = m_ui->usersFileEdit->text().trimmed();
    const QString files = customersPath + QLatin1Char('\n') + usersPath;
    if (customersPath.isEmpty() || files == m_checkedFiles
        || (m_run && m_run->phase() == CustomerBatchRun::Phase::Running)) {
        return;
    }
    m_checkedFiles = files;
    m_announced.clear();
    QString error;
    const QByteArray customers = readFile(customersPath, &error);
    QByteArray users;
    if (error.isEmpty() && !usersPath.isEmpty()) {
        users = readFile(usersPath, &error);
    }
    if (m_run) {
        m_model->setRun(nullptr);
        m_run->deleteLater();
    }
    if (!error.isEmpty()) {
        m_message = error;
        updateState();
        return;
    }
    m_run = new CustomerBatchRun(m_client, this);
    CustomerBatchRun::Options options;
    // The same files continue their journal: what was sent is never sent again, whatever stopped the last run.
    options.resume = true;
    options.retryFailed = retryFailed;
    options.scope = m_profile;
    jobs::TemplateLibrary library(jobs::TemplateLibrary::defaultFilePath());
    if (library.load()) {
        for (const model::OnboardingTemplate& t : library.templates()) {
            if (!t.provisioningId.isEmpty()) {
                options.templates.append({ t.name, t.provisioningId, t.countryCode });
            }
        }
    }
    m_run->setOptions(options);
    // First, so that its rows are current when this window's slots read them.
    m_model->setRun(m_run);
    connect(m_run, &CustomerBatchRun::prepared, this, &CustomerImportDialog::onPrepared);
    connect(m_run, &CustomerBatchRun::customerChanged, this, &CustomerImportDialog::onCustomerChanged);
    connect(m_run, &CustomerBatchRun::finished, this, &CustomerImportDialog::onFinished);
    connect(m_run, &CustomerBatchRun::failed, this, [this](auto, const QString& message) { onFailed(message); });
    connect(m_run, &CustomerBatchRun::checkProgress, this, [this](int done, int total) {
        m_ui->progressBar->setMaximum(std::max(1, total));
        m_ui->progressBar->setValue(done);
    });
    m_message = tr("Checking the files and each customer with the API…");
    m_run->prepare(customers,
                   QFileInfo(customersPath).fileName(),
                   users,
                   CustomerBatchRun::defaultJournalPath(customers, users, m_profile));
    updateState();
}

void CustomerImportDialog::onPrepared()
{
    m_model->reload();
    const auto outcomes = m_run->customerOutcomes();
    const int users = static_cast<int>(m_run->users().rows.size());
    const int problems = m_model->problemCount();
    int provisioned = 0;
    for (const auto& o : outcomes) {
        provisioned += o.outcome == ImportOutcome::Kind::Provisioned ? 1 : 0;
    }
    QStringList parts;
    parts.append(tr("%n customer(s)", nullptr, int(outcomes.size())) + QStringLiteral(", ")
                 + tr("%n user(s)", nullptr, users) + QLatin1Char('.'));
    if (provisioned > 0) {
        parts.append(tr("These files were imported before: %n customer(s) are created already and are not sent "
                        "again.",
                        nullptr,
                        provisioned));
    }
    if (problems > 0) {
        parts.append(tr("%n customer(s) have problems (see the last column); they and their users' rows with "
                        "problems are left out.",
                        nullptr,
                        problems));
    } else {
        parts.append(tr("Everything passed the checks."));
    }
    const QString orphans = usersWithoutCustomerText();
    if (!orphans.isEmpty()) {
        parts.append(orphans);
    }
    m_message = parts.join(QLatin1Char(' '));
    m_ui->problemsOnlyCheck->setEnabled(problems > 0);
    m_ui->progressBar->setValue(m_ui->progressBar->maximum());
    updateState();
    emit checked();
    if (m_startWhenPrepared) {
        m_startWhenPrepared = false;
        startImport();
    }
}

void CustomerImportDialog::onCustomerChanged(int index)
{
    if (!m_run || m_run->phase() != CustomerBatchRun::Phase::Running) {
        return;
    }
    const auto outcome = m_run->customerOutcome(index);
    if (outcome.outcome == ImportOutcome::Kind::Provisioned && !m_announced.contains(index)) {
        m_announced.insert(index);
        model::Customer created = m_run->customers().rows.at(index).customer;
        created.id = outcome.customerId;
        created.status = model::CustomerStatus::fromWire(outcome.status);
        emit customerCreated(created);
    }
    // The model has this customer's row up to date already (it follows the run before this window does).
    m_ui->progressBar->setMaximum(std::max(1, m_model->rowCount()));
    m_ui->progressBar->setValue(m_model->settledCount());
}

void CustomerImportDialog::onFinished(bool cancelled)
{
    m_model->reload();
    int customersDone = 0;
    int usersDone = 0;
    const auto customers = m_run->customerOutcomes();
    const auto users = m_run->userOutcomes();
    for (const auto& c : customers) {
        customersDone += c.outcome == ImportOutcome::Kind::Provisioned
                && (c.status == QLatin1String("provisioned") || c.status == QLatin1String("provisioned_with_errors"))
            ? 1
            : 0;
    }
    for (const auto& u : users) {
        usersDone += u.row.outcome == ImportOutcome::Kind::Provisioned ? 1 : 0;
    }
    m_message = tr("%1 of %2 customers provisioned; %3 of %4 users added.")
                    .arg(customersDone)
                    .arg(customers.size())
                    .arg(usersDone)
                    .arg(users.size());
    const QString orphans = usersWithoutCustomerText();
    if (!orphans.isEmpty()) {
        m_message += QLatin1Char(' ') + orphans;
    }
    if (cancelled) {
        m_message += QLatin1Char(' ') + tr("Stopped: import the same files again to continue.");
    }
    // Every customer was dealt with, sent or not: the bar is full unless the run was stopped.
    m_ui->progressBar->setMaximum(std::max(1, int(customers.size())));
    m_ui->progressBar->setValue(cancelled ? m_ui->progressBar->value() : m_ui->progressBar->maximum());
    updateState();
    emit importFinished();
}

void CustomerImportDialog::onFailed(const QString& message)
{
    m_message = message;
    m_model->reload();
    updateState();
    emit checked();
    emit importFinished();
}

QString CustomerImportDialog::usersWithoutCustomerText() const
{
    // Rows of the users file that no customer row shows: they name no customer of the file, or none at all.
    QSet<QString> customers;
    for (const auto& row : m_run->customers().rows) {
        customers.insert(row.customer.externalId.toCaseFolded());
    }
    QStringList lines;
    for (const auto& row : m_run->users().rows) {
        if (!customers.contains(row.externalId.toCaseFolded())) {
            lines.append(QString::number(row.line));
        }
    }
    if (lines.isEmpty()) {
        return {};
    }
    return tr("%n row(s) of the users file name no customer of the customers file and are left out (line %1).",
              nullptr,
              int(lines.size()))
        .arg(lines.mid(0, 10).join(QStringLiteral(", ")) + (lines.size() > 10 ? QStringLiteral(", …") : QString()));
}

void CustomerImportDialog::startImport()
{
    if (!m_run || m_run->phase() != CustomerBatchRun::Phase::Prepared) {
        return;
    }
    m_message = tr("Importing: each customer is created, followed until it is provisioned, then gets its users.");
    m_run->start();
    updateState();
}

void CustomerImportDialog::stopImport()
{
    if (m_run) {
        m_run->cancel();
        m_message = tr("Stopping: the requests on their way are being recorded…");
        updateState();
    }
}

void CustomerImportDialog::exportReport()
{
    if (!m_run) {
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Report"), tr("customers-import-report.csv"), tr("CSV files (*.csv);;JSON files (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!jobs::CustomerBatchReport::write(path, *m_run, &error)) {
        QMessageBox::warning(this, tr("Report Not Saved"), error);
    }
}

void CustomerImportDialog::updateState()
{
    const auto phase = m_run ? m_run->phase() : CustomerBatchRun::Phase::Idle;
    const bool running = phase == CustomerBatchRun::Phase::Running;
    const bool checking = phase == CustomerBatchRun::Phase::Preparing;
    bool sendable = false;
    bool failed = false;
    if (m_run && (phase == CustomerBatchRun::Phase::Prepared || phase == CustomerBatchRun::Phase::Finished)) {
        for (const auto& o : m_run->customerOutcomes()) {
            sendable = sendable || o.outcome == ImportOutcome::Kind::Pending
                || o.outcome == ImportOutcome::Kind::Unknown
                || (o.outcome == ImportOutcome::Kind::Provisioned && o.usersProvisioned < o.users);
            failed = failed || o.outcome == ImportOutcome::Kind::Failed || o.outcome == ImportOutcome::Kind::Unknown
                || o.usersNotProvisioned > 0;
        }
    }
    m_ui->startButton->setEnabled(phase == CustomerBatchRun::Phase::Prepared && sendable);
    m_ui->stopButton->setEnabled(running);
    m_ui->retryFailedButton->setEnabled(phase == CustomerBatchRun::Phase::Finished && failed);
    m_ui->exportReportButton->setEnabled(m_run && !checking && !m_run->customers().rows.isEmpty());
    m_ui->customersFileEdit->setReadOnly(running);
    m_ui->usersFileEdit->setReadOnly(running);
    m_ui->customersFileButton->setEnabled(!running);
    m_ui->usersFileButton->setEnabled(!running);
    m_ui->progressBar->setVisible(checking || running || phase == CustomerBatchRun::Phase::Finished);
    m_ui->summaryLabel->setText(m_message);
}

bool CustomerImportDialog::stopBeforeClosing()
{
    if (!m_run || m_run->phase() != CustomerBatchRun::Phase::Running || m_stopConfirmed) {
        return true;
    }
    if (!m_stopQuestion()) {
        return false;
    }
    m_stopConfirmed = true;
    m_run->cancel();
    return true;
}

void CustomerImportDialog::reject()
{
    if (stopBeforeClosing()) {
        QDialog::reject();
    }
}

void CustomerImportDialog::closeEvent(QCloseEvent* event)
{
    if (!stopBeforeClosing()) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

} // namespace onboarder::ui
