"""Scenario building for training items: boundaries solved from the rules, elections sized as
the rules size them, votes spread as real counts spread, and results files whose declared
answer is the counting core's own outcome.

Boundary values are not a hand list: each is the smallest integer satisfying an inequality of
``tallykit.rules`` (the functions the counting core uses and the specs prove) —
``boundary(lambda v: rules.majority(v, base))`` is the fewest votes that elect, one less is
exactly half; ``tests/unit/test_training.py`` has z3 prove each predicate monotone and find the same
minimum.

Sizes come from the rules' own tables: a party committee's seats from its organisation type and
membership (P-SIZE-1, the profile's committee sizes, odd), its candidates from the 20% margin
(P-CAND-1, ``rules.min_candidates``); a villagers' committee's size from the population band of
the profile (V-COMP-1, ``parameters.POPULATION_BANDS``), a residents' committee from the statutory
minimum (the profile's ``committee_size_min``, 5) to 7. Votes: winners mostly well over the threshold, losers some just below it and some far.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import msgspec

from tallykit import parameters as P
from tallykit import rules
from tallykit.procedure.composition import party_size
from tallykit.counting.outcome import Count
from tallykit.counting.rounds import count
from tallykit.parameters import PARAMETERS, POPULATION_BANDS
from tallykit.profiles import BUILTIN
from tallykit.results import Results, parse_results
from tallykit.counting.strokes import sort_names
from tallykit.training.people import FEMALE, Names, committee_org, election_date, party_org
from tallykit.vocabulary import Family

FORMAT_ID = "tallykit.results/1"

# ---------------------------------------------------------------- boundaries from the rules


def boundary(holds: Callable[[int], Any], lo: int = 0, hi: int = 1 << 20) -> int:
    """The smallest integer in ``[lo, hi]`` where ``holds`` becomes true (``holds`` is monotone:
    false, then true). Used on the inequalities of ``tallykit.rules``.

    >>> boundary(lambda v: rules.majority(v, 24)), boundary(lambda v: rules.third_floor(v, 601))
    (13, 201)
    >>> boundary(lambda p: rules.quorum_met(p, 25, strict=False)), boundary(lambda p: rules.quorum_met(p, 25, strict=True))
    (20, 21)
    """
    while lo < hi:
        mid = (lo + hi) // 2
        if holds(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo


def fewest_to_elect(base: int) -> int:
    """Fewest votes with ``rules.majority(votes, base)`` (P-ELECT-1, V-DOUBLE-MAJORITY-2)."""
    return boundary(lambda v: rules.majority(v, base))


def fewest_for_third(cast: int) -> int:
    """Fewest votes with ``rules.third_floor(votes, cast)`` (V-SUPP-3)."""
    return boundary(lambda v: rules.third_floor(v, cast))


def fewest_present(expected: int, *, strict: bool) -> int:
    """Smallest attendance with ``rules.quorum_met`` (P-QUORUM-1)."""
    return boundary(lambda p: rules.quorum_met(p, expected, strict=strict))


def first_void_return(issued: int) -> int:
    """Fewest returned ballots that break ``rules.returned_ok`` (P-BALLOT-1, V-BALLOT-RECON-1)."""
    return boundary(lambda r: not rules.returned_ok(r, issued))


# ---------------------------------------------------------------- votes


def fits(tally: dict[str, int], seats: int, valid: int) -> bool:
    """Approval totals some ballots can give (``rules.votes_fit``, ``rules.approvals_fit``)."""
    each = all(rules.votes_fit(v, valid) for v in tally.values())
    return bool(each and rules.approvals_fit(sum(tally.values()), valid, seats))


class NoTally(Exception):
    """No approvals satisfy the constraints asked for; the topic draws another election."""


T = TypeVar("T")


def retry(make: Callable[[], T], tries: int = 50) -> T:
    """``make()``, drawn again while it raises ``NoTally`` (small electorates leave little room)."""
    for _ in range(tries - 1):
        try:
            return make()
        except NoTally:
            continue
    return make()


def votes(
    rng: random.Random,
    names: Sequence[str],
    *,
    counted: int,
    seats: int,
    lo_win: int,
    winners: int,
    fixed: dict[str, int] | None = None,
) -> dict[str, int]:
    """Approvals for ``names`` from ``counted`` ballots: ``fixed`` names as given, ``winners``
    more in ``[lo_win, counted]`` (mostly well over it), the rest below ``lo_win`` — some just
    below, some far — all distinct from each other and from ``fixed``, and some set of ballots
    approving at most ``seats`` people each can give them. In ``names`` order."""
    fixed = dict(fixed or {})
    free = [n for n in names if n not in fixed]
    for _ in range(400):
        rng.shuffle(free)
        up, down = free[:winners], free[winners:]
        out = dict(fixed)
        for n in up:
            out[n] = lo_win + round((counted - lo_win) * rng.betavariate(2.5, 1.4))
        room = seats * counted - sum(out.values())
        for i, n in enumerate(down):
            cap = min(lo_win - 1, room // (len(down) - i)) if room > 0 else 0
            if cap <= 0:
                out[n] = 0
                continue
            near = rng.random() < 0.45
            step = max(2, counted // 25)
            out[n] = (
                max(0, cap - rng.randrange(step))
                if near
                else rng.randrange(cap // 5, cap * 3 // 5 + 1)
            )
            room -= out[n]
        own = [out[n] for n in free]
        if (
            len(set(own)) == len(own)
            and not set(own) & set(fixed.values())
            and fits(out, seats, counted)
        ):
            return {n: out[n] for n in names}
    raise NoTally(f"no tally of {len(names)} names for {seats} seats from {counted} ballots")


def wrap(n: int, printed: Sequence[str], targets: dict[str, int]) -> list[set[str]]:
    """``n`` ballots giving each name exactly its target: approvals laid end to end and dealt
    round the ballots, so no ballot holds a name twice (target <= n) or more than
    ceil(total/n) names (<= seats when total <= seats*n)."""
    ballots: list[set[str]] = [set() for _ in range(n)]
    k = 0
    for name in printed:
        for _ in range(targets.get(name, 0)):
            ballots[k % n].add(name)
            k += 1
    return ballots


def records(
    n: int, posts: Sequence[tuple[str, Sequence[str]]], targets: dict[str, dict[str, int]]
) -> list[dict[str, Any]]:
    """Ballot records for ``n`` ordinary ballots with the given per-post tallies (○ approve,
    × otherwise), identical ballots stored once with a count."""
    per_post = {p: wrap(n, printed, targets.get(p, {})) for p, printed in posts}
    grouped: dict[tuple[str, ...], int] = {}
    for j in range(n):
        key = tuple(
            "".join("○" if name in per_post[p][j] else "×" for name in printed)
            for p, printed in posts
        )
        grouped[key] = grouped.get(key, 0) + 1
    return [
        {"count": c, "marks": {p: m for (p, _), m in zip(posts, key)}}
        for key, c in sorted(grouped.items())
    ]


def ordered(names: Sequence[str]) -> list[str]:
    """Ballot order: surname strokes (P-ORDER-1/2)."""
    return list(sort_names(names))


# ---------------------------------------------------------------- elections


def profile_ref(base: str, **params: Any) -> Any:
    """A profile reference: the id, or the id with the adopted rules' readings set."""
    changed = {k: v for k, v in params.items() if BUILTIN[base][PARAMETERS[k]] != v}
    return {"extends": base, "set": changed} if changed else base


