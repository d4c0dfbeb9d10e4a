#!/usr/bin/env bash
# Runs Swift tests under a sanitizer, each sanitizer in its own build directory
# (.build-<sanitizer>) so that the normal build stays untouched.
#
#   bash scripts/sanitize.sh thread  [FILTER]   # ThreadSanitizer
#   bash scripts/sanitize.sh address [FILTER]   # AddressSanitizer
#   bash scripts/sanitize.sh all                # both, over the whole suite
#
# FILTER is a `swift test --filter` expression; by default the whole suite runs. CI runs
# ThreadSanitizer over the kernel's server and end-to-end tests (the threaded code):
#   bash scripts/sanitize.sh thread 'EndToEndTests|KernelServerTests'
# Any sanitizer report fails the run (halt_on_error), as does any failing test.
# AddressSanitizer runs without its fake stacks (detect_stack_use_after_return=0): the cell
# evaluator guards recursion by the address of its real stack, which fake frames would hide.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

which="${1:-thread}"
filter="${2:-}"

run() {
    local sanitizer="$1"
    local scratch=".build-$sanitizer"
    echo "==> swift test --sanitize=$sanitizer ${filter:+--filter '$filter'} (build directory $scratch)"
    local args=(--sanitize="$sanitizer" --scratch-path "$scratch")
    [ -n "$filter" ] && args+=(--filter "$filter")
    SWIFT_RESEARCH_SANITIZE=1 \
    TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1 ${TSAN_OPTIONS:-}" \
    ASAN_OPTIONS="halt_on_error=1 detect_leaks=0 detect_stack_use_after_return=0 ${ASAN_OPTIONS:-}" \
        swift test "${args[@]}" 2>&1 | sed -E '/prohibited flag|unhandled; explicitly declare/d'
}

case "$which" in
    thread|address) run "$which" ;;
    all) run thread; run address ;;
    *) echo "usage: scripts/sanitize.sh thread|address|all [FILTER]" >&2; exit 2 ;;
esac
