"""Seat filling (P-ELECT-2/3/4, V-DOUBLE-MAJORITY-3, V-TIE-1) stated relationally, so it runs on
z3 terms for the proofs and on ints for the differential test of ``seating.fill_seats``.

For candidate ``i``: ``q`` = clears the threshold, ``above`` = qualified people with more votes,
``level`` = qualified people with the same votes (``i`` included). Then ``i`` is elected when
``q and above + level <= seats``; tied at the boundary when ``q and above < seats < above +
level``; seats are left unfilled only when fewer than ``seats`` qualify.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import z3

from tallykit.counting import seating as shipping_seating
from tallykit.specs._harness import Outcome, descending, differential


@dataclass(frozen=True)
class Ops:
    """Boolean and arithmetic connectives: z3's, or plain Python's."""

    If: Callable[[Any, Any, Any], Any]
    And: Callable[..., Any]
    Or: Callable[..., Any]
    Not: Callable[[Any], Any]


Z3 = Ops(z3.If, z3.And, z3.Or, z3.Not)
PY = Ops(lambda c, a, b: a if c else b, lambda *xs: all(xs), lambda *xs: any(xs), lambda x: not x)


@dataclass(frozen=True)
class Seats:
    qualified: list[Any]
    elected: list[Any]
    tied: list[Any]
    unfilled: Any
    tied_seats: Any


def seat(
    votes: Sequence[Any],
    seats: Any,
    qualifies: Callable[[Any], Any],
    ops: Ops = Z3,
    variant: str = "",
    q: Sequence[Any] | None = None,
) -> Seats:
    """The relation, optionally with a named deliberate error (``variant``) for the refutations.
    ``q`` overrides who qualifies, per candidate (a sub-list such as the women only)."""
    n = len(votes)
    q = [qualifies(v) for v in votes] if q is None else list(q)
    count = lambda conds: sum(ops.If(c, 1, 0) for c in conds)  # noqa: E731
    above = [count(ops.And(q[j], votes[j] > votes[i]) for j in range(n)) for i in range(n)]
    level = [count(ops.And(q[j], votes[j] == votes[i]) for j in range(n)) for i in range(n)]
    elected = [ops.And(q[i], above[i] + level[i] <= seats) for i in range(n)]
    if variant == "ballot_order":  # ties broken silently by ballot order
        earlier = [count(ops.And(q[j], votes[j] == votes[i]) for j in range(i)) for i in range(n)]
        elected = [ops.And(q[i], above[i] + earlier[i] < seats) for i in range(n)]
    elif variant == "seat_all_tied":  # everyone tied at the boundary is seated
        elected = [ops.And(q[i], above[i] < seats) for i in range(n)]
    elif variant == "fill_from_below":  # the shortfall taken in vote order from below
        over = [count(votes[j] > votes[i] for j in range(n)) for i in range(n)]
        same = [count(votes[j] == votes[i] for j in range(n)) for i in range(n)]
        elected = [over[i] + same[i] <= seats for i in range(n)]
    elif variant == "first_qualified":  # the first qualified in ballot order, not vote order
        before = [count(q[j] for j in range(i)) for i in range(n)]
        elected = [ops.And(q[i], before[i] < seats) for i in range(n)]
    tied = [ops.And(q[i], above[i] < seats, above[i] + level[i] > seats) for i in range(n)]
    nq = count(q)
    n_elected = count(elected)
    return Seats(
        qualified=q,
        elected=elected,
        tied=tied,
        unfilled=ops.If(nq < seats, seats - nq, 0),
        tied_seats=ops.If(ops.Or(*tied) if n else False, seats - n_elected, 0),
    )


def agrees_with_shipping(votes: Sequence[int], seats: int, base: int) -> bool:
    """``seating.fill_seats`` on a ranking equals the relation evaluated on the same ints."""
    ranking = tuple((f"c{i}", v) for i, v in enumerate(votes))
    qualifies = lambda v: 2 * v > base  # noqa: E731  (P-ELECT-1 as written in the rules)
    qualified, elected, tied, tied_seats, unfilled = shipping_seating.fill_seats(ranking, seats, qualifies)
    rel = seat(votes, seats, qualifies, PY)
    names = [name for name, _ in ranking]
    pick = lambda flags: tuple(n for n, f in zip(names, flags) if f)  # noqa: E731
    return (
        set(qualified) == set(pick(rel.qualified))
        and set(elected) == set(pick(rel.elected))
        and set(tied) == set(pick(rel.tied))
        and tied_seats == rel.tied_seats
        and unfilled == rel.unfilled
    )


def shipping_cases(n_max: int = 5, top: int = 6) -> Any:
    """Every ranking of ≤ ``n_max`` candidates with votes 0..``top``, seats 1..n, and a base for
    every distinct cut (``base = 2t`` qualifies exactly the votes ``>= t+1``)."""
    for n in range(1, n_max + 1):
        for votes in descending(n, top):
            for seats in range(1, n + 1):
                for base in range(0, 2 * top + 2, 2):
                    yield votes, seats, base


@functools.cache
def shipping_agrees() -> Outcome:
    """The differential half, run once per process: fill_seats against the relation."""
    return differential(shipping_cases(), lambda c: agrees_with_shipping(*c), "fill_seats")


N_MAX = 6  # candidates in the z3 proofs; seats 1..n; base 1..any; votes 0..base
BOUNDS = (
    "z3: 1..6 candidates, 1..n seats, any base >= 1, votes 0..base (unbounded integers); "
    "differential: fill_seats on every ranking of 1..5 candidates with votes 0..6, seats 1..n, "
    "every threshold cut"
)


def count_true(flags: Sequence[Any]) -> Any:
    return z3.Sum([z3.If(f, 1, 0) for f in flags]) if flags else z3.IntVal(0)


def prove_seating(
    negation: Callable[..., Any],
    *,
    variant: str = "",
    threshold: Callable[[Any, Any], Any] | None = None,
    note: str = "",
    replay: Callable[..., Any] | None = None,
) -> Outcome:
    """Show ``negation(votes, seats, base, seating)`` unsatisfiable for 1..N_MAX candidates;
    a counterexample is replayed by ``replay(votes, seats, base, note)`` (default: a party file)."""
    from tallykit import rules
    from tallykit.specs._harness import first, ints, party_results, refute, value

    test = threshold or rules.majority  # the shipping rule, evaluated on z3 terms

    def one(n: int) -> Outcome:
        votes, seats, base = ints("v", n), z3.Int("seats"), z3.Int("base")
        seating = seat(votes, seats, lambda v: test(v, base), Z3, variant)
        bounds = [seats >= 1, seats <= n, base >= 1] + [z3.And(v >= 0, v <= base) for v in votes]

        def render(model: z3.ModelRef) -> Outcome:
            vs = [value(model, v) for v in votes]
            s, b = value(model, seats), value(model, base)
            detail = f"votes={vs} seats={s} base={b}"
            if replay is not None:
                return Outcome("counterexample", detail, replay(vs, s, b, f"{note}: {detail}"))
            return Outcome(
                "counterexample", detail, party_results(vs, s, expected=b, note=f"{note}: {detail}")
            )

        return refute(bounds + [negation(votes, seats, base, seating)], render)

    return first(one(n) for n in range(1, N_MAX + 1))


def seating_check(
    negation: Callable[..., Any],
    broken: bool,
    *,
    variant: str = "",
    threshold: Callable[[Any, Any], Any] | None = None,
    note: str = "",
    replay: Callable[..., Any] | None = None,
    extra: tuple[Callable[[], Outcome], ...] = (),
) -> Outcome:
    """The z3 proof and, for the real rule, the differential test of ``fill_seats`` and any
    ``extra`` differential tests."""
    from tallykit.specs._harness import first

    kw = dict(threshold=threshold, note=note, replay=replay)
    if broken:
        return prove_seating(negation, variant=variant, **kw)
    return first(x() for x in (lambda: prove_seating(negation, **kw), shipping_agrees, *extra))
