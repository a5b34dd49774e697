"""The rules of villagers' and residents' committee elections and recalls (rules/villager.md) that
the one counting function (``rounds.count_round``) applies as a round's procedure says: proxies
(V-PROXY-1) and who took part, turnout (双过半 first half, V-DOUBLE-MAJORITY-1, R-THRESH-1),
收回 vs 发出 against the people and per station (V-BALLOT-RECON-1, V-ROVING-1), posts in ballot
order with 上票下加 (V-POS-2) and the women's guarantee (V-WOMEN-1), and the supplementary
election's candidates (V-SUPP-1).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import msgspec

from tallykit import parameters as P
from tallykit import rules
from tallykit.counting.outcome import Gate, RoundNote, Seating, Threshold
from tallykit.counting.procedure import Procedure
from tallykit.counting.seating import Tally, fill_seats, seat_post
from tallykit.errors import InputError
from tallykit.frozen import FrozenDict
from tallykit.parameters import posts_include
from tallykit.profiles import Profile
from tallykit.results import NEAR_RELATIVES, Ballots, Results, Round, Station
from tallykit.vocabulary import GateCode, ProxyRejection


# ---------------------------------------------------------------- who took part


def check_proxies(results: Results, profile: Profile) -> tuple[RoundNote, ...]:
    """V-PROXY-1: each authorisation in file order; rejected ones as notes (principal, proxy).

    An authorisation recorded ``counted: false`` cast no ballot and is left out. Rejected: the
    principal also voted in person; the proxy is not a near relative (民法典
    art.1045, when ``proxy_relation`` is ``near_relative``; a missing relation is not shown to be
    one); the principal authorised twice; the proxy stands in this election and
    ``candidate_may_hold_proxy`` is false (V-2026-PROXY-2); the proxy already holds
    ``proxy_limit`` authorisations (V-2026-PROXY-1 under the amended law). Each note cites the
    rule the profile rests that parameter on.
    """
    out = []
    held: Counter[str] = Counter()
    principals: set[str] = set()
    barred = set() if profile[P.CANDIDATE_MAY_HOLD_PROXY] else set(results.standing)
    for p in results.proxies:
        if not p.counted:  # no ballot was cast under it: nothing to accept or reject
            continue
        who = (p.principal, p.proxy)
        if p.principal_voted_in_person:
            out.append(RoundNote(ProxyRejection.PRINCIPAL_VOTED, "V-PROXY-1", None, who))
        elif profile[P.PROXY_RELATION] == "near_relative" and p.relation not in NEAR_RELATIVES:
            out.append(RoundNote(ProxyRejection.NOT_NEAR_RELATIVE, profile.rule("proxy_relation"), None, who))
        elif p.principal in principals:
            out.append(RoundNote(ProxyRejection.DUPLICATE_PRINCIPAL, "V-PROXY-1", None, who))
        elif p.proxy in barred:
            rule = profile.rule("candidate_may_hold_proxy")
            out.append(RoundNote(ProxyRejection.HELD_BY_CANDIDATE, rule, None, who))
        elif held[p.proxy] >= profile[P.PROXY_LIMIT]:
            out.append(RoundNote(ProxyRejection.OVER_LIMIT, profile.rule("proxy_limit"), None, who))
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
    """参加投票的人数: the recorded figure, else ballots returned or issued (``participation_base``),
    less the ballots cast under rejected proxies, which are no one's participation (V-PROXY-1).
    A recorded authorisation was counted in every recorded figure (unless marked ``counted:
    false``), so a rejected one comes off the recorded participants too. Accepted proxy ballots
    are among the returned ones and count for their principals.

    >>> from tallykit.profiles import BUILTIN
    >>> participants(Ballots(issued=510, returned=505), BUILTIN["villager-2018"], 1)
    504
    >>> participants(Ballots(issued=510, returned=505, participants=503), BUILTIN["villager-2018"], 1)
    502
    """
    if ballots.participants is not None:
        base = ballots.participants
    else:
        base = ballots.returned if profile[P.PARTICIPATION_BASE] == "returned" else ballots.issued
    return max(base - rejected_proxies, 0)


def registered(results: Results) -> int:
    """登记选民数 as recorded (V-DOUBLE-MAJORITY-1): required in these elections and recalls."""
    registered = results.electorate.registered
    if registered is None:
        raise InputError.worded("no_registered", path="/electorate/registered", rule="V-DOUBLE-MAJORITY-1")
    return registered


def election_form(results: Results, profile: Profile) -> str:
    """R-FORMS-1: the form the file records, else the profile's (villagers: everyone votes)."""
    if results.election.form is not None:
        return results.election.form
    return str(profile[P.FORM]) if profile.applies(P.FORM) else "all_residents"


def station_gate(s: Station) -> Gate:
    """V-BALLOT-RECON-1 at one polling station or mobile box (V-ROVING-1): returned against
    issued there."""
    return Gate(
        GateCode.STATION_RECONCILIATION,
        "V-BALLOT-RECON-1",
        bool(rules.returned_ok(s.returned, s.issued)),
        f"{s.name}: {s.returned} <= {s.issued}",
        FrozenDict({"returned": s.returned, "issued": s.issued}),
        ("V-ROVING-1",) if s.mobile else (),
    )


