"""The derived test vectors D1–D11 of ../shared/rules/party.md, each pinned to the rule it tests."""

from __future__ import annotations

import pytest

from tallykit.serial import to_json
from tallykit import count, parse_results
from tallykit.counting.ballots import INVALID, Layout, classify
from tallykit.profiles import BUILTIN
from tallykit.results import BallotRecord

from tests.support.helpers import party_file

LENIENT_1990 = {"extends": "party-1990", "set": {"quorum_comparison": ">="}}


def outcome(data):
    return count(parse_results(data)).rounds[0]


@pytest.mark.parametrize(
    ("profile", "valid"),
    [("party-2020", True), ("party-1990", False), (LENIENT_1990, True)],
)
def test_d1_exactly_four_fifths_depends_on_regime(profile, valid):
    """D1 (P-QUORUM-1): E=25, P=20 is valid under 2020 and the 中组部 reading, not the 1990 text."""
    r = outcome(party_file(expected=25, present=20, tally={"甲": 20}, profile=profile))

    assert (r.result != "void") == valid
    assert r.gates[0].code == "quorum" and r.gates[0].rule == "P-QUORUM-1"


@pytest.mark.parametrize("profile", ["party-2020", "party-1990", LENIENT_1990])
def test_d2_one_over_four_fifths_is_valid_everywhere(profile):
    """D2 (P-QUORUM-1): E=26, P=21 is valid in every reading (105 ≥ 104, 105 > 104)."""
    assert outcome(party_file(expected=26, present=21, tally={"甲": 20}, profile=profile)).result == "elected"


@pytest.mark.parametrize("profile", ["party-2020", "party-1990", LENIENT_1990])
def test_d3_below_four_fifths_is_void_everywhere(profile):
    """D3 (P-QUORUM-1): E=26, P=20 is void in every reading, and the void names the quorum rule."""
    r = outcome(party_file(expected=26, present=20, tally={"甲": 20}, profile=profile))

    assert (r.result, r.void_reason, r.void_rules) == ("void", "quorum", ("P-QUORUM-1",))
    assert r.elected == {}


def test_d4_twelve_of_twenty_five_elects_only_under_1990():
    """D4 (P-ELECT-1): E=25, P=21: 2020 needs 13 (base 应到会), 1990 needs 11 (base 实到会)."""
    new = outcome(party_file(expected=25, present=21, tally={"甲": 12}, profile="party-2020"))
    old = outcome(party_file(expected=25, present=21, tally={"甲": 12}, profile="party-1990"))

    assert (new.threshold.base_name, new.threshold.base, new.threshold.min_votes) == ("expected", 25, 13)
    assert (old.threshold.base_name, old.threshold.base, old.threshold.min_votes) == ("present", 21, 11)
    assert new.elected == {"委员": []} and new.result == "supplementary"
    assert old.elected == {"委员": ["甲"]} and old.result == "elected"


@pytest.mark.parametrize("profile", ["party-2020", "party-1990"])
def test_d5_exactly_half_never_elects(profile):
    """D5 (P-ELECT-1): E=P=24: 12 votes (exactly half) fails, 13 elects, in both regimes."""
    r = outcome(party_file(expected=24, present=24, seats=2, tally={"甲": 13, "乙": 12}, profile=profile))

    assert r.elected == {"委员": ["甲"]}
    assert r.result == "supplementary" and r.seating[0].unfilled == 1


def test_d6_more_returned_than_issued_voids_before_any_ballot():
    """D6 (P-BALLOT-1): I=21, R=22 voids the whole round; ballots are not judged (an otherwise
    unreadable record does not matter)."""
    bad = [{"count": 22, "marks": {"委员": "○"}}]
    r = outcome(party_file(expected=21, present=21, issued=21, returned=22, tally={"甲": 22}, records=bad))

    assert (r.result, r.void_reason, r.void_rules) == ("void", "reconciliation", ("P-BALLOT-1",))
    assert r.elected == {}


