"""The results format (``tallykit.results/1``): frozen values and the one parser that makes them.

JSON becomes values here and nowhere else. Every problem that makes a file unreadable is an
``InputError`` naming its JSON pointer, the format rule and the value; unknown fields are errors
(a typo must not pass silently) except under ``extensions``. Legal problems are not found here:
they are findings of ``verify`` and outcomes of ``count``.
"""

from __future__ import annotations

import datetime
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from tallykit.errors import InputError, pointer
from tallykit.frozen import FrozenDict, freeze

FORMAT_ID = "tallykit.results/1"
MAX_COUNT = 10**9  # no grassroots election comes near; larger numbers are typos
# Dates a file may hold: births from 1900, elections and terms into the next century. Far enough
# inside the calendar's years 1..9999 that every anniversary and deadline tallykit computes from
# them (profile spans are at most 1000 days, months or years) stays a date.
DATE_MIN, DATE_MAX = datetime.date(1900, 1, 1), datetime.date(2199, 12, 31)

ELECTION_KINDS = (
    "party_committee",
    "party_officers",
    "party_branch_officers",
    "villagers_committee",
    "residents_committee",
    "recall",
    "recommendation",
)
PARTY_KINDS = ("party_committee", "party_officers", "party_branch_officers", "recommendation")
ROUND_KINDS = ("formal", "tie_revote", "supplementary", "preliminary", "recall", "recommendation")
NEXT_STEPS = ("tie_revote", "supplementary", "seat_reduction")
BALLOT_FLAGS = ("identifying_mark", "torn", "unreadable")
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


@attrs.frozen
class Position:
    """Seats at stake for one post (职位), e.g. 委员 × 5; ``reserved`` is ``"female"`` for 专职专选."""

    name: str
    seats: int
    reserved: str | None = None


@attrs.frozen
class Election:
    """What was elected."""

    kind: str
    positions: tuple[Position, ...] = attrs.field(converter=tup)
    organization: str | None = None
    org_type: str | None = None
    members: int | None = None
    households: int | None = None
    population: int | None = None
    date: str | None = None
    form: str | None = None
    committee: tuple[str, ...] = attrs.field(default=(), converter=tup)

    @property
    def is_party(self) -> bool:
        return self.kind in PARTY_KINDS


@attrs.frozen
class Exclusion:
    """A member left out of 应到会 (P-QUORUM-2): valid only with both approvals."""

    name: str
    reason: str | None
    upper_approved: bool
    meeting_approved: bool

    @property
    def approved(self) -> bool:
        return self.upper_approved and self.meeting_approved


@attrs.frozen
class Electorate:
    """Who could vote: party ``expected``/``present``; villagers ``registered``."""

    expected: int | None = None
    present: int | None = None
    exclusions: tuple[Exclusion, ...] = attrs.field(default=(), converter=tup)
    registered: int | None = None


@attrs.frozen
class Candidate:
    """A person on any ballot; ``key`` is the id when homonyms need one, else the name."""

    name: str
    id: str | None = None
    positions: tuple[str, ...] = attrs.field(default=(), converter=tup)
    gender: str | None = None
    ethnicity: str | None = None
    birth_date: str | None = None
    party_since: str | None = None
    education: str | None = None
    incumbent: bool | None = None
    flags: tuple[str, ...] = attrs.field(default=(), converter=tup)

    @property
    def key(self) -> str:
        return self.id or self.name


@attrs.frozen
class Ballots:
    """Ballot counts of a round (发出 / 收回 / 有效 / 无效, villagers' 参加投票人数)."""

    issued: int
    returned: int
    valid: int | None = None
    invalid: int | None = None
    participants: int | None = None


@attrs.frozen
class Station:
    """A polling station or mobile ballot box (投票站 / 流动票箱), reconciled on its own."""

    name: str
    issued: int
    returned: int
    mobile: bool = False


@attrs.frozen
class BallotRecord:
    """One ballot, or ``count`` identical ballots: symbols per position in ballot order."""

    count: int
    marks: FrozenDict[str, str] = attrs.field(converter=freeze)
    write_ins: FrozenDict[str, tuple[tuple[str, str], ...]] = attrs.field(
        factory=FrozenDict, converter=freeze
    )
    flags: tuple[str, ...] = attrs.field(default=(), converter=tup)

    @property
    def pattern(self) -> tuple[Any, ...]:
        """Everything but the count: identical patterns are judged once."""
        return (self.marks, self.write_ins, self.flags)


