"""The 2026 laws (rules/villager.md §4): profiles by election day, the amended law's items as
parameters and checks, and local profile files."""

from __future__ import annotations

import copy
import datetime
import hashlib
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tallykit import parameters as P
from tallykit import count, parse_results, verify
from tallykit.check.certificate import certificate
from tallykit.check.check_certificate import check
from tallykit.cli.main import main
from tallykit.counting.explain import explain
from tallykit.parameters import PARAMETERS
from tallykit.profiles import BUILTIN, profile_for, resolve_profile
from tallykit.text.texts import text
from tallykit.vocabulary import Lang

from tests.support.helpers import party_file

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
CASE = ROOT / "tests" / "cases" / "date_2026_01_10_chooses_amended_law" / "input.json"
REPORTED_ZH, REPORTED_EN = text("profile.reported", Lang.ZH), text("profile.reported", Lang.EN)
AMENDED = {
    "proxy_limit": "V-2026-PROXY-1",
    "candidate_may_hold_proxy": "V-2026-PROXY-2",
    "registration_village_work": "V-2026-REG-1",
    "commission_kin_withdrawal": "V-2026-COMM-1",
    "kin_avoidance": "V-2026-KIN-1",
    "statutory_exclusions": "V-2026-CAND-1",
    "supervisory_kin_avoidance": "V-2026-SUPERVISE-1",
}


def cli(*args: str):
    return CliRunner().invoke(main, list(args))


def dated(day: str, path: Path = CASE, **changes) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))
    data["election"]["date"] = day
    for key, value in changes.items():
        data[key] = value
    return data


def findings(data: dict, **kw) -> list:
    return list(verify(parse_results(data), **kw).findings)


# ---------------------------------------------------------------- the profile follows the date


@pytest.mark.parametrize(
    ("day", "villagers", "residents"),
    [
        ("2010-10-28", "villager-2018", "residents-2018"),
        ("2025-12-20", "villager-2018", "residents-2018"),
        ("2025-12-31", "villager-2018", "residents-2018"),
        ("2026-01-01", "villager-2026", "residents-2026"),
        ("2026-01-10", "villager-2026", "residents-2026"),
    ],
)
def test_profile_by_kind_and_election_day(day, villagers, residents):
    """V-2026-DATE: the 2018 texts up to 2025-12-31, the amended ones from 2026-01-01; recalls
    follow the villagers' law."""
    d = datetime.date.fromisoformat(day)
    assert profile_for("villagers_committee", d).id == villagers
    assert profile_for("recall", d).id == villagers
    assert profile_for("residents_committee", d).id == residents


@pytest.mark.parametrize(
    ("day", "profile"), [("2019-11-30", "party-1990"), ("2020-07-12", "party-1990"), ("2020-07-13", "party-2020")]
)
def test_party_profiles_have_periods_too(day, profile):
    """rules/party.md §0: the 2020 regulation (issued 2020-07-13) replaced the 1990 one; a party
    file naming no profile is counted under the one of its date, and says so."""
    data = party_file(expected=25, present=21, tally={"甲": 11}, profile=None)
    data["election"]["date"] = day
    c = count(parse_results(data))

    assert (c.profile.id, c.profile.choice.by) == (profile, "date")
    # 11 of 25 expected (2020: 2*11 > 25 fails) or of 21 present (1990: 2*11 > 21 holds)
    assert c.rounds[0].elected == ({"委员": ["甲"]} if profile == "party-1990" else {"委员": []})


def test_no_date_keeps_the_kinds_default():
    """Without a day the kind's default is used, as before, and the reason says there is no day."""
    c = count(parse_results(party_file(expected=5, present=5, tally={"甲": 3}, profile=None)))

    assert (c.profile.id, c.profile.choice.by) == ("party-2020", "kind")
    assert "未载选举日" in c.profile.reason("zh") and "no election day" in c.profile.reason("en")


def test_the_day_is_the_timeline_election_day_first():
    """The election day is timeline.election_day, else election.date, else the first round's."""
    data = dated("2025-12-28", timeline={"election_day": "2026-01-03"})

    assert count(parse_results(data)).profile.id == "villager-2026"


