"""A count told step by step, Chinese first: the words a 监票人 would say at the table.

``explain(results, counted)`` turns a ``Count`` into numbered ``Step``s in the order the count
happens (P-BALLOT-2): the rule profile, then per round quorum or turnout, 收回 vs 发出, each class
of ballot and why (from the full recount when ballot records exist), the tally, the threshold
arithmetic with the real integers ("2×13=26 > 25"), the seats, and what comes next (a tie
re-vote, a supplementary election, a seat reduction, a new vote). Every step names its rules;
where rules/*.md gives the article, the step cites it too.
"""

from __future__ import annotations

import attrs

from tallykit.counting.ballots import Recount
from tallykit.counting.outcome import Count, Gate, RoundOutcome, Seating, Threshold
from tallykit.counting.procedure import Procedure, procedure
from tallykit.frozen import strings
from tallykit.findings import P1990, P2020, VLAW
from tallykit.results import BallotRecord, Results, Round
from tallykit.text.labels import arithmetic, profile_shown
from tallykit.text.texts import count_en, text
from tallykit.vocabulary import Lang, ThresholdTest


# Articles as rules/party.md and rules/villager.md give them ("条号待核" where unverified there).
ARTICLES: dict[str, tuple[str, str]] = {
    "P-QUORUM-1": (f"{P2020}，条号待核", "2020 party regulation, article unverified"),
    "P-ELECT-1": (f"{P2020}，条号待核", "2020 party regulation, article unverified"),
    "P-CAND-1": (f"{P2020} 第十三条", "2020 party regulation art. 13"),
    "P-VALID-5": (f"{P2020} 第二十五条", "2020 party regulation art. 25"),
    "P-PROXY-1": (f"{P2020} 第二十四条", "2020 party regulation art. 24"),
    "V-DOUBLE-MAJORITY-1": (f"{VLAW}第十五条", "Organic Law of Villagers' Committees art. 15"),
    "V-DOUBLE-MAJORITY-2": (f"{VLAW}第十五条", "Organic Law of Villagers' Committees art. 15"),
    "V-SUPP-1": (f"{VLAW}第十五条", "Organic Law of Villagers' Committees art. 15"),
    "V-SUPP-3": (f"{VLAW}第十五条", "Organic Law of Villagers' Committees art. 15"),
    "V-PROXY-1": (f"{VLAW}第十五条", "Organic Law of Villagers' Committees art. 15"),
    "V-WOMEN-1": (f"{VLAW}第六条", "Organic Law of Villagers' Committees art. 6"),
    "V-RECALL-1": (f"{VLAW}第十六条", "Organic Law of Villagers' Committees art. 16"),
    "V-SUPP-4": (f"{VLAW}第十九条（出缺补选）", "Organic Law of Villagers' Committees art. 19 (by-election)"),
    "R-RECALL-1": ("《城市居民委员会组织法》第十条", "Organic Law of Urban Residents' Committees art. 10"),
}


@attrs.frozen
class Step:
    """One step of a count, in Chinese and English, with the rules it applies."""

    zh: str
    en: str
    rules: tuple[str, ...] = attrs.field(default=(), converter=strings)

    def text(self, lang: Lang = Lang.ZH) -> str:
        return self.zh if lang == Lang.ZH else self.en


def _step(zh: str, en: str, *rules: str) -> Step:
    """A step with the articles of its rules appended, once each."""
    cited = list(dict.fromkeys(ARTICLES[r] for r in rules if r in ARTICLES))
    if cited:
        zh += "（" + "；".join(c[0] for c in cited) + "）"
        en += " (" + "; ".join(c[1] for c in cited) + ")"
    return Step(zh, en, tuple(dict.fromkeys(rules)))


def _regime_1990(step: Step) -> Step:
    """Under a 1990-based profile the party articles are those of the 1990 regulation."""
    return Step(
        step.zh.replace(P2020, P1990),
        step.en.replace("2020 party regulation", "1990 party regulation"),
        step.rules,
    )