@attrs.frozen
class Declared:
    """What the meeting or commission announced for a round."""

    elected: FrozenDict[str, tuple[str, ...]] | None = None
    void: bool | None = None
    void_reason: str | None = None
    next: str | None = None
    seats_after_reduction: int | None = None
    recalled: tuple[str, ...] | None = None
    nominated: FrozenDict[str, tuple[str, ...]] | None = None


@attrs.frozen
class Round:
    """One vote taken: seats, printed candidates, ballot counts, tally, records, declaration."""

    kind: str
    positions: tuple[Position, ...] = attrs.field(converter=tup)
    candidates: FrozenDict[str, tuple[str, ...]] = attrs.field(factory=FrozenDict, converter=freeze)
    ballots: Ballots | None = None
    tally: FrozenDict[str, FrozenDict[str, int]] = attrs.field(factory=FrozenDict, converter=freeze)
    ballot_records: tuple[BallotRecord, ...] | None = None
    declared: Declared | None = None
    stations: tuple[Station, ...] = attrs.field(default=(), converter=tup)
    marks: FrozenDict[str, Any] = attrs.field(factory=FrozenDict, converter=freeze)
    date: str | None = None
    targets: tuple[str, ...] = attrs.field(default=(), converter=tup)

    def seats(self, position: str) -> int:
        for p in self.positions:
            if p.name == position:
                return p.seats
        raise KeyError(position)


@attrs.frozen
class Proxy:
    """A 委托投票 record (villagers); ``counted`` false: no ballot was cast or counted under it
    (the commission refused it, or it was not used) — a tallykit addition."""

    principal: str
    proxy: str
    relation: str | None = None
    registered_on: str | None = None
    principal_voted_in_person: bool = False
    counted: bool = True


@attrs.frozen
class Officials:
    """监票人, 计票人 and 代写人."""

    scrutineers: tuple[str, ...] = attrs.field(default=(), converter=tup)
    counters: tuple[str, ...] = attrs.field(default=(), converter=tup)
    assisted_writers: tuple[str, ...] = attrs.field(default=(), converter=tup)


@attrs.frozen
class Relation:
    """Kinship between two people, for avoidance checks."""

    a: str
    b: str
    relation: str


@attrs.frozen
class Initiation:
    """How a recall was started."""

    by: str
    signatures: int | None = None
    eligible: int | None = None
    representatives_total: int | None = None


@attrs.frozen
class Person:
    """A member of a body other than the committee (supervisory committee, election commission,
    villager representatives) — a tallykit addition (docs/format-additions.md)."""

    name: str
    gender: str | None = None
    birth_date: str | None = None
    ethnicity: str | None = None
    withdrew: bool = False


@attrs.frozen
class Voter:
    """One entry of the voter list (选民名单 / 有选举权的党员) — a tallykit addition.
    ``registration``: how a villager came onto the list (V-REG-1, V-2026-REG-1); ``approved_on``:
    the date of the assembly's (or the villagers') agreement a non-户籍 registration needs."""

    name: str
    birth_date: str | None = None
    status: str | None = None
    registration: str | None = None
    approved_on: str | None = None


@attrs.frozen
class ParseNote:
    """Something the parser normalised, kept so that nothing changes silently."""

    path: str
    code: str
    raw: str
    normalized: str


@attrs.frozen
class Results:
    """One results file as values."""

    election: Election
    electorate: Electorate
    candidates: tuple[Candidate, ...] = attrs.field(converter=tup)
    rounds: tuple[Round, ...] = attrs.field(converter=tup)
    profile: str | FrozenDict[str, Any] | None = None
    proxies: tuple[Proxy, ...] = attrs.field(default=(), converter=tup)
    officials: Officials | None = None
    relations: tuple[Relation, ...] = attrs.field(default=(), converter=tup)
    timeline: FrozenDict[str, str] = attrs.field(factory=FrozenDict, converter=freeze)
    initiation: Initiation | None = None
    extensions: Any = None
    notes: tuple[ParseNote, ...] = attrs.field(default=(), converter=tup)
    voters: tuple[Voter, ...] = attrs.field(default=(), converter=tup)
    supervisory_committee: tuple[Person, ...] = attrs.field(default=(), converter=tup)
    election_commission: tuple[Person, ...] = attrs.field(default=(), converter=tup)
    representatives: tuple[Person, ...] = attrs.field(default=(), converter=tup)
    ethnic_population: FrozenDict[str, int] = attrs.field(factory=FrozenDict, converter=freeze)

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


