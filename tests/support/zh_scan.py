"""Stray Latin identifiers in Chinese output: what the zh-output scan looks for and allows."""

from __future__ import annotations

import re

# Allowed in Chinese output: rule ids (P-ELECT-1, V-SUPP-3, R-FORMS-1), tallykit codes (TK-…,
# FMT-…), profile ids (party-2020), file names and paths, command-line options, the names of
# formats and encodings, the program's name, and anything the input itself says, quoted 「…」.
ALLOWED = re.compile(
    r"「[^」]*」"
    r"|'[^'\n]*'"
    r"|\b(?:TK|FMT|P|V|R|U|S|C)-[A-Z0-9]+(?:-[A-Z0-9]+)*\b"
    r"|\b(?:party|villager|residents)-\d{4}\b"
    r"|\b(?:party|villager)-[a-z_]+-\d+\b"  # a drill item's id
    r"|[\w./~\-+]*\.(?:json|xlsx|csv|html|md|pdf|xls)\b"
    r"|(?<![\w])(?:/[\w.\-~]+)+/?"
    r"|\b[a-z]+(?:/[\w.\-]+)+"  # a relative path: a source document such as seeds/002
    r"|--?[a-z][a-z-]*"
    r"|\btallykit(?: [a-z][a-z-]*)?"  # the program and its command names
    r"|\b(?:html|xlsx|csv|json|text)\b"  # values of --format
    r"|\b(?:JSON|UTF-8|UTF|GBK|GB18030|GB|Excel|WPS|CSV|SHA-256|tallykit|YYYY-MM-DD)\b"
    r"|\b[0-9a-f]{64}\b"  # a file's SHA-256
    r"|\b[A-Z]\d+\b"  # a spreadsheet cell in a place such as 第1轮!C7; a source id such as S14
    r"|等级 [ABCU]\b"  # a source's grade (rules/villager.md §0)
)
LATIN = re.compile(r"[A-Za-z][A-Za-z_]*")


def stray_latin(text: str) -> list[str]:
    """Latin words left after removing what is allowed."""
    return LATIN.findall(ALLOWED.sub(" ", text))
