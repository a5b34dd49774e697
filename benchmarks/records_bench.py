"""Benchmarks on individual ballot records, each against its floor measured in the same run.

Run from the repository root, in a venv where tallykit is installed with ``pip install .``:

    python benchmarks/records_bench.py county [DIR] [--jobs 2] [--runs 3]
    python benchmarks/records_bench.py big [FILE] [--runs 3]
    python benchmarks/records_bench.py startup [FILE] [--runs 20]
    python benchmarks/records_bench.py stages [DIR] [--files 200] [--passes 3]
    python benchmarks/records_bench.py all

``county``: ``tallykit verify DIR --jobs 2`` on a county batch (benchmarks/ballot_files.py: 1,000
files, about 2,000,000 ballot records, one record per ballot) against the pure-Python floor on
one core: ``json.load`` of every file and one ``collections.Counter`` pass over the marks.
``big``: ``tallykit count FILE --max-size 1G`` of one file of 1,000,000 ballot records against the same floor
on that file, and its peak memory (RSS) against a process that only ``json.load``s the file.
``startup``: ``tallykit verify FILE`` (a small example) against ``python -c "import attrs,
click"``. ``stages``: in one process, each stage of ``verify`` on the county files beside the
floor on the same files. Missing inputs are generated first (seeded, so every run measures the
same files).

Every figure but ``stages`` is a whole process, started by this script: the two commands run in turn (A B A B
…, after one warm-up each), wall time by the clock, peak RSS from the kernel's accounting of the
finished process (``os.wait4``). The ratio is taken pair by pair and its median printed, which
holds when the shared machine's speed drifts; the load average before and after is printed
beside. Exits 1 when a ratio is over its target. No test asserts any of these times.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(tempfile.gettempdir()) / "tallykit-bench"
TALLYKIT = str(Path(sys.executable).parent / "tallykit")
EXITS: dict[str, set[int]] = {}
TARGETS = {"county": 0.75, "big": 1.0, "memory": 1.0, "startup": 1.3}


def floor(paths: list[str]) -> None:
    """The floor: ``json.load`` every file, one Counter pass over every ballot's marks."""
    files = sorted(
        str(f) for p in map(Path, paths) for f in (sorted(p.rglob("*.json")) if p.is_dir() else [p])
    )
    patterns: Counter[tuple[tuple[str, str], ...]] = Counter()
    for name in files:
        with open(name, "rb") as fh:
            floor_one(fh.read(), patterns)
    print(len(files), sum(patterns.values()), len(patterns))


def floor_one(raw: bytes, patterns: Counter[tuple[tuple[str, str], ...]]) -> None:
    """The floor's work on one file: ``json.loads`` and the Counter pass over its marks."""
    doc = json.loads(raw)
    for rnd in doc["rounds"]:
        patterns.update(tuple(r["marks"].items()) for r in rnd.get("ballot_records") or ())


