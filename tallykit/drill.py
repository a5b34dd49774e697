"""Training items for 监票人 and 计票人: the ballots and counts that go wrong, with answer keys.

``generate(rng, count=..., family=..., profile=...)`` makes items from a ``random.Random`` the
caller passes in (no global randomness; same seed, same items). Each item is a dict with exactly
the keys ``id, seed, family, topic, title, question, answer, steps, scenario``: ``scenario`` is
a results-format file (FORMAT.md) whose ``declared`` holds the correct answer, ``answer.outcome``
is the verify report's ``outcome``, ``steps`` come from ``tallykit.explain``. Where the ballot
itself is the point, the scenario has ``ballot_records`` and the ballot asked about is record 0
(count 1); the other records are ordinary ballots that give the tally.

Boundary values are not a hand list: each is solved from the inequalities of ``tallykit.rules``
(the functions the counting core uses and the specs prove) by searching for the smallest integer
that satisfies them — ``boundary(lambda v: rules.majority(v, base))`` is the fewest votes that
elect, one less is exactly half; ``boundary(lambda p: rules.quorum_met(p, e, strict=False))``
is the 4/5 attendance of the 2020 regime, and electorates are chosen where the 1990 reading
(``strict=True``) gives a different answer; ``third_floor`` gives the ⅓ floor and ballot totals
are chosen where a third is not a whole number (601 → 201); ``returned_ok`` gives the first
returned count that voids a round. ``tests/test_drill.py`` has z3 prove each predicate monotone
and find the same minimum on the same functions. The declared answer is then the counting core's own outcome
of the scenario, so the item and ``tallykit verify`` cannot disagree.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from tallykit import rules
from tallykit.ballots import Layout, classify
from tallykit.counting import Count, count
from tallykit.explain import explain
from tallykit.labels import reading_words
from tallykit.profiles import BUILTIN
from tallykit.results import BallotRecord, Results, parse_results
from tallykit.strokes import sort_names
from tallykit.texts import text

FORMAT_ID = "tallykit.results/1"

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔汤"
MALE = [
    "建国",
    "志强",
    "卫东",
    "国庆",
    "建华",
    "海波",
    "永刚",
    "军",
    "强",
    "伟",
    "涛",
    "明",
    "磊",
    "勇",
    "斌",
    "德胜",
    "立新",
    "长青",
    "春生",
]
FEMALE = [
    "秀英",
    "红梅",
    "海燕",
    "玉兰",
    "桂英",
    "春梅",
    "晓燕",
    "丽",
    "芳",
    "静",
    "敏",
    "霞",
    "丽华",
    "淑珍",
    "玉珍",
    "美玲",
    "小红",
    "翠花",
    "金凤",
    "彩云",
]
# The relations drill proxies are drawn from: near relatives (results.NEAR_RELATIVES) a voter
# commonly authorises.
PROXY_RELATIONS = ("spouse", "parent", "child", "sibling")

PARTY_TOPICS = (
    "exactly_half",
    "quorum_four_fifths",
    "returned_exceeds_issued",
    "over_quota_writein",
    "identifying_mark",
    "partly_unreadable",
    "writein_without_mark",
    "blank_and_all_x",
    "tie_last_seat",
    "shortfall",
)
VILLAGER_TOPICS = (
    "double_majority",
    "third_floor",
    "same_person_two_posts",
    "carry_down",
    "womens_guarantee",
    "proxy_over_limit",
    "returned_exceeds_issued",
    "blank_and_all_x",
    "over_quota_writein",
    "tie_last_seat",
)
WRITEIN_READINGS = ("void_ballot", "no_vote", "abstain", "approve")


# ---------------------------------------------------------------- boundaries from the rules


def boundary(holds: Callable[[int], Any], lo: int = 0, hi: int = 1 << 20) -> int:
    """The smallest integer in ``[lo, hi]`` where ``holds`` becomes true (``holds`` is monotone:
    false, then true). Used on the inequalities of ``tallykit.rules``.

    >>> boundary(lambda v: rules.majority(v, 24)), boundary(lambda v: rules.third_floor(v, 601))
    (13, 201)
    >>> boundary(lambda p: rules.quorum_met(p, 25, strict=False)), boundary(lambda p: rules.quorum_met(p, 25, strict=True))
    (20, 21)
    """
    while lo < hi:
        mid = (lo + hi) // 2
        if holds(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo


def fewest_to_elect(base: int) -> int:
    """Fewest votes with ``rules.majority(votes, base)`` (P-ELECT-1, V-DOUBLE-MAJORITY-2)."""
    return boundary(lambda v: rules.majority(v, base))


def fewest_for_third(cast: int) -> int:
    """Fewest votes with ``rules.third_floor(votes, cast)`` (V-SUPP-3)."""
    return boundary(lambda v: rules.third_floor(v, cast))


def fewest_present(expected: int, *, strict: bool) -> int:
    """Smallest attendance with ``rules.quorum_met`` (P-QUORUM-1)."""
    return boundary(lambda p: rules.quorum_met(p, expected, strict=strict))


def first_void_return(issued: int) -> int:
    """Fewest returned ballots that break ``rules.returned_ok`` (P-BALLOT-1, V-BALLOT-RECON-1)."""
    return boundary(lambda r: not rules.returned_ok(r, issued))


# ---------------------------------------------------------------- people and ballots


def _people(rng: random.Random, n: int, women: int = 0) -> list[tuple[str, str]]:
    """``n`` distinct invented names (``women`` of them women), as (name, gender)."""
    out: list[tuple[str, str]] = []
    surnames = rng.sample(SURNAMES, n)
    for i, s in enumerate(surnames):
        female = i < women
        out.append((s + rng.choice(FEMALE if female else MALE), "female" if female else "male"))
    rng.shuffle(out)
    return out


def _ordered(names: list[str]) -> list[str]:
    """Ballot order: surname strokes (P-ORDER-1/2)."""
    return list(sort_names(names))


def _wrap(n: int, printed: list[str], targets: dict[str, int]) -> list[set[str]]:
    """``n`` ballots giving each name exactly its target: approvals laid end to end and dealt
    round the ballots, so no ballot holds a name twice (target <= n) or more than
    ceil(total/n) names (<= seats when total <= seats*n)."""
    ballots: list[set[str]] = [set() for _ in range(n)]
    k = 0
    for name in printed:
        for _ in range(targets.get(name, 0)):
            ballots[k % n].add(name)
            k += 1
    return ballots


def _records(
    n: int, posts: list[tuple[str, int, list[str]]], targets: dict[str, dict[str, int]]
) -> list[dict[str, Any]]:
    """Ballot records for ``n`` ordinary ballots with the given per-post tallies (○ approve,
    × otherwise), identical ballots stored once with a count."""
    per_post = {p: _wrap(n, printed, targets.get(p, {})) for p, _, printed in posts}
    grouped: dict[tuple[str, ...], int] = {}
    for j in range(n):
        key = tuple(
            "".join("○" if name in per_post[p][j] else "×" for name in printed)
            for p, _, printed in posts
        )
        grouped[key] = grouped.get(key, 0) + 1
    return [
        {"count": c, "marks": {p: m for (p, _, _), m in zip(posts, key)}}
        for key, c in sorted(grouped.items())
    ]


def _fits(tally: dict[str, int], seats: int, valid: int) -> bool:
    """Approval totals some ballots can give (``rules.votes_fit``, ``rules.approvals_fit``)."""
    return all(rules.votes_fit(v, valid) for v in tally.values()) and bool(
        rules.approvals_fit(sum(tally.values()), valid, seats)
    )


def _spread(rng: random.Random, names: list[str], lo: int, hi: int) -> dict[str, int]:
    """Distinct vote counts in ``[lo, hi]`` for ``names`` (so no unintended ties)."""
    values = rng.sample(range(lo, hi + 1), len(names))
    return dict(zip(names, sorted(values, reverse=True)))


# ---------------------------------------------------------------- scenario shells


def _party_file(
    profile: Any,
    expected: int,
    present: int,
    seats: int,
    people: list[tuple[str, str]],
    rounds: list[dict[str, Any]],
) -> dict[str, Any]:
    return {
        "format": FORMAT_ID,
        "profile": profile,
        "election": {
            "kind": "party_committee",
            "organization": "东风村党支部",
            "date": "2021-03-18",
            "positions": [{"name": "委员", "seats": seats}],
        },
        "electorate": {"expected": expected, "present": present},
        "candidates": [_candidate(n, "委员", g) for n, g in people],
        "rounds": rounds,
    }


def _village_file(
    profile: Any,
    kind: str,
    registered: int,
    posts: list[tuple[str, int]],
    people: list[dict[str, Any]],
    rounds: list[dict[str, Any]],
) -> dict[str, Any]:
    return {
        "format": FORMAT_ID,
        "profile": profile,
        "election": {
            "kind": kind,
            "organization": (
                "青石村民委员会" if kind == "villagers_committee" else "东门社区居民委员会"
            ),
            "date": "2021-02-03",
            "positions": [{"name": p, "seats": s} for p, s in posts],
        },
        "electorate": {"registered": registered},
        "candidates": people,
        "rounds": rounds,
    }


def _round(
    kind: str,
    posts: list[tuple[str, int]],
    printed: dict[str, list[str]],
    issued: int,
    returned: int,
    tally: dict[str, dict[str, int]] | None = None,
    invalid: int = 0,
    records: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    rnd: dict[str, Any] = {
        "kind": kind,
        "positions": [{"name": p, "seats": s} for p, s in posts],
        "candidates": printed,
        "ballots": {
            "issued": issued,
            "returned": returned,
            "valid": returned - invalid,
            "invalid": invalid,
        },
    }
    if tally is not None:
        rnd["tally"] = tally
    if records is not None:
        rnd["ballot_records"] = records
    return rnd


def _profile_ref(base: str, **params: Any) -> Any:
    return {"extends": base, "set": params} if params else base


NEXT = {
    "tie_revote": "tie_revote",
    "supplementary": "supplementary",
    "seat_reduction": "seat_reduction",
}


def finish(data: dict[str, Any]) -> tuple[dict[str, Any], Results, Count]:
    """Fill what the count decides: with ballot records, the ballot figures and tally of the
    recount; in every round, ``declared`` as the counting core's outcome."""
    counted = count(parse_results(data))
    for rnd, out in zip(data["rounds"], counted.rounds):
        rec = out.recount
        if rec is not None:
            rnd["ballots"].update(returned=rec.returned, valid=rec.counted, invalid=rec.invalid)
            rnd["tally"] = {p: {n: v for n, v in t.items()} for p, t in rec.tally.items()}
    counted = count(parse_results(data))
    for rnd, out in zip(data["rounds"], counted.rounds):
        if out.result == "void":
            rnd["declared"] = {
                "elected": {},
                "void": True,
                "void_reason": out.void_reason,
                "next": None,
            }
        else:
            rnd["declared"] = {
                "elected": {p: list(n) for p, n in out.elected.items()},
                "void": False,
                "next": NEXT.get(out.result),
            }
    results = parse_results(data)
    return data, results, count(results)