def test_a_candidate_holding_a_proxy_is_reported_only_under_the_new_profile():
    """Done when: the same file dated 2025-12-20 has no proxy finding; dated 2026-01-10 the
    authorisation held by the 主任 candidate is rejected and reported (V-2026-PROXY-2)."""
    before = findings(dated("2025-12-20"))
    after = findings(dated("2026-01-10"))

    assert not [f for f in before if f.code == "TK-PROXY-1"]
    [f] = [f for f in after if f.code == "TK-PROXY-1"]
    assert f.rules == ("V-PROXY-1", "V-2026-PROXY-2") and f.path == "/proxies/0"
    assert REPORTED_ZH in f.message_zh and REPORTED_EN in f.message_en
    assert "张立新" in f.message_zh


def test_the_candidate_rule_is_a_parameter_a_user_can_change():
    """The grade-C default is changeable: with candidate_may_hold_proxy true nothing is rejected,
    and a local profile on the 2018 law may adopt the bar (citing V-PROXY-1, unreported)."""
    allowed = {"extends": "villager-2026", "set": {"candidate_may_hold_proxy": True}}
    barred = {"extends": "villager-2018", "set": {"candidate_may_hold_proxy": False}}

    assert not [f for f in findings(dated("2026-01-10", profile=allowed)) if f.code == "TK-PROXY-1"]
    [f] = [f for f in findings(dated("2025-12-20", profile=barred)) if f.code == "TK-PROXY-1"]
    assert f.rules == ("V-PROXY-1",) and REPORTED_ZH not in f.message_zh


def test_a_named_profile_outside_its_period_is_a_warning_naming_both():
    """TK-PROFILE-1: the file names villager-2018 for 2026-01-10; it is checked under that
    profile (no candidate-proxy finding) and told the date gives villager-2026."""
    out = findings(dated("2026-01-10", profile="villager-2018"))

    [f] = [f for f in out if f.code == "TK-PROFILE-1"]
    assert (f.severity, f.path, f.rules) == ("warning", "/profile", ("V-2026-DATE",))
    assert "villager-2018" in f.message_zh and "villager-2026" in f.message_zh
    assert (f.expected, f.recorded) == ("villager-2026", "villager-2018")
    assert not [g for g in out if g.code == "TK-PROXY-1"]


def test_an_override_outside_its_period_is_said_too():
    """--profile (or the caller) giving villager-2026 for a 2025 election: option, and the date."""
    report = verify(parse_results(dated("2025-12-20")), profile=BUILTIN["villager-2026"])

    assert report.profile.choice.by == "option" and report.profile.choice.fits == "villager-2018"
    [f] = [f for f in report.findings if f.code == "TK-PROFILE-1"]
    assert f.path == "/election/date"


def test_a_local_profile_extending_an_old_profile_is_outside_its_period():
    """A county's profile file on villager-2018 used for 2026: the base's period applies."""
    local = {"id": "本县-2021", "extends": "villager-2018", "set": {"age_max_new_member": 45}}
    out = findings(dated("2026-01-10", profile=local))

    assert [f.recorded for f in out if f.code == "TK-PROFILE-1"] == ["本县-2021"]


def test_every_output_says_why_the_profile_was_chosen(tmp_path):
    """verify (text and JSON), count (text and JSON) and explain state the choice; the
    certificate of a date-chosen file names the profile the date gives (villager-2026) and
    passes the independent checker, which picks the profile by date itself (the certificate
    carries only what the checker derives, so not the wording of why)."""
    path = tmp_path / "a.json"
    data = dated("2026-01-10")
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    why = "按选举类别和选举日 2026-01-10 选定"

    assert why in cli("verify", str(path)).stdout
    entry = json.loads(cli("verify", "--format", "json", str(path)).stdout)["results"][0]
    assert entry["profile"]["chosen"]["by"] == "date" and why in entry["profile"]["chosen"]["zh"]
    assert why in cli("count", str(path)).stdout
    assert json.loads(cli("count", "--format", "json", str(path)).stdout)["profile"]["chosen"]["by"] == "date"
    assert why in cli("explain", str(path)).stdout
    assert "chosen by election kind and election day 2026-01-10" in cli("explain", "--lang", "en", str(path)).stdout
    raw = path.read_bytes()
    results = parse_results(data)
    cert = certificate(results, count(results), hashlib.sha256(raw).hexdigest())
    assert cert["profile"]["id"] == "villager-2026"
    assert check(json.dumps(cert).encode("utf-8"), raw) == []
    override = cli("verify", "--profile", "villager-2018", str(path)).stdout
    assert "调用时指定（--profile）" in override and "TK-PROFILE-1" in override


