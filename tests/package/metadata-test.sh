#!/usr/bin/env bash
# What the package installs beside the programs, checked without installing it:
#   tests/package/metadata-test.sh SOURCE_DIR BIN_DIR VERSION
# the desktop file (desktop-file-validate) and AppStream metadata (appstreamcli validate) under
# one id, the man pages (groff's warnings, every verb of gontainer-cli and every option of
# gontainer described) and the bash completion of gontainer-cli (run against the built one).
set -uo pipefail
[ $# -eq 3 ] || { echo "usage: $0 SOURCE_DIR BIN_DIR VERSION" >&2; exit 2; }
src=$1 bin=$2 version=$3
res="$src/resources"
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=tests/package/check.sh
. "$here/check.sh"
quiet() { # COMMAND...: passes when the command succeeds and prints nothing
  local out
  out=$("$@" 2>&1) && [ -z "$out" ] && return 0
  printf '  %s\n' "$out"
  return 1
}

metainfo=$(find "$res" -maxdepth 1 -name '*.metainfo.xml' | head -n 1)
id=$(sed -n 's:.*<id>\(.*\)</id>.*:\1:p' "$metainfo" | head -n 1)
desktop="$res/$id.desktop"

check "the desktop file validates" quiet desktop-file-validate "$desktop"
check "the AppStream metadata validates" appstreamcli validate --no-net --explain "$metainfo"
same_id() {
  grep -qx "Icon=$id" "$desktop" || { echo "  $desktop has no Icon=$id"; return 1; }
  grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" ||
    { echo "  $metainfo launches no $id.desktop"; return 1; }
}
check "the desktop file, icon and metadata share the id $id" same_id
newest_release() {
  local first
  first=$(grep -o '<release version="[^"]*"' "$metainfo" | head -n 1 | cut -d'"' -f2)
  [ "$first" = "$version" ] || { echo "  newest release $first, the project is $version"; return 1; }
}
check "the metadata's newest release is the project's version $version" newest_release

for page in "$res"/man/*.1; do
  check "$(basename "$page") has no groff warnings" quiet groff -man -ww -z "$page"
  check "$(basename "$page") is for version $version" grep -q "\"Gontainer $version\"" "$page"
done

verbs_described() {
  local verb sub missing=0 page="$res/man/gontainer-cli.1"
  while read -r verb; do
    grep -q "^\.B\(I\)\? \"$(sed 's/-/\\\\-/g' <<<"$verb") " "$page" ||
      { echo "  gontainer-cli.1 does not describe $verb"; missing=1; }
    while read -r sub; do
      grep -q "^\.B \"$(sed 's/-/\\\\-/g' <<<"$verb $sub")\( \|\"\)" "$page" ||
        { echo "  gontainer-cli.1 does not describe $verb $sub"; missing=1; }
    done < <("$bin/gontainer-cli" "$verb" --help 2>/dev/null | sed -n '/^Verbs:/,/^$/{/^Verbs:/d;/^$/d;s/^ *\([^ ]*\).*/\1/p}')
  done < <("$bin/gontainer-cli" --help | sed -n '/^Verbs:/,/^$/{/^Verbs:/d;/^$/d;s/^ *\([^ ]*\).*/\1/p}')
  return $missing
}
check "gontainer-cli.1 describes every verb gontainer-cli --help lists" verbs_described
options_described() {
  local option missing=0
  while read -r option; do
    grep -q -- "$(sed 's/-/\\\\-/g' <<<"$option")" "$res/man/gontainer.1" ||
      { echo "  gontainer.1 does not describe $option"; missing=1; }
  done < <(QT_QPA_PLATFORM=offscreen "$bin/gontainer" --help | grep -o -- '--[a-z][a-z-]*' | sort -u)
  return $missing
}
check "gontainer.1 describes every option gontainer --help lists" options_described

# The completion, sourced as bash-completion does, against the built gontainer-cli.
completion="$res/completion/gontainer-cli.bash"
check "the completion script parses" bash -n "$completion"
completes() { # EXPECTED WORD...: the completions of the command line WORD... contain EXPECTED
  local expected=$1
  shift
  local got
  got=$(PATH="$bin:$PATH" bash -c '. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1));
    _gontainer_cli; printf "%s\n" "${COMPREPLY[@]}"' _ "$completion" "$@")
  grep -qx -- "$expected" <<<"$got" && return 0
  echo "  '$*' completed to: $(tr '\n' ' ' <<<"$got"), not $expected"
  return 1
}
check "completion: verbs" completes stop gontainer-cli st
check "completion: verbs after the global options" completes stack gontainer-cli -H unix:///x sta
check "completion: a family's verbs" completes scale gontainer-cli service sc
check "completion: a verb's options" completes --time gontainer-cli stop --ti
check "completion: a family verb's options" completes --image gontainer-cli service update --im
check "completion: engine addresses" completes containerd+ssh:// gontainer-cli -H containerd+s
check "completion: a build folder" completes "$res/man" gontainer-cli build "$res/ma"

if [ "$failures" -ne 0 ]; then
  echo "error: $failures of the package metadata checks failed" >&2
  exit 1
fi
echo "Totals: every package metadata check passed"
