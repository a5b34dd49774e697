"""Benchmark: wall time of ``tallykit verify one.json`` including interpreter start, and a check
that z3 stays out of the import path (``python -X importtime``). Run:

    python benchmarks/startup.py [FILE] [--runs 10]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("file", nargs="?", default=str(ROOT / "examples" / "party-2020-branch-ok.json"))
    ap.add_argument("--runs", type=int, default=10)
    args = ap.parse_args()
    exe = str(Path(sys.executable).parent / "tallykit")
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        subprocess.run([exe, "verify", args.file], capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    probe = (
        "import sys; sys.argv = ['tallykit', 'verify', %r]\n"
        "from tallykit.cli.main import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n" % args.file
    )
    imports = subprocess.run([sys.executable, "-X", "importtime", "-c", probe], capture_output=True, text=True).stderr
    z3 = any(line.rstrip().endswith(("| z3", "|   z3")) or line.rstrip().split("|")[-1].strip() == "z3" for line in imports.splitlines())
    print(f"runs={args.runs} min={min(times):.3f}s median={statistics.median(times):.3f}s max={max(times):.3f}s z3_imported={z3}")


if __name__ == "__main__":
    main()
