#include "ui/dialogs/SettingsDialogController.h"

#include "api/ApiSession.h"
#include "api/CredentialStore.h"
#include "api/TokenProvider.h"
#include "api/WholesaleClient.h"
#include "model/SubPartner.h"

namespace onboarder::ui {

SettingsDialogController::SettingsDialogController(api::CredentialStore* credentials, QObject* parent)
    : QObject(parent)
    , m_credentials(credentials)
{
}

SettingsDialogController::~SettingsDialogController()
{
    cancelTest();
}

bool SettingsDialogController::isTesting() const
{
    return m_testContext != nullptr;
}

int SettingsDialogController::secretKindFor(const api::Profile& profile)
{
    return static_cast<int>(profile.authKind == api::Profile::AuthKind::PersonalAccessToken
                                ? api::CredentialStore::SecretKind::AccessToken
                                : api::CredentialStore::SecretKind::ClientSecret);
}

void SettingsDialogController::testConnection(const api::Profile& profile, const QString& typedToken)
{
    cancelTest();
    m_testContext = new QObject(this);
    emit testStarted();
    if (auto problem = api::ApiSession::checkBaseUrl(profile.baseUrl)) {
        emit testFailed(*problem, QString(), QString());
        finishTest();
        return;
    }
    // A typed token is tried as it is; the client secret of an integration is no token, so those test the access
    // token the sign-in left in the keychain.
    if (!typedToken.isEmpty() && profile.authKind == api::Profile::AuthKind::PersonalAccessToken) {
        connectAndCall(profile, typedToken);
        return;
    }
    if (!m_credentials) {
        emit testFailed(tr("No keychain is available: type the access token to test the connection."), {}, {});
        finishTest();
        return;
    }
    const api::Profile copy = profile;
    m_credentials->read(profile.name,
                        api::CredentialStore::SecretKind::AccessToken,
                        m_testContext,
                        [this, copy](const api::CredentialStore::Result& r) {
                            if (!r.ok()) {
                                emit testFailed(
                                    copy.authKind == api::Profile::AuthKind::PersonalAccessToken
                                        ? tr("No access token is stored for this profile: type one to test.")
                                        : tr("No access token is stored for this profile yet: sign in with the "
                                             "integration first."),
                                    {},
                                    {});
                                finishTest();
                                return;
                            }
                            connectAndCall(copy, r.secret);
                        });
}

void SettingsDialogController::connectAndCall(const api::Profile& profile, const QString& token)
{
    m_tokens = new api::StaticTokenProvider(token, m_testContext);
    m_session = new api::ApiSession(profile.baseUrl, m_tokens, m_testContext);
    m_client = new api::WholesaleClient(m_session, m_testContext);
    m_client->setSubPartnerOrgId(profile.subPartnerOrgId);
    // Listing sub-partners is the cheapest wholesale call that needs a valid token and the wholesale role.
    m_client->listSubPartners(m_testContext, [this](const api::ApiResult<QList<model::SubPartner>>& result) {
        if (result.ok()) {
            emit testSucceeded(tr("Connected: the API accepted the token."));
        } else {
            const api::ApiError error = result.error.value_or(
                api::ApiError::make(api::ApiError::Kind::InvalidResponse, tr("Unknown error.")));
            QString code = error.firstErrorCode();
            if (code.isEmpty() && error.httpStatus > 0) {
                code = QString::number(error.httpStatus);
            }
            emit testFailed(error.message, code, error.trackingId.isEmpty() ? result.trackingId : error.trackingId);
        }
        finishTest();
    });
}

void SettingsDialogController::finishTest()
{
    // Deleted later: this runs inside the callbacks of objects the context owns.
    if (m_testContext) {
        m_testContext->deleteLater();
    }
    m_testContext = nullptr;
    m_tokens = nullptr;
    m_session = nullptr;
    m_client = nullptr;
}

void SettingsDialogController::cancelTest()
{
    delete m_testContext; // its requests are aborted with it, and their callbacks never run
    m_testContext = nullptr;
    m_tokens = nullptr;
    m_session = nullptr;
    m_client = nullptr;
}

void SettingsDialogController::storeSecret(const api::Profile& profile, const QString& secret)
{
    const QString name = profile.name;
    if (!m_credentials) {
        emit secretStoreFailed(name, tr("No keychain is available: the secret was not kept."));
        return;
    }
    const auto kind = static_cast<api::CredentialStore::SecretKind>(secretKindFor(profile));
    m_credentials->write(name, kind, secret, this, [this, name](const api::CredentialStore::Result& r) {
        if (r.ok()) {
            emit secretStored(name);
        } else {
            emit secretStoreFailed(name, r.errorMessage);
        }
    });
}

void SettingsDialogController::checkSecret(const api::Profile& profile)
{
    const QString name = profile.name;
    if (!m_credentials) {
        emit secretPresence(name, false);
        return;
    }
    const auto kind = static_cast<api::CredentialStore::SecretKind>(secretKindFor(profile));
    m_credentials->read(name, kind, this, [this, name](const api::CredentialStore::Result& r) {
        emit secretPresence(name, r.ok() && !r.secret.isEmpty());
    });
}

void SettingsDialogController::removeSecrets(const QString& profileName)
{
    if (!m_credentials) {
        return;
    }
    for (auto kind : { api::CredentialStore::SecretKind::AccessToken,
                       api::CredentialStore::SecretKind::RefreshToken,
                       api::CredentialStore::SecretKind::ClientSecret }) {
        m_credentials->remove(profileName, kind, this, [](const api::CredentialStore::Result&) {});
    }
}

} // namespace onboarder::ui
