#!/usr/bin/env bash
# Fuzzes the cell parser and evaluator for a time budget (Sources/KernelFuzz).
#
#   bash scripts/fuzz.sh [SECONDS] [SEED]     # seeded mutation fuzzer, default 300 s, seed 1
#   LIBFUZZER=1 bash scripts/fuzz.sh SECONDS  # coverage-guided: libFuzzer build in .build-fuzz
#   .build/debug/KernelFuzz --replay Tests/Fuzz/crashes/FILE.swift   # reproduce a finding
#
# Seeds come from Tests/Fuzz/corpus (regenerate with python3 Tests/Fuzz/make_corpus.py). Every
# input runs as a cell in one session, on the kernel's 512 MB stack, interrupted after 0.5 s;
# a crash, a cell that does not stop within 10 s of its interrupt, or a session whose earlier
# variables are lost is saved under Tests/Fuzz/crashes/ and fails the run (exit 1).
# CONFIG=release builds the fuzzer optimised (more cells per second).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
BUDGET="${1:-300}"
SEED="${2:-1}"
CRASHES="Tests/Fuzz/crashes"
CONFIG="${CONFIG:-debug}"
filter() { sed -E '/prohibited flag|unhandled; explicitly declare/d'; }

if [ "${LIBFUZZER:-0}" = 1 ]; then
  echo "==> swift build (libFuzzer, .build-fuzz)"
  swift build -c "$CONFIG" --scratch-path .build-fuzz --product KernelFuzz \
    -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library -Xswiftc -DLIBFUZZER 2>&1 | filter
  WORK=.build-fuzz/corpus
  mkdir -p "$WORK" "$CRASHES"
  echo "==> libFuzzer for ${BUDGET} s (new inputs in $WORK, findings in $CRASHES/)"
  # Swift's own crash reporter would take the signal before libFuzzer can save the input.
  export SWIFT_BACKTRACE=enable=no
  exec ".build-fuzz/$CONFIG/KernelFuzz" "$WORK" Tests/Fuzz/corpus -max_total_time="$BUDGET" -seed="$SEED" \
    -artifact_prefix="$CRASHES/" -timeout=30 -rss_limit_mb=6144 -max_len=4096
fi

echo "==> swift build -c $CONFIG --product KernelFuzz"
swift build -c "$CONFIG" --product KernelFuzz 2>&1 | filter
BIN="$(swift build -c "$CONFIG" --show-bin-path)/KernelFuzz"
CURRENT="$(mktemp -d)/current.swift"
END=$(( $(date +%s) + BUDGET ))
FINDINGS=0
while :; do
  LEFT=$(( END - $(date +%s) ))
  [ "$LEFT" -gt 0 ] || break
  echo "==> fuzzing for ${LEFT} s, seed $SEED"
  set +e
  "$BIN" --corpus Tests/Fuzz/corpus --seconds "$LEFT" --seed "$SEED" --crashes "$CRASHES" --current "$CURRENT"
  rc=$?
  set -e
  [ "$rc" = 0 ] && break
  FINDINGS=$((FINDINGS + 1))
  if [ "$rc" -ge 128 ] && [ -f "$CURRENT" ]; then
    mkdir -p "$CRASHES"
    SAVED="$CRASHES/crash-$(sha1sum "$CURRENT" | cut -c1-12).swift"
    cp "$CURRENT" "$SAVED"
    echo "the fuzzer died (signal $((rc - 128))) on the input saved in $SAVED"
  fi
  SEED=$((SEED + 1000))  # go on with other inputs
done
if [ "$FINDINGS" -gt 0 ]; then
  echo "fuzz: $FINDINGS finding(s) in $CRASHES/ (reproduce: $BIN --replay FILE)"
  exit 1
fi
echo "fuzz: ${BUDGET} s, no crash, no hang, session intact"
