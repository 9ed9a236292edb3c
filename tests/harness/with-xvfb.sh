#!/usr/bin/env bash
# Runs a command on an X server of its own (Xvfb on a free display, no TCP), for the tests that
# need what only a real windowing platform does (Qt's D-Bus tray icon is made by the xcb
# platform's theme; the offscreen platform has no tray):
#
#   with-xvfb.sh COMMAND [ARGS...]
set -uo pipefail

command -v Xvfb >/dev/null || { echo "with-xvfb: Xvfb is missing: run installer/setup.sh" >&2; exit 2; }
[ $# -gt 0 ] || { echo "usage: $0 COMMAND [ARGS...]" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/gxvfb.XXXXXX")
xvfb=""
cleanup() {
  if [ -n "$xvfb" ]; then
    kill "$xvfb" 2>/dev/null
    wait "$xvfb" 2>/dev/null
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

exec 5>"$work/display"
Xvfb -displayfd 5 -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
exec 5>&-
for _ in $(seq 100); do
  [ -s "$work/display" ] && break
  if ! kill -0 "$xvfb" 2>/dev/null; then
    echo "with-xvfb: Xvfb did not start: $(cat "$work/xvfb.log")" >&2
    exit 2
  fi
  sleep 0.1
done
[ -s "$work/display" ] || { echo "with-xvfb: Xvfb gave no display in 10 s" >&2; exit 2; }

DISPLAY=":$(head -n 1 "$work/display")" QT_QPA_PLATFORM=xcb "$@"
