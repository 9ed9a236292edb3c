# Shared helpers for the installer scripts. Sourced, not run.

GONTAINER_CACHE=${GONTAINER_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/gontainer}
export GONTAINER_CACHE
# What only root makes and uses (the Debian 13 chroot with newer engines the tests run against):
# a system cache, so a run through sudo finds what setup.sh made whatever its HOME.
GONTAINER_ROOT_CACHE=${GONTAINER_ROOT_CACHE:-/var/cache/gontainer}
export GONTAINER_ROOT_CACHE

step() { printf '\n==> %s\n' "$*" >&2; }
note() { printf '    %s\n' "$*" >&2; }
fail() {
  printf '\nerror: %s\n' "$*" >&2
  exit 1
}

# Runs a command as root: directly when we are root, through sudo otherwise.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    fail "this step needs root and sudo is not installed: run it as root ($*)"
  fi
}

# The machine's own Debian archive URI (not the security one), read at run time so that no host
# name is written into the project. Empty when the machine has no Debian sources.
debian_archive_uri() {
  local uri=""
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    uri=$(awk '/^URIs:/ {for (i = 2; i <= NF; i++) print $i}' /etc/apt/sources.list.d/debian.sources |
      grep -v -- '-security' | head -n 1)
  fi
  if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
    uri=$(awk '$1 == "deb" && $0 !~ /security/ {for (i = 2; i <= NF; i++) if ($i ~ /:\/\//) {print $i; exit}}' /etc/apt/sources.list)
  fi
  printf '%s' "$uri"
}
