"""Villagers' and residents' committee rounds and recall votes (rules/villager.md), as values.

A formal round: turnout (双过半 first half, V-DOUBLE-MAJORITY-1), 收回 vs 发出 overall and per
polling station or mobile box (V-BALLOT-RECON-1, V-ROVING-1), then posts in ballot order, 主任 →
副主任 → 委员, each on the majority of the voters taking part (V-DOUBLE-MAJORITY-2/3), the
elected removed from lower posts (V-POS-1), with 上票下加 (V-POS-2) and the women's guarantee
(V-WOMEN-1) as the profile says. A supplementary round needs ⅓ of the ballots cast (V-SUPP-3);
a tie re-vote is decided by most votes (V-TIE-1); a recall needs >½ turnout and >½ yes
(V-RECALL-1, R-RECALL-1). Proxies are checked (V-PROXY-1) and rejected ones reported.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import attrs

from tallykit import rules
from tallykit.ballots import Recount
from tallykit.counting import (
    Gate,
    RoundNote,
    RoundOutcome,
    Seating,
    Threshold,
    _result,
    _tally_of,
    _void,
    fill_seats,
    rank,
)
from tallykit.errors import InputError
from tallykit.profiles import Profile
from tallykit.results import NEAR_RELATIVES, Ballots, Results, Round

INELIGIBLE_FLAGS = {"not_registered": "V-WRITEIN-1", "ineligible": "V-INELIGIBLE-1"}
MEMBER_POST = "委员"

Tally = Mapping[str, Mapping[str, int]]


def count_round(
    results: Results,
    index: int,
    rnd: Round,
    profile: Profile,
    ballots: Ballots,
    rec: Recount | None,
    prior: tuple[RoundOutcome, ...],
) -> RoundOutcome:
    """Count one round of a villagers' or residents' committee election, or a recall vote."""
    notes = list(check_proxies(results, profile))
    rejected = sum(1 for n in notes if n.code.startswith("proxy_"))
    voters = participants(ballots, profile, rejected)
    residents = profile.family == "residents"
    recall = results.election.kind == "recall" or rnd.kind == "recall"
    gates = _gates(results, rnd, profile, ballots, voters, recall)
    threshold = _threshold(rnd, profile, ballots, voters, _registered(results), recall, residents)
    void = _void(index, rnd, gates, ballots, rec, threshold, "V-BALLOT-RECON-1")
    if void is not None:
        return _with(void, notes, {})
    tally, void_notes = _eligible_only(_tally_of(rnd, rec, f"/rounds/{index}"), results, profile)
    notes.extend(void_notes)
    if recall:
        return _recall(index, rnd, gates, threshold, ballots, rec, tally, notes)
    taken = {n for o in prior if o.result != "void" for names in o.elected.values() for n in names}
    if rnd.kind == "formal":
        seating, formal_notes = seat_formal(results, rnd, profile, tally, threshold, taken)
        notes.extend(formal_notes)
    else:
        seating = seat_in_order(results, rnd, tally, threshold, taken)
    result = _result(rnd, seating, "elected")
    if result == "supplementary" and rnd.kind == "supplementary":
        elected = len(taken) + sum(len(s.elected) for s in seating)
        if elected >= profile["min_committee"]:
            result = "seat_reduction"
            notes.append(RoundNote("vacancy_left", "V-SUPP-4", None, ()))
    nxt: dict[str, tuple[str, ...]] = {}
    if result == "supplementary":
        nxt, cand_notes = next_candidates(results, profile, seating, taken)
        notes.extend(cand_notes)
    outcome = RoundOutcome(index, rnd.kind, result, gates, threshold, seating, ballots, rec)
    return _with(outcome, notes, nxt)


def _with(
    outcome: RoundOutcome, notes: list[RoundNote], nxt: Mapping[str, tuple[str, ...]]
) -> RoundOutcome:
    return attrs.evolve(outcome, notes=tuple(notes), next_candidates=nxt)


# ---------------------------------------------------------------- who took part


def check_proxies(results: Results, profile: Profile) -> tuple[RoundNote, ...]:
    """V-PROXY-1: each authorisation in file order; rejected ones as notes (principal, proxy).

    Rejected: the principal also voted in person; the proxy is not a near relative (民法典
    art.1045, when ``proxy_relation`` is ``near_relative``; a missing relation is not shown to be
    one); the principal authorised twice; the proxy stands in this election and
    ``candidate_may_hold_proxy`` is false (V-2026-PROXY-2); the proxy already holds
    ``proxy_limit`` authorisations (V-2026-PROXY-1 under the amended law). Each note cites the
    rule the profile rests that parameter on.
    """
    out = []
    held: Counter[str] = Counter()
    principals: set[str] = set()
    barred = set() if profile["candidate_may_hold_proxy"] else set(results.standing)
    for p in results.proxies:
        who = (p.principal, p.proxy)
        if p.principal_voted_in_person:
            out.append(RoundNote("proxy_principal_voted", "V-PROXY-1", None, who))
        elif profile["proxy_relation"] == "near_relative" and p.relation not in NEAR_RELATIVES:
            out.append(RoundNote("proxy_not_near_relative", profile.rule("proxy_relation"), None, who))
        elif p.principal in principals:
            out.append(RoundNote("proxy_duplicate_principal", "V-PROXY-1", None, who))
        elif p.proxy in barred:
            rule = profile.rule("candidate_may_hold_proxy")
            out.append(RoundNote("proxy_held_by_candidate", rule, None, who))
        elif held[p.proxy] >= profile["proxy_limit"]:
            out.append(RoundNote("proxy_over_limit", profile.rule("proxy_limit"), None, who))
        else:
            held[p.proxy] += 1
            principals.add(p.principal)
    return tuple(out)


def proxy_at_risk(
    ranking: Sequence[tuple[str, int]],
    elected: Sequence[str],
    tied: Sequence[str],
    passes: Callable[[int], bool],
    loss: int,
) -> tuple[str, ...]:
    """Whose outcome the ballots of rejected authorisations could change, were their approvals
    in the recorded tally (V-PROXY-1, rules/villager.md D11): empty when the outcome stands.

    D11: the 4th authorisation is rejected; P's own ballot plus 3 proxy ballots are accepted,
    and the rejected ballot is no one's participation (``participants``). Whether its approvals
    are among the recorded votes the record cannot say, so take ``loss`` approvals (the rejected
    ballots, one approval each per post counted) away from anyone. Removing ballots only removes
    approvals: nobody below the threshold rises over it, so the unelected stay unelected and a
    target not recalled stays not recalled. The outcome stands when every elected (recalled)
    person still passes with ``votes - loss`` and stays strictly above every unelected person who
    passes (no swap, no new tie); a tie at the boundary (``tied``) one ballot can break, unless at
    0 votes.

    >>> majority_of_503 = lambda v: 2 * v > 503  # 504 returned, 1 rejected: 503 took part
    >>> proxy_at_risk((("甲", 300), ("乙", 200)), ("甲",), (), majority_of_503, 1)
    ()
    >>> proxy_at_risk((("甲", 252), ("乙", 200)), ("甲",), (), majority_of_503, 1)  # 251: 502 > 503 fails
    ('甲',)
    >>> proxy_at_risk((("甲", 300), ("乙", 299)), ("甲",), (), lambda v: True, 1)  # a new tie
    ('甲',)
    >>> proxy_at_risk((("甲", 300), ("乙", 300)), (), ("甲", "乙"), lambda v: True, 1)
    ('甲', '乙')
    >>> proxy_at_risk((("甲", 252),), ("甲",), (), majority_of_503, 0)
    ()
    """
    if loss <= 0:
        return ()
    rival = max((v for n, v in ranking if n not in elected and passes(v)), default=None)
    return tuple(
        n
        for n, v in ranking
        if n in tied
        and v > 0
        or n in elected
        and (not passes(max(v - loss, 0)) or (rival is not None and v - loss <= rival))
    )


def participants(ballots: Ballots, profile: Profile, rejected_proxies: int = 0) -> int:
    """参加投票的人数: the recorded figure, else ballots returned or issued (``participation_base``)
    less the ballots cast under rejected proxies, which are no one's participation (V-PROXY-1).
    Accepted proxy ballots are among the returned ones and count for their principals.

    >>> from tallykit.profiles import BUILTIN
    >>> participants(Ballots(issued=510, returned=505), BUILTIN["villager-2018"], 1)
    504
    """
    if ballots.participants is not None:
        return ballots.participants
    base = ballots.returned if profile["participation_base"] == "returned" else ballots.issued
    return max(base - rejected_proxies, 0)


def _registered(results: Results) -> int:
    registered = results.electorate.registered
    if registered is None:
        raise InputError(
            path="/electorate/registered",
            rule="V-DOUBLE-MAJORITY-1",
            zh="村（居）民委员会选举和罢免须填写登记选民数 registered",
            en="villagers' and residents' elections and recalls need electorate.registered",
        )
    return registered


def _form(results: Results, profile: Profile) -> str:
    """R-FORMS-1: the form the file records, else the profile's (villagers: everyone votes)."""
    if results.election.form is not None:
        return results.election.form
    return str(profile["form"]) if "form" in profile.settings else "all_residents"


