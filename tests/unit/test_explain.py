"""explain: the count of real example files told with their real numbers, in order."""

from __future__ import annotations

import json
from pathlib import Path

from tallykit.counting.rounds import count
from tallykit.counting.explain import explain
from tallykit.results import parse_results

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _steps(name):
    r = parse_results(json.loads((EXAMPLES / name).read_text(encoding="utf-8-sig")))
    return explain(r, count(r))


def test_branch_example_shows_quorum_classes_and_threshold_arithmetic():
    """party-2020-branch-ok: 5×40=200 ≥ 4×45=180; 39 valid, 1 over-quota; 2×25=50 > 45 elects
    陈明, 2×12=24 ≤ 45 leaves 赵磊 out."""
    zh = [s.zh for s in _steps("party-2020-branch-ok.json")]
    assert any("5×40=200 ≥ 4×45=180" in s for s in zh)
    assert any("有效 39" in s and "无效 1" in s for s in zh)
    assert any("所选人数多于应选人数" in s for s in zh)
    assert "第1轮 委员：陈明 25 票，2×25=50 > 45，过半数" in zh
    assert "第1轮 委员：赵磊 12 票，2×12=24 ≤ 45，未过半数" in zh
    order = [
        next(i for i, s in enumerate(zh) if key in s)
        for key in ("到会", "收回", "清点", "得票", "当选条件", "应选 5 名", "结果")
    ]
    assert order == sorted(order)


def test_villager_supplementary_example_uses_participants_then_a_third():
    """villager-2018-supplementary-ok: 2×395=790 ≤ 830 leaves a seat; round 2 needs 3×votes ≥ 700."""
    steps = _steps("villager-2018-supplementary-ok.json")
    zh = [s.zh for s in steps]
    assert "第1轮 委员：林涛 395 票，2×395=790 ≤ 830，未过半数" in zh
    assert any("3×380=1140 ≥ 700" in s for s in zh)
    short = next(s for s in steps if "尚缺 1 名" in s.zh)
    assert "V-SUPP-1" in short.rules and "第十五条" in short.zh


def test_void_round_stops_before_the_ballots():
    """P-BALLOT-1: 收回 > 发出 voids the round; no ballot class or tally step follows."""
    steps = _steps("party-2020-returned-exceeds-issued-error.json")
    zh = [s.zh for s in steps]
    assert any("不成立，本轮无效" in s for s in zh)
    assert not any("得票（由多到少）" in s for s in zh)
    assert "P-BALLOT-1" in steps[-1].rules


def test_tie_names_the_revote_rule():
    """party-2020-tie-revote-ok: the tie step cites P-ELECT-3."""
    steps = _steps("party-2020-tie-revote-ok.json")
    tie = next(s for s in steps if "票数相等" in s.zh and "再次投票" in s.zh)
    assert "P-ELECT-3" in tie.rules


def test_explain_cli_numbered_json_and_unreadable(cli):
    """Numbered Chinese lines by default, English with --lang en, JSON list, exit 2 when unreadable."""
    path = str(EXAMPLES / "party-2020-branch-ok.json")
    out = cli("explain", path).stdout
    assert out.splitlines()[0].startswith(" 1. 规则版本 party-2020")
    assert "threshold" in cli("explain", path, "--lang", "en").stdout
    data = json.loads(cli("explain", path, "--format", "json").stdout)
    assert all(set(s) == {"zh", "en", "rules"} for s in data)
    r = cli("explain", str(EXAMPLES / "unreadable-not-json.json"), exit_code=2)
    assert "FMT-JSON" in r.stderr
    cli("explain", "no-such-file.json", exit_code=2)