# ---------------------------------------------------------------- party topics


def _party_profile(rng: random.Random, profile: str | None) -> str:
    return profile or rng.choice(("party-2020", "party-1990"))


def _party_electorate(
    rng: random.Random, profile: str, even_base: bool = False
) -> tuple[int, int, int]:
    """(expected, present, threshold base) with a quorum under ``profile``; the base even when
    asked, so that exactly half exists."""
    strict = BUILTIN[profile]["quorum_comparison"] == ">"
    by_present = BUILTIN[profile]["threshold_base"] == "present"
    while True:
        expected = rng.randrange(30, 61)
        present = rng.randrange(fewest_present(expected, strict=strict), expected + 1)
        base = present if by_present else expected
        if not even_base or base % 2 == 0:
            return expected, present, base


def _party_tally(
    rng: random.Random,
    printed: list[str],
    seats: int,
    valid: int,
    fixed: dict[str, int],
    above: int,
    lo_win: int,
) -> dict[str, int]:
    """Votes for ``printed``: ``fixed`` names as given, ``above`` more names in [lo_win, valid],
    the rest below ``lo_win``; retried until some ballots can give it."""
    free = [n for n in printed if n not in fixed]
    for _ in range(200):
        rng.shuffle(free)
        winners, losers = free[:above], free[above:]
        tally = dict(fixed)
        tally.update(_spread(rng, winners, lo_win, valid) if winners else {})
        low = max(lo_win - 1, len(losers))
        tally.update(_spread(rng, losers, 0, low) if losers else {})
        own = [tally[n] for n in free]
        if (
            len(set(own)) == len(own)
            and not set(own) & set(fixed.values())
            and _fits(tally, seats, valid)
        ):
            return {n: tally[n] for n in printed}
    raise AssertionError("no feasible tally found")  # pragma: no cover


def _party_simple(
    rng: random.Random,
    profile: str,
    seats: int,
    tally_of: Callable[[list[str], int, int], dict[str, int]],
    *,
    even_base: bool = False,
    records: bool = False,
) -> tuple[dict[str, Any], int, int, int]:
    expected, present, base = _party_electorate(rng, profile, even_base)
    people = _people(rng, rules.min_candidates(seats))
    printed = _ordered([n for n, _ in people])
    tally = tally_of(printed, present, base)
    if records:
        recs = _records(present, [("委员", seats, printed)], {"委员": tally})
        rnd = _round("formal", [("委员", seats)], {"委员": printed}, present, present, records=recs)
    else:
        rnd = _round(
            "formal", [("委员", seats)], {"委员": printed}, present, present, {"委员": tally}
        )
    return _party_file(profile, expected, present, seats, people, [rnd]), expected, present, base


def t_exactly_half(rng: random.Random, profile: str | None) -> dict[str, Any]:
    profile = _party_profile(rng, profile)
    seats = rng.choice((2, 3))
    picked: dict[str, str] = {}

    def tally_of(printed: list[str], present: int, base: int) -> dict[str, int]:
        win = fewest_to_elect(base)
        half, over = rng.sample(printed, 2)
        picked.update(half=half, over=over)
        return _party_tally(
            rng, printed, seats, present, {over: win, half: win - 1}, seats - 1, win + 1
        )

    data, expected, present, base = _party_simple(rng, profile, seats, tally_of, even_base=True)
    win = fewest_to_elect(base)
    base_zh = "应到会" if BUILTIN[profile]["threshold_base"] == "expected" else "实到会"
    base_en = "expected" if base_zh == "应到会" else "present"
    return {
        "data": data,
        "title": ("恰好半数与过半数", "Exactly half and one over half"),
        "question": (
            f"党支部选举委员 {seats} 名（规则版本 {profile}），应到会 {expected} 人，实到会 {present} 人。"
            f"{picked['half']} 得 {win - 1} 票，{picked['over']} 得 {win} 票。二人是否当选？",
            f"A branch elects {seats} members (profile {profile}); {expected} expected, {present} present. "
            f"{picked['half']} has {win - 1} votes, {picked['over']} has {win}. Is either elected?",
        ),
        "why": (
            f"基数是{base_zh} {base} 人。{picked['half']}：2×{win - 1}={2 * (win - 1)}，不大于 {base}，"
            f"恰好半数不能当选；{picked['over']}：2×{win}={2 * win} > {base}，过半数",
            f"The base is the members {base_en}, {base}. {picked['half']}: 2×{win - 1}={2 * (win - 1)} "
            f"is not more than {base}, exactly half does not elect; {picked['over']}: 2×{win}={2 * win} > {base}",
        ),
    }


