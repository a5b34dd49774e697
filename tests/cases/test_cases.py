"""Named scenario cases: tests/cases/<rule-it-pins>/input.json → expected.json (the count JSON).

Adding a case means adding files. Goldens change only with ``--update-goldens`` and a reviewed
diff. Every case also checks invariants, not just equality.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tallykit.serial import to_json
from tallykit import count, parse_results
from tallykit.counting.ballots import INVALID
from tallykit.check.verify import verify

CASES = sorted(p for p in Path(__file__).parent.iterdir() if (p / "input.json").exists())


def _dump(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_case_matches_golden(case, update_goldens):
    """The count of each named case equals its reviewed golden output."""
    data = json.loads((case / "input.json").read_text(encoding="utf-8"))
    got = _dump(to_json(count(parse_results(data))))
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

    assert to_json(first) == to_json(second)
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


def _named(per_post) -> dict[str, set[str]]:
    return {post: set(names) for post, names in per_post.items() if names}


@pytest.mark.parametrize(
    "case", [c for c in CASES if (c / "expect.json").exists()], ids=lambda p: p.name
)
def test_case_matches_hand_derived_facts(case):
    """The count agrees with the facts worked out by hand in the case's README.md and written
    to expect.json: per round the result, who is elected per post, and where given the void
    reason, the tied, the next round's candidates, the votes counted per person, the threshold's
    base, the round notes and the recount's notes; where given, the profile used and how it was chosen."""
    data = json.loads((case / "input.json").read_text(encoding="utf-8"))
    facts = json.loads((case / "expect.json").read_text(encoding="utf-8"))
    expect = facts["rounds"]
    counted = count(parse_results(data))
    rounds = counted.rounds
    if "profile" in facts:  # the profile used and why (V-2026-DATE)
        assert (counted.profile.id, counted.profile.choice.by) == (facts["profile"], facts["chosen_by"])
    assert len(rounds) == len(expect)
    for got, want in zip(rounds, expect):
        assert got.result == want["result"], f"round {got.index}"
        assert _named(got.elected) == _named(want.get("elected", {})), f"round {got.index}"
        if "void_reason" in want:
            assert got.void_reason == want["void_reason"]
        if "tied" in want:
            assert _named(got.tied) == _named(want["tied"])
        if "next_candidates" in want:
            assert _named(got.next_candidates) == _named(want["next_candidates"])
        if "base" in want:
            assert got.threshold.base == want["base"], f"round {got.index}"
        if "notes" in want:
            assert [n.code for n in got.notes] == want["notes"], f"round {got.index}"
        if "recount_notes" in want:  # [position, code, name, ballots], as the recount notes them
            assert [[n.position, n.code, n.name, k] for n, k in got.recount.notes] == want["recount_notes"]
        for post, votes in want.get("votes", {}).items():
            seating = next(s for s in got.seating if s.position == post)
            assert dict(seating.ranking) == votes, post


@pytest.mark.parametrize(
    "case",
    [c for c in CASES if (c / "expect.json").exists() and "verify" in json.loads((c / "expect.json").read_text(encoding="utf-8"))],
    ids=lambda p: p.name,
)
def test_case_verify_finds_what_the_readme_works_out(case):
    """``tallykit verify`` on the case gives exactly the error and warning findings (code,
    severity) its README works out — no more, no fewer; info findings are not listed."""
    data = json.loads((case / "input.json").read_text(encoding="utf-8"))
    want = json.loads((case / "expect.json").read_text(encoding="utf-8"))["verify"]
    found = verify(parse_results(data)).findings
    got = sorted([f.code, f.severity] for f in found if f.severity in ("error", "warning"))
    assert got == sorted(want)