def _gates(
    results: Results, rnd: Round, profile: Profile, ballots: Ballots, voters: int, recall: bool
) -> tuple[Gate, ...]:
    registered = _registered(results)
    gates = []
    if rnd.kind != "supplementary" or profile["supplementary_needs_turnout"]:
        gates.append(
            turnout_gate(
                voters, registered, _turnout_rule(results, profile, recall), _form(results, profile)
            )
        )
    base_name = profile["reconcile_against"]
    base = ballots.issued if base_name == "issued" else (ballots.participants or ballots.issued)
    gates.append(
        Gate(
            "reconciliation",
            "V-BALLOT-RECON-1",
            bool(rules.returned_ok(ballots.returned, base)),
            f"{ballots.returned} <= {base}",
            {"returned": ballots.returned, base_name: base},
        )
    )
    for s in rnd.stations:
        gates.append(
            Gate(
                "station_reconciliation",
                "V-ROVING-1" if s.mobile else "V-BALLOT-RECON-1",
                bool(rules.returned_ok(s.returned, s.issued)),
                f"{s.name}: {s.returned} <= {s.issued}",
                {"returned": s.returned, "issued": s.issued},
            )
        )
    return tuple(gates)


def _turnout_rule(results: Results, profile: Profile, recall: bool) -> str:
    if profile.family == "residents":
        return "R-RECALL-1" if recall else "R-THRESH-1"
    return "V-RECALL-1" if recall else "V-DOUBLE-MAJORITY-1"


