"""Every small three-section ballot (4^7 = 16384 of them) judged by the core and by the oracle,
under each over-vote scope and each same-person reading (V-BALLOT-*, V-SAME-PERSON-1)."""

from __future__ import annotations

import itertools

import pytest

from tests.properties.villager_oracle import LAYOUT, SYMBOLS, judge

from tallykit.counting.ballots import Layout, classify
from tallykit.profiles import BUILTIN, extend_profile
from tallykit.results import BallotRecord

LAY = Layout(
    positions=tuple((p, s) for p, s, _ in LAYOUT), printed={p: names for p, _, names in LAYOUT}
)


def deck():
    sizes = [len(names) for _, _, names in LAYOUT]
    for combo in itertools.product(SYMBOLS, repeat=sum(sizes)):
        marks, i = {}, 0
        for (post, _, _), k in zip(LAYOUT, sizes):
            marks[post] = "".join(combo[i : i + k])
            i += k
        yield marks


@pytest.mark.slow
@pytest.mark.parametrize("scope", ["section", "ballot"])
@pytest.mark.parametrize("same", ["highest_only", "void_person"])
def test_every_small_three_section_ballot_matches_the_oracle(scope, same):
    """Class and approvals of each ballot agree with the reference judgement."""
    profile = extend_profile(
        BUILTIN["villager-2018"], {"overvote_scope": scope, "same_person_multi_post": same}
    )
    seen_classes = set()
    for marks in deck():
        verdict = classify(BallotRecord(1, marks), LAY, profile)
        status, approvals = judge(marks, scope, same)
        seen_classes.add(status)

        assert (verdict.status, {p: list(v) for p, v in verdict.approvals.items()}) == (
            status,
            approvals,
        ), marks
    assert seen_classes == {"valid", "partly_valid", "invalid"}


def test_the_c3_case_four_member_section_is_valid_after_same_person_removal():
    """C3 case 4: the 主任 also marked among members is dropped first, so the member section is
    not over-voted (V-SAME-PERSON-1 before V-BALLOT-OVERVOTE-1)."""
    verdict = classify(
        BallotRecord(1, {"主任": "○ ", "副主任": "  ", "委员": "○○○"}),
        LAY,
        BUILTIN["villager-2018"],
    )

    assert verdict.status == "valid" and dict(verdict.approvals) == {
        "主任": ("A",),
        "委员": ("C", "D"),
    }
    assert [n.code for n in verdict.notes] == ["same_person_lower_post"]
