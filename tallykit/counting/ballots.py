"""Per-ballot judgement: every returned ballot is valid, invalid or partly valid, with a reason.

The rules are P-VALID-1…5 and P-MARK-1 (party) and V-BALLOT-*, V-SAME-PERSON-1 (villagers);
which reading applies comes from the profile. Identical ballots are judged once: ``recount``
groups records by pattern, and ballots of marks alone by kind (how many of each meaning each
post's line has), so a million ballots cost one pass plus one judgement per kind.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from itertools import chain, compress, repeat
from operator import attrgetter, mul
from typing import Any

import msgspec
from msgspec.structs import force_setattr

from tallykit import parameters as P
from tallykit import rules
from tallykit.errors import InputError
from tallykit.frozen import FrozenDict, converted, freeze
from tallykit.profiles import Profile
from tallykit.results import BallotRecord, BallotRecords, Round
from tallykit.vocabulary import BallotClass, BallotFlag, Reason

VALID, INVALID, PARTLY_VALID = BallotClass.VALID, BallotClass.INVALID, BallotClass.PARTLY_VALID

# Reason codes: what decided the ballot's class, with the rules behind each.
REASON_RULES: dict[Reason, tuple[str, ...]] = {
    Reason.APPROVALS: ("P-VALID-1",),
    Reason.BLANK: ("P-VALID-4", "V-BALLOT-BLANK-1"),
    Reason.NO_APPROVAL: ("P-VALID-4",),
    Reason.OVER_QUOTA: ("P-VALID-1", "V-BALLOT-OVERVOTE-1"),
    Reason.IDENTIFYING_MARK: ("P-VALID-2",),
    Reason.UNREADABLE: ("P-VALID-3", "V-BALLOT-ILLEGIBLE-1"),
    Reason.TORN: ("P-VALID-3",),
    Reason.PART_UNREADABLE: ("P-VALID-3", "V-BALLOT-ILLEGIBLE-1"),
    Reason.SECTION_OVER_QUOTA: ("V-BALLOT-OVERVOTE-1",),
    Reason.WRITEIN_WITHOUT_MARK: ("P-MARK-1",),
}

# Notes: things on a counted ballot that did not change its class but did change its votes.
NOTE_RULES: dict[str, tuple[str, ...]] = {
    "writein_without_mark": ("P-MARK-1",),
    "writein_without_disapproval": ("P-VALID-5",),
    "writein_duplicates_candidate": ("P-VALID-5",),
    "writein_disapproved": ("P-VALID-5", "V-BALLOT-ILLEGIBLE-1"),
    "writein_unreadable": ("P-VALID-3",),
    "line_unreadable": ("P-VALID-3",),
    "section_over_quota": ("V-BALLOT-OVERVOTE-1",),
    "same_person_lower_post": ("V-SAME-PERSON-1",),
    "same_person_voided": ("V-SAME-PERSON-1",),
    "identifying_mark_flagged": ("P-VALID-2",),
}


class Layout(msgspec.Struct, frozen=True):
    """What a ballot of a round looks like: positions in order, seats, printed names in order."""

    positions: tuple[tuple[str, int], ...]
    printed: FrozenDict[str, tuple[str, ...]]

    def __post_init__(self) -> None:
        converted(self, printed=freeze)

    @classmethod
    def of(cls, rnd: Round) -> Layout:
        return cls(
            positions=tuple((p.name, p.seats) for p in rnd.positions),
            printed=FrozenDict({p.name: rnd.candidates.get(p.name, ()) for p in rnd.positions}),
        )


class Note(msgspec.Struct, frozen=True):
    """A change to one ballot's votes that did not change its class."""

    code: str
    position: str
    name: str | None = None

    @property
    def rules(self) -> tuple[str, ...]:
        return NOTE_RULES[self.code]


