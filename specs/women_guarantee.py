"""The women's guarantee yields a woman whenever its rule says it must: with no woman elected
to a higher post, a woman with a majority is elected to (or tied for) the member post, a reserved
seat is never taken by a man, and a supplementary election gets a woman candidate.

Rules: V-WOMEN-1, V-DOUBLE-MAJORITY-2, V-DOUBLE-MAJORITY-3, V-TIE-1, V-SUPP-1. Bounds: z3 over
1..4 member candidates of either gender, seats 1..n, base >= 1, votes 0..base, a woman elected
to a higher post or not, for ``confirm_first`` and ``reserved_seat`` (the seating relation of
``specs/_seating.py`` applied to the women and then to the rest, as 规程 2013 describes);
differential: ``villager.seat_posts`` (and ``villager.next_candidates`` when a seat is left)
on every member-post tally of 1..3 candidates with votes 0..3 under all four
``women_guarantee`` values, every gender assignment, seats 1..n, every threshold cut, and a man
or a woman elected higher.
``supplementary_with_woman`` and ``none`` are checked by that test only (they leave the seating
to vote order). The same test runs each tally again on a member post held for a woman
(FORMAT.md's ``"reserved": "female"``): whatever the rule, it seats women only, in vote order.
Broken variant: the guarantee not applied (plain vote order, ``confirm_first``).
"""

from __future__ import annotations

import functools
import itertools

import z3

from tallykit import rules
from tallykit.specs._harness import (
    Outcome,
    Property,
    descending,
    differential,
    first,
    proof_and_tests,
    refute,
    summary,
    value,
)
from tallykit.specs._seating import PY, Z3, seat
from tallykit.specs._villager import (
    all_of,
    any_of,
    profile_of,
    villager_results,
    villager_round,
)

RULES = ("confirm_first", "reserved_seat", "supplementary_with_woman", "none")


@functools.cache
def _seat_py(votes, seats, q):
    """The seating relation on ints, cached (the differential test asks it the same question
    under each ``women_guarantee`` value)."""
    return seat(votes, seats, None, PY, q=q)


def _seat(votes, seats, q, ops):
    return (
        _seat_py(tuple(votes), seats, tuple(q)) if ops is PY else seat(votes, seats, None, ops, q=q)
    )


def women_seating(votes, woman, seats, qualifies, trigger, rule, ops, broken=False):
    """The member post under ``rule``: a top woman with a majority first (one seat), the other
    seats in vote order among the rest; ``reserved_seat`` keeps that seat empty when no woman
    qualifies. Applies only when ``trigger`` (no woman elected to a higher post). Women tied for
    the most votes: each confirmed first gives an outcome; elected is who every outcome elects,
    tied who some but not all do (V-TIE-1: a tie counts only where it decides a seat)."""
    n = len(votes)
    q = [qualifies(v) for v in votes]
    plain = _seat(votes, seats, q, ops)
    if broken or rule not in ("confirm_first", "reserved_seat"):
        return plain
    qw = [ops.And(a, w) for a, w in zip(q, woman)]
    top = [
        ops.And(qw[i], *[ops.Or(ops.Not(qw[j]), votes[j] <= votes[i]) for j in range(n) if j != i])
        for i in range(n)
    ]
    tries = []  # w confirmed first, the others in vote order
    for w in range(n):
        rest = _seat(votes, seats - 1, [ops.And(a, i != w) for i, a in enumerate(q)], ops)
        got = [ops.Or(i == w, e) for i, e in enumerate(rest.elected)]
        tries.append((top[w], got, [ops.Or(g, t) for g, t in zip(got, rest.tied)]))
    sure = [all_of(ops, [ops.Or(ops.Not(t), g[i]) for t, g, _ in tries]) for i in range(n)]
    maybe = [any_of(ops, [ops.And(t, p[i]) for t, _, p in tries]) for i in range(n)]
    tied = [ops.And(m, ops.Not(s)) for m, s in zip(maybe, sure)]
    none_left = _seat(votes, seats - 1, q, ops)  # reserved_seat with no woman qualifying
    wq = any_of(ops, qw)
    unfilled = ops.If(wq, plain.unfilled, none_left.unfilled + 1)
    elected = [ops.If(wq, s, e) for s, e in zip(sure, none_left.elected)]
    tied = [ops.If(wq, t, u) for t, u in zip(tied, none_left.tied)]
    count = lambda flags: sum(ops.If(f, 1, 0) for f in flags)  # noqa: E731
    tied_seats = ops.If(any_of(ops, tied), seats - unfilled - count(elected), 0)
    applies = ops.And(trigger, wq) if rule == "confirm_first" else trigger
    pick = lambda a, b: ops.If(applies, a, b)  # noqa: E731
    return type(plain)(
        qualified=q,
        elected=[pick(a, c) for a, c in zip(elected, plain.elected)],
        tied=[pick(a, c) for a, c in zip(tied, plain.tied)],
        unfilled=pick(unfilled, plain.unfilled),
        tied_seats=pick(tied_seats, plain.tied_seats),
    )


