"""The rejected proxies' verdict is exact: ``proxy_at_risk`` names nobody exactly when no way of
taking up to ``loss`` approvals from each person (the ballots of rejected authorisations, whose
approvals may be among the recorded votes) changes who is elected, who is tied or how many seats
stay unfilled.

Rules: V-PROXY-1 (rules/villager.md D11). Bounds: exhaustive over 1..3 people with 0..4 votes
each, 1..2 seats, a loss of 1..2 approvals, and the majority (2×votes > 3, 4, 7, 8), one-third
(3×votes >= 3, 6, 7) and plurality tests; the seats before and after are ``fill_seats``'s (the
seating properties prove it). Broken variant: the rejected ballots left out of the judgement
(``loss`` taken as 0).
"""

import itertools

from tallykit.specs._harness import COUNTEREXAMPLE, PROVED, Outcome, Property, summary

TESTS = (
    *(("majority", b) for b in (3, 4, 7, 8)),
    *(("third", b) for b in (3, 6, 7)),
    ("plurality", 0),
)
PASSES = {
    "majority": lambda base: lambda v: 2 * v > base,
    "third": lambda base: lambda v: 3 * v >= base,
    "plurality": lambda base: lambda v: True,
}


def _seats(votes, seats, passes):
    from tallykit.counting.seating import fill_seats

    ranking = tuple(sorted(votes.items(), key=lambda nv: (-nv[1], nv[0])))
    _, elected, tied, tied_seats, unfilled = fill_seats(ranking, seats, passes)
    return ranking, elected, tied, (set(elected), set(tied), tied_seats, unfilled)


def check(broken: bool = False) -> Outcome:
    from tallykit.counting.villager import proxy_at_risk

    judged = 0
    for n in (1, 2, 3):
        for raw in itertools.product(range(5), repeat=n):
            votes = {f"p{i}": v for i, v in enumerate(raw)}
            for seats, loss, (test, base) in itertools.product((1, 2), (1, 2), TESTS):
                passes = PASSES[test](base)
                ranking, elected, tied, before = _seats(votes, seats, passes)
                stands = all(
                    _seats({k: max(v - d, 0) for (k, v), d in zip(votes.items(), cut)}, seats, passes)[3]
                    == before
                    for cut in itertools.product(range(loss + 1), repeat=n)
                )
                named = proxy_at_risk(ranking, elected, tied, passes, 0 if broken else loss)
                judged += 1
                if (named == ()) != stands:
                    why = (
                        f"votes {votes}, {seats} seat(s), {test} {base}, loss {loss}: "
                        f"proxy_at_risk names {list(named)} but the outcome "
                        + ("stands" if stands else "can change")
                    )
                    return Outcome(COUNTEREXAMPLE, why)
    return Outcome(PROVED, f"{judged} cases: the verdict is exact")


PROPERTY = Property(
    "proxy_at_risk_exact",
    summary(__doc__),
    ("V-PROXY-1",),
    "1..3 people x votes 0..4, seats 1..2, loss 1..2, majority/one-third/plurality tests at 8 "
    "bases (exhaustive)",
    check,
)
