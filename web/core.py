"""The core run on a document: checks, verify report, count, certificate, explanation.

Pages and the JSON API both come here, so a sheet typed in the browser, an uploaded file and a
document posted by another system are judged by the same calls to ``tallykit``. Unreadable
input is a TK-SCHEMA-1 finding with its pointer and rule, never an exception.
"""

from __future__ import annotations

import hashlib
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from tallykit import __version__
from tallykit.check.certificate import certificate
from tallykit.counting.outcome import Count
from tallykit.counting.rounds import count
from tallykit.errors import InputError
from tallykit.counting.explain import explain
from tallykit.findings import BY_CODE
from tallykit.profiles import BUILTIN, resolve_profile
from tallykit.results import Results, parse_results
from tallykit.serial import to_json
from tallykit.check.verify import Report, verify

from tallykit.web.store import canonical
from tallykit.vocabulary import Family, Lang


def unreadable(err: InputError, lang: Lang) -> dict[str, Any]:
    """The report entry of a document the core cannot read (FORMAT.md's ``unreadable``): one
    TK-SCHEMA-1 finding per input error the reader gathered."""
    from tallykit.io import schema_findings

    return {
        "status": "unreadable",
        "profile": None,
        "findings": schema_findings(err, lang),
        "outcome": [],
    }


def _profile(results: Results, profile_id: str | None) -> Any:
    if profile_id is None:
        return None
    return resolve_profile(profile_id, kind=results.election.kind, path="/profile")


def run(
    document: Any, lang: Lang = Lang.ZH, profile_id: str | None = None
) -> tuple[dict[str, Any], Report | None, Results | None]:
    """The verify-report entry of ``document`` (FORMAT.md), with the Report and Results
    behind it when the document could be read."""
    digest = hashlib.sha256(canonical(document)).hexdigest()
    try:
        results = parse_results(document)
        report = verify(results, profile=_profile(results, profile_id))
    except InputError as err:
        return {"sha256": digest, **unreadable(err, lang)}, None, None
    except RecursionError:
        err = InputError.worded("json_too_deep", path="", rule="FMT-JSON")
        return {"sha256": digest, **unreadable(err, lang)}, None, None
    return {"sha256": digest, **to_json(report, lang)}, report, results


def read(raw: bytes, filename: str = "posted.json") -> Any:
    """The results document in the bytes of a ``.json``, ``.xlsx`` or ``.csv`` file, read as
    ``tallykit verify`` reads one (``tallykit.io``: JSON with duplicate keys refused, or the
    计票表 with every error at its cell); InputError otherwise."""
    from tallykit.io import read_document

    return read_document(raw, filename)[0]


def verify_bytes(raw: bytes, lang: Lang = Lang.ZH, profile_id: str | None = None) -> dict[str, Any]:
    """The verify-report entry of a document given as bytes, ``sha256`` of those bytes (as
    ``tallykit verify`` hashes a file)."""
    try:
        document = read(raw)
    except InputError as err:
        entry = unreadable(err, lang)
    else:
        entry, _, _ = run(document, lang, profile_id)
    return {**entry, "sha256": hashlib.sha256(raw).hexdigest()}


LARGE = 256 * 1024  # bodies above this many bytes are judged in the worker process
_pool: ProcessPoolExecutor | None = None


def judge(fn: Any, raw: bytes, *args: Any) -> Any:
    """``fn(raw, *args)``: in this thread for a small document; for a large one in a separate
    worker process, so parsing and judging a county-size file never holds the server's other
    requests behind Python's interpreter lock. Called from the server's thread pool."""
    global _pool
    if len(raw) <= LARGE:
        return fn(raw, *args)
    if _pool is None:
        import multiprocessing

        _pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
    return _pool.submit(fn, raw, *args).result()


def shutdown() -> None:
    """Stop the worker process (server exit)."""
    global _pool
    if _pool is not None:
        _pool.shutdown(cancel_futures=True)
        _pool = None


def report_status(entry: dict[str, Any]) -> str:
    """``errors`` / ``warnings`` / ``ok`` — what the office's list shows for a report."""
    severities = {f["severity"] for f in entry["findings"]}
    if entry["status"] == "unreadable" or "error" in severities:
        return "errors"
    return "warnings" if "warning" in severities else "ok"


def with_remediation(entry: dict[str, Any], lang: Lang) -> list[dict[str, Any]]:
    """Each finding with its catalogue title and what the clerk and the reviewer should do."""
    out = []
    for f in entry["findings"]:
        check = BY_CODE.get(f["code"])
        out.append(
            {
                **f,
                "title": check.title(lang) if check else f["code"],
                "clerk": check.remediation_clerk(lang) if check else "",
                "reviewer": check.remediation_reviewer(lang) if check else "",
            }
        )
    return out


def checks(document: Any, lang: Lang) -> dict[str, Any]:
    """What the sheet page shows as the clerk types: every finding of the core on the draft
    (or what still keeps it from being read), with the clerk's remediation."""
    entry, _, _ = run(document, lang)
    return {"status": entry["status"], "findings": with_remediation(entry, lang)}


def counted(document: Any, profile_id: str | None = None) -> tuple[Results, Count]:
    """Parse and count; InputError for a document the core cannot read."""
    results = parse_results(document)
    return results, count(results, profile=_profile(results, profile_id))


def count_json(document: Any, profile_id: str | None = None) -> dict[str, Any]:
    _, c = counted(document, profile_id)
    return to_json(c)


def certificate_json(raw: bytes, profile_id: str | None = None) -> dict[str, Any]:
    """The certificate of the results file ``raw`` (bytes: a certificate names the exact file it
    certifies by sha256, so it is checked against these bytes)."""
    results, c = counted(read(raw), profile_id)
    return certificate(results, c, hashlib.sha256(raw).hexdigest())


def explanation(document: Any, lang: Lang) -> list[dict[str, Any]]:
    results, c = counted(document)
    return [{"text": s.text(lang), "rules": list(s.rules)} for s in explain(results, c)]


def report_page(raw: bytes, lang: Lang, file: str) -> str:
    """The printable A4 report of the document in ``raw``: the page ``tallykit verify --format
    html`` writes (``tallykit.report``)."""
    from tallykit.report import render_file, render_unreadable

    digest = hashlib.sha256(raw).hexdigest()
    try:
        results = parse_results(read(raw))
        report = verify(results)
    except InputError as err:
        return render_unreadable(file, digest, err, lang=lang)
    return render_file(results, report, file=file, sha256=digest, lang=lang)


def profiles_for(kind: str) -> list[str]:
    """The built-in profiles whose family counts elections of ``kind``."""
    family = {
        "villagers_committee": (Family.VILLAGER,),
        "residents_committee": (Family.RESIDENTS,),
        "recall": (Family.VILLAGER, Family.RESIDENTS),
    }.get(kind, (Family.PARTY,))
    return sorted(k for k, p in BUILTIN.items() if p.family in family)


def family(profile_id: str) -> str:
    p = BUILTIN.get(profile_id)
    return p.family if p is not None else Family.PARTY


VERSION = __version__
