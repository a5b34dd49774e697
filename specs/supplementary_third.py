"""In a villagers' supplementary election everyone elected has at least a third of the ballots
cast (``3*votes >= cast``) and nobody left out has more votes.

Rules: V-SUPP-3, V-TIE-1, V-SUPP-1. Bounds: z3 1..6 candidates, seats 1..n, ballots cast >= 1,
votes 0..cast, with ``rules.third_floor`` on z3 terms and the seat-filling relation that
``counting.fill_seats`` is differentially tested against (``_seating.BOUNDS``). Not yet touched:
the villager counting core (it is on another branch; its differential test is listed in
docs/proofs.md). Broken variant: the supplementary round as a plain plurality, without the floor.
"""

import z3

from tallykit import rules
from tallykit.specs._harness import Property, summary
from tallykit.specs._seating import seating_check


def negation(votes, seats, cast, s):
    n = len(votes)
    return z3.Or(
        [
            z3.And(
                s.elected[i],
                z3.Or(
                    3 * votes[i] < cast,
                    *[z3.And(z3.Not(s.elected[j]), votes[j] > votes[i]) for j in range(n)],
                ),
            )
            for i in range(n)
        ]
    )


def check(broken: bool = False):
    floor = (lambda v, c: v >= 0) if broken else rules.third_floor
    return seating_check(
        negation, broken, threshold=floor, note="supplementary winner under a third or not top"
    )


PROPERTY = Property(
    "supplementary_third",
    summary(__doc__),
    ("V-SUPP-3", "V-SUPP-1", "V-TIE-1"),
    "z3: 1..6 candidates, seats 1..n, votes 0..cast (the seating relation; villager core pending)",
    check,
)
