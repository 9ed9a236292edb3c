# shellcheck shell=bash
# Shared helpers for make-swarm.sh / teardown-swarm.sh / swarm-node.sh.
# A "node" = one dockerd in its own network + UTS + mount + PID namespace.
#   net ns  : ip netns $GSW_PREFIX-<node>, eth0 = veth to bridge br0 in netns $GSW_PREFIX-sw
#   pid ns  : docker-init (tini) is PID 1, dockerd its child. SIGKILL of the init kills
#             the whole node (containerd, shims, containers) - nothing can leak.
#   mount ns: private; tmpfs over /run and /var/lib (libnetwork writes
#             /var/lib/docker/network/files/lb_* and containerd /run/containerd/s/*
#             at hard-coded paths). Node mounts vanish when the node's processes die.

GSW_PREFIX=${GSW_PREFIX:-gsw}            # netns / hostname / cgroup prefix
GSW_SUBNET=${GSW_SUBNET:-192.168.251}    # /24 for the node veths (only inside our netns)
GSW_WORKERS=${GSW_WORKERS:-2}            # number of workers
GSW_STORAGE=${GSW_STORAGE:-overlay2}     # vfs if DIR is on overlayfs
DOCKER=${DOCKER:-/usr/bin/docker}        # docker.io 20.10 CLI (/usr/local/bin/docker is 28.x)

die() { echo "ERROR: $*" >&2; exit 1; }
log() { printf '[%s] %s\n' "$(date +%T.%3N)" "$*" >&2; }

gsw_nodes() { local i; echo m; for i in $(seq 1 "$GSW_WORKERS"); do echo "w$i"; done; }
node_ip()   { case $1 in m) echo "$GSW_SUBNET.10";; w*) echo "$GSW_SUBNET.$((10 + ${1#w}))";; esac; }
node_dir()  { echo "$DIR/nodes/$1"; }
node_sock() { echo "$DIR/nodes/$1/docker.sock"; }
dk()        { local n=$1; shift; "$DOCKER" -H "unix://$(node_sock "$n")" "$@"; }

# pid is alive and its cmdline mentions our DIR (guards against PID reuse)
pid_is_ours() {
    local p=$1
    local c
    [ -n "$p" ] && [ -r "/proc/$p/cmdline" ] || return 1
    c=$(tr '\0' ' ' < "/proc/$p/cmdline" 2>/dev/null) || return 1
    [[ $c == *"$DIR/nodes/"* ]]
}

children_of() { local c=""; [ -n "$1" ] && read -r c _ 2>/dev/null < "/proc/$1/task/$1/children"; echo "$c"; }

net_setup() {
    local sw="$GSW_PREFIX-sw" n ns
    ip netns add "$sw" || return 1
    ip -n "$sw" link set lo up
    ip -n "$sw" link add br0 type bridge || return 1
    ip -n "$sw" link set br0 up
    for n in $(gsw_nodes); do
        ns="$GSW_PREFIX-$n"
        ip netns add "$ns" || return 1
        # created directly across namespaces: nothing ever appears in the host netns
        ip -n "$sw" link add "v-$n" type veth peer name eth0 netns "$ns" || return 1
        ip -n "$sw" link set "v-$n" master br0 up
        ip -n "$ns" link set lo up
        ip -n "$ns" addr add "$(node_ip "$n")/24" dev eth0
        ip -n "$ns" link set eth0 up
    done
}

