#!/usr/bin/env bash
# Installs everything Gontainer needs to build, run and test on Debian 12, and builds
# KSyntaxHighlighting for Qt 6 into a cache prefix outside the work tree when the system has
# no KF6 package. Idempotent: a second run with nothing missing only checks and returns.
# Runs as root, or as a normal user through sudo. Prints the KSyntaxHighlighting prefix to
# "$GONTAINER_CACHE/env" so the build scripts can pick it up.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=installer/common.sh
. "$here/common.sh"

# ---- Debian packages -------------------------------------------------------------------
packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config git xz-utils perl
  # Qt 6 and friends
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n qt6-charts-dev qt6-svg-dev qt6-qpa-plugins qtkeychain-qt6-dev
  libqt6opengl6-dev libgl1-mesa-dev libxkbcommon-dev
  # fonts that can show Korean
  fonts-nanum fonts-dejavu-core
  # engines the tests start on private sockets
  docker.io podman runc uidmap slirp4netns fuse-overlayfs catatonit netavark aardvark-dns
  docker-registry busybox-static iptables iproute2 procps psmisc openssl
  # containerd's gRPC API: the client library, the compilers and containerd's own .proto files
  containerd libgrpc++-dev protobuf-compiler-grpc libprotobuf-dev protobuf-compiler
  golang-github-containerd-containerd-dev golang-github-containerd-cgroups-dev
  golang-github-gogo-googleapis-dev golang-github-gogo-protobuf-dev
  # remote nodes on loopback
  openssh-server openssh-client
  # desktop testing and screenshots
  xvfb xauth x11-utils imagemagick
  # a Secret Service for QtKeychain in tests (a private D-Bus session with gnome-keyring)
  dbus gnome-keyring libsecret-1-0 libsecret-tools
  # gdbus: tests ask the tray icon over D-Bus as a desktop's tray would
  libglib2.0-bin
  # fuzzing
  clang libclang-rt-14-dev
  # the Debian 13 chroot with newer engines, and the clean Debian 12 the package is tried in
  debootstrap
  # the package: its checks (desktop file, AppStream, man pages) and dpkg-shlibdeps for Depends
  desktop-file-utils appstream groff-base dpkg-dev fakeroot file
)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  step "installing ${#missing[@]} Debian packages: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq ||
    fail "apt-get update failed: check the machine's apt sources and network"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" ||
    fail "apt-get install failed for: ${missing[*]}"
else
  note "Debian packages: all ${#packages[@]} present"
fi

# Debian starts docker.io's daemon and the registry's service at install time where an init
# system runs them; the project only uses daemons it starts itself, on private sockets.

# A private apt directory ($1) that reads Debian 13's package lists, with the URIs copied from the
# machine's own sources so no host name is written anywhere. Sets the array apt_private: the
# options that make apt-get use it.
private_trixie_apt() {
  local dir=$1 uris
  mkdir -p "$dir/sources.list.d" "$dir/lists/partial" "$dir/archives/partial"
  uris=$(debian_archive_uri)
  [ -n "$uris" ] || fail "no Debian archive URI found in /etc/apt/sources.list.d/debian.sources or /etc/apt/sources.list"
  cat >"$dir/sources.list.d/trixie.sources" <<SRC
Types: deb deb-src
URIs: $uris
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  apt_private=(-o "Dir::Etc::SourceList=/dev/null" -o "Dir::Etc::SourceParts=$dir/sources.list.d"
    -o "Dir::State::Lists=$dir/lists" -o "Dir::Cache::Archives=$dir/archives"
    -o "Dir::Cache::pkgcache=" -o "Dir::Cache::srcpkgcache=" -o "Debug::NoLocking=1"
    -o "APT::Sandbox::User=root")
  note "reading Debian 13's package lists into a private apt directory"
  apt-get "${apt_private[@]}" update -qq >"$dir/update.log" 2>&1 ||
    fail "apt-get update for the private trixie source failed: $(tail -n 5 "$dir/update.log")"
}

# ---- KSyntaxHighlighting for Qt 6 -------------------------------------------------------
ksh_version=5.116.0
ecm_min=5.116
ksh_prefix="$GONTAINER_CACHE/ksyntaxhighlighting-$ksh_version-qt6"

kf6_available() {
  apt-cache policy libkf6syntaxhighlighting-dev 2>/dev/null | grep -q 'Candidate: [0-9]'
}

# Sets NAME=VALUE ($1, $2) in "$GONTAINER_CACHE/env", keeping the other names there.
record_env() {
  mkdir -p "$GONTAINER_CACHE"
  { grep -v "^$1=" "$GONTAINER_CACHE/env" 2>/dev/null || true
    printf '%s=%q\n' "$1" "$2"; } >"$GONTAINER_CACHE/env.tmp"
  mv "$GONTAINER_CACHE/env.tmp" "$GONTAINER_CACHE/env"
}

if dpkg-query -W -f='${Status}' libkf6syntaxhighlighting-dev 2>/dev/null | grep -q 'install ok installed'; then
  note "KSyntaxHighlighting: system KF6 package"
  record_env GONTAINER_PREFIX_PATH ""
