"""Recall of villagers' and residents' committee members (V-RECALL-1, R-RECALL-1).

The request needs at least a fifth of the voters (组织法 art.16); the vote counts with more than
half of the registered voting, and a member is recalled with more than half of those voting.
"""

from __future__ import annotations

import random

from tallykit.training.build import boundary, fewest_to_elect, village, village_election
from tallykit.training.item import Draft, counted_file, number, pick, show, yes_no
from tallykit.training.law import say
from tallykit.training.people import Names
from tallykit.training.words import date_zh

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
    who = "、".join(targets)
    where = (
        f"{date_zh(setup.date)}，{setup.org}对成员 {who} 进行罢免表决：{signatures} 名有选举权的村民联名提出（有选举权的村民 {eligible} 人），"
        f"登记选民 {reg} 人，发出表决票 {issued} 张，收回 {returned} 张。",
        f"On {setup.date}, {setup.org} votes on recalling {', '.join(targets)}: requested by {signatures} of "
        f"{eligible} voters; {reg} registered, {issued} ballots issued, {returned} returned.",
    )
    if setup.kind == "residents_committee":
        where = (where[0].replace("村民", "居民"), where[1])
    counts = "、".join(f"{t} 得赞成罢免票 {v} 张" for t, v in yes.items())
    counts_en = ", ".join(f"{t} {v} in favour" for t, v in yes.items())
    chosen = pick(
        rng,
        [
            lambda: (
                (f"{where[0]}{counts}。谁被罢免？", f"{where[1]} {counts_en}. Who is recalled?"),
                [yes_no((f"{t} 被罢免了吗？", f"Is {t} recalled?"), t in gone) for t in targets],
                show(counts=[]),
            ),
            lambda: (
                (
                    f"{where[0]}这次表决有效吗？罢免至少要得多少张赞成票？",
                    f"{where[1]} Does the vote count? How many votes in favour recall at least?",
                ),
                [
                    yes_no(("表决有效吗？", "Does it count?"), out.result != "void"),
                    number(
                        ("罢免至少要得赞成票", "Fewest votes in favour"), fewest_to_elect(returned)
                    ),
                ],
                show(counts=[]),
            ),
            lambda: (
                (
                    f"{where[0]}提出罢免要求至少要多少名有选举权的村民联名？本次够吗？",
                    f"{where[1]} How many voters must sign the request at least? Enough here?",
                ),
                [
                    number(("至少联名人数", "Fewest signatures"), fewest_signatures(eligible)),
                    yes_no(("联名人数够吗？", "Enough?"), 5 * signatures >= eligible),
                ],
                show(counts=[]),
            ),
        ],
    )
    rule = say("V-RECALL-1", counted.profile)
    parts = [
        f"{t} 2×{v}={2 * v}"
        + (f" > {returned}，罢免" if t in gone else f"，不大于 {returned}，未罢免")
        for t, v in yes.items()
    ]
    parts_en = [
        f"{t} 2×{v}={2 * v}"
        + (f" > {returned}: recalled" if t in gone else f", not more than {returned}: not recalled")
        for t, v in yes.items()
    ]
    if void:
        why = (
            f"{rule[0]}。2×{returned}={2 * returned}，不大于登记 {reg} 人，恰好一半，表决无效",
            f"{rule[1]}. 2×{returned}={2 * returned} is not more than the {reg} registered: exactly half, the vote is void",
        )
    else:
        why = (
            f"{rule[0]}。2×{returned}={2 * returned} > {reg}，表决有效；{'；'.join(parts)}",
            f"{rule[1]}. 2×{returned}={2 * returned} > {reg}: the vote counts; {'; '.join(parts_en)}",
        )
    k, question, asks, shown = chosen
    return Draft(
        data, results, counted, ("罢免的表决", "A recall vote"), k, question, asks, why, shown
    )
