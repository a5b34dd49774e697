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


@topic(("恰好半数与过半数", "Exactly half and one over half"))
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
    base_zh = "应到会" if BUILTIN[setup.profile][P.THRESHOLD_BASE] == "expected" else "实到会"
    base_en = "expected" if base_zh == "应到会" else "present"
    intro = party_intro(setup)
    least = fewest_votes(counted)
    chosen = pick(
        rng,
        [
            lambda: (
                (
                    f"{intro[0]}唱票结束，{half} 得 {win - 1} 票，{over} 得 {win} 票。二人是否当选？",
                    f"{intro[1]} After the count {half} has {win - 1} votes and {over} {win}. Is either elected?",
                ),
                [
                    yes_no((f"{half} 当选吗？", f"Is {half} elected?"), half in won),
                    yes_no((f"{over} 当选吗？", f"Is {over} elected?"), over in won),
                ],
                show(tally=[0]),
            ),
            lambda: (
                (
                    f"{intro[0]}委员至少要得多少票才能当选？{half} 得 {win - 1} 票，能当选吗？",
                    f"{intro[1]} How many votes does a member need at least? {half} has {win - 1}: elected?",
                ),
                [
                    number(("当选至少要得多少票？", "Fewest votes that elect?"), least),
                    yes_no((f"{half} 当选吗？", f"Is {half} elected?"), half in won),
                ],
                show(),
            ),
            lambda: (
                (
                    f"{intro[0]}各候选人得票见计票记录。请写出当选的委员。",
                    f"{intro[1]} The votes are in the recorded tally. Who is elected?",
                ),
                [names(("当选的委员", "Members elected"), sorted(won), printed)],
                show(tally=[0]),
            ),
        ],
    )
    rule = say("P-ELECT-1", counted.profile)
    why = (
        f"{rule[0]}。基数是{base_zh} {setup.base} 人：{half} 2×{win - 1}={2 * (win - 1)}，不大于 {setup.base}，"
        f"恰好半数，不能当选；{over} 2×{win}={2 * win} > {setup.base}，过半数",
        f"{rule[1]}. The base is the members {base_en}, {setup.base}: {half} 2×{win - 1}={2 * (win - 1)} "
        f"is not more than {setup.base}, exactly half, not elected; {over} 2×{win}={2 * win} > {setup.base}",
    )
    return _draft(data, exactly_half.title, why, chosen, results=results, counted=counted)


@topic(("到会人数恰为五分之四", "Exactly four fifths present"))
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
        ("会议有效，按得票确定当选人", "the meeting is valid; the votes decide"),
        ("到会人数不够，本轮选举无效，不得进行选举", "too few present: the round is void"),
    ]
    chosen = pick(
        rng,
        [
            lambda: (
                (f"{intro[0]}这次选举大会有效吗？", f"{intro[1]} Is the election meeting valid?"),
                [yes_no(("选举有效吗？", "Is the vote valid?"), ok)],
                show(counts=[]),
            ),
            lambda: (
                (
                    f"{intro[0]}按规定至少要到会多少人才能进行选举？本次到会人数够吗？",
                    f"{intro[1]} How many must be present at least for a vote? Are there enough?",
                ),
                [
                    number(
                        ("至少到会人数", "Fewest present"),
                        fewest_present(setup.expected, strict=strict),
                    ),
                    yes_no(("到会人数够吗？", "Enough present?"), ok),
                ],
                show(counts=[]),
            ),
            lambda: (
                (f"{intro[0]}本轮结果如何？", f"{intro[1]} How does the round end?"),
                [choice(("本轮结果", "The round"), outcomes, 0 if ok else 1)],
                show(counts=[]),
            ),
        ],
    )
    rule = say("P-QUORUM-1", counted.profile)
    op = ">" if strict else "≥"
    e, p = setup.expected, setup.present
    why = (
        f"{rule[0]}。5×实到 {op} 4×应到：5×{p}={5 * p}，4×{e}={4 * e}，"
        + ("符合，会议有效" if ok else "恰好五分之四不算“超过”，不得进行选举"),
        f"{rule[1]}. 5×present {op} 4×expected: 5×{p}={5 * p}, 4×{e}={4 * e}: "
        + (
            "met, the meeting is valid" if ok else "exactly four fifths is not 'more than': no vote"
        ),
    )
    return _draft(data, quorum_four_fifths.title, why, chosen, results=results, counted=counted)


