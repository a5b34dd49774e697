"""Eligibility, composition and avoidance (issue 6): each rule passes and fails on the data that
decides it, boundary ages included (a birthday exactly on election day)."""

from __future__ import annotations

import copy
import datetime
import json
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tallykit import InputError, parse_results, verify
from tallykit.procedure.eligibility import age_on, anniversary
from tallykit.findings import BY_CODE, CATALOGUE

from tests.support.helpers import party_file

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
VB = json.loads((EXAMPLES / "villager-2018-supplementary-ok.json").read_text(encoding="utf-8"))
PB = json.loads((EXAMPLES / "party-2020-tally-ok.json").read_text(encoding="utf-8"))
MEMBERS = ["周卫东", "孙丽", "马红梅", "何军", "林涛"]  # VB's committee, election day 2021-02-03


def edit(data, fn):
    d = copy.deepcopy(data)
    fn(d)
    return d


def found(data, code=None):
    """(code, severity, path, rules) of the findings; only ``code``'s when given."""
    return [
        (f.code, f.severity, f.path, f.rules)
        for f in verify(parse_results(data)).findings
        if code is None or f.code == code
    ]


def people(d, **by_name):
    """Set candidate fields by name: people(d, 孙丽={"gender": "male"})."""
    for c in d["candidates"]:
        c.update(by_name.get(c["name"], {}))


def profile(d, base, **values):
    d["profile"] = {"extends": base, "set": values}


def test_the_bases_have_no_people_findings():
    """The two example files carry no data any of the new checks objects to."""
    assert found(VB) == [] and found(PB) == []


# ---------------------------------------------------------------- ages (V-T-AGE, 民法典 art. 202)


class TestAges:
    def test_birthday_on_election_day_is_18(self):
        """Age is counted up to election day inclusive: the 18th birthday itself counts."""
        assert age_on(datetime.date(2003, 2, 3), datetime.date(2021, 2, 3)) == 18
        assert age_on(datetime.date(2003, 2, 4), datetime.date(2021, 2, 3)) == 17

    def test_29_february_turns_on_28_february_in_a_common_year(self):
        """No corresponding day: the month's last day ends the period (民法典 art. 202)."""
        born = datetime.date(2004, 2, 29)

        assert anniversary(born, 18) == datetime.date(2022, 2, 28)
        assert age_on(born, datetime.date(2022, 2, 27)) == 17
        assert age_on(born, datetime.date(2022, 2, 28)) == 18
        assert anniversary(born, 20) == datetime.date(2024, 2, 29)

    @given(
        st.dates(datetime.date(1900, 1, 1), datetime.date(2100, 12, 31)),
        st.dates(datetime.date(1900, 1, 1), datetime.date(2100, 12, 31)),
    )
    @example(
        datetime.date(2004, 2, 29), datetime.date(2022, 2, 28)
    )  # leap-day birthday, common year
    @example(datetime.date(2003, 2, 3), datetime.date(2021, 2, 3))  # birthday on the day
    def test_age_matches_counting_birthdays(self, born, day):
        """A small oracle: whole years, the birthday (28 Feb for a leap-day birth in a common
        year) counting on the day."""
        if day < born:
            return
        years = day.year - born.year
        month_day = (born.month, born.day)
        if month_day == (2, 29) and not (
            day.year % 4 == 0 and (day.year % 100 != 0 or day.year % 400 == 0)
        ):
            month_day = (2, 28)
        if (day.month, day.day) < month_day:
            years -= 1

        assert age_on(born, day) == years

    @pytest.mark.parametrize(
        ("born", "flagged"), [("2003-02-03", False), ("2003-02-04", True), ("1950-01-01", False)]
    )
    def test_voter_under_18_on_election_day(self, born, flagged):
        """TK-ELIG-1 names the voter who is not 18 by election day, and only that voter."""
        d = edit(VB, lambda d: d.update(voters=[{"name": "韩小雨", "birth_date": born}]))

        assert found(d, "TK-ELIG-1") == (
            [("TK-ELIG-1", "error", "/voters/0/birth_date", ("V-T-AGE", "V-REG-1"))]
            if flagged
            else []
        )

    def test_under_18_winner_is_not_eligible(self):
        """A member elected before their 18th birthday: TK-ELIG-5 citing V-T-AGE."""
        d = edit(VB, lambda d: people(d, 林涛={"birth_date": "2003-02-04"}))

        assert found(d, "TK-ELIG-5") == [
            ("TK-ELIG-5", "error", "/rounds/1/declared/elected/委员/0", ("V-T-AGE",))
        ]


