#!/usr/bin/env bash
# Prints the fault suite's figures (faults-report.tsv, written by the tests/faults tests in a
# test run) as the Markdown table docs/reliability.md keeps:
#   tests/faults/report.sh build/ci/faults-report.tsv
set -euo pipefail
report=${1:?usage: report.sh FAULTS-REPORT.TSV}
[ -s "$report" ] || { echo "no figures in $report: run the fault suite first (ctest -L faults)" >&2; exit 1; }
printf '| Scenario | What the user sees | Bound | Measured |\n|---|---|---|---|\n'
awk -F'\t' '$1 == "FAULT" { printf "| %s | %s | %s | %s |\n", $2, $3, $4, $5 }' "$report"
