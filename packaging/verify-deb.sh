#!/usr/bin/env bash
# Installs a built onboarder .deb into a clean Debian 12 root and checks that it works there: apt resolves every
# dependency from the package's Depends alone (no Recommends), the three programs start, onboarder-cli talks to
# onboarder-sandbox over HTTP, and the GUI opens its main window under Xvfb (screenshot written next to the .deb).
#
# Usage, as root:  packaging/verify-deb.sh ROOT DEB
#   ROOT  a tree made with: debootstrap --variant=minbase bookworm ROOT http://deb.debian.org/debian
#         It is changed (packages are installed): pass a copy to keep the clean one.
#   DEB   build/release/packages/onboarder_<version>-1_amd64.deb (scripts/package.sh)
set -euo pipefail

if [[ $# -ne 2 || ! -d "$1" || ! -f "$2" ]]; then
    echo "usage: $0 ROOT DEB" >&2
    exit 2
fi
root=$(realpath "$1")
deb=$(realpath "$2")
display=:${VERIFY_DISPLAY:-87}
screenshot="${deb%.deb}-clean-root.png"

mounted=()
cleanup() {
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[i]}" || true; done
}
trap cleanup EXIT
for fs in proc dev dev/pts; do
    case $fs in
    proc) mount -t proc proc "$root/proc" ;;
    dev) mount --bind /dev "$root/dev" ;;
    dev/pts) mount -t devpts devpts "$root/dev/pts" ;;
    esac
    mounted+=("$root/$fs")
done

in_root() {
    chroot "$root" env -i HOME=/root LANG=C.UTF-8 PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive "$@"
}
installed() { in_root dpkg-query -W -f='${db:Status-Abbrev}\n' | grep -c '^ii'; }
step() { printf '\n== %s\n' "$*"; }

cp "$deb" "$root/tmp/"
name=$(basename "$deb")

step "apt-get install /tmp/$name (Depends only)"
before=$(installed)
in_root apt-get update -qq
in_root apt-get install -y -qq --no-install-recommends "/tmp/$name" >/dev/null
after=$(installed)
echo "packages before: $before, after: $after (the .deb and $((after - before - 1)) dependencies)"
in_root dpkg-query -W -f='${Package} ${Version}\n' onboarder

step "onboarder-cli --help, onboarder-sandbox --help, onboarder --version"
in_root onboarder-cli --help | head -3
in_root onboarder-cli --version
in_root onboarder-sandbox --help | head -2
in_root env QT_QPA_PLATFORM=offscreen onboarder --version
for page in onboarder onboarder-cli onboarder-sandbox; do
    test -s "$root/usr/share/man/man1/$page.1.gz"
done
echo "man pages: onboarder.1.gz onboarder-cli.1.gz onboarder-sandbox.1.gz installed"

step "onboarder-cli against onboarder-sandbox, both as installed"
token=verify-$RANDOM$RANDOM
in_root sh -c "onboarder-sandbox --port 0 --seed demo --memory --token $token >/tmp/sandbox.log 2>&1 & echo \$! >/tmp/sandbox.pid"
url=
for _ in $(seq 50); do
    url=$(sed -n 's/^Listening on //p' "$root/tmp/sandbox.log")
    [[ -n "$url" ]] && break
    sleep 0.2
done
[[ -n "$url" ]] || { cat "$root/tmp/sandbox.log"; exit 1; }
echo "sandbox: $url"
customers=$(in_root env ONBOARDER_TOKEN="$token" onboarder-cli --base-url "$url" --json customers list --status provisioned 2>/dev/null)
in_root sh -c 'kill $(cat /tmp/sandbox.pid)'
count=$(grep -c '"externalId"' <<<"$customers" || true)
echo "onboarder-cli customers list --status provisioned: $count customers"
[[ $count -gt 0 ]]

step "the GUI under Xvfb (xvfb and imagemagick installed for this check only)"
before=$(installed)
in_root apt-get install -y -qq --no-install-recommends xvfb xauth imagemagick >/dev/null
echo "check tools: $(($(installed) - before)) packages"
rm -f "$root/tmp/onboarder.png"
in_root sh -c "
    Xvfb $display -screen 0 1280x800x24 -nolisten tcp >/tmp/xvfb.log 2>&1 & xvfb=\$!
    sleep 2
    mkdir -p /tmp/runtime && chmod 700 /tmp/runtime
    DISPLAY=$display XDG_RUNTIME_DIR=/tmp/runtime onboarder >/tmp/onboarder.log 2>&1 & app=\$!
    sleep 12
    DISPLAY=$display import -window root /tmp/onboarder.png
    alive=no; kill -0 \$app 2>/dev/null && alive=yes
    kill \$app; wait \$app 2>/dev/null; kill \$xvfb
    echo \"onboarder still running after 12 s: \$alive\"
    test \$alive = yes"
cp "$root/tmp/onboarder.png" "$screenshot"
echo "screenshot: $screenshot"
echo "onboarder's stderr:"
sed 's/^/  /' "$root/tmp/onboarder.log"
