# Shared helpers for the CLI tests. Each test script runs as
#   bash SCRIPT APPARAT_BINARY SOURCE_DIR
# in a fresh temporary directory that is removed on exit.
set -uo pipefail
APPARAT="$1"
SRC="$2"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
FAILED=0
PASSED=0

pass() { PASSED=$((PASSED + 1)); }
fail() { echo "FAIL: $*"; FAILED=$((FAILED + 1)); }

# expect_exit CODE DESCRIPTION -- COMMAND...: runs the command, keeps its
# stdout/stderr in $WORK/out and $WORK/err, and checks the exit code.
expect_exit() {
  local want="$1" what="$2"
  shift 3
  "$@" >"$WORK/out" 2>"$WORK/err"
  local got=$?
  if [ "$got" -eq "$want" ]; then pass; else fail "$what: exit $got, want $want; stderr: $(head -c 300 "$WORK/err")"; fi
}

expect_err() {  # expect_err TEXT DESCRIPTION
  if grep -qF -- "$1" "$WORK/err"; then pass; else fail "$2: stderr lacks '$1': $(head -c 300 "$WORK/err")"; fi
}

finish() {
  echo "$(basename "$0" .sh): $PASSED passed, $FAILED failed"
  [ "$FAILED" -eq 0 ]
}