class Verdict(msgspec.Struct, frozen=True):
    """The judgement of one ballot pattern: class, reason, the votes it gives, and notes."""

    status: BallotClass
    reason: Reason
    approvals: FrozenDict[str, tuple[str, ...]] = msgspec.field(default_factory=FrozenDict)
    notes: tuple[Note, ...] = ()

    def __post_init__(self) -> None:
        # Made once per ballot pattern: the test and force_setattr written out (cheaper than
        # frozen.converted); callers in tallykit already pass a FrozenDict.
        if type(self.approvals) is not FrozenDict:
            force_setattr(self, "approvals", freeze(self.approvals))

    @property
    def rules(self) -> tuple[str, ...]:
        return REASON_RULES[self.reason]

    @property
    def counted(self) -> bool:
        """Valid and partly valid ballots are 有效票; only invalid ones are 无效票."""
        return self.status != INVALID


def _meaning(marks: Mapping[str, str], symbol: str, path: str) -> str:
    if symbol == "":
        return "abstain"
    try:
        return marks[symbol]
    except KeyError:
        known = "".join(sorted(marks)).replace(" ", "␠")
        raise InputError.worded("unknown_symbol", path=path, rule="P-MARK-1", value=symbol, symbol=symbol, known=known) from None


class Line(msgspec.Struct, frozen=True):
    """What one post's line of printed names says: who is approved, how many are disapproved,
    whether any symbol could be read, the names whose symbol could not, and what the line
    notes on any counted ballot (a ``line_unreadable`` for each such name)."""

    approved: tuple[str, ...]
    disapproved: int
    readable: bool
    unreadable: tuple[str, ...]
    notes: tuple[Note, ...] = ()


# Each symbol of a line is read as the letter of its meaning (``Judging.letters``); abstain
# is "o".
_A, _D, _U = "a", "d", "u"
LINE_UNREADABLE = "line_unreadable"
_LETTERS = {"approve": _A, "disapprove": _D, "unreadable": _U}


def _line(position: str, printed: tuple[str, ...], letters: str) -> Line:
    """Read one line: the names picked out by the letter of their symbol's meaning."""
    approved = tuple(compress(printed, map(_A.__eq__, letters)))
    unreadable = tuple(compress(printed, map(_U.__eq__, letters))) if _U in letters else ()
    return Line(
        approved,
        letters.count(_D),
        len(unreadable) < len(letters),
        unreadable,
        tuple(Note(LINE_UNREADABLE, position, name) for name in unreadable) if unreadable else (),
    )


_NO_LINE = Line((), 0, False, ())  # a post the ballot has no marks for


class Judging:
    """What judging the ballots of one layout under one profile reads again and again: the
    profile's readings, each post's lines as read so far (a line is read once, however many
    patterns share it), and whether a person is printed on several posts (only then can one
    post's marks change another's, V-SAME-PERSON-1)."""

    __slots__ = ("meanings", "known", "letters", "ballot_scope", "shared_names", "lines")

    def __init__(self, layout: Layout, profile: Profile) -> None:
        self.meanings: Mapping[str, str] = profile[P.MARKS]
        self.known = frozenset(self.meanings)
        self.letters = str.maketrans({s: _LETTERS.get(m, "o") for s, m in self.meanings.items()})
        self.ballot_scope = _scope(profile) == "ballot"
        names = [n for p in {p for p, _ in layout.positions} for n in set(layout.printed[p])]
        self.shared_names = len(set(names)) < len(names) or len(layout.positions) != len(
            {p for p, _ in layout.positions}
        )
        self.lines: dict[str, dict[str, Line]] = {p: {} for p, _ in layout.positions}

    def line(self, layout: Layout, position: str, symbols: str, path: str) -> Line:
        """The line of ``symbols`` on post ``position`` (``path``: the record's): FMT-MARKS when
        the symbols are not as many as the printed names, P-MARK-1 for a symbol the profile
        does not know."""
        line = self.lines[position].get(symbols)
        if line is None:
            printed = layout.printed[position]
            if len(symbols) != len(printed):
                raise InputError.worded("symbols_count", path=f"{path}/marks/{position}", rule="FMT-MARKS", value=symbols, symbols=len(symbols), position=position, printed=len(printed))
            if not self.known.issuperset(symbols):
                i = next(i for i, symbol in enumerate(symbols) if symbol not in self.known)
                _meaning(self.meanings, symbols[i], f"{path}/marks/{position}/{i}")
            line = self.lines[position][symbols] = _line(position, printed, symbols.translate(self.letters))
        return line


