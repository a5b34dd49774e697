"""An immutable, hashable mapping for frozen value types."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from msgspec import Struct
from msgspec.structs import force_setattr

K = TypeVar("K")
V = TypeVar("V")


class FrozenDict(dict[K, V]):
    """A read-only dict that keeps insertion order and can be hashed. It is a ``dict`` (every
    mutating method refused), so reading it runs at the speed of a dict: ballot marks, tallies
    and profile settings are read millions of times in a large count.

    >>> d = FrozenDict({"委员": 5})
    >>> d["委员"], len(d), hash(d) == hash(FrozenDict({"委员": 5}))
    (5, 1, True)
    >>> d["委员"] = 6
    Traceback (most recent call last):
    TypeError: FrozenDict is read-only
    """

    # The hash, once asked for. Made by dict's own __init__ (no Python call: a FrozenDict is
    # made for every distinct ballot), so the slot is empty until then.
    __slots__ = ("_hash",)
    _hash: int

    def __hash__(self) -> int:  # type: ignore[override]
        """Consistent with ``==``, which ignores order: mappings equal in any key order hash
        alike (so identical ballots recorded with their posts in another order are one pattern).

        >>> hash(FrozenDict({"主任": "○", "委员": "× "})) == hash(FrozenDict({"委员": "× ", "主任": "○"}))
        True
        """
        try:
            return self._hash
        except AttributeError:
            self._hash = hash(frozenset(self.items()))
            return self._hash

    def __reduce__(self) -> tuple[Any, ...]:
        """Copied and pickled (to a worker process) through its items, never by mutation."""
        return (type(self), (dict(self),))

    def _read_only(self, *args: Any, **kwargs: Any) -> Any:
        raise TypeError("FrozenDict is read-only")

    __setitem__ = __delitem__ = __ior__ = _read_only
    clear = pop = popitem = setdefault = update = _read_only

    def __repr__(self) -> str:
        return f"FrozenDict({dict.__repr__(self)})"


def freeze(data: Mapping[Any, Any] | None) -> FrozenDict[Any, Any]:
    """Idempotent converter to FrozenDict (not generic: a field's own annotation gives the key
    and value types)."""
    if isinstance(data, FrozenDict):
        return data
    return FrozenDict(data or ())


def strings(items: Iterable[str]) -> tuple[str, ...]:
    """Converter of a field of names or rule ids to a tuple."""
    return tuple(items)


def converted(value: Struct, **converters: Callable[[Any], Any]) -> None:
    """Convert fields of a frozen struct in its ``__post_init__`` (lists given by a caller become
    tuples, dicts FrozenDicts): the value stays frozen and hashable whatever it was built from.
    ``msgspec.structs.replace`` runs ``__post_init__`` too, so a replaced field is converted.

    >>> import msgspec
    >>> class Seats(msgspec.Struct, frozen=True):
    ...     posts: tuple[str, ...]
    ...     def __post_init__(self) -> None:
    ...         converted(self, posts=tuple)
    >>> Seats(["委员"]), msgspec.structs.replace(Seats(()), posts=["主任"])
    (Seats(posts=('委员',)), Seats(posts=('主任',)))
    """
    for name, convert in converters.items():
        force_setattr(value, name, convert(getattr(value, name)))


def compared(value: Struct, left_out: str) -> tuple[tuple[str, Any], ...]:
    """A struct's fields by name, all but ``left_out`` (a note of how the value was reached, which
    does not make it another value): what its ``__eq__``, ``__hash__`` and ``__repr__`` read."""
    return tuple((name, getattr(value, name)) for name in value.__struct_fields__ if name != left_out)
