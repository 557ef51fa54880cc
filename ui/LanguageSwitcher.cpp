#include "ui/LanguageSwitcher.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QList>
#include <QLoggingCategory>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcLanguage, "onboarder.ui.language")

namespace onboarder::ui {

namespace {

const char* const kSettingsKey = "ui/language";

// Qt's own texts that Debian 12 has no Swedish qtbase catalogue for (its qt_sv.qm dates from Qt 4 and lacks the
// Qt 6 contexts of the standard buttons). Listed here so lupdate puts them in our .ts files and they get translated
// with the rest; Qt looks them up under these contexts at run time.
[[maybe_unused]] const char* const kQtTexts[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&OK"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Save"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Cancel"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Close"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "Close without Saving"),
    QT_TRANSLATE_NOOP("QWizard", "< &Back"),
    QT_TRANSLATE_NOOP("QWizard", "&Next >"),
    QT_TRANSLATE_NOOP("QWizard", "&Finish"),
    QT_TRANSLATE_NOOP("QWizard", "Cancel"),
    QT_TRANSLATE_NOOP("QWizard", "&Help"),
    QT_TRANSLATE_NOOP("QMessageBox", "Show Details..."),
    QT_TRANSLATE_NOOP("QMessageBox", "Hide Details..."),
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
    QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
};

QList<QPointer<QTranslator>>& installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

QString& current()
{
    static QString language = QStringLiteral("en");
    return language;
}

// Loads a catalogue and installs it; false when it does not exist.
bool install(const QString& fileName, const QString& directory)
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(fileName, directory)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    installed().append(translator);
    return true;
}

} // namespace

QString LanguageSwitcher::systemDefault()
{
    return {};
}

QStringList LanguageSwitcher::languages()
{
    return { QStringLiteral("en"), QStringLiteral("sv") };
}

QString LanguageSwitcher::savedLanguage()
{
    const QString saved = QSettings().value(QLatin1String(kSettingsKey)).toString();
    return languages().contains(saved) ? saved : systemDefault();
}

void LanguageSwitcher::saveLanguage(const QString& language)
{
    QSettings().setValue(QLatin1String(kSettingsKey), languages().contains(language) ? language : systemDefault());
}

QLocale LanguageSwitcher::localeFor(const QString& language)
{
    const QLocale system = QLocale::system();
    if (language == QLatin1String("sv")) {
        return system.language() == QLocale::Swedish ? system : QLocale(QLocale::Swedish, QLocale::Sweden);
    }
    if (language == QLatin1String("en")) {
        // English chosen on a non-English system: day-month-year dates and a 24-hour clock as in the rest of
        // Europe, where our users are, not the US conventions QLocale(English) defaults to.
        return system.language() == QLocale::English ? system : QLocale(QLocale::English, QLocale::UnitedKingdom);
    }
    return system;
}

QString LanguageSwitcher::uiLanguageFor(const QString& language)
{
    if (languages().contains(language)) {
        return language;
    }
    return QLocale::system().language() == QLocale::Swedish ? QStringLiteral("sv") : QStringLiteral("en");
}

bool LanguageSwitcher::apply(const QString& language)
{
    const QString ui = uiLanguageFor(language);
    QLocale::setDefault(localeFor(language));

    for (const QPointer<QTranslator>& translator : std::as_const(installed())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed().clear();

    // Qt's catalogues first: ours are installed last and so win where both translate a text.
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (ui != QLatin1String("en") && !install(QStringLiteral("qtbase_") + ui, qtDir)
        && !install(QStringLiteral("qt_") + ui, qtDir)) {
        qCInfo(lcLanguage) << "No Qt catalogue for" << ui << "in" << qtDir;
    }
    // The English catalogue only carries plural forms; the source texts are English already.
    const bool ours = install(QStringLiteral("onboarder_") + ui, QStringLiteral(":/i18n"));
    if (!ours) {
        qCWarning(lcLanguage) << "No Onboarder catalogue for" << ui;
    }
    current() = ui;
    return ours;
}

QString LanguageSwitcher::currentUiLanguage()
{
    return current();
}

} // namespace onboarder::ui
