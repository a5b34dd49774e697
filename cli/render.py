"""Text rendering of counts and profiles, Chinese first (``lang="en"`` for English)."""

from __future__ import annotations

from typing import Any

from tallykit.counting.outcome import Count, RoundOutcome
from tallykit.text.labels import describe_params, formula_words, profile_shown
from tallykit.parameters import PARAMETERS
from tallykit.profiles import BUILTIN, GRADES, REPORTED, Profile, reported
from tallykit.text.texts import count_en, text
from tallykit.vocabulary import Lang, ThresholdTest
from tallykit.text.texts import pick as _t


def _rules(ids: tuple[str, ...] | list[str] | str) -> str:
    if isinstance(ids, str):
        ids = (ids,)
    return "[" + ", ".join(ids) + "]"


def profile_line(profile: Profile, lang: Lang) -> list[str]:
    """The profile and every parameter value used: in words in Chinese (规则参数：下一步 = …),
    as identifiers in English."""
    head = _t(lang, "规则版本", "profile")
    title = profile.title_zh if lang == Lang.ZH else profile.title_en
    lines = [f"{head}: {profile_shown(profile.id, lang)}  {title}"]
    if profile.choice is not None:
        rule = f" {_rules(profile.period.rule)}" if profile.period and profile.period.rule else ""
        lines.append(_t(lang, "  选定方式：", "  chosen: ") + profile.reason(lang) + rule)
    if lang == Lang.ZH:
        from tallykit.text.labels import describe_params, parameter_label

        if profile.overrides:
            changed = "、".join(parameter_label(o) for o in profile.overrides)
            lines.append(f"  在 {profile.extends} 基础上修改：{changed}")
        params = {k: v for k, v in profile.params.items() if k != "marks"}
        lines.append("规则参数：" + "；".join(describe_params(params)))
        lines.append("选票符号：" + describe_params({"marks": profile.params["marks"]})[0].split(" = ", 1)[1])
        return lines
    if profile.overrides:
        lines.append(f"  extends {profile.extends}, setting: " + ", ".join(profile.overrides))
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
    lines = [_t(lang, f"文件: {source}", f"file: {source}"), *profile_line(c.profile, lang), ""]
    for r in c.rounds:
        lines.extend(render_round(r, lang))
        lines.append("")
    final = c.elected
    if final:
        names = "; ".join(f"{p}: {'、'.join(n) if lang == 'zh' else ', '.join(n)}" for p, n in final.items() if n)
        lines.append(_t(lang, f"累计当选 — {names}", f"elected over all rounds — {names}"))
    return "\n".join(lines).rstrip() + "\n"


