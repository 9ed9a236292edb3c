#!/usr/bin/env bash
# Starts real engines for one test run, on private sockets in a temporary directory, runs the
# given command with their addresses in GONTAINER_TEST_* variables, and tears everything down
# afterwards, also when the command fails or the run is interrupted.
#
#   tests/harness/with-engines.sh ctest --test-dir build/ci
#
# Started: dockerd (own data-root, exec-root and containerd namespace, no bridge; on its unix
# socket and on 127.0.0.1 over verified TLS with certificates made for the run), `podman system
# service` (own containers.conf, storage and runc), a registry on 127.0.0.1, and a second one
# that wants a login (GONTAINER_TEST_AUTH_REGISTRY, _USER, _PASSWORD), and a standalone
# containerd (Debian's 1.6, own config, root and state; tests/harness/containerd.sh). The test
# image gontainer-test/busybox:latest is built offline from busybox-static on both engines and
# pushed to the registry; containerd gets it (`docker save`, `ctr images import`) in namespaces
# gontainer-test and default, as docker.io/gontainer-test/busybox:latest. An OpenSSH server on 127.0.0.1 stands in for a remote "SSH node": it
# accepts one client key made for the run, and its sessions reach the harness's dockerd with
# `docker system dial-stdio`. Nothing is written outside the temporary directory.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=installer/common.sh
. "$here/../../installer/common.sh"
# shellcheck source=tests/harness/containerd.sh
. "$here/containerd.sh"

[ $# -gt 0 ] || fail "usage: $0 COMMAND [ARGS...]"

# dockerd needs root, and the tests start Podman services over the harness's root storage: a
# normal user runs the whole harness, tests included, through sudo.
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || fail "the test engines need root: run as root, or install sudo"
  exec sudo --preserve-env bash "${BASH_SOURCE[0]}" "$@"
fi

# The engines keep a little bookkeeping at fixed system paths that no option moves in these
# versions (containerd's shim sockets in /run/containerd/s, runc state in /run/runc, netavark's
# in /run/containers, Podman's blob cache in /var/lib/containers/cache). As root, run everything
# in a private mount namespace where those paths are fresh tmpfs mounts that vanish with it,
# and in a network namespace of its own, so that the bridges, addresses and firewall rules
# tests make for container networks never touch the machine's network (only loopback is up).
if [ -z "${GONTAINER_HARNESS_NS:-}" ]; then
  if unshare --mount --net --propagation private true 2>/dev/null; then
    export GONTAINER_HARNESS_NS=1 GONTAINER_TEST_NETNS=1
    exec unshare --mount --net --propagation private -- bash "${BASH_SOURCE[0]}" "$@"
  elif unshare --mount --propagation private true 2>/dev/null; then
    export GONTAINER_HARNESS_NS=1
    exec unshare --mount --propagation private -- bash "${BASH_SOURCE[0]}" "$@"
  fi
fi
if [ "${GONTAINER_TEST_NETNS:-}" = 1 ]; then
  ip link set lo up || fail "could not bring up loopback in the harness's network namespace"
fi
if [ "${GONTAINER_HARNESS_NS:-}" = 1 ]; then
  mount -t tmpfs -o mode=755 gontainer-run /run || fail "could not mount a private /run"
  for d in /var/lib/containers /var/cache/containers; do
    mkdir -p "$d" && mount -t tmpfs -o mode=700 gontainer-state "$d" ||
      fail "could not mount a private $d"
  done
fi

# Unix socket paths must stay under 108 bytes: keep the directory short.
root=$(mktemp -d /tmp/gtest.XXXXXX)
chmod 755 "$root"
id=$(basename "$root" | tr -cd 'a-zA-Z0-9' | tr 'A-Z' 'a-z')
docker_pid="" podman_pid="" registry_pid="" auth_registry_pid="" sshd_pid="" command_pid="" ssh_home_mounted=""
newer_pid="" containerd_pid="" swarm_pid=""

log_tail() { # name logfile
  printf '\n---- last lines of %s (%s) ----\n' "$1" "$2" >&2
  tail -n 40 "$2" >&2 2>/dev/null || true
  printf -- '---- end of %s ----\n' "$1" >&2
}

stop_pid() { # pid seconds
  local pid=$1 wait=$2 i
  [ -n "$pid" ] || return 0
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < wait * 10; i++)); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null || true
}