def reconciliation_gates(ballots: Ballots, against: str, registered: int) -> tuple[Gate, ...]:
    """V-BALLOT-RECON-1: ballots returned against the base ``reconcile_against`` names (ballots
    issued, or the voters taking part), and — whatever it names — against the recorded voters
    taking part and the registered voters: more ballots than people voids the round (U-A art.26,
    U-E art.24, U-J art.28; 选举法 art.44 by analogy).

    >>> [(str(g.code), g.passed) for g in reconciliation_gates(Ballots(600, 600, participants=598), "issued", 1000)]
    [('reconciliation', True), ('reconciliation_participants', False), ('reconciliation_registered', True)]
    """
    base = ballots.issued if against == "issued" else (ballots.participants or ballots.issued)
    out = [
        Gate(
            GateCode.RECONCILIATION,
            "V-BALLOT-RECON-1",
            bool(rules.returned_ok(ballots.returned, base)),
            f"{ballots.returned} <= {base}",
            FrozenDict({"returned": ballots.returned, against: base}),
        )
    ]
    people = [("registered", registered)]
    if ballots.participants is not None and against != "participants":
        people.insert(0, ("participants", ballots.participants))
    for name, n in people:
        out.append(
            Gate(
                GateCode(f"reconciliation_{name}"),
                "V-BALLOT-RECON-1",
                bool(rules.returned_ok(ballots.returned, n)),
                f"{ballots.returned} <= {n}",
                FrozenDict({"returned": ballots.returned, name: n}),
            )
        )
    return tuple(out)


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
    return Gate(GateCode.TURNOUT, rule, bool(passed), formula, FrozenDict({"participants": voters, "registered": registered}))


def turnout_passes(voters: Any, registered: Any, rule: str, form: str = "all_residents") -> Any:
    """The turnout test of ``turnout_gate`` on ints or z3 terms (specs/double_majority.py)."""
    if form == "group_representatives" and rule == "R-THRESH-1":
        return rules.two_thirds_at_least(voters, registered)
    return rules.majority(voters, registered)


# ---------------------------------------------------------------- seats


def _reserved(results: Results, reserved: str | None) -> Callable[[str], bool] | None:
    if reserved != "female":
        return None
    return lambda name: _is_woman(results, name)


def _is_woman(results: Results, name: str) -> bool:
    c = results.candidate(name)
    return c is not None and c.gender == "female"


def _guaranteed_post(profile: Profile, rnd: Round, name: str, reserved: str | None) -> bool:
    """Whether the women's guarantee applies to post ``name``: a post the profile lists
    (``women_guarantee_posts``: 委员, and the last of several posts), not one reserved."""
    posts = tuple(p.name for p in rnd.positions)
    return reserved is None and posts_include(profile[P.WOMEN_GUARANTEE_POSTS], name, posts)


