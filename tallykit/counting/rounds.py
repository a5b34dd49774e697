"""Counting a results file: every round of every election kind by one function,
``count_round``, which reads what differs between kinds from the round's procedure
(``tallykit.counting.procedure``): its gates, threshold, posts, follow-up and proxies. Every
decision carries its rule id.
"""

from __future__ import annotations

from collections.abc import Callable

import msgspec

from tallykit import parameters as P
from tallykit import rules
from tallykit.counting import villager
from tallykit.counting.ballots import Layout, Recount, recount
from tallykit.counting.electorate import effective_expected, present_voters
from tallykit.counting.outcome import Count, Gate, RoundNote, RoundOutcome, Seating, Threshold
from tallykit.counting.procedure import Procedure, procedure
from tallykit.counting.seating import (
    Tally,
    _result,
    _tally_of,
    _void,
    elected_before,
    not_electable,
    one_post_notes,
    rank,
    void_votes,
)
from tallykit.counting.villager import seat_posts
from tallykit.errors import InputError
from tallykit.frozen import FrozenDict
from tallykit.parameters import posts_include
from tallykit.profiles import Profile, check_fits, chosen, profile_of
from tallykit.results import Ballots, Results, Round, election_day
from tallykit.vocabulary import GateCode, Post, ProxyRejection, Result


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
        outcomes.append(count_round(results, i, rnd, profile, tuple(outcomes)))
    return Count(profile=profile, rounds=tuple(outcomes))


def count_round(
    results: Results, index: int, rnd: Round, profile: Profile, prior: tuple[RoundOutcome, ...] = ()
) -> RoundOutcome:
    """Count round ``index`` of any election kind as its procedure says (``procedure``); the
    outcome carries that procedure."""
    proc = procedure(profile, results.election.kind, rnd.kind)
    return msgspec.structs.replace(_count(results, index, rnd, profile, prior, proc), procedure=proc)


def _count(
    results: Results, index: int, rnd: Round, profile: Profile, prior: tuple[RoundOutcome, ...],
    proc: Procedure,
) -> RoundOutcome:
    """The gates before any vote counts, the ballots, the votes of people who may not be elected made
    void, the threshold, the seats (posts in order; every nominee of a 两推 vote; the targets of
    a recall), and how the round ends. ``prior``: the outcomes of the earlier rounds."""
    path = f"/rounds/{index}"
    rec = None
    if rnd.ballot_records is not None:
        rec = recount(rnd.ballot_records, Layout.of(rnd), profile, path=f"{path}/ballot_records")
    ballots = _ballots_used(rnd, rec, path)
    notes = list(villager.check_proxies(results, profile)) if proc.proxies else []
    at = _At(results, rnd, profile, ballots, sum(1 for n in notes if isinstance(n.code, ProxyRejection)))
    gates = tuple(g for name in proc.gates for g in GATES[name](at, proc))
    threshold = round_threshold(proc, at)
    void = _void(index, rnd, gates, ballots, rec, threshold, proc.declared_void_rule)
    if void is not None:
        return msgspec.structs.replace(void, notes=tuple(notes))
    raw = _tally_of(rnd, rec, path)
    tally, void_notes = void_votes(raw, not_electable(results, raw, profile))
    notes.extend(void_notes)
    if proc.posts == "targets":
        return _recall(index, rnd, gates, threshold, ballots, rec, tally, notes)
    if proc.posts == "each_qualifies":
        return _nominees(index, rnd, gates, threshold, ballots, rec, tally)
    taken = elected_before(prior)
    seating, seat_notes = seat_posts(results, rnd, profile, tally, threshold, taken, proc)
    notes.extend(seat_notes)
    notes.extend(one_post_notes(rnd, tally, seating, taken, proc.one_post_rule))
    result = _result(rnd, seating, proc.filled, proc.seat_reduction)
    if result == "supplementary" and proc.vacancy_min is not None:
        elected = len(taken) + sum(len(s.elected) for s in seating)
        if elected >= proc.vacancy_min:
            result = Result.VACANCY  # V-SUPP-4, 组织法 art.19: the seats stay vacant until a 补选
            notes.append(RoundNote("vacancy_left", "V-SUPP-4", None, ()))
    nxt: dict[str, tuple[str, ...]] = {}
    if result == "supplementary" and proc.next_candidates:
        held = {n.position for n in notes if n.code == "woman_seat_left_empty" and n.position}
        nxt, cand_notes = villager.next_candidates(results, profile, seating, taken, held)
        notes.extend(cand_notes)
    checks = tuple(g for name in proc.checks for g in CHECKS[name](at))
    return RoundOutcome(
        index, rnd.kind, result, gates, threshold, seating, ballots, rec,
        checks=checks, notes=tuple(notes), next_candidates=FrozenDict(nxt),
    )


