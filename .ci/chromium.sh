#!/usr/bin/env bash
# The dashboard's browser tests drive Debian's Chromium through playwright-core (no browser download).
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then exit 0; fi
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
