#pragma once

#include <string>

namespace onboarder::sandbox {

class Authenticator;
class ProvisioningEngine;
class ResourceFactory;
class SandboxStore;
struct SandboxOptions;

// What every resource handler works with; owned by SandboxServer, used on the server thread.
struct SandboxContext
{
    SandboxStore* store = nullptr;
    ResourceFactory* factory = nullptr;
    ProvisioningEngine* engine = nullptr;
    Authenticator* authenticator = nullptr;
    const SandboxOptions* options = nullptr;
};

} // namespace onboarder::sandbox