kill_tree() { # pid: the process and everything it started, children first
  local child
  for child in $(pgrep -P "$1" 2>/dev/null); do
    kill_tree "$child"
  done
  kill -TERM "$1" 2>/dev/null || true
}

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  # Teardown does its best and never changes the run's verdict.
  set +e +o pipefail
  if [ -n "$command_pid" ]; then
    kill_tree "$command_pid"
    wait "$command_pid" 2>/dev/null
  fi
  step "stopping test engines"
  # The newer engines stop in their own time (their containers, then the engines), alongside.
  [ -z "$newer_pid" ] || kill -TERM "$newer_pid" 2>/dev/null
  # sshd first: its sessions (a dial-stdio bridge, a forwarded socket) are clients of the
  # engines, and each session is a child of the listener that would outlive it.
  if [ -n "$sshd_pid" ]; then
    kill_tree "$sshd_pid"
    stop_pid "$sshd_pid" 5
  fi
  if [ -n "$ssh_home_mounted" ]; then
    umount "$ssh_home_mounted" 2>/dev/null || umount -l "$ssh_home_mounted" 2>/dev/null || true
  fi
  if [ -n "$podman_pid" ]; then
    # Containers outlive the API service (conmon keeps them); remove them first.
    timeout 60 "${podman_cli[@]}" rm --all --force --time 0 >/dev/null 2>&1 || true
    timeout 30 "${podman_cli[@]}" pod rm --all --force >/dev/null 2>&1 || true
  fi
  stop_pid "$podman_pid" 10
  if [ -n "$containerd_pid" ]; then
    # Its containers outlive it (in their shims): their tasks go first.
    containerd_clear "$root/containerd/containerd.sock"
    stop_pid "$containerd_pid" 10
  fi
  if [ -n "$swarm_pid" ]; then
    kill_tree "$swarm_pid"
    wait "$swarm_pid" 2>/dev/null
    bash "$here/swarm/teardown-swarm.sh" "$swarm_dir" >"$root/teardown-swarm.log" 2>&1 ||
      log_tail "swarm teardown" "$root/teardown-swarm.log"
  fi
  stop_pid "$docker_pid" 20
  stop_pid "$registry_pid" 5
  stop_pid "$auth_registry_pid" 5
  if [ -n "$newer_pid" ]; then
    for ((i = 0; i < 400; i++)); do
      kill -0 "$newer_pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL "$newer_pid" 2>/dev/null || true
  fi
  # Containers of a containerd a test started in the directory and did not stop, or killed.
  containerd_reap "$root"
  # Anything a test started in the directory (a second service, say) goes too.
  for pid in $(pgrep -f -- "$root" 2>/dev/null || true); do
    [ "$pid" != "$$" ] && kill -KILL "$pid" 2>/dev/null || true
  done
  # Mounts left by overlay storage or container runtimes under the directory.
  grep -F " $root" /proc/mounts 2>/dev/null | awk '{print $2}' | sort -r |
    while read -r m; do umount -l "$m" 2>/dev/null || true; done
  rm -rf "$root" 2>/dev/null || true
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

wait_for() { # description seconds pid log command...
  local what=$1 secs=$2 pid=$3 log=$4 i
  shift 4
  for ((i = 0; i < secs * 5; i++)); do
    if ! kill -0 "$pid" 2>/dev/null; then
      log_tail "$what" "$log"
      fail "$what exited during start-up"
    fi
    if "$@" >/dev/null 2>&1; then
      return 0
    fi
    sleep 0.2
  done
  log_tail "$what" "$log"
  fail "$what did not answer within ${secs}s"
}