def test_the_checker_rejects_a_certificate_made_under_the_wrong_law():
    """check-certificate picks the profile by date itself: a certificate of the 2026 file
    counted under villager-2018 does not match."""
    data = dated("2026-01-10")
    raw = json.dumps(data, ensure_ascii=False).encode("utf-8")
    results = parse_results(data)
    counted = count(results, profile=BUILTIN["villager-2018"])
    wrong = json.dumps(certificate(results, counted, hashlib.sha256(raw).hexdigest())).encode()

    assert any("/profile/id" in en for _, en in check(wrong, raw))


# ---------------------------------------------------------------- the amended law's items


def test_new_profiles_extend_the_2018_ones_with_every_amended_item():
    """villager-2026 differs from villager-2018 in the §4 items (and the women's annotations),
    each resting on its amended rule, graded C; residents-2026 in R-2026-SIZE-1 only."""
    v18, v26 = BUILTIN["villager-2018"], BUILTIN["villager-2026"]
    changed = {n for n in v26.settings if v26.settings[n] != v18.settings[n]}

    assert changed == set(AMENDED) | {"women_guarantee", "women_share_target"}
    for name, rule in AMENDED.items():
        assert (v26.settings[name].rule, v26.settings[name].grade) == (rule, "C"), name
    assert all("V-2026-WOMEN-1" in v26.settings[n].source for n in ("women_guarantee", "women_share_target"))
    r18, r26 = BUILTIN["residents-2018"], BUILTIN["residents-2026"]
    assert {n for n in r26.settings if r26.settings[n] != r18.settings[n]} == {
        "community_households_min", "community_households_max", "women_guarantee", "women_share_target",
    }
    assert (r18[P.COMMUNITY_HOUSEHOLDS_MIN], r18[P.COMMUNITY_HOUSEHOLDS_MAX]) == (100, 700)
    assert (r26[P.COMMUNITY_HOUSEHOLDS_MIN], r26[P.COMMUNITY_HOUSEHOLDS_MAX]) == (1000, 3000)
    assert {p.rule for p in v26.provisions} >= {"V-2026-HEAD-1", "V-2026-SUPERVISE-1", "V-2026-WOMEN-1"}


@pytest.mark.parametrize("profile", ["villager-2018", "villager-2026", "residents-2018", "residents-2026"])
def test_every_villager_family_setting_has_a_grade(profile):
    for name, setting in BUILTIN[profile].applicable.items():
        assert setting.grade in ("A", "B", "C", "U"), name


def test_profiles_lists_the_new_profiles_with_source_and_grade():
    """`tallykit profiles`: period, each parameter's source and grade; the amended items say
    they are reported and not verified (zh and en), carried-over values say so."""
    zh = cli("profiles").stdout
    en = cli("profiles", "--lang", "en").stdout
    data = {p["id"]: p for p in json.loads(cli("profiles", "--format", "json").stdout)}

    block = zh[zh.index("villager-2026  "):]
    assert "适用：2026-01-01 起举行的选举 [V-2026-DATE]" in block
    assert "候选人可接受委托投票 = 否" in block and "等级 C" in block and REPORTED_ZH in block
    assert "candidate_may_hold_proxy" not in block  # in Chinese, the parameter's words
    assert "candidate_may_hold_proxy = false" in en[en.index("villager-2026  "):]
    assert "沿用 villager-2018" in block
    assert REPORTED_EN in en[en.index("villager-2026  "):]
    v26 = data["villager-2026"]
    assert v26["period"]["from"] == "2026-01-01" and v26["based_on"] == "villager-2018"
    for name, rule in AMENDED.items():
        p = v26["params"][name]
        assert (p["rule"], p["grade"], p["reported_not_verified"], p["carried_over"]) == (rule, "C", True, False)
        assert p["source"].startswith(rule)
    assert v26["params"]["voter_list_days"]["carried_over"] is True
    assert data["residents-2026"]["params"]["community_households_max"]["grade"] == "C"
    assert data["party-1990"]["period"]["until"] == "2020-07-12"


