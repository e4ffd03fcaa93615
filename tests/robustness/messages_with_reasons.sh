# Case 7: errors say what the OS said. A symbolic link loop given directly is
# a loop (not "no such file"), a file that cannot be opened gives the
# reason, a binary file the byte of its first NUL.
source "$(dirname "$0")/lib.bash"
ln -s self.txt self.txt
expect_exit 2 "symlink loop given directly" -- "$APPARAT" build self.txt -o o
expect_err "self.txt: symbolic link loop (Too many levels of symbolic links)" "loop named as a loop"
expect_not_err "no such file" "loop is not 'no such file'"
ln -s gone.txt dangling.txt
expect_exit 2 "dangling link" -- "$APPARAT" build dangling.txt -o o
expect_err "dangling.txt: dangling symbolic link (No such file or directory)" "dangling link named"
expect_exit 2 "explain on a link loop" -- "$APPARAT" explain self.txt
expect_err "self.txt: symbolic link loop" "explain names the loop"

mkdir c && cp "$FIXTURES/monopoly.txt" c/
printf 'Stalin wrote to Lenin.\n\0\0binary' > c/bin.txt
expect_exit 3 "binary file among sources" -- "$APPARAT" build c -o o
expect_err "c/bin.txt: binary file (NUL byte at byte 23), not text (skipped)" "binary warning gives the byte"

# A file name with control characters is shown escaped in messages.
printf 'x\0' > "c/$(printf 'evil\033[2J').txt"
expect_exit 3 "control characters in a file name" -- "$APPARAT" build c -o o
expect_err 'c/evil\x1B[2J.txt: binary file' "file name escaped in the message"
expect_err "c/evil\\x1B[2J.txt: file name holds control characters; the graph names it 'evil\\x1B[2J.txt'" \
  "control characters in a name are escaped in the graph too"
LC_ALL=C grep -q "$(printf '\033')" err && fail "raw ESC in stderr" || pass

if [ "$(id -u)" -eq 0 ] && command -v setpriv >/dev/null; then as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups); else as_user=(); fi
if [ "$(id -u)" -ne 0 ] || [ ${#as_user[@]} -gt 0 ]; then
  chmod 755 "$WORK"
  cp "$FIXTURES/monopoly.txt" locked.txt && chmod 000 locked.txt
  expect_exit 2 "unreadable file given directly" -- "${as_user[@]}" "$APPARAT" explain locked.txt
  expect_err "locked.txt: cannot open: Permission denied" "cannot open gives the reason"
fi
finish
