#!/usr/bin/env bash
# Lede's one-stop developer script: install what the build needs, configure, build, then run or test.
#   tools/dev.sh run  [FILE…]   set up, build and start the reader (the bundled sample with no FILE)
#   tools/dev.sh test           set up, build and run the whole test suite (what CI runs, with LEDE_PRESET=ci
#                               and then LEDE_PRESET=asan; see .ci/run)
#   tools/dev.sh setup          only install the Debian packages
# Idempotent: packages already installed are not touched; the build is incremental.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

packages=(
    build-essential cmake ninja-build pkg-config
    libicu-dev nlohmann-json3-dev iso-codes
    libmd4c-dev
    libcurl4-gnutls-dev # core/fetch: File ▸ Open Location… and lede-cli URLs
    libgumbo-dev # core/document: web pages
    libpoppler-cpp-dev libzip-dev libpugixml-dev # core/document: PDF, DOCX, ODT and EPUB
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-svg-dev libqt6svg6 libgl-dev fonts-dejavu-core fonts-noto-color-emoji
    clang-format-14 python3 git # CI's format and own-text checks (.ci/run); g++'s sanitizers come with g++
    clang libclang-rt-14-dev # the fuzz preset: clang with libFuzzer (tests/fuzz)
)

setup() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

preset=${LEDE_PRESET:-dev} # dev, release, ci (-Werror) or asan (sanitizers); see CMakePresets.json

build() {
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset"
}

case "${1:-}" in
setup)
    setup
    ;;
run)
    shift
    setup
    build
    exec "build/$preset/bin/lede" "$@"
    ;;
test)
    setup
    build
    ctest --preset "$preset"
    ;;
*)
    echo "usage: tools/dev.sh run [FILE…] | test | setup" >&2
    exit 2
    ;;
esac
