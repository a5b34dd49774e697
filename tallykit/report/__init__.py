"""The printable report: per results file an A4 page a reviewer signs, and a township summary.

Pure rendering (values in, HTML text out) with Jinja2 templates shipped in
``tallykit/report/templates`` (autoescaped, inline CSS, no script from elsewhere, no network
asset; Chinese prints with the system's CJK fonts through a font-family fallback list).

    from tallykit.report import render_file, render_unreadable, render_summary
    html = render_file(results, report, file="东风村.xlsx", sha256=digest, place=loaded.place)

The web app and ``tallykit verify --format html`` call the same functions. Jinja2 is imported
only here, so ``tallykit verify one.json`` does not load it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache, partial
from typing import Any

import msgspec

from tallykit.counting.outcome import RoundOutcome
from tallykit.errors import InputError
from tallykit.counting.explain import explain
from tallykit.findings import BY_CODE
from tallykit.text.labels import describe_params, formula_words, place_words, profile_label, profile_shown, value_label
from tallykit.results import Results
from tallykit.text.texts import text, wording
from tallykit.check.verify import Report
from tallykit.vocabulary import Family, Lang, ThresholdTest



def _w(lang: Lang) -> Callable[..., str]:
    """The page's words in ``lang`` (the catalogue's ``report.`` section)."""
    return partial(wording("report"), lang=lang)


@cache
def _env() -> Any:
    """One template environment a process: each template is compiled the first time it is
    used, not for every page (compiling took nine tenths of a page's time)."""
    from jinja2 import Environment, PackageLoader, StrictUndefined

    return Environment(
        loader=PackageLoader("tallykit.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def status_of(report: Report) -> str:
    """ok / warnings / errors, as people are told (info notes do not count)."""
    sev = {f.severity for f in report.findings}
    return "errors" if "error" in sev else "warnings" if "warning" in sev else "ok"


def _round_view(out: RoundOutcome, lang: Lang) -> dict[str, Any]:
    w = _w(lang)
    th = out.threshold
    threshold = None
    if th is not None and out.result != "void":
        recall = out.result in ("recalled", "not_recalled")
        if th.test == ThresholdTest.PLURALITY:
            words = formula_words(th.formula, lang)
        else:
            words = f"{formula_words(th.formula, lang)}（{text(th.base_name or '', lang)} {th.base}），{w('at_least', n=th.min_votes)}"
        threshold = {"label": w("threshold_recall" if recall else "threshold"), "words": words, "rule": th.rule}
    posts = []
    for s in out.seating:
        rows = []
        for name, votes in s.ranking:
            if out.result in ("recalled", "not_recalled"):
                status = w("recalled") if name in s.elected else w("not_recalled")
            elif name in s.elected:
                status = w("elected")
            elif name in s.tied:
                status = w("tied")
            elif th is not None and th.test == ThresholdTest.PLURALITY:
                status = w("fewer")
            elif name in s.qualified:
                status = w("over_full")
            else:
                status = w("below")
            rows.append({"name": name, "votes": votes, "status": status, "elected": name in s.elected})
        posts.append({"name": s.position, "seats": s.seats, "rows": rows, "unfilled": s.unfilled})
    b = out.ballots
    result = text("result." + out.result, lang)
    if out.result == "void":
        result += f" — {text(out.void_reason or '', lang)}"
    return {
        "n": out.index + 1,
        "kind": text(out.kind, lang),
        "gates": [
            {"name": text(g.code, lang), "formula": formula_words(g.formula, lang), "passed": g.passed, "rule": g.rule}
            for g in (*out.gates, *out.checks)
        ],
        "ballots": {"issued": b.issued, "returned": b.returned, "valid": b.valid, "invalid": b.invalid},
        "threshold": threshold,
        "posts": posts,
        "result": result,
        "void": out.result == "void",
    }


def _finding_view(f: Any, lang: Lang, family: str, place: Callable[[str], str | None] | None) -> dict[str, Any]:
    check = BY_CODE.get(f.code)
    where = (place(f.path) if place else None) or (place_words(f.path) if lang == Lang.ZH else (f.path or "/"))
    return {
        "severity": f.severity,
        "severity_words": value_label("severity", f.severity, lang),
        "code": f.code,
        "title": check.title(lang) if check else f.code,
        "message": f.message(lang),
        "place": where,
        "clerk": check.remediation_clerk(lang) if check and f.severity != "info" else "",
        "reviewer": check.remediation_reviewer(lang) if check and f.severity != "info" else "",
        "articles": _articles(check.articles, family) if check else [],
        "rules": list(f.rules),
    }


def _articles(articles: Sequence[str], family: str) -> list[str]:
    """The catalogue's articles of this election's family (party regulations for party
    elections, the organic laws otherwise); all of them when none is of the family."""
    mine = [a for a in articles if ("中国共产党" in a) == (family == Family.PARTY)]
    return mine or list(articles)


def render_file(
    results: Results,
    report: Report,
    *,
    file: str,
    sha256: str,
    lang: Lang = Lang.ZH,
    place: Callable[[str], str | None] | None = None,
    back: str | None = None,
) -> str:
    """The page for one verified file. ``place`` maps a JSON pointer to a spreadsheet cell
    (``Loaded.place``); ``back`` links to the summary page."""
    w = _w(lang)
    profile = report.profile
    params = {k: v for k, v in profile.params.items()}
    family = profile.family
    e = results.election
    ctx = {
        "lang": lang,
        "w": w,
        "file": file,
        "sha256": sha256,
        "back": back,
        "organization": e.organization or "",
        "kind": value_label("election.kind", e.kind, lang),
        "date": e.date or "",
        "profile_id": profile_shown(profile.id, lang),
        "profile_title": profile.title(lang),
        "profile_label": profile_label(profile.id, lang) if profile_label(profile.id) != profile.id else profile_shown(profile.id, lang),
        "params": describe_params(params, lang),
        "status": status_of(report),
        "status_words": value_label("status", status_of(report), lang),
        "counts": {s: sum(1 for f in report.findings if f.severity == s) for s in ("error", "warning", "info")},
        "rounds": [_round_view(r, lang) for r in report.count.rounds],
        "findings": [_finding_view(f, lang, family, place) for f in report.findings],
        "steps": [{"text": s.text(lang), "rules": list(s.rules)} for s in explain(results, report.count)],
    }
    return _env().get_template("file.html.j2").render(**ctx)


def render_unreadable(file: str, sha256: str | None, error: InputError, *, lang: Lang = Lang.ZH, back: str | None = None) -> str:
    """The page for a file that cannot be read: every input error with its place."""
    w = _w(lang)
    errors = [{"place": e.where(lang), "message": e.message(lang), "rule": e.rule} for e in error.errors]
    return _env().get_template("unreadable.html.j2").render(
        lang=lang, w=w, file=file, sha256=sha256 or "", back=back, errors=errors,
        status_words=value_label("status", "unreadable", lang),
    )


class Row(msgspec.Struct, frozen=True):
    """One file on the township summary."""

    file: str
    href: str | None
    organization: str
    kind: str  # election kind (canonical) or "" when unreadable
    status: str  # ok / warnings / errors / unreadable
    errors: int = 0
    warnings: int = 0


def summary_rows(entries: Sequence[dict[str, Any]], hrefs: Sequence[str | None], organizations: Sequence[str], kinds: Sequence[str]) -> list[Row]:
    """Rows from verify-report entries (``tallykit verify --format json``'s ``results``)."""
    out = []
    for e, href, org, kind in zip(entries, hrefs, organizations, kinds):
        sev = [f["severity"] for f in e["findings"]]
        status = "unreadable" if e["status"] == "unreadable" else "errors" if "error" in sev else "warnings" if "warning" in sev else "ok"
        out.append(Row(e["file"], href, org, kind, status, sev.count("error"), sev.count("warning")))
    return out


def render_summary(rows: Sequence[Row], *, lang: Lang = Lang.ZH) -> str:
    """The township summary page: one row per file (村名, election, status, link)."""
    w = _w(lang)
    view = [
        {
            "file": r.file,
            "name": r.file.replace("\\", "/").rsplit("/", 1)[-1],
            "href": r.href,
            "organization": r.organization or r.file,
            "kind": value_label("election.kind", r.kind, lang) if r.kind else "—",
            "status": r.status,
            "status_words": value_label("status", r.status, lang),
            "errors": r.errors,
            "warnings": r.warnings,
        }
        for r in rows
    ]
    totals = {s: sum(1 for r in rows if r.status == s) for s in ("ok", "warnings", "errors", "unreadable")}
    labels = {s: value_label("status", s, lang) for s in totals}
    return _env().get_template("summary.html.j2").render(lang=lang, w=w, rows=view, totals=totals, labels=labels, files=len(rows))


def summary_xlsx(rows: Sequence[Row], *, lang: Lang = Lang.ZH) -> bytes:
    """The township summary as a workbook (one row per file)."""
    from tallykit.io.sheets import Cell, SheetOut, write_xlsx

    w = _w(lang)
    head = [w("village"), w("kind"), w("status"), w("errors_n"), w("warnings_n"), w("file"), w("page")]
    body = [
        tuple(
            Cell(v, "input")
            for v in (
                r.organization or r.file,
                value_label("election.kind", r.kind, lang) if r.kind else "",
                value_label("status", r.status, lang),
                r.errors,
                r.warnings,
                r.file,
                r.href or "",
            )
        )
        for r in rows
    ]
    title = (Cell(w("summary_title"), "title"), *(Cell(None, "title") for _ in head[1:]))
    sheet = SheetOut(w("summary_title")[:31], (title, tuple(Cell(h, "head") for h in head), *body), (28, 26, 10, 8, 8, 40, 30))
    return write_xlsx([sheet], {})


__all__ = ["Row", "render_file", "render_summary", "render_unreadable", "status_of", "summary_rows", "summary_xlsx"]