def seat_posts(
    results: Results,
    rnd: Round,
    profile: Profile,
    tally: Tally,
    threshold: Threshold,
    taken: set[str],
    proc: Procedure,
) -> tuple[tuple[Seating, ...], list[RoundNote]]:
    """Posts in ballot order, highest first: whoever a higher post (or an earlier round) elected
    leaves the lower posts (one person, one post: V-POS-1, TK-POST-1); as the procedure says, a
    post's reserved seats admit only women, 上票下加 adds the higher posts' votes of those not
    elected (V-POS-2), and the member post applies the women's guarantee (V-WOMEN-1)."""
    taken = set(taken)
    higher: list[Mapping[str, int]] = []
    mode = proc.carry_down
    notes: list[RoundNote] = []
    out = []
    for p in rnd.positions:
        own = dict(tally.get(p.name, {}))
        printed = rnd.candidates.get(p.name, ())
        only = _reserved(results, p.reserved) if proc.reserved_seats else None
        plain = seat_post(printed, p.name, p.seats, {p.name: own}, threshold, taken, only)
        seating = plain
        if mode != "off" and any(higher):
            summed = carried_counts(own, higher)
            with_carry = seat_post(
                printed, p.name, p.seats, {p.name: summed}, threshold, taken, only
            )
            if mode == "mandatory":
                seating = with_carry
            elif plain.unfilled and not plain.tied:
                seating = _top_up(plain, with_carry, threshold)
            if seating != plain:
                notes.append(RoundNote("carry_down_applied", "V-POS-2", p.name, seating.elected))
        if proc.women_guarantee != "none" and _guaranteed_post(profile, rnd, p.name, p.reserved):
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

    Women tied for the most votes are a tie only where it decides a seat: each of them confirmed
    first, the rest by vote order, gives an outcome; who is elected under every one of them is
    elected, who under some but not all is tied for the seats left (V-TIE-1). Two tied women
    whom the seats elect either way are both elected, with no re-vote.
    """
    rule = profile[P.WOMEN_GUARANTEE]
    if rule not in ("confirm_first", "reserved_seat") or any(_is_woman(results, n) for n in taken):
        return seating, []
    passes = threshold.passes
    qualified = tuple(n for n, v in seating.ranking if passes(v))
    women = [(n, v) for n, v in seating.ranking if _is_woman(results, n) and passes(v)]
    if not women:
        if rule == "confirm_first":
            return seating, []
        _, elected, tied, tied_seats, unfilled = fill_seats(seating.ranking, seating.seats - 1, passes)
        confirmed = msgspec.structs.replace(
            seating, elected=elected, tied=tied, tied_seats=tied_seats, unfilled=unfilled + 1
        )
        named: tuple[str, ...] = ()
    else:
        top = max(v for _, v in women)
        firsts = [n for n, v in women if v == top]
        sure: set[str] | None = None
        possible: set[str] = set()
        unfilled = 0
        for w in firsts:  # the woman confirmed first, then the other seats in vote order
            rest = tuple(nv for nv in seating.ranking if nv[0] != w)
            _, above, tied, _, unfilled = fill_seats(rest, seating.seats - 1, passes)
            sure = {w, *above} if sure is None else sure & {w, *above}
            possible |= {w, *above, *tied}
        assert sure is not None
        order = firsts + [n for n, _ in seating.ranking if n not in firsts]  # the woman first
        elected = tuple(n for n in order if n in sure)
        tied = tuple(n for n in order if n in possible - sure)
        tied_seats = seating.seats - unfilled - len(elected) if tied else 0
        confirmed = Seating(
            seating.position, seating.seats, seating.ranking, qualified, elected, tied, tied_seats, unfilled
        )
        named = tuple(n for n in firsts if n in possible)
    if (set(confirmed.elected), set(confirmed.tied), confirmed.unfilled) == (
        set(seating.elected),
        set(seating.tied),
        seating.unfilled,
    ):
        return seating, []
    code = "woman_confirmed_first" if women else "woman_seat_left_empty"
    return confirmed, [RoundNote(code, "V-WOMEN-1", seating.position, named)]


def next_candidates(
    results: Results,
    profile: Profile,
    seating: tuple[Seating, ...],
    taken: set[str],
    held: set[str] | frozenset[str] = frozenset(),
) -> tuple[dict[str, tuple[str, ...]], list[RoundNote]]:
    """V-SUPP-1: the supplementary election's candidates per short post, the losers with most
    votes, as many as ``supplementary_candidates`` says. A tie at a cut takes all the tied and
    says so (rules/villager.md: not covered, flag it). Under ``supplementary_with_woman`` (山西
    S11 art.38(3)) the unelected woman with most votes is added when no woman has been elected
    (all of them when tied). A member seat held for a woman (``held``, ``reserved_seat``) gets its
    own list of women only (V-WOMEN-1); any other unfilled seats the usual list."""
    setting = profile[P.SUPPLEMENTARY_CANDIDATES]
    elected = set(taken) | {n for s in seating for n in s.elected}
    out: dict[str, tuple[str, ...]] = {}
    notes: list[RoundNote] = []
    for s in seating:
        if not s.unfilled:
            continue
        losers = [(n, v) for n, v in s.ranking if n not in elected]
        women = [(n, v) for n, v in losers if _is_woman(results, n)]
        chosen: set[str] = set()
        if s.position in held:
            chosen |= _top(women, _wanted(setting, 1), s.position, notes)
        if s.unfilled - (s.position in held) > 0:
            chosen |= _top(losers, _wanted(setting, s.unfilled - (s.position in held)), s.position, notes)
        if profile[P.WOMEN_GUARANTEE] == "supplementary_with_woman" and not any(
            _is_woman(results, n) for n in elected | chosen
        ):
            added = _top(women, 1, s.position, notes)
            if added:
                chosen |= added
                notes.append(
                    RoundNote("woman_added_to_supplementary", "V-WOMEN-1", s.position, tuple(sorted(added)))
                )
        out[s.position] = tuple(n for n, _ in s.ranking if n in chosen)
    return out, notes


def _wanted(setting: Any, seats: int) -> int:
    """How many candidates ``supplementary_candidates`` asks for ``seats`` seats."""
    if setting == "seats_plus_one":
        return seats + 1
    if setting == "seats_plus_two":
        return seats + 2
    return int(setting)


def _top(ranked: Sequence[tuple[str, int]], want: int, position: str, notes: list[RoundNote]) -> set[str]:
    """The first ``want`` of ``ranked`` (most votes first); equal votes across the cut take all
    of them, with a ``supplementary_candidates_tied`` note naming those tied at the cut."""
    chosen = {n for n, _ in ranked[:want]}
    if 0 < want < len(ranked) and ranked[want][1] == ranked[want - 1][1]:
        cut = ranked[want - 1][1]
        chosen = {n for n, v in ranked if v >= cut}
        tied = tuple(n for n, v in ranked if v == cut)
        notes.append(RoundNote("supplementary_candidates_tied", "V-SUPP-1", position, tied))
    return chosen
