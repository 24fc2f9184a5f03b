#!/usr/bin/env bash
# Installs the Debian packages the studio needs, only those that are missing.
set -euo pipefail
PACKAGES=(
  python3 python3-venv python3-pip
  ffmpeg sox
  espeak-ng libespeak-ng1
  festival festvox-us-slt-hts festvox-kallpc16k
  festival-hi festvox-hi-nsk festival-mr festvox-mr-nsk festival-te festvox-te-nsk festvox-kdlpc16k
  festvox-ru festvox-ca-ona-hts festvox-czech-dita festvox-czech-machac festvox-suopuhe-lj festvox-suopuhe-mv
  festvox-italp16k festvox-itapc16k
  apertium apertium-en-es apertium-en-ca apertium-fr-es apertium-es-pt apertium-es-it apertium-es-ro apertium-es-gl
  fonts-noto-core fonts-noto-cjk
  fluidsynth fluid-soundfont-gm
  unicode-cldr-core
)
# Installed without their Recommends: docker-compose's (docker.io) would clash with Docker's own packages.
LEAN=()
# --test adds what only the tests and benchmarks use: a browser for the web studio's tests, a load tool,
# and docker-compose (v1, reads compose.yaml offline) for the deployment files' check.
if [ "${1:-}" = "--test" ]; then
  PACKAGES+=(chromium wrk)
  LEAN+=(docker-compose)
fi
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
missing=()
for p in "${PACKAGES[@]}"; do installed "$p" || missing+=("$p"); done
lean=()
for p in "${LEAN[@]}"; do installed "$p" || lean+=("$p"); done
if [ ${#missing[@]} -eq 0 ] && [ ${#lean[@]} -eq 0 ]; then
  exit 0
fi
echo "Installing system packages: ${missing[*]} ${lean[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
# Recommends stay on: Festival's Indic voices need their language packs.
if [ ${#missing[@]} -gt 0 ]; then $SUDO apt-get install -y -q "${missing[@]}"; fi
if [ ${#lean[@]} -gt 0 ]; then $SUDO apt-get install -y -q --no-install-recommends "${lean[@]}"; fi
