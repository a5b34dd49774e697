"""Ballot judgement is total and exclusive, and exact: a ballot is invalid exactly when it is
flagged, chooses more people than seats (per the profile's over-vote scope), or is wholly
unreadable; a blank ballot is valid.

Rules: P-VALID-1, P-VALID-2, P-VALID-3, P-VALID-4, P-MARK-1, V-BALLOT-OVERVOTE-1,
V-BALLOT-BLANK-1, V-BALLOT-ILLEGIBLE-1, V-SAME-PERSON-1. Bounds, party: z3 over one position of
1..6 printed lines (approve / disapprove / abstain / unreadable each), one write-in (none /
approved / disapproved / unmarked / unreadable), 1..6 seats and the three flags; differential:
``ballots.classify`` under party-2020 on every mark string of 0..4 lines over ``○ × ␠ ?``, each
write-in case, seats 1..3 and every flag set (whole-ballot scope): the class, the reason, who
gets a vote (an approved write-in only beside a disapproval, P-VALID-5) and what is noted of the
write-in; and every such mark string beside one printed name fewer or more, which ``classify``
refuses (FMT-MARKS). Villagers: z3 over a 主任 +
委员 ballot (甲乙 / 甲丙丁, 甲 on both; seats 1..3 each; every mark; no write-in, 乙 written in
as 委员 or a new person; flagged or not) under both same-person readings and both over-vote
scopes; differential: ``classify`` under villager-2018, residents-2018 and villager-2018 with
ballot scope, with ``void_person``, and with both, on every such ballot (主任 ``○ × ␠ ?``,
委员 ``○ ␠ ?``, seats 1 and 2; flagged only without a write-in). Broken variant: over-quota
tested with ``chosen >= seats`` (refuted for party and villager ballots both).
"""

import functools
import itertools

import z3

from tallykit import parameters as P
from tallykit import rules
from tallykit.specs._harness import (
    Outcome,
    Property,
    first,
    party_and_villager,
    refute,
    summary,
)

APPROVE, DISAPPROVE, ABSTAIN, UNREADABLE = 0, 1, 2, 3
NO_WRITEIN = 4
FLAGS = ("identifying_mark", "unreadable", "torn")


def judge(lines, writein, flags, seats, over_quota, ops):
    """The rule as a relation: (invalid, partly_valid, valid, blank) over ints or z3 terms."""
    n_lines = len(lines)
    approvals = sum(ops.If(m == APPROVE, 1, 0) for m in lines) + ops.If(writein == APPROVE, 1, 0)
    unreadable_any = ops.Or(writein == UNREADABLE, *[m == UNREADABLE for m in lines])
    readable_any = ops.Or(
        ops.And(writein != NO_WRITEIN, writein != UNREADABLE), *[m != UNREADABLE for m in lines]
    )
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
        wholly_unreadable = z3.And(
            z3.Or(w == NO_WRITEIN, w == UNREADABLE), *[m == UNREADABLE for m in lines]
        )
        exact = invalid == z3.Or(z3.Or(flags), approvals > seats, wholly_unreadable)
        claim = z3.And(
            one_class, z3.Implies(approvals > seats, invalid), z3.Implies(blank, valid), exact
        )
        bounds = [seats >= 1, seats <= 6, w >= 0, w <= NO_WRITEIN]
        bounds += [z3.And(m >= 0, m <= UNREADABLE) for m in lines]
        return refute(bounds + [z3.Not(claim)], lambda m: Outcome("counterexample", str(m)))

    return first(one(n) for n in range(1, 7))


SYMBOL = {"○": APPROVE, "×": DISAPPROVE, " ": ABSTAIN, "?": UNREADABLE}
WRITEINS = {
    NO_WRITEIN: (),
    APPROVE: (("王五", "○"),),
    DISAPPROVE: (("王五", "×"),),
    ABSTAIN: (("王五", " "),),
    UNREADABLE: (("王五", "?"),),
}
# What the count notes of the one write-in (P-VALID-5: under party-2020 an approved write-in
# needs a disapproval on the ballot; P-MARK-1; P-VALID-4).
WRITEIN_NOTES = {
    DISAPPROVE: "writein_disapproved",
    ABSTAIN: "writein_without_mark",
    UNREADABLE: "writein_unreadable",
}


def _cases():
    for n in range(0, 5):
        for marks in itertools.product(SYMBOL, repeat=n):
            for w, seats in itertools.product(WRITEINS, range(1, 4)):
                for k in range(len(FLAGS) + 1):
                    for flags in itertools.combinations(FLAGS, k):
                        yield "".join(marks), w, seats, flags, 0
            for short in (-1, 1):  # one printed name fewer or more than the line has symbols
                if n + short >= 0:
                    yield "".join(marks), NO_WRITEIN, 1, (), short


