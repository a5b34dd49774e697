"""Every legal inequality in one place, multiplied out, integers only.

These functions use only ``+``, ``*`` and comparisons, so they evaluate on Python ints and,
unchanged, on z3 integer terms: the specs in ``tallykit.specs`` prove properties of exactly
this code. Choices between legal readings arrive as plain Python flags (from a profile).
"""

from __future__ import annotations

from typing import Any

Num = Any  # int, or a z3 ArithRef when the specs evaluate these rules symbolically


def majority(votes: Num, base: Num) -> Any:
    """Strictly more than half of ``base`` (过半数): ``2*votes > base``. P-ELECT-1, V-DOUBLE-MAJORITY-2.

    >>> majority(13, 25), majority(12, 24), majority(13, 24)
    (True, False, True)
    """
    return 2 * votes > base


def quorum_met(present: Num, expected: Num, *, strict: bool) -> Any:
    """Attendance against 4/5 of ``expected``. P-QUORUM-1.

    ``strict`` is the 1990 literal reading (超过 4/5: ``5*P > 4*E``); otherwise the 2020 reading
    (不少于 4/5: ``5*P >= 4*E``).

    >>> quorum_met(20, 25, strict=False), quorum_met(20, 25, strict=True)
    (True, False)
    """
    if strict:
        return 5 * present > 4 * expected
    return 5 * present >= 4 * expected


def two_thirds_met(present: Num, expected: Num) -> Any:
    """More than 2/3 of ``expected`` attend (超过三分之二): ``3*P > 2*E``. P-QUORUM-4 variant."""
    return 3 * present > 2 * expected


def two_thirds_at_least(present: Num, expected: Num) -> Any:
    """At least 2/3 of ``expected`` take part (三分之二以上): ``3*P >= 2*E``. R-THRESH-1 (广西,
    resident-group representatives).

    >>> two_thirds_at_least(20, 30), two_thirds_at_least(19, 30)
    (True, False)
    """
    return 3 * present >= 2 * expected


def returned_ok(returned: Num, issued: Num) -> Any:
    """Ballots returned do not exceed the comparison base. P-BALLOT-1, V-BALLOT-RECON-1.

    >>> returned_ok(22, 21), returned_ok(21, 21)
    (False, True)
    """
    return returned <= issued


def over_quota(chosen: Num, seats: Num) -> Any:
    """A ballot (or section) choosing more people than seats. P-VALID-1, V-BALLOT-OVERVOTE-1."""
    return chosen > seats


def votes_fit(votes: Num, counted: Num) -> Any:
    """One person's approvals fit in the counted ballots (each approves a person at most once).
    With ``approvals_fit`` this is the exact test that a tally can come from ballots, each
    approving at most ``seats`` people (proved in ``tallykit.specs.feasibility_exact``). P-VALID-1.

    >>> votes_fit(21, 21), votes_fit(22, 21)
    (True, False)
    """
    return votes <= counted


def approvals_fit(total: Num, counted: Num, seats: Num) -> Any:
    """All approvals of a position fit in the counted ballots at ``seats`` each. P-VALID-1,
    V-BALLOT-OVERVOTE-1.

    >>> approvals_fit(42, 21, 2), approvals_fit(43, 21, 2)
    (True, False)
    """
    return total <= seats * counted


def third_floor(votes: Num, cast: Num) -> Any:
    """Not less than 1/3 of the ballots cast (不少于三分之一): ``3*votes >= cast``. V-SUPP-3.

    >>> third_floor(200, 600), third_floor(200, 601), third_floor(201, 601)
    (True, False, True)
    """
    return 3 * votes >= cast


def margin_ok(candidates: Num, seats: Num) -> Any:
    """Candidates exceed seats by at least 20% of seats, rounded up (差额不少于20%). P-CAND-1.

    ``candidates >= S + ceil(S/5)`` is the same as ``5*(candidates - S) >= S`` for integers.

    >>> [margin_ok(c, s) for s, c in [(3, 4), (5, 6), (6, 7), (6, 8), (7, 9)]]
    [True, True, False, True, True]
    """
    return 5 * (candidates - seats) >= seats


def min_candidates(seats: int) -> int:
    """The smallest slate ``margin_ok`` accepts: ``S + ceil(S/5)``. P-CAND-1.

    >>> [min_candidates(s) for s in (1, 3, 4, 5, 6, 7, 9)]
    [2, 4, 5, 6, 8, 9, 11]
    """
    return seats + (seats + 4) // 5


def candidates_needed(margin: str, seats: int) -> int | None:
    """The fewest candidates a formal election of ``seats`` needs under the profile's
    ``candidate_margin``: ``min_candidates`` (P-CAND-1), one more than the seats (V-CAND-1), or
    None when the margin is not checked.

    >>> [candidates_needed(m, 5) for m in ("fifth_of_seats", "more_than_seats", "none")]
    [6, 6, None]
    >>> candidates_needed("fifth_of_seats", 6), candidates_needed("more_than_seats", 6)
    (8, 7)
    """
    if margin == "fifth_of_seats":
        return min_candidates(seats)
    if margin == "more_than_seats":
        return seats + 1
    return None


def min_votes_for_majority(base: int) -> int:
    """The smallest vote count with ``majority(votes, base)``; for display only.

    >>> min_votes_for_majority(25), min_votes_for_majority(24)
    (13, 13)
    """
    return base // 2 + 1


def min_votes_for_third(cast: int) -> int:
    """The smallest vote count with ``third_floor(votes, cast)``; for display only.

    >>> min_votes_for_third(600), min_votes_for_third(601)
    (200, 201)
    """
    return (cast + 2) // 3
