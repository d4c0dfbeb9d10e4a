#!/usr/bin/env bash
# Runs the wire-level conformance suite against the built kernel.
#
#   Tests/Conformance/run.sh VENV_PYTHON [pytest args...]
#
# VENV_PYTHON is the python of a virtual environment with jupyter_client,
# jupyter_kernel_test and pytest (e.g. ~/peers-venv/bin/python). The script installs
# the kernelspec `swift-research` into that environment (swift-research-kernel install
# --prefix <its sys.prefix>), then runs pytest on Tests/Conformance.
#
# Environment:
#   KERNEL_BINARY        the kernel executable (default: .build/debug/swift-research-kernel,
#                        or .build/release/... when only that one exists)
#   LANGUAGE_TESTS=1     also run tests that execute Swift cells (marker `language`)
#   CONFORMANCE_TIMEOUT  seconds to wait for any one answer (default 30)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"

if [ $# -lt 1 ]; then
  echo "usage: $0 VENV_PYTHON [pytest args...]" >&2
  exit 2
fi
PY="$1"; shift
[ -x "$PY" ] || { echo "error: $PY is not an executable python" >&2; exit 2; }
"$PY" -c "import jupyter_client, jupyter_kernel_test, pytest" 2>/dev/null || {
  echo "error: $PY lacks jupyter_client, jupyter_kernel_test or pytest;" \
       "install them: $PY -m pip install jupyter_client jupyter_kernel_test pytest" >&2
  exit 2
}

BIN="${KERNEL_BINARY:-}"
if [ -z "$BIN" ]; then
  BIN="$ROOT/.build/debug/swift-research-kernel"
  [ -x "$BIN" ] || [ ! -x "$ROOT/.build/release/swift-research-kernel" ] || BIN="$ROOT/.build/release/swift-research-kernel"
fi
[ -x "$BIN" ] || { echo "error: no kernel executable at $BIN (swift build, or set KERNEL_BINARY)" >&2; exit 2; }

PREFIX="$("$PY" -c 'import sys; print(sys.prefix)')"
echo "installing kernelspec swift-research from $BIN into $PREFIX"
"$BIN" install --prefix "$PREFIX" --name swift-research
"$PY" - <<'EOF'
from jupyter_client.kernelspec import KernelSpecManager
spec = KernelSpecManager().get_kernel_spec("swift-research")
print("kernelspec swift-research:", spec.resource_dir, spec.argv)
EOF

MARK=(-m "not language")
[ "${LANGUAGE_TESTS:-0}" = 1 ] && MARK=()
export KERNEL_NAME=swift-research
HIST="$(mktemp -d)"
trap 'rm -rf "$HIST"' EXIT
export SWIFT_RESEARCH_HISTORY="$HIST/history.sqlite"  # fixtures give each kernel its own; this is the fallback
cd "$HERE"
"$PY" -m pytest -p no:cacheprovider -q ${MARK[@]+"${MARK[@]}"} "$@" "$HERE"
