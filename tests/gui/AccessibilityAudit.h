#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStringList>
#include <QTabBar>
#include <QTextEdit>
#include <QWidget>

namespace onboarder::guitest {

// Walks a widget tree and reports every focusable input a screen reader could not name: no accessible name of its
// own, and (for buttons) no text either. Also reports labels with a mnemonic but no buddy, whose Alt+key would lead
// nowhere. Hidden widgets count too, since they show up on another page or in another state.
class AccessibilityAudit
{
public:
    static QStringList problems(const QWidget* root)
    {
        QStringList found;
        QList<const QWidget*> widgets { root };
        for (const QWidget* w : root->findChildren<QWidget*>()) {
            widgets.append(w);
        }
        for (const QWidget* w : std::as_const(widgets)) {
            if (const auto* label = qobject_cast<const QLabel*>(w)) {
                if (hasMnemonic(label->text()) && !label->buddy()) {
                    found << describe(w) + QStringLiteral(": label with a mnemonic but no buddy");
                }
                continue;
            }
            if (w->focusPolicy() == Qt::NoFocus || !isInput(w) || insideComboBox(w)) {
                continue;
            }
            // A combo box's own line edit or a spin box's editor is named through its owner.
            if (qobject_cast<const QLineEdit*>(w)
                && (qobject_cast<const QComboBox*>(w->parentWidget())
                    || qobject_cast<const QAbstractSpinBox*>(w->parentWidget()))
                && !w->parentWidget()->accessibleName().isEmpty()) {
                continue;
            }
            if (!w->accessibleName().trimmed().isEmpty()) {
                continue;
            }
            if (const auto* button = qobject_cast<const QAbstractButton*>(w)) {
                if (!button->text().remove(QLatin1Char('&')).trimmed().isEmpty()) {
                    continue; // a button is named by its text
                }
            }
            if (qobject_cast<const QTabBar*>(w)) {
                continue; // named by its tabs' titles
            }
            found << describe(w) + QStringLiteral(": focusable input without an accessible name");
        }
        return found;
    }

private:
    static bool isInput(const QWidget* w)
    {
        return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QLineEdit*>(w)
            || qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w)
            || qobject_cast<const QPlainTextEdit*>(w) || qobject_cast<const QTextEdit*>(w)
            || qobject_cast<const QAbstractItemView*>(w);
    }
    // A combo box's popup list is part of the combo box, which carries the name.
    static bool insideComboBox(const QWidget* w)
    {
        for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget()) {
            if (qobject_cast<const QComboBox*>(p)) {
                return true;
            }
        }
        return false;
    }
    static bool hasMnemonic(const QString& text)
    {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) == QLatin1Char('&')) {
                if (text.at(i + 1) == QLatin1Char('&')) {
                    ++i;
                    continue;
                }
                return !text.at(i + 1).isSpace();
            }
        }
        return false;
    }
    static QString describe(const QWidget* w)
    {
        QString path = QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ')
            + (w->objectName().isEmpty() ? QStringLiteral("(no objectName)") : w->objectName());
        for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget()) {
            if (!p->objectName().isEmpty()) {
                return path + QStringLiteral(" in ") + p->objectName();
            }
        }
        return path;
    }
};

} // namespace onboarder::guitest
