"""``tallykit count``: one results file counted round by round (its own module, imported when the
command is asked for, so that other commands do not build its options at start-up)."""

from __future__ import annotations

import click

from tallykit.cli.common import FORMAT, LANG, dump, guarded
from tallykit.cli.files import max_size_option, refuse_overwrite, write_atomic
from tallykit.errors import InputError
from tallykit.vocabulary import Lang


@click.command("count")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--lang", type=LANG, default="zh", show_default=True, help="输出语言 / output language")
@click.option("--format", "fmt", type=FORMAT, default="text", show_default=True, help="text or json")
@click.option("--profile", "profile_arg", default=None, help="规则版本 id 或 JSON 文件 / profile id or JSON file")
@click.option("--certificate", "cert_path", default=None, type=click.Path(dir_okay=False),
              help="把计票证书写入此文件（不得是输入文件）/ write a certificate of the count to this file (never an input)")
@max_size_option
@guarded
def count_cmd(
    file: str, lang: Lang, fmt: str, profile_arg: str | None, cert_path: str | None, max_size: int
) -> None:
    """计票：按文件所载重新计算每一轮结果（有选票明细时全部重新清点）。

    Counts what FILE holds round by round (a full recount when ballot_records are present) and
    shows ballot classes with reasons, the threshold arithmetic and the outcome.
    """
    from tallykit.cli.load import load_counted, profile_file

    if cert_path is not None:
        refuse_overwrite(cert_path, (file, profile_file(profile_arg)), "--certificate")
    loaded, result = load_counted(file, profile_arg, max_size, hashed=cert_path is not None)
    if cert_path is not None and loaded.format != "json":
        raise InputError.worded("certificate_needs_json", path="", rule="FMT-OUTPUT", value=loaded.format, file=file)
    if cert_path is not None:
        from tallykit.check.certificate import certificate

        write_atomic(cert_path, dump(certificate(loaded.results, result, loaded.sha256)))
    if fmt == "json":
        from tallykit.serial import to_json

        click.echo(dump(to_json(result)), nl=False)
    else:
        from tallykit.cli.render import render_count

        click.echo(render_count(result, lang, file), nl=False)
