"""Timeline checks, one named test per rule (rules/villager.md §1.10 V-T-*, rules/party.md
P-TIME-1..4, P-SIZE-2), at the boundary: N days passes, N-1 (or N+1) fails. Day counting: the
start day is not counted, "N days before" is (election_day - event).days >= N."""

from __future__ import annotations

import copy
import datetime
import json
from pathlib import Path

import pytest

from tallykit.findings import BY_CODE
from tallykit.results import TIMELINE_FIELDS, parse_results
from tallykit.check.verify import verify
from tallykit.procedure.workdays import holiday_list, statutory_calendar

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
PARTY = json.loads(
    (EXAMPLES / "party-2020-tally-ok.json").read_text(encoding="utf-8")
)  # vote 2021-01-08
VILLAGE = json.loads(
    (EXAMPLES / "villager-2018-supplementary-ok.json").read_text(encoding="utf-8")
)  # 2021-02-03, supp 02-04


def build(base, timeline=None, set_=None, **top):
    d = copy.deepcopy(base)
    if timeline is not None:
        d["timeline"] = {**d.get("timeline", {}), **timeline}
    if set_:
        d["profile"] = {"extends": d["profile"], "set": set_}
    d.update(top)
    return d


def time_findings(data, calendar=None):
    return [
        f
        for f in verify(parse_results(data), calendar=calendar).findings
        if f.code.startswith("TK-TIME")
    ]


def got(data, calendar=None):
    return {(f.code, f.rules[0], f.severity) for f in time_findings(data, calendar)}


def one(data, code, calendar=None):
    found = [f for f in time_findings(data, calendar) if f.code == code]
    assert len(found) == 1, time_findings(data, calendar)
    return found[0]


def test_bases_have_no_timeline_findings():
    assert got(PARTY) == set() and got(VILLAGE) == set()


# ---------------------------------------------------------------- TK-TIME-1 election day


def test_election_day_mismatch_is_an_error():
    f = one(build(PARTY, {"election_day": "2021-01-09"}), "TK-TIME-1")
    assert f.severity == "error" and f.path == "/timeline/election_day"
    assert "2021-01-09" in f.message_zh and "2021-01-08" in f.message_en


def test_first_round_not_on_election_day_and_rounds_out_of_order():
    d = copy.deepcopy(VILLAGE)
    d["rounds"][0]["date"] = "2021-02-05"
    assert [f.path for f in time_findings(d) if f.code == "TK-TIME-1"] == [
        "/rounds/0/date",
        "/rounds/1/date",
    ]


def test_no_election_day_is_a_note_not_a_guess():
    d = build(PARTY, {"request_submitted": "2020-12-01"})
    del d["election"]["date"]
    assert got(d) == {("TK-TIME-1", "TK-TIME-1", "info")}


# ---------------------------------------------------------------- villagers: before election day


@pytest.mark.parametrize(("published", "fires"), [("2021-01-14", False), ("2021-01-15", True)])
def test_V_T_LIST_voter_list_20_days_before(published, fires):
    """2021-01-14 is 20 days before 2021-02-03: passes; 01-15 is 19: an error."""
    found = got(build(VILLAGE, {"voter_list_published": published}))
    assert (("TK-TIME-3", "V-T-LIST", "error") in found) == fires


def test_V_T_LIST_message_has_dates_required_and_counted():
    f = one(build(VILLAGE, {"voter_list_published": "2021-01-19"}), "TK-TIME-3")
    assert f.path == "/timeline/voter_list_published" and f.expected == ">= 20" and f.recorded == 15
    assert all(
        s in f.message_zh for s in ("2021-01-19", "2021-02-03", "15 日", "20 日", "开始当日不计入")
    )
    assert all(s in f.message_en for s in ("2021-01-19", "2021-02-03", "15 days", "at least 20"))


def test_V_T_LIST_applies_to_residents_committees():
    d = build(VILLAGE, {"voter_list_published": "2021-01-20"})
    d["election"]["kind"], d["profile"] = "residents_committee", "residents-2018"
    assert ("TK-TIME-3", "V-T-LIST", "error") in got(d)


@pytest.mark.parametrize(
    ("days", "published", "fires"),
    [
        (5, "2021-01-29", False),
        (5, "2021-01-30", True),
        (7, "2021-01-28", True),
        (3, "2021-01-31", False),
    ],
)
def test_V_T_CAND_official_candidates_days_before(days, published, fires):
    """Default 5; the 7-day (U-D, U-F, U-K) and 3-day (U-R, U-C) variants as a profile setting."""
    found = got(build(VILLAGE, {"candidates_published": published}, {"candidate_list_days": days}))
    assert (("TK-TIME-3", "V-T-CAND", "error") in found) == fires


