"""A count told step by step, Chinese first: the words a 监票人 would say at the table.

``explain(results, counted)`` turns a ``Count`` into numbered ``Step``s in the order the count
happens (P-BALLOT-2): the rule profile, then per round quorum or turnout, 收回 vs 发出, each class
of ballot and why (from the full recount when ballot records exist), the tally, the threshold
arithmetic with the real integers ("2×13=26 > 25"), the seats, and what comes next (a tie
re-vote, a supplementary election, a seat reduction, a new vote). Every step names its rules;
where rules/*.md gives the article, the step cites it too.
"""

from __future__ import annotations

import msgspec

from tallykit.counting.ballots import Recount
from tallykit.counting.outcome import Count, Gate, RoundOutcome, Seating, Threshold
from tallykit.counting.procedure import Procedure, procedure
from tallykit.frozen import converted, strings
from tallykit.results import BallotRecord, Results, Round
from tallykit.text.code_words import P1990, P2020, VLAW
from tallykit.text.code_words import RULE_ARTICLES as ARTICLES
from tallykit.text.labels import arithmetic, profile_shown
from tallykit.text.texts import count_en, text
from tallykit.text.words import ProfileId, Said, by_post, joined, worded
from tallykit.vocabulary import Lang, ThresholdTest


class Step(msgspec.Struct, frozen=True):
    """One step of a count, in Chinese and English, with the rules it applies."""

    zh: str
    en: str
    rules: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        converted(self, rules=strings)

    def text(self, lang: Lang = Lang.ZH) -> str:
        return self.zh if lang == Lang.ZH else self.en


def _step(zh: str, en: str, *rules: str) -> Step:
    """A step with the articles of its rules appended, once each."""
    cited = list(dict.fromkeys(ARTICLES[r] for r in rules if r in ARTICLES))
    if cited:
        zh += "（" + "；".join(c[0] for c in cited) + "）"
        en += " (" + "; ".join(c[1] for c in cited) + ")"
    return Step(zh, en, tuple(dict.fromkeys(rules)))


def _words(key: str, **fields: object) -> tuple[str, str]:
    """The catalogue's wording ``explain.<key>`` in Chinese and in English."""
    said = worded(f"explain.{key}", **fields)
    return said.words(Lang.ZH), said.words(Lang.EN)


def _say(key: str, *rules: str, **fields: object) -> Step:
    """A step worded ``explain.<key>``, citing the articles of its rules."""
    return _step(*_words(key, **fields), *rules)