def base_of(ref: Any) -> str:
    return ref if isinstance(ref, str) else ref["extends"]


class Party(msgspec.Struct):
    """A party organisation's election meeting: 应到会, 实到会, seats, name and date."""

    profile: str
    org: str
    org_type: str
    members: int
    expected: int
    present: int
    seats: int
    date: str

    @property
    def base(self) -> int:
        """The threshold base of the profile (P-ELECT-1): 应到会 or 实到会."""
        return (
            self.present if BUILTIN[self.profile][P.THRESHOLD_BASE] == "present" else self.expected
        )

    @property
    def strict(self) -> bool:
        return bool(BUILTIN[self.profile][P.QUORUM_COMPARISON] == ">")

    @property
    def candidates(self) -> int:
        return rules.min_candidates(self.seats)


# Membership of each organisation type (P-SIZE-1: a branch of 7 or more full members has a
# committee; a 总支 has more than 50 members; a 党委 100 or more), and how often each is drawn.
MEMBERS = {"branch": (15, 60), "general_branch": (51, 99), "primary_committee": (100, 230)}
ORG_WEIGHTS = {"branch": 6, "general_branch": 2, "primary_committee": 2}


def party_profile(rng: random.Random, profile: str | None) -> str:
    return profile or rng.choice(("party-2020", "party-2020", "party-1990"))


