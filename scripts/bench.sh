#!/usr/bin/env bash
# Builds the release configuration with the test tree (preset "bench", build/release-bench) and runs every benchmark:
# startup against a minimal Qt window, sandbox throughput, the bulk import, the customers import and the customers
# view. Each prints its table and its figures against their goals; the JSON results go to build/bench/<name>.json and
# a summary of every figure against its goal ends the run.
#   scripts/bench.sh [--runs N] [--quick]     N: startup runs per program (default 9); --quick: smaller runs
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

runs=9
quick=0
while [[ $# -gt 0 ]]; do
    case "$1" in
    --runs) runs="$2"; shift ;;
    --quick) quick=1; runs=3 ;;
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
rm -f "$out"/*.json
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

# Every benchmark takes --json FILE and --quick (a smaller run of the same work) and prints its table.
quick_args=()
[[ $quick == 1 ]] && quick_args=(--quick)
run startup "$(exe bench_Startup)" --app "$build/app/gui/onboarder" --baseline "$(exe bench_MinimalWindow)" \
    --runs "$runs" "${quick_args[@]}" --json "$out/startup.json"
run sandbox-throughput "$(exe bench_SandboxThroughput)" "${quick_args[@]}" --json "$out/sandbox-throughput.json"
run bulk-import "$(exe bench_BulkImport)" "${quick_args[@]}" --json "$out/bulk-import.json"
run customers-import "$(exe bench_CustomersImport)" "${quick_args[@]}" --json "$out/customers-import.json"
run customers-view "$(exe bench_CustomersView)" "${quick_args[@]}" --json "$out/customers-view.json"

# Every benchmark's figures against their goals, gathered from the "goals" arrays of the JSON results (BenchGoals.h).
python3 - "$out"/*.json <<'PY'
import json, sys
lines = []
for path in sys.argv[1:]:
    try:
        with open(path, encoding="utf-8") as f:
            lines += json.load(f).get("goals", [])
    except (OSError, ValueError):
        pass
if lines:
    print("\nAll figures against their goals")
    print(f"{'benchmark':<20} {'measure':<58} {'value':>16} {'goal':>16}  met")
    for line in lines:
        met = "yes" if line.get("met") else "NO"
        print(f"{line['benchmark']:<20} {line['measure']:<58} {line['value']:>16} {line['goal']:>16}  {met}")
PY

echo "bench: $(( $(date +%s) - started ))s in all; results in $out/" >&2
ls -1 "$out"/*.json >&2
if [[ ${#failed[@]} -gt 0 ]]; then
    echo "bench: FAILED: ${failed[*]}" >&2
    exit 1
fi
