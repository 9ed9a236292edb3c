#!/usr/bin/env bash
# The Debian package, tried as a user gets it: installed with apt into a clean Debian 12 (apt
# resolves its Depends from Debian 12's own packages), its programs run there (the window under
# Xvfb against the test harness's Docker, with a screenshot), then removed, leaving nothing.
#   tests/harness/with-engines.sh tests/package/install-test.sh BUILD_DIR
# The package and its dependencies come from tests/package/fetch-deps.sh BUILD_DIR, which
# installer/run-tests.sh runs before the tests; this script uses no network. The screenshot is
# kept at BUILD_DIR/package/installed-window.png.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
top=$(cd "$here/../.." && pwd)
# shellcheck source=installer/common.sh
. "$top/installer/common.sh"
# shellcheck source=tests/package/chroot.sh
. "$here/chroot.sh"

[ $# -eq 1 ] || fail "usage: $0 BUILD_DIR"
build=$(cd "$1" && pwd)
[ "$(id -u)" -eq 0 ] || fail "the package test needs root (chroot and mounts): run it through tests/harness/with-engines.sh"
[ -n "${GONTAINER_TEST_DOCKER_SOCK:-}" ] || fail "run this under tests/harness/with-engines.sh (it needs the harness's Docker)"
pkg_private_mounts "$build"

deb=$(find "$build/package" -maxdepth 1 -name 'gontainer_*.deb' 2>/dev/null | head -n 1)
[ -n "$deb" ] || fail "no package in $build/package: run tests/package/fetch-deps.sh $build (installer/run-tests.sh does)"
[ "$deb" -nt "$build/bin/gontainer" ] ||
  fail "$deb is older than the build's gontainer: run tests/package/fetch-deps.sh $build again"
[ -f "$pkg_apt/fetched" ] && [ "$(cat "$pkg_apt/fetched")" = "$(dpkg-deb -f "$deb" Depends)" ] ||
  fail "the dependencies of $deb are not downloaded: run tests/package/fetch-deps.sh $build"

# shellcheck source=tests/package/check.sh
. "$here/check.sh"

work=$(mktemp -d "${TMPDIR:-/tmp}/gontainer-pkgtest.XXXXXX")
xvfb_pid="" app_pid="" container=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
  [ -n "$container" ] && docker -H "unix://$GONTAINER_TEST_DOCKER_SOCK" rm -f "$container" >/dev/null 2>&1
  wait 2>/dev/null
  pkg_chroot_down "$work"
}
trap cleanup EXIT
pkg_chroot_up "$work"
root="$work/root"
name=$(dpkg-deb -f "$deb" Package)

# ---- install -------------------------------------------------------------------------------
cp "$deb" "$root/tmp/"
log="$build/package/install-test-apt.log"
if ! pkg_in "$root" apt-get install -y --no-install-recommends \
  "/tmp/$(basename "$deb")" >"$log" 2>&1; then
  fail "apt-get install of $(basename "$deb") in a clean Debian 12 failed (log: $log): $(tail -n 15 "$log")"
fi
printf 'PASS   : apt-get install ./%s into a clean Debian 12 (%s packages with it)\n' \
  "$(basename "$deb")" "$(grep -c '^Setting up' "$log")"

# What the package says it goes with exists in Debian 12 (Recommends and Suggests are not
# installed above; each of their alternatives must at least be a Debian 12 package).
relations_known() {
  local field alt ok=0
  for field in Recommends Suggests; do
    while IFS= read -r alt; do
      alt=$(printf '%s' "$alt" | sed 's/(.*)//; s/ //g')
      [ -n "$alt" ] || continue
      if ! pkg_in "$root" apt-cache show "$alt" >/dev/null 2>&1; then
        echo "  $field names $alt, which Debian 12 does not have"
        ok=1
      fi
    done < <(dpkg-deb -f "$deb" "$field" | tr ',|' '\n\n')
  done
  return $ok
}
check "every Recommends and Suggests is a Debian 12 package" relations_known

# ---- the programs run ----------------------------------------------------------------------
version_ok() {
  local out
  out=$(pkg_in "$root" gontainer --version 2>&1) || { echo "  $out"; return 1; }
  echo "  $out"
  [[ $out == *"$(dpkg-deb -f "$deb" Version)"* ]]
}
check "gontainer --version names the package's version" version_ok
check "gontainer-cli --help lists the verbs" \
  bash -c "chroot '$root' gontainer-cli --help | grep -q '^Verbs:'"
check "gontainer-askpass refuses a prompt it was not made for" \
  bash -c "! chroot '$root' gontainer-askpass 'Password: ' 2>/dev/null"
