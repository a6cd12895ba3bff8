#!/usr/bin/env bash
# Install what tests/test_browser.py needs: Debian's Chromium and its driver, and Selenium.
# Idempotent: does nothing that is already done. Run as root (CI) or with sudo.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  echo "install-browser: chromium et chromedriver déjà installés"
else
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi
/usr/bin/chromium --version
/usr/bin/chromedriver --version

if python3 -c "import selenium" 2>/dev/null; then
  echo "install-browser: selenium déjà installé"
else
  python3 -m pip install --quiet "selenium>=4.20"
fi
python3 -c "import selenium; print('selenium', selenium.__version__)"
