#!/usr/bin/env python3
"""apparat's benchmark: speed and memory side by side (docs/performance.md).

Started by bench/run.sh, which builds apparat first. Every program of a
section runs once per round, the order rotating from round to round, so a
busy spell of a shared machine falls on all of them; the table gives medians
over the rounds and ratios as the median of the per-round ratios.

Sections:
  throughput  for each --sizes corpus: apparat build -j1, -j2, ripgrep's
              name scan with -w (rg -j1 -c -w -F -f aliases.txt) and the
              plain literal scan without -w
  one file    on --one-file MB in a single file: apparat build -j1 and -j2
  python      on the --python-mb corpus: apparat build -j1 and
              bench/python_baseline.py
  gazetteer   on the --gaz-mb corpus: apparat build -j1 with the shipped
              rules and with --gaz-names extra synthetic names, and a build
              of a one-sentence file with each (start-up and loading)
  query       `apparat query "who opposed the monopoly"` on the graph of
              the --query-mb corpus (100 MB, or the largest size run)

Wall time is measured around each process (time.perf_counter), peak RSS by
/usr/bin/time -f %M (GNU time: the largest resident set, in KiB). Raw rows go
to BENCH_DIR/results-<time>.tsv, the summary to BENCH_DIR/results-<time>.json
(copied to latest.tsv and latest.json).
"""
import argparse
import datetime
import hashlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time

KEYS = ["section", "mb", "bytes", "program", "round", "wall_s", "time_e_s", "rss_kib", "count"]
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAKER = os.path.join(REPO, "..", "shared", "bench", "make-corpus.py")
SOURCES = os.path.join(REPO, "..", "shared", "corpus")
QUESTION = "who opposed the monopoly"
TINY_TEXT = ("Lenin wrote to Trotsky about the monopoly of foreign trade.\n\n"
             "Stalin opposed the plan of autonomisation.\n")

# Targets of issue 8, shown beside the figures (never asserted).
TARGETS = {
    "rg": "<= 3 (100 MB)",
    "python": ">= 30",
    "j2": ">= 1.8",
    "scale": "<= 10.5 (1 GB / 100 MB)",
    "rss": "<= 300 MB at 1 GB",
    "load": "< 1 s (50,000)",
    "extract": "<= 1.10 (50,000)",
    "startup": "< 150 ms",
    "query": "< 20 ms",
}


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def sh(cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, check=False).stdout.strip()
    except OSError:
        return ""


def size_label(mb):
    return f"{mb:g}"


def parse_sizes(text):
    out = []
    for part in text.split(","):
        if part.strip():
            value = float(part)
            if value <= 0:
                raise argparse.ArgumentTypeError(f"size must be > 0: {part}")
            out.append(value)
    return out