DATE_ZH = f"日期应为 {DATE_MIN.isoformat()} 至 {DATE_MAX.isoformat()} 之间 YYYY-MM-DD 格式的有效日期"
DATE_EN = f"expected a valid date YYYY-MM-DD from {DATE_MIN.isoformat()} to {DATE_MAX.isoformat()}"


def normalize_name(raw: str) -> str:
    """NFKC (full-width → half-width), no surrounding or inner spaces: one spelling per person."""
    text = unicodedata.normalize("NFKC", raw)
    return "".join(text.split())


class _Reader:
    """Walks the JSON with a path, gathering normalisation notes."""

    def __init__(self) -> None:
        self.notes: list[ParseNote] = []

    def fail(self, path: str, rule: str, zh: str, en: str, value: object = None) -> InputError:
        return InputError(path=path, rule=rule, zh=zh, en=en, value=value)

    def obj(self, value: object, path: str, required: Sequence[str], optional: Sequence[str]) -> Mapping[str, Any]:
        if not isinstance(value, Mapping):
            raise self.fail(path, "FMT-TYPE", "应为 JSON 对象", "expected a JSON object", _kind(value))
        for name in required:
            if name not in value:
                raise self.fail(
                    _join(path, name), "FMT-REQUIRED", f"缺少必填字段 {name}", f"required field {name} is missing"
                )
        allowed = set(required) | set(optional)
        for name in value:
            if name not in allowed:
                raise self.fail(
                    _join(path, name),
                    "FMT-UNKNOWN",
                    f"未知字段 {name}（可用：{', '.join(allowed_sorted(allowed))}）",
                    f"unknown field {name} (allowed: {', '.join(allowed_sorted(allowed))})",
                    name,
                )
        return value

    def arr(self, value: object, path: str, *, min_size: int = 0) -> Sequence[Any]:
        if not isinstance(value, list):
            raise self.fail(path, "FMT-TYPE", "应为 JSON 数组", "expected a JSON array", _kind(value))
        if len(value) < min_size:
            raise self.fail(
                path, "FMT-REQUIRED", f"至少需要 {min_size} 项", f"needs at least {min_size} item(s)", len(value)
            )
        return value

    def text(self, value: object, path: str) -> str:
        if not isinstance(value, str):
            raise self.fail(path, "FMT-TYPE", "应为字符串", "expected a string", _kind(value))
        return value

    def name(self, value: object, path: str) -> str:
        raw = self.text(value, path)
        norm = normalize_name(raw)
        if not norm:
            raise self.fail(path, "FMT-NAME", "姓名不能为空", "a name may not be empty", raw)
        if norm != raw:
            self.notes.append(ParseNote(path, "name_normalized", raw, norm))
        return norm

    def names(self, value: object, path: str) -> tuple[str, ...]:
        items = self.arr(value, path)
        out = tuple(self.name(v, _join(path, i)) for i, v in enumerate(items))
        seen: set[str] = set()
        for i, n in enumerate(out):
            if n in seen:
                raise self.fail(
                    _join(path, i), "FMT-DUPLICATE", f"姓名重复：{n}", f"duplicate name: {n}", n
                )
            seen.add(n)
        return out

    def integer(self, value: object, path: str, *, minimum: int = 0) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            if isinstance(value, float) and value.is_integer():
                raise self.fail(path, "FMT-TYPE", "应为整数（不带小数点）", "expected an integer without a decimal point", value)
            raise self.fail(path, "FMT-TYPE", "应为整数", "expected an integer", _kind(value))
        if value < minimum:
            raise self.fail(path, "FMT-RANGE", f"不能小于 {minimum}", f"must be at least {minimum}", value)
        if value > MAX_COUNT:
            raise self.fail(path, "FMT-RANGE", f"数值过大（上限 {MAX_COUNT}）", f"too large (limit {MAX_COUNT})", value)
        return value

    def opt_int(self, m: Mapping[str, Any], key: str, path: str, *, minimum: int = 0) -> int | None:
        return None if m.get(key) is None else self.integer(m[key], _join(path, key), minimum=minimum)

    def opt_text(self, m: Mapping[str, Any], key: str, path: str) -> str | None:
        return None if m.get(key) is None else self.text(m[key], _join(path, key))

    def boolean(self, value: object, path: str) -> bool:
        if not isinstance(value, bool):
            raise self.fail(path, "FMT-TYPE", "应为 true 或 false", "expected true or false", _kind(value))
        return value

    def choice(self, value: object, path: str, allowed: Sequence[str]) -> str:
        if not isinstance(value, str) or value not in allowed:
            raise self.fail(
                path,
                "FMT-ENUM",
                f"取值无效，应为：{' / '.join(allowed)}",
                f"invalid value; expected one of: {' / '.join(allowed)}",
                value,
            )
        return value

    def date(self, value: object, path: str) -> str:
        text = self.text(value, path)
        if iso_date(text) is None:
            raise self.fail(path, "FMT-DATE", DATE_ZH, DATE_EN, text)
        return text

    def opt_date(self, m: Mapping[str, Any], key: str, path: str) -> str | None:
        return None if m.get(key) is None else self.date(m[key], _join(path, key))


