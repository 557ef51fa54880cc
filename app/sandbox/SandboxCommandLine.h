#pragma once

#include "sandbox/SandboxOptions.h"

#include <QStringList>

namespace onboarder::sandbox {

// Parses the onboarder-sandbox command line (see docs/sandbox.md) into SandboxOptions.
class SandboxCommandLine
{
public:
    enum class Outcome { Run, ShowHelp, Error };

    Outcome parse(const QStringList& arguments);
    const SandboxOptions& options() const;
    QString errorText() const;
    QString helpText() const;

private:
    SandboxOptions m_options;
    QString m_error;
    QString m_help;
};

} // namespace onboarder::sandbox
