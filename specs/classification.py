"""Ballot judgement is total and exclusive, and exact: a ballot is invalid exactly when it is
flagged, chooses more people than seats, or is wholly unreadable; a blank ballot is valid.

Rules: P-VALID-1, P-VALID-2, P-VALID-3, P-VALID-4, P-MARK-1, V-BALLOT-OVERVOTE-1,
V-BALLOT-BLANK-1. Bounds: z3 over one position of 1..6 printed lines (approve / disapprove /
abstain / unreadable each), one write-in (none / approved / disapproved / unmarked), 1..6 seats
and the three flags; differential: ``ballots.classify`` under party-2020 on every mark string of
0..4 lines over ``○ × ␠ ?``, each write-in case, seats 1..3 and every flag set (whole-ballot
over-vote scope; the section scope is villager-side). Broken variant: over-quota tested with
``chosen >= seats``.
"""

import itertools

import z3

from tallykit import rules
from tallykit.specs._harness import Outcome, Property, differential, first, refute, summary

APPROVE, DISAPPROVE, ABSTAIN, UNREADABLE = 0, 1, 2, 3
NO_WRITEIN = 4
FLAGS = ("identifying_mark", "unreadable", "torn")


def judge(lines, writein, flags, seats, over_quota, ops):
    """The rule as a relation: (invalid, partly_valid, valid, blank) over ints or z3 terms."""
    n_lines = len(lines)
    approvals = sum(ops.If(m == APPROVE, 1, 0) for m in lines) + ops.If(writein == APPROVE, 1, 0)
    unreadable_any = ops.Or(*[m == UNREADABLE for m in lines]) if lines else False
    readable_any = ops.Or(writein != NO_WRITEIN, *[m != UNREADABLE for m in lines])
    flagged = ops.Or(*flags)
    invalid = ops.Or(
        flagged, over_quota(approvals, seats), ops.And(unreadable_any, ops.Not(readable_any))
    )
    partly = ops.And(ops.Not(invalid), unreadable_any)
    valid = ops.And(ops.Not(invalid), ops.Not(unreadable_any))
    blank = (
        ops.And(ops.Not(flagged), writein == NO_WRITEIN, *[m == ABSTAIN for m in lines])
        if n_lines
        else ops.And(ops.Not(flagged), writein == NO_WRITEIN)
    )
    return invalid, partly, valid, blank, approvals


def _proof(broken: bool) -> Outcome:
    from tallykit.specs._seating import Z3

    over = (lambda c, s: c >= s) if broken else rules.over_quota

    def one(n):
        lines, w, seats = [z3.Int(f"m{i}") for i in range(n)], z3.Int("w"), z3.Int("seats")
        flags = [z3.Bool(f) for f in FLAGS]
        invalid, partly, valid, blank, approvals = judge(lines, w, flags, seats, over, Z3)
        one_class = z3.Sum([z3.If(c, 1, 0) for c in (invalid, partly, valid)]) == 1
        wholly_unreadable = (
            z3.And(w == NO_WRITEIN, *[m == UNREADABLE for m in lines]) if n else False
        )
        exact = invalid == z3.Or(z3.Or(flags), approvals > seats, wholly_unreadable)
        claim = z3.And(
            one_class, z3.Implies(approvals > seats, invalid), z3.Implies(blank, valid), exact
        )
        bounds = [seats >= 1, seats <= 6, w >= 0, w <= NO_WRITEIN, w != UNREADABLE]
        bounds += [z3.And(m >= 0, m <= UNREADABLE) for m in lines]
        return refute(bounds + [z3.Not(claim)], lambda m: Outcome("counterexample", str(m)))

    return first(one(n) for n in range(1, 7))


SYMBOL = {"○": APPROVE, "×": DISAPPROVE, " ": ABSTAIN, "?": UNREADABLE}
WRITEINS = {
    NO_WRITEIN: (),
    APPROVE: (("王五", "○"),),
    DISAPPROVE: (("王五", "×"),),
    ABSTAIN: (("王五", " "),),
}


def _cases():
    for n in range(0, 5):
        for marks in itertools.product(SYMBOL, repeat=n):
            for w, seats in itertools.product(WRITEINS, range(1, 4)):
                for k in range(len(FLAGS) + 1):
                    for flags in itertools.combinations(FLAGS, k):
                        yield "".join(marks), w, seats, flags


def _agrees(case) -> bool:
    from tallykit.ballots import REASON_RULES, Layout, classify
    from tallykit.profiles import BUILTIN
    from tallykit.results import BallotRecord
    from tallykit.specs._seating import PY

    marks, w, seats, flags = case
    printed = tuple("甲乙丙丁"[: len(marks)])
    layout = Layout(positions=(("委员", seats),), printed={"委员": printed})
    record = BallotRecord(1, {"委员": marks}, {"委员": WRITEINS[w]} if WRITEINS[w] else {}, flags)
    verdict = classify(record, layout, BUILTIN["party-2020"])
    lines = [SYMBOL[s] for s in marks]
    invalid, partly, valid, blank, approvals = judge(
        lines, w, [f in flags for f in FLAGS], seats, rules.over_quota, PY
    )
    want = "invalid" if invalid else "partly_valid" if partly else "valid"
    given = sum(len(v) for v in verdict.approvals.values())
    return (
        verdict.status == want
        and verdict.reason in REASON_RULES
        and (verdict.reason == "blank") == (blank and valid)
        and (verdict.status == "invalid" or given <= seats)
    )


def check(broken: bool = False) -> Outcome:
    if broken:
        return _proof(True)
    return first(
        x() for x in (lambda: _proof(False), lambda: differential(_cases(), _agrees, "classify"))
    )


PROPERTY = Property(
    "classification",
    summary(__doc__),
    (
        "P-VALID-1",
        "P-VALID-2",
        "P-VALID-3",
        "P-VALID-4",
        "P-MARK-1",
        "V-BALLOT-OVERVOTE-1",
        "V-BALLOT-BLANK-1",
    ),
    "z3: 1..6 lines, one write-in, 1..6 seats, 3 flags; classify(): 0..4 lines x 4 symbols, 4 write-in "
    "cases, seats 1..3, 8 flag sets (party-2020)",
    check,
)
