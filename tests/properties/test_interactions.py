"""Properties of the rules' interactions, each against a few obviously-correct lines written from
rules/*.md: who enters 应到会 (P-RIGHTS-1, P-QUORUM-2), one person one post (V-POS-1, TK-POST-1),
the new committee for the officers' vote (P-CAND-2), ballots against people (V-BALLOT-RECON-1),
the villagers' vacancy (V-SUPP-4), and proxies whose ballots decide the turnout (V-PROXY-1)."""

from __future__ import annotations


from hypothesis import example, given, settings
from hypothesis import strategies as st

from tests.support.helpers import party_file
from tests.support.villager_build import counted, villager, with_params

from tallykit import count, parse_results
from tallykit.check.verify import verify

# Exclusion reasons: a member with a vote (P-QUORUM-2 applies) or without one (P-RIGHTS-1);
# 留置 takes the vote away under the 2020 regulation only.
REASONS = ("外出务工", "患病卧床", "预备党员", "受留党察看处分", "被留置")
NO_VOTE = {"party-2020": ("预备党员", "留党察看", "留置"), "party-1990": ("预备党员", "留党察看")}

exclusions = st.lists(st.tuples(st.sampled_from(REASONS), st.booleans(), st.booleans()), max_size=4)


@settings(deadline=None)  # no wall clock: the verdict must not depend on load
@given(
    st.integers(5, 30),
    st.integers(0, 30),
    exclusions,
    st.sampled_from(("party-2020", "party-1990")),
)
@example(25, 20, [("预备党员", False, False)], "party-2020")  # exactly 4/5 stays valid
@example(25, 20, [("外出务工", True, False)], "party-2020")  # a voter without the meeting's vote
def test_who_enters_expected(expected, present, excl, profile):
    """应到会 is the recorded figure plus each listed member who has a vote and lacks an
    approval; quorum and threshold both use it, and TK-EXCL-1 appears exactly when it differs,
    as an error exactly when counting on the recorded figure ends the round differently."""
    present = min(present, expected)
    data = party_file(
        expected=expected,
        present=present,
        seats=1,
        tally={"甲": present, "乙": 0},
        profile=profile,
        exclusions=[
            {"name": f"党员{i}", "reason": r, "upper_approved": u, "meeting_approved": m}
            for i, (r, u, m) in enumerate(excl)
        ],
    )
    has_vote = lambda r: not any(w in r for w in NO_VOTE[profile])  # noqa: E731
    back = sum(1 for r, u, m in excl if has_vote(r) and not (u and m))
    rules_expected = expected + back
    strict = profile == "party-1990"
    quorum = 5 * present > 4 * rules_expected if strict else 5 * present >= 4 * rules_expected
    report = verify(parse_results(data))
    r = report.count.rounds[0]
    found = [f for f in report.findings if f.code == "TK-EXCL-1"]

    assert r.gates[0].values["expected"] == rules_expected
    assert (r.result != "void") == quorum
    if profile == "party-2020" and quorum:
        assert r.threshold.base == rules_expected
    assert [f.expected for f in found] == ([rules_expected] if back else [])
    if back:
        plain = count(
            parse_results({**data, "electorate": {"expected": expected, "present": present}})
        )
        differs = (plain.rounds[0].result, plain.rounds[0].elected) != (r.result, r.elected)
        assert found[0].severity == ("error" if differs else "warning")


@settings(deadline=None)  # no wall clock: the verdict must not depend on load
@given(
    st.dictionaries(st.sampled_from("甲乙丙丁"), st.integers(0, 7), min_size=1),
    st.dictionaries(st.sampled_from("甲乙丙丁"), st.integers(0, 7), min_size=1),
)
@example({"甲": 6}, {"甲": 4, "乙": 3})  # the 书记 also has a majority for 副书记
def test_party_officers_one_person_one_post(secretary, deputy):
    """TK-POST-1 (as V-POS-1): 书记 first; whoever it elects leaves the 副书记 count, where the seat
    goes by the rest's votes — never one person in both posts."""
    data = party_file(
        expected=7, present=7, kind="party_officers", position="书记", tally=secretary
    )
    data["election"]["positions"] = [{"name": "书记", "seats": 1}, {"name": "副书记", "seats": 1}]
    rnd = data["rounds"][0]
    rnd["positions"] = data["election"]["positions"]
    rnd["candidates"] = {"书记": list(secretary), "副书记": list(deputy)}
    rnd["tally"] = {"书记": secretary, "副书记": deputy}
    r = count(parse_results(data)).rounds[0]

    def seat(votes, out):  # one seat, more than half of 7, a tie at the top decides nothing yet
        passing = {n: v for n, v in votes.items() if 2 * v > 7 and n not in out}
        top = [n for n, v in passing.items() if v == max(passing.values())] if passing else []
        return top if len(top) == 1 else []

    first = seat(secretary, set())
    second = seat(deputy, set(first))

    assert r.elected["书记"] == first and r.elected["副书记"] == second
    assert not set(r.elected["书记"]) & set(r.elected["副书记"])


