#!/usr/bin/env bash
# Installs Debian's Chromium for the test that renders the fault sweep's HTML report headless.
#
# Run by the build (profile browser of spark-connect-junit). It never fails the build: where it
# cannot install one (not root, no apt-get, no network to Debian's packages) it says why and exits
# 0, and the browser test is then skipped with its reason.
#
#   ensure-browser.sh LOG_DIR
set -u
LOG_DIR="${1:-$HOME/.cache/spark-connect-java}"
mkdir -p "$LOG_DIR"
LOG="$LOG_DIR/ensure-browser.log"
say() { echo "[browser] $*"; }

if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  say "no Chromium, and it can only be installed here as root on Debian: the browser test will be skipped"
  exit 0
fi
say "installing Chromium from Debian's packages (log: $LOG)"
if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >"$LOG" 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get update -q >>"$LOG" 2>&1
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >>"$LOG" 2>&1; then
    say "could not install Chromium (see $LOG): the browser test will be skipped"
    exit 0
  fi
fi
say "Chromium installed: $(/usr/bin/chromium --version 2>/dev/null)"
