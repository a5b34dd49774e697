"""Party rounds beyond the derived vectors: exclusions, officers, 预选, 两推, chains, write-ins."""

from __future__ import annotations

import pytest

from tallykit import InputError, count, parse_results

from tests.support.helpers import party_file


def first(data):
    return count(parse_results(data)).rounds[0]


def test_unapproved_exclusion_stays_in_expected():
    """P-QUORUM-2: an exclusion lacking the meeting's approval is counted back into 应到会, which
    raises both the quorum bar and (2020) the threshold."""
    ex = [
        {"name": "甲某", "reason": "自费出国半年以上", "upper_approved": True, "meeting_approved": True},
        {"name": "乙某", "reason": "外出打工", "upper_approved": True, "meeting_approved": False},
    ]
    r = first(party_file(expected=24, present=20, tally={"甲": 13}, exclusions=ex))

    assert r.gates[0].values["expected"] == 25
    assert r.threshold.base == 25 and r.elected == {"委员": ["甲"]}
    r2 = first(party_file(expected=24, present=19, tally={"甲": 13}, exclusions=ex))
    assert r2.result == "void" and r2.gates[0].formula == "5*19 >= 4*25"


def test_officers_use_committee_quorum_parameter():
    """P-QUORUM-4: at the first committee meeting, 4 of 5 members meet 4/5 but a 2/3 reading
    needs more than 2/3 (3*4 > 2*5 passes; 3*3 > 2*5 fails)."""
    four_fifths = party_file(expected=5, present=4, tally={"甲": 4}, kind="party_officers", position="书记")
    assert first(four_fifths).result == "elected" and first(four_fifths).gates[0].rule == "P-QUORUM-4"
    three = party_file(
        expected=5, present=3, tally={"甲": 3}, kind="party_officers", position="书记",
        profile={"extends": "party-2020", "set": {"committee_quorum": "two_thirds"}},
    )
    assert first(three).result == "void" and first(three).gates[0].formula == "3*3 > 2*5"


def test_uncontested_secretary_still_needs_a_majority():
    """P-CAND-2: a one-seat 等额 书记 ballot elects only with 2A > E; no automatic fallback."""
    r = first(party_file(expected=5, present=5, tally={"甲": 2}, kind="party_officers", position="书记"))

    assert r.result == "supplementary" and r.elected == {"书记": []}


def test_branch_without_committee_elects_secretary_at_members_meeting():
    """P-CAND-2: a 支部 without committee elects 书记 at the 党员大会 under the 4/5 quorum."""
    r = first(party_file(expected=6, present=5, tally={"甲": 4}, kind="party_branch_officers", position="书记"))

    assert r.gates[0].rule == "P-QUORUM-1" and r.elected == {"书记": ["甲"]}


def test_preliminary_with_too_few_over_half_is_handled_as_a_formal_shortfall():
    """P-CAND-3: with E=34 only three clear 2A > 34 for four places; the fourth is not taken
    from below the threshold (handled as in the formal election)."""
    tally = {"甲": 20, "乙": 19, "丙": 18, "丁": 16, "戊": 10}
    r = first(party_file(expected=34, present=34, seats=4, tally=tally, round_kind="preliminary"))

    assert r.result == "supplementary" and r.threshold.rule == "P-CAND-3"
    assert r.elected == {"委员": ["甲", "乙", "丙"]}


def test_preliminary_fills_when_enough_clear():
    """P-CAND-3: four over the majority for four places are all nominated."""
    tally = {"甲": 20, "乙": 19, "丙": 18, "丁": 16, "戊": 10}
    r = first(party_file(expected=30, present=30, seats=4, tally=tally, round_kind="preliminary"))

    assert r.result == "nominated" and r.elected == {"委员": ["甲", "乙", "丙", "丁"]}


def test_recommendation_vote_needs_half_attending_and_half_the_votes():
    """TK-REC-1/2/3 (seeds/002 两推): valid when more than half attend; nominees need more than
    half of the recommendation ballots; the initial list keeps a 20% margin (5 seats → 6)."""
    tally = {"甲": 30, "乙": 26, "丙": 21, "丁": 20, "戊": 25, "己": 22, "庚": 5}
    r = first(party_file(expected=80, present=41, returned=40, seats=5, tally=tally, kind="recommendation",
                         round_kind="recommendation"))

    assert r.result == "nominated" and r.gates[0].rule == "TK-REC-1"
    assert r.threshold.base == 40 and r.threshold.rule == "TK-REC-2"
    assert r.elected == {"委员": ["甲", "乙", "戊", "己", "丙"]}
    assert r.list_min == 6
    void = first(party_file(expected=80, present=40, seats=5, tally=tally, kind="recommendation",
                            round_kind="recommendation"))
    assert void.result == "void" and void.void_rules == ("TK-REC-1",)


@pytest.mark.parametrize("line", ["○", "○○○"])
def test_a_line_of_marks_is_one_symbol_per_printed_name(line):
    """FMT-MARKS: a post's line of marks holds one symbol for each name printed for the post; a
    shorter line is not read as abstentions for the names it lacks, nor a longer one cut."""
    records = [{"count": 5, "marks": {"委员": "○×"}}, {"count": 1, "marks": {"委员": line}}]
    data = party_file(expected=10, present=10, seats=1, printed=["甲", "乙"], tally={}, records=records)

    with pytest.raises(InputError) as raised:
        first(data)
    assert (raised.value.rule, raised.value.path) == ("FMT-MARKS", "/rounds/0/ballot_records/1/marks/委员")


