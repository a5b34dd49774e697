"""The results format (``tallykit.results/1``): frozen values and the one parser that makes them.

JSON becomes values here and nowhere else. Every problem that makes a file unreadable is an
``InputError`` naming its JSON pointer, the format rule and the value; unknown fields are errors
(a typo must not pass silently) except under ``extensions``. Legal problems are not found here:
they are findings of ``verify`` and outcomes of ``count``.
"""

from __future__ import annotations

import datetime
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import chain, compress, repeat
from typing import Any, TypeVar, overload

import msgspec
from msgspec.structs import force_setattr

from tallykit.errors import InputError, pointer, raise_all
from tallykit.frozen import FrozenDict, converted, freeze
from tallykit.text.labels import canonical, enum_words, quoted
from tallykit.vocabulary import BallotFlag, ElectionKind, RoundKind

T = TypeVar("T")
D = TypeVar("D")
W = TypeVar("W", bound=str)

FORMAT_ID = "tallykit.results/1"
MAX_COUNT = 10**9  # no grassroots election comes near; larger numbers are typos
# Dates a file may hold: births from 1900, elections and terms into the next century. Far enough
# inside the calendar's years 1..9999 that every anniversary and deadline tallykit computes from
# them (profile spans are at most 1000 days, months or years) stays a date.
DATE_MIN, DATE_MAX = datetime.date(1900, 1, 1), datetime.date(2199, 12, 31)

ELECTION_KINDS = tuple(ElectionKind)
PARTY_KINDS = (
    ElectionKind.PARTY_COMMITTEE,
    ElectionKind.PARTY_OFFICERS,
    ElectionKind.PARTY_BRANCH_OFFICERS,
    ElectionKind.RECOMMENDATION,
)
ROUND_KINDS = tuple(RoundKind)
NEXT_STEPS = ("tie_revote", "supplementary", "seat_reduction")
ORG_TYPES = ("branch", "general_branch", "primary_committee")
FORMS = ("all_residents", "household_representatives", "group_representatives")
INITIATORS = ("voters", "representatives")
BALLOT_FLAGS = tuple(BallotFlag)
RELATIONS = ("spouse", "parent", "child", "sibling", "grandparent", "grandchild", "in_law", "other")
# 近亲属 (民法典 art.1045): the relations FORMAT.md's ``relation`` can name that are near relatives;
# in-laws are not (V-PROXY-1). Proxies, avoidance and officials all use this one set.
NEAR_RELATIVES = frozenset({"spouse", "parent", "child", "sibling", "grandparent", "grandchild"})
TIMELINE_FIELDS = (
    "request_submitted",
    "request_approved",
    "preliminary_nominees_published",
    "public_notice_start",
    "public_notice_end",
    "voter_registration_announced",
    "voter_list_published",
    "objection_received",
    "objection_answered",
    "proxy_registration_closed",
    "proxy_list_published",
    "candidates_published",
    "time_place_announced",
    "election_day",
    "results_reported",
    "handover_completed",
    "supervisory_committee_elected",
    "term_expires",
)


def tup(value: Sequence[Any] | None) -> tuple[Any, ...]:
    """Idempotent converter to tuple."""
    return value if isinstance(value, tuple) else tuple(value or ())


class Position(msgspec.Struct, frozen=True):
    """Seats at stake for one post (职位), e.g. 委员 × 5; ``reserved`` is ``"female"`` for 专职专选."""

    name: str
    seats: int
    reserved: str | None = None


class Election(msgspec.Struct, frozen=True):
    """What was elected."""

    kind: ElectionKind
    positions: tuple[Position, ...]
    organization: str | None = None
    org_type: str | None = None
    members: int | None = None
    households: int | None = None
    population: int | None = None
    date: str | None = None
    form: str | None = None
    committee: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        converted(self, positions=tup, committee=tup)

    @property
    def is_party(self) -> bool:
        return self.kind in PARTY_KINDS


class Exclusion(msgspec.Struct, frozen=True):
    """A member left out of 应到会 (P-QUORUM-2): valid only with both approvals."""

    name: str
    reason: str | None
    upper_approved: bool
    meeting_approved: bool

    @property
    def approved(self) -> bool:
        return self.upper_approved and self.meeting_approved


class Electorate(msgspec.Struct, frozen=True):
    """Who could vote: party ``expected``/``present``; villagers ``registered``."""

    expected: int | None = None
    present: int | None = None
    exclusions: tuple[Exclusion, ...] = ()
    registered: int | None = None

    def __post_init__(self) -> None:
        converted(self, exclusions=tup)


class Candidate(msgspec.Struct, frozen=True):
    """A person on any ballot; ``key`` is the id when homonyms need one, else the name."""

    name: str
    id: str | None = None
    positions: tuple[str, ...] = ()
    gender: str | None = None
    ethnicity: str | None = None
    birth_date: str | None = None
    party_since: str | None = None
    education: str | None = None
    incumbent: bool | None = None
    flags: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        converted(self, positions=tup, flags=tup)

    @property
    def key(self) -> str:
        return self.id or self.name


class Ballots(msgspec.Struct, frozen=True):
    """Ballot counts of a round (发出 / 收回 / 有效 / 无效, villagers' 参加投票人数)."""

    issued: int
    returned: int
    valid: int | None = None
    invalid: int | None = None
    participants: int | None = None


class Station(msgspec.Struct, frozen=True):
    """A polling station or mobile ballot box (投票站 / 流动票箱), reconciled on its own."""

    name: str
    issued: int
    returned: int
    mobile: bool = False


class BallotRecord(msgspec.Struct, frozen=True):
    """One ballot, or ``count`` identical ballots: symbols per position in ballot order.

    Made once per distinct pattern (and per record read), so its conversion is written out
    and skipped where the value already has its final type."""

    count: int
    marks: FrozenDict[str, str]
    write_ins: FrozenDict[str, tuple[tuple[str, str], ...]] = msgspec.field(
        default_factory=lambda: NO_WRITE_INS
    )
    flags: tuple[BallotFlag, ...] = ()

    def __post_init__(self) -> None:
        if type(self.marks) is not FrozenDict:
            force_setattr(self, "marks", freeze(self.marks))
        if type(self.write_ins) is not FrozenDict:
            force_setattr(self, "write_ins", freeze(self.write_ins))
        flags = self.flags
        if type(flags) is not tuple or (flags and not all(type(f) is BallotFlag for f in flags)):
            force_setattr(self, "flags", tuple(map(BallotFlag, flags)))

    @property
    def pattern(self) -> tuple[Any, ...]:
        """Everything but the count: identical patterns are judged once."""
        return (self.marks, self.write_ins, self.flags)


NO_WRITE_INS: FrozenDict[str, tuple[tuple[str, str], ...]] = FrozenDict()  # read-only: one for all


def _one_record(rec: BallotRecord, n: int) -> BallotRecord:
    return BallotRecord(n, rec.marks, rec.write_ins, rec.flags)