def allowed_sorted(names: set[str]) -> list[str]:
    return sorted(names)


def _kind(value: object) -> object:
    if isinstance(value, (dict, list)):
        return type(value).__name__
    return value


def _join(path: str, part: object) -> str:
    token = str(part).replace("~", "~0").replace("/", "~1")
    return f"{path}/{token}"


def parse_results(data: object) -> Results:
    """Parse a decoded results file into values, or raise InputError at the first unreadable spot.

    >>> r = parse_results({"format": "tallykit.results/1",
    ...     "election": {"kind": "party_committee", "positions": [{"name": "委员", "seats": 3}]},
    ...     "electorate": {"expected": 25, "present": 21}, "candidates": [],
    ...     "rounds": [{"kind": "formal", "positions": [{"name": "委员", "seats": 3}],
    ...                 "ballots": {"issued": 21, "returned": 21},
    ...                 "tally": {"委员": {"甲": 20}}}]})
    >>> r.rounds[0].tally["委员"]["甲"], r.electorate.expected
    (20, 25)
    """
    rd = _Reader()
    top = rd.obj(
        data,
        "",
        ("format", "election", "electorate", "candidates", "rounds"),
        ("profile", "proxies", "officials", "relations", "timeline", "initiation", "extensions", *PEOPLE_FIELDS),
    )
    if top["format"] != FORMAT_ID:
        raise rd.fail("/format", "FMT-VERSION", f"format 应为 {FORMAT_ID}", f"format must be {FORMAT_ID}", top["format"])
    profile = top.get("profile")
    if profile is not None and not isinstance(profile, (str, Mapping)):
        raise rd.fail("/profile", "FMT-PROFILE", "profile 须为字符串或对象", "profile must be a string or an object", _kind(profile))
    election = _election(rd, top["election"])
    position_names = {p.name for p in election.positions}
    electorate = _electorate(rd, top["electorate"])
    candidates = _candidates(rd, top["candidates"], position_names)
    rounds = tuple(
        _round(rd, r, f"/rounds/{i}", position_names)
        for i, r in enumerate(rd.arr(top["rounds"], "/rounds", min_size=1))
    )
    return Results(
        election=election,
        electorate=electorate,
        candidates=candidates,
        rounds=rounds,
        profile=freeze(profile) if isinstance(profile, Mapping) else profile,
        proxies=_proxies(rd, top.get("proxies")),
        officials=_officials(rd, top.get("officials")),
        relations=_relations(rd, top.get("relations")),
        timeline=_timeline(rd, top.get("timeline")),
        initiation=_initiation(rd, top.get("initiation")),
        extensions=top.get("extensions"),
        notes=tuple(rd.notes),
        **_people(rd, top),
    )


def _positions(rd: _Reader, value: object, path: str, known: set[str] | None) -> tuple[Position, ...]:
    out = []
    seen: set[str] = set()
    for i, p in enumerate(rd.arr(value, path, min_size=1)):
        here = f"{path}/{i}"
        m = rd.obj(p, here, ("name", "seats"), ("reserved",))
        name = rd.name(m["name"], f"{here}/name")
        if name in seen:
            raise rd.fail(f"{here}/name", "FMT-DUPLICATE", f"职位重复：{name}", f"duplicate position: {name}", name)
        if known is not None and name not in known:
            raise rd.fail(
                f"{here}/name",
                "FMT-REFERENCE",
                "该职位不在 election.positions 中",
                "position is not among election.positions",
                name,
            )
        seen.add(name)
        reserved = None if m.get("reserved") is None else rd.choice(m["reserved"], f"{here}/reserved", ("female",))
        out.append(Position(name, rd.integer(m["seats"], f"{here}/seats", minimum=1), reserved))
    return tuple(out)


