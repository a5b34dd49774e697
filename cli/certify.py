"""``tallykit check-certificate``: the independent checker from the command line."""

from __future__ import annotations

import json
import sys

import click


@click.command("check-certificate")
@click.argument("cert", type=click.Path(dir_okay=False))
@click.argument("results", type=click.Path(dir_okay=False))
@click.option("--lang", type=click.Choice(["zh", "en"]), default="zh", show_default=True)
def check_certificate_cmd(cert: str, results: str, lang: str) -> None:
    """核验计票证书：用独立的检查程序从结果文件重新推算证书中的每个数。

    Checks CERT (written by `tallykit count --certificate`) against RESULTS with a checker that
    shares no code with the counting core. Exit 0 accepted, 1 rejected (with reasons), 2 unreadable.
    """
    from tallykit.check_certificate import check

    data = []
    for path in (cert, results):
        try:
            with open(path, encoding="utf-8-sig") as fh:
                data.append(json.load(fh))
        except (OSError, ValueError) as err:
            click.echo(f"{path}: {'无法读取' if lang == 'zh' else 'unreadable'}: {err}", err=True)
            sys.exit(2)
    try:
        reasons = check(*data)
    except (KeyError, TypeError, ValueError, IndexError, AttributeError) as err:
        reasons = [f"malformed certificate or results file: {type(err).__name__}: {err}"]
    if reasons:
        click.echo("证书不成立：" if lang == "zh" else "certificate rejected:")
        for reason in reasons:
            click.echo(f"  - {reason}")
        sys.exit(1)
    click.echo("证书成立" if lang == "zh" else "certificate accepted")
