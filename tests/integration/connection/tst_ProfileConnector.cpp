#include "SandboxFixture.h"
#include "api/ApiRequest.h"
#include "api/ApiSession.h"
#include "api/ServiceAppTokenRequest.h"
#include "api/TokenProvider.h"
#include "api/WholesaleClient.h"
#include "connection/CredentialStore.h"
#include "connection/ProfileConnector.h"
#include "model/SubPartner.h"
#include "model/WholesaleJson.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>

using namespace onboarder;
using onboarder::testsupport::SandboxFixture;
using Kind = api::CredentialStore::SecretKind;
using Failure = api::ProfileConnector::Failure;

// The one connection path over real HTTP and HTTPS to the sandbox, through a real proxy (tinyproxy) and with a real
// Secret Service (tests/run-with-keyring.sh).
class tst_ProfileConnector : public QObject
{
    Q_OBJECT

private:
    api::Profile profile(api::Profile::AuthKind kind) const
    {
        api::Profile p;
        p.name = QStringLiteral("connector-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        p.baseUrl = m_sandbox.baseUrl();
        p.authKind = kind;
        // Every sandbox of this test serves HTTPS with a certificate of the test's own CA, trusted like a corporate
        // TLS inspection CA would be.
        p.caFile = caFile();
        return p;
    }

    QString caFile() const
    {
        return m_pki.filePath(QStringLiteral("ca.pem"));
    }

    sandbox::SandboxOptions tlsOptions() const
    {
        auto options = SandboxFixture::options(QStringLiteral("demo"));
        options.tlsCertificateFile = m_pki.filePath(QStringLiteral("server.pem"));
        options.tlsKeyFile = m_pki.filePath(QStringLiteral("server.key"));
        return options;
    }

    bool startTls(SandboxFixture& sandbox, sandbox::SandboxOptions options)
    {
        if (!sandbox.start(options)) {
            return false;
        }
        sandbox.client().addCaCertificates(QSslCertificate::fromPath(caFile()));
        return sandbox.baseUrl().scheme() == QLatin1String("https");
    }

    bool write(const QString& profile, Kind kind, const QString& secret)
    {
        bool done = false;
        bool ok = false;
        m_credentials->write(profile, kind, secret, this, [&](const api::CredentialStore::Result& r) {
            ok = r.ok();
            done = true;
        });
        return QTest::qWaitFor([&] { return done; }, 20000) && ok;
    }

    api::CredentialStore::ProfileSecrets readAll(const QString& profile)
    {
        bool done = false;
        api::CredentialStore::ProfileSecrets secrets;
        m_credentials->readProfile(profile, this, [&](const api::CredentialStore::ProfileSecrets& s) {
            secrets = s;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 30000)) {
            secrets.access.status = api::CredentialStore::Status::TimedOut;
        }
        return secrets;
    }

    // One cheap wholesale call through the connector's client; empty when it succeeded, else the API's message.
    QString call(api::ProfileConnector& connector, api::ApiError::Kind* kind = nullptr)
    {
        bool done = false;
        QString problem;
        connector.client()->listSubPartners(this, [&](const api::ApiResult<QList<model::SubPartner>>& r) {
            problem = r.ok() ? QString() : (r.error ? r.error->message : QStringLiteral("failed"));
            if (kind && r.error) {
                *kind = r.error->kind;
            }
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 30000)) {
            return QStringLiteral("no answer");
        }
        return problem;
    }

    model::Customer plannedCustomer(SandboxFixture& sandbox, const QString& externalId)
    {
        const auto templates = sandbox.client().get(QStringLiteral("/sandbox/onboardingTemplates")).json;
        const std::string templateId = templates["items"][0]["provisioningId"];
        const auto body = SandboxFixture::customerBody(templateId,
                                                       externalId.toStdString(),
                                                       (externalId + QStringLiteral("@example.com")).toStdString(),
                                                       nlohmann::json::array({ "webex_meetings" }));
        return *model::WholesaleJson::customerFromJson(body).value;
    }

    api::ApiResult<api::WholesaleClient::Created> provision(api::WholesaleClient* client, const model::Customer& plan)
    {
        bool done = false;
        api::ApiResult<api::WholesaleClient::Created> created;
        client->provisionCustomer(plan, this, [&](const api::ApiResult<api::WholesaleClient::Created>& r) {
            created = r;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 60000); }();
        return created;
    }

    QStringList customerIds(api::WholesaleClient* client)
    {
        bool done = false;
        QStringList ids;
        client->listCustomers(
            {},
            this,
            [&](const QList<model::Customer>& page) {
                for (const model::Customer& c : page) {
                    ids << c.id;
                }
            },
            [&](const std::optional<api::ApiError>& error) {
                if (error) {
                    ids << QStringLiteral("error: ") + error->message;
                }
                done = true;
            });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 60000); }();
        return ids;
    }

    static bool openssl(const QString& folder, const QStringList& arguments)
    {
        QProcess process;
        process.setWorkingDirectory(folder);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral("openssl"), arguments);
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            qWarning("openssl %s: %s", qPrintable(arguments.join(QLatin1Char(' '))), process.readAll().constData());
            return false;
        }
        return true;
    }

    // A CA of this run only and a certificate it signed for 127.0.0.1, made with the openssl command.
    bool makeCertificates(const QString& folder)
    {
        QFile extensions(folder + QStringLiteral("/server.ext"));
        if (!extensions.open(QIODevice::WriteOnly)) {
            return false;
        }
        extensions.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n"
                         "keyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n");
        extensions.close();
        const auto args = [](const char* line) { return QString::fromLatin1(line).split(QLatin1Char(' ')); };
        return openssl(folder,
                       args("req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 2 -subj "
                            "/CN=Onboarder-Test-CA "
                            "-addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign"))
            && openssl(folder,
                       args("req -newkey rsa:2048 -nodes -keyout server.key -out server.csr -subj /CN=127.0.0.1"))
            && openssl(folder,
                       args("x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out server.pem -days 2 "
                            "-extfile server.ext"));
    }

    QTemporaryDir m_pki;
    SandboxFixture m_sandbox;
    std::unique_ptr<api::CredentialStore> m_credentials;

