#!/usr/bin/env bash
# Builds the release configuration with the test tree (preset "bench", build/release-bench) and runs every benchmark
# that exists: startup against a minimal Qt window, sandbox throughput, and, when built, the bulk import and the
# customers view. Each prints its table; the JSON results go to build/bench/<name>.json.
#   scripts/bench.sh [--runs N] [--quick]     N: startup runs per program (default 9); --quick: smaller runs
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

runs=9
requests=2000
quick=0
while [[ $# -gt 0 ]]; do
    case "$1" in
    --runs) runs="$2"; shift ;;
    --quick) quick=1; runs=3; requests=300 ;;
    -h|--help) sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "usage: scripts/bench.sh [--runs N] [--quick]" >&2; exit 2 ;;
    esac
    shift
done

bash packaging/install-deps.sh --test
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
started=$(date +%s)
cmake --preset bench >/dev/null
build=build/release-bench
# Only the benchmarks and what they run, whichever of them this tree has.
mapfile -t targets < <(cmake --build "$build" --target help | sed -n 's/^\(bench_[A-Za-z]*\):.*/\1/p' | sort -u)
cmake --build --preset bench --target onboarder "${targets[@]}"
echo "bench: built in $(( $(date +%s) - started ))s: ${targets[*]}" >&2

out=build/bench
mkdir -p "$out"
exe() { find "$build/tests/bench" -maxdepth 1 -type f -name "$1" -perm -u+x | head -n 1; }

# A real X server when one can be had, so first paint includes talking to it; offscreen otherwise.
xvfb_pid=
cleanup() { [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null || true; }
trap cleanup EXIT
if [[ -z "${DISPLAY:-}" ]] && command -v Xvfb >/dev/null; then
    for display in $(seq 91 140); do
        [[ -e "/tmp/.X11-unix/X$display" || -e "/tmp/.X$display-lock" ]] && continue
        Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
        xvfb_pid=$!
        sleep 1
        if kill -0 "$xvfb_pid" 2>/dev/null; then
            export DISPLAY=":$display"
            break
        fi
        xvfb_pid=
    done
fi
if [[ -z "${DISPLAY:-}" ]]; then
    export QT_QPA_PLATFORM=offscreen
fi

failed=()
run() {
    local name=$1; shift
    echo "== $name" >&2
    if ! "$@"; then
        failed+=("$name")
    fi
}

run startup "$(exe bench_Startup)" --app "$build/app/gui/onboarder" --baseline "$(exe bench_MinimalWindow)" \
    --runs "$runs" --json "$out/startup.json"
run sandbox-throughput "$(exe bench_SandboxThroughput)" --requests "$requests" --json "$out/sandbox-throughput.json"
# Written elsewhere in the tree; run when present. Both take --json FILE and print a table.
if [[ -n "$(exe bench_BulkImport)" ]]; then
    run bulk-import "$(exe bench_BulkImport)" --json "$out/bulk-import.json"
fi
if [[ -n "$(exe bench_CustomersImport)" ]]; then
    quick_args=()
    [[ $quick == 1 ]] && quick_args=(--quick)
    run customers-import "$(exe bench_CustomersImport)" "${quick_args[@]}" --json "$out/customers-import.json"
fi
if [[ -n "$(exe bench_CustomersView)" ]]; then
    run customers-view "$(exe bench_CustomersView)" --json "$out/customers-view.json"
fi

echo "bench: $(( $(date +%s) - started ))s in all; results in $out/" >&2
ls -1 "$out"/*.json >&2
if [[ ${#failed[@]} -gt 0 ]]; then
    echo "bench: FAILED: ${failed[*]}" >&2
    exit 1
fi
