"""Party committee elections at the 党员大会: the ballots and counts that go wrong.

Each topic builds an election of a village or community party organisation (``build.party``),
has the counting core count it, and asks one of its question templates. Rule ids: P-QUORUM-1/2,
P-BALLOT-1, P-VALID-1…5, P-MARK-1, P-ELECT-1…4 (rules/party.md).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from tallykit import parameters as P
from tallykit.profiles import BUILTIN
from tallykit.training.build import (
    Party,
    fewest_present,
    fewest_to_elect,
    first_void_return,
    ordered,
    party,
    party_election,
    profile_ref,
    records,
    round_,
    votes,
)
from tallykit.training.item import (
    both,
    labelled,
    fewest_votes,
    Draft,
    ballot_class,
    choice,
    counted_file,
    elected,
    gets_vote,
    names,
    number,
    pick,
    show,
    verdict,
    yes_no,
)
from tallykit.training.law import say
from tallykit.training.people import Names
from tallykit.training.shared import (
    short_votes,
    level_draft,
    level_votes,
    returned_draft,
    revote,
    tie_draft,
    tied_votes,
)
from tallykit.training.words import party_intro
from tallykit.vocabulary import BallotFlag

Pair = tuple[str, str]
WRITEIN_READINGS = ("void_ballot", "no_vote", "abstain", "approve")


def cast(setup: Party, names: Names) -> list[str]:
    """The printed candidates (P-CAND-1 margin), in stroke order; a woman or two among them."""
    people = names.people(setup.candidates, women=names.rng.randrange(0, 3))
    return ordered([n for n, _ in people])


def tally_file(setup: Party, printed: list[str], tally: dict[str, int]) -> dict[str, Any]:
    """A committee election of one formal round with its recorded tally."""
    rnd = round_(
        "formal",
        [("委员", setup.seats)],
        {"委员": printed},
        setup.present,
        setup.present,
        {"委员": tally},
    )
    return party_election(setup, {"委员": printed}, [rnd])


def ballots_file(
    setup: Party,
    printed: list[str],
    featured: list[dict[str, Any]],
    tally: dict[str, int],
    profile: Any = None,
) -> dict[str, Any]:
    """A committee election whose round has ballot records: ``featured`` first, then ordinary
    ballots filling up the attendance that give ``tally``."""
    rest = setup.present - sum(r["count"] for r in featured)
    recs = featured + records(rest, [("委员", printed)], {"委员": tally})
    rnd = round_(
        "formal",
        [("委员", setup.seats)],
        {"委员": printed},
        setup.present,
        setup.present,
        ballot_records=recs,
    )
    return party_election(setup, {"委员": printed}, [rnd], profile=profile)


def _draft(
    data: dict[str, Any],
    title: Pair,
    why: Pair,
    chosen: tuple[int, Pair, list[Any], dict[str, Any]],
    **extra: Any,
) -> Draft:
    k, question, asks, shown = chosen
    return Draft(
        data,
        extra.pop("results"),
        extra.pop("counted"),
        title,
        k,
        question,
        asks,
        why,
        shown,
        **extra,
    )


def topic(title: Pair) -> Callable[..., Any]:
    """Mark a function as a topic with its title (read by the catalogue)."""

    def mark(func: Callable[..., Any]) -> Callable[..., Any]:
        func.title = title  # type: ignore[attr-defined]
        return func

    return mark


# ---------------------------------------------------------------- the threshold


@topic(both("training.title.exactly_half"))
def exactly_half(rng: random.Random, profile: str | None) -> Draft:
    setup = party(rng, profile, even_base=True)
    people = Names(rng)
    printed = cast(setup, people)
    win = fewest_to_elect(setup.base)
    half, over = rng.sample(printed, 2)
    tally = votes(
        rng,
        printed,
        counted=setup.present,
        seats=setup.seats,
        lo_win=win + 1,
        winners=setup.seats - 1,
        fixed={over: win, half: win - 1},
    )
    data, results, counted = counted_file(tally_file(setup, printed, tally))
    won = elected(counted)
    base_word = labelled("threshold_base", BUILTIN[setup.profile][P.THRESHOLD_BASE])
    intro = party_intro(setup)
    least = fewest_votes(counted)
    chosen = pick(
        rng,
        [
            lambda: (
                both(
                    "training.committee.after_count_has_votes",
                    intro=intro,
                    half=half,
                    less=win - 1,
                    over=over,
                    win=win,
                ),
                [
                    yes_no(both("training.is_elected", name=half), half in won),
                    yes_no(both("training.is_elected", name=over), over in won),
                ],
                show(tally=[0]),
            ),
            lambda: (
                both(
                    "training.committee.how_many_votes_member",
                    intro=intro,
                    half=half,
                    less=win - 1,
                ),
                [
                    number(both("training.committee.fewest_votes_elect"), least),
                    yes_no(both("training.is_elected", name=half), half in won),
                ],
                show(),
            ),
            lambda: (
                both("training.committee.votes_recorded_tally_who", intro=intro),
                [names(both("training.committee.members_elected"), sorted(won), printed)],
                show(tally=[0]),
            ),
        ],
    )
    rule = say("P-ELECT-1", counted.profile)
    why = both(
        "training.committee.base_members_not_more",
        rule=rule,
        base_word=base_word,
        base=setup.base,
        half=half,
        less=win - 1,
        twice_less=2 * (win - 1),
        over=over,
        win=win,
        twice_win=2 * win,
    )
    return _draft(data, exactly_half.title, why, chosen, results=results, counted=counted)


@topic(both("training.title.quorum_four_fifths"))
def quorum_four_fifths(rng: random.Random, profile: str | None) -> Draft:
    setup = party(rng, profile)
    lo, hi = {"branch": (15, 60), "general_branch": (55, 95), "primary_committee": (100, 230)}[
        setup.org_type
    ]
    # electorates where the 2020 and the literal 1990 readings part: exactly four fifths present
    choices = [
        e
        for e in range(lo, hi + 1)
        if fewest_present(e, strict=False) != fewest_present(e, strict=True)
    ]
    setup.members = setup.expected = rng.choice(choices)
    setup.present = fewest_present(setup.expected, strict=False)
    if setup.org_type == "branch":
        setup.seats = 3 if setup.members <= 50 else 5
    people = Names(rng)
    printed = cast(setup, people)
    tally = votes(
        rng,
        printed,
        counted=setup.present,
        seats=setup.seats,
        lo_win=fewest_to_elect(setup.base),
        winners=setup.seats,
    )
    data, results, counted = counted_file(tally_file(setup, printed, tally))
    ok = counted.rounds[0].result != "void"
    intro = party_intro(setup)
    strict = setup.strict
    outcomes: list[Pair] = [
        both("training.committee.meeting_valid_votes_decide"),
        both("training.committee.too_few_present_round"),
    ]
    chosen = pick(
        rng,
        [
            lambda: (
                both("training.committee.election_meeting_valid", intro=intro),
                [yes_no(both("training.committee.vote_valid"), ok)],
                show(counts=[]),
            ),
            lambda: (
                both("training.committee.how_many_must_present", intro=intro),
                [
                    number(
                        both("training.committee.fewest_present"),
                        fewest_present(setup.expected, strict=strict),
                    ),
                    yes_no(both("training.committee.enough_present"), ok),
                ],
                show(counts=[]),
            ),
            lambda: (
                both("training.committee.how_round_end", intro=intro),
                [choice(both("training.committee.round"), outcomes, 0 if ok else 1)],
                show(counts=[]),
            ),
        ],
    )
    rule = say("P-QUORUM-1", counted.profile)
    op = ">" if strict else "≥"
    e, p = setup.expected, setup.present
    why = both(
        "training.committee.quorum_why",
        rule=rule,
        op=op,
        p=p,
        p5=5 * p,
        e=e,
        e4=4 * e,
        verdict=both("training.committee.quorum_met" if ok else "training.committee.quorum_short"),
    )
    return _draft(data, quorum_four_fifths.title, why, chosen, results=results, counted=counted)


@topic(both("training.title.exclusions"))
def exclusions(rng: random.Random, profile: str | None) -> Draft:
    """P-QUORUM-2: members left out of 应到会 need the higher organisation's approval and the
    meeting's vote; one listed without both stays in."""
    setup = party(rng, profile, org_type=rng.choice(("branch", "general_branch")))
    people = Names(rng)
    reasons = [
        both("training.committee.ill_unable_express_will"),
        both("training.committee.abroad_own_expense_six"),
        both("training.committee.old_frail_bedridden"),
        both("training.committee.working_away_six_months"),
    ]
    listed = rng.sample(reasons, 3)
    lacking = rng.randrange(3)
    missing = rng.choice(("upper", "meeting"))
    rows = []
    for i, (zh, _) in enumerate(listed):
        ok = i != lacking
        rows.append(
            {
                "name": people.name(),
                "reason": zh,
                "upper_approved": ok or missing != "upper",
                "meeting_approved": ok or missing != "meeting",
            }
        )
    setup.expected = setup.members - 3
    strict = setup.strict
    setup.present = min(
        setup.expected,
        max(setup.present - 3, fewest_present(setup.expected + 1, strict=strict) + 1),
    )
    printed = cast(setup, people)
    data0 = tally_file(setup, printed, {})
    data0["electorate"]["exclusions"] = rows
    truth = setup.expected + 1
    base = truth if BUILTIN[setup.profile][P.THRESHOLD_BASE] == "expected" else setup.present
    tally = votes(
        rng,
        printed,
        counted=setup.present,
        seats=setup.seats,
        lo_win=fewest_to_elect(base),
        winners=setup.seats,
    )
    data0["rounds"][0]["tally"] = {"委员": tally}
    data, results, counted = counted_file(data0)
    quorum = next(g for g in counted.rounds[0].gates if g.code == "quorum")
    assert quorum.values["expected"] == truth  # the core's 应到会 (P-QUORUM-2)
    who = rows[lacking]["name"]
    lack = both(f"finding.TK-EXCL-1.{missing}")  # what the record lacks, as TK-EXCL-1 says it
    intro = both(
        "training.committee.has_full_members_elects",
        org=setup.org,
        members=setup.members,
        seats=setup.seats,
        expected=setup.expected,
        present=setup.present,
    )
    least = fewest_votes(counted)
    chosen = pick(
        rng,
        [
            lambda: (
                both("training.committee.how_many_expected_under", intro=intro),
                [number(both("training.committee.expected_number"), truth)],
                show(counts=[]),
            ),
            lambda: (
                both("training.committee.may_left_out_how", intro=intro, who=who),
                [
                    yes_no(both("training.committee.may_left_out", who=who), False),
                    number(both("training.committee.fewest_votes_elect"), least),
                ],
                show(counts=[]),
            ),
        ],
    )
    rule = say("P-QUORUM-2", counted.profile)
    why = both(
        "training.committee.lacks_stays",
        rule=rule,
        who=who,
        lack=lack,
        expected=setup.expected,
        truth=truth,
    )
    return _draft(data, exclusions.title, why, chosen, results=results, counted=counted)


