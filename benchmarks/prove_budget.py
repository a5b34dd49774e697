"""Benchmark: the time `tallykit prove` takes, property by property, against a budget.

The test suite proves every property but never times it (a wall-clock assertion depends on the
machine's load); this script holds the budget instead. Run from the repository root:

    python benchmarks/prove_budget.py [--total 60] [--each 10]

It prints each property's wall-clock seconds and z3 resource count (the deterministic measure the
proofs are bounded by, specs/_harness.RLIMIT), the load average, and exits 1 when the suite or a
property is over its budget.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

import z3

from tallykit.specs import suite
from tallykit.specs._harness import RLIMIT, run


def _count(solver: z3.Solver) -> int:
    stats = solver.statistics()
    return int(dict((k, stats.get_key_value(k)) for k in stats.keys()).get("rlimit count", 0))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--total", type=float, default=60.0, help="budget for the whole suite (s)")
    ap.add_argument("--each", type=float, default=10.0, help="budget for one property (s)")
    args = ap.parse_args()
    used: list[int] = [0]  # z3's resource count is cumulative: keep the largest step of one call
    largest: dict[str, int] = {}
    check = z3.Solver.check

    def counted(self: z3.Solver, *a: object) -> object:
        answer = check(self, *a)
        now = _count(self)
        largest[current] = max(largest.get(current, 0), now - used[0])
        used[0] = now
        return answer

    z3.Solver.check = counted  # type: ignore[method-assign]
    over = False
    start = time.perf_counter()
    for prop in suite.properties():
        current = prop.name
        t = time.perf_counter()
        report = run(prop)
        seconds = time.perf_counter() - t
        late = seconds > args.each
        over |= late
        print(
            f"{prop.name:<24} {report['status']:<14} {seconds:6.2f}s  "
            f"largest call {largest.get(prop.name, 0):>11,} / {RLIMIT:,}{'  OVER BUDGET' if late else ''}"
        )
    total = time.perf_counter() - start
    over |= total > args.total
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"total {total:.1f}s (budget {args.total:.0f}s), load average {load:.2f}")
    sys.exit(1 if over else 0)


if __name__ == "__main__":
    main()
