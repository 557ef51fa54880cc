#!/usr/bin/env bash
# Installs what is missing (Debian 12), builds a release build, and starts Onboarder on the demo sandbox.
# Arguments are passed to the application (for example: scripts/run.sh --profile "Demo sandbox").
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash packaging/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release

gui=build/release/app/gui/onboarder
if [[ -x "$gui" ]]; then
    exec "$gui" "$@"
fi
# Until the desktop window lands, start the demo sandbox so the API can be explored with curl or onboarder-cli.
exec build/release/app/sandbox/onboarder-sandbox --seed demo --memory --port "${ONBOARDER_SANDBOX_PORT:-8080}" "$@"
