"""``tallykit verify``, ``tallykit rules`` and ``tallykit schema``.

Files are read as bytes (hashed, never written), decoded, parsed and verified one by one, in
parallel with ``--jobs``; output is sorted and carries no clock or machine path, so the same
inputs give byte-identical output.
"""

from __future__ import annotations

import hashlib
import os
import sys
from importlib.resources import files as package_files
from pathlib import Path
from typing import Any

import click

from tallykit.cli.main import EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, FORMAT, LANG, dump, guarded
from tallykit.errors import InputError


def collect(paths: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """The files to verify (folders searched recursively for ``*.json``, sorted; paths as
    given) and the other files seen in folders, which are skipped."""
    chosen: list[str] = []
    skipped: list[str] = []
    for given in paths:
        p = Path(given)
        if p.is_dir():
            found = sorted(
                (f for f in p.rglob("*") if f.is_file()), key=lambda f: f.relative_to(p).as_posix()
            )
            for f in found:
                shown = os.path.join(given, f.relative_to(p).as_posix())
                (chosen if f.suffix.lower() == ".json" else skipped).append(shown)
        else:
            chosen.append(given)
    return list(dict.fromkeys(chosen)), skipped


def _unreadable(file: str, digest: str | None, err: InputError, lang: str) -> dict[str, Any]:
    return {
        "file": file,
        "sha256": digest,
        "status": "unreadable",
        "profile": None,
        "findings": [
            {
                "code": "TK-SCHEMA-1",
                "rules": [err.rule],
                "severity": "error",
                "path": err.path,
                "message": err.message(lang),
                "expected": None,
                "recorded": _plain(err.value),
            }
        ],
        "outcome": [],
    }


def _plain(value: object) -> Any:
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return repr(value)
    return str(value)


def check_file(file: str, profile_ref: Any, lang: str, calendar: Any = None) -> dict[str, Any]:
    """One file's report entry; every failure to read it is an ``unreadable`` entry.
    ``calendar``: working days (tallykit.workdays.Calendar; default the statutory one)."""
    from tallykit.cli.load import read_json
    from tallykit.profiles import resolve_profile
    from tallykit.results import parse_results
    from tallykit.verify import verify

    try:
        raw = Path(file).read_bytes()
    except OSError as exc:
        err = InputError(path="", rule="FMT-FILE", zh=f"无法读取文件：{exc.strerror}", en=f"cannot read the file: {exc.strerror}")
        return _unreadable(file, None, err, lang)
    digest = hashlib.sha256(raw).hexdigest()
    try:
        data, _ = read_json(raw)
        results = parse_results(data)
        profile = None
        if profile_ref is not None:
            profile = resolve_profile(profile_ref, kind=results.election.kind, path="--profile")
        report = verify(results, profile=profile, calendar=calendar)
    except InputError as err:
        return _unreadable(file, digest, err, lang)
    except RecursionError:
        err = InputError(path="", rule="FMT-JSON", zh="JSON 嵌套过深", en="JSON nested too deeply")
        return _unreadable(file, digest, err, lang)
    return {"file": file, "sha256": digest, **report.to_json(lang)}


def _job(args: tuple[str, Any, str, Any]) -> dict[str, Any]:
    return check_file(*args)


def summarize(entries: list[dict[str, Any]]) -> dict[str, int]:
    def errors(e: dict[str, Any]) -> bool:
        return e["status"] != "unreadable" and any(f["severity"] == "error" for f in e["findings"])

    return {
        "files": len(entries),
        "ok": sum(1 for e in entries if e["status"] == "ok"),
        "with_errors": sum(1 for e in entries if errors(e)),
        "unreadable": sum(1 for e in entries if e["status"] == "unreadable"),
    }


def exit_code(summary: dict[str, int]) -> int:
    if summary["unreadable"]:
        return EXIT_UNREADABLE
    return EXIT_FINDINGS if summary["with_errors"] else EXIT_OK


class _Progress:
    """A one-line progress bar on stderr (batches only; never on stdout)."""

    def __init__(self, total: int, on: bool) -> None:
        self.total, self.on, self.done = total, on, 0

    def step(self) -> None:
        self.done += 1
        if self.on:
            width = 30
            filled = width * self.done // self.total
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total}")
            if self.done == self.total:
                sys.stderr.write("\n")
            sys.stderr.flush()


