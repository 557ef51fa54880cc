#pragma once

#include "sandbox/ApiRequest.h"
#include "sandbox/ApiResponse.h"

#include <QAbstractHttpServer>

#include <functional>

namespace onboarder::sandbox {

// The QtHttpServer transport: turns each HTTP request into an ApiRequest, lets the dispatcher answer it, and
// writes the answer back, after the injected latency without blocking the server thread.
class HttpFrontend : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Dispatch = std::function<ApiResponse(ApiRequest&)>;

    HttpFrontend(Dispatch dispatch, int latencyMs, QObject* parent = nullptr);
    // Used for absolute URLs when a request carries no Host header.
    void setFallbackBaseUrl(const std::string& baseUrl);
    // Serves HTTPS with the PEM certificate (chain) and private key in these files; call before listen().
    bool useTls(const QString& certificateFile, const QString& keyFile, QString* error);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    static void write(QHttpServerResponder& responder, const ApiResponse& response);

    Dispatch m_dispatch;
    int m_latencyMs;
    std::string m_fallbackBaseUrl;
    std::string m_scheme = "http://";
};

} // namespace onboarder::sandbox
