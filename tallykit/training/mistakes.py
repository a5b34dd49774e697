"""Counterexample items: the mistakes a counter is likely to make, each the broken variant a
spec in ``specs/`` refutes, shown on a concrete set of ballots.

Every spec of ``tallykit prove`` ships with a deliberately wrong rule it must refute (exactly
half elects, a tie broken by ballot order, a shortfall filled from below, the approvals of void
ballots tallied, …). Those wrong rules are what a tired counter does at the table. Each item here
builds an election where the wrong rule and the right one part, has the counter announce what
the wrong rule gives, and asks the trainee what is right and what went wrong. The announcement
is kept with the item (``mistake.declared``): written into the results file it makes
``tallykit verify`` report an outcome error, which ``tests/unit/test_training.py`` checks, and the
same test evaluates each spec's own broken variant on the item's numbers and finds the same
announcement.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import msgspec

from tallykit import rules
from tallykit.counting.ballots import Verdict
from tallykit.counting.outcome import Count
from tallykit.counting.seating import fill_seats, rank
from tallykit.training.build import (
    NoTally,
    Party,
    fewest_for_third,
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
from tallykit.training.committee import ballots_file, cast, tally_file
from tallykit.training.shared import short_votes, tied_votes
from tallykit.training.villager import Cast, men_heads, supplementary
from tallykit.text.words import by_post
from tallykit.training.words import listed, party_intro, village_intro
from tallykit.vocabulary import Family

Pair = tuple[str, str]
Ranking = tuple[tuple[str, int], ...]


class Mistake(msgspec.Struct, frozen=True):
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
        both("training.mistake.half_elects"),
    ),
    "exact_quota_voided": Mistake(
        "classification",
        "over-quota tested with ``chosen >= seats``",
        ("P-VALID-1", "V-BALLOT-OVERVOTE-1"),
        both("training.mistake.exact_quota_voided"),
    ),
    "tie_by_order": Mistake(
        "boundary_ties",
        "the tie broken by ballot order",
        ("P-ELECT-3", "V-TIE-1"),
        both("training.mistake.tie_by_order"),
        "ballot_order",
    ),
    "all_tied_seated": Mistake(
        "seats_bound",
        "everyone tied at the boundary is seated",
        ("P-ELECT-3", "P-ELECT-2"),
        both("training.mistake.all_tied_seated"),
        "seat_all_tied",
    ),
    "fill_from_below": Mistake(
        "no_fill_from_below",
        "the shortfall taken in vote order from those below the threshold",
        ("P-ELECT-4", "V-SUPP-1"),
        both("training.mistake.fill_from_below"),
        "fill_from_below",
    ),
    "first_qualified": Mistake(
        "no_leapfrog",
        "seats filled from the qualified in ballot order instead of vote order",
        ("P-ELECT-2",),
        both("training.mistake.first_qualified"),
        "first_qualified",
    ),
    "void_ballots_tallied": Mistake(
        "conservation",
        "the approvals of invalid ballots (or void sections) tallied",
        ("P-VALID-1", "P-BALLOT-2"),
        both("training.mistake.void_ballots_tallied"),
    ),
    "reconcile_present": Mistake(
        "gates_first",
        "reconciliation against those present instead of ballots issued",
        ("P-BALLOT-1",),
        both("training.mistake.reconcile_present"),
    ),
    "half_turnout": Mistake(
        "double_majority",
        "turnout written ``2*participants >= registered``",
        ("V-DOUBLE-MAJORITY-1",),
        both("training.mistake.half_turnout"),
    ),
    "third_strict": Mistake(
        "arithmetic_exact",
        "the ⅓ floor written ``3*votes > cast``",
        ("V-SUPP-3",),
        both("training.mistake.third_strict"),
    ),
    "supplementary_plurality": Mistake(
        "supplementary_third",
        "the supplementary round as a plain plurality, without the floor",
        ("V-SUPP-3",),
        both("training.mistake.supplementary_plurality"),
    ),
    "women_not_applied": Mistake(
        "women_guarantee",
        "the guarantee not applied (plain vote order",
        ("V-WOMEN-1",),
        both("training.mistake.women_not_applied"),
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
        return both("result.void")
    # names in ballot (stroke) order, so two announcements differ only in who is named
    named = {p: ordered(ns) for p, ns in elected.items() if ns}
    who = by_post(named) if named else both("training.mistakes.nobody")
    return listed(
        [both("drill.elected", who=who), both(f"result.{next_step or 'elected'}")], "group"
    )


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
    family_keys = [k for k in (PARTY if family == Family.PARTY else VILLAGER) if k != key]
    others = [MISTAKES[k].words for k in rng.sample(family_keys, 2)]
    reasons, at_reason = shuffled(rng, m.words, others)
    question = both("training.mistakes.counter_announces", intro=intro, wrong_words=wrong_words)
    chosen = pick(
        rng,
        [
            lambda: (
                both("training.mistakes.is_it_right", question=question),
                [
                    yes_no(both("training.mistakes.right"), False),
                    choice(both("training.mistakes.right_outcome"), outcomes, at),
                ],
                shown,
            ),
            lambda: (
                both("training.mistakes.what_went_wrong", question=question),
                [
                    choice(both("training.mistakes.mistake"), reasons, at_reason),
                    choice(both("training.mistakes.right_outcome"), outcomes, at),
                ],
                shown,
            ),
        ],
    )
    k, q, asks, sh = chosen
    draft = Draft(data, results, counted, both("training.title.mistake"), k, q, asks, why, sh)
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


def _majority(base: int) -> Callable[[int], bool]:
    return lambda v: bool(rules.majority(v, base))


def _why(rule_id: str, counted: Count, extra: Pair) -> Pair:
    rule = say(rule_id, counted.profile)
    return f"{rule[0]}。{extra[0]}", f"{rule[1]}. {extra[1]}"


# ---------------------------------------------------------------- party mistakes


def half_elects(rng: random.Random, profile: str | None) -> Draft:
    def draw() -> tuple[Party, list[str], dict[str, int], str]:
        setup = party(rng, profile, even_base=True)
        printed = cast(setup, Names(rng))
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
    data, results, counted = counted_file(tally_file(setup, printed, tally))
    half = setup.base // 2
    seated = list(
        fill_seats(rank(tuple(printed), tally), setup.seats, lambda v: 2 * v >= setup.base)[1]
    )
    wrong = declared({"委员": seated}, _next(setup.seats, seated))
    why = _why(
        "P-ELECT-1",
        counted,
        both("training.mistakes.exactly_half", x=x, half=half, twice=2 * half, base=setup.base),
    )
    return _item(
        rng,
        "half_elects",
        Family.PARTY,
        data,
        results,
        counted,
        party_intro(setup),
        (wrong, announce({"委员": seated}, _next(setup.seats, seated))),
        why,
        show(tally=[0]),
    )


def _ballots_mistake(
    rng: random.Random,
    key: str,
    setup: Party,
    printed: list[str],
    featured: list[dict[str, Any]],
    tally: dict[str, int],
    wrong_tally: Callable[[dict[str, int], Verdict], dict[str, int]],
    intro: Pair,
    why: Callable[[dict[str, int]], Pair],
) -> Draft:
    """A mistake about the featured ballots (record 0): the counter's tally is ``wrong_tally``
    of the recount's and the featured ballot's judgement; the seats follow from it."""
    data, results, counted = counted_file(ballots_file(setup, printed, featured, tally))
    recount = dict(recount_tally(counted)["委员"])
    mistaken = wrong_tally(recount, verdict(results, 0, 0))
    seated = list(fill_seats(rank(tuple(printed), mistaken), setup.seats, _majority(setup.base))[1])
    wrong = declared({"委员": seated}, _next(setup.seats, seated))
    return _item(
        rng,
        key,
        Family.PARTY,
        data,
        results,
        counted,
        intro,
        (wrong, announce({"委员": seated}, _next(setup.seats, seated))),
        _why("P-VALID-1", counted, why(recount)),
        show(ballots=[(0, 0)], tally=[0], counts=[]),
    )


def exact_quota_voided(rng: random.Random, profile: str | None) -> Draft:
    """The broken over-quota test ``chosen >= seats`` voids ballots choosing exactly the seats."""
    setup = party(rng, profile)
    printed = cast(setup, Names(rng))
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
    s = setup.seats
    intro = party_intro(setup)
    return _ballots_mistake(
        rng,
        "exact_quota_voided",
        setup,
        printed,
        [full],
        tally,
        lambda t, v: {n: t[n] - (k if n in v.approvals.get("委员", ()) else 0) for n in printed},
        both("training.mistakes.exact_quota_voided", intro=intro, k=k, s=s),
        lambda t: both(
            "training.mistakes.kind_chooses_seats_valid",
            s=s,
            x=x,
            k=k,
            total=t[x],
            twice=2 * t[x],
            base=setup.base,
        ),
    )


def _tie(
    rng: random.Random, profile: str | None
) -> tuple[Party, list[str], dict[str, int], list[str], int]:
    setup = party(rng, profile)
    printed = cast(setup, Names(rng))
    tally, tied, cut = tied_votes(
        rng, printed, counted=setup.present, seats=setup.seats, win=fewest_to_elect(setup.base)
    )
    return setup, printed, tally, tied, cut


def _seated_wrongly(
    rng: random.Random,
    key: str,
    counted_data: tuple[dict[str, Any], Any, Count],
    intro: Pair,
    post: str,
    printed: list[str],
    votes_: dict[str, int],
    why: Callable[[list[str]], Pair],
) -> Draft:
    """A seating mistake (``MISTAKES[key].seating``) on ``post``: the other posts as the core
    seats them, this one as the broken variant of ``specs/_seating.py`` does; ``why`` gets the
    names the counter seated."""
    data, results, counted = counted_data
    out = counted.rounds[0]
    seats = next(p.seats for p in results.rounds[0].positions if p.name == post)
    assert out.threshold is not None
    elected = {p: list(ns) for p, ns in out.elected.items()}
    elected[post] = wrong_seating(
        MISTAKES[key].seating or "", _in_order(printed, votes_), seats, out.threshold.passes
    )
    short = any(len(elected.get(p.name, ())) < p.seats for p in results.rounds[0].positions)
    nxt = "supplementary" if short else None
    family = Family.PARTY if counted.profile.family == Family.PARTY else Family.VILLAGER
    return _item(
        rng,
        key,
        family,
        data,
        results,
        counted,
        intro,
        (declared(elected, nxt), announce(elected, nxt)),
        _why(MISTAKES[key].rules[0 if family == Family.PARTY else -1], counted, why(elected[post])),
        show(tally=[0]),
    )


def _seating_mistake(
    rng: random.Random, key: str, setup: Party, printed: list[str], tally: dict[str, int], why: Pair
) -> Draft:
    counted_data = counted_file(tally_file(setup, printed, tally))
    return _seated_wrongly(
        rng, key, counted_data, party_intro(setup), "委员", printed, tally, lambda _: why
    )


def tie_by_order(rng: random.Random, profile: str | None) -> Draft:
    setup, printed, tally, (a, b), cut = _tie(rng, profile)
    return _seating_mistake(
        rng,
        "tie_by_order",
        setup,
        printed,
        tally,
        both("training.mistakes.tie_not_by_strokes", a=a, b=b, cut=cut),
    )


def all_tied_seated(rng: random.Random, profile: str | None) -> Draft:
    setup, printed, tally, (a, b), cut = _tie(rng, profile)
    return _seating_mistake(
        rng,
        "all_tied_seated",
        setup,
        printed,
        tally,
        both("training.mistakes.tie_one_seat_both", a=a, b=b, cut=cut),
    )


def fill_from_below(rng: random.Random, profile: str | None) -> Draft:
    def draw() -> tuple[Party, list[str], dict[str, int], str]:
        setup = party(rng, profile)
        printed = cast(setup, Names(rng))
        win = fewest_to_elect(setup.base)
        tally, x = short_votes(
            rng,
            printed,
            counted=setup.present,
            seats=setup.seats,
            win=win,
            below=rng.randrange(1, 4),
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
        both("training.mistakes.below_short_seat", x=x, v=v, twice=2 * v, base=setup.base),
    )


def first_qualified(rng: random.Random, profile: str | None) -> Draft:
    def draw() -> tuple[Party, list[str], dict[str, int]]:
        setup = party(rng, profile)
        printed = cast(setup, Names(rng))
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
        both("training.mistakes.more_have_majority_than"),
    )


def void_ballots_tallied(rng: random.Random, profile: str | None) -> Draft:
    """The broken conservation variant: the ○ marks of void (over-quota) ballots tallied."""
    setup = party(rng, profile)
    printed = cast(setup, Names(rng))
    win = fewest_to_elect(setup.base)
    k = rng.randrange(2, 6)
    x = rng.choice(printed)
    over = {"count": k, "marks": {"委员": "○" * len(printed)}}
    mine = win - rng.randrange(1, k + 1)
    tally = votes(
        rng,
        printed,
        counted=setup.present - k,
        seats=setup.seats,
        lo_win=win + k + 1,
        winners=setup.seats - 1,
        fixed={x: mine},
    )
    # the others out of the seats stay below x, even with the void ○ added
    losers = sorted((n for n in printed if n != x), key=lambda n: -tally[n])[setup.seats - 1 :]
    for i, n in enumerate(losers):
        tally[n] = max(0, min(tally[n], mine - 1 - i))
    intro = party_intro(setup)
    return _ballots_mistake(
        rng,
        "void_ballots_tallied",
        setup,
        printed,
        [over],
        tally,
        lambda t, v: {n: t[n] + k for n in printed},
        both("training.mistakes.void_ballots_tallied", intro=intro, k=k),
        lambda t: both(
            "training.mistakes.kind_ballots_approves_all",
            k=k,
            printed=len(printed),
            seats=setup.seats,
            x=x,
            total=t[x],
            twice=2 * t[x],
            base=setup.base,
        ),
    )


def reconcile_present(rng: random.Random, profile: str | None) -> Draft:
    """The broken gate: returned compared with those present instead of ballots issued."""
    setup = party(rng, profile)
    printed = cast(setup, Names(rng))
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
    intro = both(
        "training.mistakes.reconcile_present",
        intro=party_intro(setup),
        issued=issued,
        returned=returned,
    )
    why = _why(
        "P-BALLOT-1",
        counted,
        both(
            "training.mistakes.returned_issued_voids_round",
            returned=returned,
            issued=issued,
            present=setup.present,
        ),
    )
    return _item(
        rng,
        "reconcile_present",
        Family.PARTY,
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
        both(
            "training.mistakes.voted_not_more_than", n=n, registered=c.setup.registered, twice=2 * n
        ),
    )
    return _item(
        rng,
        "half_turnout",
        Family.VILLAGER,
        data,
        results,
        counted,
        village_intro(c.setup, n),
        (wrong, announce(seated, "supplementary" if short else None)),
        why,
        show(counts=[]),
    )


def _supplementary_mistake(
    rng: random.Random,
    key: str,
    profile: str | None,
    cast_ok: Callable[[int], bool],
    top_of: Callable[[int], int],
    why: Callable[[int, int], Pair],
) -> Draft:
    """A supplementary election (V-SUPP-3) whose leader the counter seats or not by the
    mistake's rule instead of the third: the counter says the opposite of the core."""
    c, (data, results, counted), leader, top, cast_, _ = supplementary(
        rng, profile, cast_ok, top_of
    )
    won = leader in counted.rounds[1].elected.get(c.member, ())
    wrong_elected = {c.member: [] if won else [leader]}
    wrong_next = "supplementary" if won else None
    intro = village_intro(c.setup)
    return _item(
        rng,
        key,
        Family.VILLAGER,
        data,
        results,
        counted,
        both(
            "training.mistakes.supplementary",
            intro=intro,
            member=c.member,
            cast=cast_,
            leader=leader,
            top=top,
        ),
        (declared(wrong_elected, wrong_next), announce(wrong_elected, wrong_next)),
        _why("V-SUPP-3", counted, why(top, cast_)),
        show(counts=[1]),
        round_index=1,
    )