@settings(deadline=None)  # no wall clock: the verdict must not depend on load
@given(
    st.dictionaries(st.sampled_from("甲乙丙丁戊"), st.integers(0, 9), min_size=1),
    st.sets(st.sampled_from("甲乙丙丁戊"), min_size=1),
)
def test_officers_come_from_the_new_committee(votes, committee):
    """P-CAND-2, P-VALID-5: with ``election.committee`` recorded, nobody outside it is elected
    书记, and removing outsiders' votes never changes who among the members is elected."""
    data = party_file(expected=9, present=9, kind="party_officers", position="书记", tally=votes)
    data["election"]["committee"] = sorted(committee)
    r = count(parse_results(data)).rounds[0]
    members = {n: v for n, v in votes.items() if n in committee}
    passing = [n for n, v in members.items() if 2 * v > 9]
    top = [n for n in passing if members[n] == max(members[m] for m in passing)] if passing else []

    assert set(r.elected["书记"]) <= committee
    assert r.elected["书记"] == (top if len(top) == 1 else [])


def chair_only(registered, issued, **kw):
    """A villagers' round electing only a 主任, whose one candidate has no votes: only the gates
    can void it."""
    return villager(
        {"主任": {"甲": 0}}, seats={"主任": 1}, registered=registered, issued=issued, **kw
    )


@settings(deadline=None)  # no wall clock: the verdict must not depend on load
@given(
    st.integers(1, 60),
    st.integers(0, 60),
    st.integers(0, 60),
    st.one_of(st.none(), st.integers(0, 60)),
    st.sampled_from(("issued", "participants")),
)
@example(1100, 606, 600, 597, "issued")  # returned within issued but over the participants
@example(599, 606, 600, None, "issued")  # more ballots than registered voters
def test_ballots_never_outnumber_people(registered, issued, returned, participants, against):
    """V-BALLOT-RECON-1: the round is void when more ballots come back than were issued (or than
    voters, per ``reconcile_against``), and — whatever it says — than the recorded voters taking
    part or the registered voters; else only the turnout can void it."""
    data = chair_only(
        registered,
        issued,
        returned=returned,
        participants=participants,
        profile=with_params(reconcile_against=against),
    )
    r = counted(data).rounds[0]
    base = issued if against == "issued" else (participants or issued)
    too_many = returned > base or returned > registered
    too_many = too_many or (participants is not None and returned > participants)
    voters = participants if participants is not None else returned

    assert (r.result == "void") == (too_many or not 2 * voters > registered)
    if too_many:
        assert r.void_rules[0] == "V-BALLOT-RECON-1" or not 2 * voters > registered


@settings(deadline=None)  # no wall clock: the verdict must not depend on load
@given(st.integers(0, 3), st.integers(1, 5))
def test_vacancy_after_a_failed_supplementary_election(elected_later, minimum):
    """V-SUPP-4: a supplementary round that leaves seats empty ends as ``vacancy`` (no next
    step) exactly when the elected reach ``min_committee``, else calls for another one."""
    second = {
        "kind": "supplementary",
        "positions": [{"name": "委员", "seats": 3}],
        "candidates": {"委员": ["丁", "戊", "己", "庚"]},
        "ballots": {"issued": 600, "returned": 600},
        "tally": {"委员": dict(zip(["丁", "戊", "己", "庚"], [300] * elected_later + [10] * 4))},
    }
    data = villager(
        {"委员": {"甲": 400, "乙": 350, "丁": 200, "戊": 190, "己": 180, "庚": 100}},
        seats={"委员": 5},
        extra_rounds=(second,),
        profile=with_params(min_committee=minimum),
    )
    r = counted(data).rounds[1]
    total = 2 + elected_later

    if elected_later == 3:
        assert r.result == "elected"
    else:
        assert r.result == ("vacancy" if total >= minimum else "supplementary")


@settings(deadline=None)  # no wall clock: the verdict must not depend on load
@given(st.integers(1, 40), st.integers(0, 3), st.integers(0, 40))
def test_a_turnout_that_hinges_on_rejected_ballots_is_an_error(registered, rejected, extra):
    """V-PROXY-1 with V-DOUBLE-MAJORITY-1: the rejected ballots are no one's participation; when
    counting them would flip the turnout, TK-PROXY-1 is an error and never says the outcome
    cannot change."""
    returned = min(registered, extra + rejected)
    proxies = [
        {"principal": f"委托人{i}", "proxy": f"受托人{i}", "relation": "in_law"}
        for i in range(rejected)
    ]
    data = chair_only(registered, returned, proxies=proxies)
    found = [f for f in verify(parse_results(data)).findings if f.code == "TK-PROXY-1"]
    voters = returned - rejected
    hinges = (2 * voters > registered) != (2 * returned > registered)

    assert len(found) == rejected
    if hinges:
        assert all(f.severity == "error" and "cannot change" not in f.message_en for f in found)
