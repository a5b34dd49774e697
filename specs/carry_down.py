"""上票下加 never gives one ballot two votes for one person: with the higher posts' votes carried
down, each ballot adds at most one to a person's count on any post.

Rules: V-POS-2, V-SAME-PERSON-1, V-BALLOT-OVERVOTE-1, V-POS-1. Bounds: z3 over 1..2 ballots of
2..3 posts (主任, 副主任, 委员) and 1..3 people each markable on every post (printed or written
in), seats 1..3 per post, any flag, for each same-person reading (highest only / void the person)
and each over-vote scope (section / ballot), with the shipping ``villager.carried_counts``
evaluated on the z3 tallies; differential: ``ballots.classify`` under the same four readings on
every ballot of a 3-post layout (主任 1 of 甲乙, 副主任 1 of 乙丙, 委员 2 of 甲丙丁, marks ○/␠,
four 委员 write-ins, flagged or not) against the relation, and ``count`` with carry-down
mandatory and optional on every set of 1..3 of 10 ballot patterns (weights 1/2 for up to two): every
carried count is at most the ballots counted, and under ``mandatory`` it is exactly the
person's votes on this and the higher posts. Broken variant: carry-down without V-SAME-PERSON-1.
"""

from __future__ import annotations

import itertools

import z3

from tallykit.counting import villager
from tallykit.specs._harness import (
    Outcome,
    Property,
    differential,
    first,
    proof_and_tests,
    refute,
    summary,
    value,
)
from tallykit.specs._seating import PY, Z3
from tallykit.specs._villager import (
    POSTS,
    SAME_PERSON,
    SCOPES,
    judge,
    people,
    profile_of,
    profile_ref,
    villager_results,
    villager_round,
)

READINGS = tuple(itertools.product(SAME_PERSON, SCOPES))


def _carried(tallies):
    """Each post's count with the higher posts carried down, by the shipping function."""
    return [villager.carried_counts(tallies[k], tallies[:k]) for k in range(len(tallies))]


def _one(b, posts, n, same_person, scope, broken):
    names = people(n)
    marks = [[[z3.Bool(f"m{i}_{j}_{x}") for x in range(n)] for j in range(posts)] for i in range(b)]
    flags = [z3.Bool(f"flag{i}") for i in range(b)]
    seats = [z3.Int(f"seats{j}") for j in range(posts)]
    judged = [
        judge(marks[i], seats, same_person, scope, flags[i], Z3, dedupe=not broken)
        for i in range(b)
    ]
    ballot_tallies = [
        [{names[x]: z3.If(jd.votes[j][x], 1, 0) for x in range(n)} for j in range(posts)]
        for jd in judged
    ]
    tallies = [
        {names[x]: z3.Sum([z3.If(jd.votes[j][x], 1, 0) for jd in judged]) for x in range(n)}
        for j in range(posts)
    ]
    counted = z3.Sum([z3.If(jd.invalid, 0, 1) for jd in judged])
    bad = [c[x] > counted for c in _carried(tallies) for x in names]
    bad += [c[x] > 1 for per in ballot_tallies for c in _carried(per) for x in names]
    bounds = [z3.And(s >= 1, s <= 3) for s in seats]

    def render(model):
        mk = [
            [[z3.is_true(model.eval(v, model_completion=True)) for v in row] for row in ballot]
            for ballot in marks
        ]
        fl = [z3.is_true(model.eval(f, model_completion=True)) for f in flags]
        st = [value(model, s) for s in seats]
        detail = f"{same_person}/{scope}, seats={st}, ballots=" + "; ".join(
            ",".join(
                POSTS[j] + ":" + "".join(names[x] for x in range(n) if mk[i][j][x])
                for j in range(posts)
            )
            + (" flagged" if fl[i] else "")
            for i in range(b)
        )
        replay = carry_replay(
            mk, fl, st, names, same_person, scope, note=f"two votes from one ballot: {detail}"
        )
        return Outcome("counterexample", detail, replay)

    return refute(bounds + [z3.Or(bad)], render)


def carry_replay(marks, flags, seats, names, same_person, scope, *, note=""):
    """The ballots as a villagers' results file counted with 上票下加 mandatory."""
    posts = POSTS[: len(seats)]
    records = [
        {
            "count": 1,
            "marks": {
                p: "".join("○" if m else " " for m in marks[i][j]) for j, p in enumerate(posts)
            },
            "flags": ["identifying_mark"] if flags[i] else [],
        }
        for i in range(len(marks))
    ]
    rnd = villager_round(
        "formal",
        dict(zip(posts, seats)),
        {p: names for p in posts},
        returned=len(marks),
        records=records,
    )
    ref = profile_ref(
        carry_down="mandatory", same_person_multi_post=same_person, overvote_scope=scope
    )
    return villager_results([rnd], registered=len(marks), profile=ref, note=note)


def _proof(broken):
    return first(
        _one(b, posts, n, sp, scope, broken)
        for sp, scope in READINGS
        for posts in (2, 3)
        for n in (1, 2, 3)
        for b in (1, 2)
    )


LAYOUT_SEATS = (("主任", 1), ("副主任", 1), ("委员", 2))
PRINTED = {"主任": ("甲", "乙"), "副主任": ("乙", "丙"), "委员": ("甲", "丙", "丁")}
PEOPLE = ("甲", "乙", "丙", "丁", "戊")
WRITEINS = ((), (("乙", "○"),), (("戊", "○"),), (("甲", "○"),))


