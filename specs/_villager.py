"""Villager ballots stated relationally (V-SAME-PERSON-1, V-BALLOT-OVERVOTE-1 in both scopes),
over z3 terms or ints, and results-format files that replay a villager counterexample."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from tallykit import rules
from tallykit.specs._harness import NAMES
from tallykit.specs._seating import Ops
from tallykit.vocabulary import Family

POSTS = ("主任", "副主任", "委员")
SAME_PERSON = ("highest_only", "void_person")
SCOPES = ("section", "ballot")


@dataclass(frozen=True)
class Judged:
    """One villager ballot judged: marks kept after V-SAME-PERSON-1, sections over quota,
    whether the ballot is invalid, which sections are void, and the votes it gives."""

    kept: list[list[Any]]
    over: list[Any]
    invalid: Any
    voided: list[Any]
    votes: list[list[Any]]


def any_of(ops: Ops, xs: Sequence[Any]) -> Any:
    return ops.Or(*xs) if xs else False


def all_of(ops: Ops, xs: Sequence[Any]) -> Any:
    return ops.And(*xs) if xs else True


def judge(
    marks: Sequence[Sequence[Any]],
    seats: Sequence[Any],
    same_person: str,
    scope: str,
    flagged: Any,
    ops: Ops,
    *,
    dedupe: bool = True,
    over_quota: Any = rules.over_quota,
) -> Judged:
    """``marks[post][person]``: the ballot chooses that person for that post (posts highest
    first). The same person on several posts counts for the highest only (``highest_only``) or
    for none (``void_person``), before the over-vote test; an over-voted section voids that
    section (``section``, the ballot only if every section is over) or the ballot (``ballot``).
    ``dedupe=False`` skips V-SAME-PERSON-1: the broken variant of the carry-down property."""
    posts, people = len(marks), len(marks[0]) if marks else 0
    if not dedupe:
        kept = [list(row) for row in marks]
    elif same_person == "highest_only":
        kept = [
            [
                ops.And(marks[j][x], ops.Not(any_of(ops, [marks[i][x] for i in range(j)])))
                for x in range(people)
            ]
            for j in range(posts)
        ]
    else:
        kept = [
            [
                ops.And(
                    marks[j][x], ops.Not(any_of(ops, [marks[i][x] for i in range(posts) if i != j]))
                )
                for x in range(people)
            ]
            for j in range(posts)
        ]
    chosen = [sum(ops.If(k, 1, 0) for k in row) for row in kept]
    over = [over_quota(c, s) for c, s in zip(chosen, seats)]
    if scope == "ballot":
        invalid = ops.Or(flagged, any_of(ops, over))
        voided = [False] * posts
    else:
        invalid = ops.Or(flagged, all_of(ops, over))
        voided = over
    votes = [
        [ops.And(kept[j][x], ops.Not(invalid), ops.Not(voided[j])) for x in range(people)]
        for j in range(posts)
    ]
    return Judged(kept, over, invalid, voided, votes)


@functools.cache
def profile_of(base: str, **values: Any) -> Any:
    """A built-in profile, or one extending it with ``values`` (made once per process)."""
    from tallykit.profiles import BUILTIN, extend_profile

    return extend_profile(BUILTIN[base], values) if values else BUILTIN[base]


def profile_ref(**values: Any) -> dict[str, Any]:
    return {"extends": "villager-2018", "set": values}


def villager_results(
    rounds: Sequence[dict[str, Any]],
    *,
    registered: int,
    women: Sequence[str] = (),
    profile: Any = "villager-2018",
    note: str = "",
) -> dict[str, Any]:
    """A villagers' committee results file around ``rounds`` (built with ``villager_round``)."""
    first = rounds[0]
    people = sorted(
        {n for names in first["candidates"].values() for n in names}
        | {n for r in rounds for per in r.get("tally", {}).values() for n in per}
    )
    data: dict[str, Any] = {
        "format": "tallykit.results/1",
        "profile": profile,
        "election": {"kind": "villagers_committee", "positions": first["positions"]},
        "electorate": {"registered": registered},
        "candidates": [{"name": n, "gender": "female" if n in women else "male"} for n in people],
        "rounds": list(rounds),
    }
    if note:
        data["extensions"] = {"tallykit.prove": note}
    return data


