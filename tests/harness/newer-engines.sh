#!/usr/bin/env bash
# Runs the newer engines of the engine matrix from the Debian 13 chroot that installer/setup.sh
# caches (Docker 26, API 1.45, Podman 5.4 and a standalone containerd 1.7), for
# tests/harness/with-engines.sh, which starts it in a private mount namespace of its own:
#
#   unshare --mount --propagation private -- bash newer-engines.sh CHROOT DIR REGISTRIES_CONF
#
# The chroot is bind-mounted onto itself, with proc, /sys, /dev, tmpfs on what the engines keep at
# fixed paths (/run, /var/lib/containers, /var/tmp...) and the host's /tmp, so that DIR (under
# /tmp) and the tests' own temporary files have the same paths inside as outside; then it becomes
# the namespace's root (pivot_root). The engines share the harness's network namespace, so they reach its
# registries on 127.0.0.1. In DIR: docker26.sock, podman5.sock, podman5/ (containers.conf,
# storage.conf, root, runroot), containerd17/ (config.toml, containerd.sock, root, state, and
# `image`: the test image's name there, in namespaces gontainer-test and default),
# bin-docker26/docker, bin-podman5/podman and bin-containerd17/{ctr,containerd} (the chroot's own
# programs, entered with nsenter, for tests that drive an engine's command line or start an
# engine of their own), and `ready` once the engines answer and hold the test image. The chroot
# on disk is only read.
#
# On TERM the engines are stopped and their containers removed; the namespace goes with the
# last process.
set -euo pipefail

chroot_dir=${1:?chroot}
dir=${2:?work directory}
registries_conf=${3:?registries.conf}

log() { printf '%s newer-engines: %s\n' "$(date +%T)" "$*" >&2; }
fail() {
  log "error: $*"
  exit 1
}

docker_pid="" podman_pid="" containerd_pid=""
# shellcheck source=tests/harness/containerd.sh
. "$(dirname "${BASH_SOURCE[0]}")/containerd.sh"
path_in_chroot=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
in_chroot=(chroot "$chroot_dir" /usr/bin/env PATH="$path_in_chroot")
podman5=("${in_chroot[@]}" /usr/bin/podman --root "$dir/podman5/root" --runroot "$dir/podman5/run")
docker26=("${in_chroot[@]}" /usr/bin/docker -H "unix://$dir/docker26.sock")

stop_pid() { # pid seconds
  local pid=$1 i
  [ -n "$pid" ] || return 0
  kill -TERM "$pid" 2>/dev/null || return 0
  for ((i = 0; i < $2 * 10; i++)); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null || true
}