def t_quorum_four_fifths(rng: random.Random, profile: str | None) -> dict[str, Any]:
    profile = _party_profile(rng, profile)
    # electorates where the 2020 and the literal 1990 readings part: exactly four fifths present
    choices = [
        e
        for e in range(25, 61)
        if fewest_present(e, strict=False) != fewest_present(e, strict=True)
    ]
    expected = rng.choice(choices)
    present = fewest_present(expected, strict=False)
    seats = 3
    people = _people(rng, rules.min_candidates(seats))
    printed = _ordered([n for n, _ in people])
    base = present if BUILTIN[profile]["threshold_base"] == "present" else expected
    tally = _party_tally(rng, printed, seats, present, {}, seats, fewest_to_elect(base))
    rnd = _round("formal", [("委员", seats)], {"委员": printed}, present, present, {"委员": tally})
    data = _party_file(profile, expected, present, seats, people, [rnd])
    strict = BUILTIN[profile]["quorum_comparison"] == ">"
    ok = rules.quorum_met(present, expected, strict=strict)
    op = ">" if strict else "≥"
    return {
        "data": data,
        "title": ("到会人数恰为五分之四", "Exactly four fifths present"),
        "question": (
            f"应到会 {expected} 人，实到会 {present} 人，规则版本 {profile}。这次选举大会有效吗？",
            f"{expected} members expected, {present} present, profile {profile}. Is the election meeting valid?",
        ),
        "why": (
            f"{profile} 要求 5×实到 {op} 4×应到：5×{present}={5 * present}，4×{expected}={4 * expected}，"
            + ("符合，选举有效" if ok else "恰好五分之四不算“超过”，不得进行选举（本轮无效）"),
            f"{profile} needs 5×present {op} 4×expected: 5×{present}={5 * present}, 4×{expected}={4 * expected}; "
            + (
                "met, the vote is valid"
                if ok
                else "exactly four fifths is not 'more than': no vote may be held (void)"
            ),
        ),
    }


def t_returned_exceeds_issued(
    rng: random.Random, profile: str | None, family: str
) -> dict[str, Any]:
    if family == "party":
        profile = _party_profile(rng, profile)
        expected, present, base = _party_electorate(rng, profile)
        seats = 3
        people = _people(rng, rules.min_candidates(seats))
        printed = _ordered([n for n, _ in people])
        returned = first_void_return(present)
        invalid = rng.randrange(0, 3)
        tally = _party_tally(
            rng, printed, seats, returned - invalid, {}, seats, fewest_to_elect(base)
        )
        rnd = _round(
            "formal",
            [("委员", seats)],
            {"委员": printed},
            present,
            returned,
            {"委员": tally},
            invalid,
        )
        data = _party_file(profile, expected, present, seats, people, [rnd])
        issued = present
    else:
        v = _village(rng, profile, lambda n: first_void_return(n))
        data, issued, returned = v["data"], v["issued"], v["returned"]
    return {
        "data": data,
        "title": ("收回选票多于发出选票", "More ballots returned than issued"),
        "question": (
            f"发出选票 {issued} 张，开箱清点收回 {returned} 张。先看哪张选票有效吗？这一轮结果如何？",
            f"{issued} ballots were issued and {returned} came out of the box. Do you judge the ballots first? "
            "How does the round end?",
        ),
        "why": (
            f"收回 {returned} > 发出 {issued}：先核对张数，多出即整轮无效，须重新投票，不再看任何一张选票",
            f"{returned} returned > {issued} issued: the count of ballots comes first, and one too many voids "
            "the whole round before any ballot is looked at; vote again",
        ),
    }


def _party_ballot_item(
    rng: random.Random,
    profile: str,
    featured: list[dict[str, Any]],
    make: Callable[[list[str], int], list[dict[str, Any]]],
    seats: int = 3,
) -> tuple[dict[str, Any], list[str]]:
    """A party round with ballot records: ``make(printed, seats)`` gives the featured records
    (first), then ordinary ballots fill up the attendance."""
    expected, present, base = _party_electorate(rng, profile)
    people = _people(rng, rules.min_candidates(seats))
    printed = _ordered([n for n, _ in people])
    feat = make(printed, seats)
    rest = present - sum(r["count"] for r in feat)
    tally = _party_tally(rng, printed, seats, rest, {}, seats, fewest_to_elect(base))
    featured.extend(feat)
    recs = feat + _records(rest, [("委员", seats, printed)], {"委员": tally})
    rnd = _round("formal", [("委员", seats)], {"委员": printed}, present, present, records=recs)
    return _party_file(profile, expected, present, seats, people, [rnd]), printed


def _outsider(rng: random.Random, taken: list[str]) -> str:
    while True:
        name = rng.choice(SURNAMES) + rng.choice(MALE + FEMALE)
        if name not in taken:
            return name


def t_over_quota_writein(rng: random.Random, profile: str | None, family: str) -> dict[str, Any]:
    featured: list[dict[str, Any]] = []
    writein: list[str] = []

    def make(printed: list[str], seats: int) -> list[dict[str, Any]]:
        chosen = set(rng.sample(printed, seats))
        name = _outsider(rng, printed)
        writein.append(name)
        marks = "".join("○" if n in chosen else "×" for n in printed)
        return [{"count": 1, "marks": {"委员": marks}, "write_ins": {"委员": [[name, "○"]]}}]

    if family == "party":
        profile = _party_profile(rng, profile)
        data, _ = _party_ballot_item(rng, profile, featured, make)
        seats = 3
        why = (
            f"赞成 {seats} 人，另选 {writein[0]} 也画了○，共选 {seats + 1} 人 > 应选 {seats} 人：整张选票无效",
            f"{seats} approvals plus the write-in {writein[0]} marked ○ make {seats + 1} > {seats} seats: "
            "the whole ballot is void",
        )
    else:
        v = _village(rng, profile, None, featured_member=make)
        data, seats = v["data"], v["member_seats"]
        scope = v["profile"]["overvote_scope"]
        why = (
            f"委员栏赞成 {seats} 人并另选 {writein[0]}，共 {seats + 1} 人 > 应选 {seats} 人；"
            + (
                "按本规则只有委员栏无效，主任、副主任栏照常计票（部分有效）"
                if scope == "section"
                else "整张选票无效"
            ),
            f"the member section approves {seats} and writes in {writein[0]}: {seats + 1} > {seats} seats; "
            + (
                "under this profile only that section is void, the other posts count (partly valid)"
                if scope == "section"
                else "the whole ballot is void"
            ),
        )
    return {
        "data": data,
        "title": ("多选并另选他人", "Over the quota with a write-in"),
        "question": (
            f"第 1 张选票（见图）：委员栏画了 {seats} 个○，又另选一人并画○。这张选票怎么处理？",
            f"Ballot 1 (shown): the member section has {seats} ○ and a write-in marked ○. How is it treated?",
        ),
        "why": why,
    }


def t_identifying_mark(rng: random.Random, profile: str | None) -> dict[str, Any]:
    profile = _party_profile(rng, profile)
    featured: list[dict[str, Any]] = []

    def make(printed: list[str], seats: int) -> list[dict[str, Any]]:
        chosen = set(rng.sample(printed, seats - 1))
        marks = "".join("○" if n in chosen else "×" for n in printed)
        return [{"count": 1, "marks": {"委员": marks}, "flags": ["identifying_mark"]}]

    data, _ = _party_ballot_item(rng, profile, featured, make)
    return {
        "data": data,
        "title": ("选票上作记号", "An identifying mark"),
        "question": (
            "第 1 张选票的符号都合规定，但背面写了一个编号。这张票怎么算？",
            "Ballot 1 is marked correctly but carries a number written on the back. How is it counted?",
        ),
        "why": (
            "选票上作记号、编号可以认出投票人，破坏无记名投票：整张视为废票，仍算收回的选票",
            "a number or mark can identify the voter and breaks the secret ballot: the whole ballot is spoiled, "
            "though it still counts as returned",
        ),
    }


