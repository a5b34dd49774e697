"""``tallykit explain FILE``: the count told step by step, numbered, Chinese first."""

from __future__ import annotations

import click

from tallykit.cli.files import max_size_option
from tallykit.cli.common import FORMAT, LANG, dump, finish, guarded
from tallykit.exits import DONE
from tallykit.vocabulary import Lang


def render_steps(steps: list, lang: Lang) -> str:  # type: ignore[type-arg]
    """Numbered lines, one step each, in ``lang``."""
    width = len(str(len(steps)))
    return "".join(
        f"{i:>{width}}. {s.text(lang)}" + (f" [{', '.join(s.rules)}]" if s.rules else "") + "\n"
        for i, s in enumerate(steps, 1)
    )


@click.command("explain")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option(
    "--lang", type=LANG, default="zh", show_default=True, help="输出语言 / output language"
)
@click.option(
    "--format", "fmt", type=FORMAT, default="text", show_default=True, help="text or json"
)
@click.option(
    "--profile",
    "profile_arg",
    default=None,
    help="规则版本 id 或 JSON 文件 / profile id or JSON file",
)
@max_size_option
@guarded
def explain_cmd(file: str, lang: Lang, fmt: str, profile_arg: str | None, max_size: int) -> None:
    """逐步讲解计票：到会 → 核对选票 → 各类选票及理由 → 计票 → 当选票数算式 → 名额 → 下一步。

    Narrates the count of FILE step by step (quorum, reconciliation, each class of ballot and
    why, tally, threshold arithmetic, seats, next step), each step with its rule ids. Exit codes:
    0 explained, 2 unreadable input or bad usage.
    """
    from tallykit.cli.load import load_counted
    from tallykit.counting.explain import explain

    loaded, counted = load_counted(file, profile_arg, max_size)
    steps = list(explain(loaded.results, counted))
    if fmt == "json":
        from tallykit.serial import to_json

        click.echo(dump(to_json(steps)), nl=False)
    else:
        click.echo(render_steps(steps, lang), nl=False)
    finish(DONE)