def classify(
    record: BallotRecord,
    layout: Layout,
    profile: Profile,
    *,
    path: str = "",
    judging: Judging | None = None,
) -> Verdict:
    """Judge one ballot (pattern) under ``profile``. ``judging``: what the ballots judged
    before under the same layout and profile read (filled in as it goes).

    Order (P-BALLOT-2 step 4): ballot-level flags; each section's lines and write-ins; the same
    person on several posts (villagers); over-quota by the profile's scope; wholly unreadable;
    write-ins from voters who disapproved nobody.

    >>> from tallykit.profiles import BUILTIN
    >>> lay = Layout(positions=(("委员", 2),), printed={"委员": ("甲", "乙", "丙")})
    >>> classify(BallotRecord(1, {"委员": "○○○"}), lay, BUILTIN["party-2020"]).reason
    <Reason.OVER_QUOTA: 'over_quota'>
    >>> classify(BallotRecord(1, {"委员": "○×?"}), lay, BUILTIN["party-2020"]).status
    <BallotClass.PARTLY_VALID: 'partly_valid'>
    """
    judging = Judging(layout, profile) if judging is None else judging
    marks = judging.meanings
    notes: list[Note] = []
    if record.flags:
        if BallotFlag.IDENTIFYING_MARK in record.flags and profile[P.IDENTIFYING_MARK_SPOILS]:
            return Verdict(INVALID, Reason.IDENTIFYING_MARK)
        if BallotFlag.UNREADABLE in record.flags:
            return Verdict(INVALID, Reason.UNREADABLE)
        if BallotFlag.TORN in record.flags:
            return Verdict(INVALID, Reason.TORN)
        if BallotFlag.IDENTIFYING_MARK in record.flags:
            notes.append(Note("identifying_mark_flagged", ""))

    sections: dict[str, dict[str, Any]] = {}
    readable_any = False
    unreadable_any = False
    for position, seats in layout.positions:
        symbols = record.marks.get(position)
        if symbols is None:
            line = _NO_LINE
        else:
            line = judging.lines[position].get(symbols) or judging.line(layout, position, symbols, path)
        approved = line.approved
        disapproved = line.disapproved
        readable_any = readable_any or line.readable
        if line.unreadable:
            unreadable_any = True
            notes.extend(line.notes)
        written: list[str] = []
        for j, (name, symbol) in enumerate(record.write_ins.get(position, ())):
            meaning = _meaning(marks, symbol, f"{path}/write_ins/{position}/{j}/1")
            if meaning == "abstain":
                rule = profile[P.WRITEIN_WITHOUT_MARK]
                if rule == "void_ballot":
                    return Verdict(INVALID, Reason.WRITEIN_WITHOUT_MARK)
                if rule == "approve":
                    meaning = "approve"
                else:
                    notes.append(Note("writein_without_mark", position, name))
                    readable_any = True
                    continue
            if meaning == "unreadable":
                unreadable_any = True
                notes.append(Note("writein_unreadable", position, name))
                continue
            readable_any = True
            if meaning == "disapprove":
                notes.append(Note("writein_disapproved", position, name))
                continue
            if name in layout.printed[position] or name in written:
                notes.append(Note("writein_duplicates_candidate", position, name))
                continue
            written.append(name)
        sections[position] = {"seats": seats, "approved": approved, "written": written, "x": disapproved}

    if judging.shared_names or record.write_ins:
        _same_person(sections, layout, profile, notes)

    voided: list[str] = []
    for position, s in sections.items():
        chosen = len(s["approved"]) + len(s["written"])
        if rules.over_quota(chosen, s["seats"]):
            if judging.ballot_scope:
                return Verdict(INVALID, Reason.OVER_QUOTA)
            voided.append(position)
            notes.append(Note("section_over_quota", position))
    if voided and len(voided) == len(sections):
        return Verdict(INVALID, Reason.OVER_QUOTA)
    if unreadable_any and not readable_any:
        return Verdict(INVALID, Reason.UNREADABLE)

    approvals: dict[str, tuple[str, ...]] = {}
    for position, s in sections.items():
        if position in voided:
            continue
        written = s["written"]
        if len(written) > s["x"] and profile[P.ABSTAINER_WRITEIN] == "no_vote":
            for name in written[s["x"] :]:
                notes.append(Note("writein_without_disapproval", position, name))
            written = written[: s["x"]]
        votes = tuple(s["approved"]) + tuple(written) if written else tuple(s["approved"])
        if votes:
            approvals[position] = votes
    given = FrozenDict(approvals)
    if voided:
        return Verdict(PARTLY_VALID, Reason.SECTION_OVER_QUOTA, given, tuple(notes))
    if unreadable_any:
        return Verdict(PARTLY_VALID, Reason.PART_UNREADABLE, given, tuple(notes))
    if approvals:
        return Verdict(VALID, Reason.APPROVALS, given, tuple(notes))
    blank = not any(record.write_ins.values()) and _all_abstain(record, marks)
    return Verdict(VALID, Reason.BLANK if blank else Reason.NO_APPROVAL, given, tuple(notes))


