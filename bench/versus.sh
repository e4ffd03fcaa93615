#!/usr/bin/env bash
# Two apparat binaries side by side on one corpus, interleaved in the same
# rounds (the machine is shared and noisy: only a ratio from one run holds):
#   bench/versus.sh BEFORE AFTER [CORPUS_DIR] [ROUNDS] [JOBS]
# BEFORE and AFTER are binaries (build an older commit with
#   git worktree add /tmp/before COMMIT && cmake -S /tmp/before -B /tmp/before/build \
#     -DCMAKE_BUILD_TYPE=Release && cmake --build /tmp/before/build --target apparat
# ). Each runs from an empty directory, so it reads the rules it was built
# with (its source tree's rules/), and prints its edge count. CORPUS_DIR defaults to the 100 MB benchmark corpus
# (bench/run.sh builds it in /tmp/apparat-bench). Prints each round's wall
# seconds and peak RSS, then the medians and AFTER/BEFORE.
set -euo pipefail
before=${1:?usage: bench/versus.sh BEFORE AFTER [CORPUS_DIR] [ROUNDS] [JOBS]}
after=${2:?usage: bench/versus.sh BEFORE AFTER [CORPUS_DIR] [ROUNDS] [JOBS]}
corpus=${3:-/tmp/apparat-bench/corpus/100mb}
rounds=${4:-3}
jobs=${5:-1}
[ -d "$corpus" ] || { echo "versus.sh: no corpus at $corpus (run bench/run.sh --sizes 100 first)" >&2; exit 2; }
command -v /usr/bin/time >/dev/null || { echo "versus.sh: needs /usr/bin/time (Debian package time)" >&2; exit 2; }
before=$(realpath "$before") after=$(realpath "$after") corpus=$(realpath "$corpus")
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cd "$out"
cat "$corpus"/* > /dev/null  # into the page cache before the first round
run() {  # binary -> "seconds rss_mb edges"
  /usr/bin/time -f '%e %M' -o "$out/time" "$1" build "$corpus" -o "$out/graph" -j "$jobs" > "$out/err" 2>&1 ||
    { echo "versus.sh: $1 failed:" >&2; cat "$out/err" >&2; exit 1; }
  edges=$(grep -o "edges [0-9]*" "$out/err" | head -1 | cut -d" " -f2 || true)
  awk -v e="${edges:-?}" '{printf "%s %.0f %s\n", $1, $2 / 1024, e}' "$out/time"
}
echo "corpus $corpus ($(du -sm "$corpus" | cut -f1) MB), -j $jobs, $rounds rounds, $(nproc) cores"
b=() a=()
for ((r = 1; r <= rounds; ++r)); do
  read -r bs bm be < <(run "$before")
  read -r as am ae < <(run "$after")
  echo "round $r: before ${bs} s ${bm} MB ${be} edges   after ${as} s ${am} MB ${ae} edges"
  b+=("$bs") a+=("$as")
done
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
mb=$(median "${b[@]}") ma=$(median "${a[@]}")
echo "median: before $mb s, after $ma s, after/before $(awk -v a="$ma" -v b="$mb" 'BEGIN {printf "%.2f", a / b}')"
