"""``tallykit rules`` and ``tallykit schema``: what ``verify`` checks (the check catalogue) and
what it reads (the results format's JSON Schema), each its own command module so that
``verify`` does not build their options at start-up."""

from __future__ import annotations

import click

from tallykit.cli.common import FORMAT, LANG, dump, guarded
from tallykit.text.texts import wording
from tallykit.vocabulary import Lang

_w = wording("verify")  # the words verify's text report and the catalogue share, ``verify.<key>``


@click.command("rules")
@click.option("--format", "fmt", type=FORMAT, default="text", show_default=True)
@click.option("--lang", type=LANG, default="zh", show_default=True)
@guarded
def rules_cmd(fmt: str, lang: Lang) -> None:
    """列出核查规则目录：代码、严重程度、说明、处理意见、规则与条款 (the check catalogue)."""
    from tallykit.check.verify import checks_by_code, families_by_code
    from tallykit.findings import CATALOGUE, PRODUCED_ELSEWHERE
    from tallykit.text.labels import value_label
    from tallykit.text.words import Term, joined

    made_by, families = checks_by_code(), families_by_code()
    if fmt == "json":
        from tallykit.serial import to_json

        listed = [{**to_json(c), "check": made_by[c.code], "families": list(families[c.code])} for c in CATALOGUE]
        click.echo(dump(listed), nl=False)
        return
    lines = []
    for c in CATALOGUE:
        lines.append(f"{c.code}  {value_label('severity', c.severity, lang)}  {c.title(lang)}")
        lines.append(f"  {c.explanation(lang)}")
        lines.append(f"  {_w('clerk', lang)}: {c.remediation_clerk(lang)}")
        lines.append(f"  {_w('reviewer', lang)}: {c.remediation_reviewer(lang)}")
        lines.append(f"  {_w('rules', lang)}: {', '.join(c.rules)}")
        if c.articles:
            lines.append(f"  {_w('articles', lang)}: {'; '.join(c.articles)}")
        applies = joined(Term(f"verify.family.{f}") for f in families[c.code])
        lines.append(f"  {_w('families', lang)}: {applies.words(lang)}")
        elsewhere = PRODUCED_ELSEWHERE.get(c.code)
        lines.append(f"  {_w('check', lang)}: {elsewhere(lang) if elsewhere else made_by[c.code]}")
        lines.append("")
    click.echo("\n".join(lines), nl=False)


@click.command("schema")
@click.option("--report", is_flag=True, help="核查报告的 JSON Schema / the verify report's schema")
def schema_cmd(report: bool) -> None:
    """输出结果文件格式的 JSON Schema (2020-12) (prints the results format's JSON Schema)."""
    name = "report.schema.json" if report else "results.schema.json"
    from importlib.resources import files as package_files

    click.echo(package_files("tallykit").joinpath("data", name).read_text(encoding="utf-8"), nl=False)