def _one(n, rule, broken):
    votes, woman = [z3.Int(f"v{i}") for i in range(n)], [z3.Bool(f"w{i}") for i in range(n)]
    seats, base, trigger = z3.Int("seats"), z3.Int("base"), z3.Bool("no_woman_higher")
    s = women_seating(
        votes, woman, seats, lambda v: rules.majority(v, base), trigger, rule, Z3, broken
    )
    q = s.qualified
    count = lambda xs: z3.Sum([z3.If(x, 1, 0) for x in xs])  # noqa: E731
    top_woman = [
        z3.And(
            woman[i],
            q[i],
            *[z3.Implies(z3.And(woman[j], q[j]), votes[j] < votes[i]) for j in range(n) if j != i],
        )
        for i in range(n)
    ]
    claims = [
        count(s.elected) + s.tied_seats + s.unfilled == seats,
        *[z3.Implies(e, q[i]) for i, e in enumerate(s.elected)],
        z3.Implies(
            z3.And(trigger, z3.Or([z3.And(w, a) for w, a in zip(woman, q)])),
            z3.Or([z3.And(w, z3.Or(e, t)) for w, e, t in zip(woman, s.elected, s.tied)]),
        ),
        *[z3.Implies(z3.And(trigger, t), e) for t, e in zip(top_woman, s.elected)],
    ]
    if rule == "reserved_seat":
        claims.append(
            z3.Implies(
                trigger,
                count([z3.And(e, z3.Not(w)) for e, w in zip(s.elected, woman)]) <= seats - 1,
            )
        )
    bounds = [seats >= 1, seats <= n, base >= 1] + [z3.And(v >= 0, v <= base) for v in votes]

    def render(model):
        vs, ws = [value(model, v) for v in votes], [
            z3.is_true(model.eval(w, model_completion=True)) for w in woman
        ]
        st, b = value(model, seats), value(model, base)
        higher_woman = not z3.is_true(model.eval(trigger, model_completion=True))
        names = [("女" if w else "男") + str(i + 1) for i, w in enumerate(ws)]
        women_named = [n for n, w in zip(names, ws) if w]
        detail = (
            f"{rule}: votes={vs} women={women_named} seats={st} base={b} "
            f"woman_higher={higher_woman}"
        )
        head = "女主任" if higher_woman else "男主任"
        rnd = villager_round(
            "formal",
            {"主任": 1, "委员": st},
            {"主任": [head], "委员": names},
            returned=b,
            tally={"主任": {head: b}, "委员": dict(zip(names, vs))},
        )
        women = [n for n, w in zip(names, ws) if w] + ([head] if higher_woman else [])
        replay = villager_results(
            [rnd],
            registered=b,
            women=women,
            profile={"extends": "villager-2018", "set": {"women_guarantee": rule}},
            note=f"women's guarantee: {detail}",
        )
        return Outcome("counterexample", detail, replay)

    return refute(bounds + [z3.Not(z3.And(claims))], render)


def _proof(broken):
    rules_checked = ("confirm_first",) if broken else ("confirm_first", "reserved_seat")
    return first(_one(n, rule, broken) for rule in rules_checked for n in range(1, 5))


# ---------------------------------------------------------------- differential


