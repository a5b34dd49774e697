"""``tallykit check-certificate``: the independent checker from the command line."""

from __future__ import annotations

import click

from tallykit.cli.files import max_size_option, read_input
from tallykit.cli.common import LANG, fail_input, finish, guarded
from tallykit.errors import InputError
from tallykit.exits import DONE, REJECTED
from tallykit.text.texts import text
from tallykit.vocabulary import Lang


@click.command("check-certificate")
@click.argument("cert", type=click.Path(dir_okay=False))
@click.argument("results", type=click.Path(dir_okay=False))
@click.option(
    "--lang", type=LANG, default="zh", show_default=True, help="输出语言 / output language"
)
@max_size_option
@guarded
def check_certificate_cmd(cert: str, results: str, lang: Lang, max_size: int) -> None:
    """核验计票证书：证书须属于这个结果文件（sha256），其中每一项都由独立的检查程序重新推算并比对。

    Checks CERT (written by `tallykit count --certificate`) against RESULTS with a checker that
    shares no code with the counting core: the certificate must name this file by its sha256,
    and every field of it is derived again and compared. Both files are read as `verify` reads
    them. Exit 0 accepted, 1 rejected (with the reasons), 2 unreadable or bad usage.
    """
    from tallykit.check.check_certificate import check
    from tallykit.cli.load import read_json
    from tallykit.profiles import resolve_profile
    from tallykit.results import parse_results

    raw = []
    for path, what in ((cert, "certificate"), (results, "")):
        try:
            raw.append(read_input(path, max_size, what=what))
            data, _ = read_json(raw[-1])
            if len(raw) == 2:  # the results file: unreadable exactly when verify says so
                parsed = parse_results(data)
                resolve_profile(parsed.profile, kind=parsed.election.kind)
        except InputError as err:
            fail_input(err, path, lang)
    reasons = check(raw[0], raw[1])
    i = 0 if lang == Lang.ZH else 1
    if reasons:
        click.echo(text("cli.certificate_rejected", lang))
        for reason in reasons:
            click.echo(f"  - {reason[i]}")
        finish(REJECTED)
    click.echo(text("cli.certificate_accepted", lang))
    finish(DONE)
