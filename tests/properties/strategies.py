"""Hypothesis strategies for both families' ballots and rounds, including targeted boundary
shapes, and the same cases drawn for either family (``FAMILIES``) for the properties stated once.

Party ballots are built by drawing subsets of the drawn printed list (approved, then crossed out
of the rest); party rounds by drawing counts that pass or fail the gates. ``results_json`` turns
a drawn round into the results format, so the tests go through ``parse_results`` like a real
file. Villagers' ballots are any marks on the three-section ballot of ``oracle.LAYOUT``, under
every reading of V-SAME-PERSON-1 and V-BALLOT-OVERVOTE-1; villagers' elections are per-post
tallies where people stand for several posts.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from hypothesis import strategies as st

from tallykit import parameters as P
from tallykit.counting.ballots import Layout
from tallykit.parameters import PARAMETERS
from tallykit.profiles import BUILTIN, Profile, extend_profile
from tallykit.results import BALLOT_FLAGS, BallotRecord
from tests.properties.oracle import LAYOUT, SYMBOLS
from tests.support.villager_build import villager, with_params

FAMILIES = ("party", "villager")

POSITION = "委员"
PRINTED_NAMES = ("丁一", "王二", "刘三", "李四", "张五", "陈六", "周七", "赵八", "孙九")
WRITEIN_NAMES = ("钱甲", "吴乙", "郑丙", "冯丁")
PARTY_2020 = BUILTIN["party-2020"]


class PartyRound(NamedTuple):
    """One formal party round as drawn: counts, seats, the printed list, a tally or records."""

    expected: int
    present: int
    issued: int
    returned: int
    seats: int
    printed: tuple[str, ...]
    tally: dict[str, int] | None = None
    records: tuple[BallotRecord, ...] | None = None


def symbols(profile: Profile, meaning: str) -> list[str]:
    """The profile's symbols that mean ``meaning`` (P-MARK-1), in a fixed order."""
    return sorted(s for s, m in profile[P.MARKS].items() if m == meaning)


def party_profiles() -> st.SearchStrategy[Profile]:
    """Both built-in party profiles with the ballot readings varied: an unmarked write-in
    (P-MARK-1), a write-in without a cross (P-VALID-5), identifying marks (P-VALID-2)."""

    def make(base: str, unmarked: str, abstainer: str, spoils: bool) -> Profile:
        values = {"writein_without_mark": unmarked, "abstainer_writein": abstainer}
        return extend_profile(BUILTIN[base], {**values, "identifying_mark_spoils": spoils})

    return st.builds(
        make,
        st.sampled_from(["party-2020", "party-1990"]),
        st.sampled_from(PARAMETERS["writein_without_mark"].values),
        st.sampled_from(PARAMETERS["abstainer_writein"].values),
        st.booleans(),
    )


def printed_lists(*, min_size: int = 1, max_size: int = 7) -> st.SearchStrategy[tuple[str, ...]]:
    """Printed candidate lists: distinct names in ballot order."""
    if not 1 <= min_size <= max_size <= len(PRINTED_NAMES):
        raise ValueError(
            f"need 1 <= min_size <= max_size <= {len(PRINTED_NAMES)}, got {min_size}, {max_size}"
        )
    names = st.lists(
        st.sampled_from(PRINTED_NAMES), min_size=min_size, max_size=max_size, unique=True
    )
    return names.map(tuple)


@st.composite
def ballot_records(
    draw: st.DrawFn,
    printed: tuple[str, ...],
    *,
    profile: Profile = PARTY_2020,
    max_write_ins: int = 2,
    max_count: int = 1,
    flagged: bool = True,
    approved: tuple[int, int] | None = None,
) -> BallotRecord:
    """A ballot: approvals and crosses drawn as subsets of ``printed``, the rest blank or
    unreadable, write-ins with any symbol, and (when ``flagged``) sometimes a ballot flag.
    ``approved`` bounds the number of approvals drawn, for targeted shapes."""
    lo, hi = approved if approved is not None else (0, len(printed))
    yes = draw(st.sets(st.sampled_from(printed), min_size=lo, max_size=hi)) if printed else set()
    rest = [n for n in printed if n not in yes]
    no = draw(st.sets(st.sampled_from(rest))) if rest else set()
    other = symbols(profile, "abstain") + symbols(profile, "unreadable")
    line: list[str] = []
    for name in printed:
        if name in yes:
            line.append(draw(st.sampled_from(symbols(profile, "approve"))))
        elif name in no:
            line.append(draw(st.sampled_from(symbols(profile, "disapprove"))))
        else:
            line.append(draw(st.sampled_from(other)))
    write_ins = draw(
        st.lists(
            st.tuples(st.sampled_from(WRITEIN_NAMES), st.sampled_from(sorted(profile[P.MARKS]))),
            max_size=max_write_ins,
            unique_by=lambda w: w[0],
        )
    )
    flags = draw(st.lists(st.sampled_from(BALLOT_FLAGS), max_size=1)) if flagged else []
    count = draw(st.integers(min_value=1, max_value=max_count))
    return BallotRecord(
        count, {POSITION: "".join(line)}, {POSITION: tuple(write_ins)} if write_ins else {}, flags
    )


