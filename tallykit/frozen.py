"""An immutable, hashable mapping for frozen value types."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class FrozenDict(Mapping[K, V]):
    """A read-only dict that keeps insertion order and can be hashed.

    >>> d = FrozenDict({"委员": 5})
    >>> d["委员"], len(d), hash(d) == hash(FrozenDict({"委员": 5}))
    (5, 1, True)
    """

    __slots__ = ("_data", "_hash")

    def __init__(self, data: Mapping[K, V] | None = None) -> None:
        self._data: dict[K, V] = dict(data or {})
        self._hash: int | None = None

    def __getitem__(self, key: K) -> V:
        return self._data[key]

    def __iter__(self) -> Iterator[K]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __hash__(self) -> int:
        """Consistent with ``==``, which ignores order: mappings equal in any key order hash
        alike (so identical ballots recorded with their posts in another order are one pattern).

        >>> hash(FrozenDict({"主任": "○", "委员": "× "})) == hash(FrozenDict({"委员": "× ", "主任": "○"}))
        True
        """
        if self._hash is None:
            self._hash = hash(frozenset(self._data.items()))
        return self._hash

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping):
            return self._data == dict(other)
        return NotImplemented

    def __repr__(self) -> str:
        return f"FrozenDict({self._data!r})"


def freeze(data: Mapping[Any, Any] | None) -> FrozenDict[Any, Any]:
    """Idempotent converter to FrozenDict (not generic: attrs converters are typed by their
    argument, and a field's own annotation gives the key and value types)."""
    if isinstance(data, FrozenDict):
        return data
    return FrozenDict(data)


def strings(items: Iterable[str]) -> tuple[str, ...]:
    """Converter of a field of names or rule ids to a tuple."""
    return tuple(items)
