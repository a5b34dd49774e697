"""Seat filling shared by every kind of round: rankings, seats filled in vote order from those
over the threshold, posts in ballot order with one person one post, votes void by name, and how a
round ends from its seating (P-ELECT-2..4, V-DOUBLE-MAJORITY-3, V-POS-1, V-TIE-1)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from tallykit import parameters as P
from tallykit.counting.ballots import Recount
from tallykit.counting.outcome import Gate, RoundNote, RoundOutcome, Seating, Threshold
from tallykit.errors import InputError
from tallykit.profiles import Profile
from tallykit.results import Ballots, Results, Round
from tallykit.vocabulary import Result


def fill_seats(
    ranking: tuple[tuple[str, int], ...], seats: int, qualifies: Callable[[int], bool]
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], int, int]:
    """Fill ``seats`` in vote order from those who qualify (P-ELECT-2, V-DOUBLE-MAJORITY-3).

    Returns (qualified, elected, tied, tied_seats, unfilled). Equal votes across the last seat
    are not decided here: all of them are ``tied`` for ``tied_seats`` (P-ELECT-3, V-TIE-1).
    Nobody below the threshold fills a seat (P-ELECT-4).

    >>> r = (("A", 20), ("B", 18), ("C", 15), ("D", 15), ("E", 15), ("F", 9))
    >>> fill_seats(r, 4, lambda v: 2 * v > 28)
    (('A', 'B', 'C', 'D', 'E'), ('A', 'B'), ('C', 'D', 'E'), 2, 0)
    """
    qualified = tuple(name for name, votes in ranking if qualifies(votes))
    votes_of = dict(ranking)
    if seats <= 0:  # no seat left (a one-seat member post after V-WOMEN-1 confirms a woman)
        return qualified, (), (), 0, 0
    if len(qualified) <= seats:
        return qualified, qualified, (), 0, seats - len(qualified)
    cut = votes_of[qualified[seats - 1]]
    if votes_of[qualified[seats]] < cut:
        return qualified, qualified[:seats], (), 0, 0
    above = tuple(n for n in qualified if votes_of[n] > cut)
    tied = tuple(n for n in qualified if votes_of[n] == cut)
    return qualified, above, tied, seats - len(above), 0


def rank(printed: tuple[str, ...], tally: Mapping[str, int]) -> tuple[tuple[str, int], ...]:
    """Printed candidates and write-ins by votes, most first; equal votes keep ballot order,
    then write-ins by name, so the order is deterministic and never decides anything."""
    order = {name: i for i, name in enumerate(printed)}
    names = list(printed) + sorted(n for n in tally if n not in order)
    return tuple(
        sorted(((n, tally.get(n, 0)) for n in names), key=lambda nv: (-nv[1], order.get(nv[0], len(order)), nv[0]))
    )


def _tally_of(rnd: Round, rec: Recount | None, path: str) -> Mapping[str, Mapping[str, int]]:
    if rec is not None:
        return rec.tally
    if not rnd.tally:
        raise InputError.worded("no_tally", path=f"{path}/tally", rule="P-BALLOT-2")
    return rnd.tally


Tally = Mapping[str, Mapping[str, int]]




def seat_post(
    printed: tuple[str, ...],
    position: str,
    seats: int,
    tally: Tally,
    threshold: Threshold,
    taken: set[str],
    only: Callable[[str], bool] | None = None,
) -> Seating:
    """One post: its ranking without the people already elected (``taken``), or only the people
    ``only`` admits (a seat reserved for women, V-WOMEN-1), filled in vote order."""
    ranking = tuple((n, v) for n, v in rank(printed, tally.get(position, {})) if n not in taken)
    if only is not None:
        ranking = tuple((n, v) for n, v in ranking if only(n))
    return Seating(position, seats, ranking, *fill_seats(ranking, seats, threshold.passes))


def one_post_notes(
    rnd: Round, tally: Tally, seating: tuple[Seating, ...], taken: set[str], rule: str
) -> list[RoundNote]:
    """Per post, the people with votes there who left it for a higher post or an earlier round's
    election (one person, one post: ``rule``, the procedure's ``one_post_rule``): the record of
    why their votes elect nobody."""
    held = set(taken)
    out = []
    for s in seating:
        gone = tuple(n for n, v in tally.get(s.position, {}).items() if v > 0 and n in held)
        if gone:
            out.append(RoundNote("elected_to_higher_post", rule, s.position, gone))
        held.update(s.elected)
    return out


INELIGIBLE_FLAGS = {"not_registered": "V-WRITEIN-1", "ineligible": "V-INELIGIBLE-1"}


def not_electable(results: Results, tally: Tally, profile: Profile) -> dict[str, tuple[str, str]]:
    """People whose votes are void by name while the rest of each ballot stands, with the note
    code and rule: villagers' candidates flagged not registered or ineligible (V-WRITEIN-1,
    V-INELIGIBLE-1), or with a flag the law bars from election (the profile's
    ``statutory_exclusions``, V-2026-CAND-1); at the new committee's first meeting
    (``party_officers`` with ``election.committee``) anyone not on the newly elected committee
    (P-CAND-2, P-VALID-5)."""
    kind = results.election.kind
    if kind in ("villagers_committee", "residents_committee", "recall"):
        barred = dict.fromkeys(profile[P.STATUTORY_EXCLUSIONS], "statutory_exclusion")
        void = {**barred, **{f: f for f in INELIGIBLE_FLAGS}}
        rules = {**INELIGIBLE_FLAGS, "statutory_exclusion": profile.rule("statutory_exclusions")}
        first = {c.key: next((void[f] for f in c.flags if f in void), None) for c in results.candidates}
        return {k: (f"votes_void_{f}", rules[f]) for k, f in first.items() if f is not None}
    members = set(results.election.committee)
    if kind == "party_officers" and members:
        names = {n for per in tally.values() for n in per}
        return {n: ("votes_void_not_committee_member", "P-CAND-2") for n in names - members}
    return {}


def void_votes(tally: Tally, barred: Mapping[str, tuple[str, str]]) -> tuple[dict[str, dict[str, int]], list[RoundNote]]:
    """The tally without the votes of ``barred`` people (``not_electable``), and a note per
    post and person."""
    out: dict[str, dict[str, int]] = {}
    notes = []
    for position, per in tally.items():
        out[position] = {}
        for name, votes in per.items():
            if name in barred:
                code, rule = barred[name]
                notes.append(RoundNote(code, rule, position, (name,)))
            else:
                out[position][name] = votes
    return out, notes


def _result(rnd: Round, seating: tuple[Seating, ...], filled: Result, seat_reduction: bool) -> Result:
    """The round's end from its seating: a boundary tie first (the next vote), then a shortfall.
    Only a party meeting may reduce its seats by a recorded decision (P-ELECT-4); a villagers'
    shortfall goes to a supplementary election (V-SUPP-1)."""
    if any(s.tied for s in seating):
        return Result.TIE_REVOTE
    if any(s.unfilled for s in seating):
        declared = rnd.declared
        reduced = declared is not None and declared.next == "seat_reduction"
        return Result.SEAT_REDUCTION if reduced and seat_reduction else Result.SUPPLEMENTARY
    return filled


def _void(index: int, rnd: Round, gates: tuple[Gate, ...], ballots: Ballots, rec: Recount | None,
          threshold: Threshold | None, declared_rule: str = "P-BALLOT-1") -> RoundOutcome | None:
    failed = [g for g in gates if not g.passed]
    if failed:
        return RoundOutcome(
            index, rnd.kind, Result.VOID, gates, threshold, (), ballots, rec,
            void_reason=failed[0].code, void_rules=tuple(dict.fromkeys(r for g in failed for r in g.rules)),
        )
    if rnd.declared is not None and rnd.declared.void:
        return RoundOutcome(
            index, rnd.kind, Result.VOID, gates, threshold, (), ballots, rec,
            void_reason="declared", void_rules=(declared_rule,),
        )
    return None


def elected_before(prior: tuple[RoundOutcome, ...]) -> set[str]:
    """Everyone elected in the earlier rounds that are not void."""
    return {n for o in prior if o.result != "void" for names in o.elected.values() for n in names}
