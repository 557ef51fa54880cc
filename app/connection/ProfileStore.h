#pragma once

#include "connection/Profile.h"

#include <QList>
#include <QSettings>

#include <memory>
#include <optional>

namespace onboarder::api {

// The saved profiles and the last one used, in QSettings. The built-in "Demo sandbox" profile is always there and
// cannot be removed. No secret is ever written here.
class ProfileStore
{
public:
    // Uses the application's default QSettings.
    ProfileStore();
    // Uses the given settings file (tests, portable installs).
    explicit ProfileStore(const QString& settingsFile);

    QList<Profile> profiles() const;
    std::optional<Profile> find(const QString& name) const;
    // Adds or replaces by name; false with a message when the profile is not valid.
    bool save(const Profile& profile, QString* errorMessage = nullptr);
    bool remove(const QString& name);

    QString lastProfileName() const;
    void setLastProfileName(const QString& name);

    static std::optional<QString> validate(const Profile& profile);

private:
    void writeAll(const QList<Profile>& saved);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace onboarder::api
