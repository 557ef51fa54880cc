#include "ui/widgets/AltLetterGuard.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace onboarder::ui {

AltLetterGuard::AltLetterGuard(QObject* parent)
    : QObject(parent)
{
}

void AltLetterGuard::install()
{
    if (!qApp || qApp->findChild<AltLetterGuard*>(QString(), Qt::FindDirectChildrenOnly)) {
        return;
    }
    qApp->installEventFilter(new AltLetterGuard(qApp));
}

bool AltLetterGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress) {
        return false;
    }
    const auto* key = static_cast<QKeyEvent*>(event);
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
    if (modifiers != Qt::AltModifier || key->text().isEmpty() || !key->text().at(0).isPrint()) {
        return false;
    }
    // Only text fields: elsewhere an unclaimed Alt+letter does nothing anyway.
    return qobject_cast<QLineEdit*>(watched) || qobject_cast<QTextEdit*>(watched)
        || qobject_cast<QPlainTextEdit*>(watched) || qobject_cast<QAbstractSpinBox*>(watched);
}

} // namespace onboarder::ui
