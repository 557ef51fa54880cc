#include "sandbox/HttpFrontend.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace onboarder::sandbox {

namespace {
ApiRequest::Method methodOf(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return ApiRequest::Method::Get;
    case QHttpServerRequest::Method::Post:
        return ApiRequest::Method::Post;
    case QHttpServerRequest::Method::Put:
        return ApiRequest::Method::Put;
    case QHttpServerRequest::Method::Delete:
        return ApiRequest::Method::Delete;
    case QHttpServerRequest::Method::Patch:
        return ApiRequest::Method::Patch;
    default:
        return ApiRequest::Method::Other;
    }
}
} // namespace

HttpFrontend::HttpFrontend(Dispatch dispatch, int latencyMs, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_dispatch(std::move(dispatch))
    , m_latencyMs(latencyMs)
{
}

void HttpFrontend::setFallbackBaseUrl(const std::string& baseUrl)
{
    m_fallbackBaseUrl = baseUrl;
}

bool HttpFrontend::useTls(const QString& certificateFile, const QString& keyFile, QString* error)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificateFile, QSsl::Pem);
    if (chain.isEmpty()) {
        *error = QStringLiteral("No PEM certificate in %1").arg(certificateFile);
        return false;
    }
    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("Cannot read the key file %1").arg(keyFile);
        return false;
    }
    QSslKey key(&file, QSsl::Rsa, QSsl::Pem);
    if (key.isNull()) {
        file.seek(0);
        key = QSslKey(&file, QSsl::Ec, QSsl::Pem);
    }
    if (key.isNull()) {
        *error = QStringLiteral("No unencrypted PEM RSA or EC private key in %1").arg(keyFile);
        return false;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients are not asked for certificates
    sslSetup(configuration);
    m_scheme = "https://";
    return true;
}

bool HttpFrontend::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // Without it the last segment of a large answer waits for the client's delayed acknowledgement (Nagle's
    // algorithm): about 40 ms per page on a kept-alive connection, which made the sandbox, not the client, the
    // bottleneck of every benchmark and test. Set once per connection, not with a system call for every request.
    static const char* const lowDelaySet = "onboarderLowDelay";
    if (!socket->property(lowDelaySet).isValid()) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        socket->setProperty(lowDelaySet, true);
    }
    ApiRequest apiRequest;
    apiRequest.method = methodOf(request.method());
    apiRequest.path = request.url().path();
    apiRequest.query = request.query();
    apiRequest.headers = request.headers();
    apiRequest.body = request.body();
    const QByteArray host = apiRequest.header("Host");
    apiRequest.baseUrl = host.isEmpty() ? m_fallbackBaseUrl : m_scheme + host.toStdString() + "/v1";

    // The test-only inspection looks behind the server; the latency stands for the network in front of the API.
    const bool delayed = m_latencyMs > 0 && !apiRequest.path.startsWith(QLatin1String("/v1/sandbox/inspection/"));
    const ApiResponse response = m_dispatch(apiRequest);
    if (!delayed) {
        QHttpServerResponder responder = makeResponder(request, socket);
        write(responder, response);
        return true;
    }
    // Owned by the timer's function, so it is freed also when the server stops before the answer is due.
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(m_latencyMs, this, [responder, guard, response] {
        // Not written when the client went away: its socket no longer exists.
        if (guard) {
            write(*responder, response);
        }
    });
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    ApiResponse response = ApiResponse::error(404, "Not found.");
    QHttpServerResponder responder = makeResponder(request, socket);
    write(responder, response);
}

void HttpFrontend::write(QHttpServerResponder& responder, const ApiResponse& response)
{
    const QByteArray body = response.serializedBody();
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    if (!body.isEmpty()) {
        responder.writeHeader("Content-Type",
                              response.contentType.isEmpty() ? QByteArray("application/json;charset=UTF-8")
                                                             : response.contentType);
    }
    for (const auto& header : response.headers) {
        responder.writeHeader(header.first, header.second);
    }
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    responder.writeBody(body);
}

} // namespace onboarder::sandbox