# ---------------------------------------------------------------- voting rights (P-RIGHTS-1)


class TestRights:
    @pytest.mark.parametrize(
        ("status", "rules"),
        [("probationary", ("P-RIGHTS-1",)), ("party_probation", ("P-RIGHTS-1",)), ("full", None)],
    )
    def test_party_voter_without_the_vote(self, status, rules):
        """预备党员 and members under 留党察看 on the voter list: TK-ELIG-2."""
        d = edit(PB, lambda d: d.update(voters=[{"name": "吴小军", "status": status}]))

        assert found(d, "TK-ELIG-2") == (
            [("TK-ELIG-2", "error", "/voters/0/status", rules)] if rules else []
        )

    def test_villager_deprived_of_political_rights(self):
        d = edit(
            VB,
            lambda d: d.update(voters=[{"name": "韩小雨", "status": "political_rights_deprived"}]),
        )

        assert found(d, "TK-ELIG-2") == [("TK-ELIG-2", "error", "/voters/0/status", ("V-REG-2",))]

    @pytest.mark.parametrize(
        ("base", "reason", "noted"),
        [
            ("party-2020", "预备党员", True),
            ("party-2020", "受留党察看处分", True),
            ("party-2020", "被留置", True),
            ("party-1990", "被留置", False),
            ("party-2020", "长期卧床不能自理", False),
        ],
    )
    def test_exclusion_of_someone_without_the_vote_is_noted(self, base, reason, noted):
        """An exclusion whose reason means no vote at all is an info (2020 adds 留置/逮捕)."""
        d = edit(PB, lambda d: d["electorate"]["exclusions"][0].update(reason=reason))
        d["profile"] = base

        assert bool(found(d, "TK-ELIG-3")) == noted
        assert all(sev == "info" for _, sev, _, _ in found(d, "TK-ELIG-3"))

    def test_a_status_from_the_voter_list_is_worded_as_that_status(self):
        """TK-ELIG-3 names the case by the voter status's label in each language; a reason's own
        words are quoted as written."""
        d = edit(PB, lambda d: d["electorate"]["exclusions"][0].update(reason="长期卧床"))
        name = d["electorate"]["exclusions"][0]["name"]
        d["voters"] = [{"name": name, "status": "rights_suspended"}]
        (f,) = [f for f in verify(parse_results(d)).findings if f.code == "TK-ELIG-3"]
        assert "“停止党员权利（留置、逮捕）”" in f.message_zh
        assert "'rights suspended (detention, arrest)'" in f.message_en


# ---------------------------------------------------------------- flags (负面清单)


class TestFlags:
    def test_probationary_winner_is_an_error(self):
        d = edit(PB, lambda d: people(d, 刘芳={"flags": ["probationary"]}))

        assert found(d, "TK-ELIG-5") == [
            ("TK-ELIG-5", "error", "/rounds/0/declared/elected/委员/1", ("P-RIGHTS-1",))
        ]

    def test_flagged_loser_on_the_ballot_is_a_warning(self):
        """On the ballot but not elected: TK-ELIG-4 (should not have been a candidate)."""
        d = edit(PB, lambda d: people(d, 赵磊={"flags": ["criminal_record"]}))

        assert found(d, "TK-ELIG-4") == [
            ("TK-ELIG-4", "warning", "/rounds/0/candidates/委员/5", ("TK-ELIG-4",))
        ]
        assert found(d, "TK-ELIG-5") == []

    def test_any_flag_is_a_negative_list_flag_for_a_winner(self):
        d = edit(VB, lambda d: people(d, 马红梅={"flags": ["village_bully"]}))

        assert [f[0] for f in found(d)] == ["TK-ELIG-5"]

    def test_write_in_with_votes_and_a_flag(self):
        """A written-in person (not printed) who received votes and is flagged: TK-ELIG-4."""

        def fn(d):
            d["rounds"][0]["tally"]["委员"]["钱进"] = 1
            d["candidates"].append({"name": "钱进", "flags": ["not_registered"]})

        assert ("TK-ELIG-4", "warning", "/rounds/0/tally/委员/钱进", ("V-WRITEIN-1",)) in found(
            edit(PB, fn)
        )


# ---------------------------------------------------------------- age limits and party standing


def officers(**candidate):
    """A 书记 election by the new committee (party_officers) on 2021-01-08."""
    d = party_file(
        expected=5, present=5, seats=1, tally={"甲": 5}, kind="party_officers", position="书记"
    )
    d["election"]["date"] = "2021-01-08"
    d["candidates"][0].update(candidate)
    return d