# ---------------------------------------------------------------- ballots returned


def returned_exceeds(rng: random.Random, profile: str | None) -> Draft:
    setup = party(rng, profile)
    printed = cast(setup, Names(rng))
    issued = setup.present
    returned = first_void_return(issued)
    invalid = rng.randrange(0, 3)
    tally = votes(
        rng,
        printed,
        counted=returned - invalid,
        seats=setup.seats,
        lo_win=fewest_to_elect(setup.base),
        winners=setup.seats,
    )
    rnd = round_(
        "formal",
        [("委员", setup.seats)],
        {"委员": printed},
        issued,
        returned,
        {"委员": tally},
        invalid,
    )
    counted_data = counted_file(party_election(setup, {"委员": printed}, [rnd]))
    return returned_draft(rng, counted_data, party_intro(setup), issued, returned)


# ---------------------------------------------------------------- ballots


def _ballot_item(
    rng: random.Random,
    profile: str | None,
    make: Callable[[list[str], int, Names], list[dict[str, Any]]],
    *,
    reading: dict[str, Any] | None = None,
) -> tuple[Party, list[str], dict[str, Any], Any, Any]:
    """A committee election whose featured ballots come from ``make(printed, seats, names)``,
    the other ballots electing the seats."""
    setup = party(rng, profile)
    people = Names(rng)
    printed = cast(setup, people)
    featured = make(printed, setup.seats, people)
    rest = setup.present - sum(r["count"] for r in featured)
    tally = votes(
        rng,
        printed,
        counted=rest,
        seats=setup.seats,
        lo_win=fewest_to_elect(setup.base),
        winners=setup.seats,
    )
    ref = profile_ref(setup.profile, **(reading or {}))
    data, results, counted = counted_file(ballots_file(setup, printed, featured, tally, ref))
    return setup, printed, data, results, counted


