"""Counterexample items: the mistakes a counter is likely to make, each the broken variant a
spec in ``specs/`` refutes, shown on a concrete set of ballots.

Every spec of ``tallykit prove`` ships with a deliberately wrong rule it must refute (exactly
half elects, a tie broken by ballot order, a shortfall filled from below, the approvals of void
ballots tallied, …). Those wrong rules are what a tired counter does at the table. Each item here
builds an election where the wrong rule and the right one part, has the counter announce what
the wrong rule gives, and asks the trainee what is right and what went wrong. The announcement
is kept with the item (``mistake.declared``): written into the results file it makes
``tallykit verify`` report an outcome error, which ``tests/test_training.py`` checks, and the
same test evaluates each spec's own broken variant on the item's numbers and finds the same
announcement.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import attrs

from tallykit import rules
from tallykit.counting import Count, fill_seats, rank
from tallykit.training.build import (
    NoTally,
    Party,
    fewest_for_third,
    fewest_to_elect,
    ordered,
    party,
    party_election,
    records,
    retry,
    round_,
    votes,
)
from tallykit.training.item import (
    recount_tally,
    Draft,
    choice,
    counted_file,
    pick,
    show,
    shuffled,
    verdict,
    yes_no,
)
from tallykit.training.law import say
from tallykit.training.people import FEMALE, Names
from tallykit.training.villager import Cast, men_heads, supplementary
from tallykit.training.words import joined, party_intro, village_intro

Pair = tuple[str, str]
Ranking = tuple[tuple[str, int], ...]


@attrs.frozen
class Mistake:
    """A counter's mistake: the spec whose broken variant it is, that variant in the words of
    the spec's docstring (and, for seating, the variant's name in ``specs/_seating.py``), the
    rules it breaks, and the mistake in a trainee's words."""

    spec: str
    variant: str
    rules: tuple[str, ...]
    words: Pair
    seating: str | None = None


MISTAKES: dict[str, Mistake] = {
    "half_elects": Mistake(
        "elected_over_threshold",
        "the threshold written ``2*votes >= base``",
        ("P-ELECT-1", "V-DOUBLE-MAJORITY-2"),
        ("把恰好半数当成过半数", "took exactly half for a majority"),
    ),
    "exact_quota_voided": Mistake(
        "classification",
        "over-quota tested with ``chosen >= seats``",
        ("P-VALID-1", "V-BALLOT-OVERVOTE-1"),
        (
            "把恰好选满应选人数的选票当成多选作废",
            "voided ballots that chose exactly as many as the seats",
        ),
    ),
    "tie_by_order": Mistake(
        "boundary_ties",
        "the tie broken by ballot order",
        ("P-ELECT-3", "V-TIE-1"),
        ("票数相等时按选票上的姓氏笔画顺序定了当选人", "broke a tie by the ballot's stroke order"),
        "ballot_order",
    ),
    "all_tied_seated": Mistake(
        "seats_bound",
        "everyone tied at the boundary is seated",
        ("P-ELECT-3", "P-ELECT-2"),
        ("票数相等的人全部算作当选，超过了应选名额", "seated everyone tied, beyond the seats"),
        "seat_all_tied",
    ),
    "fill_from_below": Mistake(
        "no_fill_from_below",
        "the shortfall taken in vote order from those below the threshold",
        ("P-ELECT-4", "V-SUPP-1"),
        (
            "用未过半数的人按得票多少补足了名额",
            "filled a short seat in vote order from below the majority",
        ),
        "fill_from_below",
    ),
    "first_qualified": Mistake(
        "no_leapfrog",
        "seats filled from the qualified in ballot order instead of vote order",
        ("P-ELECT-2",),
        (
            "过半数的人多于名额时，按选票上的排列顺序取，而不是按得票多少",
            "took the qualified in ballot order, not vote order",
        ),
        "first_qualified",
    ),
    "void_ballots_tallied": Mistake(
        "conservation",
        "the approvals of invalid ballots (or void sections) tallied",
        ("P-VALID-1", "P-BALLOT-2"),
        ("把作废选票上画的○也计了票", "counted the ○ marks of void ballots"),
    ),
    "reconcile_present": Mistake(
        "gates_first",
        "reconciliation against those present instead of ballots issued",
        ("P-BALLOT-1",),
        (
            "拿收回的选票和实到会人数比，而不是和发出的选票比",
            "compared ballots returned with those present, not those issued",
        ),
    ),
    "half_turnout": Mistake(
        "double_majority",
        "turnout written ``2*participants >= registered``",
        ("V-DOUBLE-MAJORITY-1",),
        (
            "把恰好一半的选民参加投票当成过半数",
            "took exactly half of the register voting for a majority",
        ),
    ),
    "third_strict": Mistake(
        "arithmetic_exact",
        "the ⅓ floor written ``3*votes > cast``",
        ("V-SUPP-3",),
        (
            "把“不少于三分之一”算成了“超过三分之一”",
            "read 'not less than a third' as 'more than a third'",
        ),
    ),
    "supplementary_plurality": Mistake(
        "supplementary_third",
        "the supplementary round as a plain plurality, without the floor",
        ("V-SUPP-3",),
        (
            "另行选举只看谁得票多，忘了不得少于三分之一",
            "took the most votes in a supplementary election, forgetting the third",
        ),
    ),
    "women_not_applied": Mistake(
        "women_guarantee",
        "the guarantee not applied (plain vote order",
        ("V-WOMEN-1",),
        (
            "没有妇女当选时，没有让得票过半数的妇女优先当选",
            "left out the woman with a majority when no woman was elected",
        ),
    ),
}


