# The package tests' checks (sourced, not run): `check DESCRIPTION COMMAND...` runs the command
# and prints PASS or FAIL! with the description, as Qt Test does; $failures counts the failures.
failures=0
check() {
  local what=$1
  shift
  if "$@"; then
    printf 'PASS   : %s\n' "$what"
  else
    printf 'FAIL!  : %s\n' "$what"
    failures=$((failures + 1))
  fi
}