cleanup() {
  local rc=$?
  # A second TERM must not cut the engines' stop short (the harness waits, then kills).
  trap '' INT TERM
  trap - EXIT
  set +e
  rm -f "$dir/ready"
  if [ -n "$podman_pid" ]; then
    timeout 60 "${podman5[@]}" rm --all --force --time 0 >/dev/null 2>&1
    timeout 30 "${podman5[@]}" pod rm --all --force >/dev/null 2>&1
  fi
  stop_pid "$podman_pid" 10
  if [ -n "$containerd_pid" ]; then
    containerd_clear "$dir/containerd17/containerd.sock"
    stop_pid "$containerd_pid" 10
  fi
  stop_pid "$docker_pid" 20
  containerd_reap "$dir"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 143' TERM
trap 'exit 130' INT

[ -x "$chroot_dir/usr/sbin/dockerd" ] && [ -x "$chroot_dir/usr/bin/podman" ] ||
  fail "$chroot_dir holds no Debian 13 engines: run installer/setup.sh"
case "$dir" in
/tmp/*) ;;
*) fail "the work directory must be under /tmp (it is seen at the same path in the chroot)" ;;
esac

# ---- the test image, from busybox-static as the harness makes it ------------------------------
rootfs="$dir/image/rootfs"
mkdir -p "$rootfs"/{bin,etc,tmp,root,proc,sys,dev}
cp "$(command -v busybox)" "$rootfs/bin/busybox"
for applet in $("$rootfs/bin/busybox" --list); do
  [ -e "$rootfs/bin/$applet" ] || ln -s busybox "$rootfs/bin/$applet"
done
printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n' >"$rootfs/etc/passwd"
printf 'root:x:0:\nnobody:x:65534:\n' >"$rootfs/etc/group"
tar -C "$rootfs" -cf "$dir/image/busybox.tar" .
# ---- the chroot's mounts (private to this namespace) -----------------------------------------
mount --bind "$chroot_dir" "$chroot_dir" || fail "could not bind-mount $chroot_dir onto itself"
mount -t proc proc "$chroot_dir/proc" || fail "could not mount proc in the chroot"
mount --rbind /sys "$chroot_dir/sys" || fail "could not bind /sys into the chroot"
mount --rbind /dev "$chroot_dir/dev" || fail "could not bind /dev into the chroot"
mount --rbind /tmp "$chroot_dir/tmp" || fail "could not bind /tmp into the chroot"
for d in run var/tmp var/lib/containers var/cache/containers var/lib/docker var/log; do
  mkdir -p "$chroot_dir/$d" 2>/dev/null || true
  mount -t tmpfs -o mode=755 gontainer-newer "$chroot_dir/$d" ||
    fail "could not mount a private /$d in the chroot"
done
# The chroot becomes this namespace's root (pivot_root, not chroot): runc sets up a container's
# root with pivot_root too, and under a mere chroot the processes exec'd into a container (health
# checks, `docker exec`) would see the host's root instead of the container's. The host's root
# is then let go of; from here on every program is the chroot's.
mkdir -p "$chroot_dir/run/host-root"
cd "$chroot_dir"
pivot_root . run/host-root || fail "pivot_root into $chroot_dir failed"
cd /
umount -l /run/host-root || fail "could not let go of the host's root"
rmdir /run/host-root 2>/dev/null || true
in_chroot=(/usr/bin/env PATH="$path_in_chroot")
podman5=("${in_chroot[@]}" /usr/bin/podman --root "$dir/podman5/root" --runroot "$dir/podman5/run")
docker26=("${in_chroot[@]}" /usr/bin/docker -H "unix://$dir/docker26.sock")
export PATH="$path_in_chroot"

# ---- dockerd 26 ------------------------------------------------------------------------------
mkdir -p "$dir/docker26"
log "starting dockerd $("${in_chroot[@]}" /usr/sbin/dockerd --version 2>/dev/null)"
"${in_chroot[@]}" /usr/sbin/dockerd \
  --data-root "$dir/docker26/root" --exec-root "$dir/docker26/exec" \
  --pidfile "$dir/docker26/docker.pid" -H "unix://$dir/docker26.sock" \
  --bridge=none --iptables=false --ip6tables=false --ip-masq=false --ip-forward=false \
  --storage-driver "${GONTAINER_DOCKER26_STORAGE_DRIVER:-vfs}" --shutdown-timeout 2 \
  >"$dir/docker26/dockerd.log" 2>&1 &
docker_pid=$!

# ---- podman 5 --------------------------------------------------------------------------------
mkdir -p "$dir/podman5"/{tmp,volumes,networks,root,run}
cat >"$dir/podman5/containers.conf" <<CONF
[containers]
default_ulimits = ["nofile=20000:20000", "nproc=1000:1000"]
netns = "none"

[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
events_logfile_path = "$dir/podman5/events.log"
tmp_dir = "$dir/podman5/tmp"
volume_path = "$dir/podman5/volumes"
image_copy_tmp_dir = "$dir/podman5/tmp"

[network]
network_backend = "netavark"
network_config_dir = "$dir/podman5/networks"
CONF
cat >"$dir/podman5/storage.conf" <<CONF
[storage]
driver = "${GONTAINER_PODMAN_STORAGE_DRIVER:-overlay}"
graphroot = "$dir/podman5/root"
runroot = "$dir/podman5/run"
CONF
cp "$registries_conf" "$dir/podman5/registries.conf"
export CONTAINERS_CONF="$dir/podman5/containers.conf"
export CONTAINERS_STORAGE_CONF="$dir/podman5/storage.conf"
export CONTAINERS_REGISTRIES_CONF="$dir/podman5/registries.conf"
export TMPDIR="$dir/podman5/tmp"
# This machine mixes cgroups v1 and v2: Podman 5 would warn of it on every command's stderr.
export PODMAN_IGNORE_CGROUPSV1_WARNING=1
log "starting $("${in_chroot[@]}" /usr/bin/podman --version 2>/dev/null) system service"
"${podman5[@]}" system service --time 0 "unix://$dir/podman5.sock" \
  >"$dir/podman5/service.log" 2>&1 &
podman_pid=$!

# ---- containerd 1.7 (standalone, as the harness runs Debian 12's 1.6) -------------------------
mkdir -p "$dir/containerd17"
containerd_config "$dir/containerd17" >"$dir/containerd17/config.toml"
log "starting $("${in_chroot[@]}" /usr/bin/containerd --version 2>/dev/null)"
"${in_chroot[@]}" /usr/bin/containerd --config "$dir/containerd17/config.toml" \
  >"$dir/containerd17/containerd.log" 2>&1 &
containerd_pid=$!

# ---- the chroot's clients, for tests -----------------------------------------------------------
# nsenter enters this namespace and the chroot (the root and working directory of dockerd,
# which runs in it: nsenter's --wd=DIR would name a directory outside the chroot); the caller's
# working directory is kept when it is seen in the chroot (under /tmp).
write_client() { # name path-in-chroot
  mkdir -p "$dir/bin-$1"
  cat >"$dir/bin-$1/$(basename "$2")" <<SCRIPT
#!/usr/bin/env bash
case "\$PWD" in /tmp/*) wd=\$PWD ;; *) wd=/ ;; esac
exec nsenter --target $docker_pid --mount --root --wd \\
  /bin/sh -c 'cd "\$0" 2>/dev/null || cd /; exec "\$@"' "\$wd" \\
  /usr/bin/env PATH=$path_in_chroot $2 "\$@"
SCRIPT
  chmod 755 "$dir/bin-$1/$(basename "$2")"
}
write_client docker26 /usr/bin/docker
write_client podman5 /usr/bin/podman
write_client containerd17 /usr/bin/ctr
write_client containerd17 /usr/bin/containerd

wait_up() { # what pid log seconds command...
  local what=$1 pid=$2 logfile=$3 secs=$4 i
  shift 4
  for ((i = 0; i < secs * 5; i++)); do
    kill -0 "$pid" 2>/dev/null || {
      tail -n 30 "$logfile" >&2
      fail "$what exited during start-up"
    }
    "$@" >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  tail -n 30 "$logfile" >&2
  fail "$what did not answer within ${secs}s"
}
wait_up "dockerd 26" "$docker_pid" "$dir/docker26/dockerd.log" 90 "${docker26[@]}" version
wait_up "podman 5 service" "$podman_pid" "$dir/podman5/service.log" 90 \
  "${in_chroot[@]}" /usr/bin/podman --remote --url "unix://$dir/podman5.sock" version
wait_up "containerd 1.7" "$containerd_pid" "$dir/containerd17/containerd.log" 30 \
  containerd_up "$dir/containerd17/containerd.sock"

image=gontainer-test/busybox:latest
"${docker26[@]}" import --change 'CMD ["/bin/sh"]' "$dir/image/busybox.tar" "$image" \
  >"$dir/image/docker-import.log" 2>&1 ||
  {
    tail -n 20 "$dir/image/docker-import.log" >&2
    fail "docker 26 import of the test image failed"
  }
"${podman5[@]}" import --change 'CMD=["/bin/sh"]' "$dir/image/busybox.tar" "localhost/$image" \
  >"$dir/image/podman-import.log" 2>&1 ||
  {
    tail -n 20 "$dir/image/podman-import.log" >&2
    fail "podman 5 import of the test image failed"
  }
"${docker26[@]}" save -o "$dir/image/containerd-image.tar" "$image" >"$dir/image/docker-save.log" 2>&1 ||
  {
    tail -n 20 "$dir/image/docker-save.log" >&2
    fail "docker 26 save of the test image failed"
  }
containerd_import "$dir/containerd17/containerd.sock" "$dir/image/containerd-image.tar" \
  gontainer-test default >"$dir/containerd17/image" || fail "ctr 1.7 could not import the test image"

{
  printf 'docker %s\n' "$("${docker26[@]}" version --format '{{.Server.Version}} (API {{.Server.APIVersion}})' 2>/dev/null)"
  printf 'podman %s\n' "$("${in_chroot[@]}" /usr/bin/podman --remote --url "unix://$dir/podman5.sock" version --format '{{.Server.Version}}' 2>/dev/null)"
  printf 'containerd %s\n' "$(ctr --address "$dir/containerd17/containerd.sock" version 2>/dev/null |
    awk '/^Server:/ { server = 1 } server && $1 == "Version:" { print $2; exit }')"
} >"$dir/ready.tmp"
mv "$dir/ready.tmp" "$dir/ready"
log "ready: $(tr '\n' ' ' <"$dir/ready")"

# Until the harness ends the run (TERM), or an engine dies.
wait -n "$docker_pid" "$podman_pid" "$containerd_pid" || true
fail "an engine of the chroot exited: see $dir/docker26/dockerd.log, $dir/podman5/service.log" \
  "and $dir/containerd17/containerd.log"
