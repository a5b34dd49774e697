"""Rounds: validity gates, tally, threshold, seat filling, ties and shortfalls, as values.

A round ends as one of: ``elected`` (every seat filled), ``tie_revote`` (equal votes at the
boundary that decide a seat; the tied and the seats they share are named), ``supplementary`` (too
few cleared the threshold; never filled from below it), ``seat_reduction`` (a party meeting's
recorded decision to stop short, P-ELECT-4), ``vacancy`` (a villagers' or residents' committee
formed with its minimum after a supplementary election, the other seats vacant until a 补选,
V-SUPP-4), ``void`` (a gate failed), or ``nominated`` (preliminary and recommendation votes).
Every decision carries its rule id.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import attrs

from tallykit import rules
from tallykit.ballots import Layout, Recount, recount
from tallykit.eligibility import no_vote, regime_2020
from tallykit.errors import InputError
from tallykit.frozen import FrozenDict, freeze, strings
from tallykit.profiles import Profile, check_fits, chosen, profile_of
from tallykit.results import Ballots, Results, Round, election_day
from tallykit.vocabulary import Result, RoundKind

# The rules behind what a round calls for next, and behind the follow-up round itself, by profile
# family (residents share the villagers' rules). One table read by render, verify and explain.
NEXT_STEP_RULES: dict[str, dict[str, tuple[str, ...]]] = {
    "party": {"tie_revote": ("P-ELECT-3",), "supplementary": ("P-ELECT-4",), "seat_reduction": ("P-ELECT-4",)},
    "villager": {
        "tie_revote": ("V-TIE-1",),
        "supplementary": ("V-SUPP-1",),
        "seat_reduction": ("V-SUPP-1",),
        "vacancy": ("V-SUPP-4",),
    },
}
FOLLOW_UP_RULES: dict[str, dict[str, tuple[str, ...]]] = {
    "party": {"tie_revote": ("P-ELECT-3",), "supplementary": ("P-ELECT-5",)},
    "villager": {"tie_revote": ("V-TIE-1",), "supplementary": ("V-SUPP-1",)},
}


def step_rules(family: str, step: str | None, *, follow_up: bool = False) -> tuple[str, ...]:
    """Rule ids for a next step (tie re-vote, shortfall, seat reduction) or, with ``follow_up``,
    for the round that carries it out; empty when the step has none."""
    table = FOLLOW_UP_RULES if follow_up else NEXT_STEP_RULES
    return table["party" if family == "party" else "villager"].get(step or "", ())


RESULTS = tuple(Result)
# Results after which the round's elected hold their seats (``vacancy``: a villagers' committee
# formed with its minimum after a supplementary election, the rest vacant until a 补选).
SEATED = (Result.ELECTED, Result.TIE_REVOTE, Result.SUPPLEMENTARY, Result.SEAT_REDUCTION, Result.VACANCY)


@attrs.frozen
class Gate:
    """A test a round must pass before any vote counts (quorum, reconciliation, turnout)."""

    code: str
    rule: str
    passed: bool
    formula: str  # the multiplied-out inequality with the numbers put in, e.g. "5*40 >= 4*45"
    values: FrozenDict[str, int] = attrs.field(converter=freeze)
    cites: tuple[str, ...] = ()  # further rules the gate applies (a mobile box: V-ROVING-1)

    @property
    def rules(self) -> tuple[str, ...]:
        return (self.rule, *self.cites)


# A threshold test as JSON and English output write it, and as Chinese output does.
FORMULAS = {"majority": ("2*votes > {}", "2×得票 > {}"), "third": ("3*votes >= {}", "3×得票 ≥ {}")}


@attrs.frozen
class Threshold:
    """What a person needs to be elected in this round, and from which base."""

    rule: str
    test: str  # "majority", "third", "plurality"
    base_name: str | None = None
    base: int | None = None

    def passes(self, votes: int) -> bool:
        if self.test == "majority":
            return bool(rules.majority(votes, self.base))
        if self.test == "third":
            return bool(rules.third_floor(votes, self.base))
        return True

    @property
    def min_votes(self) -> int | None:
        if self.test == "majority":
            return rules.min_votes_for_majority(self.base or 0)
        if self.test == "third":
            return rules.min_votes_for_third(self.base or 0)
        return None

    @property
    def formula(self) -> str:
        return FORMULAS.get(self.test, ("most votes", ""))[0].format(self.base)

    @property
    def formula_zh(self) -> str:
        """The same test as Chinese output writes it (``2×得票 > 599``)."""
        return FORMULAS.get(self.test, ("", "得票多者当选"))[1].format(self.base)

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "test": self.test,
            "base_name": self.base_name,
            "base": self.base,
            "formula": self.formula,
            "min_votes": self.min_votes,
        }


@attrs.frozen
class Seating:
    """Who of one position's ranking is elected, tied at the boundary, or left short."""

    position: str
    seats: int
    ranking: tuple[tuple[str, int], ...]
    qualified: tuple[str, ...]
    elected: tuple[str, ...]
    tied: tuple[str, ...] = ()
    tied_seats: int = 0
    unfilled: int = 0


