#!/usr/bin/env bash
# Runs a command with a desktop keychain, as a logged-in session has one: a private D-Bus
# session bus and gnome-keyring's Secret Service on it, with a fresh keyring unlocked by a
# throwaway password. QtKeychain (and secret-tool) talk to it. The user's own keyrings are not
# touched: the keyring files live in a temporary XDG_DATA_HOME removed afterwards.
set -uo pipefail

if [ -z "${GONTAINER_KEYRING_BUS:-}" ]; then
  command -v dbus-run-session >/dev/null || { echo "with-keyring: dbus-run-session is missing: run installer/setup.sh" >&2; exit 2; }
  command -v gnome-keyring-daemon >/dev/null || { echo "with-keyring: gnome-keyring-daemon is missing: run installer/setup.sh" >&2; exit 2; }
  # dbus-daemon warns that it cannot raise its file limit here; that is harmless.
  exec env GONTAINER_KEYRING_BUS=1 dbus-run-session -- "$0" "$@" 2> >(grep -v "^dbus-daemon\[" >&2)
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/gkeyring.XXXXXX")
daemon=""
cleanup() {
  if [ -n "$daemon" ]; then
    kill "$daemon" 2>/dev/null
    wait "$daemon" 2>/dev/null
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
export XDG_DATA_HOME="$work/data"
mkdir -p -m 700 "$XDG_DATA_HOME" "$work/control"
# Its control socket in our folder, never beside a real session's keyring.
printf '%s' "gontainer-test-$$" |
  gnome-keyring-daemon --foreground --unlock --components=secrets --control-directory="$work/control" \
    >"$work/daemon.log" 2>&1 &
daemon=$!
# The Secret Service is up once the daemon owns its name on the bus. (Asking the service itself
# before that would make the bus start a second, locked daemon by activation.)
up=""
for _ in $(seq 1 100); do
  if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
    grep -q "boolean true"; then
    up=1
    break
  fi
  kill -0 "$daemon" 2>/dev/null || break
  sleep 0.1
done
if [ -z "$up" ]; then
  echo "with-keyring: gnome-keyring's Secret Service did not come up:" >&2
  cat "$work/daemon.log" >&2
  exit 2
fi

"$@"
