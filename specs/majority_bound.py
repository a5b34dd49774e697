"""When each ballot approves at most ``k`` people, at most ``2k-1`` people can clear a strict
majority of any base not smaller than the ballots counted (so a round never has more majority
winners than this, and ``2k-1`` is reachable).

Rules: P-ELECT-1, P-VALID-1, V-DOUBLE-MAJORITY-2, V-DOUBLE-MAJORITY-3. Bounds: k = 1..6, any
number of counted ballots and any base (z3, unbounded integers); the tally constraint is the
shipping ``rules.approvals_fit`` / ``rules.votes_fit``, the threshold ``rules.majority``.
Broken variant: majority written ``2*votes >= base`` (then 2k people can tie at half).
"""

import z3

from tallykit import rules
from tallykit.specs._harness import Outcome, Property, bounded_solver, first, refute, summary, value


def _instance(k: int, m: int, majority):
    votes = [z3.Int(f"v{i}") for i in range(m)]
    counted, base = z3.Ints("counted base")
    fits = [rules.approvals_fit(z3.Sum(votes), counted, k), counted >= 1, base >= counted]
    fits += [z3.And(v >= 0, rules.votes_fit(v, counted)) for v in votes]
    return votes, counted, base, fits + [majority(v, base) for v in votes]


def check(broken: bool = False) -> Outcome:
    majority = (lambda v, b: 2 * v >= b) if broken else rules.majority

    def bound(k):
        votes, counted, base, constraints = _instance(k, 2 * k, majority)

        def render(model):
            return Outcome(
                "counterexample",
                f"k={k}: {2 * k} winners with votes "
                f"{[value(model, v) for v in votes]}, counted={value(model, counted)}, base={value(model, base)}",
            )

        return refute(constraints, render)

    def reachable(k):
        solver = bounded_solver()
        solver.add(_instance(k, 2 * k - 1, majority)[3])
        answer = solver.check()
        return Outcome(
            "proved" if answer == z3.sat else "unknown",
            "" if answer == z3.sat else f"k={k}: 2k-1 unreachable",
        )

    outcomes = (bound(k) for k in range(1, 7))
    if broken:
        return first(outcomes)
    return first([*outcomes, *(reachable(k) for k in range(1, 7))])


PROPERTY = Property(
    "majority_bound",
    summary(__doc__),
    ("P-ELECT-1", "P-VALID-1", "V-DOUBLE-MAJORITY-2", "V-DOUBLE-MAJORITY-3"),
    "k = 1..6 approvals per ballot; counted ballots and base unbounded (z3)",
    check,
)
