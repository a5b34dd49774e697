"""Printable HTML worksheet and answer sheet for drill items (issue 7, item 3).

``render(items, lang)`` draws each item's ballots as they look on paper: the printed names in
ballot order (surname stroke order, P-ORDER-1), one box per name holding the hand-drawn mark,
the 另选他人 columns, the pattern count and any flag (作记号, 破损) in plain sight; then the
key counts and the question. The answer sheet has the answer, the outcome and numbered steps
with their rule ids. Both are one self-contained HTML file each: inline CSS and SVG, no script,
no network, A4 page breaks when printed. Same items, byte-identical output.

Item contract (built by ``tallykit drill``): ``{"id", "seed", "family", "topic", "title":
{"zh","en"}, "question": {"zh","en"}, "answer": {"zh","en","outcome"}, "steps": [{"zh","en",
"rules"}], "scenario": <results-format dict>}``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

from tallykit.labels import formula_words, value_label
from tallykit.results import BallotRecord, Results, Round, parse_results
from tallykit.strokes import check_order
from tallykit.texts import text

__all__ = ["render"]

_L: dict[str, tuple[str, str]] = {
    "sheet": ("计票练习", "Counting drill"),
    "worksheet": ("练习题", "worksheet"),
    "answers": ("答案与讲解", "answers and explanations"),
    "trainee": (
        "姓名 ________________　　单位 ________________　　日期 ____________",
        "Name ________________   Unit ________________   Date ____________",
    ),
    "intro": (
        "每题先读“问题”，再逐张审看所画的选票；同样的选票只画一张，右上角注明张数。",
        "Read each question, then check every ballot drawn; "
        "identical ballots are drawn once with their count.",
    ),
    "items": ("共 {n} 题，答案另附。", "{n} item(s); answers on a separate sheet."),
    "item": ("第 {n} 题", "Item {n}"),
    "meta": (
        "编号 {id} · 种子 {seed} · {family}",
        "id {id} · seed {seed} · {family} · {topic}",
    ),
    "party": ("党组织选举", "party election"),
    "villager": ("村（居）委会选举", "villagers'/residents' committee"),
    "facts": ("基本情况", "Facts"),
    "question": ("问题", "Question"),
    "your_answer": ("作答", "Your answer"),
    "seats": ("应选 {n} 名", "{n} seat(s)"),
    "reserved_female": ("其中 {n} 名专职专选女性", "{n} reserved for a woman"),
    "members": ("党员 {n} 名", "{n} members"),
    "expected": ("应到会有选举权人数 {n} 人", "members expected {n}"),
    "present": ("实到会有选举权人数 {n} 人", "members present {n}"),
    "registered": ("登记参加选举的选民 {n} 人", "registered voters {n}"),
    "exclusions": ("不列入应到人数的党员", "members left out of 应到"),
    "approved_upper": ("上级批准", "upper approved"),
    "approved_meeting": ("大会通过", "meeting approved"),
    "yes": ("是", "yes"),
    "no": ("否", "no"),
    "candidates": ("候选人", "Candidates"),
    "female": ("女", "f"),
    "male": ("男", "m"),
    "round": ("第 {n} 轮　{kind}", "Round {n}: {kind}"),
    "issued": ("发出选票 {n} 张", "ballots issued {n}"),
    "returned": ("收回 {n} 张", "returned {n}"),
    "participants": ("参加投票 {n} 人", "voters taking part {n}"),
    "valid": ("有效 {n} 张", "valid {n}"),
    "invalid": ("无效 {n} 张", "invalid {n}"),
    "stations": ("投票站 / 流动票箱", "Polling stations / mobile boxes"),
    "mobile": ("流动票箱", "mobile box"),
    "station_counts": ("发出 {i} 张，收回 {r} 张", "issued {i}, returned {r}"),
    "ballots_drawn": ("收回的选票（共 {n} 张，{k} 种）", "Ballots returned ({n} in {k} kinds)"),
    "tally": ("计票记录（得票数）", "Recorded tally (votes)"),
    "votes": ("{n} 票", "{n}"),
    "proxies": ("委托投票登记", "Proxy votes registered"),
    "principal": ("委托人", "principal"),
    "proxy": ("受托人", "proxy"),
    "relation": ("关系", "relation"),
    "voted_in_person": ("委托人亲自投票", "principal voted in person"),
    "count": ("×{n} 张", "×{n}"),
    "kind_no": ("第 {n} 种", "kind {n}"),
    "names_row": ("候选人姓名", "candidate"),
    "marks_row": ("符　号", "mark"),
    "write_in": ("另选他人", "另选他人 (write-in)"),
    "stroke_note": ("（按姓氏笔画为序）", "(names in surname stroke order)"),
    "how_to": (
        "说明：赞成的划“○”，不赞成的划“×”，弃权的不划任何符号；"
        "另选他人的，在“另选他人”栏内写上姓名，并在其下方格内划“○”。",
        "How to mark: ○ approve, × disapprove, nothing to abstain; for another person "
        "write the name under 另选他人 and mark ○ below it.",
    ),
    "answer": ("答案", "Answer"),
    "outcome": ("结果", "Outcome"),
    "steps": ("步骤", "Steps"),
    "elected": ("当选", "elected"),
    "nominated": ("确定人选", "nominated"),
    "recalled": ("被罢免", "recalled"),
    "unfilled": ("空缺 {n} 名", "{n} unfilled"),
    "tied": ("再次投票：{names}（{n} 名）", "re-vote: {names} ({n} seat(s))"),
    "next_candidates": ("另行选举候选人", "supplementary candidates"),
    "threshold": ("当选票数", "threshold"),
    "none": ("无", "none"),
    "at_least": ("，即至少 {n} 票", ", at least {n}"),
}

_FLAGS: dict[str, tuple[str, str]] = {
    "identifying_mark": ("作记号", "identifying mark"),
    "torn": ("破损", "torn"),
    "unreadable": ("无法辨认", "unreadable"),
}

# Ballot headings by election kind; ``{org}`` is the organisation's name.
_BALLOT_TITLE: dict[str, tuple[str, str]] = {
    "party_committee": ("{org}委员会选举票", "{org} committee ballot"),
    "party_officers": ("{org}书记、副书记选举票", "{org} secretary ballot"),
    "party_branch_officers": ("{org}书记、副书记选举票", "{org} secretary ballot"),
    "recommendation": ("{org}推荐票", "{org} recommendation ballot"),
    "villagers_committee": ("{org}村民委员会成员选举选票", "{org} villagers' committee ballot"),
    "residents_committee": ("{org}居民委员会成员选举选票", "{org} residents' committee ballot"),
    "recall": ("{org}罢免表决票", "{org} recall ballot"),
}
_ROUND_SUFFIX: dict[str, tuple[str, str]] = {
    "tie_revote": ("（再次投票）", " (re-vote)"),
    "supplementary": ("（另行选举）", " (supplementary)"),
    "preliminary": ("（预选）", " (preliminary)"),
}

# Ballot table geometry (mm): the row-head column and the room left for names on A4.
_ROWHEAD_MM = 21.0
_NAMES_WIDTH_MM = 145.0

# Hand-drawn marks, 40×40 user units, stroked in ink. Symbols not listed are written as text.
_MARK_PATHS: dict[str, str] = {
    "○": "M22 6.5C30.5 6 35 12.5 34.2 20.5C33.4 29 26.5 34.2 19 33.6C10.8 32.9 5.6 26.6 6.3 18.8"
    "C7 11.6 12.6 6.8 20.5 7.2C23.5 7.4 25.5 8.4 27 9.5",
    "×": "M9.5 9.5C16 16 23 23.5 31 31.5M31.5 8.5C24 16 16 24 8.5 31.5",
    "√": "M6.5 21.5C9.5 24 12.5 27.5 15.5 32.5C20 22 26 14 34.5 6.5",
    "-": "M9 20.5C16 19.8 24 19.8 31 20.2",
    "?": "M7 12L33 9L8 18L34 16L7 25L33 23L9 31L31 30",
}
_ALIASES = {
    "〇": "○",
    "O": "○",
    "o": "○",
    "x": "×",
    "X": "×",
    "✗": "×",
    "✘": "×",
    "✓": "√",
    "✔": "√",
}
_BLANK = {" ", ""}


def _t(lang: str, key: str, **fields: Any) -> str:
    zh, en = _L[key]
    return (zh if lang == "zh" else en).format(**fields)


def _pick(pair: Mapping[str, Any] | None, lang: str) -> str:
    """The ``lang`` text of a {"zh","en"} pair, falling back to Chinese."""
    if not pair:
        return ""
    return str(pair.get(lang) or pair.get("zh") or "")


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def render(items: Sequence[Mapping[str, Any]], lang: str = "zh") -> tuple[str, str]:
    """The worksheet and the answer sheet for ``items``, as two self-contained HTML documents.

    Raises InputError when an item's scenario is not a readable results file.

    >>> sheet, answers = render([])
    >>> sheet.startswith("<!DOCTYPE html>") and "答案与讲解" in answers
    True
    """
    parsed = [parse_results(item["scenario"]) for item in items]
    head = _sheet_head(len(items), lang)
    sheet_parts = [] if items else [f'<section class="page">{head}</section>']
    answer_parts = []
    for n, (item, results) in enumerate(zip(items, parsed), start=1):
        sheet_parts.append(_item_sheet(n, item, results, lang, head if n == 1 else ""))
        answer_parts.append(_item_answer(n, item, lang))
    worksheet = _document(
        f"{_t(lang, 'sheet')} · {_t(lang, 'worksheet')}", "".join(sheet_parts), lang
    )
    answers_body = (
        f'<section class="page answers"><header class="sheet-head"><h1>{_e(_t(lang, "sheet"))}'
        f' · {_e(_t(lang, "answers"))}</h1></header>{"".join(answer_parts)}</section>'
    )
    answers = _document(f"{_t(lang, 'sheet')} · {_t(lang, 'answers')}", answers_body, lang)
    return worksheet, answers


# ---------------------------------------------------------------- worksheet


def _sheet_head(count: int, lang: str) -> str:
    return (
        f'<header class="sheet-head" id="sheet-head"><h1>{_e(_t(lang, "sheet"))} · '
        f'{_e(_t(lang, "worksheet"))}</h1><p class="trainee">{_e(_t(lang, "trainee"))}</p>'
        f'<p class="intro">{_e(_t(lang, "intro"))} {_e(_t(lang, "items", n=count))}</p></header>'
    )


def _item_head(n: int, item: Mapping[str, Any], lang: str) -> str:
    family = str(item.get("family", ""))
    family_text = _t(lang, family) if family in ("party", "villager") else family
    meta = _t(
        lang,
        "meta",
        id=item.get("id", ""),
        seed=item.get("seed", ""),
        family=family_text,
        topic=item.get("topic", ""),
    )
    number = _e(_t(lang, "item", n=n))
    title = _e(_pick(item.get("title"), lang))
    return f'<h2><span class="no">{number}</span> {title}</h2><p class="meta">{_e(meta)}</p>'


def _item_sheet(n: int, item: Mapping[str, Any], results: Results, lang: str, lead: str) -> str:
    """One item on its own page(s); ``lead`` is the sheet heading, on the first item only."""
    first = " first" if lead else ""
    parts = [f'<section class="page item{first}" id="item-{n}">', lead, _item_head(n, item, lang)]
    parts.append(
        f'<div class="question" id="question-{n}"><h3>{_e(_t(lang, "question"))}</h3>'
        f'<p>{_e(_pick(item.get("question"), lang))}</p></div>'
    )
    parts.append(_facts(results, lang))
    for r, rnd in enumerate(results.rounds):
        parts.append(_round(n, r, rnd, results, lang))
    lines = "".join('<div class="line"></div>' for _ in range(4))
    parts.append(f'<div class="answer-lines"><h3>{_e(_t(lang, "your_answer"))}</h3>{lines}</div>')
    parts.append("</section>")
    return "".join(parts)


def _facts(results: Results, lang: str) -> str:
    election, electorate = results.election, results.electorate
    rows: list[str] = []
    head = " ".join(x for x in (election.organization, election.date) if x)
    if head:
        rows.append(f"<li>{_e(head)}</li>")
    seats = []
    for p in election.positions:
        label = f"{p.name}：{_t(lang, 'seats', n=p.seats)}"
        if p.reserved == "female":
            label += f"（{_t(lang, 'reserved_female', n=p.seats)}）"
        seats.append(label)
    rows.append(f"<li>{_e('；'.join(seats))}</li>")
    counts = []
    if election.members is not None:
        counts.append(_t(lang, "members", n=election.members))
    if electorate.expected is not None:
        counts.append(_t(lang, "expected", n=electorate.expected))
    if electorate.present is not None:
        counts.append(_t(lang, "present", n=electorate.present))
    if electorate.registered is not None:
        counts.append(_t(lang, "registered", n=electorate.registered))
    if counts:
        rows.append(f'<li class="key-counts">{"　".join(f"<b>{_e(c)}</b>" for c in counts)}</li>')
    out = [f'<div class="facts"><h3>{_e(_t(lang, "facts"))}</h3><ul>{"".join(rows)}</ul>']
    yes_no = {True: _t(lang, "yes"), False: _t(lang, "no")}
    if electorate.exclusions:
        rows = [
            [x.name, x.reason or "", yes_no[x.upper_approved], yes_no[x.meeting_approved]]
            for x in electorate.exclusions
        ]
        head = ["", "", _t(lang, "approved_upper"), _t(lang, "approved_meeting")]
        out.append(_plain_table(_t(lang, "exclusions"), head, rows))
    if any(c.gender for c in results.candidates):
        people = "、".join(
            f"{c.name}（{_t(lang, c.gender)}）" if c.gender in ("female", "male") else c.name
            for c in results.candidates
        )
        out.append(f'<p class="people">{_e(_t(lang, "candidates"))}：{_e(people)}</p>')
    if results.proxies:
        rows = [
            [p.principal, p.proxy, value_label("relation", p.relation, lang) if p.relation else "", yes_no[p.principal_voted_in_person]]
            for p in results.proxies
        ]
        head = [_t(lang, k) for k in ("principal", "proxy", "relation", "voted_in_person")]
        out.append(_plain_table(_t(lang, "proxies"), head, rows))
    out.append("</div>")
    return "".join(out)


def _round(n: int, r: int, rnd: Round, results: Results, lang: str) -> str:
    """One round: its seats and ballot counts, then the ballots drawn (or the recorded tally)."""
    heading = _e(_t(lang, "round", n=r + 1, kind=text(rnd.kind, lang)))
    out = [f'<div class="round" id="round-{n}-{r}"><h3>{heading}</h3>']
    seats = "；".join(f"{p.name}：{_t(lang, 'seats', n=p.seats)}" for p in rnd.positions)
    counts = [seats]
    if rnd.ballots is not None:
        b = rnd.ballots
        counts += [_t(lang, "issued", n=b.issued), _t(lang, "returned", n=b.returned)]
        if b.participants is not None:
            counts.append(_t(lang, "participants", n=b.participants))
        if rnd.ballot_records is None:
            counts += [
                _t(lang, k, n=v)
                for k, v in (("valid", b.valid), ("invalid", b.invalid))
                if v is not None
            ]
    out.append(f'<p class="key-counts">{"　".join(f"<b>{_e(c)}</b>" for c in counts)}</p>')
    if rnd.stations:
        rows = [
            [
                _station_name(s.name, s.mobile, lang),
                _t(lang, "station_counts", i=s.issued, r=s.returned),
            ]
            for s in rnd.stations
        ]
        out.append(_plain_table(_t(lang, "stations"), None, rows))
    if rnd.ballot_records is None:
        rows = [
            [pos, name, _t(lang, "votes", n=v)]
            for pos, votes in rnd.tally.items()
            for name, v in votes.items()
        ]
        out.append(_plain_table(_t(lang, "tally"), None, rows))
    else:
        drawn = _t(
            lang,
            "ballots_drawn",
            n=sum(rec.count for rec in rnd.ballot_records),
            k=len(rnd.ballot_records),
        )
        out.append(f'<p class="drawn">{_e(drawn)}</p>')
        for k, rec in enumerate(rnd.ballot_records):
            out.append(_ballot(f"{n}-{r}-{k}", k, rec, rnd, results, lang))
    out.append("</div>")
    return "".join(out)


def _station_name(name: str, mobile: bool, lang: str) -> str:
    label = _t(lang, "mobile")
    return f"{name}（{label}）" if mobile and label not in name and "流动" not in name else name


def _plain_table(caption: str, head: Sequence[str] | None, rows: Sequence[Sequence[str]]) -> str:
    """A small ruled table of plain text cells."""
    top = "<tr>" + "".join(f"<th>{_e(h)}</th>" for h in head) + "</tr>" if head else ""
    body = "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f'<table class="plain"><caption>{_e(caption)}</caption>{top}{body}</table>'


def _printed(rnd: Round, position: str) -> tuple[str, ...]:
    names = rnd.candidates.get(position)
    if names is not None:
        return tuple(names)
    return tuple(rnd.targets) or tuple(rnd.tally.get(position, {}))


def _write_in_columns(rnd: Round, position: str) -> int:
    """One 另选他人 column, more when some ballot of the round writes in more people."""
    widest = max(
        (len(rec.write_ins.get(position, ())) for rec in rnd.ballot_records or ()), default=0
    )
    return max(1, widest)


def _ballot_title(results: Results, rnd: Round, lang: str) -> str:
    org = results.election.organization or ""
    zh, en = _BALLOT_TITLE.get(results.election.kind, ("{org}选举票", "{org} ballot"))
    title = (zh if lang == "zh" else en).format(org=org).strip()
    suffix = _ROUND_SUFFIX.get(rnd.kind)
    if suffix:
        title += suffix[0] if lang == "zh" else suffix[1]
    return title


def _in_stroke_order(rnd: Round) -> bool:
    for p in rnd.positions:
        check = check_order(_printed(rnd, p.name))
        if not check.in_order or check.unknown:
            return False
    return True


def _ballot(where: str, k: int, rec: BallotRecord, rnd: Round, results: Results, lang: str) -> str:
    """Record ``k`` of a round drawn as one paper ballot; ``where`` is "item-round-record"."""
    flags = tuple(rec.flags)
    classes = ["ballot"] + [f"flag-{f}" for f in flags if f in _FLAGS]
    note = (
        f'<div class="stroke-note">{_e(_t(lang, "stroke_note"))}</div>'
        if _in_stroke_order(rnd)
        else ""
    )
    stamps = "".join(
        f'<span class="stamp" id="flag-{where}-{_e(f)}">{_e(_flag_text(f, lang))}</span>'
        for f in flags
    )
    doodle = _DOODLE if "identifying_mark" in flags else ""
    sections = "".join(
        _section(f"{where}-{p_index}", p.name, p.seats, rec, rnd, lang)
        for p_index, p in enumerate(rnd.positions)
    )
    count = _e(_t(lang, "count", n=rec.count))
    return (
        f'<div class="ballot-wrap" id="wrap-{where}">'
        f'<div class="ballot-tag"><span class="kind-no">{_e(_t(lang, "kind_no", n=k + 1))}</span>'
        f'<span class="count" id="count-{where}">{count}</span>{stamps}</div>'
        f'<div class="{" ".join(classes)}" id="ballot-{where}">'
        f'<div class="ballot-title">{_e(_ballot_title(results, rnd, lang))}</div>{note}{doodle}'
        f"{sections}"
        f'<div class="how-to">{_e(_t(lang, "how_to"))}</div></div></div>'
    )


def _flag_text(flag: str, lang: str) -> str:
    zh, en = _FLAGS.get(flag, (flag, flag))
    return zh if lang == "zh" else en


def _section(
    where: str, position: str, seats: int, rec: BallotRecord, rnd: Round, lang: str
) -> str:
    """One post's part of a ballot: names, 另选他人 columns, and a row of marking boxes.

    Box ids are ``mark-<where>-<j>`` for printed name j and ``wmark-<where>-<j>`` for write-in
    column j, ``where`` being "item-round-record-position".
    """
    printed = _printed(rnd, position)
    symbols = rec.marks.get(position, "")
    writes = tuple(rec.write_ins.get(position, ()))
    extra = _write_in_columns(rnd, position)
    names = "".join(f'<td class="name" rowspan="2">{_e(name)}</td>' for name in printed)
    rowhead = f"{_e(position)}<br><small>{_e(_t(lang, 'seats', n=seats))}</small>"
    head = (
        f'<tr><th class="rowhead" rowspan="2">{rowhead}</th>{names}'
        f'<td class="wi-head" colspan="{extra}">{_e(_t(lang, "write_in"))}</td></tr>'
    )
    written = "".join(
        f'<td class="wi-name">{_e(writes[j][0]) if j < len(writes) else ""}</td>'
        for j in range(extra)
    )
    boxes = "".join(
        _box(f"mark-{where}-{j}", symbols[j] if j < len(symbols) else " ")
        for j in range(len(printed))
    )
    boxes += "".join(
        _box(f"wmark-{where}-{j}", writes[j][1] if j < len(writes) else " ") for j in range(extra)
    )
    width = _table_width(len(printed) + extra)
    marks_head = f'<th class="rowhead">{_e(_t(lang, "marks_row"))}</th>'
    return (
        f'<table class="ballot-table" style="width: {width}">{head}<tr>{written}</tr>'
        f'<tr class="marks">{marks_head}{boxes}</tr></table>'
    )


def _table_width(columns: int) -> str:
    """Boxes about 2 cm wide as on common templates, narrower when many names share the row."""
    column = min(20.0, _NAMES_WIDTH_MM / columns)
    return f"{_ROWHEAD_MM + column * columns:.1f}mm"


def _box(box_id: str, symbol: str) -> str:
    """One marking box: the symbol drawn in ink as on paper (blank when the voter left it)."""
    shown = _ALIASES.get(symbol, symbol)
    if shown in _BLANK:
        inner = ""
    elif shown in _MARK_PATHS:
        width = "2.4" if shown == "?" else "3.2"
        inner = (
            f'<svg viewBox="0 0 40 40" aria-label="{_e(symbol)}"><path d="{_MARK_PATHS[shown]}" '
            f'stroke-width="{width}"/></svg>'
        )
    else:
        inner = f'<span class="glyph">{_e(symbol)}</span>'
    return f'<td class="box" id="{box_id}" data-symbol="{_e(symbol)}">{inner}</td>'


# A scrawl in the margin: the identifying mark a voter left on the paper.
_DOODLE = (
    '<svg class="doodle" viewBox="0 0 120 40" aria-hidden="true"><path d="M4 30C14 6 20 6 22 24'
    "C24 38 30 10 38 12C46 14 40 32 50 28C60 24 58 8 70 10C80 12 74 30 86 26C96 22 100 14 116 16"
    '" stroke-width="3"/><path d="M30 36L108 33" stroke-width="2.4"/></svg>'
)


# ---------------------------------------------------------------- answers


def _item_answer(n: int, item: Mapping[str, Any], lang: str) -> str:
    answer = item.get("answer") or {}
    steps = "".join(
        f'<li>{_e(_pick(step, lang))}{_rule_tags(step.get("rules", ()))}</li>'
        for step in item.get("steps", ())
    )
    outcome = "".join(_outcome_line(entry, lang) for entry in answer.get("outcome", ()))
    return (
        f'<article class="answer-item" id="answer-{n}">{_item_head(n, item, lang)}'
        f'<p class="answer"><b>{_e(_t(lang, "answer"))}：</b>{_e(_pick(answer, lang))}</p>'
        f'<h3>{_e(_t(lang, "outcome"))}</h3><ul class="outcome">{outcome}</ul>'
        f'<h3>{_e(_t(lang, "steps"))}</h3><ol class="steps">{steps}</ol></article>'
    )


def _rule_tags(rules: Sequence[str]) -> str:
    return "".join(f' <span class="rule">{_e(rule)}</span>' for rule in rules)


def _names_by_position(value: Any, lang: str) -> str:
    if isinstance(value, Mapping):
        return "；".join(
            f"{pos}：{'、'.join(map(str, names)) or _t(lang, 'none')}"
            for pos, names in value.items()
        )
    return "、".join(map(str, value or ())) or _t(lang, "none")


def _outcome_line(entry: Mapping[str, Any], lang: str) -> str:
    r = int(entry.get("round", 0)) + 1
    result = str(entry.get("result", ""))
    parts = [_t(lang, "round", n=r, kind=text(f"result.{result}", lang))]
    for key in ("elected", "nominated", "recalled"):
        if entry.get(key) is not None:
            parts.append(f"{_t(lang, key)}：{_names_by_position(entry[key], lang)}")
    threshold = entry.get("threshold")
    if isinstance(threshold, Mapping) and threshold.get("formula"):
        least = threshold.get("min_votes")
        extra = _t(lang, "at_least", n=least) if least is not None else ""
        parts.append(f"{_t(lang, 'threshold')}：{formula_words(str(threshold['formula']), lang)}{extra}")
    for pos, count in (entry.get("unfilled") or {}).items():
        parts.append(f"{pos} {_t(lang, 'unfilled', n=count)}")
    for pos, tie in (entry.get("tie_revote") or {}).items():
        names = "、".join(tie.get("candidates", ()))
        parts.append(f"{pos} {_t(lang, 'tied', names=names, n=tie.get('seats', ''))}")
    if entry.get("next_candidates"):
        parts.append(
            f"{_t(lang, 'next_candidates')}：{_names_by_position(entry['next_candidates'], lang)}"
        )
    tags = _rule_tags(
        [threshold["rule"]] if isinstance(threshold, Mapping) and threshold.get("rule") else []
    )
    return f"<li>{_e('　'.join(parts))}{tags}</li>"


# ---------------------------------------------------------------- document

_CSS = """
@page { size: A4; margin: 14mm 15mm; }
* { box-sizing: border-box; }
html { background: #d9d9d6; }
body { margin: 0; padding: 8mm 0; color: #111;
  font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", "宋体", "STSong",
    "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "微软雅黑",
    "WenQuanYi Micro Hei", serif;
  font-size: 10.5pt; line-height: 1.45; }
.page { width: 210mm; min-height: 297mm; margin: 0 auto 8mm; padding: 14mm 15mm; background: #fff;
  box-shadow: 0 1px 4px rgba(0,0,0,.25); }
h1 { font-size: 17pt; margin: 0 0 2mm; letter-spacing: .08em; text-align: center; }
h2 { font-size: 13pt; margin: 0; border-bottom: 1.5pt solid #111; padding-bottom: 1mm; }
h2 .no { display: inline-block; background: #111; color: #fff; padding: 0 2mm; margin-right: 2mm; }
h3 { font-size: 11pt; margin: 3mm 0 1mm; }
.sheet-head { margin-bottom: 5mm; }
.trainee { text-align: center; margin: 2mm 0; }
.intro, .meta { color: #555; font-size: 9pt; margin: 1mm 0; }
.facts ul { margin: 0; padding-left: 5mm; }
.key-counts b { font-weight: 700; }
.question { border: 1.2pt solid #111; padding: 1mm 3mm 2mm; margin: 3mm 0; background: #f4f4f0; }
.question h3 { margin-top: 1mm; }
.question p { margin: 0; font-size: 11pt; }
table.plain { border-collapse: collapse; margin: 2mm 0; font-size: 9.5pt; }
table.plain caption { text-align: left; font-weight: 700; }
table.plain td, table.plain th { border: .6pt solid #555; padding: .8mm 2mm; text-align: center; }
.drawn { margin: 2mm 0 1mm; font-weight: 700; }
.ballot-wrap { break-inside: avoid; page-break-inside: avoid; margin: 0 0 3.5mm; }
.ballot-tag { display: flex; align-items: center; gap: 2mm; font-size: 9pt; margin-bottom: .8mm; }
.ballot-tag .kind-no { color: #666; }
.ballot-tag .count { margin-left: auto; font-family: "Noto Sans CJK SC", "Source Han Sans SC",
  "Microsoft YaHei", "PingFang SC", sans-serif; font-weight: 700; font-size: 11pt;
  border: 1.2pt solid #111; border-radius: 1.5mm; padding: 0 2mm; }
.stamp { color: #c8102e; border: 1.6pt solid #c8102e; border-radius: 1mm; padding: 0 1.6mm;
  font-weight: 700; font-size: 10.5pt; letter-spacing: .1em; transform: rotate(-3deg);
  background: #fff0f0; }
.ballot { position: relative; border: 1pt solid #333; background: #fffef8; padding: 2.5mm 3mm 1.5mm;
  box-shadow: 1px 1px 0 #bbb; }
.ballot-title { text-align: center; font-weight: 700; font-size: 12.5pt; letter-spacing: .12em; }
.stroke-note { text-align: center; font-size: 8.5pt; margin-bottom: 1.2mm; }
table.ballot-table { display: inline-table; vertical-align: top; border-collapse: collapse;
  table-layout: fixed; margin: 1.2mm 3mm 1.2mm 0; }
table.ballot-table td, table.ballot-table th { border: .9pt solid #111; text-align: center;
  vertical-align: middle; padding: 0; }
table.ballot-table th.rowhead { width: 21mm; font-size: 9.5pt; font-weight: 700;
  line-height: 1.25; }
table.ballot-table th.rowhead small { font-weight: 400; font-size: 8pt; }
td.name { font-size: 11.5pt; letter-spacing: .05em; height: 9mm; padding: 0 .5mm; }
td.wi-head { font-size: 8.5pt; height: 4.5mm; background: #f1f1ec; }
td.wi-name { height: 6mm; color: #1b2a6b; font-size: 12pt;
  font-family: "KaiTi", "楷体", "STKaiti", "AR PL UKai CN", "Noto Serif CJK SC", serif; }
td.box { height: 11.5mm; }
td.box svg { display: block; width: 9mm; height: 9mm; margin: 0 auto; fill: none; stroke: #1b2a6b;
  stroke-linecap: round; stroke-linejoin: round; }
td.box .glyph { font-size: 16pt; color: #1b2a6b; }
.how-to { font-size: 7.5pt; color: #333; line-height: 1.3; }
.doodle { position: absolute; right: 4mm; top: 1.5mm; width: 24mm; height: 8mm; fill: none;
  stroke: #1b2a6b; stroke-linecap: round; stroke-linejoin: round; }
.flag-torn { clip-path: polygon(0 0, 100% 0, 100% 62%, 97% 70%, 98.5% 77%, 95.5% 84%, 97% 91%,
  93% 100%, 0 100%); }
.flag-unreadable::after { content: ""; position: absolute; inset: 30% 8% 10% 20%;
  background: radial-gradient(ellipse at 40% 55%, rgba(90,80,60,.55), rgba(90,80,60,.25) 45%,
  rgba(90,80,60,0) 70%); }
.answer-lines .line { border-bottom: .6pt solid #888; height: 8mm; }
.answer-item { break-inside: avoid; page-break-inside: avoid; margin-bottom: 6mm; }
.answer { margin: 2mm 0; font-size: 11pt; }
.outcome, .steps { margin: 0; padding-left: 6mm; }
.steps li { margin: .8mm 0; }
.rule { display: inline-block; font-family: "Noto Sans Mono CJK SC", "DejaVu Sans Mono", monospace;
  font-size: 8.5pt; border: .6pt solid #555; border-radius: 1mm; padding: 0 1mm; margin-left: 1mm;
  background: #f2f2f2; white-space: nowrap; }
@media print {
  html, body { background: none; padding: 0; }
  .page { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
  .item { break-before: page; page-break-before: always; }
  .item.first { break-before: auto; page-break-before: auto; }
  .question, .ballot, .stamp, td.wi-head, .rule, h2 .no { -webkit-print-color-adjust: exact;
    print-color-adjust: exact; }
}
"""


def _document(title: str, body: str, lang: str) -> str:
    html_lang = "zh-CN" if lang == "zh" else "en"
    return (
        f'<!DOCTYPE html>\n<html lang="{html_lang}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title><style>{_CSS}</style></head>"
        f"<body>{body}</body></html>\n"
    )
