"""The derived test vectors D1–D13 of rules/villager.md §2, and the villager contract examples."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.villager_build import counted, recall_file, villager, with_params

from tallykit.counting.rounds import count
from tallykit.results import parse_results
from tallykit.serial import to_json

EXAMPLES = Path(__file__).resolve().parents[3] / "shared" / "examples"


def test_d1_exactly_half_turnout_voids_the_election():
    """D1: 500 of 1000 registered is not more than half (V-DOUBLE-MAJORITY-1)."""
    r = counted(villager({"主任": {"甲": 400, "乙": 90}}, seats={"主任": 1}, issued=500)).rounds[0]

    assert (r.result, r.void_reason, r.void_rules) == ("void", "turnout", ("V-DOUBLE-MAJORITY-1",))
    assert r.gates[0].formula == "2*500 > 1000"


def test_d2_one_over_half_turnout_is_valid():
    """D2: 501 of 1000 registered takes part: the election is valid."""
    r = counted(villager({"主任": {"甲": 400, "乙": 90}}, seats={"主任": 1}, issued=501)).rounds[0]

    assert r.gates[0].passed and r.result == "elected" and r.elected == {"主任": ["甲"]}


def test_d3_exactly_half_of_participants_is_not_elected():
    """D3: 300 of 600 participants is not a majority (V-DOUBLE-MAJORITY-2); needs 301."""
    r = counted(villager({"主任": {"甲": 300, "乙": 290}}, seats={"主任": 1})).rounds[0]

    assert r.result == "supplementary" and r.elected == {"主任": []}
    assert (r.threshold.rule, r.threshold.base, r.threshold.min_votes) == (
        "V-DOUBLE-MAJORITY-2",
        600,
        301,
    )


def test_d4_blank_and_invalid_ballots_stay_in_the_base():
    """D4: 600 returned incl. 40 blank and 10 invalid; 301 votes elect (V-BALLOT-BLANK-1)."""
    data = villager({}, seats={"主任": 1}, candidates={"主任": ["甲", "乙"]})
    data["rounds"][0].pop("tally")
    data["rounds"][0]["ballot_records"] = [
        {"count": 301, "marks": {"主任": "○ "}},
        {"count": 249, "marks": {"主任": " ○"}},
        {"count": 40, "marks": {"主任": "  "}},
        {"count": 10, "marks": {"主任": "○○"}},
    ]
    r = counted(data).rounds[0]

    assert (r.recount.valid, r.recount.invalid) == (590, 10)
    assert r.threshold.base == 600 and r.elected == {"主任": ["甲"]}


def _supplementary(cast: int, top: int) -> dict:
    second = {
        "kind": "supplementary",
        "positions": [{"name": "委员", "seats": 1}],
        "candidates": {"委员": ["丙", "丁"]},
        "ballots": {"issued": cast, "returned": cast},
        "tally": {"委员": {"丙": top, "丁": 150}},
    }
    return villager(
        {"委员": {"甲": 400, "乙": 380, "丙": 250, "丁": 200}},
        seats={"委员": 3},
        extra_rounds=(second,),
    )


def test_d5_a_third_of_ballots_cast_elects_in_a_supplementary_election():
    """D5: 200 of 600 cast: 3*200 >= 600 (V-SUPP-3)."""
    c = counted(_supplementary(600, 200))

    assert c.rounds[0].result == "supplementary" and c.rounds[0].next_candidates == {
        "委员": ("丙", "丁")
    }
    assert c.rounds[1].threshold.formula == "3*votes >= 600"
    assert c.rounds[1].result == "elected" and c.elected["委员"] == ["甲", "乙", "丙"]


def test_d6_below_a_third_is_not_elected():
    """D6: 200 of 601 cast is below a third (needs 201); still short of 3 members, so another
    supplementary election follows (V-SUPP-4)."""
    r = counted(_supplementary(601, 200)).rounds[1]

    assert r.threshold.min_votes == 201 and r.elected == {"委员": []}
    assert r.result == "supplementary"


def test_d7_tie_at_the_last_seat_needs_a_revote_among_the_tied_only():
    """D7: A 400, B 380 elected; C and D at 350 tie for the third seat (V-TIE-1)."""
    r = counted(
        villager({"委员": {"A": 400, "B": 380, "C": 350, "D": 350}}, seats={"委员": 3})
    ).rounds[0]

    assert r.result == "tie_revote"
    assert r.elected == {"委员": ["A", "B"]} and r.tied == {"委员": ["C", "D"]}
    assert r.seating[0].tied_seats == 1


@pytest.mark.parametrize(("carry", "elected"), [("off", []), ("mandatory", ["X"])])
def test_d8_carry_down_decides_whether_the_chair_loser_wins_a_member_seat(carry, elected):
    """D8: X has 主任 250 + 委员 200 of 600: 200 is no majority; carried down 450 is (V-POS-2)."""
    data = villager(
        {"主任": {"Y": 310, "X": 250}, "委员": {"Z": 280, "X": 200}},
        seats={"主任": 1, "委员": 1},
        candidates={"主任": ["X", "Y"], "委员": ["X", "Z"]},
        profile=with_params(carry_down=carry),
    )
    r = counted(data).rounds[0]

    assert r.elected == {"主任": ["Y"], "委员": elected}


def test_d9_woman_with_a_majority_is_confirmed_first():
    """D9: no woman among 主任; W1 (320 of 600) confirmed first, then M1; M2 not elected (V-WOMEN-1)."""
    data = villager(
        {"主任": {"M0": 400, "M9": 100}, "委员": {"M1": 420, "M2": 390, "W1": 320}},
        seats={"主任": 1, "委员": 2},
        women=("W1",),
    )
    r = counted(data).rounds[0]

    assert r.result == "elected" and sorted(r.elected["委员"]) == ["M1", "W1"]
    assert [n.code for n in r.notes] == ["woman_confirmed_first"]


def test_d10_more_returned_than_issued_voids_the_round():
    """D10: 1001 returned for 1000 issued: the whole round is void (V-BALLOT-RECON-1)."""
    r = counted(
        villager(
            {"主任": {"甲": 900}}, seats={"主任": 1}, registered=1500, issued=1000, returned=1001
        )
    ).rounds[0]

    assert (r.result, r.void_rules) == ("void", ("V-BALLOT-RECON-1",))


def test_d11_a_fourth_authorisation_is_rejected_at_limit_three():
    """D11: P holds 4 authorisations, limit 3: the 4th is rejected; the others count (V-PROXY-1)."""
    proxies = [
        {"principal": f"委托人{i}", "proxy": "P", "relation": rel}
        for i, rel in enumerate(["spouse", "parent", "child", "sibling"], 1)
    ]
    r = counted(
        villager({"主任": {"甲": 400}}, seats={"主任": 1}, issued=600, proxies=proxies)
    ).rounds[0]

    assert [(n.code, n.names) for n in r.notes] == [("proxy_over_limit", ("委托人4", "P"))]
    assert r.threshold.base == 599  # P's own ballot and 3 proxy ballots count; the 4th does not


def test_d12_recall_passes_with_more_than_half_of_those_voting():
    """D12: 501 of 1000 vote (valid), 251 yes: 2*251 > 501 (V-RECALL-1)."""
    r = counted(recall_file(1000, 501, 251)).rounds[0]

    assert r.result == "recalled" and to_json(r)["recalled"] == ["张三"]
    assert r.gates[0].rule == "V-RECALL-1" and r.threshold.rule == "V-RECALL-1"


def test_d13_recall_fails_with_exactly_half_minus_one():
    """D13: 250 yes of 501 voting is not more than half."""
    r = counted(recall_file(1000, 501, 250)).rounds[0]

    assert r.result == "not_recalled" and to_json(r)["recalled"] == []


def test_recall_with_exactly_half_turnout_is_void():
    """V-RECALL-1 validity: 500 of 1000 registered is not more than half."""
    r = counted(recall_file(1000, 500, 400)).rounds[0]

    assert (r.result, r.void_rules) == ("void", ("V-RECALL-1",))


def _example(name: str):
    return count(parse_results(json.loads((EXAMPLES / name).read_text(encoding="utf-8"))))


@pytest.mark.skipif(not EXAMPLES.is_dir(), reason="needs ../shared/examples beside the checkout")
class TestExamples:
    def test_supplementary_example_fills_every_seat_in_two_rounds(self):
        """双过半, a mobile box, one member short, then the ⅓ floor elects 林涛."""
        c = _example("villager-2018-supplementary-ok.json")

        assert [r.result for r in c.rounds] == ["supplementary", "elected"]
        assert c.rounds[0].next_candidates == {"委员": ("林涛", "黄伟")}
        assert [g.rules for g in c.rounds[0].gates] == [
            ("V-DOUBLE-MAJORITY-1",),
            ("V-BALLOT-RECON-1",),
            ("V-BALLOT-RECON-1",),  # returned against the registered voters
            ("V-BALLOT-RECON-1",),
            ("V-BALLOT-RECON-1", "V-ROVING-1"),  # the mobile box
        ]
        assert c.elected == {
            "主任": ["周卫东"],
            "副主任": ["孙丽"],
            "委员": ["马红梅", "何军", "林涛"],
        }

    def test_half_is_not_majority_example_leaves_the_chair_empty(self):
        """高峰 235 of 470 is exactly half: not elected (V-DOUBLE-MAJORITY-2)."""
        r = _example("villager-2018-half-is-not-majority-error.json").rounds[0]

        assert r.elected["主任"] == [] and r.threshold.rule == "V-DOUBLE-MAJORITY-2"
        assert not r.threshold.passes(235) and r.result == "supplementary"

    def test_returned_exceeds_issued_example_is_void(self):
        """1160 returned for 1100 issued (V-BALLOT-RECON-1)."""
        r = _example("villager-2018-returned-exceeds-issued-error.json").rounds[0]

        assert (r.result, r.void_rules) == ("void", ("V-BALLOT-RECON-1",))


def test_votes_for_an_unregistered_write_in_are_void():
    """V-WRITEIN-1: 王五 (written in, not a registered voter) has 350 of 600 but is not elected."""
    data = villager(
        {"主任": {"甲": 200, "王五": 350}}, seats={"主任": 1}, candidates={"主任": ["甲", "乙"]}
    )
    data["candidates"].append({"name": "王五", "flags": ["not_registered"]})
    data["candidates"] = [c for c in data["candidates"] if c["name"] != "王五" or "flags" in c]
    r = counted(data).rounds[0]

    assert r.elected == {"主任": []} and r.result == "supplementary"
    assert [(n.code, n.rule, n.names) for n in r.notes] == [
        ("votes_void_not_registered", "V-WRITEIN-1", ("王五",))
    ]


def test_tie_revote_round_is_decided_by_most_votes():
    """V-TIE-1: the re-vote among the tied needs no majority; more votes wins."""
    revote = {
        "kind": "tie_revote",
        "positions": [{"name": "委员", "seats": 1}],
        "candidates": {"委员": ["C", "D"]},
        "ballots": {"issued": 600, "returned": 600},
        "tally": {"委员": {"C": 250, "D": 240}},
    }
    data = villager(
        {"委员": {"A": 400, "B": 380, "C": 350, "D": 350}},
        seats={"委员": 3},
        extra_rounds=(revote,),
    )
    c = counted(data)

    assert c.rounds[1].threshold.rule == "V-TIE-1" and c.rounds[1].result == "elected"
    assert c.elected == {"委员": ["A", "B", "C"]}


def test_residents_recall_cites_r_recall_1():
    """R-RECALL-1: the residents' meeting removes with >½ present and >½ of those present."""
    r = counted(recall_file(1000, 501, 251, profile="residents-2018")).rounds[0]

    assert r.result == "recalled" and (r.gates[0].rule, r.threshold.rule) == (
        "R-RECALL-1",
        "R-RECALL-1",
    )