def party(
    rng: random.Random,
    profile: str | None,
    *,
    even_base: bool = False,
    org_type: str | None = None,
    members: tuple[int, int] | None = None,
) -> Party:
    """An election meeting of a village or community party organisation: the committee size
    odd within P-SIZE-1's usual range for the organisation type (a branch of more than 50
    members elects 5), attendance at least the quorum and usually nearly everyone."""
    pid = party_profile(rng, profile)
    kind = org_type or rng.choices(list(ORG_WEIGHTS), weights=list(ORG_WEIGHTS.values()))[0]
    low, usual, _ = party_size(BUILTIN[pid], kind)
    strict = BUILTIN[pid][P.QUORUM_COMPARISON] == ">"
    while True:
        lo, hi = members or MEMBERS[kind]
        n = rng.randrange(lo, hi + 1)
        sizes = [s for s in range(low, usual + 1) if s % 2]
        if kind == "branch":
            sizes = [3] if n <= 50 else [5]
        seats = rng.choice(sizes)
        least = fewest_present(n, strict=strict)
        gap = n - least
        present = n - min(gap, int(rng.expovariate(1 / max(1.0, n * 0.05))))
        setup = Party(pid, party_org(rng, kind), kind, n, n, present, seats, "")
        if not even_base or setup.base % 2 == 0:
            setup.date = election_date(rng, pid)
            return setup


def party_election(
    setup: Party,
    people: dict[str, list[str]],
    rounds: list[dict[str, Any]],
    *,
    kind: str = "party_committee",
    profile: Any = None,
) -> dict[str, Any]:
    """A results file of a party election: ``people`` per post (委员, or 书记 and 副书记)."""
    election: dict[str, Any] = {"kind": kind, "organization": setup.org, "date": setup.date}
    if kind == "party_committee":
        election.update(org_type=setup.org_type, members=setup.members)
    seats = {"委员": setup.seats}
    election["positions"] = [{"name": p, "seats": seats.get(p, 1)} for p in people]
    return {
        "format": FORMAT_ID,
        "profile": profile if profile is not None else setup.profile,
        "election": election,
        "electorate": {"expected": setup.expected, "present": setup.present},
        "candidates": [candidate(n, "male", post) for post, ns in people.items() for n in ns],
        "rounds": rounds,
    }


def candidate(name: str, gender: str, *posts: str) -> dict[str, Any]:
    """A candidate entry. Only women are marked: the women's guarantee (V-WOMEN-1) needs to know
    who is a woman, while leaving the men unmarked keeps the committee make-up checks (TK-COMP-3,
    TK-COMP-4, which judge only a fully known committee) out of items about counting."""
    return {
        "name": name,
        "positions": list(posts),
        **({"gender": gender} if gender == FEMALE else {}),
    }


class Village(msgspec.Struct):
    """A villagers' or residents' committee election: register, posts, name and date."""

    profile: str
    kind: str
    org: str
    date: str
    population: int
    households: int
    registered: int
    posts: list[tuple[str, int]]

    @property
    def member_seats(self) -> int:
        return self.posts[-1][1]


def village_profile(rng: random.Random, profile: str | None) -> str:
    return profile or rng.choice(("villager-2018", "villager-2018", "residents-2018"))


def _posts(rng: random.Random, size: int) -> list[tuple[str, int]]:
    """主任 1, 副主任 1–2 and the rest 委员 (a committee of 3 may have no 副主任)."""
    if size == 3 and rng.random() < 0.4:
        return [("主任", 1), ("委员", 2)]
    deputies = 2 if size >= 6 or (size == 5 and rng.random() < 0.3) else 1
    return [("主任", 1), ("副主任", deputies), ("委员", size - 1 - deputies)]


def village(
    rng: random.Random,
    profile: str | None,
    *,
    registered: tuple[int, int] | None = None,
    size: int | None = None,
) -> Village:
    """A village (or community) with its register and a committee sized by its population band
    (V-COMP-1; residents' committees 5–7)."""
    pid = village_profile(rng, profile)
    kind = "residents_committee" if BUILTIN[pid].family == Family.RESIDENTS else "villagers_committee"
    lo, hi = registered or ((500, 2600) if kind == "villagers_committee" else (1500, 5200))
    reg = rng.randrange(lo, hi + 1)
    population = reg * rng.randrange(125, 151) // 100
    households = population * 10 // rng.randrange(28, 39)
    if size is None:
        if kind == "villagers_committee":
            band = next(
                b
                for b in POPULATION_BANDS[BUILTIN[pid][P.SIZE_BANDS]]
                if b[1] is None or population < b[1]
            )
            size = rng.randrange(band[2], band[3] + 1)
        else:
            size = rng.randrange(BUILTIN[pid][P.COMMITTEE_SIZE_MIN], 8)
    return Village(
        pid,
        kind,
        committee_org(rng, kind),
        election_date(rng, Family.VILLAGER),
        population,
        households,
        reg,
        _posts(rng, size),
    )


