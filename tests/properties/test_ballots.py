"""One ballot and one recount against the oracles of oracle.py: the properties both families
share are stated once and drawn for each (``FAMILIES``), with pinned boundary ballots; then each
family's own properties; then the exhaustive decks, every small ballot judged twice.

``classify`` and ``recount`` must agree with the oracle on every drawn ballot (class, reason
where the oracle names one, votes per post); a recount conserves every record, gives no ballot
more than its seats, and does not depend on the order of the records.
"""

from __future__ import annotations

import itertools
from collections import Counter
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tallykit.counting.ballots import ClassCount, Layout, Recount, classify, recount
from tallykit.parameters import PARAMETERS
from tallykit.profiles import BUILTIN, Profile, extend_profile
from tallykit.results import BallotRecord
from tests.properties.oracle import LAYOUT, SYMBOLS, Judgement, judge
from tests.properties.strategies import (
    FAMILIES,
    POSITION,
    SAME,
    SCOPES,
    VILLAGER_LAYOUT,
    WRITEIN_NAMES,
    ballot_cases,
    party_layout,
    rec,
    recount_cases,
    villager_decks,
    villager_marks,
    villager_profile,
    villager_records,
)

P2020 = BUILTIN["party-2020"]
TWO = ("丁一", "王二")
THREE = ("丁一", "王二", "刘三")


def core(record: BallotRecord, layout: Layout, profile: Profile) -> Judgement:
    """tallykit's judgement in the oracle's shape (the reason where the oracle names one)."""
    verdict = classify(record, layout, profile)
    reason = verdict.reason if profile.family == "party" else ""
    votes = {post: tuple(names) for post, names in verdict.approvals.items() if names}
    return Judgement(verdict.status, reason, votes)


# ---------------------------------------------------------------- both families: one ballot


@pytest.mark.parametrize("family", FAMILIES)
@given(data=st.data())
def test_classify_agrees_with_the_oracle(family, data):
    """Every ballot gets the oracle's class, reason and votes, in ballot order."""
    layout, record, profile = data.draw(ballot_cases(family))

    assert core(record, layout, profile) == judge(record, layout, profile)


PINNED_BALLOTS = [
    # Over the quota counts approved write-ins too (P-VALID-1): 2 printed + 1 written > 2 seats.
    pytest.param(TWO, 2, rec("○○", ("钱甲", "○")), id="writein-over-quota"),
    pytest.param(TWO, 1, rec("○×", ("钱甲", "○")), id="writein-over-one-seat"),
    # Exactly the quota is valid; one write-in below a cross counts (P-VALID-1, P-VALID-5).
    pytest.param(TWO, 2, rec("○×", ("钱甲", "○")), id="exactly-the-quota"),
    # A write-in from a voter who crossed nobody gets no vote under party-2020 (P-VALID-5).
    pytest.param(TWO, 2, rec("○ ", ("钱甲", "○")), id="writein-without-cross"),
    pytest.param(TWO, 2, rec("  ", ("钱甲", "○")), id="writein-on-blank"),
    # Two write-ins below one cross: only the first gets a vote (P-VALID-5, P-MARK-1 例文).
    pytest.param(THREE, 3, rec("×  ", ("钱甲", "○"), ("吴乙", "√")), id="two-writeins-one-cross"),
    # A name without a mark: no vote under party-2020 (P-MARK-1).
    pytest.param(TWO, 2, rec("×○", ("钱甲", " ")), id="writein-unmarked"),
    # Blank and all-× ballots are valid and approve nobody (P-VALID-4).
    pytest.param(THREE, 2, rec("   "), id="blank"),
    pytest.param(THREE, 2, rec("-- "), id="blank-dashes"),
    pytest.param(THREE, 2, rec("×××"), id="all-crossed"),
    # Wholly unreadable is invalid; partly unreadable counts the readable part (P-VALID-3).
    pytest.param(THREE, 2, rec("???"), id="wholly-unreadable"),
    pytest.param(THREE, 2, rec("???", ("钱甲", "?")), id="wholly-unreadable-writein"),
    pytest.param(THREE, 2, rec("○?×"), id="partly-unreadable"),
    pytest.param(THREE, 2, rec("???", ("钱甲", " ")), id="unreadable-unmarked-writein"),
    # Over-quota is judged on readable approvals only (P-VALID-3 edge case).
    pytest.param(THREE, 2, rec("○○?"), id="quota-on-readable-approvals"),
    # An identifying mark spoils the ballot; torn or unreadable flags void it (P-VALID-2/3).
    pytest.param(TWO, 2, rec("○ ", flags=("identifying_mark",)), id="identifying-mark"),
    pytest.param(TWO, 2, rec("○ ", flags=("torn",)), id="torn"),
    pytest.param(TWO, 2, rec("○ ", flags=("unreadable",)), id="unreadable-flag"),
]