def run_all(
    files: list[str], profile_ref: Any, lang: str, jobs: int, progress: bool, calendar: Any = None
) -> list[dict[str, Any]]:
    bar = _Progress(len(files), progress)
    tasks = [(f, profile_ref, lang, calendar) for f in files]
    out: list[dict[str, Any]] = []
    if jobs <= 1 or len(files) <= 1:
        for t in tasks:
            out.append(_job(t))
            bar.step()
        return out
    from concurrent.futures import ProcessPoolExecutor

    chunk = max(1, min(64, len(tasks) // (jobs * 8) or 1))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for entry in pool.map(_job, tasks, chunksize=chunk):
            out.append(entry)
            bar.step()
    return out


def _t(lang: str, zh: str, en: str) -> str:
    return zh if lang == "zh" else en


STATUS = {"ok": ("通过", "ok"), "findings": ("有问题", "findings"), "unreadable": ("无法读取", "unreadable")}
SEVERITY = {"error": ("错误", "error"), "warning": ("警告", "warning"), "info": ("提示", "info")}


def render_text(entries: list[dict[str, Any]], summary: dict[str, int], lang: str) -> str:
    """Per file: status, profile, each finding with its code, rules, path and message; then a
    summary table."""
    from tallykit.findings import BY_CODE

    i = 0 if lang == "zh" else 1
    lines: list[str] = []
    for e in entries:
        profile = e["profile"]["id"] if e["profile"] else "—"
        lines.append(f"{e['file']}: {STATUS[e['status']][i]}  ({_t(lang, '规则版本', 'profile')} {profile})")
        chosen = (e["profile"] or {}).get("chosen")
        if chosen:
            lines.append(f"  {_t(lang, '选定方式', 'chosen')}: {chosen[lang]}")
        if (e["profile"] or {}).get("set"):
            changed = ("、" if lang == "zh" else ", ").join(e["profile"]["set"])
            lines.append(_t(lang, f"  在 {e['profile']['extends']} 基础上修改：{changed}", f"  extends {e['profile']['extends']}, setting: {changed}"))
        for f in e["findings"]:
            rules = ", ".join(f["rules"])
            lines.append(f"  {SEVERITY[f['severity']][i]} {f['code']} [{rules}] {f['path'] or '/'}")
            lines.append(f"    {f['message']}")
            check = BY_CODE.get(f["code"])
            if check is not None and f["severity"] != "info":
                lines.append(f"    {_t(lang, '处理', 'to do')}: {check.remediation_clerk(lang)}")
    if entries:
        lines.append("")
    heads = _t(lang, "文件数 通过 有错误 无法读取", "files ok with_errors unreadable").split()
    values = [str(summary[k]) for k in ("files", "ok", "with_errors", "unreadable")]
    widths = [max(len(h.encode("gbk", "replace")), len(v)) for h, v in zip(heads, values)]
    lines.append(_t(lang, "汇总", "Summary"))
    lines.append("  " + "  ".join(h + " " * (w - len(h.encode("gbk", "replace"))) for h, w in zip(heads, widths)))
    lines.append("  " + "  ".join(v.rjust(w) for v, w in zip(values, widths)))
    return "\n".join(lines) + "\n"


@click.command("verify")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=FORMAT, default="text", show_default=True, help="text or json")
@click.option("--lang", type=LANG, default="zh", show_default=True, help="输出语言 / output language")
@click.option("--profile", "profile_arg", default=None, help="规则版本 id 或 JSON 文件，覆盖文件所载 / profile override")
@click.option("--jobs", "-j", type=click.IntRange(1, 256), default=1, show_default=True, help="并行进程数 / parallel processes")
@click.option("--progress/--no-progress", default=None, help="批量时在 stderr 显示进度 / progress bar on stderr")
@click.option(
    "--holidays", "holidays_arg", default=None, metavar="FILE",
    help="节假日文件（tallykit.holidays/1：放假日与调休上班日），用于节假日库未覆盖的年份 / holiday list for years the statutory calendar library does not cover",
)
@guarded
def verify_cmd(
    paths: tuple[str, ...], fmt: str, lang: str, profile_arg: str | None, jobs: int, progress: bool | None,
    holidays_arg: str | None,
) -> None:
    """核查结果文件：按规则检查每一项记录并重新计算结果（文件或文件夹，递归查找 *.json）。

    Verifies recorded results (files, or folders searched recursively for *.json) against the
    rules and recomputes the outcome. Exit codes: 0 no error finding, 1 at least one error
    finding, 2 a file is unreadable or the usage is wrong.

    Working days follow the statutory holidays and 调休 make-up days (chinese_calendar); for a
    year it does not cover, give --holidays FILE:
    {"format": "tallykit.holidays/1", "holidays": ["2027-10-01", ...], "workdays": ["2027-09-26", ...]}.
    """
    from tallykit import __version__
    from tallykit.cli.load import load_profile_arg

    profile_ref = None
    if profile_arg is not None:
        try:
            profile_ref = load_profile_arg(profile_arg)
            from tallykit.profiles import BUILTIN, resolve_profile

            if not isinstance(profile_ref, str) or profile_ref not in BUILTIN:
                # an unknown id or a profile file's unknown parameter or bad value: once, exit 2
                resolve_profile(profile_ref, kind="party_committee", path="")
        except InputError as err:
            click.echo(f"--profile {profile_arg}: {err.message(lang)}", err=True)
            sys.exit(EXIT_UNREADABLE)
    calendar = None
    if holidays_arg is not None:
        calendar = _load_holidays(holidays_arg, lang)
    files, skipped = collect(paths)
    if profile_arg is not None and Path(profile_arg).is_file():  # a county's profile file kept beside its results
        files = [f for f in files if not (Path(f).is_file() and Path(f).samefile(profile_arg))]
    for s in skipped:
        click.echo(_t(lang, f"跳过非 .json 文件：{s}", f"skipped, not a .json file: {s}"), err=True)
    show = progress if progress is not None else (len(files) > 1 and sys.stderr.isatty())
    entries = run_all(files, profile_ref, lang, jobs, bool(show) and len(files) > 1, calendar)
    summary = summarize(entries)
    if fmt == "json":
        click.echo(dump({"tallykit": __version__, "results": entries, "summary": summary}), nl=False)
    else:
        click.echo(render_text(entries, summary, lang), nl=False)
    sys.exit(exit_code(summary))


def _load_holidays(path: str, lang: str) -> Any:
    """The statutory calendar extended by the holiday file at ``path``; a bad file is a usage
    error (exit 2)."""
    from tallykit.cli.load import read_json
    from tallykit.workdays import holiday_list, statutory_calendar

    try:
        try:
            raw = Path(path).read_bytes()
        except OSError as exc:
            raise InputError(path="", rule="FMT-FILE", zh=f"无法读取文件：{exc.strerror}", en=f"cannot read the file: {exc.strerror}") from None
        data, _ = read_json(raw)
        supplied = holiday_list(data, name=Path(path).name)
    except InputError as err:
        click.echo(f"--holidays {path}: {err.message(lang)}", err=True)
        sys.exit(EXIT_UNREADABLE)
    return statutory_calendar().extended(supplied)


@click.command("rules")
@click.option("--format", "fmt", type=FORMAT, default="text", show_default=True)
@click.option("--lang", type=LANG, default="zh", show_default=True)
@guarded
def rules_cmd(fmt: str, lang: str) -> None:
    """列出核查规则目录：代码、严重程度、说明、处理意见、规则与条款 (the check catalogue)."""
    from tallykit.findings import CATALOGUE

    if fmt == "json":
        click.echo(dump([c.to_json() for c in CATALOGUE]), nl=False)
        return
    lines = []
    for c in CATALOGUE:
        lines.append(f"{c.code}  {SEVERITY[c.severity][0 if lang == 'zh' else 1]}  {c.title(lang)}")
        lines.append(f"  {c.explanation(lang)}")
        lines.append(f"  {_t(lang, '录入人员', 'clerk')}: {c.remediation_clerk(lang)}")
        lines.append(f"  {_t(lang, '审核人员', 'reviewer')}: {c.remediation_reviewer(lang)}")
        lines.append(f"  {_t(lang, '规则', 'rules')}: {', '.join(c.rules)}")
        if c.articles:
            lines.append(f"  {_t(lang, '条款', 'articles')}: {'; '.join(c.articles)}")
        lines.append("")
    click.echo("\n".join(lines), nl=False)


@click.command("schema")
@click.option("--report", is_flag=True, help="核查报告的 JSON Schema / the verify report's schema")
def schema_cmd(report: bool) -> None:
    """输出结果文件格式的 JSON Schema (2020-12) (prints the results format's JSON Schema)."""
    name = "report.schema.json" if report else "results.schema.json"
    click.echo(package_files("tallykit").joinpath("data", name).read_text(encoding="utf-8"), nl=False)