class BallotRecords(Sequence[BallotRecord]):
    """A round's ballot records grouped by pattern: each distinct pattern once, its count the
    ballots it stands for (``patterns``, in order of first appearance; ``first``: the index of
    its first record); every record as the index of its pattern (``order``) and its count
    (``counts``, None when every record is one ballot). Reads as the records in file order;
    judging and tallying go by pattern, so a million ballots hold no object each.

    A frozen value, written out as a plain class because it is a ``Sequence`` (a Struct cannot
    subclass an ABC).

    >>> recs = BallotRecords.of([BallotRecord(2, {"委员": "○×"}), BallotRecord(1, {"委员": "×○"}),
    ...                          BallotRecord(3, {"委员": "○×"})])
    >>> [p.count for p in recs.patterns], recs.first, len(recs), recs[2].count
    ([5, 1], (0, 1), 3, 3)
    """

    __slots__ = ("patterns", "first", "order", "counts")

    patterns: tuple[BallotRecord, ...]
    first: tuple[int, ...]
    order: tuple[int, ...]
    counts: tuple[int, ...] | None

    def __init__(
        self,
        patterns: tuple[BallotRecord, ...],
        first: tuple[int, ...],
        order: tuple[int, ...],
        counts: tuple[int, ...] | None = None,
    ) -> None:
        object.__setattr__(self, "patterns", patterns)
        object.__setattr__(self, "first", first)
        object.__setattr__(self, "order", order)
        object.__setattr__(self, "counts", counts)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"BallotRecords is frozen: cannot set {name}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"BallotRecords is frozen: cannot delete {name}")

    def _fields(self) -> tuple[Any, ...]:
        return (self.patterns, self.first, self.order, self.counts)

    def __eq__(self, other: object) -> bool:
        if type(other) is not BallotRecords:
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return "BallotRecords(patterns={!r}, first={!r}, order={!r}, counts={!r})".format(*self._fields())

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled (to a worker process) through its fields, never by setting them."""
        return (BallotRecords, self._fields())

    @classmethod
    def of(cls, records: Iterable[BallotRecord]) -> BallotRecords:
        if isinstance(records, BallotRecords):
            return records
        ids: dict[Any, int] = {}
        shown: list[BallotRecord] = []
        totals: list[int] = []
        first: list[int] = []
        order: list[int] = []
        counts: list[int] = []
        for i, rec in enumerate(records):
            k = ids.get(rec.pattern)
            if k is None:
                k = ids[rec.pattern] = len(shown)
                shown.append(rec)
                totals.append(0)
                first.append(i)
            totals[k] += rec.count
            order.append(k)
            counts.append(rec.count)
        patterns = tuple(_one_record(r, n) for r, n in zip(shown, totals))
        ones = all(n == 1 for n in counts)
        return cls(patterns, tuple(first), tuple(order), None if ones else tuple(counts))

    def __len__(self) -> int:
        return len(self.order)

    @overload
    def __getitem__(self, i: int) -> BallotRecord: ...

    @overload
    def __getitem__(self, i: slice) -> tuple[BallotRecord, ...]: ...

    def __getitem__(self, i: int | slice) -> BallotRecord | tuple[BallotRecord, ...]:
        if isinstance(i, slice):
            return tuple(self[k] for k in range(*i.indices(len(self))))
        return _one_record(self.patterns[self.order[i]], 1 if self.counts is None else self.counts[i])


def records_of(value: Iterable[BallotRecord] | None) -> BallotRecords | None:
    """Converter: records in any iterable, grouped (None stays None)."""
    return None if value is None else BallotRecords.of(value)


class PackedArray(Sequence[Any]):
    """A JSON array as the fast reader hands it over (tallykit.io.jsonfile): each distinct item
    decoded once (``items``, ``first``: the index where each first appears) and, for every
    position, the index of its item (``order``). Reads as the list it stands for; the parser
    reads each distinct ballot record once."""

    __slots__ = ("items", "first", "order")

    def __init__(self, items: Sequence[Any], first: Sequence[int], order: Sequence[int]) -> None:
        self.items, self.first, self.order = items, first, order

    def __len__(self) -> int:
        return len(self.order)

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [self.items[k] for k in self.order[i]]
        return self.items[self.order[i]]


class Declared(msgspec.Struct, frozen=True):
    """What the meeting or commission announced for a round."""

    elected: FrozenDict[str, tuple[str, ...]] | None = None
    void: bool | None = None
    void_reason: str | None = None
    next: str | None = None
    seats_after_reduction: int | None = None
    recalled: tuple[str, ...] | None = None
    nominated: FrozenDict[str, tuple[str, ...]] | None = None


class MarkCounts(msgspec.Struct, frozen=True):
    """How many ballots disapproved of or abstained on one candidate, as recorded (不赞成 / 弃权
    票数): facts the tally must be possible with (TK-FEAS-1)."""

    disapprove: int | None = None
    abstain: int | None = None


class Round(msgspec.Struct, frozen=True):
    """One vote taken: seats, printed candidates, ballot counts, tally, records, declaration."""

    kind: RoundKind
    positions: tuple[Position, ...]
    candidates: FrozenDict[str, tuple[str, ...]] = msgspec.field(default_factory=FrozenDict)
    ballots: Ballots | None = None
    tally: FrozenDict[str, FrozenDict[str, int]] = msgspec.field(default_factory=FrozenDict)
    ballot_records: BallotRecords | None = None
    declared: Declared | None = None
    stations: tuple[Station, ...] = ()
    marks: FrozenDict[str, FrozenDict[str, MarkCounts]] = msgspec.field(default_factory=FrozenDict)
    date: str | None = None
    targets: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        converted(
            self,
            positions=tup,
            candidates=freeze,
            tally=freeze,
            ballot_records=records_of,
            stations=tup,
            marks=freeze,
            targets=tup,
        )

    def seats(self, position: str) -> int:
        for p in self.positions:
            if p.name == position:
                return p.seats
        raise KeyError(position)


class Proxy(msgspec.Struct, frozen=True):
    """A 委托投票 record (villagers); ``counted`` false: no ballot was cast or counted under it
    (the commission refused it, or it was not used) — a tallykit addition."""

    principal: str
    proxy: str
    relation: str | None = None
    registered_on: str | None = None
    principal_voted_in_person: bool = False
    counted: bool = True


class Officials(msgspec.Struct, frozen=True):
    """监票人, 计票人 and 代写人."""

    scrutineers: tuple[str, ...] = ()
    counters: tuple[str, ...] = ()
    assisted_writers: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        converted(self, scrutineers=tup, counters=tup, assisted_writers=tup)


class Relation(msgspec.Struct, frozen=True):
    """Kinship between two people, for avoidance checks."""

    a: str
    b: str
    relation: str


class Initiation(msgspec.Struct, frozen=True):
    """How a recall was started."""

    by: str
    signatures: int | None = None
    eligible: int | None = None
    representatives_total: int | None = None


class Person(msgspec.Struct, frozen=True):
    """A member of a body other than the committee (supervisory committee, election commission,
    villager representatives) — a tallykit addition (docs/format.md)."""

    name: str
    gender: str | None = None
    birth_date: str | None = None
    ethnicity: str | None = None
    withdrew: bool = False


class Voter(msgspec.Struct, frozen=True):
    """One entry of the voter list (选民名单 / 有选举权的党员) — a tallykit addition.
    ``registration``: how a villager came onto the list (V-REG-1, V-2026-REG-1); ``approved_on``:
    the date of the assembly's (or the villagers') agreement a non-户籍 registration needs."""

    name: str
    birth_date: str | None = None
    status: str | None = None
    registration: str | None = None
    approved_on: str | None = None


class ParseNote(msgspec.Struct, frozen=True):
    """Something the parser normalised, kept so that nothing changes silently."""

    path: str
    code: str
    raw: str
    normalized: str


class Results(msgspec.Struct, frozen=True):
    """One results file as values."""

    election: Election
    electorate: Electorate
    candidates: tuple[Candidate, ...]
    rounds: tuple[Round, ...]
    profile: str | FrozenDict[str, Any] | None = None
    proxies: tuple[Proxy, ...] = ()
    officials: Officials | None = None
    relations: tuple[Relation, ...] = ()
    timeline: FrozenDict[str, str] = msgspec.field(default_factory=FrozenDict)
    initiation: Initiation | None = None
    extensions: Any = None
    notes: tuple[ParseNote, ...] = ()
    voters: tuple[Voter, ...] = ()
    supervisory_committee: tuple[Person, ...] = ()
    election_commission: tuple[Person, ...] = ()
    representatives: tuple[Person, ...] = ()
    ethnic_population: FrozenDict[str, int] = msgspec.field(default_factory=FrozenDict)

    def __post_init__(self) -> None:
        converted(
            self,
            candidates=tup,
            rounds=tup,
            proxies=tup,
            relations=tup,
            timeline=freeze,
            notes=tup,
            voters=tup,
            supervisory_committee=tup,
            election_commission=tup,
            representatives=tup,
            ethnic_population=freeze,
        )

    @property
    def standing(self) -> tuple[str, ...]:
        """Everyone who stands in this election, once each in order: the candidates listed, then
        every name printed on a ballot of any round and post."""
        printed = [n for rnd in self.rounds for names in rnd.candidates.values() for n in names]
        return tuple(dict.fromkeys([c.name for c in self.candidates] + printed))

    def candidate(self, key: str) -> Candidate | None:
        for c in self.candidates:
            if c.key == key:
                return c
        return None


def election_day(results: Results) -> datetime.date | None:
    """The election day: the timeline's ``election_day``, else ``election.date``, else the first
    round's date; None when the file gives none. It picks the profile (V-2026-DATE) and dates
    every procedure check."""
    for text in (
        results.timeline.get("election_day"),
        results.election.date,
        results.rounds[0].date if results.rounds else None,
    ):
        if text is not None:
            return datetime.date.fromisoformat(text)
    return None


# ---------------------------------------------------------------- parsing


def iso_date(value: object) -> datetime.date | None:
    """``value`` as a date when it is exactly ``YYYY-MM-DD`` (no week or ordinal forms) between
    DATE_MIN and DATE_MAX, else None. The one date reader of every input (results, profiles,
    holiday lists).

    >>> iso_date("2021-01-08"), iso_date("9999-12-31"), iso_date("2021-1-8")
    (datetime.date(2021, 1, 8), None, None)
    """
    if not isinstance(value, str) or len(value) != 10:
        return None
    try:
        parsed = datetime.date.fromisoformat(value)
    except ValueError:
        return None
    if parsed.isoformat() != value or not DATE_MIN <= parsed <= DATE_MAX:
        return None
    return parsed




def date_error(path: str, value: object) -> InputError:
    """FMT-DATE: not an ISO date in the format's range."""
    return InputError.worded("date", path=path, rule="FMT-DATE", value=value, min=DATE_MIN, max=DATE_MAX)


