"""Each villagers'/residents' parameter flips a named case, in the direction its source says."""

from __future__ import annotations

import json

import pytest

from tests.support.villager_build import counted, recall_file, villager, with_params

from tallykit import parameters as P
from tallykit.profiles import BUILTIN


def records_file(records: list[dict], *, profile: dict | None = None) -> dict:
    data = villager(
        {},
        seats={"主任": 1, "委员": 1},
        registered=8,
        issued=len(records) and sum(r["count"] for r in records),
        candidates={"主任": ["甲", "乙"], "委员": ["丙", "丁"]},
        profile=profile,
    )
    data["rounds"][0].pop("tally")
    data["rounds"][0]["ballot_records"] = records
    return data


class TestOvervoteScope:
    RECORDS = [
        {"count": 2, "marks": {"主任": "○ ", "委员": "○ "}},
        {"count": 3, "marks": {"主任": "○○", "委员": " ○"}},
    ]

    def test_section_scope_keeps_the_other_sections(self):
        """C3/C4: an over-voted 主任 section voids only that section; 丁 gets 3 of 5 (default)."""
        r = counted(records_file(self.RECORDS)).rounds[0]

        assert r.recount.partly_valid == 3 and r.elected == {"主任": [], "委员": ["丁"]}

    def test_ballot_scope_voids_the_whole_ballot(self):
        """U-A art.26, 选举法 art.44: the whole ballot is void, so 丁 gets nothing."""
        r = counted(
            records_file(self.RECORDS, profile=with_params(overvote_scope="ballot"))
        ).rounds[0]

        assert r.recount.invalid == 3 and r.elected == {"主任": [], "委员": []}


class TestSamePerson:
    RECORDS = [
        {"count": 4, "marks": {"主任": "○ ", "委员": "○ "}},
        {"count": 1, "marks": {"主任": " ○", "委员": " ○"}},
    ]

    def _data(self, value: str) -> dict:
        data = records_file(self.RECORDS, profile=with_params(same_person_multi_post=value))
        data["rounds"][0]["candidates"] = {"主任": ["甲", "乙"], "委员": ["甲", "丁"]}
        return data

    def test_highest_only_counts_the_chair_vote(self):
        """C3 计票只记高职务: 甲 keeps 4 votes for 主任 and is elected."""
        r = counted(self._data("highest_only")).rounds[0]

        assert r.elected["主任"] == ["甲"] and r.recount.tally["委员"]["甲"] == 0

    def test_void_person_gives_that_person_nothing(self):
        """void_person: 甲 marked on two posts gets no vote from those ballots."""
        r = counted(self._data("void_person")).rounds[0]

        assert r.elected["主任"] == [] and r.recount.tally["主任"]["甲"] == 0


class TestCarryDown:
    def _data(self, value: str) -> dict:
        return villager(
            {"主任": {"Y": 310, "X": 250}, "委员": {"Z": 310, "X": 200}},
            seats={"主任": 1, "委员": 1},
            candidates={"主任": ["X", "Y"], "委员": ["X", "Z"]},
            profile=with_params(carry_down=value),
        )

    @pytest.mark.parametrize(
        ("value", "member"), [("off", ["Z"]), ("optional", ["Z"]), ("mandatory", ["X"])]
    )
    def test_only_mandatory_carry_down_displaces_an_own_vote_winner(self, value, member):
        """U-A art.27 (mandatory): X's 250 + 200 = 450 beats Z's 310; U-C art.33 (可以) only fills
        empty seats, so Z, elected on own votes, stays."""
        assert counted(self._data(value)).rounds[0].elected["委员"] == member

    def test_optional_carry_down_fills_a_seat_left_empty(self):
        """Optional carry-down fills a member seat nobody won on own votes."""
        data = villager(
            {"主任": {"Y": 310, "X": 250}, "委员": {"Z": 280, "X": 200}},
            seats={"主任": 1, "委员": 1},
            candidates={"主任": ["X", "Y"], "委员": ["X", "Z"]},
            profile=with_params(carry_down="optional"),
        )
        r = counted(data).rounds[0]

        assert r.elected["委员"] == ["X"] and r.notes[0].code == "carry_down_applied"


