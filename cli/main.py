"""``tallykit`` commands. Exit codes (one place): 0 no error finding, 1 at least one error
finding, 2 unreadable input or bad usage."""

from __future__ import annotations

from typing import Any

import click


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


# Every command is kept in a module of its own, imported only when it runs (or for --help), so
# that ``tallykit verify`` loads and builds nothing the other commands need.
COMMANDS = {
    "profiles": ("tallykit.cli.profiles", "profiles_cmd"),
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
