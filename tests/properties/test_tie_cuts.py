"""A tie matters only if it decides a seat: Hypothesis against the brute-force oracle of
tallykit/specs/_ties.py, which tries every tie-break, at every cut — the last seat (P-ELECT-3, V-TIE-1), the
woman's seat (V-WOMEN-1), the supplementary-candidate list (V-SUPP-1) and the 两推 list (seeds/002).

The property at each cut: the count calls for a tie re-vote (or notes a tie at a list's cut)
exactly when two tie-breaks give different outcomes; then the elected are those every tie-break
elects and the tied those only some do; otherwise the elected are the one outcome.
"""

from __future__ import annotations


from hypothesis import example, given, settings
from hypothesis import strategies as st

from tests.support.helpers import party_file
from tests.support.villager_build import counted, villager, with_params

from tallykit import count, parse_results
from tallykit.counting.seating import fill_seats, rank
from tallykit.specs._ties import (
    last_seat,
    outcomes,
    recommended,
    supplementary_list,
    verdict,
    womans_seat,
)

NAMES = ("甲", "乙", "丙", "丁", "戊")
VOTERS = 8  # ballots returned = participants; the majority is 2*v > 8, v >= 5
RULES = ("confirm_first", "reserved_seat", "supplementary_with_woman", "none")


@st.composite
def posts(draw, top: int = VOTERS):
    """Up to five people with small vote counts (so ties are common), who of them are women,
    and the seats."""
    n = draw(st.integers(1, 5))
    votes = {name: draw(st.integers(0, top)) for name in NAMES[:n]}
    women = {name for name in votes if draw(st.booleans())}
    return votes, women, draw(st.integers(1, n))


def member_post(votes, women, seats, rule, **params):
    """A villagers' round with the member post only (so no woman is elected higher)."""
    data = villager(
        {"委员": votes},
        seats={"委员": seats},
        registered=VOTERS,
        issued=VOTERS,
        women=tuple(women),
        profile=with_params(women_guarantee=rule, **params),
    )
    return counted(data).rounds[0]


@settings(deadline=None)  # no wall clock: the verdict must not depend on load
@given(posts(), st.integers(0, 2 * VOTERS))
@example(({"甲": 5, "乙": 5, "丙": 5, "丁": 3}, set(), 2), 8)  # D10-like: three-way tie for two
@example(({"甲": 6, "乙": 5, "丙": 5}, set(), 3), 8)  # everyone tied is seated: no tie
def test_last_seat(post, base):
    """P-ELECT-2/3: ``fill_seats`` ties at the last seat exactly when the order decides it."""
    votes, _, seats = post
    passes = lambda v: 2 * v > base  # noqa: E731
    found = outcomes(list(votes), lambda order: last_seat(votes, seats, passes, order))
    tie, sure, tied = verdict(found)
    ranking = rank(tuple(votes), votes)
    _, elected, tied_got, tied_seats, _ = fill_seats(ranking, seats, passes)

    assert bool(tied_got) == tie
    assert (set(elected), set(tied_got)) == (sure, tied)
    assert tied_seats == (seats - len(elected) if tie else 0)


@settings(deadline=None)  # no wall clock: the verdict must not depend on load
@given(posts(), st.sampled_from(RULES))
# two women tied, both elected anyway: no re-vote (the bug this property catches)
@example(({"甲": 6, "乙": 6, "丙": 5, "丁": 0}, {"甲", "乙"}, 2), "confirm_first")
# two women tied for the woman's seat behind a man: a re-vote between them
@example(({"甲": 7, "乙": 6, "丙": 6, "丁": 0}, {"乙", "丙"}, 2), "confirm_first")
# a woman and a man tied behind the woman confirmed first
@example(({"甲": 7, "乙": 6, "丙": 6, "丁": 6}, {"乙", "丙"}, 3), "reserved_seat")
def test_womans_seat(post, rule):
    """V-WOMEN-1 with V-TIE-1: the member post asks for a re-vote exactly when confirming one
    tied woman rather than another (or breaking a tie among the rest) changes who is elected."""
    votes, women, seats = post
    passes = lambda v: 2 * v > VOTERS  # noqa: E731
    r = member_post(votes, women, seats, rule)
    if rule in ("confirm_first", "reserved_seat"):
        found = outcomes(list(votes), lambda o: womans_seat(votes, seats, passes, women, rule, o))
        left = {u for _, u in found}
        assert len(left) == 1  # how many seats stay empty never depends on the order
        tie, sure, tied = verdict({e for e, _ in found})
    else:
        tie, sure, tied = verdict(
            outcomes(list(votes), lambda o: last_seat(votes, seats, passes, o))
        )
    (s,) = r.seating

    assert (r.result == "tie_revote") == tie
    assert (set(s.elected), set(s.tied)) == (sure, tied)
    if rule in ("confirm_first", "reserved_seat"):
        assert s.unfilled == left.pop()


@settings(max_examples=150, deadline=None)
@given(posts(), st.sampled_from(RULES), st.sampled_from(("seats_plus_one", "seats_plus_two", 1)))
# two losers tied at the cut for the one candidacy left
@example(({"甲": 6, "乙": 3, "丙": 3, "丁": 1}, set(), 2), "none", "seats_plus_one")
# two women tied as the best unelected woman under 山西's rule
@example(({"甲": 6, "乙": 3, "丙": 2, "丁": 2}, {"丙", "丁"}, 2), "supplementary_with_woman", 1)
# the seat held for a woman: a list of women only
@example(({"甲": 6, "乙": 4, "丙": 2, "丁": 2}, {"丙", "丁"}, 2), "reserved_seat", "seats_plus_one")
def test_supplementary_list(post, rule, setting):
    """V-SUPP-1: the supplementary candidates are every name some tie-break would list, and a tie
    at the list's cut is noted exactly when the tie-break changes the list."""
    votes, women, seats = post
    r = member_post(votes, women, seats, rule, supplementary_candidates=setting)
    if r.result != "supplementary":
        return
    (s,) = r.seating
    losers = {n: v for n, v in votes.items() if n not in s.elected}
    held = any(n.code == "woman_seat_left_empty" for n in r.notes)
    plus = {"seats_plus_one": 1, "seats_plus_two": 2}

    def want(k):
        return k + plus[setting] if setting in plus else setting

    add = rule == "supplementary_with_woman" and not set(s.elected) & women
    found = outcomes(
        list(losers),
        lambda o: supplementary_list(
            losers,
            want(s.unfilled - held) if s.unfilled - held else 0,
            women,
            add,
            o,
            held_want=want(1) if held else 0,
        ),
    )
    noted = any(n.code == "supplementary_candidates_tied" for n in r.notes)

    assert set(r.next_candidates.get("委员", ())) == frozenset.union(*found)
    assert noted == (len(found) > 1)


@settings(deadline=None)  # no wall clock: the verdict must not depend on load
@given(posts(top=12))
def test_recommendation_list_has_no_cut(post):
    """两推 (seeds/002, TK-REC-2): everyone over half of the recommendation votes is nominated, so
    no tie-break changes the list and no tie is ever called."""
    votes, _, seats = post
    data = party_file(expected=12, present=12, seats=seats, tally=votes, kind="recommendation")
    data["rounds"][0]["kind"] = "recommendation"
    r = count(parse_results(data)).rounds[0]
    passes = lambda v: 2 * v > 12  # noqa: E731
    found = outcomes(list(votes), lambda o: recommended(votes, passes, o))
    tie, sure, _ = verdict(found)

    assert not tie and r.result == "nominated"
    assert set(r.elected["委员"]) == sure
