"""Whole rounds against the oracles of oracle.py, and invariants of every count.

Party: ``count`` must end every drawn round as the oracle does (gates, threshold, seats, ties
and shortfalls), from a tally or from the ballots themselves; the elected clear the threshold
and fit the seats; anonymity and neutrality hold. Villagers': the posts of a formal round, with
and without 上票下加, and the supplementary round's third. Both families: counting is
deterministic. Boundary shapes are pinned with ``@example``s.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tallykit import parameters as P
from tallykit.counting.outcome import RoundOutcome
from tallykit.counting.rounds import count
from tallykit.profiles import BUILTIN, Profile
from tallykit.results import parse_results
from tests.properties.oracle import (
    RoundEnd,
    decide_party_round,
    decide_villager_round,
    judge,
)
from tests.properties.strategies import (
    FAMILIES,
    POSITION,
    PRINTED_NAMES,
    VILLAGER_SEATS,
    PartyRound,
    all_invalid_rounds,
    exactly_half_rounds,
    last_seat_tie_rounds,
    nobody_over_rounds,
    one_over_half_rounds,
    party_layout,
    party_rounds,
    rec,
    results_files,
    results_json,
    villager_elections,
    villager_file,
)
from tests.support.villager_build import villager, with_params

P2020, P1990 = BUILTIN["party-2020"], BUILTIN["party-1990"]
TWO = ("丁一", "王二")
THREE = ("丁一", "王二", "刘三")


def oracle_round(rnd: PartyRound, profile: Profile) -> RoundEnd:
    tally = dict(rnd.tally or {})
    if rnd.records is not None:
        tally = dict.fromkeys(rnd.printed, 0)
        for rec in rnd.records:
            votes = judge(rec, party_layout(rnd.printed, rnd.seats), profile).approvals
            for name in votes.get(POSITION, ()):
                tally[name] = tally.get(name, 0) + rec.count
    return decide_party_round(
        rnd.expected,
        rnd.present,
        rnd.issued,
        rnd.returned,
        rnd.seats,
        tally,
        strict_quorum=profile[P.QUORUM_COMPARISON] == ">",
        base=profile[P.THRESHOLD_BASE],
    )


def counted(rnd: PartyRound, profile: Profile) -> RoundOutcome:
    return count(parse_results(results_json(rnd, profile=profile.id)), profile=profile).rounds[0]


def core_round(rnd: PartyRound, profile: Profile) -> RoundEnd:
    out = counted(rnd, profile)
    if out.result == "void":
        return RoundEnd("void", void_reason=out.void_reason)
    (s,) = out.seating
    return RoundEnd(out.result, frozenset(s.elected), frozenset(s.tied), s.tied_seats, s.unfilled)


# ---------------------------------------------------------------- party rounds


profiles = st.sampled_from([P2020, P1990])


@given(party_rounds(), profiles)
# Quorum: E=25, P=20 is exactly 4/5: met under 2020 (>=), not under the 1990 text (>) (P-QUORUM-1).
@example(PartyRound(25, 20, 20, 20, 1, TWO, tally={"丁一": 15, "王二": 5}), P2020)
@example(PartyRound(25, 20, 20, 20, 1, TWO, tally={"丁一": 15, "王二": 5}), P1990)
@example(PartyRound(25, 19, 19, 19, 1, TWO, tally={"丁一": 15, "王二": 4}), P2020)
# Returned over issued voids the round; equal is fine (P-BALLOT-1).
@example(PartyRound(25, 25, 24, 25, 1, TWO, tally={"丁一": 20, "王二": 5}), P2020)
@example(PartyRound(25, 25, 25, 25, 1, TWO, tally={"丁一": 20, "王二": 5}), P2020)
# Exactly half does not elect; one over half does (P-ELECT-1), base expected (2020).
@example(PartyRound(24, 24, 24, 24, 1, TWO, tally={"丁一": 12, "王二": 12}), P2020)
@example(PartyRound(24, 24, 24, 24, 1, TWO, tally={"丁一": 13, "王二": 11}), P2020)
@example(PartyRound(25, 25, 25, 25, 1, TWO, tally={"丁一": 13, "王二": 12}), P2020)
# Base present under 1990: E=25, P=21, 11 votes clears 21 but not 25 (P-ELECT-1 edge case).
@example(PartyRound(25, 21, 21, 21, 1, TWO, tally={"丁一": 11, "王二": 10}), P1990)
@example(PartyRound(25, 21, 21, 21, 1, TWO, tally={"丁一": 11, "王二": 10}), P2020)
# A tie at the last seat goes to a re-vote of the tied for the seats left (P-ELECT-3).
@example(PartyRound(30, 30, 30, 30, 2, THREE, tally={"丁一": 20, "王二": 18, "刘三": 18}), P2020)
@example(PartyRound(30, 30, 30, 30, 1, THREE, tally={"丁一": 18, "王二": 18, "刘三": 18}), P2020)
# A tie inside the elected set, or below the threshold, decides nothing (P-ELECT-2).
@example(PartyRound(30, 30, 30, 30, 2, THREE, tally={"丁一": 20, "王二": 20, "刘三": 16}), P2020)
@example(PartyRound(30, 30, 30, 30, 1, THREE, tally={"丁一": 20, "王二": 15, "刘三": 15}), P2020)
# Nobody or too few over the threshold: supplementary, never filled from below (P-ELECT-4).
@example(PartyRound(30, 30, 30, 30, 2, THREE, tally={"丁一": 15, "王二": 15, "刘三": 15}), P2020)
@example(PartyRound(30, 30, 30, 30, 3, THREE, tally={"丁一": 20, "王二": 15, "刘三": 14}), P2020)
# All ballots invalid: nobody has a vote (P-VALID-1, P-VALID-2).
@example(
    PartyRound(4, 4, 4, 4, 1, TWO, records=(rec("○○"), rec("  ", flags=("torn",), n=3))), P2020
)
def test_count_agrees_with_the_oracle(rnd, profile):
    """Every round ends as the oracle says: gates, threshold, seats, ties and shortfalls."""
    assert core_round(rnd, profile) == oracle_round(rnd, profile)


@given(party_rounds(with_records=True), profiles)
def test_count_from_ballot_records_agrees_with_the_oracle(rnd, profile):
    """Counting from the ballots themselves ends as the oracle's judgement of each ballot."""
    assert core_round(rnd, profile) == oracle_round(rnd, profile)


