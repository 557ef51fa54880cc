#include "GuiTestSupport.h"
#include "SandboxFixture.h"
#include "api/ApiSession.h"
#include "api/OAuthTokenProvider.h"
#include "api/WholesaleClient.h"
#include "connection/AuditLog.h"
#include "connection/CredentialStore.h"
#include "connection/ProfileStore.h"
#include "model/Person.h"
#include "ui/LanguageSwitcher.h"
#include "ui/MainWindow.h"
#include "ui/ProfileConnection.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/dialogs/SettingsDialogController.h"

#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace onboarder;

using onboarder::guitest::child;
using onboarder::guitest::click;
using onboarder::guitest::screenshot;
using onboarder::testsupport::SandboxFixture;

// Signing an OAuth integration profile in from the settings dialog against the sandbox's /authorize and
// /access_token, with the tokens in the real keychain, and a connected OAuth profile that outlives its access token;
// a service app profile getting its tokens from the same dialog.
class tst_OAuthSignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void signInFromSettingsKeepsTokensAndReconnects();
    void deniedAccessShowsTheOAuthError();
    void cancelledSignInChangesNothing();
    void connectedProfileRefreshesAnExpiredToken();
    void testConnectionRenewsAnExpiredToken();
    void serviceAppGetsItsTokensFromSettings();

private:
    struct Tokens
    {
        QString access;
        QString refresh;
        QDateTime expiresAt;
    };
    // An earlier sign-in: its tokens and the client secret go to the keychain.
    Tokens signInAndStore(const api::Profile& profile);
    api::Profile oauthProfile(const QString& name) const;
    QString readSecret(const QString& profile, api::CredentialStore::SecretKind kind);
    bool writeSecret(const QString& profile, api::CredentialStore::SecretKind kind, const QString& secret);
    // Where the app may write files: none of them may hold a secret.
    QStringList filesContaining(const QList<QByteArray>& secrets) const;
    // The "browser": fetches the authorization URL, which redirects to the loopback handler of the sign-in.
    void followInBrowser(const QUrl& url);

    QTemporaryDir m_dir;
    SandboxFixture m_sandbox;
    QNetworkAccessManager m_browser;
    std::unique_ptr<api::ProfileStore> m_profiles;
    std::unique_ptr<api::AuditLog> m_audit;
    std::unique_ptr<api::CredentialStore> m_credentials;
    const QString m_clientSecret = QStringLiteral("integration-secret-7f3a9c");
    const QString m_serviceAppSecret = QStringLiteral("service-app-secret-4d1e");
};

void tst_OAuthSignIn::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("OnboarderTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_OAuthSignIn"));
    auto options = SandboxFixture::options(QStringLiteral("demo"));
    // Short-lived access tokens, so a refresh on 401 happens within the test.
    options.accessTokenLifetimeSecs = 2;
    // The sandbox checks client secrets: this test's integration is the one it knows.
    options.oauthClients.insert(QStringLiteral("C0ffee-integration"), m_clientSecret);
    options.oauthClients.insert(QStringLiteral("Machine-account"), m_serviceAppSecret);
    QVERIFY(m_sandbox.start(options));
    m_profiles = std::make_unique<api::ProfileStore>(m_dir.filePath(QStringLiteral("profiles.ini")));
    m_audit = std::make_unique<api::AuditLog>();
    QVERIFY(m_audit->open(m_dir.filePath(QStringLiteral("audit.sqlite"))));
    m_credentials = std::make_unique<api::CredentialStore>();
    m_credentials->setServiceName(QStringLiteral("OnboarderTest"));
    // A keychain test must use the keychain: without one the store would quietly fall back to memory.
    QVERIFY(writeSecret(QStringLiteral("probe"), api::CredentialStore::SecretKind::AccessToken, QStringLiteral("x")));
    QVERIFY2(m_credentials->isPersistent(), "no Secret Service: run this test through tests/run-with-keyring.sh");
}

void tst_OAuthSignIn::cleanupTestCase()
{
    m_sandbox.stop();
}

api::Profile tst_OAuthSignIn::oauthProfile(const QString& name) const
{
    api::Profile profile;
    profile.name = name;
    profile.baseUrl = m_sandbox.baseUrl();
    profile.authKind = api::Profile::AuthKind::OAuthIntegration;
    profile.clientId = QStringLiteral("C0ffee-integration");
    return profile;
}