@topic(both("training.title.over_quota_writein"))
def over_quota_writein(rng: random.Random, profile: str | None) -> Draft:
    who: dict[str, str] = {}

    def make(printed: list[str], seats: int, people: Names) -> list[dict[str, Any]]:
        chosen = rng.sample(printed, seats)
        who.update(writein=people.name(), approved=chosen[0])
        marks = "".join("○" if n in chosen else "×" for n in printed)
        return [
            {"count": 1, "marks": {"委员": marks}, "write_ins": {"委员": [[who["writein"], "○"]]}}
        ]

    setup, printed, data, results, counted = _ballot_item(rng, profile, make)
    v = verdict(results, 0, 0)
    s, w, a = setup.seats, who["writein"], who["approved"]
    chosen = pick(
        rng,
        [
            lambda: (
                both(
                    "training.committee.ballot_shown_approves_candidates",
                    intro=party_intro(setup),
                    s=s,
                    w=w,
                ),
                [
                    ballot_class(both("training.committee.ballot"), v.status),
                    yes_no(
                        both("training.gets_vote_from", name=w),
                        gets_vote(v, "委员", w),
                    ),
                ],
                show(ballots=[(0, 0)], counts=[]),
            ),
            lambda: (
                both(
                    "training.committee.ballot_shown_counter_gives",
                    intro=party_intro(setup),
                    s=s,
                    w=w,
                ),
                [
                    yes_no(both("training.committee.right"), gets_vote(v, "委员", a)),
                    ballot_class(both("training.committee.ballot"), v.status),
                ],
                show(ballots=[(0, 0)], counts=[]),
            ),
        ],
    )
    rule = say("P-VALID-1", counted.profile)
    why = both("training.committee.approvals_plus_write_make", rule=rule, s=s, w=w, chosen=s + 1)
    return _draft(data, over_quota_writein.title, why, chosen, results=results, counted=counted)


