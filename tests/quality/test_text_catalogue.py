"""The text catalogue (tallykit/text/texts.py): one wording per concept, and every key worded.

A (Chinese, English) pair is held once: in ``WORDING``, or among the identifiers' words of
``tallykit.text.labels``; a second name for the same wording is an alias (``SAME`` to another
key, ``LABELLED`` to an identifier's word), never a copy."""

from __future__ import annotations

import ast
from pathlib import Path

from tallykit.text import labels
from tallykit.text.texts import LABELLED, SAME, WORDING, text
from tallykit.vocabulary import Lang

ROOT = Path(__file__).resolve().parents[2]


def _identifier_words() -> set[tuple[str, str]]:
    words = {(v[0], v[1]) for table in labels.ENUMS.values() for v in table.values()}
    return words | {(v[0], v[1]) for v in labels.FIELDS.values()}


def test_each_wording_is_held_once():
    pairs = list(WORDING.values())
    assert len(set(pairs)) == len(pairs), [p for p in set(pairs) if pairs.count(p) > 1]
    assert not set(pairs) & _identifier_words()


def test_aliases_name_a_wording():
    assert not set(SAME) & set(WORDING) and not set(LABELLED) & set(WORDING)
    assert all(target in WORDING for target in SAME.values())
    for domain, value in LABELLED.values():
        assert value in (labels.FIELDS if domain == "field" else labels.ENUMS[domain])


def test_every_key_is_worded_in_both_languages():
    for key in [*WORDING, *SAME, *LABELLED]:
        zh, en = text(key, Lang.ZH), text(key, Lang.EN)
        assert zh != key and en, key
    assert text("report.valid") == text("valid") == "有效"
    assert text("web.kind.recall", Lang.EN) == labels.value_label("round.kind", "recall", Lang.EN)


def test_no_module_keeps_its_own_language_helper():
    """Inline pairs go through ``texts.pick``; no module defines its own ``_t(lang, zh, en)``."""
    own = []
    for folder in ("tallykit", "cli", "web"):
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.FunctionDef) and {"zh", "en"} <= {a.arg for a in node.args.args}:
                    if node.name in ("_t", "t", "_pick_lang"):
                        own.append(f"{path.relative_to(ROOT)}:{node.name}")
    assert own == []