def test_write_in_over_the_threshold_is_elected():
    """P-VALID-5: a write-in approved by a voter who disapproved someone counts, and one who
    clears the threshold inside the seats is elected."""
    records = [
        {"count": 14, "marks": {"委员": "×○"}, "write_ins": {"委员": [["丙", "○"]]}},
        {"count": 6, "marks": {"委员": "○○"}},
    ]
    r = first(party_file(expected=20, present=20, seats=2, printed=["甲", "乙"], tally={}, records=records))

    assert dict(r.recount.tally["委员"]) == {"甲": 6, "乙": 20, "丙": 14}
    assert r.elected == {"委员": ["乙", "丙"]}


def test_tie_revote_chain_elects_by_plurality():
    """P-ELECT-3: the tied alone are voted on again and more votes wins (no majority needed by
    default); with tie_revote_needs_majority the winner must clear 2A > E again."""
    first_round = {
        "kind": "formal", "positions": [{"name": "委员", "seats": 2}],
        "candidates": {"委员": ["甲", "乙", "丙"]}, "ballots": {"issued": 20, "returned": 20},
        "tally": {"委员": {"甲": 15, "乙": 12, "丙": 12}},
    }
    revote = {
        "kind": "tie_revote", "positions": [{"name": "委员", "seats": 1}],
        "candidates": {"委员": ["乙", "丙"]}, "ballots": {"issued": 20, "returned": 20},
        "tally": {"委员": {"乙": 10, "丙": 9}},
    }
    data = party_file(expected=20, present=20, seats=2, printed=["甲", "乙", "丙"], rounds=[first_round, revote])
    c = count(parse_results(data))

    assert [r.result for r in c.rounds] == ["tie_revote", "elected"]
    assert c.elected == {"委员": ["甲", "乙"]}
    strict = dict(data, profile={"extends": "party-2020", "set": {"tie_revote_needs_majority": True}})
    assert count(parse_results(strict)).rounds[1].result == "supplementary"


def test_supplementary_round_keeps_the_majority_rule():
    """P-ELECT-5: a party 另行选举 still needs 2A > E (unlike the villagers' ⅓ floor)."""
    supp = {
        "kind": "supplementary", "positions": [{"name": "委员", "seats": 1}],
        "candidates": {"委员": ["丙", "丁"]}, "ballots": {"issued": 20, "returned": 20},
        "tally": {"委员": {"丙": 10, "丁": 9}},
    }
    data = party_file(expected=20, present=20, rounds=[supp])
    r = first(data)

    assert r.threshold.rule == "P-ELECT-5" and r.result == "supplementary" and r.elected == {"委员": []}


@pytest.mark.parametrize("round_kind", ["supplementary", "tie_revote", "preliminary"])
def test_only_the_formal_round_is_held_to_the_margin(round_kind):
    """P-CAND-1's 20% margin is the formal slate's: a 另行选举, a tie re-vote or a 预选 of the
    same committee draws no margin check (the formal round does: the test below)."""
    r = first(party_file(expected=10, present=10, seats=3, printed=["赵一", "王二", "李三"],
                         tally={"赵一": 9, "王二": 9, "李三": 9}, round_kind=round_kind))

    assert "margin" not in {g.code for g in r.checks}


def test_margin_and_ballot_order_are_advisory_checks():
    """P-CAND-1 (5 seats need 6 candidates) and P-ORDER-1 (stroke order) are reported, not voiding."""
    r = first(party_file(expected=10, present=10, seats=5, printed=["赵一", "王二", "李三", "张四", "陈五"],
                         tally={"赵一": 9, "王二": 9, "李三": 9, "张四": 9, "陈五": 9}))
    checks = {g.code: g for g in r.checks}

    assert r.result == "elected"
    assert not checks["margin"].passed and checks["margin"].values["min_candidates"] == 6
    assert not checks["ballot_order"].passed and checks["ballot_order"].formula == "王二 李三 张四 陈五 赵一"


def test_the_margin_is_the_committee_members_own():
    """P-CAND-1 sets the 20% margin for 委员 candidates; 常委 (and 书记/副书记, P-CAND-2) are
    elected at the committee's first meeting, usually one candidate a seat: an equal slate of
    常委 draws no margin check, where the same slate of 委员 fails it."""
    slate = {"赵一": 9, "王二": 9, "李三": 9}
    standing = first(party_file(expected=10, present=10, seats=3, position="常委", tally=slate))
    members = first(party_file(expected=10, present=10, seats=3, position="委员", tally=slate))

    assert standing.result == "elected" and "margin" not in {g.code for g in standing.checks}
    assert not {g.code: g for g in members.checks}["margin"].passed


def test_one_printed_name_has_no_order_to_check():
    """P-ORDER-1 orders the names printed for a post: a post with one name has no order, so the
    count reports no ballot-order check for it (an always-passing line would be noise)."""
    r = first(party_file(expected=10, present=10, seats=1, printed=["赵一"], tally={"赵一": 9}))

    assert "ballot_order" not in {g.code for g in r.checks}
