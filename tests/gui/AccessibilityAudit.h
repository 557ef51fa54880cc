#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPair>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QStringList>
#include <QTabBar>
#include <QTextEdit>
#include <QWidget>
#include <QWizard>

#include <functional>

namespace onboarder::guitest {

// Walks a widget tree and reports every focusable input a screen reader could not name: no accessible name of its
// own, and (for buttons) no text either. Also reports labels with a mnemonic but no buddy, whose Alt+key would lead
// nowhere, and two mnemonics that can be on screen at the same time (Alt+key then cycles between them instead of
// doing what it says). Hidden widgets count too, since they show up on another page or in another state.
class AccessibilityAudit
{
public:
    static QStringList problems(const QWidget* root)
    {
        QStringList found = mnemonicClashes(root);
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

    // Every mnemonic of the window (labels with a buddy, buttons, group boxes, tabs, menu titles and a wizard's own
    // buttons) against every other that can be shown with it: a page of a stacked widget or wizard is shown alone,
    // so its mnemonics clash only with its own and with those around the stack. Next counts on the pages that lead
    // on, Finish on the last ones, Back on all but the first.
    static QStringList mnemonicClashes(const QWidget* root)
    {
        QList<Mnemonic> all;
        const auto* wizard = qobject_cast<const QWizard*>(root);
        QList<const QWidget*> wizardButtons;
        if (wizard) {
            const QList<int> ids = wizard->pageIds();
            auto addButton = [&](QWizard::WizardButton which, const std::function<bool(int)>& onPage) {
                wizardButtons.append(wizard->button(which));
                const QKeySequence key = QKeySequence::mnemonic(wizard->buttonText(which));
                for (int id : ids) {
                    if (!key.isEmpty() && onPage(id)) {
                        all.append({ key,
                                     QStringLiteral("wizard button \"%1\"").arg(wizard->buttonText(which)),
                                     { { wizard, wizard->page(id) } } });
                    }
                }
            };
            auto always = [](int) { return true; };
            const auto last = [wizard](int id) { return wizard->page(id)->nextId() == -1; };
            addButton(QWizard::NextButton, [last](int id) { return !last(id); });
            addButton(QWizard::FinishButton, last);
            addButton(QWizard::BackButton, [wizard](int id) { return id != wizard->startId(); });
            addButton(QWizard::CancelButton, always);
            const QList<QPair<QWizard::WizardButton, QWizard::WizardOption>> custom {
                { QWizard::CustomButton1, QWizard::HaveCustomButton1 },
                { QWizard::CustomButton2, QWizard::HaveCustomButton2 },
                { QWizard::CustomButton3, QWizard::HaveCustomButton3 },
            };
            for (const auto& [which, option] : custom) {
                if (wizard->testOption(option)) {
                    addButton(which, always);
                }
            }
        }
        for (const QWidget* w : root->findChildren<QWidget*>()) {
            QString text;
            if (const auto* label = qobject_cast<const QLabel*>(w)) {
                if (label->buddy()) {
                    text = label->text();
                }
            } else if (const auto* button = qobject_cast<const QAbstractButton*>(w)) {
                // A wizard's own buttons were counted above, each on the pages where it shows.
                if (!wizardButtons.contains(w)
                    && !w->objectName().startsWith(QLatin1String("__qt__passive_wizardbutton"))) {
                    text = button->text();
                }
            } else if (const auto* box = qobject_cast<const QGroupBox*>(w)) {
                text = box->title();
            } else if (const auto* tabs = qobject_cast<const QTabBar*>(w)) {
                for (int i = 0; i < tabs->count(); ++i) {
                    add(all, tabs->tabText(i), QStringLiteral("tab"), w);
                }
                continue;
            } else if (const auto* menus = qobject_cast<const QMenuBar*>(w)) {
                for (const QAction* action : menus->actions()) {
                    add(all, action->text(), QStringLiteral("menu"), w);
                }
                continue;
            }
            add(all, text, QString::fromLatin1(w->metaObject()->className()), w);
        }
        QStringList found;
        for (int i = 0; i < all.size(); ++i) {
            for (int j = i + 1; j < all.size(); ++j) {
                if (all.at(i).key == all.at(j).key && shownTogether(all.at(i), all.at(j))) {
                    const QString clash = QStringLiteral("%1 in %2: %3 and %4")
                                              .arg(all.at(i).key.toString(QKeySequence::PortableText),
                                                   root->objectName(),
                                                   all.at(i).what,
                                                   all.at(j).what);
                    if (!found.contains(clash)) {
                        found << clash;
                    }
                }
            }
        }
        return found;
    }

private:
    // One mnemonic and where it is: for each stacked container around it, the page it is on.
    struct Mnemonic
    {
        QKeySequence key;
        QString what;
        QList<QPair<const QWidget*, const QWidget*>> pages;
    };

    static void add(QList<Mnemonic>& all, const QString& text, const QString& kind, const QWidget* w)
    {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (key.isEmpty()) {
            return;
        }
        Mnemonic m { key, QStringLiteral("%1 \"%2\" (%3)").arg(kind, text, describe(w)), {} };
        for (const QWidget* p = w; p && p->parentWidget(); p = p->parentWidget()) {
            if (qobject_cast<const QStackedWidget*>(p->parentWidget())) {
                m.pages.append({ p->parentWidget(), p });
            } else if (qobject_cast<const QWizardPage*>(p)) {
                m.pages.append({ p->window(), p });
            }
        }
        all.append(m);
    }

    static bool shownTogether(const Mnemonic& a, const Mnemonic& b)
    {
        for (const auto& [stack, page] : a.pages) {
            for (const auto& [otherStack, otherPage] : b.pages) {
                if (stack == otherStack && page != otherPage) {
                    return false;
                }
            }
        }
        return true;
    }

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
