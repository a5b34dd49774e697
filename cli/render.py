"""Text rendering of counts and profiles, Chinese first (``lang="en"`` for English)."""

from __future__ import annotations

from typing import Any

from tallykit.counting.outcome import Count, RoundOutcome
from tallykit.text.labels import describe_params, formula_words, profile_shown
from tallykit.parameters import PARAMETERS
from tallykit.profiles import BUILTIN, GRADES, REPORTED, Profile, reported
from tallykit.text.texts import count_en, known, pick, text, wording
from tallykit.text.words import joined, word, worded
from tallykit.vocabulary import Lang, ThresholdTest


_w = wording("count")  # the count's words, ``count.<key>``


def _rules(ids: tuple[str, ...] | list[str] | str) -> str:
    if isinstance(ids, str):
        ids = (ids,)
    return "[" + ", ".join(ids) + "]"


def profile_line(profile: Profile, lang: Lang) -> list[str]:
    """The profile and every parameter value used: in words in Chinese (规则参数：下一步 = …),
    as identifiers in English."""
    lines = [_w("profile", lang, id=profile_shown(profile.id, lang), title=profile.title(lang))]
    if profile.choice is not None:
        rule = f" {_rules(profile.period.rule)}" if profile.period and profile.period.rule else ""
        lines.append(_w("chosen", lang, why=profile.reason(lang)) + rule)
    if lang == Lang.ZH:
        from tallykit.text.labels import describe_params, parameter_label

        if profile.overrides:
            changed = "、".join(parameter_label(o) for o in profile.overrides)
            lines.append(_w("extends", lang, base=profile.extends) + changed)
        params = {k: v for k, v in profile.params.items() if k != "marks"}
        lines.append("规则参数：" + "；".join(describe_params(params)))
        lines.append("选票符号：" + describe_params({"marks": profile.params["marks"]})[0].split(" = ", 1)[1])
        return lines
    if profile.overrides:
        lines.append(_w("extends", lang, base=profile.extends) + ", ".join(profile.overrides))
    params = ", ".join(f"{k}={_value(v)}" for k, v in profile.params.items() if k != "marks")
    lines.append("parameters: " + params)
    lines.append("marks: " + _value(profile.params["marks"]))
    return lines


def _value(v: Any) -> str:
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(str(x) for x in v) + "]"
    if isinstance(v, dict):
        return " ".join(f"{'␠' if k == ' ' else k}={m}" for k, m in v.items())
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def render_count(c: Count, lang: Lang, source: str) -> str:
    lines = [_w("file", lang, file=source), *profile_line(c.profile, lang), ""]
    for r in c.rounds:
        lines.extend(render_round(r, lang))
        lines.append("")
    final = c.elected
    if final:
        names = "; ".join(f"{p}: {word(n, lang)}" for p, n in final.items() if n)
        lines.append(_w("elected_overall", lang, names=names))
    return "\n".join(lines).rstrip() + "\n"