def turnout_gate(voters: int, registered: int, rule: str, form: str = "all_residents") -> Gate:
    """More than half of the registered take part (V-DOUBLE-MAJORITY-1, V-RECALL-1); residents'
    group representatives need at least two thirds (R-THRESH-1, 广西 S18 art.11).

    >>> turnout_gate(500, 1000, "V-DOUBLE-MAJORITY-1").passed, turnout_gate(501, 1000, "V-DOUBLE-MAJORITY-1").passed
    (False, True)
    """
    passed = turnout_passes(voters, registered, rule, form)
    if form == "group_representatives" and rule == "R-THRESH-1":
        formula = f"3*{voters} >= 2*{registered}"
    else:
        formula = f"2*{voters} > {registered}"
    return Gate("turnout", rule, bool(passed), formula, {"participants": voters, "registered": registered})


def turnout_passes(voters: Any, registered: Any, rule: str, form: str = "all_residents") -> Any:
    """The turnout test of ``turnout_gate`` on ints or z3 terms (specs/double_majority.py)."""
    if form == "group_representatives" and rule == "R-THRESH-1":
        return rules.two_thirds_at_least(voters, registered)
    return rules.majority(voters, registered)


def _threshold(
    rnd: Round,
    profile: Profile,
    ballots: Ballots,
    voters: int,
    registered: int,
    recall: bool,
    residents: bool,
) -> Threshold:
    if rnd.kind == "supplementary":
        return Threshold("V-SUPP-3", "third", "cast", ballots.returned)
    if rnd.kind == "tie_revote":
        return Threshold("V-TIE-1", "plurality")
    historical = profile["majority_base"] == "registered"
    base_name, base = ("registered", registered) if historical else ("participants", voters)
    if recall:
        return Threshold("R-RECALL-1" if residents else "V-RECALL-1", "majority", base_name, base)
    if residents:
        return Threshold("R-THRESH-1", "majority", base_name, base)
    return Threshold(
        "V-ABS-OLD-1" if historical else "V-DOUBLE-MAJORITY-2", "majority", base_name, base
    )


