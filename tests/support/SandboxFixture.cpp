#include "SandboxFixture.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

namespace onboarder::testsupport {

using nlohmann::json;

sandbox::SandboxOptions SandboxFixture::options(const QString& seed, int provisioningDelayMs)
{
    sandbox::SandboxOptions options;
    options.seed = seed;
    options.provisioningDelayMs = provisioningDelayMs;
    options.token = QStringLiteral("test-token");
    options.inspection = true;
    return options;
}

bool SandboxFixture::start(const sandbox::SandboxOptions& options, int timeoutMs)
{
    stop();
    m_thread = std::make_unique<sandbox::SandboxThread>();
    QSignalSpy started(m_thread.get(), &sandbox::SandboxThread::started);
    m_thread->start(options);
    if (!started.wait(timeoutMs)) {
        return false;
    }
    m_client = std::make_unique<SandboxTestClient>(m_thread->baseUrl(), m_thread->token());
    return true;
}

void SandboxFixture::stop()
{
    m_client.reset();
    if (m_thread) {
        m_thread->stop();
        m_thread.reset();
    }
}

QUrl SandboxFixture::baseUrl() const
{
    return m_thread ? m_thread->baseUrl() : QUrl();
}

QString SandboxFixture::token() const
{
    return m_thread ? m_thread->token() : QString();
}

QString SandboxFixture::mintToken(const QStringList& scopes, qint64 lifetimeSecs) const
{
    return m_thread->mintToken(scopes, lifetimeSecs);
}

SandboxTestClient& SandboxFixture::client()
{
    return *m_client;
}

QString SandboxFixture::templateId()
{
    const HttpResult result = m_client->get(QStringLiteral("/sandbox/onboardingTemplates"));
    if (result.status != 200 || result.json["items"].empty()) {
        const HttpResult created = m_client->post(QStringLiteral("/sandbox/onboardingTemplates"),
                                                  { { "name", "Test template" }, { "countryCode", "SE" } });
        return QString::fromStdString(created.json.value("provisioningId", std::string()));
    }
    return QString::fromStdString(result.json["items"][0]["provisioningId"].get<std::string>());
}

json SandboxFixture::customerBody(const std::string& provisioningId,
                                  const std::string& externalId,
                                  const std::string& email,
                                  const json& packages)
{
    const json address = { { "addressLine1", "Drottninggatan 1" },
                           { "city", "Stockholm" },
                           { "zipOrPostalCode", "111 51" },
                           { "country", "SE" } };
    return { { "provisioningId", provisioningId },
             { "packages", packages },
             { "externalId", externalId },
             { "address", address },
             { "customerInfo", { { "name", "Testbolaget AB" }, { "primaryEmail", email }, { "language", "sv_SE" } } },
             { "provisioningParameters",
               { { "calling",
                   { { "location",
                       { { "name", "Huvudkontor" },
                         { "address", address },
                         { "timezone", "Europe/Stockholm" },
                         { "language", "sv_se" } } } } } } } };
}

QString SandboxFixture::createCustomer(const QString& externalId, const QString& email, const json& packages)
{
    const HttpResult result = m_client->post(
        QStringLiteral("/wholesale/customers"),
        customerBody(templateId().toStdString(), externalId.toStdString(), email.toStdString(), packages));
    if (result.status != 202) {
        qWarning("createCustomer failed: %d %s", result.status, result.body.constData());
        return {};
    }
    const std::string url = result.json["url"].get<std::string>();
    return QString::fromStdString(url.substr(url.rfind('/') + 1));
}

json SandboxFixture::waitForTerminal(const QString& customerId, int timeoutMs)
{
    json last;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        const HttpResult result = m_client->get(QStringLiteral("/wholesale/customers/") + customerId);
        last = result.json;
        if (result.status == 404) {
            return { { "status", "gone" } };
        }
        const std::string status = last.value("status", std::string());
        if (status != "provisioning" && status != "updating" && status != "deleting") {
            return last;
        }
        QTest::qWait(50);
    }
    return last;
}

QMap<QString, SandboxFixture::CreateCount> SandboxFixture::creates(const QString& pathSuffix)
{
    QMap<QString, CreateCount> counts;
    const HttpResult result = m_client->get(QStringLiteral("/sandbox/inspection/writes"));
    if (result.status != 200) {
        qWarning("inspection failed: %d %s", result.status, result.body.constData());
        return counts;
    }
    for (const json& write : result.json["items"]) {
        const QString path = QString::fromStdString(write["path"].get<std::string>());
        if (write["method"] != "POST" || !path.endsWith(pathSuffix)) {
            continue;
        }
        CreateCount& count = counts[QString::fromStdString(write["key"].get<std::string>())];
        ++count.reached;
        const int status = write["status"].get<int>();
        count.carriedOut += status >= 200 && status < 300 ? 1 : 0;
        count.answersLost += write["answerLost"].get<bool>() ? 1 : 0;
    }
    return counts;
}

int SandboxFixture::answersLost(const QString& pathSuffix)
{
    int lost = 0;
    for (const CreateCount& count : creates(pathSuffix)) {
        lost += count.answersLost;
    }
    return lost;
}

QMap<QString, int> SandboxFixture::records(const QString& kind)
{
    QMap<QString, int> counts;
    const HttpResult result = m_client->get(QStringLiteral("/sandbox/inspection/records"));
    if (result.status != 200) {
        qWarning("inspection failed: %d %s", result.status, result.body.constData());
        return counts;
    }
    for (const auto& [key, count] : result.json["kinds"][kind.toStdString()]["byKey"].items()) {
        counts.insert(QString::fromStdString(key), count.get<int>());
    }
    return counts;
}

QStringList SandboxFixture::notExactlyOnce(const QString& pathSuffix, const QString& kind, const QStringList& keys)
{
    const QMap<QString, CreateCount> sent = creates(pathSuffix);
    const QMap<QString, int> held = records(kind);
    QStringList wrong;
    for (const QString& key : keys) {
        const QString lower = key.toLower();
        const int reached = sent.value(lower).reached;
        const int stored = held.value(lower);
        if (reached != 1 || stored != 1) {
            wrong.append(QStringLiteral("%1: %2 records, %3 creates").arg(key).arg(stored).arg(reached));
        }
    }
    return wrong;
}

} // namespace onboarder::testsupport