def render_round(r: RoundOutcome, lang: Lang) -> list[str]:
    assert r.procedure is not None  # every counted round carries its procedure
    tie_rule = ", ".join(r.procedure.next_step_rules("tie_revote"))
    short_rule = ", ".join(r.procedure.next_step_rules("supplementary"))
    out = [_w("round", lang, n=r.index + 1, kind=worded(r.kind))]
    for g in r.gates:
        mark = _w("passed" if g.passed else "failed", lang)
        out.append(f"  {text(g.code, lang)}: {formula_words(g.formula, lang)} — {mark} {_rules(g.rules)}")
    b = r.ballots
    if r.recount is not None:
        rc = r.recount
        out.append(_w("recount", lang, returned=rc.returned, valid=rc.valid, partly=rc.partly_valid, invalid=rc.invalid))
        for cls in rc.classes:
            ptr = f"/rounds/{r.index}/ballot_records/{cls.first_record}"
            where = _w("first_at", lang, n=cls.first_record + 1, pointer=ptr)
            out.append(f"    {text(cls.status, lang)} {cls.count}: {text(cls.reason, lang)} ({where}) {_rules(cls.rules)}")
        for note, n in rc.notes:
            who = f" {note.name}" if note.name else ""
            out.append(f"    · {note.position}{who} ×{n}: {text(note.code, lang)} {_rules(note.rules)}")
    else:
        out.append(
            _w("recorded", lang, issued=b.issued, returned=b.returned, valid=_opt(b.valid), invalid=_opt(b.invalid))
        )
    for g in r.checks:
        mark = _w("met" if g.passed else "not_met", lang)
        detail = formula_words(g.formula, lang)
        if g.code == "ballot_order":
            detail = "" if g.passed else _w("expected", lang, formula=g.formula)
        shown = f"{detail} — " if detail else ""
        out.append(f"  {text(g.code, lang)}: {shown}{mark} {_rules(g.rule)}")
    if r.result == "void":
        result = f"{text('result.void', lang)} — {text(r.void_reason or '', lang)} {_rules(r.void_rules)}"
        out.append(_w("result", lang, result=result))
        return out
    th = r.threshold
    if th is not None:
        if th.test == ThresholdTest.PLURALITY:
            out.append(_w("plurality", lang, rules=_rules(th.rule)))
        else:
            base = text(th.base_name or "", lang)
            recall = r.result in ("recalled", "not_recalled")
            out.append(
                _w(
                    "threshold", lang, label=worded("count.to_recall" if recall else "count.to_be_elected"),
                    formula=formula_words(th.formula, lang), base=base, k=th.base, least=th.min_votes,
                    rules=_rules(th.rule),
                )
            )
    if r.result in ("recalled", "not_recalled"):
        out.extend(_recall_lines(r, lang))
        return out
    for s in r.seating:
        out.append(_w("post", lang, position=s.position, seats=s.seats, seats_en=count_en(s.seats, "seat")))
        for name, votes in s.ranking:
            if name in s.elected:
                status = "sheet.elected"
            elif name in s.tied:
                status = "report.tied"
            elif th is not None and th.test == ThresholdTest.PLURALITY:
                status = "count.fewer"
            elif name in s.qualified:
                status = "report.over_full"
            else:
                status = "report.below"
            out.append(f"    {name} {votes} — {text(status, lang)}")
        if s.tied:
            out.append(
                _w(
                    "tied", lang, names=joined(s.tied), seats=s.tied_seats,
                    seats_en=count_en(s.tied_seats, "seat"), rules=tie_rule,
                )
            )
        if s.unfilled:
            out.append(
                _w("unfilled", lang, seats=s.unfilled, seats_en=count_en(s.unfilled, "seat"), rules=short_rule)
            )
    if r.list_min is not None:
        out.append(_w("list_min", lang, n=r.list_min))
    out.extend(_note_lines(r, lang))
    out.append(_w("result", lang, result=worded("result." + r.result)))
    return out


def _note_lines(r: RoundOutcome, lang: Lang) -> list[str]:
    """Villagers' round notes (proxies, void votes, women's guarantee, vacancies) and the
    supplementary election's candidates (V-SUPP-1)."""
    out = []
    for n in r.notes:
        where = f"{n.position} " if n.position else ""
        who = word(n.names, lang)
        out.append(f"  · {where}{who}: {text(n.code, lang)} {_rules(n.rule)}".replace("  · : ", "  · "))
    for position, names in r.next_candidates.items():
        out.append(_w("next_candidates", lang, position=position, names=joined(names)))
    return out


def _recall_lines(r: RoundOutcome, lang: Lang) -> list[str]:
    out = []
    for s in r.seating:
        for name, votes in s.ranking:
            status = worded("count.recalled" if name in s.elected else "count.not_recalled")
            out.append(_w("recall_votes", lang, name=name, votes=votes, status=status))
    out.extend(_note_lines(r, lang))
    out.append(_w("result", lang, result=worded("result." + r.result)))
    return out


def _opt(v: int | None) -> str:
    return "—" if v is None else str(v)


