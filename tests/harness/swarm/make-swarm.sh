#!/bin/bash
# make-swarm.sh DIR
# Builds a real multi-node Docker Swarm (1 manager + $GSW_WORKERS workers, default 2) on this
# machine: one dockerd per network namespace, veths on a bridge in a netns of its own, test
# images gsw-test:1 / gsw-test:2 (busybox-static, loaded identically on every node).
# Prints shell-style lines MANAGER=unix://... WORKER1=unix://... (also written to DIR/swarm.env).
# Idempotent-ish: if DIR already holds a healthy swarm it just prints it; a broken or partial one is
# torn down and rebuilt. On failure: clear message, everything torn down, exit 1.
# Env: GSW_PREFIX (gsw) GSW_SUBNET (192.168.251) GSW_WORKERS (2) GSW_STORAGE (overlay2)
#      GSW_HEARTBEAT (1s) DOCKER (/usr/bin/docker)
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
[ $# -eq 1 ] || { echo "usage: $0 DIR" >&2; exit 2; }
mkdir -p "$1" || exit 1
DIR=$(cd "$1" && pwd)
# shellcheck source=swarm-lib.sh
. "$HERE/swarm-lib.sh"
GSW_HEARTBEAT=${GSW_HEARTBEAT:-1s}

[ "$(id -u)" = 0 ] || die "must run as root (netns, mounts)"
for c in dockerd "$DOCKER" ip nsenter unshare setsid /usr/bin/docker-init tar; do
    command -v "$c" >/dev/null || die "missing command: $c (apt-get install -y docker.io busybox-static iproute2)"
done
BUSYBOX=$(command -v busybox) || die "busybox missing (apt-get install -y busybox-static)"
# The image's only program must run without any library of this machine.
"$BUSYBOX" --list >/dev/null 2>&1 || die "$BUSYBOX does not run (install busybox-static)"
ldd "$BUSYBOX" >/dev/null 2>&1 && die "$BUSYBOX is not static (install busybox-static)"
# unix socket paths are limited to 107 bytes; containerd's lives deepest
[ ${#DIR} -le 50 ] || die "DIR path too long (${#DIR} > 50 chars); unix sockets under it would exceed 107 bytes"

print_env() {
    local n i=0
    { echo "MANAGER=unix://$(node_sock m)"
      for n in $(gsw_nodes); do [ "$n" = m ] && continue; i=$((i + 1)); echo "WORKER$i=unix://$(node_sock "$n")"; done
    } > "$DIR/swarm.env"
    cat "$DIR/swarm.env"
}

healthy() {
    local n want ready
    [ -f "$DIR/state.env" ] || return 1
    for n in $(gsw_nodes); do
        [ -f "$(node_dir "$n")/pids" ] || return 1
        dk "$n" info -f '{{.Swarm.LocalNodeState}}' 2>/dev/null | grep -qx active || return 1
    done
    want=$(gsw_nodes | wc -l)
    ready=$(dk m node ls --format '{{.Status}}' 2>/dev/null | grep -c '^Ready$')
    [ "$ready" = "$want" ]
}

if healthy; then
    log "swarm in $DIR already healthy"
    print_env; exit 0
fi

T0=$(date +%s.%N)
fail() {
    echo "ERROR: make-swarm: $*" >&2
    echo "       tearing down partial swarm in $DIR" >&2
    "$HERE/teardown-swarm.sh" "$DIR" >&2 || true
    exit 1
}

# clean any partial state of a previous run (also our netns names if left over)
if [ -f "$DIR/state.env" ] || [ -d "$DIR/nodes" ]; then
    log "cleaning previous/partial state"
    "$HERE/teardown-swarm.sh" "$DIR" >&2 || die "teardown of previous state failed"
fi
for n in sw $(gsw_nodes); do
    [ -e "/run/netns/$GSW_PREFIX-$n" ] && die "netns $GSW_PREFIX-$n already exists (another swarm? its own teardown-swarm.sh removes it); use another GSW_PREFIX"
done

printf 'GSW_PREFIX=%s\nGSW_SUBNET=%s\nGSW_WORKERS=%s\n' "$GSW_PREFIX" "$GSW_SUBNET" "$GSW_WORKERS" > "$DIR/state.env"

log "network namespaces"
net_setup || fail "could not create network namespaces / veths / bridge"

log "starting dockerds"
pids=()
for n in $(gsw_nodes); do start_node "$n" & pids+=($!); done
for p in "${pids[@]}"; do wait "$p" || fail "a dockerd failed to start (see message above)"; done

# test images: busybox-static rootfs; imported once, then docker save/load so the image IDs are
# identical on every node (a service may then also name the image by ID: no pull attempt at all)
IMG="$DIR/images/gsw-test.tar"
if [ ! -s "$IMG" ]; then
    log "building test images"
    R="$DIR/images/rootfs"; rm -rf "$R"; mkdir -p "$R"/{bin,etc,tmp,proc,sys,dev,root}
    cp "$BUSYBOX" "$R/bin/busybox"
    for a in $("$R/bin/busybox" --list); do [ "$a" = busybox ] || ln -s busybox "$R/bin/$a"; done
    printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n' > "$R/etc/passwd"
    printf 'root:x:0:\nnobody:x:65534:\n' > "$R/etc/group"
    for v in 1 2; do
        echo "$v" > "$R/VERSION"
        tar -C "$R" -cf - . | dk m import --change 'CMD ["/bin/sh"]' --change "LABEL gsw.version=$v" - "gsw-test:$v" >/dev/null \
            || fail "docker import failed"
    done
    dk m save -o "$IMG.tmp" gsw-test:1 gsw-test:2 && mv "$IMG.tmp" "$IMG" || fail "docker save failed"
    rm -rf "$R"
fi
log "loading test images"
pids=()
for n in $(gsw_nodes); do dk "$n" load -q -i "$IMG" >/dev/null & pids+=($!); done
for p in "${pids[@]}"; do wait "$p" || fail "docker load failed on a node"; done

log "swarm init"
MIP=$(node_ip m)
dk m swarm init --advertise-addr "$MIP" --listen-addr "$MIP:2377" --dispatcher-heartbeat "$GSW_HEARTBEAT" >/dev/null \
    || fail "docker swarm init failed"
TOKEN=$(dk m swarm join-token -q worker) || fail "could not read join token"
pids=()
for n in $(gsw_nodes); do
    [ "$n" = m ] && continue
    dk "$n" swarm join --advertise-addr "$(node_ip "$n")" --listen-addr "$(node_ip "$n"):2377" --token "$TOKEN" "$MIP:2377" >/dev/null & pids+=($!)
done
for p in "${pids[@]}"; do wait "$p" || fail "docker swarm join failed on a worker"; done

want=$(gsw_nodes | wc -l)
for i in $(seq 1 150); do
    ready=$(dk m node ls --format '{{.Status}}' 2>/dev/null | grep -c '^Ready$')
    [ "$ready" = "$want" ] && break
    sleep 0.2
done
[ "$ready" = "$want" ] || fail "only $ready of $want nodes Ready after 30 s"
log "swarm of $want nodes ready in $(awk -v a="$T0" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b-a}') s"
print_env