def _proxy_case(
    limit: int | None = None, relation: str = "spouse", proxy_relation: str | None = None
) -> dict:
    params = {}
    if limit is not None:
        params["proxy_limit"] = limit
    if proxy_relation is not None:
        params["proxy_relation"] = proxy_relation
    proxies = [
        {"principal": f"委托人{i}", "proxy": "P", "relation": rel}
        for i, rel in enumerate(["spouse", "parent", "child", relation], 1)
    ]
    return villager(
        {"主任": {"甲": 300}},
        seats={"主任": 1},
        issued=600,
        proxies=proxies,
        profile=with_params(**params) if params else None,
    )


def test_proxy_limit_three_rejects_the_fourth_and_costs_a_majority():
    """U-A art.23 (≤3): the 4th proxy ballot is nobody's participation; 300 of 599 elects."""
    assert counted(_proxy_case()).rounds[0].elected == {"主任": ["甲"]}
    assert counted(_proxy_case(limit=4)).rounds[0].elected == {"主任": []}  # 300 of 600


def test_proxy_relation_near_relative_rejects_an_in_law():
    """组织法 art.15(4) + 民法典 art.1045: in-laws are not 近亲属; pre-2010 any voter may be a proxy."""
    strict = counted(_proxy_case(limit=4, relation="in_law")).rounds[0]
    loose = counted(_proxy_case(limit=4, relation="in_law", proxy_relation="any_voter")).rounds[0]

    assert [n.code for n in strict.notes] == ["proxy_not_near_relative"] and strict.elected == {
        "主任": ["甲"]
    }
    assert loose.notes == () and loose.elected == {"主任": []}


def test_principal_who_voted_in_person_rejects_the_proxy():
    """V-PROXY-1: a principal who voted in person cannot also vote by proxy."""
    data = villager(
        {"主任": {"甲": 300}},
        seats={"主任": 1},
        issued=600,
        proxies=[
            {
                "principal": "乙",
                "proxy": "丙",
                "relation": "spouse",
                "principal_voted_in_person": True,
            }
        ],
    )

    assert [n.code for n in counted(data).rounds[0].notes] == ["proxy_principal_voted"]


@pytest.mark.parametrize(("base", "elected"), [("returned", ["甲"]), ("issued", [])])
def test_participation_base(base, elected):
    """Wukan (C1) used ballots returned: 298 of 590 returned elects; of 600 issued it does not."""
    data = villager(
        {"主任": {"甲": 298}},
        seats={"主任": 1},
        issued=600,
        returned=590,
        profile=with_params(participation_base=base),
    )

    assert counted(data).rounds[0].elected == {"主任": elected}


@pytest.mark.parametrize(
    ("value", "expected"),
    [("seats_plus_one", ("丙", "丁")), ("seats_plus_two", ("丙", "丁", "戊")), (1, ("丙",))],
)
def test_supplementary_candidates(value, expected):
    """V-SUPP-1: the losers with most votes, as many as the setting says."""
    data = villager(
        {"委员": {"甲": 400, "乙": 380, "丙": 250, "丁": 200, "戊": 100}},
        seats={"委员": 3},
        profile=with_params(supplementary_candidates=value),
    )

    assert counted(data).rounds[0].next_candidates == {"委员": expected}


@pytest.mark.parametrize(("needs", "result"), [(True, "void"), (False, "elected")])
def test_supplementary_needs_turnout(needs, result):
    """组织法 art.15 read conservatively: a supplementary round with 400 of 1000 voting is void."""
    second = {
        "kind": "supplementary",
        "positions": [{"name": "委员", "seats": 1}],
        "candidates": {"委员": ["丙", "丁"]},
        "ballots": {"issued": 400, "returned": 400},
        "tally": {"委员": {"丙": 200, "丁": 150}},
    }
    data = villager(
        {"委员": {"甲": 400, "乙": 380, "丙": 250, "丁": 200}},
        seats={"委员": 3},
        extra_rounds=(second,),
        profile=with_params(supplementary_needs_turnout=needs),
    )

    assert counted(data).rounds[1].result == result


