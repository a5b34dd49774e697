"""A brute-force oracle for ties (for ``tie_cuts`` and tests/properties/test_tie_cuts.py): try every
tie-break and see who is elected.

Written from rules/party.md P-ELECT-2/3 and rules/villager.md V-TIE-1, V-WOMEN-1 (规程 2013),
V-SUPP-1, and seeds/002 (两推), not from tallykit. A tie-break is a strict order of the people;
under it, equal votes go to whoever comes first. Every procedure below is written for one such
order; ``outcomes`` runs it under all of them. A tie re-vote is called for exactly when two
orders give different outcomes; the people every order elects are elected, the people some but
not all orders elect are the tied.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import permutations

Votes = dict[str, int]


def ranked(votes: Votes, order: Sequence[str]) -> list[str]:
    """Most votes first; equal votes in the tie-break ``order``."""
    return sorted(votes, key=lambda n: (-votes[n], order.index(n)))


def last_seat(
    votes: Votes, seats: int, passes: Callable[[int], bool], order: Sequence[str]
) -> frozenset[str]:
    """P-ELECT-2, V-DOUBLE-MAJORITY-3: the first ``seats`` of those who pass."""
    return frozenset([n for n in ranked(votes, order) if passes(votes[n])][:seats])


def womans_seat(
    votes: Votes,
    seats: int,
    passes: Callable[[int], bool],
    women: set[str],
    rule: str,
    order: Sequence[str],
) -> tuple[frozenset[str], int]:
    """V-WOMEN-1 on the member post: the first woman who passes is confirmed, then the rest in
    vote order; with no such woman ``confirm_first`` changes nothing and ``reserved_seat`` leaves
    one seat empty. Returns (elected, seats left empty)."""
    passing = [n for n in ranked(votes, order) if passes(votes[n])]
    woman = next((n for n in passing if n in women), None)
    if woman is None:
        if rule == "reserved_seat":
            chosen = passing[: seats - 1]
            return frozenset(chosen), seats - len(chosen)
        return frozenset(passing[:seats]), seats - len(passing[:seats])
    chosen = [woman] + [n for n in passing if n != woman][: seats - 1]
    return frozenset(chosen), seats - len(chosen)


def supplementary_list(
    losers: Votes,
    want: int,
    women: set[str],
    add_woman: bool,
    order: Sequence[str],
    held_want: int = 0,
) -> frozenset[str]:
    """V-SUPP-1: the first ``want`` losers; ``add_woman`` (山西, when no woman is elected): the
    first woman among the losers joins when none is on the list; ``held_want`` > 0: a seat held
    for a woman (``reserved_seat``) gets the first ``held_want`` women."""
    by_votes = ranked(losers, order)
    chosen = by_votes[:want] if want else []
    if held_want:
        chosen = list(dict.fromkeys([n for n in by_votes if n in women][:held_want] + chosen))
    if add_woman and not any(n in women for n in chosen):
        chosen += [n for n in by_votes if n in women][:1]
    return frozenset(chosen)


def recommended(
    votes: Votes, passes: Callable[[int], bool], order: Sequence[str]
) -> frozenset[str]:
    """seeds/002: everyone with more than half of the recommendation votes is nominated (the
    organisation then draws its list from them); no order can change that."""
    return frozenset(n for n in votes if passes(votes[n]))


def outcomes(people: Sequence[str], decide: Callable[[Sequence[str]], object]) -> set[object]:
    """The outcome of ``decide`` under every tie-break order of ``people``."""
    return {decide(order) for order in permutations(people)}


def verdict(found: set[frozenset[str]]) -> tuple[bool, frozenset[str], frozenset[str]]:
    """(a tie re-vote is called for, elected, tied) from the outcomes of every order."""
    sure = frozenset.intersection(*found)
    return len(found) > 1, sure, frozenset.union(*found) - sure
