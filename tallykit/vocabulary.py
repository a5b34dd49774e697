"""The closed sets of words of the results format and the report, as enums.

Each member is a ``str`` equal to its value, so comparisons, dict keys, JSON, templates and
printed text stay exactly what the plain strings gave; a type checker sees the set instead of
``str``. The parser and the counting core produce members; code may still compare with strings.
"""

from __future__ import annotations

import enum


class Word(str, enum.Enum):
    """A word of the format: prints and formats as its value (``str(RoundKind.FORMAL)`` is
    ``'formal'``), on every supported Python (3.10's ``str`` mix-in printed the member name)."""

    def __str__(self) -> str:
        return str.__str__(self)

    def __format__(self, spec: str) -> str:
        return str.__format__(str.__str__(self), spec)


class ElectionKind(Word):
    """``election.kind`` (FORMAT.md)."""

    PARTY_COMMITTEE = "party_committee"
    PARTY_OFFICERS = "party_officers"
    PARTY_BRANCH_OFFICERS = "party_branch_officers"
    VILLAGERS_COMMITTEE = "villagers_committee"
    RESIDENTS_COMMITTEE = "residents_committee"
    RECALL = "recall"
    RECOMMENDATION = "recommendation"


class RoundKind(Word):
    """``rounds[].kind``: the vote a round takes."""

    FORMAL = "formal"
    TIE_REVOTE = "tie_revote"
    SUPPLEMENTARY = "supplementary"
    PRELIMINARY = "preliminary"
    RECALL = "recall"
    RECOMMENDATION = "recommendation"


class Result(Word):
    """How a round ended (the report's ``outcome[].result``)."""

    ELECTED = "elected"
    TIE_REVOTE = "tie_revote"
    SUPPLEMENTARY = "supplementary"
    VOID = "void"
    SEAT_REDUCTION = "seat_reduction"
    VACANCY = "vacancy"
    RECALLED = "recalled"
    NOT_RECALLED = "not_recalled"
    NOMINATED = "nominated"


class BallotClass(Word):
    """The class a ballot pattern is judged into (P-VALID-*, V-VALID-*)."""

    VALID = "valid"
    PARTLY_VALID = "partly_valid"
    INVALID = "invalid"


class Severity(Word):
    """A finding's severity: errors decide the exit code, warnings and notes do not."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

