"""The catalogue's section for a count told step by step (``tallykit.counting.explain``,
``explain.`` in ``WORDING``): ``tallykit explain``'s steps and the printable report's
explanation, Chinese first with English beside; ``{n}`` is the round's number.
"""

from __future__ import annotations

EXPLAIN: dict[str, tuple[str, str]] = {
    "profile": ("规则版本 {id}：{title}", "profile {id}: {title}"),
    "profile_why": ("规则版本 {id}：{title}；{why}", "profile {id}: {title}; {why}"),
    "elected_overall": ("累计当选：{elected}", "elected over all rounds: {elected}"),
    "void": (
        "第{n}轮无效（{reason}）：不看选票、不计票，须重新投票",
        "Round {n} is void ({reason}): no ballot is judged or counted; the vote must be held again",
    ),
    "holds": ("成立，符合", "holds"),
    "fails": ("不成立，本轮无效", "does NOT hold: the round is void"),
    "gate": ("第{n}轮 {gate}：{formula}，{verdict}", "Round {n} {gate}: {formula}, {verdict}"),
    "gate_detail": (
        "第{n}轮 {gate}：{detail}；{formula}，{verdict}",
        "Round {n} {gate}: {detail}; {formula}, {verdict}",
    ),
    "gate_quorum": ("应到会 {expected} 人，实到会 {present} 人", "{expected} expected, {present} present"),
    "gate_turnout": ("登记（应到）{base} 人，参加投票 {n} 人", "{base} registered (expected), {n} taking part"),
    "gate_reconciliation": ("收回 {returned} 张，{other} {count} 张", "{returned} returned, {count} {other}"),
    "ballots_recorded": (
        "第{n}轮 选票（按记录，无选票明细）：发出 {issued}，收回 {returned}，有效 {valid}，无效 {invalid}",
        "Round {n} ballots (as recorded, no ballot records): issued {issued}, returned {returned}, "
        "valid {valid}, invalid {invalid}",
    ),
    "ballots_recount": (
        "第{n}轮 逐张清点收回的 {returned} 张选票：有效 {valid}，部分有效 {partly}，无效 {invalid}"
        "（{valid}+{partly}+{invalid}={returned}，一张不少）",
        "Round {n} judging each of the {returned} returned ballots: valid {valid}, partly valid "
        "{partly}, invalid {invalid} ({valid}+{partly}+{invalid}={returned}, none lost)",
    ),
    "class": ("第{n}轮 {status} {count} 张：{reason}", "Round {n} {status} {count}: {reason}"),
    "class_example": (
        "第{n}轮 {status} {count} 张：{reason}（如 {paper}）",
        "Round {n} {status} {count}: {reason} (e.g. {paper})",
    ),
    "ballot_note": ("第{n}轮 {position}{who}（{count} 张）：{note}", "Round {n} {position}{who} ({ballots}): {note}"),
    "tally": ("第{n}轮 {position}得票（由多到少）：{ranking}", "Round {n} {position} votes (most first): {ranking}"),
    "plurality": ("第{n}轮 当选条件：得票多者当选", "Round {n} to win: most votes"),
    "threshold": ("第{n}轮 当选条件：{rule}，即至少 {least} 票", "Round {n} threshold: {rule}, i.e. at least {least} votes"),
    "rule_majority": ("得票须超过{base} {k} 的半数：2×得票 > {k}", "votes must exceed half of the {base} ({k}): 2×votes > {k}"),
    "rule_third": (
        "得票不得少于{base} {k} 的三分之一：3×得票 ≥ {k}",
        "votes must be at least a third of the {base} ({k}): 3×votes ≥ {k}",
    ),
    "test": ("第{n}轮 {position}：{name} {votes} 票，{shown}，{verdict}", "Round {n} {position}: {name} {votes} votes, {shown}, {verdict}"),
    "majority": ("过半数", "a majority"),
    "no_majority": ("未过半数", "no majority"),
    "third": ("达到三分之一", "at least a third"),
    "no_third": ("不足三分之一", "less than a third"),
    "note": ("第{n}轮 {where}{names}：{note}", "Round {n} {where}{names}: {note}"),
    "seats": ("第{n}轮 {position}应选 {seats} 名", "Round {n} {position}: {seats_en}"),
    "elected_in_order": ("按得票多少为序当选：{names}", "elected in vote order: {names}"),
    "none_elected": ("无人当选", "nobody elected"),
    "over_full": ("{names} 过线但名额已满", "{names} cleared the threshold but the seats are full"),
    "tied": (
        "{names} 各得 {cut} 票，票数相等，争最后 {seats} 个名额，不能确定谁当选，须就票数相等者再次投票",
        "{names} have {cut} votes each, tied for the last {seats_en}: the tied are voted on again",
    ),
    "unfilled": (
        "尚缺 {seats} 名；不得从未达到当选票数的人中按得票多少补足",
        "{seats_en} unfilled; never filled from below the threshold",
    ),
    "unfilled_below": (
        "尚缺 {seats} 名；不得从未达到当选票数的人中按得票多少补足（{below} {votes} 票也不能补上）",
        "{seats_en} unfilled; never filled from below the threshold ({below} with {votes} votes does not take one)",
    ),
    "result": ("第{n}轮结果：{result}", "Round {n} result: {result}"),
    "result_next": (
        "第{n}轮结果：{result}；另行选举候选人：{candidates}",
        "Round {n} result: {result}; supplementary candidates: {candidates}",
    ),
}