@pytest.mark.parametrize(("announced", "fires"), [("2021-01-29", False), ("2021-01-30", True)])
def test_V_T_TIMEPLACE_time_and_place_5_days_before(announced, fires):
    assert (
        ("TK-TIME-3", "V-T-TIMEPLACE", "error")
        in got(build(VILLAGE, {"time_place_announced": announced}))
    ) == fires


# ---------------------------------------------------------------- villagers: objections (V-T-OBJ)


@pytest.mark.parametrize(("received", "fires"), [("2021-01-17", False), ("2021-01-18", True)])
def test_V_T_OBJ_objection_within_5_days_of_the_list(received, fires):
    """List 01-12: 01-17 is day 5 (start day not counted); 01-18 is late (a warning)."""
    found = got(build(VILLAGE, {"objection_received": received}))
    assert (("TK-TIME-4", "V-T-OBJ", "warning") in found) == fires


@pytest.mark.parametrize(("answered", "fires"), [("2021-01-18", False), ("2021-01-19", True)])
def test_V_T_OBJ_answer_within_3_days_of_receipt(answered, fires):
    found = got(
        build(VILLAGE, {"objection_received": "2021-01-15", "objection_answered": answered})
    )
    assert (("TK-TIME-4", "V-T-OBJ", "error") in found) == fires


def test_V_T_OBJ_out_of_order():
    found = got(
        build(VILLAGE, {"objection_received": "2021-01-10", "objection_answered": "2021-02-03"})
    )
    assert (
        "TK-TIME-2",
        "V-T-OBJ",
        "error",
    ) in found  # before the list, and answered on election day
    assert (
        len(
            [
                f
                for f in time_findings(
                    build(
                        VILLAGE,
                        {"objection_received": "2021-01-10", "objection_answered": "2021-02-03"},
                    )
                )
                if f.code == "TK-TIME-2"
            ]
        )
        == 2
    )


def test_V_T_OBJ_deadline_on_a_holiday_moves_only_when_the_profile_says():
    """Received Thu 2024-02-08: day 3 is Sun 02-11, inside the Spring Festival (02-10..02-17
    off). Extended, the deadline is the make-up working Sunday 02-18, so 02-19 is late."""
    base = copy.deepcopy(VILLAGE)
    base["election"]["date"] = "2024-03-20"
    base["timeline"] = {
        "election_day": "2024-03-20",
        "voter_list_published": "2024-02-05",
        "objection_received": "2024-02-08",
        "objection_answered": "2024-02-18",
    }
    for r in base["rounds"]:
        r.pop("date", None)
    assert ("TK-TIME-4", "V-T-OBJ", "error") in got(base)
    extended = build(base, set_={"deadline_holiday_extension": True})
    assert ("TK-TIME-4", "V-T-OBJ", "error") not in got(
        extended
    )  # deadline 02-11 moves to 02-18, worked
    late = build(extended, {"objection_answered": "2024-02-19"})
    f = [x for x in time_findings(late) if x.rules == ("V-T-OBJ",) and x.code == "TK-TIME-4"][0]
    assert f.expected == "<= 2024-02-18" and "顺延" in f.message_zh


# ---------------------------------------------------------------- villagers: proxies (V-T-PROXY)


def proxy(on):
    return [{"principal": "甲", "proxy": "乙", "relation": "spouse", "registered_on": on}]


def test_V_T_PROXY_registered_after_election_day_is_an_error():
    f = one(build(VILLAGE, proxies=proxy("2021-02-04")), "TK-TIME-3")
    assert f.rules == ("V-T-PROXY",) and f.path == "/proxies/0/registered_on" and f.recorded == -1


def test_V_T_PROXY_lead_days_variant():
    assert (
        got(build(VILLAGE, set_={"proxy_registration_days": 30}, proxies=proxy("2021-02-01")))
        == set()
    )
    found = got(
        build(
            VILLAGE,
            set_={"proxy_lead_days": 3, "proxy_registration_days": 30},
            proxies=proxy("2021-02-01"),
        )
    )
    assert ("TK-TIME-3", "V-T-PROXY", "error") in found


def test_V_T_PROXY_seed_windows_are_warnings():
    """Registration within 5 days of the list and publication within 2 days of review come from
    seeds/002 only (U in rules/villager.md): warnings."""
    found = got(
        build(
            VILLAGE,
            {"proxy_registration_closed": "2021-01-18", "proxy_list_published": "2021-01-21"},
            proxies=proxy("2021-01-18"),
        )
    )
    assert found == {("TK-TIME-4", "V-T-PROXY", "warning")}
    assert (
        len(
            time_findings(
                build(
                    VILLAGE,
                    {
                        "proxy_registration_closed": "2021-01-18",
                        "proxy_list_published": "2021-01-21",
                    },
                    proxies=proxy("2021-01-18"),
                )
            )
        )
        == 3
    )
    assert (
        got(
            build(
                VILLAGE,
                {"proxy_registration_closed": "2021-01-17", "proxy_list_published": "2021-01-19"},
                proxies=proxy("2021-01-17"),
            )
        )
        == set()
    )