@topic(("应到会人数与不计入的党员", "Who stays in 应到会"))
def exclusions(rng: random.Random, profile: str | None) -> Draft:
    """P-QUORUM-2: members left out of 应到会 need the higher organisation's approval and the
    meeting's vote; one listed without both stays in."""
    setup = party(rng, profile, org_type=rng.choice(("branch", "general_branch")))
    people = Names(rng)
    reasons = [
        ("因病不能表达本人意志", "ill and unable to express a will"),
        ("自费出国半年以上", "abroad at own expense for six months or more"),
        ("年老体弱、卧床不起", "old, frail and bedridden"),
        (
            "外出务工半年以上，组织关系未转出",
            "working away six months or more, relationship not moved",
        ),
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
    lack_zh = "上级党组织同意" if missing == "upper" else "党员大会通过"
    lack_en = "the higher organisation's approval" if missing == "upper" else "the meeting's vote"
    intro = (
        f"{setup.org}有正式党员 {setup.members} 名，选举委员 {setup.seats} 名。报告的应到会人数为 {setup.expected} 人，"
        f"不计入应到会的 3 名党员见下表；实到会 {setup.present} 人。",
        f"{setup.org} has {setup.members} full members and elects {setup.seats}. The report gives "
        f"{setup.expected} expected, leaving out the 3 members listed below; {setup.present} are present.",
    )
    least = fewest_votes(counted)
    chosen = pick(
        rng,
        [
            lambda: (
                (
                    f"{intro[0]}按规定应到会人数是多少？",
                    f"{intro[1]} How many are expected under the rules?",
                ),
                [number(("应到会人数", "Members expected"), truth)],
                show(counts=[]),
            ),
            lambda: (
                (
                    f"{intro[0]}{who} 可以不计入应到会人数吗？当选至少要得多少票？",
                    f"{intro[1]} May {who} be left out of 应到会? How many votes does a member need at least?",
                ),
                [
                    yes_no((f"{who} 可以不计入吗？", f"May {who} be left out?"), False),
                    number(("当选至少要得多少票？", "Fewest votes that elect?"), least),
                ],
                show(counts=[]),
            ),
        ],
    )
    rule = say("P-QUORUM-2", counted.profile)
    why = (
        f"{rule[0]}。{who} 缺少{lack_zh}，仍计入应到会：{setup.expected}+1={truth} 人",
        f"{rule[1]}. {who} lacks {lack_en} and stays in: {setup.expected}+1={truth}",
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


@topic(("多选并另选他人", "Over the quota with a write-in"))
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
                (
                    f"{party_intro(setup)[0]}下面这张选票在 {s} 名候选人上方画了○，又在另选栏写了 {w} 并画○。这张选票怎么处理？",
                    f"{party_intro(setup)[1]} The ballot shown approves {s} candidates and writes in {w} with ○. How is it treated?",
                ),
                [
                    ballot_class(("这张选票是", "This ballot is"), v.status),
                    yes_no(
                        (f"{w} 从这张票得票吗？", f"Does {w} get a vote from it?"),
                        gets_vote(v, "委员", w),
                    ),
                ],
                show(ballots=[(0, 0)], counts=[]),
            ),
            lambda: (
                (
                    f"{party_intro(setup)[0]}这张选票见下。计票人给画○的 {s} 人各记 1 票，另选的 {w} 不记。对吗？",
                    f"{party_intro(setup)[1]} The ballot is shown. A counter gives the {s} approved a vote each and "
                    f"{w} none. Right?",
                ),
                [
                    yes_no(("计票人这样记对吗？", "Is that right?"), gets_vote(v, "委员", a)),
                    ballot_class(("这张选票是", "This ballot is"), v.status),
                ],
                show(ballots=[(0, 0)], counts=[]),
            ),
        ],
    )
    rule = say("P-VALID-1", counted.profile)
    why = (
        f"{rule[0]}。画○ {s} 人加另选 {w} 共 {s + 1} 人，多于应选 {s} 人：整张选票无效，谁也不得票",
        f"{rule[1]}. {s} approvals plus the write-in {w} make {s + 1} > {s} seats: the whole ballot is void",
    )
    return _draft(data, over_quota_writein.title, why, chosen, results=results, counted=counted)