def _election(rd: _Reader, value: object) -> Election:
    m = rd.obj(
        value,
        "/election",
        ("kind", "positions"),
        ("organization", "org_type", "members", "households", "population", "date", "form", "committee"),
    )
    return Election(
        kind=rd.choice(m["kind"], "/election/kind", ELECTION_KINDS),
        positions=_positions(rd, m["positions"], "/election/positions", None),
        organization=rd.opt_text(m, "organization", "/election"),
        org_type=None
        if m.get("org_type") is None
        else rd.choice(m["org_type"], "/election/org_type", ("branch", "general_branch", "primary_committee")),
        members=rd.opt_int(m, "members", "/election"),
        households=rd.opt_int(m, "households", "/election"),
        population=rd.opt_int(m, "population", "/election"),
        date=rd.opt_date(m, "date", "/election"),
        form=None
        if m.get("form") is None
        else rd.choice(
            m["form"], "/election/form", ("all_residents", "household_representatives", "group_representatives")
        ),
        committee=rd.names(m.get("committee") or [], "/election/committee"),
    )


def _electorate(rd: _Reader, value: object) -> Electorate:
    m = rd.obj(value, "/electorate", (), ("expected", "present", "exclusions", "registered"))
    exclusions = []
    for i, e in enumerate(rd.arr(m.get("exclusions", []), "/electorate/exclusions")):
        here = f"/electorate/exclusions/{i}"
        x = rd.obj(e, here, ("name",), ("reason", "upper_approved", "meeting_approved"))
        exclusions.append(
            Exclusion(
                name=rd.name(x["name"], f"{here}/name"),
                reason=rd.opt_text(x, "reason", here),
                upper_approved=rd.boolean(x.get("upper_approved", False), f"{here}/upper_approved"),
                meeting_approved=rd.boolean(x.get("meeting_approved", False), f"{here}/meeting_approved"),
            )
        )
    return Electorate(
        expected=rd.opt_int(m, "expected", "/electorate"),
        present=rd.opt_int(m, "present", "/electorate"),
        exclusions=exclusions,
        registered=rd.opt_int(m, "registered", "/electorate"),
    )


def _candidates(rd: _Reader, value: object, positions: set[str]) -> tuple[Candidate, ...]:
    out = []
    keys: set[str] = set()
    for i, c in enumerate(rd.arr(value, "/candidates")):
        here = f"/candidates/{i}"
        m = rd.obj(
            c,
            here,
            ("name",),
            ("id", "positions", "gender", "ethnicity", "birth_date", "party_since", "education", "incumbent", "flags"),
        )
        cand = Candidate(
            name=rd.name(m["name"], f"{here}/name"),
            id=None if m.get("id") is None else rd.name(m["id"], f"{here}/id"),
            positions=tuple(rd.text(p, f"{here}/positions/{j}") for j, p in enumerate(rd.arr(m.get("positions", []), f"{here}/positions"))),
            gender=None if m.get("gender") is None else rd.choice(m["gender"], f"{here}/gender", ("female", "male")),
            ethnicity=rd.opt_text(m, "ethnicity", here),
            birth_date=rd.opt_date(m, "birth_date", here),
            party_since=rd.opt_date(m, "party_since", here),
            education=rd.opt_text(m, "education", here),
            incumbent=None if m.get("incumbent") is None else rd.boolean(m["incumbent"], f"{here}/incumbent"),
            flags=tuple(rd.text(f, f"{here}/flags/{j}") for j, f in enumerate(rd.arr(m.get("flags", []), f"{here}/flags"))),
        )
        for j, p in enumerate(cand.positions):
            if p not in positions:
                raise rd.fail(
                    f"{here}/positions/{j}", "FMT-REFERENCE", "该职位不在 election.positions 中", "position is not among election.positions", p
                )
        if cand.key in keys:
            raise rd.fail(
                f"{here}/name",
                "FMT-DUPLICATE",
                f"候选人姓名重复：{cand.key}；同名者须各带 id",
                f"duplicate candidate: {cand.key}; homonyms need an id each",
                cand.key,
            )
        keys.add(cand.key)
        out.append(cand)
    return tuple(out)


