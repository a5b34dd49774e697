"""Counting a results file: each round through its gates, tally, threshold and seats, as values
(``tallykit.counting.outcome``). Party committee, officers and 两推 rounds here; villagers',
residents' and recall rounds in ``tallykit.counting.villager``. Every decision carries its rule
id.
"""

from __future__ import annotations

from tallykit import rules
from tallykit.counting import villager
from tallykit.counting.ballots import Layout, Recount, recount
from tallykit.counting.electorate import effective_expected, present_voters
from tallykit.counting.outcome import Count, Gate, RoundOutcome, Seating, Threshold
from tallykit.counting.seating import (
    _result,
    _tally_of,
    _void,
    elected_before,
    not_electable,
    one_post_notes,
    rank,
    seat_in_order,
    void_votes,
)
from tallykit.errors import InputError
from tallykit.profiles import Profile, check_fits, chosen, profile_of
from tallykit.results import Ballots, Results, Round, election_day
from tallykit.vocabulary import Result


def count(results: Results, *, profile: Profile | None = None) -> Count:
    """Count every round of ``results`` under ``profile`` (default: the file's own, or the one
    its election kind and day give; ``Count.profile.reason`` says which and why).

    >>> from tallykit.results import parse_results
    >>> data = {"format": "tallykit.results/1", "profile": "party-2020",
    ...   "election": {"kind": "party_committee", "positions": [{"name": "委员", "seats": 2}]},
    ...   "electorate": {"expected": 25, "present": 21}, "candidates": [],
    ...   "rounds": [{"kind": "formal", "positions": [{"name": "委员", "seats": 2}],
    ...     "candidates": {"委员": ["甲", "乙", "丙"]},
    ...     "ballots": {"issued": 21, "returned": 21, "valid": 21, "invalid": 0},
    ...     "tally": {"委员": {"甲": 18, "乙": 13, "丙": 12}}}]}
    >>> c = count(parse_results(data))
    >>> c.rounds[0].result, c.rounds[0].elected, c.rounds[0].threshold.formula
    (<Result.ELECTED: 'elected'>, {'委员': ['甲', '乙']}, '2*votes > 25')
    """
    if profile is None:
        profile = profile_of(results)
    elif profile.choice is None:  # an override (--profile, or the caller's)
        check_fits(profile, results.election.kind, path="")
        profile = chosen(profile, results.election.kind, election_day(results), "option")
    outcomes: list[RoundOutcome] = []
    for i, rnd in enumerate(results.rounds):
        outcomes.append(_count_round(results, i, rnd, profile, tuple(outcomes)))
    return Count(profile=profile, rounds=tuple(outcomes))


def _count_round(
    results: Results, index: int, rnd: Round, profile: Profile, prior: tuple[RoundOutcome, ...] = ()
) -> RoundOutcome:
    path = f"/rounds/{index}"
    rec = None
    if rnd.ballot_records is not None:
        rec = recount(rnd.ballot_records, Layout.of(rnd), profile, path=f"{path}/ballot_records")
    ballots = _ballots_used(rnd, rec, path)
    if results.election.kind in ("villagers_committee", "residents_committee", "recall"):
        return villager.count_round(results, index, rnd, profile, ballots, rec, prior)
    if results.election.kind == "recommendation":
        return _recommendation(results, index, rnd, profile, ballots, rec)
    return _party(results, index, rnd, profile, ballots, rec, prior)


def _ballots_used(rnd: Round, rec: Recount | None, path: str) -> Ballots:
    if rec is not None:
        issued = rnd.ballots.issued if rnd.ballots else rec.returned
        participants = rnd.ballots.participants if rnd.ballots else None
        return Ballots(issued, rec.returned, rec.counted, rec.invalid, participants)
    if rnd.ballots is None:
        raise InputError(
            path=f"{path}/ballots",
            rule="P-BALLOT-1",
            zh="缺少选票数（发出、收回），无法核对选票",
            en="ballot counts (issued, returned) are missing; the round cannot be reconciled",
        )
    return rnd.ballots


def _reconciliation(ballots: Ballots, profile: Profile, present: int | None) -> Gate:
    """P-BALLOT-1: returned ballots against ballots issued (or the number of voters)."""
    against = profile["reconcile_against"]
    base = ballots.issued if against == "issued" else (ballots.participants or present or ballots.issued)
    ok = bool(rules.returned_ok(ballots.returned, base))
    return Gate(
        "reconciliation",
        "P-BALLOT-1",
        ok,
        f"{ballots.returned} <= {base}",
        {"returned": ballots.returned, against: base},
    )


def _party_quorum(results: Results, profile: Profile) -> Gate:
    """P-QUORUM-1 (4/5 of 应到会) or, at the committee's first meeting, P-QUORUM-4."""
    expected, present = effective_expected(results, profile), present_voters(results)
    strict = profile["quorum_comparison"] == ">"
    if results.election.kind == "party_officers" and profile["committee_quorum"] == "two_thirds":
        return Gate(
            "quorum", "P-QUORUM-4", bool(rules.two_thirds_met(present, expected)), f"3*{present} > 2*{expected}",
            {"present": present, "expected": expected},
        )
    rule = "P-QUORUM-4" if results.election.kind == "party_officers" else "P-QUORUM-1"
    op = ">" if strict else ">="
    return Gate(
        "quorum", rule, bool(rules.quorum_met(present, expected, strict=strict)), f"5*{present} {op} 4*{expected}",
        {"present": present, "expected": expected},
    )


