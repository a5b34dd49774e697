"""No round elects more people to a position than it has seats: ``|elected| <= seats``.

Rules: P-ELECT-2, P-ELECT-3, V-TIE-1. Bounds: see ``_seating.BOUNDS``. Broken variant: everyone
tied at the boundary is seated.
"""

from tallykit.specs._harness import Property, summary
from tallykit.specs._seating import BOUNDS, count_true, seating_check


def negation(votes, seats, base, s):
    return count_true(s.elected) > seats


def check(broken: bool = False):
    return seating_check(negation, broken, variant="seat_all_tied", note="more elected than seats")


PROPERTY = Property(
    "seats_bound", summary(__doc__), ("P-ELECT-2", "P-ELECT-3", "V-TIE-1"), BOUNDS, check
)