def test_d7_fewer_returned_is_valid_and_missing_ballot_counts_for_nobody():
    """D7 (P-BALLOT-1): I=21, R=20 is valid; 20 ballots are judged; the base stays 应到会."""
    records = [{"count": 11, "marks": {"委员": "○"}}, {"count": 9, "marks": {"委员": "×"}}]
    r = outcome(party_file(expected=21, present=21, issued=21, returned=20, tally={"甲": 11}, records=records))

    assert r.result == "elected"
    assert r.recount.returned == 20 and r.recount.valid == 20
    assert r.threshold.base == 21 and r.elected == {"委员": ["甲"]}


def test_d8_five_approvals_plus_a_write_in_is_over_quota():
    """D8 (P-VALID-1): S=5, ○×5 plus an approved write-in chooses 6 people: the ballot is invalid."""
    layout = Layout(positions=(("委员", 5),), printed={"委员": ("甲", "乙", "丙", "丁", "戊", "己")})
    record = BallotRecord(1, {"委员": "○○○○○×"}, {"委员": (("庚", "○"),)})

    verdict = classify(record, layout, BUILTIN["party-2020"])

    assert (verdict.status, verdict.reason) == (INVALID, "over_quota")
    assert "P-VALID-1" in verdict.rules and verdict.approvals == {}


D9_TALLY = {"甲": 20, "乙": 18, "丙": 15, "丁": 15, "戊": 15, "己": 9}


def test_d9_five_reach_the_threshold_for_five_seats():
    """D9 (P-ELECT-1/2): E=28: 15 is over half (30 > 28); exactly five qualify, so the tie at 15
    does not matter and all five are elected."""
    r = outcome(party_file(expected=28, present=28, seats=5, tally=D9_TALLY))

    assert r.result == "elected"
    assert sorted(r.elected["委员"]) == sorted(["甲", "乙", "丙", "丁", "戊"])
    assert r.threshold.min_votes == 15


def test_d10_three_way_tie_for_two_seats_goes_to_a_runoff():
    """D10 (P-ELECT-3): as D9 with S=4: 甲 and 乙 elected; 丙丁戊 tied at 15 for 2 seats."""
    r = outcome(party_file(expected=28, present=28, seats=4, tally=D9_TALLY))

    assert r.result == "tie_revote"
    assert r.elected == {"委员": ["甲", "乙"]}
    assert (r.seating[0].tied, r.seating[0].tied_seats) == (("丙", "丁", "戊"), 2)
    assert to_json(r)["tie_revote"] == {"委员": {"candidates": ["丙", "丁", "戊"], "seats": 2}}


def test_d11_shortfall_is_never_filled_from_below_the_threshold():
    """D11 (P-ELECT-4): E=28, A = 20,18,14,14,9 for 5 seats: only two clear 2A > 28; three seats
    go to a supplementary election and the 14s are not elected."""
    r = outcome(party_file(expected=28, present=28, seats=5, tally={"甲": 20, "乙": 18, "丙": 14, "丁": 14, "戊": 9}))

    assert r.result == "supplementary"
    assert r.elected == {"委员": ["甲", "乙"]}
    assert r.seating[0].unfilled == 3 and to_json(r)["unfilled"] == {"委员": 3}


def test_d11_recorded_seat_reduction_is_honoured_not_invented():
    """P-ELECT-4 (b): a shortfall ends as seat_reduction only when the record says so."""
    tally = {"甲": 20, "乙": 18, "丙": 16, "丁": 14, "戊": 9}
    declared = {"elected": {"委员": ["甲", "乙", "丙"]}, "next": "seat_reduction", "seats_after_reduction": 3}
    reduced = outcome(party_file(expected=28, present=28, seats=5, tally=tally, declared=declared))
    plain = outcome(party_file(expected=28, present=28, seats=5, tally=tally))

    assert reduced.result == "seat_reduction" and plain.result == "supplementary"
    assert reduced.elected == plain.elected == {"委员": ["甲", "乙", "丙"]}
