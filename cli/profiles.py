"""``tallykit profiles``: the built-in profiles (or one, or a local profile file) with their
values, sources and grades (its own module, imported when the command is asked for)."""

from __future__ import annotations

import click

from tallykit.cli.common import FORMAT, LANG, dump, fail_input, guarded
from tallykit.errors import InputError
from tallykit.vocabulary import Lang


@click.command("profiles")
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