def _articles_2018(step: Step) -> Step:
    """Under the amended organic laws (from 2026-01-01) the article numbers rules/villager.md gives
    are the 2018 text's; the adopted text was not retrieved, so the citation says so."""
    return Step(
        step.zh.replace(f"{VLAW}第", f"{VLAW}（2018 年文本）第"),
        step.en.replace("Organic Law of Villagers' Committees art.", "Organic Law of Villagers' Committees (2018 text) art."),
        step.rules,
    )


def explain(results: Results, counted: Count) -> tuple[Step, ...]:
    """The steps of ``counted`` (the count of ``results``), in counting order.

    >>> from tallykit.results import parse_results
    >>> from tallykit.counting.rounds import count
    >>> data = {"format": "tallykit.results/1", "profile": "party-2020",
    ...   "election": {"kind": "party_committee", "positions": [{"name": "委员", "seats": 2}]},
    ...   "electorate": {"expected": 25, "present": 21}, "candidates": [],
    ...   "rounds": [{"kind": "formal", "positions": [{"name": "委员", "seats": 2}],
    ...     "candidates": {"委员": ["丁一", "王二", "甘三"]},
    ...     "ballots": {"issued": 21, "returned": 21, "valid": 21, "invalid": 0},
    ...     "tally": {"委员": {"丁一": 18, "王二": 13, "甘三": 12}}}]}
    >>> r = parse_results(data)
    >>> [s.zh for s in explain(r, count(r)) if "2×13" in s.zh]
    ['第1轮 委员：王二 13 票，2×13=26 > 25，过半数']
    """
    profile = counted.profile
    why_zh, why_en = profile.reason(Lang.ZH), profile.reason(Lang.EN)
    dated = profile.choice is not None and (profile.choice.by == "date" or profile.choice.fits)
    steps = [
        Step(
            f"规则版本 {profile_shown(profile.id)}：{profile.title_zh}" + (f"；{why_zh}" if why_zh else ""),
            f"profile {profile.id}: {profile.title_en}" + (f"; {why_en}" if why_en else ""),
            (profile.period.rule,) if dated and profile.period and profile.period.rule else (),
        )
    ]
    for rnd, out in zip(results.rounds, counted.rounds):
        proc = out.procedure or procedure(profile, results.election.kind, rnd.kind)
        steps.extend(_round(rnd, out, proc))
    if "1990" in (profile.extends or profile.id):
        steps = [_regime_1990(s) for s in steps]
    if "2026" in (profile.extends or profile.id):
        steps = [_articles_2018(s) for s in steps]
    final = {p: n for p, n in counted.elected.items() if n}
    if final:
        zh = "；".join(f"{p} {'、'.join(n)}" for p, n in final.items())
        en = "; ".join(f"{p} {', '.join(n)}" for p, n in final.items())
        steps.append(Step(f"累计当选：{zh}", f"elected over all rounds: {en}", ()))
    return tuple(steps)


def _round(rnd: Round, out: RoundOutcome, proc: Procedure) -> list[Step]:
    head_zh = f"第{out.index + 1}轮"
    head_en = f"Round {out.index + 1}"
    steps = [
        Step(
            f"{head_zh}：{text(out.kind, Lang.ZH)}",
            f"{head_en}: {text(out.kind, Lang.EN)}",
            (),
        )
    ]
    steps.extend(_gate(head_zh, head_en, g) for g in out.gates)
    if out.result == "void":
        reason = out.void_reason or ""
        steps.append(
            _step(
                f"{head_zh}无效（{text(reason, Lang.ZH)}）：不看选票、不计票，须重新投票",
                f"{head_en} is void ({text(reason, Lang.EN)}): no ballot is judged or counted; "
                "the vote must be held again",
                *out.void_rules,
            )
        )
        return steps
    order = proc.order_rule
    steps.extend(_ballots(head_zh, head_en, rnd, out, proc))
    steps.extend(_tally(head_zh, head_en, out, order))
    if out.threshold is not None:
        steps.extend(_threshold(head_zh, head_en, out))
    steps.extend(_notes(head_zh, head_en, out))
    if out.result in ("recalled", "not_recalled"):
        steps.append(
            _step(
                f"{head_zh}结果：{text('result.' + out.result, Lang.ZH)}",
                f"{head_en} result: {text('result.' + out.result, Lang.EN)}",
                out.threshold.rule if out.threshold else "V-RECALL-1",
            )
        )
        return steps
    steps.extend(_seats(head_zh, head_en, out, proc))
    steps.append(_next(head_zh, head_en, out, proc))
    return steps


