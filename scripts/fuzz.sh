#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang, AddressSanitizer and UndefinedBehaviorSanitizer in build/fuzz,
# and runs each for a while on the seed corpus from tests/data. Fails when a target crashes, leaks or breaks a check;
# the input that did it is left in build/fuzz/artifacts/ (replay it: build/fuzz/tests/fuzz/fuzz_X FILE).
#   scripts/fuzz.sh [--time SECONDS] [--jobs N] [TARGET...]     default: 60 seconds per target, every target
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

seconds=60
targets=()
while [[ $# -gt 0 ]]; do
    case "$1" in
    --time) seconds="$2"; shift ;;
    --time=*) seconds="${1#--time=}" ;;
    -h|--help) sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "usage: scripts/fuzz.sh [--time SECONDS] [TARGET...]" >&2; exit 2 ;;
    *) targets+=("$1") ;;
    esac
    shift
done
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "--time needs a whole number of seconds" >&2; exit 2; }

bash packaging/install-deps.sh --test
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
started=$(date +%s)
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
built=$(date +%s)

bin=build/fuzz/tests/fuzz
if [[ ${#targets[@]} -eq 0 ]]; then
    for exe in "$bin"/fuzz_*; do
        [[ -x "$exe" && -f "$exe" ]] && targets+=("$(basename "$exe")")
    done
fi
seeds=(tests/data/model tests/data/drafts tests/data/sandbox tests/data/fuzz tests/data/import)
mkdir -p build/fuzz/artifacts

failed=()
for target in "${targets[@]}"; do
    # New inputs go to a corpus folder of the build; the seed folders in the source tree are only read.
    corpus="build/fuzz/corpus/$target"
    mkdir -p "$corpus"
    echo "== $target: ${seconds}s" >&2
    log="build/fuzz/$target.log"
    if "$bin/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -dict=tests/fuzz/json.dict -artifact_prefix="build/fuzz/artifacts/$target-" -print_final_stats=1 \
        "$corpus" "${seeds[@]}" >"$log" 2>&1; then
        grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb)|^#[0-9]+.*DONE' "$log" >&2 || true
    else
        failed+=("$target")
        tail -n 60 "$log" >&2
    fi
done
finished=$(date +%s)
echo "fuzz: build $((built - started))s, runs $((finished - built))s, ${#targets[@]} targets" >&2
if [[ ${#failed[@]} -gt 0 ]]; then
    echo "fuzz: FAILED: ${failed[*]} (inputs in build/fuzz/artifacts/)" >&2
    exit 1
fi
echo "fuzz: no crash in ${#targets[@]} targets" >&2