# ---------------------------------------------------------------- the wrong rules on numbers


def wrong_seating(
    variant: str, ranking_in_ballot_order: Ranking, seats: int, qualifies: Callable[[int], Any]
) -> list[str]:
    """Who a counter seats under a broken seating ``variant`` of ``specs/_seating.py``, the
    candidates given in ballot order: ``ballot_order`` (a tie broken by ballot order),
    ``seat_all_tied`` (all the tied seated), ``fill_from_below`` (the short seats taken in vote
    order regardless of the threshold), ``first_qualified`` (the qualified taken in ballot
    order)."""
    votes_ = [v for _, v in ranking_in_ballot_order]
    q = [bool(qualifies(v)) for v in votes_]
    n = len(votes_)
    above = [sum(q[j] and votes_[j] > votes_[i] for j in range(n)) for i in range(n)]
    if variant == "ballot_order":
        earlier = [sum(q[j] and votes_[j] == votes_[i] for j in range(i)) for i in range(n)]
        chosen = [q[i] and above[i] + earlier[i] < seats for i in range(n)]
    elif variant == "seat_all_tied":
        chosen = [q[i] and above[i] < seats for i in range(n)]
    elif variant == "fill_from_below":
        over = [sum(votes_[j] > votes_[i] for j in range(n)) for i in range(n)]
        same = [sum(votes_[j] == votes_[i] for j in range(n)) for i in range(n)]
        chosen = [over[i] + same[i] <= seats for i in range(n)]
    elif variant == "first_qualified":
        before = [sum(q[j] for j in range(i)) for i in range(n)]
        chosen = [q[i] and before[i] < seats for i in range(n)]
    else:
        raise ValueError(variant)
    return [name for (name, _), c in zip(ranking_in_ballot_order, chosen) if c]


def _in_order(printed: Sequence[str], tally: dict[str, int]) -> Ranking:
    return tuple((n, tally.get(n, 0)) for n in printed)


def announce(
    elected: Mapping[str, Sequence[str]], next_step: str | None, void: bool = False
) -> Pair:
    """An announcement in words: who is elected and what comes next."""
    if void:
        return "本轮选举无效，须重新投票", "the round is void and is held again"
    # names in ballot (stroke) order, so two announcements differ only in who is named
    listed = {p: ordered(ns) for p, ns in elected.items() if ns}
    who = "；".join(f"{p} {joined(ns)}" for p, ns in listed.items()) or "无人"
    who_en = "; ".join(f"{p} {', '.join(ns)}" for p, ns in listed.items()) or "nobody"
    tail = {
        None: ("名额选满，选举完成", "all seats filled"),
        "tie_revote": ("票数相等者再次投票", "the tied are voted on again"),
        "supplementary": ("缺额另行选举", "the short seats go to a supplementary election"),
        "seat_reduction": ("经同意减少名额", "seats reduced"),
    }[next_step]
    return f"当选：{who}；{tail[0]}", f"elected: {who_en}; {tail[1]}"


def announce_core(counted: Count, index: int = 0) -> Pair:
    out = counted.rounds[index]
    nxt = {
        "tie_revote": "tie_revote",
        "supplementary": "supplementary",
        "seat_reduction": "seat_reduction",
    }
    return announce(out.elected, nxt.get(out.result), out.result == "void")


def declared(
    elected: Mapping[str, Sequence[str]],
    next_step: str | None,
    void: bool = False,
    void_reason: str | None = None,
) -> dict[str, Any]:
    if void:
        return {"elected": {}, "void": True, "void_reason": void_reason, "next": None}
    return {"elected": {p: list(ns) for p, ns in elected.items()}, "void": False, "next": next_step}


