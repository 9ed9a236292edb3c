# shellcheck shell=bash
# Functions for the harness's standalone containerd engines (sourced by with-engines.sh for
# Debian 12's containerd 1.6, and by newer-engines.sh for Debian 13's 1.7 in its chroot).
#
# Facts they rely on, checked on Debian 12 (kernel 6.x, cgroups v1 controllers with a v2
# hierarchy mounted at /sys/fs/cgroup/unified, /tmp on ext4):
# - `containerd --config FILE` runs standalone as root with `root`, `state`, the gRPC and ttrpc
#   addresses in FILE. It answers `ctr version` about 50 ms after it starts.
# - Some paths no option of the config moves: each shim's socket is /run/containerd/s/HASH
#   (the hash covers the containerd socket, namespace and id, so engines on private sockets do
#   not collide), runc keeps its state in /run/containerd/runc/NAMESPACE, and `ctr` makes the
#   FIFOs of a task's stdio in /run/containerd/fifo. The harness runs under a private tmpfs on
#   /run. Since a shim opens those FIFOs and a `file://` log URI by path, a client in another
#   mount namespace than the engine's (the chroot of the newer engines) must run its own `ctr`
#   there, and give log files under /tmp, which both see.
# - The opt plugin would make /opt/containerd: it is pointed into the engine's directory.
# - `docker save` of the harness's image imports with `ctr images import` as
#   docker.io/gontainer-test/busybox:latest (a Docker-format manifest, linux/amd64, layers
#   uncompressed), and is unpacked at once for the default snapshotter, overlayfs, which works
#   on /tmp here: `ctr run` starts a container from it in about 0.15 s.
# - Shims and containers outlive containerd (that is how containerd restarts without losing
#   them): stopping an engine first force-deletes every task (which kills the container and
#   unmounts its root file system), and containerd_reap kills what is left of a run.
# - `ctr run -d` without --null-io or --log-uri leaves the task's stdout on FIFOs nobody reads:
#   a container that writes more than a pipe's buffer then blocks.

# containerd_config DIR: a config for an engine whose root, state, sockets and opt folder are
# all under DIR (the gRPC socket is DIR/containerd.sock). No CRI (Kubernetes is not needed),
# no debug or metrics listener; the restart monitor (on by default) every second.
containerd_config() {
  cat <<CONF
version = 2
root = "$1/root"
state = "$1/state"
disabled_plugins = ["io.containerd.grpc.v1.cri"]

[grpc]
  address = "$1/containerd.sock"

[ttrpc]
  address = "$1/containerd.sock.ttrpc"

[debug]
  address = ""

[metrics]
  address = ""

[plugins."io.containerd.internal.v1.opt"]
  path = "$1/opt"

# The restart monitor looks every second, not every 10 s: the restart policy's tests wait for
# its passes (Gontainer itself does not depend on the interval).
[plugins."io.containerd.internal.v1.restart"]
  interval = "1s"
CONF
}

# containerd_up SOCKET: whether a containerd answers there. ctr waits up to 10 s for a socket
# that does not exist (yet): only an existing one is asked.
containerd_up() {
  [ -S "$1" ] && ctr --address "$1" --connect-timeout 2s version >/dev/null 2>&1
}

# containerd_import SOCKET ARCHIVE NAMESPACE...: imports a `docker save` archive into each
# namespace (unpacked for the default snapshotter) and prints the image's name, as containerd
# lists it.
containerd_import() {
  local sock=$1 archive=$2 ns name="" names
  shift 2
  for ns in "$@"; do
    ctr --address "$sock" -n "$ns" images import "$archive" >/dev/null || return 1
    names=$(ctr --address "$sock" -n "$ns" images ls -q) || return 1
    [ "$(printf '%s\n' "$names" | grep -c .)" = 1 ] || {
      echo "containerd_import: expected one image in namespace $ns, found: $names" >&2
      return 1
    }
    [ -z "$name" ] || [ "$name" = "$names" ] || {
      echo "containerd_import: the image is $name in one namespace and $names in $ns" >&2
      return 1
    }
    name=$names
  done
  printf '%s\n' "$name"
}

# containerd_clear SOCKET: force-deletes every task in every namespace of the engine (killing
# its containers and unmounting their root file systems). Containers and snapshots stay.
containerd_clear() {
  local sock=$1 ns tasks
  for ns in $(timeout 10 ctr --address "$sock" namespaces ls -q 2>/dev/null); do
    tasks=$(timeout 10 ctr --address "$sock" -n "$ns" tasks ls -q 2>/dev/null) || continue
    [ -z "$tasks" ] && continue
    # shellcheck disable=SC2086 # one id a word
    timeout 60 ctr --address "$sock" -n "$ns" tasks delete --force $tasks >/dev/null 2>&1 || true
  done
}

# containerd_reap DIR: kills every shim serving a containerd socket under DIR, and the
# containers they run first (a shim reaps its container; a container's init that lost its shim
# would live on). For what a stopped or killed engine left behind.
containerd_reap() {
  local shim child
  for shim in $(pgrep -f -- "containerd-shim-runc-v2 .*-address $1/" 2>/dev/null); do
    for child in $(pgrep -P "$shim" 2>/dev/null); do
      kill -KILL "$child" 2>/dev/null || true
    done
    kill -KILL "$shim" 2>/dev/null || true
  done
}
