"""Nothing is lost or doubled: every returned ballot lands in exactly one class, and a counted
ballot adds at most ``seats`` approvals to a position and never two to one person.

Rules: P-BALLOT-2, P-VALID-1, P-VALID-4, V-BALLOT-OVERVOTE-1, V-SAME-PERSON-1. Bounds: z3 over
1..5 ballots of 1..4 candidates, seats 1..3, any flags; differential: ``ballots.recount`` under
party-2020 on every multiset of 1..3 of 12 ballot patterns (3 printed, 2 seats, write-ins,
flags), each pattern weighted 1 or 3. Broken variant: the approvals of invalid ballots tallied.
"""

import itertools

import z3

from tallykit import rules
from tallykit.specs._harness import Outcome, Property, differential, first, refute, summary


def _proof(broken: bool) -> Outcome:
    def one(b, n, seats):
        x = [[z3.Bool(f"x{i}_{j}") for j in range(n)] for i in range(b)]
        flag = [z3.Bool(f"flag{i}") for i in range(b)]
        chosen = [z3.Sum([z3.If(v, 1, 0) for v in row]) for row in x]
        invalid = [z3.Or(flag[i], rules.over_quota(chosen[i], seats)) for i in range(b)]
        counted = z3.Sum([z3.If(inv, 0, 1) for inv in invalid])
        n_invalid = z3.Sum([z3.If(inv, 1, 0) for inv in invalid])
        adds = (
            (lambda i, j: x[i][j]) if broken else (lambda i, j: z3.And(z3.Not(invalid[i]), x[i][j]))
        )
        tally = [z3.Sum([z3.If(adds(i, j), 1, 0) for i in range(b)]) for j in range(n)]
        claim = z3.And(
            counted + n_invalid == b,
            z3.Sum(tally) <= seats * counted,
            *[t <= counted for t in tally],
        )
        return refute(
            [z3.Not(claim)],
            lambda m: Outcome(
                "counterexample", f"{b} ballots, {n} candidates, " f"{seats} seats: {m}"
            ),
        )

    return first(one(b, n, s) for b in range(1, 6) for n in range(1, 5) for s in range(1, 4))


PATTERNS = (
    ("○○ ", (), ()),
    ("○○○", (), ()),
    ("   ", (), ()),
    ("×××", (), ()),
    ("○?×", (), ()),
    ("???", (), ()),
    ("○× ", (("王五", "○"),), ()),
    ("○○×", (("王五", "○"),), ()),
    ("×× ", (("王五", "○"), ("赵六", "○")), ()),
    ("○  ", (("甲", "○"),), ()),
    ("○○ ", (), ("identifying_mark",)),
    ("○  ", (), ("torn",)),
)


def _agrees(case) -> bool:
    from tallykit.ballots import Layout, classify, recount
    from tallykit.profiles import BUILTIN
    from tallykit.results import BallotRecord

    profile, seats = BUILTIN["party-2020"], 2
    layout = Layout(positions=(("委员", seats),), printed={"委员": ("甲", "乙", "丙")})
    records = [
        BallotRecord(w, {"委员": m}, {"委员": wi} if wi else {}, f) for (m, wi, f), w in case
    ]
    rec = recount(records, layout, profile)
    returned = sum(r.count for r in records)
    for r in records:
        votes = classify(r, layout, profile).approvals.get("委员", ())
        if len(votes) > seats or len(set(votes)) != len(votes):
            return False
    tally = rec.tally["委员"]
    return (
        rec.valid + rec.partly_valid + rec.invalid == returned == rec.returned
        and sum(c.count for c in rec.classes) == returned
        and len({(c.status, c.reason) for c in rec.classes}) == len(rec.classes)
        and sum(tally.values()) <= seats * rec.counted
        and all(v <= rec.counted for v in tally.values())
    )


def _cases():
    for k in range(1, 4):
        for combo in itertools.combinations_with_replacement(PATTERNS, k):
            for weights in itertools.product((1, 3), repeat=k):
                yield tuple(zip(combo, weights))


def check(broken: bool = False) -> Outcome:
    if broken:
        return _proof(True)
    return first(
        x() for x in (lambda: _proof(False), lambda: differential(_cases(), _agrees, "recount"))
    )


PROPERTY = Property(
    "conservation",
    summary(__doc__),
    ("P-BALLOT-2", "P-VALID-1", "P-VALID-4", "V-BALLOT-OVERVOTE-1", "V-SAME-PERSON-1"),
    "z3: 1..5 ballots, 1..4 candidates, seats 1..3; recount(): multisets of 1..3 of 12 patterns, weights 1/3",
    check,
)
