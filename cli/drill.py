"""``tallykit drill``: generated training items, as text with an answer key, JSON, a terminal
quiz, results files (``--out``) or a printable worksheet (``--worksheet``); ``--session`` makes
a 45-minute session (mixed topics and one tally exercise)."""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from tallykit.cli.files import make_folder, write_atomic
from tallykit.cli.common import FORMAT, LANG, dump, guarded
from tallykit.vocabulary import Family, Lang
from tallykit.text.texts import text, wording
from tallykit.text.words import joined, word


# ---------------------------------------------------------------- text


_w = wording("drill")  # the drill command's words, ``drill.<key>``

def _paper(rec: dict[str, Any], lang: Lang) -> str:
    """A ballot record as one line of text: 委员「○×○」 委员+王五「○」 [作记号]."""
    from tallykit.text.texts import text

    parts = [f"{p}「{m.replace(' ', '□')}」" for p, m in rec["marks"].items()]
    for p, written in (rec.get("write_ins") or {}).items():
        parts += [f"{p}+{name}「{sym.replace(' ', '□')}」" for name, sym in written]
    parts += [f"[{text('flag.' + f, lang)}]" for f in rec.get("flags") or []]
    return " ".join(parts)


def _shown_lines(it: dict[str, Any], lang: Lang) -> list[str]:
    """What the item shows, as text lines: counts, stations, tallies, the ballots."""
    sc, show = it["scenario"], it["show"]
    out = []
    for r, rnd in enumerate(sc["rounds"]):
        b = rnd.get("ballots") or {}
        if r in show["counts"] and b:
            out.append(_w("counts", lang, n=r + 1, issued=b["issued"], returned=b["returned"]))
        if r in show["stations"]:
            for s in rnd.get("stations") or ():
                out.append(_w("station", lang, name=s["name"], issued=s["issued"], returned=s["returned"]))
        if r in show["tally"]:
            for post, votes in rnd["tally"].items():
                row = "、".join(f"{n} {v}" for n, v in votes.items())
                out.append(_w("tally", lang, n=r + 1, post=post, row=row))
        recs = rnd.get("ballot_records") or []
        if show.get("all_ballots") and r == 0:
            out += [
                _w("ballot_no", lang, n=k + 1) + _paper(rec, lang)
                for k, rec in enumerate(recs)
            ]
        for rr, k in show["ballots"]:
            if rr == r:
                out.append(_w("ballot_kind", lang, n=k + 1, count=recs[k]["count"]) + _paper(recs[k], lang))
    if show.get("proxies"):
        for p in sc.get("proxies") or ():
            out.append(_w("proxy", lang, principal=p["principal"], proxy=p["proxy"]))
    return out


def _right(ask: dict[str, Any], lang: Lang) -> str:
    if ask["kind"] == "choice":
        return str(ask["options"][ask["answer"]][lang])
    if ask["kind"] == "number":
        return str(ask["answer"])
    return word(ask["answer"], lang) or text("none", lang)