def normalize_name(raw: str) -> str:
    """NFKC (full-width → half-width), no surrounding or inner spaces: one spelling per person."""
    text = unicodedata.normalize("NFKC", raw)
    return "".join(text.split())


class _Skip(Exception):
    """An object with a missing required field: its errors are recorded, the object skipped."""


class _Reader:
    """Walks the JSON with a path, gathering normalisation notes and every input error.

    A bad value raises ``InputError`` up to the nearest ``attempt``, which records it and goes on
    with the next field, so one run reports every error of the file (all missing and unknown
    fields of an object at once)."""

    def __init__(self) -> None:
        self.notes: list[ParseNote] = []
        self.errors: list[InputError] = []

    def fail(self, key: str, path: str, rule: str, value: object = None, **fields: object) -> InputError:
        """The input error worded ``error.<key>`` (``tallykit.text.reader_words``)."""
        return InputError.worded(key, path=path, rule=rule, value=value, place=None, **fields)

    def attempt(self, fn: Callable[[], T], default: D) -> T | D:
        """``fn()``, or ``default`` after recording its input error."""
        try:
            return fn()
        except _Skip:
            return default
        except InputError as err:
            self.errors.extend(err.errors)
            return default

    def obj(
        self, value: object, path: str, required: Sequence[str], optional: Sequence[str], *, partial: bool = False
    ) -> Mapping[str, Any]:
        """The object's fields after recording every unknown and missing one; a missing required
        field skips the object unless ``partial`` (the caller then reads the fields it has)."""
        if not isinstance(value, Mapping):
            raise self.fail("json_object", path, "FMT-TYPE", _kind(value))
        allowed = set(required) | set(optional)
        for name in value:
            if name not in allowed:
                self.errors.append(
                    self.fail(
                        "unknown_field",
                        _join(path, name),
                        "FMT-UNKNOWN",
                        name,
                        name=name,
                        quoted=quoted(name),
                        allowed=", ".join(allowed_sorted(allowed)),
                        allowed_quoted="、".join(quoted(a, True) for a in allowed_sorted(allowed)),
                    )
                )
        missing = [name for name in required if name not in value]
        for name in missing:
            self.errors.append(
                self.fail("required_field", _join(path, name), "FMT-REQUIRED", name=name, quoted=quoted(name, True))
            )
        if missing and not partial:
            raise _Skip()
        return value

    def items(self, value: object, path: str, parse: Callable[[Any, str], T], *, min_size: int = 0) -> tuple[T, ...]:
        """Each item of an array parsed on its own: a bad item is recorded and left out."""
        out = []
        for i, item in enumerate(self.arr(value, path, min_size=min_size)):
            parsed = self.attempt(lambda: parse(item, f"{path}/{i}"), _MISSING)
            if parsed is not _MISSING:
                out.append(parsed)
        return tuple(out)

    def arr(self, value: object, path: str, *, min_size: int = 0) -> Sequence[Any]:
        if not isinstance(value, (list, PackedArray)):
            raise self.fail("json_array", path, "FMT-TYPE", _kind(value))
        if len(value) < min_size:
            raise self.fail("too_few", path, "FMT-REQUIRED", len(value), n=min_size)
        return value

    def text(self, value: object, path: str) -> str:
        if not isinstance(value, str):
            raise self.fail("string", path, "FMT-TYPE", _kind(value))
        return value

    def name(self, value: object, path: str) -> str:
        raw = self.text(value, path)
        norm = normalize_name(raw)
        if not norm:
            raise self.fail("empty_name", path, "FMT-NAME", raw)
        if norm != raw:
            self.notes.append(ParseNote(path, "name_normalized", raw, norm))
        return norm

    def names(self, value: object, path: str) -> tuple[str, ...]:
        items = self.arr(value, path)
        out = tuple(self.name(v, _join(path, i)) for i, v in enumerate(items))
        seen: set[str] = set()
        for i, n in enumerate(out):
            if n in seen:
                raise self.fail("duplicate_name", _join(path, i), "FMT-DUPLICATE", n, name=n)
            seen.add(n)
        return out

    def integer(self, value: object, path: str, *, minimum: int = 0) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            if isinstance(value, float) and value.is_integer():
                raise self.fail("integer_point", path, "FMT-TYPE", value)
            raise self.fail("integer", path, "FMT-TYPE", _kind(value))
        if value < minimum:
            raise self.fail("at_least", path, "FMT-RANGE", value, minimum=minimum)
        if value > MAX_COUNT:
            raise self.fail("too_large", path, "FMT-RANGE", value, limit=MAX_COUNT)
        return value

    def opt_int(self, m: Mapping[str, Any], key: str, path: str, *, minimum: int = 0) -> int | None:
        return None if m.get(key) is None else self.integer(m[key], _join(path, key), minimum=minimum)

    def opt_text(self, m: Mapping[str, Any], key: str, path: str) -> str | None:
        return None if m.get(key) is None else self.text(m[key], _join(path, key))

    def boolean(self, value: object, path: str) -> bool:
        if not isinstance(value, bool):
            from tallykit.text.words import worded  # worded only when raised

            raise self.fail("expected", path, "FMT-TYPE", _kind(value), takes=worded("takes.bool"))
        return value

    def choice(self, value: object, path: str, allowed: Sequence[W]) -> W:
        """One of ``allowed``, given as the canonical value or its Chinese word (另行选举, 女 …)."""
        found = canonical(value, allowed)
        if found is None:
            words, listed = " / ".join(enum_words(allowed)), " / ".join(allowed)
            raise self.fail("enum", path, "FMT-ENUM", value, words=words, listed=listed)
        return found

    def date(self, value: object, path: str) -> str:
        text = self.text(value, path)
        if iso_date(text) is None:
            raise date_error(path, text)
        return text

    def opt_date(self, m: Mapping[str, Any], key: str, path: str) -> str | None:
        return None if m.get(key) is None else self.date(m[key], _join(path, key))


