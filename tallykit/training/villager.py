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
    both,
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
                both("training.villager.election_valid", intro=intro),
                [yes_no(both("training.villager.valid"), counted.rounds[0].result != "void")],
                show(counts=[]),
            ),
            lambda: (
                both("training.villager.how_many_must_vote", intro=intro),
                [
                    number(both("training.villager.fewest_voters"), fewest_to_elect(reg)),
                    yes_no(
                        both("training.villager.this_valid"), counted.rounds[0].result != "void"
                    ),
                ],
                show(counts=[]),
            ),
        ]
    else:
        won = top in counted.rounds[0].elected.get(head, ())
        nexts: list[Pair] = [
            both("training.villager.has_most_votes_elected", top=top),
            both("training.villager.no_elected_supplementary_election", head=head),
            both("training.villager.whole_election_void"),
        ]
        templates = [
            lambda: (
                both(
                    "training.villager.tops_vote_elected",
                    intro=intro,
                    head=head,
                    top=top,
                    half=n // 2,
                ),
                [yes_no(both("training.is_elected", name=top), won)],
                show(counts=[]),
            ),
            lambda: (
                both(
                    "training.villager.tops_vote_what_happens",
                    intro=intro,
                    head=head,
                    top=top,
                    half=n // 2,
                ),
                [choice(both("training.villager.seat", head=head), nexts, 0 if won else 1)],
                show(counts=[]),
            ),
        ]
    chosen = pick(rng, templates)
    one, two = say("V-DOUBLE-MAJORITY-1", counted.profile), say(
        "V-DOUBLE-MAJORITY-2", counted.profile
    )
    if void:
        why = both("training.villager.voted_not_more_than", one=one, n=n, reg=reg, twice=2 * n)
    else:
        why = both(
            "training.villager.not_more_than_most",
            one=one,
            n=n,
            twice=2 * n,
            reg=reg,
            two=two,
            top=top,
            half=n // 2,
            head=head,
        )
    # the templates of a void turnout are 0 and 1, those of a winner at exactly half 2 and 3
    return _draft(
        both("training.title.double_majority"),
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
    intro = both(
        "training.villager.round_left_one_seat",
        intro=village_intro(c.setup),
        member=c.member,
    )
    chosen = pick(
        rng,
        [
            lambda: (
                both(
                    "training.villager.ballots_cast_invalid_leads",
                    intro=intro,
                    cast=cast,
                    bad=bad,
                    leader=leader,
                    top=top,
                ),
                [yes_no(both("training.is_elected", name=leader), won)],
                show(counts=[1]),
            ),
            lambda: (
                both(
                    "training.villager.ballots_cast_invalid_fewest",
                    intro=intro,
                    cast=cast,
                    bad=bad,
                    leader=leader,
                    top=top,
                ),
                [
                    number(both("training.villager.fewest_votes"), need),
                    yes_no(both("training.is_elected", name=leader), won),
                ],
                show(counts=[1]),
            ),
        ],
    )
    rule = say("V-SUPP-3", counted.profile)
    why = both(
        "training.villager.third_why" if won else "training.villager.third_short_why",
        rule=rule,
        top=top,
        thrice=3 * top,
        cast=cast,
        need=need,
    )
    return _draft(
        both("training.title.third_floor"),
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
                both(
                    "training.villager.same_person_valid",
                    intro=intro,
                    rule=rule,
                    head=head,
                    x=x,
                    member=c.member,
                ),
                [
                    ballot_class(both("training.committee.ballot"), v.status),
                    yes_no(
                        both("training.villager.post_vote", name=x, post=head),
                        gets_vote(v, head, x),
                    ),
                    yes_no(
                        both("training.villager.post_vote", name=x, post=c.member),
                        gets_vote(v, c.member, x),
                    ),
                ],
                show(ballots=[(0, 0)], counts=[]),
            ),
            lambda: (
                both(
                    "training.villager.ballot_shown_chooses_both",
                    intro=intro,
                    x=x,
                    head=head,
                    member=c.member,
                    rule=rule,
                ),
                [
                    yes_no(
                        both("training.villager.post_vote", name=x, post=head),
                        gets_vote(v, head, x),
                    ),
                    yes_no(
                        both("training.villager.post_vote", name=x, post=c.member),
                        gets_vote(v, c.member, x),
                    ),
                ],
                show(ballots=[(0, 0)], counts=[]),
            ),
        ],
    )
    why = both(
        "training.villager.without_repeated_section_within",
        rule=rule,
        x=x,
        member=c.member,
        status=both(v.status),
    )
    return Draft(
        data,
        results,
        counted,
        both("training.title.same_person_two_posts"),
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
                both(
                    "training.villager.over_quota_writein_treated",
                    intro=intro,
                    rule=rule,
                    member=c.member,
                    seats=seats,
                    w=w,
                    head=head,
                    h=h,
                ),
                [
                    ballot_class(both("training.committee.ballot"), v.status),
                    yes_no(
                        both("training.villager.post_vote", name=h, post=head),
                        gets_vote(v, head, h),
                    ),
                ],
                show(ballots=[(0, 0)], counts=[]),
            ),
            lambda: (
                both(
                    "training.villager.ballot_shown_has_seats",
                    intro=intro,
                    member=c.member,
                    seats=seats,
                    rule=rule,
                    w=w,
                    h=h,
                    head=head,
                ),
                [
                    yes_no(both("training.gets_vote", name=w), gets_vote(v, c.member, w)),
                    yes_no(
                        both("training.villager.post_vote", name=h, post=head),
                        gets_vote(v, head, h),
                    ),
                ],
                show(ballots=[(0, 0)], counts=[]),
            ),
        ],
    )
    why = both(
        "training.villager.section_chooses_seats",
        rule=rule,
        member=c.member,
        seats=seats,
        chosen=seats + 1,
    )
    return Draft(
        data,
        results,
        counted,
        both("training.title.over_quota_writein"),
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
        both("training.villager.everyone_who_voted_blank"),
        both("training.villager.ballots_approving_somebody"),
        both("training.villager.registered_voters"),
    ]
    intro = village_intro(c.setup, n)
    chosen = pick(
        rng,
        [
            lambda: (
                both(
                    "training.villager.ballots_blank_cross_everything",
                    intro=intro,
                    blanks=blanks,
                    crosses=crosses,
                    member=c.member,
                    name=name,
                    half=n // 2,
                ),
                [
                    ballot_class(both("training.committee.blank_ballot"), v0.status),
                    yes_no(both("training.is_elected", name=name), won),
                ],
                show(ballots=[(0, 0), (0, 1)], counts=[]),
            ),
            lambda: (
                both(
                    "training.villager.someone_says_blank_all",
                    intro=intro,
                    blank_or_crossed=blanks + crosses,
                    name=name,
                    half=n // 2,
                ),
                [
                    choice(both("training.committee.more_than_half"), bases, 0),
                    yes_no(both("training.is_elected", name=name), won),
                ],
                show(ballots=[(0, 0), (0, 1)], counts=[]),
            ),
        ],
    )
    blank, two = say("V-BALLOT-BLANK-1", counted.profile), say(
        "V-DOUBLE-MAJORITY-2", counted.profile
    )
    why = both(
        "training.villager.base_not_more_than",
        blank=blank,
        two=two,
        n=n,
        name=name,
        half=n // 2,
        blank_or_crossed=blanks + crosses,
    )
    return Draft(
        data,
        results,
        counted,
        both("training.title.blank_and_all_x"),
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
                both(
                    "training.villager.carry_down_elected",
                    intro=intro,
                    rule=rule,
                    loser=loser,
                    head=head,
                    head_votes=x_head,
                    member=c.member,
                    member_votes=x_member,
                    above=seats - 1,
                ),
                [
                    yes_no(
                        both("training.villager.elected_member", loser=loser, member=c.member), won
                    )
                ],
                show(tally=[0]),
            ),
            lambda: (
                both(
                    "training.villager.carry_down_who",
                    intro=intro,
                    rule=rule,
                    loser=loser,
                    member=c.member,
                ),
                [
                    names(
                        both("training.elected_post", post=c.member),
                        sorted(counted.rounds[0].elected.get(c.member, ())),
                        [*c.printed[c.member], loser],
                    )
                ],
                show(tally=[0]),
            ),
        ],
    )
    why = both(
        "training.villager.carry_off_why" if reading == "off" else "training.villager.carry_why",
        rule=rule,
        loser=loser,
        member=c.member,
        head_votes=x_head,
        member_votes=x_member,
        twice_member=2 * x_member,
        total=total,
        twice_total=2 * total,
        n=n,
    )
    return _draft(both("training.title.carry_down"), why, chosen, counted_data)