def _all_abstain(record: BallotRecord, marks: Mapping[str, str]) -> bool:
    return all(marks.get(ch, "abstain") == "abstain" for s in record.marks.values() for ch in s)


def _scope(profile: Profile) -> str:
    return str(profile[P.OVERVOTE_SCOPE])


def _same_person(sections: dict[str, dict[str, Any]], layout: Layout, profile: Profile, notes: list[Note]) -> None:
    """V-SAME-PERSON-1: a person marked for several posts counts only for the highest (posts in
    ballot order, highest first), or, under ``void_person``, for none of them; applied before
    the over-vote test. Under ``same_person_void_higher = keep_lower`` (with section voiding) a
    higher section that is itself over-voted counts nobody, so it takes no one's lower mark.
    Party profiles have no such parameter: their multi-post ballots are rare and the rule is a
    villagers' practice."""
    if not profile.applies(P.SAME_PERSON_MULTI_POST):
        return
    if profile[P.SAME_PERSON_MULTI_POST] == "void_person":
        posts: Counter[str] = Counter()
        for s in sections.values():
            posts.update(set(s["approved"]) | set(s["written"]))
        twice = {name for name, n in posts.items() if n > 1}
        for position, _ in layout.positions:
            s = sections[position]
            for key in ("approved", "written"):
                notes.extend(Note("same_person_voided", position, n) for n in s[key] if n in twice)
                s[key] = [n for n in s[key] if n not in twice]
        return
    keep_lower = profile[P.SAME_PERSON_VOID_HIGHER] == "keep_lower" and _scope(profile) == "section"
    seen: set[str] = set()
    for position, _ in layout.positions:
        s = sections[position]
        for key in ("approved", "written"):
            kept = []
            for name in s[key]:
                if name in seen:
                    notes.append(Note("same_person_lower_post", position, name))
                else:
                    kept.append(name)
            s[key] = kept
        if keep_lower and rules.over_quota(len(s["approved"]) + len(s["written"]), s["seats"]):
            continue  # a void section counts nobody, so its names stay countable lower down
        seen.update(s["approved"])
        seen.update(s["written"])


class ClassCount(msgspec.Struct, frozen=True):
    """How many returned ballots fell in one class for one reason, and the first record's index."""

    status: BallotClass
    reason: Reason
    count: int
    first_record: int

    @property
    def rules(self) -> tuple[str, ...]:
        return REASON_RULES[self.reason]


class Recount(msgspec.Struct, frozen=True):
    """A full recount of a round's ballot records: classes with reasons, and the tally."""

    returned: int
    valid: int
    partly_valid: int
    invalid: int
    classes: tuple[ClassCount, ...]
    tally: FrozenDict[str, FrozenDict[str, int]]
    notes: tuple[tuple[Note, int], ...] = ()

    def __post_init__(self) -> None:
        converted(self, tally=freeze)

    @property
    def counted(self) -> int:
        """有效票: valid plus partly valid."""
        return self.valid + self.partly_valid


