"""``tallykit verify``.

Files are read as bytes (hashed, never written), decoded, parsed and verified one by one, in
parallel with ``--jobs``; output is sorted and carries no clock or machine path, so the same
inputs give byte-identical output.
"""

from __future__ import annotations

import os
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import click
import msgspec

from tallykit.cli.files import DEFAULT_MAX_SIZE, max_size_option, not_regular, os_reason, read_input, said
from tallykit.cli.common import LANG, bug_message, dump, finish, guarded
from tallykit.errors import InputError
from tallykit.exits import UNUSABLE, RunReport, entry_status
from tallykit.vocabulary import Lang
from tallykit.text.texts import pick, text, wording
from tallykit.text.words import word


class Collected(msgspec.Struct, frozen=True):
    """What the paths given to ``verify`` hold: the files to verify (sorted within each folder,
    paths as given), the entries of folders that are skipped with why (zh, en), and the folders
    that hold no results file at all."""

    files: tuple[str, ...]
    skipped: tuple[tuple[str, str, str], ...]
    empty: tuple[str, ...]


_w = wording("verify")  # the verify command's words, ``verify.<key>``

def collect(paths: tuple[str, ...]) -> Collected:
    """Folders are searched recursively for ``*.json``, ``*.xlsx`` and ``*.csv`` (symbolic links
    to folders are not followed, so a loop cannot trap the search); Excel's lock files (``~$…``)
    and a named pipe, device or socket of those names are skipped with a note, never opened; an
    unreadable sub-folder is skipped with a note."""
    from tallykit.io import SUFFIXES

    chosen: list[str] = []
    skipped: list[tuple[str, str, str]] = []
    empty: list[str] = []
    for given in paths:
        if not os.path.isdir(given):
            chosen.append(given)  # a missing or special file is reported as unreadable
            continue
        found: list[tuple[str, str]] = []

        def unreadable(exc: OSError, given: str = given) -> None:
            shown = exc.filename if isinstance(exc.filename, str) else given
            skipped.append((shown, *said("folder_unreadable", why=os_reason(exc))))

        for folder, subfolders, names in os.walk(given, onerror=unreadable):
            subfolders.sort()
            for name in names:
                full = os.path.join(folder, name)
                found.append((os.path.relpath(full, given).replace(os.sep, "/"), full))
        before = len(chosen)
        for rel, full in sorted(found):
            shown = os.path.join(given, rel)
            name = rel.rsplit("/", 1)[-1]
            if not name.lower().endswith(SUFFIXES) or name.startswith("~$"):
                skipped.append((shown, *said("not_results_file")))
            elif (why := not_regular(full)) is not None:
                skipped.append((shown, why[0], why[1]))
            else:
                chosen.append(shown)
        if len(chosen) == before:
            empty.append(given)
    return Collected(tuple(dict.fromkeys(chosen)), tuple(skipped), tuple(empty))


def _unreadable(file: str, digest: str | None, err: InputError, lang: Lang) -> dict[str, Any]:
    from tallykit.io import schema_findings

    findings = schema_findings(err, lang)
    return {"file": file, "sha256": digest, "status": "unreadable", "profile": None, "findings": findings, "outcome": []}


def internal_error(file: str, digest: str | None, exc: BaseException, lang: Lang) -> dict[str, Any]:
    """The entry of a file that a bug in tallykit (or a crashed worker) kept from being judged:
    the other files of the batch are still verified and the exit code is 2."""
    finding = {
        "code": "TK-INTERNAL-1",
        "rules": ["TK-INTERNAL-1"],
        "severity": "error",
        "path": "",
        "message": bug_message(exc, lang),
        "expected": None,
        "recorded": type(exc).__name__,
    }
    return {"file": file, "sha256": digest, "status": "internal_error", "profile": None, "findings": [finding], "outcome": []}


