"""How a round is counted, as data: one ``Procedure`` value from (profile, election kind, round
kind). The one counting function (``rounds.count_round``), ``explain`` and verify's follow-up
checks read it; what differs between a party committee, its officers, 两推, villagers',
residents' and recall rounds is here and nowhere else.
"""

from __future__ import annotations

import msgspec

from tallykit import parameters as P
from tallykit.profiles import Profile
from tallykit.vocabulary import Family, Result, ThresholdTest

# The rules behind what a round calls for next, and behind the follow-up round itself, by rule
# family (residents share the villagers' rules).
NEXT_STEP_RULES: dict[str, dict[str, tuple[str, ...]]] = {
    Family.PARTY: {
        "tie_revote": ("P-ELECT-3",),
        "supplementary": ("P-ELECT-4",),
        "seat_reduction": ("P-ELECT-4",),
    },
    Family.VILLAGER: {
        "tie_revote": ("V-TIE-1",),
        "supplementary": ("V-SUPP-1",),
        "seat_reduction": ("V-SUPP-1",),
        "vacancy": ("V-SUPP-4",),
    },
}
FOLLOW_UP_RULES: dict[str, dict[str, tuple[str, ...]]] = {
    Family.PARTY: {"tie_revote": ("P-ELECT-3",), "supplementary": ("P-ELECT-5",)},
    Family.VILLAGER: {"tie_revote": ("V-TIE-1",), "supplementary": ("V-SUPP-1",)},
}
VILLAGER_KINDS = ("villagers_committee", "residents_committee", "recall")


class ThresholdRule(msgspec.Struct, frozen=True):
    """What a person needs on this round: the test and the base it is taken of (``None`` for
    plurality): ``expected``, ``present``, ``returned``, ``participants``, ``registered`` or
    ``cast`` (the ballots returned)."""

    rule: str
    test: ThresholdTest
    base: str | None = None


class Procedure(msgspec.Struct, frozen=True):
    """Everything about counting one round that depends on the law and the kind of vote."""

    family: Family  # party or villager: whose rule ids the steps cite
    gates: tuple[str, ...]  # tested before any vote counts, in this order (rounds.GATES)
    turnout_rule: str  # the rule of the turnout gate, where there is one
    threshold: ThresholdRule
    declared_void_rule: str  # cited when the record declares the round void
    posts: str  # "in_order" (posts in ballot order), "each_qualifies" (两推), "targets" (recall)
    reserved_seats: bool  # a post's reserved seats admit only women (V-WOMEN-1)
    carry_down: str  # 上票下加 (V-POS-2): "off", "optional" or "mandatory"
    women_guarantee: str  # the member post's women's rule applied on this round, or "none"
    one_post_rule: str  # who a higher post elects leaves the lower ones (TK-POST-1, V-POS-1)
    filled: Result  # how a round that fills its seats ends
    seat_reduction: bool  # a recorded decision may end a shortfall (P-ELECT-4)
    vacancy_min: int | None  # a supplementary round forming this many ends in a vacancy (V-SUPP-4)
    next_candidates: bool  # a shortfall names the supplementary election's candidates (V-SUPP-1)
    proxies: bool  # authorisations are checked and rejected ones take no part (V-PROXY-1)
    checks: tuple[str, ...]  # advisory checks: "margin" (P-CAND-1), "ballot_order" (P-ORDER-1)
    list_min: bool  # the round states the smallest initial list (两推, TK-REC-3)
    order_rule: str  # the rule the step order follows (explain)
    ballots_rule: str  # the rule the ballot count follows (explain)
    fill_rule: str  # the rule seats are filled by (explain)

    def next_step_rules(self, step: str | None) -> tuple[str, ...]:
        """The rules a next step (tie re-vote, shortfall, seat reduction, vacancy) rests on."""
        return NEXT_STEP_RULES[self.family].get(step or "", ())

    def follow_up_rules(self, step: str | None) -> tuple[str, ...]:
        """The rules of the round that carries a next step out."""
        return FOLLOW_UP_RULES[self.family].get(step or "", ())


def procedure(profile: Profile, election_kind: str, round_kind: str) -> Procedure:
    """The procedure of a round of ``round_kind`` in an election of ``election_kind`` under
    ``profile``.

    >>> from tallykit.profiles import BUILTIN
    >>> p = procedure(BUILTIN["villager-2018"], "villagers_committee", "supplementary")
    >>> p.threshold, p.gates, p.vacancy_min
    (ThresholdRule(rule='V-SUPP-3', test=<ThresholdTest.THIRD: 'third'>, base='cast'), ('turnout', 'reconciliation_people', 'stations'), 3)
    >>> procedure(BUILTIN["party-2020"], "party_committee", "formal").threshold
    ThresholdRule(rule='P-ELECT-1', test=<ThresholdTest.MAJORITY: 'majority'>, base='expected')
    """
    if election_kind in VILLAGER_KINDS:
        return _villager(profile, election_kind, round_kind)
    if election_kind == "recommendation":
        return _recommendation(profile)
    return _party(profile, election_kind, round_kind)


