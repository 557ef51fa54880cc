#!/usr/bin/env bash
# Installs what is missing (Debian 12), builds, and runs the whole test suite with ctest.
#   scripts/test.sh              Debug build with warnings as errors
#   scripts/test.sh --sanitize   the same with AddressSanitizer and UndefinedBehaviorSanitizer
# Extra arguments after -- go to ctest (for example: scripts/test.sh -- -R sandbox).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

preset=default
ctest_args=()
while [[ $# -gt 0 ]]; do
    case "$1" in
    --sanitize) preset=sanitize ;;
    --) shift; ctest_args=("$@"); break ;;
    *) echo "usage: scripts/test.sh [--sanitize] [-- ctest arguments]" >&2; exit 2 ;;
    esac
    shift
done

bash packaging/install-deps.sh --test
# Let ccache reuse objects across clones in different folders (CI builds a fresh clone each time).
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
export QT_QPA_PLATFORM=offscreen
ctest --preset "$preset" --parallel "$(nproc)" "${ctest_args[@]}"