boundary_rounds = st.one_of(
    exactly_half_rounds(),
    one_over_half_rounds(),
    last_seat_tie_rounds(),
    nobody_over_rounds(),
    all_invalid_rounds(),
)


@given(boundary_rounds, profiles)
def test_boundary_rounds_agree_with_the_oracle(rnd, profile):
    """The targeted boundary shapes end as the oracle says."""
    assert core_round(rnd, profile) == oracle_round(rnd, profile)


@given(exactly_half_rounds(), profiles)
def test_exactly_half_never_qualifies(rnd, profile):
    """2*A == base is not a majority (P-ELECT-1)."""
    out = counted(rnd, profile)

    half = {n for n, v in rnd.tally.items() if 2 * v == rnd.expected}
    assert half and not half & set(out.seating[0].qualified)


@given(one_over_half_rounds(), profiles)
def test_one_over_half_qualifies(rnd, profile):
    """The fewest votes that clear the base qualify (P-ELECT-1)."""
    out = counted(rnd, profile)

    least = {n for n, v in rnd.tally.items() if v == rnd.expected // 2 + 1}
    assert least and least <= set(out.seating[0].qualified)


@given(last_seat_tie_rounds(), profiles)
def test_a_tie_at_the_last_seat_is_voted_again(rnd, profile):
    """Equal votes across the last seat: the tied are named with their seats (P-ELECT-3)."""
    out = counted(rnd, profile)

    (s,) = out.seating
    assert out.result == "tie_revote"
    assert 1 <= s.tied_seats < len(s.tied)
    assert len(s.elected) + s.tied_seats == rnd.seats
    assert len({rnd.tally[n] for n in s.tied}) == 1


@given(nobody_over_rounds(), profiles)
def test_nobody_over_the_threshold_leaves_every_seat_unfilled(rnd, profile):
    """Nobody is seated from below the threshold (P-ELECT-4)."""
    out = counted(rnd, profile)

    assert (out.result, out.elected[POSITION], out.seating[0].unfilled) == (
        "supplementary",
        [],
        rnd.seats,
    )


@given(all_invalid_rounds(), profiles)
def test_all_invalid_ballots_give_nobody_a_vote(rnd, profile):
    """Invalid ballots are returned but counted for nobody (P-VALID-1, P-VALID-2)."""
    out = counted(rnd, profile)

    assert (out.recount.invalid, out.recount.counted) == (rnd.returned, 0)
    assert set(out.recount.tally[POSITION].values()) == {0}
    assert out.result == "supplementary"


@given(st.one_of(party_rounds(), party_rounds(with_records=True), boundary_rounds), profiles)
def test_the_elected_clear_the_threshold_and_fit_the_seats(rnd, profile):
    """|elected| <= seats; every elected and every tied clears the threshold; nobody below it is
    elected; a shortfall names how many seats are left (P-ELECT-1/2/4)."""
    out = counted(rnd, profile)

    if out.result == "void":
        assert out.seating == ()
        return
    (s,) = out.seating
    votes = dict(s.ranking)
    assert len(s.elected) + s.tied_seats + s.unfilled == rnd.seats
    assert all(out.threshold.passes(votes[n]) for n in s.elected + s.tied)
    assert all(n in s.qualified for n in s.elected)
    assert not [n for n, v in s.ranking if not out.threshold.passes(v) and n in s.elected]
    assert all(2 * votes[n] > out.threshold.base for n in s.elected)
    if s.elected and s.unfilled == 0 and not s.tied:
        assert min(votes[n] for n in s.elected) >= max(
            [0] + [votes[n] for n in votes if n not in s.elected]
        )


@pytest.mark.parametrize("family", FAMILIES)
@given(data=st.data())
def test_counting_twice_gives_the_same_count(family, data):
    """Determinism: the same file counts the same way every time."""
    results = parse_results(data.draw(results_files(family)))

    assert count(results) == count(results)


@given(party_rounds(with_records=True), profiles, st.randoms(use_true_random=False))
def test_the_order_of_ballots_does_not_change_the_outcome(rnd, profile, random):
    """Anonymity: shuffling the ballot records changes nobody's result."""
    shuffled = list(rnd.records)
    random.shuffle(shuffled)

    a = counted(rnd, profile)
    b = counted(rnd._replace(records=tuple(shuffled)), profile)

    assert (a.result, a.seating, a.recount.tally) == (b.result, b.seating, b.recount.tally)


@given(st.one_of(party_rounds(), boundary_rounds), profiles, st.permutations(PRINTED_NAMES))
def test_renaming_candidates_renames_the_outcome(rnd, profile, names):
    """Neutrality: renaming every candidate consistently renames who is elected or tied."""
    rename = dict(zip(PRINTED_NAMES, names))
    renamed = rnd._replace(
        printed=tuple(rename[n] for n in rnd.printed),
        tally={rename[n]: v for n, v in (rnd.tally or {}).items()},
    )

    a = core_round(rnd, profile)
    b = core_round(renamed, profile)

    mapped = a._replace(
        elected=frozenset(rename[n] for n in a.elected), tied=frozenset(rename[n] for n in a.tied)
    )
    assert b == mapped


@pytest.mark.parametrize("profile", [P2020, P1990], ids=lambda p: p.id)
def test_the_oracle_sees_the_contested_readings_of_the_profile(profile):
    """The two party profiles differ where rules/party.md says they do (P-QUORUM-1, P-ELECT-1)."""
    quorum = PartyRound(25, 20, 20, 20, 1, TWO, tally={"丁一": 15, "王二": 5})
    base = PartyRound(25, 21, 21, 21, 1, TWO, tally={"丁一": 11, "王二": 10})

    expected = {
        "party-2020": ("elected", "supplementary"),
        "party-1990": ("void", "elected"),
    }[profile.id]

    assert (core_round(quorum, profile).result, core_round(base, profile).result) == expected


# ---------------------------------------------------------------- villagers' rounds


@given(villager_elections(), st.booleans())
# exactly half is not a majority; one over is
@example((10, 19, {"主任": {"甲": 5}, "副主任": {"乙": 6}, "委员": {"丙": 6, "丁": 6}}), False)
# a tie at the last member seat among majority winners
@example(
    (10, 10, {"主任": {"甲": 9}, "副主任": {"乙": 9}, "委员": {"丙": 8, "丁": 7, "戊": 7}}), False
)
# the chair loser carried down into the members
@example(
    (10, 10, {"主任": {"甲": 6, "乙": 4}, "副主任": {"丙": 6}, "委员": {"乙": 2, "丁": 6}}), True
)
def test_villagers_formal_round_matches_the_oracle(case, carry):
    """V-DOUBLE-MAJORITY-2/3, V-POS-1/2, V-TIE-1: seats, ties and shortfalls as the oracle says."""
    voters, _, tally = case
    r = count(parse_results(villager_file(case, carry))).rounds[0]
    result, elected = decide_villager_round(tally, VILLAGER_SEATS, voters, carry)

    assert r.result == result
    assert {p: sorted(n) for p, n in r.elected.items()} == elected


@given(st.integers(1, 60), st.integers(0, 60), st.integers(0, 60))
@example(600, 200, 150)  # D5: exactly a third
@example(601, 200, 150)  # D6: just under a third
def test_supplementary_round_elects_the_top_candidate_with_a_third(cast, top, other):
    """V-SUPP-3: most votes and 3*votes >= cast; never a majority test."""
    top, other = min(top, cast), min(other, cast - min(top, cast))
    second = {
        "kind": "supplementary",
        "positions": [{"name": "委员", "seats": 1}],
        "candidates": {"委员": ["丙", "丁"]},
        "ballots": {"issued": cast, "returned": cast},
        "tally": {"委员": {"丙": top, "丁": other}},
    }
    data = villager(
        {"委员": {"甲": 9, "丙": 1, "丁": 0}},
        seats={"委员": 2},
        registered=1201,  # never fewer registered than ballots returned (V-BALLOT-RECON-1)
        issued=601,
        extra_rounds=(second,),
        profile=with_params(supplementary_needs_turnout=False),
    )
    r = count(parse_results(data)).rounds[1]
    best = max(top, other)
    winners = [n for n, v in (("丙", top), ("丁", other)) if v == best and 3 * v >= cast]

    if len(winners) == 2:
        assert r.result == "tie_revote"
    else:
        assert r.elected == {"委员": winners}
