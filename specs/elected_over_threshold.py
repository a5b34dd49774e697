"""Everyone elected has strictly more than half of the profile's base: ``2*votes > base``.

Rules: P-ELECT-1, P-ELECT-2, V-DOUBLE-MAJORITY-3. Bounds: see ``_seating.BOUNDS``. Touches the
shipping code through ``rules.majority`` on z3 terms and ``counting.fill_seats`` differentially.
Broken variant: the threshold written ``2*votes >= base`` (exactly half elects).
"""

import z3

from tallykit.specs._harness import Property, summary
from tallykit.specs._seating import BOUNDS, seating_check


def negation(votes, seats, base, s):
    return z3.Or([z3.And(e, z3.Not(2 * v > base)) for v, e in zip(votes, s.elected)])


def check(broken: bool = False):
    half = (lambda v, b: 2 * v >= b) if broken else None
    return seating_check(negation, broken, threshold=half, note="elected at or below half")


PROPERTY = Property(
    "elected_over_threshold",
    summary(__doc__),
    ("P-ELECT-1", "P-ELECT-2", "V-DOUBLE-MAJORITY-3"),
    BOUNDS,
    check,
)