def _next(seats: int, chosen: Sequence[str]) -> str | None:
    return "supplementary" if len(chosen) < seats else None


# ---------------------------------------------------------------- the item


def _item(
    rng: random.Random,
    key: str,
    family: str,
    data: dict[str, Any],
    results: Any,
    counted: Count,
    intro: Pair,
    wrong: tuple[dict[str, Any], Pair],
    why: Pair,
    shown: dict[str, Any],
    round_index: int = 0,
) -> Draft:
    """The two templates every mistake shares: is the announcement right and what is, or what
    went wrong and what is right."""
    m = MISTAKES[key]
    wrong_declared, wrong_words = wrong
    right_words = announce_core(counted, round_index)
    if right_words == wrong_words:  # this draw does not tell the rules apart: draw again
        raise NoTally(f"{key}: the wrong rule gives the right outcome")
    outcomes, at = shuffled(rng, right_words, [wrong_words])
    family_keys = [k for k in (PARTY if family == "party" else VILLAGER) if k != key]
    others = [MISTAKES[k].words for k in rng.sample(family_keys, 2)]
    reasons, at_reason = shuffled(rng, m.words, others)
    question = (
        f"{intro[0]}计票人宣布：“{wrong_words[0]}”。",
        f'{intro[1]} The counter announces: "{wrong_words[1]}".',
    )
    chosen = pick(
        rng,
        [
            lambda: (
                (
                    question[0] + "这样宣布对吗？正确的结果是什么？",
                    question[1] + " Is that right? What is?",
                ),
                [
                    yes_no(("宣布对吗？", "Is it right?"), False),
                    choice(("正确的结果", "The right outcome"), outcomes, at),
                ],
                shown,
            ),
            lambda: (
                (
                    question[0] + "他错在哪里？正确的结果是什么？",
                    question[1] + " What went wrong? What is right?",
                ),
                [
                    choice(("错在", "The mistake"), reasons, at_reason),
                    choice(("正确的结果", "The right outcome"), outcomes, at),
                ],
                shown,
            ),
        ],
    )
    k, q, asks, sh = chosen
    draft = Draft(
        data, results, counted, ("计票人的错误", "The counter's mistake"), k, q, asks, why, sh
    )
    draft.mistake = {
        "id": key,
        "spec": m.spec,
        "variant": m.variant,
        "rules": list(m.rules),
        "round": round_index,
        "declared": wrong_declared,
        "words": {"zh": wrong_words[0], "en": wrong_words[1]},
    }
    return draft


def _party_tally(
    setup: Party, printed: list[str], tally: dict[str, int]
) -> tuple[dict[str, Any], Any, Count]:
    rnd = round_(
        "formal",
        [("委员", setup.seats)],
        {"委员": printed},
        setup.present,
        setup.present,
        {"委员": tally},
    )
    return counted_file(party_election(setup, {"委员": printed}, [rnd]))


def _cast(rng: random.Random, setup: Party, extra: int = 0) -> list[str]:
    return ordered(
        [n for n, _ in Names(rng).people(setup.candidates + extra, women=rng.randrange(0, 2))]
    )


def _majority(base: int) -> Callable[[int], bool]:
    return lambda v: bool(rules.majority(v, base))


def _why(rule_id: str, counted: Count, extra: Pair) -> Pair:
    rule = say(rule_id, counted.profile)
    return f"{rule[0]}。{extra[0]}", f"{rule[1]}. {extra[1]}"


# ---------------------------------------------------------------- party mistakes