def recount(records: Iterable[BallotRecord], layout: Layout, profile: Profile, *, path: str = "") -> Recount:
    """Judge every record and tally approvals; identical patterns are judged once, and ballots
    of marks alone once per kind (``_kinds``).

    Conservation holds by construction and is tested: ``valid + partly_valid + invalid ==
    returned``, and every record lands in exactly one class.
    """
    grouped = BallotRecords.of(records)
    patterns, first = grouped.patterns, grouped.first
    judging = Judging(layout, profile)
    by_class: dict[tuple[BallotClass, Reason], list[int]] = {}
    tally: dict[str, dict[str, int]] = {p: dict.fromkeys(layout.printed[p], 0) for p, _ in layout.positions}
    notes: Counter[Note] = Counter()
    totals = {VALID: 0, PARTLY_VALID: 0, INVALID: 0}

    def add(verdict: Verdict, n: int, index: int) -> None:
        totals[verdict.status] += n
        slot = by_class.setdefault((verdict.status, verdict.reason), [0, index])
        slot[0] += n
        slot[1] = min(slot[1], index)

    kinds = _kinds(patterns, layout, judging)
    alone = range(len(patterns)) if kinds is None else sorted(set(range(len(patterns))).difference(kinds.plain))
    for j in alone:
        rec, index = patterns[j], first[j]
        verdict = classify(rec, layout, profile, path=f"{path}/{index}", judging=judging)
        add(verdict, rec.count, index)
        for position, names in verdict.approvals.items():
            per = tally[position]
            for name in names:
                per[name] = per.get(name, 0) + rec.count
        for note in verdict.notes:
            notes[note] += rec.count
    if kinds is not None:
        _tally_kinds(kinds, patterns, first, layout, profile, judging, path, add, tally, notes)

    order = {VALID: 0, PARTLY_VALID: 1, INVALID: 2}
    classes = tuple(
        ClassCount(status, reason, c, idx)
        for (status, reason), (c, idx) in sorted(by_class.items(), key=lambda kv: (order[kv[0][0]], kv[0][1]))
    )
    return Recount(
        returned=sum(totals.values()),
        valid=totals[VALID],
        partly_valid=totals[PARTLY_VALID],
        invalid=totals[INVALID],
        classes=classes,
        tally=FrozenDict({p: freeze(t) for p, t in tally.items()}),
        notes=tuple(sorted(notes.items(), key=lambda kv: (kv[0].position, kv[0].code, kv[0].name or ""))),
    )


class _Kinds(msgspec.Struct, frozen=True):
    """The ballots of marks alone in a round's patterns, grouped by kind: ``plain`` their
    pattern indices; ``kinds`` each kind's members (indices into ``plain``, in pattern order);
    ``letters`` each post's lines read as letters (``Judging.letters``, ``""`` where the
    ballot has no marks for the post), one per member of ``plain``."""

    plain: list[int]
    kinds: list[list[int]]
    letters: dict[str, list[str]]