def _marks_of(record):
    """The relation's input: who the ballot chooses per post (a write-in of a printed name adds
    nothing, P-VALID-5)."""
    out = []
    for post, _ in LAYOUT_SEATS:
        chosen = {n for n, s in zip(PRINTED[post], record.marks[post]) if s == "○"}
        chosen |= {
            n for n, s in record.write_ins.get(post, ()) if s == "○" and n not in PRINTED[post]
        }
        out.append([x in chosen for x in PEOPLE])
    return out


def _classify_cases():
    from tallykit.results import BallotRecord

    strings = {
        post: ["".join(s) for s in itertools.product("○ ", repeat=len(PRINTED[post]))]
        for post in PRINTED
    }
    for reading in READINGS:
        for a, b, c in itertools.product(strings["主任"], strings["副主任"], strings["委员"]):
            for w, flag in itertools.product(WRITEINS, (False, True)):
                record = BallotRecord(
                    1,
                    {"主任": a, "副主任": b, "委员": c},
                    {"委员": w} if w else {},
                    ("identifying_mark",) if flag else (),
                )
                yield reading, record


def _classify_agrees(case):
    from tallykit.counting.ballots import INVALID, PARTLY_VALID, Layout, classify

    (same_person, scope), record = case
    layout = Layout(positions=LAYOUT_SEATS, printed=PRINTED)
    profile = profile_of(
        "villager-2018", same_person_multi_post=same_person, overvote_scope=scope, carry_down="off"
    )
    verdict = classify(record, layout, profile)
    flagged = bool(record.flags)
    jd = judge(_marks_of(record), [s for _, s in LAYOUT_SEATS], same_person, scope, flagged, PY)
    votes = {
        post: {x for x, v in zip(PEOPLE, jd.votes[j]) if v}
        for j, (post, _) in enumerate(LAYOUT_SEATS)
    }
    given = {post: set(verdict.approvals.get(post, ())) for post, _ in LAYOUT_SEATS}
    return (
        (verdict.status == INVALID) == jd.invalid
        and (verdict.status == PARTLY_VALID) == (not jd.invalid and any(jd.voided))
        and given == votes
        and all(len(set(v)) == len(v) for v in verdict.approvals.values())
    )


PATTERNS = (
    {"主任": "○ ", "副主任": "  ", "委员": "○  "},  # 甲 on 主任 and 委员
    {"主任": " ○", "副主任": "○ ", "委员": "   "},  # 乙 on 主任 and 副主任
    {"主任": "○ ", "副主任": " ○", "委员": "○○ "},  # 甲 twice, 丙 twice
    {"主任": " ○", "副主任": " ○", "委员": " ○○"},  # 丙 on 副主任 and 委员
    {"主任": "○○", "副主任": "○ ", "委员": "○○○"},  # over-voted 主任 and 委员
    {"主任": "  ", "副主任": "  ", "委员": "○○○"},  # over-voted 委员 alone
    {"主任": "○ ", "副主任": "○ ", "委员": "  ○"},
    {"主任": "  ", "副主任": "  ", "委员": "   "},  # blank
    {"主任": " ○", "副主任": "  ", "委员": "   ", "w": (("乙", "○"),)},  # 乙 written in as 委员
    {"主任": "○ ", "副主任": "  ", "委员": "○  ", "flag": True},
)


def _count_cases():
    for carry in ("mandatory", "optional"):
        for reading in READINGS:
            for k in (1, 2, 3):
                for combo in itertools.combinations(range(len(PATTERNS)), k):
                    for weights in itertools.product((1, 2) if k < 3 else (1,), repeat=k):
                        yield carry, reading, tuple(zip(combo, weights))


def _count_file(carry, reading, combo):
    records = []
    for i, w in combo:
        p = PATTERNS[i]
        rec = {"count": w, "marks": {post: p[post] for post, _ in LAYOUT_SEATS}}
        if "w" in p:
            rec["write_ins"] = {"委员": [list(x) for x in p["w"]]}
        if p.get("flag"):
            rec["flags"] = ["identifying_mark"]
        records.append(rec)
    returned = sum(w for _, w in combo)
    rnd = villager_round("formal", dict(LAYOUT_SEATS), PRINTED, returned=returned, records=records)
    ref = profile_ref(
        carry_down=carry, same_person_multi_post=reading[0], overvote_scope=reading[1]
    )
    return villager_results([rnd], registered=returned, profile=ref)


def _count_agrees(case) -> bool:
    from tallykit.counting.rounds import count
    from tallykit.results import parse_results

    carry, reading, combo = case
    out = count(parse_results(_count_file(carry, reading, combo))).rounds[0]
    rec = out.recount
    if out.result == "void":
        return False
    for k, s in enumerate(out.seating):
        for name, votes in s.ranking:
            own_and_higher = sum(rec.tally[post].get(name, 0) for post, _ in LAYOUT_SEATS[: k + 1])
            if votes > rec.counted or (carry == "mandatory" and votes != own_and_higher):
                return False
    return True


def check(broken: bool = False) -> Outcome:
    return proof_and_tests(
        broken,
        _proof,
        lambda: differential(_classify_cases(), _classify_agrees, "classify (villager)"),
        lambda: differential(_count_cases(), _count_agrees, "count with carry-down"),
    )


PROPERTY = Property(
    "carry_down",
    summary(__doc__),
    ("V-POS-2", "V-SAME-PERSON-1", "V-BALLOT-OVERVOTE-1", "V-POS-1"),
    "z3: 1..2 ballots, 2..3 posts, 1..3 people, seats 1..3, 2 same-person readings x 2 scopes; "
    "classify(): 3-post layout, 1024 ballots x 4 readings; count(): sets of 1..3 of 10 patterns "
    "(weights 1/2 for up to two), carry mandatory/optional x 4 readings (2560 counts)",
    check,
)