def check_file(
    file: str, profile_ref: Any, lang: Lang, calendar: Any = None, max_size: int = DEFAULT_MAX_SIZE,
    hashed: bool = True,
) -> dict[str, Any]:
    """One file's report entry, whatever happens: ``unreadable`` listing all its input errors,
    ``internal_error`` for a bug, never an exception. ``calendar``: working days
    (tallykit.procedure.workdays.Calendar; default the statutory one). Findings of a spreadsheet carry
    ``place``, the cell (``第1轮!C7``). ``hashed=False``: the entry's ``sha256`` is None (the
    text report does not show it)."""
    entry, _ = check_file_full(file, profile_ref, lang, calendar, max_size, hashed)
    return entry


def check_file_full(
    file: str, profile_ref: Any, lang: Lang, calendar: Any = None, max_size: int = DEFAULT_MAX_SIZE,
    hashed: bool = True,
) -> tuple[dict[str, Any], Any]:
    """The report entry and, when the file could be judged, ``(loaded, report)`` for renderers;
    else the InputError (for a bug: one saying so)."""
    from tallykit.io import file_digest

    try:
        raw = read_input(file, max_size)
    except InputError as err:
        return _unreadable(file, None, err, lang), err
    digest = file_digest(raw) if hashed else None
    try:
        return _judged(file, raw, digest, profile_ref, lang, calendar)
    except Exception as exc:  # a bug: this file says so, the batch goes on
        zh, en = bug_message(exc, Lang.ZH), bug_message(exc, Lang.EN)
        return internal_error(file, digest, exc, lang), InputError(path="", rule="TK-INTERNAL-1", zh=zh, en=en)


def _judged(file: str, raw: bytes, digest: str | None, profile_ref: Any, lang: Lang, calendar: Any) -> tuple[dict[str, Any], Any]:
    from tallykit.io import load_bytes
    from tallykit.profiles import resolve_profile
    from tallykit.check.verify import verify

    try:
        loaded = load_bytes(raw, file, hashed=False)
    except InputError as err:
        return _unreadable(file, digest, err, lang), err
    except RecursionError:
        err = InputError.worded("json_too_deep", path="", rule="FMT-JSON")
        return _unreadable(file, digest, err, lang), err
    try:
        profile = None
        if profile_ref is not None:
            profile = resolve_profile(profile_ref, kind=loaded.results.election.kind, path="--profile")
        report = verify(loaded.results, profile=profile, calendar=calendar)
    except InputError as err:
        if not err.path.startswith("--"):
            err = loaded.placed(err)
        return _unreadable(file, digest, err, lang), err
    except RecursionError:
        err = InputError.worded("json_too_deep", path="", rule="FMT-JSON")
        return _unreadable(file, digest, err, lang), err
    entry = report.entry(file, digest, lang)
    if loaded.sources is not None:
        for f in entry["findings"]:
            place = loaded.place(f["path"])
            if place:
                f["place"] = place
    return entry, (loaded, report)


Task = tuple[str, Any, str, Any, int, bool]  # file, profile, lang, calendar, max size, hashed


def _job(args: Task) -> dict[str, Any]:
    return check_file(*args)


def _job_page(args: Task) -> tuple[dict[str, Any], str, str, str]:
    """The entry, the file's printable page, its organisation and election kind; a bug while
    drawing the page makes it the page of an ``internal_error`` entry."""
    from tallykit.report import render_file, render_unreadable

    file, _, lang, _, _, _ = args
    entry, done = check_file_full(*args)
    back = "index.html"
    if isinstance(done, InputError):
        return entry, render_unreadable(file, entry["sha256"], done, lang=lang, back=back), "", ""
    loaded, report = done
    try:
        page = render_file(loaded.results, report, file=file, sha256=entry["sha256"], lang=lang, place=loaded.place, back=back)
    except Exception as exc:  # a bug in the report: this file says so, the batch goes on
        return _failed(args, exc, True)
    return entry, page, loaded.results.election.organization or "", loaded.results.election.kind


def _failed(task: Task, exc: BaseException, pages: bool) -> Any:
    """What a job gives for a file a bug (or a dead worker) kept from being judged."""
    from tallykit.report import render_unreadable

    file, _, lang, _, _, _ = task
    entry = internal_error(file, None, exc, lang)
    if not pages:
        return entry
    err = InputError(path="", rule="TK-INTERNAL-1", zh=bug_message(exc, Lang.ZH), en=bug_message(exc, Lang.EN))
    return entry, render_unreadable(file, None, err, lang=lang, back="index.html"), "", ""