def fill_seats(
    ranking: tuple[tuple[str, int], ...], seats: int, qualifies: Callable[[int], bool]
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], int, int]:
    """Fill ``seats`` in vote order from those who qualify (P-ELECT-2, V-DOUBLE-MAJORITY-3).

    Returns (qualified, elected, tied, tied_seats, unfilled). Equal votes across the last seat
    are not decided here: all of them are ``tied`` for ``tied_seats`` (P-ELECT-3, V-TIE-1).
    Nobody below the threshold fills a seat (P-ELECT-4).

    >>> r = (("A", 20), ("B", 18), ("C", 15), ("D", 15), ("E", 15), ("F", 9))
    >>> fill_seats(r, 4, lambda v: 2 * v > 28)
    (('A', 'B', 'C', 'D', 'E'), ('A', 'B'), ('C', 'D', 'E'), 2, 0)
    """
    qualified = tuple(name for name, votes in ranking if qualifies(votes))
    votes_of = dict(ranking)
    if seats <= 0:  # no seat left (a one-seat member post after V-WOMEN-1 confirms a woman)
        return qualified, (), (), 0, 0
    if len(qualified) <= seats:
        return qualified, qualified, (), 0, seats - len(qualified)
    cut = votes_of[qualified[seats - 1]]
    if votes_of[qualified[seats]] < cut:
        return qualified, qualified[:seats], (), 0, 0
    above = tuple(n for n in qualified if votes_of[n] > cut)
    tied = tuple(n for n in qualified if votes_of[n] == cut)
    return qualified, above, tied, seats - len(above), 0


def rank(printed: tuple[str, ...], tally: Mapping[str, int]) -> tuple[tuple[str, int], ...]:
    """Printed candidates and write-ins by votes, most first; equal votes keep ballot order,
    then write-ins by name, so the order is deterministic and never decides anything."""
    order = {name: i for i, name in enumerate(printed)}
    names = list(printed) + sorted(n for n in tally if n not in order)
    return tuple(
        sorted(((n, tally.get(n, 0)) for n in names), key=lambda nv: (-nv[1], order.get(nv[0], len(order)), nv[0]))
    )


@attrs.frozen
class RoundNote:
    """Something that shaped a round's outcome beyond the seating: a rejected proxy, void votes
    for an ineligible person, a woman confirmed first, a vacancy left (villagers)."""

    code: str
    rule: str
    position: str | None = None
    names: tuple[str, ...] = attrs.field(default=(), converter=strings)

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "rule": self.rule, "position": self.position, "names": list(self.names)}


