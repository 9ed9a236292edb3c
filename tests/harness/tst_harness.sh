#!/usr/bin/env bash
# The harness's own contract: the command's exit status passes through, the engines answer on
# the sockets it hands over, and teardown leaves no process and no directory behind, whether
# the command succeeds, fails or the run is interrupted. Runs nested harnesses, each in its own
# mount namespace, so an outer harness's engines are not touched.
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
passed=0
failed=0

check() { # description expected-exit command
  local what=$1 expected=$2 command=$3 log root rc
  log=$(mktemp)
  env -u GONTAINER_HARNESS_NS bash "$here/with-engines.sh" bash -c "$command" >"$log" 2>&1
  rc=$?
  root=$(sed -n 's/^==> starting dockerd in \(.*\)\/docker$/\1/p' "$log" | head -n 1)
  local problems=()
  [ "$rc" -eq "$expected" ] || problems+=("exit status $rc, expected $expected")
  [ -n "$root" ] || problems+=("the harness did not say where it started dockerd")
  if [ -n "$root" ]; then
    [ ! -e "$root" ] || problems+=("$root is still there")
    ! pgrep -f -- "$root" >/dev/null || problems+=("processes under $root are still running: $(pgrep -af -- "$root")")
  fi
  if [ ${#problems[@]} -eq 0 ]; then
    echo "PASS   : $what"
    passed=$((passed + 1))
  else
    echo "FAIL!  : $what: ${problems[*]}"
    sed 's/^/    | /' "$log" | tail -n 30
    failed=$((failed + 1))
  fi
  rm -f "$log"
}

engines_answer='docker -H "unix://$GONTAINER_TEST_DOCKER_SOCK" ps >/dev/null &&
  podman --remote --url "unix://$GONTAINER_TEST_PODMAN_SOCK" ps >/dev/null &&
  docker -H "unix://$GONTAINER_TEST_DOCKER_SOCK" image inspect "$GONTAINER_TEST_IMAGE" >/dev/null &&
  (exec 3<>"/dev/tcp/${GONTAINER_TEST_REGISTRY%:*}/${GONTAINER_TEST_REGISTRY#*:}")'

check "engines answer and a passing command exits 0" 0 "$engines_answer"
check "a failing command's status passes through" 3 \
  "podman --remote --url unix://\$GONTAINER_TEST_PODMAN_SOCK run -d \$GONTAINER_TEST_PODMAN_IMAGE sleep 300 >/dev/null; exit 3"
check "an interrupted run tears down (TERM)" 143 \
  "docker -H unix://\$GONTAINER_TEST_DOCKER_SOCK run -d --network none \$GONTAINER_TEST_IMAGE sleep 300 >/dev/null; kill -TERM \$PPID; sleep 60"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