def test_statutory_exclusions_void_votes_and_the_election_only_under_the_amended_law():
    """V-2026-CAND-1: a candidate flagged criminal_record. Under 2026 the votes are void (the
    next majority-winner takes the seat) and the declared election is void (TK-ELIG-5 citing
    V-2026-CAND-1); under 2018 the flag is a policy negative-list case (TK-ELIG-5, own code)."""

    def run(day):
        data = dated(day)
        data["candidates"][4]["flags"] = ["criminal_record"]  # 孙明, 委员 400 votes
        results = parse_results(data)
        return count(results).rounds[0], verify(results).findings

    old, old_findings = run("2025-12-20")
    new, new_findings = run("2026-01-10")

    assert old.elected["委员"] == ["孙明", "周丽", "吴强"]
    assert new.elected["委员"] == ["周丽", "吴强"] and new.result == "supplementary"
    assert [n.rule for n in new.notes if n.code == "votes_void_statutory_exclusion"] == ["V-2026-CAND-1"]
    [elig] = [f for f in new_findings if f.code == "TK-ELIG-5"]
    assert elig.rules == ("V-2026-CAND-1",) and "受过刑事处罚" in elig.message_zh and REPORTED_ZH in elig.message_zh
    assert [f.rules for f in old_findings if f.code == "TK-ELIG-5"] == [("TK-ELIG-5",)]


def test_kin_on_the_committee_cites_the_amended_law_only_under_it():
    """V-2026-KIN-1: 孙明 and 周丽 married, both elected: TK-KIN-1 (warning) under both laws; the
    amended rule and its caveat only under villager-2026."""
    rel = [{"a": "孙明", "b": "周丽", "relation": "spouse"}]
    [old] = [f for f in findings(dated("2025-12-20", relations=rel)) if f.code == "TK-KIN-1"]
    [new] = [f for f in findings(dated("2026-01-10", relations=rel)) if f.code == "TK-KIN-1"]

    assert old.rules == ("V-KIN-1", "TK-KIN-1") and REPORTED_ZH not in old.message_zh
    assert new.rules == ("V-KIN-1", "TK-KIN-1", "V-2026-KIN-1") and REPORTED_ZH in new.message_zh
    assert new.severity == "warning"


def test_a_commission_member_whose_near_relative_is_nominated_must_withdraw_under_2026():
    """V-2026-COMM-1: 陈志 on the election commission is 陈红's (主任 candidate) father and stayed;
    nothing under 2018 (art. 12 asks only candidates to leave), a warning under 2026."""
    extra = {
        "election_commission": [{"name": n} for n in ("陈志", "杨一", "杨二", "杨三", "杨四")],
        "relations": [{"a": "陈志", "b": "陈红", "relation": "parent"}],
    }
    old = [f for f in findings(dated("2025-12-20", **extra)) if f.code == "TK-COMP-7"]
    [new] = [f for f in findings(dated("2026-01-10", **extra)) if f.code == "TK-COMP-7"]

    assert old == []
    assert (new.severity, new.rules, new.path) == ("warning", ("V-KIN-1", "V-2026-COMM-1"), "/election_commission/0")
    withdrew = copy.deepcopy(extra)
    withdrew["election_commission"][0]["withdrew"] = True
    assert not [f for f in findings(dated("2026-01-10", **withdrew)) if f.code == "TK-COMP-7"]