_MISSING: Any = object()


def allowed_sorted(names: set[str]) -> list[str]:
    return sorted(names)


def _kind(value: object) -> object:
    """The value as shown in a message (objects and arrays as they are; messages cut them)."""
    return value


def _join(path: str, part: object) -> str:
    token = str(part).replace("~", "~0").replace("/", "~1")
    return f"{path}/{token}"


TOP_REQUIRED = ("format", "election", "electorate", "candidates", "rounds")
PERSON = ("gender", "birth_date", "ethnicity")
# The fields of every object of the format: (required, optional). The parser reads objects by
# this table and the published JSON Schema is generated from it (tallykit.schema), so the two
# cannot disagree on which fields exist or are required.
FIELDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "document": (
        TOP_REQUIRED,
        ("profile", "proxies", "officials", "relations", "timeline", "initiation", "extensions",
         "voters", "supervisory_committee", "election_commission", "representatives", "ethnic_population"),
    ),
    "election": (
        ("kind", "positions"),
        ("organization", "org_type", "members", "households", "population", "date", "form", "committee"),
    ),
    "position": (("name", "seats"), ("reserved",)),
    "electorate": ((), ("expected", "present", "exclusions", "registered")),
    "exclusion": (("name",), ("reason", "upper_approved", "meeting_approved")),
    "candidate": (
        ("name",),
        ("id", "positions", "gender", "ethnicity", "birth_date", "party_since", "education", "incumbent", "flags"),
    ),
    "round": (
        ("kind",),
        ("positions", "candidates", "ballots", "tally", "ballot_records", "declared", "stations", "marks", "date", "targets"),
    ),
    "ballots": (("issued", "returned"), ("valid", "invalid", "participants")),
    "station": (("name", "issued", "returned"), ("mobile",)),
    "ballot_record": (("marks",), ("count", "write_ins", "flags")),
    "mark_counts": ((), ("disapprove", "abstain")),
    "declared": ((), ("elected", "void", "void_reason", "next", "seats_after_reduction", "recalled", "nominated")),
    "proxy": (("principal", "proxy"), ("relation", "registered_on", "principal_voted_in_person", "counted")),
    "officials": ((), ("scrutineers", "counters", "assisted_writers")),
    "relation": (("a", "b", "relation"), ()),
    "timeline": ((), TIMELINE_FIELDS),
    "initiation": (("by",), ("signatures", "eligible", "representatives_total")),
    "voter": (("name",), ("birth_date", "status", "registration", "approved_on")),
    "person": (("name",), PERSON),
    "commission_member": (("name",), (*PERSON, "withdrew")),
}


def parse_results(data: object) -> Results:
    """Parse a decoded results file into values, or raise InputError naming every unreadable
    spot (``.errors``; the error itself is the first). Chinese words of closed values
    (另行选举, 村委会, 女 …) are read as their canonical values.

    >>> r = parse_results({"format": "tallykit.results/1",
    ...     "election": {"kind": "party_committee", "positions": [{"name": "委员", "seats": 3}]},
    ...     "electorate": {"expected": 25, "present": 21}, "candidates": [],
    ...     "rounds": [{"kind": "正式选举", "positions": [{"name": "委员", "seats": 3}],
    ...                 "ballots": {"issued": 21, "returned": 21},
    ...                 "tally": {"委员": {"甲": 20}}}]})
    >>> r.rounds[0].tally["委员"]["甲"], r.electorate.expected, r.rounds[0].kind
    (20, 25, <RoundKind.FORMAL: 'formal'>)
    """
    rd = _Reader()
    if not isinstance(data, Mapping):
        raise rd.fail("json_object", "", "FMT-TYPE", _kind(data))
    top = rd.attempt(
        lambda: rd.obj(
            data,
            "",
            *FIELDS["document"],
        ),
        data,
    )
    if "format" in top and top["format"] != FORMAT_ID:
        rd.errors.append(rd.fail("format_id", "/format", "FMT-VERSION", top["format"], format=FORMAT_ID))
    profile = top.get("profile")
    if profile is not None and not isinstance(profile, (str, Mapping)):
        rd.errors.append(rd.fail("profile_type", "/profile", "FMT-PROFILE", _kind(profile)))
    election = rd.attempt(lambda: _election(rd, top["election"]), None) if "election" in top else None
    # Without readable positions, references to them are not checked (no cascade of errors).
    position_names = {p.name for p in election.positions} if election is not None else None
    electorate = rd.attempt(lambda: _electorate(rd, top["electorate"]), None) if "electorate" in top else None
    candidates = rd.attempt(lambda: _candidates(rd, top["candidates"], position_names), ()) if "candidates" in top else ()
    rounds: tuple[Round, ...] = ()
    if "rounds" in top:
        rounds = rd.attempt(
            lambda: rd.items(top["rounds"], "/rounds", lambda r, here: _round(rd, r, here, position_names), min_size=1),
            (),
        )
    people = {key: rd.attempt(lambda: fn(rd, top), empty) for key, (fn, empty) in _PEOPLE.items()}
    parsed: dict[str, Any] = dict(
        proxies=rd.attempt(lambda: _proxies(rd, top.get("proxies")), ()),
        officials=rd.attempt(lambda: _officials(rd, top.get("officials")), None),
        relations=rd.attempt(lambda: _relations(rd, top.get("relations")), ()),
        timeline=rd.attempt(lambda: _timeline(rd, top.get("timeline")), FrozenDict()),
        initiation=rd.attempt(lambda: _initiation(rd, top.get("initiation")), None),
    )
    raise_all(rd.errors)
    assert election is not None and electorate is not None
    return Results(
        election=election,
        electorate=electorate,
        candidates=candidates,
        rounds=rounds,
        profile=freeze(profile) if isinstance(profile, Mapping) else profile,
        extensions=top.get("extensions"),
        notes=tuple(rd.notes),
        **parsed,
        **people,
    )