def third_strict(rng: random.Random, profile: str | None) -> Draft:
    """Exactly a third of the ballots cast (cast a multiple of 3), read as "more than a third"."""
    return _supplementary_mistake(
        rng,
        "third_strict",
        profile,
        lambda x: x % 3 == 0,
        lambda x: x // 3,
        lambda top, n: both(
            "training.mistakes.equals_exactly_third_not", top=top, thrice=3 * top, n=n
        ),
    )


def supplementary_plurality(rng: random.Random, profile: str | None) -> Draft:
    """The most votes, under a third, taken as elected."""
    return _supplementary_mistake(
        rng,
        "supplementary_plurality",
        profile,
        lambda x: True,
        lambda x: fewest_for_third(x) - rng.randrange(1, 15),
        lambda top, n: both(
            "training.mistakes.under_third_not_elected", top=top, thrice=3 * top, n=n
        ),
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
        both("training.mistakes.no_woman_among_elected", woman=woman, w=w, twice=2 * w, n=n),
    )
    return _item(
        rng,
        "women_not_applied",
        Family.VILLAGER,
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
    counted_data = counted_file(c.file([c.formal(n, issued, invalid, tally)]))
    right = set(counted_data[2].rounds[0].elected.get(c.member, ()))
    votes_ = tally[c.member]

    def why(seated: list[str]) -> Pair:
        short = [x for x in seated if x not in right]
        below = [
            both("training.mistakes.below", name=x, votes=votes_[x], twice=2 * votes_[x], n=n)
            for x in short
        ]
        return both("training.mistakes.below_why", below=listed(below, "group"))

    return _seated_wrongly(
        rng,
        "fill_from_below",
        counted_data,
        village_intro(c.setup, n),
        c.member,
        c.printed[c.member],
        votes_,
        why,
    )


def village_tie_by_order(rng: random.Random, profile: str | None) -> Draft:
    c = Cast(rng, profile)
    n, issued, invalid = c.voted()
    got: dict[str, Any] = {}

    def member(printed: list[str], seats: int, win: int) -> dict[str, int]:
        tally, got["tied"], _ = tied_votes(rng, printed, counted=n - invalid, seats=seats, win=win)
        return tally

    tally = c.tally(n - invalid, n, member)
    a, b = got["tied"]
    counted_data = counted_file(c.file([c.formal(n, issued, invalid, tally)]))
    return _seated_wrongly(
        rng,
        "tie_by_order",
        counted_data,
        village_intro(c.setup, n),
        c.member,
        c.printed[c.member],
        tally[c.member],
        lambda _: both("training.mistakes.tied_for_last_seat", a=a, b=b),
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
