#!/usr/bin/env bash
# Makes sure Debian's Chromium is there for the browser tests (Playwright's own browser download
# does not work on these machines). Runs before `npm test` and in .ci/run.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/lib/chromium/chromium}"
[ -x "$chromium" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's Chromium for the browser tests..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "The browser tests need Chromium at $chromium. Install it (Debian: sudo apt-get install chromium)" >&2
echo "or point CHROMIUM_PATH at a Chromium or Chrome binary." >&2
exit 1