# start_node NODE : launches dockerd, records pids, waits for the API
start_node() {
    local n=$1 d ns; d=$(node_dir "$n"); ns="$GSW_PREFIX-$n"
    mkdir -p "$d"
    [ -e "/run/netns/$ns" ] || { echo "netns $ns missing" >&2; return 1; }
    # After a crash (SIGKILL) the pidfiles of dockerd and of its containerd stay behind, holding PIDs
    # of the dead PID namespace. In the new namespace such a PID may be one of dockerd's own threads:
    # dockerd then logs "libcontainerd: containerd is still running pid=10" and fails with
    # "failed to start containerd: timeout waiting for containerd to start". Remove them.
    rm -f "$d/docker.sock" "$d/pids" "$d/exec/docker.pid" "$d/exec/containerd/containerd.pid"
    cat > "$d/daemon.json" <<EOF
{ "deprecated-key-path": "$d/key.json" }
EOF
    # shellcheck disable=SC2016
    setsid nsenter --net="/run/netns/$ns" -- \
        unshare --uts --mount --propagation private --pid --fork --mount-proc --kill-child -- \
        /usr/bin/docker-init -- sh -c '
            echo "$1" > /proc/sys/kernel/hostname &&
            mount -t tmpfs -o mode=755,size=64m gsw-run /run &&
            mount -t tmpfs -o mode=755,size=64m gsw-varlib /var/lib || exit 97
            shift; exec dockerd "$@"' sh "$GSW_PREFIX-$n" \
        --config-file "$d/daemon.json" \
        --data-root "$d/root" --exec-root "$d/exec" --pidfile "$d/exec/docker.pid" \
        -H "unix://$d/docker.sock" \
        --containerd-namespace "$GSW_PREFIX-$n" --containerd-plugins-namespace "$GSW_PREFIX-$n-p" \
        --cgroup-parent "/$GSW_PREFIX-$n" --storage-driver "$GSW_STORAGE" \
        --label "gsw.node=$n" \
        >>"$d/dockerd.log" 2>&1 </dev/null &
    local upid=$! ipid="" dpid="" i
    for i in $(seq 1 50); do
        ipid=$(children_of "$upid"); [ -n "$ipid" ] && dpid=$(children_of "$ipid")
        [ -n "$dpid" ] && break
        kill -0 "$upid" 2>/dev/null || break
        sleep 0.1
    done
    printf 'LAUNCHER_PID=%s\nINIT_PID=%s\n' "$upid" "$ipid" > "$d/pids"
    for i in $(seq 1 300); do      # up to 30 s
        if [ -S "$d/docker.sock" ] && dk "$n" version -f '{{.Server.APIVersion}}' >/dev/null 2>&1; then
            echo "DOCKERD_PID=$(children_of "$ipid")" >> "$d/pids"
            return 0
        fi
        kill -0 "$upid" 2>/dev/null || break
        sleep 0.1
    done
    echo "dockerd of node $n did not come up; last log lines ($d/dockerd.log):" >&2
    grep -E 'level=(error|fatal)|failed to start' "$d/dockerd.log" | tail -n 4 >&2
    return 1
}

# stop_node NODE [hard|graceful]
#   hard: SIGKILL the node's PID-namespace init -> kernel kills every process of the node.
#   graceful: SIGTERM (tini forwards to dockerd, which stops its containers), SIGKILL after 20 s.
stop_node() {
    local n=$1 mode=${2:-hard} d INIT_PID="" LAUNCHER_PID="" DOCKERD_PID="" i
    d=$(node_dir "$n")
    [ -f "$d/pids" ] || return 0
    # shellcheck disable=SC1091
    . "$d/pids"
    if pid_is_ours "$INIT_PID"; then
        if [ "$mode" = graceful ]; then
            kill -TERM "$INIT_PID" 2>/dev/null
            for i in $(seq 1 200); do pid_is_ours "$INIT_PID" || break; sleep 0.1; done
        fi
        pid_is_ours "$INIT_PID" && kill -KILL "$INIT_PID" 2>/dev/null
    fi
    pid_is_ours "$LAUNCHER_PID" && kill -KILL "$LAUNCHER_PID" 2>/dev/null
    for i in $(seq 1 100); do
        pid_is_ours "$INIT_PID" || pid_is_ours "$LAUNCHER_PID" || pid_is_ours "$DOCKERD_PID" || break
        sleep 0.1
    done
    if pid_is_ours "$INIT_PID" || pid_is_ours "$LAUNCHER_PID" || pid_is_ours "$DOCKERD_PID"; then
        echo "node $n: processes still alive after SIGKILL" >&2; return 1
    fi
    rm -f "$d/pids" "$d/docker.sock"
}

# our processes still alive? (cmdline mentions DIR/nodes/)
leftover_pids() {
    local p
    for p in /proc/[0-9]*; do
        p=${p#/proc/}
        [ "$p" = $$ ] && continue
        pid_is_ours "$p" && echo "$p"
    done
    return 0
}
