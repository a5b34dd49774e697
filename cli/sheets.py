"""``tallykit template`` (a blank 计票表 to fill) and ``tallykit convert`` (xlsx / csv ⇄ JSON)."""

from __future__ import annotations

from pathlib import Path

import click

from tallykit.cli.common import LANG, finish, guarded
from tallykit.exits import UNUSABLE
from tallykit.errors import InputError
from tallykit.text.texts import pick, text
from tallykit.vocabulary import Lang

KIND_HELP = (
    "选举类型可写：党组织委员会、书记副书记、支部书记副书记、两推、村委会、居委会、罢免",
    "kinds: party, officers, branch-officers, recommendation (两推), villagers, residents, recall",
)


def _fail(err: InputError, source: str, lang: Lang) -> None:
    for e in err.errors:
        click.echo((f"{source}: " if source else "") + e.message(lang), err=True)
    finish(UNUSABLE)


def _format_of(path: str) -> str:
    suffix = Path(path).suffix.lower()
    return {".xlsx": "xlsx", ".csv": "csv", ".json": "json"}.get(suffix, "")


@click.command("template")
@click.argument("kind")
@click.option("--out", "-o", "out", default=None, metavar="FILE",
              help="写入的文件（.xlsx 或 .csv），默认“计票表-类型.xlsx” / output file (.xlsx or .csv)")
@click.option("--lang", type=LANG, default="zh", show_default=True, help="输出语言 / output language")
@guarded
def template_cmd(kind: str, out: str | None, lang: Lang) -> None:
    """生成空白计票表（Excel），含下拉选项、自动核对和填好的示例。

    Writes a blank 计票表 for KIND (party, officers, branch-officers, 两推, villagers, residents,
    recall; Chinese names accepted) with drop-downs, sum checks and a filled example sheet.
    """
    from tallykit.cli.files import write_atomic
    from tallykit.io.template import kind_of, template_bytes
    from tallykit.text.labels import value_label

    found = kind_of(kind)
    if found is None:
        click.echo(
            text("cli.unknown_kind", lang, kind=kind, help=pick(lang, *KIND_HELP)),
            err=True,
        )
        finish(UNUSABLE)
    target = out or f"计票表-{value_label('election.kind', found).split('（')[0]}.xlsx"
    fmt = _format_of(target)
    if fmt not in ("xlsx", "csv"):
        click.echo(text("cli.sheet_suffix", lang), err=True)
        finish(UNUSABLE)
    write_atomic(target, template_bytes(found, fmt))
    click.echo(text("cli.wrote", lang, target=target))


@click.command("convert")
@click.argument("source", metavar="IN")
@click.argument("target", metavar="OUT")
@click.option("--lang", type=LANG, default="zh", show_default=True, help="输出语言 / output language")
@guarded
def convert_cmd(source: str, target: str, lang: Lang) -> None:
    """在 计票表（.xlsx、.csv）与 JSON 结果文件之间转换，内容不丢失。

    Converts a results file between .xlsx / .csv and .json without loss (what the tables cannot
    hold goes to the sheet 其他). The output is never written over the input.
    """
    from tallykit.cli.load import load
    from tallykit.cli.files import refuse_overwrite, write_atomic
    from tallykit.io import write_document

    fmt = _format_of(target)
    if not fmt:
        click.echo(text("cli.convert_suffix", lang), err=True)
        finish(UNUSABLE)
    try:
        refuse_overwrite(target, [source], "tallykit convert")
        loaded = load(source)
        data = write_document(loaded.data, fmt)
        write_atomic(target, data)
    except InputError as err:
        _fail(err, source, lang)
    click.echo(text("cli.wrote", lang, target=target))
