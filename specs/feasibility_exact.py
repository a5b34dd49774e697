"""The tally-feasibility test is exact: a position's tally can come from ``counted`` ballots
approving at most ``seats`` people each if and only if every person has at most ``counted``
votes and all votes together are at most ``seats * counted``.

Rules: P-VALID-1, V-BALLOT-OVERVOTE-1 (the test behind verify's impossible-tally finding).
Bounds: "only if" by z3 over 1..5 ballots x 1..4 candidates x seats 1..3 (every ballot matrix);
"if" by an explicit ballot construction checked for every tally of 1..4 candidates, 0..5 ballots,
seats 1..4; verify's own ``feasibility.decide`` on every such tally (one post) and on two posts of
two people each with one person counted once per ballot (seats 1..2 each, 0..2 ballots, votes
0..ballots+1): feasible exactly when the criterion holds, and then its witness realises the
tally. Broken variant: the total test written ``total < seats * counted``.
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


def _witness_ok(witness, q) -> bool:
    """A witness of ``feasibility.decide``: ``q.valid`` ballots, each at most ``seats`` distinct
    people per post (and a person once over all posts when ``same_person_once``), giving the tally.
    """
    seats = dict(q.seats)
    got = {p: {} for p in seats}
    ballots = 0
    for n, pattern in witness:
        ballots += n
        everyone = [x for _, names in pattern for x in names]
        if q.same_person_once and len(set(everyone)) < len(everyone):
            return False
        for post, names in pattern:
            if len(names) > seats[post] or len(set(names)) < len(names):
                return False
            for x in names:
                got[post][x] = got[post].get(x, 0) + n
    want = {p: {x: v for x, v in q.tally.get(p, {}).items() if v} for p in seats}
    return ballots == q.valid and got == want


def _decide_cases():
    for votes, counted, seats in _cases():
        yield {"委员": votes}, counted, {"委员": seats}, False
    for counted, s1, s2 in itertools.product(range(0, 3), range(1, 3), range(1, 3)):
        for votes in itertools.product(range(0, counted + 2), repeat=4):
            yield {"主任": votes[:2], "委员": votes[2:]}, counted, {"主任": s1, "委员": s2}, True


def _decide_agrees(case) -> bool:
    """``feasibility.decide`` (verify's TK-FEAS-1) says feasible exactly when the criterion holds,
    by the bounds alone, and asked for a witness gives one that realises the tally (for one
    person on two posts it comes from the per-ballot model)."""
    from tallykit.check.feasibility import Question, decide

    votes, counted, seats, once = case
    names = ("甲", "乙", "丙", "丁")
    tally = {p: dict(zip(names, v)) for p, v in votes.items()}
    printed = {p: tuple(t) for p, t in tally.items()}
    q = Question(counted, tuple(seats.items()), tally, printed, same_person_once=once)
    fits = all(feasible(v, counted, seats[p]) for p, v in votes.items())
    if once:
        fits = fits and all(rules.votes_fit(a + b, counted) for a, b in zip(*votes.values()))
    answer = decide(q)  # as verify asks: no witness
    if answer.method != "bounds" or answer.feasible != fits:
        return False
    answer = decide(q, want_witness=True)  # for one person on two posts, from the z3 model
    return not fits or (answer.feasible is True and _witness_ok(answer.witness, q))


def check(broken: bool = False) -> Outcome:
    if broken:
        return _only_if(True)
    return first(
        x()
        for x in (
            lambda: _only_if(False),
            lambda: differential(_cases(), _if_case, "construction"),
            lambda: differential(_decide_cases(), _decide_agrees, "feasibility.decide"),
        )
    )


PROPERTY = Property(
    "feasibility_exact",
    summary(__doc__),
    ("P-VALID-1", "V-BALLOT-OVERVOTE-1"),
    "only-if: z3, 1..5 ballots x 1..4 candidates x seats 1..3; if: construction for 1..4 candidates, "
    "0..5 ballots, seats 1..4, votes 0..ballots+1; feasibility.decide and its witness on the same "
    "tallies and on 2 posts x 2 people counted once per ballot (seats 1..2, 0..2 ballots)",
    check,
)
