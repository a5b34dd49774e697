"""No elected person has fewer votes than an unelected person who cleared the threshold.

Rules: P-ELECT-2, V-DOUBLE-MAJORITY-3. Bounds: see ``_seating.BOUNDS``. Broken variant: seats
filled from the qualified in ballot order instead of vote order.
"""

import z3

from tallykit.specs._harness import Property, summary
from tallykit.specs._seating import BOUNDS, seating_check


def negation(votes, seats, base, s):
    n = len(votes)
    return z3.Or(
        [
            z3.And(s.elected[i], z3.Not(s.elected[j]), 2 * votes[j] > base, votes[j] > votes[i])
            for i in range(n)
            for j in range(n)
        ]
    )


def check(broken: bool = False):
    return seating_check(negation, broken, variant="first_qualified", note="leap-frogged")


PROPERTY = Property(
    "no_leapfrog", summary(__doc__), ("P-ELECT-2", "V-DOUBLE-MAJORITY-3"), BOUNDS, check
)
