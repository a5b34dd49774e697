"""The tally exercise: a stack of printed ballots to judge one by one and count.

A branch's 党员大会 (20–40 members present, one ballot each) or a residents' committee elected
by group representatives (20–30 representatives, R-FORMS-1) votes; every ballot is drawn on
its own, numbered in the order it came out of the box. Most voters mark their ballot as the
instructions say; about one in five does something a counter must think about: a blank or
all-× ballot, one ○ too many, a write-in with or without its ○, √ instead of ○, an unreadable
mark, a number written on the paper, a torn ballot. The answer key gives each ballot's class and
reason (the counting core's ``classify``), then the totals and who is elected.
"""

from __future__ import annotations

import random
from typing import Any

from tallykit.counting.ballots import REASON_RULES
from tallykit.training.build import (
    Party,
    Village,
    ordered,
    party,
    party_election,
    retry,
    round_,
    village,
    village_election,
)
from tallykit.training.item import Draft, both, counted_file, names, number, pair, show, verdict
from tallykit.profiles import BUILTIN
from tallykit.training.law import regime
from tallykit.training.people import Names
from tallykit.training.words import day
from tallykit.vocabulary import Family

Pair = tuple[str, str]
Section = tuple[str, int, list[str]]  # post, seats, printed names

# The things voters do that a counter must think about, and how often each is drawn.
ODD = {
    "blank": 3,
    "all_x": 2,
    "over": 3,
    "over_writein": 2,
    "writein": 3,
    "writein_no_mark": 2,
    "check_mark": 2,
    "unreadable": 2,
    "identifying_mark": 1,
    "torn": 1,
}


def _ordinary(
    rng: random.Random, sections: list[Section], support: dict[str, float]
) -> dict[str, str]:
    """A voter who follows the instructions: ○ for those they support (at most the seats), ×
    for the others, now and then a name left blank."""
    marks = {}
    for post, seats, printed in sections:
        wanted = [n for n in printed if rng.random() < support[n]]
        wanted.sort(key=lambda n: support[n] + rng.uniform(-0.2, 0.2), reverse=True)
        liked = set(wanted[:seats])
        marks[post] = "".join(
            "○" if n in liked else " " if rng.random() < 0.08 else "×" for n in printed
        )
    return marks


def _odd(
    rng: random.Random,
    kind: str,
    sections: list[Section],
    support: dict[str, float],
    writeins: list[str],
) -> dict[str, Any]:
    """One ballot with ``kind`` of oddity in one section (the first post with room for it)."""
    rec: dict[str, Any] = {"count": 1, "marks": _ordinary(rng, sections, support)}
    if kind == "blank":
        rec["marks"] = {p: " " * len(printed) for p, _, printed in sections}
        return rec
    if kind == "all_x":
        rec["marks"] = {p: "×" * len(printed) for p, _, printed in sections}
        return rec
    if kind in ("identifying_mark", "torn"):
        rec["flags"] = [kind]
        return rec
    post, seats, printed = max(sections, key=lambda s: len(s[2]) - s[1])
    k = len(printed)
    if kind == "over" and k > seats:
        picked = set(rng.sample(range(k), seats + 1))
        rec["marks"][post] = "".join("○" if i in picked else "×" for i in range(k))
    elif kind in ("over", "over_writein", "writein", "writein_no_mark"):
        crossed = rng.randrange(k)
        mine = seats if kind in ("over", "over_writein") else seats - 1
        others = [i for i in range(k) if i != crossed]
        picked = set(rng.sample(others, min(mine, len(others))))
        rec["marks"][post] = "".join(
            "×" if i == crossed else "○" if i in picked else "×" for i in range(k)
        )
        symbol = " " if kind == "writein_no_mark" else "○"
        rec["write_ins"] = {post: [[rng.choice(writeins), symbol]]}
    elif kind == "check_mark":
        rec["marks"][post] = rec["marks"][post].replace("○", "√")
        if "√" not in rec["marks"][post]:
            rec["marks"][post] = "√" + rec["marks"][post][1:]
    elif kind == "unreadable":
        i = rng.randrange(k)
        m = rec["marks"][post]
        rec["marks"][post] = m[:i] + "?" + m[i + 1 :]
    return rec