@topic(both("training.title.identifying_mark"))
def identifying_mark(rng: random.Random, profile: str | None) -> Draft:
    def make(printed: list[str], seats: int, people: Names) -> list[dict[str, Any]]:
        chosen = set(rng.sample(printed, seats - 1))
        marks = "".join("○" if n in chosen else "×" for n in printed)
        return [{"count": 1, "marks": {"委员": marks}, "flags": [BallotFlag.IDENTIFYING_MARK]}]

    setup, printed, data, results, counted = _ballot_item(rng, profile, make)
    v = verdict(results, 0, 0)
    approved = [
        n
        for n, m in zip(printed, data["rounds"][0]["ballot_records"][0]["marks"]["委员"])
        if m == "○"
    ]
    intro = party_intro(setup)
    chosen = pick(
        rng,
        [
            lambda: (
                both("training.committee.ballot_shown_marked_correctly", intro=intro),
                [ballot_class(both("training.committee.ballot"), v.status)],
                show(ballots=[(0, 0)], counts=[]),
            ),
            lambda: (
                both("training.committee.ballot_shown_has_marks", intro=intro, name=approved[0]),
                [
                    yes_no(both("training.committee.still_returned_ballot"), True),
                    yes_no(
                        both("training.gets_vote", name=approved[0]),
                        gets_vote(v, "委员", approved[0]),
                    ),
                ],
                show(ballots=[(0, 0)], counts=[]),
            ),
        ],
    )
    rule = say("P-VALID-2", counted.profile)
    why = both("training.committee.mark_can_identify_voter", rule=rule)
    return _draft(data, identifying_mark.title, why, chosen, results=results, counted=counted)


