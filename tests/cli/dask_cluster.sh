# The Dask driver (contrib/dask/apparat_dask.py, docs/scale-out.md) on a local
# cluster of two worker processes: its graph files equal one `apparat build`
# of the same sources; a batch that fails on a worker fails the run.
source "$(dirname "$0")/lib.bash"
FILES="graph.graphml graph.gexf graph.json"
DRIVER="$SRC/contrib/dask/apparat_dask.py"

# An interpreter with Dask distributed: the one on PATH, or Debian's.
PY=""
for p in python3 /usr/bin/python3; do
  if "$p" -c 'import distributed' 2>/dev/null; then PY="$p"; break; fi
done
if [ -z "$PY" ]; then
  fail "Dask distributed is missing (Debian python3-distributed; ./dev.sh installs it)"
  finish
  exit 1
fi

mkdir -p arch/a arch/b
cp "$SRC"/corpus/01-* arch/a/
cp "$SRC"/corpus/02-* "$SRC"/corpus/03-* arch/b/
cp "$SRC"/corpus/04-* arch/
cp -r "$SRC/tests/fixtures/corpus/sub" arch/b/sub
cp "$SRC/tests/fixtures/tei/letter-to-the-congress.xml" arch/b/
n=$(find arch -type f \( -name '*.txt' -o -name '*.md' -o -name '*.xml' \) | wc -l)

expect_exit 0 "build" -- "$APPARAT" build arch -o ref --format graphml,gexf,json

# Batches of two sources: several tasks, on both workers.
expect_exit 0 "the driver on a local cluster" -- timeout 300 "$PY" "$DRIVER" --scheduler local --apparat "$APPARAT" \
  --batch-size 2 --format graphml,gexf,json arch -o dask
for f in $FILES; do cmp -s "ref/$f" "dask/$f" && pass || fail "the driver's $f differs from build's"; done
[ "$n" -ge 6 ] && pass || fail "too few sources for several batches ($n)"

# A worker's failure is the run's: an apparat that fails on every batch.
printf '#!/bin/sh\ncase "$1" in extract) echo "boom on a worker" >&2; exit 2;; esac\nexec "%s" "$@"\n' "$APPARAT" >bad-apparat
chmod +x bad-apparat
expect_exit 2 "a failing batch" -- timeout 300 "$PY" "$DRIVER" --scheduler local --apparat ./bad-apparat \
  --batch-size 3 arch -o bad
expect_err "boom on a worker" "the worker's stderr is shown"
[ ! -e bad/graph.json ] && pass || fail "nothing written after a failed batch"

# A missing source is named before any cluster starts.
expect_exit 1 "a missing source" -- "$PY" "$DRIVER" --scheduler local --apparat "$APPARAT" arch/nothing -o none
expect_err "arch/nothing: no such file or directory" "the missing source is named"
finish
