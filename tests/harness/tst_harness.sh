#!/usr/bin/env bash
# The harness's own contract: the command's exit status passes through, the engines answer on
# the sockets it hands over, and teardown leaves no process and no directory behind, whether
# the command succeeds, fails or the run is interrupted. Runs nested harnesses, each in its own
# mount namespace, so an outer harness's engines are not touched.
#
# sshd's sessions run as `sshd: root...` without the run's directory on their command line, so
# leftover sshd processes are found by comparing the sshd processes before and after a run.
# root's ~/.ssh, which the harness hides under its own in its namespace, must come out as it was.
# (Another harness starting an sshd during a check would be reported too: run this one alone.)
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
passed=0
failed=0

ssh_home_state() { # what is in root's ~/.ssh on the host, if anything
  local dir
  dir="$(getent passwd root | cut -d: -f6)/.ssh"
  [ -d "$dir" ] && find "$dir" -mindepth 1 -printf '%P %s %T@ %m\n' | sort
  return 0
}

check() { # description expected-exit command
  local what=$1 expected=$2 command=$3 log root rc sshd_before ssh_home_before leftover
  log=$(mktemp)
  sshd_before=$(pgrep -x sshd | sort)
  ssh_home_before=$(ssh_home_state)
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
  # The sessions' sshd processes end once their clients are gone, which can take a moment
  # after the harness returns: they are given up to 30 s to go.
  for _ in $(seq 150); do
    leftover=$(comm -13 <(echo "$sshd_before") <(pgrep -x sshd | sort) | tr '\n' ' ')
    [ -n "${leftover// /}" ] || break
    sleep 0.2
  done
  [ -z "${leftover// /}" ] || problems+=("sshd processes are still running: $leftover")
  # Containers of containerd engines run in their shims, outside the run's directory: they are
  # found by their command (`sleep 3171`, which only these checks use).
  ! pgrep -f '^sleep 3171$' >/dev/null || problems+=("containerd containers are still running: $(pgrep -af '^sleep 3171$')")
  [ "$(ssh_home_state)" = "$ssh_home_before" ] || problems+=("root's ~/.ssh on the host changed")
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

# The newer engines of the matrix (Docker 26, Podman 5) answer too, wherever setup.sh made the
# Debian 13 chroot they come from.
newer='[ ! -f "${GONTAINER_ROOT_CACHE:-/var/cache/gontainer}/engines-trixie/.complete" ] ||
  [ "${GONTAINER_NEWER_ENGINES:-1}" = 0 ] || {
  docker -H "unix://$GONTAINER_TEST_DOCKER26_SOCK" image inspect "$GONTAINER_TEST_IMAGE" >/dev/null &&
  podman --remote --url "unix://$GONTAINER_TEST_PODMAN5_SOCK" image exists "$GONTAINER_TEST_PODMAN_IMAGE" &&
  ctr --address "$GONTAINER_TEST_CONTAINERD17_SOCK" -n "$GONTAINER_TEST_CONTAINERD_NS" images ls -q |
    grep -qx "$GONTAINER_TEST_CONTAINERD_IMAGE"; }'
engines_answer="$newer"' &&
  docker -H "unix://$GONTAINER_TEST_DOCKER_SOCK" ps >/dev/null &&
  podman --remote --url "unix://$GONTAINER_TEST_PODMAN_SOCK" ps >/dev/null &&
  docker -H "unix://$GONTAINER_TEST_DOCKER_SOCK" image inspect "$GONTAINER_TEST_IMAGE" >/dev/null &&
  for ns in "$GONTAINER_TEST_CONTAINERD_NS" default; do
    ctr --address "$GONTAINER_TEST_CONTAINERD_SOCK" -n "$ns" images ls -q |
      grep -qx "$GONTAINER_TEST_CONTAINERD_IMAGE" || exit 1
  done &&
  (exec 3<>"/dev/tcp/${GONTAINER_TEST_REGISTRY%:*}/${GONTAINER_TEST_REGISTRY#*:}")'

check "engines answer and a passing command exits 0" 0 "$engines_answer"
check "a failing command's status passes through" 3 \
  "podman --remote --url unix://\$GONTAINER_TEST_PODMAN_SOCK run -d \$GONTAINER_TEST_PODMAN_IMAGE sleep 300 >/dev/null; exit 3"
# containerd: a container on the harness's engine, one on 1.7, and one on a containerd of the
# test's own under the run's directory (as TestEngines::startOwnContainerd makes them), killed.
check "an interrupted run tears down (TERM)" 143 \
  "docker -H unix://\$GONTAINER_TEST_DOCKER_SOCK run -d --network none \$GONTAINER_TEST_IMAGE sleep 300 >/dev/null
  run=(-n \$GONTAINER_TEST_CONTAINERD_NS run -d --null-io \$GONTAINER_TEST_CONTAINERD_IMAGE)
  ctr --address \$GONTAINER_TEST_CONTAINERD_SOCK \"\${run[@]}\" c1 sleep 3171
  . '$here/containerd.sh'
  own=\$GONTAINER_TEST_DIR/own-cd
  mkdir -p \$own && containerd_config \$own >\$own/config.toml
  containerd --config \$own/config.toml >\$own/log 2>&1 &
  for i in \$(seq 100); do containerd_up \$own/containerd.sock && break; sleep 0.1; done
  containerd_import \$own/containerd.sock \$GONTAINER_TEST_CONTAINERD_ARCHIVE \$GONTAINER_TEST_CONTAINERD_NS >/dev/null
  ctr --address \$own/containerd.sock \"\${run[@]}\" c2 sleep 3171
  kill -KILL \$!
  if [ -n \"\${GONTAINER_TEST_DOCKER26_SOCK:-}\" ]; then
    docker -H unix://\$GONTAINER_TEST_DOCKER26_SOCK run -d --network none \$GONTAINER_TEST_IMAGE sleep 300 >/dev/null
    podman --remote --url unix://\$GONTAINER_TEST_PODMAN5_SOCK run -d \$GONTAINER_TEST_PODMAN_IMAGE sleep 300 >/dev/null
    \$GONTAINER_TEST_NEWER_DIR/bin-containerd17/ctr --address \$GONTAINER_TEST_CONTAINERD17_SOCK \"\${run[@]}\" c3 sleep 3171
  fi
  [ \$(pgrep -fc '^sleep 3171\$') = \$([ -n \"\${GONTAINER_TEST_DOCKER26_SOCK:-}\" ] && echo 3 || echo 2) ] || exit 4
  kill -TERM \$PPID; sleep 60"

# The SSH node: the app's plain `ssh -o BatchMode=yes` logs in with root's ~/.ssh, its sessions
# reach dockerd, the rogue key and the name `localhost` are refused, and sessions still open
# when the run is interrupted (a forwarded socket, a dial-stdio bridge) go with it.
ssh_node='set -e
  [ -n "$GONTAINER_TEST_SSH_URL" ]
  ssh=(ssh -o BatchMode=yes -p "$GONTAINER_TEST_SSH_PORT")
  printf "GET /_ping HTTP/1.1\r\nHost: docker\r\nConnection: close\r\n\r\n" |
    "${ssh[@]}" root@127.0.0.1 docker system dial-stdio | grep -q "^OK"
  out=$("${ssh[@]}" -i "$GONTAINER_TEST_SSH_ROGUE_KEY" -o IdentitiesOnly=yes root@127.0.0.1 true 2>&1) && exit 1
  grep -q "Permission denied (publickey)" <<<"$out"
  out=$("${ssh[@]}" root@localhost true 2>&1) && exit 1
  grep -q "Host key verification failed" <<<"$out"
  fwd="$GONTAINER_TEST_DIR/fwd.sock"
  "${ssh[@]}" -N -o ExitOnForwardFailure=yes -L "$fwd:$GONTAINER_TEST_PODMAN_SOCK" root@127.0.0.1 &
  for i in $(seq 50); do [ -S "$fwd" ] && break; sleep 0.2; done
  podman --remote --url "unix://$fwd" ps >/dev/null
  sleep 300 | "${ssh[@]}" root@127.0.0.1 docker system dial-stdio >/dev/null &
  sleep 1
  kill -TERM $PPID; sleep 60'
check "the ssh node answers and its open sessions go with an interrupted run" 143 "$ssh_node"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
