#!/usr/bin/env bash
# Runs every test: the Swift test suite, then the Jupyter conformance tests (Python,
# through jupyter_client and jupyter_kernel_test) against the installed kernel.
# Sets everything up first (scripts/setup.sh). Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh

echo "==> swift test"
swift test 2>&1 | sed -E '/prohibited flag|unhandled; explicitly declare/d'

echo "==> conformance tests (jupyter_client, jupyter_kernel_test)"
export JUPYTER_PATH="$PWD/.venv/share/jupyter"
LANGUAGE_TESTS=1 bash Tests/Conformance/run.sh "$PWD/.venv/bin/python"
