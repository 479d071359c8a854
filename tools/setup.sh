#!/usr/bin/env bash
# Installs every Debian 12 package ehcpqa needs to build and test.
# Safe to run twice: it installs only what is missing, and uses sudo only when not root.
set -euo pipefail

# Build: compiler, CMake, and the libraries the code links against.
BUILD_PACKAGES=(
  build-essential cmake pkg-config
  libxml2-dev libzip-dev libpodofo-dev libicu-dev libre2-dev
  libboost-test-dev libyaml-cpp-dev nlohmann-json3-dev libcli11-dev libfmt-dev libmstch-dev
)
# Tests and sample generation: python3 writes the sample plans (standard library only).
TEST_PACKAGES=(python3)

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