class TestLimits:
    @pytest.mark.parametrize(
        ("born", "incumbent", "warned"),
        [
            ("1966-01-09", False, False),  # 54 on election day
            ("1966-01-08", False, True),  # 55 on election day: not "55岁以下"
            ("1964-01-09", True, False),  # 56, continuing limit 57
            ("1964-01-08", True, True),  # 57
            ("1964-01-08", None, True),  # incumbency unknown: the looser continuing limit
        ],
    )
    def test_secretary_age(self, born, incumbent, warned):
        d = officers(birth_date=born, incumbent=incumbent)

        assert [f[:3] for f in found(d, "TK-ELIG-6")] == (
            [("TK-ELIG-6", "warning", "/candidates/0/birth_date")] if warned else []
        )

    def test_inclusive_reading_and_cutoff_are_parameters(self):
        """以下 including the number (age <= 55) and a plan's cut-off date change the boundary."""
        d = officers(birth_date="1966-01-08", incumbent=False)
        profile(d, "party-2020", age_limit_inclusive=True)
        assert found(d, "TK-ELIG-6") == []

        d = officers(birth_date="1966-01-08", incumbent=False)
        profile(d, "party-2020", age_limit_cutoff="2020-12-31")
        assert found(d, "TK-ELIG-6") == []

    @pytest.mark.parametrize("value", ["2021-02-30", "election", 20210101])
    def test_a_bad_cutoff_is_an_input_error(self, value):
        """The cut-off is election_day or a real date; anything else names its path."""
        d = officers()
        profile(d, "party-2020", age_limit_cutoff=value)

        with pytest.raises(InputError) as info:
            verify(parse_results(d))

        assert info.value.path == "/profile/set/age_limit_cutoff"

    def test_new_member_limit_in_a_committee_election(self):
        d = edit(PB, lambda d: people(d, 陈明={"birth_date": "1970-01-08", "incumbent": False}))

        assert [f[0] for f in found(d)] == ["TK-ELIG-6"]

    @pytest.mark.parametrize(("joined", "warned"), [("2020-01-08", False), ("2020-01-09", True)])
    def test_secretary_party_standing_one_year(self, joined, warned):
        """1年以上 includes one year exactly, counted to election day."""
        d = officers(party_since=joined)

        assert bool(found(d, "TK-ELIG-7")) == warned


# ---------------------------------------------------------------- composition