@topic(both("training.title.partly_unreadable"))
def partly_unreadable(rng: random.Random, profile: str | None) -> Draft:
    who: dict[str, str] = {}

    def make(printed: list[str], seats: int, people: Names) -> list[dict[str, Any]]:
        blur, ok = rng.sample(printed, 2)
        who.update(blur=blur, ok=ok)
        marks = "".join("?" if n == blur else "○" if n == ok else "×" for n in printed)
        return [{"count": 1, "marks": {"委员": marks}}]

    setup, printed, data, results, counted = _ballot_item(rng, profile, make)
    v = verdict(results, 0, 0)
    blur, ok = who["blur"], who["ok"]
    intro = party_intro(setup)
    chosen = pick(
        rng,
        [
            lambda: (
                both("training.committee.ballot_shown_mark_over", intro=intro, blur=blur, ok=ok),
                [
                    ballot_class(both("training.committee.ballot"), v.status),
                    yes_no(both("training.gets_vote", name=ok), gets_vote(v, "委员", ok)),
                ],
                show(ballots=[(0, 0)], counts=[]),
            ),
            lambda: (
                both("training.committee.ballot_shown_counter_says", intro=intro, blur=blur, ok=ok),
                [
                    yes_no(both("training.committee.void_whole_ballot"), v.status == "invalid"),
                    yes_no(both("training.gets_vote", name=blur), gets_vote(v, "委员", blur)),
                    yes_no(both("training.gets_vote", name=ok), gets_vote(v, "委员", ok)),
                ],
                show(ballots=[(0, 0)], counts=[]),
            ),
        ],
    )
    rule = say("P-VALID-3", counted.profile)
    why = both("training.committee.mark_cannot_read_no", rule=rule, blur=blur, ok=ok)
    return _draft(data, partly_unreadable.title, why, chosen, results=results, counted=counted)


@topic(both("training.title.writein_without_mark"))
def writein_without_mark(rng: random.Random, profile: str | None) -> Draft:
    reading = rng.choice(WRITEIN_READINGS)
    who: dict[str, str] = {}

    def make(printed: list[str], seats: int, people: Names) -> list[dict[str, Any]]:
        crossed = rng.choice(printed)
        who.update(crossed=crossed, writein=people.name())
        approved = set(rng.sample([n for n in printed if n != crossed], seats - 1))
        marks = "".join("×" if n == crossed else "○" if n in approved else " " for n in printed)
        return [
            {"count": 1, "marks": {"委员": marks}, "write_ins": {"委员": [[who["writein"], " "]]}}
        ]

    setup, printed, data, results, counted = _ballot_item(
        rng, profile, make, reading={"writein_without_mark": reading}
    )
    v = verdict(results, 0, 0)
    c, w = who["crossed"], who["writein"]
    rule = say("P-MARK-1", counted.profile)
    intro = party_intro(setup)
    ask_vote = yes_no(both("training.gets_vote", name=w), gets_vote(v, "委员", w))
    chosen = pick(
        rng,
        [
            lambda: (
                both("training.committee.writein_how_counted", intro=intro, rule=rule, c=c, w=w),
                [ballot_class(both("training.committee.ballot"), v.status), ask_vote],
                show(ballots=[(0, 0)], counts=[]),
            ),
            lambda: (
                both("training.committee.ballot_shown_writes_without", intro=intro, w=w, rule=rule),
                [ask_vote, ballot_class(both("training.committee.ballot"), v.status)],
                show(ballots=[(0, 0)], counts=[]),
            ),
        ],
    )
    why = both("training.committee.local_rules_differ_write", rule=rule)
    return _draft(data, writein_without_mark.title, why, chosen, results=results, counted=counted)


@topic(both("training.title.blank_and_all_x"))
def blank_and_all_x(rng: random.Random, profile: str | None) -> Draft:
    blanks, crosses = rng.randrange(1, 4), rng.randrange(1, 4)

    def make(printed: list[str], seats: int, people: Names) -> list[dict[str, Any]]:
        return [
            {"count": blanks, "marks": {"委员": " " * len(printed)}},
            {"count": crosses, "marks": {"委员": "×" * len(printed)}},
        ]

    setup, printed, data, results, counted = _ballot_item(rng, profile, make)
    v0, v1 = verdict(results, 0, 0), verdict(results, 0, 1)
    by_expected = BUILTIN[setup.profile][P.THRESHOLD_BASE] == "expected"
    bases: list[Pair] = [
        both("expected"),
        both("present"),
        both("training.committee.valid_ballots"),
    ]
    intro = party_intro(setup)
    chosen = pick(
        rng,
        [
            lambda: (
                both(
                    "training.committee.ballots_blank_kind_cross",
                    intro=intro,
                    blanks=blanks,
                    crosses=crosses,
                ),
                [
                    ballot_class(both("training.committee.blank_ballot"), v0.status),
                    ballot_class(both("training.committee.all_ballot"), v1.status),
                ],
                show(ballots=[(0, 0), (0, 1)], counts=[]),
            ),
            lambda: (
                both(
                    "training.committee.blank_all_ballots_shown",
                    intro=intro,
                    blanks=blanks,
                    crosses=crosses,
                ),
                [
                    choice(
                        both("training.committee.more_than_half"), bases, 0 if by_expected else 1
                    ),
                    ballot_class(both("training.committee.these_ballots"), v0.status),
                ],
                show(ballots=[(0, 0), (0, 1)], counts=[]),
            ),
        ],
    )
    rule, base_rule = say("P-VALID-4", counted.profile), say("P-ELECT-1", counted.profile)
    why = both(
        "training.committee.these_ballots_not_change",
        rule=rule,
        base_rule=base_rule,
        blank_or_crossed=blanks + crosses,
    )
    return _draft(data, blank_and_all_x.title, why, chosen, results=results, counted=counted)


