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

# Optional: Chromium and its WebDriver for the browser test (Tests/Notebooks/test_browser.py),
# installed from Debian when apt has them (SKIP_BROWSER=1 to skip); the test is skipped without them.
if [ "${SKIP_BROWSER:-0}" != 1 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  browser=()
  for p in chromium chromium-driver; do dpkg -s "$p" >/dev/null 2>&1 || browser+=("$p"); done
  if [ ${#browser[@]} -gt 0 ]; then
    apt-get update -qq || true
    if apt-cache show "${browser[@]}" >/dev/null 2>&1; then
      echo "==> apt-get install ${browser[*]} (browser test)"
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${browser[@]}" >/dev/null || echo "warning: could not install ${browser[*]}; the browser test will be skipped" >&2
    else
      echo "note: ${browser[*]} not available from apt; the browser test will be skipped"
    fi
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