class TestComposition:
    def test_statutory_villager_size(self):
        """3–7 members (组织法 art. 6): 8 is an error."""
        d = edit(VB, lambda d: d["election"]["positions"][2].update(seats=6))

        assert found(d, "TK-COMP-1") == [
            ("TK-COMP-1", "error", "/election/positions", ("V-COMP-1",))
        ]

    def test_statutory_size_is_the_profiles(self):
        """The 3–7 is the profile's committee_size_min/max (V-COMP-1), not a number in code: a
        profile allowing 9 takes the 8 members without TK-COMP-1."""
        d = edit(VB, lambda d: d["election"]["positions"][2].update(seats=6))
        profile(d, "villager-2018", committee_size_max=9)

        assert found(d, "TK-COMP-1") == []

    def test_a_local_size_is_worded_as_the_local_profiles(self):
        """The finding says where the size came from: the law, or the local profile that set it."""
        d = edit(VB, lambda d: d["election"]["positions"][2].update(seats=6))
        (statutory,) = [f for f in verify(parse_results(d)).findings if f.code == "TK-COMP-1"]
        assert "法定为 3–7 人" in statutory.message_zh and "the law sets 3–7" in statutory.message_en
        profile(d, "villager-2018", committee_size_max=6)
        (local,) = [f for f in verify(parse_results(d)).findings if f.code == "TK-COMP-1"]
        assert "法定" not in local.message_zh and "本地设定" in local.message_zh and "为 3–6 人" in local.message_zh
        assert "set locally" in local.message_en and "the law" not in local.message_en

    @pytest.mark.parametrize(
        ("bands", "population", "warned"),
        [
            ("u_n_art6", 500, True),
            ("u_n_art6", 1000, False),
            ("u_n_art6", 1630, False),
            ("seeds_002", 1630, False),
            ("none", 500, False),
        ],
    )
    def test_population_bands(self, bands, population, warned):
        d = edit(VB, lambda d: d["election"].update(population=population))
        profile(d, "villager-2018", size_bands=bands)

        assert bool(found(d, "TK-COMP-2")) == warned

    @pytest.mark.parametrize(
        ("org_type", "members", "seats", "warned", "no_committee"),
        [
            ("branch", 48, 5, False, False),
            ("branch", 6, 5, False, True),  # under 7 full members: TK-COMP-12, an error
            ("branch", 6, 9, True, True),
            ("branch", 7, 5, False, False),
            ("branch", 48, 9, True, False),
            ("general_branch", 31, 6, True, False),
            ("primary_committee", 120, 11, False, False),
        ],
    )
    def test_party_size(self, org_type, members, seats, warned, no_committee):
        """P-SIZE-1 by org type and full members; an even number is noted too."""
        d = party_file(
            expected=50, present=50, seats=seats, tally={f"人{i}": 40 - i for i in range(seats + 2)}
        )
        d["election"].update(org_type=org_type, members=members)

        assert bool(found(d, "TK-COMP-2")) == warned
        assert found(d, "TK-COMP-12") == (
            [("TK-COMP-12", "error", "/election/members", ("P-SIZE-1",))] if no_committee else []
        )

    @pytest.mark.parametrize(
        ("kind", "secretary", "deputy", "reduced"),
        [
            ("party_officers", 3, 7, True),  # the 书记 reduced away: TK-COMP-14
            ("party_branch_officers", 3, 7, True),
            ("party_officers", 7, 3, True),  # the 副书记 reduced: lawful (P-ELECT-4)
            ("party_officers", 3, 7, False),  # another vote declared: nothing to flag
        ],
    )
    def test_secretary_seat_is_never_reduced(self, kind, secretary, deputy, reduced):
        """P-SIZE-1 × P-ELECT-4: a seat reduction may leave the 副书记 seat empty, never the
        书记's; the error names the planned seats and that nobody holds them."""
        case = Path(__file__).resolve().parents[1] / "cases" / "officers_secretary_seat_may_not_be_reduced"
        d = json.loads((case / "input.json").read_text(encoding="utf-8"))
        d["election"]["kind"] = kind
        rnd = d["rounds"][0]
        split = {"书记": "○" if secretary > deputy else "×", "副书记": "○" if deputy > secretary else "×"}
        rnd["ballot_records"] = [  # 7 ballots: both approved on the fewer, one of them on the rest
            {"count": min(secretary, deputy), "marks": {"书记": "○", "副书记": "○"}},
            {"count": abs(secretary - deputy), "marks": split},
        ]
        won = {"书记": ["张建国"] if secretary > 3 else [], "副书记": ["李秀英"] if deputy > 3 else []}
        rnd["declared"] = {"elected": won, "next": "seat_reduction" if reduced else "supplementary"}
        if reduced:
            rnd["declared"]["seats_after_reduction"] = 1

        assert found(d, "TK-COMP-14") == (
            [("TK-COMP-14", "error", "/election/positions", ("P-SIZE-1", "P-ELECT-4"))]
            if reduced and secretary < 4
            else []
        )
        assert [f for f in found(d) if f[1] == "error" and f[0] != "TK-COMP-14"] == []

    @pytest.mark.parametrize(("most", "warned"), [(11, False), (9, True)])
    def test_primary_committee_maximum_is_the_profiles(self, most, warned):
        """P-SIZE-1's open question (9 or 11 for a 基层委员会) is ``primary_committee_max``."""
        d = party_file(expected=50, present=50, seats=11, tally={f"人{i}": 40 - i for i in range(13)})
        d["election"].update(org_type="primary_committee", members=120)
        profile(d, "party-2020", primary_committee_max=most)

        assert bool(found(d, "TK-COMP-2")) == warned

    def test_no_woman_on_a_villagers_committee_is_an_error(self):
        d = edit(VB, lambda d: people(d, 孙丽={"gender": "male"}, 马红梅={"gender": "male"}))

        assert found(d, "TK-COMP-3") == [
            ("TK-COMP-3", "error", "/election/positions", ("V-WOMEN-1", "TK-COMP-3"))
        ]

    def test_no_woman_on_a_party_committee_is_a_warning_and_unknown_gender_is_no_finding(self):
        d = edit(
            PB,
            lambda d: people(
                d, **{n: {"gender": "male"} for n in ["王志强", "刘芳", "李秀英", "张建国", "陈明"]}
            ),
        )
        assert [f[:2] for f in found(d, "TK-COMP-3")] == [("TK-COMP-3", "warning")]

        d["candidates"][1].pop("gender")
        assert found(d, "TK-COMP-3") == []

    @pytest.mark.parametrize(("target", "warned"), [(30, False), (40, False), (41, True)])
    def test_women_share_target(self, target, warned):
        """2 women of 5 is 40%: exactly on a 40% target passes (100*2 >= 40*5)."""
        d = copy.deepcopy(VB)
        profile(d, "villager-2018", women_share_target=target)

        assert bool(found(d, "TK-COMP-4")) == warned

    @pytest.mark.parametrize(
        ("youngest", "warned"), [("1985-12-01", True), ("1986-02-03", True), ("1986-02-04", False)]
    )
    def test_a_member_under_35(self, youngest, warned):
        """Born 1986-02-03 is 35 on 2021-02-03 (not under 35); a day later is 34."""
        d = edit(VB, lambda d: people(d, **{n: {"birth_date": "1970-01-01"} for n in MEMBERS}))
        people(d, 林涛={"birth_date": youngest})

        assert bool(found(d, "TK-COMP-5")) == warned

    def test_under_35_needs_every_birth_date(self):
        d = edit(VB, lambda d: people(d, **{n: {"birth_date": "1970-01-01"} for n in MEMBERS[:-1]}))

        assert found(d, "TK-COMP-5") == []

    @pytest.mark.parametrize(("one_is", "warned"), [("汉族", True), ("苗族", False), (None, False)])
    def test_minority_member_in_a_multi_ethnic_village(self, one_is, warned):
        d = edit(VB, lambda d: d.update(ethnic_population={"汉族": 1500, "苗族": 130}))
        people(d, **{n: {"ethnicity": "汉族"} for n in MEMBERS})
        people(d, 林涛={"ethnicity": one_is})

        assert found(d, "TK-COMP-6") == (
            [("TK-COMP-6", "warning", "/ethnic_population", ("V-MINORITY-1",))] if warned else []
        )


