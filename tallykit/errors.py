"""Typed errors for malformed input. Legal outcomes are values, never exceptions."""

from __future__ import annotations

import json
from collections.abc import Sequence

from tallykit.vocabulary import Lang


class TallykitError(Exception):
    """Root of every error tallykit raises on purpose."""


class InputError(TallykitError, ValueError):
    """Input that cannot be read as the results format.

    Carries the JSON pointer of the offending value, the rule it breaks (a rule id of
    ../shared/rules/ or a format rule ``FMT-*``), the value, and a message in Chinese and English.
    ``place`` is where a person finds it in the file they wrote when that is not the JSON itself
    (a spreadsheet cell such as ``第1轮!C7``). An exception cannot be a ``msgspec.Struct``: the
    fields are slots, and it equals only itself, as an exception does.
    """

    __slots__ = ("path", "rule", "zh", "en", "value", "place")
    path: str
    rule: str
    zh: str
    en: str
    value: object
    place: str | None

    def __init__(
        self, path: str, rule: str, zh: str, en: str, value: object = None, place: str | None = None
    ) -> None:
        super().__init__(path, rule, zh, en, value, place)  # its args: what it is pickled by
        self.path, self.rule, self.zh, self.en, self.value, self.place = path, rule, zh, en, value, place

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in InputError.__slots__)
        return f"{type(self).__name__}({fields})"

    @classmethod
    def worded(
        cls, key: str, /, path: str, rule: str, value: object = None, place: str | None = None,
        **fields: object,
    ) -> InputError:
        """The error worded ``error.<key>`` in the text catalogue, with ``fields`` put in."""
        from tallykit.text.texts import text

        zh, en = (text(f"error.{key}", lang, **fields) for lang in (Lang.ZH, Lang.EN))
        return cls(path=path, rule=rule, zh=zh, en=en, value=value, place=place)

    def at_place(self, place: str | None) -> InputError:
        """The same error, found at ``place`` (a spreadsheet cell)."""
        return InputError(self.path, self.rule, self.zh, self.en, self.value, place)

    def where(self, lang: Lang = Lang.ZH) -> str:
        """The place in words: the cell, or the JSON pointer in words (Chinese) or as is."""
        if self.place:
            return self.place
        if lang == Lang.ZH:
            from tallykit.text.labels import place_words

            return place_words(self.path)
        return self.path or "/"

    def message(self, lang: Lang = Lang.ZH) -> str:
        """The message in one language, naming place, rule and value."""
        from tallykit.text.texts import text

        said = self.zh if lang == Lang.ZH else self.en
        fields = dict(said=said, where=self.where(lang), rule=self.rule)
        if self.value is None:
            return text("error.message", lang, **fields)
        return text("error.message_value", lang, value=show_value(self.value), **fields)

    @property
    def errors(self) -> tuple[InputError, ...]:
        """Every error of the file (one unless a reader gathered several)."""
        return (self,)

    def __str__(self) -> str:
        return self.message(Lang.EN)


class InputErrors(InputError):
    """Several input errors of one file, gathered in one run; reads as the first of them."""

    def __init__(self, errors: Sequence[InputError]) -> None:
        first = errors[0]
        super().__init__(first.path, first.rule, first.zh, first.en, first.value, first.place)
        self._all = tuple(errors)

    @property
    def errors(self) -> tuple[InputError, ...]:
        return self._all


def raise_all(errors: Sequence[InputError]) -> None:
    """Raise the gathered errors: nothing when there are none, the error itself when one."""
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise InputErrors(errors)


def show_value(value: object) -> str:
    """A value as the file holds it (JSON), in corner quotes, cut at 80 characters."""
    try:
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = str(value)
    text = text if len(text) <= 80 else text[:77] + "..."
    return f"「{text}」"


def pointer(*parts: object) -> str:
    """A JSON pointer (RFC 6901) from path parts."""
    out = []
    for part in parts:
        token = str(part).replace("~", "~0").replace("/", "~1")
        out.append(token)
    return "/" + "/".join(out) if out else ""