QString tst_OAuthSignIn::readSecret(const QString& profile, api::CredentialStore::SecretKind kind)
{
    bool done = false;
    QString secret;
    m_credentials->read(profile, kind, this, [&](const api::CredentialStore::Result& r) {
        secret = r.ok() ? r.secret : QString();
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 20000); }();
    return secret;
}

bool tst_OAuthSignIn::writeSecret(const QString& profile, api::CredentialStore::SecretKind kind, const QString& secret)
{
    bool done = false;
    bool ok = false;
    m_credentials->write(profile, kind, secret, this, [&](const api::CredentialStore::Result& r) {
        ok = r.ok();
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 20000); }();
    return ok;
}

QStringList tst_OAuthSignIn::filesContaining(const QList<QByteArray>& secrets) const
{
    QStringList roots { m_dir.path() };
    for (auto location : { QStandardPaths::AppDataLocation,
                           QStandardPaths::AppConfigLocation,
                           QStandardPaths::GenericConfigLocation,
                           QStandardPaths::CacheLocation }) {
        roots << QStandardPaths::writableLocation(location);
    }
    QStringList found;
    for (const QString& root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly)) {
                continue;
            }
            const QByteArray content = file.readAll();
            for (const QByteArray& secret : secrets) {
                if (!secret.isEmpty() && content.contains(secret)) {
                    found << file.fileName();
                }
            }
        }
    }
    return found;
}

tst_OAuthSignIn::Tokens tst_OAuthSignIn::signInAndStore(const api::Profile& profile)
{
    Tokens tokens;
    api::OAuthTokenProvider signIn(profile.baseUrl, profile.clientId, m_clientSecret);
    signIn.setBrowserOpener([this](const QUrl& url) { followInBrowser(url); });
    QSignalSpy finished(&signIn, &api::OAuthTokenProvider::signInFinished);
    signIn.signIn();
    if (!finished.wait(30000) || !finished.first().at(0).toBool()) {
        qWarning("sign-in failed: %s", qPrintable(finished.isEmpty() ? QString() : finished.first().at(1).toString()));
        return tokens;
    }
    using Kind = api::CredentialStore::SecretKind;
    if (!writeSecret(profile.name, Kind::AccessToken, signIn.accessToken())
        || !writeSecret(profile.name, Kind::RefreshToken, signIn.refreshToken())
        || !writeSecret(profile.name, Kind::ClientSecret, m_clientSecret)) {
        qWarning("the keychain did not keep the tokens");
        return tokens;
    }
    tokens = { signIn.accessToken(), signIn.refreshToken(), signIn.expiresAt() };
    return tokens;
}

void tst_OAuthSignIn::followInBrowser(const QUrl& url)
{
    QNetworkReply* reply = m_browser.get(QNetworkRequest(url));
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}