def men_heads(rng: random.Random, profile: str | None) -> Cast:
    """An election whose 主任/副主任 candidates are all men and whose member post has two or
    more seats: the women's guarantee then turns on the member post (V-WOMEN-1)."""
    while True:
        c = Cast(rng, profile, women=0)
        if c.posts[-1][1] >= 2:
            return c


def _woman_member(
    rng: random.Random,
    c: Cast,
    voted: tuple[int, int, int],
    reading: str,
    woman_votes: Callable[[int, int], tuple[int, int]],
) -> tuple[str, int, Any, list[str], tuple[str, str], int]:
    """One woman printed last among the 委员 candidates of a men-headed ballot, her votes set by
    ``woman_votes(valid, win) -> (her votes, the lowest winner's floor)``, counted under the
    ``women_guarantee`` reading: (woman, 委员 seats, the counted file, who won, the rule, her votes)."""
    n, issued, invalid = voted
    valid = n - invalid
    seats = c.posts[-1][1]
    woman = c.names.name(FEMALE)
    c.people[c.member][-1] = (woman, FEMALE)
    c.printed[c.member] = ordered([x for x, _ in c.people[c.member]])

    def member(printed: list[str], seats_: int, win: int) -> dict[str, int]:
        w, lo_win = woman_votes(valid, win)
        return votes(rng, printed, counted=valid, seats=seats_, lo_win=lo_win, winners=seats_, fixed={woman: w})

    tally = retry(lambda: c.tally(valid, n, member))
    ref = profile_ref(c.setup.profile, women_guarantee=reading)
    counted_data = counted_file(c.file([c.formal(n, issued, invalid, tally)], profile=ref))
    won = sorted(counted_data[2].rounds[0].elected.get(c.member, ()))
    return woman, seats, counted_data, won, say("V-WOMEN-1", counted_data[2].profile), tally[c.member][woman]


