#!/usr/bin/env bash
# Makes the Debian package of a built tree and downloads what installing it into a clean
# Debian 12 needs, so that install-test.sh can install it with no network:
#   tests/package/fetch-deps.sh BUILD_DIR
# installer/run-tests.sh runs it after the build, before the tests start their engines in a
# network namespace of their own. apt resolves the package's Depends here, against the machine's
# own Debian sources; a second run with the same package only checks.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
top=$(cd "$here/../.." && pwd)
# shellcheck source=installer/common.sh
. "$top/installer/common.sh"
# shellcheck source=tests/package/chroot.sh
. "$here/chroot.sh"

[ $# -eq 1 ] || fail "usage: $0 BUILD_DIR"
build=$(cd "$1" && pwd)
if [ "$(id -u)" -ne 0 ]; then
  exec sudo --preserve-env bash "$0" "$build"
fi
pkg_private_mounts "$build"

deb=$(bash "$top/installer/package.sh" --from "$build" | tail -n 1)
# The same Depends, fetched less than a day ago: nothing to do.
want="$(dpkg-deb -f "$deb" Depends)"
if [ -f "$pkg_apt/fetched" ] && [ "$(cat "$pkg_apt/fetched")" = "$want" ] &&
  [ -n "$(find "$pkg_apt/fetched" -mmin -1440)" ]; then
  note "package test: its dependencies are already downloaded in $pkg_apt"
  exit 0
fi

step "downloading what the package needs in a clean Debian 12 (into $pkg_apt)"
work=$(mktemp -d "${TMPDIR:-/tmp}/gontainer-pkg.XXXXXX")
trap 'pkg_chroot_down "$work"' EXIT
pkg_chroot_up "$work"
cp /etc/resolv.conf "$work/root/etc/resolv.conf"
cp "$deb" "$work/root/tmp/"
log="$work/apt.log"
pkg_in "$work/root" apt-get update -qq >"$log" 2>&1 ||
  fail "apt-get update in the clean Debian 12 failed: $(tail -n 5 "$log")"
pkg_in "$work/root" apt-get install -y -qq --download-only --no-install-recommends \
  "/tmp/$(basename "$deb")" >>"$log" 2>&1 ||
  fail "apt could not resolve or download the package's dependencies: $(tail -n 15 "$log")"
printf '%s\n' "$want" >"$pkg_apt/fetched"
note "downloaded; the package's Depends: $want"
