#include "ui/configure/ApiErrorPanel.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace onboarder::ui {

ApiErrorPanel::ApiErrorPanel(QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_copyButton(new QPushButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("onboarder--ui--ApiErrorPanel { background: #fdecee; border: 1px solid #e3a3ab; }"));
    m_label->setObjectName(QStringLiteral("errorText"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copyButton->setObjectName(QStringLiteral("copyErrorButton"));
    m_copyButton->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_copyButton, 0, Qt::AlignTop);
    connect(m_copyButton, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_text); });
    retranslateUi();
    hide();
}

void ApiErrorPanel::retranslateUi()
{
    m_copyButton->setText(tr("Copy error text"));
    m_copyButton->setAccessibleName(tr("Copy error text"));
    m_label->setAccessibleName(tr("Error details"));
}

void ApiErrorPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QFrame::changeEvent(event);
}

void ApiErrorPanel::showError(const QString& what, const api::ApiError& error)
{
    m_text = what + QLatin1Char('\n') + error.toSupportText();
    m_label->setText(m_text);
    show();
}

void ApiErrorPanel::clearError()
{
    m_text.clear();
    m_label->clear();
    hide();
}

QString ApiErrorPanel::text() const
{
    return m_text;
}

} // namespace onboarder::ui