def _party(profile: Profile, election_kind: str, round_kind: str) -> Procedure:
    """P-BALLOT-2: quorum, then 收回 vs 发出, then the ballots and the threshold; posts in order,
    one person one post (TK-POST-1); a shortfall may end in a recorded seat reduction."""
    if round_kind == "tie_revote" and not profile[P.TIE_REVOTE_NEEDS_MAJORITY]:
        threshold = ThresholdRule("P-ELECT-3", ThresholdTest.PLURALITY)
    else:
        rule = {"preliminary": "P-CAND-3", "supplementary": "P-ELECT-5"}.get(round_kind, "P-ELECT-1")
        threshold = ThresholdRule(rule, ThresholdTest.MAJORITY, profile[P.THRESHOLD_BASE])
    checks: tuple[str, ...] = ("margin",) if round_kind == "formal" and election_kind == "party_committee" else ()
    if round_kind != "tie_revote":
        checks += ("ballot_order",)
    return Procedure(
        family=Family.PARTY,
        gates=("quorum", "reconciliation"),
        turnout_rule="",
        threshold=threshold,
        declared_void_rule="P-BALLOT-1",
        posts="in_order",
        reserved_seats=False,
        carry_down="off",
        women_guarantee="none",
        # Party officers (书记 before 副书记): one person, one post; rules/party.md has no number
        # for it, so it is tallykit's TK-POST-1 (findings catalogue: sources).
        one_post_rule="TK-POST-1",
        filled=Result.NOMINATED if round_kind == "preliminary" else Result.ELECTED,
        seat_reduction=True,
        vacancy_min=None,
        next_candidates=False,
        proxies=False,
        checks=checks,
        list_min=False,
        order_rule="P-BALLOT-2",
        ballots_rule="P-BALLOT-2",
        fill_rule="P-ELECT-2",
    )


def _recommendation(profile: Profile) -> Procedure:
    """两推 (seeds/002): valid when more than half of those expected take part (TK-REC-1); every
    person with more than half of the recommendation votes is nominated (TK-REC-2)."""
    return msgspec.structs.replace(
        _party(profile, "recommendation", "recommendation"),
        gates=("attendance", "reconciliation"),
        threshold=ThresholdRule("TK-REC-2", ThresholdTest.MAJORITY, profile[P.RECOMMENDATION_BASE]),
        posts="each_qualifies",
        filled=Result.NOMINATED,
        seat_reduction=False,
        checks=(),
        list_min=True,
    )


def _villager(profile: Profile, election_kind: str, round_kind: str) -> Procedure:
    """Villagers' and residents' committees and recalls (rules/villager.md): turnout (双过半
    first half), 收回 vs 发出 and the people, per station; posts in ballot order with 上票下加 and
    the women's guarantee on a formal round; ⅓ of the ballots cast on a supplementary round."""
    residents = profile.family == Family.RESIDENTS
    recall = election_kind == "recall" or round_kind == "recall"
    if recall:
        turnout_rule = "R-RECALL-1" if residents else "V-RECALL-1"
    else:
        turnout_rule = "R-THRESH-1" if residents else "V-DOUBLE-MAJORITY-1"
    historical = profile[P.MAJORITY_BASE] == "registered"
    base = "registered" if historical else "participants"
    if round_kind == "supplementary":
        threshold = ThresholdRule("V-SUPP-3", ThresholdTest.THIRD, "cast")
    elif round_kind == "tie_revote":
        threshold = ThresholdRule("V-TIE-1", ThresholdTest.PLURALITY)
    elif recall or residents:
        threshold = ThresholdRule(turnout_rule, ThresholdTest.MAJORITY, base)
    else:
        threshold = ThresholdRule("V-ABS-OLD-1" if historical else "V-DOUBLE-MAJORITY-2", ThresholdTest.MAJORITY, base)
    turnout = round_kind != "supplementary" or profile[P.SUPPLEMENTARY_NEEDS_TURNOUT]
    women = str(profile[P.WOMEN_GUARANTEE])
    if round_kind != "formal":  # a supplementary round still holds the seat kept for a woman
        women = women if round_kind == "supplementary" and women == "reserved_seat" else "none"
    return Procedure(
        family=Family.VILLAGER,
        gates=(("turnout",) if turnout else ()) + ("reconciliation_people", "stations"),
        turnout_rule=turnout_rule,
        threshold=threshold,
        declared_void_rule="V-BALLOT-RECON-1",
        posts="targets" if recall else "in_order",
        reserved_seats=True,
        carry_down=str(profile[P.CARRY_DOWN]) if round_kind == "formal" else "off",
        women_guarantee=women,
        one_post_rule="V-POS-1",
        filled=Result.ELECTED,
        seat_reduction=False,
        vacancy_min=int(profile[P.MIN_COMMITTEE]) if round_kind == "supplementary" else None,
        next_candidates=True,
        proxies=True,
        checks=(),
        list_min=False,
        order_rule="V-POS-1",
        ballots_rule="V-BALLOT-RECON-1",
        fill_rule="V-DOUBLE-MAJORITY-3",
    )