def render_round(r: RoundOutcome, lang: Lang) -> list[str]:
    assert r.procedure is not None  # every counted round carries its procedure
    tie_rule = ", ".join(r.procedure.next_step_rules("tie_revote"))
    short_rule = ", ".join(r.procedure.next_step_rules("supplementary"))
    out = [_t(lang, f"第 {r.index + 1} 轮（{text(r.kind, lang)}）", f"Round {r.index + 1} ({text(r.kind, lang)})")]
    for g in r.gates:
        mark = _t(lang, "通过", "passed") if g.passed else _t(lang, "未通过", "FAILED")
        out.append(f"  {text(g.code, lang)}: {formula_words(g.formula, lang)} — {mark} {_rules(g.rules)}")
    b = r.ballots
    if r.recount is not None:
        rc = r.recount
        out.append(
            _t(
                lang,
                f"  全部重新清点选票 {rc.returned} 张：有效 {rc.valid}，部分有效 {rc.partly_valid}，无效 {rc.invalid}",
                f"  full recount of {rc.returned} ballots: valid {rc.valid}, partly valid {rc.partly_valid}, invalid {rc.invalid}",
            )
        )
        for cls in rc.classes:
            ptr = f"/rounds/{r.index}/ballot_records/{cls.first_record}"
            where = _t(lang, f"首见于选票明细第{cls.first_record + 1}项", f"first at {ptr}")
            out.append(f"    {text(cls.status, lang)} {cls.count}: {text(cls.reason, lang)} ({where}) {_rules(cls.rules)}")
        for note, n in rc.notes:
            who = f" {note.name}" if note.name else ""
            out.append(f"    · {note.position}{who} ×{n}: {text(note.code, lang)} {_rules(note.rules)}")
    else:
        out.append(
            _t(
                lang,
                f"  选票：发出 {b.issued}，收回 {b.returned}，有效 {_opt(b.valid)}，无效 {_opt(b.invalid)}（按记录，无选票明细）",
                f"  ballots: issued {b.issued}, returned {b.returned}, valid {_opt(b.valid)}, invalid {_opt(b.invalid)} (as recorded; no ballot records)",
            )
        )
    for g in r.checks:
        mark = _t(lang, "符合", "ok") if g.passed else _t(lang, "不符合（提示）", "NOT MET (advisory)")
        detail = formula_words(g.formula, lang)
        if g.code == "ballot_order":
            detail = "" if g.passed else _t(lang, f"应为 {g.formula}", f"expected {g.formula}")
        shown = f"{detail} — " if detail else ""
        out.append(f"  {text(g.code, lang)}: {shown}{mark} {_rules(g.rule)}")
    if r.result == "void":
        out.append(f"  {_t(lang, '结果', 'result')}: {text('result.void', lang)} — {text(r.void_reason or '', lang)} {_rules(r.void_rules)}")
        return out
    th = r.threshold
    if th is not None:
        if th.test == ThresholdTest.PLURALITY:
            out.append(_t(lang, f"  当选条件：得票多者当选 {_rules(th.rule)}", f"  to be elected: most votes {_rules(th.rule)}"))
        else:
            base = text(th.base_name or "", lang)
            recall = r.result in ("recalled", "not_recalled")
            label_zh, label_en = ("罢免通过条件", "to recall") if recall else ("当选条件", "to be elected")
            out.append(
                _t(
                    lang,
                    f"  {label_zh}：{formula_words(th.formula)}（{base} {th.base}），即至少 {th.min_votes} 票 {_rules(th.rule)}",
                    f"  {label_en}: {th.formula} ({base} {th.base}), i.e. at least {th.min_votes} votes {_rules(th.rule)}",
                )
            )
    if r.result in ("recalled", "not_recalled"):
        out.extend(_recall_lines(r, lang))
        return out
    for s in r.seating:
        out.append(_t(lang, f"  {s.position}（应选 {s.seats} 名）:", f"  {s.position} ({count_en(s.seats, 'seat')}):"))
        for name, votes in s.ranking:
            if name in s.elected:
                status = _t(lang, "当选", "elected")
            elif name in s.tied:
                status = _t(lang, "票数相等，须再次投票", "tied: re-vote")
            elif th is not None and th.test == ThresholdTest.PLURALITY:
                status = _t(lang, "得票较少，未当选", "fewer votes, not elected")
            elif name in s.qualified:
                status = _t(lang, "过线但名额已满", "over the threshold, seats full")
            else:
                status = _t(lang, "未达到当选票数", "below the threshold")
            out.append(f"    {name} {votes} — {status}")
        if s.tied:
            out.append(
                _t(
                    lang,
                    f"    {'、'.join(s.tied)} 票数相等，就其再次投票，选 {s.tied_seats} 名 [{tie_rule}]",
                    f"    {', '.join(s.tied)} tied: re-vote among them for {count_en(s.tied_seats, 'seat')} [{tie_rule}]",
                )
            )
        if s.unfilled:
            out.append(
                _t(
                    lang,
                    f"    尚缺 {s.unfilled} 名，不得在未达到当选票数者中按得票多少补足 [{short_rule}]",
                    f"    {count_en(s.unfilled, 'seat')} unfilled; never filled from below the threshold [{short_rule}]",
                )
            )
    if r.list_min is not None:
        out.append(
            _t(lang, f"  初步人选名单至少 {r.list_min} 人（差额不低于 20%）[TK-REC-3]", f"  initial list needs at least {r.list_min} people (margin ≥ 20%) [TK-REC-3]")
        )
    out.extend(_note_lines(r, lang))
    out.append(f"  {_t(lang, '结果', 'result')}: {text('result.' + r.result, lang)}")
    return out


