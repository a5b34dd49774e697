"""A shortfall is never filled from below the threshold: the missing seats stay unfilled.

Stated as: nobody elected is at or below half of the base, and elected + tied seats + unfilled
always make up exactly the seats. Rules: P-ELECT-4, V-SUPP-1. Bounds: see ``_seating.BOUNDS``.
Broken variant: the shortfall taken in vote order from those below the threshold.
"""

import z3

from tallykit.specs._harness import Property, summary
from tallykit.specs._seating import BOUNDS, count_true, seating_check


def negation(votes, seats, base, s):
    below = z3.Or([z3.And(e, z3.Not(2 * v > base)) for v, e in zip(votes, s.elected)])
    return z3.Or(below, count_true(s.elected) + s.tied_seats + s.unfilled != seats)


def check(broken: bool = False):
    return seating_check(negation, broken, variant="fill_from_below", note="filled from below")


PROPERTY = Property(
    "no_fill_from_below", summary(__doc__), ("P-ELECT-4", "V-SUPP-1"), BOUNDS, check
)