@topic(("选票上作记号", "An identifying mark"))
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
                (
                    f"{intro[0]}下面这张选票符号都合规定，但空白处写了一个编号。这张票怎么算？",
                    f"{intro[1]} The ballot shown is marked correctly but carries a number in the margin. How is it counted?",
                ),
                [ballot_class(("这张选票是", "This ballot is"), v.status)],
                show(ballots=[(0, 0)], counts=[]),
            ),
            lambda: (
                (
                    f"{intro[0]}下面这张选票画了○，空白处另有涂写。它还算收回的选票吗？{approved[0]} 从这张票得票吗？",
                    f"{intro[1]} The ballot shown has its ○ marks and a scrawl in the margin. Is it still a "
                    f"returned ballot? Does {approved[0]} get a vote from it?",
                ),
                [
                    yes_no(("算收回的选票吗？", "Still a returned ballot?"), True),
                    yes_no(
                        (f"{approved[0]} 得票吗？", f"Does {approved[0]} get a vote?"),
                        gets_vote(v, "委员", approved[0]),
                    ),
                ],
                show(ballots=[(0, 0)], counts=[]),
            ),
        ],
    )
    rule = say("P-VALID-2", counted.profile)
    why = (
        f"{rule[0]}。作记号可以认出投票人，破坏无记名投票：整张视为废票，谁也不得票，但仍算收回的选票",
        f"{rule[1]}. A mark can identify the voter and breaks the secret ballot: the whole ballot is "
        "spoiled and counts for nobody, though it is still a returned ballot",
    )
    return _draft(data, identifying_mark.title, why, chosen, results=results, counted=counted)


@topic(("部分无法辨认", "Partly unreadable"))
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
                (
                    f"{intro[0]}下面这张选票上，{blur} 上方的符号涂得看不清，{ok} 上方清楚地画了○。这张票怎么算？",
                    f"{intro[1]} On ballot 1 (shown) the mark over {blur} cannot be read; {ok} has a clear ○. How is it counted?",
                ),
                [
                    ballot_class(("这张选票是", "This ballot is"), v.status),
                    yes_no((f"{ok} 得票吗？", f"Does {ok} get a vote?"), gets_vote(v, "委员", ok)),
                ],
                show(ballots=[(0, 0)], counts=[]),
            ),
            lambda: (
                (
                    f"{intro[0]}这张选票见下。计票人说：有一处看不清，整张作废。对吗？{blur} 和 {ok} 各得票吗？",
                    f"{intro[1]} The ballot is shown. A counter says one unreadable mark voids it. Right? Do {blur} "
                    f"and {ok} get votes?",
                ),
                [
                    yes_no(("整张作废对吗？", "Void the whole ballot?"), v.status == "invalid"),
                    yes_no(
                        (f"{blur} 得票吗？", f"Does {blur} get a vote?"), gets_vote(v, "委员", blur)
                    ),
                    yes_no((f"{ok} 得票吗？", f"Does {ok} get a vote?"), gets_vote(v, "委员", ok)),
                ],
                show(ballots=[(0, 0)], counts=[]),
            ),
        ],
    )
    rule = say("P-VALID-3", counted.profile)
    why = (
        f"{rule[0]}。{blur} 处无法辨认，不得票；{ok} 得 1 票；这张票是部分有效，算有效票",
        f"{rule[1]}. {blur}'s mark cannot be read, no vote; {ok} gets the vote; the ballot is partly "
        "valid and counts as valid",
    )
    return _draft(data, partly_unreadable.title, why, chosen, results=results, counted=counted)


@topic(("另选他人未画符号", "A write-in without an approval mark"))
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
    ask_vote = yes_no((f"{w} 得票吗？", f"Does {w} get a vote?"), gets_vote(v, "委员", w))
    chosen = pick(
        rng,
        [
            lambda: (
                (
                    f"{intro[0]}本次选举办法规定：{rule[0]}。下面这张选票对 {c} 画×，在下方另选栏写了 {w}，但没有画○。怎么算？",
                    f"{intro[1]} The adopted rules say: {rule[1]}. The ballot shown crosses {c} and writes in {w} "
                    "without a ○. How is it counted?",
                ),
                [ballot_class(("这张选票是", "This ballot is"), v.status), ask_vote],
                show(ballots=[(0, 0)], counts=[]),
            ),
            lambda: (
                (
                    f"{intro[0]}下面这张选票在另选栏写了 {w}，没有画○。本次选举办法规定：{rule[0]}。{w} 得票吗？这张票有效吗？",
                    f"{intro[1]} The ballot shown writes in {w} without a ○. The adopted rules say: {rule[1]}. "
                    f"Does {w} get a vote? Is the ballot valid?",
                ),
                [ask_vote, ballot_class(("这张选票是", "This ballot is"), v.status)],
                show(ballots=[(0, 0)], counts=[]),
            ),
        ],
    )
    why = (
        f"各地选举办法对只写姓名不画○的另选人规定不一，按本次通过的选举办法：{rule[0]}",
        f"local rules differ on a write-in without ○; the adopted rules decide: {rule[1]}",
    )
    return _draft(data, writein_without_mark.title, why, chosen, results=results, counted=counted)