def half_elects(rng: random.Random, profile: str | None) -> Draft:
    def draw() -> tuple[Party, list[str], dict[str, int], str]:
        setup = party(rng, profile, even_base=True)
        printed = _cast(rng, setup)
        x = rng.choice(printed)
        tally = votes(
            rng,
            printed,
            counted=setup.present,
            seats=setup.seats,
            lo_win=fewest_to_elect(setup.base),
            winners=setup.seats - 1,
            fixed={x: setup.base // 2},
        )
        return setup, printed, tally, x

    setup, printed, tally, x = retry(draw)
    data, results, counted = _party_tally(setup, printed, tally)
    half = setup.base // 2
    seated = list(
        fill_seats(rank(tuple(printed), tally), setup.seats, lambda v: 2 * v >= setup.base)[1]
    )
    wrong = declared({"委员": seated}, _next(setup.seats, seated))
    why = _why(
        "P-ELECT-1",
        counted,
        (
            f"{x} 得 {half} 票，2×{half}={2 * half}，不大于 {setup.base}，恰好半数，不能当选",
            f"{x} has {half}: 2×{half}={2 * half} is not more than {setup.base}, exactly half",
        ),
    )
    return _item(
        rng,
        "half_elects",
        "party",
        data,
        results,
        counted,
        party_intro(setup),
        (wrong, announce({"委员": seated}, _next(setup.seats, seated))),
        why,
        show(tally=[0]),
    )


def exact_quota_voided(rng: random.Random, profile: str | None) -> Draft:
    """The broken over-quota test ``chosen >= seats`` voids ballots choosing exactly the seats."""

    def draw() -> tuple[Party, list[str], dict[str, Any], str, int]:
        setup = party(rng, profile)
        printed = _cast(rng, setup)
        win = fewest_to_elect(setup.base)
        k = rng.randrange(2, 6)
        x = rng.choice(printed)
        others = rng.sample([n for n in printed if n != x], setup.seats - 1)
        full = {
            "count": k,
            "marks": {"委员": "".join("○" if n in others or n == x else "×" for n in printed)},
        }
        rest = setup.present - k
        # x reaches the majority only with the k full ballots; the others on them have it anyway
        if rest - win < setup.seats:
            raise NoTally("too few ballots left for the others to clear the majority")
        top = rng.sample(range(win + 1, rest + 1), setup.seats - 1)
        tally = votes(
            rng,
            printed,
            counted=rest,
            seats=setup.seats,
            lo_win=win,
            winners=0,
            fixed={**dict(zip(others, top)), x: win - rng.randrange(1, k + 1)},
        )
        recs = [full] + records(rest, [("委员", printed)], {"委员": tally})
        rnd = round_(
            "formal",
            [("委员", setup.seats)],
            {"委员": printed},
            setup.present,
            setup.present,
            ballot_records=recs,
        )
        return setup, printed, party_election(setup, {"委员": printed}, [rnd]), x, k

    setup, printed, data0, x, k = retry(draw)
    data, results, counted = counted_file(data0)
    tally = dict(recount_tally(counted)["委员"])
    v = verdict(results, 0, 0)
    less = {n: tally[n] - (k if n in v.approvals.get("委员", ()) else 0) for n in printed}
    seated = list(fill_seats(rank(tuple(printed), less), setup.seats, _majority(setup.base))[1])
    wrong = declared({"委员": seated}, _next(setup.seats, seated))
    why = _why(
        "P-VALID-1",
        counted,
        (
            f"第 1 种选票选了 {setup.seats} 人，等于应选人数，是有效票；{x} 算上这 {k} 张共 {tally[x]} 票，2×{tally[x]}={2 * tally[x]} > {setup.base}",
            f"kind 1 chooses {setup.seats} for {setup.seats} seats and is valid; with its {k} ballots {x} has "
            f"{tally[x]}: 2×{tally[x]}={2 * tally[x]} > {setup.base}",
        ),
    )
    intro = (
        party_intro(setup)[0]
        + f"第 1 种选票（见图，共 {k} 张）画了 {setup.seats} 个○，计票人把它们当成多选作废。",
        party_intro(setup)[1]
        + f" Kind 1 (shown, {k} ballots) has {setup.seats} ○; the counter voided them as over the quota.",
    )
    return _item(
        rng,
        "exact_quota_voided",
        "party",
        data,
        results,
        counted,
        intro,
        (wrong, announce({"委员": seated}, _next(setup.seats, seated))),
        why,
        show(ballots=[(0, 0)], tally=[0], counts=[]),
    )


def _tie(
    rng: random.Random, profile: str | None
) -> tuple[Party, list[str], dict[str, int], list[str], int]:
    def draw() -> tuple[Party, list[str], dict[str, int], list[str], int]:
        setup = party(rng, profile)
        printed = _cast(rng, setup)
        win = fewest_to_elect(setup.base)
        a, b = rng.sample(printed, 2)
        cut = rng.randrange(win, min(win + 4, setup.present))
        tally = votes(
            rng,
            printed,
            counted=setup.present,
            seats=setup.seats,
            lo_win=cut + 1,
            winners=setup.seats - 1,
            fixed={a: cut, b: cut},
        )
        return setup, printed, tally, ordered([a, b]), cut

    return retry(draw)


def _seating_mistake(
    rng: random.Random, key: str, setup: Party, printed: list[str], tally: dict[str, int], why: Pair
) -> Draft:
    data, results, counted = _party_tally(setup, printed, tally)
    seated = wrong_seating(
        MISTAKES[key].seating or "", _in_order(printed, tally), setup.seats, _majority(setup.base)
    )
    wrong = declared({"委员": seated}, _next(setup.seats, seated))
    return _item(
        rng,
        key,
        "party",
        data,
        results,
        counted,
        party_intro(setup),
        (wrong, announce({"委员": seated}, _next(setup.seats, seated))),
        _why(MISTAKES[key].rules[0], counted, why),
        show(tally=[0]),
    )


def tie_by_order(rng: random.Random, profile: str | None) -> Draft:
    setup, printed, tally, (a, b), cut = _tie(rng, profile)
    return _seating_mistake(
        rng,
        "tie_by_order",
        setup,
        printed,
        tally,
        (
            f"{a}、{b} 各 {cut} 票争最后一个名额，应就二人再次投票；姓氏笔画只决定印在选票上的先后",
            f"{a} and {b} tie at {cut} for the last seat and are voted on again; stroke order only prints the ballot",
        ),
    )


def all_tied_seated(rng: random.Random, profile: str | None) -> Draft:
    setup, printed, tally, (a, b), cut = _tie(rng, profile)
    return _seating_mistake(
        rng,
        "all_tied_seated",
        setup,
        printed,
        tally,
        (
            f"{a}、{b} 各 {cut} 票，只剩 1 个名额，不能两人都当选；应就二人再次投票",
            f"{a} and {b} tie at {cut} for one seat; both cannot be elected: they are voted on again",
        ),
    )


def fill_from_below(rng: random.Random, profile: str | None) -> Draft:
    def draw() -> tuple[Party, list[str], dict[str, int], str]:
        setup = party(rng, profile)
        printed = _cast(rng, setup)
        win = fewest_to_elect(setup.base)
        x = rng.choice(printed)
        tally = votes(
            rng,
            printed,
            counted=setup.present,
            seats=setup.seats,
            lo_win=win,
            winners=setup.seats - 1,
            fixed={x: win - rng.randrange(1, 4)},
        )
        return setup, printed, tally, x

    setup, printed, tally, x = retry(draw)
    v = tally[x]
    return _seating_mistake(
        rng,
        "fill_from_below",
        setup,
        printed,
        tally,
        (
            f"{x} 得 {v} 票，2×{v}={2 * v}，不大于 {setup.base}，未过半数，不能补上；缺额另行选举",
            f"{x} has {v}: 2×{v}={2 * v} is not more than {setup.base}; the short seat goes to a supplementary election",
        ),
    )


def first_qualified(rng: random.Random, profile: str | None) -> Draft:
    def draw() -> tuple[Party, list[str], dict[str, int]]:
        setup = party(rng, profile)
        printed = _cast(rng, setup)
        win = fewest_to_elect(setup.base)
        tally = votes(
            rng,
            printed,
            counted=setup.present,
            seats=setup.seats,
            lo_win=win,
            winners=min(len(printed), setup.seats + 1),
        )
        wrong = wrong_seating(
            MISTAKES["first_qualified"].seating or "",
            _in_order(printed, tally),
            setup.seats,
            _majority(setup.base),
        )
        best = list(fill_seats(rank(tuple(printed), tally), setup.seats, _majority(setup.base))[1])
        if set(wrong) == set(best):
            raise NoTally("ballot order agrees with vote order")
        return setup, printed, tally

    setup, printed, tally = retry(draw)
    return _seating_mistake(
        rng,
        "first_qualified",
        setup,
        printed,
        tally,
        (
            "过半数的人多于应选名额，以得票多少为序取足名额；选票上的姓氏笔画顺序不决定谁当选",
            "more have a majority than there are seats: they are taken by votes, not by their place on the ballot",
        ),
    )


def void_ballots_tallied(rng: random.Random, profile: str | None) -> Draft:
    """The broken conservation variant: the ○ marks of void (over-quota) ballots tallied."""

    def draw() -> tuple[Party, list[str], dict[str, Any], str, int]:
        setup = party(rng, profile)
        printed = _cast(rng, setup)
        win = fewest_to_elect(setup.base)
        k = rng.randrange(2, 6)
        x = rng.choice(printed)
        over = {"count": k, "marks": {"委员": "○" * len(printed)}}
        rest = setup.present - k
        mine = win - rng.randrange(1, k + 1)
        tally = votes(
            rng,
            printed,
            counted=rest,
            seats=setup.seats,
            lo_win=win + k + 1,
            winners=setup.seats - 1,
            fixed={x: mine},
        )
        losers = sorted((n for n in printed if n != x), key=lambda n: -tally[n])[setup.seats - 1 :]
        for i, n in enumerate(
            losers
        ):  # the others out of it stay below x, even with the void ○ added
            tally[n] = max(0, min(tally[n], mine - 1 - i))
        recs = [over] + records(rest, [("委员", printed)], {"委员": tally})
        rnd = round_(
            "formal",
            [("委员", setup.seats)],
            {"委员": printed},
            setup.present,
            setup.present,
            ballot_records=recs,
        )
        return setup, printed, party_election(setup, {"委员": printed}, [rnd]), x, k

    setup, printed, data0, x, k = retry(draw)
    data, results, counted = counted_file(data0)
    tally = dict(recount_tally(counted)["委员"])
    more = {n: tally[n] + k for n in printed}
    seated = list(fill_seats(rank(tuple(printed), more), setup.seats, _majority(setup.base))[1])
    wrong = declared({"委员": seated}, _next(setup.seats, seated))
    why = _why(
        "P-VALID-1",
        counted,
        (
            f"第 1 种选票（{k} 张）对 {len(printed)} 人都画了○，多于应选 {setup.seats} 人，是废票，上面的○一个也不计；"
            f"{x} 只有 {tally[x]} 票，2×{tally[x]}={2 * tally[x]}，不大于 {setup.base}",
            f"kind 1 ({k} ballots) approves all {len(printed)} for {setup.seats} seats and is void, none of its ○ "
            f"count; {x} has only {tally[x]}: 2×{tally[x]}={2 * tally[x]} is not more than {setup.base}",
        ),
    )
    intro = (
        party_intro(setup)[0] + f"第 1 种选票（见图，共 {k} 张）对每个候选人都画了○。",
        party_intro(setup)[1] + f" Kind 1 (shown, {k} ballots) approves every candidate.",
    )
    return _item(
        rng,
        "void_ballots_tallied",
        "party",
        data,
        results,
        counted,
        intro,
        (wrong, announce({"委员": seated}, _next(setup.seats, seated))),
        why,
        show(ballots=[(0, 0)], tally=[0], counts=[]),
    )


def reconcile_present(rng: random.Random, profile: str | None) -> Draft:
    """The broken gate: returned compared with those present instead of ballots issued."""
    setup = party(rng, profile)
    printed = _cast(rng, setup)
    issued = setup.present - 1
    returned = setup.present
    win = fewest_to_elect(setup.base)
    tally = votes(
        rng, printed, counted=returned, seats=setup.seats, lo_win=win, winners=setup.seats
    )
    rnd = round_(
        "formal", [("委员", setup.seats)], {"委员": printed}, issued, returned, {"委员": tally}
    )
    data, results, counted = counted_file(party_election(setup, {"委员": printed}, [rnd]))
    seated = list(fill_seats(rank(tuple(printed), tally), setup.seats, _majority(setup.base))[1])
    wrong = declared({"委员": seated}, _next(setup.seats, seated))
    intro = (
        party_intro(setup)[0] + f"一名党员领票前离场，发出选票 {issued} 张，收回 {returned} 张。",
        party_intro(setup)[1]
        + f" One member left before the ballots were handed out: {issued} issued, {returned} returned.",
    )
    why = _why(
        "P-BALLOT-1",
        counted,
        (
            f"收回 {returned} 张多于发出 {issued} 张，本轮无效；和实到会 {setup.present} 人比是错的，核对的是发出的选票",
            f"{returned} returned > {issued} issued voids the round; comparing with the {setup.present} present is wrong",
        ),
    )
    return _item(
        rng,
        "reconcile_present",
        "party",
        data,
        results,
        counted,
        intro,
        (wrong, announce({"委员": seated}, _next(setup.seats, seated))),
        why,
        show(tally=[0]),
    )


# ---------------------------------------------------------------- villagers' mistakes


def half_turnout(rng: random.Random, profile: str | None) -> Draft:
    c = Cast(rng, profile)
    c.setup.registered += c.setup.registered % 2
    n = c.setup.registered // 2
    issued, invalid = n + rng.randrange(0, 4), rng.randrange(0, max(1, n // 100))
    tally = c.tally(n - invalid, n)
    data, results, counted = counted_file(c.file([c.formal(n, issued, invalid, tally)]))
    seated = {
        p: list(fill_seats(rank(tuple(c.printed[p]), tally[p]), s, _majority(n))[1])
        for p, s in c.posts
    }
    short = any(len(seated[p]) < s for p, s in c.posts)
    wrong = declared(seated, "supplementary" if short else None)
    why = _why(
        "V-DOUBLE-MAJORITY-1",
        counted,
        (
            f"参加投票 {n} 人，登记 {c.setup.registered} 人：2×{n}={2 * n}，不大于 {c.setup.registered}，恰好一半，选举无效",
            f"{n} of {c.setup.registered} voted: 2×{n}={2 * n} is not more than {c.setup.registered}; exactly half: void",
        ),
    )
    return _item(
        rng,
        "half_turnout",
        "villager",
        data,
        results,
        counted,
        village_intro(c.setup, n),
        (wrong, announce(seated, "supplementary" if short else None)),
        why,
        show(counts=[]),
    )


def third_strict(rng: random.Random, profile: str | None) -> Draft:
    c, (data, results, counted), leader, top, cast, _ = supplementary(
        rng, profile, lambda x: x % 3 == 0, lambda x: x // 3
    )
    wrong = declared({c.member: []}, "supplementary")
    intro = (
        village_intro(c.setup)[0]
        + f"另行选举{c.member} 1 名，投票 {cast} 张，{leader} 得 {top} 票，得票最多。",
        village_intro(c.setup)[1]
        + f" A supplementary election for 1 {c.member}: {cast} cast, {leader} leads with {top}.",
    )
    why = _why(
        "V-SUPP-3",
        counted,
        (
            f"3×{top}={3 * top}，等于 {cast}，正好三分之一，不少于三分之一，当选",
            f"3×{top}={3 * top} equals {cast}: exactly a third is not less than a third, elected",
        ),
    )
    return _item(
        rng,
        "third_strict",
        "villager",
        data,
        results,
        counted,
        intro,
        (wrong, announce({c.member: []}, "supplementary")),
        why,
        show(counts=[1]),
        round_index=1,
    )


def supplementary_plurality(rng: random.Random, profile: str | None) -> Draft:
    c, (data, results, counted), leader, top, cast, _ = supplementary(
        rng, profile, lambda x: True, lambda x: fewest_for_third(x) - rng.randrange(1, 15)
    )
    wrong = declared({c.member: [leader]}, None)
    intro = (
        village_intro(c.setup)[0]
        + f"另行选举{c.member} 1 名，投票 {cast} 张，{leader} 得 {top} 票，得票最多。",
        village_intro(c.setup)[1]
        + f" A supplementary election for 1 {c.member}: {cast} cast, {leader} leads with {top}.",
    )
    why = _why(
        "V-SUPP-3",
        counted,
        (
            f"3×{top}={3 * top} < {cast}，不到三分之一，得票最多也不当选",
            f"3×{top}={3 * top} < {cast}: under a third, not elected despite most votes",
        ),
    )
    return _item(
        rng,
        "supplementary_plurality",
        "villager",
        data,
        results,
        counted,
        intro,
        (wrong, announce({c.member: [leader]}, None)),
        why,
        show(counts=[1]),
        round_index=1,
    )


def women_not_applied(rng: random.Random, profile: str | None) -> Draft:
    c = men_heads(rng, profile)
    n, issued, invalid = c.voted()
    valid = n - invalid
    woman = c.names.name(FEMALE)
    c.people[c.member][-1] = (woman, FEMALE)
    c.printed[c.member] = ordered([x for x, _ in c.people[c.member]])

    def member(printed: list[str], seats: int, win: int) -> dict[str, int]:
        w = win + rng.randrange(1, max(2, (valid - win) // 4))
        return votes(
            rng, printed, counted=valid, seats=seats, lo_win=w + 1, winners=seats, fixed={woman: w}
        )

    tally = retry(lambda: c.tally(valid, n, member))
    data, results, counted = counted_file(c.file([c.formal(n, issued, invalid, tally)]))
    elected = {p: list(ns) for p, ns in counted.rounds[0].elected.items()}
    seats = c.posts[-1][1]
    elected[c.member] = list(
        fill_seats(rank(tuple(c.printed[c.member]), tally[c.member]), seats, _majority(n))[1]
    )
    wrong = declared(elected, None)
    w = tally[c.member][woman]
    why = _why(
        "V-WOMEN-1",
        counted,
        (
            f"主任、副主任当选人中没有妇女；{woman} 2×{w}={2 * w} > {n}，过半数，优先当选",
            f"no woman among the 主任/副主任 elected; {woman}: 2×{w}={2 * w} > {n}, confirmed first",
        ),
    )
    return _item(
        rng,
        "women_not_applied",
        "villager",
        data,
        results,
        counted,
        village_intro(c.setup, n),
        (wrong, announce(elected, None)),
        why,
        show(tally=[0], people=True),
    )


def village_fill_from_below(rng: random.Random, profile: str | None) -> Draft:
    def draw() -> tuple[Cast, int, int, int, dict[str, dict[str, int]]]:
        c = Cast(rng, profile)
        n, issued, invalid = c.voted()
        valid = n - invalid

        def member(printed: list[str], seats: int, win: int) -> dict[str, int]:
            x = rng.choice(printed)
            return votes(
                rng,
                printed,
                counted=valid,
                seats=seats,
                lo_win=win,
                winners=seats - 1,
                fixed={x: win - rng.randrange(1, 30)},
            )

        return c, n, issued, invalid, c.tally(valid, n, member)

    c, n, issued, invalid, tally = retry(draw)
    data, results, counted = counted_file(c.file([c.formal(n, issued, invalid, tally)]))
    elected = {p: list(ns) for p, ns in counted.rounds[0].elected.items()}
    seats = c.posts[-1][1]
    elected[c.member] = wrong_seating(
        MISTAKES["fill_from_below"].seating or "",
        _in_order(c.printed[c.member], tally[c.member]),
        seats,
        _majority(n),
    )
    wrong = declared(elected, None)
    short = [x for x in elected[c.member] if x not in counted.rounds[0].elected.get(c.member, ())]
    v = {x: tally[c.member][x] for x in short}
    why = _why(
        "V-SUPP-1",
        counted,
        (
            "；".join(f"{x} {v[x]} 票，2×{v[x]}={2 * v[x]}，不大于 {n}，未过半数" for x in short)
            + "，不能按得票多少补上，缺额另行选举",
            "; ".join(f"{x}: 2×{v[x]}={2 * v[x]} is not more than {n}" for x in short)
            + ": no majority, so the seat goes to a supplementary election",
        ),
    )
    return _item(
        rng,
        "fill_from_below",
        "villager",
        data,
        results,
        counted,
        village_intro(c.setup, n),
        (wrong, announce(elected, None)),
        why,
        show(tally=[0]),
    )


def village_tie_by_order(rng: random.Random, profile: str | None) -> Draft:
    def draw() -> tuple[Cast, int, int, int, dict[str, dict[str, int]], list[str]]:
        c = Cast(rng, profile)
        n, issued, invalid = c.voted()
        valid = n - invalid
        pair: list[str] = []

        def member(printed: list[str], seats: int, win: int) -> dict[str, int]:
            a, b = rng.sample(printed, 2)
            cut = rng.randrange(win, win + max(2, n // 20))
            pair[:] = ordered([a, b])
            return votes(
                rng,
                printed,
                counted=valid,
                seats=seats,
                lo_win=cut + 1,
                winners=seats - 1,
                fixed={a: cut, b: cut},
            )

        return c, n, issued, invalid, c.tally(valid, n, member), pair

    c, n, issued, invalid, tally, (a, b) = retry(draw)
    data, results, counted = counted_file(c.file([c.formal(n, issued, invalid, tally)]))
    elected = {p: list(ns) for p, ns in counted.rounds[0].elected.items()}
    seats = c.posts[-1][1]
    elected[c.member] = wrong_seating(
        MISTAKES["tie_by_order"].seating or "",
        _in_order(c.printed[c.member], tally[c.member]),
        seats,
        _majority(n),
    )
    wrong = declared(elected, None)
    why = _why(
        "V-TIE-1",
        counted,
        (
            f"{a}、{b} 票数相等争最后一个名额，应就二人再次投票",
            f"{a} and {b} tie for the last seat and are voted on again",
        ),
    )
    return _item(
        rng,
        "tie_by_order",
        "villager",
        data,
        results,
        counted,
        village_intro(c.setup, n),
        (wrong, announce(elected, None)),
        why,
        show(tally=[0]),
    )


Topic = Callable[[random.Random, "str | None"], Draft]


def _until_apart(topic: Topic) -> Topic:
    """Draw again until the wrong rule and the right one part (``_item`` raises otherwise)."""

    def draw(rng: random.Random, profile: str | None) -> Draft:
        return retry(lambda: topic(rng, profile))

    draw.__name__ = draw.__qualname__ = topic.__name__
    draw.__doc__ = topic.__doc__
    return draw


PARTY: dict[str, Topic] = {
    name: _until_apart(f)
    for name, f in (
        ("half_elects", half_elects),
        ("exact_quota_voided", exact_quota_voided),
        ("tie_by_order", tie_by_order),
        ("all_tied_seated", all_tied_seated),
        ("fill_from_below", fill_from_below),
        ("first_qualified", first_qualified),
        ("void_ballots_tallied", void_ballots_tallied),
        ("reconcile_present", reconcile_present),
    )
}
VILLAGER: dict[str, Topic] = {
    name: _until_apart(f)
    for name, f in (
        ("half_turnout", half_turnout),
        ("third_strict", third_strict),
        ("supplementary_plurality", supplementary_plurality),
        ("women_not_applied", women_not_applied),
        ("fill_from_below", village_fill_from_below),
        ("tie_by_order", village_tie_by_order),
    )
}
