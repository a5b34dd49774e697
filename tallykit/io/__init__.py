"""Results files in and out: JSON, the ``.xlsx`` 计票表 and its ``.csv`` layout, one document.

The one function a caller needs (the CLI, the web app)::

    from tallykit.io import load_bytes
    loaded = load_bytes(raw, "东风村.xlsx")     # or .csv / .json
    loaded.results                              # tallykit.results.Results
    loaded.place("/rounds/0/tally/委员/张三")    # '第1轮!C7' (None for JSON)

``load_bytes`` raises ``InputError`` when the file cannot be read; ``err.errors`` holds every
error of the file, each with its JSON pointer and, for spreadsheets, its cell (``err.place``).
Nothing here touches the file system: bytes in, values or bytes out.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import msgspec

from tallykit.errors import InputError, InputErrors, raise_all
from tallykit.io.jsonfile import read_json
from tallykit.text.labels import ENUMS, canonical, place_words
from tallykit.results import PackedArray, Results, parse_results
from tallykit.vocabulary import Lang

SUFFIXES = (".json", ".xlsx", ".csv")


class Loaded(msgspec.Struct, frozen=True):
    """A file read and parsed: its document, values, the hash of its exact bytes (None when the
    caller said it needs none) and, for a spreadsheet, where each value came from."""

    path: str
    sha256: str | None
    data: Any
    results: Results
    bom: bool = False
    sources: Any = None  # tallykit.io.layout.SourceMap for .xlsx/.csv

    @property
    def format(self) -> str:
        return suffix(self.path)[1:] or "json"

    def place(self, pointer: str) -> str | None:
        """The cell a JSON pointer came from (``第1轮!C7``), or None for a JSON file."""
        return None if self.sources is None else self.sources.place(pointer)

    def placed(self, err: InputError) -> InputError:
        """An input error found later (counting needs a figure the file lacks) with its cell."""
        if self.sources is None:
            return err
        return InputErrors([with_place(e, self.sources) for e in err.errors])


def suffix(filename: str) -> str:
    """``.json``, ``.xlsx`` or ``.csv`` (lower case); anything else is read as JSON."""
    m = re.search(r"\.[A-Za-z]+$", filename)
    found = m.group(0).lower() if m else ""
    return found if found in SUFFIXES else ".json"


def read_document(raw: bytes, filename: str, *, packed: bool = False) -> tuple[Any, bool, Any]:
    """The results document a file holds (before parsing), whether it had a BOM, and its source
    map (None for JSON). Spreadsheet errors are raised all together, each with its cell.
    ``packed``: ballot records may come as ``PackedArray`` values (``read_json``)."""
    kind = suffix(filename)
    if kind == ".json":
        data, bom = read_json(raw, packed=packed)
        return data, bom, None
    from tallykit.io.layout import read_book
    from tallykit.io.sheets import read_csv, read_xlsx

    if not raw.strip():
        raise InputError.worded("file_empty", path="", rule="FMT-FILE")
    grids = read_xlsx(raw) if kind == ".xlsx" else read_csv(raw)
    doc, sources, errors = read_book(grids)
    raise_all(errors)
    return doc, False, sources


def load_bytes(raw: bytes, filename: str, *, hashed: bool = True) -> Loaded:
    """Read and parse one results file of any supported kind (see the module docstring);
    ``hashed=False`` leaves its SHA-256 out (``file_digest``: verify takes it itself, and only
    for the reports that show it)."""
    data, bom, sources = read_document(raw, filename, packed=True)
    try:
        results = parse_results(data)
    except InputError as err:
        if sources is None:
            raise
        raise_all([with_place(e, sources) for e in err.errors])
        raise
    return Loaded(filename, file_digest(raw) if hashed else None, data, results, bom, sources)


def file_digest(raw: bytes) -> str:
    """The SHA-256 of a file's exact bytes, by which the JSON and html reports and a certificate
    name the file. (``hashlib`` is imported here: it loads OpenSSL, a start-up cost that verify's
    text report, which shows no digest, does not pay.)"""
    import hashlib

    return hashlib.sha256(raw).hexdigest()


def with_place(err: InputError, sources: Any) -> InputError:
    """The error with the cell of its pointer (or the sheet and the item in words)."""
    from tallykit.io.layout import sheet_of

    place = sources.place(err.path) if sources is not None else None
    if place is None:
        place = f"{sheet_of(err.path)}（{place_words(err.path)}）"
    return err.at_place(place)


def schema_findings(err: InputError, lang: Lang = Lang.ZH) -> list[dict[str, Any]]:
    """The verify report's findings for a file that cannot be read: one TK-SCHEMA-1 finding per
    input error, each with its JSON pointer and, for a spreadsheet, its cell (``place``)."""
    out = []
    for e in err.errors:
        value = e.value
        f = {
            "code": "TK-SCHEMA-1",
            "rules": [e.rule],
            "severity": "error",
            "path": e.path,
            "message": e.message(lang),
            "expected": None,
            "recorded": value if value is None or isinstance(value, (bool, int, str)) else (
                repr(value) if isinstance(value, float) else str(value)
            ),
        }
        if e.place:
            f["place"] = e.place
        out.append(f)
    return out


# ---------------------------------------------------------------- canonical JSON

_ENUM_AT = (
    (r"^/election/kind$", "election.kind"),
    (r"^/election/org_type$", "election.org_type"),
    (r"^/election/form$", "election.form"),
    (r"^/rounds/\d+/kind$", "round.kind"),
    (r"^/rounds/\d+/declared/next$", "declared.next"),
    (r"^/(candidates|supervisory_committee|election_commission|representatives)/\d+/gender$", "gender"),
    (r"^/(election|rounds/\d+)/positions/\d+/reserved$", "position.reserved"),
    (r"^/rounds/\d+/ballot_records/\d+/flags/\d+$", "ballot.flag"),
    (r"^/(proxies|relations)/\d+/relation$", "relation"),
    (r"^/initiation/by$", "initiation.by"),
    (r"^/voters/\d+/status$", "voter.status"),
    (r"^/voters/\d+/registration$", "voter.registration"),
    (r"^/candidates/\d+/flags/\d+$", "candidate.flag"),
)
"""Where a closed value sits (a pattern of JSON pointers) and its domain; the patterns are
compiled by ``re``'s cache when a document is first made canonical, not at import."""