# ---------------------------------------------------------------- avoidance


class TestKin:
    @pytest.mark.parametrize(
        ("relation", "scope", "warned"),
        [
            ("spouse", "near_relative", True),
            ("in_law", "near_relative", False),
            ("in_law", "near_relative_and_in_law", True),
            ("sibling", "spouse_lineal", False),
            ("grandchild", "spouse_lineal", True),
            ("spouse", "none", False),
            ("other", "near_relative_and_in_law", False),
        ],
    )
    def test_relatives_on_the_committee(self, relation, scope, warned):
        d = edit(
            VB, lambda d: d.update(relations=[{"a": "何军", "b": "孙丽", "relation": relation}])
        )
        profile(d, "villager-2018", kin_avoidance=scope)

        assert found(d, "TK-KIN-1") == (
            [("TK-KIN-1", "warning", "/relations/0", ("V-KIN-1", "TK-KIN-1"))] if warned else []
        )

    def test_supervisory_committee(self):
        """A member, or a member's near relative, on the supervisory committee: TK-KIN-2."""
        d = edit(
            VB,
            lambda d: d.update(
                supervisory_committee=[{"name": "何军"}, {"name": "何大山"}, {"name": "王小燕"}],
                relations=[
                    {"a": "何大山", "b": "何军", "relation": "parent"},
                    {"a": "王小燕", "b": "何军", "relation": "other"},
                ],
            ),
        )

        assert found(d, "TK-KIN-2") == [
            ("TK-KIN-2", "error", "/supervisory_committee/0", ("V-SUPERVISORY-1",)),
            ("TK-KIN-2", "error", "/supervisory_committee/1", ("V-SUPERVISORY-1",)),
        ]

    def test_official_related_to_a_candidate(self):
        """Villagers: a counter who is a candidate's sibling (TK-KIN-3); party default: none."""
        rel = [{"a": "韩梅", "b": "黄伟", "relation": "sibling"}]
        d = edit(VB, lambda d: d.update(officials={"counters": ["韩梅"]}, relations=rel))
        assert found(d, "TK-KIN-3") == [
            ("TK-KIN-3", "warning", "/officials/counters/0", ("V-KIN-1", "TK-KIN-3"))
        ]

        p = edit(
            PB, lambda d: d.update(relations=[{"a": "何小兵", "b": "赵磊", "relation": "sibling"}])
        )
        assert found(p, "TK-KIN-3") == []
        profile(p, "party-2020", officials_kin_avoidance="near_relative")
        assert [f[0] for f in found(p, "TK-KIN-3")] == ["TK-KIN-3"]


# ---------------------------------------------------------------- election commission, representatives