def render_items(items: list[dict[str, Any]], lang: Lang) -> str:
    """The questions under their numbers, then an answer key (with each item's id and seed)."""
    lines = [_w("exercises", lang), ""]
    for i, it in enumerate(items, 1):
        lines.append(f"{i}. [{it['title'][lang]}]")
        lines.append(f"   {it['question'][lang]}")
        lines += [f"   {x}" for x in _shown_lines(it, lang)]
        for j, ask in enumerate(it["asks"], 1):
            opts = "　".join(f"{k}. {o[lang]}" for k, o in enumerate(ask.get("options", ()), 1))
            lines.append(f"   ({j}) {ask['prompt'][lang]}" + (f"　{opts}" if opts else ""))
        lines.append("")
    lines += [_w("answer_key", lang), ""]
    for i, it in enumerate(items, 1):
        lines.append(f"{i}. ({it['id']})")
        lines += [
            f"   ({j}) {a['prompt'][lang].rstrip('？?')}{text('sep.colon', lang)}{_right(a, lang)}"
            for j, a in enumerate(it["asks"], 1)
        ]
        lines.append(f"   {it['answer'][lang]}")
        width = len(str(len(it["steps"])))
        for k, s in enumerate(it["steps"], 1):
            rules = f" [{', '.join(s['rules'])}]" if s["rules"] else ""
            lines.append(f"   {k:>{width}}) {s[lang]}{rules}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


# ---------------------------------------------------------------- quiz


class QuizEnded(Exception):
    """The trainee closed the input (Ctrl-D) or interrupted (Ctrl-C)."""


def _read(prompt: str) -> str:
    click.echo(prompt, nl=False)
    line = sys.stdin.readline()
    if not line:
        raise QuizEnded
    return line.strip()


def _names(answer: str) -> set[str]:
    return {n for n in re.split(r"[\s,，、;；]+", answer.strip()) if n and n != "-"}


def _ask(ask: dict[str, Any], lang: Lang, read: Callable[[str], str]) -> bool:
    """Ask one question until the input makes sense; True when the answer is right."""
    prompt = ask["prompt"][lang]
    if ask["kind"] == "choice":
        options = ask["options"]
        for k, o in enumerate(options, 1):
            click.echo(f"  {k}. {o[lang]}")
        while True:
            got = read(_w("ask_option", lang, prompt=prompt))
            if got.isdigit() and 1 <= int(got) <= len(options):
                return int(got) - 1 == ask["answer"]
            click.echo(_w("type_option", lang, n=len(options)))
    if ask["kind"] == "number":
        while True:
            got = read(_w("ask_number", lang, prompt=prompt))
            if re.fullmatch(r"\d+", got):
                return int(got) == ask["answer"]
            click.echo(_w("type_number", lang))
    got = read(_w("ask_names", lang, prompt=prompt))
    return _names(got) == set(ask["answer"])


def run_quiz(
    items: list[dict[str, Any]], lang: Lang, read: Callable[[str], str] = _read
) -> tuple[int, int]:
    """Ask each item's questions from what it shows, say right or wrong with the answer, and
    end with the score; Ctrl-D or Ctrl-C ends the quiz early with the score so far."""
    score = asked = 0
    try:
        for i, it in enumerate(items, 1):
            click.echo(f"\n{i}. [{it['title'][lang]}] {it['question'][lang]}")
            for line in _shown_lines(it, lang):
                click.echo(f"   {line}")
            right = [_ask(a, lang, read) for a in it["asks"]]
            score += sum(right)
            asked += len(right)
            mark = _w("all_right", lang) if all(right) else _w("some_right", lang, k=sum(right), n=len(right))
            click.echo(_w("marked", lang, mark=mark, answer=it["answer"][lang]))
    except (QuizEnded, KeyboardInterrupt):
        click.echo(_w("ended", lang))
    click.echo(_w("score", lang, score=score, asked=asked))
    return score, asked


# ---------------------------------------------------------------- files


def _write_files(folder: Path, files: dict[str, str]) -> list[Path]:
    """Write ``files`` into ``folder`` (made if needed), each atomically (``cli/files.py``); a
    folder or file that cannot be written is an InputError (exit 2 with its message)."""
    made = make_folder(folder)
    for name, content in files.items():
        write_atomic(made / name, content)
    return [made / name for name in files]


def _worksheet(items: list[dict[str, Any]], lang: Lang, folder: Path) -> list[Path]:
    from tallykit.cli.worksheet import render

    sheet, answers = render(items, lang)
    return _write_files(folder, {"worksheet.html": sheet, "answers.html": answers})


# ---------------------------------------------------------------- command


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
    "--family", type=click.Choice([Family.PARTY.value, Family.VILLAGER.value, "all"]), default="all", show_default=True
)
@click.option(
    "--topic",
    "topics",
    multiple=True,
    help="只出这些题型（可重复）/ only these topics (repeatable)",
)
@click.option(
    "--tally",
    "tallies",
    type=click.IntRange(0, 20),
    default=0,
    show_default=True,
    help="另加计票练习（一叠 20–40 张选票）的份数 / tally exercises to add",
)
@click.option(
    "--session",
    is_flag=True,
    help="一节 45 分钟的课：10 道混合题 + 1 份计票练习 / a 45-minute session",
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
    default=None,
    help="把每道题的结果文件写入此目录 / write each scenario as a results file",
)
@click.option(
    "--worksheet",
    "sheet_dir",
    default=None,
    help="把练习卷和答案卷 (HTML) 写入此目录 / write the worksheet and answer sheet (HTML)",
)
@guarded
def drill_cmd(
    seed: int,
    n: int | None,
    family: str,
    topics: tuple[str, ...],
    tallies: int,
    session: bool,
    profile_id: str | None,
    lang: Lang,
    fmt: str,
    quiz: bool,
    out_dir: str | None,
    sheet_dir: str | None,
) -> None:
    """生成计票训练题：边界选票和算式、计票练习、计票人常犯的错误，附答案和逐步讲解（同一种子，同样的题）。

    Generates training items for scrutineers and counters (edge-case ballots, boundary
    arithmetic, tally exercises, the counter's likely mistakes), each a results-format scenario
    with its questions, answers and step-by-step explanation. With --worksheet or --out only the
    files written are listed. Exit codes: 0 done, 2 bad usage or a folder that cannot be written.
    """
    from tallykit.profiles import builtin_profile
    from tallykit.training import PARTY_TOPICS, VILLAGER_TOPICS, generate
    from tallykit.training import session as make_session

    if profile_id is not None:
        builtin_profile(profile_id, path="--profile")
    unknown = sorted(set(topics) - set(PARTY_TOPICS) - set(VILLAGER_TOPICS))
    if unknown:
        known = "、".join(sorted(set(PARTY_TOPICS) | set(VILLAGER_TOPICS)))
        raise click.BadParameter(
            _w("no_topic", lang, unknown=joined(unknown), known=known),
            param_hint="--topic",
        )
    rng = random.Random(seed)
    if session:
        items = make_session(rng, family=family, profile=profile_id)
    else:
        items = generate(
            rng,
            count=n,
            family=family,
            profile=profile_id,
            topics=list(topics) or None,
            tally_exercises=tallies,
        )
    written: list[Path] = []
    if out_dir is not None:
        files = {f"{i:02d}-{it['id']}.json": dump(it["scenario"]) for i, it in enumerate(items, 1)}
        written += _write_files(Path(out_dir), files)
    if sheet_dir is not None:
        written += _worksheet(items, lang, Path(sheet_dir))
    if quiz:
        run_quiz(items, lang)
    elif written:
        for path in written:
            click.echo(str(path))
    elif fmt == "json":
        click.echo(dump({"seed": seed, "items": items}), nl=False)
    else:
        click.echo(render_items(items, lang), nl=False)
