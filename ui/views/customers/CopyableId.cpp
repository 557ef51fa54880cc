#include "ui/views/customers/CopyableId.h"

#include <QClipboard>
#include <QEvent>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace onboarder::ui {

CopyableId::CopyableId(QLabel* label, QFormLayout* form, const QString& buttonName)
    : QObject(label)
    , m_label(label)
    , m_button(new QToolButton)
{
    int row = -1;
    QFormLayout::ItemRole role = QFormLayout::FieldRole;
    form->getWidgetPosition(label, &row, &role);
    auto* field = new QWidget;
    auto* layout = new QHBoxLayout(field);
    layout->setContentsMargins(0, 0, 0, 0);
    form->removeWidget(label);
    form->setWidget(row, role, field);
    layout->addWidget(label, 1);
    layout->addWidget(m_button);
    m_button->setObjectName(buttonName);
    m_button->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    m_button->setAutoRaise(true);
    // Elided text must not be selected and copied by hand: the button copies the whole ID.
    m_label->setTextInteractionFlags(Qt::NoTextInteraction);
    m_label->setWordWrap(false);
    m_label->setMinimumWidth(1);
    m_label->installEventFilter(this);
    connect(m_button, &QToolButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_id);
        emit copied(m_id);
    });
    retranslate();
}

void CopyableId::setId(const QString& id, const QString& shownWhenEmpty)
{
    m_id = id;
    m_empty = shownWhenEmpty;
    m_label->setToolTip(id);
    m_button->setEnabled(!id.isEmpty());
    elide();
}

QString CopyableId::id() const
{
    return m_id;
}

QToolButton* CopyableId::copyButton() const
{
    return m_button;
}

void CopyableId::retranslate()
{
    const QString text = tr("Copy %1").arg(m_label->accessibleName());
    m_button->setToolTip(text);
    m_button->setAccessibleName(text);
}

bool CopyableId::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_label && (event->type() == QEvent::Resize || event->type() == QEvent::FontChange)) {
        elide();
    }
    return QObject::eventFilter(watched, event);
}

void CopyableId::elide()
{
    const QString text = m_id.isEmpty() ? m_empty : m_id;
    const QString shown = m_label->fontMetrics().elidedText(text, Qt::ElideMiddle, qMax(1, m_label->width()));
    if (shown != m_label->text()) {
        m_label->setText(shown);
    }
}

} // namespace onboarder::ui