def _agrees(case) -> bool:
    from tallykit.counting.ballots import REASON_RULES, Layout, classify
    from tallykit.errors import InputError
    from tallykit.profiles import BUILTIN
    from tallykit.results import BallotRecord
    from tallykit.specs._seating import PY

    marks, w, seats, flags, short = case
    printed = tuple("甲乙丙丁戊"[: len(marks) + short])
    layout = Layout(positions=(("委员", seats),), printed={"委员": printed})
    record = BallotRecord(1, {"委员": marks}, {"委员": WRITEINS[w]} if WRITEINS[w] else {}, flags)
    if short:  # FMT-MARKS: a line has one symbol per printed name, or it is refused
        try:
            classify(record, layout, BUILTIN["party-2020"])
        except InputError as err:
            return err.rule == "FMT-MARKS" and err.path == "/marks/委员"
        return False
    verdict = classify(record, layout, BUILTIN["party-2020"])
    lines = [SYMBOL[s] for s in marks]
    invalid, partly, valid, blank, approvals = judge(
        lines, w, [f in flags for f in FLAGS], seats, rules.over_quota, PY
    )
    want = "invalid" if invalid else "partly_valid" if partly else "valid"
    given = sum(len(v) for v in verdict.approvals.values())
    counted = w == APPROVE and DISAPPROVE in lines  # P-VALID-5: the write-in needs a disapproval
    names = {n for n, m in zip(printed, lines) if m == APPROVE} | ({"王五"} if counted else set())
    note = WRITEIN_NOTES.get(w) or ("writein_without_disapproval" if w == APPROVE and not counted else None)
    notes = {x.code for x in verdict.notes if x.name == "王五"}
    return (
        verdict.status == want
        and verdict.reason in REASON_RULES
        and (verdict.reason == "blank") == (blank and valid)
        and (verdict.status == "invalid" or given <= seats)
        and (invalid or set(verdict.approvals.get("委员", ())) == names)
        and (invalid or notes == ({note} if note else set()))
    )


# ---------------------------------------------------------------- villager ballots

V_SEATS = (("主任", 1), ("委员", 2))
V_PRINTED = {"主任": ("甲", "乙"), "委员": ("甲", "丙", "丁")}
V_PEOPLE = ("甲", "乙", "丙", "丁", "戊")
V_WRITEINS = (None, "乙", "戊")  # none; a person printed on the higher post; a new person
V_PROFILES = (
    ("villager-2018", {}),
    ("residents-2018", {}),
    ("villager-2018", {"overvote_scope": "ballot"}),
    ("villager-2018", {"same_person_multi_post": "void_person"}),
    ("villager-2018", {"overvote_scope": "ballot", "same_person_multi_post": "void_person"}),
)


def judge_villager(lines, writein, flagged, seats, same_person, scope, ops, over=rules.over_quota):
    """A 主任 + 委员 ballot as a relation: ``lines[post]`` are mark codes, ``writein`` an index
    into ``V_WRITEINS`` (an approved write-in on 委员). Returns (invalid, partly, valid, blank,
    votes[post][person])."""
    from tallykit.specs._villager import judge

    marks = []
    for j, (post, _) in enumerate(V_SEATS):
        row = []
        for person in V_PEOPLE:
            chosen = [m == APPROVE for m, who in zip(lines[j], V_PRINTED[post]) if who == person]
            if post == "委员" and person not in V_PRINTED[post]:
                chosen.append(
                    writein == V_WRITEINS.index(person) if person in V_WRITEINS else False
                )
            row.append(ops.Or(*chosen) if chosen else False)
        marks.append(row)
    jd = judge(marks, seats, same_person, scope, flagged, ops, over_quota=over)
    all_lines = [m for row in lines for m in row]
    unreadable_any = ops.Or(*[m == UNREADABLE for m in all_lines])
    readable_any = ops.Or(writein != 0, *[m != UNREADABLE for m in all_lines])
    invalid = ops.Or(jd.invalid, ops.And(unreadable_any, ops.Not(readable_any)))
    partly = ops.And(ops.Not(invalid), ops.Or(unreadable_any, *jd.voided))
    valid = ops.And(ops.Not(invalid), ops.Not(partly))
    blank = ops.And(ops.Not(flagged), writein == 0, *[m == ABSTAIN for m in all_lines])
    votes = [[ops.And(v, ops.Not(invalid)) for v in row] for row in jd.votes]
    return invalid, partly, valid, blank, votes


