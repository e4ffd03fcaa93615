#!/usr/bin/env bash
# apparat developer entry point.
#   ./dev.sh run   install what is missing, build, and build the graph of corpus/
#   ./dev.sh test  install what is missing, build, and run the whole test suite
# Both are idempotent: packages already present are not reinstalled, and the
# build is incremental.
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(cmake g++ make pkg-config libboost-graph-dev rapidjson-dev libre2-dev catch2
          libcli11-dev libtomlplusplus-dev libxml2-utils python3 python3-networkx python3-igraph
          wordnet-base festlex-poslex chromium ripgrep time)

install_missing() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  # The viewer is bundled with npm at build time (docs/viewer.md); a node
  # and npm already on the machine are used as they are.
  command -v node >/dev/null && command -v npm >/dev/null || missing+=(nodejs npm)
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "installing: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

build() {
  # Configure when there is no generated build system yet (a first run, or
  # one whose configure step failed).
  [ -f build/Makefile ] || cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
  # Progress lines are dropped; with pipefail a compile error still fails.
  cmake --build build -j"$(nproc)" 2>&1 | { grep -Ev '^\[ *[0-9]+%\]|^Consolidate|^-- ' || true; }
}

case "${1:-}" in
  run)
    install_missing
    build
    shift
    ./build/apparat build "$@"
    ;;
  test)
    install_missing
    build
    ctest --test-dir build --output-on-failure -j"$(nproc)"
    ;;
  *)
    echo "usage: ./dev.sh run [build options] | ./dev.sh test" >&2
    exit 1
    ;;
esac