class _At(msgspec.Struct, frozen=True):
    """The round being counted and what its gates and threshold read."""

    results: Results
    rnd: Round
    profile: Profile
    ballots: Ballots
    rejected_proxies: int

    def base(self, name: str) -> int:
        """The number a threshold is taken of (``ThresholdRule.base``)."""
        if name == "expected":
            return effective_expected(self.results, self.profile)
        if name == "present":
            return present_voters(self.results)
        if name == "registered":
            return villager.registered(self.results)
        if name == "participants":
            return villager.participants(self.ballots, self.profile, self.rejected_proxies)
        return self.ballots.returned  # "returned", "cast"


def round_threshold(proc: Procedure, at: _At) -> Threshold:
    """The procedure's threshold rule with its base counted."""
    rule = proc.threshold
    base = None if rule.base is None else at.base(rule.base)
    return Threshold(rule.rule, rule.test, rule.base, base)


def _ballots_used(rnd: Round, rec: Recount | None, path: str) -> Ballots:
    if rec is not None:
        issued = rnd.ballots.issued if rnd.ballots else rec.returned
        participants = rnd.ballots.participants if rnd.ballots else None
        return Ballots(issued, rec.returned, rec.counted, rec.invalid, participants)
    if rnd.ballots is None:
        raise InputError.worded("no_ballot_counts", path=f"{path}/ballots", rule="P-BALLOT-1")
    return rnd.ballots


def _reconciliation(at: _At, proc: Procedure) -> tuple[Gate]:
    """P-BALLOT-1: returned ballots against ballots issued (or the number of voters)."""
    ballots, present = at.ballots, present_voters(at.results)
    against = at.profile[P.RECONCILE_AGAINST]
    base = ballots.issued if against == "issued" else (ballots.participants or present or ballots.issued)
    ok = bool(rules.returned_ok(ballots.returned, base))
    return (
        Gate(
            GateCode.RECONCILIATION,
            "P-BALLOT-1",
            ok,
            f"{ballots.returned} <= {base}",
            FrozenDict({"returned": ballots.returned, against: base}),
        ),
    )


def _attendance(at: _At, proc: Procedure) -> tuple[Gate]:
    """TK-REC-1: a 两推 vote is valid when more than half of those expected take part."""
    expected, present = effective_expected(at.results, at.profile), present_voters(at.results)
    return (
        Gate(
            GateCode.ATTENDANCE, "TK-REC-1", bool(rules.majority(present, expected)), f"2*{present} > {expected}",
            FrozenDict({"present": present, "expected": expected}),
        ),
    )


def _turnout(at: _At, proc: Procedure) -> tuple[Gate]:
    """More than half of the registered take part (双过半 first half, V-RECALL-1, R-THRESH-1)."""
    form = villager.election_form(at.results, at.profile)
    voters = at.base("participants")
    return (villager.turnout_gate(voters, villager.registered(at.results), proc.turnout_rule, form),)


def _people(at: _At, proc: Procedure) -> tuple[Gate, ...]:
    """V-BALLOT-RECON-1: returned ballots against the base, the voters taking part and the
    registered."""
    registered = villager.registered(at.results)
    return villager.reconciliation_gates(at.ballots, at.profile[P.RECONCILE_AGAINST], registered)


def _stations(at: _At, proc: Procedure) -> tuple[Gate, ...]:
    """V-BALLOT-RECON-1 per polling station or mobile box (V-ROVING-1)."""
    return tuple(villager.station_gate(s) for s in at.rnd.stations)


def _quorum(at: _At, proc: Procedure) -> tuple[Gate]:
    """P-QUORUM-1 (4/5 of 应到会) or, at the committee's first meeting, P-QUORUM-4."""
    results, profile = at.results, at.profile
    expected, present = effective_expected(results, profile), present_voters(results)
    strict = profile[P.QUORUM_COMPARISON] == ">"
    if results.election.kind == "party_officers" and profile[P.COMMITTEE_QUORUM] == "two_thirds":
        return (
            Gate(
                GateCode.QUORUM, "P-QUORUM-4", bool(rules.two_thirds_met(present, expected)), f"3*{present} > 2*{expected}",
                FrozenDict({"present": present, "expected": expected}),
            ),
        )
    rule = "P-QUORUM-4" if results.election.kind == "party_officers" else "P-QUORUM-1"
    op = ">" if strict else ">="
    return (
        Gate(
            GateCode.QUORUM, rule, bool(rules.quorum_met(present, expected, strict=strict)), f"5*{present} {op} 4*{expected}",
            FrozenDict({"present": present, "expected": expected}),
        ),
    )


