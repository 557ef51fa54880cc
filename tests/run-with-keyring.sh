#!/usr/bin/env bash
# Runs one test inside its own D-Bus session bus with a freshly unlocked gnome-keyring in a throwaway HOME, so
# keychain tests use a real Secret Service and never touch the user's own keyring.
set -euo pipefail
throwaway_home=$(mktemp -d)
trap 'rm -rf "$throwaway_home"' EXIT
mkdir -p "$throwaway_home/.local/share/keyrings"
export HOME="$throwaway_home"
export XDG_DATA_HOME="$throwaway_home/.local/share"
export XDG_CONFIG_HOME="$throwaway_home/.config"
export XDG_RUNTIME_DIR="$throwaway_home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# A non-empty password: with an empty one the login collection stays locked.
dbus-run-session -- bash -c '
    printf "%s" "onboarder-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' bash "$@"