for tool in dockerd docker podman docker-registry busybox runc ssh ssh-keygen containerd ctr; do
  command -v "$tool" >/dev/null 2>&1 || fail "$tool is not installed: run installer/setup.sh"
done
[ -x /usr/sbin/sshd ] || fail "/usr/sbin/sshd is not installed (openssh-server): run installer/setup.sh"

export DOCKER_CONFIG="$root/docker-config"
mkdir -p "$DOCKER_CONFIG"
echo "{}" >"$DOCKER_CONFIG/config.json"

free_port() {
  local candidate
  for candidate in $(shuf -i 20000-39999 -n 50); do
    if ! ss -Htln "sport = :$candidate" 2>/dev/null | grep -q .; then
      echo "$candidate"
      return 0
    fi
  done
  fail "no free port on 127.0.0.1"
}

# ---- certificates for the TLS listener -------------------------------------------------
# A CA, a server certificate for 127.0.0.1, a client certificate (tls/client: ca.pem, cert.pem,
# key.pem as DOCKER_CERT_PATH holds them), and a second, untrusted CA with its own client
# certificate (tls/rogue) for the tests that must fail.
step "making TLS certificates"
make_ca() { # dir
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=gontainer test CA $(basename "$1")" \
    -keyout "$1/ca-key.pem" -out "$1/ca.pem" >/dev/null 2>&1
}
make_cert() { # ca-dir out-prefix cn extensions
  openssl req -newkey rsa:2048 -nodes -subj "/CN=$3" -keyout "$2-key.pem" -out "$2.csr" >/dev/null 2>&1 &&
    printf '%s\n' "$4" >"$2.ext" &&
    openssl x509 -req -in "$2.csr" -CA "$1/ca.pem" -CAkey "$1/ca-key.pem" -CAcreateserial \
      -days 2 -extfile "$2.ext" -out "$2.pem" >/dev/null 2>&1
}
tls="$root/tls"
mkdir -p "$tls/ca" "$tls/client" "$tls/rogue"
{
  make_ca "$tls/ca" && make_ca "$tls/rogue" &&
    make_cert "$tls/ca" "$tls/ca/server" 127.0.0.1 \
      "subjectAltName=IP:127.0.0.1,DNS:localhost
extendedKeyUsage=serverAuth" &&
    make_cert "$tls/ca" "$tls/client/cert" client "extendedKeyUsage=clientAuth" &&
    make_cert "$tls/rogue" "$tls/rogue/cert" rogue "extendedKeyUsage=clientAuth"
} || fail "openssl could not make the test certificates"
cp "$tls/ca/ca.pem" "$tls/client/ca.pem"
mv "$tls/client/cert-key.pem" "$tls/client/key.pem"
mv "$tls/rogue/cert-key.pem" "$tls/rogue/key.pem"

# ---- dockerd ---------------------------------------------------------------------------
step "starting dockerd in $root/docker"
mkdir -p "$root/docker"
docker_sock="$root/docker.sock"
docker_tls_port=$(free_port)
dockerd \
  --data-root "$root/docker/root" --exec-root "$root/docker/exec" \
  --pidfile "$root/docker/docker.pid" -H "unix://$docker_sock" \
  -H "tcp://127.0.0.1:$docker_tls_port" --tlsverify --tlscacert "$tls/ca/ca.pem" \
  --tlscert "$tls/ca/server.pem" --tlskey "$tls/ca/server-key.pem" \
  --containerd-namespace "gt-$id" --containerd-plugins-namespace "gt-$id-plugins" \
  --bridge=none --iptables=false --ip-masq=false --ip-forward=false \
  --shutdown-timeout 2 \
  >"$root/docker/dockerd.log" 2>&1 &
docker_pid=$!
docker_cli=(docker -H "unix://$docker_sock")
wait_for dockerd 60 "$docker_pid" "$root/docker/dockerd.log" "${docker_cli[@]}" version

