#!/usr/bin/env bash
# Sets up the machine, builds Gontainer with warnings as errors, starts real engines on private
# sockets and runs every test through CTest. Extra arguments go to ctest (e.g. -R tst_endpoint).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
top=$(cd "$here/.." && pwd)
# shellcheck source=installer/common.sh
. "$here/common.sh"

bash "$here/build.sh" ci
# The Debian package of this build, and what installing it needs, downloaded now: the tests run
# in a network namespace with loopback only (tests/package/install-test.sh installs it there).
bash "$top/tests/package/fetch-deps.sh" "$top/build/ci"
step "running the tests against real engines"
# The fault suite appends its figures here (tests/faults/report.sh prints them): one run each.
rm -f "$top/build/ci/faults-report.tsv"
exec bash "$top/tests/harness/with-engines.sh" \
  ctest --test-dir "$top/build/ci" --output-on-failure --timeout 300 "$@"