def _kinds(patterns: tuple[BallotRecord, ...], layout: Layout, judging: Judging) -> _Kinds | None:
    """Ballots of marks alone (no flags, no write-ins, no line for a post the layout lacks:
    whether a ballot is blank reads every line it has) grouped by how many approvals,
    disapprovals, unreadable symbols and symbols each post's line has. Judging reads nothing
    else of such a ballot but the names its letters pick out (``classify``: flags, write-ins
    and V-SAME-PERSON-1 are the only other inputs), so a kind's ballots share class, reason,
    counted posts and nameless notes, and ``_tally_kinds`` judges one ballot of each kind.

    Each post's distinct lines are read once (most ballots share their line for a post with
    others); everything else is the interpreter's own loops over all ballots at once. None when
    a person is printed on two posts (names decide then) or when a line is malformed (then
    every pattern is judged on its own and the first malformed one is reported)."""
    if judging.shared_names:
        return None
    posts = {position for position, _ in layout.positions}
    plain = [j for j, r in enumerate(patterns) if not (r.flags or r.write_ins)]
    marks = list(map(attrgetter("marks"), map(patterns.__getitem__, plain)))
    if not posts.issuperset(chain.from_iterable(marks)):
        plain = [j for j, m in zip(plain, marks) if posts.issuperset(m)]
        marks = list(map(attrgetter("marks"), map(patterns.__getitem__, plain)))
    letters: dict[str, list[str]] = {}
    facts = []
    for position, _ in layout.positions:
        k = len(layout.printed[position])
        symbols: list[str] = list(map(dict.get, marks, repeat(position), repeat("")))
        given = sum(map(dict.__contains__, marks, repeat(position)))
        # Every line as long as the names printed, and no post's line given empty.
        distinct = list(dict.fromkeys(symbols))
        if not {0, k}.issuperset(map(len, distinct)) or symbols.count("") != len(symbols) - given * (k > 0):
            return None
        if not judging.known.issuperset("".join(distinct)):
            return None
        read = list(map(str.translate, distinct, repeat(judging.letters)))
        letters[position] = list(map(dict(zip(distinct, read)).__getitem__, symbols))
        fact = zip(
            map(str.count, read, repeat(_A)), map(str.count, read, repeat(_D)), map(str.count, read, repeat(_U)), map(len, read)
        )
        facts.append(map(dict(zip(distinct, fact)).__getitem__, symbols))
    kinds: dict[tuple[Any, ...], list[int]] = {}
    for q, key in enumerate(zip(*facts)):
        kinds.setdefault(key, []).append(q)
    return _Kinds(plain, list(kinds.values()), letters)


def _tally_kinds(
    found: _Kinds,
    patterns: tuple[BallotRecord, ...],
    first: tuple[int, ...],
    layout: Layout,
    profile: Profile,
    judging: Judging,
    path: str,
    add: Any,
    tally: dict[str, dict[str, int]],
    notes: Counter[Note],
) -> None:
    """Judge one ballot of each kind (its first), count the kind in that class, and add up
    the names the kind's ballots approve (on the posts the judged one counts) and those whose
    symbol could not be read (``line_unreadable``, on the posts it notes), column by column."""
    counts = [patterns[j].count for j in found.plain]
    approving: dict[str, list[int]] = {p: [] for p, _ in layout.positions}
    unreadable: dict[str, list[int]] = {p: [] for p, _ in layout.positions}
    for members in found.kinds:
        j = found.plain[members[0]]
        verdict = classify(patterns[j], layout, profile, path=f"{path}/{first[j]}", judging=judging)
        n = sum(map(counts.__getitem__, members))
        add(verdict, n, min(map(first.__getitem__, map(found.plain.__getitem__, members))))
        for position in verdict.approvals:
            approving[position] += members
        for position in dict.fromkeys(note.position for note in verdict.notes if note.code == LINE_UNREADABLE):
            unreadable[position] += members
        for note in verdict.notes:
            if note.code != LINE_UNREADABLE:
                notes[note] += n
    for position, _ in layout.positions:
        printed = layout.printed[position]
        lines = found.letters[position]
        for letter, members in ((_A, approving[position]), (_U, unreadable[position])):
            if not members:
                continue
            per_name = _column_counts(list(map(lines.__getitem__, members)), list(map(counts.__getitem__, members)), letter, len(printed))
            for name, n in zip(printed, per_name):
                if letter == _A:
                    tally[position][name] += n
                elif n:
                    notes[Note(LINE_UNREADABLE, position, name)] += n


# Up to this many letters, ``_column_counts`` writes each line out as many times as its ballots.
_SPELLED_OUT = 1 << 20


def _column_counts(lines: list[str], weights: list[int], letter: str, width: int) -> list[int]:
    """For each column of lines ``width`` letters long: how many ballots have ``letter`` there
    (line ``j`` stands for ``weights[j]`` ballots)."""
    if sum(weights) * width <= _SPELLED_OUT:
        text = "".join(map(mul, lines, weights))
        return [text[i::width].count(letter) for i in range(width)]
    text = "".join(lines)
    return [sum(compress(weights, map(letter.__eq__, text[i::width]))) for i in range(width)]
