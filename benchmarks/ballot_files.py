"""Seeded results files with one ballot record per ballot, as a scanning or data-entry system
exports them: a county batch and one very large file. Used by ``records_bench.py`` and
``scale.py``; run alone to write the files:

    python benchmarks/ballot_files.py county DIR [--files 1000] [--seed 2026]
    python benchmarks/ballot_files.py big FILE [--records 1000000] [--seed 2026]

A county batch is two villagers' committee elections (主任 1, 副主任 1, 委员 3) for every party
committee election (委员 7 of 9), 1,600–2,400 ballots each. Each ballot is drawn on its own:
most approve a few of the printed candidates by preference and leave the others blank or cross
them out (a voter's habit, now and then mixed), some are blank, some approve more
than the seats (over the quota), some carry a write-in or an unreadable line, a few are flagged
torn or marked. The recorded ballot counts, tally and declaration are the recount's, so a file
passes unless it is one of the one-in-ten with an injected inconsistency (its tally is off by
three).
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path
from typing import Any

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
GIVEN = "建国志强秀英明芳军华平红伟丽敏静磊洋勇艳杰娟涛超霞斌鹏辉玲桂兰海燕春梅文德胜福"
VILLAGE_POSTS = (("主任", 1, 2), ("副主任", 1, 2), ("委员", 3, 5))  # post, seats, printed
PARTY_POSTS = (("委员", 7, 9),)


def names(rng: random.Random, k: int, taken: set[str]) -> list[str]:
    out: list[str] = []
    while len(out) < k:
        n = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
        if n not in taken:
            taken.add(n)
            out.append(n)
    return out


def line(rng: random.Random, weights: list[float], seats: int, others: str) -> str:
    """One post's line of symbols: ○ approve, × disapprove, space abstain, ? unreadable; the
    names not approved get ``others`` (the voter's habit: leave them blank, cross them out, or
    now this, now that)."""
    roll = rng.random()
    k = len(weights)
    if roll < 0.03:
        return " " * k  # blank
    if roll < 0.045:
        return "○" * min(k, seats + 1) + "×" * (k - min(k, seats + 1))  # over the quota
    if roll < 0.05:
        symbols = [rng.choice("○× ") for _ in range(k)]
        symbols[rng.randrange(k)] = "?"  # one line unreadable
        return "".join(symbols)
    chosen = set(rng.choices(range(k), weights=weights, k=rng.randint(1, seats)))
    return "".join("○" if j in chosen else rng.choice(others) for j in range(k))


def ballot(
    rng: random.Random, posts: list[tuple[str, int, list[str]]], weights: dict[str, list[float]]
) -> dict[str, Any]:
    """One ballot record (count 1), drawn on its own."""
    roll = rng.random()
    others = " " if roll < 0.6 else "×" if roll < 0.95 else "× "
    rec: dict[str, Any] = {
        "marks": {p: line(rng, weights[p], seats, others) for p, seats, _ in posts}
    }
    roll = rng.random()
    if roll < 0.01:  # a write-in: the voter crossed out a printed name and wrote another
        p, _, printed = posts[-1]
        marks = rec["marks"][p]
        if "○" in marks:
            i = marks.index("○")
            rec["marks"][p] = marks[:i] + "×" + marks[i + 1 :]
            rec["write_ins"] = {p: [[rng.choice(("钱德胜", "孙国梁", "周桂兰")), "○"]]}
    elif roll < 0.013:
        rec["flags"] = [rng.choice(("torn", "identifying_mark"))]
    return rec


def election(rng: random.Random, i: int, voters: int | None = None) -> dict[str, Any]:
    """One results file; the ballots are individual records, the figures still to be filled."""
    from tallykit.counting.strokes import sort_names

    village = i % 3 != 0
    taken: set[str] = set()
    posts = [
        (p, seats, list(sort_names(names(rng, printed, taken))))
        for p, seats, printed in (VILLAGE_POSTS if village else PARTY_POSTS)
    ]
    weights = {p: [rng.random() + 0.2 for _ in printed] for p, _, printed in posts}
    returned = voters or rng.randint(1600, 2400)
    records = [ballot(rng, posts, weights) for _ in range(returned)]
    positions = [{"name": p, "seats": seats} for p, seats, _ in posts]
    rnd: dict[str, Any] = {
        "kind": "formal",
        "positions": positions,
        "candidates": {p: printed for p, _, printed in posts},
        "ballots": {"issued": returned + rng.randint(0, 20), "returned": returned},
        "ballot_records": records,
    }
    org = f"第{i + 1}村" if village else f"第{i + 1}党委"
    doc: dict[str, Any] = {
        "format": "tallykit.results/1",
        "profile": "villager-2018" if village else "party-2020",
        "election": {
            "kind": "villagers_committee" if village else "party_committee",
            "organization": org + ("民委员会" if village else ""),
            "date": "2021-01-10",
            "positions": positions,
        },
        "electorate": (
            {"registered": rnd["ballots"]["issued"] + rng.randint(0, 300)}
            if village
            else {
                "expected": rnd["ballots"]["issued"] + rng.randint(0, 100),
                "present": rnd["ballots"]["issued"],
            }
        ),
        "candidates": [{"name": n, "positions": [p]} for p, _, printed in posts for n in printed],
        "rounds": [rnd],
    }
    if not village:
        doc["election"]["org_type"] = "primary_committee"
    return doc


def declare(doc: dict[str, Any], wrong: bool) -> dict[str, Any]:
    """Fill in the recorded figures and declaration from tallykit's own recount (on the records
    grouped by pattern, which is quick); ``wrong``: the first tally is off by three."""
    from tallykit.counting.rounds import count
    from tallykit.results import parse_results

    rnd = doc["rounds"][0]
    records = rnd["ballot_records"]
    grouped: dict[str, int] = {}
    for r in records:
        key = json.dumps(r, ensure_ascii=False, sort_keys=True)
        grouped[key] = grouped.get(key, 0) + 1
    rnd["ballot_records"] = [{**json.loads(k), "count": n} for k, n in grouped.items()]
    out = count(parse_results(doc)).rounds[0]
    rnd["ballot_records"] = records
    rec = out.recount
    rnd["ballots"].update(valid=rec.counted, invalid=rec.invalid)
    rnd["tally"] = {p: dict(t) for p, t in rec.tally.items()}
    rnd["declared"] = {
        "elected": {p: list(v) for p, v in out.elected.items()},
        "void": out.result == "void",
        "next": {"tie_revote": "tie_revote", "supplementary": "supplementary"}.get(out.result),
    }
    if wrong:
        first = next(iter(rnd["tally"].values()))
        name = next(iter(first))
        first[name] += 3
    return doc


def write(path: Path, doc: dict[str, Any]) -> int:
    text = json.dumps(doc, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return len(doc["rounds"][0]["ballot_records"])


def county(folder: Path, files: int = 1000, seed: int = 2026) -> int:
    """Write a county batch into ``folder`` (ten townships of a hundred files); the number of
    ballot records written."""
    rng = random.Random(seed)
    total = 0
    for i in range(files):
        sub = folder / f"乡镇{i // 100:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        total += write(sub / f"{i:04d}.json", declare(election(rng, i), wrong=i % 10 == 5))
    return total


def big(path: Path, records: int = 1_000_000, seed: int = 2026) -> int:
    """Write one villagers' committee election with ``records`` ballot records."""
    rng = random.Random(seed)
    return write(path, declare(election(rng, 1, voters=records), wrong=False))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="what", required=True)
    c = sub.add_parser("county")
    c.add_argument("folder", type=Path)
    c.add_argument("--files", type=int, default=1000)
    c.add_argument("--seed", type=int, default=2026)
    b = sub.add_parser("big")
    b.add_argument("file", type=Path)
    b.add_argument("--records", type=int, default=1_000_000)
    b.add_argument("--seed", type=int, default=2026)
    args = ap.parse_args()
    if args.what == "county":
        n = county(args.folder, args.files, args.seed)
        print(f"{args.files} files, {n:,} ballot records in {args.folder}")
    else:
        n = big(args.file, args.records, args.seed)
        print(f"{n:,} ballot records in {args.file} ({args.file.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