@pytest.mark.parametrize(("printed", "seats", "record"), PINNED_BALLOTS)
def test_classify_agrees_with_the_oracle_on_pinned_party_ballots(printed, seats, record):
    """The boundary shapes of P-VALID-1…5 and P-MARK-1, always tried."""
    layout = party_layout(printed, seats)

    assert core(record, layout, P2020) == judge(record, layout, P2020)


@pytest.mark.parametrize("family", FAMILIES)
@given(data=st.data())
def test_a_ballot_adds_at_most_seats_approvals(family, data):
    """No ballot gives a post more than its seats, nor two to one person (P-VALID-1,
    V-BALLOT-OVERVOTE-1), nor a vote to anyone not printed or written in."""
    layout, record, profile = data.draw(ballot_cases(family))

    votes = core(record, layout, profile).approvals

    for post, seats in layout.positions:
        got = votes.get(post, ())
        assert len(got) <= seats
        assert len(set(got)) == len(got)
        assert set(got) <= set(layout.printed[post]) | set(WRITEIN_NAMES)


# ---------------------------------------------------------------- both families: a recount


@pytest.mark.parametrize("family", FAMILIES)
@given(data=st.data())
def test_recount_conserves_every_record(family, data):
    """valid + partly_valid + invalid == returned, every record is in exactly one class, and
    the classes are the oracle's (with the party oracle's reasons, and where each class is
    first seen)."""
    layout, records, profile = data.draw(recount_cases(family))

    result = recount(records, layout, profile)

    returned = sum(r.count for r in records)
    assert result.valid + result.partly_valid + result.invalid == result.returned == returned
    assert sum(c.count for c in result.classes) == returned
    judged = [judge(r, layout, profile) for r in records]
    named = family == "party"  # the villagers' oracle names no reasons
    expected, got = Counter(), Counter()
    for r, j in zip(records, judged):
        expected[(j.status, j.reason)] += r.count
    for c in result.classes:
        got[(c.status, c.reason if named else "")] += c.count
    assert got == +expected
    if named:
        keys = [(j.status, j.reason) for j in judged]
        for c in result.classes:
            assert keys.index((c.status, c.reason)) == c.first_record


def assert_tally_agrees(layout: Layout, records: list[BallotRecord], profile: Profile) -> None:
    result = recount(records, layout, profile)
    expected = {post: dict.fromkeys(layout.printed[post], 0) for post, _ in layout.positions}
    for r in records:
        for post, names in judge(r, layout, profile).approvals.items():
            for name in names:
                expected[post][name] = expected[post].get(name, 0) + r.count

    assert {post: dict(t) for post, t in result.tally.items()} == expected
    for post, seats in layout.positions:
        assert sum(result.tally[post].values()) <= seats * result.counted
        assert all(v <= result.counted for v in result.tally[post].values())


@pytest.mark.parametrize("family", FAMILIES)
@given(data=st.data())
def test_recount_tally_agrees_with_the_oracle(family, data):
    """The tally is the oracle's votes summed per post, under every reading the profile draws
    (for villagers also ``same_person_void_higher``); no candidate gets more than the counted
    ballots, no post more than seats × counted."""
    assert_tally_agrees(*data.draw(recount_cases(family)))


def test_recount_tally_agrees_with_the_oracle_on_a_void_higher_section():
    """甲 for 主任 in an over-voted 主任 section and for 委员: counted for 委员 only under
    ``keep_lower`` (V-SAME-PERSON-1 with a void higher section)."""
    record = BallotRecord(1, {"主任": "○○", "副主任": "  ", "委员": "○  "})
    for void_higher in ("drop_lower", "keep_lower"):
        profile = villager_profile("section", "highest_only", void_higher)
        assert_tally_agrees(VILLAGER_LAYOUT, [record], profile)


