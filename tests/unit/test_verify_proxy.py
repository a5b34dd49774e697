"""TK-PROXY-1 (V-PROXY-1, rules/villager.md D11): a rejected authorisation is a warning when its
ballot, even if in the tally, cannot change the outcome, and an error when it could (a seat, or
the turnout half of 双过半); one over the limit that the record counted is an error whatever its
effect (the recorded totals must be corrected); party files allow no proxy at all (P-PROXY-1)."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from tests.support.helpers import party_file
from tests.support.villager_build import recall_file, villager, with_params

from tallykit.counting.seating import fill_seats
from tallykit.results import parse_results
from tallykit.check.verify import verify
from tallykit.counting.villager import proxy_at_risk

OVER_LIMIT = [  # D11: P holds 4 authorisations, limit 3; the 4th is rejected
    {"principal": f"委托人{i}", "proxy": "P", "relation": "spouse"} for i in range(1, 5)
]
IN_LAW = {"principal": "委托人5", "proxy": "Q", "relation": "in_law"}
VOTED = {"principal": "委托人6", "proxy": "R", "relation": "sibling", "principal_voted_in_person": True}


def proxy_findings(data):
    return [f for f in verify(parse_results(data)).findings if f.code == "TK-PROXY-1"]


def one_post(votes: dict[str, int], proxies, seats: int = 1, **kw):
    return villager({"主任": votes}, seats={"主任": seats}, issued=600, proxies=proxies, **kw)


def test_robust_rejection_is_a_warning_with_its_margin():
    """600 returned, 1 rejected (an in-law): 599 took part; 甲 400 - 1 = 399 still has 2*399 > 599."""
    (f,) = proxy_findings(one_post({"甲": 400, "乙": 150}, [IN_LAW]))

    assert (f.severity, f.rules, f.path, f.recorded) == ("warning", ("V-PROXY-1",), "/proxies/0", "proxy_not_near_relative")
    assert "400-1=399" in f.message_zh and "2*votes > 599" in f.message_en
    assert "2×得票 > 599" in f.message_zh and "votes" not in f.message_zh
    assert "cannot change the outcome" in f.message_en


def test_over_the_limit_and_counted_is_an_error_however_robust():
    """D11 with the 4th authorisation in the record (not marked counted: false): its ballot is
    among the returned, so the recorded totals are wrong and must be corrected — an error even
    when 甲 400 - 1 = 399 keeps the seat; the effect is still stated."""
    (f,) = proxy_findings(one_post({"甲": 400, "乙": 150}, OVER_LIMIT))

    assert (f.severity, f.path, f.recorded) == ("error", "/proxies/3", "proxy_over_limit")
    assert "须更正记录的合计" in f.message_zh and "correct the recorded totals" in f.message_en
    assert "400-1=399" in f.message_zh


def test_an_authorisation_marked_not_counted_is_no_finding_and_no_lost_voter():
    """The commission refused the 4th authorisation and no ballot was cast (counted: false):
    nothing to correct, and all 600 returned took part."""
    refused = [*OVER_LIMIT[:3], {**OVER_LIMIT[3], "counted": False}]
    data = one_post({"甲": 400, "乙": 150}, refused)

    assert proxy_findings(data) == []
    assert verify(parse_results(data)).count.rounds[0].threshold.base == 600


def test_decisive_rejection_is_an_error_naming_post_person_and_numbers():
    """甲 300 of 599 is elected (600 > 599), but 300 - 1 = 299 would not be (598 > 599 fails)."""
    (f,) = proxy_findings(one_post({"甲": 300, "乙": 150}, [IN_LAW]))

    assert f.severity == "error" and f.rules == ("V-PROXY-1",)
    assert "第1轮主任 甲 得 300 票，300-1=299，门槛 2×得票 > 599" in f.message_zh
    assert "reviewer decides" in f.message_en


def test_multiple_rejections_take_away_one_approval_each():
    """Three rejected (over the limit, an in-law, a principal who voted): 597 took part and
    every elected person must survive losing 3: 302 - 3 = 299 passes 598 > 597, 301 - 3 does not.
    The over-limit one is an error either way (the record counted it)."""
    proxies = [*OVER_LIMIT, IN_LAW, VOTED]
    robust = proxy_findings(one_post({"甲": 302, "乙": 150}, proxies))
    decisive = proxy_findings(one_post({"甲": 301, "乙": 150}, proxies))

    assert [(f.recorded, f.severity) for f in robust] == [
        ("proxy_over_limit", "error"),
        ("proxy_not_near_relative", "warning"),
        ("proxy_principal_voted", "warning"),
    ]
    assert [f.severity for f in decisive] == ["error"] * 3
    assert all("302-3=299" in f.message_zh for f in robust)


def test_an_unelected_rival_who_passes_must_stay_strictly_behind():
    """Two seats, 丙 378 passes but is third: 380 - 1 = 379 > 378 stands; 380 - 2 = 378 would tie."""
    votes = {"甲": 400, "乙": 380, "丙": 378}
    one = proxy_findings(one_post(votes, [IN_LAW], seats=2))
    two = proxy_findings(one_post(votes, [IN_LAW, VOTED], seats=2))

    assert [f.severity for f in one] == ["warning"]
    assert [f.severity for f in two] == ["error", "error"]
    assert "未当选者最多 378 票" in two[0].message_zh


def test_recall_recalled_and_not_recalled():
    """601 voted, 1 rejected: 600. Recalled with 302 - 1 = 301 stands (602 > 600); with 301 it
    could fall (600 > 600 fails); not recalled with 300 stays not recalled (removing ballots only
    removes yes votes)."""
    severity = {
        yes: [f.severity for f in proxy_findings(recall_file(1000, 601, yes, proxies=[IN_LAW]))]
        for yes in (302, 301, 300)
    }

    assert severity == {302: ["warning"], 301: ["error"], 300: ["warning"]}


def test_turnout_that_hinges_on_the_rejected_ballot_is_never_called_unchangeable():
    """501 returned of 1000 registered, 1 rejected (an in-law): 500 took part, 1000 > 1000 fails
    and the round is void (TK-QUORUM-1); counting that ballot, 1002 > 1000 would hold. So the
    finding is an error naming the turnout, not 'cannot change the outcome'."""
    data = villager({"主任": {"甲": 400}}, seats={"主任": 1}, issued=501, proxies=[IN_LAW])
    found = verify(parse_results(data)).findings
    (f,) = [x for x in found if x.code == "TK-PROXY-1"]

    assert f.severity == "error"
    assert "2×500=1000 > 1000" in f.message_zh and "501" in f.message_zh
    assert "cannot change" not in f.message_en
    assert any(x.code == "TK-QUORUM-1" for x in found)


def test_recorded_participants_lose_the_rejected_ballots_too():
    """The record's 参加投票人数 counted the rejected authorisation's ballot: 502 recorded, 501
    took part; 2*501 > 1000 still holds, and without the ballot it would be 502 — no hinge."""
    data = villager({"主任": {"甲": 400}}, seats={"主任": 1}, issued=502, proxies=[IN_LAW])
    data["rounds"][0]["ballots"]["participants"] = 502
    rnd = verify(parse_results(data)).count.rounds[0]

    assert rnd.gates[0].values["participants"] == 501 and rnd.threshold.base == 501


def test_carry_down_counts_a_ballot_once_per_post_summed():
    """Mandatory 上票下加: X's 委员 count 251 + 50 = 301 holds both posts' approvals, so one
    rejected ballot can take 2: 301 - 2 = 299 fails 2*votes > 599."""
    data = villager(
        {"主任": {"Y": 349, "X": 251}, "委员": {"Z": 200, "X": 50}},
        seats={"主任": 1, "委员": 1},
        candidates={"主任": ["X", "Y"], "委员": ["X", "Z"]},
        profile=with_params(carry_down="mandatory"),
        proxies=[IN_LAW],
    )
    (f,) = proxy_findings(data)

    assert f.severity == "error" and "301-2=299" in f.message_zh


def test_party_files_allow_no_proxy_at_all():
    """P-PROXY-1: any proxy in a party election is an error, however the votes fall."""
    data = party_file(expected=25, present=25, tally={"甲": 25, "乙": 1})
    data["proxies"] = [{"principal": "丙", "proxy": "丁", "relation": "spouse"}]
    (f,) = proxy_findings(data)

    assert (f.severity, f.rules) == ("error", ("P-PROXY-1",))


def _outcome(votes: dict[str, int], seats: int, passes):
    ranking = tuple(sorted(votes.items(), key=lambda nv: (-nv[1], nv[0])))
    _, elected, tied, tied_seats, unfilled = fill_seats(ranking, seats, passes)
    return set(elected), set(tied), tied_seats, unfilled


@given(
    st.lists(st.integers(0, 12), min_size=1, max_size=4),
    st.integers(1, 3),
    st.integers(0, 3),
    st.integers(0, 20),
    st.sampled_from(["majority", "third", "plurality"]),
)
def test_at_risk_is_empty_exactly_when_no_removal_changes_the_seats(raw, seats, loss, base, test):
    """Oracle: take 0..loss approvals from each person in every way; the outcome stands exactly
    when ``proxy_at_risk`` finds nobody (V-PROXY-1, D11)."""
    passes = {
        "majority": lambda v: 2 * v > base,
        "third": lambda v: 3 * v >= base,
        "plurality": lambda v: True,
    }[test]
    votes = {f"p{i}": v for i, v in enumerate(raw)}
    ranking = tuple(sorted(votes.items(), key=lambda nv: (-nv[1], nv[0])))
    _, elected, tied, _, _ = fill_seats(ranking, seats, passes)
    before = _outcome(votes, seats, passes)
    stands = all(
        _outcome({n: max(v - d, 0) for (n, v), d in zip(votes.items(), cut)}, seats, passes) == before
        for cut in itertools.product(range(loss + 1), repeat=len(votes))
    )

    assert (proxy_at_risk(ranking, elected, tied, passes, loss) == ()) == stands