def test_the_supervisory_kin_scope_is_a_parameter():
    """V-2026-SUPERVISE-1 / V-SUPERVISORY-1: a member's sibling on the supervisory committee is an
    error under both laws, citing the amended rule under 2026; an in-law only when the scope says."""
    extra = {"supervisory_committee": [{"name": "孙亮"}], "relations": [{"a": "孙亮", "b": "孙明", "relation": "sibling"}]}
    [old] = [f for f in findings(dated("2025-12-20", **extra)) if f.code == "TK-KIN-2"]
    [new] = [f for f in findings(dated("2026-01-10", **extra)) if f.code == "TK-KIN-2"]
    assert (old.severity, old.rules) == ("error", ("V-SUPERVISORY-1",))
    assert (new.severity, new.rules) == ("error", ("V-SUPERVISORY-1", "V-2026-SUPERVISE-1"))
    in_law = {**extra, "relations": [{"a": "孙亮", "b": "孙明", "relation": "in_law"}]}
    assert not [f for f in findings(dated("2026-01-10", **in_law)) if f.code == "TK-KIN-2"]
    wide = {"extends": "villager-2026", "set": {"supervisory_kin_avoidance": "near_relative_and_in_law"}}
    assert [f for f in findings(dated("2026-01-10", profile=wide, **in_law)) if f.code == "TK-KIN-2"]


@pytest.mark.parametrize(
    ("day", "voter", "want"),
    [
        ("2025-12-20", {"registration": "village_work", "approved_on": "2025-11-30"}, ("error", "/voters/0/registration")),
        ("2026-01-10", {"registration": "village_work", "approved_on": "2025-11-30"}, None),
        ("2026-01-10", {"registration": "village_work"}, ("warning", "/voters/0/approved_on")),
        ("2026-01-10", {"registration": "village_work", "approved_on": "2026-01-11"}, ("error", "/voters/0/approved_on")),
        ("2025-12-20", {"registration": "resident_outsider"}, ("warning", "/voters/0/approved_on")),
        ("2025-12-20", {"registration": "resident_outsider", "approved_on": "2025-12-01"}, None),
        ("2025-12-20", {"registration": "household_away"}, None),
    ],
)
def test_registration_categories(day, voter, want):
    """V-REG-1 and V-2026-REG-1 (TK-ELIG-8): the village-affairs category exists only under the
    amended law; a non-户籍 registration needs the agreement on record, dated by election day."""
    out = [f for f in findings(dated(day, voters=[{"name": "罗志远", **voter}])) if f.code == "TK-ELIG-8"]

    assert [(f.severity, f.path) for f in out] == ([want] if want else [])


def test_community_size_band_is_a_note():
    """R-2026-SIZE-1: households outside the band are a TK-COMP-13 note (2018: 100–700; 2026:
    1,000–3,000)."""
    path = EXAMPLES / "residents-2026-ok.json"

    def notes(day, households):
        data = dated(day, path=path)
        data["timeline"]["election_day"] = day
        data["election"]["households"] = households
        return [(f.severity, f.recorded) for f in findings(data) if f.code == "TK-COMP-13"]

    assert notes("2026-01-16", 1860) == [] and notes("2026-01-16", 650) == [("info", 650)]
    assert notes("2025-12-20", 650) == [] and notes("2025-12-20", 1860) == [("info", 1860)]


def test_residents_2026_keeps_the_2018_proxy_rules():
    """The revised residents' law's election chapter was not retrieved: a candidate holding a
    proxy is not rejected under residents-2026 (the village law's V-2026-PROXY-2 is not assumed)."""
    data = dated("2026-01-16", path=EXAMPLES / "residents-2026-ok.json")
    data["proxies"] = [{"principal": "宋大明", "proxy": "宋晓燕", "relation": "parent"}]

    assert not [f for f in findings(data) if f.code == "TK-PROXY-1"]


# ---------------------------------------------------------------- local profile files


def test_local_profile_file_and_the_files_profile_field_agree(tmp_path):
    """The shipped example: the same object via --profile FILE and in the results file."""
    example = EXAMPLES / "villager-2018-local-profile-warning.json"
    data = json.loads(example.read_text(encoding="utf-8"))
    inline = json.loads(cli("verify", "--format", "json", str(example)).stdout)["results"][0]
    del data["profile"]
    bare = tmp_path / "bare.json"
    bare.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    given = json.loads(
        cli("verify", "--format", "json", "--profile", str(EXAMPLES / "profiles" / "panji-2021.json"), str(bare)).stdout
    )["results"][0]
    plain = json.loads(cli("verify", "--format", "json", str(bare)).stdout)["results"][0]

    assert [f["code"] for f in inline["findings"]] == [f["code"] for f in given["findings"]] == ["TK-ELIG-6"]
    assert inline["profile"]["id"] == given["profile"]["id"] == "panji-2021"
    assert (inline["profile"]["chosen"]["by"], given["profile"]["chosen"]["by"]) == ("file", "option")
    assert plain["findings"] == []
    shown = cli("profiles", str(EXAMPLES / "profiles" / "panji-2021.json")).stdout
    assert "新进成员年龄上限 = 45" in shown and "淮南市潘集区" in shown and "等级 local" in shown