def t_partly_unreadable(rng: random.Random, profile: str | None) -> dict[str, Any]:
    profile = _party_profile(rng, profile)
    featured: list[dict[str, Any]] = []
    who: dict[str, str] = {}

    def make(printed: list[str], seats: int) -> list[dict[str, Any]]:
        blur, ok = rng.sample(printed, 2)
        who.update(blur=blur, ok=ok)
        marks = "".join("?" if n == blur else "○" if n == ok else "×" for n in printed)
        return [{"count": 1, "marks": {"委员": marks}}]

    data, _ = _party_ballot_item(rng, profile, featured, make)
    return {
        "data": data,
        "title": ("部分无法辨认", "Partly unreadable"),
        "question": (
            f"第 1 张选票 {who['blur']} 上方的符号涂得看不清，{who['ok']} 上方清楚地画了○。这张票怎么算？",
            f"On ballot 1 the mark over {who['blur']} cannot be read; {who['ok']} has a clear ○. How is it counted?",
        ),
        "why": (
            f"只有无法辨认的部分作废：{who['blur']} 不得票，{who['ok']} 得 1 票，这张票是部分有效的有效票",
            f"only the unreadable part is void: {who['blur']} gets nothing, {who['ok']} gets the vote; the ballot "
            "is partly valid and counts as valid",
        ),
    }


def t_writein_without_mark(
    rng: random.Random, profile: str | None, family: str = "party"
) -> dict[str, Any]:
    base = _party_profile(rng, profile)
    reading = rng.choice(WRITEIN_READINGS)
    ref = _profile_ref(base, writein_without_mark=reading)
    featured: list[dict[str, Any]] = []
    names: list[str] = []

    def make(printed: list[str], seats: int) -> list[dict[str, Any]]:
        crossed = rng.choice(printed)
        name = _outsider(rng, printed)
        names.extend([crossed, name])
        approved = set(rng.sample([n for n in printed if n != crossed], seats - 1))
        marks = "".join("×" if n == crossed else "○" if n in approved else " " for n in printed)
        return [{"count": 1, "marks": {"委员": marks}, "write_ins": {"委员": [[name, " "]]}}]

    data, _ = _party_ballot_item(rng, base, featured, make)
    data["profile"] = ref
    outcome = {
        "void_ballot": ("整张选票无效", "the whole ballot is void"),
        "no_vote": (
            f"选票有效，{names[1]} 不得票",
            f"the ballot is valid, {names[1]} gets no vote",
        ),
        "abstain": (
            f"视为弃权：选票有效，{names[1]} 不得票",
            f"read as an abstention: valid, {names[1]} gets no vote",
        ),
        "approve": (f"视为赞成：{names[1]} 得 1 票", f"read as approval: {names[1]} gets the vote"),
    }[reading]
    return {
        "data": data,
        "title": ("另选他人未画符号", "A write-in without an approval mark"),
        "question": (
            f"第 1 张选票对 {names[0]} 画×，在另选栏写了 {names[1]}，但没有画○。"
            f"本次选举办法的读法是：{reading_words('writein_without_mark', reading)}。怎么算？",
            f"Ballot 1 crosses {names[0]} and writes in {names[1]} without a ○. The adopted rules read "
            f"writein_without_mark={reading}. How is it counted?",
        ),
        "why": (
            f"各地选举办法对这种写法规定不一（四种读法），须按本次通过的选举办法：{outcome[0]}",
            f"local rules differ (four readings); follow the adopted rules: {outcome[1]}",
        ),
    }


def t_blank_and_all_x(rng: random.Random, profile: str | None, family: str) -> dict[str, Any]:
    blanks = rng.randrange(1, 4)
    crosses = rng.randrange(1, 4)
    if family == "party":
        profile = _party_profile(rng, profile)
        featured: list[dict[str, Any]] = []

        def make(printed: list[str], seats: int) -> list[dict[str, Any]]:
            return [
                {"count": blanks, "marks": {"委员": " " * len(printed)}},
                {"count": crosses, "marks": {"委员": "×" * len(printed)}},
            ]

        data, _ = _party_ballot_item(rng, profile, featured, make)
        why = (
            f"空白票 {blanks} 张、全画×的 {crosses} 张都是有效票，不给任何人计票；当选票数的基数不因它们改变",
            f"{blanks} blank and {crosses} all-× ballots are valid and count for nobody; the threshold base "
            "does not change because of them",
        )
    else:
        v = _village(rng, profile, None, blanks=(blanks, crosses))
        data = v["data"]
        n, half = v["participants"], v["half_name"]
        why = (
            f"空白票和全画×的票都是有效票，也算参加投票：基数是 {n}。{half} 得 {n // 2} 票，2×{n // 2}={n} 不大于 {n}，"
            f"未过半数——虽然去掉这 {blanks + crosses} 张票后就过半了",
            f"blank and all-× ballots are valid and their voters took part: the base is {n}. {half} has "
            f"{n // 2} votes, 2×{n // 2}={n} is not more than {n}, no majority — though without these "
            f"{blanks + crosses} ballots it would be",
        )
    return {
        "data": data,
        "title": ("空白票与全画×的票", "Blank and all-× ballots"),
        "question": (
            f"有 {blanks} 张选票什么也没画，{crosses} 张对每个人都画了×。这些票有效吗？对当选有什么影响？",
            f"{blanks} ballots are blank and {crosses} cross every name. Are they valid? What do they change?",
        ),
        "why": why,
    }


