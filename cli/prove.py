"""``tallykit prove``: run the z3 property suite against the shipping core (z3 loads only here)."""

from __future__ import annotations


import click

from tallykit.cli.common import LANG, guarded
from tallykit.vocabulary import Lang

STATUS_ZH = {"proved": "已证明", "counterexample": "反例", "unknown": "未知（失败）"}


@click.command("prove")
@click.option("--only", default=None, metavar="NAME", help="只运行一个性质 / run one property")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@click.option("--lang", type=LANG, default="zh", show_default=True)
@click.option(
    "--out",
    "out_dir",
    default="counterexamples",
    show_default=True,
    help="反例（可重放的结果文件）写入的目录 / where replayable counterexample files go",
)
@click.option(
    "-x",
    "--fail-fast",
    is_flag=True,
    help="在第一个未证明的性质处停止 / stop at the first property not proved (mutation testing)",
)
@click.option(
    "--untraced",
    is_flag=True,
    help="不列出所到达的实际代码（快约一倍）/ skip naming the shipping functions reached (about twice as fast)",
)
@guarded
def prove_cmd(
    only: str | None, fmt: str, lang: Lang, out_dir: str, fail_fast: bool, untraced: bool
) -> None:
    """证明：用 z3 证明计票核心的各项性质，并确认每个故意写错的变体被驳倒。

    Proves each property of the counting core, the certificate checker and the built-in profiles
    (z3 on the shipping rule functions, plus bounded exhaustive runs of the shipping code) and
    checks that each property's deliberately broken variant is refuted; names the shipping
    functions each property reached and its bounds. Exit 0 only when every property is proved and every
    variant refuted; 1 otherwise; 2 for an unknown --only name. See docs/proofs.md.
    """
    from tallykit.cli.common import dump, finish
    from tallykit.exits import DONE, REJECTED, UNUSABLE
    from tallykit.specs.suite import MODULES, all_good, prove
    from tallykit.text.texts import text

    if only is not None and only not in MODULES:
        click.echo(text("prove.no_property", lang, only=only, known=", ".join(MODULES)), err=True)
        finish(UNUSABLE)
    reports = prove(only, fail_fast=fail_fast, trace=not untraced)
    for r in reports:
        r["counterexample_file"] = _write_replay(r.pop("replay"), out_dir, r["name"])
    ok = all_good(reports)
    if fmt == "json":
        total = round(sum(r["seconds"] for r in reports), 3)
        click.echo(
            dump({"tallykit_prove": 1, "all_proved": ok, "seconds": total, "properties": reports}),
            nl=False,
        )
    else:
        for r in reports:
            status = STATUS_ZH[r["status"]] if lang == Lang.ZH else r["status"]
            variant = text("prove.refuted" if r["variant_refuted"] else "prove.not_refuted", lang)
            click.echo(
                f"{r['name']:<24} {status:<14} {r['seconds']:>6.2f}s  {variant}  [{', '.join(r['rules'])}]"
            )
            if not untraced:
                click.echo(f"    {text('prove.reached', lang)}: {', '.join(r['reached']) or '-'}")
            click.echo(f"    {text('prove.bounds', lang)}: {r['bounds']}")
            if r["status"] != "proved":
                click.echo(f"    {r['detail']}")
                if r["counterexample_file"]:
                    click.echo(f"    -> {r['counterexample_file']}")
        click.echo(
            ("全部证明" if ok else "未全部证明")
            if lang == Lang.ZH
            else ("all proved" if ok else "NOT all proved")
        )
    finish(DONE if ok else REJECTED)


def _write_replay(replay: dict | None, out_dir: str, name: str) -> str | None:  # type: ignore[type-arg]
    """A counterexample's results file, written atomically to ``out_dir``; its path."""
    if replay is None:
        return None
    from tallykit.cli.files import make_folder, write_atomic
    from tallykit.cli.common import dump

    path = make_folder(out_dir) / f"{name}.json"
    write_atomic(path, dump(replay))
    return str(path)