void tst_OAuthSignIn::signInFromSettingsKeepsTokensAndReconnects()
{
    const api::Profile profile = oauthProfile(QStringLiteral("Partner integration"));
    QVERIFY(m_profiles->save(profile));
    ui::MainWindow window(m_profiles.get(), m_audit.get(), m_credentials.get());
    window.show();
    QSignalSpy ready(&window, &ui::MainWindow::profileReady);
    window.activateProfile(profile.name);
    // Not signed in yet: no client, and the profile still opens its local template library.
    QTRY_VERIFY_WITH_TIMEOUT(window.connection()->templateStore() != nullptr, 20000);
    QVERIFY(!window.connection()->client());
    QCOMPARE(ready.count(), 0);

    ui::SettingsDialog* settings = window.openSettings();
    QList<QUrl> opened;
    settings->controller()->setBrowserOpener([&](const QUrl& url) {
        opened << url;
        followInBrowser(url);
    });
    auto* signIn = child<QPushButton>(settings, "signInButton");
    auto* cancel = child<QPushButton>(settings, "cancelSignInButton");
    auto* secretEdit = child<QLineEdit>(settings, "secretEdit");
    auto* result = child<QLabel>(settings, "testResult");
    QVERIFY(signIn && cancel && secretEdit && result);
    QVERIFY(signIn->isVisible());
    QVERIFY(!signIn->accessibleName().isEmpty());
    QVERIFY(!cancel->isVisible());

    QSignalSpy succeeded(settings->controller(), &ui::SettingsDialogController::signInSucceeded);
    QSignalSpy failed(settings->controller(), &ui::SettingsDialogController::signInFailed);
    QTest::keyClicks(secretEdit, m_clientSecret);
    click(signIn);
    QVERIFY(succeeded.wait(30000) || !failed.isEmpty());
    QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().at(0).toString()));
    QCOMPARE(succeeded.first().at(0).toString(), profile.name);

    // The browser was sent to the API's authorization page, which came back to a loopback address of ours.
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().path(), m_sandbox.baseUrl().path() + QStringLiteral("/authorize"));
    const QUrl redirect(QUrlQuery(opened.first()).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(QUrlQuery(opened.first()).queryItemValue(QStringLiteral("client_id")), profile.clientId);

    // Inline: as whom, and the dialog is back at rest.
    QVERIFY2(result->text().contains(QStringLiteral("Signed in as")), qPrintable(result->text()));
    QVERIFY(result->text().contains(QLatin1Char('@')));
    QVERIFY(signIn->isEnabled());
    QVERIFY(!cancel->isVisible());
    QVERIFY(!child<QProgressBar>(settings, "testProgress")->isVisible());
    QVERIFY(secretEdit->text().isEmpty());
    screenshot(settings, QStringLiteral("settings-oauth-signed-in"));

    // The tokens and the typed client secret are in the real keychain...
    const QString access = readSecret(profile.name, api::CredentialStore::SecretKind::AccessToken);
    const QString refresh = readSecret(profile.name, api::CredentialStore::SecretKind::RefreshToken);
    QVERIFY(!access.isEmpty());
    QVERIFY(!refresh.isEmpty());
    QVERIFY(access != refresh);
    QCOMPARE(readSecret(profile.name, api::CredentialStore::SecretKind::ClientSecret), m_clientSecret);

    // ...and the main window connected the active profile again with them.
    QVERIFY(ready.count() > 0 || ready.wait(20000));
    QVERIFY(window.connection()->client());
    bool answered = false;
    api::ApiResult<model::Person> me;
    window.connection()->client()->getPerson(QStringLiteral("me"), this, [&](const api::ApiResult<model::Person>& r) {
        me = r;
        answered = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
    QVERIFY2(me.ok(), qPrintable(me.error ? me.error->message : QString()));

    // No secret in a settings file, the audit log or anything else the app wrote.
    m_profiles->profiles(); // the settings are on disk
    const QStringList leaks = filesContaining({ access.toUtf8(), refresh.toUtf8(), m_clientSecret.toUtf8() });
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char(' '))));
    settings->close();
}

void tst_OAuthSignIn::deniedAccessShowsTheOAuthError()
{
    const api::Profile profile = oauthProfile(QStringLiteral("Denied"));
    QVERIFY(m_profiles->save(profile));
    ui::SettingsDialog settings(m_profiles.get(), m_credentials.get());
    settings.show();
    settings.selectProfile(profile.name);
    // The user refuses in the browser: the provider sends its OAuth error to our loopback redirect.
    settings.controller()->setBrowserOpener([this](const QUrl& url) {
        const QUrlQuery asked(url);
        QUrl redirect(asked.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QUrlQuery answer;
        answer.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
        answer.addQueryItem(QStringLiteral("error_description"), QStringLiteral("The user declined the access."));
        answer.addQueryItem(QStringLiteral("state"), asked.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded));
        redirect.setQuery(answer);
        followInBrowser(redirect);
    });
    QSignalSpy failed(settings.controller(), &ui::SettingsDialogController::signInFailed);
    QTest::keyClicks(child<QLineEdit>(&settings, "secretEdit"), m_clientSecret);
    click(child<QPushButton>(&settings, "signInButton"));
    QVERIFY(failed.wait(30000));
    auto* result = child<QLabel>(&settings, "testResult");
    QVERIFY2(result->text().startsWith(QStringLiteral("Sign-in failed: ")), qPrintable(result->text()));
    QVERIFY(result->text().contains(QStringLiteral("Error code: access_denied")));
    screenshot(&settings, QStringLiteral("settings-oauth-sign-in-denied"));
    QVERIFY(child<QPushButton>(&settings, "copyErrorButton")->isVisible());
    QVERIFY(child<QPushButton>(&settings, "signInButton")->isEnabled());
    QVERIFY(readSecret(profile.name, api::CredentialStore::SecretKind::AccessToken).isEmpty());
    // A failed sign-in does not keep the typed client secret either.
    QVERIFY(readSecret(profile.name, api::CredentialStore::SecretKind::ClientSecret).isEmpty());
}