@attrs.frozen
class RoundOutcome:
    """How one round ended, and everything that shows why."""

    index: int
    kind: RoundKind
    result: Result
    gates: tuple[Gate, ...]
    threshold: Threshold | None
    seating: tuple[Seating, ...]
    ballots: Ballots
    recount: Recount | None = None
    void_reason: str | None = None
    void_rules: tuple[str, ...] = ()
    list_min: int | None = None  # recommendation: smallest initial list (TK-REC-3)
    checks: tuple[Gate, ...] = ()  # advisory: failing one does not void the round (差额, ballot order)
    notes: tuple[RoundNote, ...] = ()
    next_candidates: FrozenDict[str, tuple[str, ...]] = attrs.field(factory=FrozenDict, converter=freeze)

    @property
    def elected(self) -> dict[str, list[str]]:
        return {s.position: list(s.elected) for s in self.seating}

    @property
    def tied(self) -> dict[str, list[str]]:
        return {s.position: list(s.tied) for s in self.seating if s.tied}

    def to_json(self) -> dict[str, Any]:
        """The ``outcome`` entry of the verify report (FORMAT.md), plus what the next step needs."""
        out: dict[str, Any] = {
            "round": self.index,
            "result": self.result,
            "elected": self.elected if self.result != "void" else {},
            "threshold": self.threshold.to_json() if self.threshold else None,
        }
        if self.result == "tie_revote":
            out["tie_revote"] = {
                s.position: {"candidates": list(s.tied), "seats": s.tied_seats} for s in self.seating if s.tied
            }
        if self.result in ("supplementary", "seat_reduction", "vacancy"):
            out["unfilled"] = {s.position: s.unfilled for s in self.seating if s.unfilled}
        if self.result == "void":
            out["void_reason"] = self.void_reason
            out["rules"] = list(self.void_rules)
        if self.list_min is not None:
            out["list_min"] = self.list_min
        if self.result in ("recalled", "not_recalled"):
            out["recalled"] = [n for names in self.elected.values() for n in names]
        if self.next_candidates:
            out["next_candidates"] = {p: list(n) for p, n in self.next_candidates.items()}
        if self.notes:
            out["notes"] = [n.to_json() for n in self.notes]
        return out


@attrs.frozen
class Count:
    """A whole results file counted: the profile used and each round's outcome in order."""

    profile: Profile
    rounds: tuple[RoundOutcome, ...]

    @property
    def elected(self) -> dict[str, list[str]]:
        """Everyone elected over all rounds, per position."""
        out: dict[str, list[str]] = {}
        for r in self.rounds:
            if r.result in SEATED:
                for position, names in r.elected.items():
                    out.setdefault(position, []).extend(n for n in names if n not in out.get(position, []))
        return out

    def to_json(self) -> dict[str, Any]:
        return {"profile": self.profile.describe(), "outcome": [r.to_json() for r in self.rounds]}


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
        from tallykit import villager

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


def _need(value: int | None, path: str, rule: str, zh: str, en: str) -> int:
    if value is None:
        raise InputError(path=path, rule=rule, zh=zh, en=en)
    return value


def effective_expected(results: Results, profile: Profile) -> int:
    """应到会 as the rules count it: the recorded figure (which leaves out every listed exclusion)
    plus each listed exclusion of a member who has a vote but lacks the higher organisation's or
    the meeting's approval (P-QUORUM-2: they stay in 应到会). A member without a vote at all
    (P-RIGHTS-1: 预备党员, 留党察看, under 2020 留置/逮捕) never enters 应到会, approved or not."""
    expected = _need(
        results.electorate.expected,
        "/electorate/expected",
        "P-QUORUM-1",
        "党内选举须填写应到会有选举权人数 expected",
        "party elections need electorate.expected",
    )
    return expected + len(unapproved_voters(results, profile))


def unapproved_voters(results: Results, profile: Profile) -> tuple[int, ...]:
    """Indexes of ``electorate.exclusions`` that stay in 应到会 (P-QUORUM-2): members with a vote
    (``eligibility.no_vote``) whose exclusion lacks an approval."""
    since_2020 = regime_2020(profile.extends or profile.id)
    return tuple(
        i
        for i, e in enumerate(results.electorate.exclusions)
        if not e.approved and no_vote(results, e.name, e.reason, since_2020=since_2020) is None
    )


