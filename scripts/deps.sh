#!/usr/bin/env bash
# Installs what Borderdesk needs to build, run and test on Debian 12 / Ubuntu, skipping what is already there.
# Sourced by scripts/run, scripts/test, scripts/sanitize and scripts/fuzz.

BORDERDESK_APT_PACKAGES=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6opengl6-dev
    qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev libicu-dev libzint-dev libzxing-dev libphonenumber-dev libxlsxwriter-dev
    sqlite3 libsqlite3-dev
    fonts-noto-core fonts-noto-cjk fonts-thai-tlwg
    poppler-utils cups cups-client
    # scripts/fuzz: clang, compiler-rt (libFuzzer, sanitizer runtimes), llvm-symbolizer for readable reports
    clang libclang-rt-dev llvm
)

borderdesk_install_deps() {
    if ! command -v dpkg-query >/dev/null 2>&1; then
        echo "scripts: not a Debian/Ubuntu system; install the packages listed in README.md yourself." >&2
        return 0
    fi
    local missing=()
    local pkg
    for pkg in "${BORDERDESK_APT_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "scripts: installing ${missing[*]}" >&2
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}
