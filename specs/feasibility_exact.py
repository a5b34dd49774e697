"""The tally-feasibility test is exact: a position's tally can come from ``counted`` ballots
approving at most ``seats`` people each if and only if every person has at most ``counted``
votes and all votes together are at most ``seats * counted``.

Rules: P-VALID-1, V-BALLOT-OVERVOTE-1 (the test behind verify's impossible-tally finding).
Bounds: "only if" by z3 over 1..5 ballots x 1..4 candidates x seats 1..3 (every ballot matrix);
"if" by an explicit ballot construction checked for every tally of 1..4 candidates, 0..5 ballots,
seats 1..4. Broken variant: the total test written ``total < seats * counted``.
"""

import itertools

import z3

from tallykit import rules
from tallykit.specs._harness import Outcome, Property, differential, first, refute, summary


def feasible(votes, counted, seats, approvals_fit=rules.approvals_fit):
    """The criterion, composed from the shipping rules."""
    return all(rules.votes_fit(v, counted) for v in votes) and approvals_fit(
        sum(votes), counted, seats
    )


def _only_if(broken: bool) -> Outcome:
    fit = (lambda t, c, s: t < s * c) if broken else rules.approvals_fit

    def one(b, n, seats):
        x = [[z3.Bool(f"x{i}_{j}") for j in range(n)] for i in range(b)]
        rows = [rules.over_quota(z3.Sum([z3.If(v, 1, 0) for v in row]), seats) for row in x]
        votes = [z3.Sum([z3.If(x[i][j], 1, 0) for i in range(b)]) for j in range(n)]
        test = z3.And(*[rules.votes_fit(v, b) for v in votes], fit(z3.Sum(votes), b, seats))
        return refute(
            [z3.Not(r) for r in rows] + [z3.Not(test)],
            lambda m: Outcome(
                "counterexample", f"{b} ballots x {n} candidates, {seats} seats: {m}"
            ),
        )

    return first(one(b, n, s) for b in range(1, 6) for n in range(1, 5) for s in range(1, 4))


def construct(votes, counted):
    """Ballots realising ``votes``: lay the approvals out person by person, ballot i mod counted."""
    ballots = [[] for _ in range(counted)]
    k = 0
    for person, v in enumerate(votes):
        for _ in range(v):
            ballots[k % counted].append(person)
            k += 1
    return ballots


def _if_case(case) -> bool:
    votes, counted, seats = case
    if not feasible(votes, counted, seats):
        return True
    ballots = construct(votes, counted) if counted else []
    return all(len(b) <= seats and len(set(b)) == len(b) for b in ballots) and [
        sum(b.count(p) for b in ballots) for p in range(len(votes))
    ] == list(votes)


def _cases():
    for n, counted, seats in itertools.product(range(1, 5), range(0, 6), range(1, 5)):
        for votes in itertools.product(range(0, counted + 2), repeat=n):
            yield votes, counted, seats


def check(broken: bool = False) -> Outcome:
    if broken:
        return _only_if(True)
    return first(
        x()
        for x in (lambda: _only_if(False), lambda: differential(_cases(), _if_case, "construction"))
    )


PROPERTY = Property(
    "feasibility_exact",
    summary(__doc__),
    ("P-VALID-1", "V-BALLOT-OVERVOTE-1"),
    "only-if: z3, 1..5 ballots x 1..4 candidates x seats 1..3; if: construction for 1..4 candidates, "
    "0..5 ballots, seats 1..4, votes 0..ballots+1",
    check,
)
