"""Benchmark: a generated county batch of 1,000 result files, about 2,000,000 ballot records in
all, verified with ``tallykit verify DIR --jobs 2``.

Each file is a party committee election (about 2,000 members present, 7 seats, 9 candidates)
whose ballots are stored as pattern records with a ``count`` (identical ballots once), as the
results format allows; one file in ten carries an injected inconsistency. Run:

    python benchmarks/verify_batch.py [--files 1000] [--jobs 2] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tallykit.counting.rounds import count
from tallykit.results import parse_results
from tallykit.counting.strokes import sort_names

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "建国志强秀英明芳军华平红伟丽敏静磊洋勇艳杰娟涛超霞斌鹏辉玲桂兰海燕春梅文德胜福"


def one_file(rng: random.Random, i: int) -> dict:
    names: list[str] = []
    while len(names) < 9:
        n = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
        if n not in names:
            names.append(n)
    names = list(sort_names(names))
    present = rng.randint(1950, 2050)
    expected = present + rng.randint(0, 150)
    weights = [rng.random() for _ in names]
    records = []
    left = present
    while left > 0:
        n = min(left, rng.randint(5, 60))
        chosen = sorted(rng.choices(range(9), weights=weights, k=rng.randint(4, 7)))
        marks = "".join("○" if j in chosen else rng.choice("× ") for j in range(9))
        if rng.random() < 0.01:
            marks = "○" * 8 + " "  # over quota: invalid
        records.append({"count": n, "marks": {"委员": marks}})
        left -= n
    rnd = {
        "kind": "formal",
        "positions": [{"name": "委员", "seats": 7}],
        "candidates": {"委员": names},
        "ballots": {"issued": present, "returned": present},
        "ballot_records": records,
    }
    data = {
        "format": "tallykit.results/1",
        "profile": "party-2020",
        "election": {"kind": "party_committee", "organization": f"第{i + 1}党委", "org_type": "primary_committee",
                     "date": "2021-01-10", "positions": [{"name": "委员", "seats": 7}]},
        "electorate": {"expected": expected, "present": present},
        "candidates": [{"name": n, "positions": ["委员"]} for n in names],
        "rounds": [rnd],
    }
    out = count(parse_results(data)).rounds[0]
    rec = out.recount
    rnd["ballots"].update(valid=rec.counted, invalid=rec.invalid)
    rnd["tally"] = {"委员": dict(rec.tally["委员"])}
    rnd["declared"] = {"elected": out.elected, "void": out.result == "void",
                       "next": {"tie_revote": "tie_revote", "supplementary": "supplementary"}.get(out.result)}
    if i % 10 == 0:
        rnd["tally"]["委员"][names[0]] += 3  # recorded tally disagrees with the ballots
    return data


def generate(folder: Path, files: int) -> int:
    rng = random.Random(20210110)
    total = 0
    for i in range(files):
        data = one_file(rng, i)
        total += sum(r["count"] for r in data["rounds"][0]["ballot_records"])
        sub = folder / f"乡镇{i // 100:02d}"
        sub.mkdir(exist_ok=True)
        (sub / f"{i:04d}.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return total


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, default=1000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--keep", type=Path, default=None)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp) / "county"
        folder.mkdir(parents=True, exist_ok=True)
        ballots = generate(folder, args.files)
        size = sum(p.stat().st_size for p in folder.rglob("*.json"))
        cmd = [str(Path(sys.executable).parent / "tallykit"), "verify", str(folder), "--jobs", str(args.jobs), "--format", "json"]
        start = time.perf_counter()
        done = subprocess.run(cmd, capture_output=True)
        wall = time.perf_counter() - start
        summary = json.loads(done.stdout)["summary"]
        print(f"files={args.files} ballots={ballots} bytes={size} jobs={args.jobs} exit={done.returncode} "
              f"wall={wall:.2f}s summary={summary}")


if __name__ == "__main__":
    main()
