"""One more approval for an elected person keeps them elected (everything else unchanged).

Rules: P-ELECT-1, P-ELECT-2, V-DOUBLE-MAJORITY-2. Bounds: z3 1..6 candidates, seats 1..n, base
>= 1, votes 0..base (the raised count may reach base + 1 only when the base allows it);
differential: ``counting.rank`` + ``counting.fill_seats`` on every tally of 1..4 candidates with
votes 0..5, seats 1..n and every threshold cut. Broken variant: a threshold that also demands
``votes < base`` (a "sanity cap" that drops a unanimous winner).
"""

import itertools

import z3

from tallykit import rules
from tallykit.specs._harness import NAMES, Outcome, Property, differential, first, summary
from tallykit.specs._seating import prove_seating, seat, Z3


def _negation(threshold):
    def negation(votes, seats, base, s):
        n = len(votes)
        cases = []
        for k in range(n):
            raised = [v + 1 if i == k else v for i, v in enumerate(votes)]
            after = seat(raised, seats, lambda v: threshold(v, base), Z3)
            cases.append(z3.And(votes[k] + 1 <= base, s.elected[k], z3.Not(after.elected[k])))
        return z3.Or(cases)

    return negation


def _agrees(case) -> bool:
    from tallykit.counting.seating import fill_seats, rank

    votes, seats, base = case
    names = NAMES[: len(votes)]
    qualifies = lambda v: 2 * v > base  # noqa: E731
    before = fill_seats(rank(names, dict(zip(names, votes))), seats, qualifies)[1]
    for k, name in enumerate(names):
        if name in before:
            raised = dict(zip(names, votes))
            raised[name] += 1
            if name not in fill_seats(rank(names, raised), seats, qualifies)[1]:
                return False
    return True


def _cases():
    for n in range(1, 5):
        for votes in itertools.product(range(0, 6), repeat=n):
            for seats in range(1, n + 1):
                for base in range(0, 12, 2):
                    yield votes, seats, base


def check(broken: bool = False) -> Outcome:
    threshold = (lambda v, b: z3.And(2 * v > b, v < b)) if broken else rules.majority
    proof = lambda: prove_seating(
        _negation(threshold), threshold=threshold, note="lost a seat by gaining a vote"
    )  # noqa: E731
    if broken:
        return proof()
    return first(x() for x in (proof, lambda: differential(_cases(), _agrees, "rank+fill_seats")))


PROPERTY = Property(
    "monotonicity",
    summary(__doc__),
    ("P-ELECT-1", "P-ELECT-2", "V-DOUBLE-MAJORITY-2"),
    "z3: 1..6 candidates, seats 1..n, votes 0..base; rank+fill_seats: 1..4 candidates, votes 0..5",
    check,
)