@topic(("空白票与全画×的票", "Blank and all-× ballots"))
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
        ("应到会有选举权的人数", "members expected"),
        ("实到会有选举权的人数", "members present"),
        ("有效票数", "valid ballots"),
    ]
    intro = party_intro(setup)
    chosen = pick(
        rng,
        [
            lambda: (
                (
                    f"{intro[0]}有 {blanks} 张选票什么也没画（第 1 种），{crosses} 张对每个人都画了×（第 2 种）。这些票有效吗？",
                    f"{intro[1]} {blanks} ballots are blank (kind 1) and {crosses} cross every name (kind 2). Are they valid?",
                ),
                [
                    ballot_class(("空白票是", "A blank ballot is"), v0.status),
                    ballot_class(("全画×的票是", "An all-× ballot is"), v1.status),
                ],
                show(ballots=[(0, 0), (0, 1)], counts=[]),
            ),
            lambda: (
                (
                    f"{intro[0]}有 {blanks} 张空白票、{crosses} 张全画×的票（见下）。有人说去掉这些票，当选所需的票数就低了。"
                    "当选须超过哪个人数的半数？",
                    f"{intro[1]} {blanks} blank and {crosses} all-× ballots (shown). Someone says without them fewer "
                    "votes would elect. More than half of what elects?",
                ),
                [
                    choice(
                        ("当选须超过……的半数", "More than half of"), bases, 0 if by_expected else 1
                    ),
                    ballot_class(("这些票是", "These ballots are"), v0.status),
                ],
                show(ballots=[(0, 0), (0, 1)], counts=[]),
            ),
        ],
    )
    rule, base_rule = say("P-VALID-4", counted.profile), say("P-ELECT-1", counted.profile)
    why = (
        f"{rule[0]}。{base_rule[0]}：当选票数的基数不因这 {blanks + crosses} 张票改变",
        f"{rule[1]}. {base_rule[1]}: these {blanks + crosses} ballots do not change the base",
    )
    return _draft(data, blank_and_all_x.title, why, chosen, results=results, counted=counted)


# ---------------------------------------------------------------- seats


@topic(("最后一个名额票数相等", "A tie at the last seat"))
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


@topic(("不影响当选的票数相等", "A tie that decides nothing"))
def tie_not_deciding(rng: random.Random, profile: str | None) -> Draft:
    """P-ELECT-2: equal votes inside the winners or below the threshold decide nothing."""
    setup = party(rng, profile)
    printed = cast(setup, Names(rng))
    tally, pair, v, inside = level_votes(
        rng, printed, counted=setup.present, seats=setup.seats, win=fewest_to_elect(setup.base)
    )
    counted_data = counted_file(tally_file(setup, printed, tally))
    return level_draft(rng, counted_data, party_intro(setup), "委员", pair, v, inside, printed)


@topic(("过半数的不足应选名额", "Fewer clear the majority than there are seats"))
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
        (f"由得票第 {setup.seats} 多的 {name} 补上", f"{name}, next in votes, takes it"),
        (
            "对缺额另行选举，或接近应选名额时经多数选举人同意减少名额",
            "a supplementary election, or a recorded seat reduction",
        ),
        ("整轮选举无效，全部重新投票", "the whole round is void and held again"),
    ]
    chosen = pick(
        rng,
        [
            lambda: (
                (
                    f"{intro[0]}只有 {setup.seats - 1} 人过半数；得票第 {setup.seats} 多的 {name} 得 {win - 1} 票。能否让 {name} 补上最后一个名额？",
                    f"{intro[1]} Only {setup.seats - 1} have a majority; the next, {name}, has {win - 1}. May "
                    f"{name} take the last seat?",
                ),
                [
                    yes_no((f"{name} 可以补上吗？", f"May {name} take it?"), name in won),
                    choice(("缺的名额怎么办？", "The short seat"), steps, 1),
                ],
                show(),
            ),
            lambda: (
                (
                    f"{intro[0]}得票见计票记录。当选的委员是哪几位？还缺几名？",
                    f"{intro[1]} The votes are recorded. Who is elected? How many seats are short?",
                ),
                [
                    names(("当选的委员", "Members elected"), won, printed),
                    number(("缺额", "Seats short"), setup.seats - len(won)),
                ],
                show(tally=[0]),
            ),
        ],
    )
    rule = say("P-ELECT-4", counted.profile)
    why = (
        f"{rule[0]}。{name} 2×{win - 1}={2 * (win - 1)}，不大于 {setup.base}，未过半数，不能补上",
        f"{rule[1]}. {name}: 2×{win - 1}={2 * (win - 1)} is not more than {setup.base}, no majority, "
        "so not elected",
    )
    return _draft(data, shortfall.title, why, chosen, results=results, counted=counted)