elif kf6_available; then
  step "installing the system's KF6 KSyntaxHighlighting"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    libkf6syntaxhighlighting-dev || fail "apt-get install libkf6syntaxhighlighting-dev failed"
  record_env GONTAINER_PREFIX_PATH ""
elif [ -f "$ksh_prefix/.complete" ]; then
  note "KSyntaxHighlighting: cached Qt 6 build in $ksh_prefix"
  record_env GONTAINER_PREFIX_PATH "$ksh_prefix"
else
  step "building KSyntaxHighlighting $ksh_version for Qt 6 into $ksh_prefix"
  work=$(mktemp -d "${TMPDIR:-/tmp}/gontainer-ksh.XXXXXX")
  trap 'rm -rf "$work"' EXIT
  mkdir -p "$work/src" "$work/ecm"

  private_trixie_apt "$work/apt"

  note "downloading the ksyntax-highlighting $ksh_version source tarball"
  # Only the orig tarball is served; the .dsc answers 404, so apt exits non-zero: the
  # tarball's presence is the test, not the exit code.
  (cd "$work/src" && apt-get "${apt_private[@]}" source --download-only \
    "ksyntax-highlighting=$ksh_version-1" >"$work/apt-source.log" 2>&1) || true
  tarball=$(ls "$work"/src/ksyntax-highlighting_"$ksh_version".orig.tar.* 2>/dev/null | head -n 1 || true)
  if [ -z "$tarball" ]; then
    (cd "$work/src" && apt-get "${apt_private[@]}" source --download-only ksyntax-highlighting \
      >>"$work/apt-source.log" 2>&1) || true
    tarball=$(ls "$work"/src/ksyntax-highlighting_*.orig.tar.* 2>/dev/null | head -n 1 || true)
  fi
  [ -n "$tarball" ] || fail "could not download the ksyntax-highlighting source tarball: $(tail -n 5 "$work/apt-source.log")"

  note "downloading extra-cmake-modules from Debian 13"
  (cd "$work/ecm" && apt-get "${apt_private[@]}" download extra-cmake-modules/trixie \
    >"$work/apt-ecm.log" 2>&1) ||
    fail "could not download extra-cmake-modules from trixie: $(tail -n 5 "$work/apt-ecm.log")"
  dpkg -x "$work"/ecm/extra-cmake-modules_*.deb "$work/ecm/root" || fail "could not unpack extra-cmake-modules"
  ecm_dir="$work/ecm/root/usr/share/ECM/cmake"
  [ -f "$ecm_dir/ECMConfig.cmake" ] || fail "extra-cmake-modules has no ECMConfig.cmake at $ecm_dir"

  tar -xf "$tarball" -C "$work/src" || fail "could not unpack $tarball"
  srcdir=$(find "$work/src" -mindepth 1 -maxdepth 1 -type d -name 'syntax-highlighting-*' | head -n 1)
  [ -n "$srcdir" ] || fail "the tarball $tarball holds no syntax-highlighting-* folder"

  rm -rf "$ksh_prefix"
  note "configuring (log: $work/configure.log)"
  cmake -S "$srcdir" -B "$work/build" -G Ninja -DQT_MAJOR_VERSION=6 -DBUILD_TESTING=OFF \
    -DBUILD_QCH=OFF -DCMAKE_BUILD_TYPE=Release -DECM_DIR="$ecm_dir" \
    -DCMAKE_INSTALL_PREFIX="$ksh_prefix" >"$work/configure.log" 2>&1 ||
    fail "configuring KSyntaxHighlighting failed: $(tail -n 15 "$work/configure.log")"
  note "building (about a minute on two cores)"
  cmake --build "$work/build" >"$work/build.log" 2>&1 ||
    fail "building KSyntaxHighlighting failed: $(tail -n 15 "$work/build.log")"
  cmake --install "$work/build" >"$work/install.log" 2>&1 ||
    fail "installing KSyntaxHighlighting into $ksh_prefix failed: $(tail -n 15 "$work/install.log")"
  lib=$(find "$ksh_prefix" -name 'libKF*SyntaxHighlighting.so.*' -type f | head -n 1)
  [ -n "$lib" ] && ldd "$lib" | grep -q 'libQt6Core' ||
    fail "the KSyntaxHighlighting built in $ksh_prefix does not link Qt 6"
  touch "$ksh_prefix/.complete"
  record_env GONTAINER_PREFIX_PATH "$ksh_prefix"
  rm -rf "$work"
  trap - EXIT
fi

# ---- containerd 1.7's Transfer API ------------------------------------------------------
# Debian 12's containerd sources (1.6) have no Transfer service, which containerd 1.7 pulls
# images through. Its .proto files (the service and the types it carries) are taken from Debian
# 13's golang-github-containerd-containerd-dev into a cache folder outside the work tree; the
# build generates C++ from them beside Debian 12's files (core/containerd/CMakeLists.txt).
containerd_api_dir="$GONTAINER_CACHE/containerd-api-1.7"
containerd_api_protos=(
  github.com/containerd/containerd/api/services/transfer/v1/transfer.proto
  github.com/containerd/containerd/api/services/streaming/v1/streaming.proto
  github.com/containerd/containerd/api/types/transfer/imagestore.proto
  github.com/containerd/containerd/api/types/transfer/importexport.proto
  github.com/containerd/containerd/api/types/transfer/progress.proto
  github.com/containerd/containerd/api/types/transfer/registry.proto
  github.com/containerd/containerd/api/types/transfer/streaming.proto
)
if [ -f "$containerd_api_dir/.complete" ]; then
  note "containerd Transfer API: cached in $containerd_api_dir"
