"""Hypothesis properties of the villager core against the tiny oracle in villager_oracle.py."""

from __future__ import annotations


from hypothesis import example, given
from hypothesis import strategies as st

from tests.support.villager_build import counted, villager, with_params
from tests.properties.villager_oracle import LAYOUT, SYMBOLS, formal, judge

from tallykit.counting.ballots import Layout, classify, recount
from tallykit.profiles import BUILTIN, extend_profile
from tallykit.results import BallotRecord

SEATS = {"主任": 1, "副主任": 1, "委员": 2}
PEOPLE = ("甲", "乙", "丙", "丁", "戊")
LAY = Layout(
    positions=tuple((p, s) for p, s, _ in LAYOUT), printed={p: names for p, _, names in LAYOUT}
)


@st.composite
def elections(draw):
    """Participants, a registered list they are more than half of, and per-post tallies where
    people may stand for several posts."""
    voters = draw(st.integers(1, 40))
    registered = voters + draw(st.integers(0, voters - 1))
    tally = {}
    for post in SEATS:
        names = draw(st.lists(st.sampled_from(PEOPLE), min_size=1, max_size=4, unique=True))
        tally[post] = {n: draw(st.integers(0, voters)) for n in names}
    return voters, registered, tally


@given(elections(), st.booleans())
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
def test_formal_round_matches_the_oracle(case, carry):
    """V-DOUBLE-MAJORITY-2/3, V-POS-1/2, V-TIE-1: seats, ties and shortfalls as the oracle says."""
    voters, registered, tally = case
    data = villager(
        tally,
        seats=SEATS,
        registered=registered,
        issued=voters,
        profile=with_params(carry_down="mandatory" if carry else "off", women_guarantee="none"),
    )
    r = counted(data).rounds[0]
    result, elected = formal(tally, SEATS, voters, carry)

    assert r.result == result
    assert {p: sorted(n) for p, n in r.elected.items()} == elected


ballots = st.fixed_dictionaries(
    {
        post: st.text(alphabet=SYMBOLS, min_size=len(names), max_size=len(names))
        for post, _, names in LAYOUT
    }
)
decks = st.lists(st.tuples(st.integers(1, 5), ballots), min_size=1, max_size=12)
SCOPES = st.sampled_from(["section", "ballot"])
SAME = st.sampled_from(["highest_only", "void_person"])
VOID_HIGHER = st.sampled_from(["drop_lower", "keep_lower"])


def _profile(scope, same, void_higher="drop_lower"):
    return extend_profile(
        BUILTIN["villager-2018"],
        {
            "overvote_scope": scope,
            "same_person_multi_post": same,
            "same_person_void_higher": void_higher,
        },
    )


@given(decks, SCOPES, SAME, VOID_HIGHER)
# 甲 for 主任 in an over-voted 主任 section and for 委员: counted for 委员 only under keep_lower
@example([(1, {"主任": "○○", "副主任": "  ", "委员": "○  "})], "section", "highest_only", "keep_lower")
def test_recount_tally_matches_the_oracle(deck, scope, same, void_higher):
    """The recount's classes and tally are the sums of the oracle's per-ballot judgements, under
    every reading of V-SAME-PERSON-1 with a void higher section (``same_person_void_higher``)."""
    rc = recount([BallotRecord(n, m) for n, m in deck], LAY, _profile(scope, same, void_higher))
    classes = {"valid": 0, "partly_valid": 0, "invalid": 0}
    tally = {post: {n: 0 for n in names} for post, _, names in LAYOUT}
    for n, marks in deck:
        status, approvals = judge(marks, scope, same, void_higher)
        classes[status] += n
        for post, names in approvals.items():
            for name in names:
                tally[post][name] += n

    assert (rc.valid, rc.partly_valid, rc.invalid) == (
        classes["valid"],
        classes["partly_valid"],
        classes["invalid"],
    )
    assert {p: dict(t) for p, t in rc.tally.items()} == tally


@given(decks, SAME)
def test_section_voiding_never_gives_fewer_votes_than_ballot_voiding(deck, same):
    """Voiding only the over-voted section keeps at least every vote whole-ballot voiding keeps."""
    records = [BallotRecord(n, m) for n, m in deck]
    section = recount(records, LAY, _profile("section", same))
    whole = recount(records, LAY, _profile("ballot", same))

    assert whole.counted <= section.counted
    assert all(
        whole.tally[p][n] <= section.tally[p][n] for p in section.tally for n in section.tally[p]
    )


@given(decks, SCOPES, SAME)
def test_carry_down_never_gives_one_ballot_two_votes_for_one_person(deck, scope, same):
    """After V-SAME-PERSON-1 a ballot gives a person at most one mark over all posts, so the
    carried-down count (sum over posts, V-POS-2) never exceeds the ballots counted."""
    rc = recount([BallotRecord(n, m) for n, m in deck], LAY, _profile(scope, same))
    people = {n for _, _, names in LAYOUT for n in names}

    assert all(sum(rc.tally[p].get(x, 0) for p in rc.tally) <= rc.counted for x in people)


@given(ballots, SCOPES)
def test_highest_only_keeps_a_person_only_at_the_highest_post_marked(marks, scope):
    """V-SAME-PERSON-1: no counted ballot approves one person for two posts, and a person kept
    is kept at the highest post the voter marked them for."""
    verdict = classify(BallotRecord(1, marks), LAY, _profile(scope, "highest_only"))
    posts = [p for p, _, _ in LAYOUT]
    kept = [(p, n) for p in posts for n in verdict.approvals.get(p, ())]
    marked = {
        n: [
            p
            for p, _, names in LAYOUT
            for name, s in zip(names, marks[p])
            if name == n and s == "○"
        ]
        for _, n in kept
    }

    assert len({n for _, n in kept}) == len(kept)
    assert all(p == marked[n][0] for p, n in kept)


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
    r = counted(data).rounds[1]
    best = max(top, other)
    winners = [n for n, v in (("丙", top), ("丁", other)) if v == best and 3 * v >= cast]

    if len(winners) == 2:
        assert r.result == "tie_revote"
    else:
        assert r.elected == {"委员": winners}
