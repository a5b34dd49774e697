"""Load test of ``tallykit serve`` on loopback (not part of the test suite). Run:

    python benchmarks/serve_load.py [--clients 50] [--seconds 60] [--big-records 300000]

Starts the server on a free 127.0.0.1 port with a fresh data folder, then ``--clients``
clerks (two per election, so every election is entered twice) each loop for ``--seconds``:
open the sheet, type it (the live check: POST /check), save it (a new revision), and every
fifth turn verify it through the JSON API. Meanwhile one system posts a large results document
(``--big-records`` individual ballots) to /api/v1/verify, and the latency of everyone else's
requests while it is judged is reported separately.

At the end every acknowledged save is looked up in the database: the number of revisions of
each clerk's entry equals the saves acknowledged, each stored document still hashes to its
recorded sha256, the last one holds the values the clerk sent last, and SQLite's integrity
check passes. Prints throughput and latency percentiles; exits 1 if anything was lost or
corrupted. All traffic stays on 127.0.0.1 and stops by itself.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx

from tallykit.web import sheet
from tallykit.web.auth import digest, hash_password, new_token
from tallykit.web.store import Store, canonical, sha256

PASSWORD = "load-test-password"
NAMES = ["王志强", "刘芳", "李秀英", "张建国", "陈明", "赵磊"]


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def big_document(records: int, seed: int = 7) -> dict[str, Any]:
    """A party round of ``records`` individually recorded ballots (count 1 each)."""
    rng = random.Random(seed)
    tally = {n: 0 for n in NAMES}
    ballots = []
    for _ in range(records):
        marks = "".join(rng.choice("○○○××  ") for _ in NAMES)
        if marks.count("○") > 5:
            marks = marks.replace("○", "×", 1)
        for n, m in zip(NAMES, marks):
            tally[n] += m == "○"
        ballots.append({"count": 1, "marks": {"委员": marks}})
    return {
        "format": "tallykit.results/1",
        "profile": "party-2020",
        "election": {
            "kind": "party_committee",
            "organization": "大型测试支部",
            "positions": [{"name": "委员", "seats": 5}],
        },
        "electorate": {"expected": records, "present": records},
        "candidates": [{"name": n, "positions": ["委员"]} for n in NAMES],
        "rounds": [
            {
                "kind": "formal",
                "positions": [{"name": "委员", "seats": 5}],
                "candidates": {"委员": NAMES},
                "ballots": {"issued": records, "returned": records, "valid": records, "invalid": 0},
                "tally": {"委员": tally},
                "ballot_records": ballots,
            }
        ],
    }


class Stats:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.samples: list[tuple[float, float, str]] = []  # (start, seconds, kind)
        self.errors: list[str] = []

    def timed(self, kind: str, fn: Any) -> Any:
        start = time.monotonic()
        out = fn()
        with self.lock:
            self.samples.append((start, time.monotonic() - start, kind))
        return out


def clerk(
    url: str, name: str, eid: int, deadline: float, stats: Stats, token: str, acks: dict[str, Any]
) -> None:
    rng = random.Random(name)
    http = httpx.Client(base_url=url, timeout=120)
    r = http.post("/login", data={"name": name, "password": PASSWORD, "next": "/elections"})
    if r.status_code != 303:
        stats.errors.append(f"{name}: login {r.status_code}")
        return
    turn = 0
    while time.monotonic() < deadline:
        turn += 1
        page = stats.timed("open sheet", lambda: http.get(f"/elections/{eid}/entry")).text
        csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
        base = re.search(r'name="base" value="([^"]*)"', page).group(1)  # type: ignore[union-attr]
        slot = re.search(r'name="slot" value="([^"]*)"', page).group(1)  # type: ignore[union-attr]
        votes = [rng.randint(0, 40) for _ in NAMES]
        fields: dict[str, Any] = {
            "csrf": csrf,
            "base": base,
            "slot": slot,
            "action": "save",
            "n:/electorate/expected": "45",
            "n:/electorate/present": "40",
            "n:/rounds/0/ballots/issued": "40",
            "n:/rounds/0/ballots/returned": "40",
            "n:/rounds/0/ballots/valid": "39",
            "n:/rounds/0/ballots/invalid": "1",
            **{f"n:/rounds/0/tally/委员/{n}": str(v) for n, v in zip(NAMES, votes)},
            "names:/rounds/0/declared/elected/委员": [""]
            + [n for n, v in zip(NAMES, votes) if 2 * v > 45][:5],
        }
        stats.timed(
            "live check",
            lambda: http.post(
                f"/elections/{eid}/check", data=fields, headers={"X-CSRF-Token": csrf}
            ),
        )
        r = stats.timed("save", lambda: http.post(f"/elections/{eid}/entry", data=fields))
        if r.status_code == 200:
            acks[name] = {
                "slot": slot,
                "saves": acks.get(name, {}).get("saves", 0) + 1,
                "votes": votes,
            }
        else:
            stats.errors.append(f"{name}: save {r.status_code}")
        if turn % 5 == 0:
            doc = (
                {**json.loads(http.get(f"/elections/{eid}/revisions/{int(base)}").text)}
                if base
                else None
            )
            if doc is not None:
                stats.timed(
                    "api verify",
                    lambda: http.post(
                        "/api/v1/verify", json=doc, headers={"Authorization": f"Bearer {token}"}
                    ),
                )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--big-records", type=int, default=300_000)
    args = ap.parse_args()

    data = Path(tempfile.mkdtemp(prefix="tallykit-load-"))
    store = Store(data)
    pw = hash_password(PASSWORD)
    names = [f"clerk{i:02d}" for i in range(args.clients)]
    for n in names:
        store.add_user(n, "clerk", pw, None)
    store.add_user("reviewer", "reviewer", pw, None)
    reviewer = store.user_by_name("reviewer")
    token = new_token()
    store.add_token("loadtest", digest(token), "reviewer", None)
    elections = []
    for i in range((args.clients + 1) // 2):
        doc = sheet.skeleton(
            "party_committee",
            "party-2020",
            f"第{i + 1}村党支部",
            "2021-01-08",
            [{"name": "委员", "seats": 5}],
            {"委员": NAMES},
        )
        elections.append(
            store.add_election(
                "负载镇", f"第{i + 1}村党支部", "party_committee", "party-2020", reviewer, doc
            )
        )

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from tallykit.cli.main import main; main()",
            "serve",
            "--data",
            str(data),
            "--port",
            str(port),
            "--no-browser",
            "--max-upload-mb",
            "200",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        assert proc.stdout is not None and "http://" in proc.stdout.readline().decode()
        big = json.dumps(big_document(args.big_records), ensure_ascii=False).encode()
        stats = Stats()
        acks: dict[str, Any] = {}
        big_window: list[float] = []
        deadline = time.monotonic() + args.seconds

        def big_upload() -> None:
            time.sleep(min(10.0, args.seconds / 4))
            start = time.monotonic()
            r = httpx.post(
                f"{url}/api/v1/verify",
                content=big,
                timeout=600,
                headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
            )
            big_window.extend([start, time.monotonic()])
            if r.status_code != 200 or r.json().get("status") == "unreadable":
                stats.errors.append(f"big verify: {r.status_code} {r.text[:200]}")

        threads = [
            threading.Thread(
                target=clerk, args=(url, n, elections[i // 2], deadline, stats, token, acks)
            )
            for i, n in enumerate(names)
        ]
        threads.append(threading.Thread(target=big_upload))
        began = time.monotonic()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.monotonic() - began
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()

    # every acknowledged save is there, intact, the last one as sent
    lost = corrupt = 0
    for i, n in enumerate(names):
        ack = acks.get(n)
        if ack is None:
            continue
        eid = elections[i // 2]
        revs = [r for r in store.history(eid) if r["slot"] == ack["slot"]]
        mine = [store.revision(r["id"]) for r in revs]
        mine = [r for r in mine if r is not None and r["user_name"] == n]
        lost += ack["saves"] - len(mine)
        for r in mine:
            if sha256(canonical(json.loads(r["document"]))) != r["sha256"]:
                corrupt += 1
        last = json.loads(mine[-1]["document"])["rounds"][0]["tally"]["委员"] if mine else {}
        if [last.get(x) for x in NAMES] != ack["votes"]:
            corrupt += 1
    with store.read() as db:
        integrity = db.execute("PRAGMA integrity_check").fetchone()[0]

    durations = [d for _, d, _ in stats.samples]
    print(
        f"clients={args.clients} seconds={elapsed:.1f} requests={len(durations)} "
        f"throughput={len(durations) / elapsed:.1f} req/s saves={sum(a['saves'] for a in acks.values())}"
    )
    for kind in ("open sheet", "live check", "save", "api verify"):
        ds = [d for _, d, k in stats.samples if k == kind]
        if ds:
            print(
                f"  {kind:11s} n={len(ds):6d} median={statistics.median(ds) * 1000:7.1f} ms  p95={percentile(ds, 95) * 1000:7.1f} ms  max={max(ds) * 1000:7.1f} ms"
            )
    print(f"  all         p95={percentile(durations, 95) * 1000:.1f} ms")
    if len(big_window) == 2:
        during = [d for s, d, _ in stats.samples if big_window[0] <= s <= big_window[1]]
        print(
            f"large upload ({len(big) / 1e6:.1f} MB, {args.big_records} ballots) verified in {big_window[1] - big_window[0]:.1f} s; "
            f"meanwhile {len(during)} other requests, median {statistics.median(during) * 1000 if during else float('nan'):.1f} ms, "
            f"p95 {percentile(during, 95) * 1000:.1f} ms"
        )
    print(
        f"lost revisions={lost} corrupted={corrupt} integrity={integrity} errors={len(stats.errors)}"
    )
    for e in stats.errors[:10]:
        print("  " + e)
    sys.exit(0 if lost == 0 and corrupt == 0 and integrity == "ok" and not stats.errors else 1)


if __name__ == "__main__":
    main()
