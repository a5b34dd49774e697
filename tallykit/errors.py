"""Typed errors for malformed input. Legal outcomes are values, never exceptions."""

from __future__ import annotations

import attrs


class TallykitError(Exception):
    """Root of every error tallykit raises on purpose."""


@attrs.define(eq=False)
class InputError(TallykitError, ValueError):
    """Input that cannot be read as the results format.

    Carries the JSON pointer of the offending value, the rule it breaks (a rule id of
    ../shared/rules/ or a format rule ``FMT-*``), the value, and a message in Chinese and English.
    """

    path: str
    rule: str
    zh: str
    en: str
    value: object = None

    def __attrs_post_init__(self) -> None:
        super().__init__(self.en)

    def message(self, lang: str = "zh") -> str:
        """The message in one language, naming path, rule and value."""
        text = self.zh if lang == "zh" else self.en
        where = self.path or "/"
        label = ("位置", "规则", "值") if lang == "zh" else ("at", "rule", "value")
        shown = _show(self.value)
        tail = f"；{label[2]}：{shown}" if lang == "zh" else f"; {label[2]}: {shown}"
        if self.value is None:
            tail = ""
        if lang == "zh":
            return f"{text}（{label[0]} {where}，{label[1]} {self.rule}{tail}）"
        return f"{text} ({label[0]} {where}, {label[1]} {self.rule}{tail})"

    def __str__(self) -> str:
        return self.message("en")


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def pointer(*parts: object) -> str:
    """A JSON pointer (RFC 6901) from path parts."""
    out = []
    for part in parts:
        token = str(part).replace("~", "~0").replace("/", "~1")
        out.append(token)
    return "/" + "/".join(out) if out else ""
