#!/usr/bin/env bash
# Refreshes translations/onboarder_*.ts from the sources: new texts are added as unfinished, texts no longer in the
# code are dropped (-no-obsolete). Translate what is unfinished (Qt Linguist, or an editor), then build: the .qm
# files are compiled and embedded by CMake. See docs/translations.md.
#
#   scripts/update-translations.sh            update the .ts files in translations/
#   scripts/update-translations.sh --into DIR write them to DIR instead (the check test compares the two)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out="$root/translations"
if [[ "${1:-}" == "--into" ]]; then
    out=${2:?--into needs a directory}
    mkdir -p "$out"
    for ts in "$root"/translations/onboarder_*.ts; do
        cp "$ts" "$out/"
    done
fi

lupdate=${LUPDATE:-}
if [[ -z "$lupdate" ]]; then
    for candidate in /usr/lib/qt6/bin/lupdate "$(command -v lupdate6 || true)" "$(command -v lupdate || true)"; do
        if [[ -n "$candidate" && -x "$candidate" ]]; then
            lupdate=$candidate
            break
        fi
    done
fi
[[ -n "$lupdate" ]] || { echo "lupdate not found: install qt6-l10n-tools (packaging/install-deps.sh)" >&2; exit 2; }

# The GUI and the user-facing messages of the model, client and jobs; the command-line tool and the sandbox stay
# English. Keep this list in step with ui/CMakeLists.txt.
cd "$root"
sources=(ui app/gui app/model app/api app/connection app/jobs)
options=(-no-obsolete -locations none -extensions cpp,h,ui -I "$root" -I "$root/app" -silent)

"$lupdate" "${options[@]}" "${sources[@]}" -target-language sv_SE -ts "$out/onboarder_sv.ts"
# English is the source language: its catalogue only carries the plural forms ("%n template(s)").
"$lupdate" "${options[@]}" -pluralonly "${sources[@]}" -target-language en_US -ts "$out/onboarder_en.ts"
