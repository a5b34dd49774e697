"""``tallykit count`` on the villager contract examples: same output contract as the party core."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tallykit.cli.main import main

EXAMPLES = Path(__file__).resolve().parents[3] / "shared" / "examples"
pytestmark = pytest.mark.skipif(
    not EXAMPLES.is_dir(), reason="needs ../shared/examples beside the checkout"
)


def run(*args: str):
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, (args, result.stdout, result.stderr, result.exception)
    return result


def test_count_json_of_the_supplementary_example():
    """Two rounds: supplementary (with its candidates), then elected on the ⅓ floor."""
    out = json.loads(
        run(
            "count", "--format", "json", str(EXAMPLES / "villager-2018-supplementary-ok.json")
        ).stdout
    )

    assert (
        out["profile"]["id"] == "villager-2018"
        and out["profile"]["params"]["women_guarantee"] == "confirm_first"
    )
    assert [r["result"] for r in out["outcome"]] == ["supplementary", "elected"]
    assert out["outcome"][0]["unfilled"] == {"委员": 1}
    assert out["outcome"][0]["next_candidates"] == {"委员": ["林涛", "黄伟"]}
    assert out["outcome"][1]["threshold"] == {
        "rule": "V-SUPP-3",
        "test": "third",
        "base_name": "cast",
        "base": 700,
        "formula": "3*votes >= 700",
        "min_votes": 234,
    }
    assert out["outcome"][1]["elected"] == {"委员": ["林涛"]}


def test_count_json_of_the_half_example_names_the_majority_rule():
    """高峰's exact half: the threshold cites V-DOUBLE-MAJORITY-2 and nobody is 主任."""
    out = json.loads(
        run(
            "count",
            "--format",
            "json",
            str(EXAMPLES / "villager-2018-half-is-not-majority-error.json"),
        ).stdout
    )
    first = out["outcome"][0]

    assert (
        first["threshold"]["rule"] == "V-DOUBLE-MAJORITY-2"
        and first["threshold"]["min_votes"] == 236
    )
    assert (
        first["elected"] == {"主任": [], "委员": ["宋玉兰", "谢东"]}
        and first["result"] == "supplementary"
    )


def test_count_of_the_returned_exceeds_issued_example_is_void():
    """1160 returned for 1100 issued: void, citing V-BALLOT-RECON-1, in Chinese and English."""
    path = str(EXAMPLES / "villager-2018-returned-exceeds-issued-error.json")
    out = json.loads(run("count", "--format", "json", path).stdout)
    zh = run("count", path).stdout
    en = run("count", "--lang", "en", path).stdout

    assert out["outcome"][0]["result"] == "void" and out["outcome"][0]["rules"] == [
        "V-BALLOT-RECON-1"
    ]
    assert "1160 ≤ 1100 — 未通过 [V-BALLOT-RECON-1]" in zh and "本轮选举无效" in zh
    assert "1160 <= 1100 — FAILED [V-BALLOT-RECON-1]" in en


def test_count_text_shows_stations_and_supplementary_candidates():
    """Per-station reconciliation (a mobile box under V-BALLOT-RECON-1 and V-ROVING-1) and the
    V-SUPP-1 candidates."""
    zh = run("count", str(EXAMPLES / "villager-2018-supplementary-ok.json")).stdout

    assert "流动票箱: 78 ≤ 82 — 通过 [V-BALLOT-RECON-1, V-ROVING-1]" in zh
    assert "另行选举委员候选人：林涛、黄伟 [V-SUPP-1]" in zh
    assert "当选条件：3×得票 ≥ 700（已投选票总数 700），即至少 234 票 [V-SUPP-3]" in zh


def test_profile_option_changes_the_villager_reading(tmp_path):
    """--profile extends villager-2018: with the old absolute base nobody reaches 601 of 1200."""
    prof = tmp_path / "p.json"
    prof.write_text(
        json.dumps({"extends": "villager-2018", "set": {"majority_base": "registered"}}),
        encoding="utf-8",
    )
    out = json.loads(
        run(
            "count",
            "--format",
            "json",
            "--profile",
            str(prof),
            str(EXAMPLES / "villager-2018-supplementary-ok.json"),
        ).stdout
    )

    assert out["outcome"][0]["threshold"]["rule"] == "V-ABS-OLD-1"
    assert out["outcome"][0]["elected"] == {"主任": [], "副主任": [], "委员": ["马红梅"]}


def test_profiles_lists_the_villager_profiles():
    """`tallykit profiles` shows both new profiles with their sources."""
    out = run("profiles").stdout

    assert "villager-2018" in out and "residents-2018" in out and "V-WOMEN-1" in out