def _stack(
    rng: random.Random, n: int, sections: list[Section], writeins: list[str]
) -> list[dict[str, Any]]:
    """``n`` ballots, about one in five odd, in the order they came out of the box."""
    support = {}
    for _, seats, printed in sections:  # the favourites usually fill the seats, the others trail
        favourites = set(rng.sample(printed, seats))
        support.update(
            {
                n: rng.uniform(0.75, 0.98) if n in favourites else rng.uniform(0.1, 0.5)
                for n in printed
            }
        )
    odd_count = rng.randrange(n // 6 + 1, n // 4 + 2)
    kinds = rng.choices(list(ODD), weights=list(ODD.values()), k=odd_count)
    stack = [{"count": 1, "marks": _ordinary(rng, sections, support)} for _ in range(n - odd_count)]
    for kind in kinds:
        stack.insert(rng.randrange(len(stack) + 1), _odd(rng, kind, sections, support, writeins))
    return stack


def _party(rng: random.Random, profile: str | None) -> tuple[dict[str, Any], Pair, Party]:
    setup = party(rng, profile, org_type="branch", members=(22, 42))
    present = rng.randrange(max(20, setup.members - 4), setup.members + 1)
    setup.present = present
    if present * 5 < setup.expected * 4:
        setup.present = present = setup.expected
    people = Names(rng)
    printed = ordered(
        [
            n
            for n, _ in people.people(
                setup.candidates + rng.randrange(0, 2), women=rng.randrange(0, 2)
            )
        ]
    )
    writeins = [people.name() for _ in range(2)]
    stack = _stack(rng, present, [("委员", setup.seats, printed)], writeins)
    rnd = round_(
        "formal", [("委员", setup.seats)], {"委员": printed}, present, present, ballot_records=stack
    )
    where = both(
        "training.tally.party_intro",
        date=day(setup.date),
        org=setup.org,
        seats=setup.seats,
        regime=regime(setup.profile),
        expected=setup.expected,
        present=present,
    )
    return party_election(setup, {"委员": printed}, [rnd]), where, setup


def _residents(rng: random.Random, profile: str | None) -> tuple[dict[str, Any], Pair, Village]:
    pid = (
        profile
        if profile is not None and BUILTIN[profile].family != Family.PARTY
        else "residents-2018"
    )
    setup = village(rng, pid, registered=(24, 33), size=5)
    if (
        setup.kind != "residents_committee"
    ):  # a villagers' profile: its committee by the whole village
        setup = village(rng, "residents-2018", registered=(24, 33), size=5)
    setup.posts = [("主任", 1), ("副主任", 1), ("委员", 3)]
    people = Names(rng)
    cands = {p: people.people(s + 1, women=1 if p == "委员" else 0) for p, s in setup.posts}
    printed = {p: ordered([n for n, _ in ps]) for p, ps in cands.items()}
    writeins = [people.name() for _ in range(2)]
    voted = rng.randrange(-(-2 * setup.registered // 3) + 1, setup.registered + 1)
    stack = _stack(rng, voted, [(p, s, printed[p]) for p, s in setup.posts], writeins)
    rnd = round_("formal", setup.posts, printed, voted, voted, ballot_records=stack)
    data = village_election(setup, cands, [rnd])
    data["election"]["form"] = "group_representatives"
    where = both(
        "training.tally.residents_intro",
        date=day(setup.date),
        org=setup.org,
        regime=regime(setup.profile),
        registered=setup.registered,
        voted=voted,
    )
    return data, where, setup


def exercise(rng: random.Random, family: str, profile: str | None) -> Draft:
    """A tally exercise for ``family`` (``party``: a branch's 党员大会; ``villager``: a residents'
    committee elected by group representatives)."""
    build = _party if family == Family.PARTY else _residents
    data0, where, _ = retry(lambda: build(rng, profile))
    data, results, counted = counted_file(data0)
    rnd = results.rounds[0]
    rec = counted.rounds[0].recount
    assert rec is not None and rnd.ballot_records is not None
    key_ballots = []
    for i in range(len(rnd.ballot_records)):
        v = verdict(results, 0, i)
        key_ballots.append(
            {
                "no": i + 1,
                "class": v.status,
                "reason": pair(both(v.reason)),
                "rules": list(REASON_RULES[v.reason]),
                "votes": {p: list(ns) for p, ns in v.approvals.items()},
            }
        )
    totals = {
        "returned": rec.returned,
        "valid": rec.valid,
        "partly_valid": rec.partly_valid,
        "invalid": rec.invalid,
        "votes": {p: {n: c for n, c in t.items() if c} for p, t in rec.tally.items()},
    }
    printed = [n for p in rnd.positions for n in rnd.candidates[p.name]]
    asks = [
        number(both("training.tally.valid_ballots_partly_valid"), rec.counted),
        number(both("training.tally.which_partly_valid"), rec.partly_valid),
        number(both("training.tally.invalid_ballots"), rec.invalid),
        *[
            number(both("training.tally.votes", post=p.name, name=n), rec.tally[p.name].get(n, 0))
            for p in rnd.positions
            for n in rnd.candidates[p.name]
        ],
        names(
            both("training.tally.elected"),
            sorted(n for ns in counted.rounds[0].elected.values() for n in ns),
            printed,
        ),
    ]
    n = len(rnd.ballot_records)
    question = both("training.tally.below_all_ballots_returned", where=where, n=n)
    why = both(
        "training.tally.ballot_ballot_valid_partly",
        valid=rec.valid,
        partly_valid=rec.partly_valid,
        invalid=rec.invalid,
        returned=rec.returned,
    )
    draft = Draft(
        data,
        results,
        counted,
        both("training.title.tally"),
        0,
        question,
        asks,
        why,
        show(all_ballots=True, counts=[]),
    )
    draft.key = {"ballots": key_ballots, "totals": totals}
    return draft
