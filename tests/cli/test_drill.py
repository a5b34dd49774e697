"""``tallykit drill`` on the command line: text with the questions numbered and the ids only in
the answer key, JSON, results files and worksheets written atomically with only their paths
printed, a quiz that scores, survives bad input and Ctrl-D in Chinese, sessions."""

from __future__ import annotations

import json
import random

from click.testing import CliRunner

from tallykit.cli.main import main
from tallykit.training import generate, session

CONTRACT = {
    "id",
    "seed",
    "family",
    "topic",
    "template",
    "kind",
    "title",
    "question",
    "asks",
    "answer",
    "steps",
    "show",
    "mistake",
    "scenario",
}


def _replies(items):
    """The right reply to every question of ``items``, in order."""
    out = []
    for it in items:
        for ask in it["asks"]:
            if ask["kind"] == "choice":
                out.append(str(ask["answer"] + 1))
            elif ask["kind"] == "number":
                out.append(str(ask["answer"]))
            else:
                out.append("、".join(ask["answer"]) or "-")
    return out


def _quiz(args, replies):
    return CliRunner().invoke(
        main, ["drill", *args, "--quiz"], input="".join(r + "\n" for r in replies)
    )


def test_text_numbers_the_items_and_keeps_ids_for_the_key(cli):
    """Questions come first under their numbers; ids and seeds appear only in the answer key."""
    text = cli("drill", "--seed", "3", "--count", "4").stdout
    questions, key = text.split("答案与讲解", 1)
    items = generate(random.Random(3), count=4)
    assert questions.startswith("练习题") and "1. [" in questions
    for it in items:
        assert it["id"] not in questions and f"({it['id']})" in key
    assert "Answer key" in cli("drill", "--seed", "3", "--count", "1", "--lang", "en").stdout


def test_json_carries_items_with_the_contract_keys(cli):
    data = json.loads(cli("drill", "--seed", "3", "--count", "3", "--format", "json").stdout)
    assert [set(it) for it in data["items"]] == [CONTRACT] * 3
    assert data["items"] == json.loads(
        json.dumps(generate(random.Random(3), count=3), ensure_ascii=False)
    )


def test_out_writes_results_files_that_verify_and_prints_only_their_paths(cli, tmp_path):
    r = cli("drill", "--seed", "3", "--count", "5", "--out", "out")
    written = sorted((tmp_path / "out").iterdir())
    assert len(written) == 5 and r.stdout.splitlines() == [f"out/{p.name}" for p in written]
    cli("verify", *(str(p) for p in written))


def test_worksheet_writes_two_files_atomically_and_prints_where(cli, tmp_path):
    """Only the two paths on stdout (not the answer key); no temporary file left behind."""
    r = cli("drill", "--seed", "2", "--count", "3", "--worksheet", "sheet")
    assert r.stdout.splitlines() == ["sheet/worksheet.html", "sheet/answers.html"]
    files = sorted(p.name for p in (tmp_path / "sheet").iterdir())
    assert files == ["answers.html", "worksheet.html"]
    assert (
        (tmp_path / "sheet" / "worksheet.html")
        .read_text(encoding="utf-8")
        .startswith("<!DOCTYPE html>")
    )
    cli("drill", "--seed", "2", "--count", "3", "--worksheet", "sheet")  # over the old files
    assert sorted(p.name for p in (tmp_path / "sheet").iterdir()) == files


def test_worksheet_into_a_file_is_a_clear_error(cli, tmp_path):
    """A folder that cannot be made: exit 2 with a Chinese message naming it, no traceback."""
    (tmp_path / "taken").write_text("x", encoding="utf-8")
    r = cli("drill", "--count", "1", "--worksheet", "taken", exit_code=2)
    assert "taken：无法写入" in r.stderr and "Error" not in r.stderr and "内部错误" not in r.stderr


def test_unknown_profile_or_topic_is_bad_usage(cli):
    cli("drill", "--profile", "party-1999", exit_code=2)
    assert "没有这个题型" in cli("drill", "--topic", "no_such_topic", exit_code=2).stderr


def test_topic_tally_and_session_choose_the_items(cli):
    data = json.loads(
        cli("drill", "--topic", "recall", "--count", "2", "--tally", "1", "--format", "json").stdout
    )
    assert [it["topic"] for it in data["items"]] == ["recall", "recall", "tally"]
    data = json.loads(cli("drill", "--seed", "4", "--session", "--format", "json").stdout)
    assert data["items"] == json.loads(json.dumps(session(random.Random(4)), ensure_ascii=False))


def test_quiz_scores_right_and_wrong_answers():
    """All right gives full marks; one wrong choice loses exactly that point."""
    items = generate(random.Random(9), count=3)
    right = _replies(items)
    r = _quiz(["--seed", "9", "--count", "3"], right)
    assert r.exit_code == 0, r.output
    assert f"得分：{len(right)}/{len(right)}" in r.stdout
    k = next(
        i for i, a in enumerate(a for it in items for a in it["asks"]) if a["kind"] == "choice"
    )
    wrong = list(right)
    wrong[k] = "2" if wrong[k] == "1" else "1"
    r = _quiz(["--seed", "9", "--count", "3", "--lang", "en"], wrong)
    assert f"Score: {len(right) - 1}/{len(right)}" in r.stdout


def test_quiz_asks_again_after_bad_input_in_chinese():
    """Letters or an out-of-range number get a Chinese hint and the same question again."""
    items = generate(random.Random(9), count=1)
    right = _replies(items)
    first = items[0]["asks"][0]
    bad = ["abc", "99"] if first["kind"] == "choice" else ["一百", "x"]
    r = _quiz(["--seed", "9", "--count", "1"], bad + right)
    assert r.exit_code == 0, r.output
    assert ("请输入 1 到" in r.stdout) or ("请输入一个整数" in r.stdout)
    assert f"得分：{len(right)}/{len(right)}" in r.stdout


def test_quiz_ends_cleanly_on_ctrl_d():
    """End of input mid-quiz: a Chinese note and the score so far, exit 0, no internal error."""
    items = generate(random.Random(9), count=3)
    asks = len(items[0]["asks"])
    r = _quiz(["--seed", "9", "--count", "3"], _replies(items)[:asks])
    assert r.exit_code == 0, r.output
    assert "练习提前结束" in r.stdout and f"得分：{asks}/{asks}" in r.stdout
    assert "内部错误" not in r.output and "Aborted" not in r.output