@pytest.mark.parametrize("family", FAMILIES)
@given(data=st.data(), random=st.randoms(use_true_random=False))
def test_recount_does_not_depend_on_record_order(family, data, random):
    """Anonymity: shuffling the records changes no class count, tally or note."""
    layout, records, profile = data.draw(recount_cases(family))
    shuffled = list(records)
    random.shuffle(shuffled)

    a = recount(records, layout, profile)
    b = recount(shuffled, layout, profile)

    assert (a.valid, a.partly_valid, a.invalid, a.tally) == (
        b.valid,
        b.partly_valid,
        b.invalid,
        b.tally,
    )
    assert Counter({(c.status, c.reason): c.count for c in a.classes}) == Counter(
        {(c.status, c.reason): c.count for c in b.classes}
    )
    assert Counter(dict(a.notes)) == Counter(dict(b.notes))


def judged_one_by_one(records: list[BallotRecord], layout: Layout, profile: Profile) -> Recount:
    """The recount by definition: ``classify`` of every record, summed."""
    tally = {post: dict.fromkeys(layout.printed[post], 0) for post, _ in layout.positions}
    by_class: dict[tuple[Any, Any], list[int]] = {}
    notes: Counter[Any] = Counter()
    for i, r in enumerate(records):
        verdict = classify(r, layout, profile, path=f"/{i}")
        slot = by_class.setdefault((verdict.status, verdict.reason), [0, i])
        slot[0] += r.count
        for post, names in verdict.approvals.items():
            for name in names:
                tally[post][name] = tally[post].get(name, 0) + r.count
        for note in verdict.notes:
            notes[note] += r.count
    order = {"valid": 0, "partly_valid": 1, "invalid": 2}
    classes = tuple(
        ClassCount(status, reason, c, first)
        for (status, reason), (c, first) in sorted(by_class.items(), key=lambda kv: (order[kv[0][0]], kv[0][1]))
    )
    count = {s: sum(c.count for c in classes if c.status == s) for s in order}
    return Recount(
        returned=sum(r.count for r in records),
        valid=count["valid"],
        partly_valid=count["partly_valid"],
        invalid=count["invalid"],
        classes=classes,
        tally=tally,
        notes=tuple(sorted(notes.items(), key=lambda kv: (kv[0].position, kv[0].code, kv[0].name or ""))),
    )


def renamed(layout: Layout, mark: str) -> Layout:
    """The same ballot shape with other names, none printed on two posts."""
    return Layout(
        positions=layout.positions,
        printed={post: tuple(f"{n}{mark}{k}" for n in names) for k, (post, names) in enumerate(layout.printed.items())},
    )


@pytest.mark.parametrize("family", FAMILIES)
@given(data=st.data())
def test_a_recount_is_its_records_judged_one_by_one(family, data):
    """A recount, which judges each pattern once and reads each line once, gives every class
    (with its first record), vote and note that ``classify`` of each record gives, also on
    the same ballots under other names (none printed on two posts)."""
    layout, records, profile = data.draw(recount_cases(family))
    for lay in (layout, renamed(layout, "甲"), renamed(layout, "乙"), layout):
        assert recount(records, lay, profile) == judged_one_by_one(records, lay, profile)


@pytest.mark.parametrize("family", FAMILIES)
@given(data=st.data())
def test_a_line_for_a_post_the_layout_lacks_changes_nothing_but_blankness(family, data):
    """Some ballots also carry a line for a post their layout lacks: the recount still gives
    what ``classify`` of each record gives (that line counts for no one, but it makes a ballot
    not blank), whether or not the other ballots are judged by kind."""
    layout, records, profile = data.draw(recount_cases(family))
    extra = data.draw(st.lists(st.text(alphabet=SYMBOLS, max_size=3), min_size=len(records), max_size=len(records)))
    which = data.draw(st.lists(st.booleans(), min_size=len(records), max_size=len(records)))
    records = [
        BallotRecord(r.count, {**r.marks, "不在票上": line}, r.write_ins, r.flags) if also else r
        for r, line, also in zip(records, extra, which)
    ]
    assert recount(records, layout, profile) == judged_one_by_one(records, layout, profile)


# Two posts, no name on both: a recount judges such ballots of marks alone once per kind.
TWO_POSTS = Layout(positions=(("主任", 1), ("委员", 2)), printed={"主任": ("甲", "乙"), "委员": ("丙", "丁", "戊")})
HEADS = (None, "○ ", "??", "  ", "○○", "×?")  # None: the ballot has no marks for 主任