def t_tie_last_seat(rng: random.Random, profile: str | None, family: str) -> dict[str, Any]:
    if family == "villager":
        v = _village(rng, profile, None, tie=True)
        data, tied = v["data"], v["tied"]
        rule_zh, rule_en = "V-TIE-1", "V-TIE-1"
    else:
        profile = _party_profile(rng, profile)
        seats = rng.choice((3, 5))
        tied: list[str] = []

        def tally_of(printed: list[str], present: int, base: int) -> dict[str, int]:
            win = fewest_to_elect(base)
            for _ in range(200):
                a, b = rng.sample(printed, 2)
                cut = rng.randrange(win, win + 3)
                t = _party_tally(rng, printed, seats, present, {a: cut, b: cut}, seats - 1, cut + 1)
                if _fits(t, seats, present):
                    tied[:] = _ordered([a, b])
                    return t
            raise AssertionError("no tie found")  # pragma: no cover

        data, expected, present, base = _party_simple(rng, profile, seats, tally_of)
        x = rng.randrange(present // 2 + 1, present)
        revote = (
            {tied[0]: x, tied[1]: present - x - rng.randrange(0, 2)}
            if rng.random() < 0.5
            else {tied[0]: present - x - rng.randrange(0, 2), tied[1]: x}
        )
        data["rounds"].append(
            _round(
                "tie_revote",
                [("委员", 1)],
                {"委员": list(tied)},
                present,
                present,
                {"委员": revote},
            )
        )
        rule_zh, rule_en = "P-ELECT-3", "P-ELECT-3"
    return {
        "data": data,
        "title": ("最后一个名额票数相等", "A tie at the last seat"),
        "question": (
            f"{tied[0]} 与 {tied[1]} 都过半数，票数相等，争最后一个名额。谁当选？",
            f"{tied[0]} and {tied[1]} both have a majority and equal votes for the last seat. Who is elected?",
        ),
        "why": (
            f"票数相等不能确定当选人时，只就 {tied[0]}、{tied[1]} 再次投票，得票多的当选（{rule_zh}）；"
            "不抽签，也不看姓氏笔画",
            f"when equal votes leave the last seat undecided, only {tied[0]} and {tied[1]} are voted on "
            f"again and the one with more votes wins ({rule_en}); no lot, no stroke order",
        ),
    }


def t_shortfall(rng: random.Random, profile: str | None) -> dict[str, Any]:
    profile = _party_profile(rng, profile)
    seats = rng.choice((3, 5))
    below: list[str] = []

    def tally_of(printed: list[str], present: int, base: int) -> dict[str, int]:
        win = fewest_to_elect(base)
        name = rng.choice(printed)
        below.append(name)
        return _party_tally(rng, printed, seats, present, {name: win - 1}, seats - 1, win)

    data, expected, present, base = _party_simple(rng, profile, seats, tally_of, even_base=True)
    win = fewest_to_elect(base)
    return {
        "data": data,
        "title": ("过半数的不足应选名额", "Fewer clear the majority than there are seats"),
        "question": (
            f"应选委员 {seats} 名，只有 {seats - 1} 人过半数；得票第 {seats} 多的 {below[0]} 得 {win - 1} 票。"
            "能否让他补上最后一个名额？",
            f"{seats} seats, only {seats - 1} people have a majority; the next, {below[0]}, has {win - 1} votes. "
            "May he take the last seat?",
        ),
        "why": (
            f"不能。2×{win - 1}={2 * (win - 1)} 不大于 {base}，未过半数；不足的名额不得从未过半数的人中按得票多少补足，"
            "须另行选举，或在接近应选名额时经决定减少名额",
            f"No. 2×{win - 1}={2 * (win - 1)} is not more than {base}; a short seat is never filled from below "
            "the majority: hold a supplementary election, or reduce the seats by a recorded decision",
        ),
    }


# ---------------------------------------------------------------- villagers' topics


def _village_profile(profile: str | None) -> str:
    return profile or "villager-2018"


def _village(
    rng: random.Random,
    profile: str | None,
    returned_of: Callable[[int], int] | None = None,
    *,
    featured_member: Callable[[list[str], int], list[dict[str, Any]]] | None = None,
    blanks: tuple[int, int] | None = None,
    tie: bool = False,
) -> dict[str, Any]:
    """A villagers' (or residents') committee election: 主任 1, 副主任 1, 委员 2 or 3.

    Small electorates (a village group's size) when ballots are drawn. ``returned_of(issued)``
    makes more ballots come back than were issued; ``featured_member`` adds a featured ballot
    (its member section from the callback, the other sections approving the post's first
    name); ``blanks`` adds blank and all-× ballots with one member candidate at exactly half of
    the participants; ``tie`` ties two member candidates at the last seat and adds the re-vote.
    """
    pid = _village_profile(profile)
    kind = "residents_committee" if BUILTIN[pid].family == "residents" else "villagers_committee"
    member_seats = rng.choice((2, 3))
    posts = [("主任", 1), ("副主任", 1), ("委员", member_seats)]
    people = _heads_with_women(rng, 4 + member_seats + 1)
    names = [n for n, _ in people]
    printed = {
        "主任": _ordered(names[:2]),
        "副主任": _ordered(names[2:4]),
        "委员": _ordered(names[4:]),
    }
    drawn = featured_member is not None or blanks is not None
    registered = rng.randrange(60, 121) if drawn else rng.randrange(800, 1601)
    while True:
        n = rng.randrange(fewest_to_elect(registered) + 2, registered - 3)
        if blanks is None or n % 2 == 0:
            break
    issued = n + rng.randrange(0, 4)
    win = fewest_to_elect(n)
    out: dict[str, Any] = {"profile": BUILTIN[pid], "member_seats": member_seats, "participants": n}
    extra = 0
    if blanks is not None:
        extra = blanks[0] + blanks[1]
    feat: list[dict[str, Any]] = []
    if featured_member is not None:
        member = featured_member(printed["委员"], member_seats)
        for r in member:
            r["marks"] = {
                "主任": "○" + "×" * (len(printed["主任"]) - 1),
                "副主任": "○" + "×" * (len(printed["副主任"]) - 1),
                **r["marks"],
            }
        feat = member
        extra = sum(r["count"] for r in feat)
    ordinary = n - extra
    tally: dict[str, dict[str, int]] = {}
    for post, seats in posts[:2]:
        a, b = rng.sample(printed[post], 2)
        va = rng.randrange(win + 1, ordinary - 2)
        tally[post] = {a: va, b: rng.randrange(0, ordinary - va)}
    members = list(printed["委员"])
    rng.shuffle(members)
    if blanks is not None:
        half = members[-1]
        out["half_name"] = half
        tally["委员"] = _party_tally(
            rng, members, member_seats, ordinary, {half: n // 2}, member_seats - 1, win + 2
        )
    elif tie:
        a, b = members[:2]
        cut = rng.randrange(win, win + 3)
        tally["委员"] = _party_tally(
            rng, members, member_seats, ordinary, {a: cut, b: cut}, member_seats - 1, cut + 1
        )
        out["tied"] = _ordered([a, b])
    else:
        tally["委员"] = _party_tally(
            rng, members, member_seats, ordinary, {}, member_seats, win + 1
        )
    for post, seats in posts:
        assert _fits(tally[post], seats, ordinary), (post, tally[post], ordinary)
    returned = n
    rounds: list[dict[str, Any]] = []
    if drawn:
        recs = _records(ordinary, [(p, s, printed[p]) for p, s in posts], tally)
        if blanks is not None:
            feat = [
                {"count": blanks[0], "marks": {p: " " * len(printed[p]) for p, _ in posts}},
                {"count": blanks[1], "marks": {p: "×" * len(printed[p]) for p, _ in posts}},
            ]
        rounds.append(_round("formal", posts, printed, issued, returned, records=feat + recs))
    else:
        if returned_of is not None:
            returned = returned_of(issued)
        invalid = rng.randrange(0, returned - n + 1)
        rounds.append(_round("formal", posts, printed, issued, returned, tally, invalid=invalid))
        if returned_of is None:
            rounds[0]["ballots"].update(valid=returned, invalid=0)
    if tie:
        a, b = out["tied"]
        m = rng.randrange(n // 2, n - 5)
        revote = {a: m, b: n - m - rng.randrange(1, 5)}
        if rng.random() < 0.5:
            revote = {a: revote[b], b: revote[a]}
        rounds.append(_round("tie_revote", [("委员", 1)], {"委员": [a, b]}, n, n, {"委员": revote}))
    gender = dict(people)
    cands = [
        _candidate(nm, post, gender[nm])
        for post in ("主任", "副主任", "委员")
        for nm in printed[post]
    ]
    out.update(
        data=_village_file(pid, kind, registered, posts, cands, rounds),
        issued=issued,
        returned=returned,
        printed=printed,
        tally=tally,
        registered=registered,
    )
    return out


def _candidate(name: str, post: str, gender: str) -> dict[str, Any]:
    """A candidate entry. Only women are marked: the women's guarantee (V-WOMEN-1) needs to know
    who is a woman, while leaving the men unmarked keeps the committee make-up checks (TK-COMP-3,
    TK-COMP-4, which judge only a fully known committee) out of items about counting."""
    return {"name": name, "positions": [post], **({"gender": gender} if gender == "female" else {})}


def _village_tally_file(
    rng: random.Random,
    pid: str,
    n: int,
    registered: int,
    tally: dict[str, dict[str, int]],
    printed: dict[str, list[str]],
    genders: dict[str, str],
    member_seats: int,
    issued: int | None = None,
    rounds_after: list[dict[str, Any]] | None = None,
    extra_people: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    kind = (
        "residents_committee"
        if BUILTIN[pid if isinstance(pid, str) else pid["extends"]].family == "residents"
        else "villagers_committee"
    )
    posts = [("主任", 1), ("副主任", 1), ("委员", member_seats)]
    for post, seats in posts:
        assert _fits(tally[post], seats, n), (post, tally[post], n)
    rnd = _round("formal", posts, printed, issued or n, n, tally)
    rnd["ballots"].update(valid=n, invalid=0)
    cands = [
        _candidate(nm, post, genders[nm])
        for post in ("主任", "副主任", "委员")
        for nm in printed[post]
    ] + (extra_people or [])
    return _village_file(pid, kind, registered, posts, cands, [rnd, *(rounds_after or [])])


def _heads_with_women(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """``n`` people, the first four (the 主任 and 副主任 candidates) with one or two women among
    them, the member candidates men: the women's guarantee (V-WOMEN-1) then stays out of
    items about something else."""
    people = _people(rng, n, women=rng.choice((1, 2)))
    heads = [p for p in people if p[1] == "female"]
    heads += [p for p in people if p[1] == "male"][: 4 - len(heads)]
    rng.shuffle(heads)
    return heads + [p for p in people if p not in heads]


def _village_people(
    rng: random.Random, members: int, women: bool = True
) -> tuple[dict[str, list[str]], dict[str, str]]:
    people = _heads_with_women(rng, 4 + members) if women else _people(rng, 4 + members)
    names = [n for n, _ in people]
    return {
        "主任": _ordered(names[:2]),
        "副主任": _ordered(names[2:4]),
        "委员": _ordered(names[4:]),
    }, dict(people)


def _heads(rng: random.Random, printed: dict[str, list[str]], n: int) -> dict[str, dict[str, int]]:
    """Clear 主任 and 副主任 results: the winner well over half, the other well below."""
    win = fewest_to_elect(n)
    out = {}
    for post in ("主任", "副主任"):
        a, b = rng.sample(printed[post], 2)
        va = rng.randrange(win + 5, n - 10)
        out[post] = {a: va, b: rng.randrange(0, min(n - va, win - 5))}
    return out


def t_double_majority(rng: random.Random, profile: str | None) -> dict[str, Any]:
    pid = _village_profile(profile)
    void = rng.random() < 0.5
    while True:
        registered = rng.randrange(600, 1601)
        n = fewest_to_elect(registered) - (1 if void else 0)
        if void or n % 2 == 0:
            break
    printed, genders = _village_people(rng, 3)
    tally = _heads(rng, printed, n)
    win = fewest_to_elect(n)
    members = list(printed["委员"])
    rng.shuffle(members)
    tally["委员"] = dict(
        zip(
            members,
            [win + rng.randrange(5, 40), win + rng.randrange(45, 90), win - rng.randrange(30, 80)],
        )
    )
    half = ""
    if not void:
        half = rng.choice(printed["主任"])
        other = next(x for x in printed["主任"] if x != half)
        tally["主任"] = {half: n // 2, other: n // 2 - rng.randrange(3, 30)}
    data = _village_tally_file(rng, pid, n, registered, tally, printed, genders, 2)
    if void:
        why = (
            f"参加投票 {n} 人，登记选民 {registered} 人：2×{n}={2 * n} 不大于 {registered}，恰好一半不算过半数，选举无效",
            f"{n} voted of {registered} registered: 2×{n}={2 * n} is not more than {registered}; exactly half "
            "is not a majority, the election is void",
        )
        q = (
            f"登记选民 {registered} 人，参加投票 {n} 人。选举有效吗？",
            f"{registered} registered, {n} voted. Is the election valid?",
        )
    else:
        why = (
            f"2×{n}={2 * n} > {registered}，第一个过半（投票有效）满足；{half} 得 {n // 2} 票，2×{n // 2}={n} 不大于 {n}，"
            "第二个过半不满足，主任未选出，须另行选举",
            f"2×{n}={2 * n} > {registered}: turnout is met; {half} has {n // 2} votes, 2×{n // 2}={n} is not more "
            f"than {n}: no majority, 主任 goes to a supplementary election",
        )
        q = (
            f"登记选民 {registered} 人，参加投票 {n} 人；主任候选人 {half} 得 {n // 2} 票，得票最多。{half} 当选主任吗？",
            f"{registered} registered, {n} voted; {half} tops the 主任 vote with {n // 2}. Is {half} elected?",
        )
    return {
        "data": data,
        "title": ("双过半的边界", "The double majority at its boundary"),
        "question": q,
        "why": why,
    }


def t_third_floor(rng: random.Random, profile: str | None) -> dict[str, Any]:
    pid = _village_profile(profile)
    # ballot totals where a third is not a whole number: floor(cast/3) votes fall short
    cast = rng.choice([c for c in range(450, 901) if not rules.third_floor(c // 3, c)])
    if rng.random() < 0.3:
        cast = 601
    need = fewest_for_third(cast)
    reach = rng.random() < 0.5
    registered = rng.randrange(2 * cast - 300, 2 * cast - 1)
    n = rng.randrange(fewest_to_elect(registered) + 10, registered - 10)
    printed, genders = _village_people(rng, 3)
    tally = _heads(rng, printed, n)
    win = fewest_to_elect(n)
    members = list(printed["委员"])
    rng.shuffle(members)
    tally["委员"] = dict(
        zip(
            members,
            [win + rng.randrange(5, 60), win - rng.randrange(5, 30), win - rng.randrange(40, 90)],
        )
    )
    first = _village_tally_file(rng, pid, n, registered, tally, printed, genders, 2)
    _, _, counted = finish(first)
    cands = list(counted.rounds[0].next_candidates["委员"])
    top = need if reach else need - 1
    second = rng.randrange(max(0, top - 150), top - 5)
    invalid = rng.randrange(3, 15)
    supp_tally = dict(zip(cands, [top, second] + [0] * (len(cands) - 2)))
    if rng.random() < 0.5 and len(cands) > 1:
        supp_tally = dict(zip(cands, [second, top] + [0] * (len(cands) - 2)))
    leader = max(supp_tally, key=lambda k: supp_tally[k])
    supp = _round(
        "supplementary",
        [("委员", 1)],
        {"委员": _ordered(cands)},
        cast + rng.randrange(0, 4),
        cast,
        {"委员": supp_tally},
        invalid=invalid,
    )
    first["rounds"].append(supp)
    return {
        "data": first,
        "title": ("另行选举的三分之一", "The one-third floor of a supplementary election"),
        "question": (
            f"另行选举委员 1 名，投票 {cast} 张（含无效票 {invalid} 张），{leader} 得 {top} 票，得票最多。{leader} 当选吗？",
            f"A supplementary election for 1 member: {cast} ballots cast ({invalid} invalid); {leader} leads with "
            f"{top}. Is {leader} elected?",
        ),
        "why": (
            f"另行选举得票多的当选，但不得少于已投选票总数（含无效票）的三分之一：3×{top}={3 * top} "
            + (
                f"≥ {cast}，当选"
                if reach
                else f"< {cast}，不当选（{cast}÷3 不是整数，至少要 {need} 票）"
            ),
            f"the most votes win, but not fewer than a third of all ballots cast (invalid included): 3×{top}={3 * top} "
            + (
                f"≥ {cast}: elected"
                if reach
                else f"< {cast}: not elected ({cast}/3 is not whole; {need} are needed)"
            ),
        ),
    }


def t_same_person_two_posts(rng: random.Random, profile: str | None) -> dict[str, Any]:
    reading = rng.choice(("highest_only", "void_person"))
    base = _village_profile(profile)
    holder: dict[str, str] = {}

    def make(printed_members: list[str], seats: int) -> list[dict[str, Any]]:
        marks = "○" * seats + "×" * (len(printed_members) - seats)
        return [{"count": 1, "marks": {"委员": marks}, "write_ins": {"委员": [["@", "○"]]}}]

    v = _village(rng, base, None, featured_member=make)
    data = v["data"]
    head = v["printed"]["主任"][0]
    holder["name"] = head
    rec = data["rounds"][0]["ballot_records"][0]
    rec["write_ins"] = {"委员": [[head, "○"]]}
    data["profile"] = (
        _profile_ref(base, same_person_multi_post=reading)
        if reading != BUILTIN[base]["same_person_multi_post"]
        else base
    )
    seats = v["member_seats"]
    if reading == "highest_only":
        why = (
            f"同一人被选为两个职务只计高职务：{head} 只得主任 1 票；委员栏去掉 {head} 后选 {seats} 人，不超过应选人数，选票有效",
            f"one person on two posts counts only for the higher: {head} gets the 主任 vote; without {head} "
            f"the member section chooses {seats}, within the seats, so the ballot is valid",
        )
    else:
        why = (
            f"按本次选举办法（{reading_words('same_person_multi_post', 'void_person')}），{head} 在这张票上主任、委员都不得票；委员栏去掉后选 {seats} 人，选票有效",
            f"under the adopted reading (void_person) {head} gets no vote from this ballot for either post; "
            f"the member section then chooses {seats}, so the ballot is valid",
        )
    return {
        "data": data,
        "title": ("同一人被选为两个职务", "One person on two posts"),
        "question": (
            f"第 1 张选票主任栏选了 {head}，委员栏画了 {seats} 个○，又另选 {head} 为委员（{reading_words('same_person_multi_post', reading)}）。"
            "这张票有效吗？怎么计票？",
            f"Ballot 1 chooses {head} for 主任, marks {seats} ○ for members and writes in {head} as a member too "
            f"(same_person_multi_post={reading}). Is it valid? How is it counted?",
        ),
        "why": why,
    }


def t_carry_down(rng: random.Random, profile: str | None) -> dict[str, Any]:
    base = _village_profile(profile)
    reading = rng.choice(("off", "optional", "mandatory"))
    n = rng.randrange(500, 1201)
    registered = rng.randrange(n + 10, 2 * n - 1)
    win = fewest_to_elect(n)
    printed, genders = _village_people(rng, 3, women=False)
    tally = _heads(rng, printed, n)
    head_winner = max(tally["主任"], key=lambda k: tally["主任"][k])
    loser = next(x for x in printed["主任"] if x != head_winner)
    # the loser's 主任 votes and member write-ins: each below a majority, together above it
    x_head = rng.randrange(win // 2 + 20, win - 10)
    x_member = rng.randrange(win - x_head + 1, win - 5)
    tally["主任"] = {head_winner: n - x_head - rng.randrange(0, 10), loser: x_head}
    for post in ("副主任",):
        w = max(tally[post], key=lambda k: tally[post][k])
        other = next(x for x in printed[post] if x != w)
        tally[post][other] = min(tally[post][other], win - 10)
    members = list(printed["委员"])
    rng.shuffle(members)
    tally["委员"] = {
        members[0]: win + rng.randrange(20, 120),
        members[1]: win - rng.randrange(20, 60),
        members[2]: rng.randrange(0, win // 3),
        loser: x_member,
    }
    data = _village_tally_file(
        rng,
        _profile_ref(base, carry_down=reading) if reading != "off" else base,
        n,
        registered,
        tally,
        printed,
        genders,
        2,
    )
    total = x_head + x_member
    outcome = {
        "off": (
            "本办法不上票下加：委员只算委员栏得票，{l} {m} 票未过半数，委员缺 1 名须另行选举",
            "no carry-down here: {l}'s {m} member votes are no majority; one member seat goes to a supplementary election",
        ),
        "optional": (
            "可以上票下加，只用于补足空缺：{l} {h}+{m}={t} 票，2×{t}={tt} > {n}，补上所缺委员",
            "carry-down may fill an empty seat: {l} has {h}+{m}={t}, 2×{t}={tt} > {n}, and fills it",
        ),
        "mandatory": (
            "必须上票下加：{l} 委员得票 {h}+{m}={t}，2×{t}={tt} > {n}，当选委员",
            "carry-down is mandatory: {l} has {h}+{m}={t} member votes, 2×{t}={tt} > {n}: elected member",
        ),
    }[reading]
    fill = dict(l=loser, m=x_member, h=x_head, t=total, tt=2 * total, n=n)
    return {
        "data": data,
        "title": ("上票下加", "Carry-down of higher-post votes"),
        "question": (
            f"参加投票 {n} 人。{loser} 竞选主任得 {x_head} 票落选，委员栏另有 {x_member} 张选票另选了{loser}（{reading_words('carry_down', reading)}）。"
            f"{loser} 能当选委员吗？",
            f"{n} voted. {loser} lost the 主任 race with {x_head} votes and was written in as a member on {x_member} "
            f"ballots (carry_down={reading}). Is {loser} elected member?",
        ),
        "why": (outcome[0].format(**fill), outcome[1].format(**fill)),
    }


def t_womens_guarantee(rng: random.Random, profile: str | None) -> dict[str, Any]:
    base = _village_profile(profile)
    reading = rng.choice(("confirm_first", "none"))
    n = rng.randrange(500, 1201)
    registered = rng.randrange(n + 10, 2 * n - 1)
    win = fewest_to_elect(n)
    people = _people(rng, 7, women=1)
    woman = next(nm for nm, g in people if g == "female")
    men = [nm for nm, g in people if g == "male"]
    printed = {
        "主任": _ordered(men[:2]),
        "副主任": _ordered(men[2:4]),
        "委员": _ordered(men[4:] + [woman]),
    }
    genders = dict(people)
    tally = _heads(rng, printed, n)
    w = win + rng.randrange(1, 30)
    m2 = w + rng.randrange(5, 40)
    m1 = m2 + rng.randrange(5, 40)
    a, b = men[4:]
    tally["委员"] = {a: m1, b: m2, woman: w}
    if not _fits(tally["委员"], 2, n):
        tally["委员"] = {a: n - 5, b: n - 6, woman: w}
        m1, m2 = n - 5, n - 6
        assert _fits(tally["委员"], 2, n)
    data = _village_tally_file(
        rng,
        (
            _profile_ref(base, women_guarantee=reading)
            if reading != BUILTIN[base]["women_guarantee"]
            else base
        ),
        n,
        registered,
        tally,
        printed,
        genders,
        2,
    )
    if reading == "confirm_first":
        why = (
            f"主任、副主任当选人中没有女性，{woman} 得 {w} 票，2×{w}={2 * w} > {n} 过半数：先确定 {woman}，"
            f"其余 1 名按得票多少给 {a}；{b} 虽得 {m2} 票也不当选",
            f"no woman among the 主任/副主任 elected; {woman} has {w}, 2×{w}={2 * w} > {n}: she is confirmed "
            f"first, the other seat goes by votes to {a}; {b} with {m2} is not elected",
        )
    else:
        why = (
            f"本次选举办法不作特别处理（{reading_words('women_guarantee', 'none')}）：按得票多少，{a}、{b} 当选，{woman} 不当选",
            f"the adopted rules make no special provision (women_guarantee=none): {a} and {b} are elected by "
            f"votes, {woman} is not",
        )
    return {
        "data": data,
        "title": ("妇女成员的保障", "The women's guarantee"),
        "question": (
            f"参加投票 {n} 人，委员应选 2 名：{a} {m1} 票，{b} {m2} 票，女候选人 {woman} {w} 票；主任、副主任当选的都是男性"
            f"（{reading_words('women_guarantee', reading)}）。谁当选委员？",
            f"{n} voted; 2 member seats: {a} {m1}, {b} {m2}, the woman {woman} {w}; the 主任 and 副主任 elected "
            f"are men (women_guarantee={reading}). Who is elected member?",
        ),
        "why": why,
    }


def t_proxy_over_limit(rng: random.Random, profile: str | None) -> dict[str, Any]:
    """D11 (V-PROXY-1): a proxy brings one authorisation over the limit; the election commission
    refuses it, so no ballot is cast under it (recorded ``counted: false``): the proxy's own
    ballot and the first ``proxy_limit`` proxy ballots count, and everyone who cast one took part.
    The record is then right and verify finds nothing; one that counted the extra ballot would be
    an error (TK-PROXY-1: the totals must be corrected)."""
    pid = _village_profile(profile)
    limit = BUILTIN[pid]["proxy_limit"]
    returned = rng.randrange(500, 1201)
    n = returned  # the refused authorisation cast no ballot (V-PROXY-1, D11)
    registered = rng.randrange(returned + 10, 2 * n - 1)
    printed, genders = _village_people(rng, 3)
    tally = _heads(rng, printed, n)
    win = fewest_to_elect(n)
    head = rng.choice(printed["主任"])
    other = next(x for x in printed["主任"] if x != head)
    tally["主任"] = {head: win + rng.randrange(0, 3), other: win - rng.randrange(5, 60)}
    members = list(printed["委员"])
    rng.shuffle(members)
    tally["委员"] = dict(
        zip(
            members,
            [win + rng.randrange(5, 60), win + rng.randrange(65, 120), win - rng.randrange(20, 80)],
        )
    )
    holder = _outsider(rng, [*genders])
    surname = holder[0]
    principals = []
    while len(principals) < limit + 1:
        p = surname + rng.choice(MALE + FEMALE)
        if p != holder and p not in principals and p not in genders:
            principals.append(p)
    data = _village_tally_file(
        rng,
        pid,
        returned,
        registered,
        tally,
        printed,
        genders,
        2,
        issued=returned + rng.randrange(0, 5),
    )
    data["proxies"] = [
        {
            "principal": p,
            "proxy": holder,
            "relation": rng.choice(PROXY_RELATIONS),
            "registered_on": "2021-01-28",
        }
        for p in principals
    ]
    data["proxies"][-1]["counted"] = False  # refused by the commission: no ballot under it
    h = tally["主任"][head]
    late = principals[-1]
    steps = [
        {
            "zh": f"{holder} 的第 {limit + 1} 份委托（{late}）超过限额 {limit} 份，选举委员会不予受理，不发委托票"
            f"（记录中标明该委托未投票）；{holder} 本人的选票和前 {limit} 份委托票有效（rules/villager.md D11）",
            "en": f"{holder}'s {limit + 1}th authorisation ({late}) is over the limit of {limit}: the commission "
            f"refuses it and issues no ballot for it (recorded counted: false); {holder}'s own ballot and the "
            f"first {limit} proxy ballots count (rules/villager.md D11)",
            "rules": ["V-PROXY-1"],
        },
        {
            "zh": f"参加投票人数 = 收回 {returned}（被拒绝的委托没有投票）；当选须 2×得票 > {n}，至少 {win} 票",
            "en": f"taking part = {returned} returned (the refused authorisation cast no ballot); election "
            f"needs 2×votes > {n}, at least {win}",
            "rules": ["V-PROXY-1", "V-DOUBLE-MAJORITY-2"],
        },
    ]
    return {
        "data": data,
        "title": ("受托人超过委托限额", "A proxy over the limit"),
        "question": (
            f"{holder} 带来 {limit + 1} 份委托书（限额 {limit} 份）。收回选票 {returned} 张，"
            f"主任候选人 {head} 得 {h} 票。第 {limit + 1} 份委托怎么处理？参加投票多少人？{head} 当选吗？"
            "如果那份委托也投了票并计入，记录对吗？",
            f"{holder} brings {limit + 1} authorisations (limit {limit}). {returned} ballots came back; "
            f"{head} has {h} votes for 主任. What about the {limit + 1}th authorisation? How many took part? "
            f"Is {head} elected? Had that authorisation been used and counted, would the record be right?",
        ),
        "why": (
            f"超过 {limit} 份的第 {limit + 1} 份委托无效，不予受理、不投票；{holder} 本人和前 {limit} 份委托的选票有效，"
            f"参加投票 {n} 人。{head}：2×{h}={2 * h} > {n}，过半数当选。若那份委托也投了票并计入，"
            "记录的收回选票、参加投票人数就多算了一张，须更正（核查给出 TK-PROXY-1 错误）",
            f"the {limit + 1}th authorisation over the limit of {limit} is refused and casts no ballot; "
            f"{holder}'s own ballot and the first {limit} proxy ballots count: {n} took part. {head}: "
            f"2×{h}={2 * h} > {n}, elected. Had it been used and counted, the recorded ballots and voters "
            "would include one ballot too many and must be corrected (verify gives a TK-PROXY-1 error)",
        ),
        "steps": steps,
    }


# ---------------------------------------------------------------- items


def _summary(counted: Count, lang: str) -> str:
    parts = []
    for out in counted.rounds:
        head = f"第{out.index + 1}轮" if lang == "zh" else f"Round {out.index + 1}"
        res = text("result." + out.result, lang)
        sep = "、" if lang == "zh" else ", "
        elected = [
            f"{p} {sep.join(n)}" for p, n in out.elected.items() if n and out.result != "void"
        ]
        got = ("当选：" if lang == "zh" else "elected: ") + (
            "；".join(elected) if lang == "zh" else "; ".join(elected)
        )
        parts.append(
            f"{head}：{res}" + (f"，{got}" if elected else "")
            if lang == "zh"
            else f"{head}: {res}" + (f", {got}" if elected else "")
        )
    return ("；".join(parts) + "。") if lang == "zh" else ("; ".join(parts) + ".")


TOPICS: dict[tuple[str, str], Callable[[random.Random, str | None], dict[str, Any]]] = {
    ("party", "exactly_half"): t_exactly_half,
    ("party", "quorum_four_fifths"): t_quorum_four_fifths,
    ("party", "returned_exceeds_issued"): lambda r, p: t_returned_exceeds_issued(r, p, "party"),
    ("party", "over_quota_writein"): lambda r, p: t_over_quota_writein(r, p, "party"),
    ("party", "identifying_mark"): t_identifying_mark,
    ("party", "partly_unreadable"): t_partly_unreadable,
    ("party", "writein_without_mark"): t_writein_without_mark,
    ("party", "blank_and_all_x"): lambda r, p: t_blank_and_all_x(r, p, "party"),
    ("party", "tie_last_seat"): lambda r, p: t_tie_last_seat(r, p, "party"),
    ("party", "shortfall"): t_shortfall,
    ("villager", "double_majority"): t_double_majority,
    ("villager", "third_floor"): t_third_floor,
    ("villager", "same_person_two_posts"): t_same_person_two_posts,
    ("villager", "carry_down"): t_carry_down,
    ("villager", "womens_guarantee"): t_womens_guarantee,
    ("villager", "proxy_over_limit"): t_proxy_over_limit,
    ("villager", "returned_exceeds_issued"): lambda r, p: t_returned_exceeds_issued(
        r, p, "villager"
    ),
    ("villager", "blank_and_all_x"): lambda r, p: t_blank_and_all_x(r, p, "villager"),
    ("villager", "over_quota_writein"): lambda r, p: t_over_quota_writein(r, p, "villager"),
    ("villager", "tie_last_seat"): lambda r, p: t_tie_last_seat(r, p, "villager"),
}


def make_item(family: str, topic: str, seed: int, profile: str | None = None) -> dict[str, Any]:
    """One item, rebuilt exactly from ``(family, topic, seed, profile)``."""
    raw = TOPICS[(family, topic)](random.Random(seed), profile)
    data, results, counted = finish(raw["data"])
    why_zh, why_en = raw["why"]
    return {
        "id": f"{family}-{topic}-{seed}",
        "seed": seed,
        "family": family,
        "topic": topic,
        "title": {"zh": raw["title"][0], "en": raw["title"][1]},
        "question": {"zh": raw["question"][0], "en": raw["question"][1]},
        "answer": {
            "zh": f"{why_zh}。{_summary(counted, 'zh')}",
            "en": f"{why_en}. {_summary(counted, 'en')}",
            "outcome": [r.to_json() for r in counted.rounds],
        },
        "steps": [s.to_json() for s in explain(results, counted)] + list(raw.get("steps", ())),
        "scenario": data,
    }


def topics_for(family: str) -> list[tuple[str, str]]:
    """The (family, topic) pairs of ``family`` (``party``, ``villager`` or ``all``), in a fixed
    order that alternates families under ``all``."""
    party = [("party", t) for t in PARTY_TOPICS]
    village = [("villager", t) for t in VILLAGER_TOPICS]
    if family == "party":
        return party
    if family == "villager":
        return village
    return [x for pair in zip(party, village) for x in pair]


def generate(
    rng: random.Random, *, count: int | None = None, family: str = "all", profile: str | None = None
) -> list[dict[str, Any]]:
    """``count`` items (default: one per topic) cycling through the topics of ``family``; each
    item's seed is drawn from ``rng``. A ``profile`` id fixes the family (its profile family)
    and is used by every item.

    >>> items = generate(random.Random(7), count=3)
    >>> [i["topic"] for i in items]
    ['exactly_half', 'double_majority', 'quorum_four_fifths']
    >>> generate(random.Random(7), count=3) == items
    True
    """
    if profile is not None:
        family = "party" if BUILTIN[profile].family == "party" else "villager"
    pairs = topics_for(family)
    n = len(pairs) if count is None else count
    return [make_item(*pairs[i % len(pairs)], rng.randrange(1 << 31), profile) for i in range(n)]


def featured_verdict(item: dict[str, Any]) -> str | None:
    """The class (valid / partly_valid / invalid) of the ballot an item asks about: record 0 of
    its first round, when the scenario has ballot records."""
    results = parse_results(item["scenario"])
    rnd = results.rounds[0]
    if not rnd.ballot_records:
        return None
    from tallykit.profiles import profile_of

    profile = profile_of(results)
    rec: BallotRecord = rnd.ballot_records[0]
    return classify(rec, Layout.of(rnd), profile).status


__all__ = [
    "PARTY_TOPICS",
    "VILLAGER_TOPICS",
    "boundary",
    "featured_verdict",
    "generate",
    "make_item",
    "topics_for",
]
