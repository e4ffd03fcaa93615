#!/usr/bin/python3
"""apparat on a Dask cluster: extract on the workers, merge here.

Usage:
  apparat_dask.py --scheduler ADDRESS|local SOURCES... -o DIR
                  [--apparat PATH] [--rules DIR]... [--format LIST]
                  [--batch-size N] [--root DIR] [--encoding NAME]

Takes: source files and directories, as `apparat build` takes them
(directories are walked for .txt, .md and .xml files, following links, as
apparat walks them), and a Dask scheduler: `local` starts a LocalCluster of
two worker processes with one thread each on 127.0.0.1 (no dashboard);
anything else is the address of a running scheduler (`dask scheduler`,
workers started with `dask worker ADDRESS`).

Does: lists the sources here, names them by their path under ROOT (--root,
or else the deepest directory that holds every source given, as `apparat
build` names them), cuts the list into batches of --batch-size paths, and
runs `apparat extract --root ROOT -` on the workers, one batch per task,
the batch's absolute paths on its standard input. Each task returns its
facts shard (JSON Lines); the shards are spooled to a temporary file here
and, once every batch has succeeded, merged here by `apparat merge - -o DIR`.
--rules and --encoding go to every extract, --format to the merge.

Gives: in DIR, the graph files `apparat build SOURCES -o DIR` writes for
the same sources, rules and formats, byte for byte; merge's summary on
standard output. Exit status: 0; 3 when sources were skipped (as build:
the files named on standard error, the graph written without them); 2 for
a usage error, or a source that is missing or cannot be listed; 1 when a batch failed
on a worker (its exit status and standard error are printed, nothing is
written), when the scheduler cannot be reached, or when Dask distributed
is not installed; merge's own status when the merge fails.

Workers must see the sources, the rules and the apparat binary at the same
paths as this machine (a shared file system): paths travel, not texts.
Needs only the standard library and Dask distributed (Debian:
python3-distributed, BSD-3-Clause). See docs/scale-out.md.
"""

import argparse
import errno
import logging
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import uuid

PROG = "apparat_dask"


def say(message):
    print(f"{PROG}: {message}", file=sys.stderr, flush=True)


def shown(path):
    """A path for a message (bytes that are not UTF-8 escaped)."""
    return os.fsdecode(path) if isinstance(path, bytes) else path


class SourceError(Exception):
    """A source given cannot be used: the driver stops before any work."""


def is_text_name(name):
    """apparat's IsTextName: the extension, ASCII-lowercased, is .txt, .md
    or .xml. The extension as std::filesystem finds it: from the last dot,
    unless that dot is the name's first character."""
    if name in (b".", b".."):
        return False
    dot = name.rfind(b".")
    if dot <= 0:
        return False
    return name[dot:].lower() in (b".txt", b".md", b".xml")


def stat_failure(path, err):
    """Why stat() failed, as apparat says it."""
    try:
        is_link = stat.S_ISLNK(os.lstat(path).st_mode)
    except OSError:
        is_link = False
    if err.errno == errno.ELOOP:
        return f"{shown(path)}: symbolic link loop ({err.strerror})"
    if err.errno == errno.ENOENT and is_link:
        return f"{shown(path)}: dangling symbolic link ({err.strerror})"
    if err.errno == errno.ENOENT:
        return f"{shown(path)}: no such file or directory"
    return f"{shown(path)}: cannot open: {err.strerror}"


class Walker:
    """apparat's DirectoryWalker: names sorted bytewise, links followed,
    each directory read once, a link back into the walk reported."""

    def __init__(self):
        self.found = []  # (path as found, st)
        self.skipped = []
        self.visited = set()
        self.walking = []

    def walk(self, directory, st):
        ident = (st.st_dev, st.st_ino)
        self.visited.add(ident)
        self.walking.append(ident)
        try:
            names = os.listdir(directory)
        except OSError as e:
            self.skipped.append(f"{shown(directory)}: cannot read directory: {e.strerror}")
            names = []
        for name in sorted(names):
            self.entry(os.path.join(directory, name), name)
        self.walking.pop()

    def entry(self, path, name):
        try:
            lst = os.lstat(path)
        except OSError as e:
            self.skipped.append(f"{shown(path)}: cannot open: {e.strerror}")
            return
        try:
            st = os.stat(path)
        except OSError as e:
            if stat.S_ISLNK(lst.st_mode) or is_text_name(name):
                self.skipped.append(stat_failure(path, e))
            return
        if stat.S_ISDIR(st.st_mode):
            ident = (st.st_dev, st.st_ino)
            if ident in self.walking:
                self.skipped.append(f"{shown(path)}: symbolic link loop (leads back to a directory being read)")
            elif ident not in self.visited:
                self.walk(path, st)
            return
        if not is_text_name(name):
            return
        if not stat.S_ISREG(st.st_mode):
            self.skipped.append(f"{shown(path)}: not a regular file")
            return
        self.found.append((path, st))


