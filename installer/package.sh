#!/usr/bin/env bash
# Builds Gontainer's Debian package, gontainer_<version>_<arch>.deb, and prints its path:
#   installer/package.sh                    sets up, builds the release preset and packages it
#                                           (build/release/package/)
#   installer/package.sh --from BUILD_DIR   packages a tree that is already built (the package
#                                           test packages build/ci this way)
# The package's Depends are computed by dpkg-shlibdeps from what the programs link; see
# installer/packaging.cmake for what goes in.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
top=$(cd "$here/.." && pwd)
# shellcheck source=installer/common.sh
. "$here/common.sh"

if [ "${1:-}" = "--from" ]; then
  [ -n "${2:-}" ] || fail "usage: $0 [--from BUILD_DIR]"
  [ -f "$2/CPackConfig.cmake" ] || fail "$2 is not a configured Gontainer build folder (no CPackConfig.cmake)"
  build=$(cd "$2" && pwd)
else
  bash "$here/build.sh" release
  build="$top/build/release"
fi
command -v dpkg-shlibdeps >/dev/null 2>&1 || fail "dpkg-shlibdeps is missing: run installer/setup.sh"

step "packaging $build"
out="$build/package"
mkdir -p "$out"
rm -rf "$out/_CPack_Packages" "$out"/gontainer_*.deb
(cd "$build" && cpack --config "$build/CPackConfig.cmake" -G DEB -B "$out") >"$out/cpack.log" 2>&1 ||
  fail "cpack failed (log: $out/cpack.log): $(tail -n 20 "$out/cpack.log")"
rm -rf "$out/_CPack_Packages"
deb=$(find "$out" -maxdepth 1 -name 'gontainer_*.deb' | head -n 1)
[ -n "$deb" ] || fail "cpack made no gontainer_*.deb in $out (log: $out/cpack.log)"
note "made $deb ($(du -h "$deb" | cut -f1))"
printf '%s\n' "$deb"