def _positions(rd: _Reader, value: object, path: str, known: set[str] | None) -> tuple[Position, ...]:
    out = []
    seen: set[str] = set()

    def one(p: object, here: str) -> Position:
        m = rd.obj(p, here, *FIELDS["position"])
        name = rd.name(m["name"], f"{here}/name")
        if name in seen:
            raise rd.fail("duplicate_position", f"{here}/name", "FMT-DUPLICATE", name, name=name)
        seen.add(name)
        if known is not None and name not in known:
            raise rd.fail("position_unknown", f"{here}/name", "FMT-REFERENCE", name)
        reserved = None if m.get("reserved") is None else rd.choice(m["reserved"], f"{here}/reserved", ("female",))
        return Position(name, rd.integer(m["seats"], f"{here}/seats", minimum=1), reserved)

    out = list(rd.items(value, path, one, min_size=1))
    if len(out) != len(rd.arr(value, path)):
        raise _Skip()  # a bad position leaves the list unusable; its error is recorded
    return tuple(out)


def _fields(rd: _Reader, path: str, spec: Mapping[str, Callable[[], Any]]) -> dict[str, Any]:
    """Each optional field parsed on its own, so that every bad one is reported."""
    return {key: rd.attempt(fn, None) for key, fn in spec.items()}


def _election(rd: _Reader, value: object) -> Election:
    m = rd.obj(
        value,
        "/election",
        *FIELDS["election"],
        partial=True,
    )
    kind = rd.attempt(lambda: rd.choice(m["kind"], "/election/kind", ELECTION_KINDS), None) if "kind" in m else None
    positions = (
        rd.attempt(lambda: _positions(rd, m["positions"], "/election/positions", None), None) if "positions" in m else None
    )
    f = _fields(
        rd,
        "/election",
        {
            "organization": lambda: rd.opt_text(m, "organization", "/election"),
            "org_type": lambda: None
            if m.get("org_type") is None
            else rd.choice(m["org_type"], "/election/org_type", ORG_TYPES),
            "members": lambda: rd.opt_int(m, "members", "/election"),
            "households": lambda: rd.opt_int(m, "households", "/election"),
            "population": lambda: rd.opt_int(m, "population", "/election"),
            "date": lambda: rd.opt_date(m, "date", "/election"),
            "form": lambda: None
            if m.get("form") is None
            else rd.choice(m["form"], "/election/form", FORMS),
            "committee": lambda: rd.names(m.get("committee") or [], "/election/committee"),
        },
    )
    if kind is None or positions is None:
        raise _Skip()
    return Election(kind=kind, positions=positions, **{k: v for k, v in f.items() if k != "committee"}, committee=f["committee"] or ())


def _electorate(rd: _Reader, value: object) -> Electorate:
    m = rd.obj(value, "/electorate", *FIELDS["electorate"])

    def exclusion(e: object, here: str) -> Exclusion:
        x = rd.obj(e, here, *FIELDS["exclusion"])
        return Exclusion(
            name=rd.name(x["name"], f"{here}/name"),
            reason=rd.opt_text(x, "reason", here),
            upper_approved=rd.boolean(x.get("upper_approved", False), f"{here}/upper_approved"),
            meeting_approved=rd.boolean(x.get("meeting_approved", False), f"{here}/meeting_approved"),
        )

    f = _fields(
        rd,
        "/electorate",
        {
            "expected": lambda: rd.opt_int(m, "expected", "/electorate"),
            "present": lambda: rd.opt_int(m, "present", "/electorate"),
            "registered": lambda: rd.opt_int(m, "registered", "/electorate"),
        },
    )
    exclusions = rd.attempt(lambda: rd.items(m.get("exclusions", []), "/electorate/exclusions", exclusion), ())
    return Electorate(exclusions=exclusions, **f)


def _candidates(rd: _Reader, value: object, positions: set[str] | None) -> tuple[Candidate, ...]:
    keys: set[str] = set()

    def one(c: object, here: str) -> Candidate:
        m = rd.obj(
            c,
            here,
            *FIELDS["candidate"],
        )
        f = _fields(
            rd,
            here,
            {
                "id": lambda: None if m.get("id") is None else rd.name(m["id"], f"{here}/id"),
                "positions": lambda: _texts(rd, m.get("positions", []), f"{here}/positions"),
                "gender": lambda: None if m.get("gender") is None else rd.choice(m["gender"], f"{here}/gender", ("female", "male")),
                "ethnicity": lambda: rd.opt_text(m, "ethnicity", here),
                "birth_date": lambda: rd.opt_date(m, "birth_date", here),
                "party_since": lambda: rd.opt_date(m, "party_since", here),
                "education": lambda: rd.opt_text(m, "education", here),
                "incumbent": lambda: None if m.get("incumbent") is None else rd.boolean(m["incumbent"], f"{here}/incumbent"),
                "flags": lambda: tuple(
                    canonical_flag(t) for t in _texts(rd, m.get("flags", []), f"{here}/flags")
                ),
            },
        )
        cand = Candidate(name=rd.name(m["name"], f"{here}/name"), **{k: v for k, v in f.items() if v is not None})
        for j, p in enumerate(cand.positions):
            if positions is not None and p not in positions:
                rd.errors.append(rd.fail("position_unknown", f"{here}/positions/{j}", "FMT-REFERENCE", p))
        if cand.key in keys:
            raise rd.fail("duplicate_candidate", f"{here}/name", "FMT-DUPLICATE", cand.key, name=cand.key)
        keys.add(cand.key)
        return cand

    return rd.items(value, "/candidates", one)


def _texts(rd: _Reader, value: object, path: str) -> tuple[str, ...]:
    return tuple(rd.text(v, f"{path}/{j}") for j, v in enumerate(rd.arr(value, path)))


def canonical_flag(flag: str) -> str:
    """A candidate flag: a known one given in Chinese becomes its canonical value; other flags
    (free text of the negative list) stay as written."""
    from tallykit.text.labels import ENUMS

    return canonical(flag, tuple(ENUMS["candidate.flag"])) or flag


