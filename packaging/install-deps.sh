#!/usr/bin/env bash
# Installs the Debian 12 packages Onboarder needs to build, run and test.
# Idempotent: when everything is present it returns without touching apt.
set -euo pipefail

build_packages=(
    cmake ninja-build g++ pkg-config git ccache
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qt6-networkauth-dev libqt6sql6-sqlite
    libgl-dev fonts-dejavu-core qtkeychain-qt6-dev libsecret-1-0 nlohmann-json3-dev libphonenumber-dev iso-codes
    help2man librsvg2-bin dpkg-dev file
)
test_packages=(
    dbus dbus-bin gnome-keyring libsecret-tools xvfb xauth xdotool sqlite3 poppler-utils
    clang libclang-rt-14-dev clang-format python3 desktop-file-utils appstream
    openssl tinyproxy-bin
)

want=("${build_packages[@]}")
case "${1:-}" in
--test) want+=("${test_packages[@]}") ;;
esac

missing=()
for pkg in "${want[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done

if [[ ${#missing[@]} -eq 0 ]]; then
    exit 0
fi

echo "Installing missing packages: ${missing[*]}" >&2
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
