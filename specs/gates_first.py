"""A round below the quorum, or with more ballots returned than its comparison base, is void
before any ballot counts: no seating, nobody elected; otherwise the threshold uses the profile's base.

Rules: P-QUORUM-1, P-BALLOT-1, P-BALLOT-2, P-ELECT-1, V-BALLOT-RECON-1. Bounds: z3 over all
non-negative integers with ``issued <= present <= expected``; differential: ``counting.count`` on
every party round with expected 1..9, present 0..expected, issued present-1..present, returned
issued-1..issued+1, under party-2020, party-1990 and party-2020 reconciling against participants.
Broken variant: reconciliation against those present instead of ballots issued (party-2020).
"""

import itertools

import z3

from tallykit import parameters as P
from tallykit import rules
from tallykit.specs._harness import (
    Outcome,
    Property,
    differential,
    first,
    party_results,
    proof_and_tests,
    refute,
    summary,
    value,
)


def _proof(broken: bool) -> Outcome:
    e, p, i, r = z3.Ints("expected present issued returned")
    out = []
    for strict in (False, True):
        against = p if broken else i
        void = z3.Or(
            z3.Not(rules.quorum_met(p, e, strict=strict)), z3.Not(rules.returned_ok(r, against))
        )
        quorum = 5 * p > 4 * e if strict else 5 * p >= 4 * e
        claim = z3.And(
            z3.Implies(z3.Not(quorum), void),
            z3.Implies(r > i, void),
            z3.Implies(void, z3.Or(z3.Not(quorum), r > i)),
        )

        def render(model, strict=strict):
            vals = [value(model, x) for x in (e, p, i, r)]
            detail = "expected={} present={} issued={} returned={}".format(*vals)
            replay = party_results(
                [0],
                1,
                expected=vals[0],
                present=vals[1],
                issued=vals[2],
                returned=vals[3],
                profile="party-1990" if strict else "party-2020",
                note=f"not void: {detail}",
            )
            return Outcome("counterexample", detail, replay)

        bounds = [e >= 1, p >= 0, i >= 0, r >= 0, i <= p, p <= e]
        out.append(refute(bounds + [z3.Not(claim)], render))
    return first(out)


def _cases():
    from tallykit.profiles import BUILTIN, extend_profile

    profiles = [
        BUILTIN["party-2020"],
        BUILTIN["party-1990"],
        extend_profile(BUILTIN["party-2020"], {"reconcile_against": "participants"}, new_id="p"),
    ]
    for prof, e in itertools.product(profiles, range(1, 10)):
        for p in range(0, e + 1):
            for i in range(max(p - 1, 0), p + 1):
                for r in range(max(i - 1, 0), i + 2):
                    yield prof, e, p, i, r


def _agrees(case) -> bool:
    from tallykit.counting.rounds import count
    from tallykit.results import parse_results

    prof, e, p, i, r = case
    votes = [r, r // 2]
    outcome = count(
        parse_results(party_results(votes, 1, expected=e, present=p, issued=i, returned=r)),
        profile=prof,
    ).rounds[0]
    strict = prof[P.QUORUM_COMPARISON] == ">"
    quorum = 5 * p > 4 * e if strict else 5 * p >= 4 * e
    base = i if prof[P.RECONCILE_AGAINST] == "issued" else p
    void = not quorum or r > base
    if void:
        return outcome.result == "void" and outcome.seating == () and outcome.elected == {}
    want = e if prof[P.THRESHOLD_BASE] == "expected" else p
    elected = outcome.elected["委员"]
    return (
        outcome.result != "void"
        and outcome.threshold.base == want
        and all(2 * v > want for n, v in zip(("甲", "乙"), votes) if n in elected)
    )


def check(broken: bool = False) -> Outcome:
    return proof_and_tests(broken, _proof, lambda: differential(_cases(), _agrees, "count gates"))


PROPERTY = Property(
    "gates_first",
    summary(__doc__),
    ("P-QUORUM-1", "P-BALLOT-1", "P-BALLOT-2", "P-ELECT-1", "V-BALLOT-RECON-1"),
    "z3: all integers with issued <= present <= expected; count(): expected 1..9 under 3 party profiles",
    check,
)
