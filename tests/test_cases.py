"""Named scenario cases: tests/cases/<rule-it-pins>/input.json → expected.json (the count JSON).

Adding a case means adding files. Goldens change only with ``--update-goldens`` and a reviewed
diff. Every case also checks invariants, not just equality.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tallykit import count, parse_results
from tallykit.ballots import INVALID

CASES = sorted(p for p in (Path(__file__).parent / "cases").iterdir() if (p / "input.json").exists())


def _dump(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_case_matches_golden(case, update_goldens):
    """The count of each named case equals its reviewed golden output."""
    data = json.loads((case / "input.json").read_text(encoding="utf-8"))
    got = _dump(count(parse_results(data)).to_json())
    golden = case / "expected.json"
    if update_goldens or not golden.exists():
        golden.write_text(got, encoding="utf-8")
        if not update_goldens:
            pytest.fail(f"wrote a new golden for {case.name}; review and commit it")
    assert got == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_case_invariants(case):
    """Conservation, seats, threshold soundness and determinism hold for every case."""
    data = json.loads((case / "input.json").read_text(encoding="utf-8"))
    results = parse_results(data)
    first, second = count(results), count(parse_results(json.loads(json.dumps(data))))

    assert first.to_json() == second.to_json()
    for r in first.rounds:
        if r.recount is not None:
            rc = r.recount
            assert rc.valid + rc.partly_valid + rc.invalid == rc.returned
            assert sum(c.count for c in rc.classes) == rc.returned
            assert all((c.status == INVALID) == (c.reason in {"over_quota", "identifying_mark", "unreadable", "torn", "writein_without_mark"}) for c in rc.classes)
        for s in r.seating:
            assert len(s.elected) + len(s.tied) <= s.seats + len(s.tied)
            assert len(s.elected) <= s.seats
            votes = dict(s.ranking)
            for name in s.elected:
                assert r.threshold.passes(votes[name])
            for name, v in s.ranking:
                if not r.threshold.passes(v):
                    assert name not in s.elected