def _round(rd: _Reader, value: object, path: str, positions: set[str] | None) -> Round:
    m = rd.obj(
        value,
        path,
        *FIELDS["round"],
        partial=True,
    )
    kind = rd.attempt(lambda: rd.choice(m["kind"], f"{path}/kind", ROUND_KINDS), None) if "kind" in m else None
    round_positions: tuple[Position, ...] | None
    if "positions" in m:
        round_positions = rd.attempt(
            lambda: _positions(rd, m["positions"], f"{path}/positions", None if kind == "recall" else positions), None
        )
    elif kind == "recall":
        round_positions = (Position("罢免", 1),)
    else:
        rd.errors.append(
            rd.fail("required_field", f"{path}/positions", "FMT-REQUIRED", name="positions", quoted=quoted("positions", True))
        )
        round_positions = None
    names = {p.name for p in round_positions} if round_positions is not None else None
    known = tuple(names) if names is not None else None

    def keyed(key: str) -> Mapping[str, Any]:
        return rd.obj(m[key], f"{path}/{key}", (), known if known is not None else tuple(m[key]) if isinstance(m[key], Mapping) else ())

    def candidates() -> dict[str, tuple[str, ...]]:
        cm = keyed("candidates")
        return {pos: v for pos, v in ((pos, rd.attempt(lambda: rd.names(v, f"{path}/candidates/{_tok(pos)}"), ())) for pos, v in cm.items())}

    def per_person(key: str, read: Callable[[Any, str], T]) -> dict[str, FrozenDict[str, T]]:
        """``{post: {name: value}}`` (tally, marks): every post of the round, every name read as
        a name once, every value by ``read``; its errors are worded ``<key>_object`` and
        ``<key>_twice``."""
        out = {}
        for pos, per in keyed(key).items():
            here = f"{path}/{key}/{_tok(pos)}"
            if not isinstance(per, Mapping):
                rd.errors.append(rd.fail(f"{key}_object", here, "FMT-TYPE", _kind(per)))
                continue
            values: dict[str, T] = {}
            for who, given in per.items():
                name = rd.attempt(lambda: rd.name(who, _join(here, who)), None)
                if name is None:
                    continue
                if name in values:
                    rd.errors.append(rd.fail(f"{key}_twice", _join(here, who), "FMT-DUPLICATE", who, name=name))
                    continue
                value = rd.attempt(lambda: read(given, _join(here, who)), None)
                if value is not None:
                    values[name] = value
            out[pos] = freeze(values)
        return out

    def tally() -> dict[str, FrozenDict[str, int]]:
        return per_person("tally", rd.integer)

    def marks() -> dict[str, FrozenDict[str, MarkCounts]]:
        return per_person("marks", lambda v, here: _mark_counts(rd, v, here))

    f = _fields(
        rd,
        path,
        {
            "candidates": lambda: candidates() if "candidates" in m else {},
            "ballots": lambda: None if m.get("ballots") is None else _ballots(rd, m["ballots"], f"{path}/ballots"),
            "tally": lambda: tally() if "tally" in m else {},
            "ballot_records": lambda: None
            if m.get("ballot_records") is None
            else _records(rd, m["ballot_records"], f"{path}/ballot_records", names or set()),
            "declared": lambda: None if m.get("declared") is None else _declared(rd, m["declared"], f"{path}/declared"),
            "stations": lambda: _stations(rd, m.get("stations"), f"{path}/stations"),
            "marks": lambda: marks() if m.get("marks") is not None else {},
            "date": lambda: rd.opt_date(m, "date", path),
            "targets": lambda: rd.names(m.get("targets", []), f"{path}/targets"),
        },
    )
    if kind is None or round_positions is None:
        raise _Skip()
    defaults: dict[str, Any] = {"candidates": {}, "tally": {}, "stations": (), "marks": FrozenDict(), "targets": ()}
    return Round(kind=kind, positions=round_positions, **{k: defaults[k] if v is None and k in defaults else v for k, v in f.items()})


def _mark_counts(rd: _Reader, value: object, path: str) -> MarkCounts:
    m = rd.obj(value, path, *FIELDS["mark_counts"])
    f = _fields(rd, path, {key: _int_at(rd, m, key, path) for key in FIELDS["mark_counts"][1]})
    return MarkCounts(**f)


