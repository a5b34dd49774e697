"""A person without a vote never enters 应到会 or the turnout base. Party: 应到会 (the quorum's
and, under 2020, the threshold's base) is the recorded figure plus every listed exclusion that
lacks an approval of a member who has a vote — a member without one (P-RIGHTS-1: 预备党员,
留党察看, 停止党籍; from 2020 also 留置, 逮捕), by the voter list's status or the exclusion's
reason, never enters it. Villagers: 参加投票的人数 (the 双过半 turnout and the majority's base) is
the ballots returned less every ballot cast under a rejected authorisation (V-PROXY-1: the
principal voted in person, no near relative, a second authorisation, over the limit, or under
the amended law a candidate as proxy), so no one votes through a proxy who may not.

Rules: P-RIGHTS-1, P-QUORUM-1, P-QUORUM-2, P-ELECT-1, V-PROXY-1, V-2026-PROXY-1/2,
V-DOUBLE-MAJORITY-1/2. Bounds: party — ``count`` of a committee round with one listed exclusion
(6 reasons x 5 voter statuses x 4 approval pairs) beside an unapproved sick leave, party-2020 and
party-1990; villagers — ``count`` with 0..2 authorisations (proxy 张 or the candidate 甲, principal
P1 or P2, spouse or other, voted in person or not) after none or three valid ones held by 张,
villager-2018 and villager-2026. Broken variant: an unapproved exclusion always kept in 应到会.
"""

from __future__ import annotations

import itertools
from typing import Any

from tallykit.specs._harness import Outcome, Property, differential, first, party_results, summary
from tallykit.specs._villager import villager_results, villager_round

REASONS = ("因病请假", "被留置", "已被逮捕", "预备党员", "受留党察看处分", "停止党籍")
STATUSES = (None, "full", "probationary", "party_probation", "rights_suspended")
# P-RIGHTS-1 (rules/party.md): no vote at all — by status, or by the words of the reason.
NO_VOTE_1990 = ({"probationary", "party_probation"}, ("预备党员", "留党察看", "停止党籍"))
NO_VOTE_2020 = ({"rights_suspended"}, ("留置", "逮捕"))
NEAR = ("spouse", "parent", "child", "sibling", "grandparent", "grandchild")  # 民法典 art.1045


def has_vote(status: str | None, reason: str, since_2020: bool) -> bool:
    statuses, words = (set(x) for x in NO_VOTE_1990)
    if since_2020:
        statuses |= NO_VOTE_2020[0]
        words |= set(NO_VOTE_2020[1])
    return status not in statuses and not any(w in reason for w in words)


def _party_cases():
    for profile in ("party-2020", "party-1990"):
        for reason, status in itertools.product(REASONS, STATUSES):
            for approvals in itertools.product((False, True), repeat=2):
                yield profile, reason, status, approvals


def _party(broken: bool):
    from tallykit.counting.rounds import count
    from tallykit.results import parse_results

    def agrees(case) -> bool:
        profile, reason, status, (upper, meeting) = case
        data = party_results([6, 3], 1, expected=10, present=9, profile=profile)
        data["electorate"]["exclusions"] = [
            {"name": "王", "reason": reason, "upper_approved": upper, "meeting_approved": meeting},
            {
                "name": "赵",
                "reason": "因病请假",
                "upper_approved": False,
                "meeting_approved": False,
            },
        ]
        if status is not None:
            data["voters"] = [{"name": "王", "status": status}]
        r = count(parse_results(data)).rounds[0]
        kept = not (upper and meeting) and (
            broken or has_vote(status, reason, profile == "party-2020")
        )
        want = 10 + 1 + kept
        base_ok = r.threshold.base == (want if profile == "party-2020" else 9)
        return r.gates[0].values["expected"] == want and base_ok

    return differential(_party_cases(), agrees, "应到会: count")


OPTIONS = list(itertools.product(("张", "甲"), ("P1", "P2"), ("spouse", "other"), (False, True)))


def _villager_cases():
    for profile in ("villager-2018", "villager-2026"):
        for held in (0, 3):
            for k in range(3):
                for picks in itertools.product(OPTIONS, repeat=k):
                    yield profile, held, picks


def _rejected(profile: str, proxies: list[dict[str, Any]]) -> int:
    """V-PROXY-1 in file order, as rules/villager.md states it."""
    limit, candidate_may = 3, profile == "villager-2018"
    held: dict[str, int] = {}
    principals: set[str] = set()
    rejected = 0
    for p in proxies:
        ok = (
            not p["principal_voted_in_person"]
            and p["relation"] in NEAR
            and p["principal"] not in principals
            and (candidate_may or p["proxy"] != "甲")
            and held.get(p["proxy"], 0) < limit
        )
        if ok:
            held[p["proxy"]] = held.get(p["proxy"], 0) + 1
            principals.add(p["principal"])
        rejected += not ok
    return rejected


def _villager(case) -> bool:
    from tallykit.counting.rounds import count
    from tallykit.results import parse_results

    profile, held, picks = case
    proxies = [
        {
            "principal": f"Q{i}",
            "proxy": "张",
            "relation": "spouse",
            "principal_voted_in_person": False,
        }
        for i in range(held)
    ]
    proxies += [
        {"principal": pr, "proxy": px, "relation": rel, "principal_voted_in_person": here}
        for px, pr, rel, here in picks
    ]
    rnd = villager_round(
        "formal",
        {"委员": 1},
        {"委员": ("甲", "乙")},
        returned=12,
        tally={"委员": {"甲": 7, "乙": 4}},
    )
    data = villager_results([rnd], registered=20, profile=profile)
    data["proxies"] = proxies
    data["election"]["date"] = "2026-06-01" if profile == "villager-2026" else "2024-06-01"
    r = count(parse_results(data)).rounds[0]
    want = 12 - _rejected(profile, proxies)
    return r.gates[0].values["participants"] == want and r.threshold.base == want


def check(broken: bool) -> Outcome:
    if broken:
        return _party(True)
    return first(
        x()
        for x in (
            lambda: _party(False),
            lambda: differential(_villager_cases(), _villager, "参加投票的人数: count"),
        )
    )


PROPERTY = Property(
    name="no_vote_base",
    doc=summary(__doc__),
    rules=(
        "P-RIGHTS-1",
        "P-QUORUM-1",
        "P-QUORUM-2",
        "P-ELECT-1",
        "V-PROXY-1",
        "V-DOUBLE-MAJORITY-1",
        "V-DOUBLE-MAJORITY-2",
    ),
    bounds=(
        "party: count with one listed exclusion (6 reasons x 5 statuses x 4 approval pairs) "
        "beside an unapproved sick leave, party-2020 and party-1990; villagers: count with 0..2 "
        "authorisations of 16 kinds after none or three valid ones, villager-2018 and -2026"
    ),
    check=check,
)