def _present(results: Results) -> int:
    return _need(
        results.electorate.present,
        "/electorate/present",
        "P-QUORUM-1",
        "党内选举须填写实到会有选举权人数 present",
        "party elections need electorate.present",
    )


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
    expected, present = effective_expected(results, profile), _present(results)
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
    base = effective_expected(results, profile) if base_name == "expected" else _present(results)
    rule = "P-CAND-3" if kind == "preliminary" else ("P-ELECT-5" if kind == "supplementary" else "P-ELECT-1")
    return Threshold(rule, "majority", base_name, base)


def _tally_of(rnd: Round, rec: Recount | None, path: str) -> Mapping[str, Mapping[str, int]]:
    if rec is not None:
        return rec.tally
    if not rnd.tally:
        raise InputError(
            path=f"{path}/tally",
            rule="P-BALLOT-2",
            zh="缺少计票结果 tally，也没有选票记录 ballot_records",
            en="the round has neither a tally nor ballot_records",
        )
    return rnd.tally


Tally = Mapping[str, Mapping[str, int]]
# The rule that takes a person elected to a higher post off the lower posts' lists, by family:
# villagers V-POS-1; party officers (书记 before 副书记) one person, one post — rules/party.md has
# no number for it, so it is tallykit's TK-POST-1 (findings catalogue: sources).
ONE_POST_RULE = {"party": "TK-POST-1", "villager": "V-POS-1", "residents": "V-POS-1"}


def seat_post(
    printed: tuple[str, ...],
    position: str,
    seats: int,
    tally: Tally,
    threshold: Threshold,
    taken: set[str],
    only: Callable[[str], bool] | None = None,
) -> Seating:
    """One post: its ranking without the people already elected (``taken``), or only the people
    ``only`` admits (a seat reserved for women, V-WOMEN-1), filled in vote order."""
    ranking = tuple((n, v) for n, v in rank(printed, tally.get(position, {})) if n not in taken)
    if only is not None:
        ranking = tuple((n, v) for n, v in ranking if only(n))
    return Seating(position, seats, ranking, *fill_seats(ranking, seats, threshold.passes))


def seat_in_order(
    rnd: Round,
    tally: Tally,
    threshold: Threshold,
    taken: set[str],
    only: Callable[[str | None], Callable[[str], bool] | None] = lambda reserved: None,
) -> tuple[Seating, ...]:
    """Posts in ballot order, highest first: whoever a higher post (or an earlier round) elected
    leaves the lower posts (one person, one post: V-POS-1, TK-POST-1). ``only`` maps a post's
    ``reserved`` to whom its seats admit."""
    taken = set(taken)
    out = []
    for p in rnd.positions:
        printed = rnd.candidates.get(p.name, ())
        seating = seat_post(printed, p.name, p.seats, tally, threshold, taken, only(p.reserved))
        out.append(seating)
        taken.update(seating.elected)
    return tuple(out)


def one_post_notes(
    rnd: Round, tally: Tally, seating: tuple[Seating, ...], taken: set[str], family: str
) -> list[RoundNote]:
    """Per post, the people with votes there who left it for a higher post or an earlier round's
    election (``ONE_POST_RULE``): the record of why their votes elect nobody."""
    held = set(taken)
    out = []
    for s in seating:
        gone = tuple(n for n, v in tally.get(s.position, {}).items() if v > 0 and n in held)
        if gone:
            out.append(RoundNote("elected_to_higher_post", ONE_POST_RULE[family], s.position, gone))
        held.update(s.elected)
    return out


INELIGIBLE_FLAGS = {"not_registered": "V-WRITEIN-1", "ineligible": "V-INELIGIBLE-1"}


