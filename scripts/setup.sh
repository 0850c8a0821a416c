#!/usr/bin/env bash
# Installs what a fresh Debian/Ubuntu machine lacks to build nianbao, then builds it.
# Usage: bash scripts/setup.sh [debug|release]   (default: release)
#
# LibreOffice (libreoffice-writer-nogui, about 150 MB) is installed too: nianbao reads legacy
# .doc, .wps, .odt and .rtf files through it, and the tests that convert them need it.
# NIANBAO_NO_LIBREOFFICE=1 bash scripts/setup.sh leaves it out; those files then fail with
# "reading it needs LibreOffice", and the tests that need it are skipped, saying why, only
# when NIANBAO_NO_LIBREOFFICE=1 is set for the test run as well.
set -euo pipefail
cd "$(dirname "$0")/.."
config="${1:-release}"

# libtesseract-dev and its Chinese and English language data: OCR of scanned PDF pages.
packages=(pkg-config libxml2-dev libzip-dev libpoppler-glib-dev libsqlite3-dev libxlsxwriter-dev
          libtesseract-dev tesseract-ocr-chi-sim tesseract-ocr-eng
          poppler-utils)  # pdfseparate/pdfunite: the OCR tests make a mixed text + scan PDF
# The tests open review.html in a real browser (scripts/test.sh sets NIANBAO_WITH_BROWSER=1).
[ "${NIANBAO_WITH_BROWSER:-}" = 1 ] && packages+=(chromium)
if [ "${NIANBAO_NO_LIBREOFFICE:-}" = 1 ]; then
  echo "setup: NIANBAO_NO_LIBREOFFICE=1: LibreOffice is not installed (.doc/.wps/.odt/.rtf cannot be read)" >&2
elif ! command -v soffice >/dev/null && ! command -v libreoffice >/dev/null; then
  packages+=(libreoffice-writer-nogui)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "setup: need root (or sudo) to apt-get install ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

command -v swift >/dev/null || {
  echo "setup: Swift 6 is not on PATH; install a Swift 6 toolchain (https://www.swift.org/install/linux/) and retry" >&2
  exit 1
}
echo "setup: building ($config)" >&2
# A release binary links the Swift runtime and Foundation statically: it starts in about
# 13 ms instead of 19 (fewer shared objects to load and relocate), which counts when a
# process is started per file.
static=()
[ "$config" = release ] && static=(--static-swift-stdlib)
swift build -c "$config" "${static[@]}" --product nianbao 2>&1 | { grep -vE '^\[[0-9]+/[0-9]+\]' >&2 || true; }
