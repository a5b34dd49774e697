"""The paper 计票单 as a form, and the comparison of two entries of it (pure: no I/O).

A sheet is a results document (FORMAT.md). The form's fields are named by the JSON pointer of
the value they hold, prefixed by its type: ``n:`` a count, ``s:`` text, ``names:`` a list of
names (the declared elected), ``b:`` a yes/no box, ``wn:``/``wv:`` the names and votes of
另选他人 rows under a tally. So one small function turns any form into a document, the core's
findings (which carry pointers) land on the field they are about, and two entries are compared
pointer by pointer.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

import msgspec

from tallykit.errors import pointer
from tallykit.io.layout import get as layout_get
from tallykit.io.layout import put
from tallykit.serial import json_lang
from tallykit.text.texts import text as core_text
from tallykit.text.words import joined
from tallykit.vocabulary import Lang

FORMAT = "tallykit.results/1"

KINDS = (
    "party_committee",
    "party_officers",
    "party_branch_officers",
    "recommendation",
    "villagers_committee",
    "residents_committee",
    "recall",
)
ROUND_KINDS = ("formal", "tie_revote", "supplementary", "preliminary")
NEXT_STEPS = ("", "tie_revote", "supplementary", "seat_reduction")

# Statuses of an election on the office's list, in the order of the work.
NOT_ENTERED, ENTERING, TO_CHECK, PASSED, WARNINGS, ERRORS = (
    "not_entered",
    "entering",
    "to_check",
    "passed",
    "warnings",
    "errors",
)
STATUSES = (NOT_ENTERED, ENTERING, TO_CHECK, PASSED, WARNINGS, ERRORS)
REPORTED = {"ok": PASSED, "warnings": WARNINGS, "errors": ERRORS}  # a stored report's status


class FieldError(msgspec.Struct, frozen=True):
    """A form value that cannot go into the document, at its pointer."""

    path: str
    zh: str
    en: str

    JSON_FIELDS = {"zh": json_lang("message", Lang.ZH), "en": json_lang("message", Lang.EN)}

    @classmethod
    def worded(cls, path: str, key: str, /, **fields: object) -> FieldError:
        """The error worded ``web.form.<key>`` in the text catalogue, with ``fields`` put in."""
        return cls(path, *(core_text(f"web.form.{key}", lang, **fields) for lang in (Lang.ZH, Lang.EN)))


# ------------------------------------------------------------------ pointers


def split(ptr: str) -> list[str]:
    return [p.replace("~1", "/").replace("~0", "~") for p in ptr.split("/")[1:]]


def get(doc: Any, ptr: str, default: Any = None) -> Any:
    value = layout_get(doc, ptr)
    return default if value is None else value


def drop(doc: Any, ptr: str) -> None:
    parts = split(ptr)
    parent = get(doc, pointer(*parts[:-1])) if len(parts) > 1 else doc
    if isinstance(parent, dict):
        parent.pop(parts[-1], None)


# ------------------------------------------------------------------ setting up a sheet

_SEP = re.compile(r"[\s、,，;；]+")


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in unicodedata.normalize("NFKC", text).splitlines() if ln.strip()]


def parse_positions(text: str) -> tuple[list[dict[str, Any]], list[FieldError]]:
    """``主任 1`` per line (name, then seats) → positions."""
    out: list[dict[str, Any]] = []
    errors: list[FieldError] = []
    for n, line in enumerate(_lines(text), 1):
        m = re.fullmatch(r"(.+?)[\s:：]*(\d+)\s*(名|人)?", line)
        if not m:
            errors.append(FieldError.worded("positions", "position_line", n=n, line=line))
            continue
        out.append({"name": m.group(1).strip(), "seats": int(m.group(2))})
    if not out and not errors:
        errors.append(FieldError.worded("positions", "no_position"))
    return out, errors


def parse_candidates(
    text: str, positions: list[dict[str, Any]]
) -> tuple[dict[str, list[str]], list[FieldError]]:
    """``委员：张三、李四`` per line → printed names per position, in ballot order."""
    names = [p["name"] for p in positions]
    out: dict[str, list[str]] = {n: [] for n in names}
    errors: list[FieldError] = []
    for n, line in enumerate(_lines(text), 1):
        head, sep, rest = line.partition(":")
        if not sep or head.strip() not in out:
            example = names[0] if names else "委员"
            errors.append(FieldError.worded("candidates", "candidate_line", n=n, names=joined(names), example=example))
            continue
        out[head.strip()].extend(x for x in _SEP.split(rest) if x)
    return out, errors


def skeleton(
    kind: str,
    profile: str,
    organization: str,
    date: str,
    positions: list[dict[str, Any]],
    printed: dict[str, list[str]],
) -> dict[str, Any]:
    """The empty sheet of a new election: its header and one first round with the printed
    names, every number still to be entered."""
    first = {"recall": "recall", "recommendation": "recommendation"}.get(kind, "formal")
    election: dict[str, Any] = {"kind": kind, "organization": organization, "positions": positions}
    if date:
        election["date"] = date
    people = list(dict.fromkeys(n for names in printed.values() for n in names))
    doc: dict[str, Any] = {
        "format": FORMAT,
        "profile": profile,
        "election": election,
        "electorate": {},
        "candidates": [
            {"name": n, "positions": [p for p, names in printed.items() if n in names]}
            for n in people
        ],
        "rounds": [new_round(first, positions, printed)],
    }
    if kind == "recall":
        for c in doc["candidates"]:
            c.pop("positions")
    return doc


def new_round(
    kind: str, positions: list[dict[str, Any]], printed: dict[str, list[str]]
) -> dict[str, Any]:
    rnd: dict[str, Any] = {"kind": kind, "positions": positions}
    if kind == "recall":
        rnd["targets"] = [n for names in printed.values() for n in names]
    else:
        rnd["candidates"] = {p["name"]: list(printed.get(p["name"], [])) for p in positions}
    rnd["ballots"] = {}
    rnd["tally"] = {p["name"]: {} for p in positions}
    rnd["declared"] = {
        declared_key(kind): [] if kind == "recall" else {p["name"]: [] for p in positions}
    }
    return rnd


def declared_key(round_kind: str) -> str:
    """Where a round's announced outcome is recorded (FORMAT.md)."""
    return {"recall": "recalled", "recommendation": "nominated"}.get(round_kind, "elected")