def test_V_T_PROXY_list_after_election_day_is_out_of_order():
    found = got(
        build(
            VILLAGE,
            {"proxy_registration_closed": "2021-02-03", "proxy_list_published": "2021-02-04"},
            set_={"proxy_registration_days": 30},
        )
    )
    assert ("TK-TIME-2", "V-T-PROXY", "error") in found


# ---------------------------------------------------------------- villagers: after the vote


@pytest.mark.parametrize(("done", "fires"), [("2021-02-14", False), ("2021-02-15", True)])
def test_V_T_HANDOVER_within_10_days_of_the_last_vote(done, fires):
    """The committee is formed at the last vote (the supplementary round, 02-04)."""
    found = got(build(VILLAGE, {"handover_completed": done}))
    assert (("TK-TIME-4", "V-T-HANDOVER", "error") in found) == fires


def test_V_T_HANDOVER_before_the_vote_is_out_of_order():
    assert ("TK-TIME-2", "V-T-HANDOVER", "error") in got(
        build(VILLAGE, {"handover_completed": "2021-02-01"})
    )


@pytest.mark.parametrize(
    ("days", "chosen", "fires"),
    [(10, "2021-02-14", False), (10, "2021-02-15", True), (15, "2021-02-19", False)],
)
def test_V_T_POST_supervisory_committee_is_a_warning(days, chosen, fires):
    found = got(
        build(VILLAGE, {"supervisory_committee_elected": chosen}, {"supervisory_days": days})
    )
    assert (("TK-TIME-4", "V-T-POST", "warning") in found) == fires


def test_V_T_SUPP_supplementary_within_10_days():
    d = copy.deepcopy(VILLAGE)
    d["rounds"][1]["date"] = "2021-02-13"  # day 10 after the formal vote on 02-03
    assert got(d) == set()
    d["rounds"][1]["date"] = "2021-02-14"
    assert got(d) == {("TK-TIME-4", "V-T-SUPP", "warning")}


def test_V_T_POSTPONE_old_list_suggests_republication():
    assert got(build(VILLAGE, {"voter_list_published": "2020-12-16"})) == set()  # 49 days
    for published in ("2020-12-15", "2020-12-14"):  # 50 days (20 + 30, 以上 includes 30), 51
        assert got(build(VILLAGE, {"voter_list_published": published})) == {
            ("TK-TIME-7", "V-T-POSTPONE", "warning")
        }


def test_V_T_TERM_postponement_beyond_the_profile_months():
    assert got(build(VILLAGE, {"term_expires": "2020-02-03"})) == set()
    assert got(build(VILLAGE, {"term_expires": "2020-02-02"})) == {
        ("TK-TIME-7", "V-T-TERM", "warning")
    }
    assert got(build(VILLAGE, {"term_expires": "2020-08-02"}, {"term_postpone_months": 6})) == {
        ("TK-TIME-7", "V-T-TERM", "warning")
    }


# ---------------------------------------------------------------- party (P-TIME-1..4, P-SIZE-2)


def test_P_TIME_1_approval_before_request_and_after_the_vote():
    found = got(build(PARTY, {"request_submitted": "2020-12-01", "request_approved": "2020-11-30"}))
    assert found == {("TK-TIME-2", "P-TIME-1", "error")}
    found = got(build(PARTY, {"request_submitted": "2020-12-01", "request_approved": "2021-01-08"}))
    assert found == {("TK-TIME-2", "P-TIME-1", "error")}


@pytest.mark.parametrize(("submitted", "fires"), [("2020-12-08", False), ("2020-12-09", True)])
def test_P_TIME_1_request_one_month_ahead_is_a_warning(submitted, fires):
    found = got(build(PARTY, {"request_submitted": submitted}))
    assert (("TK-TIME-5", "P-TIME-1", "warning") in found) == fires


def test_P_TIME_2_sequence_of_steps():
    found = got(
        build(
            PARTY,
            {"request_approved": "2020-12-10", "preliminary_nominees_published": "2020-12-05"},
        )
    )
    assert found == {("TK-TIME-2", "P-TIME-2", "error")}
    found = got(
        build(PARTY, {"public_notice_start": "2021-01-01", "public_notice_end": "2021-01-08"})
    )
    assert ("TK-TIME-2", "P-TIME-2", "error") in found  # the 公示 must end before the vote


def party_notice(start, end, **set_):
    d = build(PARTY, {"public_notice_start": start, "public_notice_end": end}, set_ or None)
    d["election"]["date"] = "2024-03-01"
    return d


