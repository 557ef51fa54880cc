// A whole working session with real secrets, then a search for them in everything the programs left behind: every
// file under the throwaway HOME/XDG/TMPDIR folders (HOME itself lies inside them) and every log line of every
// onboarder.* category at debug level, in this process and in onboarder-cli. The personal access token, the OAuth
// access and refresh tokens and the client secret must appear nowhere (not raw, not percent-encoded, not base64, not
// UTF-16). Secrets live only in the keychain: the real gnome-keyring of tests/run-with-keyring.sh, whose encrypted
// files are outside the folders searched here.
#include "SandboxFixture.h"
#include "api/ApiSession.h"
#include "api/OAuthTokenProvider.h"
#include "api/ProvisioningPoller.h"
#include "api/ServiceAppTokenRequest.h"
#include "api/TokenProvider.h"
#include "api/WholesaleClient.h"
#include "connection/AuditLog.h"
#include "connection/CredentialStore.h"
#include "connection/ProfileConnector.h"
#include "connection/ProfileStore.h"
#include "jobs/TemplateLibrary.h"
#include "model/DraftStore.h"
#include "model/WholesaleJson.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/export/TemplateExporter.h"

#include <QApplication>
#include <QDirIterator>
#include <QLineEdit>
#include <QListWidget>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace onboarder;
using api::CredentialStore;
using testsupport::SandboxFixture;

namespace {

// Everything any onboarder.* category says, from any thread.
QMutex logMutex;
QByteArray capturedLog;

void captureMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QMutexLocker lock(&logMutex);
    capturedLog += QByteArray::number(type) + ' ' + QByteArray(context.category ? context.category : "") + ": "
        + message.toUtf8() + '\n';
}

QString randomSecret(const char* prefix)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    QString secret = QString::fromLatin1(prefix);
    for (int i = 0; i < 40; ++i) {
        secret += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet) - 1)]);
    }
    return secret;
}

} // namespace

class TestSecretsScan : public QObject
{
    Q_OBJECT

public:
    // The throwaway root; set in main() before the application object exists, so every path the program asks for
    // (QStandardPaths, QSettings, QDir::tempPath) lies under it.
    static QTemporaryDir* root;

private:
    struct Step
    {
        QString name;
        std::function<void()> run;
    };

    // Secrets to look for: name -> value.
    QList<QPair<QString, QString>> m_secrets;
    SandboxFixture m_sandbox;
    std::unique_ptr<api::ProfileStore> m_profiles;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<api::AuditLog> m_audit;
    std::unique_ptr<api::OAuthTokenProvider> m_oauth;
    QString m_clientId = QStringLiteral("secrets-scan-client");
    QString m_clientSecret = randomSecret("cs-");
    QString m_serviceAppId = QStringLiteral("secrets-scan-service-app");
    QString m_serviceAppSecret = randomSecret("sa-");
    QString m_proxyPassword = randomSecret("px-");
    QString m_customerId;
    QStringList m_supportTexts; // what "copy error text" would put on the clipboard
    int m_cliRuns = 0;

    void addSecret(const QString& name, const QString& value)
    {
        if (!value.isEmpty()
            && std::none_of(m_secrets.begin(), m_secrets.end(), [&](const auto& s) { return s.second == value; })) {
            m_secrets.append({ name, value });
        }
    }

    QString dataDir() const
    {
        return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    }

    template <typename T>
    static api::ApiResult<T> await(const std::function<void(api::WholesaleClient::Callback<T>)>& start)
    {
        api::ApiResult<T> result;
        bool done = false;
        start([&](const api::ApiResult<T>& r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 60000)) {
            result.error = api::ApiError::make(api::ApiError::Kind::Timeout, QStringLiteral("test gave up waiting"));
        }
        return result;
    }

    CredentialStore::Result
    keychain(const QString& profile, CredentialStore::SecretKind kind, const QString& write = {})
    {
        CredentialStore::Result result;
        bool done = false;
        auto callback = [&](const CredentialStore::Result& r) {
            result = r;
            done = true;
        };
        if (write.isNull()) {
            m_credentials->read(profile, kind, this, callback);
        } else {
            m_credentials->write(profile, kind, write, this, callback);
        }
        if (!QTest::qWaitFor([&] { return done; }, 30000)) {
            result.errorMessage = QStringLiteral("the keychain did not answer");
        }
        return result;
    }

