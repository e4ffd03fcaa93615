# The progress line (issue 8): shown on a terminal (a pseudo-terminal made by
# script(1)), never when stderr is a file or a pipe, never with --quiet.
source "$(dirname "$0")/lib.bash"
mkdir corpus
cp "$SRC"/corpus/* corpus/
for f in "$SRC"/corpus/*; do cp "$f" "corpus/copy-$(basename "$f")"; printf '\nCopy.\n' >>"corpus/copy-$(basename "$f")"; done
n=$(ls corpus | wc -l)

# On a terminal: the final figures are drawn, then the line is cleared.
script -qec "'$APPARAT' build corpus -o g1 --format json" /dev/null >tty.out 2>&1
grep -a -q "apparat build: $n/$n files, .* MB/s" tty.out && pass || fail "no progress line on a terminal: $(head -c 300 tty.out | cat -v)"
grep -a -q $'\r\033\\[K' tty.out && pass || fail "the line is not redrawn in place"
grep -a -q "sources read" tty.out && pass || fail "the summary follows the progress line"

# Not a terminal: no carriage return, no progress text, on either stream.
"$APPARAT" build corpus -o g2 --format json >pipe.out 2>pipe.err
! grep -a -q $'\r' pipe.out pipe.err && ! grep -a -q "files, " pipe.err && pass || fail "progress written to a file"

# --quiet on a terminal: nothing but warnings and errors.
script -qec "'$APPARAT' build corpus -o g3 --format json --quiet" /dev/null >quiet.out 2>&1
[ ! -s quiet.out ] && pass || fail "--quiet printed: $(head -c 300 quiet.out | cat -v)"
cmp -s g1/graph.json g3/graph.json && cmp -s g1/graph.json g2/graph.json && pass || fail "the graph depends on the terminal"

# One large file read in pieces (over the 8 MB at which a file is cut): the
# line counts its megabytes as its pieces are done, before the file is.
mkdir big
while [ "$(stat -c %s big/one.txt 2>/dev/null || echo 0)" -lt 9500000 ]; do cat "$SRC"/corpus/* >>big/one.txt; done
script -qec "'$APPARAT' build big -o g4 --format json -j2" /dev/null >big.out 2>&1
grep -a -q "apparat build: 0/1 files, [1-9][0-9.]* of 9\.[0-9] MB" big.out && pass ||
  fail "no progress inside one large file: $(tr '\r' '\n' <big.out | head -c 400 | cat -v)"
grep -a -q "apparat build: 1/1 files, 9\.[0-9] of 9\.[0-9] MB" big.out && pass || fail "the file's end is not counted"

finish