private slots:
    void initTestCase()
    {
        QVERIFY(m_pki.isValid() && makeCertificates(m_pki.path()));
        QVERIFY(startTls(m_sandbox, tlsOptions()));
        m_credentials = std::make_unique<api::CredentialStore>();
        m_credentials->setServiceName(QStringLiteral("OnboarderTest"));
        QVERIFY(write(QStringLiteral("probe"), Kind::AccessToken, QStringLiteral("x")));
        QVERIFY2(m_credentials->isPersistent(), "no Secret Service: run this test through tests/run-with-keyring.sh");
    }

    void cleanupTestCase()
    {
        m_sandbox.stop();
    }

    void readsEverySecretOfAProfileInOneGo()
    {
        const api::Profile p = profile(api::Profile::AuthKind::OAuthIntegration);
        QVERIFY(write(p.name, Kind::AccessToken, QStringLiteral("access-1")));
        QVERIFY(write(p.name, Kind::ClientSecret, QStringLiteral("secret-1")));
        const auto secrets = readAll(p.name);
        QVERIFY(secrets.access.ok());
        QCOMPARE(secrets.access.secret, QStringLiteral("access-1"));
        QCOMPARE(secrets.refreshToken, QString());
        QCOMPARE(secrets.clientSecret, QStringLiteral("secret-1"));
    }

    void removingAProfileLeavesNoSecret()
    {
        const api::Profile p = profile(api::Profile::AuthKind::OAuthIntegration);
        for (Kind kind : api::CredentialStore::allKinds()) {
            QVERIFY(write(p.name, kind, QStringLiteral("kept")));
        }
        bool done = false;
        api::CredentialStore::Result removed;
        m_credentials->removeProfile(p.name, this, [&](const api::CredentialStore::Result& r) {
            removed = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY(removed.ok());
        const auto secrets = readAll(p.name);
        QCOMPARE(secrets.access.status, api::CredentialStore::Status::NotFound);
        QVERIFY(secrets.refreshToken.isEmpty());
        QVERIFY(secrets.clientSecret.isEmpty());
        QVERIFY(secrets.proxyPassword.isEmpty());
    }

    void personalTokenFromTheKeychainConnects()
    {
        const api::Profile p = profile(api::Profile::AuthKind::PersonalAccessToken);
        QVERIFY(write(p.name, Kind::AccessToken, m_sandbox.token()));
        api::ProfileConnector connector(m_credentials.get());
        QSignalSpy opened(&connector, &api::ProfileConnector::opened);
        connector.open(p);
        QVERIFY(opened.count() > 0 || opened.wait(30000));
        QCOMPARE(connector.session()->baseUrl(), m_sandbox.baseUrl());
        QCOMPARE(call(connector), QString());
    }

    void givenTokenIsUsedWithoutAKeychain()
    {
        api::ProfileConnector connector(nullptr);
        QSignalSpy opened(&connector, &api::ProfileConnector::opened);
        connector.open(profile(api::Profile::AuthKind::PersonalAccessToken), m_sandbox.token());
        QVERIFY(opened.count() > 0 || opened.wait(30000));
        QCOMPARE(call(connector), QString());
    }

    void wrongTokenIsRefusedByTheApi()
    {
        api::ProfileConnector connector(nullptr);
        QSignalSpy opened(&connector, &api::ProfileConnector::opened);
        connector.open(profile(api::Profile::AuthKind::PersonalAccessToken), QStringLiteral("not-a-token"));
        QVERIFY(opened.count() > 0 || opened.wait(30000));
        QVERIFY(!call(connector).isEmpty());
    }

    void missingTokenFailsWithTheReason_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("personal") << int(api::Profile::AuthKind::PersonalAccessToken);
        QTest::newRow("integration") << int(api::Profile::AuthKind::OAuthIntegration);
        QTest::newRow("service app") << int(api::Profile::AuthKind::ServiceApp);
    }

    void missingTokenFailsWithTheReason()
    {
        QFETCH(int, kind);
        api::ProfileConnector connector(m_credentials.get());
        QSignalSpy failed(&connector, &api::ProfileConnector::failed);
        connector.open(profile(static_cast<api::Profile::AuthKind>(kind)));
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.first().at(0).value<Failure>(), Failure::NoToken);
        QVERIFY(connector.client() == nullptr);
    }

    void serviceAppProvisionsACustomerAndRenewsItsToken()
    {
        // Its own sandbox: short-lived access tokens, and the Service app's client the only one it knows.
        auto options = tlsOptions();
        options.accessTokenLifetimeSecs = 2;
        options.oauthClients = { { QStringLiteral("service-app-1"), QStringLiteral("service-app-secret") } };
        SandboxFixture sandbox;
        QVERIFY(startTls(sandbox, options));

        api::Profile p = profile(api::Profile::AuthKind::ServiceApp);
        p.baseUrl = sandbox.baseUrl();
        p.clientId = QStringLiteral("service-app-1");
        p.serviceAppId = QStringLiteral("app-42");
        p.serviceAppTargetOrgId
            = QString::fromStdString(sandbox.client().get(QStringLiteral("/organizations")).json["items"][0]["id"]);

        // The pair, fetched with a token allowed to (the sandbox's own has spark:applications_token).
        api::StaticTokenProvider authorizing(sandbox.token());
        api::ApiSession authorizingSession(p.baseUrl, &authorizing);
        authorizingSession.addCaCertificates(p.caCertificates());
        bool fetched = false;
        api::ApiResult<api::ServiceAppTokenRequest::Tokens> pair;
        api::ServiceAppTokenRequest::send(&authorizingSession,
                                          p.serviceAppId,
                                          p.clientId,
                                          QStringLiteral("service-app-secret"),
                                          p.serviceAppTargetOrgId,
                                          this,
                                          [&](const api::ApiResult<api::ServiceAppTokenRequest::Tokens>& r) {
                                              pair = r;
                                              fetched = true;
                                          });
        QTRY_VERIFY_WITH_TIMEOUT(fetched, 30000);
        QVERIFY2(pair.ok(), qPrintable(pair.error ? pair.error->message : QString()));
        QVERIFY(!pair.value->refreshToken.isEmpty());
        QVERIFY(write(p.name, Kind::AccessToken, pair.value->accessToken));
        QVERIFY(write(p.name, Kind::RefreshToken, pair.value->refreshToken));
        QVERIFY(write(p.name, Kind::ClientSecret, QStringLiteral("service-app-secret")));

        api::ProfileConnector connector(m_credentials.get());
        QSignalSpy opened(&connector, &api::ProfileConnector::opened);
        QSignalSpy saved(&connector, &api::ProfileConnector::tokensSaved);
        connector.open(p);
        QVERIFY(opened.count() > 0 || opened.wait(30000));
        QTest::qWait(2500); // the access token expires
        const auto created = provision(connector.client(), plannedCustomer(sandbox, QStringLiteral("service-app-1")));
        QVERIFY2(created.ok(), qPrintable(created.error ? created.error->toSupportText() : QString()));
        QVERIFY(!created.value->id.isEmpty());

        // Renewed on the 401, and the renewed token replaced the expired one in the keychain.
        QVERIFY(saved.count() > 0 || saved.wait(30000));
        QVERIFY(!connector.isSavingTokens());
        const auto stored = readAll(p.name);
        QVERIFY(stored.access.ok());
        QVERIFY(stored.access.secret != pair.value->accessToken);
        QCOMPARE(stored.access.secret, connector.tokens()->accessToken());
    }

    void serviceAppWithAWrongSecretGetsNoTokens()
    {
        api::StaticTokenProvider authorizing(m_sandbox.token());
        api::ApiSession session(m_sandbox.baseUrl(), &authorizing);
        session.addCaCertificates(QSslCertificate::fromPath(caFile()));
        bool fetched = false;
        api::ApiResult<api::ServiceAppTokenRequest::Tokens> pair;
        api::ServiceAppTokenRequest::send(
            &session,
            QStringLiteral("app-42"),
            QStringLiteral("onboarder-sandbox"),
            QStringLiteral("not-the-secret"),
            QString::fromStdString(m_sandbox.client().get(QStringLiteral("/organizations")).json["items"][0]["id"]),
            this,
            [&](const api::ApiResult<api::ServiceAppTokenRequest::Tokens>& r) {
                pair = r;
                fetched = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(fetched, 30000);
        QVERIFY(!pair.ok());
        QCOMPARE(pair.error->httpStatus, 401);
    }

    void everyNetworkManagerOfTheSessionTrustsTheExtraCa()
    {
        api::StaticTokenProvider tokens(m_sandbox.token());
        api::ApiSession session(m_sandbox.baseUrl(), &tokens);
        session.addCaCertificates(QSslCertificate::fromPath(caFile()));
        // More at once than one manager carries, so the session makes a second one for the rest.
        QList<api::ApiRequest*> requests;
        for (int i = 0; i < 2 * api::NetworkPool::kConnectionsPerManager; ++i) {
            api::ApiRequest* request = session.get(QStringLiteral("wholesale/customers"));
            request->setAutoDelete(false);
            requests.append(request);
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(requests.begin(), requests.end(), [](api::ApiRequest* r) { return r->isFinished(); }), 30000);
        QCOMPARE(session.networkPool()->managerCount(), 2);
        for (api::ApiRequest* request : requests) {
            const auto& response = request->response();
            QVERIFY2(response.ok(), response.error ? qPrintable(response.error->toSupportText()) : "");
        }
        qDeleteAll(requests);
    }

    void subPartnerProfileSeesAndCreatesOnlyItsCustomers()
    {
        const auto subPartners = m_sandbox.client().get(QStringLiteral("/wholesale/subPartners")).json["items"];
        QString subPartnerOrgId;
        for (const auto& item : subPartners) {
            if (item.value("provisioningState", std::string()) == "active") {
                subPartnerOrgId = QString::fromStdString(item["orgId"].get<std::string>());
            }
        }
        QVERIFY(!subPartnerOrgId.isEmpty());
        api::Profile p = profile(api::Profile::AuthKind::PersonalAccessToken);
        p.subPartnerOrgId = subPartnerOrgId;
        api::ProfileConnector connector(nullptr);
        QSignalSpy opened(&connector, &api::ProfileConnector::opened);
        connector.open(p, m_sandbox.token());
        QVERIFY(opened.count() > 0 || opened.wait(30000));

        const auto created = provision(connector.client(), plannedCustomer(m_sandbox, QStringLiteral("sub-partner-1")));
        QVERIFY2(created.ok(), qPrintable(created.error ? created.error->toSupportText() : QString()));
        const QStringList mine = customerIds(connector.client());
        QVERIFY(mine.contains(created.value->id));

        // The partner's own view has none of the sub-partner's customers, and the sub-partner none of the partner's.
        api::ProfileConnector partner(nullptr);
        QSignalSpy partnerOpened(&partner, &api::ProfileConnector::opened);
        partner.open(profile(api::Profile::AuthKind::PersonalAccessToken), m_sandbox.token());
        QVERIFY(partnerOpened.count() > 0 || partnerOpened.wait(30000));
        const QStringList direct = customerIds(partner.client());
        QVERIFY(!direct.isEmpty());
        for (const QString& id : mine) {
            QVERIFY2(!direct.contains(id), qPrintable(id));
        }
    }

    void unknownCaIsRefusedWithWhatToDo()
    {
        QCOMPARE(m_sandbox.baseUrl().scheme(), QStringLiteral("https"));
        api::Profile p = profile(api::Profile::AuthKind::PersonalAccessToken);
        p.caFile.clear();
        api::ProfileConnector connector(nullptr);
        QSignalSpy opened(&connector, &api::ProfileConnector::opened);
        connector.open(p, m_sandbox.token());
        QVERIFY(opened.count() > 0 || opened.wait(30000));
        api::ApiError::Kind kind = api::ApiError::Kind::Http;
        const QString problem = call(connector, &kind);
        QCOMPARE(kind, api::ApiError::Kind::Tls);
        QVERIFY2(problem.contains(QStringLiteral("CA certificate file")), qPrintable(problem));
        QVERIFY2(problem.contains(QStringLiteral("--ca-file")), qPrintable(problem));
    }

    void profileCaFileIsTrusted()
    {
        const api::Profile p = profile(api::Profile::AuthKind::PersonalAccessToken);
        QVERIFY(!p.caFile.isEmpty());
        api::ProfileConnector connector(nullptr);
        QSignalSpy opened(&connector, &api::ProfileConnector::opened);
        connector.open(p, m_sandbox.token());
        QVERIFY(opened.count() > 0 || opened.wait(30000));
        QCOMPARE(call(connector), QString());
    }

    void unreadableCaFileIsReportedBeforeAnythingIsSent()
    {
        api::Profile p = profile(api::Profile::AuthKind::PersonalAccessToken);
        p.caFile = QStringLiteral("/nonexistent/ca.pem");
        api::ProfileConnector connector(nullptr);
        QSignalSpy failed(&connector, &api::ProfileConnector::failed);
        connector.open(p, m_sandbox.token());
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).value<Failure>(), Failure::InvalidCaFile);
        QVERIFY(failed.first().at(1).toString().contains(p.caFile));
    }

    // A real proxy on loopback, logging each connection to log; extraConfig adds lines such as BasicAuth.
    bool startProxy(QProcess& proxy, const QTemporaryDir& folder, quint16& port, const QString& extraConfig = {})
    {
        {
            QTcpServer probe;
            if (!probe.listen(QHostAddress::LocalHost, 0)) {
                return false;
            }
            port = probe.serverPort();
        }
        QFile config(folder.filePath(QStringLiteral("tinyproxy.conf")));
        if (!config.open(QIODevice::WriteOnly)) {
            return false;
        }
        config.write(QStringLiteral("Port %1\nListen 127.0.0.1\nTimeout 30\nLogFile \"%2\"\nLogLevel Connect\n"
                                    "MaxClients 20\nAllow 127.0.0.1\n%3\n")
                         .arg(port)
                         .arg(folder.filePath(QStringLiteral("tinyproxy.log")), extraConfig)
                         .toUtf8());
        config.close();
        proxy.start(QStringLiteral("tinyproxy"), { QStringLiteral("-d"), QStringLiteral("-c"), config.fileName() });
        if (!proxy.waitForStarted(10000)) {
            qWarning("tinyproxy is missing (Debian package tinyproxy-bin)");
            return false;
        }
        // Ready once it accepts connections.
        return QTest::qWaitFor(
            [&] {
                QTcpSocket socket;
                socket.connectToHost(QHostAddress::LocalHost, port);
                return socket.waitForConnected(1000);
            },
            20000);
    }

    void profileProxyCarriesTheRequests()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        QProcess proxy;
        quint16 port = 0;
        QVERIFY(startProxy(proxy, folder, port));

        api::Profile p = profile(api::Profile::AuthKind::PersonalAccessToken);
        p.proxyUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        api::ProfileConnector connector(nullptr);
        QSignalSpy opened(&connector, &api::ProfileConnector::opened);
        connector.open(p, m_sandbox.token());
        QVERIFY(opened.count() > 0 || opened.wait(30000));
        QCOMPARE(call(connector), QString());
        proxy.terminate();
        QVERIFY(proxy.waitForFinished(10000));

        // The HTTPS request went through the proxy as a CONNECT tunnel to the sandbox.
        QFile written(folder.filePath(QStringLiteral("tinyproxy.log")));
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray lines = written.readAll();
        const QByteArray tunnel = "CONNECT 127.0.0.1:" + QByteArray::number(m_sandbox.baseUrl().port());
        QVERIFY2(lines.contains(tunnel), lines.constData());

        api::Profile wrong = p;
        wrong.proxyUrl = QUrl(QStringLiteral("socks5://127.0.0.1:1"));
        api::ProfileConnector refused(nullptr);
        QSignalSpy failed(&refused, &api::ProfileConnector::failed);
        refused.open(wrong, m_sandbox.token());
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).value<Failure>(), Failure::InvalidProxy);
    }

    void proxyPasswordComesFromTheKeychain()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        QProcess proxy;
        quint16 port = 0;
        QVERIFY(startProxy(proxy, folder, port, QStringLiteral("BasicAuth onboarder proxy-password-1")));

        // The profile names the proxy user; its password is in the keychain only.
        api::Profile p = profile(api::Profile::AuthKind::PersonalAccessToken);
        p.proxyUrl = QUrl(QStringLiteral("http://onboarder@127.0.0.1:%1").arg(port));
        QVERIFY(write(p.name, Kind::AccessToken, m_sandbox.token()));
        {
            api::ProfileConnector withoutPassword(m_credentials.get());
            QSignalSpy opened(&withoutPassword, &api::ProfileConnector::opened);
            withoutPassword.open(p);
            QVERIFY(opened.count() > 0 || opened.wait(30000));
            QVERIFY2(!call(withoutPassword).isEmpty(), "the proxy let a request through without its password");
        }
        QVERIFY(write(p.name, Kind::ProxyPassword, QStringLiteral("proxy-password-1")));
        QCOMPARE(readAll(p.name).proxyPassword, QStringLiteral("proxy-password-1"));
        api::ProfileConnector connector(m_credentials.get());
        QSignalSpy opened(&connector, &api::ProfileConnector::opened);
        connector.open(p);
        QVERIFY(opened.count() > 0 || opened.wait(30000));
        QCOMPARE(call(connector), QString());
        proxy.terminate();
        QVERIFY(proxy.waitForFinished(10000));
    }

    void withoutKeychainOrAddressNothingIsSent()
    {
        api::ProfileConnector noKeychain(nullptr);
        QSignalSpy failedNoKeychain(&noKeychain, &api::ProfileConnector::failed);
        noKeychain.open(profile(api::Profile::AuthKind::PersonalAccessToken));
        QCOMPARE(failedNoKeychain.count(), 1);
        QCOMPARE(failedNoKeychain.first().at(0).value<Failure>(), Failure::NoKeychain);

        api::Profile plain = profile(api::Profile::AuthKind::PersonalAccessToken);
        plain.baseUrl = QUrl(QStringLiteral("http://api.example.com/v1"));
        api::ProfileConnector connector(m_credentials.get());
        QSignalSpy failed(&connector, &api::ProfileConnector::failed);
        connector.open(plain, QStringLiteral("token"));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).value<Failure>(), Failure::InvalidAddress);
        QVERIFY(!failed.first().at(1).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ProfileConnector)
#include "tst_ProfileConnector.moc"
