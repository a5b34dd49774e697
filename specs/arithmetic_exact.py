"""Every multiplied-out inequality in ``tallykit.rules`` says exactly what the regulation says in
fractions: 过半数 ``v > b/2``, 不少于/超过 4/5, 超过 2/3, 不少于 1/3, 差额 ≥ 20% of seats rounded up.

Rules: P-ELECT-1, P-QUORUM-1, P-QUORUM-4, P-BALLOT-1, P-VALID-1, P-CAND-1, V-DOUBLE-MAJORITY-1,
V-DOUBLE-MAJORITY-2, V-SUPP-3, V-BALLOT-RECON-1, V-BALLOT-OVERVOTE-1. Bounds: z3 over all
non-negative integers (no bound), the rational statement in z3 reals; ``min_candidates``,
``min_votes_for_majority`` and ``min_votes_for_third`` checked against the rule for 0..200.
Broken variant: the ⅓ floor written ``3*votes > cast`` (超过 instead of 不少于).
"""

import z3

from tallykit import rules
from tallykit.specs._harness import Outcome, Property, differential, first, refute, summary, value


def _claims(broken: bool):
    a, b = z3.Ints("a b")
    ra, rb = z3.ToReal(a), z3.ToReal(b)
    third = (lambda v, c: 3 * v > c) if broken else rules.third_floor
    return (a, b), [
        ("majority", rules.majority(a, b) == (ra > rb / 2)),
        ("quorum >=", rules.quorum_met(a, b, strict=False) == (ra >= rb * 4 / 5)),
        ("quorum >", rules.quorum_met(a, b, strict=True) == (ra > rb * 4 / 5)),
        ("two thirds", rules.two_thirds_met(a, b) == (ra > rb * 2 / 3)),
        ("third floor", third(a, b) == (ra >= rb / 3)),
        ("returned", rules.returned_ok(a, b) == (ra <= rb)),
        ("over quota", rules.over_quota(a, b) == (ra > rb)),
        ("margin", rules.margin_ok(a, b) == (ra - rb >= rb / 5)),
    ]


def _smallest(n: int) -> bool:
    m, t, c = rules.min_votes_for_majority(n), rules.min_votes_for_third(n), rules.min_candidates(n)
    return (
        rules.majority(m, n)
        and not rules.majority(m - 1, n)
        and rules.third_floor(t, n)
        and (t == 0 or not rules.third_floor(t - 1, n))
        and rules.margin_ok(c, n)
        and not rules.margin_ok(c - 1, n)
    )


def check(broken: bool = False) -> Outcome:
    (a, b), claims = _claims(broken)

    def one(name, claim):
        def render(model):
            return Outcome("counterexample", f"{name}: a={value(model, a)} b={value(model, b)}")

        return refute([a >= 0, b >= 0, z3.Not(claim)], render)

    proofs = (one(name, claim) for name, claim in claims)
    if broken:
        return first(proofs)
    return first([*proofs, differential(range(0, 201), _smallest, "min_* helpers")])


PROPERTY = Property(
    "arithmetic_exact",
    summary(__doc__),
    (
        "P-ELECT-1",
        "P-QUORUM-1",
        "P-QUORUM-4",
        "P-BALLOT-1",
        "P-VALID-1",
        "P-CAND-1",
        "V-DOUBLE-MAJORITY-1",
        "V-DOUBLE-MAJORITY-2",
        "V-SUPP-3",
        "V-BALLOT-RECON-1",
        "V-BALLOT-OVERVOTE-1",
    ),
    "all non-negative integers (z3, unbounded); min_* helpers 0..200",
    check,
)
