"""``tallykit drill``: generated training items, as text with an answer key, JSON, a terminal
quiz, results files (``--out``) or a printable worksheet (``--worksheet``)."""

from __future__ import annotations

import importlib
import random
import re
import sys
from pathlib import Path
from typing import Any

import click

from tallykit.cli.main import EXIT_UNREADABLE, FORMAT, LANG, dump, guarded
from tallykit.labels import value_label

CLASS_CHOICES = ("valid", "partly_valid", "invalid")
RESULT_CHOICES = ("elected", "tie_revote", "supplementary", "seat_reduction", "void")


def _t(lang: str, zh: str, en: str) -> str:
    return zh if lang == "zh" else en


def render_items(items: list[dict[str, Any]], lang: str) -> str:
    """The questions, then an answer key with the numbered explanation of each."""
    lines = [_t(lang, "练习题", "Exercises"), ""]
    for i, it in enumerate(items, 1):
        lines.append(f"{i}. [{it['title'][lang]}] ({it['id']})")
        lines.append(f"   {it['question'][lang]}")
        for j, rec in enumerate(it["scenario"]["rounds"][0].get("ballot_records") or [], 1):
            if j > 1:
                break
            lines.append(_t(lang, "   第 1 张选票：", "   Ballot 1: ") + _paper(rec, lang))
    lines += ["", _t(lang, "答案与讲解", "Answer key"), ""]
    for i, it in enumerate(items, 1):
        lines.append(f"{i}. {it['answer'][lang]}")
        width = len(str(len(it["steps"])))
        for k, s in enumerate(it["steps"], 1):
            rules = f" [{', '.join(s['rules'])}]" if s["rules"] else ""
            lines.append(f"   {k:>{width}}) {s[lang]}{rules}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _paper(rec: dict[str, Any], lang: str = "zh") -> str:
    parts = [f"{p}「{m.replace(' ', '□')}」" for p, m in rec["marks"].items()]
    for p, written in (rec.get("write_ins") or {}).items():
        parts += [f"{p}+{name}「{sym.replace(' ', '□')}」" for name, sym in written]
    parts += [f"[{value_label('ballot.flag', f, lang)}]" for f in rec.get("flags") or []]
    return " ".join(parts)


def _names(answer: str) -> set[str]:
    return {n for n in re.split(r"[\s,，、;；]+", answer.strip()) if n and n != "-"}


def _choose(prompt: str, keys: tuple[str, ...], labels: dict[str, str], lang: str) -> str:
    for k, key in enumerate(keys, 1):
        click.echo(f"  {k}. {labels[key]}")
    picked = click.prompt(prompt, type=click.IntRange(1, len(keys)))
    return keys[picked - 1]


def run_quiz(items: list[dict[str, Any]], lang: str) -> tuple[int, int]:
    """Ask each item's questions (the ballot's class when a ballot is drawn, how the first round
    ends, who is elected in it), say right or wrong with the answer, and return the score."""
    from tallykit.drill import featured_verdict
    from tallykit.texts import text

    score = asked = 0
    for i, it in enumerate(items, 1):
        click.echo(f"\n{i}. [{it['title'][lang]}] {it['question'][lang]}")
        records = it["scenario"]["rounds"][0].get("ballot_records")
        checks: list[bool] = []
        verdict = featured_verdict(it)
        if records and verdict is not None:
            click.echo(_t(lang, "第 1 张选票：", "Ballot 1: ") + _paper(records[0], lang))
            got = _choose(
                _t(lang, "这张选票是", "This ballot is"),
                CLASS_CHOICES,
                {k: text(k, lang) for k in CLASS_CHOICES},
                lang,
            )
            checks.append(got == verdict)
        first = it["answer"]["outcome"][0]
        got = _choose(
            _t(lang, "第 1 轮的结果", "Round 1 ends in"),
            RESULT_CHOICES,
            {k: text("result." + k, lang) for k in RESULT_CHOICES},
            lang,
        )
        checks.append(got == first["result"])
        want = {n for names in first["elected"].values() for n in names}
        typed = click.prompt(
            _t(
                lang,
                "第 1 轮当选的人（用空格或顿号分隔，无人当选输入 -）",
                "Elected in round 1 (space-separated, - for nobody)",
            ),
            default="-",
            show_default=False,
        )
        checks.append(_names(typed) == want)
        score += sum(checks)
        asked += len(checks)
        mark = (
            _t(lang, "全对", "all right")
            if all(checks)
            else _t(lang, f"对 {sum(checks)}/{len(checks)}", f"{sum(checks)}/{len(checks)} right")
        )
        click.echo(f"{mark}. {_t(lang, '答案', 'Answer')}: {it['answer'][lang]}")
    click.echo(_t(lang, f"\n得分：{score}/{asked}", f"\nScore: {score}/{asked}"))
    return score, asked


@click.command("drill")
@click.option(
    "--seed", type=int, default=0, show_default=True, help="随机种子 / seed (same seed, same items)"
)
@click.option(
    "--count",
    "n",
    type=click.IntRange(1, 10000),
    default=None,
    help="题数（默认每个题型一题）/ number of items",
)
@click.option(
    "--family", type=click.Choice(["party", "villager", "all"]), default="all", show_default=True
)
@click.option(
    "--profile", "profile_id", default=None, help="规则版本 id（定下题目种类）/ built-in profile id"
)
@click.option(
    "--lang", type=LANG, default="zh", show_default=True, help="输出语言 / output language"
)
@click.option(
    "--format", "fmt", type=FORMAT, default="text", show_default=True, help="text or json"
)
@click.option("--quiz", is_flag=True, help="在终端答题并计分 / interactive quiz with a score")
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False),
    default=None,
    help="把每道题的结果文件写入此目录 / write each scenario as a results file",
)
@click.option(
    "--worksheet",
    "sheet_dir",
    type=click.Path(file_okay=False),
    default=None,
    help="把练习卷和答案卷 (HTML) 写入此目录 / write the worksheet and answer sheet (HTML)",
)
@guarded
def drill_cmd(
    seed: int,
    n: int | None,
    family: str,
    profile_id: str | None,
    lang: str,
    fmt: str,
    quiz: bool,
    out_dir: str | None,
    sheet_dir: str | None,
) -> None:
    """生成计票训练题：边界选票和算式，附答案和逐步讲解（同一种子，同样的题）。

    Generates training items for scrutineers and counters (edge-case ballots and boundary
    arithmetic), each a results-format scenario with its question, answer and step-by-step
    explanation. Exit codes: 0 done, 2 bad usage.
    """
    from tallykit.drill import generate
    from tallykit.profiles import builtin_profile

    if profile_id is not None:
        builtin_profile(profile_id, path="--profile")
    items = generate(random.Random(seed), count=n, family=family, profile=profile_id)
    if out_dir is not None:
        folder = Path(out_dir)
        folder.mkdir(parents=True, exist_ok=True)
        for it in items:
            (folder / f"{it['id']}.json").write_text(dump(it["scenario"]), encoding="utf-8")
    if sheet_dir is not None:
        _worksheet(items, lang, Path(sheet_dir))
    if quiz:
        run_quiz(items, lang)
    elif fmt == "json":
        click.echo(dump({"seed": seed, "items": items}), nl=False)
    else:
        click.echo(render_items(items, lang), nl=False)


def _worksheet(items: list[dict[str, Any]], lang: str, folder: Path) -> None:
    """Hand the items to ``tallykit.cli.worksheet.render`` (built separately) when it exists."""
    try:
        sheet = importlib.import_module("tallykit.cli.worksheet")
    except ModuleNotFoundError:
        click.echo(
            _t(
                lang,
                "--worksheet 不可用：未安装 tallykit.cli.worksheet 模块",
                "--worksheet is not available: the module tallykit.cli.worksheet is missing",
            ),
            err=True,
        )
        sys.exit(EXIT_UNREADABLE)
    worksheet, answers = sheet.render(items, lang)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "worksheet.html").write_text(worksheet, encoding="utf-8")
    (folder / "answers.html").write_text(answers, encoding="utf-8")
