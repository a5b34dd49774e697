"""Scale on paper: a province (30,000 results files with one record per ballot) and the nation
(600,000 summary files, tallies only) verified on one machine, extrapolated from measured runs.

Run from the repository root, in a venv where tallykit is installed:

    python benchmarks/scale.py [--sizes 100 200 400] [--jobs 2]

For each kind of file (records: the county batch of ballot_files.py; summaries: the same
elections with their ``ballot_records`` left out) it runs ``tallykit verify DIR --jobs J
--format json`` on folders of each size, and measures wall time, CPU time of the whole process
tree, the peak RSS of the largest process and the bytes of the report. A straight line through
the measured points (least squares: fixed cost + cost per file) gives the figures for 30,000
and 600,000 files; the machine's memory and disk give the first limit. The same inputs give the
same report; only times vary with the load, which is printed beside.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ballot_files import county  # noqa: E402

TALLYKIT = str(Path(sys.executable).parent / "tallykit")
TARGETS = {"province (records)": ("records", 30_000), "nation (summaries)": ("summaries", 600_000)}


def measure(folder: Path, jobs: int) -> dict[str, float]:
    """Wall s, CPU s (process and workers), peak RSS MB (largest process), report MB."""
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        proc = subprocess.Popen(
            [
                TALLYKIT,
                "verify",
                str(folder),
                "--jobs",
                str(jobs),
                "--format",
                "json",
                "--max-size",
                "1G",
            ],
            stdout=out,
            stderr=subprocess.DEVNULL,
        )
        _, _, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        size = out.tell()
    return {
        "wall": wall,
        "cpu": usage.ru_utime + usage.ru_stime,
        "rss": usage.ru_maxrss / 1024,
        "report": size / 1e6,
    }


def span(seconds: float) -> str:
    """A duration in hours, minutes or seconds, whichever reads best."""
    if seconds >= 3600:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 60:.0f} min" if seconds >= 60 else f"{seconds:.0f} s"


def fit(xs: list[float], ys: list[float]) -> tuple[float, float]:
    """Least-squares line y = a + b·x."""
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    b = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
    return my - b * mx, b


def summaries(src: Path, dst: Path) -> None:
    """The same elections as summary files: tallies and declarations, no ballot records."""
    for f in sorted(src.rglob("*.json")):
        doc = json.loads(f.read_text("utf-8"))
        for rnd in doc["rounds"]:
            rnd.pop("ballot_records", None)
        target = dst / f.relative_to(src)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")


def subset(src: Path, dst: Path, n: int) -> Path:
    """A folder of the first ``n`` files of ``src`` (hard links: nothing is copied)."""
    for f in sorted(src.rglob("*.json"))[:n]:
        target = dst / f.relative_to(src)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.link(f, target)
    return dst


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 200, 400])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--work", type=Path, default=None, help="keep the generated files here")
    args = ap.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="tallykit-scale-"))
    records = work / "records"
    if not records.exists():
        county(records, max(args.sizes))
    if not (work / "summaries").exists():
        summaries(records, work / "summaries")
    mem_total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1e6
    disk_free = shutil.disk_usage(work).free / 1e9
    print(
        f"{os.cpu_count()} CPUs, {mem_total:,.0f} MB memory, {disk_free:,.0f} GB free disk, "
        f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}, --jobs {args.jobs}"
    )
    try:
        for label, (kind, target) in TARGETS.items():
            src = work / kind
            per_file_bytes = statistics.fmean(f.stat().st_size for f in src.rglob("*.json"))
            rows = []
            for n in args.sizes:
                folder = subset(src, work / f"{kind}-{n}", n)
                rows.append((n, measure(folder, args.jobs)))
                shutil.rmtree(folder)
            print(f"\n{label}: {per_file_bytes / 1e3:.0f} KB a file")
            print("  files    wall s    CPU s   peak RSS MB   report MB")
            for n, m in rows:
                print(
                    f"  {n:>5} {m['wall']:>9.1f} {m['cpu']:>8.1f} {m['rss']:>13.0f} {m['report']:>11.1f}"
                )
            xs = [float(n) for n, _ in rows]
            line = {k: fit(xs, [m[k] for _, m in rows]) for k in ("wall", "cpu", "rss", "report")}
            est = {k: a + b * target for k, (a, b) in line.items()}
            print(
                f"  per file: {line['cpu'][1] * 1e3:.1f} ms CPU, {line['wall'][1] * 1e3:.1f} ms wall, "
                f"{line['rss'][1] * 1e3:.1f} KB more peak RSS, {line['report'][1] * 1e3:.1f} KB of report"
            )
            print(
                f"  {target:,} files (extrapolated): {span(est['wall'])} wall, {span(est['cpu'])} CPU, "
                f"peak RSS {est['rss']:,.0f} MB, report {est['report']:,.0f} MB, input {per_file_bytes * target / 1e9:.1f} GB"
            )
            limits = {
                "memory": est["rss"] / mem_total,
                "disk (input + report)": (per_file_bytes * target / 1e9 + est["report"] / 1e3)
                / disk_free,
            }
            first = max(limits, key=limits.__getitem__)
            print(
                f"  first limit: {first} ({limits[first]:.0%} of what the machine has); "
                + ", ".join(f"{k} {v:.0%}" for k, v in limits.items())
            )
    finally:
        if args.work is None:
            shutil.rmtree(work)


if __name__ == "__main__":
    main()
