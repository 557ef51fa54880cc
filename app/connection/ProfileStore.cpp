#include "connection/ProfileStore.h"

#include "api/ApiSession.h"

#include <QCoreApplication>

#include <algorithm>

namespace onboarder::api {

namespace {

const QString kProfilesGroup = QStringLiteral("profiles");

} // namespace

ProfileStore::ProfileStore()
    : m_settings(std::make_unique<QSettings>())
{
}

ProfileStore::ProfileStore(const QString& settingsFile)
    : m_settings(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> result { Profile::demoProfile() };
    const int count = m_settings->beginReadArray(kProfilesGroup);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        Profile profile;
        profile.name = m_settings->value(QStringLiteral("name")).toString();
        profile.baseUrl = QUrl(m_settings->value(QStringLiteral("baseUrl")).toString());
        profile.authKind = Profile::authKindFromId(m_settings->value(QStringLiteral("authKind")).toString());
        profile.clientId = m_settings->value(QStringLiteral("clientId")).toString();
        profile.subPartnerOrgId = m_settings->value(QStringLiteral("subPartnerOrgId")).toString();
        profile.serviceAppTargetOrgId = m_settings->value(QStringLiteral("serviceAppTargetOrgId")).toString();
        profile.serviceAppId = m_settings->value(QStringLiteral("serviceAppId")).toString();
        profile.caFile = m_settings->value(QStringLiteral("caFile")).toString();
        profile.proxyUrl = QUrl(m_settings->value(QStringLiteral("proxyUrl")).toString());
        if (!profile.name.isEmpty() && !profile.isDemo()) {
            result.append(profile);
        }
    }
    m_settings->endArray();
    return result;
}

std::optional<Profile> ProfileStore::find(const QString& name) const
{
    for (const Profile& profile : profiles()) {
        if (profile.name == name) {
            return profile;
        }
    }
    return std::nullopt;
}

std::optional<QString> ProfileStore::validate(const Profile& profile)
{
    if (profile.name.trimmed().isEmpty()) {
        return QCoreApplication::translate("ProfileStore", "Give the profile a name.");
    }
    if (profile.isDemo() || profile.name == Profile::demoProfileName()) {
        return QCoreApplication::translate("ProfileStore",
                                           "The demo sandbox profile is built in and cannot be changed.");
    }
    if (auto problem = ApiSession::checkBaseUrl(profile.baseUrl)) {
        return problem;
    }
    if (profile.renewsTokens() && profile.clientId.trimmed().isEmpty()) {
        return QCoreApplication::translate("ProfileStore", "Enter the client ID of the integration.");
    }
    return std::nullopt;
}

bool ProfileStore::save(const Profile& profile, QString* errorMessage)
{
    if (auto problem = validate(profile)) {
        if (errorMessage) {
            *errorMessage = *problem;
        }
        return false;
    }
    QList<Profile> saved = profiles().mid(1);
    bool replaced = false;
    for (Profile& existing : saved) {
        if (existing.name == profile.name) {
            existing = profile;
            replaced = true;
        }
    }
    if (!replaced) {
        saved.append(profile);
    }
    writeAll(saved);
    return m_settings->status() == QSettings::NoError;
}

bool ProfileStore::remove(const QString& name)
{
    if (name == Profile::demoProfileName()) {
        return false;
    }
    QList<Profile> saved = profiles().mid(1);
    const auto before = saved.size();
    saved.erase(std::remove_if(saved.begin(), saved.end(), [&](const Profile& p) { return p.name == name; }),
                saved.end());
    if (saved.size() == before) {
        return false;
    }
    writeAll(saved);
    if (lastProfileName() == name) {
        setLastProfileName(Profile::demoProfileName());
    }
    return true;
}

void ProfileStore::writeAll(const QList<Profile>& saved)
{
    m_settings->remove(kProfilesGroup);
    m_settings->beginWriteArray(kProfilesGroup, static_cast<int>(saved.size()));
    for (int i = 0; i < saved.size(); ++i) {
        m_settings->setArrayIndex(i);
        const Profile& p = saved.at(i);
        m_settings->setValue(QStringLiteral("name"), p.name);
        m_settings->setValue(QStringLiteral("baseUrl"), p.baseUrl.toString());
        m_settings->setValue(QStringLiteral("authKind"), Profile::authKindId(p.authKind));
        m_settings->setValue(QStringLiteral("clientId"), p.clientId);
        m_settings->setValue(QStringLiteral("subPartnerOrgId"), p.subPartnerOrgId);
        m_settings->setValue(QStringLiteral("serviceAppTargetOrgId"), p.serviceAppTargetOrgId);
        m_settings->setValue(QStringLiteral("serviceAppId"), p.serviceAppId);
        m_settings->setValue(QStringLiteral("caFile"), p.caFile);
        // Without its password: a proxy password is a secret and never goes to a settings file.
        m_settings->setValue(QStringLiteral("proxyUrl"), p.proxyUrl.toString(QUrl::RemovePassword));
    }
    m_settings->endArray();
    m_settings->sync();
}

QString ProfileStore::lastProfileName() const
{
    return m_settings->value(QStringLiteral("lastProfile"), Profile::demoProfileName()).toString();
}

void ProfileStore::setLastProfileName(const QString& name)
{
    // Every start names its profile: writing (and syncing) the file only when it changes keeps that off the start.
    if (lastProfileName() == name) {
        return;
    }
    m_settings->setValue(QStringLiteral("lastProfile"), name);
    m_settings->sync();
}

} // namespace onboarder::api