def _eligible_only(
    tally: Tally, results: Results, profile: Profile
) -> tuple[dict[str, dict[str, int]], list[RoundNote]]:
    """Votes for a person flagged not registered or ineligible are void for that name
    (V-WRITEIN-1, V-INELIGIBLE-1), and so are votes for a person the law bars from election
    (the profile's ``statutory_exclusions``, V-2026-CAND-1); the rest of each ballot stands."""
    barred = dict.fromkeys(profile["statutory_exclusions"], "statutory_exclusion")
    void = {**barred, **{f: f for f in INELIGIBLE_FLAGS}}
    rules = {**INELIGIBLE_FLAGS, "statutory_exclusion": profile.rule("statutory_exclusions")}
    flags = {c.key: next((void[f] for f in c.flags if f in void), None) for c in results.candidates}
    out: dict[str, dict[str, int]] = {}
    notes = []
    for position, per in tally.items():
        out[position] = {}
        for name, votes in per.items():
            flag = flags.get(name)
            if flag is None:
                out[position][name] = votes
            else:
                notes.append(RoundNote(f"votes_void_{flag}", rules[flag], position, (name,)))
    return out, notes


# ---------------------------------------------------------------- seats


def _reserved(results: Results, reserved: str | None) -> Callable[[str], bool] | None:
    if reserved != "female":
        return None
    return lambda name: _is_woman(results, name)


def _is_woman(results: Results, name: str) -> bool:
    c = results.candidate(name)
    return c is not None and c.gender == "female"


def _seat_one(
    printed: tuple[str, ...],
    position: str,
    seats: int,
    tally: Mapping[str, Mapping[str, int]],
    threshold: Threshold,
    taken: set[str],
    only: Callable[[str], bool] | None = None,
) -> Seating:
    ranking = tuple((n, v) for n, v in rank(printed, tally.get(position, {})) if n not in taken)
    if only is not None:  # a seat reserved for women (妇女专职专选, V-WOMEN-1)
        ranking = tuple((n, v) for n, v in ranking if only(n))
    return Seating(position, seats, ranking, *fill_seats(ranking, seats, threshold.passes))


def seat_in_order(
    results: Results, rnd: Round, tally: Tally, threshold: Threshold, taken: set[str]
) -> tuple[Seating, ...]:
    """A tie re-vote or supplementary round: posts in ballot order, the elected leaving the lower
    posts as in a formal round (V-POS-1, V-SAME-PERSON-1), without carry-down."""
    taken = set(taken)
    out = []
    for p in rnd.positions:
        printed = rnd.candidates.get(p.name, ())
        seating = _seat_one(
            printed, p.name, p.seats, tally, threshold, taken, _reserved(results, p.reserved)
        )
        out.append(seating)
        taken.update(seating.elected)
    return tuple(out)


