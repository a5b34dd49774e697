"""Facts worded at the edge — the one way to hold wording for later: a ``Phrase`` is a catalogue
key (``tallykit.text.texts``) and its language-neutral fields (``worded(key, **fields)``), a
``Series`` a list joined by the language's separator (``joined(items)``); ``word`` is the one
formatter that puts a field into a language. Findings, input errors, explain's steps and the
commands all hold their words so; ``text(key, lang, **fields)`` words any of them put in as a field.

A field is an int, a name, a date, an id (written as they are), a bool (是/否, yes/no), a member
of a vocabulary enum (its word in ``tallykit.text.labels``), a list (joined with 、 or ", "), or a
value that words itself: a ``Term`` (a catalogue key), a ``Formula`` (a gate's test), a nested
``Phrase`` or ``Sentence``. So no English identifier reaches Chinese output through a field.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import msgspec

from tallykit.text.labels import arithmetic, formula_words, parameter_label, profile_shown, reading_words, source_words, value_label
from tallykit.text.texts import Worded, text
from tallykit.vocabulary import Lang


# The labels' domain of each vocabulary enum a field may hold.
ENUM_DOMAINS = {
    "ElectionKind": "election.kind",
    "RoundKind": "round.kind",
    "Result": "result",
    "Severity": "severity",
}


def word(value: Any, lang: Lang) -> str:
    """One field in ``lang``.

    >>> from tallykit.vocabulary import RoundKind
    >>> word(RoundKind.SUPPLEMENTARY, Lang.ZH), word(("甲", "乙"), Lang.EN), word(True, Lang.ZH)
    ('另行选举', '甲, 乙', '是')
    """
    if callable(getattr(value, "words", None)):  # Worded (in_lang says why not isinstance)
        return str(value.words(lang))
    if isinstance(value, bool):
        return value_label("bool", value, lang)
    if isinstance(value, enum.Enum):
        return value_label(ENUM_DOMAINS.get(type(value).__name__, ""), value.value, lang)
    if isinstance(value, (tuple, list)):
        return Series(tuple(value)).words(lang)
    return str(value)


def _field(value: Any, lang: Lang) -> Any:
    """A field as ``text`` takes it: a vocabulary value, a truth value or a list worded, a worded
    value, a number or a name as it is (so a wording may format a number: ``{n:,}``)."""
    if isinstance(value, (bool, enum.Enum, tuple, list)):
        return word(value, lang)
    return value


class Phrase(msgspec.Struct, frozen=True):
    """A catalogue wording (``key``) with its fields put in."""

    key: str
    fields: tuple[tuple[str, Any], ...] = ()

    def words(self, lang: Lang) -> str:
        if not self.fields:
            return text(self.key, lang)
        return text(self.key, lang, **{name: _field(value, lang) for name, value in self.fields})


class Sentence(msgspec.Struct, frozen=True):
    """Phrases said one after the other (each wording carries its own joining punctuation)."""

    parts: tuple[Phrase, ...]

    def words(self, lang: Lang) -> str:
        return "".join(p.words(lang) for p in self.parts)


class Term(msgspec.Struct, frozen=True):
    """An identifier worded by the catalogue (a gate code, a result, a date's name)."""

    key: str

    def words(self, lang: Lang) -> str:
        return text(self.key, lang)


class Formula(msgspec.Struct, frozen=True):
    """A test as JSON writes it (``5*20 >= 4*25``, ``2*votes > 599``); Chinese output typesets it,
    a gate's with each product worked out (``5×20=100 ≥ 4×25=100``), a threshold's in words
    (``2×得票 > 599``)."""

    formula: str
    worked: bool = True

    def words(self, lang: Lang) -> str:
        if lang != Lang.ZH:
            return self.formula
        return arithmetic(self.formula) if self.worked else formula_words(self.formula)


class Label(msgspec.Struct, frozen=True):
    """A value of a closed set worded by ``tallykit.text.labels`` (an unknown value as it is)."""

    domain: str
    value: str

    def words(self, lang: Lang) -> str:
        from tallykit.text.finding_words import DOMAINS  # with the findings' words, read when one is said

        own = DOMAINS.get(self.domain, {}).get(self.value)
        if own is not None:
            return own[0] if lang == Lang.ZH else own[1]
        return value_label(self.domain, self.value, lang)


class ProfileId(msgspec.Struct, frozen=True):
    """A profile's id: a built-in's as it is, a local profile's in corner quotes in Chinese."""

    id: str

    def words(self, lang: Lang) -> str:
        return profile_shown(self.id, lang)


class Reading(msgspec.Struct, frozen=True):
    """A profile parameter's reading: ``规则参数：名称 = 取值``."""

    name: str
    value: object

    def words(self, lang: Lang) -> str:
        return reading_words(self.name, self.value, lang)


class Param(msgspec.Struct, frozen=True):
    """A profile parameter: Chinese output says its word, English its name as a profile file
    spells it (``age_max_continuing``)."""

    name: str

    def words(self, lang: Lang) -> str:
        return parameter_label(self.name, lang) if lang == Lang.ZH else self.name


class Source(msgspec.Struct, frozen=True):
    """Where the working days come from: the statutory holiday library by its version, or a
    supplied holiday file (Chinese output in words, English as the calendar names it)."""

    source: str

    def words(self, lang: Lang) -> str:
        return source_words(self.source) if lang == Lang.ZH else self.source


class Said(msgspec.Struct, frozen=True):
    """Words already said in each language, not from the catalogue (a profile's title, a ballot
    drawn in words, a count named by its word in Chinese and its field in English; a check's
    title, explanation and advice, ``findings.Text``)."""

    zh: str
    en: str

    def __call__(self, lang: Lang) -> str:
        return self.zh if lang == Lang.ZH else self.en

    def words(self, lang: Lang) -> str:
        return self(lang)


class Series(msgspec.Struct, frozen=True):
    """Items joined by the catalogue's separator ``sep.<sep>`` (``list``: 、 and ", "; ``group``:
；and "; ")."""

    items: tuple[Any, ...]
    sep: str = "list"

    def words(self, lang: Lang) -> str:
        return text(f"sep.{self.sep}", lang).join(word(i, lang) for i in self.items)


def worded(key: str, /, **fields: Any) -> Phrase:
    """The wording ``key`` with ``fields``, to be put in a language later.

    >>> text("round_what", Lang.EN, n=2, what=worded("supplementary"))
    'Round 2: supplementary election'
    """
    return Phrase(key, tuple(fields.items()))


def joined(items: Iterable[Any], sep: str = "list") -> Series:
    """``items`` listed with the language's separator ``sep.<sep>`` (``张三、李四`` / ``张三, 李四``);
    an item may itself be worded.

    >>> word(joined(["张三", "李四"]), Lang.ZH), joined(["张三", "李四"]).words(Lang.EN)
    ('张三、李四', '张三, 李四')
    """
    return Series(tuple(items), sep)


def by_post(names: Mapping[str, Sequence[str]]) -> Series:
    """Names by post: ``委员 张三、李四；主任 王五`` (``委员 张三, 李四; 主任 王五``)."""
    return joined((worded("sep.post_names", post=p, names=tuple(n)) for p, n in names.items()), "group")


__all__ = [
    "ENUM_DOMAINS", "Formula", "Label", "Param", "Phrase", "ProfileId", "Reading", "Said", "Sentence", "Series", "Source",
    "Term", "Worded", "by_post", "joined", "word", "worded",
]
