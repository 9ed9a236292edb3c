#!/usr/bin/env bash
# Sets up the machine (installer/setup.sh) and builds Gontainer with a CMake preset:
#   installer/build.sh [dev|ci|release] [TARGET]      (default: dev, every target)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
top=$(cd "$here/.." && pwd)
# shellcheck source=installer/common.sh
. "$here/common.sh"

preset=${1:-dev}
target=${2:-}
bash "$here/setup.sh"
# shellcheck disable=SC1091
. "$GONTAINER_CACHE/env"

step "configuring (preset $preset)"
cmake --preset "$preset" -S "$top" -DCMAKE_PREFIX_PATH="${GONTAINER_PREFIX_PATH:-}" \
  -DGONTAINER_CONTAINERD_API_DIR="${GONTAINER_CONTAINERD_API_DIR:-}" >/dev/null ||
  fail "configuring failed: run 'cmake --preset $preset' in $top to see why"
step "building (preset $preset)"
cmake --build --preset "$preset" ${target:+--target "$target"} || fail "the build failed (see the compiler's message above)"