def printed_names(rnd: Mapping[str, Any], position: str) -> list[str]:
    if rnd.get("kind") == "recall":
        return list(rnd.get("targets", []))
    return list(rnd.get("candidates", {}).get(position, []))


def write_ins(rnd: Mapping[str, Any], position: str) -> list[tuple[str, Any]]:
    printed = set(printed_names(rnd, position))
    return [(n, v) for n, v in rnd.get("tally", {}).get(position, {}).items() if n not in printed]


# ------------------------------------------------------------------ form → document

_INT = re.compile(r"\d{1,9}")


def apply_form(
    base: Mapping[str, Any], fields: Iterable[tuple[str, str]]
) -> tuple[dict[str, Any], list[FieldError]]:
    """The document ``base`` with the form's values set; values that are not what their field
    takes are FieldErrors at their pointer (and left out)."""
    doc = copy.deepcopy(dict(base))
    errors: list[FieldError] = []
    grouped: dict[str, list[str]] = {}
    for name, value in fields:
        grouped.setdefault(name, []).append(value)
    for name, values in grouped.items():
        kind, _, ptr = name.partition(":")
        if not ptr.startswith("/") or kind not in ("n", "s", "names", "b", "wn", "wv"):
            continue
        if kind == "n":
            _count(doc, ptr, values[-1], errors)
        elif kind == "s":
            text = unicodedata.normalize("NFKC", values[-1]).strip()
            if text:
                put(doc, ptr, text)
            else:
                drop(doc, ptr)
        elif kind == "names":
            put(doc, ptr, [v for v in dict.fromkeys(values) if v])
        elif kind == "b":
            put(doc, ptr, "1" in values)
        elif kind == "wn":
            _write_ins(doc, ptr, values, grouped.get(f"wv:{ptr}", []), errors)
    return doc, errors


def _count(doc: dict[str, Any], ptr: str, raw: str, errors: list[FieldError]) -> None:
    text = unicodedata.normalize("NFKC", raw).strip()
    if not text:
        drop(doc, ptr)
    elif _INT.fullmatch(text):
        put(doc, ptr, int(text))
    else:
        drop(doc, ptr)
        errors.append(FieldError.worded(ptr, "not_a_count", raw=raw))