def stages(folder: Path, files: int, passes: int) -> None:
    """Where a file's time goes, in this one process: each stage of verify beside the floor on
    the same files, file by file in turn (the files held in memory). Reading is
    ``read_json(packed=True)``, parsing ``parse_results``, the recount every ``recount`` call
    inside ``verify``, the other checks the rest of ``verify``. Then the same files with every
    ballot of a round a copy of its first: what a file costs before any per-ballot work."""
    import time

    from tallykit.check.verify import verify
    from tallykit.counting import ballots
    from tallykit.io.jsonfile import read_json
    from tallykit.results import parse_results

    written(folder)
    raws = [p.read_bytes() for p in sorted(folder.rglob("*.json"))[:files]]
    alike = [one_ballot(raw) for raw in raws]
    spent = dict.fromkeys(("floor", "read", "parse", "recount", "verify", "alike"), 0.0)
    real = ballots.recount

    def recount(*args: object, **kwargs: object) -> object:
        start = time.perf_counter()
        try:
            return real(*args, **kwargs)  # type: ignore[arg-type]
        finally:
            spent["recount"] += time.perf_counter() - start

    for module in [m for m in sys.modules.values() if getattr(m, "recount", None) is real]:
        module.recount = recount  # type: ignore[attr-defined]
    patterns: Counter[tuple[tuple[str, str], ...]] = Counter()
    for _ in range(passes):
        for raw, same in zip(raws, alike):
            t = time.perf_counter()
            verify(parse_results(read_json(same, packed=True)[0]))
            spent["alike"] += time.perf_counter() - t
            t0 = time.perf_counter()
            floor_one(raw, patterns)
            t1 = time.perf_counter()
            data, _ = read_json(raw, packed=True)
            t2 = time.perf_counter()
            results = parse_results(data)
            t3 = time.perf_counter()
            verify(results)
            t4 = time.perf_counter()
            for stage, took in (("floor", t1 - t0), ("read", t2 - t1), ("parse", t3 - t2), ("verify", t4 - t3)):
                spent[stage] += took
    base = spent["floor"]
    share = {
        "reading": spent["read"] / base,
        "parsing": spent["parse"] / base,
        "the recount": spent["recount"] / base,
        "the other checks": (spent["verify"] - spent["recount"]) / base,
    }
    print(f"{len(raws)} files, {passes} passes, {load()}: the floor {base / passes / len(raws) * 1e3:.2f} ms a file")
    print("  " + ", ".join(f"{k} {v:.2f}x" for k, v in share.items()) + f": {sum(share.values()):.2f}x the floor in all")
    print(f"  every ballot a copy of its round's first: {spent['alike'] / base:.2f}x the floor")


