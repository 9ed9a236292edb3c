# Shared helpers for the installer scripts. Sourced, not run.

GONTAINER_CACHE=${GONTAINER_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/gontainer}
export GONTAINER_CACHE

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
