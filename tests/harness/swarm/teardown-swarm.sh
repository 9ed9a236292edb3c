#!/bin/bash
# teardown-swarm.sh DIR
# Removes everything make-swarm.sh DIR created: node processes (by recorded PIDs, checked against
# DIR), their private mounts (die with the node's mount namespace), cgroups under the nodes'
# --cgroup-parent, network namespaces (veths/bridge go with them) and DIR's contents.
# Then verifies nothing is left; exit 1 (with a list) if something is.
# GSW_TEARDOWN=hard (default: SIGKILL each node's PID namespace, < 1 s)
#             =graceful (swarm leave --force, SIGTERM dockerd, which stops its containers)
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
[ $# -eq 1 ] || { echo "usage: $0 DIR" >&2; exit 2; }
[ -d "$1" ] || { echo "nothing to do: $1 does not exist"; exit 0; }
DIR=$(cd "$1" && pwd)
# shellcheck source=swarm-lib.sh
. "$HERE/swarm-lib.sh"
# netns and cgroup names are global: only touch them when DIR's state.env says DIR made them
OWNS_NET=0
# shellcheck disable=SC1091
[ -f "$DIR/state.env" ] && . "$DIR/state.env" && OWNS_NET=1
MODE=${GSW_TEARDOWN:-hard}
[ "$(id -u)" = 0 ] || die "must run as root"
T0=$(date +%s.%N)

NODES=$(gsw_nodes)
# nodes that exist on disk but not in the configured count (e.g. GSW_WORKERS changed)
[ -d "$DIR/nodes" ] && NODES=$( { echo "$NODES"; ls "$DIR/nodes"; } | sort -u)

if [ "$MODE" = graceful ]; then
    for n in $NODES; do
        [ -S "$(node_sock "$n")" ] && timeout 10 "$DOCKER" -H "unix://$(node_sock "$n")" swarm leave --force >/dev/null 2>&1
    done
fi
for n in $NODES; do stop_node "$n" "$MODE" & done
wait

# anything of ours still alive (e.g. pids file lost)? kill by PID, only processes whose command
# line names DIR/nodes/
left=$(leftover_pids)
if [ -n "$left" ]; then
    echo "killing leftover processes: $left" >&2
    # shellcheck disable=SC2086
    kill -KILL $left 2>/dev/null; sleep 0.5
fi

# dockerd runs in a private mount namespace, so nothing should be mounted under DIR in ours;
# unmount defensively anyway (deepest first)
grep -F " $DIR/" /proc/mounts | awk '{print $2}' | sort -r | while read -r m; do umount -l "$m"; done

if [ $OWNS_NET = 1 ]; then
    # container processes of a SIGKILLed node may take a moment to exit: retry up to 5 s
    for i in $(seq 1 50); do
        left=0
        for n in $NODES; do
            for c in /sys/fs/cgroup/*/"$GSW_PREFIX-$n"; do
                [ -d "$c" ] || continue
                find "$c" -depth -type d -exec rmdir {} + 2>/dev/null
                [ -d "$c" ] && left=1
            done
        done
        [ $left = 0 ] && break
        sleep 0.1
    done
    for n in $NODES sw; do
        [ -e "/run/netns/$GSW_PREFIX-$n" ] && ip netns del "$GSW_PREFIX-$n"
    done
fi

if [ "${GSW_KEEP_LOGS:-0}" = 1 ] && [ -d "$DIR/nodes" ]; then     # keep dockerd logs for debugging
    mkdir -p "$DIR/logs"
    for n in "$DIR"/nodes/*; do [ -f "$n/dockerd.log" ] && cp "$n/dockerd.log" "$DIR/logs/$(basename "$n").log"; done
fi
rm -rf "$DIR/nodes" "$DIR/images" "$DIR/state.env" "$DIR/swarm.env" "$DIR/compose.yml"
rmdir "$DIR" 2>/dev/null

# ---- verification ----
bad=0
left=$(leftover_pids);            [ -n "$left" ] && { echo "LEFT: processes $left" >&2; bad=1; }
grep -qF " $DIR/" /proc/mounts && { echo "LEFT: mounts under $DIR" >&2; bad=1; }
for n in $NODES sw; do
    [ $OWNS_NET = 1 ] || break
    [ -e "/run/netns/$GSW_PREFIX-$n" ] && { echo "LEFT: netns $GSW_PREFIX-$n" >&2; bad=1; }
    for c in /sys/fs/cgroup/*/"$GSW_PREFIX-$n"; do
        [ -d "$c" ] && { echo "LEFT: cgroup $c" >&2; bad=1; }
    done
done
# the veths only ever existed inside our namespaces; make sure none leaked into the host netns
ip -o link show | grep -qE ' (v-(m|w[0-9]+))[@:]' && { echo "LEFT: veth in host netns" >&2; bad=1; }
[ $bad = 0 ] || { echo "ERROR: teardown incomplete" >&2; exit 1; }
echo "teardown of $DIR complete in $(awk -v a="$T0" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b-a}') s ($MODE)"
