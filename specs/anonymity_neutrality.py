"""Who is elected depends only on the votes: not on the order of the ballots (anonymity) nor on
the order or labels of the candidates on the ballot (neutrality).

Rules: P-ELECT-2, P-ELECT-3, P-ORDER-1, V-TIE-1. Bounds: z3: seat filling is invariant under
every transposition of 1..6 candidates (so under every permutation), seats 1..n, votes 0..base;
differential: ``counting.rank`` + ``fill_seats`` under every ballot order of 1..4 candidates with
votes 0..4, seats 1..n, every threshold cut; ``ballots.recount`` under every order of 3 records.
Broken variant: a boundary tie broken by ballot order.
"""

import itertools

import z3

from tallykit.specs._harness import NAMES, Outcome, Property, differential, first, summary
from tallykit.specs._seating import prove_seating, seat, Z3


def _negation(variant):
    def negation(votes, seats, base, s):
        from tallykit import rules

        n = len(votes)
        out = []
        for i, j in itertools.combinations(range(n), 2):
            swapped = list(votes)
            swapped[i], swapped[j] = swapped[j], swapped[i]
            t = seat(swapped, seats, lambda v: rules.majority(v, base), Z3, variant)
            perm = lambda k: j if k == i else i if k == j else k  # noqa: E731
            out += [s.elected[k] != t.elected[perm(k)] for k in range(n)]
            out += [s.tied[k] != t.tied[perm(k)] for k in range(n)]
        return z3.Or(out) if out else z3.BoolVal(False)

    return negation


def _seating_agrees(case) -> bool:
    from tallykit.counting.seating import fill_seats, rank

    votes, seats, base = case
    tally = dict(zip(NAMES, votes))
    seen = set()
    for order in itertools.permutations(NAMES[: len(votes)]):
        _, elected, tied, tied_seats, unfilled = fill_seats(
            rank(order, tally), seats, lambda v: 2 * v > base
        )
        seen.add((frozenset(elected), frozenset(tied), tied_seats, unfilled))
    return len(seen) == 1


def _recount_agrees(records) -> bool:
    from tallykit.counting.ballots import Layout, recount
    from tallykit.profiles import BUILTIN

    layout = Layout(positions=(("委员", 2),), printed={"委员": ("甲", "乙", "丙")})
    results = {
        recount(list(p), layout, BUILTIN["party-2020"]) for p in itertools.permutations(records)
    }
    return len({(r.returned, r.valid, r.partly_valid, r.invalid, r.tally) for r in results}) == 1


def _cases():
    for n in range(1, 5):
        for votes in itertools.product(range(0, 5), repeat=n):
            for seats in range(1, n + 1):
                for base in range(0, 10, 2):
                    yield votes, seats, base


def _record_cases():
    from tallykit.results import BallotRecord

    pool = [
        BallotRecord(2, {"委员": "○○ "}),
        BallotRecord(1, {"委员": "○○○"}),
        BallotRecord(3, {"委员": "×○?"}),
        BallotRecord(1, {"委员": "× ○"}, {"委员": (("王五", "○"),)}),
        BallotRecord(1, {"委员": "  ○"}, {}, ("torn",)),
    ]
    return itertools.combinations(pool, 3)


def check(broken: bool = False) -> Outcome:
    proof = lambda: prove_seating(
        _negation("ballot_order" if broken else ""), note="order decided"
    )  # noqa: E731
    if broken:
        return proof()
    return first(
        x()
        for x in (
            proof,
            lambda: differential(_cases(), _seating_agrees, "rank+fill_seats under ballot orders"),
            lambda: differential(_record_cases(), _recount_agrees, "recount under ballot orders"),
        )
    )


PROPERTY = Property(
    "anonymity_neutrality",
    summary(__doc__),
    ("P-ELECT-2", "P-ELECT-3", "P-ORDER-1", "V-TIE-1"),
    "z3: transpositions of 1..6 candidates; rank+fill_seats: all orders of 1..4 candidates, votes 0..4; "
    "recount: all orders of 3 records",
    check,
)
