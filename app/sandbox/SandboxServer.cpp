#include "sandbox/SandboxServer.h"

#include "sandbox/Authenticator.h"
#include "sandbox/CustomerHandler.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/HttpFrontend.h"
#include "sandbox/LocationHandler.h"
#include "sandbox/OAuthHandler.h"
#include "sandbox/OrganizationHandler.h"
#include "sandbox/PeopleHandler.h"
#include "sandbox/ProvisioningEngine.h"
#include "sandbox/RequestDispatcher.h"
#include "sandbox/ResourceFactory.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/Scopes.h"
#include "sandbox/Seeder.h"
#include "sandbox/SubscriberHandler.h"
#include "sandbox/TelephonyHandler.h"
#include "sandbox/TemplateHandler.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QSslSocket>
#include <QThreadPool>

#include <ctime>

Q_LOGGING_CATEGORY(lcSandbox, "onboarder.sandbox")

namespace onboarder::sandbox {

SandboxServer::SandboxServer(SandboxOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_authenticator(std::make_unique<Authenticator>())
{
    // The token exists before start() so an embedding thread can read it at once.
    m_token = m_options.token.isEmpty() ? Authenticator::randomToken() : m_options.token;
    m_authenticator->setStaticToken(m_token);
}

SandboxServer::~SandboxServer()
{
    // Stop listening and cancel timers before the store and handlers they use go away.
    delete m_http;
    m_http = nullptr;
    delete m_engine;
    m_engine = nullptr;
}

QStringList SandboxServer::allScopes()
{
    return Scopes::all();
}

bool SandboxServer::fail(const QString& message, QString* error)
{
    qCWarning(lcSandbox).noquote() << message;
    if (error) {
        *error = message;
    }
    emit failed(message);
    return false;
}

bool SandboxServer::start(QString* error)
{
    if (m_http) {
        return fail(QStringLiteral("The sandbox is already running."), error);
    }
    QElapsedTimer clock;
    clock.start();
    // The HTTP frontend loads the TLS backend when it is made, even without TLS (QAbstractHttpServer keeps a TLS
    // configuration): OpenSSL and its configuration, two thirds of the sandbox's start-up work. Loaded on another
    // thread meanwhile, while this one opens the store and seeds it.
    QThreadPool::globalInstance()->start([] { QSslSocket::supportsSsl(); });
    QString message;
    m_store = std::make_unique<SandboxStore>();
    if (!m_store->open(m_options.dataDir, &message)) {
        return fail(message, error);
    }
    m_factory = std::make_unique<ResourceFactory>(m_store.get());
    m_engine = new ProvisioningEngine(m_store.get(), m_factory.get(), m_options.provisioningDelayMs, this);
    m_faults = std::make_unique<FaultInjector>(
        m_options.rateLimitPerSecond, m_options.failRate, m_options.failSeed, m_options.loseAnswerRate);

    SandboxContext context { m_store.get(), m_factory.get(), m_engine, m_authenticator.get(), &m_options };
    m_router = std::make_unique<Router>();
    m_customers = std::make_unique<CustomerHandler>(context);
    m_subscribers = std::make_unique<SubscriberHandler>(context);
    m_templates = std::make_unique<TemplateHandler>(context);
    m_locations = std::make_unique<LocationHandler>(context);
    m_telephony = std::make_unique<TelephonyHandler>(context);
    m_people = std::make_unique<PeopleHandler>(context);
    m_organizations = std::make_unique<OrganizationHandler>(context);
    m_oauth = std::make_unique<OAuthHandler>(context);
    m_customers->registerRoutes(*m_router);
    m_subscribers->registerRoutes(*m_router);
    m_templates->registerRoutes(*m_router);
    m_locations->registerRoutes(*m_router);
    m_telephony->registerRoutes(*m_router);
    m_people->registerRoutes(*m_router);
    m_organizations->registerRoutes(*m_router);
    m_oauth->registerRoutes(*m_router);
    m_dispatcher = std::make_unique<RequestDispatcher>(context, m_router.get(), m_faults.get());

    const bool seeded = m_store->isEmpty();
    double seedingMs = 0;
    double seedingCpuMs = 0;
    if (seeded) {
        QElapsedTimer seeding;
        seeding.start();
        const std::clock_t cpuBefore = std::clock();
        Seeder seeder(m_store.get(), m_factory.get(), m_engine);
        if (!seeder.seed(m_options.seed, &message)) {
            return fail(message, error);
        }
        seedingMs = static_cast<double>(seeding.nsecsElapsed()) / 1e6;
        seedingCpuMs = static_cast<double>(std::clock() - cpuBefore) * 1000.0 / CLOCKS_PER_SEC;
    }
    m_oauth->restoreTokens();
    if (!seeded) {
        // A store read from disk: re-arm what it left in flight (the seeder arms what it seeds in flight itself, so a
        // new store of 20,000 customers is not scanned again).
        m_engine->resumeAll();
    }

    m_http = new HttpFrontend(
        [this](ApiRequest& request) { return m_dispatcher->dispatch(request); }, m_options.latencyMs, this);
    const bool tls = !m_options.tlsCertificateFile.isEmpty() || !m_options.tlsKeyFile.isEmpty();
    if (tls && !m_http->useTls(m_options.tlsCertificateFile, m_options.tlsKeyFile, &message)) {
        delete m_http;
        m_http = nullptr;
        return fail(message, error);
    }
    const quint16 port = m_http->listen(m_options.bindAddress, m_options.port);
    if (port == 0) {
        delete m_http;
        m_http = nullptr;
        return fail(QStringLiteral("Cannot listen on %1:%2").arg(m_options.bindAddress.toString()).arg(m_options.port),
                    error);
    }
    QUrl url;
    url.setScheme(tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(m_options.bindAddress.toString());
    url.setPort(port);
    url.setPath(QStringLiteral("/v1"));
    m_http->setFallbackBaseUrl(url.toString().toStdString());
    {
        QMutexLocker locker(&m_mutex);
        m_baseUrl = url;
    }
    if (seeded) {
        // The processor time too: on a busy machine the elapsed time says more about the other processes.
        qCInfo(lcSandbox).noquote() << "seeded" << m_options.seed << "in" << QString::number(seedingMs, 'f', 1)
                                    << "ms (processor time"
                                    << QString::number(seedingCpuMs, 'f', 1) + QStringLiteral(" ms)");
    }
    qCInfo(lcSandbox) << "sandbox ready in" << clock.elapsed() << "ms on" << url.toString();
    emit started(url);
    return true;
}

bool SandboxServer::isListening() const
{
    QMutexLocker locker(&m_mutex);
    return m_baseUrl.isValid();
}

QUrl SandboxServer::baseUrl() const
{
    QMutexLocker locker(&m_mutex);
    return m_baseUrl;
}

quint16 SandboxServer::port() const
{
    QMutexLocker locker(&m_mutex);
    return static_cast<quint16>(m_baseUrl.port());
}

QString SandboxServer::token() const
{
    QMutexLocker locker(&m_mutex);
    return m_token;
}

QString SandboxServer::mintToken(const QStringList& scopes, qint64 lifetimeSecs)
{
    return m_authenticator->mint(scopes, lifetimeSecs);
}

} // namespace onboarder::sandbox
