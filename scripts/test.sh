#!/usr/bin/env bash
# Set-up, then the whole test suite (XCTest and Swift Testing) in a debug build.
set -euo pipefail
cd "$(dirname "$0")/.."
NIANBAO_WITH_BROWSER=1 bash scripts/setup.sh debug
swift build --build-tests 2>&1 | { grep -vE '^\[[0-9]+/[0-9]+\]' || true; }
swift test --skip-build 2>&1
