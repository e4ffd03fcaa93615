# The Dask driver (contrib/dask/apparat_dask.py, docs/scale-out.md) on a
# local cluster of two worker processes: sources cut into several batches,
# each extracted on a worker, the shards merged by the driver. Its files
# must be byte-identical to one `apparat build` of the same sources with the
# same rules, encoding and formats; a batch failing on a worker fails the
# driver with that batch's stderr, and nothing is written. Needs Debian's
# python3-distributed: without it this test fails, saying so.
source "$(dirname "$0")/lib.bash"
PY=/usr/bin/python3
DRIVER="$SRC/contrib/dask/apparat_dask.py"
FORMATS=json,graphml,gexf
FILES="graph.json graph.graphml graph.gexf"

if ! "$PY" -c 'import distributed' 2>dep.err; then
  fail "python3-distributed is not installed: $PY cannot import distributed ($(tail -1 dep.err));" \
    "install it with apt-get install -y python3-distributed (it is in dev.sh's PACKAGES)"
  finish
  exit 1
fi

# An archive as archives are: nested, a TEI file, an upper-case extension, a
# file that is not UTF-8 (skipped without --encoding), one text under a
# second name (read once), a link to a file and one to a directory (each
# file read once), and files apparat does not read.
mkdir -p arch/a arch/b arch/c arch/tei
cp "$SRC"/corpus/01-* arch/a/
cp "$SRC"/corpus/02-* "$SRC"/corpus/03-* arch/b/
cp "$SRC"/corpus/04-* arch/
cp -r "$SRC/tests/fixtures/corpus/sub" arch/b/sub
cp "$SRC/tests/fixtures/tei/letter-to-the-congress.xml" arch/tei/
cp "$SRC/tests/fixtures/encoding/notes-latin1.txt" arch/c/notes-latin1.txt
cp "$SRC/tests/fixtures/encoding/notes-utf8.txt" arch/c/NOTES.TXT
cp arch/a/01-foreign-trade-monopoly.txt arch/c/zz-same-bytes.txt
cp "$SRC/tests/fixtures/gazetteer-1926/corpus/strike.txt" arch/c/
ln -s ../04-general-secretary-and-testament.txt arch/a/alias.txt
ln -s b/sub arch/sub-link
printf 'not a source\n' >arch/c/table.csv
printf 'not a source either\n' >arch/b/notes.txt.bak

# 1. The whole archive in batches of 3: build skips the Latin-1 file and
# exits 3; so must the driver, with the same files.
expect_exit 3 "reference build" -- "$APPARAT" build arch -o ref --format "$FORMATS"
start=$SECONDS
expect_exit 3 "driver on a local cluster" -- \
  "$PY" "$DRIVER" --scheduler local arch -o dask --apparat "$APPARAT" --format "$FORMATS" --batch-size 3
echo "driver (local cluster, batches of 3): $((SECONDS - start)) s"
cp err run1.err
for f in $FILES; do cmp -s "ref/$f" "dask/$f" && pass || fail "batches of 3: $f differs from build's"; done
expect_err "c/notes-latin1.txt: invalid UTF-8" "the worker's skip reaches the driver's stderr"
# Several batches: as many as the sources listed need at 3 a batch.
summary=$(grep -o '[0-9]* sources in [0-9]* batches' run1.err)
read -r n _ _ b _ <<<"$summary"
if [ -n "$summary" ] && [ "$b" -ge 3 ] && [ "$b" -eq $(((n + 2) / 3)) ]; then pass; else
  fail "want several batches of at most 3: '$summary'"
fi
grep -q "^apparat merge: " out && pass || fail "merge's summary on stdout: $(head -1 out)"

# 2. Two directories, rules other than the default (the grammar with the
# 1926 gazetteer), --encoding, batches of 2: the Latin-1 file is read, and
# nothing is skipped.
RULES=(--rules "$SRC/rules/grammar" --rules "$SRC/tests/fixtures/gazetteer-1926")
expect_exit 0 "reference build, --encoding latin1" -- \
  "$APPARAT" build arch/b arch/c -o ref2 --format "$FORMATS" --encoding latin1 "${RULES[@]}"
# These rules must change the graph, or a driver dropping --rules would pass.
expect_exit 0 "build with the default rules" -- \
  "$APPARAT" build arch/b arch/c -o ref2-default --format json --encoding latin1
cmp -s ref2/graph.json ref2-default/graph.json && fail "the 1926 rules give the default rules' graph" || pass
expect_exit 0 "driver, --encoding latin1 --rules" -- \
  "$PY" "$DRIVER" --scheduler local arch/c arch/b -o dask2 --apparat "$APPARAT" --format "$FORMATS" \
  --batch-size 2 --encoding latin1 "${RULES[@]}"
for f in $FILES; do cmp -s "ref2/$f" "dask2/$f" && pass || fail "--encoding --rules: $f differs from build's"; done

# 3. One batch fails on its worker: the driver exits non-zero with that
# batch's stderr and writes nothing.
cat >flaky-apparat <<EOF
#!/bin/sh
# apparat, except that an extract handed 03-letters fails.
if [ "\$1" = extract ]; then
  list=\$(cat)
  case "\$list" in *03-letters*) echo "flaky-apparat: the disk of this worker is on fire" >&2; exit 2;; esac
  printf '%s\n' "\$list" | exec "$APPARAT" "\$@"
fi
exec "$APPARAT" "\$@"
EOF
chmod +x flaky-apparat
expect_exit 1 "a batch fails on a worker" -- \
  "$PY" "$DRIVER" --scheduler local arch -o broken --apparat ./flaky-apparat --format "$FORMATS" --batch-size 3
expect_err "the disk of this worker is on fire" "the failed batch's stderr"
expect_err "exited with status 2" "the failed batch's exit status"
[ ! -e broken ] && pass || fail "a failed run wrote $(ls broken)"

# 4. A missing source is refused before any work.
expect_exit 2 "a missing source" -- "$PY" "$DRIVER" --scheduler local arch arch/nowhere -o none --apparat "$APPARAT"
expect_err "arch/nowhere: no such file or directory" "a missing source"
[ ! -e none ] && pass || fail "a refused run wrote output"

# 5. Without Dask distributed (python3 -S hides Debian's packages) the driver
# says what to install.
if ! "$PY" -S -c 'import distributed' 2>/dev/null; then
  expect_exit 1 "driver without distributed" -- "$PY" -S "$DRIVER" --scheduler local arch -o none --apparat "$APPARAT"
  expect_err "apt-get install python3-distributed" "driver without distributed"
fi
finish