def every_two_post_ballot() -> list[BallotRecord]:
    """Every 委员 line of 4 symbols beside each 主任 line (or none), 1 to 3 ballots each."""
    records = []
    for i, (head, line) in enumerate(itertools.product(HEADS, itertools.product(SYMBOLS, repeat=3))):
        marks = {"委员": "".join(line)} if head is None else {"主任": head, "委员": "".join(line)}
        records.append(BallotRecord(i % 3 + 1, marks))
    return records


TWO_POST_PROFILES = {
    "party-2020": BUILTIN["party-2020"],
    "villager-section": villager_profile("section", "highest_only"),
    "villager-ballot": villager_profile("ballot", "highest_only"),
}


@pytest.mark.parametrize("name", sorted(TWO_POST_PROFILES))
def test_a_recount_by_kinds_gives_what_classify_gives_each_record(name):
    """Ballots of marks alone are judged once per kind (the letter counts of each line) and
    their names added up column by column; that gives every class, first record, vote and
    note of ``classify`` on each of 384 records, some without marks for a post."""
    records = every_two_post_ballot()
    profile = TWO_POST_PROFILES[name]
    expected = judged_one_by_one(records, TWO_POSTS, profile)
    assert recount(records, TWO_POSTS, profile) == expected
    assert {c.status for c in expected.classes} == {"valid", "partly_valid", "invalid"}
    assert any(n.code == "line_unreadable" for n, _ in expected.notes)


def test_marks_for_a_post_the_ballot_lacks_keep_each_ballot_judged_on_its_own():
    """A line for a post the layout lacks counts for no one, but a ballot with a mark there is
    not blank (P-VALID-4, V-BALLOT-BLANK-1): such a ballot is judged on its own, not as one of
    the kind its other lines would put it in."""
    one = Layout(positions=(("委员", 2),), printed={"委员": THREE})
    records = [
        BallotRecord(2, {"委员": "   "}),
        BallotRecord(1, {"委员": "   ", "主任": "×"}),
        BallotRecord(3, {"主任": "○"}),
        BallotRecord(1, {}),
        BallotRecord(1, {"委员": "○  ", "主任": "?"}),
    ]
    for profile in TWO_POST_PROFILES.values():
        rc = recount(records, one, profile)
        assert rc == judged_one_by_one(records, one, profile)
        assert {(c.reason, c.count, c.first_record) for c in rc.classes} == {
            ("blank", 3, 0), ("no_approval", 4, 1), ("approvals", 1, 4)
        }


@pytest.mark.parametrize("name", sorted(TWO_POST_PROFILES))
def test_the_columns_are_counted_alike_whether_written_out_or_weighed(name, monkeypatch):
    """Lines written out as many times as their ballots, or weighed by their counts: the
    same recount."""
    from tallykit.counting import ballots

    records = every_two_post_ballot()
    profile = TWO_POST_PROFILES[name]
    expected = recount(records, TWO_POSTS, profile)
    monkeypatch.setattr(ballots, "_SPELLED_OUT", 0)
    assert recount(records, TWO_POSTS, profile) == expected


def test_a_pattern_of_a_billion_ballots_is_counted_without_writing_it_out():
    """A record may stand for up to 10^9 ballots: its line is weighed, never written out that
    many times (peak memory far below the gigabytes that would take)."""
    import tracemalloc

    layout = Layout(positions=(("委员", 2),), printed={"委员": THREE})
    records = [BallotRecord(10**9, {"委员": "○○ "}), BallotRecord(2, {"委员": " ○×"})]
    tracemalloc.start()
    try:
        rc = recount(records, layout, BUILTIN["party-2020"])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert dict(rc.tally["委员"]) == {"丁一": 10**9, "王二": 10**9 + 2, "刘三": 0}
    assert peak < 50 * 2**20


# ---------------------------------------------------------------- villagers' ballots


@given(villager_decks, SAME)
def test_section_voiding_never_gives_fewer_votes_than_ballot_voiding(deck, same):
    """Voiding only the over-voted section keeps at least every vote whole-ballot voiding keeps."""
    records = villager_records(deck)
    section = recount(records, VILLAGER_LAYOUT, villager_profile("section", same))
    whole = recount(records, VILLAGER_LAYOUT, villager_profile("ballot", same))

    assert whole.counted <= section.counted
    assert all(
        whole.tally[p][n] <= section.tally[p][n] for p in section.tally for n in section.tally[p]
    )