def test_P_TIME_3_five_working_days_over_the_spring_festival():
    """(2024-02-07, 2024-02-19] has 4 working days (02-08, 02-09, Sunday 02-18, 02-19); a
    Monday–Friday count would give 8. One more day makes 5."""
    f = one(party_notice("2024-02-07", "2024-02-19"), "TK-TIME-6")
    assert (
        f.rules == ("P-TIME-3",)
        and f.severity == "warning"
        and f.recorded == 4
        and f.expected == ">= 5"
    )
    assert "工作日按法定节假日库（" in f.message_zh and "chinese_calendar" in f.message_en and "4 working days" in f.message_en
    assert got(party_notice("2024-02-07", "2024-02-20")) == set()
    assert (
        got(party_notice("2024-02-07", "2024-02-19", prospective_notice_unit="calendar")) == set()
    )


def test_P_TIME_3_national_day_makeup_saturday_completes_the_period():
    """(2024-10-07, 2024-10-12]: 10-08..10-11 and the make-up Saturday 10-12 = 5."""
    d = party_notice("2024-10-07", "2024-10-12")
    d["election"]["date"] = "2024-10-20"
    assert got(d) == set()
    d = party_notice("2024-09-27", "2024-10-09")  # 9-29 (Sunday, worked), 9-30, 10-08, 10-09 = 4
    d["election"]["date"] = "2024-10-20"
    assert one(d, "TK-TIME-6").recorded == 4


def test_P_TIME_3_counting_the_start_day_is_a_setting():
    """Mon 2021-01-04 to Fri 01-08: 4 working days after the start (民法典 art.201, default),
    5 when the profile counts the start day (notices written "X日至Y日" inclusive)."""
    d = build(PARTY, {"public_notice_start": "2021-01-04", "public_notice_end": "2021-01-08"})
    d["election"]["date"] = "2021-01-15"
    assert one(d, "TK-TIME-6").recorded == 4
    assert got(build(d, set_={"notice_counts_start_day": True})) == set()


def test_P_TIME_4_result_notice_and_report():
    found = got(
        build(PARTY, {"public_notice_start": "2021-01-08", "public_notice_end": "2021-01-13"})
    )
    assert found == {("TK-TIME-6", "P-TIME-4", "warning")}  # 01-11, 12, 13 = 3 working days
    assert (
        got(build(PARTY, {"public_notice_start": "2021-01-08", "public_notice_end": "2021-01-15"}))
        == set()
    )
    assert got(build(PARTY, {"results_reported": "2021-01-07"})) == {
        ("TK-TIME-2", "P-TIME-4", "error")
    }
    assert got(build(PARTY, {"results_reported": "2021-01-09"})) == set()  # no deadline by default
    assert got(build(PARTY, {"results_reported": "2021-01-09"}, {"result_report_days": 0})) == {
        ("TK-TIME-4", "P-TIME-4", "warning")
    }


def test_P_SIZE_2_election_within_a_year_of_term_expiry():
    assert got(build(PARTY, {"term_expires": "2020-01-08"})) == set()
    assert got(build(PARTY, {"term_expires": "2020-01-07"})) == {("TK-TIME-7", "P-SIZE-2", "error")}
    assert got(build(PARTY, {"term_expires": "2022-01-09"})) == {("TK-TIME-7", "P-SIZE-2", "error")}


# ---------------------------------------------------------------- beyond the library's coverage

HOLIDAYS_2099 = {
    "format": "tallykit.holidays/1",
    "holidays": ["2099-10-01", "2099-10-02", "2099-10-05", "2099-10-06", "2099-10-07"],
    "workdays": ["2099-10-10"],
}


def notice_2099():
    d = build(PARTY, {"public_notice_start": "2099-09-30", "public_notice_end": "2099-10-09"})
    d["election"]["date"] = "2099-10-20"
    return d


def test_uncovered_year_warns_and_does_not_guess():
    """Mon–Fri would give 7 days; without a holiday list nothing is judged, one warning."""
    f = one(notice_2099(), "TK-TIME-8")
    assert f.severity == "warning" and "2099" in f.message_zh and "--holidays" in f.message_en
    assert not [x for x in time_findings(notice_2099()) if x.code == "TK-TIME-6"]


def test_uncovered_year_with_a_holiday_list_is_counted_from_it():
    """(09-30, 10-09] with 10-01, 10-02, 10-05..07 off: 10-08, 10-09 = 2 working days."""
    cal = statutory_calendar().extended(holiday_list(HOLIDAYS_2099, name="2099.json"))
    found = time_findings(notice_2099(), cal)
    assert {f.code for f in found} == {"TK-TIME-6", "TK-TIME-8"}
    short = [f for f in found if f.code == "TK-TIME-6"][0]
    assert short.recorded == 2
    note = [f for f in found if f.code == "TK-TIME-8"][0]
    assert note.severity == "warning" and "2099.json" in note.message_zh


# ---------------------------------------------------------------- catalogue and parser


def test_timeline_checks_are_in_the_catalogue_in_one_block():
    codes = [c for c in BY_CODE if c.startswith("TK-TIME")]
    assert codes == [f"TK-TIME-{i}" for i in range(1, 9)]
    assert list(BY_CODE)[-8:] == codes


