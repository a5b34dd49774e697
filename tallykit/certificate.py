"""A small certificate of a count: what an independent checker needs to re-derive the outcome.

It holds the profile with every value used and, per round, the gates with their numbers, the
ballot totals, the ballot-pattern classes (when the ballots were recorded: class and the votes
each pattern gives), the threshold and its base, and per position (per post, for villagers)
the ranking as an ordering witness — after the elected of higher posts leave it and with any
上票下加 votes added — with who is elected, tied or left short. ``tallykit.check_certificate``
re-checks it against the results file without importing any of tallykit.
"""

from __future__ import annotations

from typing import Any

from tallykit.ballots import Layout, classify
from tallykit.counting import Count, RoundOutcome
from tallykit.profiles import Profile
from tallykit.results import Results

FORMAT = "tallykit.certificate/2"


def certificate(results: Results, counted: Count) -> dict[str, Any]:
    """The certificate of ``counted`` (the count of ``results``), as plain JSON-ready data."""
    return {
        "format": FORMAT,
        "profile": counted.profile.describe(),
        "rounds": [_round(r, results, counted.profile) for r in counted.rounds],
    }


def _round(r: RoundOutcome, results: Results, profile: Profile) -> dict[str, Any]:
    b = r.ballots
    out: dict[str, Any] = {
        "round": r.index,
        "kind": r.kind,
        "result": r.result,
        "gates": [
            {
                "code": g.code,
                "rule": g.rule,
                "passed": g.passed,
                "formula": g.formula,
                "values": dict(g.values),
            }
            for g in r.gates
        ],
        "ballots": {
            "issued": b.issued,
            "returned": b.returned,
            "valid": b.valid,
            "invalid": b.invalid,
        },
        "threshold": (
            None
            if r.threshold is None
            else {
                "rule": r.threshold.rule,
                "test": r.threshold.test,
                "base_name": r.threshold.base_name,
                "base": r.threshold.base,
            }
        ),
        "positions": [
            {
                "name": s.position,
                "seats": s.seats,
                "ranking": [[n, v] for n, v in s.ranking],
                "elected": list(s.elected),
                "tied": list(s.tied),
                "tied_seats": s.tied_seats,
                "unfilled": s.unfilled,
            }
            for s in r.seating
        ],
    }
    if r.recount is not None:
        out["classes"] = _classes(r, results, profile)
    return out


def _classes(r: RoundOutcome, results: Results, profile: Profile) -> list[dict[str, Any]]:
    """One entry per distinct ballot pattern: how many, its class and the votes it gives."""
    rnd = results.rounds[r.index]
    layout = Layout.of(rnd)
    seen: dict[Any, dict[str, Any]] = {}
    for i, rec in enumerate(rnd.ballot_records or ()):
        if rec.pattern in seen:
            seen[rec.pattern]["count"] += rec.count
            continue
        verdict = classify(rec, layout, profile, path=f"/rounds/{r.index}/ballot_records/{i}")
        seen[rec.pattern] = {
            "first_record": i,
            "count": rec.count,
            "status": verdict.status,
            "approvals": {p: list(n) for p, n in verdict.approvals.items()},
        }
    return list(seen.values())
