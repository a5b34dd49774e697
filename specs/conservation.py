"""Nothing is lost or doubled: every returned ballot lands in exactly one class, and a counted
ballot adds at most ``seats`` approvals to a position and never two to one person.

Rules: P-BALLOT-2, P-VALID-1, P-VALID-4, V-BALLOT-OVERVOTE-1, V-SAME-PERSON-1. Bounds, party:
z3 over 1..5 ballots of 1..4 candidates, seats 1..3, any flags; differential: ``ballots.recount``
under party-2020 on every multiset of 1..3 of 12 ballot patterns (3 printed, 2 seats, write-ins,
flags), each pattern weighted 1 or 3. Villagers: z3 over 1..3 ballots of 主任 + 委员 with 1..3
people each markable on both posts, seats 1..2 per post, any flag, both same-person readings
and both over-vote scopes (no person gets two votes from one ballot across posts either);
differential: ``recount`` under villager-2018, residents-2018 and villager-2018 with ballot
scope, ``void_person``, and both, on every multiset of 1..3 of 10 villager patterns (weights 1
or 3 up to two patterns). Broken variant: the approvals of invalid ballots (or void sections)
tallied.
"""

import itertools

import z3

from tallykit import rules
from tallykit.specs._harness import (
    Outcome,
    Property,
    first,
    party_and_villager,
    refute,
    summary,
)


def _proof(broken: bool) -> Outcome:
    def one(b, n, seats):
        x = [[z3.Bool(f"x{i}_{j}") for j in range(n)] for i in range(b)]
        flag = [z3.Bool(f"flag{i}") for i in range(b)]
        chosen = [z3.Sum([z3.If(v, 1, 0) for v in row]) for row in x]
        invalid = [z3.Or(flag[i], rules.over_quota(chosen[i], seats)) for i in range(b)]
        counted = z3.Sum([z3.If(inv, 0, 1) for inv in invalid])
        n_invalid = z3.Sum([z3.If(inv, 1, 0) for inv in invalid])
        adds = (
            (lambda i, j: x[i][j]) if broken else (lambda i, j: z3.And(z3.Not(invalid[i]), x[i][j]))
        )
        tally = [z3.Sum([z3.If(adds(i, j), 1, 0) for i in range(b)]) for j in range(n)]
        claim = z3.And(
            counted + n_invalid == b,
            z3.Sum(tally) <= seats * counted,
            *[t <= counted for t in tally],
        )
        return refute(
            [z3.Not(claim)],
            lambda m: Outcome(
                "counterexample", f"{b} ballots, {n} candidates, " f"{seats} seats: {m}"
            ),
        )

    return first(one(b, n, s) for b in range(1, 6) for n in range(1, 5) for s in range(1, 4))


PATTERNS = (
    ("○○ ", (), ()),
    ("○○○", (), ()),
    ("   ", (), ()),
    ("×××", (), ()),
    ("○?×", (), ()),
    ("???", (), ()),
    ("○× ", (("王五", "○"),), ()),
    ("○○×", (("王五", "○"),), ()),
    ("×× ", (("王五", "○"), ("赵六", "○")), ()),
    ("○  ", (("甲", "○"),), ()),
    ("○○ ", (), ("identifying_mark",)),
    ("○  ", (), ("torn",)),
)


def _agrees(case) -> bool:
    from tallykit.counting.ballots import Layout, classify, recount
    from tallykit.profiles import BUILTIN
    from tallykit.results import BallotRecord

    profile, seats = BUILTIN["party-2020"], 2
    layout = Layout(positions=(("委员", seats),), printed={"委员": ("甲", "乙", "丙")})
    records = [
        BallotRecord(w, {"委员": m}, {"委员": wi} if wi else {}, f) for (m, wi, f), w in case
    ]
    rec = recount(records, layout, profile)
    returned = sum(r.count for r in records)
    for r in records:
        votes = classify(r, layout, profile).approvals.get("委员", ())
        if len(votes) > seats or len(set(votes)) != len(votes):
            return False
    tally = rec.tally["委员"]
    return (
        rec.valid + rec.partly_valid + rec.invalid == returned == rec.returned
        and sum(c.count for c in rec.classes) == returned
        and len({(c.status, c.reason) for c in rec.classes}) == len(rec.classes)
        and sum(tally.values()) <= seats * rec.counted
        and all(v <= rec.counted for v in tally.values())
    )


def _cases():
    for k in range(1, 4):
        for combo in itertools.combinations_with_replacement(PATTERNS, k):
            for weights in itertools.product((1, 3), repeat=k):
                yield tuple(zip(combo, weights))


# ---------------------------------------------------------------- villager ballots