def test_week_dates_are_not_iso_calendar_dates():
    d = build(PARTY, {"request_submitted": "2020-W49-1"})
    with pytest.raises(Exception) as info:
        parse_results(d)
    assert getattr(info.value, "path", "") == "/timeline/request_submitted"


# ---------------------------------------------------------------- CLI: verify --holidays


def test_cli_holidays_file_is_used_for_an_uncovered_year(cli, tmp_path):
    (tmp_path / "r.json").write_text(
        json.dumps(notice_2099(), ensure_ascii=False), encoding="utf-8"
    )
    (tmp_path / "h.json").write_text(json.dumps(HOLIDAYS_2099), encoding="utf-8")
    plain = json.loads(cli("verify", "--format", "json", str(tmp_path / "r.json")).stdout)
    assert {f["code"] for f in plain["results"][0]["findings"]} == {"TK-TIME-8"}
    used = json.loads(
        cli(
            "verify",
            "--format",
            "json",
            "--holidays",
            str(tmp_path / "h.json"),
            str(tmp_path / "r.json"),
        ).stdout
    )
    found = {f["code"]: f for f in used["results"][0]["findings"]}
    assert set(found) == {"TK-TIME-6", "TK-TIME-8"} and found["TK-TIME-6"]["recorded"] == 2
    assert (
        "h.json" in found["TK-TIME-8"]["message"]
        and str(tmp_path) not in found["TK-TIME-8"]["message"]
    )
    again = cli(
        "verify",
        "--format",
        "json",
        "--jobs",
        "2",
        "--holidays",
        str(tmp_path / "h.json"),
        str(tmp_path / "r.json"),
        str(EXAMPLES / "party-2020-timeline-ok.json"),
    )
    assert json.loads(again.stdout)["results"][0] == used["results"][0]


def test_cli_bad_holidays_file_is_a_usage_error(cli, tmp_path):
    (tmp_path / "h.json").write_text(
        json.dumps({**HOLIDAYS_2099, "workdays": ["2099-10-09"]}), encoding="utf-8"
    )
    result = cli(
        "verify",
        "--holidays",
        str(tmp_path / "h.json"),
        str(EXAMPLES / "party-2020-tally-ok.json"),
        exit_code=2,
    )
    assert "调休上班日 第1项" in result.stderr
    result = cli(
        "verify",
        "--lang",
        "en",
        "--holidays",
        str(tmp_path / "missing.json"),
        str(EXAMPLES / "party-2020-tally-ok.json"),
        exit_code=2,
    )
    assert "cannot read" in result.stderr


def test_cli_english_message(cli):
    out = cli(
        "verify",
        "--lang",
        "en",
        str(EXAMPLES / "villager-2018-voter-list-late-error.json"),
        exit_code=1,
    ).stdout
    assert "voter list published 2021-01-18 is 16 days before election day 2021-02-03" in out


def test_calendar_library_is_imported_only_when_working_days_are_needed():
    """Start-up stays fast: verifying a file without a working-day period never imports it."""
    import subprocess
    import sys

    probe = (
        "import sys, json\n"
        "from tallykit import parse_results, verify\n"
        "for name in sys.argv[1:]:\n"
        "    verify(parse_results(json.load(open(name, encoding='utf-8'))))\n"
        "print('chinese_calendar' in sys.modules)\n"
    )
    run = lambda *files: subprocess.run(
        [sys.executable, "-c", probe, *map(str, files)], capture_output=True, text=True, check=True
    ).stdout.strip()  # noqa: E731
    assert (
        run(
            EXAMPLES / "party-2020-tally-ok.json",
            EXAMPLES / "villager-2018-voter-list-late-error.json",
        )
        == "False"
    )
    assert run(EXAMPLES / "party-2020-notice-over-holiday-warning.json") == "True"


# ---------------------------------------------------------------- properties

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

ANY_DATE = st.dates(
    min_value=__import__("datetime").date(1, 1, 1),
    max_value=__import__("datetime").date(9999, 12, 31),
)
COVERED = st.dates(min_value=datetime.date(2004, 1, 1), max_value=datetime.date(2026, 12, 31))
FIELDS = [f for f in TIMELINE_FIELDS if f != "election_day"]


IN_RANGE = st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2199, 12, 31))
SOME_DATE = IN_RANGE | ANY_DATE


