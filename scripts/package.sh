#!/usr/bin/env bash
# Installs what is missing (Debian 12), builds the release preset, and packages it with CPack: a .deb for Debian 12
# and a relocatable .tar.gz, written to build/release/packages/. Arguments are passed to cpack (for example: -G DEB).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash packaging/install-deps.sh
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
cmake --preset release >/dev/null
cmake --build --preset release
cpack --config build/release/CPackConfig.cmake -B build/release/packages "$@"
rm -rf build/release/packages/_CPack_Packages
ls -l build/release/packages/onboarder[_-]*
