"""A tie re-vote is called for exactly when breaking the tie differently would change who is
elected, at every cut: the last seat, the woman's seat, the supplementary-candidate list and the
两推 list. The count's elected are those every tie-break elects and its tied those only some do;
a supplementary list is every name some tie-break lists, with a tie noted exactly when the
tie-break changes the list; a 两推 list has no cut.

Rules: P-ELECT-2, P-ELECT-3, V-TIE-1, V-WOMEN-1, V-SUPP-1, V-DOUBLE-MAJORITY-3 (and seeds/002,
TK-REC-2). The oracle (``_ties``) tries every strict order of the people. Bounds: last seat —
``counting.rank`` + ``fill_seats`` on every vote vector of 1..4 candidates (votes 0..3, in ballot
order), seats 1..n, four thresholds; the woman's seat and the supplementary list — ``count`` of a
villagers' member post of 1..3 candidates (votes 4..6 of 8 ballots, so 5 passes), every gender
assignment, seats 1..n, the four ``women_guarantee`` values, three ``supplementary_candidates``
settings; 两推 — ``count`` of a recommendation round of 1..3 candidates, votes 0..4 of 4, seats
1..n. Broken variant: a re-vote whenever two people who pass have equal votes.
"""

from __future__ import annotations

import functools
import itertools
from typing import Any

from tallykit.specs._harness import NAMES, Outcome, differential, first, party_results, summary
from tallykit.specs._harness import Property
from tallykit.specs._ties import (
    last_seat,
    outcomes,
    recommended,
    supplementary_list,
    verdict,
    womans_seat,
)
from tallykit.specs._villager import profile_ref, villager_results, villager_round

RULES = ("confirm_first", "reserved_seat", "supplementary_with_woman", "none")
SETTINGS = ("seats_plus_one", "seats_plus_two", 1)
VOTERS = 8  # ballots returned = participants; the majority is 2*v > 8, so 5 passes and 4 not
PLUS = {"seats_plus_one": 1, "seats_plus_two": 2}


def _any_equal(votes: dict[str, int], passes: Any) -> bool:
    """The broken statement: a tie whenever two who pass have equal votes."""
    passing = [v for v in votes.values() if passes(v)]
    return len(set(passing)) < len(passing)


def _last_seat_cases():
    for n in range(1, 5):
        for votes in itertools.product(range(4), repeat=n):
            for seats in range(1, n + 1):
                for base in (0, 2, 4, 6):
                    yield votes, seats, base


def _last_seat(broken: bool):
    from tallykit.counting.seating import fill_seats, rank

    def agrees(case) -> bool:
        votes, seats, base = case
        tally = dict(zip(NAMES, votes))
        passes = lambda v: 2 * v > base  # noqa: E731
        tie, sure, tied = verdict(
            outcomes(list(tally), lambda o: last_seat(tally, seats, passes, o))
        )
        if broken:
            tie = _any_equal(tally, passes)
        _, elected, tied_got, tied_seats, _ = fill_seats(rank(tuple(tally), tally), seats, passes)
        return (
            bool(tied_got) == tie
            and (set(elected), set(tied_got)) == (sure, tied)
            and tied_seats == (seats - len(elected) if tie else 0)
        )

    return differential(_last_seat_cases(), agrees, "last seat: rank + fill_seats")


@functools.cache
def _member_file(n: int, women: tuple[str, ...], seats: int, rule: str, setting: Any) -> Any:
    """A parsed villagers' file: one formal round of the member post (made once per shape)."""
    from tallykit.results import parse_results

    names = NAMES[:n]
    rnd = villager_round("formal", {"委员": seats}, {"委员": names}, returned=VOTERS)
    rnd["tally"] = {"委员": dict.fromkeys(names, 0)}
    profile = profile_ref(women_guarantee=rule, supplementary_candidates=setting)
    return parse_results(villager_results([rnd], registered=VOTERS, women=women, profile=profile))


def _member_cases():
    for n in range(1, 4):
        for genders in itertools.product((False, True), repeat=n):
            women = tuple(x for x, w in zip(NAMES, genders) if w)
            for votes in itertools.product((4, 5, 6), repeat=n):
                for seats in range(1, n + 1):
                    for rule in RULES:
                        for setting in SETTINGS:
                            yield votes, women, seats, rule, setting