@settings(max_examples=60, deadline=None)
@given(
    st.dictionaries(st.sampled_from(FIELDS), SOME_DATE, max_size=8),
    SOME_DATE,
    st.booleans(),
    st.integers(0, 1000) | st.integers(0, 10**12),
    st.booleans(),
)
def test_any_dates_and_periods_give_findings_not_tracebacks(tl, election, party, days, extend):
    """Dates the format admits (DATE_MIN..DATE_MAX) and spans up to SPAN_MAX give findings; a
    date or span beyond them is an InputError naming its path, never an overflow."""
    from tallykit.errors import InputError
    from tallykit.parameters import SPAN_MAX
    from tallykit.results import DATE_MAX, DATE_MIN

    base = PARTY if party else VILLAGE
    key = "request_lead_months" if party else "handover_days"
    d = build(
        base,
        {k: v.isoformat() for k, v in tl.items()},
        {key: days, "deadline_holiday_extension": extend},
    )
    d["election"]["date"] = election.isoformat()
    d["timeline"].pop("election_day", None)
    for r in d["rounds"]:
        r.pop("date", None)
    bad = ["/election/date"] if not DATE_MIN <= election <= DATE_MAX else []
    bad += [f"/timeline/{k}" for k, v in tl.items() if not DATE_MIN <= v <= DATE_MAX]
    if days > SPAN_MAX:
        bad.append(f"/profile/set/{key}")
    if bad:
        with pytest.raises(InputError) as err:
            time_findings(d)
        assert err.value.path in bad and err.value.rule in ("FMT-DATE", "FMT-PROFILE")
        return
    for f in time_findings(d):
        assert (
            f.path.startswith("/")
            and f.message_zh
            and f.message_en
            and f.severity in ("error", "warning", "info")
        )


@settings(max_examples=80, deadline=None)
@given(st.integers(-5, 60), st.integers(0, 40))
def test_V_T_LIST_against_the_oracle(before, days):
    """The finding fires exactly when (election_day - published).days < N."""
    import datetime

    published = datetime.date(2021, 2, 3) - datetime.timedelta(before)
    d = build(
        VILLAGE,
        {"voter_list_published": published.isoformat()},
        {"voter_list_days": days, "postpone_republish_days": 1000},
    )
    assert (("TK-TIME-3", "V-T-LIST", "error") in got(d)) == (before < days)


@settings(max_examples=80, deadline=None)
@given(COVERED, st.integers(0, 60))
def test_workdays_against_the_library_day_by_day(start, span):
    import datetime

    import chinese_calendar

    end = min(start + datetime.timedelta(span), datetime.date(2026, 12, 31))
    brute = sum(
        1
        for k in range(1, (end - start).days + 1)
        if chinese_calendar.is_workday(start + datetime.timedelta(k))
    )
    assert statutory_calendar().workdays_after(start, end) == brute


# ---------------------------------------------------------------- regressions (review of the timeline)


def test_before_anchor_keeps_the_rules_severity_for_unverified_rules():
    """V-T-PROXY and V-T-POST are unverified (U): an event before its anchor is a warning, as the
    late event is (review probes vC, vP2, vSup)."""
    registered_before_list = build(
        VILLAGE, {"voter_list_published": "2021-01-10"}, proxies=proxy("2021-01-08")
    )
    f = one(registered_before_list, "TK-TIME-2")
    assert (f.rules, f.severity, f.path) == (("V-T-PROXY",), "warning", "/proxies/0/registered_on")
    published_before_review = build(
        VILLAGE, {"proxy_registration_closed": "2021-01-14", "proxy_list_published": "2021-01-13"}
    )
    f = one(published_before_review, "TK-TIME-2")
    assert (f.rules, f.severity) == (("V-T-PROXY",), "warning")
    chosen_before_formed = build(VILLAGE, {"supervisory_committee_elected": "2021-02-03"})
    f = one(chosen_before_formed, "TK-TIME-2")
    assert (f.rules, f.severity) == (("V-T-POST",), "warning")
    assert got(build(VILLAGE, {"handover_completed": "2021-02-03"})) == {
        ("TK-TIME-2", "V-T-HANDOVER", "error")
    }


@pytest.mark.parametrize(("published", "fires"), [("2020-12-16", False), ("2020-12-15", True)])
def test_V_T_POSTPONE_thirty_days_or_more_includes_thirty(published, fires):
    """ "推迟选举30天以上" counts 30 itself (以上 includes the number, rules/villager.md §1.10):
    a list 20 + 30 = 50 days old may have been published before a 30-day postponement (review
    probes vB50, vB51)."""
    found = time_findings(build(VILLAGE, {"voter_list_published": published}))
    assert bool(found) == fires
    if fires:
        (f,) = found
        assert (f.code, f.rules, f.severity) == ("TK-TIME-7", ("V-T-POSTPONE",), "warning")
        assert f.recorded == 50 and f.expected == "< 50"
        assert "30 days or more" in f.message_en and "30 日以上" in f.message_zh


def village_on(day, timeline, **set_):
    """VILLAGE moved to election day ``day`` (rounds undated, so on election day)."""
    d = build(VILLAGE, set_=set_ or None)
    d["election"]["date"] = day
    d["timeline"] = {"election_day": day, **timeline}
    for r in d["rounds"]:
        r.pop("date", None)
    return d


