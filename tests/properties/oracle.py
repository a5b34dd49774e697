"""Tiny, obviously-correct reference counters (tests only), one per family, written from
rules/party.md and rules/villager.md, not from tallykit's counting code.

- Party: one ballot (P-VALID-1…5, P-MARK-1) and one formal round (P-QUORUM-1, P-BALLOT-1,
  P-ELECT-1…4). Write-in names are assumed to be new people, distinct from the printed ones and
  from each other.
- Villagers' and residents': one three-section ballot (V-SAME-PERSON-1, V-BALLOT-OVERVOTE-1,
  V-BALLOT-ILLEGIBLE-1) and a formal round's posts (V-DOUBLE-MAJORITY-2/3, V-POS-1/2, V-TIE-1).
- ``judge``: either family's ballot, read from a ballot record and a profile's values, for the
  properties stated once for both families.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, NamedTuple

from tallykit import parameters as P


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


def judge_party_ballot(
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


def decide_party_round(
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


# ---------------------------------------------------------------- villagers' and residents'

# The villagers' ballot of the properties and the deck: three sections where people stand for
# several posts: 主任 1 seat, 副主任 1, 委员 2.
LAYOUT = (("主任", 1, ("A", "B")), ("副主任", 1, ("B", "C")), ("委员", 2, ("A", "C", "D")))
SYMBOLS = ("○", "×", " ", "?")


def judge_villager_ballot(
    marks: dict[str, str], scope: str, same: str, void_higher: str = "drop_lower"
) -> tuple[str, dict[str, list[str]]]:
    """One ballot: its class and the approvals it gives, straight from V-SAME-PERSON-1 and
    V-BALLOT-OVERVOTE-1 / V-BALLOT-ILLEGIBLE-1. ``void_higher = keep_lower`` (section scope): a
    higher section that is itself over-voted counts nobody and takes no lower mark."""
    chosen = {
        post: [n for n, s in zip(names, marks[post]) if s == "○"] for post, _, names in LAYOUT
    }
    if same == "void_person":
        twice = {n for n, k in Counter(n for c in chosen.values() for n in c).items() if k > 1}
        chosen = {p: [n for n in c if n not in twice] for p, c in chosen.items()}
    else:
        seen: set[str] = set()
        for post, seats, _ in LAYOUT:
            chosen[post] = [n for n in chosen[post] if n not in seen]
            void = len(chosen[post]) > seats and scope == "section"
            if not (void and void_higher == "keep_lower"):
                seen.update(chosen[post])
    over = [post for post, seats, _ in LAYOUT if len(chosen[post]) > seats]
    symbols = "".join(marks.values())
    if over and (scope == "ballot" or len(over) == len(LAYOUT)):
        return "invalid", {}
    if set(symbols) == {"?"}:
        return "invalid", {}
    kept = {p: c for p, c in chosen.items() if p not in over and c}
    if over or "?" in symbols:
        return "partly_valid", kept
    return "valid", kept


def decide_villager_round(
    tally: dict[str, dict[str, int]], seats: dict[str, int], base: int, carry: bool = False
):
    """Posts in order; the elected leave lower posts; >½ of ``base``; most votes first; equal
    votes across the last seat are a tie. Returns (result, elected per post)."""
    taken: set[str] = set()
    elected: dict[str, list[str]] = {}
    tie = short = False
    summed: Counter[str] = Counter()
    for post, n in seats.items():
        own = tally.get(post, {})
        counts = Counter(own)
        if carry:
            counts = Counter({k: own.get(k, 0) + summed.get(k, 0) for k in set(own) | set(summed)})
        q = sorted(
            ((v, k) for k, v in counts.items() if k not in taken and 2 * v > base), reverse=True
        )
        if len(q) <= n:
            won = [k for _, k in q]
            short = short or len(q) < n
        elif q[n][0] == q[n - 1][0]:
            tie = True
            won = [k for v, k in q if v > q[n - 1][0]]
        else:
            won = [k for _, k in q[:n]]
        elected[post] = sorted(won)
        taken.update(won)
        summed.update(own)
    return ("tie_revote" if tie else "supplementary" if short else "elected"), elected


# ---------------------------------------------------------------- either family


class Judgement(NamedTuple):
    """A ballot's class, its reason ("" where the oracle names none) and its votes per post
    (posts with votes only), the same shape for either family."""

    status: str
    reason: str
    approvals: dict[str, tuple[str, ...]]


def judge(record: Any, layout: Any, profile: Any) -> Judgement:
    """One ballot record (``BallotRecord``) on a ballot laid out as ``layout`` (``Layout``:
    posts with seats, printed names per post), judged by its family's oracle under
    ``profile``'s readings of P-MARK-1, P-VALID-2/5, V-SAME-PERSON-1 and V-BALLOT-OVERVOTE-1."""
    if profile.family == "party":
        ((position, seats),) = layout.positions
        printed = layout.printed[position]
        marks = profile[P.MARKS]
        line = record.marks.get(position, "") or " " * len(printed)
        ballot = judge_party_ballot(
            [(name, marks[s]) for name, s in zip(printed, line)],
            [(name, marks[s]) for name, s in record.write_ins.get(position, ())],
            seats,
            flags=record.flags,
            unmarked=profile[P.WRITEIN_WITHOUT_MARK],
            spoils=profile[P.IDENTIFYING_MARK_SPOILS],
            abstainer_writes=profile[P.ABSTAINER_WRITEIN] == "count",
        )
        votes = {position: ballot.votes} if ballot.votes else {}
        return Judgement(ballot.status, ballot.reason, votes)
    status, approvals = judge_villager_ballot(
        dict(record.marks),
        profile[P.OVERVOTE_SCOPE],
        profile[P.SAME_PERSON_MULTI_POST],
        profile[P.SAME_PERSON_VOID_HIGHER],
    )
    return Judgement(status, "", {post: tuple(names) for post, names in approvals.items()})
