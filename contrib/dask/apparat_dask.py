#!/usr/bin/env python3
"""Run apparat's map step on a Dask cluster and merge the shards locally.

    apparat_dask.py --scheduler ADDRESS|local SOURCES... -o DIR
                    [--apparat PATH] [--rules DIR]... [--format LIST]
                    [--batch-size N] [--root DIR] [--encoding NAME]

Takes source files and directories (walked for the files apparat reads:
.txt, .md and .xml), splits the list into batches of --batch-size paths, and
has the Dask workers run `apparat extract --root ROOT -` on each batch (the
paths on its standard input, the facts shard on its standard output: the
map step, docs/scale-out.md). The shards come back to this process, which
runs `apparat merge - -o DIR` on them (the reduce step). The graph files are
byte-identical to `apparat build` of the same sources with the same rules,
whatever the batches and the order they finish in.

`--scheduler local` starts a cluster on this machine: two worker processes
with one thread each, on 127.0.0.1, no dashboard. Any other value is the
address of a running scheduler (`dask scheduler`, then `dask worker
ADDRESS` on each machine); the workers must see the sources, the rules and
the apparat binary at the same paths as this process (a shared file system).

Exit status: 0 when the graph was written; 1 on a usage error or a missing
source; 2 when a batch failed on a worker (its stderr is printed) or the
merge failed. Needs Dask distributed (Debian: python3-distributed).
"""
import argparse
import os
import subprocess
import sys

EXTENSIONS = (".txt", ".md", ".xml")


def list_sources(paths):
    """Every file apparat would read under `paths`, sorted, each once."""
    found = []
    for p in paths:
        if os.path.isdir(p):
            for dirpath, dirnames, filenames in os.walk(p, followlinks=True):
                dirnames.sort()
                for f in sorted(filenames):
                    if f.lower().endswith(EXTENSIONS):
                        found.append(os.path.abspath(os.path.join(dirpath, f)))
        elif os.path.isfile(p):
            found.append(os.path.abspath(p))
        else:
            raise SystemExit(f"apparat_dask: {p}: no such file or directory")
    return sorted(set(found))


def common_root(paths):
    """The directory that `apparat build PATHS` names sources under."""
    roots = [os.path.abspath(p) if os.path.isdir(p) else os.path.dirname(os.path.abspath(p)) for p in paths]
    return os.path.commonpath(roots)


def extract_batch(apparat, root, rules, encoding, batch):
    """On a worker: the shard of one batch, or the failure with its stderr."""
    cmd = [apparat, "extract", "--root", root, "-", "-j", "1"]
    for r in rules:
        cmd += ["--rules", r]
    if encoding:
        cmd += ["--encoding", encoding]
    done = subprocess.run(cmd, input="\n".join(batch) + "\n", capture_output=True, text=True)
    # 3: extracted, with sources skipped (named on stderr); still a shard.
    return done.returncode, done.stdout, done.stderr


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sources", nargs="+")
    ap.add_argument("-o", "--out", required=True, help="output directory of the graph files")
    ap.add_argument("--scheduler", required=True, help="ADDRESS of a Dask scheduler, or 'local'")
    ap.add_argument("--apparat", default="apparat", help="the apparat binary (default: apparat on PATH)")
    ap.add_argument("--rules", action="append", default=[], help="rules directory; repeat for several")
    ap.add_argument("--format", help="formats, as apparat build --format takes them")
    ap.add_argument("--batch-size", type=int, default=64, help="sources per task (default 64)")
    ap.add_argument("--root", help="name sources under this directory (default: as apparat build names them)")
    ap.add_argument("--encoding", help="encoding of plain text sources that are not UTF-8")
    a = ap.parse_args(argv)
    if a.batch_size < 1:
        ap.error("--batch-size must be at least 1")
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        sys.exit("apparat_dask: Dask distributed is not installed (Debian: apt-get install python3-distributed)")

    apparat = os.path.abspath(a.apparat) if os.sep in a.apparat else a.apparat
    rules = [os.path.abspath(r) for r in a.rules]
    sources = list_sources(a.sources)
    if not sources:
        sys.exit("apparat_dask: no .txt, .md or .xml file among the sources")
    root = os.path.abspath(a.root) if a.root else common_root(a.sources)
    batches = [sources[i:i + a.batch_size] for i in range(0, len(sources), a.batch_size)]

    cluster = None
    if a.scheduler == "local":
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                               dashboard_address=None)
        client = Client(cluster)
    else:
        client = Client(a.scheduler)
    try:
        futures = [client.submit(extract_batch, apparat, root, rules, a.encoding, b, pure=False) for b in batches]
        results = client.gather(futures)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    shards = []
    for batch, (code, out, err) in zip(batches, results):
        if code not in (0, 3):
            sys.stderr.write(err)
            print(f"apparat_dask: a batch of {len(batch)} sources failed (first: {batch[0]}), exit {code}",
                  file=sys.stderr)
            return 2
        sys.stderr.write(err)  # warnings about skipped sources
        shards.append(out)
    cmd = [apparat, "merge", "-", "-o", a.out]
    if a.format:
        cmd += ["--format", a.format]
    merged = subprocess.run(cmd, input="".join(shards), text=True)
    return 0 if merged.returncode == 0 else 2


if __name__ == "__main__":
    sys.exit(main())