def _gate(head_zh: str, head_en: str, g: Gate) -> Step:
    verdict_zh = "成立，符合" if g.passed else "不成立，本轮无效"
    verdict_en = "holds" if g.passed else "does NOT hold: the round is void"
    values = dict(g.values)
    if g.code == "quorum":
        zh = f"应到会 {values['expected']} 人，实到会 {values['present']} 人"
        en = f"{values['expected']} expected, {values['present']} present"
    elif g.code in ("turnout", "attendance"):
        n = values.get("participants", values.get("present"))
        base = values.get("registered", values.get("expected"))
        zh = f"登记（应到）{base} 人，参加投票 {n} 人"
        en = f"{base} registered (expected), {n} taking part"
    elif g.code.startswith("reconciliation"):
        other = next(k for k in values if k != "returned")
        zh = f"收回 {values['returned']} 张，{text(other, Lang.ZH) if other != 'issued' else '发出'} {values[other]} 张"
        en = f"{values['returned']} returned, {values[other]} {other}"
    else:
        return _step(
            f"{head_zh} {text(g.code, Lang.ZH)}：{arithmetic(g.formula)}，{verdict_zh}",
            f"{head_en} {text(g.code, Lang.EN)}: {arithmetic(g.formula)}, {verdict_en}",
            *g.rules,
        )
    return _step(
        f"{head_zh} {text(g.code, Lang.ZH)}：{zh}；{arithmetic(g.formula)}，{verdict_zh}",
        f"{head_en} {text(g.code, Lang.EN)}: {en}; {arithmetic(g.formula)}, {verdict_en}",
        *g.rules,
    )


def _paper(rec: BallotRecord, lang: Lang) -> str:
    """A ballot pattern as on paper: marks per post, write-ins, flags."""
    parts = [f"{p}「{m.replace(' ', '□')}」" for p, m in rec.marks.items()]
    for p, written in rec.write_ins.items():
        for name, symbol in written:
            parts.append(f"{p}另选 {name}「{symbol.replace(' ', '□')}」")
    parts.extend(f"[{text('flag.' + f, lang)}]" for f in rec.flags)
    return " ".join(parts)


def _ballots(head_zh: str, head_en: str, rnd: Round, out: RoundOutcome, proc: Procedure) -> list[Step]:
    rule = proc.ballots_rule
    rec: Recount | None = out.recount
    b = out.ballots
    if rec is None:
        valid = "—" if b.valid is None else b.valid
        invalid = "—" if b.invalid is None else b.invalid
        return [
            _step(
                f"{head_zh} 选票（按记录，无选票明细）：发出 {b.issued}，收回 {b.returned}，"
                f"有效 {valid}，无效 {invalid}",
                f"{head_en} ballots (as recorded, no ballot records): issued {b.issued}, "
                f"returned {b.returned}, valid {valid}, invalid {invalid}",
                rule,
            )
        ]
    steps = [
        _step(
            f"{head_zh} 逐张清点收回的 {rec.returned} 张选票：有效 {rec.valid}，部分有效 "
            f"{rec.partly_valid}，无效 {rec.invalid}（{rec.valid}+{rec.partly_valid}+{rec.invalid}"
            f"={rec.returned}，一张不少）",
            f"{head_en} judging each of the {rec.returned} returned ballots: valid {rec.valid}, "
            f"partly valid {rec.partly_valid}, invalid {rec.invalid} ({rec.valid}+"
            f"{rec.partly_valid}+{rec.invalid}={rec.returned}, none lost)",
            rule,
        )
    ]
    records = rnd.ballot_records or ()
    for cls in rec.classes:
        first = records[cls.first_record] if cls.first_record < len(records) else None
        zh, en = (_paper(first, Lang.ZH), _paper(first, Lang.EN)) if first is not None else ("", "")
        steps.append(
            Step(
                f"{head_zh} {text(cls.status, Lang.ZH)} {cls.count} 张：{text(cls.reason, Lang.ZH)}"
                + (f"（如 {zh}）" if zh else ""),
                f"{head_en} {text(cls.status, Lang.EN)} {cls.count}: {text(cls.reason, Lang.EN)}"
                + (f" (e.g. {en})" if en else ""),
                cls.rules,
            )
        )
    for note, n in rec.notes:
        who = f" {note.name}" if note.name else ""
        steps.append(
            Step(
                f"{head_zh} {note.position}{who}（{n} 张）：{text(note.code, Lang.ZH)}",
                f"{head_en} {note.position}{who} ({count_en(n, 'ballot')}): {text(note.code, Lang.EN)}",
                note.rules,
            )
        )
    return steps