def absolute(path):
    """Absolute and lexically normal, as apparat names a path."""
    return os.path.normpath(os.path.join(os.getcwdb(), path))


def common_root(roots):
    """The deepest directory that holds every root."""
    parts = [r.split(b"/") for r in roots]
    common = parts[0]
    for p in parts[1:]:
        k = 0
        while k < len(common) and k < len(p) and common[k] == p[k]:
            k += 1
        common = common[:k]
    return b"/".join(common) or b"/"


def list_sources(args, root_arg):
    """The sources as `apparat build ARGS` reads them: [(path, name)] in
    name order, one per file; the walk's skips; the root they are named
    under. Raises SourceError for a source that cannot be used."""
    walker = Walker()
    roots = []
    for arg in args:
        if arg == b"-":
            raise SourceError("-: a document on standard input cannot be sent to the workers; save it to a file")
        try:
            st = os.stat(arg)
        except OSError as e:
            raise SourceError(stat_failure(arg, e))
        if stat.S_ISDIR(st.st_mode):
            try:
                os.listdir(arg)
            except OSError as e:
                raise SourceError(f"{shown(arg)}: cannot read directory: {e.strerror}")
            before = len(walker.found)
            walker.walk(arg, st)
            if len(walker.found) == before:
                raise SourceError(f"{shown(arg)}: directory holds no .txt, .md or .xml file")
            roots.append(absolute(arg))
        elif stat.S_ISREG(st.st_mode):
            walker.found.append((arg, st))
            roots.append(os.path.dirname(absolute(arg)))
        else:
            raise SourceError(f"{shown(arg)}: not a regular file")
    if root_arg is not None:
        if not os.path.isdir(root_arg):
            raise SourceError(f"{shown(root_arg)}: --root is not a directory")
        root = absolute(root_arg)
    else:
        root = common_root(roots)
    named = []
    for path, st in walker.found:
        name = os.path.relpath(absolute(path), root)
        if name == b"." or name == b".." or name.startswith(b"../"):
            raise SourceError(f"{shown(path)}: not under --root {shown(root)}")
        # The list travels as lines, as extract reads them.
        if b"\n" in path or path.endswith(b"\r"):
            raise SourceError(f"{shown(path)}: a path with a line break cannot be listed to apparat extract")
        named.append((name, path, st))
    named.sort(key=lambda n: n[0])
    sources, inodes = [], set()
    for name, path, st in named:
        if (st.st_dev, st.st_ino) in inodes:
            continue  # one file reached by two paths: apparat reads it once
        inodes.add((st.st_dev, st.st_ino))
        # Paths go to the workers absolute, not normalized: the file opened
        # is the one the path leads to ("link/.." included), as in a build.
        sources.append((os.path.join(os.getcwdb(), path), name))
    return sources, walker.skipped, root


def run_extract(command, paths):
    """On a worker: `apparat extract ... -` with the batch's paths on stdin.
    Returns (exit status, shard bytes, stderr bytes, where it ran)."""
    import os as _os
    import socket
    import subprocess as _subprocess

    where = socket.gethostname()
    jobs = 1
    try:
        from distributed import get_worker

        worker = get_worker()
        where = worker.address
        state = getattr(worker, "state", None)  # distributed >= 2022.08
        nthreads = state.nthreads if state is not None else worker.nthreads
        # A worker running N tasks at once gives each extract its share of
        # the cores.
        jobs = max(1, len(_os.sched_getaffinity(0)) // max(1, nthreads))
    except Exception:
        pass
    try:
        proc = _subprocess.run(command + ["-j", str(jobs)], input=paths, stdout=_subprocess.PIPE,
                               stderr=_subprocess.PIPE)
    except OSError as e:
        return 127, b"", f"{command[0]}: cannot run: {e.strerror}\n".encode(), where
    return proc.returncode, proc.stdout, proc.stderr, where


def parse_args(argv):
    p = argparse.ArgumentParser(
        prog=PROG,
        description="Extract facts on a Dask cluster with `apparat extract`, merge them here with `apparat merge`.")
    p.add_argument("--scheduler", required=True, metavar="ADDRESS|local",
                   help="a scheduler's address (tcp://host:8786), or local for a LocalCluster of 2 processes")
    p.add_argument("sources", nargs="+", metavar="SOURCES", help="files or directories, as apparat build takes them")
    p.add_argument("-o", "--out", required=True, metavar="DIR", help="output directory of the graph files")
    p.add_argument("--apparat", default="apparat", metavar="PATH",
                   help="the apparat binary, here and on the workers (default: apparat on PATH)")
    p.add_argument("--rules", action="append", default=[], metavar="DIR",
                   help="rules directory or pack, repeatable (default: apparat's)")
    p.add_argument("--format", metavar="LIST", help="formats to write, comma-separated (default: merge's)")
    p.add_argument("--batch-size", type=int, default=64, metavar="N", help="sources per extract task (default: 64)")
    p.add_argument("--root", metavar="DIR",
                   help="name sources by their path under DIR (default: the deepest directory holding them all)")
    p.add_argument("--encoding", metavar="NAME", help="encoding of sources that are not UTF-8 (apparat extract's)")
    a = p.parse_args(argv)
    if a.batch_size < 1:
        p.error("--batch-size must be at least 1")
    return a


def start_client(scheduler):
    """A Client of a new LocalCluster, or of the scheduler at the address."""
    from distributed import Client, LocalCluster

    if scheduler == "local":
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                               dashboard_address=None, silence_logs=logging.ERROR)
        return Client(cluster), cluster
    return Client(scheduler, timeout="30s"), None