class TestWomenGuarantee:
    def _data(self, value: str, w1: int = 320) -> dict:
        return villager(
            {"主任": {"M0": 400, "M9": 100}, "委员": {"M1": 420, "M2": 390, "W1": w1}},
            seats={"主任": 1, "委员": 2},
            women=("W1",),
            profile=with_params(women_guarantee=value),
        )

    def test_none_fills_by_vote_order(self):
        """Without a women's rule M1 and M2 win on votes."""
        assert counted(self._data("none")).rounds[0].elected["委员"] == ["M1", "M2"]

    def test_confirm_first_seats_the_woman_with_a_majority(self):
        """规程 2013: W1 (320 of 600) is confirmed first."""
        assert sorted(counted(self._data("confirm_first")).rounds[0].elected["委员"]) == [
            "M1",
            "W1",
        ]

    def test_confirm_first_does_not_waive_the_majority(self):
        """V-WOMEN-1 edge case: W1 with 300 of 600 has no majority, so the men keep the seats."""
        assert counted(self._data("confirm_first", 300)).rounds[0].elected["委员"] == ["M1", "M2"]

    def test_reserved_seat_keeps_a_seat_for_a_woman(self):
        """Reserved seat: with no woman over the majority one member seat stays empty."""
        r = counted(self._data("reserved_seat", 300)).rounds[0]

        assert r.elected["委员"] == ["M1"] and r.result == "supplementary"
        assert [n.code for n in r.notes] == ["woman_seat_left_empty"]

    def test_supplementary_with_woman_adds_a_woman_candidate(self):
        """山西 S11 art.38(3): no woman elected, so an unelected woman joins the candidates."""
        data = villager(
            {"委员": {"M1": 420, "M2": 390, "M3": 250, "M4": 240, "W1": 100}},
            seats={"委员": 3},
            women=("W1",),
            profile=with_params(women_guarantee="supplementary_with_woman"),
        )
        r = counted(data).rounds[0]

        assert r.next_candidates == {"委员": ("M3", "M4", "W1")}
        plain = counted({**data, "profile": with_params(women_guarantee="none")}).rounds[0]
        assert plain.next_candidates == {"委员": ("M3", "M4")}


@pytest.mark.parametrize(("minimum", "result"), [(3, "vacancy"), (5, "supplementary")])
def test_min_committee(minimum, result):
    """Guangdong practice (C1): 3 members elected after the supplementary round may stand with the
    rest vacant until a 补选 (V-SUPP-4, 组织法 art.19: a vacancy, not the party's seat reduction);
    a larger minimum asks for yet another supplementary election (U-F)."""
    second = {
        "kind": "supplementary",
        "positions": [{"name": "委员", "seats": 2}],
        "candidates": {"委员": ["丁", "戊", "己"]},
        "ballots": {"issued": 600, "returned": 600},
        "tally": {"委员": {"丁": 300, "戊": 150, "己": 140}},
    }
    data = villager(
        {"委员": {"甲": 400, "乙": 350, "丁": 200, "戊": 190, "己": 180}},
        seats={"委员": 4},
        extra_rounds=(second,),
        profile=with_params(min_committee=minimum),
    )
    r = counted(data).rounds[1]

    assert r.elected == {"委员": ["丁"]} and r.result == result


@pytest.mark.parametrize(
    ("base", "elected", "rule"),
    [("participants", ["甲"], "V-DOUBLE-MAJORITY-2"), ("registered", [], "V-ABS-OLD-1")],
)
def test_majority_base(base, elected, rule):
    """组织法 art.15(2): >½ of those voting; the old absolute rule (U-C art.32) asks >½ registered."""
    data = villager(
        {"主任": {"甲": 400}}, seats={"主任": 1}, profile=with_params(majority_base=base)
    )
    r = counted(data).rounds[0]

    assert r.elected == {"主任": elected} and r.threshold.rule == rule


def test_majority_base_registered_is_the_1998_recall_rule():
    """1998 law: a recall needs >½ of all voters; 2010: >½ of those voting."""
    assert counted(recall_file(1000, 600, 400)).rounds[0].result == "recalled"
    assert (
        counted(recall_file(1000, 600, 400, profile=with_params(majority_base="registered")))
        .rounds[0]
        .result
        == "not_recalled"
    )


