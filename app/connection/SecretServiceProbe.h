#pragma once

namespace onboarder::api {

// Asks the Secret Service on the session bus (the freedesktop.org API that GNOME Keyring and KWallet serve) about the
// collection secrets are kept in. Needed because a locked collection answers a read through libsecret as if it held
// nothing, once its unlock prompt was refused or could not be shown.
class SecretServiceProbe
{
public:
    // True when the default collection exists and is locked; false when it is unlocked or nothing answers.
    static bool isDefaultCollectionLocked();
};

} // namespace onboarder::api