def main(argv):
    sys.stderr.reconfigure(errors="backslashreplace")
    a = parse_args(argv)
    try:
        import distributed  # noqa: F401
    except ImportError as e:
        say(f"needs Dask distributed, which {sys.executable} cannot import ({e}); "
            "on Debian: apt-get install python3-distributed")
        return 1

    # The binary: a path is made absolute (the workers' cwd is not ours); a
    # bare name is looked up on each machine's PATH.
    apparat = a.apparat
    if os.sep in apparat:
        apparat = os.path.abspath(apparat)
        if not os.access(apparat, os.X_OK):
            say(f"{a.apparat}: not an executable file (--apparat)")
            return 2
    elif shutil.which(apparat) is None:
        say(f"{apparat}: not found on PATH (give --apparat PATH)")
        return 2

    try:
        sources, skipped, root = list_sources([os.fsencode(s) for s in a.sources],
                                              os.fsencode(a.root) if a.root is not None else None)
    except SourceError as e:
        say(str(e))
        return 2
    for s in skipped:
        say(f"warning: {s} (skipped)")

    # Rules go by absolute path; without --rules, apparat's default (./rules
    # when it holds rules/grammar, else the compiled-in directory) is
    # resolved here, where the relative ./rules means something.
    rules = [os.path.abspath(r) for r in a.rules]
    if not rules and os.path.isdir(os.path.join("rules", "grammar")):
        rules = [os.path.abspath("rules")]
    extract = [apparat, "extract", "--root", os.fsdecode(root), "-"]
    for r in rules:
        extract += ["--rules", r]
    if a.encoding is not None:
        extract += ["--encoding", a.encoding]
    merge = [apparat, "merge", "-", "-o", a.out]
    if a.format is not None:
        merge += ["--format", a.format]

    batches = [sources[i:i + a.batch_size] for i in range(0, len(sources), a.batch_size)]
    run = uuid.uuid4().hex[:8]
    from distributed import as_completed

    try:
        client, cluster = start_client(a.scheduler)
    except Exception as e:
        say(f"cannot reach the scheduler {a.scheduler}: {e}")
        return 1
    extract_skips = 0
    workers = set()
    with tempfile.TemporaryFile() as spool:
        try:
            futures = {}
            for i, batch in enumerate(batches):
                paths = b"".join(p + b"\n" for p, _ in batch)
                f = client.submit(run_extract, extract, paths, key=f"apparat-extract-{run}-{i}", pure=False)
                futures[f] = i
            for f in as_completed(futures):
                i = futures[f]
                batch = batches[i]
                what = (f"batch {i + 1} of {len(batches)} ({len(batch)} sources, "
                        f"{shown(batch[0][1])} .. {shown(batch[-1][1])})")
                try:
                    rc, shard, err, where = f.result()
                except Exception as e:
                    say(f"{what} failed: {type(e).__name__}: {e}")
                    return 1
                workers.add(where)
                if rc not in (0, 3):
                    say(f"{what} failed on {where}: {' '.join(extract)} exited with status {rc}; its stderr:")
                    sys.stderr.write(err.decode("utf-8", "backslashreplace"))
                    sys.stderr.flush()
                    return 1
                if rc == 3:
                    extract_skips += 1
                for line in err.decode("utf-8", "backslashreplace").splitlines():
                    if not line.startswith("apparat extract: "):  # the batch's own summary
                        print(line, file=sys.stderr)
                spool.write(shard)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
        say(f"{len(sources)} sources in {len(batches)} batches extracted on {len(workers)} "
            f"{'worker' if len(workers) == 1 else 'workers'}; merging")
        spool.flush()
        spool.seek(0)
        sys.stdout.flush()
        try:
            proc = subprocess.run(merge, stdin=spool)
        except OSError as e:
            say(f"{apparat}: cannot run: {e.strerror}")
            return 1
    if proc.returncode != 0:
        say(f"{' '.join(merge)} exited with status {proc.returncode}")
        return proc.returncode
    return 3 if skipped or extract_skips else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
