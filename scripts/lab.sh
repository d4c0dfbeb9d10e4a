#!/usr/bin/env bash
# The main job. Sets everything up (Debian packages, .venv with JupyterLab, a release
# build of the kernel, the kernelspec), then opens JupyterLab on notebooks/.
#
#   bash scripts/lab.sh              # JupyterLab on http://127.0.0.1:8888 (token printed)
#   bash scripts/lab.sh --headless   # instead, execute every notebook with nbclient into figures/
#   PORT=9999 bash scripts/lab.sh    # another port
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
CONFIG=release EXTRA_PIP="jupyterlab==4.6.6" bash scripts/setup.sh
export JUPYTER_PATH="$PWD/.venv/share/jupyter"
if [ "${1:-}" = "--headless" ]; then
  shift
  exec .venv/bin/python scripts/run_notebooks.py --out figures "$@"
fi
exec .venv/bin/jupyter lab --no-browser --ip=127.0.0.1 --port="${PORT:-8888}" --notebook-dir="$PWD/notebooks"