def run_all(
    files: list[str] | tuple[str, ...],
    profile_ref: Any,
    lang: Lang,
    jobs: int,
    progress: bool,
    calendar: Any = None,
    *,
    pages: bool = False,
    max_size: int = DEFAULT_MAX_SIZE,
    hashed: bool = True,
) -> Iterator[Any]:
    """Every file's entry (with ``pages``: the entry, page, organisation and kind) in the given
    order, each as soon as it and the files before it are judged; a progress bar on stderr
    (tqdm: label, count, rate, ETA) when ``progress``. ``hashed=False``: no file's SHA-256 is
    taken (the text report shows none)."""
    job = _job_page if pages else _job
    tasks = [(f, profile_ref, lang, calendar, max_size, hashed) for f in files]
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(files), desc=_w("progress", lang), unit=_w("progress_unit", lang), file=sys.stderr,
                   dynamic_ncols=True, leave=True)
    step = (lambda: bar.update(1)) if bar is not None else (lambda: None)
    try:
        if jobs <= 1 or len(files) <= 1:
            for t in tasks:
                entry = job(t)
                step()
                yield entry
        else:
            yield from _pooled(job, tasks, jobs, step, pages)
    finally:
        if bar is not None:
            bar.close()


def _pooled(job: Any, tasks: list[Task], jobs: int, step: Any, pages: bool) -> Iterator[Any]:
    """Files in a pool of ``jobs`` processes, handed over a few at a time (``_batches``: each
    hand-over costs the parent and a worker a round trip), given back in order as they come
    (only answers that came before an earlier file's wait here). A worker that dies (killed for
    memory, a crash in native code) breaks the pool: the files it left unjudged are then run
    one process each, so the one that kills its process gets an ``internal_error`` entry and
    every other file its verdict; so are the files of a batch whose answers could not come back."""
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from concurrent.futures.process import BrokenProcessPool

    waiting: dict[int, Any] = {}
    shown = 0
    pool = ProcessPoolExecutor(max_workers=jobs)
    try:
        futures = {pool.submit(_batch, job, [tasks[i] for i in b]): b for b in _batches(len(tasks), jobs)}
        for fut in as_completed(futures):
            batch = futures.pop(fut)
            try:
                answers = fut.result()
            except Exception:  # the pool broke, or the answers could not come back
                answers = [_alone(job, tasks[i], pages) for i in batch]
            for i, answer in zip(batch, answers):
                waiting[i] = answer
                step()
            while shown in waiting:
                yield waiting.pop(shown)
                shown += 1
    except BrokenProcessPool:
        pass
    finally:
        pool.shutdown(cancel_futures=True)
    for i in range(shown, len(tasks)):
        if i not in waiting:
            waiting[i] = _alone(job, tasks[i], pages)
            step()
        yield waiting.pop(i)


def _batch(job: Any, tasks: list[Task]) -> list[Any]:
    return [job(t) for t in tasks]


