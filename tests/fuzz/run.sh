#!/usr/bin/env bash
# Builds the fuzz targets with clang and runs each for a bounded time from the seed corpus in
# the tree (new finds go to a scratch corpus in the build directory, never into the tree).
#   tests/fuzz/run.sh BUILD_DIR [SECONDS] [TARGET]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build=${1:?usage: run.sh BUILD_DIR [SECONDS] [TARGET]}
seconds=${2:-15}
only=${3:-}
command -v clang++ >/dev/null || { echo "clang++ is not installed: run installer/setup.sh" >&2; exit 1; }

cmake -S "$here" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build "$build" ${only:+--target "$only"}

for target in fuzz_httpresponseparser fuzz_chunkeddecoder fuzz_jsonstreamsplitter fuzz_logframedemuxer \
  fuzz_enginejson fuzz_enginestreams fuzz_loglinesplitter fuzz_endpoint fuzz_ansitext \
  fuzz_terminalscreen fuzz_commandline; do
  [ -z "$only" ] || [ "$only" = "$target" ] || continue
  seeds="$here/corpus/${target#fuzz_}"
  scratch="$build/corpus/${target#fuzz_}"
  mkdir -p "$scratch"
  echo "==> $target for ${seconds}s"
  log="$build/$target.log"
  set +e
  "$build/$target" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
    -artifact_prefix="$build/$target-" -print_final_stats=1 "$scratch" "$seeds" >"$log" 2>&1
  rc=$?
  set -e
  grep -E '^(#[0-9]+ +DONE|INFO: seed corpus|stat::number_of_executed_units)' "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -n 60 "$log" >&2
    echo "$target found a failure (exit $rc): the input is saved as $build/$target-*" >&2
    exit 1
  fi
done