def seat_formal(
    results: Results,
    rnd: Round,
    profile: Profile,
    tally: Tally,
    threshold: Threshold,
    taken: set[str],
) -> tuple[tuple[Seating, ...], list[RoundNote]]:
    """Posts in ballot order, highest first (V-POS-1): the elected leave the lower posts; 上票下加
    adds the higher posts' votes of those not elected (V-POS-2); the member post applies the
    women's guarantee (V-WOMEN-1)."""
    taken = set(taken)
    higher: list[Mapping[str, int]] = []
    mode = profile["carry_down"]
    notes: list[RoundNote] = []
    out = []
    last = rnd.positions[-1].name
    for p in rnd.positions:
        own = dict(tally.get(p.name, {}))
        printed = rnd.candidates.get(p.name, ())
        only = _reserved(results, p.reserved)
        plain = _seat_one(printed, p.name, p.seats, {p.name: own}, threshold, taken, only)
        seating = plain
        if mode != "off" and any(higher):
            summed = carried_counts(own, higher)
            with_carry = _seat_one(
                printed, p.name, p.seats, {p.name: summed}, threshold, taken, only
            )
            if mode == "mandatory":
                seating = with_carry
            elif plain.unfilled and not plain.tied:
                seating = _top_up(plain, with_carry, threshold)
            if seating != plain:
                notes.append(RoundNote("carry_down_applied", "V-POS-2", p.name, seating.elected))
        if p.reserved is None and (
            p.name == MEMBER_POST or (p.name == last and len(rnd.positions) > 1)
        ):
            seating, women_notes = _women(results, profile, seating, taken, threshold)
            notes.extend(women_notes)
        out.append(seating)
        taken.update(seating.elected)
        higher.append(own)
    return tuple(out), notes