void tst_OAuthSignIn::cancelledSignInChangesNothing()
{
    const api::Profile profile = oauthProfile(QStringLiteral("Cancelled"));
    QVERIFY(m_profiles->save(profile));
    QVERIFY(writeSecret(profile.name, api::CredentialStore::SecretKind::ClientSecret, m_clientSecret));
    ui::SettingsDialog settings(m_profiles.get(), m_credentials.get());
    settings.show();
    settings.selectProfile(profile.name);
    QUrl opened;
    settings.controller()->setBrowserOpener([&](const QUrl& url) { opened = url; }); // the user never approves

    auto* signIn = child<QPushButton>(&settings, "signInButton");
    auto* cancel = child<QPushButton>(&settings, "cancelSignInButton");
    // The stored client secret is used when none is typed.
    click(signIn);
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 20000);
    QVERIFY(cancel->isVisible());
    QVERIFY(!signIn->isEnabled());
    QVERIFY(settings.controller()->isSigningIn());
    screenshot(&settings, QStringLiteral("settings-oauth-signing-in"));
    // The language changes while the browser is open: the buttons and the waiting text follow.
    QVERIFY(ui::LanguageSwitcher::apply(QStringLiteral("sv")));
    QCoreApplication::processEvents();
    QCOMPARE(cancel->text(), QStringLiteral("Avbr&yt inloggningen"));
    QCOMPARE(signIn->text(), QStringLiteral("Lo&gga in…"));
    QVERIFY2(child<QLabel>(&settings, "testResult")->text().startsWith(QStringLiteral("Väntar")),
             qPrintable(child<QLabel>(&settings, "testResult")->text()));
    QVERIFY(cancel->isVisible());
    QVERIFY(settings.controller()->isSigningIn());
    screenshot(&settings, QStringLiteral("settings-oauth-signing-in-sv"));
    QVERIFY(ui::LanguageSwitcher::apply(QStringLiteral("en")));
    QCoreApplication::processEvents();
    QSignalSpy cancelled(settings.controller(), &ui::SettingsDialogController::signInCancelled);
    click(cancel);
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!settings.controller()->isSigningIn());
    QVERIFY(!cancel->isVisible());
    QVERIFY(signIn->isEnabled());
    QVERIFY(child<QLabel>(&settings, "testResult")->text().contains(QStringLiteral("cancelled")));

    // Approving afterwards reaches no listener, and nothing was stored.
    QSignalSpy succeeded(settings.controller(), &ui::SettingsDialogController::signInSucceeded);
    QNetworkReply* reply = m_browser.get(QNetworkRequest(opened));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(20000));
    QVERIFY(reply->error() != QNetworkReply::NoError);
    reply->deleteLater();
    QCoreApplication::processEvents();
    QCOMPARE(succeeded.count(), 0);
    QVERIFY(readSecret(profile.name, api::CredentialStore::SecretKind::AccessToken).isEmpty());
    QVERIFY(readSecret(profile.name, api::CredentialStore::SecretKind::RefreshToken).isEmpty());
}

void tst_OAuthSignIn::connectedProfileRefreshesAnExpiredToken()
{
    const api::Profile profile = oauthProfile(QStringLiteral("Long session"));
    QVERIFY(m_profiles->save(profile));

    const Tokens first = signInAndStore(profile);
    QVERIFY(!first.access.isEmpty());
    const QString firstAccess = first.access;
    const QString firstRefresh = first.refresh;
    const QDateTime expiresAt = first.expiresAt;

    ui::ProfileConnection connection(profile, m_audit.get(), m_credentials.get());
    connection.setTemplateLibraryPath(m_dir.filePath(QStringLiteral("library.json")));
    QSignalSpy ready(&connection, &ui::ProfileConnection::ready);
    connection.start();
    QVERIFY(ready.wait(20000));

    // Wait for the access token to expire (the sandbox was started with a two-second lifetime).
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > expiresAt.addSecs(1), 15000);
    bool answered = false;
    api::ApiResult<model::Person> me;
    connection.client()->getPerson(QStringLiteral("me"), this, [&](const api::ApiResult<model::Person>& r) {
        me = r;
        answered = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 30000);
    QVERIFY2(me.ok(), qPrintable(me.error ? me.error->message : QString()));

    // The renewed token replaced the expired one in the keychain.
    QString stored;
    QTRY_VERIFY_WITH_TIMEOUT(
        (stored = readSecret(profile.name, api::CredentialStore::SecretKind::AccessToken)) != firstAccess, 20000);
    QVERIFY(!stored.isEmpty());
    QVERIFY(!readSecret(profile.name, api::CredentialStore::SecretKind::RefreshToken).isEmpty());
    const QStringList leaks = filesContaining({ stored.toUtf8(), firstRefresh.toUtf8() });
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char(' '))));
}

