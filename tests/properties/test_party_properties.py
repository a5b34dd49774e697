"""Party ballots and rounds against the reference counter in oracle.py, and invariants.

``classify``, ``recount`` and ``count`` must agree with the oracle on every drawn ballot and
round; conservation, the approval ceiling, threshold soundness, determinism, anonymity and
neutrality hold whatever is drawn. Boundary shapes are pinned with ``@example``s.
"""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tallykit.counting.ballots import Layout, classify, recount
from tallykit.counting.outcome import RoundOutcome
from tallykit.counting.rounds import count
from tallykit.profiles import BUILTIN, Profile
from tallykit.results import BallotRecord, parse_results
from tests.properties.oracle import Ballot, RoundEnd, decide_round, judge_ballot
from tests.properties.strategies import (
    POSITION,
    PRINTED_NAMES,
    WRITEIN_NAMES,
    PartyRound,
    all_invalid_rounds,
    ballot_records,
    exactly_half_rounds,
    last_seat_tie_rounds,
    nobody_over_rounds,
    one_over_half_rounds,
    party_profiles,
    party_rounds,
    printed_lists,
    results_json,
)

P2020, P1990 = BUILTIN["party-2020"], BUILTIN["party-1990"]
TWO = ("丁一", "王二")
THREE = ("丁一", "王二", "刘三")
FOUR = ("丁一", "王二", "刘三", "李四")


def layout(printed: tuple[str, ...], seats: int) -> Layout:
    return Layout(positions=((POSITION, seats),), printed={POSITION: printed})


def oracle_ballot(
    record: BallotRecord, printed: tuple[str, ...], seats: int, profile: Profile
) -> Ballot:
    marks = profile["marks"]
    line = record.marks.get(POSITION, "") or " " * len(printed)
    write_ins = record.write_ins.get(POSITION, ())
    return judge_ballot(
        [(name, marks[s]) for name, s in zip(printed, line)],
        [(name, marks[s]) for name, s in write_ins],
        seats,
        flags=record.flags,
        unmarked=profile["writein_without_mark"],
        spoils=profile["identifying_mark_spoils"],
        abstainer_writes=profile["abstainer_writein"] == "count",
    )


def core_ballot(
    record: BallotRecord, printed: tuple[str, ...], seats: int, profile: Profile
) -> Ballot:
    verdict = classify(record, layout(printed, seats), profile)
    return Ballot(verdict.status, verdict.reason, verdict.approvals.get(POSITION, ()))


def oracle_round(rnd: PartyRound, profile: Profile) -> RoundEnd:
    tally = dict(rnd.tally or {})
    if rnd.records is not None:
        tally = dict.fromkeys(rnd.printed, 0)
        for rec in rnd.records:
            for name in oracle_ballot(rec, rnd.printed, rnd.seats, profile).votes:
                tally[name] = tally.get(name, 0) + rec.count
    return decide_round(
        rnd.expected,
        rnd.present,
        rnd.issued,
        rnd.returned,
        rnd.seats,
        tally,
        strict_quorum=profile["quorum_comparison"] == ">",
        base=profile["threshold_base"],
    )


def counted(rnd: PartyRound, profile: Profile) -> RoundOutcome:
    return count(parse_results(results_json(rnd, profile=profile.id)), profile=profile).rounds[0]


def core_round(rnd: PartyRound, profile: Profile) -> RoundEnd:
    out = counted(rnd, profile)
    if out.result == "void":
        return RoundEnd("void", void_reason=out.void_reason)
    (s,) = out.seating
    return RoundEnd(out.result, frozenset(s.elected), frozenset(s.tied), s.tied_seats, s.unfilled)


def rec(
    marks: str, *write_ins: tuple[str, str], flags: tuple[str, ...] = (), n: int = 1
) -> BallotRecord:
    return BallotRecord(n, {POSITION: marks}, {POSITION: write_ins} if write_ins else {}, flags)


@st.composite
def ballots_with_layout(draw: st.DrawFn) -> tuple[tuple[str, ...], int, BallotRecord, Profile]:
    printed = draw(printed_lists(max_size=5))
    seats = draw(st.integers(min_value=1, max_value=len(printed)))
    return printed, seats, draw(ballot_records(printed)), draw(party_profiles())


# ---------------------------------------------------------------- one ballot


