"""Recount of 1,000,000 ballot records against one ``collections.Counter`` pass (the floor).

Run from the repository root:

    python benchmarks/recount_bench.py [--records N] [--seed S]

7 printed candidates, 5 seats, a fixed-seed mix of realistic patterns (mostly 3–5 approvals,
some blank, some all-×, a few over the quota, partly unreadable, or with a write-in). Records
are ``BallotRecord`` values with count=1 that share the frozen parts of identical patterns, as
``parse_results`` does. Target: recount throughput at least a third of the floor's. The parse
of the same records from JSON is timed and reported separately.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

from tallykit.counting.ballots import Layout, recount
from tallykit.profiles import BUILTIN
from tallykit.results import BallotRecord, parse_results

POSITION = "委员"
PRINTED = ("丁一", "王二", "刘三", "李四", "张五", "陈六", "周七")
SEATS = 5
TARGET = 1 / 3


def raw_records(n: int, seed: int) -> list[dict[str, Any]]:
    """``n`` ballots as the results format writes them, count 1 each, from a fixed seed."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        roll = rng.random()
        line = [rng.choice("× ") for _ in PRINTED]
        write_ins = None
        if roll < 0.80:  # valid, 3 to 5 approvals
            for i in rng.sample(range(len(PRINTED)), rng.randint(3, 5)):
                line[i] = "○"
        elif roll < 0.87:  # blank
            line = [" "] * len(PRINTED)
        elif roll < 0.92:  # all ×
            line = ["×"] * len(PRINTED)
        elif roll < 0.95:  # over the quota
            for i in rng.sample(range(len(PRINTED)), 6):
                line[i] = "○"
        elif roll < 0.98:  # partly unreadable
            for i in rng.sample(range(len(PRINTED)), 3):
                line[i] = "○"
            line[rng.randrange(len(PRINTED))] = "?"
        else:  # a cross with a write-in below it
            for i in rng.sample(range(len(PRINTED)), 3):
                line[i] = "○"
            line[rng.choice([i for i, s in enumerate(line) if s != "○"])] = "×"
            write_ins = {POSITION: [[rng.choice(("钱甲", "吴乙")), "○"]]}
        rec: dict[str, Any] = {"marks": {POSITION: "".join(line)}}
        if write_ins:
            rec["write_ins"] = write_ins
        out.append(rec)
    return out


def as_records(raw: list[dict[str, Any]]) -> list[BallotRecord]:
    """The records as values; identical patterns share their frozen parts, as the parser does."""
    shared: dict[str, BallotRecord] = {}
    out = []
    for r in raw:
        key = json.dumps(r, ensure_ascii=False, sort_keys=True)
        first = shared.get(key)
        if first is None:
            writes = {p: tuple(tuple(w) for w in ws) for p, ws in r.get("write_ins", {}).items()}
            first = shared[key] = BallotRecord(1, r["marks"], writes)
        out.append(BallotRecord(1, first.marks, first.write_ins, first.flags))
    return out


def results_file(raw: list[dict[str, Any]]) -> dict[str, Any]:
    n = len(raw)
    seats = [{"name": POSITION, "seats": SEATS}]
    return {
        "format": "tallykit.results/1",
        "profile": "party-2020",
        "election": {"kind": "party_committee", "positions": seats},
        "electorate": {"expected": n, "present": n},
        "candidates": [],
        "rounds": [
            {
                "kind": "formal",
                "positions": seats,
                "candidates": {POSITION: list(PRINTED)},
                "ballots": {"issued": n, "returned": n},
                "ballot_records": raw,
            }
        ],
    }


def best_of(runs: int, fn: Callable[[], Any]) -> tuple[float, Any]:
    """The fastest of ``runs`` calls, and the last result."""
    best, result = float("inf"), None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=2021)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)

    raw = raw_records(args.records, args.seed)
    records = as_records(raw)
    layout = Layout(positions=((POSITION, SEATS),), printed={POSITION: PRINTED})
    profile = BUILTIN["party-2020"]
    n = len(records)

    floor_s, patterns = best_of(args.runs, lambda: Counter(rec.pattern for rec in records))
    recount_s, result = best_of(args.runs, lambda: recount(records, layout, profile))
    assert result.returned == n == sum(patterns.values())

    text = json.dumps(results_file(raw), ensure_ascii=False)
    parse_s, parsed = best_of(args.runs, lambda: parse_results(json.loads(text)))
    assert tuple(parsed.rounds[0].ballot_records) == tuple(records)

    ratio = floor_s / recount_s
    print(f"records: {n:,}  patterns: {len(patterns):,}  seed: {args.seed}  best of {args.runs}")
    print(f"floor   Counter(pattern):  {floor_s:7.3f} s  {n / floor_s:>13,.0f} records/s")
    print(f"recount:                   {recount_s:7.3f} s  {n / recount_s:>13,.0f} records/s")
    print(f"ratio recount/floor: {ratio:.2f} (target >= {TARGET:.2f})")
    print(f"parse_results (json.loads + parse): {parse_s:7.3f} s  {n / parse_s:>13,.0f} records/s")
    print("classes: " + ", ".join(f"{c.status}/{c.reason} {c.count:,}" for c in result.classes))
    return 0 if ratio >= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
