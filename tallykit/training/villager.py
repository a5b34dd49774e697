"""Villagers' and residents' committee elections: 双过半, the ⅓ floor, ballots with several
posts, 上票下加, the women's guarantee and seat, proxies, mobile boxes, ties.

Each topic builds an election of a village or community sized by the rules (``build.village``),
has the counting core count it, and asks one of its question templates. Rule ids: V-DOUBLE-
MAJORITY-1…3, V-SUPP-1/3, V-BALLOT-*, V-SAME-PERSON-1, V-POS-2, V-WOMEN-1, V-PROXY-1, V-ROVING-1,
V-TIE-1 (rules/villager.md).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from tallykit import parameters as P
from tallykit.profiles import BUILTIN
from tallykit.text.texts import text
from tallykit.training.build import (
    Village,
    fewest_for_third,
    fewest_to_elect,
    first_void_return,
    ordered,
    profile_ref,
    records,
    retry,
    round_,
    village,
    village_candidates,
    village_election,
    votes,
)
from tallykit.training.item import (
    Draft,
    ballot_class,
    choice,
    counted_file,
    gets_vote,
    names,
    number,
    pick,
    show,
    verdict,
    yes_no,
)
from tallykit.training.law import say
from tallykit.training.people import FEMALE, MALE, Names, days_before
from tallykit.training.shared import (
    level_draft,
    level_votes,
    returned_draft,
    revote,
    tie_draft,
    tied_votes,
)
from tallykit.training.words import village_intro
from tallykit.vocabulary import Lang

Pair = tuple[str, str]
Tally = dict[str, dict[str, int]]
# Near relatives (results.NEAR_RELATIVES) a voter commonly authorises.
PROXY_RELATIONS = ("spouse", "parent", "child", "sibling")


class Cast:
    """One election's setup, people and printed ballot."""

    def __init__(
        self, rng: random.Random, profile: str | None, *, women: int = 1, **kw: Any
    ) -> None:
        self.rng = rng
        self.setup: Village = village(rng, profile, **kw)
        self.names = Names(rng)
        self.people = village_candidates(self.names, self.setup, women=women)
        self.printed = {p: ordered([n for n, _ in ps]) for p, ps in self.people.items()}
        self.posts = list(self.setup.posts)
        self.member = self.posts[-1][0]

    def voted(self, share: tuple[float, float] = (0.7, 0.95)) -> tuple[int, int, int]:
        """(participants, issued, invalid): most of the register votes, a few ballots spoilt."""
        n = int(self.setup.registered * self.rng.uniform(*share))
        return n, n + self.rng.randrange(0, 6), self.rng.randrange(0, max(1, n // 80))

    def tally(
        self,
        valid: int,
        base: int,
        member: Callable[[list[str], int, int], dict[str, int]] | None = None,
    ) -> Tally:
        """Each post's votes: every seat filled with a majority of ``base``, unless ``member``
        gives the member post's votes."""
        win = fewest_to_elect(base)
        out: Tally = {}
        for post, seats in self.posts:
            if post == self.member and member is not None:
                out[post] = member(self.printed[post], seats, win)
            else:
                out[post] = votes(
                    self.rng,
                    self.printed[post],
                    counted=valid,
                    seats=seats,
                    lo_win=win,
                    winners=seats,
                )
        return out

    def file(self, rounds: list[dict[str, Any]], **kw: Any) -> dict[str, Any]:
        return village_election(self.setup, self.people, rounds, **kw)

    def formal(self, n: int, issued: int, invalid: int, tally: Tally) -> dict[str, Any]:
        return round_("formal", self.posts, self.printed, issued, n, tally, invalid)

    def ballots(
        self, n: int, issued: int, featured: list[dict[str, Any]], tally: Tally
    ) -> dict[str, Any]:
        """A round with ballot records: ``featured`` first, then ordinary ballots for ``tally``."""
        rest = n - sum(r["count"] for r in featured)
        recs = featured + records(rest, [(p, self.printed[p]) for p, _ in self.posts], tally)
        return round_("formal", self.posts, self.printed, issued, n, ballot_records=recs)

    def plain_marks(self) -> dict[str, str]:
        """A ballot section choosing each post's first candidates up to its seats."""
        return {p: "○" * s + "×" * (len(self.printed[p]) - s) for p, s in self.posts}


def _draft(
    title: Pair,
    why: Pair,
    chosen: tuple[int, Pair, list[Any], dict[str, Any]],
    counted_data: tuple[dict[str, Any], Any, Any],
    **extra: Any,
) -> Draft:
    data, results, counted = counted_data
    k, question, asks, shown = chosen
    return Draft(data, results, counted, title, k, question, asks, why, shown, **extra)


# ---------------------------------------------------------------- turnout and thresholds


def double_majority(rng: random.Random, profile: str | None) -> Draft:
    void = rng.random() < 0.5
    c = Cast(rng, profile)
    reg = c.setup.registered
    if void:
        c.setup.registered = reg = reg + reg % 2
        n = reg // 2
    else:
        n = int(reg * rng.uniform(0.6, 0.9))
        n += n % 2
    issued, invalid = n + rng.randrange(0, 4), rng.randrange(0, max(1, n // 100))
    valid = n - invalid
    head = c.posts[0][0]
    top = rng.choice(c.printed[head])

    tally = c.tally(valid, n)
    if not void:
        tally[head] = {
            x: (n // 2 if x == top else rng.randrange(n // 5, n // 2 - invalid - 1))
            for x in c.printed[head]
        }
        rest = valid - sum(tally[head].values())
        if rest < 0:
            tally[head] = {
                x: (n // 2 if x == top else valid - n // 2 - rng.randrange(0, 5))
                for x in c.printed[head]
            }
    counted_data = counted_file(c.file([c.formal(n, issued, invalid, tally)]))
    counted = counted_data[2]
    intro = village_intro(c.setup, n)
    if void:
        templates = [
            lambda: (
                (f"{intro[0]}这次选举有效吗？", f"{intro[1]} Is the election valid?"),
                [yes_no(("选举有效吗？", "Valid?"), counted.rounds[0].result != "void")],
                show(counts=[]),
            ),
            lambda: (
                (
                    f"{intro[0]}至少要有多少人参加投票，选举才有效？本次有效吗？",
                    f"{intro[1]} How many must vote at least for a valid election? Is this one valid?",
                ),
                [
                    number(("至少参加投票人数", "Fewest voters"), fewest_to_elect(reg)),
                    yes_no(("本次有效吗？", "Valid?"), counted.rounds[0].result != "void"),
                ],
                show(counts=[]),
            ),
        ]
    else:
        won = top in counted.rounds[0].elected.get(head, ())
        nexts: list[Pair] = [
            (f"{top} 得票最多，当选", f"{top} has most votes and is elected"),
            (f"{head}未选出，另行选举", f"no {head} elected: supplementary election"),
            ("整个选举无效，重新选举", "the whole election is void"),
        ]
        templates = [
            lambda: (
                (
                    f"{intro[0]}{head}候选人 {top} 得 {n // 2} 票，得票最多。{top} 当选吗？",
                    f"{intro[1]} {top} tops the {head} vote with {n // 2}. Elected?",
                ),
                [yes_no((f"{top} 当选吗？", f"Is {top} elected?"), won)],
                show(counts=[]),
            ),
            lambda: (
                (
                    f"{intro[0]}{head}候选人 {top} 得 {n // 2} 票，得票最多。{head}职位怎么办？",
                    f"{intro[1]} {top} tops the {head} vote with {n // 2}. What happens to the {head} seat?",
                ),
                [choice((f"{head}职位怎么办？", f"The {head} seat?"), nexts, 0 if won else 1)],
                show(counts=[]),
            ),
        ]
    chosen = pick(rng, templates)
    one, two = say("V-DOUBLE-MAJORITY-1", counted.profile), say(
        "V-DOUBLE-MAJORITY-2", counted.profile
    )
    if void:
        why = (
            f"{one[0]}。参加投票 {n} 人，登记 {reg} 人：2×{n}={2 * n}，不大于 {reg}，恰好一半不算过半数，选举无效",
            f"{one[1]}. {n} voted of {reg}: 2×{n}={2 * n} is not more than {reg}; exactly half is no majority",
        )
    else:
        why = (
            f"{one[0]}：2×{n}={2 * n} > {reg}，选举有效。{two[0]}：{top} 2×{n // 2}={n}，不大于 {n}，未过半数，"
            f"得票最多也不能当选，{head}另行选举",
            f"{one[1]}: 2×{n}={2 * n} > {reg}. {two[1]}: {top} 2×{n // 2}={n} is not more than {n}; most "
            f"votes without a majority do not elect; {head} goes to a supplementary election",
        )
    # the templates of a void turnout are 0 and 1, those of a winner at exactly half 2 and 3
    return _draft(
        ("双过半的边界", "The double majority at its boundary"),
        why,
        (chosen[0] + (0 if void else 2), *chosen[1:]),
        counted_data,
    )


def supplementary(
    rng: random.Random,
    profile: str | None,
    cast_ok: Callable[[int], bool],
    top_of: Callable[[int], int],
) -> tuple[Cast, tuple[dict[str, Any], Any, Any], str, int, int, int]:
    """A formal round one member seat short, then a supplementary election for it (V-SUPP-1)
    with ``cast`` ballots (``cast_ok``) and the leader on ``top_of(cast)`` votes. Returns the
    election, (file, results, count), the leader, their votes, the ballots cast and the invalid
    ones among them."""

    def draw() -> tuple[Cast, int, int, int, Tally]:
        c = Cast(rng, profile)
        n, issued, invalid = c.voted()
        valid = n - invalid

        def member(printed: list[str], seats: int, win: int) -> dict[str, int]:
            return votes(rng, printed, counted=valid, seats=seats, lo_win=win, winners=seats - 1)

        return c, n, issued, invalid, c.tally(valid, n, member)

    c, n, issued, invalid, tally = retry(draw)
    first = counted_file(c.file([c.formal(n, issued, invalid, tally)]))[2]
    cands = list(first.rounds[0].next_candidates[c.member])
    # fewer vote again, still more than half of the register (the turnout holds, V-SUPP-1)
    cast = rng.choice(
        [x for x in range(max(n * 2 // 3, c.setup.registered // 2 + 1), n) if cast_ok(x)]
    )
    top = top_of(cast)
    second = rng.randrange(max(0, top - cast // 4), top - 3)
    rest = [0] * (len(cands) - 2)
    supp_tally = dict(
        zip(cands, [top, second, *rest] if rng.random() < 0.5 else [second, top, *rest])
    )
    bad = rng.randrange(2, 12)
    supp = round_(
        "supplementary",
        [(c.member, 1)],
        {c.member: ordered(cands)},
        cast + rng.randrange(0, 4),
        cast,
        {c.member: supp_tally},
        invalid=bad,
    )
    leader = max(supp_tally, key=lambda k: supp_tally[k])
    return (
        c,
        counted_file(c.file([c.formal(n, issued, invalid, tally), supp])),
        leader,
        top,
        cast,
        bad,
    )


def third_floor(rng: random.Random, profile: str | None) -> Draft:
    reach = rng.random() < 0.5
    # ballot totals where a third is not a whole number: floor(cast/3) votes fall short
    c, counted_data, leader, top, cast, bad = supplementary(
        rng, profile, lambda x: x % 3 != 0, lambda x: fewest_for_third(x) - (0 if reach else 1)
    )
    counted = counted_data[2]
    need = fewest_for_third(cast)
    won = leader in counted.rounds[1].elected.get(c.member, ())
    intro = (
        f"{village_intro(c.setup)[0]}第一次投票{c.member}缺 1 名，另行选举{c.member} 1 名：",
        f"{village_intro(c.setup)[1]} Round 1 left one {c.member} seat; a supplementary election for 1:",
    )
    chosen = pick(
        rng,
        [
            lambda: (
                (
                    f"{intro[0]}投票 {cast} 张（含无效票 {bad} 张），{leader} 得 {top} 票，得票最多。{leader} 当选吗？",
                    f"{intro[1]} {cast} ballots cast ({bad} invalid); {leader} leads with {top}. Elected?",
                ),
                [yes_no((f"{leader} 当选吗？", f"Is {leader} elected?"), won)],
                show(counts=[1]),
            ),
            lambda: (
                (
                    f"{intro[0]}投票 {cast} 张（含无效票 {bad} 张）。当选至少要得多少票？{leader} 得 {top} 票，当选吗？",
                    f"{intro[1]} {cast} ballots cast ({bad} invalid). Fewest votes that elect? {leader} has {top}: elected?",
                ),
                [
                    number(("至少要得多少票？", "Fewest votes?"), need),
                    yes_no((f"{leader} 当选吗？", f"Is {leader} elected?"), won),
                ],
                show(counts=[1]),
            ),
        ],
    )
    rule = say("V-SUPP-3", counted.profile)
    why = (
        f"{rule[0]}。3×{top}={3 * top} "
        + (
            f"≥ {cast}，当选" if won else f"< {cast}，不当选（{cast}÷3 不是整数，至少要 {need} 票）"
        ),
        f"{rule[1]}. 3×{top}={3 * top} "
        + (
            f"≥ {cast}: elected"
            if won
            else f"< {cast}: not elected ({cast}/3 is not whole; {need} needed)"
        ),
    )
    return _draft(
        ("另行选举的三分之一", "The one-third floor of a supplementary election"),
        why,
        chosen,
        counted_data,
    )


# ---------------------------------------------------------------- ballots with several posts


def _ballot_election(
    rng: random.Random,
    c: Cast,
    featured: list[dict[str, Any]],
    profile: Any = None,
    member: Callable[[list[str], int, int], dict[str, int]] | None = None,
) -> tuple[dict[str, Any], Any, Any, int]:
    n, issued, _ = c.voted()
    rest = n - sum(r["count"] for r in featured)
    tally = c.tally(rest, n, member)
    return (*counted_file(c.file([c.ballots(n, issued, featured, tally)], profile=profile)), n)


def same_person_two_posts(rng: random.Random, profile: str | None) -> Draft:
    reading = rng.choice(("highest_only", "void_person"))
    c = Cast(rng, profile)
    head = c.posts[0][0]
    x = c.printed[head][0]
    marks = c.plain_marks()
    featured = [{"count": 1, "marks": marks, "write_ins": {c.member: [[x, "○"]]}}]
    seats = c.posts[-1][1]
    marks[c.member] = "○" * (seats - 1) + "×" * (len(c.printed[c.member]) - seats + 1)
    ref = profile_ref(c.setup.profile, same_person_multi_post=reading)
    data, results, counted, _ = _ballot_election(rng, c, featured, ref)
    v = verdict(results, 0, 0)
    rule = say("V-SAME-PERSON-1", counted.profile)
    intro = village_intro(c.setup)
    chosen = pick(
        rng,
        [
            lambda: (
                (
                    f"{intro[0]}本次选举办法规定：{rule[0]}。下面这张选票{head}栏选了 {x}，{c.member}栏又另选了 {x}。"
                    f"这张票有效吗？{x} 得{head}票吗？得{c.member}票吗？",
                    f"{intro[1]} The adopted rules say: {rule[1]}. The ballot shown chooses {x} for {head} and "
                    f"writes {x} in as {c.member} too. Valid? Does {x} get the {head} vote? The {c.member} vote?",
                ),
                [
                    ballot_class(("这张选票是", "This ballot is"), v.status),
                    yes_no((f"{x} 得{head}票吗？", f"{head} vote for {x}?"), gets_vote(v, head, x)),
                    yes_no(
                        (f"{x} 得{c.member}票吗？", f"{c.member} vote for {x}?"),
                        gets_vote(v, c.member, x),
                    ),
                ],
                show(ballots=[(0, 0)], counts=[]),
            ),
            lambda: (
                (
                    f"{intro[0]}下面这张选票把 {x} 同时选为{head}和{c.member}。本次选举办法规定：{rule[0]}。计票人怎么记？",
                    f"{intro[1]} The ballot shown chooses {x} for both {head} and {c.member}. The adopted rules "
                    f"say: {rule[1]}. How is it recorded?",
                ),
                [
                    yes_no((f"{x} 得{head}票吗？", f"{head} vote for {x}?"), gets_vote(v, head, x)),
                    yes_no(
                        (f"{x} 得{c.member}票吗？", f"{c.member} vote for {x}?"),
                        gets_vote(v, c.member, x),
                    ),
                ],
                show(ballots=[(0, 0)], counts=[]),
            ),
        ],
    )
    why = (
        f"{rule[0]}。去掉重复的 {x} 后，{c.member}栏没有多选，这张票{text(v.status, Lang.ZH)}",
        f"{rule[1]}. Without the repeated {x} the {c.member} section is within its seats: the ballot is {text(v.status, Lang.EN)}",
    )
    return Draft(
        data,
        results,
        counted,
        ("同一人被选为两个职务", "One person on two posts"),
        chosen[0],
        chosen[1],
        chosen[2],
        why,
        chosen[3],
    )


def over_quota_writein(rng: random.Random, profile: str | None) -> Draft:
    c = Cast(rng, profile)
    scope = rng.choice(("section", "ballot"))
    head = c.posts[0][0]
    seats = c.posts[-1][1]
    w = c.names.name()
    marks = c.plain_marks()
    marks[c.member] = "○" * seats + "×" * (len(c.printed[c.member]) - seats)
    featured = [{"count": 1, "marks": marks, "write_ins": {c.member: [[w, "○"]]}}]
    ref = profile_ref(c.setup.profile, overvote_scope=scope)
    data, results, counted, _ = _ballot_election(rng, c, featured, ref)
    v = verdict(results, 0, 0)
    h = c.printed[head][0]
    rule = say("V-BALLOT-OVERVOTE-1", counted.profile)
    intro = village_intro(c.setup)
    chosen = pick(
        rng,
        [
            lambda: (
                (
                    f"{intro[0]}本次选举办法规定：{rule[0]}。下面这张选票{c.member}栏画了 {seats} 个○，又另选 {w} 并画○。"
                    f"这张票怎么处理？{head}栏选的 {h} 得票吗？",
                    f"{intro[1]} The adopted rules say: {rule[1]}. The ballot shown approves {seats} for "
                    f"{c.member} and writes in {w} with ○. How is it treated? Does {h} get the {head} vote?",
                ),
                [
                    ballot_class(("这张选票是", "This ballot is"), v.status),
                    yes_no((f"{h} 得{head}票吗？", f"{head} vote for {h}?"), gets_vote(v, head, h)),
                ],
                show(ballots=[(0, 0)], counts=[]),
            ),
            lambda: (
                (
                    f"{intro[0]}这张选票见下，{c.member}应选 {seats} 名。本次选举办法规定：{rule[0]}。{w} 得票吗？{h} 得{head}票吗？",
                    f"{intro[1]} The ballot is shown; {c.member} has {seats} seats. The adopted rules say: {rule[1]}. "
                    f"Does {w} get a vote? Does {h} get the {head} vote?",
                ),
                [
                    yes_no((f"{w} 得票吗？", f"Vote for {w}?"), gets_vote(v, c.member, w)),
                    yes_no((f"{h} 得{head}票吗？", f"{head} vote for {h}?"), gets_vote(v, head, h)),
                ],
                show(ballots=[(0, 0)], counts=[]),
            ),
        ],
    )
    why = (
        f"{rule[0]}。{c.member}栏选了 {seats}+1={seats + 1} 人，多于应选 {seats} 人",
        f"{rule[1]}. The {c.member} section chooses {seats}+1={seats + 1} for {seats} seats",
    )
    return Draft(
        data,
        results,
        counted,
        ("多选并另选他人", "Over the quota with a write-in"),
        chosen[0],
        chosen[1],
        chosen[2],
        why,
        chosen[3],
    )


def blank_and_all_x(rng: random.Random, profile: str | None) -> Draft:
    blanks, crosses = rng.randrange(1, 4), rng.randrange(1, 4)
    c = Cast(rng, profile)
    half: list[str] = []
    ballots = {"n": 0}

    def draw() -> tuple[dict[str, Any], Any, Any, int]:
        n, _, _ = c.voted()
        n += n % 2
        issued = n + rng.randrange(0, 4)
        ballots["n"] = n
        rest = n - blanks - crosses

        def member(printed: list[str], seats: int, win: int) -> dict[str, int]:
            name = rng.choice(printed)
            half[:] = [name]
            return votes(
                rng,
                printed,
                counted=rest,
                seats=seats,
                lo_win=win + 1,
                winners=seats - 1,
                fixed={name: n // 2},
            )

        tally = c.tally(rest, n, member)
        featured = [
            {"count": blanks, "marks": {p: " " * len(c.printed[p]) for p, _ in c.posts}},
            {"count": crosses, "marks": {p: "×" * len(c.printed[p]) for p, _ in c.posts}},
        ]
        return (*counted_file(c.file([c.ballots(n, issued, featured, tally)])), n)

    data, results, counted, n = retry(draw)
    name = half[0]
    v0 = verdict(results, 0, 0)
    won = name in counted.rounds[0].elected.get(c.member, ())
    bases: list[Pair] = [
        (
            "参加投票的人数（含投空白票、全画×票的人）",
            "everyone who voted, blank and all-× included",
        ),
        ("有效票中赞成过某人的票数", "ballots approving somebody"),
        ("登记选民人数", "registered voters"),
    ]
    intro = village_intro(c.setup, n)
    chosen = pick(
        rng,
        [
            lambda: (
                (
                    f"{intro[0]}其中 {blanks} 张什么也没画，{crosses} 张全画×（见下）。{c.member}候选人 {name} 得 {n // 2} 票，当选吗？",
                    f"{intro[1]} {blanks} ballots are blank and {crosses} cross everything (shown). {name} has "
                    f"{n // 2} votes for {c.member}. Elected?",
                ),
                [
                    ballot_class(("空白票是", "A blank ballot is"), v0.status),
                    yes_no((f"{name} 当选吗？", f"Is {name} elected?"), won),
                ],
                show(ballots=[(0, 0), (0, 1)], counts=[]),
            ),
            lambda: (
                (
                    f"{intro[0]}有人说 {blanks + crosses} 张空白票和全画×的票（见下）没有选任何人，不该算进当选所需的票数。"
                    f"当选须超过哪个人数的半数？{name} 得 {n // 2} 票，当选吗？",
                    f"{intro[1]} Someone says the {blanks + crosses} blank and all-× ballots (shown) chose nobody "
                    f"and should not count toward the threshold. More than half of what elects? {name} has {n // 2}: elected?",
                ),
                [
                    choice(("当选须超过……的半数", "More than half of"), bases, 0),
                    yes_no((f"{name} 当选吗？", f"Is {name} elected?"), won),
                ],
                show(ballots=[(0, 0), (0, 1)], counts=[]),
            ),
        ],
    )
    blank, two = say("V-BALLOT-BLANK-1", counted.profile), say(
        "V-DOUBLE-MAJORITY-2", counted.profile
    )
    why = (
        f"{blank[0]}。{two[0]}：基数是 {n}。{name} 2×{n // 2}={n}，不大于 {n}，未过半数——虽然去掉这 {blanks + crosses} 张票就过半了",
        f"{blank[1]}. {two[1]}: the base is {n}. {name} 2×{n // 2}={n} is not more than {n}: no majority, "
        f"though without these {blanks + crosses} ballots it would be",
    )
    return Draft(
        data,
        results,
        counted,
        ("空白票与全画×的票", "Blank and all-× ballots"),
        chosen[0],
        chosen[1],
        chosen[2],
        why,
        chosen[3],
    )


# ---------------------------------------------------------------- carry-down and women


def carry_down(rng: random.Random, profile: str | None) -> Draft:
    reading = rng.choice(("off", "optional", "mandatory"))
    c = Cast(rng, profile, women=0)
    n, issued, invalid = c.voted()
    valid = n - invalid
    win = fewest_to_elect(n)
    head = c.posts[0][0]
    seats = c.posts[-1][1]
    tally = c.tally(valid, n)
    winner = max(tally[head], key=lambda k: tally[head][k])
    loser = next(x for x in c.printed[head] if x != winner)
    # the loser's 主任 votes and member write-ins: each below a majority, together above it
    x_head = rng.randrange(win // 2 + 20, win - 10)
    x_member = rng.randrange(win - x_head + 1, win - 5)
    tally[head] = {winner: valid - x_head - rng.randrange(0, 10), loser: x_head}

    # the other member votes: one seat short of a majority, the loser written in on x_member ballots
    tally[c.member] = retry(
        lambda: votes(
            rng,
            [*c.printed[c.member], loser],
            counted=valid,
            seats=seats,
            lo_win=win + 1,
            winners=seats - 1,
            fixed={loser: x_member},
        )
    )
    ref = profile_ref(c.setup.profile, carry_down=reading)
    counted_data = counted_file(c.file([c.formal(n, issued, invalid, tally)], profile=ref))
    counted = counted_data[2]
    won = loser in counted.rounds[0].elected.get(c.member, ())
    rule = say("V-POS-2", counted.profile)
    total = x_head + x_member
    intro = village_intro(c.setup, n)
    chosen = pick(
        rng,
        [
            lambda: (
                (
                    f"{intro[0]}本次选举办法规定：{rule[0]}。{loser} 竞选{head}得 {x_head} 票落选，{c.member}栏另有 {x_member} 张选票另选了 {loser}。"
                    f"{c.member}只有 {seats - 1} 人过半数。{loser} 能当选{c.member}吗？",
                    f"{intro[1]} The adopted rules say: {rule[1]}. {loser} lost the {head} race with {x_head} and "
                    f"was written in for {c.member} on {x_member} ballots; only {seats - 1} {c.member} have a "
                    f"majority. Is {loser} elected {c.member}?",
                ),
                [yes_no((f"{loser} 当选{c.member}吗？", f"Is {loser} elected {c.member}?"), won)],
                show(tally=[0]),
            ),
            lambda: (
                (
                    f"{intro[0]}本次选举办法规定：{rule[0]}。得票见计票记录（{loser} 在{c.member}栏是另选的）。当选的{c.member}是哪几位？",
                    f"{intro[1]} The adopted rules say: {rule[1]}. The votes are recorded ({loser} is a write-in "
                    f"for {c.member}). Who is elected {c.member}?",
                ),
                [
                    names(
                        (f"当选的{c.member}", f"{c.member} elected"),
                        sorted(counted.rounds[0].elected.get(c.member, ())),
                        [*c.printed[c.member], loser],
                    )
                ],
                show(tally=[0]),
            ),
        ],
    )
    why = (
        f"{rule[0]}。"
        + (
            f"{loser} 的{c.member}得票只有 {x_member} 票，2×{x_member}={2 * x_member}，不大于 {n}"
            if reading == "off"
            else f"{loser} 按{c.member}计 {x_head}+{x_member}={total} 票，2×{total}={2 * total} > {n}，过半数，补上所缺名额"
        ),
        f"{rule[1]}. "
        + (
            f"{loser} has {x_member} {c.member} votes, 2×{x_member}={2 * x_member}, not more than {n}"
            if reading == "off"
            else f"{loser} counts {x_head}+{x_member}={total}, 2×{total}={2 * total} > {n}, filling the short seat"
        ),
    )
    return _draft(("上票下加", "Carry-down of higher-post votes"), why, chosen, counted_data)


def men_heads(rng: random.Random, profile: str | None) -> Cast:
    """An election whose 主任/副主任 candidates are all men and whose member post has two or
    more seats: the women's guarantee then turns on the member post (V-WOMEN-1)."""
    while True:
        c = Cast(rng, profile, women=0)
        if c.posts[-1][1] >= 2:
            return c


def womens_guarantee(rng: random.Random, profile: str | None) -> Draft:
    reading = rng.choice(("confirm_first", "confirm_first", "none"))
    c = men_heads(rng, profile)
    n, issued, invalid = c.voted()
    valid = n - invalid
    seats = c.posts[-1][1]
    woman = c.names.name(FEMALE)
    c.people[c.member][-1] = (woman, FEMALE)
    c.printed[c.member] = ordered([x for x, _ in c.people[c.member]])

    def member(printed: list[str], seats_: int, win: int) -> dict[str, int]:
        w = win + rng.randrange(1, max(2, (valid - win) // 4))
        return votes(
            rng,
            printed,
            counted=valid,
            seats=seats_,
            lo_win=w + 1,
            winners=seats_,
            fixed={woman: w},
        )

    tally = retry(lambda: c.tally(valid, n, member))
    ref = profile_ref(c.setup.profile, women_guarantee=reading)
    counted_data = counted_file(c.file([c.formal(n, issued, invalid, tally)], profile=ref))
    counted = counted_data[2]
    won = sorted(counted.rounds[0].elected.get(c.member, ()))
    rule = say("V-WOMEN-1", counted.profile)
    w = tally[c.member][woman]
    intro = village_intro(c.setup, n)
    chosen = pick(
        rng,
        [
            lambda: (
                (
                    f"{intro[0]}本次选举办法规定：{rule[0]}。主任、副主任当选的都是男性；{c.member}得票见计票记录，女候选人 {woman} 得 {w} 票。"
                    f"当选的{c.member}是哪几位？",
                    f"{intro[1]} The adopted rules say: {rule[1]}. The 主任 and 副主任 elected are men; the "
                    f"{c.member} votes are recorded, the woman {woman} has {w}. Who is elected {c.member}?",
                ),
                [names((f"当选的{c.member}", f"{c.member} elected"), won, c.printed[c.member])],
                show(tally=[0], people=True),
            ),
            lambda: (
                (
                    f"{intro[0]}本次选举办法规定：{rule[0]}。主任、副主任当选的都是男性，女候选人 {woman} 得 {w} 票，"
                    f"在{c.member}候选人中排第 {seats + 1}。{woman} 当选吗？",
                    f"{intro[1]} The adopted rules say: {rule[1]}. The 主任 and 副主任 elected are men; the "
                    f"woman {woman} has {w}, placed {seats + 1}th among the {c.member} candidates. Is she elected?",
                ),
                [yes_no((f"{woman} 当选吗？", f"Is {woman} elected?"), woman in won)],
                show(tally=[0], people=True),
            ),
        ],
    )
    why = (
        f"{rule[0]}。{woman} 2×{w}={2 * w} > {n}，过半数"
        + ("，优先当选" if woman in won else "，但按得票多少排在名额之外"),
        f"{rule[1]}. {woman}: 2×{w}={2 * w} > {n}, a majority"
        + (", confirmed first" if woman in won else ", but outside the seats by votes"),
    )
    return _draft(("妇女成员的保障", "The women's guarantee"), why, chosen, counted_data)


def womens_seat(rng: random.Random, profile: str | None) -> Draft:
    """A seat kept for a woman: the ``reserved_seat`` reading with no woman over the majority
    (the seat stays empty), or a 妇女委员 post elected by women only (专职专选) where a man
    written in has more votes."""
    c = men_heads(rng, profile)
    n, issued, invalid = c.voted()
    valid = n - invalid
    intro = village_intro(c.setup, n)
    if rng.random() < 0.5:
        woman = c.names.name(FEMALE)
        c.people[c.member][-1] = (woman, FEMALE)
        c.printed[c.member] = ordered([x for x, _ in c.people[c.member]])
        seats = c.posts[-1][1]

        def member(printed: list[str], seats_: int, win_: int) -> dict[str, int]:
            return votes(
                rng,
                printed,
                counted=valid,
                seats=seats_,
                lo_win=win_,
                winners=seats_,
                fixed={woman: rng.randrange(win_ // 3, win_ - 2)},
            )

        tally = retry(lambda: c.tally(valid, n, member))
        ref = profile_ref(c.setup.profile, women_guarantee="reserved_seat")
        counted_data = counted_file(c.file([c.formal(n, issued, invalid, tally)], profile=ref))
        counted = counted_data[2]
        won = sorted(counted.rounds[0].elected.get(c.member, ()))
        rule = say("V-WOMEN-1", counted.profile)
        w = tally[c.member][woman]
        chosen = pick(
            rng,
            [
                lambda: (
                    (
                        f"{intro[0]}本次选举办法规定：{rule[0]}。主任、副主任当选的都是男性，{c.member}得票见计票记录，"
                        f"女候选人 {woman} 得 {w} 票。当选的{c.member}是哪几位？还缺几名？",
                        f"{intro[1]} The adopted rules say: {rule[1]}. The 主任 and 副主任 elected are men; the "
                        f"{c.member} votes are recorded, the woman {woman} has {w}. Who is elected? How many seats are short?",
                    ),
                    [
                        names(
                            (f"当选的{c.member}", f"{c.member} elected"), won, c.printed[c.member]
                        ),
                        number(("缺额", "Seats short"), seats - len(won)),
                    ],
                    show(tally=[0], people=True),
                ),
            ],
        )
        why = (
            f"{rule[0]}。{woman} 2×{w}={2 * w}，不大于 {n}，未过半数：保留的名额空出，另行选举",
            f"{rule[1]}. {woman}: 2×{w}={2 * w} is not more than {n}: the kept seat stays empty",
        )
        return _draft(
            ("妇女专职专选的名额", "The seat kept for a woman"), why, chosen, counted_data
        )
    # 专职专选: a separate post only women may take
    women = [c.names.name(FEMALE) for _ in range(2)]
    man = c.names.name(MALE)
    post = "妇女委员"
    c.people[post] = [(x, FEMALE) for x in women]
    c.printed[post] = ordered(women)
    # the 妇女委员 takes one of the committee's seats (the size stays in its band)
    c.posts[-1] = (c.member, c.posts[-1][1] - 1)
    posts_json = [{"name": p, "seats": s} for p, s in c.posts] + [
        {"name": post, "seats": 1, "reserved": "female"}
    ]
    c.posts.append((post, 1))
    tally = c.tally(valid, n)
    a, b = rng.sample(women, 2)
    va = rng.randrange(valid // 5, valid * 2 // 5)
    vm = rng.randrange(va + 1, valid - va)
    tally[post] = {a: va, b: rng.randrange(0, min(va, valid - va - vm + 1)), man: vm}
    counted_data = counted_file(c.file([c.formal(n, issued, invalid, tally)], posts=posts_json))
    counted = counted_data[2]
    won = counted.rounds[0].elected.get(post, [])
    chosen = pick(
        rng,
        [
            lambda: (
                (
                    f"{intro[0]}另设{post} 1 名，专职专选，候选人是 {a}、{b}。唱票时有 {vm} 张选票在{post}栏另选了男性村民 {man}，"
                    f"{a} 得 {va} 票。谁当选{post}？{man} 得票最多，能当选吗？",
                    f"{intro[1]} A separate {post} seat for a woman only; candidates {a} and {b}. {vm} ballots wrote "
                    f"in the man {man}; {a} has {va}. Who is elected {post}? May {man}, with most votes, take it?",
                ),
                [
                    names((f"当选的{post}", f"{post} elected"), list(won), [a, b, man]),
                    yes_no((f"{man} 能当选吗？", f"May {man} take it?"), man in won),
                ],
                show(tally=[0], people=True),
            ),
        ],
    )
    rule = say("V-WOMEN-1", counted.profile)
    why = (
        f"{post}只能由妇女当选（专职专选）：{man} 得票再多也不能当选；{a} 2×{va}={2 * va}，不大于 {n}，未过半数，"
        f"这个名额另行选举。{rule[0]}",
        f"only a woman can take the {post} seat: {man} cannot, however many votes; {a}: 2×{va}={2 * va} is not "
        f"more than {n}, so the seat goes to a supplementary election. {rule[1]}",
    )
    draft = _draft(("妇女专职专选的名额", "The seat kept for a woman"), why, chosen, counted_data)
    draft.template = 1
    return draft


# ---------------------------------------------------------------- proxies and boxes


def proxy_over_limit(rng: random.Random, profile: str | None) -> Draft:
    """D11 (V-PROXY-1): a proxy brings one authorisation over the limit; the election commission
    refuses it, so no ballot is cast under it (recorded ``counted: false``): the proxy's own
    ballot and the first ``proxy_limit`` proxy ballots count, and everyone who cast one took
    part. A record that counted the extra ballot would be a TK-PROXY-1 error."""
    c = Cast(rng, profile)
    limit = BUILTIN[c.setup.profile][P.PROXY_LIMIT]
    n = int(c.setup.registered * rng.uniform(0.7, 0.92))  # the refused authorisation cast no ballot
    win = fewest_to_elect(n)
    head = c.posts[0][0]
    tally = c.tally(n, n)
    top = rng.choice(c.printed[head])
    tally[head] = {
        x: (win + rng.randrange(0, 3) if x == top else rng.randrange(win // 3, n - win - 3))
        for x in c.printed[head]
    }
    family = c.names.rng.choice("王李张刘陈杨黄赵吴周")
    holder = c.names.name(family=family)
    principals = [c.names.name(family=family) for _ in range(limit + 1)]
    data0 = c.file([c.formal(n, n + rng.randrange(0, 5), 0, tally)])
    data0["proxies"] = [
        {
            "principal": p,
            "proxy": holder,
            "relation": rng.choice(PROXY_RELATIONS),
            "registered_on": days_before(c.setup.date, rng.randrange(5, 12)),
        }
        for p in principals
    ]
    data0["proxies"][-1]["counted"] = False  # refused by the commission: no ballot under it
    data, results, counted = counted_file(data0)
    h = tally[head][top]
    late = principals[-1]
    won = top in counted.rounds[0].elected.get(head, ())
    intro = village_intro(c.setup)
    bring = (
        f"{intro[0]}{holder} 带来 {limit + 1} 份委托书（见委托投票登记），选举委员会只受理了前 {limit} 份。",
        f"{intro[1]} {holder} brings {limit + 1} authorisations (see the register); the commission "
        f"accepts the first {limit}.",
    )
    chosen = pick(
        rng,
        [
            lambda: (
                (
                    f"{bring[0]}收回选票 {n} 张。参加投票的是多少人？{head}候选人 {top} 得 {h} 票，当选吗？",
                    f"{bring[1]} {n} ballots came back. How many took part? {top} has {h} for {head}: "
                    "elected?",
                ),
                [
                    number(("参加投票人数", "Voters taking part"), n),
                    yes_no((f"{top} 当选吗？", f"Is {top} elected?"), won),
                ],
                show(counts=[], proxies=True),
            ),
            lambda: (
                (
                    f"{bring[0]}第 {limit + 1} 份（{late}）的委托有效吗？如果{holder}也替{late}投了票，"
                    f"而记录把这张票算进了收回的选票，记录对吗？",
                    f"{bring[1]} Is the {limit + 1}th authorisation ({late}) valid? Had {holder} voted "
                    f"for {late} too and the record counted that ballot, would the record be right?",
                ),
                [
                    yes_no(("这份委托有效吗？", "Is it valid?"), False),
                    yes_no(("那样记录对吗？", "Would that record be right?"), False),
                ],
                show(counts=[], proxies=True),
            ),
        ],
    )
    rule = say("V-PROXY-1", counted.profile)
    why = (
        f"{rule[0]}。限额 {limit} 份，第 {limit + 1} 份委托无效，不予受理、不投票；{holder} 本人和前 {limit} 份委托的"
        f"选票有效，参加投票 {n} 人。{top}：2×{h}={2 * h} > {n}，过半数当选。若那份委托也投了票并计入，"
        "记录的收回选票、参加投票人数就多算了一张，须更正（核查给出 TK-PROXY-1 错误）",
        f"{rule[1]}. The limit is {limit}; the {limit + 1}th is refused and casts no ballot; {holder}'s own "
        f"ballot and the first {limit} proxy ballots count: {n} took part. {top}: 2×{h}={2 * h} > {n}, "
        "elected. Had it been used and counted, the recorded ballots and voters would include one "
        "ballot too many and must be corrected (verify gives a TK-PROXY-1 error)",
    )
    k, question, asks, shown = chosen
    title = ("受托人超过委托限额", "A proxy over the limit")
    return Draft(data, results, counted, title, k, question, asks, why, shown)


def mobile_box(rng: random.Random, profile: str | None) -> Draft:
    """V-ROVING-1: each polling station and mobile box is reconciled on its own; a box that
    returns more than it issued voids the election even when the totals reconcile."""
    c = Cast(rng, profile)
    n, issued, invalid = c.voted()
    over = rng.random() < 0.6
    m_issued = rng.randrange(20, 70)
    m_returned = m_issued + 1 if over else m_issued - rng.randrange(0, 3)
    main_returned = n - m_returned
    main_issued = main_returned + rng.randrange(2, 8)
    stations = [
        {"name": "中心会场", "mobile": False, "issued": main_issued, "returned": main_returned},
        {"name": "流动票箱", "mobile": True, "issued": m_issued, "returned": m_returned},
    ]
    issued = main_issued + m_issued
    tally = c.tally(n - invalid, n)
    rnd = c.formal(n, issued, invalid, tally)
    rnd["stations"] = stations
    data, results, counted = counted_file(c.file([rnd]))
    valid = counted.rounds[0].result != "void"
    intro = village_intro(c.setup)
    ends: list[Pair] = [
        ("选举有效，按得票确定当选人", "valid; the votes decide"),
        (
            "流动票箱的选票作废，其余照常计票",
            "the mobile box's ballots are voided, the rest counted",
        ),
        ("整个选举无效，重新投票", "the whole election is void and held again"),
    ]
    chosen = pick(
        rng,
        [
            lambda: (
                (
                    f"{intro[0]}各投票点发出、收回的选票见下表。全村合计发出 {issued} 张，收回 {n} 张。选举有效吗？",
                    f"{intro[1]} Ballots issued and returned per station are listed. In all {issued} issued, "
                    f"{n} returned. Is the election valid?",
                ),
                [yes_no(("选举有效吗？", "Valid?"), valid)],
                show(stations=[0]),
            ),
            lambda: (
                (
                    f"{intro[0]}各投票点发出、收回的选票见下表。怎么处理？",
                    f"{intro[1]} Ballots issued and returned per station are listed. What follows?",
                ),
                [choice(("处理", "What follows"), ends, 0 if valid else 2)],
                show(stations=[0]),
            ),
        ],
    )
    rule = say("V-ROVING-1", counted.profile)
    why = (
        f"{rule[0]}。流动票箱发出 {m_issued} 张，收回 {m_returned} 张"
        + (
            "，多出 1 张：整个选举无效，不能只作废这一箱，合计数对得上也不行"
            if over
            else "，没有多出；合计也对得上，选举有效"
        ),
        f"{rule[1]}. The mobile box issued {m_issued} and returned {m_returned}"
        + (
            ": one too many voids the whole election, though the totals reconcile"
            if over
            else ": within; valid"
        ),
    )
    return Draft(
        data,
        results,
        counted,
        ("流动票箱的核对", "Reconciling a mobile box"),
        chosen[0],
        chosen[1],
        chosen[2],
        why,
        chosen[3],
    )


def returned_exceeds(rng: random.Random, profile: str | None) -> Draft:
    c = Cast(rng, profile)
    n, issued, invalid = c.voted()
    returned = first_void_return(issued)
    tally = c.tally(returned - invalid, returned)
    counted_data = counted_file(c.file([c.formal(returned, issued, invalid, tally)]))
    return returned_draft(rng, counted_data, village_intro(c.setup), issued, returned)


# ---------------------------------------------------------------- ties


def tie_last_seat(rng: random.Random, profile: str | None) -> Draft:
    c = Cast(rng, profile)
    n, issued, invalid = c.voted()
    got: dict[str, Any] = {}

    def member(printed: list[str], seats: int, win: int) -> dict[str, int]:
        tally, got["tied"], got["cut"] = tied_votes(
            rng, printed, counted=n - invalid, seats=seats, win=win
        )
        return tally

    tally = c.tally(n - invalid, n, member)
    tied = got["tied"]
    again = round_(
        "tie_revote", [(c.member, 1)], {c.member: tied}, n, n, {c.member: revote(rng, tied, n)}
    )
    counted_data = counted_file(c.file([c.formal(n, issued, invalid, tally), again]))
    return tie_draft(
        rng,
        counted_data,
        village_intro(c.setup, n),
        c.member,
        tied,
        got["cut"],
        c.printed[c.member],
    )


def tie_not_deciding(rng: random.Random, profile: str | None) -> Draft:
    c = Cast(rng, profile)
    n, issued, invalid = c.voted()
    got: dict[str, Any] = {}

    def member(printed: list[str], seats: int, win: int) -> dict[str, int]:
        tally, got["pair"], got["v"], got["inside"] = level_votes(
            rng, printed, counted=n - invalid, seats=seats, win=win
        )
        return tally

    tally = c.tally(n - invalid, n, member)
    counted_data = counted_file(c.file([c.formal(n, issued, invalid, tally)]))
    return level_draft(
        rng,
        counted_data,
        village_intro(c.setup, n),
        c.member,
        got["pair"],
        got["v"],
        got["inside"],
        c.printed[c.member],
    )