def _villager_proof(broken: bool) -> Outcome:
    from tallykit.specs._seating import Z3
    from tallykit.specs._villager import SAME_PERSON, SCOPES, judge

    def one(b, n, same_person, scope):
        marks = [[[z3.Bool(f"m{i}_{j}_{x}") for x in range(n)] for j in range(2)] for i in range(b)]
        flags = [z3.Bool(f"flag{i}") for i in range(b)]
        seats = [z3.Int("seats_主任"), z3.Int("seats_委员")]
        judged = [judge(marks[i], seats, same_person, scope, flags[i], Z3) for i in range(b)]
        given = (lambda jd, j, x: jd.kept[j][x]) if broken else (lambda jd, j, x: jd.votes[j][x])
        counted = z3.Sum([z3.If(jd.invalid, 0, 1) for jd in judged])
        n_invalid = z3.Sum([z3.If(jd.invalid, 1, 0) for jd in judged])
        tally = [
            [z3.Sum([z3.If(given(jd, j, x), 1, 0) for jd in judged]) for x in range(n)]
            for j in range(2)
        ]
        claim = z3.And(
            counted + n_invalid == b,
            *[z3.Sum(tally[j]) <= seats[j] * counted for j in range(2)],
            *[tally[0][x] + tally[1][x] <= counted for x in range(n)],
        )
        bounds = [z3.And(s >= 1, s <= 2) for s in seats]
        return refute(
            bounds + [z3.Not(claim)],
            lambda m: Outcome(
                "counterexample", f"villager {same_person}/{scope}, {b} ballots: {m}"
            ),
        )

    return first(
        one(b, n, sp, sc)
        for sp in SAME_PERSON
        for sc in SCOPES
        for b in range(1, 4)
        for n in range(1, 4)
    )


V_LAYOUT = (("主任", 1), ("委员", 2))
V_PRINTED = {"主任": ("甲", "乙"), "委员": ("甲", "丙", "丁")}
V_PATTERNS = (
    ({"主任": "○ ", "委员": "○○ "}, (), ()),  # 甲 on both posts
    ({"主任": " ○", "委员": "○○ "}, (("乙", "○"),), ()),  # 乙 written in as 委员 too
    ({"主任": "○○", "委员": " ○ "}, (), ()),  # over-voted 主任
    ({"主任": "  ", "委员": "○○○"}, (), ()),  # over-voted 委员
    ({"主任": "○○", "委员": "○○○"}, (), ()),  # both over-voted
    ({"主任": "  ", "委员": "   "}, (), ()),  # blank
    ({"主任": "?○", "委员": "?? "}, (), ()),
    ({"主任": "??", "委员": "???"}, (), ()),  # wholly unreadable
    ({"主任": "○ ", "委员": " ○ "}, (("戊", "○"),), ()),
    ({"主任": " ○", "委员": "○  "}, (), ("identifying_mark",)),
)
V_PROFILES = (
    ("villager-2018", {}),
    ("residents-2018", {}),
    ("villager-2018", {"overvote_scope": "ballot"}),
    ("villager-2018", {"same_person_multi_post": "void_person"}),
    ("villager-2018", {"overvote_scope": "ballot", "same_person_multi_post": "void_person"}),
)


def _villager_agrees(case) -> bool:
    from tallykit.counting.ballots import Layout, classify, recount
    from tallykit.results import BallotRecord
    from tallykit.specs._villager import profile_of

    k, combo = case
    base, values = V_PROFILES[k]
    profile = profile_of(base, **values)
    layout = Layout(positions=V_LAYOUT, printed=V_PRINTED)
    records = [BallotRecord(w, m, {"委员": wi} if wi else {}, f) for (m, wi, f), w in combo]
    rec = recount(records, layout, profile)
    returned = sum(r.count for r in records)
    for r in records:
        verdict = classify(r, layout, profile)
        everyone = [n for names in verdict.approvals.values() for n in names]
        if len(set(everyone)) != len(everyone):  # one person twice on one ballot
            return False
        if any(len(verdict.approvals.get(p, ())) > s for p, s in V_LAYOUT):
            return False
    people = {n for t in rec.tally.values() for n in t}
    return (
        rec.valid + rec.partly_valid + rec.invalid == returned == rec.returned
        and sum(c.count for c in rec.classes) == returned
        and len({(c.status, c.reason) for c in rec.classes}) == len(rec.classes)
        and all(sum(rec.tally[p].values()) <= s * rec.counted for p, s in V_LAYOUT)
        and all(sum(rec.tally[p].get(n, 0) for p, _ in V_LAYOUT) <= rec.counted for n in people)
    )


def _villager_cases():
    for k in range(len(V_PROFILES)):
        for size in range(1, 4):
            for combo in itertools.combinations_with_replacement(V_PATTERNS, size):
                for weights in itertools.product((1, 3) if size < 3 else (1,), repeat=size):
                    yield k, tuple(zip(combo, weights))


def check(broken: bool = False) -> Outcome:
    return party_and_villager(
        broken,
        (_proof, _villager_proof),
        ((_cases, _agrees), (_villager_cases, _villager_agrees)),
        "recount",
    )


PROPERTY = Property(
    "conservation",
    summary(__doc__),
    ("P-BALLOT-2", "P-VALID-1", "P-VALID-4", "V-BALLOT-OVERVOTE-1", "V-SAME-PERSON-1"),
    "party z3: 1..5 ballots, 1..4 candidates, seats 1..3; recount(): multisets of 1..3 of 12 "
    "patterns, weights 1/3; villager z3: 1..3 ballots, 主任 + 委员, 1..3 people, seats 1..2, 2 "
    "same-person readings x 2 scopes; recount(): multisets of 1..3 of 10 patterns under 5 "
    "villager/residents profiles",
    check,
)