def canonical_document(doc: Any) -> Any:
    """A copy of the document with every closed value in its English canonical form (JSON keeps
    the canonical values on output; Chinese words are accepted on input)."""

    def walk(node: Any, path: str) -> Any:
        if isinstance(node, dict):
            return {k: walk(v, f"{path}/{_tok(k)}") for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v, f"{path}/{i}") for i, v in enumerate(node)]
        if isinstance(node, str):
            for pattern, domain in _ENUM_AT:
                if re.match(pattern, path):
                    return canonical(node, tuple(ENUMS[domain])) or node
            m = re.match(r"^/profile/set/([a-z_]+)$", path)
            if m and m[1] in ENUMS:
                return canonical(node, tuple(ENUMS[m[1]])) or node
        return node

    return walk(doc, "")


def _tok(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def dump_json(doc: Any) -> bytes:
    """Deterministic JSON (UTF-8, two-space indent, canonical values)."""
    return (json.dumps(canonical_document(doc), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# ---------------------------------------------------------------- spreadsheets out

_ROUND_UNITS = (
    "kind", "date", "positions", "candidates", "targets", "ballots", "tally", "marks", "declared", "stations", "ballot_records",
)
_TOP_UNITS = (
    "profile", "election", "electorate", "candidates", "officials", "initiation", "timeline", "proxies", "relations",
    "voters", "election_commission", "supervisory_committee", "representatives", "ethnic_population", "extensions",
)


def _units(results: Results) -> Iterator[str]:
    for u in _TOP_UNITS:
        yield f"/{u}"
    for i in range(len(results.rounds)):
        for u in _ROUND_UNITS:
            yield f"/rounds/{i}/{u}"


def _value(results: Results, pointer: str) -> Any:
    """The value at ``pointer``, for comparing; a declaration's name lists as sets (who was
    declared matters, not the order the names were written in)."""
    node: Any = results
    for part in pointer.split("/")[1:]:
        node = node[int(part)] if part.isdigit() else getattr(node, part)
    if pointer.endswith("/declared") and node is not None:
        def names(per: Any) -> Any:
            return None if per is None else {p: frozenset(n) for p, n in per.items()}

        return (names(node.elected), node.void, node.void_reason, node.next, node.seats_after_reduction,
                None if node.recalled is None else frozenset(node.recalled), names(node.nominated))
    return node


def to_sheets(doc: Any, *, blank_rows: int = 0, kind: str | None = None) -> tuple[list[Any], dict[str, list[str]]]:
    """The document as 计票表 sheets, losing nothing: whatever the tables cannot hold exactly is
    kept on the sheet 其他 (checked by reading the sheets back)."""
    from tallykit.io.layout import get, options, read_book, write_book, write_other

    original = parse_results(doc)
    units = list(_units(original))
    moved: dict[str, Any] = {}
    for _ in range(4):
        sheets = [s.out() for s in write_book(doc, blank_rows=blank_rows, kind=kind)]
        if moved:
            _, sources, _ = read_book(_grids(sheets))
            blank = {(sp.sheet, sp.row, sp.col) for u in moved for sp in sources.under(u)}
            sheets = [_blanked(s, blank) for s in sheets]
            sheets.append(write_other((u, v) for u, v in moved.items() if v is not None).out())
        doc2, _, errors = read_book(_grids(sheets))
        bad = {e.path for e in errors}
        back = None
        if not errors:
            try:
                back = parse_results(doc2)
            except InputError as err:
                bad = {e.path for e in err.errors}
        if back is not None:
            differ = [u for u in units if u not in moved and _safe(back, u) != _value(original, u)]
        else:
            differ = [u for u in units if u not in moved and any(b == u or b.startswith(u + "/") for b in bad)]
            differ = differ or [u for u in units if u not in moved]
        if not differ and back is not None:
            return sheets, _options(doc, options())
        moved.update((u, get(doc, u)) for u in differ)
    raise InputError.worded("sheet_lossy", path="", rule="FMT-XLSX")


def _grids(sheets: list[Any]) -> list[Any]:
    from tallykit.io.sheets import Grid

    return [Grid(s.name, tuple(tuple(c.value for c in r) for r in s.rows)) for s in sheets]


def _safe(results: Results, pointer: str) -> Any:
    try:
        return _value(results, pointer)
    except (IndexError, AttributeError):
        return None


def _blanked(sheet: Any, cells: set[tuple[str, int, int]]) -> Any:
    from tallykit.io.sheets import Cell

    rows = tuple(
        tuple(
            Cell(None, c.style, c.choices, c.format) if (sheet.name, r, k) in cells and c.style == "input" else c
            for k, c in enumerate(row)
        )
        for r, row in enumerate(sheet.rows)
    )
    return msgspec.structs.replace(sheet, rows=rows)


def _options(doc: Any, base: dict[str, list[str]]) -> dict[str, list[str]]:
    """The drop-down lists plus this file's posts (列入选票, 宣布当选)."""
    from tallykit.io.layout import WRITE_IN

    posts = [p.get("name") for p in (doc.get("election") or {}).get("positions") or [] if isinstance(p, dict)]
    posts = [p for p in posts if isinstance(p, str)]
    return {**base, "listed": [*posts, WRITE_IN], "declared": posts or ["是"]}


def unpacked(doc: Any) -> Any:
    """The document with each round's packed ballot records (``read_json(packed=True)``) as
    the plain list they stand for."""
    if not (isinstance(doc, dict) and isinstance(doc.get("rounds"), list)):
        return doc
    rounds = [
        {**r, "ballot_records": list(r["ballot_records"])}
        if isinstance(r, dict) and isinstance(r.get("ballot_records"), PackedArray)
        else r
        for r in doc["rounds"]
    ]
    return {**doc, "rounds": rounds}


def write_document(doc: Any, fmt: str) -> bytes:
    """The document as ``json``, ``xlsx`` or ``csv`` bytes (nothing lost; see ``to_sheets``)."""
    doc = unpacked(doc)
    if fmt == "json":
        return dump_json(doc)
    from tallykit.io.sheets import write_csv, write_xlsx

    sheets, opts = to_sheets(doc)
    return write_xlsx(sheets, opts) if fmt == "xlsx" else write_csv(sheets)


__all__ = [
    "Loaded",
    "SUFFIXES",
    "canonical_document",
    "dump_json",
    "file_digest",
    "load_bytes",
    "read_document",
    "read_json",
    "schema_findings",
    "suffix",
    "with_place",
    "write_document",
]