private_lib_ok() {
  local out
  out=$(pkg_in "$root" ldd /usr/bin/gontainer)
  if grep -q 'not found' <<<"$out"; then
    grep 'not found' <<<"$out"
    return 1
  fi
  # KSyntaxHighlighting from the package's own folder where the package carries it, never from
  # the build machine's cache.
  if dpkg-deb -c "$deb" | grep -c '/gontainer/libKF' >/dev/null; then
    grep 'SyntaxHighlighting' <<<"$out" | grep -q "=> /usr/\(bin/\.\./\)\?lib/$(dpkg-architecture -qDEB_HOST_MULTIARCH)/gontainer/" ||
      { grep 'SyntaxHighlighting' <<<"$out"; return 1; }
  fi
}
check "gontainer finds every library it links, its private ones in its own folder" private_lib_ok

# The harness's Docker, reached from inside the chroot at the same path.
sock=$GONTAINER_TEST_DOCKER_SOCK
mkdir -p "$root$(dirname "$sock")"
mount --bind "$(dirname "$sock")" "$root$(dirname "$sock")"
container="gontainer-package-test-$$"
docker -H "unix://$sock" run -d --name "$container" "$GONTAINER_TEST_IMAGE" sleep 600 \
  >/dev/null 2>"$work/docker.log" ||
  fail "could not start a container on the harness's Docker: $(cat "$work/docker.log")"
check "the installed gontainer-cli lists the harness's containers" \
  bash -c "chroot '$root' gontainer-cli -H 'unix://$sock' ps | grep -q '$container'"

# The window, under Xvfb, against the same Docker.
exec 5>"$work/display"
Xvfb -displayfd 5 -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
exec 5>&-
for _ in $(seq 100); do
  [ -s "$work/display" ] && break
  kill -0 "$xvfb_pid" 2>/dev/null || fail "Xvfb did not start: $(cat "$work/xvfb.log")"
  sleep 0.1
done
display=":$(head -n 1 "$work/display")"
mkdir -p "$root/tmp/.X11-unix" "$root/tmp/runtime"
chmod 700 "$root/tmp/runtime"
mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
chroot "$root" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/root LANG=C.UTF-8 DISPLAY="$display" \
  XDG_RUNTIME_DIR=/tmp/runtime GONTAINER_REPORT_FIRST_PAINT=1 \
  gontainer -H "unix://$sock" --language en >"$work/app.log" 2>&1 &
app_pid=$!
painted() {
  # The window reports its first paint (see app/firstpaintreporter.cpp); it runs as long as the
  # test allows (CTest's time limit), since a slow machine is not a failure.
  while kill -0 "$app_pid" 2>/dev/null; do
    grep -q 'gontainer: first paint' "$work/app.log" && return 0
    sleep 0.2
  done
  echo "  the app ended before painting: $(tail -n 10 "$work/app.log")"
  return 1
}
check "the installed gontainer opens its window under Xvfb" painted
# The container's row: the window asks Docker once it shows; look for the node's answer in the
# title of the mapped top-level window, then take the screenshot.
shot="$build/package/installed-window.png"
window_shown() {
  local tree
  for _ in $(seq 50); do
    tree=$(DISPLAY=$display xwininfo -root -tree 2>/dev/null || true)
    grep -q '"Gontainer' <<<"$tree" && break
    sleep 0.2
  done
  grep '"Gontainer' <<<"$tree" | head -n 1 | sed 's/^ */  window: /'
  grep -q '"Gontainer' <<<"$tree" || return 1
  sleep 2
  DISPLAY=$display import -window root "$shot" || return 1
  local colours
  colours=$(identify -format '%k' "$shot")
  echo "  screenshot: $shot ($colours colours)"
  [ "$colours" -gt 64 ]
}
check "its window is mapped and drawn (screenshot)" window_shown
kill "$app_pid" 2>/dev/null
wait "$app_pid" 2>/dev/null || true
app_pid=""
umount "$root/tmp/.X11-unix" "$root$(dirname "$sock")"

# ---- remove --------------------------------------------------------------------------------
pkg_in "$root" dpkg -L "$name" >"$work/files"
pkg_in "$root" apt-get purge -y "$name" >>"$log" 2>&1 || fail "apt-get purge $name failed (log: $log)"
nothing_left() {
  local path left=0
  while IFS= read -r path; do
    [ -n "$path" ] || continue
    if [ -d "$root$path" ] && [ ! -L "$root$path" ]; then
      # A folder stays only when another package owns it.
      pkg_in "$root" dpkg -S "$path" >/dev/null 2>&1 && continue
      echo "  left: $path/"
      left=1
    elif [ -e "$root$path" ] || [ -L "$root$path" ]; then
      echo "  left: $path"
      left=1
    fi
  done <"$work/files"
  ! pkg_in "$root" dpkg -s "$name" >/dev/null 2>&1 || { echo "  dpkg still knows $name"; left=1; }
  return $left
}
check "apt-get purge leaves none of the package's $(wc -l <"$work/files") paths behind" nothing_left

[ "$failures" -eq 0 ] || fail "$failures of the package checks failed"
printf 'Totals: every package check passed\n'
