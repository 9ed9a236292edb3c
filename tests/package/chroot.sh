# Shared by the package test's scripts (sourced, not run): a throw-away Debian 12 to install the
# package into. installer/setup.sh makes a minimal Debian 12 once ($pkg_base); each use mounts
# an overlay of it, so the cached copy is never changed and nothing is left behind. apt's lists
# and downloaded packages live in $pkg_apt, shared between uses: fetch-deps.sh fills them while
# the network is at hand, install-test.sh installs from them with no network at all (the test
# harness runs the tests in a network namespace that has only loopback).

pkg_base="$GONTAINER_ROOT_CACHE/package-bookworm"
pkg_apt="$GONTAINER_ROOT_CACHE/package-apt"

# Runs the calling script again in a private mount namespace, so that every mount it makes
# vanishes with it, however it ends.
pkg_private_mounts() {
  if [ -z "${GONTAINER_PKG_NS:-}" ]; then
    export GONTAINER_PKG_NS=1
    exec unshare --mount --propagation private -- bash "$0" "$@"
  fi
}

# Mounts an overlay of the clean Debian 12 at $1/root (upper layer in $1), with /proc, /dev, a
# fresh /tmp and apt's shared lists and archives.
pkg_chroot_up() {
  local work=$1
  [ -f "$pkg_base/.complete" ] ||
    fail "there is no clean Debian 12 at $pkg_base: run installer/setup.sh (it makes one)"
  mkdir -p "$work/upper" "$work/ovwork" "$work/root" "$pkg_apt/lists/partial" \
    "$pkg_apt/archives/partial"
  mount -t overlay overlay -o "lowerdir=$pkg_base,upperdir=$work/upper,workdir=$work/ovwork" \
    "$work/root" || fail "could not mount an overlay of $pkg_base"
  mount -t proc proc "$work/root/proc"
  mount --rbind /dev "$work/root/dev"
  mount -t tmpfs tmpfs "$work/root/tmp"
  mount --bind "$pkg_apt/lists" "$work/root/var/lib/apt/lists"
  mount --bind "$pkg_apt/archives" "$work/root/var/cache/apt/archives"
  # No daemon is started by a package's scripts in here.
  printf '#!/bin/sh\nexit 101\n' >"$work/root/usr/sbin/policy-rc.d"
  chmod +x "$work/root/usr/sbin/policy-rc.d"
}

# Runs a command inside the chroot with a plain environment.
pkg_in() {
  local root=$1
  shift
  chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive "$@"
}

# Unmounts what pkg_chroot_up mounted and removes the upper layer. Never follows a mount out of
# the folder (the chroot's /dev is the machine's).
pkg_chroot_down() {
  local work=$1
  umount -R "$work/root" 2>/dev/null || umount -R -l "$work/root" 2>/dev/null || true
  rm -rf --one-file-system "$work"
}
