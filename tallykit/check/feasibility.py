"""Could any set of lawful ballots give the recorded totals? (TK-FEAS-1)

The question for one round: ``valid`` ballots, each choosing at most ``seats`` people of each
position and each person at most once (under V-SAME-PERSON-1 at most once over all posts), a
write-in counting only beside a disapproval (P-VALID-5), and the approve / disapprove / abstain
counts of ``marks`` where recorded. Is there such a set giving exactly the recorded tally?

Simple bounds decide it whenever nothing couples the positions' write-ins to the marks: then the
totals are reachable exactly when every person has at most ``valid`` votes, every position at
most ``seats * valid`` in all, and (same person on several posts) every person at most ``valid``
over all posts. That is the degree condition of a bipartite flow (ballots → seats → people),
whose polytope is integral; the witness fills ballots round-robin. Only the coupled case goes to
z3, imported here and only then, over individual ballots when the round is small enough.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

import msgspec

from tallykit.findings import said
from tallykit.text.words import Phrase

Z3_CELL_LIMIT = 4000  # ballots × people above which the exact per-ballot model is not tried
# z3's resource limit (a count of its steps, not a clock: the same answer on a busy machine):
# beyond it the round is "not decided" (info) instead of holding up a batch. Every bundled and
# tested case needs under 100 thousand; an adversarial round near the cell limit can need 200
# million (minutes).
Z3_RLIMIT = 20_000_000


class Question(msgspec.Struct, frozen=True):
    """One round's feasibility question in plain numbers."""

    valid: int
    seats: tuple[tuple[str, int], ...]
    tally: Mapping[str, Mapping[str, int]]
    printed: Mapping[str, tuple[str, ...]] = msgspec.field(default_factory=dict)
    disapprove: Mapping[str, Mapping[str, int]] = msgspec.field(default_factory=dict)
    abstain: Mapping[str, Mapping[str, int]] = msgspec.field(default_factory=dict)
    same_person_once: bool = False
    writein_needs_disapproval: bool = False


class Answer(msgspec.Struct, frozen=True):
    """``feasible`` is True, False, or None (undecided); ``method`` is "bounds" or "z3"."""

    feasible: bool | None
    method: str
    reason: Phrase | None = None  # why, as a finding says it
    witness: tuple[tuple[int, tuple[tuple[str, tuple[str, ...]], ...]], ...] | None = None


def decide(q: Question, *, want_witness: bool = False) -> Answer:
    """Decide ``q``: bounds first, z3 (imported lazily) only when the bounds cannot settle it.

    >>> q = Question(valid=10, seats=(("委员", 2),), tally={"委员": {"甲": 10, "乙": 9, "丙": 2}})
    >>> from tallykit.vocabulary import Lang
    >>> decide(q).feasible, decide(q).reason.words(Lang.EN)
    (False, '委员 votes total 21, more than 2 seats × 10 valid = 20')
    >>> a = decide(Question(valid=3, seats=(("委员", 2),), tally={"委员": {"甲": 3, "乙": 2}}), want_witness=True)
    >>> a.feasible, a.method, a.witness
    (True, 'bounds', ((2, (('委员', ('甲', '乙')),)), (1, (('委员', ('甲',)),))))
    """
    broken = _necessary(q)
    if broken is not None:
        return Answer(False, "bounds", broken)
    if not _coupled(q):
        if want_witness and q.same_person_once and len(q.seats) > 1:
            return _z3(q)  # a round-robin deal can put one person on two posts of one ballot
        return Answer(True, "bounds", witness=_round_robin(q) if want_witness else None)
    return _z3(q)


def _necessary(q: Question) -> Phrase | None:
    v = q.valid
    for position, seats in q.seats:
        per = q.tally.get(position, {})
        for name, votes in per.items():
            if votes > v:
                return said("TK-VOTES-1", position=position, name=name, votes=votes, valid=v)
            d = q.disapprove.get(position, {}).get(name, 0)
            a = q.abstain.get(position, {}).get(name, 0)
            if votes + d + a > v:
                return said("TK-FEAS-1.marks", position=position, name=name, votes=votes, disapprove=d, abstain=a, valid=v)
        total = sum(per.values())
        if total > seats * v:
            return said("TK-VOTES-2", position=position, total=total, seats=seats, valid=v, most=seats * v)
        if q.writein_needs_disapproval and q.disapprove.get(position) is not None:
            printed = set(q.printed.get(position, ()))
            written = sum(n for name, n in per.items() if name not in printed)
            against = sum(q.disapprove[position].values())
            if written > against:
                return said("TK-FEAS-1.writeins", position=position, written=written, against=against)
    if q.same_person_once:
        over: Counter[str] = Counter()
        for position, _ in q.seats:
            for name, votes in q.tally.get(position, {}).items():
                over[name] += votes
        for name in sorted(over):
            if over[name] > v:
                return said("TK-FEAS-1.same_person", name=name, votes=over[name], valid=v)
    return None