def _round(rd: _Reader, value: object, path: str, positions: set[str]) -> Round:
    m = rd.obj(
        value,
        path,
        ("kind",),
        ("positions", "candidates", "ballots", "tally", "ballot_records", "declared", "stations", "marks", "date", "targets"),
    )
    kind = rd.choice(m["kind"], f"{path}/kind", ROUND_KINDS)
    if kind == "recall":
        round_positions = (
            _positions(rd, m["positions"], f"{path}/positions", None)
            if "positions" in m
            else (Position("罢免", 1),)
        )
    else:
        if "positions" not in m:
            raise rd.fail(f"{path}/positions", "FMT-REQUIRED", "缺少必填字段 positions", "required field positions is missing")
        round_positions = _positions(rd, m["positions"], f"{path}/positions", positions)
    names = {p.name for p in round_positions}
    candidates = {}
    if "candidates" in m:
        cm = rd.obj(m["candidates"], f"{path}/candidates", (), tuple(names))
        candidates = {pos: rd.names(v, f"{path}/candidates/{_tok(pos)}") for pos, v in cm.items()}
    ballots = None if m.get("ballots") is None else _ballots(rd, m["ballots"], f"{path}/ballots")
    tally = {}
    if "tally" in m:
        tm = rd.obj(m["tally"], f"{path}/tally", (), tuple(names))
        for pos, per in tm.items():
            here = f"{path}/tally/{_tok(pos)}"
            if not isinstance(per, Mapping):
                raise rd.fail(here, "FMT-TYPE", "应为 {姓名: 票数} 对象", "expected an object {name: votes}", _kind(per))
            counts: dict[str, int] = {}
            for who, votes in per.items():
                key = rd.name(who, _join(here, who))
                if key in counts:
                    raise rd.fail(_join(here, who), "FMT-DUPLICATE", f"同一人重复计票：{key}", f"same person twice: {key}", who)
                counts[key] = rd.integer(votes, _join(here, who))
            tally[pos] = freeze(counts)
    records = None
    if m.get("ballot_records") is not None:
        records = _records(rd, m["ballot_records"], f"{path}/ballot_records", names)
    return Round(
        kind=kind,
        positions=round_positions,
        candidates=candidates,
        ballots=ballots,
        tally=tally,
        ballot_records=records,
        declared=None if m.get("declared") is None else _declared(rd, m["declared"], f"{path}/declared"),
        stations=_stations(rd, m.get("stations"), f"{path}/stations"),
        marks=freeze(m["marks"]) if isinstance(m.get("marks"), Mapping) else (
            FrozenDict() if m.get("marks") is None else _bad_obj(rd, f"{path}/marks", m["marks"])
        ),
        date=rd.opt_date(m, "date", path),
        targets=rd.names(m.get("targets", []), f"{path}/targets"),
    )


def _bad_obj(rd: _Reader, path: str, value: object) -> FrozenDict[str, Any]:
    raise rd.fail(path, "FMT-TYPE", "应为 JSON 对象", "expected a JSON object", _kind(value))


