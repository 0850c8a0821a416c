#!/usr/bin/env bash
# Makes docs/review-page.png, the review page's screenshot the README shows: the test
# fixture's page (two organs over three years) in headless Chromium at 1400 × 1000, one
# finding opened onto its highlighted table.
#
# Needs chromium and a Chinese font (Debian: apt-get install chromium fonts-noto-cjk);
# without the font the Chinese shows as boxes. The tests themselves need neither the font
# nor this script.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! fc-list :lang=zh family | grep -q .; then
    echo "no Chinese font: apt-get install fonts-noto-cjk (the screenshot would show boxes)" >&2
    exit 1
fi
swift build --build-tests 2>&1 | { grep -E 'error:' || true; }
NIANBAO_WRITE_SCREENSHOT="$PWD/docs/review-page.png" \
    swift test --skip-build --filter PageBrowserTests/screenshotIsARealRender 2>&1 | grep -E '✘|passed|failed' || true
test -s docs/review-page.png && echo "wrote docs/review-page.png"