def _tok(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def _ballots(rd: _Reader, value: object, path: str) -> Ballots:
    m = rd.obj(value, path, *FIELDS["ballots"], partial=True)
    f = _fields(
        rd,
        path,
        {
            "issued": lambda: rd.integer(m["issued"], f"{path}/issued") if "issued" in m else None,
            "returned": lambda: rd.integer(m["returned"], f"{path}/returned") if "returned" in m else None,
            "valid": lambda: rd.opt_int(m, "valid", path),
            "invalid": lambda: rd.opt_int(m, "invalid", path),
            "participants": lambda: rd.opt_int(m, "participants", path),
        },
    )
    if f["issued"] is None or f["returned"] is None:
        raise _Skip()
    return Ballots(**f)


def _stations(rd: _Reader, value: object, path: str) -> tuple[Station, ...]:
    if value is None:
        return ()

    def one(s: object, here: str) -> Station:
        m = rd.obj(s, here, *FIELDS["station"])
        f = _fields(
            rd,
            here,
            {
                "name": lambda: rd.text(m["name"], f"{here}/name"),
                "issued": lambda: rd.integer(m["issued"], f"{here}/issued"),
                "returned": lambda: rd.integer(m["returned"], f"{here}/returned"),
                "mobile": lambda: rd.boolean(m.get("mobile", False), f"{here}/mobile"),
            },
        )
        if None in f.values():
            raise _Skip()
        return Station(**f)

    return rd.items(value, path, one)


def _records(rd: _Reader, value: object, path: str, positions: set[str]) -> BallotRecords:
    allowed_positions = tuple(positions)
    if isinstance(value, PackedArray):
        packed = _packed_records(value, path, allowed_positions)
        if packed is not None:
            return packed
    out = []
    seen: dict[Any, BallotRecord] = {}
    for i, r in enumerate(rd.arr(value, path)):
        here = f"{path}/{i}"
        if not isinstance(r, Mapping):
            rd.errors.append(rd.fail("json_object", here, "FMT-TYPE", _kind(r)))
            continue
        marks = r.get("marks")
        write_ins = r.get("write_ins")
        flags = r.get("flags")
        count = r.get("count", 1)
        # Fast path: an identical pattern seen before shares its frozen parts.
        key = _record_key(marks, write_ins, flags)
        prior = seen.get(key) if key is not None else None
        if prior is not None and set(r) <= {"count", "marks", "write_ins", "flags"}:
            n = rd.attempt(lambda: rd.integer(count, f"{here}/count", minimum=1), None)
            if n is not None:
                out.append(BallotRecord(n, prior.marks, prior.write_ins, prior.flags))
            continue
        rec = rd.attempt(lambda: _record(rd, r, here, allowed_positions), None)
        if rec is None:
            continue
        if key is not None:
            seen[key] = rec
        out.append(rec)
    return BallotRecords.of(out)


def _packed_records(value: PackedArray, path: str, allowed_positions: tuple[str, ...]) -> BallotRecords | None:
    """The records of a packed array, each distinct record read once (at its first index), or
    None when one of them has an error or a note: then every record is read on its own, so
    that each occurrence is reported at its own index, as for a plain array. Each pattern
    becomes one BallotRecord, with the count of every ballot it stands for."""
    trial = _Reader()
    read: list[tuple[int, tuple[Any, ...]]] = []  # each distinct record: its count and pattern
    for plain, r, i in zip(_plain_records(value.items, frozenset(allowed_positions)), value.items, value.first):
        if plain is None:
            rec = trial.attempt(lambda: _record(trial, r, f"{path}/{i}", allowed_positions) if isinstance(r, Mapping) else None, None)
            if rec is None or trial.errors or trial.notes:
                return None
            plain = rec.count, rec.pattern
        read.append(plain)
    # What makes two patterns one, as their own == says (marks equal in any key order), hashed
    # without a call into Python.
    keys = [p if p[1] or p[2] else frozenset(p[0].items()) for _, p in read]
    ids: dict[Any, int] = {}
    pattern_of = [ids.setdefault(key, len(ids)) for key in keys]
    uses = Counter(value.order)
    totals = [0] * len(ids)
    shown: dict[int, int] = {}  # pattern -> its earliest distinct record
    for j, (n, _) in enumerate(read):
        k = pattern_of[j]
        totals[k] += uses[j] * n
        shown.setdefault(k, j)
    order = tuple(value.order) if len(ids) == len(read) else tuple(map(pattern_of.__getitem__, value.order))
    counts = None if all(n == 1 for n, _ in read) else tuple(read[j][0] for j in value.order)
    patterns = tuple(BallotRecord(totals[k], *read[shown[k]][1]) for k in range(len(ids)))
    return BallotRecords(patterns, tuple(value.first[shown[k]] for k in range(len(ids))), order, counts)


def _plain_records(items: Sequence[Any], positions: frozenset[str]) -> list[tuple[int, tuple[Any, ...]] | None]:
    """Each item that is the commonest record, ``{"marks": {post: symbols}}`` with perhaps a
    ``count``, as its count and pattern (``BallotRecord.pattern``); None for every other item
    (then ``_record`` reads it and reports what is wrong). The items are checked all at once,
    each check one pass of the interpreter's own loops; if one plain-looking record fails one,
    every item is left to ``_record``."""
    unread: list[tuple[int, tuple[Any, ...]] | None] = [None] * len(items)
    if not set(map(type, items)) <= _DICT:
        return unread
    looks_plain = list(map(_PLAIN_KEYS.issuperset, items))
    plain = list(compress(items, looks_plain))
    marks: list[Any] = list(map(dict.get, plain, repeat("marks")))
    counts: list[Any] = list(map(dict.get, plain, repeat("count"), repeat(1)))
    if not (
        set(map(type, marks)) <= _DICT
        and set(map(type, counts)) <= _INT
        and set().union(*marks) <= positions
        and set(map(type, chain.from_iterable(map(dict.values, marks)))) <= _TEXT
        and (not counts or 1 <= min(counts) and max(counts) <= MAX_COUNT)
    ):
        return unread
    patterns: Iterator[tuple[int, tuple[Any, ...]]] = iter(
        zip(counts, zip(map(FrozenDict, marks), repeat(NO_WRITE_INS), repeat(())))
    )
    return [next(patterns) if looks else None for looks in looks_plain]


_PLAIN_KEYS = frozenset({"marks", "count"})
_TEXT = frozenset({str})
_DICT = frozenset({dict})
_INT = frozenset({int})


def _record(rd: _Reader, r: Mapping[str, Any], here: str, allowed_positions: tuple[str, ...]) -> BallotRecord:
    m = rd.obj(r, here, *FIELDS["ballot_record"])
    mk = rd.obj(m["marks"], f"{here}/marks", (), allowed_positions)
    parsed_marks = {pos: rd.text(v, f"{here}/marks/{_tok(pos)}") for pos, v in mk.items()}
    parsed_writes: dict[str, tuple[tuple[str, str], ...]] = {}
    if m.get("write_ins") is not None:
        wm = rd.obj(m["write_ins"], f"{here}/write_ins", (), allowed_positions)
        for pos, items in wm.items():
            wp = f"{here}/write_ins/{_tok(pos)}"
            pairs = []
            for j, item in enumerate(rd.arr(items, wp)):
                if not (isinstance(item, list) and len(item) == 2):
                    raise rd.fail("write_in_pair", f"{wp}/{j}", "FMT-TYPE", _kind(item))
                pairs.append((rd.name(item[0], f"{wp}/{j}/0"), rd.text(item[1], f"{wp}/{j}/1")))
            parsed_writes[pos] = tuple(pairs)
    parsed_flags = tuple(
        rd.choice(f, f"{here}/flags/{j}", BALLOT_FLAGS) for j, f in enumerate(rd.arr(m.get("flags", []), f"{here}/flags"))
    )
    count = rd.integer(m.get("count", 1), f"{here}/count", minimum=1)
    return BallotRecord(count, FrozenDict(parsed_marks), FrozenDict(parsed_writes), parsed_flags)


def _record_key(marks: object, write_ins: object, flags: object) -> Any:
    """A hashable key of a raw record's pattern, or None when it is not plain enough to share."""
    if not isinstance(marks, dict) or not all(isinstance(v, str) for v in marks.values()):
        return None
    if write_ins is not None or (flags is not None and flags != []):
        return None
    return tuple(marks.items())


def _declared(rd: _Reader, value: object, path: str) -> Declared:
    m = rd.obj(value, path, *FIELDS["declared"])

    def per_position(key: str) -> FrozenDict[str, tuple[str, ...]] | None:
        if m.get(key) is None:
            return None
        pm = rd.obj(m[key], f"{path}/{key}", (), tuple(m[key]) if isinstance(m[key], Mapping) else ())
        return freeze({pos: rd.attempt(lambda: rd.names(v, f"{path}/{key}/{_tok(pos)}"), ()) for pos, v in pm.items()})

    f = _fields(
        rd,
        path,
        {
            "elected": lambda: per_position("elected"),
            "void": lambda: None if m.get("void") is None else rd.boolean(m["void"], f"{path}/void"),
            "void_reason": lambda: rd.opt_text(m, "void_reason", path),
            "next": lambda: None if m.get("next") is None else rd.choice(m["next"], f"{path}/next", NEXT_STEPS),
            "seats_after_reduction": lambda: rd.opt_int(m, "seats_after_reduction", path),
            "recalled": lambda: None if m.get("recalled") is None else rd.names(m["recalled"], f"{path}/recalled"),
            "nominated": lambda: per_position("nominated"),
        },
    )
    return Declared(**f)


def _proxies(rd: _Reader, value: object) -> tuple[Proxy, ...]:
    if value is None:
        return ()

    def one(p: object, here: str) -> Proxy:
        m = rd.obj(p, here, *FIELDS["proxy"])
        f = _fields(
            rd,
            here,
            {
                "relation": lambda: None if m.get("relation") is None else rd.choice(m["relation"], f"{here}/relation", RELATIONS),
                "registered_on": lambda: rd.opt_date(m, "registered_on", here),
                "principal_voted_in_person": lambda: rd.boolean(
                    m.get("principal_voted_in_person", False), f"{here}/principal_voted_in_person"
                ),
                "counted": lambda: rd.boolean(m.get("counted", True), f"{here}/counted"),
            },
        )
        return Proxy(
            principal=rd.name(m["principal"], f"{here}/principal"),
            proxy=rd.name(m["proxy"], f"{here}/proxy"),
            relation=f["relation"],
            registered_on=f["registered_on"],
            principal_voted_in_person=bool(f["principal_voted_in_person"]),
            counted=f["counted"] is not False,
        )

    return rd.items(value, "/proxies", one)


def _names_at(rd: _Reader, m: Mapping[str, Any], key: str, path: str) -> Callable[[], tuple[str, ...]]:
    """Reads the list of names under ``key`` when called (one field of ``_fields``)."""
    return lambda: rd.names(m.get(key, []), f"{path}/{key}")


def _int_at(rd: _Reader, m: Mapping[str, Any], key: str, path: str) -> Callable[[], int | None]:
    """Reads the optional count under ``key`` when called (one field of ``_fields``)."""
    return lambda: rd.opt_int(m, key, path)


def _officials(rd: _Reader, value: object) -> Officials | None:
    if value is None:
        return None
    m = rd.obj(value, "/officials", *FIELDS["officials"])
    f = _fields(
        rd,
        "/officials",
        {key: _names_at(rd, m, key, "/officials") for key in FIELDS["officials"][1]},
    )
    return Officials(**{k: v or () for k, v in f.items()})


def _relations(rd: _Reader, value: object) -> tuple[Relation, ...]:
    if value is None:
        return ()

    def one(r: object, here: str) -> Relation:
        m = rd.obj(r, here, *FIELDS["relation"])
        return Relation(
            rd.name(m["a"], f"{here}/a"),
            rd.name(m["b"], f"{here}/b"),
            rd.choice(m["relation"], f"{here}/relation", RELATIONS),
        )

    return rd.items(value, "/relations", one)


def _timeline(rd: _Reader, value: object) -> FrozenDict[str, str]:
    if value is None:
        return FrozenDict()
    m = rd.obj(value, "/timeline", *FIELDS["timeline"])
    dates = {k: rd.attempt(lambda: rd.date(v, f"/timeline/{k}"), None) for k, v in m.items() if v is not None and k in TIMELINE_FIELDS}
    return freeze({k: v for k, v in dates.items() if v is not None})


def _initiation(rd: _Reader, value: object) -> Initiation | None:
    if value is None:
        return None
    m = rd.obj(value, "/initiation", *FIELDS["initiation"])
    f = _fields(
        rd,
        "/initiation",
        {
            "signatures": lambda: rd.opt_int(m, "signatures", "/initiation"),
            "eligible": lambda: rd.opt_int(m, "eligible", "/initiation"),
            "representatives_total": lambda: rd.opt_int(m, "representatives_total", "/initiation"),
        },
    )
    return Initiation(by=rd.choice(m["by"], "/initiation/by", INITIATORS), **f)


# ---------------------------------------------------------------- tallykit additions (issue 6)

VOTER_STATUSES = ("full", "probationary", "party_probation", "rights_suspended", "political_rights_deprived")
# V-REG-1 (组织法 art. 13) and V-2026-REG-1: how a villager came onto the list (docs/format.md).
REGISTRATIONS = ("household_resident", "household_away", "resident_outsider", "village_work")


def _voters(rd: _Reader, top: Mapping[str, Any]) -> tuple[Voter, ...]:
    def one(v: object, here: str) -> Voter:
        m = rd.obj(v, here, *FIELDS["voter"])
        f = _fields(
            rd,
            here,
            {
                "birth_date": lambda: rd.opt_date(m, "birth_date", here),
                "status": lambda: None if m.get("status") is None else rd.choice(m["status"], f"{here}/status", VOTER_STATUSES),
                "registration": lambda: None
                if m.get("registration") is None
                else rd.choice(m["registration"], f"{here}/registration", REGISTRATIONS),
                "approved_on": lambda: rd.opt_date(m, "approved_on", here),
            },
        )
        return Voter(name=rd.name(m["name"], f"{here}/name"), **f)

    return _unique(rd, rd.items(_listed(top, "voters"), "/voters", one), "/voters")


def _people_list(key: str) -> Callable[[_Reader, Mapping[str, Any]], tuple[Person, ...]]:
    """The supervisory committee, election commission or representatives (each absent list is
    empty); only the commission's members may have withdrawn."""
    shape = FIELDS["commission_member" if key == "election_commission" else "person"]

    def parse(rd: _Reader, top: Mapping[str, Any]) -> tuple[Person, ...]:
        def one(v: object, here: str) -> Person:
            m = rd.obj(v, here, *shape)
            f = _fields(
                rd,
                here,
                {
                    "gender": lambda: None if m.get("gender") is None else rd.choice(m["gender"], f"{here}/gender", ("female", "male")),
                    "birth_date": lambda: rd.opt_date(m, "birth_date", here),
                    "ethnicity": lambda: rd.opt_text(m, "ethnicity", here),
                    "withdrew": lambda: rd.boolean(m.get("withdrew", False), f"{here}/withdrew"),
                },
            )
            return Person(name=rd.name(m["name"], f"{here}/name"), **{**f, "withdrew": bool(f["withdrew"])})

        return _unique(rd, rd.items(_listed(top, key), f"/{key}", one), f"/{key}")

    return parse


def _ethnic_population(rd: _Reader, top: Mapping[str, Any]) -> FrozenDict[str, int]:
    em = top.get("ethnic_population")
    if em is None:
        return FrozenDict()
    if not isinstance(em, Mapping):
        raise rd.fail("ethnic_object", "/ethnic_population", "FMT-TYPE", _kind(em))
    counts = {group: rd.attempt(lambda: rd.integer(n, _join("/ethnic_population", group)), None) for group, n in em.items()}
    return freeze({k: v for k, v in counts.items() if v is not None})


# The optional people lists of docs/format.md, each with its value when absent or bad.
_PEOPLE: dict[str, tuple[Callable[[_Reader, Mapping[str, Any]], Any], Any]] = {
    "voters": (_voters, ()),
    "supervisory_committee": (_people_list("supervisory_committee"), ()),
    "election_commission": (_people_list("election_commission"), ()),
    "representatives": (_people_list("representatives"), ()),
    "ethnic_population": (_ethnic_population, FrozenDict()),
}


def _listed(top: Mapping[str, Any], key: str) -> Any:
    """An optional list: absent and null read as empty (anything else is read as given)."""
    value = top.get(key)
    return [] if value is None else value


def _unique(rd: _Reader, people: Sequence[Any], path: str) -> tuple[Any, ...]:
    seen: set[str] = set()
    for i, p in enumerate(people):
        if p.name in seen:
            rd.errors.append(rd.fail("duplicate_name", f"{path}/{i}/name", "FMT-DUPLICATE", p.name, name=p.name))
        seen.add(p.name)
    return tuple(people)


__all__ = [
    "FORMAT_ID",
    "Ballots",
    "BallotRecord",
    "Candidate",
    "Declared",
    "Election",
    "Electorate",
    "Exclusion",
    "Person",
    "Position",
    "Results",
    "Round",
    "Voter",
    "election_day",
    "parse_results",
    "normalize_name",
    "pointer",
]
