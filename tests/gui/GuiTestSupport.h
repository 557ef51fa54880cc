#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QTest>
#include <QWidget>

namespace onboarder::guitest {

// Finds a named child or fails the calling test with the name.
template <typename T>
T* child(QWidget* parent, const char* name)
{
    T* widget = parent->findChild<T*>(QString::fromLatin1(name));
    if (!widget) {
        qWarning("no widget named %s", name);
    }
    return widget;
}

// Pages that just became visible lay themselves out through posted events; let that happen before clicking.
inline void settle()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

inline void click(QAbstractButton* button)
{
    QVERIFY(button);
    settle();
    QVERIFY2(button->isEnabled(), qPrintable(button->objectName() + QStringLiteral(" is disabled")));
    // Near the left edge: check boxes and radio buttons react only on their indicator and text, not their full width.
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(qMin(8, button->width() / 2), button->height() / 2));
}

// Chooses a combo box entry by typing its beginning, as a keyboard user would.
inline void typeIntoCombo(QComboBox* combo, const QString& text)
{
    QVERIFY(combo);
    settle();
    // A combo box keeps adding keys to its search for a moment; start a fresh search.
    QTest::qWait(QApplication::keyboardInputInterval() + 50);
    combo->setFocus();
    QTest::keyClicks(combo, text);
}

inline bool errorShown(QLabel* label)
{
    return label && label->isVisibleTo(label->window()) && !label->text().isEmpty();
}

// With ONBOARDER_SCREENSHOT_DIR set, saves what the widget shows (for docs/screenshots); otherwise does nothing.
inline void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("ONBOARDER_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        return;
    }
    QCoreApplication::processEvents();
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace onboarder::guitest
