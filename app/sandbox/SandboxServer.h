#pragma once

#include "sandbox/SandboxOptions.h"

#include <QMutex>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace onboarder::sandbox {

class Authenticator;
class CustomerHandler;
class FaultInjector;
class HttpFrontend;
class LocationHandler;
class OAuthHandler;
class OrganizationHandler;
class PeopleHandler;
class ProvisioningEngine;
class RequestDispatcher;
class ResourceFactory;
class Router;
class SandboxStore;
class SubscriberHandler;
class TelephonyHandler;
class TemplateHandler;

// One running sandbox of the Webex Wholesale API: store, handlers and HTTP listener, all on the thread this
// object lives on. Use it directly on an event-loop thread, or through SandboxThread for a thread of its own.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(SandboxOptions options, QObject* parent = nullptr);
    ~SandboxServer() override;

    // Opens the store, seeds a new one, resumes timers and listens. Returns false (and emits failed) on error.
    bool start(QString* error = nullptr);
    bool isListening() const;

    // Thread-safe accessors, valid once started.
    QUrl baseUrl() const; // http://127.0.0.1:<port>/v1
    quint16 port() const;
    QString token() const; // the static full-scope token
    // A bearer token with only these scopes; lifetimeSecs <= 0 gives an already expired token. Thread-safe.
    QString mintToken(const QStringList& scopes, qint64 lifetimeSecs = 3600);
    static QStringList allScopes();

signals:
    void started(const QUrl& baseUrl);
    void failed(const QString& error);

private:
    bool fail(const QString& message, QString* error);

    SandboxOptions m_options;
    mutable QMutex m_mutex;
    QUrl m_baseUrl;
    QString m_token;
    std::unique_ptr<Authenticator> m_authenticator;
    std::unique_ptr<SandboxStore> m_store;
    std::unique_ptr<ResourceFactory> m_factory;
    std::unique_ptr<FaultInjector> m_faults;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<RequestDispatcher> m_dispatcher;
    std::unique_ptr<CustomerHandler> m_customers;
    std::unique_ptr<SubscriberHandler> m_subscribers;
    std::unique_ptr<TemplateHandler> m_templates;
    std::unique_ptr<LocationHandler> m_locations;
    std::unique_ptr<TelephonyHandler> m_telephony;
    std::unique_ptr<PeopleHandler> m_people;
    std::unique_ptr<OrganizationHandler> m_organizations;
    std::unique_ptr<OAuthHandler> m_oauth;
    ProvisioningEngine* m_engine = nullptr; // child QObject: its timers run on this thread
    HttpFrontend* m_http = nullptr; // child QObject
};

} // namespace onboarder::sandbox