else
  step "taking containerd 1.7's Transfer API (.proto files) from Debian 13 into $containerd_api_dir"
  work=$(mktemp -d "${TMPDIR:-/tmp}/gontainer-containerd-api.XXXXXX")
  trap 'rm -rf "$work"' EXIT
  private_trixie_apt "$work/apt"
  mkdir -p "$work/deb"
  (cd "$work/deb" && apt-get "${apt_private[@]}" download golang-github-containerd-containerd-dev/trixie \
    >"$work/download.log" 2>&1) ||
    fail "could not download golang-github-containerd-containerd-dev from trixie: $(tail -n 5 "$work/download.log")"
  deb=$(ls "$work"/deb/golang-github-containerd-containerd-dev_*.deb 2>/dev/null | head -n 1 || true)
  [ -n "$deb" ] || fail "apt-get download left no golang-github-containerd-containerd-dev .deb in $work/deb"
  case "$(dpkg-deb -f "$deb" Version)" in
    1.7.*) ;;
    *) fail "trixie's golang-github-containerd-containerd-dev is $(dpkg-deb -f "$deb" Version), not 1.7" ;;
  esac
  dpkg -x "$deb" "$work/root" || fail "could not unpack $deb"
  rm -rf "$containerd_api_dir"
  for proto in "${containerd_api_protos[@]}"; do
    [ -f "$work/root/usr/share/gocode/src/$proto" ] || fail "$deb has no $proto"
    mkdir -p "$containerd_api_dir/$(dirname "$proto")"
    cp "$work/root/usr/share/gocode/src/$proto" "$containerd_api_dir/$proto"
  done
  dpkg-deb -f "$deb" Version >"$containerd_api_dir/.complete"
  rm -rf "$work"
  trap - EXIT
fi
record_env GONTAINER_CONTAINERD_API_DIR "$containerd_api_dir"

# ---- chroots: newer engines, and a clean Debian 12 for the package test ------------------
# Makes (once) a minimal Debian SUITE in DIR with the packages INCLUDE (comma-separated, may be
# empty), checks that it has each of the TOOLS, and marks it complete; re-used as long as the
# suite and packages stay the same. WHAT names it in messages.
cached_chroot() {
  local what=$1 dir=$2 suite=$3 include=$4
  shift 4
  local stamp="$suite ${include:-minbase}" uri new log tool
  if [ -f "$dir/.complete" ] && [ "$(cat "$dir/.complete")" = "$stamp" ]; then
    note "$what: cached in $dir"
    return
  fi
  step "making $what in $dir (about a minute)"
  uri=$(debian_archive_uri)
  [ -n "$uri" ] || fail "no Debian archive URI found in /etc/apt/sources.list.d/debian.sources or /etc/apt/sources.list"
  as_root mkdir -p "$(dirname "$dir")"
  new="$dir.new"
  log=$(mktemp "${TMPDIR:-/tmp}/gontainer-debootstrap.XXXXXX")
  as_root rm -rf "$new"
  as_root debootstrap --variant=minbase ${include:+--include="$include"} "$suite" "$new" "$uri" \
    >"$log" 2>&1 ||
    fail "debootstrap of $what failed: $(tail -n 5 "$log"; tail -n 5 "$new/debootstrap/debootstrap.log" 2>/dev/null)"
  for tool in "$@"; do
    [ -x "$new/$tool" ] || fail "$what has no /$tool (debootstrap log: $log)"
  done
  rm -f "$log"
  as_root rm -rf "$dir"
  as_root mv "$new" "$dir"
  printf '%s\n' "$stamp" | as_root tee "$dir/.complete" >/dev/null
}

# The engine tests run a second time against Docker 26 (API 1.45), Podman 5.4 and containerd
# 1.7, taken from Debian 13 in a chroot that tests/harness/newer-engines.sh starts in a private
# mount namespace.
cached_chroot "the Debian 13 chroot with newer engines" "$GONTAINER_ROOT_CACHE/engines-trixie" \
  trixie docker.io,docker-cli,containerd,podman,runc,catatonit,aardvark-dns,procps,ca-certificates,nftables,iptables \
  usr/sbin/dockerd usr/bin/docker usr/bin/podman usr/bin/containerd usr/bin/ctr usr/sbin/runc \
  usr/sbin/nft
# tests/package/install-test.sh installs the built .deb into an overlay of a minimal Debian 12,
# so that apt resolves its Depends as on a user's machine.
cached_chroot "a clean Debian 12 for the package test" "$GONTAINER_ROOT_CACHE/package-bookworm" \
  bookworm "" usr/bin/apt-get

note "set-up complete"
