#!/usr/bin/env bash
# Sets up everything the kernel needs on a fresh Debian machine, idempotently:
#   1. Debian packages (libzmq3-dev, libopenblas-dev, libpng-dev, libfreetype-dev, fonts, SQLite);
#   2. a Python venv in .venv with jupyter_client, nbclient, pytest … (scripts/requirements.txt);
#   3. builds the kernel (debug, or release with CONFIG=release);
#   4. installs the kernelspec `swift-research` into the venv.
# Usage: bash scripts/setup.sh            (CONFIG=debug|release, EXTRA_PIP="jupyterlab …")
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
CONFIG="${CONFIG:-debug}"
APT_PACKAGES=(libzmq3-dev libopenblas-dev libpng-dev libfreetype-dev fonts-dejavu-core libsqlite3-dev pkg-config)

missing=()
for p in "${APT_PACKAGES[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "==> apt-get install ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "error: missing Debian packages: ${missing[*]} (run: sudo apt-get install ${missing[*]})" >&2
    exit 1
  fi
fi

if [ ! -x .venv/bin/python ]; then
  echo "==> creating .venv"
  python3 -m venv .venv
fi
echo "==> pip install (scripts/requirements.txt ${EXTRA_PIP:-})"
.venv/bin/python -m pip install -q --disable-pip-version-check -r scripts/requirements.txt ${EXTRA_PIP:-}

echo "==> swift build -c $CONFIG"
swift build -c "$CONFIG" --product swift-research-kernel 2>&1 | sed -E '/prohibited flag|unhandled; explicitly declare/d'
# The Unicron executor starts agent processes; the kernel finds them next to its own binary.
swift build -c "$CONFIG" --product unicron-agent 2>&1 | sed -E '/prohibited flag|unhandled; explicitly declare/d'
BIN="$(swift build -c "$CONFIG" --show-bin-path)/swift-research-kernel"
[ -x "$BIN" ] || { echo "error: build failed: $BIN missing" >&2; exit 1; }

echo "==> installing the kernelspec into .venv"
"$BIN" install --prefix "$PWD/.venv"