def _tally(head_zh: str, head_en: str, out: RoundOutcome, rule: str) -> list[Step]:
    steps = []
    for s in out.seating:
        zh = "、".join(f"{n} {v}" for n, v in s.ranking) or "无"
        en = ", ".join(f"{n} {v}" for n, v in s.ranking) or "nobody"
        steps.append(
            Step(
                f"{head_zh} {s.position}得票（由多到少）：{zh}",
                f"{head_en} {s.position} votes (most first): {en}",
                (rule,),
            )
        )
    return steps


def _test(th: Threshold, votes: int) -> tuple[str, bool]:
    """The threshold arithmetic for one vote count, and whether it passes."""
    base = th.base or 0
    if th.test == ThresholdTest.MAJORITY:
        ok = th.passes(votes)
        return f"2×{votes}={2 * votes} {'>' if ok else '≤'} {base}", ok
    if th.test == ThresholdTest.THIRD:
        ok = th.passes(votes)
        return f"3×{votes}={3 * votes} {'≥' if ok else '<'} {base}", ok
    return "", True


def _threshold(head_zh: str, head_en: str, out: RoundOutcome) -> list[Step]:
    th = out.threshold
    assert th is not None
    if th.test == ThresholdTest.PLURALITY:
        return [
            _step(f"{head_zh} 当选条件：得票多者当选", f"{head_en} to win: most votes", th.rule)
        ]
    base_zh, base_en = text(th.base_name or "", Lang.ZH), text(th.base_name or "", Lang.EN)
    if th.test == ThresholdTest.MAJORITY:
        rule_zh = f"得票须超过{base_zh} {th.base} 的半数：2×得票 > {th.base}"
        rule_en = f"votes must exceed half of the {base_en} ({th.base}): 2×votes > {th.base}"
    else:
        rule_zh = f"得票不得少于{base_zh} {th.base} 的三分之一：3×得票 ≥ {th.base}"
        rule_en = (
            f"votes must be at least a third of the {base_en} ({th.base}): 3×votes ≥ {th.base}"
        )
    steps = [
        _step(
            f"{head_zh} 当选条件：{rule_zh}，即至少 {th.min_votes} 票",
            f"{head_en} threshold: {rule_en}, i.e. at least {th.min_votes} votes",
            th.rule,
        )
    ]
    for s in out.seating:
        for name, votes in s.ranking:
            shown, ok = _test(th, votes)
            word_zh = (
                ("过半数" if ok else "未过半数")
                if th.test == ThresholdTest.MAJORITY
                else ("达到三分之一" if ok else "不足三分之一")
            )
            word_en = (
                ("a majority" if ok else "no majority")
                if th.test == ThresholdTest.MAJORITY
                else ("at least a third" if ok else "less than a third")
            )
            steps.append(
                Step(
                    f"{head_zh} {s.position}：{name} {votes} 票，{shown}，{word_zh}",
                    f"{head_en} {s.position}: {name} {votes} votes, {shown}, {word_en}",
                    (th.rule,),
                )
            )
    return steps