def village_candidates(
    names: Names, setup: Village, women: int = 1
) -> dict[str, list[tuple[str, str]]]:
    """Candidates per post: one more than the seats (委员 sometimes two more, V-CAND-1), with
    ``women`` women among the 主任 / 副主任 candidates, so the women's guarantee (V-WOMEN-1)
    stays out of items about something else."""
    out: dict[str, list[tuple[str, str]]] = {}
    heads = [p for p, _ in setup.posts[:-1]]
    slots = sum(s + 1 for p, s in setup.posts if p in heads)
    women_at = set(names.rng.sample(range(slots), min(women, slots)))
    k = 0
    for post, seats in setup.posts:
        extra = 1 if post in heads or names.rng.random() < 0.6 else 2
        people = []
        for _ in range(seats + extra):
            gender = FEMALE if post in heads and k in women_at else "male"
            people.append(names.person(gender))
            k += post in heads
        out[post] = people
    return out


def village_election(
    setup: Village,
    people: dict[str, list[tuple[str, str]]],
    rounds: list[dict[str, Any]],
    *,
    profile: Any = None,
    extra_people: Sequence[dict[str, Any]] = (),
    posts: Sequence[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    election: dict[str, Any] = {"kind": setup.kind, "organization": setup.org, "date": setup.date}
    if setup.kind == "villagers_committee":
        election.update(households=setup.households, population=setup.population)
    election["positions"] = (
        list(posts) if posts is not None else [{"name": p, "seats": s} for p, s in setup.posts]
    )
    return {
        "format": FORMAT_ID,
        "profile": profile if profile is not None else setup.profile,
        "election": election,
        "electorate": {"registered": setup.registered},
        "candidates": [candidate(n, g, post) for post, ps in people.items() for n, g in ps]
        + list(extra_people),
        "rounds": rounds,
    }


def round_(
    kind: str,
    posts: Sequence[tuple[str, int]],
    printed: dict[str, list[str]],
    issued: int,
    returned: int,
    tally: dict[str, dict[str, int]] | None = None,
    invalid: int = 0,
    ballot_records: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """One round of a results file (``declared`` is filled in by ``finish``)."""
    rnd: dict[str, Any] = {
        "kind": kind,
        "positions": [{"name": p, "seats": s} for p, s in posts],
        "candidates": printed,
        "ballots": {
            "issued": issued,
            "returned": returned,
            "valid": returned - invalid,
            "invalid": invalid,
        },
    }
    if tally is not None:
        rnd["tally"] = tally
    if ballot_records is not None:
        rnd["ballot_records"] = ballot_records
    return rnd


NEXT = {
    "tie_revote": "tie_revote",
    "supplementary": "supplementary",
    "seat_reduction": "seat_reduction",
}


def finish(data: dict[str, Any]) -> tuple[dict[str, Any], Results, Count]:
    """Fill what the count decides: with ballot records, the ballot figures and tally of the
    recount; in every round, ``declared`` as the counting core's outcome."""
    counted = count(parse_results(data))
    for rnd, out in zip(data["rounds"], counted.rounds):
        rec = out.recount
        if rec is not None:
            rnd["ballots"].update(returned=rec.returned, valid=rec.counted, invalid=rec.invalid)
            rnd["tally"] = {p: dict(t) for p, t in rec.tally.items()}
    counted = count(parse_results(data))
    for rnd, out in zip(data["rounds"], counted.rounds):
        rnd["declared"] = declared_of(out)
    results = parse_results(data)
    return data, results, count(results)


def declared_of(out: Any) -> dict[str, Any]:
    """What a meeting announcing the counting core's outcome ``out`` records."""
    if out.result == "void":
        return {"elected": {}, "void": True, "void_reason": out.void_reason, "next": None}
    if out.result in ("recalled", "not_recalled"):
        return {"recalled": [n for names in out.elected.values() for n in names]}
    if out.result == "nominated":
        return {"nominated": {p: list(n) for p, n in out.elected.items()}}
    return {
        "elected": {p: list(n) for p, n in out.elected.items()},
        "void": False,
        "next": NEXT.get(out.result),
    }