COMMISSION = [
    {"name": "唐国华", "gender": "male"},
    {"name": "邓秀兰", "gender": "female"},
    {"name": "许平", "gender": "male"},
    {"name": "曾立", "gender": "male"},
    {"name": "彭勇", "gender": "male"},
]


class TestCommission:
    def test_a_lawful_commission_is_clean(self):
        assert found(edit(VB, lambda d: d.update(election_commission=COMMISSION))) == []

    @pytest.mark.parametrize("withdrew", [False, True])
    def test_member_who_became_a_candidate(self, withdrew):
        """组织法 art. 12: an official candidate must leave the commission."""
        extra = {"name": "黄伟", "gender": "male", "withdrew": withdrew}
        d = edit(
            VB,
            lambda d: d.update(
                election_commission=[*COMMISSION, extra, {"name": "冯新", "gender": "male"}]
            ),
        )

        assert found(d, "TK-COMP-7") == (
            [] if withdrew else [("TK-COMP-7", "error", "/election_commission/5", ("V-KIN-1",))]
        )

    @pytest.mark.parametrize(
        "members",
        [
            COMMISSION[:4],
            [*COMMISSION, {"name": "冯新"}],
            [dict(p, gender="male") for p in COMMISSION],
        ],
        ids=["four", "six", "no-woman"],
    )
    def test_size_odd_and_a_woman(self, members):
        d = edit(VB, lambda d: d.update(election_commission=members))

        assert [f[:2] for f in found(d, "TK-COMP-8")] == [("TK-COMP-8", "warning")]

    def test_near_relatives_together(self):
        d = edit(
            VB,
            lambda d: d.update(
                election_commission=COMMISSION,
                relations=[{"a": "许平", "b": "曾立", "relation": "sibling"}],
            ),
        )

        assert [f[0] for f in found(d)] == ["TK-KIN-4"]


def reps(n, women):
    return [{"name": f"代表{i}", "gender": "female" if i < women else "male"} for i in range(n)]


class TestRepresentatives:
    @pytest.mark.parametrize(("n", "warned"), [(26, True), (27, False), (80, False), (81, True)])
    def test_one_per_5_to_15_households(self, n, warned):
        """402 households: 27 (⌈402/15⌉) to 80 (⌊402/5⌋) representatives."""
        d = edit(VB, lambda d: d.update(representatives=reps(n, n)))

        assert bool(found(d, "TK-COMP-9")) == warned

    @pytest.mark.parametrize(("women", "flagged"), [(9, False), (8, True)])
    def test_women_a_third_of_the_assembly(self, women, flagged):
        """27 representatives + 5 members (2 women) = 32: 11 women needed (3*11 >= 32)."""
        d = edit(VB, lambda d: d.update(representatives=reps(27, women)))

        assert found(d, "TK-COMP-10") == (
            [("TK-COMP-10", "error", "/representatives", ("V-REPS-1",))] if flagged else []
        )


# ---------------------------------------------------------------- format additions and catalogue


class TestFormat:
    def test_additions_parse(self):
        d = edit(
            VB,
            lambda d: d.update(
                voters=[{"name": "韩小雨", "birth_date": "2000-01-01", "status": "full"}],
                supervisory_committee=[{"name": "王小燕", "gender": "female"}],
                election_commission=[{"name": "唐国华", "withdrew": True}],
                representatives=[{"name": "代表甲", "ethnicity": "苗族"}],
                ethnic_population={"汉族": 10},
            ),
        )
        r = parse_results(d)

        assert r.voters[0].status == "full" and r.election_commission[0].withdrew
        assert r.representatives[0].ethnicity == "苗族" and dict(r.ethnic_population) == {
            "汉族": 10
        }

    @pytest.mark.parametrize(
        ("fn", "path", "rule"),
        [
            (
                lambda d: d.update(voters=[{"name": "甲", "status": "预备"}]),
                "/voters/0/status",
                "FMT-ENUM",
            ),
            (
                lambda d: d.update(voters=[{"name": "甲"}, {"name": "甲"}]),
                "/voters/1/name",
                "FMT-DUPLICATE",
            ),
            (
                lambda d: d.update(representatives=[{"name": "甲", "withdrew": True}]),
                "/representatives/0/withdrew",
                "FMT-UNKNOWN",
            ),
            (
                lambda d: d.update(ethnic_population={"汉族": -1}),
                "/ethnic_population/汉族",
                "FMT-RANGE",
            ),
            (
                lambda d: d.update(
                    supervisory_committee=[{"name": "甲", "birth_date": "1990-02-30"}]
                ),
                "/supervisory_committee/0/birth_date",
                "FMT-DATE",
            ),
        ],
    )
    def test_bad_additions_are_input_errors(self, fn, path, rule):
        with pytest.raises(InputError) as info:
            parse_results(edit(VB, fn))

        assert (info.value.path, info.value.rule) == (path, rule)

    def test_new_checks_are_one_block_of_the_catalogue(self):
        """TK-ELIG/COMP/KIN codes are one contiguous block (the timeline block follows), unique,
        with zh/en text."""
        codes = [c.code for c in CATALOGUE]
        new = [i for i, c in enumerate(codes) if c.startswith(("TK-ELIG-", "TK-COMP-", "TK-KIN-"))]

        assert new == list(range(new[0], new[0] + len(new))) and len(new) == 26
        assert codes[codes.index("TK-COMP-10") + 1 : codes.index("TK-COMP-10") + 3] == [
            "TK-COMP-11",
            "TK-COMP-12",
        ]
        assert len(set(codes)) == len(codes)
        assert all(
            CATALOGUE[i].title.zh and CATALOGUE[i].title.en and CATALOGUE[i].rules for i in new
        )


