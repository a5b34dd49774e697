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
from tallykit.training.words import date_zh

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
    where = (
        f"{date_zh(setup.date)}，{setup.org}换届“两推”：党员推荐委员人选（拟选 {setup.seats} 名），"
        f"应参加 {setup.expected} 人，实到 {setup.present} 人，收回推荐票 {returned} 张。",
        f"On {setup.date}, {setup.org} holds its recommendation vote for {setup.seats} committee seats: "
        f"{setup.expected} expected, {setup.present} attend, {returned} ballots returned.",
    )
    chosen = pick(
        rng,
        [
            lambda: (
                (
                    f"{where[0]}得票见计票记录。哪些人可以列入人选？",
                    f"{where[1]} The votes are recorded. Who is put forward?",
                ),
                [names(("列入人选的", "Put forward"), picked, printed)],
                show(tally=[0]),
            ),
            lambda: (
                (
                    f"{where[0]}这次推荐有效吗？列入人选至少要得多少推荐票？",
                    f"{where[1]} Does the vote count? How many votes does a person need at least?",
                ),
                [
                    yes_no(("推荐有效吗？", "Does it count?"), out.result != "void"),
                    number(("至少推荐票", "Fewest votes"), least),
                ],
                show(),
            ),
        ],
    )
    att, rec = say("TK-REC-1", counted.profile), say("TK-REC-2", counted.profile)
    e, p = setup.expected, setup.present
    why = (
        f"{att[0]}：2×{p}={2 * p} > {e}。{rec[0]}：2×得票 > {returned}，至少 {least} 票",
        f"{att[1]}: 2×{p}={2 * p} > {e}. {rec[1]}: 2×votes > {returned}, at least {least}",
    )
    k, question, asks, shown = chosen
    return Draft(
        data,
        results,
        counted,
        ("两推的推荐票", "The recommendation vote"),
        k,
        question,
        asks,
        why,
        shown,
    )