def womens_guarantee(rng: random.Random, profile: str | None) -> Draft:
    reading = rng.choice(("confirm_first", "confirm_first", "none"))
    c = men_heads(rng, profile)
    n, issued, invalid = c.voted()

    def above(valid: int, win: int) -> tuple[int, int]:
        w = win + rng.randrange(1, max(2, (valid - win) // 4))
        return w, w + 1

    woman, seats, counted_data, won, rule, w = _woman_member(rng, c, (n, issued, invalid), reading, above)
    intro = village_intro(c.setup, n)
    chosen = pick(
        rng,
        [
            lambda: (
                both(
                    "training.villager.womens_guarantee_who",
                    intro=intro,
                    rule=rule,
                    member=c.member,
                    woman=woman,
                    w=w,
                ),
                [
                    names(
                        both("training.elected_post", post=c.member),
                        won,
                        c.printed[c.member],
                    )
                ],
                show(tally=[0], people=True),
            ),
            lambda: (
                both(
                    "training.villager.woman_placed",
                    intro=intro,
                    rule=rule,
                    woman=woman,
                    w=w,
                    member=c.member,
                    place=seats + 1,
                ),
                [yes_no(both("training.is_elected", name=woman), woman in won)],
                show(tally=[0], people=True),
            ),
        ],
    )
    why = both(
        "training.villager.woman_first_why" if woman in won else "training.villager.woman_out_why",
        rule=rule,
        woman=woman,
        w=w,
        twice=2 * w,
        n=n,
    )
    return _draft(both("training.title.womens_guarantee"), why, chosen, counted_data)


def womens_seat(rng: random.Random, profile: str | None) -> Draft:
    """A seat kept for a woman: the ``reserved_seat`` reading with no woman over the majority
    (the seat stays empty), or a 妇女委员 post elected by women only (专职专选) where a man
    written in has more votes."""
    c = men_heads(rng, profile)
    n, issued, invalid = c.voted()
    valid = n - invalid
    intro = village_intro(c.setup, n)
    if rng.random() < 0.5:
        woman, seats, counted_data, won, rule, w = _woman_member(
            rng, c, (n, issued, invalid), "reserved_seat", lambda _, win: (rng.randrange(win // 3, win - 2), win)
        )
        chosen = pick(
            rng,
            [
                lambda: (
                    both(
                        "training.villager.womens_seat_who",
                        intro=intro,
                        rule=rule,
                        member=c.member,
                        woman=woman,
                        w=w,
                    ),
                    [
                        names(
                            both("training.elected_post", post=c.member),
                            won,
                            c.printed[c.member],
                        ),
                        number(both("training.committee.seats_short"), seats - len(won)),
                    ],
                    show(tally=[0], people=True),
                ),
            ],
        )
        why = both(
            "training.villager.not_more_than_kept", rule=rule, woman=woman, w=w, twice=2 * w, n=n
        )
        return _draft(both("training.title.womens_seat"), why, chosen, counted_data)
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
                both(
                    "training.villager.separate_seat_woman_only",
                    intro=intro,
                    post=post,
                    a=a,
                    b=b,
                    vm=vm,
                    man=man,
                    va=va,
                ),
                [
                    names(both("training.elected_post", post=post), list(won), [a, b, man]),
                    yes_no(both("training.villager.may_take", man=man), man in won),
                ],
                show(tally=[0], people=True),
            ),
        ],
    )
    rule = say("V-WOMEN-1", counted.profile)
    why = both(
        "training.villager.only_woman_can_take",
        post=post,
        man=man,
        a=a,
        va=va,
        twice=2 * va,
        n=n,
        rule=rule,
    )
    draft = _draft(both("training.title.womens_seat"), why, chosen, counted_data)
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
    bring = both(
        "training.villager.brings_authorisations_see_register",
        intro=intro,
        holder=holder,
        next=limit + 1,
        limit=limit,
    )
    chosen = pick(
        rng,
        [
            lambda: (
                both(
                    "training.villager.ballots_came_back_how",
                    bring=bring,
                    n=n,
                    head=head,
                    top=top,
                    h=h,
                ),
                [
                    number(both("training.villager.voters_taking_part"), n),
                    yes_no(both("training.is_elected", name=top), won),
                ],
                show(counts=[], proxies=True),
            ),
            lambda: (
                both(
                    "training.villager.th_authorisation_valid_had",
                    bring=bring,
                    next=limit + 1,
                    late=late,
                    holder=holder,
                ),
                [
                    yes_no(both("training.villager.proxy_valid"), False),
                    yes_no(both("training.villager.would_record_right"), False),
                ],
                show(counts=[], proxies=True),
            ),
        ],
    )
    rule = say("V-PROXY-1", counted.profile)
    why = both(
        "training.villager.limit_th_refused_casts",
        rule=rule,
        limit=limit,
        next=limit + 1,
        holder=holder,
        n=n,
        top=top,
        h=h,
        twice=2 * h,
    )
    k, question, asks, shown = chosen
    title = both("training.title.proxy_over_limit")
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
        both("training.villager.valid_votes_decide"),
        both("training.villager.mobile_box_ballots_voided"),
        both("training.villager.whole_election_void_held"),
    ]
    chosen = pick(
        rng,
        [
            lambda: (
                both("training.villager.stations_valid", intro=intro, issued=issued, n=n),
                [yes_no(both("training.villager.valid"), valid)],
                show(stations=[0]),
            ),
            lambda: (
                both("training.villager.stations_what_follows", intro=intro),
                [choice(both("training.villager.what_follows"), ends, 0 if valid else 2)],
                show(stations=[0]),
            ),
        ],
    )
    rule = say("V-ROVING-1", counted.profile)
    why = both(
        "training.villager.mobile_over_why" if over else "training.villager.mobile_why",
        rule=rule,
        issued=m_issued,
        returned=m_returned,
    )
    return Draft(
        data,
        results,
        counted,
        both("training.title.mobile_box"),
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