@functools.cache
def _files():
    """One parsed results file per (candidates, genders, seats): member post only, plus the
    higher-post people a test can mark as already elected."""
    from tallykit.results import parse_results

    out = {}
    for n in range(1, 4):
        for genders in itertools.product((False, True), repeat=n):
            names = [("女" if w else "男") + str(i + 1) for i, w in enumerate(genders)]
            for seats in range(1, n + 1):
                for reserved in (False, True):
                    rnd = villager_round(
                        "formal", {"委员": seats}, {"委员": names}, returned=1, tally={"委员": {}}
                    )
                    if reserved:
                        rnd["positions"][0]["reserved"] = "female"
                    rnd["candidates"]["主任"] = ["男主任", "女主任"]  # higher-post people for ``taken``
                    women = [x for x, w in zip(names, genders) if w] + ["女主任"]
                    data = villager_results([rnd], registered=1, women=women)
                    del data["rounds"][0]["candidates"]["主任"]
                    out[n, genders, seats, reserved] = (parse_results(data), names)
    return out


def _cases():
    files = _files()
    for n, genders, seats, reserved in files:
        for votes in descending(n, 3):
            for base in (0, 2, 4):
                for higher in (("男主任",), ("女主任",)):
                    for rule in RULES:
                        yield rule, genders, seats, votes, base, higher, reserved


def _agrees(case) -> bool:
    from tallykit.counting import villager
    from tallykit.counting.outcome import Threshold
    from tallykit.vocabulary import ThresholdTest
    from tallykit.counting.procedure import procedure

    rule, genders, seats, votes, base, higher, reserved = case
    results, names = _files()[len(genders), genders, seats, reserved]
    profile = profile_of("villager-2018", women_guarantee=rule)
    threshold = Threshold("V-DOUBLE-MAJORITY-2", ThresholdTest.MAJORITY, "participants", base)
    tally = {"委员": dict(zip(names, votes))}
    formal = procedure(profile, "villagers_committee", "formal")
    (s,), _ = villager.seat_posts(
        results, results.rounds[0], profile, tally, threshold, set(higher), formal
    )
    trigger = "女主任" not in higher
    if reserved:  # a post held for a woman: women only, in vote order, the guarantee not applied
        rel = _seat(votes, seats, [2 * v > base and w for v, w in zip(votes, genders)], PY)
    else:
        rel = women_seating(votes, genders, seats, lambda v: 2 * v > base, trigger, rule, PY)
    pick = lambda flags: {x for x, f in zip(names, flags) if f}  # noqa: E731
    ok = (
        set(s.elected) == pick(rel.elected)
        and set(s.tied) == pick(rel.tied)
        and s.unfilled == rel.unfilled
        and s.tied_seats == rel.tied_seats
    )
    if ok and s.unfilled and not reserved:
        nxt, _ = villager.next_candidates(results, profile, (s,), set(higher))
        chosen = nxt.get("委员", ())
        woman = dict(zip(names, genders))
        none_yet = trigger and not any(woman[x] for x in s.elected)
        standing = any(woman[x] for x in names if x not in s.elected)
        ok = not set(chosen) & set(s.elected) and (
            rule != "supplementary_with_woman"
            or not (none_yet and standing)
            or any(woman.get(x, False) for x in chosen)
        )
    return ok


def check(broken: bool = False) -> Outcome:
    return proof_and_tests(
        broken,
        _proof,
        lambda: differential(_cases(), _agrees, "seat_posts + next_candidates (women)"),
    )


PROPERTY = Property(
    "women_guarantee",
    summary(__doc__),
    ("V-WOMEN-1", "V-DOUBLE-MAJORITY-2", "V-DOUBLE-MAJORITY-3", "V-TIE-1", "V-SUPP-1"),
    "z3: 1..4 member candidates, seats 1..n, votes 0..base, woman higher or not, confirm_first "
    "and reserved_seat; seat_posts(): 1..3 candidates with votes 0..3, all genders, "
    "seats 1..n, 3 cuts, man/woman higher, every women_guarantee value, the post held for a "
    "woman or not (27 264 cases)",
    check,
)
