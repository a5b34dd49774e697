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



class Lang(Word):
    """The language of an output: Chinese (the default) or English (``--lang en``)."""

    ZH = "zh"
    EN = "en"


class Family(Word):
    """A profile's family: whose law counts the election (residents' committees follow the
    villagers' counting practice but have their own statute)."""

    PARTY = "party"
    VILLAGER = "villager"
    RESIDENTS = "residents"


class BallotFlag(Word):
    """How a ballot looks on paper beyond its marks (a ballot record's ``flags``, FORMAT.md):
    an identifying mark spoils it where the profile says so (P-VALID-5), a torn or wholly
    unreadable ballot is void (V-BALLOT-ILLEGIBLE-1)."""

    IDENTIFYING_MARK = "identifying_mark"
    TORN = "torn"
    UNREADABLE = "unreadable"


class Reason(Word):
    """What decided a ballot's class (``classes[].reason``; P-VALID-*, V-BALLOT-*)."""

    APPROVALS = "approvals"
    BLANK = "blank"
    NO_APPROVAL = "no_approval"
    OVER_QUOTA = "over_quota"
    IDENTIFYING_MARK = "identifying_mark"
    UNREADABLE = "unreadable"
    TORN = "torn"
    PART_UNREADABLE = "part_unreadable"
    SECTION_OVER_QUOTA = "section_over_quota"
    WRITEIN_WITHOUT_MARK = "writein_without_mark"


class Post(Word):
    """The posts a rule names (GLOSSARY: position); a results file may name others."""

    CHAIR = "主任"
    VICE_CHAIR = "副主任"
    MEMBER = "委员"
    SECRETARY = "书记"
    DEPUTY_SECRETARY = "副书记"
    STANDING_MEMBER = "常委"
    DELEGATE = "代表"


class ThresholdTest(Word):
    """What a person needs on a round: more than half of a base (``2*votes > base``), a third
    of the ballots cast (``3*votes >= cast``, V-SUPP-3), or most votes (a tie re-vote)."""

    MAJORITY = "majority"
    THIRD = "third"
    PLURALITY = "plurality"


class GateCode(Word):
    """A test a round must pass before any vote counts (``Gate.code``), or an advisory check of
    the ballot (margin, stroke order); which one it is decides which finding reports a failure."""

    QUORUM = "quorum"
    ATTENDANCE = "attendance"
    TURNOUT = "turnout"
    RECONCILIATION = "reconciliation"
    RECONCILIATION_PARTICIPANTS = "reconciliation_participants"
    RECONCILIATION_REGISTERED = "reconciliation_registered"
    STATION_RECONCILIATION = "station_reconciliation"
    MARGIN = "margin"
    BALLOT_ORDER = "ballot_order"

    @property
    def reconciles(self) -> bool:
        """The round's ballots returned against those issued or against its voters (TK-RECON-1)."""
        return self in (GateCode.RECONCILIATION, GateCode.RECONCILIATION_PARTICIPANTS, GateCode.RECONCILIATION_REGISTERED)

    @property
    def attends(self) -> bool:
        """Who came: attendance, a quorum, the turnout (TK-QUORUM-1)."""
        return self in (GateCode.QUORUM, GateCode.ATTENDANCE, GateCode.TURNOUT)


class ProxyRejection(Word):
    """Why the count rejected a proxy (a round note's code; V-PROXY-1, TK-PROXY-1)."""

    PRINCIPAL_VOTED = "proxy_principal_voted"
    NOT_NEAR_RELATIVE = "proxy_not_near_relative"
    DUPLICATE_PRINCIPAL = "proxy_duplicate_principal"
    OVER_LIMIT = "proxy_over_limit"
    HELD_BY_CANDIDATE = "proxy_held_by_candidate"