@given(ballots_with_layout())
# Over the quota counts approved write-ins too (P-VALID-1): 2 printed + 1 written > 2 seats.
@example((TWO, 2, rec("○○", ("钱甲", "○")), P2020))
@example((TWO, 1, rec("○×", ("钱甲", "○")), P2020))
# Exactly the quota is valid; one write-in below a cross counts (P-VALID-1, P-VALID-5).
@example((TWO, 2, rec("○×", ("钱甲", "○")), P2020))
# A write-in from a voter who crossed nobody gets no vote under party-2020 (P-VALID-5).
@example((TWO, 2, rec("○ ", ("钱甲", "○")), P2020))
@example((TWO, 2, rec("  ", ("钱甲", "○")), P2020))
# Two write-ins below one cross: only the first gets a vote (P-VALID-5, P-MARK-1 例文).
@example((THREE, 3, rec("×  ", ("钱甲", "○"), ("吴乙", "√")), P2020))
# A name without a mark: no vote under party-2020 (P-MARK-1).
@example((TWO, 2, rec("×○", ("钱甲", " ")), P2020))
# Blank and all-× ballots are valid and approve nobody (P-VALID-4).
@example((THREE, 2, rec("   "), P2020))
@example((THREE, 2, rec("-- "), P2020))
@example((THREE, 2, rec("×××"), P2020))
# Wholly unreadable is invalid; partly unreadable counts the readable part (P-VALID-3).
@example((THREE, 2, rec("???"), P2020))
@example((THREE, 2, rec("???", ("钱甲", "?")), P2020))
@example((THREE, 2, rec("○?×"), P2020))
@example((THREE, 2, rec("???", ("钱甲", " ")), P2020))
# Over-quota is judged on readable approvals only (P-VALID-3 edge case).
@example((THREE, 2, rec("○○?"), P2020))
# An identifying mark spoils the ballot; torn or unreadable flags void it (P-VALID-2/3).
@example((TWO, 2, rec("○ ", flags=("identifying_mark",)), P2020))
@example((TWO, 2, rec("○ ", flags=("torn",)), P2020))
@example((TWO, 2, rec("○ ", flags=("unreadable",)), P2020))
def test_classify_agrees_with_the_oracle(case):
    """Every ballot gets the oracle's class, reason and votes, in ballot order."""
    printed, seats, record, profile = case

    assert core_ballot(record, printed, seats, profile) == oracle_ballot(
        record, printed, seats, profile
    )


@given(ballots_with_layout())
def test_a_ballot_adds_at_most_seats_approvals(case):
    """No ballot gives more than ``seats`` approvals, nor two to one person (P-VALID-1)."""
    printed, seats, record, profile = case

    votes = core_ballot(record, printed, seats, profile).votes

    assert len(votes) <= seats
    assert len(set(votes)) == len(votes)
    assert set(votes) <= set(printed) | set(WRITEIN_NAMES)


# ---------------------------------------------------------------- recount


@st.composite
def record_lists(draw: st.DrawFn) -> tuple[tuple[str, ...], int, list[BallotRecord], Profile]:
    printed = draw(printed_lists(max_size=5))
    seats = draw(st.integers(min_value=1, max_value=len(printed)))
    records = draw(st.lists(ballot_records(printed, max_count=5), max_size=12))
    return printed, seats, records, draw(party_profiles())


def class_counts(result) -> Counter:
    return Counter({(c.status, c.reason): c.count for c in result.classes})


@given(record_lists())
def test_recount_conserves_every_record(case):
    """valid + partly_valid + invalid == returned, and every record is in exactly one class."""
    printed, seats, records, profile = case

    result = recount(records, layout(printed, seats), profile)

    returned = sum(r.count for r in records)
    assert result.valid + result.partly_valid + result.invalid == result.returned == returned
    assert sum(c.count for c in result.classes) == returned
    expected = Counter()
    for r in records:
        b = oracle_ballot(r, printed, seats, profile)
        expected[(b.status, b.reason)] += r.count
    assert class_counts(result) == +expected
    classes = [oracle_ballot(r, printed, seats, profile)[:2] for r in records]
    for c in result.classes:
        assert classes.index((c.status, c.reason)) == c.first_record


@given(record_lists())
def test_recount_tally_agrees_with_the_oracle(case):
    """The tally is the oracle's votes summed; no candidate gets more than the counted ballots."""
    printed, seats, records, profile = case

    result = recount(records, layout(printed, seats), profile)

    expected = Counter(dict.fromkeys(printed, 0))
    for r in records:
        for name in oracle_ballot(r, printed, seats, profile).votes:
            expected[name] += r.count
    assert dict(result.tally[POSITION]) == dict(expected)
    assert sum(result.tally[POSITION].values()) <= seats * result.counted
    assert all(v <= result.counted for v in result.tally[POSITION].values())


@given(record_lists(), st.randoms(use_true_random=False))
def test_recount_does_not_depend_on_record_order(case, random):
    """Anonymity: shuffling the records changes no class count, tally or note."""
    printed, seats, records, profile = case
    shuffled = list(records)
    random.shuffle(shuffled)

    a = recount(records, layout(printed, seats), profile)
    b = recount(shuffled, layout(printed, seats), profile)

    assert (a.valid, a.partly_valid, a.invalid, a.tally) == (
        b.valid,
        b.partly_valid,
        b.invalid,
        b.tally,
    )
    assert class_counts(a) == class_counts(b)
    assert Counter(dict(a.notes)) == Counter(dict(b.notes))


# ---------------------------------------------------------------- rounds


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


@given(st.one_of(party_rounds(), party_rounds(with_records=True)), profiles)
def test_counting_twice_gives_the_same_count(rnd, profile):
    """Determinism: the same file counts the same way every time."""
    results = parse_results(results_json(rnd, profile=profile.id))

    assert count(results, profile=profile) == count(results, profile=profile)


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