void tst_OAuthSignIn::testConnectionRenewsAnExpiredToken()
{
    const api::Profile profile = oauthProfile(QStringLiteral("Tested later"));
    QVERIFY(m_profiles->save(profile));
    const Tokens first = signInAndStore(profile);
    QVERIFY(!first.access.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > first.expiresAt.addSecs(1), 15000);

    ui::SettingsDialog settings(m_profiles.get(), m_credentials.get());
    settings.show();
    settings.selectProfile(profile.name);
    QSignalSpy succeeded(settings.controller(), &ui::SettingsDialogController::testSucceeded);
    QSignalSpy failed(settings.controller(), &ui::SettingsDialogController::testFailed);
    click(child<QPushButton>(&settings, "testConnectionButton"));
    QVERIFY(succeeded.wait(30000) || !failed.isEmpty());
    QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().at(0).toString()));
    QString stored;
    QTRY_VERIFY_WITH_TIMEOUT(
        (stored = readSecret(profile.name, api::CredentialStore::SecretKind::AccessToken)) != first.access, 20000);
    QVERIFY(!stored.isEmpty());
}

void tst_OAuthSignIn::serviceAppGetsItsTokensFromSettings()
{
    api::Profile profile;
    profile.name = QStringLiteral("Machine account");
    profile.baseUrl = m_sandbox.baseUrl();
    profile.authKind = api::Profile::AuthKind::ServiceApp;
    profile.clientId = QStringLiteral("Machine-account");
    profile.serviceAppId = QStringLiteral("app-7");
    profile.serviceAppTargetOrgId
        = QString::fromStdString(m_sandbox.client().get(QStringLiteral("/organizations")).json["items"][0]["id"]);
    QVERIFY(m_profiles->save(profile));

    ui::SettingsDialog settings(m_profiles.get(), m_credentials.get());
    settings.show();
    settings.selectProfile(profile.name);
    auto* getTokens = child<QPushButton>(&settings, "signInButton");
    auto* authorizing = child<QLineEdit>(&settings, "authorizingTokenEdit");
    QVERIFY(getTokens->isVisible());
    QVERIFY(authorizing->isVisible());
    QVERIFY(child<QLineEdit>(&settings, "serviceAppIdEdit")->isVisible());
    QCOMPARE(child<QLineEdit>(&settings, "serviceAppIdEdit")->text(), profile.serviceAppId);
    QCOMPARE(getTokens->accessibleName(), QStringLiteral("Fetch tokens"));

    // Without the integration's token the dialog says what is missing and sends nothing.
    QSignalSpy failed(settings.controller(), &ui::SettingsDialogController::signInFailed);
    QSignalSpy succeeded(settings.controller(), &ui::SettingsDialogController::signInSucceeded);
    QTest::keyClicks(child<QLineEdit>(&settings, "secretEdit"), m_serviceAppSecret);
    click(getTokens);
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("spark:applications_token")));

    QTest::keyClicks(authorizing, m_sandbox.token());
    click(getTokens);
    QVERIFY(succeeded.wait(30000) || failed.count() > 1);
    QVERIFY2(failed.count() == 1, qPrintable(failed.last().at(0).toString()));
    QVERIFY(authorizing->text().isEmpty());
    QVERIFY(child<QLineEdit>(&settings, "secretEdit")->text().isEmpty());

    const QString access = readSecret(profile.name, api::CredentialStore::SecretKind::AccessToken);
    const QString refresh = readSecret(profile.name, api::CredentialStore::SecretKind::RefreshToken);
    QVERIFY(!access.isEmpty());
    QVERIFY(!refresh.isEmpty());
    QVERIFY(access != m_sandbox.token());
    QCOMPARE(readSecret(profile.name, api::CredentialStore::SecretKind::ClientSecret), m_serviceAppSecret);
    screenshot(&settings, QStringLiteral("settings-service-app-tokens"));

    // Test Connection uses them, as the window would.
    QSignalSpy tested(settings.controller(), &ui::SettingsDialogController::testSucceeded);
    click(child<QPushButton>(&settings, "testConnectionButton"));
    QVERIFY(tested.wait(30000));
    const QStringList leaks = filesContaining(
        { access.toUtf8(), refresh.toUtf8(), m_serviceAppSecret.toUtf8(), m_sandbox.token().toUtf8() });
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char(' '))));
}

QTEST_MAIN(tst_OAuthSignIn)
#include "tst_OAuthSignIn.moc"