def _counted(votes, women, seats, rule, setting):
    from msgspec.structs import replace

    from tallykit.counting.rounds import count

    results = _member_file(len(votes), women, seats, rule, setting)
    rnd = replace(results.rounds[0], tally={"委员": dict(zip(NAMES, votes))})
    return count(replace(results, rounds=(rnd,))).rounds[0]


def _womans_seat_and_list(case) -> bool:
    votes, women, seats, rule, setting = case
    tally = dict(zip(NAMES, votes))
    passes = lambda v: 2 * v > VOTERS  # noqa: E731
    r = _counted(votes, women, seats, rule, setting)
    (s,) = r.seating
    if rule in ("confirm_first", "reserved_seat"):
        found = outcomes(
            list(tally), lambda o: womans_seat(tally, seats, passes, set(women), rule, o)
        )
        left = {u for _, u in found}
        tie, sure, tied = verdict({e for e, _ in found})
        if len(left) != 1 or s.unfilled != left.pop():
            return False
    else:
        tie, sure, tied = verdict(
            outcomes(list(tally), lambda o: last_seat(tally, seats, passes, o))
        )
    if (r.result == "tie_revote") != tie or (set(s.elected), set(s.tied)) != (sure, tied):
        return False
    if r.result != "supplementary":
        return True
    losers = {n: v for n, v in tally.items() if n not in s.elected}
    held = any(n.code == "woman_seat_left_empty" for n in r.notes)
    want = lambda k: k + PLUS[setting] if setting in PLUS else setting  # noqa: E731
    add = rule == "supplementary_with_woman" and not set(s.elected) & set(women)
    short = s.unfilled - held
    found = outcomes(
        list(losers),
        lambda o: supplementary_list(
            losers,
            want(short) if short else 0,
            set(women),
            add,
            o,
            held_want=want(1) if held else 0,
        ),
    )
    noted = any(n.code == "supplementary_candidates_tied" for n in r.notes)
    return set(r.next_candidates.get("委员", ())) == frozenset.union(*found) and noted == (
        len(found) > 1
    )


def _recommendation_cases():
    for n in range(1, 4):
        for votes in itertools.product(range(5), repeat=n):
            for seats in range(1, n + 1):
                yield votes, seats


def _recommendation(case) -> bool:
    from tallykit.counting.rounds import count
    from tallykit.results import parse_results

    votes, seats = case
    data = party_results(list(votes), seats, expected=4)
    data["election"]["kind"] = "recommendation"
    data["rounds"][0]["kind"] = "recommendation"
    r = count(parse_results(data)).rounds[0]
    tally = dict(zip(NAMES, votes))
    passes = lambda v: 2 * v > 4  # noqa: E731
    tie, sure, _ = verdict(outcomes(list(tally), lambda o: recommended(tally, passes, o)))
    return not tie and r.result == "nominated" and set(r.elected["委员"]) == sure


def check(broken: bool) -> Outcome:
    if broken:
        return _last_seat(True)
    return first(
        x()
        for x in (
            lambda: _last_seat(False),
            lambda: differential(
                _member_cases(), _womans_seat_and_list, "woman's seat and supplementary list: count"
            ),
            lambda: differential(_recommendation_cases(), _recommendation, "两推 list: count"),
        )
    )


PROPERTY = Property(
    name="tie_cuts",
    doc=summary(__doc__),
    rules=("P-ELECT-2", "P-ELECT-3", "V-TIE-1", "V-WOMEN-1", "V-SUPP-1", "V-DOUBLE-MAJORITY-3"),
    bounds=(
        "last seat: rank+fill_seats, 1..4 candidates, votes 0..3 in ballot order, seats 1..n, "
        "4 thresholds; woman's seat and supplementary list: count of a member post of 1..3 "
        "candidates, votes 4..6 of 8, every gender assignment, seats 1..n, 4 women_guarantee "
        "values x 3 supplementary_candidates settings; 两推: count, 1..3 candidates, votes 0..4 "
        "of 4, seats 1..n; every tie-break order"
    ),
    check=check,
)
