"""The count and profiles commands, through click, as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[3] / "shared" / "examples"
PARTY = [SHARED / n for n in ("party-2020-branch-ok.json", "party-2020-tie-revote-ok.json", "party-1990-no-quorum-error.json")]


def test_count_text_is_chinese_by_default_and_shows_why(cli):
    """Default output is Chinese, with ballot classes, threshold arithmetic and the result."""
    out = cli("count", str(SHARED / "party-2020-branch-ok.json")).stdout

    assert "规则版本: party-2020" in out
    assert "无效 1: 所选人数多于应选人数" in out and "[P-VALID-1" in out
    assert "2×得票 > 45" in out and "至少 23 票" in out
    assert "结果: 选举完成，名额选满" in out


def test_count_english(cli):
    """--lang en gives the same facts in English."""
    out = cli("count", str(SHARED / "party-2020-tie-revote-ok.json"), "--lang", "en").stdout

    assert "tied: re-vote" in out and "re-vote among them for 1 seat [P-ELECT-3]" in out


@pytest.mark.parametrize("path", PARTY, ids=lambda p: p.name)
def test_count_json_shape(cli, path):
    """--format json prints {"profile": {"id", "params"}, "outcome": [...]} with FORMAT.md keys."""
    data = json.loads(cli("count", str(path), "--format", "json").stdout)

    assert set(data) == {"profile", "outcome"}
    assert {"id", "params"} <= set(data["profile"])
    for o in data["outcome"]:
        assert {"round", "result", "elected", "threshold"} <= set(o)


def test_count_json_outcomes_of_party_examples(cli):
    """The party contract examples count to the outcomes their README implies."""
    get = lambda p: json.loads(cli("count", str(p), "--format", "json").stdout)["outcome"]  # noqa: E731
    branch, tie, quorum = (get(p) for p in PARTY)

    assert branch[0]["result"] == "elected" and len(branch[0]["elected"]["委员"]) == 5
    assert [o["result"] for o in tie] == ["tie_revote", "elected"] and tie[1]["elected"] == {"委员": ["张红"]}
    assert quorum[0]["result"] == "void" and quorum[0]["rules"] == ["P-QUORUM-1"]


def test_count_is_byte_identical_across_runs(cli):
    """Same input, same bytes."""
    args = ("count", str(SHARED / "party-2020-branch-ok.json"), "--format", "json")
    assert cli(*args).stdout == cli(*args).stdout


def test_profile_override_by_id_and_by_file(cli, tmp_path):
    """--profile takes an id or a JSON file extending a profile; the output states it."""
    f = SHARED / "party-1990-no-quorum-error.json"
    assert json.loads(cli("count", str(f), "--format", "json", "--profile", "party-2020").stdout)["profile"]["id"] == "party-2020"
    prof = tmp_path / "county.json"
    prof.write_text(json.dumps({"id": "某县-2021", "extends": "party-2020", "set": {"threshold_base": "present"}}), encoding="utf-8")
    data = json.loads(cli("count", str(f), "--format", "json", "--profile", str(prof)).stdout)
    assert data["profile"]["id"] == "某县-2021" and data["profile"]["params"]["threshold_base"] == "present"


@pytest.mark.parametrize(
    ("content", "needle_zh", "needle_en"),
    [
        (b"", "文件为空", "the file is empty"),
        (b'{"format": ', "不是有效的 JSON", "not valid JSON"),
        ('{"a": "选举"}'.encode("gbk"), "GBK", "GBK"),
        (b'{"format": "tallykit.results/1", "format": 1}', "重复", "twice"),
        (b"[1, 2]", "应为 JSON 对象", "expected a JSON object"),
    ],
)
def test_unreadable_input_exits_2_with_a_message_not_a_traceback(cli, tmp_path, content, needle_zh, needle_en):
    """Bad files get a clear zh (or en) message naming the file, and exit code 2."""
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    zh = cli("count", str(bad), exit_code=2)
    en = cli("count", str(bad), "--lang", "en", exit_code=2)

    assert str(bad) in zh.stderr and needle_zh in zh.stderr and "Traceback" not in zh.stderr
    assert needle_en in en.stderr and zh.stdout == ""


def test_bad_field_names_path_and_rule(cli, tmp_path):
    """A wrong type deep in the file names its JSON pointer and rule."""
    data = json.loads((SHARED / "party-2020-tie-revote-ok.json").read_text(encoding="utf-8"))
    data["rounds"][1]["ballots"]["returned"] = -3
    bad = tmp_path / "neg.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    err = cli("count", str(bad), exit_code=2).stderr
    en = cli("count", str(bad), "--lang", "en", exit_code=2).stderr

    assert "第2轮 选票 收回选票" in err and "FMT-RANGE" in err and "-3" in err
    assert "/rounds/1/ballots/returned" in en and "FMT-RANGE" in en


def test_unknown_symbol_is_an_input_error(cli, tmp_path):
    """A symbol the profile does not map is named with its position, not guessed."""
    data = json.loads((SHARED / "party-2020-branch-ok.json").read_text(encoding="utf-8"))
    data["rounds"][0]["ballot_records"][0]["marks"]["委员"] = " ○○△ ○"
    bad = tmp_path / "sym.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    err = cli("count", str(bad), "--lang", "en", exit_code=2).stderr

    assert "/rounds/0/ballot_records/0/marks/委员/3" in err and "P-MARK-1" in err


def test_bom_is_accepted_and_input_is_not_modified(cli, tmp_path):
    """A UTF-8 BOM is read; the file's bytes are unchanged afterwards."""
    raw = b"\xef\xbb\xbf" + (SHARED / "party-2020-tie-revote-ok.json").read_bytes()
    f = tmp_path / "bom.json"
    f.write_bytes(raw)
    cli("count", str(f))

    assert f.read_bytes() == raw


def test_profiles_lists_values_and_sources(cli):
    """`tallykit profiles` lists every profile with each value and its source."""
    out = cli("profiles").stdout
    data = json.loads(cli("profiles", "--format", "json").stdout)

    assert "party-2020" in out and "party-1990" in out and "依据" in out
    p1990 = next(p for p in data if p["id"] == "party-1990")
    assert p1990["params"]["quorum_comparison"]["value"] == ">" and "P-QUORUM-1" in p1990["params"]["quorum_comparison"]["source"]
