#include "GuiTestSupport.h"
#include "connection/ProfileStore.h"
#include "ui/LanguageSwitcher.h"
#include "ui/MainWindow.h"
#include "ui/ThemeSwitcher.h"
#include "ui/dialogs/SettingsDialog.h"

#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace onboarder;
using namespace onboarder::guitest;

// The dark theme and Swedish, chosen in Settings, are still there after a restart: the old main window is
// destroyed, the application is put back to how a new process starts (English, the platform's palette), and the
// next start reads the same settings as app/gui/main.cpp does before its first window.
class tst_Restarts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void themeAndLanguageAreKeptAcrossARestart();
    void cleanupTestCase();

private:
    // What app/gui/main.cpp does before it creates the main window.
    static void startAsTheAppDoes();
    std::unique_ptr<ui::MainWindow> newMainWindow();
    static QString fileMenuTitle(ui::MainWindow* window);
    static QStringList menuTitles(ui::MainWindow* window);

    QTemporaryDir m_dir;
    std::unique_ptr<api::ProfileStore> m_profiles;
};

void tst_Restarts::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("OnboarderTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_Restarts"));
    QSettings().clear(); // a first start: nothing chosen yet
    m_profiles = std::make_unique<api::ProfileStore>(m_dir.filePath(QStringLiteral("profiles.ini")));
}

void tst_Restarts::startAsTheAppDoes()
{
    ui::LanguageSwitcher::apply(ui::LanguageSwitcher::savedLanguage());
    ui::ThemeSwitcher::apply(ui::ThemeSwitcher::savedTheme());
}

std::unique_ptr<ui::MainWindow> tst_Restarts::newMainWindow()
{
    // No profile is activated: menus, palette and language do not need a connection.
    auto window = std::make_unique<ui::MainWindow>(m_profiles.get(), nullptr, nullptr);
    window->show();
    settle();
    return window;
}

QString tst_Restarts::fileMenuTitle(ui::MainWindow* window)
{
    auto* menu = window->findChild<QMenu*>(QStringLiteral("fileMenu"));
    return menu ? menu->title() : QString();
}

QStringList tst_Restarts::menuTitles(ui::MainWindow* window)
{
    QStringList titles;
    for (QAction* action : window->menuBar()->actions()) {
        titles.append(action->text());
    }
    return titles;
}

void tst_Restarts::themeAndLanguageAreKeptAcrossARestart()
{
    // The first start: English and not dark.
    QVERIFY(ui::LanguageSwitcher::apply(QStringLiteral("en")));
    ui::ThemeSwitcher::apply(ui::ThemeSwitcher::light());
    startAsTheAppDoes();
    auto window = newMainWindow();
    const QString englishFile = fileMenuTitle(window.get());
    QCOMPARE(englishFile, QStringLiteral("&File"));
    const QStringList englishMenus = menuTitles(window.get());
    QVERIFY(englishMenus.size() >= 3);
    QVERIFY(!ui::ThemeSwitcher::isDark(window->palette()));

    // Settings, chosen with the keyboard: the dark theme first, then Swedish (after which the theme names are
    // Swedish too).
    ui::SettingsDialog* settings = window->openSettings();
    QVERIFY(settings);
    QVERIFY(QTest::qWaitForWindowExposed(settings));
    typeIntoCombo(child<QComboBox>(settings, "themeCombo"), QStringLiteral("Dark"));
    QTRY_VERIFY(ui::ThemeSwitcher::isDark(window->palette()));
    typeIntoCombo(child<QComboBox>(settings, "languageCombo"), QStringLiteral("Svenska"));
    QCOMPARE(ui::LanguageSwitcher::currentUiLanguage(), QStringLiteral("sv"));
    // The windows retranslate on the LanguageChange event that follows.
    QTRY_VERIFY(fileMenuTitle(window.get()) != englishFile);
    const QString swedishFile = fileMenuTitle(window.get());
    QVERIFY(!swedishFile.isEmpty());
    settings->close();

    // The restart: the window goes, the application is back to how a new process starts.
    window.reset();
    QVERIFY(ui::LanguageSwitcher::apply(QStringLiteral("en")));
    ui::ThemeSwitcher::apply(ui::ThemeSwitcher::system());
    QVERIFY(!ui::ThemeSwitcher::isDark(QApplication::palette()));
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&File"));

    startAsTheAppDoes();
    window = newMainWindow();
    QCOMPARE(ui::ThemeSwitcher::currentTheme(), ui::ThemeSwitcher::dark());
    QVERIFY(ui::ThemeSwitcher::isDark(window->palette()));
    QCOMPARE(ui::LanguageSwitcher::currentUiLanguage(), QStringLiteral("sv"));
    QCOMPARE(fileMenuTitle(window.get()), swedishFile);
    // Every menu of the menu bar is in Swedish, not only the first.
    const QStringList swedishMenus = menuTitles(window.get());
    QCOMPARE(swedishMenus.size(), englishMenus.size());
    for (int i = 0; i < englishMenus.size(); ++i) {
        QVERIFY2(swedishMenus.at(i) != englishMenus.at(i), qPrintable(swedishMenus.at(i)));
    }
    QCOMPARE(QLocale().language(), QLocale::Swedish);
}

void tst_Restarts::cleanupTestCase()
{
    QSettings().clear();
    ui::LanguageSwitcher::apply(QStringLiteral("en"));
    ui::ThemeSwitcher::apply(ui::ThemeSwitcher::system());
}

QTEST_MAIN(tst_Restarts)
#include "tst_Restarts.moc"