    struct CliRun
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    // onboarder-cli with every onboarder.* category at debug; both of its streams join the captured log.
    CliRun cli(const QStringList& arguments, const QProcessEnvironment& extra = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("onboarder.*=true"));
        env.remove(QStringLiteral("ONBOARDER_TOKEN"));
        for (const QString& key : extra.keys()) {
            env.insert(key, extra.value(key));
        }
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ONBOARDER_CLI_PATH), arguments);
        CliRun run;
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        const QMutexLocker lock(&logMutex);
        capturedLog += "onboarder-cli " + arguments.join(QLatin1Char(' ')).toUtf8() + "\n" + run.out + run.err;
        ++m_cliRuns;
        return run;
    }

    QProcessEnvironment tokenEnv(const QString& variable, const QString& token) const
    {
        QProcessEnvironment env;
        env.insert(variable, token);
        return env;
    }

    // The forms a secret could take on its way to a file or a log line.
    static QList<QPair<QString, QByteArray>> encodings(const QString& secret)
    {
        const QByteArray utf8 = secret.toUtf8();
        QByteArray utf16;
        for (const QChar c : secret) {
            utf16 += char(c.unicode() & 0xff);
            utf16 += char(c.unicode() >> 8);
        }
        return { { QStringLiteral("raw"), utf8 },
                 { QStringLiteral("percent-encoded"), QUrl::toPercentEncoding(secret) },
                 { QStringLiteral("base64"), utf8.toBase64() },
                 { QStringLiteral("base64url"), utf8.toBase64(QByteArray::Base64UrlEncoding) },
                 { QStringLiteral("UTF-16"), utf16 },
                 // A cut or partly masked secret is still a leak.
                 { QStringLiteral("first 16 characters"), utf8.left(16) },
                 { QStringLiteral("last 16 characters"), utf8.right(16) } };
    }

    // "where: secret (encoding)" for every hit in `bytes`.
    QStringList findSecrets(const QByteArray& bytes, const QString& where) const
    {
        QStringList hits;
        for (const auto& [name, secret] : m_secrets) {
            for (const auto& [encoding, needle] : encodings(secret)) {
                if (bytes.contains(needle)) {
                    hits << QStringLiteral("%1: %2 (%3)").arg(where, name, encoding);
                }
            }
            // HTTP Basic authentication carries base64(client_id:client_secret).
            if (name == QLatin1String("client secret")
                && bytes.contains((m_clientId + QLatin1Char(':') + secret).toUtf8().toBase64())) {
                hits << QStringLiteral("%1: %2 (Basic authorization)").arg(where, name);
            }
        }
        return hits;
    }

    QStringList scanFolder(const QString& folder, int* fileCount = nullptr) const
    {
        QStringList hits;
        QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly)) {
                hits += findSecrets(file.readAll(), QDir(folder).relativeFilePath(file.fileName()));
                ++files;
            }
        }
        if (fileCount) {
            *fileCount = files;
        }
        return hits;
    }

    // The session, step by step. A new flow that handles secrets (the bulk import: `onboarder-cli subscribers
    // import`, its journal) gets a step here; the scan at the end covers whatever it writes.
    QList<Step> steps()
    {
        return {
            { QStringLiteral("a personal-token profile with its token in the keychain"), [this] { savePatProfile(); } },
            { QStringLiteral("OAuth sign-in, tokens and client secret stored"), [this] { oauthSignIn(); } },
            { QStringLiteral("customer and subscribers through WholesaleClient, with the audit log"),
              [this] { provision(); } },
            { QStringLiteral("an expired access token renewed with the refresh token"), [this] { refresh(); } },
            { QStringLiteral("API errors turned into support text"), [this] { apiErrors(); } },
            { QStringLiteral("audit log exported"), [this] { exportAudit(); } },
            { QStringLiteral("template exported, kept in the library, drafts saved"), [this] { exportTemplate(); } },
            { QStringLiteral("onboarder-cli with --token-env"), [this] { cliWithTokenEnv(); } },
            { QStringLiteral("onboarder-cli with a keychain profile that renews its token"),
              [this] { cliWithOAuthProfile(); } },
            { QStringLiteral("bulk import with its journal, report and rejected rows"), [this] { bulkImport(); } },
            { QStringLiteral("a service app's tokens fetched, kept and renewed through the connection path"),
              [this] { serviceApp(); } },
            { QStringLiteral(
                  "a profile with a CA bundle and a proxy with a password, saved in Settings and used by the "
                  "window's connection path and the CLI"),
              [this] { proxiedProfile(); } },
        };
    }

    void savePatProfile()
    {
        api::Profile profile;
        profile.name = QStringLiteral("Partner");
        profile.baseUrl = m_sandbox.baseUrl();
        profile.authKind = api::Profile::AuthKind::PersonalAccessToken;
        QString error;
        QVERIFY2(m_profiles->save(profile, &error), qPrintable(error));
        m_profiles->setLastProfileName(profile.name);
        QVERIFY(keychain(profile.name, CredentialStore::SecretKind::AccessToken, m_sandbox.token()).ok());
        const auto read = keychain(profile.name, CredentialStore::SecretKind::AccessToken);
        QVERIFY2(read.ok(), qPrintable(read.errorMessage));
        QCOMPARE(read.secret, m_sandbox.token());
        QVERIFY(m_credentials->isPersistent()); // the real keychain, not the in-memory fallback
    }

    void oauthSignIn()
    {
        api::Profile profile;
        profile.name = QStringLiteral("Integration");
        profile.baseUrl = m_sandbox.baseUrl();
        profile.authKind = api::Profile::AuthKind::OAuthIntegration;
        profile.clientId = m_clientId;
        QString error;
        QVERIFY2(m_profiles->save(profile, &error), qPrintable(error));
        QVERIFY(keychain(profile.name, CredentialStore::SecretKind::ClientSecret, m_clientSecret).ok());

        m_oauth = std::make_unique<api::OAuthTokenProvider>(m_sandbox.baseUrl(), m_clientId, m_clientSecret);
        auto* browser = new QNetworkAccessManager(m_oauth.get());
        m_oauth->setBrowserOpener([browser](const QUrl& url) {
            QNetworkReply* reply = browser->get(QNetworkRequest(url));
            QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        });
        // The owner stores every new pair, as the GUI does.
        connect(
            m_oauth.get(),
            &api::OAuthTokenProvider::tokensChanged,
            this,
            [this](const QString& access, const QString& refresh) {
                addSecret(QStringLiteral("OAuth access token"), access);
                addSecret(QStringLiteral("OAuth refresh token"), refresh);
                const auto ignore = [](const CredentialStore::Result&) {};
                m_credentials->write(
                    QStringLiteral("Integration"), CredentialStore::SecretKind::AccessToken, access, this, ignore);
                m_credentials->write(
                    QStringLiteral("Integration"), CredentialStore::SecretKind::RefreshToken, refresh, this, ignore);
            });
        QSignalSpy signedIn(m_oauth.get(), &api::OAuthTokenProvider::signInFinished);
        m_oauth->signIn();
        QVERIFY(signedIn.wait(60000));
        QVERIFY2(signedIn.first().at(0).toBool(), qPrintable(signedIn.first().at(1).toString()));
        QVERIFY(!m_oauth->accessToken().isEmpty());
        QVERIFY(!m_oauth->refreshToken().isEmpty());
        QTRY_VERIFY(keychain(QStringLiteral("Integration"), CredentialStore::SecretKind::RefreshToken).ok());
    }

    void provision()
    {
        api::ApiSession session(m_sandbox.baseUrl(), m_oauth.get());
        m_audit->attach(&session, QStringLiteral("Integration"));
        api::WholesaleClient client(&session);

        auto body = SandboxFixture::customerBody(m_sandbox.templateId().toStdString(),
                                                 "secrets-scan-1",
                                                 "admin@secrets-scan.example",
                                                 nlohmann::json::array({ "webex_calling" }));
        const model::Customer plan = *model::WholesaleJson::customerFromJson(body).value;
        const auto precheck = await<model::PrecheckResult>([&](auto cb) { client.precheckCustomer(plan, this, cb); });
        QVERIFY(precheck.ok());
        const auto created
            = await<api::WholesaleClient::Created>([&](auto cb) { client.provisionCustomer(plan, this, cb); });
        QVERIFY(created.ok());
        m_customerId = created.value->id;

        api::ProvisioningPoller poller(&session, created.value->url);
        poller.setInitialInterval(std::chrono::milliseconds(100));
        QSignalSpy finished(&poller, &api::ProvisioningPoller::finished);
        poller.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(poller.lastStatus(), QStringLiteral("provisioned"));

        for (int i = 0; i < 3; ++i) {
            model::Subscriber subscriber;
            subscriber.customerId = m_customerId;
            subscriber.email = QStringLiteral("user%1@secrets-scan.example").arg(i);
            subscriber.packages = { QStringLiteral("webex_meetings") };
            subscriber.firstName = QStringLiteral("User");
            subscriber.lastName = QString::number(i);
            const auto provisioned
                = await<model::Subscriber>([&](auto cb) { client.provisionSubscriber(subscriber, this, cb); });
            QVERIFY2(provisioned.ok(),
                     provisioned.error ? qPrintable(provisioned.error->toSupportText()) : "no error text");
        }
    }

    void refresh()
    {
        const QString before = m_oauth->accessToken();
        QTest::qWait(2500); // the sandbox issues access tokens that live 2 seconds here
        api::ApiSession session(m_sandbox.baseUrl(), m_oauth.get());
        m_audit->attach(&session, QStringLiteral("Integration"));
        api::WholesaleClient client(&session);
        const auto subscribers = await<model::Subscriber>([&](auto cb) {
            // Any read does; the 401 makes the session refresh and repeat it.
            client.getSubscriber(QStringLiteral("no-such-subscriber"), this, cb);
        });
        QVERIFY(!subscribers.ok());
        QCOMPARE(subscribers.error->httpStatus, 404);
        QVERIFY(m_oauth->accessToken() != before);
        m_supportTexts << subscribers.error->toSupportText();
    }

    void apiErrors()
    {
        api::ApiSession session(m_sandbox.baseUrl(), m_oauth.get());
        m_audit->attach(&session, QStringLiteral("Integration"));
        api::WholesaleClient client(&session);
        model::Subscriber invalid;
        invalid.customerId = m_customerId;
        invalid.email = QStringLiteral("not-an-email");
        invalid.packages = { QStringLiteral("no_such_package") };
        const auto refused = await<model::Subscriber>([&](auto cb) { client.provisionSubscriber(invalid, this, cb); });
        QVERIFY(!refused.ok());
        QVERIFY(refused.error->httpStatus >= 400 && refused.error->httpStatus < 500);
        QVERIFY(!refused.error->trackingId.isEmpty());
        m_supportTexts << refused.error->toSupportText();

        // A token the server does not know: the 401 text must not repeat it.
        api::StaticTokenProvider wrong(randomSecret("wrong-"));
        addSecret(QStringLiteral("rejected token"), wrong.accessToken());
        api::ApiSession wrongSession(m_sandbox.baseUrl(), &wrong);
        m_audit->attach(&wrongSession, QStringLiteral("Partner"));
        api::WholesaleClient wrongClient(&wrongSession);
        const auto unauthorized
            = await<model::Customer>([&](auto cb) { wrongClient.getCustomer(m_customerId, this, cb); });
        QVERIFY(!unauthorized.ok());
        QCOMPARE(unauthorized.error->httpStatus, 401);
        m_supportTexts << unauthorized.error->toSupportText();
    }

    void exportAudit()
    {
        const auto entries = m_audit->entries({});
        QVERIFY2(entries.size() >= 5, qPrintable(QString::number(entries.size())));
        QString error;
        QVERIFY2(api::AuditLog::exportCsv(entries, QDir(dataDir()).filePath(QStringLiteral("audit.csv")), &error),
                 qPrintable(error));
        QVERIFY2(api::AuditLog::exportJson(entries, QDir(dataDir()).filePath(QStringLiteral("audit.json")), &error),
                 qPrintable(error));
    }

    void exportTemplate()
    {
        model::OnboardingTemplate onboardingTemplate;
        onboardingTemplate.name = QStringLiteral("Secrets scan");
        onboardingTemplate.countryCode = QStringLiteral("SE");
        onboardingTemplate.defaultEmailLanguage = QStringLiteral("sv_SE");
        onboardingTemplate.serviceProviderAdminEmail = QStringLiteral("admin@partner.example");
        const jobs::TemplateSummary::Context context { QStringLiteral("Integration"),
                                                       QDateTime::currentDateTimeUtc(),
                                                       QLocale(QLocale::English) };
        for (const char* name : { "template.html", "template.md", "template.pdf" }) {
            const QString path = QDir(dataDir()).filePath(QString::fromLatin1(name));
            QString error;
            QVERIFY2(ui::TemplateExporter::exportTo(onboardingTemplate, context, path, &error), qPrintable(error));
            QVERIFY(QFileInfo(path).size() > 0);
        }
        jobs::TemplateLibrary library(jobs::TemplateLibrary::defaultFilePath());
        QString error;
        QVERIFY2(library.load(&error), qPrintable(error));
        QVERIFY2(library.add(onboardingTemplate, &error), qPrintable(error));

        model::TemplateDraft templateDraft;
        templateDraft.onboardingTemplate = onboardingTemplate;
        templateDraft.profileName = QStringLiteral("Integration");
        QVERIFY(model::DraftStore::saveTemplateDraft(QDir(dataDir()).filePath(QStringLiteral("template.draft.json")),
                                                     templateDraft)
                    .ok());
    }

    void bulkImport()
    {
        const QDir dir(dataDir());
        const QString file = dir.filePath(QStringLiteral("import.csv"));
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("F\xC3\xB6rnamn;Efternamn;E-postadress;Paket\n"
                  "Bo;Ek;bo.ek@secrets-scan.example;webex_meetings\n"
                  "Ia;Al;ia.al@secrets-scan.example;webex_meetings\n"
                  "No;Mail;not-an-email;webex_meetings\n");
        csv.close();
        const QString report = dir.filePath(QStringLiteral("import-report.json"));
        const QString rejected = dir.filePath(QStringLiteral("import-rejected.csv"));
        CliRun run = cli({ QStringLiteral("--base-url"),
                           m_sandbox.baseUrl().toString(),
                           QStringLiteral("--token-env"),
                           QStringLiteral("PARTNER_TOKEN"),
                           QStringLiteral("subscribers"),
                           QStringLiteral("import"),
                           file,
                           QStringLiteral("--customer"),
                           m_customerId,
                           QStringLiteral("--journal"),
                           dir.filePath(QStringLiteral("import.journal.sqlite")),
                           QStringLiteral("--report"),
                           report,
                           QStringLiteral("--rejected"),
                           rejected,
                           QStringLiteral("--skip-invalid") },
                         tokenEnv(QStringLiteral("PARTNER_TOKEN"), m_sandbox.token()));
        // The invalid row is skipped and reported, so the run does not end in full success.
        QVERIFY2(run.exitCode == 1, run.err.constData());
        QVERIFY(QFile::exists(report));
        QVERIFY(QFile::exists(rejected));
    }

    void cliWithTokenEnv()
    {
        const QString url = m_sandbox.baseUrl().toString();
        const auto env = tokenEnv(QStringLiteral("PARTNER_TOKEN"), m_sandbox.token());
        CliRun list = cli({ QStringLiteral("--base-url"),
                            url,
                            QStringLiteral("--token-env"),
                            QStringLiteral("PARTNER_TOKEN"),
                            QStringLiteral("--json"),
                            QStringLiteral("customers"),
                            QStringLiteral("list") },
                          env);
        QVERIFY2(list.exitCode == 0, list.err.constData());
        CliRun created = cli({ QStringLiteral("--base-url"),
                               url,
                               QStringLiteral("--token-env"),
                               QStringLiteral("PARTNER_TOKEN"),
                               QStringLiteral("subscribers"),
                               QStringLiteral("create"),
                               QStringLiteral("--customer-id"),
                               m_customerId,
                               QStringLiteral("--email"),
                               QStringLiteral("cli@secrets-scan.example"),
                               QStringLiteral("--package"),
                               QStringLiteral("webex_meetings"),
                               QStringLiteral("--first-name"),
                               QStringLiteral("Cli"),
                               QStringLiteral("--last-name"),
                               QStringLiteral("User") },
                             env);
        QVERIFY2(created.exitCode == 0, created.err.constData());
        // An API error on the way, with its tracking ID.
        CliRun missing = cli({ QStringLiteral("--base-url"),
                               url,
                               QStringLiteral("--token-env"),
                               QStringLiteral("PARTNER_TOKEN"),
                               QStringLiteral("customers"),
                               QStringLiteral("get"),
                               QStringLiteral("no-such-customer") },
                             env);
        QCOMPARE(missing.exitCode, 1);
        // A profile from the keychain, with the token overridden from the environment.
        CliRun withProfile = cli({ QStringLiteral("--profile"),
                                   QStringLiteral("Partner"),
                                   QStringLiteral("--token-env"),
                                   QStringLiteral("PARTNER_TOKEN"),
                                   QStringLiteral("subscribers"),
                                   QStringLiteral("list"),
                                   QStringLiteral("--customer-id"),
                                   m_customerId },
                                 env);
        QVERIFY2(withProfile.exitCode == 0, withProfile.err.constData());
        CliRun audit = cli({ QStringLiteral("audit"),
                             QStringLiteral("export"),
                             QStringLiteral("--format"),
                             QStringLiteral("csv"),
                             QStringLiteral("--output"),
                             QDir(dataDir()).filePath(QStringLiteral("cli-audit.csv")) });
        QVERIFY2(audit.exitCode == 0, audit.err.constData());
    }

    void cliWithOAuthProfile()
    {
        QTest::qWait(2500); // the stored access token expires; the CLI must renew it with the refresh token
        CliRun run = cli({ QStringLiteral("--profile"),
                           QStringLiteral("Integration"),
                           QStringLiteral("customers"),
                           QStringLiteral("get"),
                           m_customerId });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        // The CLI stored the renewed token in the keychain: it is a secret too.
        const auto renewed = keychain(QStringLiteral("Integration"), CredentialStore::SecretKind::AccessToken);
        QVERIFY(renewed.ok());
        addSecret(QStringLiteral("access token renewed by the CLI"), renewed.secret);
    }

    void serviceApp()
    {
        api::Profile profile;
        profile.name = QStringLiteral("Service app");
        profile.baseUrl = m_sandbox.baseUrl();
        profile.authKind = api::Profile::AuthKind::ServiceApp;
        profile.clientId = m_serviceAppId;
        profile.serviceAppId = QStringLiteral("app-1");
        profile.serviceAppTargetOrgId
            = QString::fromStdString(m_sandbox.client().get(QStringLiteral("/organizations")).json["items"][0]["id"]);
        QString error;
        QVERIFY2(m_profiles->save(profile, &error), qPrintable(error));

        api::StaticTokenProvider authorizing(m_sandbox.token());
        api::ApiSession session(profile.baseUrl, &authorizing);
        const auto pair = await<api::ServiceAppTokenRequest::Tokens>([&](auto cb) {
            api::ServiceAppTokenRequest::send(&session,
                                              profile.serviceAppId,
                                              profile.clientId,
                                              m_serviceAppSecret,
                                              profile.serviceAppTargetOrgId,
                                              this,
                                              cb);
        });
        QVERIFY2(pair.ok(), pair.error ? qPrintable(pair.error->toSupportText()) : "no error text");
        addSecret(QStringLiteral("service app access token"), pair.value->accessToken);
        addSecret(QStringLiteral("service app refresh token"), pair.value->refreshToken);
        QVERIFY(keychain(profile.name, CredentialStore::SecretKind::AccessToken, pair.value->accessToken).ok());
        QVERIFY(keychain(profile.name, CredentialStore::SecretKind::RefreshToken, pair.value->refreshToken).ok());
        QVERIFY(keychain(profile.name, CredentialStore::SecretKind::ClientSecret, m_serviceAppSecret).ok());

        QTest::qWait(2500); // the access token expires; the connection renews it and keeps the renewed one
        api::ProfileConnector connector(m_credentials.get());
        connector.setAuditLog(m_audit.get());
        QSignalSpy opened(&connector, &api::ProfileConnector::opened);
        QSignalSpy saved(&connector, &api::ProfileConnector::tokensSaved);
        connector.open(profile);
        QVERIFY(opened.count() > 0 || opened.wait(30000));
        const auto customer
            = await<model::Customer>([&](auto cb) { connector.client()->getCustomer(m_customerId, this, cb); });
        QVERIFY2(customer.ok(), customer.error ? qPrintable(customer.error->toSupportText()) : "no error text");
        QVERIFY(saved.count() > 0 || saved.wait(30000));
        addSecret(QStringLiteral("service app access token, renewed"), connector.tokens()->accessToken());
    }

    void proxiedProfile()
    {
        // A CA bundle the profile trusts (not a secret, but its path and the file must be kept as set).
        const QString certs = QDir(dataDir()).filePath(QStringLiteral("certs"));
        QVERIFY(QDir().mkpath(certs));
        QProcess openssl;
        openssl.setWorkingDirectory(certs);
        openssl.setProcessChannelMode(QProcess::MergedChannels);
        openssl.start(QStringLiteral("openssl"),
                      QStringLiteral("req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 2 -subj "
                                     "/CN=Onboarder-Scan-CA")
                          .split(QLatin1Char(' ')));
        QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0, openssl.readAll().constData());

        // A real proxy that wants a user and password.
        addSecret(QStringLiteral("proxy password"), m_proxyPassword);
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        QTemporaryDir proxyFolder; // gone before the scan: tinyproxy's own configuration holds the password
        QVERIFY(proxyFolder.isValid());
        QFile config(proxyFolder.filePath(QStringLiteral("tinyproxy.conf")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral("Port %1\nListen 127.0.0.1\nTimeout 30\nLogFile \"%2\"\nLogLevel Connect\n"
                                    "MaxClients 20\nAllow 127.0.0.1\nBasicAuth scanuser %3\n")
                         .arg(port)
                         .arg(proxyFolder.filePath(QStringLiteral("tinyproxy.log")), m_proxyPassword)
                         .toUtf8());
        config.close();
        QProcess proxy;
        proxy.start(QStringLiteral("tinyproxy"), { QStringLiteral("-d"), QStringLiteral("-c"), config.fileName() });
        QVERIFY2(proxy.waitForStarted(10000), "tinyproxy is missing (Debian package tinyproxy-bin)");
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QTcpSocket socket;
                socket.connectToHost(QHostAddress::LocalHost, port);
                return socket.waitForConnected(1000);
            }(),
            20000);

        // Saved as a user does it, in Settings.
        {
            ui::SettingsDialog settings(m_profiles.get(), m_credentials.get());
            settings.findChild<QPushButton*>(QStringLiteral("addProfileButton"))->click();
            const auto field = [&](const char* name) { return settings.findChild<QLineEdit*>(QLatin1String(name)); };
            field("profileNameEdit")->setText(QStringLiteral("Proxied"));
            field("baseUrlEdit")->setText(m_sandbox.baseUrl().toString());
            field("secretEdit")->setText(m_sandbox.token());
            field("caFileEdit")->setText(QDir(certs).filePath(QStringLiteral("ca.pem")));
            field("proxyEdit")->setText(QStringLiteral("http://scanuser@127.0.0.1:%1").arg(port));
            field("proxyPasswordEdit")->setText(m_proxyPassword);
            settings.findChild<QPushButton*>(QStringLiteral("saveProfileButton"))->click();
            QVERIFY(m_profiles->find(QStringLiteral("Proxied")).has_value());
            QTRY_COMPARE_WITH_TIMEOUT(
                keychain(QStringLiteral("Proxied"), CredentialStore::SecretKind::ProxyPassword).secret,
                m_proxyPassword,
                30000);
        }
        const api::Profile saved = *m_profiles->find(QStringLiteral("Proxied"));
        QCOMPARE(saved.proxyUrl.userName(), QStringLiteral("scanuser"));
        QVERIFY(saved.proxyUrl.password().isEmpty());
        QVERIFY(!saved.caFile.isEmpty());

        // The window's connection path and the CLI both get through the proxy with the keychain's password.
        api::ProfileConnector connector(m_credentials.get());
        connector.setAuditLog(m_audit.get());
        QSignalSpy opened(&connector, &api::ProfileConnector::opened);
        connector.open(saved);
        QVERIFY(opened.count() > 0 || opened.wait(30000));
        const auto customer
            = await<model::Customer>([&](auto cb) { connector.client()->getCustomer(m_customerId, this, cb); });
        QVERIFY2(customer.ok(), customer.error ? qPrintable(customer.error->toSupportText()) : "no error text");
        CliRun run = cli({ QStringLiteral("--profile"),
                           QStringLiteral("Proxied"),
                           QStringLiteral("customers"),
                           QStringLiteral("get"),
                           m_customerId });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        proxy.terminate();
        QVERIFY(proxy.waitForFinished(10000));
        QFile log(proxyFolder.filePath(QStringLiteral("tinyproxy.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY2(log.readAll().count("GET http://127.0.0.1:") >= 2, "the requests did not go through the proxy");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(root && root->isValid());
        QVERIFY2(QDir::homePath().startsWith(root->path()), qPrintable(QDir::homePath()));
        qInstallMessageHandler(captureMessage);
        auto options = SandboxFixture::options(QStringLiteral("demo"), 200);
        options.token = randomSecret("pat-");
        options.accessTokenLifetimeSecs = 2;
        options.oauthClients.insert(m_clientId, m_clientSecret);
        options.oauthClients.insert(m_serviceAppId, m_serviceAppSecret);
        QVERIFY(m_sandbox.start(options));
        addSecret(QStringLiteral("personal access token"), m_sandbox.token());
        addSecret(QStringLiteral("client secret"), m_clientSecret);
        addSecret(QStringLiteral("service app client secret"), m_serviceAppSecret);

        m_profiles = std::make_unique<api::ProfileStore>();
        m_credentials = std::make_unique<CredentialStore>();
        m_audit = std::make_unique<api::AuditLog>();
        QDir().mkpath(dataDir());
        QString error;
        QVERIFY2(m_audit->open(QDir(dataDir()).filePath(QStringLiteral("audit.sqlite")), &error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        m_oauth.reset();
        m_audit.reset();
        m_sandbox.stop();
        qInstallMessageHandler(nullptr);
    }

    // The scanner finds a planted secret in each form, so an empty result below means something.
    void scannerFindsPlantedSecrets()
    {
        QTemporaryDir planted;
        QVERIFY(planted.isValid());
        const QString secret = m_clientSecret;
        QFile file(planted.filePath(QStringLiteral("leak.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x=" + QUrl::toPercentEncoding(secret) + "\n");
        file.close();
        QVERIFY(!scanFolder(planted.path()).isEmpty());
        QVERIFY(!findSecrets("Authorization: Basic " + (m_clientId + QLatin1Char(':') + secret).toUtf8().toBase64(),
                             QStringLiteral("header"))
                     .isEmpty());
        QVERIFY(!findSecrets(secret.toUtf8().left(16) + "…", QStringLiteral("cut")).isEmpty());
    }

    void fullSessionLeavesNoSecret()
    {
        for (const Step& step : steps()) {
            qInfo("step: %s", qPrintable(step.name));
            step.run();
            if (QTest::currentTestFailed()) {
                QFAIL(qPrintable(QStringLiteral("step failed: ") + step.name));
            }
        }
        m_audit->close();
        QCOMPARE(m_secrets.size() >= 5, true);
        QVERIFY(m_cliRuns >= 5);

        // The session really wrote things and really logged at debug level.
        QVERIFY(QFileInfo::exists(QDir(dataDir()).filePath(QStringLiteral("audit.sqlite"))));
        QVERIFY(QFileInfo::exists(jobs::TemplateLibrary::defaultFilePath()));
        QByteArray log;
        {
            const QMutexLocker lock(&logMutex);
            log = capturedLog;
        }
        // Debug lines of the sandbox's request log, from this process, and of the CLI's runs.
        QVERIFY2(log.count("onboarder.sandbox.http: ") >= 20, log.left(2000).constData());
        QVERIFY(log.contains("onboarder-cli --profile Integration"));

        int files = 0;
        QStringList hits = scanFolder(root->path(), &files);
        QVERIFY2(files >= 8, qPrintable(QString::number(files)));
        hits += findSecrets(log, QStringLiteral("captured log"));
        hits += findSecrets(m_supportTexts.join(QLatin1Char('\n')).toUtf8(), QStringLiteral("support text"));
        qInfo("searched %d files and %lld bytes of log for %lld secrets",
              files,
              qlonglong(log.size()),
              qlonglong(m_secrets.size()));
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    }
};

QTemporaryDir* TestSecretsScan::root = nullptr;

int main(int argc, char* argv[])
{
    // Before the application exists: every location the program resolves must fall inside the throwaway root.
    QTemporaryDir root;
    TestSecretsScan::root = &root;
    // HOME too: whatever a program writes beside the XDG folders (dot files, fallbacks) is searched as well. The
    // keyring daemon was started before, with its own HOME, and keeps its encrypted files there.
    for (const char* variable :
         { "HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "TMPDIR" }) {
        const QString folder = root.filePath(QString::fromLatin1(variable).toLower());
        QDir().mkpath(folder);
        qputenv(variable, QFile::encodeName(folder));
    }
    qputenv("QT_LOGGING_RULES", "onboarder.*=true");
    QApplication app(argc, argv);
    // The names the GUI and onboarder-cli use, so that the CLI finds the profiles saved here.
    QApplication::setOrganizationName(QStringLiteral("Onboarder"));
    QApplication::setApplicationName(QStringLiteral("onboarder"));
    TestSecretsScan test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_SecretsScan.moc"