def test_holiday_extension_in_an_uncovered_year_still_judges_lateness():
    """With deadline_holiday_extension on, a handover 60 days after a vote in 2027 (a year the
    library does not cover) is still late against the unextended deadline 03-11, with the
    calendar warning; an on-time handover needs no calendar (review probes vX1, vX2, pr1)."""
    late = village_on(
        "2027-03-01", {"handover_completed": "2027-04-30"}, deadline_holiday_extension=True
    )
    assert got(late) == {
        ("TK-TIME-4", "V-T-HANDOVER", "error"),
        ("TK-TIME-8", "V-T-HANDOVER", "warning"),
    }
    f = one(late, "TK-TIME-4")
    assert f.expected == "<= 2027-03-11" and f.recorded == 60
    assert "2027" in f.message_zh and "顺延" in f.message_zh and "未能核查" in f.message_zh
    assert "holiday extension could not be checked for 2027" in f.message_en
    on_time = village_on(
        "2027-03-01", {"handover_completed": "2027-03-03"}, deadline_holiday_extension=True
    )
    assert got(on_time) == set()
    from tallykit.errors import InputError
    from tallykit.parameters import SPAN_MAX

    longest = build(
        VILLAGE,
        {"voter_list_published": "2021-01-10", "objection_received": "2021-01-11"},
        {"objection_days": SPAN_MAX, "deadline_holiday_extension": True},
    )
    assert got(longest) == set()
    huge = build(
        VILLAGE,
        {"voter_list_published": "2021-01-10", "objection_received": "2021-01-11"},
        {"objection_days": 10**30, "deadline_holiday_extension": True},
    )
    with pytest.raises(InputError) as err:  # a span past SPAN_MAX is a typo, named where it is
        got(huge)
    assert (err.value.path, err.value.rule) == ("/profile/set/objection_days", "FMT-PROFILE")


def test_V_T_SUPP_follows_the_holiday_extension_and_the_message_style():
    """Vote Mon 2024-09-23: day 10 is 10-03, inside National Day (10-01..10-07 off), so with
    deadline_holiday_extension the last day is Tue 10-08 (review probe vS)."""

    def supp(day, **set_):
        d = village_on("2024-09-23", {}, **set_)
        d["rounds"][1]["date"] = day
        return d

    assert got(supp("2024-10-08", deadline_holiday_extension=True)) == set()
    f = one(supp("2024-10-09", deadline_holiday_extension=True), "TK-TIME-4")
    assert (f.rules, f.severity, f.path) == (("V-T-SUPP",), "warning", "/rounds/1/date")
    assert f.expected == "<= 2024-10-08" and f.recorded == 16 and "顺延" in f.message_zh
    f = one(supp("2024-10-08"), "TK-TIME-4")
    assert f.expected == "<= 2024-10-03" and f.recorded == 15
    assert "开始当日不计入" in f.message_zh and "start day not counted" in f.message_en


HOLIDAYS_2024 = {
    "format": "tallykit.holidays/1",
    "holidays": ["2024-10-01", "2024-10-02", "2024-10-03", "2024-10-04", "2024-10-07"],
    "workdays": ["2024-09-29", "2024-10-12"],
}


def test_holidays_file_replacing_a_covered_year_says_so():
    """2024 is in the library; a supplied list for 2024 replaces it, and TK-TIME-8 says the
    file was used instead of the library, not that 2024 is uncovered (review probe hol2024 +
    p0). A year neither covers does not claim that no file was supplied."""
    cal = statutory_calendar().extended(holiday_list(HOLIDAYS_2024, name="hol2024.json"))
    d = party_notice("2024-10-07", "2024-10-14")
    d["election"]["date"] = "2024-10-20"
    f = one(d, "TK-TIME-8", cal)
    assert "不在法定节假日库" not in f.message_zh and "not covered" not in f.message_en
    assert "替代" in f.message_zh and "hol2024.json" in f.message_zh
    assert "instead of the statutory holiday library" in f.message_en
    assert "State Council notice" in f.message_en
    cal99 = statutory_calendar().extended(holiday_list(HOLIDAYS_2099, name="2099.json"))
    f = one(party_notice("2030-02-07", "2030-02-19"), "TK-TIME-8", cal99)
    assert (
        "未提供节假日文件" not in f.message_zh
        and "no holiday list was supplied" not in f.message_en
    )
    assert "does not cover 2030 either" in f.message_en


def test_holidays_file_remediation_is_to_check_the_file(cli, tmp_path):
    """The clerk's remediation of TK-TIME-8 gives the supplied-file case its own wording: check
    the file against the State Council notice (not only "supply the year's holiday list")."""
    check = BY_CODE["TK-TIME-8"]
    assert "国务院办公厅" in check.remediation_clerk.zh and "提供该年" in check.remediation_clerk.zh
    assert "already supplied" in check.remediation_clerk.en
    (tmp_path / "h.json").write_text(json.dumps(HOLIDAYS_2024), encoding="utf-8")
    d = party_notice("2024-10-07", "2024-10-14")
    d["election"]["date"] = "2024-10-20"
    (tmp_path / "r.json").write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    out = cli(
        "verify", "--lang", "en", "--holidays", str(tmp_path / "h.json"), str(tmp_path / "r.json")
    ).stdout
    assert "instead of the statutory holiday library" in out
    assert "check it against the State Council holiday notice for that year" in out