def _told(key: str, rules: tuple[str, ...], **fields: object) -> Step:
    """A step worded ``explain.<key>`` that names its rules without citing articles."""
    return Step(*_words(key, **fields), rules)


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
    dated = profile.choice is not None and (profile.choice.by == "date" or profile.choice.fits)
    head = "profile_why" if profile.reason(Lang.ZH) else "profile"
    rules = (profile.period.rule,) if dated and profile.period and profile.period.rule else ()
    steps = [
        _told(
            head, rules, id=ProfileId(profile.id),
            title=Said(profile.title(Lang.ZH), profile.title(Lang.EN)),
            why=Said(profile.reason(Lang.ZH), profile.reason(Lang.EN)),
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
        steps.append(_told("elected_overall", (), elected=by_post(final)))
    return tuple(steps)


def _round(rnd: Round, out: RoundOutcome, proc: Procedure) -> list[Step]:
    n = out.index + 1
    head = dict(n=n, what=worded(out.kind))
    steps = [Step(text("round_what", Lang.ZH, **head), text("round_what", Lang.EN, **head), ())]
    steps.extend(_gate(n, g) for g in out.gates)
    if out.result == "void":
        steps.append(_say("void", *out.void_rules, n=n, reason=worded(out.void_reason or "")))
        return steps
    order = proc.order_rule
    steps.extend(_ballots(n, rnd, out, proc))
    steps.extend(_tally(n, out, order))
    if out.threshold is not None:
        steps.extend(_threshold(n, out))
    steps.extend(_notes(n, out))
    if out.result in ("recalled", "not_recalled"):
        rule = out.threshold.rule if out.threshold else "V-RECALL-1"
        steps.append(_say("result", rule, n=n, result=worded("result." + out.result)))
        return steps
    steps.extend(_seats(n, out, proc))
    steps.append(_next(n, out, proc))
    return steps


def _gate(n: int, g: Gate) -> Step:
    verdict = worded("explain.holds" if g.passed else "explain.fails")
    values = dict(g.values)
    said: dict[str, object] = dict(n=n, gate=worded(g.code), formula=arithmetic(g.formula), verdict=verdict)
    if g.code == "quorum":
        detail = worded("explain.gate_quorum", expected=values["expected"], present=values["present"])
    elif g.code in ("turnout", "attendance"):
        taking_part = values.get("participants", values.get("present"))
        base = values.get("registered", values.get("expected"))
        detail = worded("explain.gate_turnout", base=base, n=taking_part)
    elif g.code.reconciles:
        other = next(k for k in values if k != "returned")
        # the other count: in Chinese its word, in English its field name
        named = worded("report.issued") if other == "issued" else worded(other)
        detail = worded(
            "explain.gate_reconciliation",
            returned=values["returned"],
            count=values[other],
            other=Said(named.words(Lang.ZH), other),
        )
    else:
        return _say("gate", *g.rules, **said)
    return _say("gate_detail", *g.rules, detail=detail, **said)


def _paper(rec: BallotRecord, lang: Lang) -> str:
    """A ballot pattern as on paper: marks per post, write-ins, flags."""
    parts = [f"{p}「{m.replace(' ', '□')}」" for p, m in rec.marks.items()]
    for p, written in rec.write_ins.items():
        for name, symbol in written:
            parts.append(f"{p}另选 {name}「{symbol.replace(' ', '□')}」")
    parts.extend(f"[{text('flag.' + f, lang)}]" for f in rec.flags)
    return " ".join(parts)


def _ballots(n: int, rnd: Round, out: RoundOutcome, proc: Procedure) -> list[Step]:
    rule = proc.ballots_rule
    rec: Recount | None = out.recount
    b = out.ballots
    if rec is None:
        valid = "—" if b.valid is None else b.valid
        invalid = "—" if b.invalid is None else b.invalid
        return [
            _say("ballots_recorded", rule, n=n, issued=b.issued, returned=b.returned, valid=valid, invalid=invalid)
        ]
    steps = [
        _say(
            "ballots_recount", rule, n=n, returned=rec.returned, valid=rec.valid,
            partly=rec.partly_valid, invalid=rec.invalid,
        )
    ]
    records = rnd.ballot_records or ()
    for cls in rec.classes:
        first = records[cls.first_record] if cls.first_record < len(records) else None
        said: dict[str, object] = dict(n=n, status=worded(cls.status), count=cls.count, reason=worded(cls.reason))
        if first is not None and _paper(first, Lang.ZH):
            steps.append(_told("class_example", cls.rules, paper=Said(_paper(first, Lang.ZH), _paper(first, Lang.EN)), **said))
        else:
            steps.append(_told("class", cls.rules, **said))
    for note, k in rec.notes:
        who = f" {note.name}" if note.name else ""
        steps.append(
            _told(
                "ballot_note", note.rules, n=n, position=note.position, who=who, count=k,
                ballots=count_en(k, "ballot"), note=worded(note.code),
            )
        )
    return steps


def _tally(n: int, out: RoundOutcome, rule: str) -> list[Step]:
    return [
        _told(
            "tally", (rule,), n=n, position=s.position,
            ranking=joined(f"{name} {v}" for name, v in s.ranking) if s.ranking else worded("explain.nobody"),
        )
        for s in out.seating
    ]


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


def _threshold(n: int, out: RoundOutcome) -> list[Step]:
    th = out.threshold
    assert th is not None
    if th.test == ThresholdTest.PLURALITY:
        return [_say("plurality", th.rule, n=n)]
    majority = th.test == ThresholdTest.MAJORITY
    rule = worded(
        "explain.rule_majority" if majority else "explain.rule_third",
        base=worded(th.base_name or ""),
        k=th.base,
    )
    steps = [_say("threshold", th.rule, n=n, rule=rule, least=th.min_votes)]
    for s in out.seating:
        for name, votes in s.ranking:
            shown, ok = _test(th, votes)
            verdict = ("majority" if ok else "no_majority") if majority else ("third" if ok else "no_third")
            steps.append(
                _told(
                    "test", (th.rule,), n=n, position=s.position, name=name, votes=votes,
                    shown=shown, verdict=worded("explain." + verdict),
                )
            )
    return steps


def _notes(n: int, out: RoundOutcome) -> list[Step]:
    steps = []
    for note in out.notes:
        where = f"{note.position} " if note.position else ""
        zh, en = _words("note", n=n, where=where, names=joined(note.names), note=worded(note.code))
        steps.append(_step(zh.replace(" ：", "："), en.replace(" :", ":"), note.rule))
    return steps


def _seats(n: int, out: RoundOutcome, proc: Procedure) -> list[Step]:
    fill_rule = proc.fill_rule
    plurality = out.threshold is not None and out.threshold.test == ThresholdTest.PLURALITY
    if plurality and out.threshold is not None:
        fill_rule = out.threshold.rule
    return [_seat_step(n, s, fill_rule, proc, plurality) for s in out.seating]


def _seat_step(n: int, s: Seating, fill_rule: str, proc: Procedure, plurality: bool) -> Step:
    votes = dict(s.ranking)
    said = [worded("explain.seats", n=n, position=s.position, seats=s.seats, seats_en=count_en(s.seats, "seat"))]
    rules = [fill_rule]
    if s.elected:
        said.append(worded("explain.elected_in_order", names=joined(s.elected)))
    else:
        said.append(worded("explain.none_elected"))
    over = [] if plurality else [m for m in s.qualified if m not in s.elected and m not in s.tied]
    if over:
        said.append(worded("explain.over_full", names=joined(over)))
    if s.tied:
        said.append(
            worded(
                "explain.tied", names=joined(s.tied), cut=votes[s.tied[0]], seats=s.tied_seats,
                seats_en=count_en(s.tied_seats, "seat"),
            )
        )
        rules.extend(proc.next_step_rules("tie_revote"))
    if s.unfilled:
        below = [m for m, _ in s.ranking if m not in s.qualified]
        short = dict(seats=s.unfilled, seats_en=count_en(s.unfilled, "seat"))
        if below:
            said.append(worded("explain.unfilled_below", below=below[0], votes=votes[below[0]], **short))
        else:
            said.append(worded("explain.unfilled", **short))
        rules.extend(proc.next_step_rules("supplementary"))
    whole = joined(said, "group")
    return _step(whole.words(Lang.ZH), whole.words(Lang.EN), *rules)


def _next(n: int, out: RoundOutcome, proc: Procedure) -> Step:
    rules = proc.next_step_rules(out.result)
    result = worded("result." + out.result)
    if out.next_candidates:
        return _say("result_next", *rules, n=n, result=result, candidates=by_post(out.next_candidates))
    return _say("result", *rules, n=n, result=result)


__all__ = ["ARTICLES", "Step", "arithmetic", "explain"]