def one_ballot(raw: bytes) -> bytes:
    """The file with every ballot record of a round a copy of the round's first."""
    doc = json.loads(raw)
    for rnd in doc["rounds"]:
        got = rnd.get("ballot_records") or []
        rnd["ballot_records"] = got[:1] * len(got)
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def run(cmd: list[str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (MB) of one finished process (exit codes are kept in EXITS)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    EXITS.setdefault(Path(cmd[0]).name + " " + cmd[1], set()).add(os.waitstatus_to_exitcode(status))
    return wall, usage.ru_maxrss // 1024


def pair(a: list[str], b: list[str], runs: int) -> dict[str, list[float]]:
    """``a`` and ``b`` in turn, one warm-up each, then ``runs`` counted pairs."""
    out: dict[str, list[float]] = {"a": [], "b": [], "a_mb": [], "b_mb": [], "ratio": []}
    run(a), run(b)
    for _ in range(runs):
        (ta, ma), (tb, mb) = run(a), run(b)
        out["a"].append(ta)
        out["b"].append(tb)
        out["a_mb"].append(ma)
        out["b_mb"].append(mb)
        out["ratio"].append(ta / tb)
    return out


def spread(values: list[float], unit: str = "s") -> str:
    return f"median {statistics.median(values):.2f} {unit} (min {min(values):.2f}, max {max(values):.2f})"


def verdict(name: str, ratio: float) -> bool:
    ok = ratio <= TARGETS[name]
    print(f"  ratio {ratio:.2f} (target <= {TARGETS[name]}): {'within' if ok else 'OVER'}")
    print(f"  exit codes: {'; '.join(f'{k}: {sorted(v)}' for k, v in EXITS.items())}")
    EXITS.clear()
    return ok


def load() -> str:
    return "load average " + " ".join(f"{x:.1f}" for x in os.getloadavg())


def written(folder: Path) -> None:
    """The county batch in ``folder``, generated first when it is missing (seeded)."""
    if not folder.exists():
        from ballot_files import county as make

        print(f"writing the county batch to {folder} …", flush=True)
        make(folder)


def county(folder: Path, jobs: int, runs: int) -> bool:
    written(folder)
    files = sorted(folder.rglob("*.json"))
    size = sum(f.stat().st_size for f in files)
    print(f"county batch: {len(files)} files, {size / 1e6:.0f} MB, {load()}")
    cmd = [TALLYKIT, "verify", str(folder), "--jobs", str(jobs), "--format", "json"]
    r = pair(cmd, [sys.executable, __file__, "floor", str(folder)], runs)
    print(f"  tallykit verify --jobs {jobs}: {spread(r['a'])}")
    print(f"  floor (json.load + Counter, one core): {spread(r['b'])}")
    print(f"  {load()}")
    return verdict("county", statistics.median(r["ratio"]))


def big(path: Path, runs: int) -> bool:
    if not path.exists():
        from ballot_files import big as make

        print(f"writing {path} …", flush=True)
        path.parent.mkdir(parents=True, exist_ok=True)
        make(path)
    print(f"one file: {path.stat().st_size / 1e6:.0f} MB, {load()}")
    cmd = [TALLYKIT, "count", str(path), "--max-size", "1G"]
    r = pair(cmd, [sys.executable, __file__, "floor", str(path)], runs)
    print(f"  tallykit count: {spread(r['a'])}, peak {spread(r['a_mb'], 'MB')}")
    print(f"  floor (json.load + Counter): {spread(r['b'])}")
    ok = verdict("big", statistics.median(r["ratio"]))
    just_load = [
        sys.executable,
        "-c",
        "import json, sys; json.load(open(sys.argv[1], 'rb'))",
        str(path),
    ]
    m = pair(cmd, just_load, max(1, runs - 1))
    mem = statistics.median(m["a_mb"]) / statistics.median(m["b_mb"])
    print(
        f"  peak RSS: tallykit count {spread(m['a_mb'], 'MB')}; json.load alone {spread(m['b_mb'], 'MB')}"
    )
    print(f"  {load()}")
    return verdict("memory", mem) and ok


def startup(path: Path, runs: int) -> bool:
    print(
        f"start-up: tallykit verify {path.name} against python -c 'import attrs, click', {load()}"
    )
    r = pair([TALLYKIT, "verify", str(path)], [sys.executable, "-c", "import attrs, click"], runs)
    print(f"  tallykit verify: {spread([1000 * t for t in r['a']], 'ms')}")
    print(f"  import attrs, click: {spread([1000 * t for t in r['b']], 'ms')}")
    print(f"  {load()}")
    return verdict("startup", statistics.median(r["ratio"]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="what", required=True)
    c = sub.add_parser("county")
    c.add_argument("folder", type=Path, nargs="?", default=DATA / "county")
    c.add_argument("--jobs", type=int, default=2)
    c.add_argument("--runs", type=int, default=3)
    b = sub.add_parser("big")
    b.add_argument("file", type=Path, nargs="?", default=DATA / "big.json")
    b.add_argument("--runs", type=int, default=3)
    s = sub.add_parser("startup")
    s.add_argument(
        "file", type=Path, nargs="?", default=ROOT / "examples" / "party-2020-branch-ok.json"
    )
    s.add_argument("--runs", type=int, default=20)
    t = sub.add_parser("stages")
    t.add_argument("folder", type=Path, nargs="?", default=DATA / "county")
    t.add_argument("--files", type=int, default=200)
    t.add_argument("--passes", type=int, default=3)
    sub.add_parser("all")
    f = sub.add_parser("floor")
    f.add_argument("paths", nargs="+")
    args = ap.parse_args()
    if args.what == "floor":
        floor(args.paths)
        return
    if args.what == "stages":
        stages(args.folder, args.files, args.passes)
        return
    print(f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}, {TALLYKIT}")
    if args.what == "county":
        ok = county(args.folder, args.jobs, args.runs)
    elif args.what == "big":
        ok = big(args.file, args.runs)
    elif args.what == "startup":
        ok = startup(args.file, args.runs)
    else:
        ok = all(
            [
                county(DATA / "county", 2, 3),
                big(DATA / "big.json", 3),
                startup(ROOT / "examples" / "party-2020-branch-ok.json", 20),
            ]
        )
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
