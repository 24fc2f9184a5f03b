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
# --test adds what only the tests and benchmarks use: a browser for the web studio's tests, a load tool.
if [ "${1:-}" = "--test" ]; then
  PACKAGES+=(chromium wrk)
fi
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "Installing system packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
# Recommends stay on: Festival's Indic voices need their language packs.
$SUDO apt-get install -y -q "${missing[@]}"