def _note_lines(r: RoundOutcome, lang: Lang) -> list[str]:
    """Villagers' round notes (proxies, void votes, women's guarantee, vacancies) and the
    supplementary election's candidates (V-SUPP-1)."""
    out = []
    for n in r.notes:
        where = f"{n.position} " if n.position else ""
        who = ("、" if lang == Lang.ZH else ", ").join(n.names)
        out.append(f"  · {where}{who}: {text(n.code, lang)} {_rules(n.rule)}".replace("  · : ", "  · "))
    for position, names in r.next_candidates.items():
        joined = ("、" if lang == Lang.ZH else ", ").join(names)
        out.append(
            _t(lang, f"  另行选举{position}候选人：{joined} [V-SUPP-1]", f"  supplementary candidates for {position}: {joined} [V-SUPP-1]")
        )
    return out


def _recall_lines(r: RoundOutcome, lang: Lang) -> list[str]:
    out = []
    for s in r.seating:
        for name, votes in s.ranking:
            status = _t(lang, "罢免通过", "recalled") if name in s.elected else _t(lang, "罢免未通过", "not recalled")
            out.append(_t(lang, f"  {name} 赞成罢免 {votes} 票 — {status}", f"  {name}: {votes} for recall — {status}"))
    out.extend(_note_lines(r, lang))
    out.append(f"  {_t(lang, '结果', 'result')}: {text('result.' + r.result, lang)}")
    return out


def _opt(v: int | None) -> str:
    return "—" if v is None else str(v)


def _grade(grade: str, lang: Lang, rule: str = "") -> str:
    """'等级 C：二手来源…；据报道，通过文本未核实' for an item of the 2025 amendments."""
    if not grade:
        return _t(lang, "等级 —（rules/party.md 未分级）", "grade — (rules/party.md grades no sources)")
    zh, en = GRADES[grade]
    if reported(rule, grade):
        zh, en = f"{zh}；{REPORTED[0]}", f"{en}; {REPORTED[1]}"
    return _t(lang, f"等级 {grade}：{zh}", f"grade {grade}: {en}")


def render_profiles(profiles: list[Profile], lang: Lang) -> str:
    """Each profile: its period, what it is based on, every value with its description, rules,
    source, reason and grade (and whether it is carried over), then the provisions no
    parameter holds."""
    lines: list[str] = []
    for p in profiles:
        title = p.title_zh if lang == Lang.ZH else p.title_en
        lines.append(f"{p.id}  {title}")
        if p.period is not None:
            rule = f" {_rules(p.period.rule)}" if p.period.rule else ""
            lines.append(
                _t(lang, f"  适用：{p.period.text(Lang.ZH)}举行的选举{rule}", f"  covers: elections {p.period.text(Lang.EN)}{rule}")
            )
            lines.append(f"      {_t(lang, '依据', 'source')}: {p.period.source} — {_grade(p.period.grade, lang)}")
        if p.overrides:
            lines.append(_t(lang, f"  在 {p.extends} 基础上修改：", f"  extends {p.extends}, setting: ") + ", ".join(p.overrides))
        base = BUILTIN.get(p.based_on) if p.based_on else None
        for name, setting in p.applicable.items():
            param = PARAMETERS[name]
            cited = tuple(dict.fromkeys((*param.rules, *((setting.rule,) if setting.rule else ()))))
            if lang == Lang.ZH:
                # the parameter and its value in words, its source as cited (the reasons for
                # the chosen values are written in English only: --lang en)
                lines.append(f"  {describe_params({name: setting.value})[0]}")
                lines.append(f"      {param.zh} {_rules(cited)}")
                lines.append(f"      依据: {setting.source}")
            else:
                lines.append(f"  {name} = {_value(dict(setting.value) if name == 'marks' else setting.value)}")
                lines.append(f"      {param.en} {_rules(cited)}")
                lines.append(f"      source: {setting.source} — {setting.reason}")
            carried = base is not None and base.settings.get(name) == setting
            tail = _t(lang, f"；沿用 {p.based_on}", f"; carried over from {p.based_on}") if carried else ""
            lines.append(f"      {_grade(setting.grade, lang, setting.rule)}{tail}")
        if p.provisions:
            lines.append(_t(lang, "  其他条文（不影响计票和核查）：", "  other provisions (nothing counted or checked):"))
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
