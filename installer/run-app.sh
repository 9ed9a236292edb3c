#!/usr/bin/env bash
# Sets up the machine, builds Gontainer and starts it on the local default node. Arguments go
# to gontainer (for example --host unix:///path/to/engine.sock or --language ko).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
top=$(cd "$here/.." && pwd)
# shellcheck source=installer/common.sh
. "$here/common.sh"

bash "$here/build.sh" dev gontainer
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  fail "there is no display to open a window on (DISPLAY and WAYLAND_DISPLAY are unset). Run this from a desktop session, or under a virtual one: xvfb-run -a bash installer/run-app.sh"
fi
step "starting Gontainer"
exec "$top/build/dev/bin/gontainer" "$@"