def strokes_checked(profile: Profile, position: str, positions: tuple[str, ...]) -> bool:
    """Whether the ballot's names for ``position`` (of a ballot with ``positions``) must be in
    surname stroke order: only where the profile says ballots are printed that way
    (``ballot_order``), for the posts it lists (``stroke_order_posts``; P-ORDER-1 for party 委员,
    代表, 常委 — 书记/副书记 follow the approved order)."""
    if profile.get(P.BALLOT_ORDER) != "surname_strokes":
        return False
    return posts_include(profile[P.STROKE_ORDER_POSTS], position, positions)


def _margin(at: _At) -> tuple[Gate, ...]:
    """The 差额 of a formal 委员 election under the profile's ``candidate_margin`` (P-CAND-1: at
    least 20% of the seats, rounded up; V-CAND-1: more than the seats); advisory: failing it
    does not void the round."""
    margin = at.profile[P.CANDIDATE_MARGIN]
    out = []
    for p in at.rnd.positions:
        printed = at.rnd.candidates.get(p.name, ())
        need = rules.candidates_needed(margin, p.seats)
        if p.name == Post.MEMBER and printed and need is not None:
            n, s = len(printed), p.seats
            rule, formula = ("P-CAND-1", f"5*({n}-{s}) >= {s}") if margin == "fifth_of_seats" else ("V-CAND-1", f"{n} > {s}")
            out.append(Gate(GateCode.MARGIN, rule, n >= need, formula, FrozenDict({"candidates": n, "seats": s, "min_candidates": need})))
    return tuple(out)


def _ballot_order(at: _At) -> tuple[Gate, ...]:
    """P-ORDER-1/2: surname stroke order of the printed names, where the profile says ballots
    are printed that way (advisory)."""
    from tallykit.counting.strokes import check_order

    rnd, profile = at.rnd, at.profile
    out = []
    for p in rnd.positions:
        printed = rnd.candidates.get(p.name, ())
        if strokes_checked(profile, p.name, tuple(q.name for q in rnd.positions)) and len(printed) > 1:
            order = check_order(printed, single_given_name=profile[P.SINGLE_GIVEN_NAME])
            detail = " ".join(order.expected)
            out.append(
                Gate(
                    GateCode.BALLOT_ORDER, "P-ORDER-1", order.in_order, detail,
                    FrozenDict({"position_index": [q.name for q in rnd.positions].index(p.name),
                                "first_misplaced": -1 if order.first_misplaced is None else order.first_misplaced}),
                )
            )
    return tuple(out)


def _nominees(
    index: int, rnd: Round, gates: tuple[Gate, ...], threshold: Threshold, ballots: Ballots,
    rec: Recount | None, tally: Tally,
) -> RoundOutcome:
    """两推 (seeds/002): every person over the threshold is nominated (TK-REC-2); the initial list
    keeps a margin of at least 20% of the seats (TK-REC-3, the P-CAND-1 arithmetic)."""
    seating = []
    for p in rnd.positions:
        ranking = rank(rnd.candidates.get(p.name, ()), tally.get(p.name, {}))
        eligible = tuple(n for n, v in ranking if threshold.passes(v))
        seating.append(Seating(p.name, p.seats, ranking, eligible, eligible))
    list_min = max(rules.min_candidates(p.seats) for p in rnd.positions)
    return RoundOutcome(index, rnd.kind, Result.NOMINATED, gates, threshold, tuple(seating), ballots, rec, list_min=list_min)


def _recall(
    index: int, rnd: Round, gates: tuple[Gate, ...], threshold: Threshold, ballots: Ballots,
    rec: Recount | None, tally: Tally, notes: list[RoundNote],
) -> RoundOutcome:
    """V-RECALL-1 / R-RECALL-1: each target is recalled with more than half of those voting
    (the turnout gate already asked for more than half of the registered)."""
    position = rnd.positions[0].name if rnd.positions else "罢免"
    yes = tally.get(position, {})
    targets = rnd.targets or tuple(yes)
    ranking = tuple((t, yes.get(t, 0)) for t in targets)
    passed = tuple(t for t, v in ranking if threshold.passes(v))
    seating = (Seating(position, len(targets), ranking, passed, passed),)
    result = Result.RECALLED if passed else Result.NOT_RECALLED
    return RoundOutcome(index, rnd.kind, result, gates, threshold, seating, ballots, rec, notes=tuple(notes))


GATES: dict[str, Callable[[_At, Procedure], tuple[Gate, ...]]] = {
    "quorum": _quorum,
    "attendance": _attendance,
    "reconciliation": _reconciliation,
    "turnout": _turnout,
    "reconciliation_people": _people,
    "stations": _stations,
}
CHECKS: dict[str, Callable[[_At], tuple[Gate, ...]]] = {"margin": _margin, "ballot_order": _ballot_order}