@given(villager_decks, SCOPES, SAME)
def test_carry_down_never_gives_one_ballot_two_votes_for_one_person(deck, scope, same):
    """After V-SAME-PERSON-1 a ballot gives a person at most one mark over all posts, so the
    carried-down count (sum over posts, V-POS-2) never exceeds the ballots counted."""
    rc = recount(villager_records(deck), VILLAGER_LAYOUT, villager_profile(scope, same))
    people = {n for _, _, names in LAYOUT for n in names}

    assert all(sum(rc.tally[p].get(x, 0) for p in rc.tally) <= rc.counted for x in people)


@given(villager_marks, SCOPES)
def test_highest_only_keeps_a_person_only_at_the_highest_post_marked(marks, scope):
    """V-SAME-PERSON-1: no counted ballot approves one person for two posts, and a person kept
    is kept at the highest post the voter marked them for."""
    profile = villager_profile(scope, "highest_only")
    verdict = classify(BallotRecord(1, marks), VILLAGER_LAYOUT, profile)
    posts = [p for p, _, _ in LAYOUT]
    kept = [(p, n) for p in posts for n in verdict.approvals.get(p, ())]
    marked = {
        n: [
            p
            for p, _, names in LAYOUT
            for name, s in zip(names, marks[p])
            if name == n and s == "○"
        ]
        for _, n in kept
    }

    assert len({n for _, n in kept}) == len(kept)
    assert all(p == marked[n][0] for p, n in kept)


# ---------------------------------------------------------------- the exhaustive decks


def test_the_c3_case_four_member_section_is_valid_after_same_person_removal():
    """C3 case 4: the 主任 also marked among members is dropped first, so the member section is
    not over-voted (V-SAME-PERSON-1 before V-BALLOT-OVERVOTE-1)."""
    verdict = classify(
        BallotRecord(1, {"主任": "○ ", "副主任": "  ", "委员": "○○○"}),
        VILLAGER_LAYOUT,
        BUILTIN["villager-2018"],
    )

    assert verdict.status == "valid" and dict(verdict.approvals) == {
        "主任": ("A",),
        "委员": ("C", "D"),
    }
    assert [n.code for n in verdict.notes] == ["same_person_lower_post"]


def villager_deck():
    """Every three-section ballot of ``LAYOUT``: 4^7 = 16384 of them."""
    sizes = [len(names) for _, _, names in LAYOUT]
    for combo in itertools.product(SYMBOLS, repeat=sum(sizes)):
        marks, i = {}, 0
        for (post, _, _), k in zip(LAYOUT, sizes):
            marks[post] = "".join(combo[i : i + k])
            i += k
        yield BallotRecord(1, marks)


@pytest.mark.slow
@pytest.mark.parametrize("scope", ["section", "ballot"])
@pytest.mark.parametrize("same", ["highest_only", "void_person"])
def test_every_small_three_section_ballot_matches_the_oracle(scope, same):
    """Class and approvals of each villagers' ballot agree with the reference judgement, under
    each over-vote scope and each same-person reading (V-BALLOT-*, V-SAME-PERSON-1)."""
    profile = villager_profile(scope, same)
    seen_classes = set()
    for record in villager_deck():
        oracle = judge(record, VILLAGER_LAYOUT, profile)
        seen_classes.add(oracle.status)

        assert core(record, VILLAGER_LAYOUT, profile) == oracle, dict(record.marks)
    assert seen_classes == {"valid", "partly_valid", "invalid"}


NAMES = ("丁一", "王二", "刘三", "李四")
WRITE_IN = "钱甲"
PARTY_SYMBOLS = "○× ?"
WRITE_IN_MARKS = (None, "○", " ", "×")
READINGS = PARAMETERS["writein_without_mark"].values


def party_profile(base: str, unmarked: str) -> Profile:
    return extend_profile(BUILTIN[base], {"writein_without_mark": unmarked})


def party_deck(printed: int, write_in: str | None) -> list[BallotRecord]:
    """Every party ballot with ``printed`` lines and the given write-in (None: no write-in)."""
    write_ins = {POSITION: ((WRITE_IN, write_in),)} if write_in is not None else {}
    return [
        BallotRecord(1, {POSITION: "".join(line)}, write_ins)
        for line in itertools.product(PARTY_SYMBOLS, repeat=printed)
    ]


