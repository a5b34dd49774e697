"""Under 双过半 a villagers' or residents' committee member is elected only if more than half of
the registered voters took part and the member has more than half of the participants' votes.

Rules: V-DOUBLE-MAJORITY-1, V-DOUBLE-MAJORITY-2, V-DOUBLE-MAJORITY-3, R-THRESH-1. Bounds: z3
1..6 candidates, seats 1..n, registered >= participants >= 1, votes 0..participants, with the
villager core's own turnout test (``villager.turnout_passes``) and its own threshold for a formal
round (``procedure``, built from z3 terms for issued, returned, participants and
registered) under villager-2018 and residents-2018, and the seat-filling relation that
``counting.fill_seats`` is differentially tested against; differential: ``rounds.count_round``
on every formal member round of 1..3 candidates, seats 1..n, registered 1..7, participants
1..registered, votes 0..participants, under both profiles, against the relation. Broken variant:
turnout written ``2*participants >= registered`` (exactly half the register validates).
"""

import z3

from tallykit import parameters as P
from tallykit.vocabulary import Family
from tallykit.counting import villager
from tallykit.specs._harness import (
    Outcome,
    Property,
    descending,
    differential,
    first,
    ints,
    proof_and_tests,
    refute,
    summary,
    value,
)
from tallykit.specs._seating import PY, Z3, seat, shipping_agrees
from tallykit.specs._villager import (
    core_test,
    core_threshold,
    count_member_round,
    seated_as_relation,
    villager_results,
    villager_round,
)

PROFILES = {"villager-2018": "V-DOUBLE-MAJORITY-1", "residents-2018": "R-THRESH-1"}


def _proof(broken: bool, profile_id: str) -> Outcome:
    from tallykit.profiles import BUILTIN

    profile, rule = BUILTIN[profile_id], PROFILES[profile_id]
    form = str(profile[P.FORM]) if profile.applies(P.FORM) else "all_residents"
    if broken:
        turnout = lambda p, r: 2 * p >= r  # noqa: E731
    else:
        turnout = lambda p, r: villager.turnout_passes(p, r, rule, form)  # noqa: E731

    def one(n):
        votes, seats = ints("v", n), z3.Int("seats")
        participants, registered, issued, returned = z3.Ints(
            "participants registered issued returned"
        )
        threshold = core_threshold(
            "formal",
            profile,
            issued=issued,
            returned=returned,
            voters=participants,
            registered=registered,
        )
        valid = turnout(participants, registered)
        s = seat(votes, seats, core_test(threshold), Z3)
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
            vs, p, r = [value(m, v) for v in votes], value(m, participants), value(m, registered)
            detail = f"{profile_id}: registered={r} participants={p} votes={vs}"
            names = [f"候选人{i + 1}" for i in range(n)]
            rnd = villager_round(
                "formal",
                {"委员": value(m, seats)},
                {"委员": names},
                returned=p,
                tally={"委员": dict(zip(names, vs))},
            )
            data = villager_results(
                [rnd], registered=r, profile=profile_id, note=f"双过半: {detail}"
            )
            if profile.family == Family.RESIDENTS:
                data["election"]["kind"] = "residents_committee"
            return Outcome("counterexample", detail, data)

        if (
            threshold.rule not in ("V-DOUBLE-MAJORITY-2", "R-THRESH-1")
            or threshold.base_name != "participants"
        ):
            return Outcome(
                "counterexample",
                f"{profile_id}: formal threshold {threshold.rule} on {threshold.base_name}",
            )
        return refute(bounds + [bad], render)

    return first(one(n) for n in range(1, 7))


def _cases():
    for profile in PROFILES:
        for n in range(1, 4):
            for seats in range(1, n + 1):
                for registered in range(1, 8):
                    for p in range(1, registered + 1):
                        for votes in descending(n, p):
                            yield profile, n, seats, registered, p, votes


def _agrees(case) -> bool:
    profile, n, seats, registered, p, votes = case
    out, names = count_member_round(
        "formal", votes, seats, profile=profile, registered=registered, cast=p
    )
    if not 2 * p > registered:
        return out.result == "void" and not any(out.elected.values())
    rel = seat(votes, seats, lambda v: 2 * v > p, PY)
    return out.threshold.base == p and seated_as_relation(out, names, rel)


def check(broken: bool = False) -> Outcome:
    return proof_and_tests(
        broken,
        lambda b: _proof(b, "villager-2018"),
        lambda: _proof(False, "residents-2018"),
        shipping_agrees,
        lambda: differential(_cases(), _agrees, "rounds.count_round (formal)"),
    )


PROPERTY = Property(
    "double_majority",
    summary(__doc__),
    ("V-DOUBLE-MAJORITY-1", "V-DOUBLE-MAJORITY-2", "V-DOUBLE-MAJORITY-3", "R-THRESH-1"),
    "z3: 1..6 candidates, seats 1..n, votes 0..participants <= registered, core turnout and "
    "threshold (both profiles); count_round(): 1..3 candidates, registered 1..7, participants "
    "1..registered, villager-2018 and residents-2018",
    check,
)
