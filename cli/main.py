"""``tallykit`` commands. Exit codes (one place): 0 no error finding, 1 at least one error
finding, 2 unreadable input or bad usage."""

from __future__ import annotations

from typing import Any

import click

from tallykit.cli.common import FORMAT, LANG, dump, fail_input, guarded
from tallykit.errors import InputError
from tallykit.vocabulary import Lang

class Tallykit(click.Group):
    """The command group; click's own messages follow ``--lang`` (Chinese by default). The
    commands of ``COMMANDS`` are imported when they are asked for."""

    def main(self, args: Any = None, *rest: Any, **kwargs: Any) -> Any:
        from tallykit.cli.click_zh import lang_of, use

        use(lang_of(args))
        return super().main(args, *rest, **kwargs)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *COMMANDS})

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in COMMANDS and name not in self.commands:
            import importlib

            module, attr = COMMANDS[name]
            self.add_command(getattr(importlib.import_module(module), attr), name)
        return super().get_command(ctx, name)


def _version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    """``tallykit --version``. (click's ``version_option`` words its default help through gettext
    when the module is imported, and gettext imports locale: a cost on every start.)"""
    if value and not ctx.resilient_parsing:
        from tallykit.version import __version__

        click.echo(f"tallykit, version {__version__}")
        ctx.exit()


@click.group(cls=Tallykit, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--version", is_flag=True, expose_value=False, is_eager=True, callback=_version,
    help="显示版本并退出 / show the version and exit",
)
def main() -> None:
    """tallykit — 按规定计票、核查基层选举结果 (counts and verifies Chinese grassroots elections).

    \b
    Exit codes / 退出码:
      0  no error finding / 无错误
      1  at least one error finding / 至少一项错误
      2  unreadable input or bad usage / 输入无法读取或用法错误
    """


@main.command("profiles")
@click.argument("ref", required=False)
@click.option("--lang", type=LANG, default="zh", show_default=True)
@click.option("--format", "fmt", type=FORMAT, default="text", show_default=True)
@guarded
def profiles_cmd(ref: str | None, lang: Lang, fmt: str) -> None:
    """列出全部规则版本及其参数、取值、依据和等级；给出规则版本（规则版本 id 或本地规则版本文件）时只列该版本，文件有误时退出码 2。

    Lists every profile with its period, values, sources and grades; with REF (a profile id or a
    local profile file) only that one, which also checks the file (exit 2 naming what is wrong).
    """
    from tallykit.cli.render import profiles_json, render_profiles
    from tallykit.profiles import BUILTIN

    profiles = [BUILTIN[k] for k in sorted(BUILTIN)]
    if ref is not None:
        from tallykit.cli.load import load_profile_arg
        from tallykit.profiles import resolve_profile

        try:
            profiles = [resolve_profile(load_profile_arg(ref), kind=None, path="")]
        except InputError as err:
            fail_input(err, ref, lang)
    if fmt == "json":
        click.echo(dump(profiles_json(profiles)), nl=False)
    else:
        click.echo(render_profiles(profiles, lang), nl=False)


# Commands kept in their own modules, imported only when one of them runs (or for --help), so
# that ``tallykit verify`` loads nothing the other commands need.
COMMANDS = {
    "count": ("tallykit.cli.count", "count_cmd"),
    "prove": ("tallykit.cli.prove", "prove_cmd"),
    "check-certificate": ("tallykit.cli.certify", "check_certificate_cmd"),
    "verify": ("tallykit.cli.verify", "verify_cmd"),
    "rules": ("tallykit.cli.rules", "rules_cmd"),
    "schema": ("tallykit.cli.rules", "schema_cmd"),
    "explain": ("tallykit.cli.explain", "explain_cmd"),
    "drill": ("tallykit.cli.drill", "drill_cmd"),
    "template": ("tallykit.cli.sheets", "template_cmd"),
    "convert": ("tallykit.cli.sheets", "convert_cmd"),
    "serve": ("tallykit.cli.serve", "serve_cmd"),
}