def _grade(grade: str, lang: Lang, rule: str = "") -> str:
    """'等级 C：二手来源…；据报道，通过文本未核实' for an item of the 2025 amendments."""
    if not grade:
        return _w("ungraded", lang)
    key = "grade_reported" if reported(rule, grade) else "grade"
    return _w(key, lang, grade=grade, words=pick(lang, *GRADES[grade]), reported=pick(lang, *REPORTED))


def _cited(words: str, lang: Lang) -> str:
    """A built-in setting's source or reason in ``lang`` (the catalogue's ``setting.`` section); a
    local profile's source as its file writes it."""
    key = f"setting.{words}"
    return text(key, lang) if known(key) else words


def render_profiles(profiles: list[Profile], lang: Lang) -> str:
    """Each profile: its period, what it is based on, every value with its description, rules,
    source, reason and grade (and whether it is carried over), then the provisions no
    parameter holds."""
    lines: list[str] = []
    for p in profiles:
        lines.append(f"{p.id}  {p.title(lang)}")
        if p.period is not None:
            rule = f" {_rules(p.period.rule)}" if p.period.rule else ""
            lines.append(_w("covers", lang, period=p.period.text(lang), rule=rule))
            lines.append(f"      {_w('source', lang)}: {_cited(p.period.source, lang)} — {_grade(p.period.grade, lang)}")
        if p.overrides:
            lines.append(_w("extends", lang, base=p.extends) + ", ".join(p.overrides))
        base = BUILTIN.get(p.based_on) if p.based_on else None
        for name, setting in p.applicable.items():
            param = PARAMETERS[name]
            cited = tuple(dict.fromkeys((*param.rules, *((setting.rule,) if setting.rule else ()))))
            if lang == Lang.ZH:  # the parameter and its value in words
                lines.append(f"  {describe_params({name: setting.value})[0]}")
                lines.append(f"      {param.zh} {_rules(cited)}")
            else:
                lines.append(f"  {name} = {_value(dict(setting.value) if name == 'marks' else setting.value)}")
                lines.append(f"      {param.en} {_rules(cited)}")
            source, reason = _cited(setting.source, lang), _cited(setting.reason, lang)
            lines.append(f"      {_w('source', lang)}: {source} — {reason}")
            carried = base is not None and base.settings.get(name) == setting
            tail = _w("carried", lang, base=p.based_on) if carried else ""
            lines.append(f"      {_grade(setting.grade, lang, setting.rule)}{tail}")
        if p.provisions:
            lines.append(_w("provisions", lang))
            for prov in p.provisions:
                text_ = prov.zh if lang == Lang.ZH else prov.en
                lines.append(f"      {_rules(prov.rule)} {text_} — {_grade(prov.grade, lang, prov.rule)}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def profiles_json(profiles: list[Profile]) -> list[dict[str, Any]]:
    out = []
    for p in profiles:
        base = BUILTIN.get(p.based_on) if p.based_on else None
        period = p.period
        out.append(
            {
                "id": p.id,
                "family": p.family,
                "title": {"zh": p.title_zh, "en": p.title_en},
                "period": None
                if period is None
                else {"from": period.start, "until": period.end, "rule": period.rule or None, "source": period.source, "grade": period.grade},
                "based_on": p.based_on,
                "extends": p.extends,
                "set": list(p.overrides),
                "params": {
                    name: {
                        "value": p.params[name],
                        "values": list(PARAMETERS[name].values) or PARAMETERS[name].kind,
                        "rules": list(dict.fromkeys((*PARAMETERS[name].rules, *((s.rule,) if s.rule else ())))),
                        "rule": p.rule(name),
                        "source": s.source,
                        "reason": s.reason,
                        "grade": s.grade or None,
                        "reported_not_verified": reported(s.rule, s.grade),
                        "carried_over": base is not None and base.settings.get(name) == s,
                    }
                    for name, s in p.applicable.items()
                },
                "provisions": [
                    {"rule": v.rule, "grade": v.grade, "zh": v.zh, "en": v.en, "reported_not_verified": reported(v.rule, v.grade)}
                    for v in p.provisions
                ],
            }
        )
    return out
