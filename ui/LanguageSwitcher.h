#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace onboarder::ui {

// The user interface language: installs the translators of Onboarder and of Qt for the chosen language, sets the
// default QLocale (dates, numbers, country and language names) and keeps the choice in QSettings. Installing or
// removing a translator sends QEvent::LanguageChange to every widget, so the switch needs no restart.
class LanguageSwitcher
{
public:
    // Choices as stored in the settings: empty for the system's language, otherwise a language code.
    static QString systemDefault();
    static QStringList languages(); // "en", "sv"

    static QString savedLanguage();
    static void saveLanguage(const QString& language);

    // The locale a choice stands for: the system locale for an empty choice; for an explicit language the system
    // locale when it already speaks that language (keeps en_GB dates), otherwise the language's main country.
    static QLocale localeFor(const QString& language);
    // The language the interface is shown in for a choice: one of languages(), English when the system's language
    // has no translation.
    static QString uiLanguageFor(const QString& language);

    // Applies a choice at once; true when the interface is shown in the asked language.
    static bool apply(const QString& language);
    // The language applied last ("en" before any apply()).
    static QString currentUiLanguage();
};

} // namespace onboarder::ui