def not_electable(results: Results, tally: Tally, profile: Profile) -> dict[str, tuple[str, str]]:
    """People whose votes are void by name while the rest of each ballot stands, with the note
    code and rule: villagers' candidates flagged not registered or ineligible (V-WRITEIN-1,
    V-INELIGIBLE-1), or with a flag the law bars from election (the profile's
    ``statutory_exclusions``, V-2026-CAND-1); at the new committee's first meeting
    (``party_officers`` with ``election.committee``) anyone not on the newly elected committee
    (P-CAND-2, P-VALID-5)."""
    kind = results.election.kind
    if kind in ("villagers_committee", "residents_committee", "recall"):
        barred = dict.fromkeys(profile["statutory_exclusions"], "statutory_exclusion")
        void = {**barred, **{f: f for f in INELIGIBLE_FLAGS}}
        rules = {**INELIGIBLE_FLAGS, "statutory_exclusion": profile.rule("statutory_exclusions")}
        first = {c.key: next((void[f] for f in c.flags if f in void), None) for c in results.candidates}
        return {k: (f"votes_void_{f}", rules[f]) for k, f in first.items() if f is not None}
    members = set(results.election.committee)
    if kind == "party_officers" and members:
        names = {n for per in tally.values() for n in per}
        return {n: ("votes_void_not_committee_member", "P-CAND-2") for n in names - members}
    return {}



def void_votes(tally: Tally, barred: Mapping[str, tuple[str, str]]) -> tuple[dict[str, dict[str, int]], list[RoundNote]]:
    """The tally without the votes of ``barred`` people (``not_electable``), and a note per
    post and person."""
    out: dict[str, dict[str, int]] = {}
    notes = []
    for position, per in tally.items():
        out[position] = {}
        for name, votes in per.items():
            if name in barred:
                code, rule = barred[name]
                notes.append(RoundNote(code, rule, position, (name,)))
            else:
                out[position][name] = votes
    return out, notes


def _result(rnd: Round, seating: tuple[Seating, ...], filled: Result, family: str = "party") -> Result:
    """The round's end from its seating: a boundary tie first (the next vote), then a shortfall.
    Only a party meeting may reduce its seats by a recorded decision (P-ELECT-4); a villagers'
    shortfall goes to a supplementary election (V-SUPP-1)."""
    if any(s.tied for s in seating):
        return Result.TIE_REVOTE
    if any(s.unfilled for s in seating):
        declared = rnd.declared
        reduced = declared is not None and declared.next == "seat_reduction"
        return Result.SEAT_REDUCTION if reduced and family == "party" else Result.SUPPLEMENTARY
    return filled


def _void(index: int, rnd: Round, gates: tuple[Gate, ...], ballots: Ballots, rec: Recount | None,
          threshold: Threshold | None, declared_rule: str = "P-BALLOT-1") -> RoundOutcome | None:
    failed = [g for g in gates if not g.passed]
    if failed:
        return RoundOutcome(
            index, rnd.kind, Result.VOID, gates, threshold, (), ballots, rec,
            void_reason=failed[0].code, void_rules=tuple(dict.fromkeys(r for g in failed for r in g.rules)),
        )
    if rnd.declared is not None and rnd.declared.void:
        return RoundOutcome(
            index, rnd.kind, Result.VOID, gates, threshold, (), ballots, rec,
            void_reason="declared", void_rules=(declared_rule,),
        )
    return None


def elected_before(prior: tuple[RoundOutcome, ...]) -> set[str]:
    """Everyone elected in the earlier rounds that are not void."""
    return {n for o in prior if o.result != "void" for names in o.elected.values() for n in names}


def _party(results: Results, index: int, rnd: Round, profile: Profile, ballots: Ballots,
           rec: Recount | None, prior: tuple[RoundOutcome, ...] = ()) -> RoundOutcome:
    """P-BALLOT-2: quorum, then 收回 vs 发出, then (only then) the ballots and the threshold;
    posts in order, one person one post (TK-POST-1)."""
    gates = (_party_quorum(results, profile), _reconciliation(ballots, profile, _present(results)))
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
    from tallykit.strokes import check_order

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
    expected, present = effective_expected(results, profile), _present(results)
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
