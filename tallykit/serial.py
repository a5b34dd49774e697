"""The one serialiser: any value of tallykit as JSON-ready data (dicts, lists, strings, numbers).

``to_json(value, lang)`` writes a value class (``msgspec.Struct``) field by field in declaration
order, a mapping (``FrozenDict`` too) as a dict, a tuple or list as a list and an enum member as
its value. A value class says how it differs, never by code of its own that walks its parts:

* ``JSON_FIELDS = {"secret": json_skip()}`` leaves a field out;
* ``JSON_FIELDS = {"zh": json_lang("message", Lang.ZH), ...}`` writes a one-language text under
  one name (the field of the other language writes under the same name in that language);
* ``JSON_FIELDS = {"said": json_words("message")}`` writes a value that words itself (a finding's
  facts, ``tallykit.text.words``) as its text in the output language;
* ``JSON_EXTRA = ("formula", ...)`` adds computed properties after the fields;
* a ``json_view(self)`` method gives a differently shaped value (a dict of values, written by
  this same function).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

from msgspec import Struct

from tallykit.vocabulary import Lang


def json_skip() -> dict[str, Any]:
    """Field metadata (a value of a class's ``JSON_FIELDS``): not written."""
    return {"json": False}


def json_lang(name: str, lang: Lang) -> dict[str, Any]:
    """Field metadata: written as ``name`` when the output language is ``lang``."""
    return {"json": name, "lang": lang}


def json_words(name: str) -> dict[str, Any]:
    """Field metadata: written as ``name``, the value's ``words(lang)`` in the output language."""
    return {"json": name, "words": True}


def to_json(value: Any, lang: Lang = Lang.ZH) -> Any:
    """``value`` as JSON-ready data, texts in ``lang`` where a value holds one per language.

    >>> from tallykit.findings import Finding, said
    >>> f = Finding("TK-RECON-4", ("P-A",), "error", "/a", said("TK-RECON-4", issued=6, voters=5), "<= 5", 6)
    >>> to_json(f, Lang.EN)
    {'code': 'TK-RECON-4', 'rules': ['P-A'], 'severity': 'error', 'path': '/a', 'message': '6 ballots issued, more than 5 voters', 'expected': '<= 5', 'recorded': 6}
    """
    if isinstance(value, enum.Enum):
        return to_json(value.value, lang)
    if value is None or isinstance(value, (str, int, float)):
        return value
    view = getattr(value, "json_view", None)
    if view is not None:
        return to_json(view(), lang)
    fields = _fields(type(value))
    if fields is not None:
        out: dict[str, Any] = {}
        for field, metadata in fields:
            name = metadata.get("json", field)
            if name is False or metadata.get("lang", lang) != lang:
                continue
            held = getattr(value, field)
            out[name] = held.words(lang) if metadata.get("words") else to_json(held, lang)
        for extra in getattr(value, "JSON_EXTRA", ()):
            out[extra] = to_json(getattr(value, extra), lang)
        return out
    if isinstance(value, Mapping):
        return {str(to_json(k, lang)): to_json(v, lang) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_json(v, lang) for v in value]
    raise TypeError(f"no JSON form for {type(value).__name__}")


def _fields(cls: type) -> list[tuple[str, Mapping[str, Any]]] | None:
    """A value class's fields in declaration order, each with its JSON metadata; None for
    anything else. ``__struct_fields__`` names a Struct's fields without evaluating their
    annotations (``msgspec.structs.fields`` would, on every call). A class still written with
    attrs is read by its ``__attrs_attrs__``, without importing attrs, until none is left."""
    if issubclass(cls, Struct):
        metadata: Mapping[str, Mapping[str, Any]] = getattr(cls, "JSON_FIELDS", {})
        return [(name, metadata.get(name, {})) for name in cls.__struct_fields__]
    attributes = getattr(cls, "__attrs_attrs__", None)
    if attributes is None:
        return None
    return [(a.name, a.metadata) for a in attributes]


__all__ = ["json_lang", "json_skip", "json_words", "to_json"]
