#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrl>

#include <nlohmann/json.hpp>
#include <optional>

namespace onboarder::testsupport {

// One finished HTTP exchange, as the tests look at it.
struct HttpResult
{
    int status = 0;
    QByteArray body;
    nlohmann::json json; // null when the body is not JSON
    QList<QPair<QByteArray, QByteArray>> headers;
    bool finished = false;

    QByteArray header(const QByteArray& name) const;
    // The URL of a Link header entry with the given rel, or empty.
    QUrl link(const char* rel) const;
};

// Talks to a sandbox over real HTTP with QNetworkAccessManager. Each call sends asynchronously and waits for
// the reply's finished signal with QSignalSpy (an event loop, no waitForFinished), so a server on the test's own
// thread keeps serving while the test waits.
class SandboxTestClient
{
public:
    SandboxTestClient(QUrl baseUrl, QString token);

    void setToken(const QString& token);
    // Trusts these CAs besides the system's, for a sandbox serving HTTPS with a test CA.
    void addCaCertificates(const QList<QSslCertificate>& certificates);
    QUrl url(const QString& pathAndQuery) const;

    HttpResult get(const QString& path, const QList<QPair<QByteArray, QByteArray>>& headers = {});
    HttpResult post(const QString& path, const nlohmann::json& body);
    HttpResult put(const QString& path, const nlohmann::json& body);
    HttpResult del(const QString& path);
    HttpResult send(const QByteArray& method,
                    const QUrl& url,
                    const QByteArray& body,
                    const QList<QPair<QByteArray, QByteArray>>& headers,
                    bool withToken = true);
    // Starts a request without waiting, for concurrency tests and benchmarks.
    QNetworkReply*
    start(const QByteArray& method, const QUrl& url, const QByteArray& body, const QByteArray& contentType);
    static HttpResult collect(QNetworkReply* reply);

    QNetworkAccessManager* manager();

private:
    QUrl m_baseUrl;
    QString m_token;
    QNetworkAccessManager m_manager;
    std::optional<QSslConfiguration> m_ssl;
};

} // namespace onboarder::testsupport
