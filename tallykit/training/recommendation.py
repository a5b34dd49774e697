"""两推: the recommendation vote before a party committee election (TK-REC-1…3, seeds/002).

Members (and, in the second 推, villagers' representatives) recommend people for the committee;
the vote counts when more than half of those expected take part, and a person is put forward
only with more than half of the recommendation ballots returned.
"""

from __future__ import annotations

import random

from tallykit import rules

from tallykit.training.build import (
    Party,
    fewest_to_elect,
    ordered,
    party,
    party_election,
    retry,
    round_,
    votes,
)
from tallykit.training.item import (
    both,
    fewest_votes,
    Draft,
    counted_file,
    elected,
    names,
    number,
    pick,
    show,
    yes_no,
)
from tallykit.training.law import say
from tallykit.training.people import Names
from tallykit.training.words import day

Pair = tuple[str, str]


def recommendation(rng: random.Random, profile: str | None) -> Draft:
    def draw() -> tuple[Party, list[str], int, dict[str, int]]:
        setup = party(rng, profile, org_type=rng.choice(("branch", "general_branch")))
        # a recommendation meeting is thinner than an election meeting: often well under 4/5
        setup.present = rng.randrange(setup.expected // 2 + 1, setup.expected + 1)
        printed = ordered(
            [
                n
                for n, _ in Names(rng).people(
                    rules.min_candidates(setup.seats) + rng.randrange(1, 4)
                )
            ]
        )
        returned = setup.present - rng.randrange(0, 2)
        # enough people put forward for the 20% margin of the initial list (TK-REC-3)
        least = rules.min_candidates(setup.seats)
        win = fewest_to_elect(returned)
        tally = votes(
            rng,
            printed,
            counted=returned,
            seats=setup.seats,
            lo_win=win,
            winners=rng.randrange(least, min(len(printed), 2 * setup.seats - 1) + 1),
        )
        return setup, printed, returned, tally

    setup, printed, returned, tally = retry(draw)
    rnd = round_(
        "recommendation",
        [("委员", setup.seats)],
        {"委员": printed},
        setup.present,
        returned,
        {"委员": tally},
    )
    data, results, counted = counted_file(
        party_election(setup, {"委员": printed}, [rnd], kind="recommendation")
    )
    out = counted.rounds[0]
    picked = sorted(elected(counted))
    least = fewest_votes(counted)
    where = both(
        "training.recommendation.holds_recommendation_vote_committee",
        date=day(setup.date),
        org=setup.org,
        seats=setup.seats,
        expected=setup.expected,
        present=setup.present,
        returned=returned,
    )
    chosen = pick(
        rng,
        [
            lambda: (
                both("training.recommendation.votes_recorded_who_put", where=where),
                [names(both("training.recommendation.put_forward"), picked, printed)],
                show(tally=[0]),
            ),
            lambda: (
                both("training.recommendation.vote_count_how_many", where=where),
                [
                    yes_no(both("training.recommendation.count"), out.result != "void"),
                    number(both("training.recommendation.fewest_votes"), least),
                ],
                show(),
            ),
        ],
    )
    att, rec = say("TK-REC-1", counted.profile), say("TK-REC-2", counted.profile)
    e, p = setup.expected, setup.present
    why = both(
        "training.recommendation.votes_least",
        att=att,
        p=p,
        twice_present=2 * p,
        e=e,
        rec=rec,
        returned=returned,
        least=least,
    )
    k, question, asks, shown = chosen
    return Draft(
        data,
        results,
        counted,
        both("training.title.recommendation"),
        k,
        question,
        asks,
        why,
        shown,
    )