# ---------------------------------------------------------------- review regressions (probe files)

PROBES = Path(__file__).resolve().parents[1] / "data" / "people"


def probe(name):
    return json.loads((PROBES / f"{name}.json").read_text(encoding="utf-8"))


def report(data):
    return verify(parse_results(data)).findings


class TestReviewRegressions:
    def test_d1_probationary_party_member_votes_in_a_villagers_election(self):
        """P-RIGHTS-1 is party-only: a 预备党员 has full rights as a villager (V-REG-1/2)."""
        assert found(probe("p01-villager-probationary-voter"), "TK-ELIG-2") == []

    def test_d1_probationary_flag_does_not_void_a_villagers_election(self):
        assert found(probe("p02-villager-probationary-winner")) == []

    @pytest.mark.parametrize("status", ["probationary", "party_probation", "rights_suspended"])
    def test_d1_party_statuses_are_ignored_for_residents(self, status):
        d = edit(VB, lambda d: d.update(voters=[{"name": "韩小雨", "status": status}]))
        d["election"]["kind"], d["profile"] = "residents_committee", "residents-2018"

        assert found(d, "TK-ELIG-2") == []

    def test_d1_political_rights_are_the_villagers_rule_not_the_partys(self):
        """V-REG-2 for villagers and residents; the party family applies P-RIGHTS-1 only."""
        voter = {"name": "吴小军", "status": "political_rights_deprived"}
        d = edit(PB, lambda d: d.update(voters=[voter]))

        assert found(d, "TK-ELIG-2") == []

    def test_d2_suspension_is_not_a_1990_rule(self):
        """留置/逮捕 suspension is a 2020 Art. 5 addition: no TK-ELIG-2 under party-1990."""
        d = probe("p50-1990-voter-suspended")
        assert found(d, "TK-ELIG-2") == []

        d["profile"] = "party-2020"
        assert found(d, "TK-ELIG-2") == [
            ("TK-ELIG-2", "error", "/voters/0/status", ("P-RIGHTS-1",))
        ]

    def test_d2_suspended_flag_under_1990_is_a_negative_list_case(self):
        """Under 1990 the flag is not a P-RIGHTS-1 case, but still a flag (负面清单)."""
        d = edit(PB, lambda d: people(d, 赵磊={"flags": ["rights_suspended"]}))
        d["profile"] = "party-1990"

        assert found(d, "TK-ELIG-4") == [
            ("TK-ELIG-4", "warning", "/rounds/0/candidates/委员/5", ("TK-ELIG-4",))
        ]

    def test_d3_party_seat_reduction_to_two(self):
        """P-ELECT-4: a 支部委员会 reduced to 2 is below P-SIZE-1's minimum of 3: an error (the
        reduction is unlawful), not the usual-size warning."""
        got = [f for f in report(probe("p30-party-seat-reduction-to-2")) if f.code == "TK-COMP-2"]

        assert [(f.severity, f.path, f.recorded) for f in got] == [
            ("error", "/election/positions", 2)
        ]

    def test_d3_residents_reduced_to_three(self):
        """A residents' committee cannot reduce its seats (the party's P-ELECT-4); with 3 elected,
        under the statutory minimum of 5 (V-COMP-1, min_committee), another supplementary
        election is due (V-SUPP-4), so the declared seat_reduction is a wrong next step and the
        make-up is not judged before the committee is formed."""
        found = report(probe("p32-residents-reduced-to-3"))
        got = [(f.code, f.severity, f.expected, f.recorded) for f in found if f.code in ("TK-COMP-1", "TK-OUTCOME-3")]

        assert got == [("TK-OUTCOME-3", "error", "supplementary", "seat_reduction")]

    def test_d4_residents_supervisory_committee_is_a_local_rule(self):
        """组织法 art. 32 is the villagers' law: residents' TK-KIN-2 is a warning citing the seed."""
        got = [f for f in report(probe("p20-residents-sup")) if f.code == "TK-KIN-2"]

        assert [(f.severity, f.path) for f in got] == [("warning", "/supervisory_committee/0")]
        assert "seeds/002" in got[0].message_zh and "第三十二条" not in got[0].message_zh
        villagers = edit(probe("p20-residents-sup"), lambda d: d.update(profile="villager-2018"))
        villagers["election"]["kind"] = "villagers_committee"
        assert [f[:2] for f in found(villagers, "TK-KIN-2")] == [("TK-KIN-2", "error")]

    def test_d5_leap_day_rule_is_article_202(self):
        text = BY_CODE["TK-ELIG-1"]
        assert "第二百零二条" in text.explanation.zh and "art. 202" in text.explanation.en
        assert not any("二百零三" in a for a in text.articles)
        assert "art. 202" in anniversary.__doc__ and "203" not in anniversary.__doc__

    def test_d6_residents_assembly_is_the_residents_representative_assembly(self):
        got = [f for f in report(probe("p21-residents-nowoman")) if f.code == "TK-COMP-10"]

        assert len(got) == 1 and "居民代表会议" in got[0].message_zh
        assert "村民" not in got[0].message_zh and "residents'" in got[0].message_en

    def test_d7_commission_kin_wording(self):
        """TK-KIN-4 is a 不宜 (should not) rule about the election commission, in each language."""
        (f,) = [f for f in report(probe("p14-commission-kin")) if f.code == "TK-KIN-4"]

        assert "不宜" in f.message_zh and "应当" not in f.message_zh and "选举委员会" in f.message_zh
        assert "选举委员会" not in f.message_en and "should not" in f.message_en
        assert "election commission" in f.message_en

    def test_g1_representatives_at_least_four_fifths(self):
        """V-REPS-1 (组织法 art. 25): 15 representatives + 5 members: 5*15 < 4*20."""
        got = [f for f in report(probe("p64-reps-under-4-5")) if f.code == "TK-COMP-11"]

        assert [(f.severity, f.path, f.rules, f.recorded) for f in got] == [
            ("error", "/representatives", ("V-REPS-1",), 15)
        ]

    @pytest.mark.parametrize(
        ("n", "kind", "flagged"),
        [
            (20, "villagers_committee", None),  # 5*20 = 4*25: exactly four fifths
            (19, "villagers_committee", "error"),  # 5*19 < 4*24
            (19, "residents_committee", "warning"),
        ],
    )
    def test_g1_four_fifths_boundary(self, n, kind, flagged):
        d = edit(VB, lambda d: d.update(representatives=reps(n, n)))
        d["election"].update(kind=kind, households=n * 10)
        d["profile"] = "villager-2018" if kind == "villagers_committee" else "residents-2018"

        assert [f[1] for f in found(d, "TK-COMP-11")] == ([flagged] if flagged else [])

    def test_j1_branch_under_seven_members_has_no_committee(self):
        """P-SIZE-1: fewer than 7 full members, no committee: an error with its own code."""
        d = probe("p31-branch-6-members-committee")

        assert found(d, "TK-COMP-12") == [("TK-COMP-12", "error", "/election/members", ("P-SIZE-1",))]
        assert found(d, "TK-COMP-2") == []

    def test_j2_young_member_follows_the_inclusive_reading(self):
        """“35岁以下” including 35 (age_limit_inclusive): a member of exactly 35 qualifies."""
        d = probe("p51-young-inclusive")
        assert found(d, "TK-COMP-5") == []

        d["profile"] = "villager-2018"
        assert [f[0] for f in found(d, "TK-COMP-5")] == ["TK-COMP-5"]

    def test_residents_commission_maximum_names_both_seed_figures(self):
        from tallykit.profiles import BUILTIN

        s = BUILTIN["residents-2018"].settings["commission_size_max"]
        assert s.value == 9 and "only" not in s.reason
        assert "seeds/002" in s.source and "5至11" in s.source and "seeds/004" in s.source