def test_P_TIME_4_report_before_the_vote_is_reported_once():
    """With result_report_days set, a report dated before the last vote is one TK-TIME-2, not
    one from the order check and another from the deadline check (review probe dup)."""
    found = time_findings(
        build(PARTY, {"results_reported": "2021-01-07"}, {"result_report_days": 0})
    )
    assert [(f.code, f.rules, f.severity, f.path) for f in found] == [
        ("TK-TIME-2", ("P-TIME-4",), "error", "/timeline/results_reported")
    ]


def test_event_after_election_day_says_after_not_minus_days_before():
    """An event due N days before election day but dated after it is described as after election
    day, never "-26 days before" (review probes vN4, b2)."""
    f = one(build(VILLAGE, {"time_place_announced": "2021-03-01"}), "TK-TIME-3")
    assert f.recorded == -26 and f.expected == ">= 5"
    assert "晚于选举日 2021-02-03" in f.message_zh and "26 日" in f.message_zh
    assert "is 26 days after election day 2021-02-03" in f.message_en
    assert "at least 5 days before" in f.message_en
    assert "-26" not in f.message_zh + f.message_en
    f = one(build(VILLAGE, proxies=proxy("2021-02-04")), "TK-TIME-3")
    assert "is 1 days after election day" in f.message_en and "-1" not in f.message_en


def test_working_day_notice_shorter_in_calendar_days_is_judged_in_an_uncovered_year():
    """A one-day 公示 in 2027 (not in the library) cannot have 5 working days: working days after
    the start are at most the calendar days, so TK-TIME-6 fires without the calendar, and no
    TK-TIME-8 is needed (review probe p27short). A long enough span still waits for the
    calendar."""
    d = party_notice("2027-10-12", "2027-10-13")
    d["election"]["date"] = "2027-10-20"
    f = one(d, "TK-TIME-6")
    assert (f.rules, f.severity, f.expected, f.recorded) == (
        ("P-TIME-3",),
        "warning",
        ">= 5",
        "<= 1",
    )
    assert "1 日" in f.message_zh and "at most 1 working day" in f.message_en
    assert not [x for x in time_findings(d) if x.code == "TK-TIME-8"]
    counted = build(d, set_={"notice_counts_start_day": True})
    assert one(counted, "TK-TIME-6").recorded == "<= 2"
    long_enough = party_notice("2027-10-07", "2027-10-12")
    long_enough["election"]["date"] = "2027-10-20"
    assert got(long_enough) == {("TK-TIME-8", "P-TIME-3", "warning")}


def test_catalogue_lists_what_the_timeline_emits():
    """TK-TIME-8 cites every rule whose period may need the calendar (P-TIME-4, V-T-PROXY, V-T-POST,
    V-T-SUPP among them), and TK-TIME-7's explanation says P-SIZE-2 is an error although the
    catalogue lists the check as a warning (as TK-COMP-3 documents its two severities)."""
    extend = {"deadline_holiday_extension": True}
    proxy_late = village_on(
        "2027-03-01",
        {"voter_list_published": "2027-02-01", "proxy_registration_closed": "2027-02-20"},
        **extend,
    )
    post_late = village_on("2027-03-01", {"supervisory_committee_elected": "2027-04-30"}, **extend)
    supp_late = village_on("2027-03-01", {}, **extend)
    supp_late["rounds"][1]["date"] = "2027-03-30"
    result_notice = party_notice("2027-10-21", "2027-10-29")
    result_notice["election"]["date"] = "2027-10-20"
    report = build(PARTY, {"results_reported": "2027-03-01"}, {"result_report_days": 0, **extend})
    report["election"]["date"] = "2027-01-08"
    for r in report["rounds"]:
        r.pop("date", None)
    emitted = set()
    for data in (proxy_late, post_late, supp_late, result_notice, report):
        for f in time_findings(data):
            assert set(f.rules) <= set(BY_CODE[f.code].rules), f
            emitted.add((f.code, f.rules[0]))
    assert {("TK-TIME-8", r) for r in ("P-TIME-4", "V-T-PROXY", "V-T-POST", "V-T-SUPP")} <= emitted
    seven = BY_CODE["TK-TIME-7"]
    assert seven.severity == "warning"
    assert "P-SIZE-2" in seven.explanation.zh and "错误" in seven.explanation.zh
    assert "P-SIZE-2" in seven.explanation.en and "error" in seven.explanation.en
