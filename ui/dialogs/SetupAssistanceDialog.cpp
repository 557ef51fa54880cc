#include "ui/dialogs/SetupAssistanceDialog.h"

#include "ui_SetupAssistanceDialog.h"

#include "ui/export/SummaryExporter.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>

namespace onboarder::ui {

SetupAssistanceDialog::SetupAssistanceDialog(const jobs::SetupAssistanceRequest::Input& input, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::SetupAssistanceDialog)
    , m_input(input)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("setupAssistanceDialog"));
    resize(820, 680);
    m_ui->partnerNameEdit->setText(input.partnerName);
    m_ui->contactNameEdit->setText(input.contactName);
    m_ui->contactEmailEdit->setText(input.contactEmail);
    m_ui->notesEdit->setPlainText(input.notes);
    m_ui->notesEdit->setTabChangesFocus(true);
    m_ui->setupAssistanceProblems->setStyleSheet(QStringLiteral("color: #b00020;"));
    // The preview takes the spare height, not the gaps between the fields.
    m_ui->setupAssistanceLayout->setStretchFactor(m_ui->requestPreview, 1);
    for (QLineEdit* edit : { m_ui->partnerNameEdit, m_ui->contactNameEdit, m_ui->contactEmailEdit }) {
        connect(edit, &QLineEdit::textChanged, this, &SetupAssistanceDialog::refresh);
    }
    connect(m_ui->notesEdit, &QPlainTextEdit::textChanged, this, &SetupAssistanceDialog::refresh);
    connect(m_ui->saveRequestButton, &QPushButton::clicked, this, &SetupAssistanceDialog::save);
    connect(m_ui->copyRequestButton, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(jobs::SetupAssistanceRequest::toMarkdown(this->input()));
        m_ui->setupAssistanceStatus->setText(tr("Copied as Markdown."));
    });
    connect(m_ui->closeSetupAssistanceButton, &QPushButton::clicked, this, &QDialog::accept);
    refresh();
}

SetupAssistanceDialog::~SetupAssistanceDialog() = default;

void SetupAssistanceDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        refresh();
    }
    QDialog::changeEvent(event);
}

void SetupAssistanceDialog::setSaveFileAnswer(std::function<QString()> answer)
{
    m_saveAnswer = std::move(answer);
}

jobs::SetupAssistanceRequest::Input SetupAssistanceDialog::input() const
{
    jobs::SetupAssistanceRequest::Input in = m_input;
    in.partnerName = m_ui->partnerNameEdit->text().trimmed();
    in.contactName = m_ui->contactNameEdit->text().trimmed();
    in.contactEmail = m_ui->contactEmailEdit->text().trimmed();
    in.notes = m_ui->notesEdit->toPlainText();
    in.locale = QLocale();
    return in;
}

void SetupAssistanceDialog::refresh()
{
    using Request = jobs::SetupAssistanceRequest;
    const Request::Input in = input();
    QStringList tiers;
    for (const Request::Location& location : in.locations) {
        tiers.append(tr("%1: %n user(s), %2", nullptr, location.userCount)
                         .arg(location.name, Request::tierName(Request::tierFor(location.userCount))));
    }
    m_ui->tierSummary->setText(tiers.isEmpty() ? tr("The customer has no locations yet.")
                                               : tr("Tier per location (Express up to %1 users, Standard above): %2")
                                                     .arg(Request::kExpressMaxUsers)
                                                     .arg(tiers.join(QStringLiteral("; "))));
    const QStringList problems = Request::problems(in);
    m_ui->setupAssistanceProblems->setText(problems.join(QLatin1Char('\n')));
    m_ui->setupAssistanceProblems->setVisible(!problems.isEmpty());
    m_ui->requestPreview->setHtml(Request::toHtml(in));
}

bool SetupAssistanceDialog::exportTo(const QString& filePath, QString* errorMessage) const
{
    return SummaryExporter::exportTo(SummaryExporter::setupAssistance(input()), filePath, errorMessage);
}

void SetupAssistanceDialog::save()
{
    QString path;
    if (m_saveAnswer) {
        path = m_saveAnswer();
    } else {
        path = QFileDialog::getSaveFileName(this,
                                            tr("Save Setup Assist Request"),
                                            tr("setup-assist-%1.pdf").arg(m_input.externalId),
                                            SummaryExporter::fileDialogFilter());
    }
    if (path.isEmpty()) {
        return;
    }
    QString error;
    m_ui->setupAssistanceStatus->setText(exportTo(path, &error) ? tr("Saved to %1.").arg(QFileInfo(path).fileName())
                                                                : tr("Could not save: %1").arg(error));
}

} // namespace onboarder::ui