# ---------------------------------------------------------------- seats


@topic(both("training.title.tie_last_seat"))
def tie_last_seat(rng: random.Random, profile: str | None) -> Draft:
    setup = party(rng, profile)
    printed = cast(setup, Names(rng))
    tally, tied, cut = tied_votes(
        rng, printed, counted=setup.present, seats=setup.seats, win=fewest_to_elect(setup.base)
    )
    first = tally_file(setup, printed, tally)["rounds"][0]
    again = round_(
        "tie_revote",
        [("委员", 1)],
        {"委员": tied},
        setup.present,
        setup.present,
        {"委员": revote(rng, tied, setup.present)},
    )
    counted_data = counted_file(party_election(setup, {"委员": printed}, [first, again]))
    return tie_draft(rng, counted_data, party_intro(setup), "委员", tied, cut, printed)


@topic(both("training.title.tie_not_deciding"))
def tie_not_deciding(rng: random.Random, profile: str | None) -> Draft:
    """P-ELECT-2: equal votes inside the winners or below the threshold decide nothing."""
    setup = party(rng, profile)
    printed = cast(setup, Names(rng))
    tally, pair, v, inside = level_votes(
        rng, printed, counted=setup.present, seats=setup.seats, win=fewest_to_elect(setup.base)
    )
    counted_data = counted_file(tally_file(setup, printed, tally))
    return level_draft(rng, counted_data, party_intro(setup), "委员", pair, v, inside, printed)


@topic(both("training.title.shortfall"))
def shortfall(rng: random.Random, profile: str | None) -> Draft:
    setup = party(rng, profile, even_base=True)
    people = Names(rng)
    printed = cast(setup, people)
    win = fewest_to_elect(setup.base)
    tally, name = short_votes(
        rng, printed, counted=setup.present, seats=setup.seats, win=win, below=1
    )
    data, results, counted = counted_file(tally_file(setup, printed, tally))
    won = sorted(elected(counted))
    intro = party_intro(setup)
    steps: list[Pair] = [
        both("training.committee.next_votes_takes", seats=setup.seats, name=name),
        both("training.committee.supplementary_election_recorded_seat"),
        both("training.committee.whole_round_void_held"),
    ]
    chosen = pick(
        rng,
        [
            lambda: (
                both(
                    "training.committee.only_have_majority_next",
                    intro=intro,
                    above=setup.seats - 1,
                    seats=setup.seats,
                    name=name,
                    less=win - 1,
                ),
                [
                    yes_no(both("training.committee.may_take", name=name), name in won),
                    choice(both("training.committee.short_seat"), steps, 1),
                ],
                show(),
            ),
            lambda: (
                both("training.committee.votes_recorded_who_elected", intro=intro),
                [
                    names(both("training.committee.members_elected"), won, printed),
                    number(both("training.committee.seats_short"), setup.seats - len(won)),
                ],
                show(tally=[0]),
            ),
        ],
    )
    rule = say("P-ELECT-4", counted.profile)
    why = both(
        "training.committee.not_more_than_no",
        rule=rule,
        name=name,
        less=win - 1,
        twice_less=2 * (win - 1),
        base=setup.base,
    )
    return _draft(data, shortfall.title, why, chosen, results=results, counted=counted)
