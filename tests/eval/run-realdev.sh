#!/usr/bin/env bash
# Scores the real passages of ../shared/eval/real-dev (texts apparat was
# never written for) with ../shared/eval/score-real.sh; fails below the
# bars given in the environment (tests/eval/bars.py), so later work cannot
# lose what the token grammar won. Skipped (exit 77) when the set is absent.
set -euo pipefail
bin="$1"; src="$2"
eval_dir="$src/../shared/eval"
if [ ! -x "$eval_dir/score-real.sh" ] && [ ! -f "$eval_dir/score-real.sh" ] || [ ! -d "$eval_dir/real-dev" ]; then
  echo "realdev: skipped: no $eval_dir/real-dev"
  exit 77
fi
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
cd "$src"
bash "$eval_dir/score-real.sh" "$bin" | tail -n 1
bash "$eval_dir/score-real.sh" "$bin" "" --json >"$out/score.json"
python3 "$src/tests/eval/bars.py" "$out/score.json" realdev