def _party_threshold(results: Results, profile: Profile, kind: str) -> Threshold:
    if kind == "tie_revote" and not profile["tie_revote_needs_majority"]:
        return Threshold("P-ELECT-3", "plurality")
    base_name = profile["threshold_base"]
    base = effective_expected(results, profile) if base_name == "expected" else present_voters(results)
    rule = "P-CAND-3" if kind == "preliminary" else ("P-ELECT-5" if kind == "supplementary" else "P-ELECT-1")
    return Threshold(rule, "majority", base_name, base)


def _party(results: Results, index: int, rnd: Round, profile: Profile, ballots: Ballots,
           rec: Recount | None, prior: tuple[RoundOutcome, ...] = ()) -> RoundOutcome:
    """P-BALLOT-2: quorum, then 收回 vs 发出, then (only then) the ballots and the threshold;
    posts in order, one person one post (TK-POST-1)."""
    gates = (_party_quorum(results, profile), _reconciliation(ballots, profile, present_voters(results)))
    threshold = _party_threshold(results, profile, rnd.kind)
    void = _void(index, rnd, gates, ballots, rec, threshold)
    if void is not None:
        return void
    raw = _tally_of(rnd, rec, f"/rounds/{index}")
    tally, notes = void_votes(raw, not_electable(results, raw, profile))
    taken = elected_before(prior)
    seating = seat_in_order(rnd, tally, threshold, taken)
    notes.extend(one_post_notes(rnd, tally, seating, taken, "party"))
    result = _result(rnd, seating, Result.NOMINATED if rnd.kind == "preliminary" else Result.ELECTED)
    checks = _party_checks(results, rnd, profile)
    return RoundOutcome(
        index, rnd.kind, result, gates, threshold, seating, ballots, rec, checks=checks, notes=tuple(notes)
    )


ORDERED_POSITIONS = ("委员", "代表", "常委")  # P-ORDER-1: 书记/副书记 follow the approved order


def strokes_checked(profile: Profile, position: str) -> bool:
    """Whether the ballot's names for ``position`` must be in surname stroke order: only where
    the profile says ballots are printed that way (``ballot_order``; P-ORDER-1 for party 委员,
    代表, 常委 — 书记/副书记 follow the approved order)."""
    if profile.settings.get("ballot_order") is None or profile["ballot_order"] != "surname_strokes":
        return False
    return profile.family != "party" or position in ORDERED_POSITIONS


def _party_checks(results: Results, rnd: Round, profile: Profile) -> tuple[Gate, ...]:
    """Advisory checks of a party round: the 差额 of a formal 委员 election (P-CAND-1) and
    surname stroke order of the printed names (P-ORDER-1/2)."""
    from tallykit.counting.strokes import check_order

    out = []
    for p in rnd.positions:
        printed = rnd.candidates.get(p.name, ())
        if rnd.kind == "formal" and p.name == "委员" and results.election.kind == "party_committee" and printed:
            n, s = len(printed), p.seats
            out.append(
                Gate(
                    "margin", "P-CAND-1", bool(rules.margin_ok(n, s)), f"5*({n}-{s}) >= {s}",
                    {"candidates": n, "seats": s, "min_candidates": rules.min_candidates(s)},
                )
            )
        if strokes_checked(profile, p.name) and len(printed) > 1 and rnd.kind != "tie_revote":
            order = check_order(printed, single_given_name=profile["single_given_name"])
            detail = " ".join(order.expected)
            out.append(
                Gate(
                    "ballot_order", "P-ORDER-1", order.in_order, detail,
                    {"position_index": [q.name for q in rnd.positions].index(p.name),
                     "first_misplaced": -1 if order.first_misplaced is None else order.first_misplaced},
                )
            )
    return tuple(out)


def _recommendation(results: Results, index: int, rnd: Round, profile: Profile, ballots: Ballots,
                    rec: Recount | None) -> RoundOutcome:
    """两推 (seeds/002): valid when more than half of those expected take part (TK-REC-1); a
    nominee needs more than half of the recommendation votes (TK-REC-2); the initial list keeps
    a margin of at least 20% of the seats (TK-REC-3, the P-CAND-1 arithmetic)."""
    expected, present = effective_expected(results, profile), present_voters(results)
    attendance = Gate(
        "attendance", "TK-REC-1", bool(rules.majority(present, expected)), f"2*{present} > {expected}",
        {"present": present, "expected": expected},
    )
    gates = (attendance, _reconciliation(ballots, profile, present))
    base_name = profile["recommendation_base"]
    base = ballots.returned if base_name == "returned" else present
    threshold = Threshold("TK-REC-2", "majority", base_name, base)
    void = _void(index, rnd, gates, ballots, rec, threshold)
    if void is not None:
        return void
    tally = _tally_of(rnd, rec, f"/rounds/{index}")
    seating = []
    for p in rnd.positions:
        ranking = rank(rnd.candidates.get(p.name, ()), tally.get(p.name, {}))
        eligible = tuple(n for n, v in ranking if threshold.passes(v))
        seating.append(Seating(p.name, p.seats, ranking, eligible, eligible))
    list_min = max(rules.min_candidates(p.seats) for p in rnd.positions)
    return RoundOutcome(index, rnd.kind, Result.NOMINATED, gates, threshold, tuple(seating), ballots, rec, list_min=list_min)
