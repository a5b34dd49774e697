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
    right: Pair = ("本轮无效，须重新投票", "the round is void and is held again")
    wrong: list[Pair] = [
        ("照常计票，按得票确定当选人", "count as usual"),
        ("抽出多出的 1 张作废，其余照常计票", "pull one ballot out and count the rest"),
    ]
    options, at = shuffled(rng, right, wrong)
    k, question, asks, shown = pick(
        rng,
        [
            lambda: (
                (
                    f"{intro[0]}发出选票 {issued} 张，开箱清点收回 {returned} 张。要先判断每张选票是否有效吗？"
                    "这一轮结果如何？",
                    f"{intro[1]} {issued} ballots were issued and {returned} came out of the box. Judge "
                    "the ballots first? How does the round end?",
                ),
                [choice(("这一轮", "The round"), options, at if void else options.index(wrong[0]))],
                show(),
            ),
            lambda: (
                (
                    f"{intro[0]}发出选票 {issued} 张，收回 {returned} 张。计票人提议随便抽出一张作废，其余照常计票。"
                    "可以吗？收回多少张以内本轮才有效？",
                    f"{intro[1]} {issued} issued, {returned} returned. A counter suggests pulling one "
                    "ballot out and counting the rest. Allowed? Up to how many returned is it valid?",
                ),
                [
                    yes_no(("可以这样做吗？", "Allowed?"), not void),
                    number(
                        ("最多收回多少张本轮仍有效？", "Most ballots returned, still valid"), issued
                    ),
                ],
                show(),
            ),
        ],
    )
    rule = say("P-BALLOT-1" if _party(counted) else "V-BALLOT-RECON-1", counted.profile)
    why = (
        f"{rule[0]}。收回 {returned} > 发出 {issued}：先核对张数，多出即整轮无效，不再看任何一张选票，也不能抽出作废",
        f"{rule[1]}. {returned} returned > {issued} issued: the count of ballots comes first, and "
        "one too many voids the round before any ballot is looked at; no ballot may be pulled out",
    )
    title = ("收回选票多于发出选票", "More ballots returned than issued")
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
        (f"{t0} 当选（姓氏笔画在前）", f"{t0} (earlier in stroke order)"),
        ("两人都当选", "both are elected"),
        (
            f"就 {t0}、{t1} 再次投票，得票多的当选",
            f"{t0} and {t1} are voted on again; more votes wins",
        ),
        ("抽签决定", "draw lots"),
    ]
    k, question, asks, shown = pick(
        rng,
        [
            lambda: (
                (
                    f"{intro[0]}第 1 轮{post}得票见计票记录：{t0} 与 {t1} 都过半数，票数相等，争最后一个名额。怎么办？",
                    f"{intro[1]} Round 1's {post} votes are recorded: {t0} and {t1} both have a "
                    "majority and equal votes for the last seat. What now?",
                ),
                [choice(("最后一个名额", "The last seat"), ways, 2)],
                show(tally=[0]),
            ),
            lambda: (
                (
                    f"{intro[0]}第 1 轮 {t0} 与 {t1} 票数相等争最后一个{post}名额，第 2 轮就二人再次投票。"
                    f"两轮得票见计票记录。当选的{post}是哪几位？",
                    f"{intro[1]} In round 1 {t0} and {t1} tied for the last {post} seat; round 2 voted "
                    f"on them again. Both rounds' votes are recorded. Who is elected {post}?",
                ),
                [
                    names(
                        (f"当选的{post}（两轮合计）", f"{post} elected (both rounds)"),
                        final,
                        printed,
                    )
                ],
                show(tally=[0, 1], counts=[0, 1]),
            ),
        ],
    )
    rule = say("P-ELECT-3" if _party(counted) else "V-TIE-1", counted.profile)
    why = (
        f"{rule[0]}。{t0}、{t1} 各得 {cut} 票，都过半数，名额只剩 1 个",
        f"{rule[1]}. {t0} and {t1} have {cut} each, both a majority, for the one seat left",
    )
    title = ("最后一个名额票数相等", "A tie at the last seat")
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
        ("按得票多少确定当选人，不用再次投票", "the votes decide; no re-vote"),
        (f"就 {a}、{b} 再次投票", f"{a} and {b} are voted on again"),
    ]
    k, question, asks, shown = pick(
        rng,
        [
            lambda: (
                (
                    f"{intro[0]}{post}候选人 {a} 与 {b} 都得 {v} 票（见计票记录）。要就二人再次投票吗？当选的{post}是哪几位？",
                    f"{intro[1]} {a} and {b} both have {v} {post} votes (recorded). Re-vote? Who is "
                    f"elected {post}?",
                ),
                [
                    yes_no(("需要再次投票吗？", "Re-vote needed?"), again),
                    names((f"当选的{post}", f"{post} elected"), won, printed),
                ],
                show(tally=[0]),
            ),
            lambda: (
                (
                    f"{intro[0]}{post}得票见计票记录，{a} 与 {b} 票数相等。计票人说要先就二人再次投票，才能宣布结果。对吗？",
                    f"{intro[1]} The {post} votes are recorded; {a} and {b} are level. A counter says "
                    "they must be voted on again before the result is announced. Right?",
                ),
                [
                    yes_no(("计票人说得对吗？", "Is the counter right?"), again),
                    names((f"当选的{post}", f"{post} elected"), won, printed),
                ],
                show(tally=[0]),
            ),
            lambda: (
                (
                    f"{intro[0]}{post}得票见计票记录，{a} 与 {b} 票数相等。怎么确定当选人？",
                    f"{intro[1]} The {post} votes are recorded; {a} and {b} are level. How are the "
                    "winners decided?",
                ),
                [choice(("怎么确定", "How"), ends, 1 if again else 0)],
                show(tally=[0]),
            ),
        ],
    )
    rule = say("P-ELECT-2" if _party(counted) else "V-TIE-1", counted.profile)
    why = (
        f"{rule[0]}。票数相等只有在决定最后一个名额时才要再次投票；{a}、{b} 都"
        + ("在名额之内，一起当选" if inside else "未过半数，谁也不当选")
        + "，票数相等不影响谁当选",
        f"{rule[1]}. Equal votes matter only when they decide the last seat; {a} and {b} are both "
        + ("within the seats and elected" if inside else "without a majority")
        + ", so the tie decides nothing",
    )
    title = ("不影响当选的票数相等", "A tie that decides nothing")
    return Draft(data, results, counted, title, k, question, asks, why, shown)
