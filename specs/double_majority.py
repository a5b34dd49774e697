"""Under 双过半 a villagers' committee member is elected only if more than half of the registered
voters took part and the member has more than half of the participants' votes.

Rules: V-DOUBLE-MAJORITY-1, V-DOUBLE-MAJORITY-2, V-DOUBLE-MAJORITY-3. Bounds: z3 1..6
candidates, seats 1..n, registered >= participants >= 1, votes 0..participants, with
``rules.majority`` on z3 terms for both halves and the seat-filling relation that
``counting.fill_seats`` is differentially tested against. Not yet touched: the villager counting
core (other branch; listed in docs/proofs.md). Broken variant: turnout written
``2*participants >= registered`` (exactly half the register validates the election).
"""

import z3

from tallykit import rules
from tallykit.specs._harness import Outcome, Property, first, ints, refute, summary, value
from tallykit.specs._seating import Z3, seat, shipping_agrees


def _proof(broken: bool) -> Outcome:
    turnout = (lambda p, r: 2 * p >= r) if broken else rules.majority

    def one(n):
        votes, seats = ints("v", n), z3.Int("seats")
        participants, registered = z3.Ints("participants registered")
        valid = turnout(participants, registered)
        s = seat(votes, seats, lambda v: rules.majority(v, participants), Z3)
        elected = [z3.And(valid, e) for e in s.elected]
        bad = z3.Or(
            [
                z3.And(e, z3.Not(z3.And(2 * participants > registered, 2 * v > participants)))
                for v, e in zip(votes, elected)
            ]
        )
        bounds = [seats >= 1, seats <= n, participants >= 1, registered >= participants]
        bounds += [z3.And(v >= 0, v <= participants) for v in votes]

        def render(m):
            return Outcome(
                "counterexample",
                f"registered={value(m, registered)} participants="
                f"{value(m, participants)} votes={[value(m, v) for v in votes]}",
            )

        return refute(bounds + [bad], render)

    return first(one(n) for n in range(1, 7))


def check(broken: bool = False) -> Outcome:
    if broken:
        return _proof(True)
    return first(x() for x in (lambda: _proof(False), shipping_agrees))


PROPERTY = Property(
    "double_majority",
    summary(__doc__),
    ("V-DOUBLE-MAJORITY-1", "V-DOUBLE-MAJORITY-2", "V-DOUBLE-MAJORITY-3"),
    "z3: 1..6 candidates, seats 1..n, votes 0..participants <= registered (villager core pending)",
    check,
)
