#!/usr/bin/env bash
# Installs every Debian 12 package ehcpqa needs to build and test.
# Safe to run twice: it installs only what is missing, and uses sudo only when not root.
#
#   tools/setup.sh               build and test packages (as before)
#   tools/setup.sh --producers   also the PDF producers that tools/make_sample_pdfs.sh uses
set -euo pipefail

WITH_PRODUCERS=0
for arg in "$@"; do
  case "$arg" in
    --producers) WITH_PRODUCERS=1 ;;
    -h|--help) sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "setup: unknown option '$arg' (try --producers)" >&2; exit 2 ;;
  esac
done

# Build: compiler, CMake, and the libraries the code links against.
BUILD_PACKAGES=(
  build-essential cmake pkg-config
  libxml2-dev libzip-dev zlib1g-dev libpodofo-dev libssl-dev libfreetype-dev libicu-dev libre2-dev
  libboost-test-dev libyaml-cpp-dev nlohmann-json3-dev libcli11-dev libfmt-dev libmstch-dev
)
# Run time: CID-to-Unicode tables for Chinese, Japanese and Korean PDF fonts without a
# Unicode map.
BUILD_PACKAGES+=(poppler-data)
# Tests and sample generation: python3 writes the sample plans (standard library only);
# poppler's pdftotext is the reference the PDF reader's fidelity is measured against.
TEST_PACKAGES=(python3 poppler-utils)
# The browser test (tests/reports/browser_test.cpp) renders the HTML reports in headless
# Chromium, with the fonts the report's style sheet names.
TEST_PACKAGES+=(chromium fonts-dejavu-core fonts-liberation)
# PDF producers for tools/make_sample_pdfs.sh (only with --producers): LibreOffice for the DOCX
# exports, Chromium for the HTML plan, groff and Ghostscript for the ms plan, pango-view (cairo)
# for the short plan, qpdf for the rewrites, poppler-utils to check and render, img2pdf for the
# image-only fixtures, and the fonts the sources name.
PRODUCER_PACKAGES=(
  libreoffice-writer-nogui chromium groff ghostscript qpdf poppler-utils pango1.0-tools img2pdf
  fonts-dejavu fonts-liberation
)
if [ "$WITH_PRODUCERS" -eq 1 ]; then TEST_PACKAGES+=("${PRODUCER_PACKAGES[@]}"); fi

missing=()
for pkg in "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
