"""The 书记 and 副书记 election at the new committee's first plenary meeting (P-CAND-2).

The new committee's members are the electorate (应到会 = the committee's size), the ballot has
one candidate per post in the approved order (等额), attendance follows P-QUORUM-4 and a
candidate needs more than half of the members expected (P-ELECT-1 on the committee).
"""

from __future__ import annotations

import random
from typing import Any

from tallykit import parameters as P
from tallykit import rules
from tallykit.training.build import Party, boundary, party, party_election, records, round_
from tallykit.training.item import (
    both,
    fewest_votes,
    recount_tally,
    Draft,
    ballot_class,
    counted_file,
    gets_vote,
    number,
    pick,
    show,
    verdict,
    yes_no,
)
from tallykit.training.law import say
from tallykit.training.people import Names
from tallykit.training.words import day, listed

Pair = tuple[str, str]


def fewest_at_meeting(setup: Party) -> int:
    """Fewest members present for P-QUORUM-4 under the profile (four fifths or two thirds),
    from the same ``rules`` functions the counting core uses."""
    from tallykit.profiles import BUILTIN

    p = BUILTIN[setup.profile]
    if p[P.COMMITTEE_QUORUM] == "two_thirds":
        return boundary(lambda n: rules.two_thirds_met(n, setup.expected))
    return boundary(
        lambda n: rules.quorum_met(n, setup.expected, strict=p[P.QUORUM_COMPARISON] == ">")
    )


def secretary_first_meeting(rng: random.Random, profile: str | None) -> Draft:
    outer = party(rng, profile)
    size = outer.seats
    setup = Party(
        outer.profile, outer.org, outer.org_type, outer.members, size, size, size, outer.date
    )
    setup.present = rng.choice([n for n in range(fewest_at_meeting(setup), size + 1)])
    people = Names(rng)
    posts = ["书记", "副书记"] if size > 3 or rng.random() < 0.5 else ["书记"]
    cands = {p: [people.name()] for p in posts}
    sec = cands["书记"][0]
    win = boundary(lambda v: rules.majority(v, setup.expected))
    kind = rng.choice(("writein_overvote", "close", "quorum"))
    featured: list[dict[str, Any]] = []
    member = people.name()
    if kind == "writein_overvote":
        featured = [
            {"count": 1, "marks": {p: "○" for p in posts}, "write_ins": {"书记": [[member, "○"]]}}
        ]
    yes_sec = rng.choice((win, win - 1)) if kind == "close" else rng.randrange(win, setup.present)
    yes_sec = max(0, min(yes_sec, setup.present - len(featured)))
    rest = setup.present - len(featured)
    targets = {"书记": {sec: yes_sec}}
    for p in posts[1:]:
        targets[p] = {cands[p][0]: rng.randrange(win, rest + 1)}
    layout = [(p, cands[p]) for p in posts]
    recs = featured + records(rest, layout, targets)
    rnd = round_(
        "formal", [(p, 1) for p in posts], cands, setup.present, setup.present, ballot_records=recs
    )
    data, results, counted = counted_file(
        party_election(setup, cands, [rnd], kind="party_officers")
    )
    got = recount_tally(counted)["书记"][sec]
    won = sec in counted.rounds[0].elected.get("书记", ())
    where = both(
        "training.officers.new_committee_members_holds",
        date=day(setup.date),
        org=setup.org,
        size=size,
        posts=listed(posts),
        present=setup.present,
    )
    templates = []
    if kind == "writein_overvote":
        v = verdict(results, 0, 0)
        templates.append(
            lambda: (
                both(
                    "training.officers.ballot_shown_approves_also",
                    where=where,
                    sec=sec,
                    member=member,
                ),
                [
                    ballot_class(both("training.committee.ballot"), v.status),
                    yes_no(
                        both("training.gets_vote_from", name=sec),
                        gets_vote(v, "书记", sec),
                    ),
                ],
                show(ballots=[(0, 0)], counts=[]),
            )
        )
    templates.append(
        lambda: (
            both("training.officers.has_votes_elected_how", where=where, sec=sec, got=got),
            [
                yes_no(both("training.is_elected", name=sec), won),
                number(
                    both("training.committee.fewest_votes_elect"),
                    fewest_votes(counted),
                ),
            ],
            show(counts=[]),
        )
    )
    templates.append(
        lambda: (
            both("training.officers.how_many_members_must", where=where),
            [number(both("training.officers.fewest_members_present"), fewest_at_meeting(setup))],
            show(counts=[]),
        )
    )
    chosen = pick(rng, templates)
    cand, elect, quorum = (say(r, counted.profile) for r in ("P-CAND-2", "P-ELECT-1", "P-QUORUM-4"))
    why = both(
        "training.officers.why",
        cand=cand,
        quorum=quorum,
        elect=elect,
        size=size,
        sec=sec,
        got=got,
        got2=2 * got,
        verdict=both("training.officers.won" if won else "training.officers.lost", size=size),
        overvote=both("training.officers.overvote") if kind == "writein_overvote" else ("", ""),
    )
    k, question, asks, shown = chosen
    template = k + (0 if kind == "writein_overvote" else 1)
    return Draft(
        data,
        results,
        counted,
        both("training.title.secretary_first_meeting"),
        template,
        question,
        asks,
        why,
        shown,
    )
