#pragma once

#include <QPalette>
#include <QString>
#include <QStringList>

namespace onboarder::ui {

// The colour theme: the platform's own palette by default (Qt 6.4 has no colour-scheme API, so following the
// system means keeping the palette the platform theme gives), or a light or dark Fusion palette chosen by the user.
// The choice is kept in QSettings.
class ThemeSwitcher
{
public:
    // Choices as stored in the settings.
    static QString system(); // "system"
    static QString light(); // "light"
    static QString dark(); // "dark"
    static QStringList themes();

    static QString savedTheme();
    static void saveTheme(const QString& theme);

    // Applies a choice at once to the running application.
    static void apply(const QString& theme);
    static QString currentTheme();
    // Sets our stylesheet with the colours that suit the current palette (light or dark).
    static void applyStyleSheet();

    static QPalette lightPalette();
    static QPalette darkPalette();
    // True when the palette's window is darker than its text (a dark theme, ours or the system's).
    static bool isDark(const QPalette& palette);
};

} // namespace onboarder::ui
