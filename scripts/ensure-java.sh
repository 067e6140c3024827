#!/usr/bin/env bash
# Makes sure a Java runtime is there for the W3C Nu Html Checker (npm `vnu-jar`, test/nu.test.ts):
# Debian's default-jre-headless. Runs before `npm test` and in .ci/run; quiet when Java is present.
set -euo pipefail
command -v java >/dev/null && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's Java runtime for the Nu Html Checker..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq default-jre-headless >/dev/null
  exit 0
fi
echo "The HTML test (Nu Html Checker) needs Java 11 or newer. Install it (Debian: sudo apt-get install default-jre-headless)" >&2
echo "or put a java binary on PATH." >&2
exit 1
