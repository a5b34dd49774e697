"""A tiny, obviously-correct reference counter for party ballots and rounds (tests only).

Written from rules/party.md, not from tallykit: one party ballot (P-VALID-1…5, P-MARK-1) and
one party round (P-QUORUM-1, P-BALLOT-1, P-ELECT-1…4). Write-in names are assumed to be new
people, distinct from the printed ones and from each other.
"""

from __future__ import annotations

from typing import NamedTuple


class Ballot(NamedTuple):
    status: str  # "valid", "partly_valid" or "invalid"
    reason: str
    votes: tuple[str, ...] = ()


class RoundEnd(NamedTuple):
    result: str  # "elected", "tie_revote", "supplementary" or "void"
    elected: frozenset[str] = frozenset()
    tied: frozenset[str] = frozenset()
    tied_seats: int = 0
    unfilled: int = 0
    void_reason: str | None = None


def judge_ballot(
    lines, write_ins, seats, *, flags=(), unmarked="no_vote", spoils=True, abstainer_writes=False
):
    """One ballot from the meaning of each printed line and each write-in, as (name, meaning)."""
    if "identifying_mark" in flags and spoils:  # P-VALID-2
        return Ballot("invalid", "identifying_mark")
    if "unreadable" in flags:  # P-VALID-3
        return Ballot("invalid", "unreadable")
    if "torn" in flags:  # P-VALID-3
        return Ballot("invalid", "torn")
    if unmarked == "void_ballot" and any(m == "abstain" for _, m in write_ins):  # P-MARK-1
        return Ballot("invalid", "writein_without_mark")
    if unmarked == "approve":  # P-MARK-1: the 人大 reading, a name alone is an approval
        write_ins = [(n, "approve" if m == "abstain" else m) for n, m in write_ins]
    approved = [n for n, m in lines if m == "approve"]
    written = [n for n, m in write_ins if m == "approve"]
    if len(approved) + len(written) > seats:  # P-VALID-1: write-ins count as chosen
        return Ballot("invalid", "over_quota")
    meanings = [m for _, m in lines] + [m for _, m in write_ins]
    if meanings and all(m == "unreadable" for m in meanings):  # P-VALID-3: wholly unreadable
        return Ballot("invalid", "unreadable")
    if not abstainer_writes:  # P-VALID-5: one write-in below each candidate marked ×
        crosses = sum(1 for _, m in lines if m == "disapprove")
        written = written[:crosses]
    votes = tuple(approved + written)
    if "unreadable" in meanings:  # P-VALID-3: the readable part counts
        return Ballot("partly_valid", "part_unreadable", votes)
    if votes:
        return Ballot("valid", "approvals", votes)
    if not write_ins and all(m == "abstain" for _, m in lines):  # P-VALID-4
        return Ballot("valid", "blank")
    return Ballot("valid", "no_approval")  # P-VALID-4: all × and the like


def decide_round(
    expected, present, issued, returned, seats, tally, *, strict_quorum=False, base="expected"
):
    """One formal party round from its counts and its tally {name: approvals}."""
    quorum = 5 * present > 4 * expected if strict_quorum else 5 * present >= 4 * expected
    if not quorum:  # P-QUORUM-1
        return RoundEnd("void", void_reason="quorum")
    if returned > issued:  # P-BALLOT-1
        return RoundEnd("void", void_reason="reconciliation")
    b = expected if base == "expected" else present
    over = {name: votes for name, votes in tally.items() if 2 * votes > b}  # P-ELECT-1
    if len(over) < seats:  # P-ELECT-4: never filled from below the threshold
        return RoundEnd("supplementary", frozenset(over), unfilled=seats - len(over))
    last = sorted(over.values(), reverse=True)[seats - 1]  # P-ELECT-2: the S-th highest
    above = frozenset(n for n, v in over.items() if v > last)
    at_last = frozenset(n for n, v in over.items() if v == last)
    if len(above) + len(at_last) > seats:  # P-ELECT-3: the boundary tie is voted on again
        return RoundEnd("tie_revote", above, at_last, seats - len(above))
    return RoundEnd("elected", above | at_last)
