"""The web page's words: the text catalogue's ``web.`` section (``tallykit.text.texts``), with the
core's words (round kinds, results, ballot classes) behind it."""

from __future__ import annotations

import json

from tallykit.text.texts import wording
from tallykit.vocabulary import Lang

LANGS = tuple(lang.value for lang in Lang)

word = wording("web")  # the UI word for a key: the ``web.`` section's, else the core's, else the key


def audit_detail(detail: str, lang: Lang) -> str:
    """An audit-log entry's details (stored as JSON values) in words."""
    from tallykit.web.sheet import REPORTED

    words = {
        "slot": lambda v: word(v, lang),
        "role": lambda v: word(f"role.{v}", lang),
        "kind": lambda v: word(f"kind.{v}", lang),
        "status": lambda v: word(f"status.{REPORTED.get(v, v)}", lang),
        "revision": lambda v: f"#{v}",
    }
    try:
        values = json.loads(detail or "{}")
    except json.JSONDecodeError:  # written as plain text by the first version
        return detail
    return " ".join(words.get(k, str)(v) for k, v in values.items())
