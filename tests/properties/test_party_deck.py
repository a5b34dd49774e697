"""The exhaustive deck: every party ballot of up to four printed candidates, judged twice.

Every combination of ○, ×, space and ? on 1..4 printed lines, with no write-in or one write-in
marked ○, left unmarked, or marked ×, for every seat count 1..len, under party-2020 and
party-1990 and each reading of an unmarked write-in (P-MARK-1): ``classify`` must give the
oracle's class, reason and votes. A few slices are also counted by hand below.
"""

from __future__ import annotations

import itertools
from collections import Counter

import pytest

from tallykit.counting.ballots import Layout, classify
from tallykit.profiles import BUILTIN, PARAMETERS, Profile, extend_profile
from tallykit.results import BallotRecord
from tests.properties.oracle import Ballot, judge_ballot

POSITION = "委员"
NAMES = ("丁一", "王二", "刘三", "李四")
WRITE_IN = "钱甲"
SYMBOLS = "○× ?"
WRITE_IN_MARKS = (None, "○", " ", "×")
READINGS = PARAMETERS["writein_without_mark"].values


def profile_for(base: str, unmarked: str) -> Profile:
    return extend_profile(BUILTIN[base], {"writein_without_mark": unmarked})


def deck(printed: int, write_in: str | None) -> list[BallotRecord]:
    """Every ballot with ``printed`` lines and the given write-in (None: no write-in)."""
    write_ins = {POSITION: ((WRITE_IN, write_in),)} if write_in is not None else {}
    return [
        BallotRecord(1, {POSITION: "".join(line)}, write_ins)
        for line in itertools.product(SYMBOLS, repeat=printed)
    ]


def judged(
    record: BallotRecord, printed: tuple[str, ...], seats: int, profile: Profile
) -> tuple[Ballot, Ballot]:
    """(tallykit's judgement, the oracle's) of one ballot."""
    verdict = classify(record, Layout(((POSITION, seats),), {POSITION: printed}), profile)
    marks = profile["marks"]
    oracle = judge_ballot(
        [(n, marks[s]) for n, s in zip(printed, record.marks[POSITION])],
        [(n, marks[s]) for n, s in record.write_ins.get(POSITION, ())],
        seats,
        unmarked=profile["writein_without_mark"],
        spoils=profile["identifying_mark_spoils"],
        abstainer_writes=profile["abstainer_writein"] == "count",
    )
    return Ballot(verdict.status, verdict.reason, verdict.approvals.get(POSITION, ())), oracle


@pytest.mark.parametrize("unmarked", READINGS)
@pytest.mark.parametrize("base", ["party-2020", "party-1990"])
def test_every_small_ballot_is_judged_as_the_oracle_judges_it(base, unmarked):
    """Class, reason and votes agree for all 1,252 ballot/seat shapes × 4 write-in cases."""
    profile = profile_for(base, unmarked)
    wrong = []
    seen = 0
    for n in range(1, len(NAMES) + 1):
        printed = NAMES[:n]
        for write_in in WRITE_IN_MARKS:
            for record in deck(n, write_in):
                for seats in range(1, n + 1):
                    core, oracle = judged(record, printed, seats, profile)
                    seen += 1
                    if core != oracle:
                        wrong.append((record.marks[POSITION], write_in, seats, core, oracle))

    assert seen == 4 * (4 * 1 + 16 * 2 + 64 * 3 + 256 * 4)
    assert wrong[:10] == []


# Hand counts for 4 printed lines and 2 seats (k approvals, u unreadable lines among 256):
# - no write-in: over quota k >= 3: 4*3 + 1 = 13; wholly unreadable: 1; blank: 1; all of × and
#   space but not blank: 2**4 - 1 = 15; approvals without ?: 4*2**3 + 6*2**2 = 56; the rest,
#   with some ?, are partly valid: 256 - 13 - 1 - 1 - 15 - 56 = 170.
# - write-in ○ (it counts as chosen, P-VALID-1): over quota k >= 2: 6*9 + 4*3 + 1 = 67; never
#   wholly unreadable; without ?: k == 1 (32) or k == 0 with some × (15) have votes, all-space
#   has none (1, not blank: a name is written); partly valid: 256 - 67 - 48 = 141.
# - write-in left unmarked, read as void_ballot (P-MARK-1): all 256 are invalid.
HAND_COUNTS = [
    (
        "no_vote",
        None,
        {
            ("invalid", "over_quota"): 13,
            ("invalid", "unreadable"): 1,
            ("valid", "blank"): 1,
            ("valid", "no_approval"): 15,
            ("valid", "approvals"): 56,
            ("partly_valid", "part_unreadable"): 170,
        },
    ),
    (
        "no_vote",
        "○",
        {
            ("invalid", "over_quota"): 67,
            ("valid", "approvals"): 47,
            ("valid", "no_approval"): 1,
            ("partly_valid", "part_unreadable"): 141,
        },
    ),
    ("void_ballot", " ", {("invalid", "writein_without_mark"): 256}),
]


@pytest.mark.parametrize(
    "unmarked, write_in, expected", HAND_COUNTS, ids=["plain", "writein", "void"]
)
@pytest.mark.parametrize("base", ["party-2020", "party-1990"])
def test_four_lines_two_seats_fall_into_classes_counted_by_hand(base, unmarked, write_in, expected):
    """The deck's classes for 4 lines and 2 seats match counts worked out by hand."""
    profile = profile_for(base, unmarked)

    got = Counter()
    for record in deck(4, write_in):
        core, _ = judged(record, NAMES, 2, profile)
        got[(core.status, core.reason)] += 1

    assert dict(got) == expected


def test_a_write_in_below_a_cross_is_the_only_one_that_gets_a_vote():
    """Under party-2020 a write-in marked ○ gets a vote only beside a cross (P-VALID-5)."""
    profile = BUILTIN["party-2020"]

    given = {}
    for line in ("×  ", "○  ", "   ", "?  ", "○○×"):
        record = BallotRecord(1, {POSITION: line}, {POSITION: ((WRITE_IN, "○"),)})
        core, _ = judged(record, NAMES[:3], 3, profile)
        given[line] = WRITE_IN in core.votes

    assert given == {"×  ": True, "○  ": False, "   ": False, "?  ": False, "○○×": True}
