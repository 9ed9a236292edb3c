#!/usr/bin/env bash
# Runs one engine test against the newer engines of the matrix (Docker 26, Podman 5.4 and
# containerd 1.7 from the Debian 13 chroot; tests/harness/newer-engines.sh), for CTest's
# `NAME@newer` tests:
#
#   on-newer-engines.sh TEST-COMMAND [ARGS...]
#
# The harness's Docker, Podman and containerd variables are pointed at the newer engines, and
# `docker`, `podman`, `ctr` and `containerd` on PATH are the chroot's own programs, so that what a test does through an engine's
# command line (and the Podman services it starts over the harness's storage) uses the same
# version. The registries, the TLS listener and the SSH node stay the harness's: GONTAINER_TEST_MATRIX
# tells TestEngines to leave out the rows that would reach its older dockerd a second time.
set -euo pipefail

dir=${GONTAINER_TEST_NEWER_DIR:-}
if [ -z "$dir" ] || [ ! -f "$dir/ready" ]; then
  echo "FAIL: no newer engines in this run: tests/harness/with-engines.sh starts them from the" \
    "Debian 13 chroot that installer/setup.sh makes (see the harness's output for why not)" >&2
  exit 1
fi
[ $# -gt 0 ] || {
  echo "usage: $0 TEST-COMMAND [ARGS...]" >&2
  exit 2
}

export GONTAINER_TEST_MATRIX=newer
export GONTAINER_TEST_DOCKER_SOCK="$GONTAINER_TEST_DOCKER26_SOCK"
export GONTAINER_TEST_PODMAN_SOCK="$GONTAINER_TEST_PODMAN5_SOCK"
export GONTAINER_TEST_PODMAN_ROOT="$dir/podman5/root"
export GONTAINER_TEST_PODMAN_RUNROOT="$dir/podman5/run"
export CONTAINERS_CONF="$dir/podman5/containers.conf"
export CONTAINERS_STORAGE_CONF="$dir/podman5/storage.conf"
export CONTAINERS_REGISTRIES_CONF="$dir/podman5/registries.conf"
export PODMAN_IGNORE_CGROUPSV1_WARNING=1
# containerd 1.7: the same namespace and image name as the harness's 1.6. Its `ctr` must be the
# chroot's: a task's FIFOs are made by ctr and opened by the engine's shim, in /run of each.
export GONTAINER_TEST_CONTAINERD_SOCK="$dir/containerd17/containerd.sock"
GONTAINER_TEST_CONTAINERD_IMAGE=$(cat "$dir/containerd17/image")
export GONTAINER_TEST_CONTAINERD_IMAGE
export GONTAINER_TEST_CONTAINERD_ARCHIVE="$dir/image/containerd-image.tar"
export PATH="$dir/bin-docker26:$dir/bin-podman5:$dir/bin-containerd17:$PATH"
exec "$@"