# ---- podman system service -------------------------------------------------------------
step "starting podman system service in $root/podman"
mkdir -p "$root/podman"/{tmp,volumes,networks,root,run}
cat >"$root/podman/containers.conf" <<CONF
[containers]
default_ulimits = ["nofile=20000:20000", "nproc=1000:1000"]
# No network namespace by default: netavark would keep state under /run/containers.
netns = "none"

[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
events_logfile_path = "$root/podman/events.log"
tmp_dir = "$root/podman/tmp"
volume_path = "$root/podman/volumes"
image_copy_tmp_dir = "$root/podman/tmp"

[network]
network_backend = "netavark"
network_config_dir = "$root/podman/networks"
CONF
cat >"$root/podman/storage.conf" <<CONF
[storage]
driver = "${GONTAINER_PODMAN_STORAGE_DRIVER:-overlay}"
graphroot = "$root/podman/root"
runroot = "$root/podman/run"
CONF
# The run's registry (started below) speaks plain HTTP on loopback, as Docker assumes for
# 127.0.0.0/8; Podman must be told.
# A second registry wants a login (htpasswd): Podman must be told it is plain HTTP too.
port=$(free_port)
auth_port=$(free_port)
while [ "$auth_port" = "$port" ]; do auth_port=$(free_port); done
cat >"$root/podman/registries.conf" <<CONF
unqualified-search-registries = []
short-name-mode = "permissive"

[[registry]]
location = "127.0.0.1:$port"
insecure = true

[[registry]]
location = "127.0.0.1:$auth_port"
insecure = true
CONF
export CONTAINERS_CONF="$root/podman/containers.conf"
export CONTAINERS_STORAGE_CONF="$root/podman/storage.conf"
export CONTAINERS_REGISTRIES_CONF="$root/podman/registries.conf"
export TMPDIR_PODMAN="$root/podman/tmp"
podman_sock="$root/podman.sock"
podman_cli=(podman --root "$root/podman/root" --runroot "$root/podman/run")
env CONTAINERS_CONF="$CONTAINERS_CONF" CONTAINERS_STORAGE_CONF="$CONTAINERS_STORAGE_CONF" \
  CONTAINERS_REGISTRIES_CONF="$CONTAINERS_REGISTRIES_CONF" TMPDIR="$root/podman/tmp" \
  "${podman_cli[@]}" system service --time 0 "unix://$podman_sock" \
  >"$root/podman/service.log" 2>&1 &
podman_pid=$!

# ---- newer engines: Docker 26 and Podman 5 from the Debian 13 chroot (the engine matrix) ---
# Started beside the others, in a mount namespace of their own (tests/harness/newer-engines.sh),
# from the chroot installer/setup.sh caches. The `@newer` tests run against them.
# GONTAINER_NEWER_ENGINES=0 leaves them out (a benchmark run that wants the machine to itself).
newer_chroot="$GONTAINER_ROOT_CACHE/engines-trixie"
if [ "${GONTAINER_NEWER_ENGINES:-1}" = 0 ]; then
  note "GONTAINER_NEWER_ENGINES=0: no newer engines"
elif [ -f "$newer_chroot/.complete" ]; then
  step "starting Docker 26 and Podman 5 from $newer_chroot"
  mkdir -p "$root/newer"
  unshare --mount --propagation private -- bash "$here/newer-engines.sh" "$newer_chroot" \
    "$root/newer" "$root/podman/registries.conf" >"$root/newer.log" 2>&1 &
  newer_pid=$!
else
  note "no Debian 13 chroot in $newer_chroot (installer/setup.sh makes it): no newer engines"
fi

# ---- a Docker swarm of three machines (tests/harness/swarm) ----
# A manager and two workers, each a dockerd in network, mount and PID namespaces of its own on a
# bridge in another namespace, made beside the other engines; tests wait for DIR/ready (or
# DIR/failed) through TestEngines::waitForSwarm(). Names get the run's prefix, so that runs side
# by side do not meet (the nodes' cgroups are machine-wide). GONTAINER_SWARM=0 leaves it out.
swarm_dir="$root/sw"
if [ "${GONTAINER_SWARM:-1}" = 0 ]; then
  note "GONTAINER_SWARM=0: no swarm"
else
  step "making a swarm of three machines in $swarm_dir (in the background)"
  mkdir -p "$swarm_dir"
  (
    if GSW_PREFIX="gs${id#gtest}" bash "$here/swarm/make-swarm.sh" "$swarm_dir" \
      >"$root/make-swarm.log" 2>&1; then
      touch "$swarm_dir/ready"
    else
      mkdir -p "$swarm_dir" && touch "$swarm_dir/failed"
    fi
  ) &
  swarm_pid=$!
  export GONTAINER_TEST_SWARM_DIR="$swarm_dir"
fi

wait_for "podman system service" 60 "$podman_pid" "$root/podman/service.log" \
  podman --remote --url "unix://$podman_sock" version

# ---- registry --------------------------------------------------------------------------
step "starting a registry on 127.0.0.1"
mkdir -p "$root/registry/data"
cat >"$root/registry/config.yml" <<CONF
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: $root/registry/data
  delete:
    enabled: true
http:
  addr: 127.0.0.1:$port
CONF
docker-registry serve "$root/registry/config.yml" >"$root/registry/registry.log" 2>&1 &
registry_pid=$!
registry_up() { (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; }

# The registry with a login: one user, a password made for the run, bcrypt in htpasswd as the
# registry wants it.
step "starting a registry with a login on 127.0.0.1"
auth_user=gontainer
auth_password="pw-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
mkdir -p "$root/auth-registry/data"
python3 -W ignore -c 'import crypt,sys; print(sys.argv[1] + ":" + crypt.crypt(sys.argv[2], crypt.mksalt(crypt.METHOD_BLOWFISH)))' \
  "$auth_user" "$auth_password" >"$root/auth-registry/htpasswd" ||
  fail "python3 could not hash the test registry's password"
cat >"$root/auth-registry/config.yml" <<CONF
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: $root/auth-registry/data
  delete:
    enabled: true
http:
  addr: 127.0.0.1:$auth_port
auth:
  htpasswd:
    realm: gontainer-test
    path: $root/auth-registry/htpasswd
CONF
docker-registry serve "$root/auth-registry/config.yml" >"$root/auth-registry/registry.log" 2>&1 &
auth_registry_pid=$!
auth_registry_up() { (exec 3<>"/dev/tcp/127.0.0.1/$auth_port") 2>/dev/null; }
wait_for registry 30 "$registry_pid" "$root/registry/registry.log" registry_up
wait_for "registry with a login" 30 "$auth_registry_pid" "$root/auth-registry/registry.log" \
  auth_registry_up

# ---- test image, built offline from busybox-static ---------------------------------------
step "building the test image from busybox-static"
rootfs="$root/image/rootfs"
mkdir -p "$rootfs"/{bin,etc,tmp,root,proc,sys,dev}
cp "$(command -v busybox)" "$rootfs/bin/busybox"
for applet in $("$rootfs/bin/busybox" --list); do
  [ -e "$rootfs/bin/$applet" ] || ln -s busybox "$rootfs/bin/$applet"
done
printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n' >"$rootfs/etc/passwd"
printf 'root:x:0:\nnobody:x:65534:\n' >"$rootfs/etc/group"
tar -C "$rootfs" -cf "$root/image/busybox.tar" .
image=gontainer-test/busybox:latest
"${docker_cli[@]}" import --change 'CMD ["/bin/sh"]' "$root/image/busybox.tar" "$image" \
  >"$root/image/docker-import.log" 2>&1 ||
  { log_tail "docker import" "$root/image/docker-import.log"; fail "docker import of the test image failed"; }
env CONTAINERS_CONF="$CONTAINERS_CONF" CONTAINERS_STORAGE_CONF="$CONTAINERS_STORAGE_CONF" \
  TMPDIR="$root/podman/tmp" \
  "${podman_cli[@]}" import --change 'CMD=["/bin/sh"]' "$root/image/busybox.tar" "localhost/$image" \
  >"$root/image/podman-import.log" 2>&1 ||
  { log_tail "podman import" "$root/image/podman-import.log"; fail "podman import of the test image failed"; }
"${docker_cli[@]}" tag "$image" "127.0.0.1:$port/$image"
"${docker_cli[@]}" push "127.0.0.1:$port/$image" >"$root/image/push.log" 2>&1 ||
  { log_tail "docker push" "$root/image/push.log"; fail "pushing the test image to the registry failed"; }

# ---- containerd (standalone, Debian's 1.6) ------------------------------------------------
# Tests create containers in namespace gontainer-test; `default` holds the image too, for tests
# of a node that shows every namespace.
step "starting containerd in $root/containerd"
mkdir -p "$root/containerd"
containerd_config "$root/containerd" >"$root/containerd/config.toml"
containerd_sock="$root/containerd/containerd.sock"
containerd_ns=gontainer-test
containerd --config "$root/containerd/config.toml" >"$root/containerd/containerd.log" 2>&1 &
containerd_pid=$!
wait_for containerd 30 "$containerd_pid" "$root/containerd/containerd.log" \
  containerd_up "$containerd_sock"
containerd_archive="$root/image/containerd-image.tar"
"${docker_cli[@]}" save -o "$containerd_archive" "$image" >"$root/image/docker-save.log" 2>&1 ||
  { log_tail "docker save" "$root/image/docker-save.log"; fail "docker save of the test image failed"; }
containerd_image=$(containerd_import "$containerd_sock" "$containerd_archive" "$containerd_ns" default \
  2>"$root/image/containerd-import.log") ||
  { log_tail "ctr images import" "$root/image/containerd-import.log"; fail "ctr could not import the test image"; }

# ---- sshd: a remote "SSH node" on 127.0.0.1 ---------------------------------------------
# The app under test runs a plain `ssh -o BatchMode=yes` that honours the user's ~/.ssh, so the
# node must be reachable with root's own ~/.ssh: inside the private mount namespace a directory
# of the run (client key, known_hosts) is bind-mounted over it. Outside that namespace the
# host's ~/.ssh is left alone and tests get no ssh:// URL, only the keys and the port.
step "starting sshd on 127.0.0.1"
ssh_dir="$root/ssh"
ssh_home="$ssh_dir/home"
mkdir -p "$ssh_home"
chmod 700 "$ssh_dir" "$ssh_home"
ssh_port=$(free_port)
{
  ssh-keygen -q -t ed25519 -N "" -C "gontainer test host" -f "$ssh_dir/host_ed25519" &&
    ssh-keygen -q -t ed25519 -N "" -C "gontainer test client" -f "$ssh_home/id_ed25519" &&
    ssh-keygen -q -t ed25519 -N "" -C "gontainer test rogue" -f "$ssh_dir/rogue_ed25519"
} </dev/null >/dev/null 2>&1 || fail "ssh-keygen could not make the test keys"
# Only the client key may log in; the rogue key is for the tests that must be refused.
cp "$ssh_home/id_ed25519.pub" "$ssh_dir/authorized_keys"
# The host key is known under [127.0.0.1]:PORT only, so that `localhost` fails host key
# verification: tests rely on that.
printf '[127.0.0.1]:%s %s\n' "$ssh_port" "$(cut -d' ' -f1,2 "$ssh_dir/host_ed25519.pub")" \
  >"$ssh_home/known_hosts"
chmod 600 "$ssh_home"/* "$ssh_dir/authorized_keys" "$ssh_dir"/*_ed25519
# SetEnv: a session's `docker` (the CLI on sshd's default PATH) talks to the harness's dockerd
# and keeps its configuration in the run's directory, not in the host's ~/.docker.
# PermitTTY no: login records (wtmp, lastlog) are written only for terminal sessions, and they
# live outside the run's directory; dial-stdio and socket forwarding need no terminal.
# StrictModes no: the run's directory lives under /tmp. MaxStartups: tests open sessions in
# parallel and must not be throttled like a server under attack.
cat >"$ssh_dir/sshd_config" <<CONF
ListenAddress 127.0.0.1:$ssh_port
HostKey $ssh_dir/host_ed25519
AuthorizedKeysFile $ssh_dir/authorized_keys
PidFile $ssh_dir/sshd.pid
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
UsePAM no
StrictModes no
PermitTTY no
PrintMotd no
X11Forwarding no
MaxStartups 64
LogLevel VERBOSE
SetEnv DOCKER_HOST=unix://$docker_sock DOCKER_CONFIG=$DOCKER_CONFIG
CONF
# Its privilege-separation directory. In the private namespace /run is a fresh tmpfs; outside
# it, it is the directory the openssh-server package expects at /run/sshd anyway.
mkdir -p /run/sshd
/usr/sbin/sshd -D -e -f "$ssh_dir/sshd_config" >"$ssh_dir/sshd.log" 2>&1 &
sshd_pid=$!
sshd_up() { (exec 3<>"/dev/tcp/127.0.0.1/$ssh_port") 2>/dev/null; }
wait_for sshd 30 "$sshd_pid" "$ssh_dir/sshd.log" sshd_up
ssh_url=""
if [ "${GONTAINER_HARNESS_NS:-}" = 1 ]; then
  ssh_user_dir="$(getent passwd root | cut -d: -f6)/.ssh"
  # A missing ~/.ssh is made on the host as an empty mount point (like /var/lib/containers
  # above); the bind mount itself stays in this namespace and vanishes with it.
  [ -d "$ssh_user_dir" ] || mkdir -m 700 "$ssh_user_dir" ||
    fail "could not make $ssh_user_dir as a mount point"
  mount --bind "$ssh_home" "$ssh_user_dir" || fail "could not bind-mount $ssh_home over $ssh_user_dir"
  ssh_home_mounted=$ssh_user_dir
  # Keys of the user's agent are not the harness's: sessions use ~/.ssh and nothing else.
  unset SSH_AUTH_SOCK
  ssh_check=(ssh -o BatchMode=yes -p "$ssh_port" root@127.0.0.1)
  ssh_url="ssh://root@127.0.0.1:$ssh_port"
else
  ssh_check=(ssh -o BatchMode=yes -o IdentitiesOnly=yes -i "$ssh_home/id_ed25519"
    -o UserKnownHostsFile="$ssh_home/known_hosts" -p "$ssh_port" root@127.0.0.1)
fi
# The whole path once, as the app will use it: log in with the client key, find `docker` on the
# session's PATH and reach dockerd through DOCKER_HOST.
timeout 30 "${ssh_check[@]}" docker version </dev/null >"$ssh_dir/check.log" 2>&1 ||
  {
    log_tail "ssh check" "$ssh_dir/check.log"
    log_tail sshd "$ssh_dir/sshd.log"
    fail "ssh to 127.0.0.1:$ssh_port did not log in or its docker did not reach dockerd"
  }

# A runtime directory of the run's own, so that what the code under test keeps there (SSH
# control and forward sockets) goes with the run.
export XDG_RUNTIME_DIR="$root/xdg-runtime"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"

if [ -n "$newer_pid" ]; then
  for ((i = 0; i < 900; i++)); do
    [ -f "$root/newer/ready" ] || ! kill -0 "$newer_pid" 2>/dev/null || { sleep 0.2; continue; }
    break
  done
  if [ -f "$root/newer/ready" ]; then
    export GONTAINER_TEST_NEWER_DIR="$root/newer"
    export GONTAINER_TEST_DOCKER26_SOCK="$root/newer/docker26.sock"
    export GONTAINER_TEST_PODMAN5_SOCK="$root/newer/podman5.sock"
    export GONTAINER_TEST_CONTAINERD17_SOCK="$root/newer/containerd17/containerd.sock"
    note "newer engines: $(tr '\n' ' ' <"$root/newer/ready")"
    note "docker 26: unix://$GONTAINER_TEST_DOCKER26_SOCK"
    note "podman 5:  unix://$GONTAINER_TEST_PODMAN5_SOCK"
    note "containerd 1.7: $GONTAINER_TEST_CONTAINERD17_SOCK"
  else
    # The other tests can still run; the `@newer` ones fail and point here.
    log_tail "newer engines" "$root/newer.log"
    note "the newer engines did not start: the @newer tests will fail"
  fi
fi

export GONTAINER_TEST_DIR="$root"
export GONTAINER_TEST_DOCKER_SOCK="$docker_sock"
export GONTAINER_TEST_PODMAN_SOCK="$podman_sock"
export GONTAINER_TEST_PODMAN_ROOT="$root/podman/root"
export GONTAINER_TEST_PODMAN_RUNROOT="$root/podman/run"
export GONTAINER_TEST_REGISTRY="127.0.0.1:$port"
export GONTAINER_TEST_AUTH_REGISTRY="127.0.0.1:$auth_port"
export GONTAINER_TEST_AUTH_USER="$auth_user"
export GONTAINER_TEST_AUTH_PASSWORD="$auth_password"
export GONTAINER_TEST_DOCKER_TLS_HOST="tcp://127.0.0.1:$docker_tls_port"
export GONTAINER_TEST_TLS_CERT_PATH="$tls/client"
export GONTAINER_TEST_TLS_ROGUE_CERT_PATH="$tls/rogue"
export GONTAINER_TEST_IMAGE="$image"
export GONTAINER_TEST_PODMAN_IMAGE="localhost/$image"
export GONTAINER_TEST_SSH_PORT="$ssh_port"
export GONTAINER_TEST_CONTAINERD_SOCK="$containerd_sock"
export GONTAINER_TEST_CONTAINERD_NS="$containerd_ns"
export GONTAINER_TEST_CONTAINERD_IMAGE="$containerd_image"
# The `docker save` archive it was imported from (for engines tests start themselves).
export GONTAINER_TEST_CONTAINERD_ARCHIVE="$containerd_archive"
export GONTAINER_TEST_SSH_KEY="$ssh_home/id_ed25519"
export GONTAINER_TEST_SSH_ROGUE_KEY="$ssh_dir/rogue_ed25519"
export GONTAINER_TEST_SSH_KNOWN_HOSTS="$ssh_home/known_hosts"
if [ -n "$ssh_url" ]; then
  export GONTAINER_TEST_SSH_URL="$ssh_url"
fi
note "dockerd:  unix://$docker_sock"
note "podman:   unix://$podman_sock"
note "containerd: $containerd_sock (namespace $containerd_ns, image $containerd_image)"
note "registry: 127.0.0.1:$port"
note "registry with a login: 127.0.0.1:$auth_port (user $auth_user)"
note "dockerd over TLS: tcp://127.0.0.1:$docker_tls_port (client certificates in $tls/client)"
if [ -n "$ssh_url" ]; then
  note "ssh node: $ssh_url (root's ~/.ssh holds its client key and known_hosts)"
else
  note "ssh node: 127.0.0.1:$ssh_port, but no private mount namespace to give root a ~/.ssh:"
  note "          GONTAINER_TEST_SSH_URL is not set; use GONTAINER_TEST_SSH_KEY and _KNOWN_HOSTS"
fi

step "running: $*"
# In the background, so that a signal to the harness is handled at once (bash runs traps only
# between foreground commands), and teardown can end the command first.
set +e
"$@" &
command_pid=$!
wait "$command_pid"
rc=$?
command_pid=""
set -e
exit "$rc"