def _coupled(q: Question) -> bool:
    """Write-ins tied to recorded disapprovals: the one case the bounds do not settle."""
    if not q.writein_needs_disapproval:
        return False
    for position, _ in q.seats:
        printed = set(q.printed.get(position, ()))
        if q.disapprove.get(position) and any(n for name, n in q.tally.get(position, {}).items() if name not in printed):
            return True
    return False


def _round_robin(q: Question) -> tuple[Any, ...]:
    """A witness: deal each position's votes over the ballots in turn (a run of at most ``valid``
    votes for one person never hits a ballot twice; each ballot gets at most ``seats``). Not for
    the same person counted once over several posts: two posts' deals can meet on one ballot."""
    v = q.valid
    ballots: list[dict[str, list[str]]] = [{} for _ in range(v)]
    for position, _ in q.seats:
        cursor = 0
        for name, votes in q.tally.get(position, {}).items():
            for _ in range(votes):
                ballots[cursor % v].setdefault(position, []).append(name)
                cursor += 1
    patterns: Counter[Any] = Counter(tuple((p, tuple(n)) for p, n in sorted(b.items())) for b in ballots)
    return tuple(sorted(((n, pat) for pat, n in patterns.items()), key=lambda x: (-x[0], x[1])))


def _z3(q: Question) -> Answer:
    people = sum(len(q.printed.get(p, ())) + len(q.tally.get(p, {})) for p, _ in q.seats)
    if q.valid * max(people, 1) > Z3_CELL_LIMIT:
        return Answer(None, "z3", said("TK-FEAS-1.too_large", valid=q.valid, people=people, limit=Z3_CELL_LIMIT))
    import z3  # only here: keeps `tallykit verify` fast to start

    s = z3.Solver()
    s.set("rlimit", Z3_RLIMIT)
    cells: dict[tuple[int, str, str], Any] = {}
    for b in range(q.valid):
        for position, seats in q.seats:
            printed = q.printed.get(position, ())
            written = [n for n in q.tally.get(position, {}) if n not in printed]
            approve = [z3.Bool(f"a_{b}_{position}_{n}") for n in printed]
            against = [z3.Bool(f"d_{b}_{position}_{n}") for n in printed]
            writes = [z3.Bool(f"w_{b}_{position}_{n}") for n in written]
            for x, y in zip(approve, against):
                s.add(z3.Not(z3.And(x, y)))
            s.add(z3.PbLe([(x, 1) for x in approve + writes], seats) if approve + writes else z3.BoolVal(True))
            if writes:
                s.add(z3.Sum([z3.If(w, 1, 0) for w in writes]) <= z3.Sum([z3.If(d, 1, 0) for d in against] or [z3.IntVal(0)]))
            for n, x in zip(printed, approve):
                cells[(b, position, n)] = x
                cells[(b, position, "×" + n)] = against[printed.index(n)]
            for n, w in zip(written, writes):
                cells[(b, position, n)] = w
        if q.same_person_once:  # V-SAME-PERSON-1: one person counts once per ballot
            posts: dict[str, list[Any]] = {}
            for position, _ in q.seats:
                for (bb, pos, n), x in cells.items():
                    if bb == b and pos == position and not n.startswith("×"):
                        posts.setdefault(n, []).append(x)
            for xs in posts.values():
                if len(xs) > 1:
                    s.add(z3.PbLe([(x, 1) for x in xs], 1))
    for position, _ in q.seats:
        printed = q.printed.get(position, ())
        names = list(printed) + [n for n in q.tally.get(position, {}) if n not in printed]
        for n in names:
            want = q.tally.get(position, {}).get(n, 0)
            s.add(z3.Sum([z3.If(cells[(b, position, n)], 1, 0) for b in range(q.valid)]) == want)
            d = q.disapprove.get(position, {}).get(n)
            if n in printed and d is not None:
                s.add(z3.Sum([z3.If(cells[(b, position, "×" + n)], 1, 0) for b in range(q.valid)]) == d)
    verdict = s.check()
    if verdict == z3.unsat:
        return Answer(False, "z3", said("TK-FEAS-1.unsat"))
    if verdict != z3.sat:
        return Answer(None, "z3", said("TK-FEAS-1.unknown"))
    model = s.model()
    rows: Counter[Any] = Counter()
    for b in range(q.valid):
        row = []
        for position, _ in q.seats:
            printed = q.printed.get(position, ())
            names = list(printed) + [n for n in q.tally.get(position, {}) if n not in printed]
            chosen = tuple(n for n in names if z3.is_true(model.eval(cells[(b, position, n)], model_completion=True)))
            row.append((position, chosen))
        rows[tuple(row)] += 1
    return Answer(True, "z3", witness=tuple(sorted(((n, r) for r, n in rows.items()), key=lambda x: (-x[0], x[1]))))