def invalid_ballot_records(printed: tuple[str, ...], seats: int) -> st.SearchStrategy[BallotRecord]:
    """Ballots that are invalid whatever else they say: a spoiling flag, or over the quota."""
    flagged = st.builds(
        BallotRecord,
        st.integers(min_value=1, max_value=3),
        st.just({POSITION: " " * len(printed)}),
        st.just({}),
        st.sampled_from(BALLOT_FLAGS).map(lambda f: (f,)),
    )
    if seats >= len(printed):
        return flagged
    over = ballot_records(printed, max_count=3, approved=(seats + 1, len(printed)), flagged=False)
    return st.one_of(flagged, over)


@st.composite
def gate_counts(draw: st.DrawFn, *, returned: int | None = None) -> tuple[int, int, int, int]:
    """(expected, present, issued, returned), sometimes short of quorum or over-returned."""
    if returned is None:
        returned = draw(st.integers(min_value=0, max_value=40))
    issued = draw(st.integers(min_value=max(0, returned - 1), max_value=returned + 3))
    present = draw(st.integers(min_value=max(1, issued), max_value=max(1, issued) + 5))
    expected = draw(st.integers(min_value=present, max_value=present + present // 3 + 2))
    return expected, present, issued, returned


@st.composite
def party_rounds(
    draw: st.DrawFn, *, min_candidates: int = 1, max_candidates: int = 7, with_records: bool = False
) -> PartyRound:
    """Formal party rounds with a tally, or (``with_records``) with the ballots themselves."""
    printed = draw(printed_lists(min_size=min_candidates, max_size=max_candidates))
    seats = draw(st.integers(min_value=1, max_value=len(printed)))
    if with_records:
        records = tuple(draw(st.lists(ballot_records(printed, max_count=4), max_size=8)))
        expected, present, issued, returned = draw(
            gate_counts(returned=sum(r.count for r in records))
        )
        return PartyRound(expected, present, issued, returned, seats, printed, records=records)
    expected, present, issued, returned = draw(gate_counts())
    votes = st.integers(min_value=0, max_value=returned)
    tally = draw(st.fixed_dictionaries({n: votes for n in printed}))
    return PartyRound(expected, present, issued, returned, seats, printed, tally=tally)


@st.composite
def _passing_rounds(
    draw: st.DrawFn, votes_of: Any, *, min_candidates: int = 1, even: bool = False
) -> PartyRound:
    """Rounds whose gates pass under both party profiles (present == expected, none lost), so
    the threshold base is the same number; ``votes_of(draw, printed, seats, base)`` gives the
    tally. A boundary tie needs a candidate beyond the seats, hence ``min_candidates``."""
    printed = draw(printed_lists(min_size=min_candidates))
    seats = draw(
        st.integers(min_value=1, max_value=len(printed) - (1 if min_candidates > 1 else 0))
    )
    base = (
        draw(st.integers(min_value=2, max_value=25)) * 2
        if even
        else draw(st.integers(min_value=4, max_value=50))
    )
    return PartyRound(
        base, base, base, base, seats, printed, tally=votes_of(draw, printed, seats, base)
    )


def _one_with(draw: st.DrawFn, printed: tuple[str, ...], votes: int, base: int) -> dict[str, int]:
    tally = {n: draw(st.integers(min_value=0, max_value=base)) for n in printed}
    tally[draw(st.sampled_from(printed))] = votes
    return tally


def exactly_half_rounds() -> st.SearchStrategy[PartyRound]:
    """One candidate has exactly half of an even base (2*A == base): not elected (P-ELECT-1)."""
    return _passing_rounds(
        lambda draw, printed, seats, base: _one_with(draw, printed, base // 2, base), even=True
    )


def one_over_half_rounds() -> st.SearchStrategy[PartyRound]:
    """One candidate has the fewest votes that clear the base, base // 2 + 1 (P-ELECT-1)."""
    return _passing_rounds(
        lambda draw, printed, seats, base: _one_with(draw, printed, base // 2 + 1, base)
    )


def last_seat_tie_rounds() -> st.SearchStrategy[PartyRound]:
    """Two or more over the threshold share the votes of the last seat (P-ELECT-3)."""

    def votes_of(
        draw: st.DrawFn, printed: tuple[str, ...], seats: int, base: int
    ) -> dict[str, int]:
        tie = draw(st.integers(min_value=base // 2 + 1, max_value=base - (1 if seats > 1 else 0)))
        ahead = [draw(st.integers(min_value=tie + 1, max_value=base)) for _ in range(seats - 1)]
        tied = draw(st.integers(min_value=2, max_value=len(printed) - seats + 1))
        votes = ahead + [tie] * tied
        votes += [draw(st.integers(min_value=0, max_value=tie - 1)) for _ in printed[len(votes) :]]
        return dict(zip(draw(st.permutations(printed)), votes))

    return _passing_rounds(votes_of, min_candidates=2)


def nobody_over_rounds() -> st.SearchStrategy[PartyRound]:
    """Nobody clears the threshold: every seat goes to a supplementary round (P-ELECT-4)."""

    def votes_of(
        draw: st.DrawFn, printed: tuple[str, ...], seats: int, base: int
    ) -> dict[str, int]:
        return {n: draw(st.integers(min_value=0, max_value=base // 2)) for n in printed}

    return _passing_rounds(votes_of)


@st.composite
def all_invalid_rounds(draw: st.DrawFn) -> PartyRound:
    """Every returned ballot is invalid, so nobody has a vote (P-VALID-1, P-VALID-2)."""
    printed = draw(printed_lists())
    seats = draw(st.integers(min_value=1, max_value=len(printed)))
    records = tuple(draw(st.lists(invalid_ballot_records(printed, seats), min_size=1, max_size=6)))
    returned = sum(r.count for r in records)
    return PartyRound(returned, returned, returned, returned, seats, printed, records=records)


def record_json(record: BallotRecord) -> dict[str, Any]:
    """A ballot record as the results format writes it."""
    out: dict[str, Any] = {"count": record.count, "marks": dict(record.marks)}
    if record.write_ins:
        out["write_ins"] = {p: [list(w) for w in ws] for p, ws in record.write_ins.items()}
    if record.flags:
        out["flags"] = list(record.flags)
    return out


def results_json(
    rnd: PartyRound, *, profile: str = "party-2020", kind: str = "party_committee"
) -> dict[str, Any]:
    """A drawn round as a ``tallykit.results/1`` object."""
    seats = [{"name": POSITION, "seats": rnd.seats}]
    body: dict[str, Any] = {
        "kind": "formal",
        "positions": seats,
        "candidates": {POSITION: list(rnd.printed)},
        "ballots": {"issued": rnd.issued, "returned": rnd.returned},
    }
    if rnd.records is not None:
        body["ballot_records"] = [record_json(r) for r in rnd.records]
    else:
        body["tally"] = {POSITION: dict(rnd.tally or {})}
    return {
        "format": "tallykit.results/1",
        "profile": profile,
        "election": {"kind": kind, "positions": seats},
        "electorate": {"expected": rnd.expected, "present": rnd.present},
        "candidates": [],
        "rounds": [body],
    }


def rec(
    marks: str, *write_ins: tuple[str, str], flags: tuple[str, ...] = (), n: int = 1
) -> BallotRecord:
    """A party ballot record, short for pinned examples: the marks of the printed lines, then
    write-ins as (name, symbol)."""
    return BallotRecord(n, {POSITION: marks}, {POSITION: write_ins} if write_ins else {}, flags)


def party_layout(printed: tuple[str, ...], seats: int) -> Layout:
    """The one-post party ballot."""
    return Layout(positions=((POSITION, seats),), printed={POSITION: printed})


# ---------------------------------------------------------------- villagers' and residents'


VILLAGER_LAYOUT = Layout(
    positions=tuple((p, s) for p, s, _ in LAYOUT), printed={p: names for p, _, names in LAYOUT}
)
VILLAGER_SEATS = {"主任": 1, "副主任": 1, "委员": 2}
VILLAGER_PEOPLE = ("甲", "乙", "丙", "丁", "戊")
SCOPES = st.sampled_from(["section", "ballot"])
SAME = st.sampled_from(["highest_only", "void_person"])
VOID_HIGHER = st.sampled_from(["drop_lower", "keep_lower"])


def villager_profile(scope: str, same: str, void_higher: str = "drop_lower") -> Profile:
    """villager-2018 with the over-vote scope and both same-person readings set."""
    values = {
        "overvote_scope": scope,
        "same_person_multi_post": same,
        "same_person_void_higher": void_higher,
    }
    return extend_profile(BUILTIN["villager-2018"], values)


def villager_profiles() -> st.SearchStrategy[Profile]:
    return st.builds(villager_profile, SCOPES, SAME, VOID_HIGHER)


villager_marks = st.fixed_dictionaries(
    {
        post: st.text(alphabet=SYMBOLS, min_size=len(names), max_size=len(names))
        for post, _, names in LAYOUT
    }
)
villager_decks = st.lists(st.tuples(st.integers(1, 5), villager_marks), min_size=1, max_size=12)


def villager_records(deck: list[tuple[int, dict[str, str]]]) -> list[BallotRecord]:
    return [BallotRecord(n, marks) for n, marks in deck]


@st.composite
def villager_elections(draw: st.DrawFn) -> tuple[int, int, dict[str, dict[str, int]]]:
    """Participants, a registered list they are more than half of, and per-post tallies where
    people may stand for several posts."""
    voters = draw(st.integers(1, 40))
    registered = voters + draw(st.integers(0, voters - 1))
    tally = {}
    for post in VILLAGER_SEATS:
        names = draw(
            st.lists(st.sampled_from(VILLAGER_PEOPLE), min_size=1, max_size=4, unique=True)
        )
        tally[post] = {n: draw(st.integers(0, voters)) for n in names}
    return voters, registered, tally


def villager_file(
    election: tuple[int, int, dict[str, dict[str, int]]], carry: bool
) -> dict[str, Any]:
    """A drawn villagers' election as a results file, with or without 上票下加 (V-POS-2)."""
    voters, registered, tally = election
    return villager(
        tally,
        seats=VILLAGER_SEATS,
        registered=registered,
        issued=voters,
        profile=with_params(carry_down="mandatory" if carry else "off", women_guarantee="none"),
    )


# ---------------------------------------------------------------- either family


def ballot_cases(family: str) -> st.SearchStrategy[tuple[Layout, BallotRecord, Profile]]:
    """One ballot of ``family`` with its layout and a profile whose readings are drawn."""
    if family == "villager":
        return st.tuples(
            st.just(VILLAGER_LAYOUT),
            villager_marks.map(lambda m: BallotRecord(1, m)),
            villager_profiles(),
        )

    @st.composite
    def party(draw: st.DrawFn) -> tuple[Layout, BallotRecord, Profile]:
        printed = draw(printed_lists(max_size=5))
        seats = draw(st.integers(min_value=1, max_value=len(printed)))
        return party_layout(printed, seats), draw(ballot_records(printed)), draw(party_profiles())

    return party()


def recount_cases(family: str) -> st.SearchStrategy[tuple[Layout, list[BallotRecord], Profile]]:
    """Ballot records of ``family`` with their layout and a profile whose readings are drawn."""
    if family == "villager":
        return st.tuples(
            st.just(VILLAGER_LAYOUT), villager_decks.map(villager_records), villager_profiles()
        )

    @st.composite
    def party(draw: st.DrawFn) -> tuple[Layout, list[BallotRecord], Profile]:
        printed = draw(printed_lists(max_size=5))
        seats = draw(st.integers(min_value=1, max_value=len(printed)))
        records = draw(st.lists(ballot_records(printed, max_count=5), max_size=12))
        return party_layout(printed, seats), records, draw(party_profiles())

    return party()


def results_files(family: str) -> st.SearchStrategy[dict[str, Any]]:
    """Whole results files of ``family``: party rounds with a tally or with ballot records under
    either party profile, villagers' elections with or without 上票下加."""
    if family == "villager":
        return st.builds(villager_file, villager_elections(), st.booleans())
    rounds = st.one_of(party_rounds(), party_rounds(with_records=True))
    profile = st.sampled_from(["party-2020", "party-1990"])
    return st.builds(lambda rnd, p: results_json(rnd, profile=p), rounds, profile)
