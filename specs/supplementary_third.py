"""In a villagers' or residents' supplementary election everyone elected has at least a third of
the ballots cast (``3*votes >= cast``) and nobody left out has more votes.

Rules: V-SUPP-3, V-TIE-1, V-SUPP-1, V-DOUBLE-MAJORITY-1. Bounds: z3: the threshold the villager
core builds for a supplementary round (``procedure`` on z3 terms for issued, returned,
participants and registered) is exactly ``rules.third_floor`` of the ballots returned, under
villager-2018 and residents-2018, for all integers; that threshold with the seating relation for
1..6 candidates, seats 1..n, votes 0..cast (``_seating.BOUNDS``); differential:
``rounds.count_round`` on every supplementary round of 1..4 candidates, seats 1..n, ballots
cast 1..5, votes 0..cast, registered 2*cast-1 (turnout met; 2*cast, not met, for one
candidate), under both profiles, against the relation with the turnout gate. Broken variant:
the supplementary round as a plain plurality, without the floor.
"""

import z3

from tallykit import rules
from tallykit.specs._harness import (
    Outcome,
    Property,
    descending,
    differential,
    refute,
    summary,
)
from tallykit.specs._seating import PY, seating_check, seat
from tallykit.specs._villager import (
    core_test,
    core_threshold,
    count_member_round,
    seated_as_relation,
    villager_results,
    villager_round,
)

PROFILES = ("villager-2018", "residents-2018")


def negation(votes, seats, cast, s):
    n = len(votes)
    return z3.Or(
        [
            z3.And(
                s.elected[i],
                z3.Or(
                    3 * votes[i] < cast,
                    *[z3.And(z3.Not(s.elected[j]), votes[j] > votes[i]) for j in range(n)],
                ),
            )
            for i in range(n)
        ]
    )


def _terms(cast):
    issued, voters, registered = z3.Ints("issued voters registered")
    return dict(issued=issued, returned=cast, voters=voters, registered=registered)


def core_floor(profile_id):
    """``(votes, cast) -> passes`` as the villager core decides it for a supplementary round."""
    from tallykit.profiles import BUILTIN

    return lambda v, cast: core_test(
        core_threshold("supplementary", BUILTIN[profile_id], **_terms(cast))
    )(v)


def _same_threshold(profile_id) -> Outcome:
    """The core's supplementary threshold is ``rules.third_floor`` of the ballots returned."""
    from tallykit.profiles import BUILTIN

    v, cast = z3.Ints("votes cast")
    th = core_threshold("supplementary", BUILTIN[profile_id], **_terms(cast))
    if th.rule != "V-SUPP-3":
        return Outcome("counterexample", f"{profile_id}: supplementary threshold cites {th.rule}")
    out = refute([core_test(th)(v) != rules.third_floor(v, cast)])
    return Outcome(out.status, f"{profile_id}: {out.detail}" if out.detail else "")


def replay(votes, seats, cast, note):
    """A villagers' file: a formal round electing nobody, then the supplementary round."""
    names = [f"候选人{i + 1}" for i in range(len(votes))]
    formal = villager_round(
        "formal", {"委员": seats}, {"委员": names}, returned=cast, tally={"委员": {}}
    )
    supp = villager_round(
        "supplementary",
        {"委员": seats},
        {"委员": names},
        returned=cast,
        tally={"委员": dict(zip(names, votes))},
    )
    return villager_results([formal, supp], registered=2 * cast - 1, note=note)


def _cases():
    for profile in PROFILES:
        for n in range(1, 5):
            for seats in range(1, n + 1):
                for cast in range(1, 6):
                    for votes in descending(n, cast):
                        for registered in (2 * cast - 1, 2 * cast) if n == 1 else (2 * cast - 1,):
                            yield profile, n, seats, cast, votes, registered


def _agrees(case) -> bool:
    profile, n, seats, cast, votes, registered = case
    out, names = count_member_round(
        "supplementary", votes, seats, profile=profile, registered=registered, cast=cast
    )
    if not 2 * cast > registered:  # V-DOUBLE-MAJORITY-1 (supplementary_needs_turnout)
        return out.result == "void" and not any(out.elected.values())
    rel = seat(votes, seats, lambda v: 3 * v >= cast, PY)
    return out.threshold.rule == "V-SUPP-3" and seated_as_relation(out, names, rel)


def check(broken: bool = False):
    floor = (lambda v, c: v >= 0) if broken else core_floor("villager-2018")
    extra = (
        lambda: _same_threshold("villager-2018"),
        lambda: _same_threshold("residents-2018"),
        lambda: differential(_cases(), _agrees, "rounds.count_round (supplementary)"),
    )
    return seating_check(
        negation,
        broken,
        threshold=floor,
        note="supplementary winner under a third or not top",
        replay=replay,
        extra=extra,
    )


PROPERTY = Property(
    "supplementary_third",
    summary(__doc__),
    ("V-SUPP-3", "V-SUPP-1", "V-TIE-1", "V-DOUBLE-MAJORITY-1"),
    "z3: core threshold = third_floor(returned) for all integers (both profiles); seating 1..6 "
    "candidates, seats 1..n, votes 0..cast; count_round(): 1..4 candidates, cast 1..5, turnout "
    "met or not, villager-2018 and residents-2018",
    check,
)
