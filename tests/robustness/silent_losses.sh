# Case 4: nothing in a corpus is skipped without a word. Unreadable
# directories and files are named with the OS's reason, FIFOs and devices
# are refused by their type (never opened, so nothing hangs), symbolic link
# loops are called loops, and a build with skips exits 3.
source "$(dirname "$0")/lib.bash"

# A FIFO and a symlink loop inside a corpus: named, the rest built, exit 3.
corpus c
mkfifo c/pipe.txt
ln -s loop.txt c/loop.txt
ln -s .. c/sub/up
expect_exit 3 "corpus with a FIFO and link loops" -- timeout 20 "$APPARAT" build c -o o
expect_err "c/pipe.txt: is a FIFO, not a regular file (skipped)" "FIFO refused by type"
expect_err "c/loop.txt: symbolic link loop (Too many levels of symbolic links) (skipped)" "file link loop named"
expect_err "c/sub/up: symbolic link loop (leads back to a directory being read) (skipped)" "directory link loop named"
grep -q "3 sources read (879 bytes), 3 skipped" out && pass || fail "summary counts reads and skips: $(head -1 out)"
outputs_ok o "corpus with skips"
expect_exit 2 "--strict fails on the first skip" -- timeout 20 "$APPARAT" build c -o o2 --strict
[ ! -e o2/graph.json ] && pass || fail "--strict wrote output"

# A FIFO given directly is refused at once, not read (it used to hang).
expect_exit 2 "FIFO given directly" -- timeout 20 "$APPARAT" build c/pipe.txt -o o3
expect_err "c/pipe.txt: is a FIFO, not a regular file" "FIFO given directly"
expect_exit 2 "character device given directly" -- timeout 20 "$APPARAT" build /dev/zero -o o3
expect_err "/dev/zero: is a character device, not a regular file" "device refused by type"
expect_exit 2 "explain on a FIFO" -- timeout 20 "$APPARAT" explain c/pipe.txt
expect_err "c/pipe.txt: is a FIFO, not a regular file" "explain refuses a FIFO"
rm c/pipe.txt c/loop.txt c/sub/up

# Unreadable directory and file: root reads everything, so run as nobody.
if [ "$(id -u)" -eq 0 ] && command -v setpriv >/dev/null; then
  as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
else
  as_user=()
fi
if [ "$(id -u)" -ne 0 ] || [ ${#as_user[@]} -gt 0 ]; then
  chmod 755 "$WORK" && mkdir o4 && chmod 777 o4
  mkdir -p c/locked && cp "$FIXTURES/monopoly.txt" c/locked/hidden.txt && chmod 000 c/locked
  cp "$FIXTURES/sub/letter.txt" c/secret.txt && chmod 000 c/secret.txt
  expect_exit 3 "unreadable directory and file" -- "${as_user[@]}" "$APPARAT" build c -o o4
  expect_err "c/locked: cannot read directory: Permission denied (skipped)" "unreadable directory named with the reason"
  expect_err "c/secret.txt: cannot open: Permission denied (skipped)" "unreadable file named with the reason"
  grep -q "3 sources read (879 bytes), 2 skipped" out && pass || fail "summary: $(head -1 out)"
  expect_exit 2 "unreadable directory given directly" -- "${as_user[@]}" "$APPARAT" build c/locked -o o4
  expect_err "apparat: c/locked: cannot read directory: Permission denied" "directory given: the OS's reason, not 'no text'"
  chmod 755 c/locked && chmod 644 c/secret.txt
else
  echo "SKIP: cannot drop privileges to test unreadable files"
fi

# Few file descriptors: whatever cannot be opened is named with the reason
# and the exit code says so; never exit 0 with fewer sources than there are.
mkdir many
for i in $(seq 1 200); do printf 'Stalin wrote to Trotsky on day %d.\n' "$i" > "many/f$i.txt"; done
(ulimit -n 9; exec "$APPARAT" build many -o o5 -j 4) >out 2>err
got=$?
if [ "$got" -eq 0 ]; then
  grep -q "200 sources read" out && pass || fail "exit 0 without all 200 sources: $(head -1 out)"
elif [ "$got" -eq 3 ]; then
  grep -q "Too many open files (skipped)" err && pass || fail "skips without the OS reason: $(head -3 err)"
else
  # Too few descriptors even for the rules: a clear error, exit 2.
  [ "$got" -eq 2 ] && grep -q "Too many open files" err && pass || fail "low fd limit: exit $got: $(head -3 err)"
fi
finish
