#!/usr/bin/env bash
# Runs every test: the Swift test suite, the fidelity corpus (every program's output against
# compiled Swift's, no silent wrong answer allowed), then the Jupyter conformance tests (Python,
# through jupyter_client and jupyter_kernel_test) against the installed kernel, the
# reliability suite (hostile messages, load, faults, security, hostile cells), the cell
# fuzzer for FUZZ_SECONDS (default 60), every notebook headless (quick mode; the tour and
# paper notebooks twice, compared byte for byte; HTML export with every figure), and the
# notebooks in JupyterLab under Chromium and under jupyter_kernel_gateway, and last the
# kernel's server and end-to-end tests under ThreadSanitizer (scripts/sanitize.sh).
# Outputs (executed notebooks, figures, HTML, screenshot, logs) go to TEST_OUTPUT
# (default .build/test-output).
# Sets everything up first (scripts/setup.sh). Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh

echo "==> swift test"
swift test 2>&1 | sed -E '/prohibited flag|unhandled; explicitly declare/d'

echo "==> fidelity: the cell language against compiled Swift (Tests/Fidelity, recorded by Tests/Fidelity/record.py)"
.venv/bin/python Tests/Fidelity/run.py

echo "==> conformance tests (jupyter_client, jupyter_kernel_test)"
export JUPYTER_PATH="$PWD/.venv/share/jupyter"
LANGUAGE_TESTS=1 bash Tests/Conformance/run.sh "$PWD/.venv/bin/python"

OUT="${TEST_OUTPUT:-$PWD/.build/test-output}"
mkdir -p "$OUT"

echo "==> reliability tests (hostile messages, load, faults, security, hostile cells)"
.venv/bin/python -m pytest -p no:cacheprovider -q Tests/Reliability

echo "==> fuzzing the cell language (${FUZZ_SECONDS:-60} s)"
bash scripts/fuzz.sh "${FUZZ_SECONDS:-60}"

echo "==> notebooks headless (quick mode), reproducibility and HTML export -> $OUT/notebooks"
.venv/bin/python scripts/check_notebooks.py --out "$OUT/notebooks"

echo "==> notebooks in JupyterLab (Chromium) and under jupyter_kernel_gateway"
TEST_OUTPUT="$OUT" .venv/bin/python -m pytest -p no:cacheprovider -q -rs Tests/Notebooks

echo "==> ThreadSanitizer over the kernel's threaded code (server and end-to-end tests)"
bash scripts/sanitize.sh thread 'EndToEndTests|KernelServerTests'
