#include "SandboxTestClient.h"

#include <QBuffer>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>

namespace onboarder::testsupport {

QByteArray HttpResult::header(const QByteArray& name) const
{
    for (const auto& pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0) {
            return pair.second;
        }
    }
    return {};
}

QUrl HttpResult::link(const char* rel) const
{
    static const QRegularExpression entry(QStringLiteral("<([^>]*)>\\s*;\\s*rel=\"([a-z]+)\""));
    auto it = entry.globalMatch(QString::fromUtf8(header("Link")));
    while (it.hasNext()) {
        const auto match = it.next();
        if (match.captured(2) == QLatin1String(rel)) {
            return QUrl(match.captured(1));
        }
    }
    return {};
}

SandboxTestClient::SandboxTestClient(QUrl baseUrl, QString token)
    : m_baseUrl(std::move(baseUrl))
    , m_token(std::move(token))
{
}

void SandboxTestClient::setToken(const QString& token)
{
    m_token = token;
}

QNetworkAccessManager* SandboxTestClient::manager()
{
    return &m_manager;
}

QUrl SandboxTestClient::url(const QString& pathAndQuery) const
{
    return QUrl(m_baseUrl.toString() + pathAndQuery);
}

HttpResult SandboxTestClient::get(const QString& path, const QList<QPair<QByteArray, QByteArray>>& headers)
{
    return send("GET", url(path), {}, headers);
}

HttpResult SandboxTestClient::post(const QString& path, const nlohmann::json& body)
{
    return send("POST", url(path), QByteArray::fromStdString(body.dump()), { { "Content-Type", "application/json" } });
}

HttpResult SandboxTestClient::put(const QString& path, const nlohmann::json& body)
{
    return send("PUT", url(path), QByteArray::fromStdString(body.dump()), { { "Content-Type", "application/json" } });
}

HttpResult SandboxTestClient::del(const QString& path)
{
    return send("DELETE", url(path), {}, {});
}

void SandboxTestClient::addCaCertificates(const QList<QSslCertificate>& certificates)
{
    if (!m_ssl) {
        m_ssl = QSslConfiguration::defaultConfiguration();
    }
    m_ssl->addCaCertificates(certificates);
}

QNetworkReply* SandboxTestClient::start(const QByteArray& method,
                                        const QUrl& url,
                                        const QByteArray& body,
                                        const QByteArray& contentType)
{
    QNetworkRequest request(url);
    if (m_ssl) {
        request.setSslConfiguration(*m_ssl);
    }
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (!contentType.isEmpty()) {
        request.setRawHeader("Content-Type", contentType);
    }
    return m_manager.sendCustomRequest(request, method, body);
}

HttpResult SandboxTestClient::send(const QByteArray& method,
                                   const QUrl& url,
                                   const QByteArray& body,
                                   const QList<QPair<QByteArray, QByteArray>>& headers,
                                   bool withToken)
{
    QNetworkRequest request(url);
    if (m_ssl) {
        request.setSslConfiguration(*m_ssl);
    }
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (withToken && !m_token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    }
    for (const auto& header : headers) {
        request.setRawHeader(header.first, header.second);
    }
    QNetworkReply* reply = body.isNull() && method == "GET" ? m_manager.get(request)
                                                            : m_manager.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished()) {
        finished.wait(20000);
    }
    return collect(reply);
}

HttpResult SandboxTestClient::collect(QNetworkReply* reply)
{
    HttpResult result;
    result.finished = reply->isFinished();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    result.json = nlohmann::json::parse(result.body.constBegin(), result.body.constEnd(), nullptr, false);
    if (result.json.is_discarded()) {
        result.json = nullptr;
    }
    reply->deleteLater();
    return result;
}

} // namespace onboarder::testsupport
