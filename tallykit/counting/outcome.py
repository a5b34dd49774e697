"""The values a count is made of: gates, thresholds, seatings, notes, each round's outcome and
the whole count. A round ends as one of: ``elected`` (every seat filled), ``tie_revote`` (equal
votes at the boundary that decide a seat; the tied and the seats they share are named),
``supplementary`` (too few cleared the threshold; never filled from below it),
``seat_reduction`` (a party meeting's recorded decision to stop short, P-ELECT-4), ``vacancy``
(a villagers' or residents' committee formed with its minimum after a supplementary election,
the other seats vacant until a 补选, V-SUPP-4), ``void`` (a gate failed), ``recalled`` /
``not_recalled``, or ``nominated`` (preliminary and recommendation votes).
"""

from __future__ import annotations

from typing import Any

import msgspec

from tallykit import rules
from tallykit.counting.ballots import Recount
from tallykit.counting.procedure import Procedure
from tallykit.frozen import FrozenDict, compared, converted, freeze, strings
from tallykit.profiles import Profile
from tallykit.results import Ballots
from tallykit.vocabulary import GateCode, Result, RoundKind, ThresholdTest


RESULTS = tuple(Result)


# Results after which the round's elected hold their seats (``vacancy``: a villagers' committee
# formed with its minimum after a supplementary election, the rest vacant until a 补选).
SEATED = (Result.ELECTED, Result.TIE_REVOTE, Result.SUPPLEMENTARY, Result.SEAT_REDUCTION, Result.VACANCY)


class Gate(msgspec.Struct, frozen=True):
    """A test a round must pass before any vote counts (quorum, reconciliation, turnout)."""

    code: GateCode
    rule: str
    passed: bool
    formula: str  # the multiplied-out inequality with the numbers put in, e.g. "5*40 >= 4*45"
    values: FrozenDict[str, int]
    cites: tuple[str, ...] = ()  # further rules the gate applies (a mobile box: V-ROVING-1)

    def __post_init__(self) -> None:
        converted(self, code=GateCode, values=freeze)

    @property
    def rules(self) -> tuple[str, ...]:
        return (self.rule, *self.cites)


# A threshold test as JSON and English output write it, and as Chinese output does.
FORMULAS = {
    ThresholdTest.MAJORITY: ("2*votes > {}", "2×得票 > {}"),
    ThresholdTest.THIRD: ("3*votes >= {}", "3×得票 ≥ {}"),
}


class Threshold(msgspec.Struct, frozen=True):
    """What a person needs to be elected in this round, and from which base."""

    rule: str
    test: ThresholdTest
    base_name: str | None = None
    base: int | None = None

    def passes(self, votes: int) -> bool:
        if self.test == ThresholdTest.MAJORITY:
            return bool(rules.majority(votes, self.base))
        if self.test == ThresholdTest.THIRD:
            return bool(rules.third_floor(votes, self.base))
        return True

    @property
    def min_votes(self) -> int | None:
        if self.test == ThresholdTest.MAJORITY:
            return rules.min_votes_for_majority(self.base or 0)
        if self.test == ThresholdTest.THIRD:
            return rules.min_votes_for_third(self.base or 0)
        return None

    @property
    def formula(self) -> str:
        return FORMULAS.get(self.test, ("most votes", ""))[0].format(self.base)

    @property
    def formula_zh(self) -> str:
        """The same test as Chinese output writes it (``2×得票 > 599``)."""
        return FORMULAS.get(self.test, ("", "得票多者当选"))[1].format(self.base)

    JSON_EXTRA = ("formula", "min_votes")  # tallykit.serial.to_json writes them after the fields


class Seating(msgspec.Struct, frozen=True):
    """Who of one position's ranking is elected, tied at the boundary, or left short."""

    position: str
    seats: int
    ranking: tuple[tuple[str, int], ...]
    qualified: tuple[str, ...]
    elected: tuple[str, ...]
    tied: tuple[str, ...] = ()
    tied_seats: int = 0
    unfilled: int = 0