@pytest.mark.parametrize(
    ("content", "zh", "en"),
    [
        ({"extends": "villager-2026", "set": {"age_max_new_membr": 45}}, "没有参数「age_max_new_membr」（是否应为「age_max_new_member」（新进成员年龄上限）？）", "did you mean age_max_new_member?"),
        ({"extends": "villager-2026", "set": {"threshold_base": "present"}}, "该参数属于", "it belongs to profiles such as"),
        ({"extends": "villager-2026", "set": {"proxy_limit": "3"}}, "“每人接受委托上限”的取值无效，应为非负整数", "expected a whole number"),
        ({"extends": "villager-2026", "set": {"candidate_may_hold_proxy": "否"}}, "应为「true」（是）或「false」（否）", "expected true or false"),
        ({"extends": "villager-2026", "set": {"statutory_exclusions": ["drunk"]}}, "每项为以下之一", "each item one of"),
        ({"extends": "villager-2026", "sets": {}}, "未知字段「sets」", "unknown field sets"),
        ({"id": "villager-2018", "extends": "villager-2026", "set": {}}, "不能使用内置规则版本的名称", "may not be the built-in profile name"),
        ({"extends": "villager-2030", "set": {}}, "未知的规则版本", "unknown profile"),
    ],
)
def test_a_bad_profile_file_is_a_clear_error(tmp_path, content, zh, en):
    """Unknown parameter (with the likely one), another family's parameter, wrong type, unknown
    field, a built-in's name: zh and en, exit 2, named once, no file verified."""
    prof = tmp_path / "本县.json"
    prof.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    result = cli("verify", "--profile", str(prof), str(EXAMPLES / "villager-2026-ok.json"))
    english = cli("verify", "--lang", "en", "--profile", str(prof), str(EXAMPLES / "villager-2026-ok.json"))

    assert result.exit_code == 2 and zh in result.stderr and result.stdout == ""
    assert english.exit_code == 2 and en in english.stderr
    assert cli("profiles", str(prof)).exit_code == 2


def test_a_profile_file_inside_the_folder_verified_is_not_a_results_file(tmp_path):
    """A county keeps its profile beside its results: `verify DIR --profile DIR/本县.json`."""
    (tmp_path / "a.json").write_text((EXAMPLES / "villager-2026-ok.json").read_text(encoding="utf-8"), encoding="utf-8")
    prof = tmp_path / "本县.json"
    prof.write_text(json.dumps({"id": "本县-2026", "extends": "villager-2026", "set": {"proxy_limit": 2}}), encoding="utf-8")
    result = cli("verify", "--format", "json", "--profile", str(prof), str(tmp_path))

    data = json.loads(result.stdout)
    assert result.exit_code == 0 and [Path(e["file"]).name for e in data["results"]] == ["a.json"]
    assert data["results"][0]["profile"]["id"] == "本县-2026"


def test_set_values_cite_the_local_source():
    p = resolve_profile({"extends": "villager-2026", "source": "某县方案", "set": {"proxy_limit": 2}}, kind="villagers_committee")

    assert (p.settings["proxy_limit"].source, p.settings["proxy_limit"].grade) == ("某县方案", "local")
    assert p.rule("proxy_limit") == "V-2026-PROXY-1" and p.caveat("proxy_limit", "zh") == ""


def test_new_parameters_are_described_in_both_languages():
    for name in (*AMENDED, "community_households_min", "community_households_max"):
        assert PARAMETERS[name].zh and PARAMETERS[name].en and PARAMETERS[name].rules