def _residents(form: str | None = None, profile_form: str | None = None) -> dict:
    data = villager(
        {"主任": {"甲": 12}},
        seats={"主任": 1},
        registered=30,
        issued=16,
        kind="residents_committee",
        profile=(
            {"extends": "residents-2018", "set": {"form": profile_form}} if profile_form else None
        ),
    )
    if form:
        data["election"]["form"] = form
    return data


def test_residents_form_group_representatives_needs_two_thirds():
    """广西 S18 art.11: >½ of residents or household representatives, ≥⅔ of group representatives."""
    assert counted(_residents()).profile.id == "residents-2018"
    assert counted(_residents()).rounds[0].result == "elected"  # 2*16 > 30
    r = counted(_residents(profile_form="group_representatives")).rounds[0]
    assert (r.result, r.void_rules, r.gates[0].formula) == ("void", ("R-THRESH-1",), "3*16 >= 2*30")
    assert counted(_residents(form="group_representatives")).rounds[0].result == "void"
    assert (
        counted(_residents(form="household_representatives", profile_form="group_representatives"))
        .rounds[0]
        .result
        == "elected"
    )


def test_every_listed_parameter_is_in_the_villager_profile_with_a_source():
    """Each parameter of the issue's table has a cited default."""
    names = [
        "overvote_scope",
        "same_person_multi_post",
        "carry_down",
        "proxy_limit",
        "proxy_relation",
        "participation_base",
        "supplementary_candidates",
        "supplementary_needs_turnout",
        "women_guarantee",
        "min_committee",
        "majority_base",
    ]
    for profile_id in ("villager-2018", "residents-2018"):
        settings = BUILTIN[profile_id].settings
        assert all(
            settings[n].source.startswith("V-") or settings[n].source.startswith("R-")
            for n in names
        )
    assert (
        BUILTIN["residents-2018"][P.FORM] == "all_residents"
        and not BUILTIN["villager-2018"].applies(P.FORM)
    )


@pytest.mark.parametrize("kind", ["supplementary", "tie_revote"])
def test_later_round_posts_in_order_elect_one_person_once(kind):
    """V-POS-1 in a supplementary or tie re-vote round too: 丙, elected 主任 in it, leaves the 委员
    list, so the member seat goes to 丁 (and a certificate of the count is accepted)."""
    import hashlib

    from tallykit.check.certificate import certificate
    from tallykit.check.check_certificate import check
    from tallykit.results import parse_results

    second = {
        "kind": kind,
        "positions": [{"name": "主任", "seats": 1}, {"name": "委员", "seats": 1}],
        "candidates": {"主任": ["丙", "戊"], "委员": ["丙", "丁"]},
        "ballots": {"issued": 600, "returned": 600},
        "tally": {"主任": {"丙": 400, "戊": 150}, "委员": {"丙": 420, "丁": 320}},
    }
    data = villager(
        {"主任": {"丙": 290, "戊": 280}, "委员": {"甲": 400, "乙": 380, "丙": 250, "丁": 200}},
        seats={"主任": 1, "委员": 3},
        extra_rounds=(second,),
    )
    c = counted(data)

    assert c.rounds[1].elected == {"主任": ["丙"], "委员": ["丁"]}
    raw = json.dumps(data, ensure_ascii=False).encode("utf-8")
    cert = certificate(parse_results(data), c, hashlib.sha256(raw).hexdigest())
    assert check(json.dumps(cert, ensure_ascii=False).encode("utf-8"), raw) == []


def test_a_reserved_post_admits_only_women():
    """V-WOMEN-1, a post held for a woman (FORMAT.md: ``"reserved": "female"``): M3 has more
    votes for it than W1, yet only W1 can take it; the same post not held elects M3 (the
    profile's own women's guarantee set to ``none``, so the held post alone decides)."""
    tally = {"委员": {"M1": 420, "M2": 390}, "妇女委员": {"M3": 400, "W1": 350}}
    profile = with_params(women_guarantee="none")
    data = villager(tally, seats={"委员": 2, "妇女委员": 1}, women=("W1",), profile=profile)
    plain = counted(data).rounds[0]
    for rnd in (data["election"], data["rounds"][0]):
        rnd["positions"][1]["reserved"] = "female"
    held = counted(data).rounds[0]

    assert plain.elected["妇女委员"] == ["M3"]
    assert held.elected["妇女委员"] == ["W1"] and held.elected["委员"] == ["M1", "M2"]
