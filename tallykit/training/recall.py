"""Recall of villagers' and residents' committee members (V-RECALL-1, R-RECALL-1).

The request needs at least a fifth of the voters (组织法 art.16); the vote counts with more than
half of the registered voting, and a member is recalled with more than half of those voting.
"""

from __future__ import annotations

import random

from tallykit.training.build import boundary, fewest_to_elect, village, village_election
from tallykit.training.item import Draft, both, counted_file, number, pick, show, yes_no
from tallykit.training.law import say
from tallykit.training.people import Names
from tallykit.training.words import day, listed

Pair = tuple[str, str]


def fewest_signatures(eligible: int) -> int:
    """At least a fifth of the voters (五分之一以上, ``以上`` including the number): 5×s ≥ eligible."""
    return boundary(lambda s: 5 * s >= eligible)


def recall(rng: random.Random, profile: str | None) -> Draft:
    setup = village(rng, profile)
    people = Names(rng)
    targets = [people.name() for _ in range(rng.choice((1, 1, 2)))]
    reg = setup.registered
    void = rng.random() < 0.2
    if void:
        reg += reg % 2
        setup.registered = reg
        returned = reg // 2
    else:
        returned = rng.randrange(fewest_to_elect(reg), reg * 9 // 10)
    issued = returned + rng.randrange(0, 5)
    half = returned // 2
    yes = {
        t: rng.choice((half, half + 1, half - rng.randrange(1, 20), half + rng.randrange(2, 40)))
        for t in targets
    }
    eligible = reg + rng.randrange(0, reg // 20 + 1)
    signatures = rng.randrange(fewest_signatures(eligible), eligible // 3)
    rnd = {
        "kind": "recall",
        "positions": [{"name": "罢免", "seats": len(targets)}],
        "targets": targets,
        "ballots": {"issued": issued, "returned": returned},
        "tally": {"罢免": yes},
    }
    data0 = village_election(setup, {}, [rnd], posts=[{"name": "罢免", "seats": len(targets)}])
    data0["election"]["kind"] = "recall"
    data0["candidates"] = [{"name": t} for t in targets]
    data0["initiation"] = {"by": "voters", "signatures": signatures, "eligible": eligible}
    data, results, counted = counted_file(data0)
    out = counted.rounds[0]
    gone = set(out.elected.get("罢免", ())) if out.result != "void" else set()
    where = both(
        "training.recall.votes_recalling_requested_voters",
        date=day(setup.date),
        org=setup.org,
        who=listed(targets),
        signatures=signatures,
        eligible=eligible,
        reg=reg,
        issued=issued,
        returned=returned,
    )
    if setup.kind == "residents_committee":
        where = (where[0].replace("村民", "居民"), where[1])
    counts = listed([both("training.recall.in_favour", name=t, votes=v) for t, v in yes.items()])
    chosen = pick(
        rng,
        [
            lambda: (
                both("training.recall.who_recalled", where=where, counts=counts),
                [yes_no(both("training.recall.recalled", t=t), t in gone) for t in targets],
                show(counts=[]),
            ),
            lambda: (
                both("training.recall.vote_count_how_many", where=where),
                [
                    yes_no(both("training.recall.count"), out.result != "void"),
                    number(both("training.recall.fewest_votes_favour"), fewest_to_elect(returned)),
                ],
                show(counts=[]),
            ),
            lambda: (
                both("training.recall.how_many_voters_must", where=where),
                [
                    number(both("training.recall.fewest_signatures"), fewest_signatures(eligible)),
                    yes_no(both("training.recall.enough"), 5 * signatures >= eligible),
                ],
                show(counts=[]),
            ),
        ],
    )
    rule = say("V-RECALL-1", counted.profile)
    parts = [
        both(
            "training.recall.recalled_why" if t in gone else "training.recall.kept_why",
            name=t,
            votes=v,
            twice=2 * v,
            returned=returned,
        )
        for t, v in yes.items()
    ]
    if void:
        why = both(
            "training.recall.not_more_than_registered",
            rule=rule,
            returned=returned,
            twice_returned=2 * returned,
            reg=reg,
        )
    else:
        why = both(
            "training.recall.vote_counts",
            rule=rule,
            returned=returned,
            twice_returned=2 * returned,
            reg=reg,
            parts=listed(parts, "group"),
        )
    k, question, asks, shown = chosen
    return Draft(
        data, results, counted, both("training.title.recall"), k, question, asks, why, shown
    )