def _villager_proof(broken: bool) -> Outcome:
    from tallykit.specs._seating import Z3
    from tallykit.specs._villager import SAME_PERSON, SCOPES

    over = (lambda c, s: c >= s) if broken else rules.over_quota

    def one(same_person, scope):
        lines = [
            [z3.Int(f"m_{post}_{i}") for i in range(len(V_PRINTED[post]))] for post, _ in V_SEATS
        ]
        w, flagged = z3.Int("w"), z3.Bool("flagged")
        seats = [z3.Int(f"seats_{post}") for post, _ in V_SEATS]
        invalid, partly, valid, blank, votes = judge_villager(
            lines, w, flagged, seats, same_person, scope, Z3, over
        )
        sections = [sum(z3.If(v, 1, 0) for v in row) for row in votes]
        chosen = [
            z3.Sum([z3.If(m == APPROVE, 1, 0) for m in lines[0]]),  # 主任 has no write-in here
            z3.Sum([z3.If(m == APPROVE, 1, 0) for m in lines[1]]) + z3.If(w != 0, 1, 0),
        ]
        per_person = [z3.Sum([z3.If(row[x], 1, 0) for row in votes]) for x in range(len(V_PEOPLE))]
        wholly_unreadable = z3.And(w == 0, *[m == UNREADABLE for row in lines for m in row])
        if scope == "ballot":
            over_rule = z3.Or([c > s for c, s in zip(chosen, seats)])
        else:
            over_rule = z3.And([c > s for c, s in zip(chosen, seats)])
        # the same person twice can only lower ``chosen``: the exact statement is over kept marks
        claim = z3.And(
            z3.Sum([z3.If(c, 1, 0) for c in (invalid, partly, valid)]) == 1,
            z3.Implies(blank, valid),
            z3.Implies(z3.Or(flagged, wholly_unreadable), invalid),
            z3.Implies(invalid, z3.Or(flagged, wholly_unreadable, over_rule)),
            *[sec <= s for sec, s in zip(sections, seats)],
            *[p <= 1 for p in per_person],
        )
        bounds = [z3.And(s >= 1, s <= 3) for s in seats] + [w >= 0, w < len(V_WRITEINS)]
        bounds += [z3.And(m >= 0, m <= UNREADABLE) for row in lines for m in row]
        return refute(
            bounds + [z3.Not(claim)],
            lambda m: Outcome("counterexample", f"villager {same_person}/{scope}: {m}"),
        )

    return first(one(sp, sc) for sp in SAME_PERSON for sc in SCOPES)


V_SYMBOLS = {"主任": "○× ?", "委员": "○ ?"}


def _villager_cases():
    strings = {
        post: ["".join(x) for x in itertools.product(V_SYMBOLS[post], repeat=len(V_PRINTED[post]))]
        for post, _ in V_SEATS
    }
    for k in range(len(V_PROFILES)):
        for a, b in itertools.product(strings["主任"], strings["委员"]):
            for w in range(len(V_WRITEINS)):
                yield k, a, b, w, False
            yield k, a, b, 0, True


@functools.cache
def _villager_rule(a, b, w, flagged, same_person, scope):
    """The relation on ints, once per ballot and reading (two profiles share a reading)."""
    from tallykit.specs._seating import PY

    lines = [[SYMBOL[x] for x in a], [SYMBOL[x] for x in b]]
    seats = [s for _, s in V_SEATS]
    return judge_villager(lines, w, flagged, seats, same_person, scope, PY)


def _villager_agrees(case) -> bool:
    from tallykit.counting.ballots import REASON_RULES, Layout, classify
    from tallykit.results import BallotRecord
    from tallykit.specs._villager import profile_of

    k, a, b, w, flagged = case
    base, values = V_PROFILES[k]
    profile = profile_of(base, **values)
    layout = Layout(positions=V_SEATS, printed=V_PRINTED)
    write_ins = {"委员": ((V_WRITEINS[w], "○"),)} if w else {}
    record = BallotRecord(
        1, {"主任": a, "委员": b}, write_ins, ("identifying_mark",) if flagged else ()
    )
    verdict = classify(record, layout, profile)
    invalid, partly, valid, blank, votes = _villager_rule(
        a, b, w, flagged, profile[P.SAME_PERSON_MULTI_POST], profile[P.OVERVOTE_SCOPE]
    )
    want = "invalid" if invalid else "partly_valid" if partly else "valid"
    given = {post: set(verdict.approvals.get(post, ())) for post, _ in V_SEATS}
    expect = {
        post: {x for x, v in zip(V_PEOPLE, votes[j]) if v} for j, (post, _) in enumerate(V_SEATS)
    }
    return (
        verdict.status == want
        and verdict.reason in REASON_RULES
        and (verdict.reason == "blank") == (blank and valid)
        and given == expect
    )


def check(broken: bool = False) -> Outcome:
    return party_and_villager(
        broken,
        (_proof, _villager_proof),
        ((_cases, _agrees), (_villager_cases, _villager_agrees)),
        "classify",
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
        "V-BALLOT-ILLEGIBLE-1",
        "V-SAME-PERSON-1",
    ),
    "party z3: 1..6 lines, one write-in, 1..6 seats, 3 flags; classify(): 0..4 lines x 4 symbols, "
    "5 write-in cases (who gets a vote, the write-in's note), seats 1..3, 8 flag sets (party-2020), "
    "each mark string beside one name fewer or more (FMT-MARKS); villager z3: 主任 2 + 委员 3 lines, "
    "seats 1..3, 3 write-in cases, flag, 2 same-person readings x 2 scopes; classify(): 432 mark "
    "strings x (3 write-ins + flagged) under 5 villager/residents profiles",
    check,
)