def _write_ins(
    doc: dict[str, Any], ptr: str, names: list[str], votes: list[str], errors: list[FieldError]
) -> None:
    """另选他人 rows under the tally at ``ptr``: replace every write-in there."""
    parts = split(ptr)  # /rounds/i/tally/position
    rnd = get(doc, pointer(*parts[:2])) or {}
    printed = set(printed_names(rnd, parts[-1]))
    tally = get(doc, ptr)
    if not isinstance(tally, dict):
        tally = {}
    kept = {n: v for n, v in tally.items() if n in printed}
    for i, name in enumerate(names):
        person = unicodedata.normalize("NFKC", name).strip()
        raw = votes[i] if i < len(votes) else ""
        if not person and not raw.strip():
            continue
        here = ptr + pointer(person) if person else ptr
        if not person:
            errors.append(FieldError.worded(ptr, "write_in_without_name", row=i + 1))
            continue
        if person in printed or person in kept:
            errors.append(FieldError.worded(here, "write_in_repeats", person=person))
            continue
        text = unicodedata.normalize("NFKC", raw).strip()
        if not _INT.fullmatch(text):
            errors.append(FieldError.worded(here, "write_in_votes", person=person, raw=raw))
            continue
        kept[person] = int(text)
    put(doc, ptr, kept)


# ------------------------------------------------------------------ two entries compared

MISSING = object()


def flatten(doc: Any, prefix: str = "") -> dict[str, Any]:
    """Every value of a document by pointer: objects and lists of objects are opened, lists of
    names compared whole (the order of declared names is not read from paper)."""
    out: dict[str, Any] = {}
    if isinstance(doc, dict):
        for k, v in doc.items():
            out.update(flatten(v, prefix + pointer(k)))
    elif isinstance(doc, list) and any(isinstance(x, (dict, list)) for x in doc):
        for i, v in enumerate(doc):
            out.update(flatten(v, f"{prefix}/{i}"))
    else:
        out[prefix] = doc
    return out


class Difference(msgspec.Struct, frozen=True):
    path: str
    first: Any
    second: Any


def differences(first: Any, second: Any) -> list[Difference]:
    """Field by field, in the order of the first entry (then fields only the second has)."""
    a, b = flatten(first), flatten(second)
    out = []
    for ptr in list(dict.fromkeys([*a, *b])):
        va, vb = a.get(ptr, MISSING), b.get(ptr, MISSING)
        if _norm(va) != _norm(vb):
            out.append(Difference(ptr, va, vb))
    return out


def _norm(value: Any) -> Any:
    if isinstance(value, list) and all(isinstance(x, str) for x in value):
        return sorted(value)
    return value


def resolve(
    first: Any, second: Any, choices: Mapping[str, str], typed: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """The agreed sheet: the first entry with, for each difference, the value the coordinator
    chose (``"first"``, ``"second"``, or ``"typed"`` with the value in ``typed``)."""
    doc = copy.deepcopy(first)
    for d in differences(first, second):
        choice = choices.get(d.path)
        if choice == "second":
            value = d.second
        elif choice == "typed" and typed is not None and d.path in typed:
            value = typed[d.path]
        else:
            continue
        if value is MISSING:
            drop(doc, d.path)
        else:
            put(doc, d.path, copy.deepcopy(value))
    return dict(doc)


def show(value: Any) -> str:
    """A value as the page shows it in a list of differences."""
    if value is MISSING:
        return "—"
    if isinstance(value, list):
        return "、".join(str(v) for v in value) or "（空）"
    if isinstance(value, bool):
        return "是" if value else "否"
    return str(value)


# ------------------------------------------------------------------ statuses


def status(latest: Mapping[str, Any], report: Mapping[str, Any] | None) -> str:
    """Where an election stands: nothing entered; entries under way; both entries in and
    waiting for the coordinator (differences or verification); verified, by its report."""
    e1, e2, agreed = latest.get("entry1"), latest.get("entry2"), latest.get("agreed")
    if e1 is None and e2 is None and agreed is None:
        return NOT_ENTERED
    if agreed is not None and report is not None and report["revision_id"] == agreed["id"]:
        return REPORTED[report["status"]]
    if agreed is not None or (
        e1 is not None and e2 is not None and e1["submitted"] and e2["submitted"]
    ):
        return TO_CHECK
    return ENTERING


def listing(store: Any) -> list[dict[str, Any]]:
    """One row per election for the township's list and summary."""
    out = []
    for item in store.overview():
        e = item["election"]
        out.append(
            {
                "id": e["id"],
                "township": e["township"],
                "organization": e["organization"],
                "kind": e["kind"],
                "profile": e["profile"],
                "status": status(item["latest"], item["report"]),
            }
        )
    return out