def carried_counts(own: Mapping[str, Any], higher: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """上票下加 (V-POS-2): a post's count per person, its own votes plus the votes of every
    higher post. Only ``+``, so the proofs evaluate it on z3 terms (specs/carry_down.py).

    >>> carried_counts({"甲": 3}, [{"甲": 2, "乙": 5}])
    {'甲': 5, '乙': 5}
    """
    names = dict.fromkeys([*own, *(n for h in higher for n in h)])
    return {n: own.get(n, 0) + sum(h.get(n, 0) for h in higher) for n in names}


def _top_up(plain: Seating, with_carry: Seating, threshold: Threshold) -> Seating:
    """上票下加 as an option (可以): only the seats the post's own votes leave empty are filled
    from the added counts, never displacing anyone the own votes elected."""
    rest = tuple((n, v) for n, v in with_carry.ranking if n not in plain.elected)
    qualified, elected, tied, tied_seats, unfilled = fill_seats(
        rest, plain.unfilled, threshold.passes
    )
    return Seating(
        plain.position,
        plain.seats,
        with_carry.ranking,
        plain.qualified + qualified,
        plain.elected + elected,
        tied,
        tied_seats,
        unfilled,
    )


def _women(
    results: Results, profile: Profile, seating: Seating, taken: set[str], threshold: Threshold
) -> tuple[Seating, list[RoundNote]]:
    """V-WOMEN-1 on the member post, when no woman is among the higher posts' elected.

    ``confirm_first`` (规程 2013): the woman with most votes among those with a majority is
    confirmed first, the other seats go by vote order; with no such woman, nothing changes.
    ``reserved_seat``: likewise, but with no such woman one seat stays empty for a woman.
    ``supplementary_with_woman`` and ``none`` change nothing here.
    """
    rule = profile["women_guarantee"]
    if rule not in ("confirm_first", "reserved_seat") or any(_is_woman(results, n) for n in taken):
        return seating, []
    women = tuple((n, v) for n, v in seating.ranking if _is_woman(results, n))
    wq, we, wt, wts, _ = fill_seats(women, 1, threshold.passes)
    if not wq and rule == "confirm_first":
        return seating, []
    others = tuple((n, v) for n, v in seating.ranking if n not in we and n not in wt)
    oq, oe, ot, ots, ou = fill_seats(others, seating.seats - 1, threshold.passes)
    unfilled = ou + (0 if wq else 1)
    qualified = tuple(n for n, _ in seating.ranking if n in set(wq) | set(oq))
    confirmed = Seating(
        seating.position,
        seating.seats,
        seating.ranking,
        qualified,
        we + oe,
        wt + ot,
        wts + ots,
        unfilled,
    )
    if (set(confirmed.elected), set(confirmed.tied), confirmed.unfilled) == (
        set(seating.elected),
        set(seating.tied),
        seating.unfilled,
    ):
        return seating, []
    code = "woman_confirmed_first" if wq else "woman_seat_left_empty"
    return confirmed, [RoundNote(code, "V-WOMEN-1", seating.position, we + wt)]


def next_candidates(
    results: Results, profile: Profile, seating: tuple[Seating, ...], taken: set[str]
) -> tuple[dict[str, tuple[str, ...]], list[RoundNote]]:
    """V-SUPP-1: the supplementary election's candidates per short post, the losers with most
    votes, as many as ``supplementary_candidates`` says; a tie at the cut takes all the tied (and
    says so). Under ``supplementary_with_woman`` (山西 S11 art.38(3)) an unelected woman is added
    when no woman has been elected."""
    setting = profile["supplementary_candidates"]
    elected = set(taken) | {n for s in seating for n in s.elected}
    out: dict[str, tuple[str, ...]] = {}
    notes: list[RoundNote] = []
    for s in seating:
        if not s.unfilled:
            continue
        want = (
            s.unfilled + 1
            if setting == "seats_plus_one"
            else s.unfilled + 2 if setting == "seats_plus_two" else int(setting)
        )
        losers = [(n, v) for n, v in s.ranking if n not in elected]
        chosen = [n for n, _ in losers[:want]]
        if 0 < want < len(losers) and losers[want][1] == losers[want - 1][1]:
            cut = losers[want - 1][1]
            chosen = [n for n, v in losers if v >= cut]
            notes.append(
                RoundNote(
                    "supplementary_candidates_tied",
                    "V-SUPP-1",
                    s.position,
                    tuple(n for n, v in losers if v == cut),
                )
            )
        if profile["women_guarantee"] == "supplementary_with_woman" and not any(
            _is_woman(results, n) for n in elected | set(chosen)
        ):
            woman = next((n for n, _ in losers if _is_woman(results, n)), None)
            if woman is not None:
                chosen.append(woman)
                notes.append(
                    RoundNote("woman_added_to_supplementary", "V-WOMEN-1", s.position, (woman,))
                )
        out[s.position] = tuple(chosen)
    return out, notes


# ---------------------------------------------------------------- recall


def _recall(
    index: int,
    rnd: Round,
    gates: tuple[Gate, ...],
    threshold: Threshold,
    ballots: Ballots,
    rec: Recount | None,
    tally: Tally,
    notes: list[RoundNote],
) -> RoundOutcome:
    """V-RECALL-1 / R-RECALL-1: each target is recalled with more than half of those voting
    (the turnout gate already asked for more than half of the registered)."""
    position = rnd.positions[0].name if rnd.positions else "罢免"
    yes = tally.get(position, {})
    targets = rnd.targets or tuple(yes)
    ranking = tuple((t, yes.get(t, 0)) for t in targets)
    passed = tuple(t for t, v in ranking if threshold.passes(v))
    seating = (Seating(position, len(targets), ranking, passed, passed),)
    result = "recalled" if passed else "not_recalled"
    return _with(
        RoundOutcome(index, rnd.kind, result, gates, threshold, seating, ballots, rec), notes, {}
    )