def _tok(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def _ballots(rd: _Reader, value: object, path: str) -> Ballots:
    m = rd.obj(value, path, ("issued", "returned"), ("valid", "invalid", "participants"))
    return Ballots(
        issued=rd.integer(m["issued"], f"{path}/issued"),
        returned=rd.integer(m["returned"], f"{path}/returned"),
        valid=rd.opt_int(m, "valid", path),
        invalid=rd.opt_int(m, "invalid", path),
        participants=rd.opt_int(m, "participants", path),
    )


def _stations(rd: _Reader, value: object, path: str) -> tuple[Station, ...]:
    if value is None:
        return ()
    out = []
    for i, s in enumerate(rd.arr(value, path)):
        here = f"{path}/{i}"
        m = rd.obj(s, here, ("name", "issued", "returned"), ("mobile",))
        out.append(
            Station(
                name=rd.text(m["name"], f"{here}/name"),
                issued=rd.integer(m["issued"], f"{here}/issued"),
                returned=rd.integer(m["returned"], f"{here}/returned"),
                mobile=rd.boolean(m.get("mobile", False), f"{here}/mobile"),
            )
        )
    return tuple(out)


def _records(rd: _Reader, value: object, path: str, positions: set[str]) -> tuple[BallotRecord, ...]:
    out = []
    seen: dict[Any, BallotRecord] = {}
    allowed_positions = tuple(positions)
    for i, r in enumerate(rd.arr(value, path)):
        here = f"{path}/{i}"
        if not isinstance(r, Mapping):
            raise rd.fail(here, "FMT-TYPE", "应为 JSON 对象", "expected a JSON object", _kind(r))
        marks = r.get("marks")
        write_ins = r.get("write_ins")
        flags = r.get("flags")
        count = r.get("count", 1)
        # Fast path: an identical pattern seen before shares its frozen parts.
        key = _record_key(marks, write_ins, flags)
        prior = seen.get(key) if key is not None else None
        if prior is not None and set(r) <= {"count", "marks", "write_ins", "flags"}:
            out.append(BallotRecord(rd.integer(count, f"{here}/count", minimum=1), prior.marks, prior.write_ins, prior.flags))
            continue
        m = rd.obj(r, here, ("marks",), ("count", "write_ins", "flags"))
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
                        raise rd.fail(f"{wp}/{j}", "FMT-TYPE", "另选他人应为 [姓名, 符号]", "a write-in is [name, symbol]", _kind(item))
                    pairs.append((rd.name(item[0], f"{wp}/{j}/0"), rd.text(item[1], f"{wp}/{j}/1")))
                parsed_writes[pos] = tuple(pairs)
        parsed_flags = tuple(
            rd.choice(f, f"{here}/flags/{j}", BALLOT_FLAGS) for j, f in enumerate(rd.arr(m.get("flags", []), f"{here}/flags"))
        )
        rec = BallotRecord(rd.integer(count, f"{here}/count", minimum=1), parsed_marks, parsed_writes, parsed_flags)
        if key is not None:
            seen[key] = rec
        out.append(rec)
    return tuple(out)


def _record_key(marks: object, write_ins: object, flags: object) -> Any:
    """A hashable key of a raw record's pattern, or None when it is not plain enough to share."""
    if not isinstance(marks, dict) or not all(isinstance(v, str) for v in marks.values()):
        return None
    if write_ins is not None or (flags is not None and flags != []):
        return None
    return tuple(marks.items())


def _declared(rd: _Reader, value: object, path: str) -> Declared:
    m = rd.obj(value, path, (), ("elected", "void", "void_reason", "next", "seats_after_reduction", "recalled", "nominated"))

    def per_position(key: str) -> FrozenDict[str, tuple[str, ...]] | None:
        if m.get(key) is None:
            return None
        pm = rd.obj(m[key], f"{path}/{key}", (), tuple(m[key]) if isinstance(m[key], Mapping) else ())
        return freeze({pos: rd.names(v, f"{path}/{key}/{_tok(pos)}") for pos, v in pm.items()})

    return Declared(
        elected=per_position("elected"),
        void=None if m.get("void") is None else rd.boolean(m["void"], f"{path}/void"),
        void_reason=rd.opt_text(m, "void_reason", path),
        next=None if m.get("next") is None else rd.choice(m["next"], f"{path}/next", NEXT_STEPS),
        seats_after_reduction=rd.opt_int(m, "seats_after_reduction", path),
        recalled=None if m.get("recalled") is None else rd.names(m["recalled"], f"{path}/recalled"),
        nominated=per_position("nominated"),
    )


def _proxies(rd: _Reader, value: object) -> tuple[Proxy, ...]:
    if value is None:
        return ()
    out = []
    for i, p in enumerate(rd.arr(value, "/proxies")):
        here = f"/proxies/{i}"
        m = rd.obj(
            p, here, ("principal", "proxy"), ("relation", "registered_on", "principal_voted_in_person", "counted")
        )
        out.append(
            Proxy(
                principal=rd.name(m["principal"], f"{here}/principal"),
                proxy=rd.name(m["proxy"], f"{here}/proxy"),
                relation=None if m.get("relation") is None else rd.choice(m["relation"], f"{here}/relation", RELATIONS),
                registered_on=rd.opt_date(m, "registered_on", here),
                principal_voted_in_person=rd.boolean(
                    m.get("principal_voted_in_person", False), f"{here}/principal_voted_in_person"
                ),
                counted=rd.boolean(m.get("counted", True), f"{here}/counted"),
            )
        )
    return tuple(out)


def _officials(rd: _Reader, value: object) -> Officials | None:
    if value is None:
        return None
    m = rd.obj(value, "/officials", (), ("scrutineers", "counters", "assisted_writers"))
    return Officials(
        scrutineers=rd.names(m.get("scrutineers", []), "/officials/scrutineers"),
        counters=rd.names(m.get("counters", []), "/officials/counters"),
        assisted_writers=rd.names(m.get("assisted_writers", []), "/officials/assisted_writers"),
    )


def _relations(rd: _Reader, value: object) -> tuple[Relation, ...]:
    if value is None:
        return ()
    out = []
    for i, r in enumerate(rd.arr(value, "/relations")):
        here = f"/relations/{i}"
        m = rd.obj(r, here, ("a", "b", "relation"), ())
        out.append(
            Relation(
                rd.name(m["a"], f"{here}/a"),
                rd.name(m["b"], f"{here}/b"),
                rd.choice(m["relation"], f"{here}/relation", RELATIONS),
            )
        )
    return tuple(out)


def _timeline(rd: _Reader, value: object) -> FrozenDict[str, str]:
    if value is None:
        return FrozenDict()
    m = rd.obj(value, "/timeline", (), TIMELINE_FIELDS)
    return freeze({k: rd.date(v, f"/timeline/{k}") for k, v in m.items() if v is not None})


def _initiation(rd: _Reader, value: object) -> Initiation | None:
    if value is None:
        return None
    m = rd.obj(value, "/initiation", ("by",), ("signatures", "eligible", "representatives_total"))
    return Initiation(
        by=rd.choice(m["by"], "/initiation/by", ("voters", "representatives")),
        signatures=rd.opt_int(m, "signatures", "/initiation"),
        eligible=rd.opt_int(m, "eligible", "/initiation"),
        representatives_total=rd.opt_int(m, "representatives_total", "/initiation"),
    )


# ---------------------------------------------------------------- tallykit additions (issue 6)

PEOPLE_FIELDS = ("voters", "supervisory_committee", "election_commission", "representatives", "ethnic_population")
VOTER_STATUSES = ("full", "probationary", "party_probation", "rights_suspended", "political_rights_deprived")
# V-REG-1 (组织法 art. 13) and V-2026-REG-1: how a villager came onto the list (docs/format-additions.md).
REGISTRATIONS = ("household_resident", "household_away", "resident_outsider", "village_work")


def _people(rd: _Reader, top: Mapping[str, Any]) -> dict[str, Any]:
    """The optional people lists of docs/format-additions.md (each absent list is empty)."""
    out: dict[str, Any] = {}
    voters = []
    for i, v in enumerate(rd.arr(top.get("voters") or [], "/voters")):
        here = f"/voters/{i}"
        m = rd.obj(v, here, ("name",), ("birth_date", "status", "registration", "approved_on"))
        registration = m.get("registration")
        voters.append(
            Voter(
                name=rd.name(m["name"], f"{here}/name"),
                birth_date=rd.opt_date(m, "birth_date", here),
                status=None if m.get("status") is None else rd.choice(m["status"], f"{here}/status", VOTER_STATUSES),
                registration=None if registration is None else rd.choice(registration, f"{here}/registration", REGISTRATIONS),
                approved_on=rd.opt_date(m, "approved_on", here),
            )
        )
    out["voters"] = _unique(rd, voters, "/voters")
    for key in ("supervisory_committee", "election_commission", "representatives"):
        people = []
        extra = ("withdrew",) if key == "election_commission" else ()
        for i, v in enumerate(rd.arr(top.get(key) or [], f"/{key}")):
            here = f"/{key}/{i}"
            m = rd.obj(v, here, ("name",), ("gender", "birth_date", "ethnicity", *extra))
            people.append(
                Person(
                    name=rd.name(m["name"], f"{here}/name"),
                    gender=None if m.get("gender") is None else rd.choice(m["gender"], f"{here}/gender", ("female", "male")),
                    birth_date=rd.opt_date(m, "birth_date", here),
                    ethnicity=rd.opt_text(m, "ethnicity", here),
                    withdrew=rd.boolean(m.get("withdrew", False), f"{here}/withdrew"),
                )
            )
        out[key] = _unique(rd, people, f"/{key}")
    counts: dict[str, int] = {}
    if top.get("ethnic_population") is not None:
        em = top["ethnic_population"]
        if not isinstance(em, Mapping):
            raise rd.fail("/ethnic_population", "FMT-TYPE", "应为 {民族: 人数} 对象", "expected an object {ethnicity: people}", _kind(em))
        for group, n in em.items():
            counts[group] = rd.integer(n, _join("/ethnic_population", group))
    out["ethnic_population"] = freeze(counts)
    return out


def _unique(rd: _Reader, people: list[Any], path: str) -> tuple[Any, ...]:
    seen: set[str] = set()
    for i, p in enumerate(people):
        if p.name in seen:
            raise rd.fail(f"{path}/{i}/name", "FMT-DUPLICATE", f"姓名重复：{p.name}", f"duplicate name: {p.name}", p.name)
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