def _notes(head_zh: str, head_en: str, out: RoundOutcome) -> list[Step]:
    steps = []
    for n in out.notes:
        where = f"{n.position} " if n.position else ""
        zh_names = "、".join(n.names)
        en_names = ", ".join(n.names)
        steps.append(
            _step(
                f"{head_zh} {where}{zh_names}：{text(n.code, Lang.ZH)}".replace(" ：", "："),
                f"{head_en} {where}{en_names}: {text(n.code, Lang.EN)}".replace(" :", ":"),
                n.rule,
            )
        )
    return steps


def _seats(head_zh: str, head_en: str, out: RoundOutcome, proc: Procedure) -> list[Step]:
    fill_rule = proc.fill_rule
    plurality = out.threshold is not None and out.threshold.test == ThresholdTest.PLURALITY
    if plurality and out.threshold is not None:
        fill_rule = out.threshold.rule
    return [_seat_step(head_zh, head_en, s, fill_rule, proc, plurality) for s in out.seating]


def _seat_step(
    head_zh: str, head_en: str, s: Seating, fill_rule: str, proc: Procedure, plurality: bool
) -> Step:
    votes = dict(s.ranking)
    zh = [f"{head_zh} {s.position}应选 {s.seats} 名"]
    en = [f"{head_en} {s.position}: {count_en(s.seats, 'seat')}"]
    rules = [fill_rule]
    if s.elected:
        zh.append(f"按得票多少为序当选：{'、'.join(s.elected)}")
        en.append(f"elected in vote order: {', '.join(s.elected)}")
    else:
        zh.append("无人当选")
        en.append("nobody elected")
    over = [] if plurality else [n for n in s.qualified if n not in s.elected and n not in s.tied]
    if over:
        zh.append(f"{'、'.join(over)} 过线但名额已满")
        en.append(f"{', '.join(over)} cleared the threshold but the seats are full")
    if s.tied:
        cut = votes[s.tied[0]]
        zh.append(
            f"{'、'.join(s.tied)} 各得 {cut} 票，票数相等，争最后 {s.tied_seats} 个名额，"
            "不能确定谁当选，须就票数相等者再次投票"
        )
        en.append(
            f"{', '.join(s.tied)} have {cut} votes each, tied for the last {count_en(s.tied_seats, 'seat')}: "
            "the tied are voted on again"
        )
        rules.extend(proc.next_step_rules("tie_revote"))
    if s.unfilled:
        below = [n for n, _ in s.ranking if n not in s.qualified]
        zh.append(
            f"尚缺 {s.unfilled} 名；不得从未达到当选票数的人中按得票多少补足"
            + (f"（{below[0]} {votes[below[0]]} 票也不能补上）" if below else "")
        )
        en.append(
            f"{count_en(s.unfilled, 'seat')} unfilled; never filled from below the threshold"
            + (f" ({below[0]} with {votes[below[0]]} votes does not take one)" if below else "")
        )
        rules.extend(proc.next_step_rules("supplementary"))
    return _step("；".join(zh), "; ".join(en), *rules)


def _next(head_zh: str, head_en: str, out: RoundOutcome, proc: Procedure) -> Step:
    rules = proc.next_step_rules(out.result)
    zh = f"{head_zh}结果：{text('result.' + out.result, Lang.ZH)}"
    en = f"{head_en} result: {text('result.' + out.result, Lang.EN)}"
    if out.next_candidates:
        zh += "；另行选举候选人：" + "；".join(
            f"{p} {'、'.join(n)}" for p, n in out.next_candidates.items()
        )
        en += "; supplementary candidates: " + "; ".join(
            f"{p} {', '.join(n)}" for p, n in out.next_candidates.items()
        )
    return _step(zh, en, *rules) if rules else Step(zh, en, ())


__all__ = ["ARTICLES", "Step", "arithmetic", "explain"]