class RoundNote(msgspec.Struct, frozen=True):
    """Something that shaped a round's outcome beyond the seating: a rejected proxy, void votes
    for an ineligible person, a woman confirmed first, a vacancy left (villagers)."""

    code: str
    rule: str
    position: str | None = None
    names: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        converted(self, names=strings)


class RoundOutcome(msgspec.Struct, frozen=True):
    """How one round ended, and everything that shows why."""

    index: int
    kind: RoundKind
    result: Result
    gates: tuple[Gate, ...]
    threshold: Threshold | None
    seating: tuple[Seating, ...]
    ballots: Ballots
    recount: Recount | None = None
    void_reason: str | None = None
    void_rules: tuple[str, ...] = ()
    list_min: int | None = None  # recommendation: smallest initial list (TK-REC-3)
    checks: tuple[Gate, ...] = ()  # advisory: failing one does not void the round (差额, ballot order)
    notes: tuple[RoundNote, ...] = ()
    next_candidates: FrozenDict[str, tuple[str, ...]] = msgspec.field(default_factory=FrozenDict)
    # How the round was counted (its gates, threshold, posts, follow-up rules): what explain and
    # verify read. Not part of the value: two counts that agree are equal however reached (so
    # neither ``==``, ``hash`` nor ``repr`` looks at it).
    procedure: Procedure | None = None

    def __post_init__(self) -> None:
        converted(self, next_candidates=freeze)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RoundOutcome):
            return NotImplemented
        return compared(self, "procedure") == compared(other, "procedure")

    def __hash__(self) -> int:
        return hash(compared(self, "procedure"))

    def __repr__(self) -> str:
        fields = compared(self, "procedure")
        return "RoundOutcome(" + ", ".join(f"{name}={value!r}" for name, value in fields) + ")"

    @property
    def elected(self) -> dict[str, list[str]]:
        return {s.position: list(s.elected) for s in self.seating}

    @property
    def tied(self) -> dict[str, list[str]]:
        return {s.position: list(s.tied) for s in self.seating if s.tied}

    def json_view(self) -> dict[str, Any]:
        """The ``outcome`` entry of the verify report (FORMAT.md), plus what the next step needs
        (written by ``tallykit.serial.to_json``)."""
        out: dict[str, Any] = {
            "round": self.index,
            "result": self.result,
            "elected": self.elected if self.result != "void" else {},
            "threshold": self.threshold,
        }
        if self.result == "tie_revote":
            out["tie_revote"] = {
                s.position: {"candidates": list(s.tied), "seats": s.tied_seats} for s in self.seating if s.tied
            }
        if self.result in ("supplementary", "seat_reduction", "vacancy"):
            out["unfilled"] = {s.position: s.unfilled for s in self.seating if s.unfilled}
        if self.result == "void":
            out["void_reason"] = self.void_reason
            out["rules"] = list(self.void_rules)
        if self.list_min is not None:
            out["list_min"] = self.list_min
        if self.result in ("recalled", "not_recalled"):
            out["recalled"] = [n for names in self.elected.values() for n in names]
        if self.next_candidates:
            out["next_candidates"] = {p: list(n) for p, n in self.next_candidates.items()}
        if self.notes:
            out["notes"] = self.notes
        return out


class Count(msgspec.Struct, frozen=True):
    """A whole results file counted: the profile used and each round's outcome in order."""

    profile: Profile
    rounds: tuple[RoundOutcome, ...]

    @property
    def elected(self) -> dict[str, list[str]]:
        """Everyone elected over all rounds, per position."""
        out: dict[str, list[str]] = {}
        for r in self.rounds:
            if r.result in SEATED:
                for position, names in r.elected.items():
                    out.setdefault(position, []).extend(n for n in names if n not in out.get(position, []))
        return out

    def json_view(self) -> dict[str, Any]:
        """The count as ``tallykit count --format json`` writes it (``tallykit.serial.to_json``)."""
        return {"profile": self.profile.describe(), "outcome": self.rounds}
