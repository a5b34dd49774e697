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
from tallykit.training.words import date_zh

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
    where = (
        f"{date_zh(setup.date)}，{setup.org}新一届委员会（委员 {size} 名）召开第一次全体会议，"
        f"等额选举{'、'.join(posts)}，到会委员 {setup.present} 名。",
        f"On {setup.date} the new committee of {setup.org} ({size} members) holds its first plenary "
        f"meeting and elects {', '.join(posts)} with one candidate each; {setup.present} members present.",
    )
    templates = []
    if kind == "writein_overvote":
        v = verdict(results, 0, 0)
        templates.append(
            lambda: (
                (
                    f"{where[0]}下面这张选票对书记候选人 {sec} 画了○，又在另选栏写了委员 {member} 并画○。这张票怎么算？",
                    f"{where[1]} The ballot shown approves {sec} for 书记 and also writes in the member {member} "
                    "with ○. How is it counted?",
                ),
                [
                    ballot_class(("这张选票是", "This ballot is"), v.status),
                    yes_no(
                        (f"{sec} 从这张票得票吗？", f"Does {sec} get a vote from it?"),
                        gets_vote(v, "书记", sec),
                    ),
                ],
                show(ballots=[(0, 0)], counts=[]),
            )
        )
    templates.append(
        lambda: (
            (
                f"{where[0]}书记候选人 {sec} 得 {got} 票。{sec} 当选书记吗？当选至少要得多少票？",
                f"{where[1]} {sec} has {got} votes for 书记. Elected? How many votes elect at least?",
            ),
            [
                yes_no((f"{sec} 当选吗？", f"Is {sec} elected?"), won),
                number(
                    ("当选至少要得多少票？", "Fewest votes that elect?"),
                    fewest_votes(counted),
                ),
            ],
            show(counts=[]),
        )
    )
    templates.append(
        lambda: (
            (
                f"{where[0]}选举书记、副书记至少要到会多少名委员？",
                f"{where[1]} How many members must be present at least?",
            ),
            [number(("至少到会委员", "Fewest members present"), fewest_at_meeting(setup))],
            show(counts=[]),
        )
    )
    chosen = pick(rng, templates)
    cand, elect, quorum = (say(r, counted.profile) for r in ("P-CAND-2", "P-ELECT-1", "P-QUORUM-4"))
    why = (
        f"{cand[0]}。{quorum[0]}。当选须过半数，基数是应到会委员 {size} 人（{elect[0]}）："
        f"{sec} 2×{got}={2 * got}"
        + (f" > {size}，当选" if won else f"，不大于 {size}，未当选")
        + (
            "；书记只选 1 人，赞成候选人又另选他人是选了 2 人，多于应选人数，整张作废"
            if kind == "writein_overvote"
            else ""
        ),
        f"{cand[1]}. {quorum[1]}. A majority of the {size} members expected elects ({elect[1]}): "
        f"{sec} 2×{got}={2 * got}"
        + (f" > {size}, elected" if won else f", not more than {size}, not elected")
        + (
            "; approving the candidate and a write-in for the one 书记 seat chooses 2 for 1: the ballot is void"
            if kind == "writein_overvote"
            else ""
        ),
    )
    k, question, asks, shown = chosen
    template = k + (0 if kind == "writein_overvote" else 1)
    return Draft(
        data,
        results,
        counted,
        ("书记、副书记的选举", "Electing the 书记 and 副书记"),
        template,
        question,
        asks,
        why,
        shown,
    )