def _batches(n: int, jobs: int) -> list[range]:
    """The files' indices in runs of up to 16, at least eight runs a worker so the workers
    finish together."""
    size = max(1, min(16, n // (8 * jobs)))
    return [range(i, min(i + size, n)) for i in range(0, n, size)]


def _alone(job: Any, task: Task, pages: bool) -> Any:
    """One file in a process of its own; if that process dies too, the file is the cause."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    with ProcessPoolExecutor(max_workers=1) as pool:
        try:
            return pool.submit(job, task).result()
        except BrokenProcessPool as exc:
            return _failed(task, WorkerDied(str(exc)), pages)
        except Exception as exc:  # the answer could not come back from its worker
            return _failed(task, exc, pages)


class WorkerDied(Exception):
    """The process verifying a file ended without an answer (killed, out of memory, a crash)."""


SUMMARY_COLUMNS = ("files", "ok", "with_warnings", "with_errors", "unreadable")


def finding_place(f: dict[str, Any], lang: Lang) -> str:
    """Where a finding is, for people: the cell of a spreadsheet, else the JSON pointer in words
    (Chinese) or as is (English)."""
    from tallykit.text.labels import place_words

    if f.get("place"):
        return str(f["place"])
    return place_words(f["path"]) if lang == Lang.ZH else (f["path"] or "/")


def render_text(entries: list[dict[str, Any]], summary: dict[str, int], lang: Lang) -> str:
    """Per file: status, profile, each finding with its code, rules, place and message; then a
    summary table (files with warnings only have their own column)."""
    return "".join(_text_entry(e, lang) for e in entries) + _text_summary(summary, lang, bool(entries))


def _text_entry(e: dict[str, Any], lang: Lang) -> str:
    """One file's part of the text report."""
    from tallykit.findings import BY_CODE
    from tallykit.text.labels import parameter_label, profile_label, profile_shown, value_label

    lines: list[str] = []
    profile = "—"
    if e["profile"]:
        pid = e["profile"]["id"]
        profile = profile_shown(pid, lang)
        if lang == Lang.ZH and profile_label(pid) != pid:
            profile += f"（{profile_label(pid)}）"
    status = value_label("status", entry_status(e), lang)
    lines.append(_w("entry", lang, file=e["file"], status=status, profile=profile))
    chosen = (e["profile"] or {}).get("chosen")
    if chosen:
        lines.append(text("count.chosen", lang, why=chosen[lang]))
    if (e["profile"] or {}).get("set"):
        names = [parameter_label(n, lang) for n in e["profile"]["set"]]
        lines.append(text("count.extends", lang, base=e["profile"]["extends"]) + word(names, lang))
    for f in e["findings"]:
        rules = ", ".join(f["rules"])
        lines.append(f"  {value_label('severity', f['severity'], lang)} {f['code']} [{rules}] {finding_place(f, lang)}")
        lines.append(f"    {f['message']}")
        check = BY_CODE.get(f["code"])
        if check is not None and f["severity"] != "info":
            lines.append(_w("to_do", lang, what=check.remediation_clerk(lang)))
    return "\n".join(lines) + "\n"


def _text_summary(summary: dict[str, int], lang: Lang, after_entries: bool) -> str:
    """The text report's summary table (after a blank line when files were listed above it)."""
    lines: list[str] = [""] if after_entries else []
    columns = SUMMARY_COLUMNS + (("internal_errors",) if summary.get("internal_errors") else ())
    heads = _w("summary_heads", lang).split()
    heads = heads[: len(columns)]
    values = [str(summary[k]) for k in columns]
    widths = [max(_columns(h), len(v)) for h, v in zip(heads, values)]
    lines.append(_w("summary", lang))
    lines.append("  " + "  ".join(h + " " * (w - _columns(h)) for h, w in zip(heads, widths)))
    lines.append("  " + "  ".join(v.rjust(w) for v, w in zip(values, widths)))
    return "\n".join(lines) + "\n"


def streamed(entries: Iterable[dict[str, Any]], fmt: str, lang: Lang, echo: Callable[[str], None]) -> RunReport:
    """The text report or the JSON document (``report_document``), byte for byte, written with
    ``echo`` a file at a time as the entries come, then the summary: a batch of any size holds
    one answer at a time in memory, not every file's. Returns the run the entries make."""
    statuses: list[Any] = []
    if fmt == "json":
        from tallykit.version import REPORT_FORMAT, __version__

        echo(dump({"format": REPORT_FORMAT, "tallykit": __version__})[:-3] + ',\n  "results": [')
    for e in entries:
        if fmt == "json":
            echo(("\n" if not statuses else ",\n") + _indented(dump(e)[:-1], "    "))
        else:
            echo(_text_entry(e, lang))
        statuses.append(entry_status(e))
    run = RunReport(tuple(statuses))
    if fmt == "json":
        close = "\n  ]" if statuses else "]"
        echo(f'{close},\n  "summary": {_indented(dump(run.summary)[:-1], "  ")[2:]}\n}}\n')
    else:
        echo(_text_summary(run.summary, lang, bool(statuses)))
    return run


def _indented(block: str, margin: str) -> str:
    """Every line of ``block`` after ``margin`` (JSON text has no line break inside a string)."""
    return margin + block.replace("\n", "\n" + margin)


def _columns(words: str) -> int:
    """The columns a terminal gives ``words``: two for a wide character (汉字), one otherwise."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in words)


@click.command("verify")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json", "html", "xlsx"]), default="text", show_default=True,
    help="text、json，或 html（可打印的报告，每个文件一页加汇总页）、xlsx（汇总表），后两者须给 --out / "
    "text, json, html (printable pages and a summary page) or xlsx (summary workbook); html and xlsx need --out",
)
@click.option("--out", "out_dir", default=None, metavar="DIR", help="html / xlsx 报告写入的文件夹 / folder for html or xlsx output")
@click.option("--lang", type=LANG, default="zh", show_default=True, help="输出语言 / output language")
@click.option("--profile", "profile_arg", default=None, help="规则版本 id 或 JSON 文件，覆盖文件所载 / profile override")
@click.option("--jobs", "-j", type=click.IntRange(1, 256), default=1, show_default=True, help="并行进程数 / parallel processes")
@click.option("--progress/--no-progress", default=None, help="批量时在 stderr 显示进度 / progress bar on stderr")
@click.option(
    "--holidays", "holidays_arg", default=None, metavar="FILE",
    help="节假日文件（tallykit.holidays/1：放假日与调休上班日），用于节假日库未覆盖的年份 / holiday list for years the statutory calendar library does not cover",
)
@max_size_option
@guarded
def verify_cmd(
    paths: tuple[str, ...], fmt: str, out_dir: str | None, lang: Lang, profile_arg: str | None, jobs: int,
    progress: bool | None, holidays_arg: str | None, max_size: int,
) -> None:
    """核查结果文件：按规则检查每一项记录并重新计算结果（文件或文件夹，递归查找 .json、.xlsx、.csv）。

    Verifies recorded results (files, or folders searched recursively for .json, .xlsx and .csv)
    against the rules and recomputes the outcome. Exit codes: 0 no error finding, 1 at least one
    error finding, 2 a file is unreadable, a bug kept a file from being judged (status
    internal_error; the other files are still verified), a folder holds no results file, or the
    usage is wrong. Named pipes, devices and sockets are never opened; files over --max-size
    (default 64M) are unreadable.

    Working days follow the statutory holidays and 调休 make-up days (chinese_calendar); for a
    year it does not cover, give --holidays FILE:
    {"format": "tallykit.holidays/1", "holidays": ["2027-10-01", ...], "workdays": ["2027-09-26", ...]}.
    """
    profile_ref = None
    if profile_arg is not None:
        from tallykit.cli.load import load_profile_arg

        try:
            profile_ref = load_profile_arg(profile_arg)
            from tallykit.profiles import BUILTIN, resolve_profile

            if not isinstance(profile_ref, str) or profile_ref not in BUILTIN:
                # an unknown id or a profile file's unknown parameter or bad value: once, exit 2
                resolve_profile(profile_ref, kind=None, path="")
        except InputError as err:
            click.echo(f"--profile {profile_arg}: {err.message(lang)}", err=True)
            finish(UNUSABLE)
    calendar = None
    if holidays_arg is not None:
        calendar = _load_holidays(holidays_arg, lang)
    if fmt in ("html", "xlsx") and not out_dir:
        click.echo(_w("needs_out", lang, fmt=fmt), err=True)
        finish(UNUSABLE)
    found = collect(paths)
    for shown, zh, en in found.skipped:
        click.echo(_w("skipped", lang, shown=shown, why=pick(lang, zh, en)), err=True)
    for folder in found.empty:
        click.echo(_w("empty_folder", lang, folder=folder), err=True)
    files = list(found.files)
    if profile_arg is not None and os.path.isfile(profile_arg):  # a county's profile file kept beside its results
        files = [f for f in files if not (os.path.isfile(f) and os.path.samefile(f, profile_arg))]
    if not files:
        click.echo(_w("no_files", lang), err=True)
        finish(UNUSABLE)
    show = progress if progress is not None else (len(files) > 1 and sys.stderr.isatty())
    pages = fmt in ("html", "xlsx")
    judged = run_all(
        files, profile_ref, lang, jobs, bool(show) and len(files) > 1, calendar, pages=pages, max_size=max_size,
        hashed=fmt != "text",
    )
    echo = _echo_beside_bar if show and len(files) > 1 else _echo
    if not pages:
        run = streamed(judged, fmt, lang, echo)
    else:
        # Where every page and the summary go is settled (never over an input) before any file
        # is judged; each page is written as its file is, beside the text report.
        from tallykit.cli.files import write_atomic
        from tallykit.report import render_summary, summary_xlsx

        assert out_dir is not None
        page_files, summary_file, hrefs = _page_targets(paths, files, out_dir, fmt, lang)
        rows: list[Any] = []
        run = streamed(_pages_written(judged, page_files, hrefs, rows), "text", lang, echo)
        write_atomic(summary_file, summary_xlsx(rows, lang=lang) if fmt == "xlsx" else render_summary(rows, lang=lang))
        click.echo(_w("written", lang, written=str(summary_file)))
    finish(run.failed() if found.empty else run)  # a folder without results files: a usage error


def _echo(chunk: str) -> None:
    click.echo(chunk, nl=False)


def _echo_beside_bar(chunk: str) -> None:
    """Output written while the progress bar is shown: the bar is cleared and drawn again below
    it, so a terminal showing both stays readable."""
    from tqdm import tqdm

    with tqdm.external_write_mode(file=sys.stdout):
        click.echo(chunk, nl=False)


def page_names(files: list[str]) -> list[str]:
    """One page name per input file: its name with .html, made unique with its folders."""
    from pathlib import Path

    names: dict[str, None] = {}  # in order, and looked up without a walk through all of them
    for f in files:
        parts = Path(f).with_suffix("").parts
        name = parts[-1]
        k = 2
        while f"{name}.html" in names:
            name = "-".join(parts[-k:]) if k <= len(parts) else f"{parts[-1]}-{k}"
            k += 1
        names[f"{name}.html"] = None
    return list(names)


def _page_targets(paths: tuple[str, ...], files: list[str], out_dir: str, fmt: str, lang: Lang) -> tuple[list[Any], Any, list[str | None]]:
    """The folder ``out_dir`` made, and in it each file's html page (none for xlsx) and the
    summary, every one checked not to be an input (InputError, exit 2); and each file's link
    from the summary."""
    from tallykit.cli.files import make_folder, refuse_overwrites

    folder = make_folder(out_dir)
    names = page_names(files)
    if fmt == "xlsx":
        page_files, summary_file, hrefs = [], folder / _w("summary_file", lang), [None] * len(files)
    else:
        page_files, summary_file, hrefs = [folder / n for n in names], folder / "index.html", list(names)
    refuse_overwrites([*page_files, summary_file], [*paths, *files], "--out")
    return page_files, summary_file, hrefs


def _pages_written(judged: Iterable[Any], page_files: list[Any], hrefs: list[str | None], rows: list[Any]) -> Iterator[dict[str, Any]]:
    """Each file's entry, once its html page is written (atomically) and its summary row kept."""
    from tallykit.cli.files import write_atomic
    from tallykit.report import summary_rows

    for i, (entry, page, organization, kind) in enumerate(judged):
        if page_files:
            write_atomic(page_files[i], page)
        rows += summary_rows([entry], [hrefs[i]], [organization], [kind])
        yield entry


def _load_holidays(path: str, lang: Lang) -> Any:
    """The statutory calendar extended by the holiday file at ``path``; a bad file is a usage
    error (exit 2)."""
    from tallykit.cli.load import read_json_file
    from tallykit.procedure.workdays import holiday_list, statutory_calendar

    try:
        data = read_json_file(path, "holidays")
        supplied = holiday_list(data, name=os.path.basename(path))
    except InputError as err:
        click.echo(f"--holidays {path}: {err.message(lang)}", err=True)
        finish(UNUSABLE)
    return statutory_calendar().extended(supplied)
