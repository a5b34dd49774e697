"""One person, one post, for every election kind with several posts: nobody is elected to two
posts of a round, nor in a later round to a post when an earlier round elected them — the
officers' vote (书记, 副书记, 委员: whoever a higher post elects leaves the lower ones), a party
committee's positions, and villagers' and residents' committees (主任, 副主任, 委员, with and
without 上票下加). A 两推 vote recommends, it elects nobody, and is left out.

Rules: TK-POST-1, P-ELECT-2, V-POS-1, V-POS-2, V-SAME-PERSON-1. Bounds: ``count`` of a round of
three posts (1, 1 and 2 seats) with the same three people standing on each, each post's votes one
of eight patterns over {1, 3, 5} of 5 ballots (3 passes; ties; orders), party_officers, party_committee,
villagers_committee (carry-down off, optional, mandatory) and residents_committee; and the same
files with a supplementary round after them. Broken variant: everyone topping a post with a
majority is elected to it.
"""

from __future__ import annotations

import itertools
from collections import Counter
from typing import Any

from tallykit.specs._harness import NAMES, Outcome, Property, differential, party_results, summary
from tallykit.specs._villager import profile_ref, villager_results, villager_round

POSTS = {
    "party_officers": ("书记", "副书记", "委员"),
    "party_committee": ("书记", "副书记", "委员"),
}
POSTS |= dict.fromkeys(("villagers_committee", "residents_committee"), ("主任", "副主任", "委员"))
SEATS = (1, 1, 2)
PEOPLE = NAMES[:3]
# Each post's votes for the three people: who passes (3 and 5 of 5 do), ties, the order varied.
PATTERNS = ((5, 3, 1), (3, 5, 1), (1, 3, 5), (5, 5, 1), (3, 3, 5), (5, 3, 3), (1, 1, 1), (5, 5, 5))
KINDS = (
    ("party_officers", "off"),
    ("party_committee", "off"),
    ("villagers_committee", "off"),
    ("villagers_committee", "optional"),
    ("villagers_committee", "mandatory"),
    ("residents_committee", "off"),
)


def _file(kind: str, carry: str, votes: tuple[int, ...], supplementary: bool) -> dict[str, Any]:
    posts = POSTS[kind]
    seats = dict(zip(posts, SEATS))
    tally = {p: dict(zip(PEOPLE, votes[3 * i : 3 * i + 3])) for i, p in enumerate(posts)}
    if kind.startswith("party"):
        data = party_results([0], 1, expected=5)
        data["election"] = {
            "kind": kind,
            "positions": [{"name": p, "seats": s} for p, s in seats.items()],
        }
        data["candidates"] = [{"name": n, "positions": list(posts)} for n in PEOPLE]
        rnd = data["rounds"][0]
        rnd["positions"] = data["election"]["positions"]
        rnd["candidates"] = {p: list(PEOPLE) for p in posts}
        rnd["ballots"] = {"issued": 5, "returned": 5, "valid": 5, "invalid": 0}
        rnd["tally"] = tally
        rounds = data["rounds"]
    else:
        rnd = villager_round("formal", seats, {p: PEOPLE for p in posts}, returned=5, tally=tally)
        profile = (
            "residents-2018" if kind == "residents_committee" else profile_ref(carry_down=carry)
        )
        data = villager_results([rnd], registered=6, profile=profile)
        data["election"]["kind"] = kind
        rounds = data["rounds"]
    if supplementary:
        extra = dict(rounds[0], kind="supplementary", tally={p: dict(t) for p, t in tally.items()})
        rounds.append(extra)
    return data


def _cases():
    for kind, carry in KINDS:
        for supplementary in (False, True):
            for per_post in itertools.product(PATTERNS, repeat=3):
                votes = sum(per_post, ())
                if supplementary and per_post[2] not in PATTERNS[:3]:
                    continue  # a supplementary round after a round that may leave seats empty
                yield kind, carry, votes, supplementary


def _agrees(broken: bool):
    from tallykit.counting.rounds import count
    from tallykit.results import parse_results

    def agrees(case) -> bool:
        kind, carry, votes, supplementary = case
        counted = count(parse_results(_file(kind, carry, votes, supplementary)))
        posts = Counter()
        for r in counted.rounds:
            for s in r.seating:
                posts.update(s.elected)
        if broken:  # the top of each post's own votes, with a majority, is elected to it
            for i, s in enumerate(counted.rounds[0].seating):
                mine = dict(zip(PEOPLE, votes[3 * i : 3 * i + 3]))
                top = max(mine.values())
                leaders = [n for n, v in mine.items() if v == top]
                if 2 * top > 5 and len(leaders) == 1 and leaders[0] not in s.elected:
                    return False
            return True
        return all(n == 1 for n in posts.values())

    return agrees


def check(broken: bool) -> Outcome:
    return differential(_cases(), _agrees(broken), "one post per person: count")


PROPERTY = Property(
    name="one_post",
    doc=summary(__doc__),
    rules=("TK-POST-1", "P-ELECT-2", "V-POS-1", "V-POS-2", "V-SAME-PERSON-1"),
    bounds=(
        "count of three posts (1, 1, 2 seats), 3 people on each, each post's votes one of 8 "
        "patterns over {1,3,5} of 5 (512 tallies) under party_officers, party_committee, "
        "villagers (carry-down off, optional, mandatory) and residents; plus a supplementary "
        "round after 192 of them"
    ),
    check=check,
)