def villager_round(
    kind: str,
    seats: Mapping[str, int],
    printed: Mapping[str, Sequence[str]],
    *,
    returned: int,
    tally: Mapping[str, Mapping[str, int]] | None = None,
    records: Sequence[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """One round: posts in order with seats, printed names, ballots issued = returned."""
    rnd: dict[str, Any] = {
        "kind": kind,
        "positions": [{"name": p, "seats": s} for p, s in seats.items()],
        "candidates": {p: list(printed[p]) for p in seats},
        "ballots": {"issued": returned, "returned": returned},
    }
    if tally is not None:
        rnd["tally"] = {p: dict(t) for p, t in tally.items()}
    if records is not None:
        rnd["ballot_records"] = list(records)
    return rnd


def people(n: int) -> tuple[str, ...]:
    return NAMES[:n]


TESTS = {"majority": rules.majority, "third": rules.third_floor, "plurality": lambda v, b: True}


def core_threshold(kind: str, profile: Any, **terms: Any) -> Any:
    """The villager core's own threshold for a round of ``kind`` (the rule, test and base of
    the shipping ``procedure``), its base taken from the z3 terms ``issued``, ``returned``,
    ``voters``, ``registered``: which rule, which test and which base the shipping code picks."""
    from tallykit.counting.outcome import Threshold
    from tallykit.counting.procedure import procedure

    election = "residents_committee" if profile.family == Family.RESIDENTS else "villagers_committee"
    rule = procedure(profile, election, kind).threshold
    bases = {
        "cast": terms["returned"],
        "returned": terms["returned"],
        "participants": terms["voters"],
        "registered": terms["registered"],
    }
    return Threshold(rule.rule, rule.test, rule.base, None if rule.base is None else bases[rule.base])


def core_test(threshold: Any) -> Any:
    """``votes -> passes`` for a threshold the core built, on z3 terms (rules.py unchanged)."""
    return lambda v: TESTS[threshold.test](v, threshold.base)


@functools.cache
def _member_file(kind: str, n: int, seats: int, profile: str) -> Any:
    """A parsed file whose round 0 is a formal round of ``n`` printed member candidates and, for
    ``kind == "supplementary"``, round 1 a supplementary round (made once per shape)."""
    from tallykit.results import parse_results

    names = people(n)
    rounds = [
        villager_round("formal", {"委员": seats}, {"委员": names}, returned=1, tally={"委员": {}})
    ]
    if kind == "supplementary":
        rounds.append(
            villager_round(
                "supplementary", {"委员": seats}, {"委员": names}, returned=1, tally={"委员": {}}
            )
        )
    from tallykit.profiles import BUILTIN

    data = villager_results(rounds, registered=1, profile=profile)
    data["election"]["kind"] = (
        "residents_committee"
        if BUILTIN[profile].family == Family.RESIDENTS
        else "villagers_committee"
    )
    return parse_results(data)


def count_member_round(
    kind: str, votes: tuple[int, ...], seats: int, *, profile: str, registered: int, cast: int
) -> tuple[Any, tuple[str, ...]]:
    """The shipping ``rounds.count_round`` on a member post of ``len(votes)`` printed
    candidates with ``votes``, ``cast`` ballots and ``registered`` voters: a formal round, or for
    ``kind == "supplementary"`` the supplementary round after one. Returns (outcome, names)."""
    from msgspec.structs import replace

    from tallykit.counting.rounds import count_round
    from tallykit.profiles import BUILTIN
    from tallykit.results import Ballots

    names = people(len(votes))
    results = _member_file(kind, len(votes), seats, profile)
    results = replace(results, electorate=replace(results.electorate, registered=registered))
    index = len(results.rounds) - 1
    ballots = Ballots(cast, cast)
    rnd = replace(results.rounds[index], ballots=ballots, tally={"委员": dict(zip(names, votes))})
    return count_round(results, index, rnd, BUILTIN[profile], ()), names


def seated_as_relation(out: Any, names: tuple[str, ...], rel: Any) -> bool:
    """The core's one seating equals the relation's (``_seating.seat`` on ints): the same
    elected, tied, unfilled and tied seats."""
    (s,) = out.seating
    pick = lambda flags: {x for x, f in zip(names, flags) if f}  # noqa: E731
    return (
        set(s.elected) == pick(rel.elected)
        and set(s.tied) == pick(rel.tied)
        and s.unfilled == rel.unfilled
        and s.tied_seats == rel.tied_seats
    )
