"""A small certificate of a count: what an independent checker needs to re-derive the outcome.

It names the results file by the sha256 of its bytes and holds the profile (its id and every
value the count depends on) and, per round, its number and kind, the gates with their rule,
formula and numbers, the ballot totals, the ballot-pattern classes (when the ballots were
recorded: class and the votes each pattern gives), the threshold with its rule and base, and
per position (per post, for villagers) the ranking as an ordering witness — after the elected
of higher posts leave it and with any 上票下加 votes added — with who is elected or tied (in
ranking order) and the seats tied or left short. ``tallykit.check.check_certificate`` derives all of
it again from the results file without importing any of tallykit, and rejects any difference.
What a certificate proves and what it does not: docs/certificates.md.
"""

from __future__ import annotations

from typing import Any

from tallykit.counting.ballots import Layout, classify
from tallykit.counting.outcome import Count, RoundOutcome, Seating
from tallykit.profiles import Profile
from tallykit.results import Results

FORMAT = "tallykit.check.certificate/3"
# The parameters a count depends on (ballot judgement, gates, thresholds, seating); the others
# (ages, days, stroke order, sizes) decide procedure findings, not the count, and stay out.
CERTIFIED = (
    "marks",
    "identifying_mark_spoils",
    "reconcile_against",
    "overvote_scope",
    "writein_without_mark",
    "abstainer_writein",
    "threshold_base",
    "quorum_comparison",
    "committee_quorum",
    "tie_revote_needs_majority",
    "recommendation_base",
    "same_person_multi_post",
    "same_person_void_higher",
    "proxy_limit",
    "proxy_relation",
    "participation_base",
    "supplementary_needs_turnout",
    "women_guarantee",
    "women_guarantee_posts",
    "majority_base",
    "carry_down",
    "min_committee",
    "form",
    "candidate_may_hold_proxy",
    "statutory_exclusions",
)


def certificate(results: Results, counted: Count, sha256: str) -> dict[str, Any]:
    """The certificate of ``counted`` (the count of ``results``, whose file's bytes have the
    digest ``sha256``), as plain JSON-ready data."""
    params = counted.profile.params
    return {
        "format": FORMAT,
        "results_sha256": sha256,
        "profile": {
            "id": counted.profile.id,
            "params": {k: params[k] for k in CERTIFIED if k in params},
        },
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
        "positions": [_position(s) for s in r.seating],
    }
    if r.recount is not None:
        out["classes"] = _classes(r, results, profile)
    return out


def _position(s: Seating) -> dict[str, Any]:
    """One position's seating; the elected and the tied listed in ranking order (the order in
    which the core found them carries no meaning)."""
    order = [n for n, _ in s.ranking]
    return {
        "name": s.position,
        "seats": s.seats,
        "ranking": [[n, v] for n, v in s.ranking],
        "elected": sorted(s.elected, key=order.index),
        "tied": sorted(s.tied, key=order.index),
        "tied_seats": s.tied_seats,
        "unfilled": s.unfilled,
    }


def _classes(r: RoundOutcome, results: Results, profile: Profile) -> list[dict[str, Any]]:
    """One entry per distinct ballot pattern: how many, its class and the votes it gives."""
    rnd = results.rounds[r.index]
    layout = Layout.of(rnd)
    out = []
    records = rnd.ballot_records
    for rec, i in zip(records.patterns, records.first) if records is not None else ():
        verdict = classify(rec, layout, profile, path=f"/rounds/{r.index}/ballot_records/{i}")
        out.append(
            {
                "first_record": i,
                "count": rec.count,
                "status": verdict.status,
                "approvals": {p: list(n) for p, n in verdict.approvals.items()},
            }
        )
    return out
