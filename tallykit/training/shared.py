"""What the party and the villagers' topics teach the same way: a ballot too many (P-BALLOT-1,
V-BALLOT-RECON-1), a tie at the last seat (P-ELECT-3, V-TIE-1) and a tie that decides nothing
(P-ELECT-2, V-TIE-1). One mechanism each: the family's election is built by its module, the
votes and the questions here; the rule quoted is the family's (from the count's profile)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any

from tallykit.counting.outcome import Count
from tallykit.results import Results
from tallykit.training.build import NoTally, ordered, votes
from tallykit.training.item import (
    both,
    Draft,
    choice,
    names,
    number,
    pick,
    show,
    shuffled,
    yes_no,
)
from tallykit.training.law import say
from tallykit.vocabulary import Family

Pair = tuple[str, str]
Counted = tuple[dict[str, Any], Results, Count]


def _party(counted: Count) -> bool:
    return counted.profile.family == Family.PARTY


# ---------------------------------------------------------------- votes


def tied_votes(
    rng: random.Random, printed: Sequence[str], *, counted: int, seats: int, win: int
) -> tuple[dict[str, int], list[str], int]:
    """Votes with two candidates tied at the last seat, both over the threshold ``win``, and
    ``seats - 1`` others above them: the tally, the tied pair in ballot order, their votes."""
    a, b = rng.sample(list(printed), 2)
    top = min(win + max(2, counted // 20), counted)
    if top <= win:
        raise NoTally("no room above the threshold for a tie")
    cut = rng.randrange(win, top)
    tally = votes(
        rng,
        printed,
        counted=counted,
        seats=seats,
        lo_win=cut + 1,
        winners=seats - 1,
        fixed={a: cut, b: cut},
    )
    return tally, ordered([a, b]), cut


def level_votes(
    rng: random.Random, printed: Sequence[str], *, counted: int, seats: int, win: int
) -> tuple[dict[str, int], list[str], int, bool]:
    """Votes with two candidates level where it decides nothing: both inside the seats (when
    there are two or more) or both below the threshold ``win``. Returns the tally, the pair in
    ballot order, their votes and whether they are inside."""
    a, b = rng.sample(list(printed), 2)
    inside = seats >= 2 and rng.random() < 0.5
    v = rng.randrange(win + 1, counted + 1) if inside else rng.randrange(max(1, win // 3), win - 1)
    tally = votes(
        rng,
        printed,
        counted=counted,
        seats=seats,
        lo_win=win,
        fixed={a: v, b: v},
        winners=seats - 2 if inside else min(seats, len(printed) - 2),
    )
    return tally, ordered([a, b]), v, inside


def short_votes(
    rng: random.Random, printed: Sequence[str], *, counted: int, seats: int, win: int, below: int
) -> tuple[dict[str, int], str]:
    """Votes where only ``seats - 1`` clear the threshold ``win`` and the next has ``below``
    votes fewer than it needs (P-ELECT-4, V-SUPP-1): the tally and that next candidate."""
    name = rng.choice(list(printed))
    tally = votes(
        rng,
        printed,
        counted=counted,
        seats=seats,
        lo_win=win,
        winners=seats - 1,
        fixed={name: win - below},
    )
    return tally, name


def revote(rng: random.Random, tied: Sequence[str], voters: int) -> dict[str, int]:
    """The re-vote between the two tied: one clearly ahead, a few ballots for neither."""
    x = rng.randrange(voters // 2 + 1, voters)
    y = voters - x - rng.randrange(0, 3)
    first, second = tied
    return {first: x, second: y} if rng.random() < 0.5 else {first: y, second: x}


# ---------------------------------------------------------------- questions


def returned_draft(
    rng: random.Random, counted_data: Counted, intro: Pair, issued: int, returned: int
) -> Draft:
    """A ballot too many (P-BALLOT-1, V-BALLOT-RECON-1): the round is void before any ballot is
    judged, and no ballot may be pulled out."""
    data, results, counted = counted_data
    void = counted.rounds[0].result == "void"
    right: Pair = both("result.void")
    wrong: list[Pair] = [
        both("training.shared.count_usual"),
        both("training.shared.pull_one_ballot_out"),
    ]
    options, at = shuffled(rng, right, wrong)
    k, question, asks, shown = pick(
        rng,
        [
            lambda: (
                both(
                    "training.shared.ballots_issued_came_out",
                    intro=intro,
                    issued=issued,
                    returned=returned,
                ),
                [
                    choice(
                        both("training.shared.round"),
                        options,
                        at if void else options.index(wrong[0]),
                    )
                ],
                show(),
            ),
            lambda: (
                both(
                    "training.shared.issued_returned_counter_suggests",
                    intro=intro,
                    issued=issued,
                    returned=returned,
                ),
                [
                    yes_no(both("training.shared.allowed"), not void),
                    number(both("training.shared.most_ballots_returned_still"), issued),
                ],
                show(),
            ),
        ],
    )
    rule = say("P-BALLOT-1" if _party(counted) else "V-BALLOT-RECON-1", counted.profile)
    why = both(
        "training.shared.returned_issued_count_ballots", rule=rule, returned=returned, issued=issued
    )
    title = both("training.title.returned_exceeds_issued")
    return Draft(data, results, counted, title, k, question, asks, why, shown)


def tie_draft(
    rng: random.Random,
    counted_data: Counted,
    intro: Pair,
    post: str,
    tied: Sequence[str],
    cut: int,
    printed: Sequence[str],
) -> Draft:
    """A tie at the last seat (P-ELECT-3, V-TIE-1), its re-vote in round 2."""
    data, results, counted = counted_data
    t0, t1 = tied
    final = sorted({n for r in (0, 1) for n in counted.rounds[r].elected.get(post, ())})
    ways: list[Pair] = [
        both("training.shared.earlier_stroke_order", first=t0),
        both("training.shared.both_elected"),
        both("training.shared.voted_again_more_votes", first=t0, second=t1),
        both("training.shared.draw_lots"),
    ]
    k, question, asks, shown = pick(
        rng,
        [
            lambda: (
                both(
                    "training.shared.round_votes_recorded_both",
                    intro=intro,
                    post=post,
                    first=t0,
                    second=t1,
                ),
                [choice(both("training.shared.last_seat"), ways, 2)],
                show(tally=[0]),
            ),
            lambda: (
                both(
                    "training.shared.round_tied_last_seat",
                    intro=intro,
                    first=t0,
                    second=t1,
                    post=post,
                ),
                [
                    names(
                        both("training.shared.elected_both_rounds", post=post),
                        final,
                        printed,
                    )
                ],
                show(tally=[0, 1], counts=[0, 1]),
            ),
        ],
    )
    rule = say("P-ELECT-3" if _party(counted) else "V-TIE-1", counted.profile)
    why = both("training.shared.have_each_both_majority", rule=rule, first=t0, second=t1, cut=cut)
    title = both("training.title.tie_last_seat")
    return Draft(data, results, counted, title, k, question, asks, why, shown)


def level_draft(
    rng: random.Random,
    counted_data: Counted,
    intro: Pair,
    post: str,
    pair: Sequence[str],
    v: int,
    inside: bool,
    printed: Sequence[str],
) -> Draft:
    """Equal votes that decide nothing (P-ELECT-2, V-TIE-1): no re-vote."""
    data, results, counted = counted_data
    a, b = pair
    out = counted.rounds[0]
    won = sorted(out.elected.get(post, ()))
    again = out.result == "tie_revote"
    ends: list[Pair] = [
        both("training.shared.votes_decide_no_re"),
        both("training.shared.voted_again", a=a, b=b),
    ]
    k, question, asks, shown = pick(
        rng,
        [
            lambda: (
                both(
                    "training.shared.both_have_votes_recorded",
                    intro=intro,
                    post=post,
                    a=a,
                    b=b,
                    v=v,
                ),
                [
                    yes_no(both("training.shared.re_vote_needed"), again),
                    names(both("training.elected_post", post=post), won, printed),
                ],
                show(tally=[0]),
            ),
            lambda: (
                both(
                    "training.shared.votes_recorded_level_counter", intro=intro, post=post, a=a, b=b
                ),
                [
                    yes_no(both("training.shared.counter_right"), again),
                    names(both("training.elected_post", post=post), won, printed),
                ],
                show(tally=[0]),
            ),
            lambda: (
                both("training.shared.votes_recorded_level_how", intro=intro, post=post, a=a, b=b),
                [choice(both("training.shared.how"), ends, 1 if again else 0)],
                show(tally=[0]),
            ),
        ],
    )
    rule = say("P-ELECT-2" if _party(counted) else "V-TIE-1", counted.profile)
    why = both(
        "training.shared.level_why",
        rule=rule,
        a=a,
        b=b,
        where=both("training.shared.level_inside" if inside else "training.shared.level_below"),
    )
    title = both("training.title.tie_not_deciding")
    return Draft(data, results, counted, title, k, question, asks, why, shown)
