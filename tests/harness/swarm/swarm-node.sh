#!/bin/bash
# swarm-node.sh DIR NODE ACTION   (NODE: m, w1, w2, ...)
#   crash     SIGKILL the node's PID namespace (dockerd, containerd, shims, containers all die)
#   stop      graceful: SIGTERM dockerd (stops its containers), SIGKILL after 20 s
#   start     start the node's dockerd again on the same data-root (it rejoins the swarm by itself)
#   partition take the node's veth down on the bridge (processes keep running; manager sees Down)
#   heal      bring it back up
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
[ $# -eq 3 ] || { echo "usage: $0 DIR NODE crash|stop|start|partition|heal" >&2; exit 2; }
DIR=$(cd "$1" && pwd) || exit 1
# shellcheck source=swarm-lib.sh
. "$HERE/swarm-lib.sh"
# shellcheck disable=SC1091
. "$DIR/state.env" || die "$DIR/state.env missing: not a swarm made by make-swarm.sh"
[ -d "$DIR/nodes/$2" ] || die "no node $2 in $DIR"
case $3 in
    crash)     stop_node "$2" hard ;;
    stop)      stop_node "$2" graceful ;;
    start)     start_node "$2" && echo "unix://$(node_sock "$2")" ;;
    partition) ip -n "$GSW_PREFIX-sw" link set "v-$2" down ;;
    heal)      ip -n "$GSW_PREFIX-sw" link set "v-$2" up ;;
    *)         die "unknown action $3" ;;
esac
