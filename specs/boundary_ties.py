"""Equal votes across the last seat are never resolved silently: they become a tie re-vote.

Stated as: qualified people with equal votes are elected alike; whenever more qualify than are
elected while seats remain, someone is ``tied``; the tied outnumber the seats they share.
Rules: P-ELECT-3, V-TIE-1. Bounds: see ``_seating.BOUNDS``. Broken variant: the tie broken by
ballot order.
"""

import z3

from tallykit.specs._harness import Property, first, summary
from tallykit.specs._seating import BOUNDS, count_true, seating_check


def alike(votes, seats, base, s):
    n = len(votes)
    return z3.Or(
        [
            z3.And(
                s.qualified[i],
                s.qualified[j],
                votes[i] == votes[j],
                s.elected[i],
                z3.Not(s.elected[j]),
            )
            for i in range(n)
            for j in range(n)
            if i != j
        ]
        + [z3.BoolVal(False)]
    )


def silent(votes, seats, base, s):
    n_elected, n_qualified = count_true(s.elected), count_true(s.qualified)
    return z3.And(n_qualified > n_elected, n_elected < seats, z3.Not(z3.Or(s.tied)))


def shares(votes, seats, base, s):
    return z3.And(z3.Or(s.tied), z3.Or(count_true(s.tied) <= s.tied_seats, s.tied_seats < 1))


def check(broken: bool = False):
    return first(
        seating_check(negation, broken, variant="ballot_order", note="tie resolved silently")
        for negation in (alike, silent, shares)
    )


PROPERTY = Property("boundary_ties", summary(__doc__), ("P-ELECT-3", "V-TIE-1"), BOUNDS, check)