@pytest.mark.parametrize("unmarked", READINGS)
@pytest.mark.parametrize("base", ["party-2020", "party-1990"])
def test_every_small_ballot_is_judged_as_the_oracle_judges_it(base, unmarked):
    """Every combination of ○, ×, space and ? on 1..4 printed lines, with no write-in or one
    write-in marked ○, left unmarked, or marked ×, for every seat count 1..len, under
    party-2020 and party-1990 and each reading of an unmarked write-in (P-MARK-1): class, reason
    and votes agree for all 1,252 ballot/seat shapes × 4 write-in cases."""
    profile = party_profile(base, unmarked)
    wrong = []
    seen = 0
    for n in range(1, len(NAMES) + 1):
        for write_in in WRITE_IN_MARKS:
            for record in party_deck(n, write_in):
                for seats in range(1, n + 1):
                    layout = party_layout(NAMES[:n], seats)
                    got, want = core(record, layout, profile), judge(record, layout, profile)
                    seen += 1
                    if got != want:
                        wrong.append((record.marks[POSITION], write_in, seats, got, want))

    assert seen == 4 * (4 * 1 + 16 * 2 + 64 * 3 + 256 * 4)
    assert wrong[:10] == []


# Hand counts for 4 printed lines and 2 seats (k approvals, u unreadable lines among 256):
# - no write-in: over quota k >= 3: 4*3 + 1 = 13; wholly unreadable: 1; blank: 1; all of × and
#   space but not blank: 2**4 - 1 = 15; approvals without ?: 4*2**3 + 6*2**2 = 56; the rest,
#   with some ?, are partly valid: 256 - 13 - 1 - 1 - 15 - 56 = 170.
# - write-in ○ (it counts as chosen, P-VALID-1): over quota k >= 2: 6*9 + 4*3 + 1 = 67; never
#   wholly unreadable; without ?: k == 1 (32) or k == 0 with some × (15) have votes, all-space
#   has none (1, not blank: a name is written); partly valid: 256 - 67 - 48 = 141.
# - write-in left unmarked, read as void_ballot (P-MARK-1): all 256 are invalid.
HAND_COUNTS = [
    (
        "no_vote",
        None,
        {
            ("invalid", "over_quota"): 13,
            ("invalid", "unreadable"): 1,
            ("valid", "blank"): 1,
            ("valid", "no_approval"): 15,
            ("valid", "approvals"): 56,
            ("partly_valid", "part_unreadable"): 170,
        },
    ),
    (
        "no_vote",
        "○",
        {
            ("invalid", "over_quota"): 67,
            ("valid", "approvals"): 47,
            ("valid", "no_approval"): 1,
            ("partly_valid", "part_unreadable"): 141,
        },
    ),
    ("void_ballot", " ", {("invalid", "writein_without_mark"): 256}),
]


@pytest.mark.parametrize(
    "unmarked, write_in, expected", HAND_COUNTS, ids=["plain", "writein", "void"]
)
@pytest.mark.parametrize("base", ["party-2020", "party-1990"])
def test_four_lines_two_seats_fall_into_classes_counted_by_hand(base, unmarked, write_in, expected):
    """The deck's classes for 4 lines and 2 seats match counts worked out by hand."""
    profile = party_profile(base, unmarked)
    layout = party_layout(NAMES, 2)

    got = Counter()
    for record in party_deck(4, write_in):
        verdict = core(record, layout, profile)
        got[(verdict.status, verdict.reason)] += 1

    assert dict(got) == expected


def test_a_write_in_below_a_cross_is_the_only_one_that_gets_a_vote():
    """Under party-2020 a write-in marked ○ gets a vote only beside a cross (P-VALID-5)."""
    layout = party_layout(NAMES[:3], 3)

    given = {}
    for line in ("×  ", "○  ", "   ", "?  ", "○○×"):
        record = BallotRecord(1, {POSITION: line}, {POSITION: ((WRITE_IN, "○"),)})
        given[line] = WRITE_IN in core(record, layout, P2020).approvals.get(POSITION, ())

    assert given == {"×  ": True, "○  ": False, "   ": False, "?  ": False, "○○×": True}