def file_sha(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()[:16]


class Bench:
    def __init__(self, args):
        self.args = args
        self.dir = os.path.abspath(args.bench_dir)
        self.apparat = os.path.abspath(args.apparat)
        self.rules = os.path.join(REPO, "rules")
        self.rows = []
        os.makedirs(os.path.join(self.dir, "corpus"), exist_ok=True)
        os.makedirs(os.path.join(self.dir, "out"), exist_ok=True)
        self.time_file = os.path.join(self.dir, "time.out")
        self.stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
        self.tsv = os.path.join(self.dir, f"results-{self.stamp}.tsv")
        with open(self.tsv, "w") as f:
            f.write("\t".join(KEYS) + "\n")

    def save(self, row):
        """Appends a measured row to the TSV (so an aborted run keeps what it measured)."""
        self.rows.append(row)
        with open(self.tsv, "a") as f:
            f.write("\t".join("" if row[k] is None else str(row[k]) for k in KEYS) + "\n")

    # ---- inputs, cached in BENCH_DIR -------------------------------------

    def corpus(self, mb, one_file=False):
        """A make-corpus.py corpus of mb MB (one file per MB, or one file), made once."""
        path = os.path.join(self.dir, "corpus", f"{size_label(mb)}mb" + ("-1file" if one_file else ""))
        files = ["--files", "1"] if one_file else []
        stamp = (f"make-corpus {file_sha(MAKER)} --mb {size_label(mb)} --seed 1 {' '.join(files)} "
                 f"sources {self.sources_sha()}\n")
        stamp_path = os.path.join(path, ".stamp")
        if not (os.path.exists(stamp_path) and open(stamp_path).read() == stamp):
            log(f"making the {size_label(mb)} MB corpus in {path}")
            if os.path.isdir(path):
                shutil.rmtree(path)
            subprocess.run([sys.executable, MAKER, "--from", SOURCES, "--mb", size_label(mb), "--out", path, *files],
                           check=True, stdout=subprocess.DEVNULL)
            with open(stamp_path, "w") as f:
                f.write(stamp)
        return path

    def sources_sha(self):
        if not hasattr(self, "_sources_sha"):
            h = hashlib.sha256()
            for name in sorted(os.listdir(SOURCES)):
                if name.endswith(".txt"):
                    h.update(name.encode())
                    h.update(open(os.path.join(SOURCES, name), "rb").read())
            self._sources_sha = h.hexdigest()[:16]
        return self._sources_sha

    def tiny(self):
        path = os.path.join(self.dir, "corpus", "tiny")
        os.makedirs(path, exist_ok=True)
        with open(os.path.join(path, "tiny.txt"), "w") as f:
            f.write(TINY_TEXT)
        return path

    def aliases(self):
        path = os.path.join(self.dir, "aliases.txt")
        with open(path, "w") as f:
            subprocess.run([sys.executable, os.path.join(REPO, "bench", "export_aliases.py"), self.rules],
                           check=True, stdout=f)
        with open(path) as f:
            return path, sum(1 for _ in f)

    def gazetteer(self, n):
        """A rule pack of n synthetic person names (one label each)."""
        path = os.path.join(self.dir, f"gazetteer-{n}")
        toml = os.path.join(path, "entities", "synthetic.toml")
        version = f"# synthetic gazetteer v2, {n} names\n"
        if os.path.exists(toml) and open(toml).readline() == version:
            return path
        os.makedirs(os.path.dirname(toml), exist_ok=True)
        shipped = set()
        with open(self.aliases()[0]) as f:
            shipped = {line.rstrip("\n") for line in f}
        firsts = ("Ivan", "Pyotr", "Nikolai", "Sergei", "Mikhail", "Aleksei", "Dmitri", "Fyodor", "Grigori",
                  "Vasili", "Yakov", "Semyon", "Pavel", "Boris", "Konstantin", "Andrei", "Lev", "Matvei",
                  "Anna", "Maria", "Olga", "Yelena", "Vera", "Nadezhda", "Sofia", "Tatiana", "Irina", "Zoya")
        onsets = ("Bra", "Dol", "Gre", "Kuz", "Lom", "Mer", "Nev", "Ost", "Plo", "Rys", "Sten", "Tver", "Ulm",
                  "Vyk", "Zab", "Chel", "Shum", "Yer", "Gav", "Dro", "Kle", "Pri", "Svi", "Tro", "Zhi", "Kha",
                  "Bog", "Mor", "Rad", "Pet", "Sol", "Vol", "Kor", "Lit", "Nab", "Sor", "Tul", "Fil", "Gor", "Bel")
        middles = ("a", "e", "i", "o", "u", "ya", "ye", "yu", "ar", "en", "ol", "ush", "ik", "ov", "am",
                   "et", "ir", "os", "ub", "ech", "al", "in", "ot", "ud", "esh", "ag", "em", "il", "or", "ys",
                   "ab", "ev", "ich", "on", "uk", "yak", "ed", "iv", "om", "ul")
        suffixes = ("nov", "rin", "lsky", "nenko", "tkin", "shvili", "dze", "vich", "kov", "shin", "nyuk",
                    "dov", "gin", "ltsev", "rsky", "chenko", "pov", "nin", "lov", "tsky", "bov", "zhin",
                    "mov", "ryan", "lev", "kin", "sov", "tov", "vin", "nsky")
        lines = [version.rstrip("\n"),
                 "# Made by bench/run.py: the gazetteer-scaling run of docs/performance.md.", ""]
        # Surname j of the S combinations takes first name (j + k(S+1)) mod F
        # on its k-th use: every (first name, surname) pair comes once.
        surnames = list(dict.fromkeys(o + m + s for s in suffixes for m in middles for o in onsets))
        limit = len(surnames) * len(firsts)
        if n > limit - len(shipped):
            raise SystemExit(f"bench/run.py: at most {limit - len(shipped)} synthetic names")
        i = count = 0
        while count < n:
            j, k = i % len(surnames), i // len(surnames)
            label = f"{firsts[(j + k * (len(surnames) + 1)) % len(firsts)]} {surnames[j]}"
            i += 1
            if label in shipped:
                continue
            lines += ["[[entity]]", f'id = "synthetic-{count}"', 'type = "person"', f'label = "{label}"', ""]
            count += 1
        with open(toml, "w") as f:
            f.write("\n".join(lines))
        return path

    # ---- measuring ---------------------------------------------------------

    def measure(self, section, mb, nbytes, program, rnd, cmd, ok_codes=(0,), stdout=None):
        out_path = stdout or os.devnull
        err_path = os.path.join(self.dir, "stderr.out")
        with open(out_path, "w") as out, open(err_path, "w") as err:
            t0 = time.perf_counter()
            proc = subprocess.run(["/usr/bin/time", "-f", "%e %M", "-o", self.time_file, *cmd],
                                  stdout=out, stderr=err, cwd=REPO)
            wall = time.perf_counter() - t0
        if proc.returncode not in ok_codes:
            log(f"failed ({proc.returncode}): {' '.join(cmd)}")
            log(open(err_path).read()[-3000:])
            raise SystemExit(1)
        with open(self.time_file) as f:
            elapsed, rss_kb = f.read().strip().splitlines()[-1].split()
        row = {"section": section, "mb": mb, "bytes": nbytes, "program": program, "round": rnd,
               "wall_s": round(wall, 4), "time_e_s": float(elapsed), "rss_kib": int(rss_kb), "count": None}
        return row, err_path

    def warm(self, path):
        for root, _, files in os.walk(path):
            for name in files:
                with open(os.path.join(root, name), "rb") as f:
                    while f.read(1 << 20):
                        pass

    @staticmethod
    def corpus_bytes(path):
        return sum(os.path.getsize(os.path.join(r, n)) for r, _, fs in os.walk(path) for n in fs if n.endswith(".txt"))

    @staticmethod
    def graph_edges(out_dir):
        with open(os.path.join(out_dir, "graph.json"), "rb") as f:
            return len(json.load(f)["links"])

    def apparat_build(self, corpus, out, jobs, extra_rules=()):
        cmd = [self.apparat, "build", corpus, "-j", str(jobs), "--rules", self.rules]
        for r in extra_rules:
            cmd += ["--rules", r]
        return cmd + ["-o", out]

    def run_rounds(self, section, mb, corpus, programs, rounds):
        """programs: list of (name, thunk(round) -> row). Rotating order."""
        nbytes = self.corpus_bytes(corpus) if corpus else 0
        self.warm(corpus) if corpus else None
        for rnd in range(rounds):
            k = rnd % len(programs)
            for name, run in programs[k:] + programs[:k]:
                row = run(rnd, nbytes)
                log(f"  [{section} {size_label(mb) + ' MB ' if mb else ''}round {rnd + 1}/{rounds}] "
                    f"{name}: {row['wall_s']:.3f} s, {row['rss_kib'] / 1024:.0f} MiB"
                    + (f", {row['count']}" if row["count"] is not None else ""))

    def apparat_program(self, section, mb, corpus, out, jobs, name, extra_rules=()):
        def run(rnd, nbytes):
            if os.path.isdir(out):
                shutil.rmtree(out)
            row, _ = self.measure(section, mb, nbytes, name, rnd, self.apparat_build(corpus, out, jobs, extra_rules))
            row["count"] = self.graph_edges(out)
            self.save(row)
            return row
        return name, run

    def rg_program(self, section, mb, corpus, aliases, word, name):
        def run(rnd, nbytes):
            counts = os.path.join(self.dir, "rg.out")
            cmd = ["rg", "-j1", "-c"] + (["-w"] if word else []) + ["-F", "-f", aliases, corpus]
            row, _ = self.measure(section, mb, nbytes, name, rnd, cmd, ok_codes=(0, 1), stdout=counts)
            with open(counts) as f:
                row["count"] = sum(int(line.rsplit(":", 1)[1]) for line in f if ":" in line)
            self.save(row)
            return row
        return name, run

    # ---- the sections ----------------------------------------------------

    def run(self):
        a = self.args
        self.machine = machine_info(self.apparat)
        self.aliases_path, self.alias_count = self.aliases()
        out = os.path.join(self.dir, "out")
        query_mb = a.query_mb if a.query_mb in a.sizes else max(a.sizes)
        # Every input first, so a run fails before it measures, not after.
        for mb in a.sizes + ([a.python_mb] if a.python_mb > 0 else []) + ([a.gaz_mb] if a.gaz_names is not None else []):
            self.corpus(mb)
        if a.one_file > 0:
            self.corpus(a.one_file, one_file=True)
        for n in a.gaz_names or []:
            self.gazetteer(n)

        for mb in a.sizes:
            corpus = self.corpus(mb)
            log(f"throughput, {size_label(mb)} MB")
            sec = "throughput"
            programs = [
                self.apparat_program(sec, mb, corpus, os.path.join(out, f"{size_label(mb)}-j1"), 1, "apparat -j1"),
                self.apparat_program(sec, mb, corpus, os.path.join(out, f"{size_label(mb)}-j2"), 2, "apparat -j2"),
                self.rg_program(sec, mb, corpus, self.aliases_path, True, "rg -w names"),
                self.rg_program(sec, mb, corpus, self.aliases_path, False, "rg names, no -w"),
            ]
            self.run_rounds(sec, mb, corpus, programs, a.rounds)
            if mb != query_mb:
                for j in ("j1", "j2"):
                    shutil.rmtree(os.path.join(out, f"{size_label(mb)}-{j}"), ignore_errors=True)

        if a.one_file > 0:
            mb = a.one_file
            corpus = self.corpus(mb, one_file=True)
            log(f"one file of {size_label(mb)} MB")
            programs = [self.apparat_program("one file", mb, corpus, os.path.join(out, f"onefile-j{j}"), j,
                                             f"apparat -j{j}") for j in (1, 2)]
            self.run_rounds("one file", mb, corpus, programs, a.rounds)
            for j in (1, 2):
                shutil.rmtree(os.path.join(out, f"onefile-j{j}"), ignore_errors=True)

        if a.python_mb > 0:
            mb = a.python_mb
            corpus = self.corpus(mb)
            log(f"python baseline, {size_label(mb)} MB")

            def python_run(rnd, nbytes):
                edges = os.path.join(self.dir, "python-edges.tsv")
                cmd = [sys.executable, os.path.join(REPO, "bench", "python_baseline.py"), "--rules", self.rules, corpus]
                row, _ = self.measure("python", mb, nbytes, "python re", rnd, cmd, stdout=edges)
                with open(edges) as f:
                    row["count"] = sum(1 for _ in f)
                self.save(row)
                return row
            programs = [self.apparat_program("python", mb, corpus, os.path.join(out, "python-j1"), 1, "apparat -j1"),
                        ("python re", python_run)]
            self.run_rounds("python", mb, corpus, programs, a.rounds)

        if a.gaz_names is not None:
            mb = a.gaz_mb
            corpus = self.corpus(mb)
            tiny = self.tiny()
            packs = {0: ()}
            for n in a.gaz_names:
                packs[n] = (self.gazetteer(n),)
            log(f"gazetteer and start-up, {size_label(mb)} MB and a one-sentence file")
            programs = []
            for n, extra in packs.items():
                tag = "stock" if n == 0 else f"+{n}"
                programs.append(self.apparat_program("gazetteer", mb, corpus, os.path.join(out, f"gaz-{n}"), 1,
                                                     f"apparat -j1, {tag} names", extra))

                def tiny_run(rnd, nbytes, n=n, extra=extra, tag=tag):
                    row = None
                    for _ in range(a.startup_runs):
                        o = os.path.join(out, f"tiny-{n}")
                        row, _ = self.measure("startup", 0, self.corpus_bytes(tiny), f"one sentence, {tag} names", rnd,
                                              self.apparat_build(tiny, o, 1, extra))
                        self.save(row)
                    return row
                programs.append((f"one sentence, {tag} names", tiny_run))
            self.run_rounds("gazetteer", mb, corpus, programs, a.rounds)

        graph = os.path.join(out, f"{size_label(query_mb)}-j1", "graph.json")
        if a.query_runs > 0 and os.path.exists(graph):
            log(f"query, graph of the {size_label(query_mb)} MB corpus")
            self.query_graph = (query_mb, os.path.getsize(graph))
            for rnd in range(a.rounds):
                for _ in range(a.query_runs):
                    row, _ = self.measure("query", query_mb, os.path.getsize(graph), "query", rnd,
                                          [self.apparat, "query", "--graph", graph, QUESTION],
                                          stdout=os.path.join(self.dir, "query.out"))
                    self.save(row)
                if os.path.getsize(os.path.join(self.dir, "query.out")) == 0:
                    log("query printed nothing")
                    raise SystemExit(1)
        self.machine["load_end"] = loadavg()

    # ---- the report ------------------------------------------------------

    def select(self, section, mb=None, program=None):
        return [r for r in self.rows if r["section"] == section and (mb is None or r["mb"] == mb)
                and (program is None or r["program"] == program)]

    def med(self, section, mb, program, key="wall_s"):
        rows = self.select(section, mb, program)
        return statistics.median(r[key] for r in rows) if rows else None

    def round_ratio(self, section, mb, num, den, num_section=None, num_mb=None):
        """Median over rounds of time(num) / time(den)."""
        ratios = []
        for rnd in range(self.args.rounds):
            n = [r["wall_s"] for r in self.select(num_section or section, mb if num_mb is None else num_mb, num)
                 if r["round"] == rnd]
            d = [r["wall_s"] for r in self.select(section, mb, den) if r["round"] == rnd]
            if n and d:
                ratios.append(statistics.median(n) / statistics.median(d))
        return statistics.median(ratios) if ratios else None

    def extraction_ratio(self, mb, prog, stock):
        """Median over rounds of (time(prog) - start-up) / (time(stock) - start-up), each start-up the
        same round's one-sentence build with the same rules: the time spent reading the corpus, the
        load left out (issue 8 states "load" and "extraction" as two targets)."""
        ratios = []
        for rnd in range(self.args.rounds):
            def cost(prog_name, startup_name):
                run = [r["wall_s"] for r in self.select("gazetteer", mb, prog_name) if r["round"] == rnd]
                start = [r["wall_s"] for r in self.select("startup", 0, startup_name) if r["round"] == rnd]
                return statistics.median(run) - statistics.median(start) if run and start else None
            n = cost(prog, prog.replace("apparat -j1", "one sentence"))
            d = cost(stock, stock.replace("apparat -j1", "one sentence"))
            if n is not None and d:
                ratios.append(n / d)
        return statistics.median(ratios) if ratios else None

    def report(self):
        a = self.args
        m = self.machine
        lines = []
        p = lines.append
        cmd = "bench/run.sh " + " ".join(a.argv)
        p(f"command: {cmd.strip()}")
        p(f"machine: {m['nproc']} cores ({m['cpu']}), {m['ram_gib']} GiB RAM, {m['os']}; "
          f"load average {m['load_start']} at start, {m['load_end']} at end")
        p(f"run: {m['date']}, apparat {m['commit']} ({m['version']}), {m['rg']}, Python {m['python']}; "
          f"{self.alias_count} alias strings; medians of {a.rounds} round{'s' if a.rounds != 1 else ''}")
        p("")
        p("| corpus | program | seconds (median) | MB/s | peak RSS MiB | edges (rg: matching lines) |")
        p("|---|---|---:|---:|---:|---:|")
        for section, sizes in (("throughput", a.sizes), ("one file", [a.one_file] if a.one_file > 0 else []),
                               ("python", [a.python_mb] if a.python_mb > 0 else [])):
            for mb in sizes:
                seen = []
                for r in self.select(section, mb):
                    if r["program"] not in seen:
                        seen.append(r["program"])
                for prog in seen:
                    rows = self.select(section, mb, prog)
                    secs = self.med(section, mb, prog)
                    counts = sorted({r["count"] for r in rows})
                    count = "/".join(str(c) for c in counts)
                    where = f"{size_label(mb)} MB" + {"python": ", Python set", "one file": " in one file"}.get(section, "")
                    p(f"| {where} | {prog} | {secs:.2f} | {rows[0]['bytes'] / 1e6 / secs:.1f} | "
                      f"{self.med(section, mb, prog, 'rss_kib') / 1024:.0f} | {count} |")
        p("")
        p("| ratio (median of the per-round ratios) | value | target (issue 8) |")
        p("|---|---:|---|")
        for mb in a.sizes:
            r = self.round_ratio("throughput", mb, "apparat -j1", "rg -w names")
            p(f"| {size_label(mb)} MB: apparat -j1 time / rg -w time | {fmt(r)} | {TARGETS['rg'] if mb == 100 else ''} |")
            r = self.round_ratio("throughput", mb, "apparat -j1", "rg names, no -w")
            p(f"| {size_label(mb)} MB: apparat -j1 time / rg (no -w) time | {fmt(r)} | |")
            r = self.round_ratio("throughput", mb, "apparat -j1", "apparat -j2")
            p(f"| {size_label(mb)} MB: -j2 speed-up (-j1 time / -j2 time) | {fmt(r)} | {TARGETS['j2']} |")
        if a.one_file > 0:
            r = self.round_ratio("one file", a.one_file, "apparat -j1", "apparat -j2")
            p(f"| {size_label(a.one_file)} MB in one file: -j2 speed-up | {fmt(r)} | {TARGETS['j2']} |")
        if a.python_mb > 0:
            r = self.round_ratio("python", a.python_mb, "python re", "apparat -j1")
            p(f"| {size_label(a.python_mb)} MB: python time / apparat -j1 time | {fmt(r)} | {TARGETS['python']} |")
        sizes = sorted(a.sizes)
        for small, big in zip(sizes, sizes[1:]):
            for prog in ("apparat -j1", "apparat -j2"):
                r = self.med("throughput", big, prog) / self.med("throughput", small, prog)
                target = TARGETS["scale"] if (small, big) == (100, 1000) else ""
                p(f"| {prog} time, {size_label(big)} MB / {size_label(small)} MB "
                  f"(size x{big / small:g}; ratio of medians) | {fmt(r)} | {target} |")
        big = max(a.sizes)
        p(f"| peak RSS at {size_label(big)} MB, apparat -j1 / -j2 (MB) | "
          f"{self.med('throughput', big, 'apparat -j1', 'rss_kib') * 1.024 / 1000:.0f} / "
          f"{self.med('throughput', big, 'apparat -j2', 'rss_kib') * 1.024 / 1000:.0f} | {TARGETS['rss']} |")

        if a.gaz_names is not None:
            mb = a.gaz_mb
            p("")
            p(f"| gazetteer | start-up: one-sentence build, ms (median of {a.rounds * a.startup_runs}) | "
              f"load added, ms | {size_label(mb)} MB -j1 seconds | MB/s | time / stock (per round) | "
              f"extraction / stock (start-up left out, per round) | peak RSS MiB | edges |")
            p("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
            stock_tiny = self.med("startup", 0, "one sentence, stock names")
            for n in [0] + a.gaz_names:
                tag = "stock" if n == 0 else f"+{n}"
                prog = f"apparat -j1, {tag} names"
                tiny = self.med("startup", 0, f"one sentence, {tag} names")
                secs = self.med("gazetteer", mb, prog)
                rows = self.select("gazetteer", mb, prog)
                ratio = self.round_ratio("gazetteer", mb, prog, "apparat -j1, stock names")
                extraction = self.extraction_ratio(mb, prog, "apparat -j1, stock names")
                counts = "/".join(str(c) for c in sorted({r["count"] for r in rows}))
                label = "shipped rules" if n == 0 else f"shipped + {n:,} names"
                p(f"| {label} | {tiny * 1000:.0f} | {'' if n == 0 else f'{(tiny - stock_tiny) * 1000:+.0f}'} | "
                  f"{secs:.2f} | {rows[0]['bytes'] / 1e6 / secs:.1f} | {fmt(ratio)} | {fmt(extraction)} | "
                  f"{self.med('gazetteer', mb, prog, 'rss_kib') / 1024:.0f} | {counts} |")
            p(f"targets (issue 8): start-up {TARGETS['startup']}; load {TARGETS['load']}; "
              f"extraction / stock {TARGETS['extract']}")
        if self.select("query"):
            qmb, qbytes = self.query_graph
            q = self.med("query", qmb, "query")
            p("")
            p(f"query \"{QUESTION}\", graph of the {size_label(qmb)} MB corpus ({qbytes / 1e6:.1f} MB graph.json): "
              f"{q * 1000:.0f} ms, median of {len(self.select('query'))} runs "
              f"(target {TARGETS['query']})")
        return "\n".join(lines)

    def write(self, table):
        js = os.path.join(self.dir, f"results-{self.stamp}.json")
        with open(js, "w") as f:
            json.dump({"command": "bench/run.sh " + " ".join(self.args.argv), "machine": self.machine,
                       "aliases": self.alias_count, "rows": self.rows, "table": table}, f, indent=1)
        shutil.copyfile(self.tsv, os.path.join(self.dir, "latest.tsv"))
        shutil.copyfile(js, os.path.join(self.dir, "latest.json"))
        return self.tsv, js


def fmt(x):
    return "n/a" if x is None else f"{x:.2f}"


def loadavg():
    try:
        return " ".join(open("/proc/loadavg").read().split()[:3])
    except OSError:
        return "?"


def machine_info(apparat):
    cpu = "?"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "?"
    try:
        for line in open("/proc/meminfo"):
            if line.startswith("MemTotal"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f}"
    except OSError:
        pass
    commit = sh(["git", "-C", REPO, "rev-parse", "--short", "HEAD"]) or "?"
    if sh(["git", "-C", REPO, "status", "--porcelain", "--untracked-files=no"]):
        commit += "-dirty"
    os_name = "?"
    try:
        for line in open("/etc/os-release"):
            if line.startswith("PRETTY_NAME="):
                os_name = line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    return {"nproc": os.cpu_count(), "cpu": cpu, "ram_gib": ram, "os": os_name,
            "date": datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
            "commit": commit, "version": sh([apparat, "--version"]), "rg": sh(["rg", "--version"]).split("\n")[0],
            "python": platform.python_version(), "load_start": loadavg(), "load_end": None}


def main():
    ap = argparse.ArgumentParser(prog="bench/run.sh", description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=parse_sizes, default=[10, 100, 1000], help="corpus sizes in MB (default 10,100,1000)")
    ap.add_argument("--rounds", type=int, default=3, help="rounds; medians over them (default 3)")
    ap.add_argument("--one-file", type=float, default=100,
                    help="corpus of MB in a single file for -j1 against -j2 (default 100; 0: skip)")
    ap.add_argument("--python-mb", type=float, default=20, help="corpus of the Python comparison, MB (default 20; 0: skip)")
    ap.add_argument("--gaz-names", type=parse_sizes, default=[10000, 50000],
                    help="extra synthetic gazetteer sizes (default 10000,50000)")
    ap.add_argument("--no-gazetteer", action="store_true", help="skip the gazetteer and start-up runs")
    ap.add_argument("--gaz-mb", type=float, default=10, help="corpus of the gazetteer runs, MB (default 10)")
    ap.add_argument("--startup-runs", type=int, default=3, help="one-sentence builds per program and round (default 3)")
    ap.add_argument("--query-mb", type=float, default=100, help="graph for the query latency (default 100, else the largest size)")
    ap.add_argument("--query-runs", type=int, default=5, help="query processes per round (default 5; 0: skip)")
    ap.add_argument("--quick", action="store_true",
                    help="small side runs for a smoke test: Python and gazetteer corpora = smallest size, 500 names, 1 query and start-up run, no one-file run")
    ap.add_argument("--apparat", default=os.path.join(REPO, "build", "apparat"), help="the binary (default build/apparat)")
    ap.add_argument("--bench-dir", default=os.environ.get("BENCH_DIR", "/tmp/apparat-bench"),
                    help="cache of corpora, outputs and results (default $BENCH_DIR or /tmp/apparat-bench)")
    args = ap.parse_args()
    args.argv = sys.argv[1:]
    if args.rounds < 1:
        ap.error("--rounds must be >= 1")
    if args.quick:
        args.python_mb = min(args.python_mb, min(args.sizes)) if args.python_mb > 0 else 0
        args.gaz_mb = min(args.sizes)
        args.one_file = 0
        args.gaz_names = [500] if "--gaz-names" not in " ".join(args.argv) else args.gaz_names
        args.startup_runs = 1
        args.query_runs = min(args.query_runs, 1)
    args.gaz_names = None if args.no_gazetteer else [int(n) for n in args.gaz_names]
    args.python_mb = args.python_mb if args.python_mb > 0 else 0
    for tool in ("/usr/bin/time",):
        if not os.access(tool, os.X_OK):
            ap.error(f"needs {tool} (apt-get install time)")
    if not shutil.which("rg"):
        ap.error("needs rg (apt-get install ripgrep)")
    if not os.access(args.apparat, os.X_OK):
        ap.error(f"no apparat binary at {args.apparat}")
    for path in (MAKER, SOURCES):
        if not os.path.exists(path):
            ap.error(f"missing {os.path.normpath(path)}")
    bench = Bench(args)
    bench.run()
    table = bench.report()
    tsv, js = bench.write(table)
    print(table)
    print(f"\nraw rows: {tsv}\nsummary: {js}")


if __name__ == "__main__":
    main()
