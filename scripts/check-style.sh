#!/usr/bin/env bash
# Fails when code (tracked, or new and not ignored) differs from .clang-format or a Designer form is not saved as Qt Designer writes it.
#   scripts/check-style.sh         check (CI)
#   scripts/check-style.sh --fix   rewrite what differs
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

mapfile -t sources < <(git ls-files --cached --others --exclude-standard '*.cpp' '*.h')
mapfile -t forms < <(git ls-files --cached --others --exclude-standard '*.ui')
if [[ "${1:-}" == "--fix" ]]; then
    clang-format -i "${sources[@]}"
    python3 scripts/format-ui.py "${forms[@]}"
    exit 0
fi

status=0
if ! clang-format --dry-run --Werror "${sources[@]}" 2>/tmp/clang-format.$$; then
    echo "Files that differ from .clang-format (scripts/check-style.sh --fix rewrites them):" >&2
    grep -o '^[^:]*\.\(cpp\|h\):' /tmp/clang-format.$$ | sort -u | sed 's/:$//; s/^/  /' >&2
    status=1
fi
rm -f /tmp/clang-format.$$
python3 scripts/format-ui.py --check "${forms[@]}" || status=1
exit "$status"
