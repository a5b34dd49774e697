"""Printable HTML worksheet and answer sheet for drill items.

``render(items, lang)`` lays out a training session for A4: each item under its number with its
question, the facts of the election, and only what the item shows (``item["show"]``: a round's
ballot counts, its tally, its polling stations, the ballots asked about, the candidates'
genders, the proxy register), then the questions to answer (tick a choice, write a number or
names). Ballots are drawn as they look on paper: the printed names in ballot order (surname
stroke order, P-ORDER-1), one box per name holding the hand-drawn mark, the 另选他人 columns,
the number of such ballots and any flag (作记号, 破损) in plain sight. Items flow on, several
to a page; a tally exercise (``kind`` ``tally``) starts a page with every ballot of its stack
numbered, and a blank tally sheet. The answer sheet has, per item, its id and seed, the right
answers, the explanation, the outcome and the numbered steps with their rule ids; for a tally
exercise each ballot's class and reason and the totals. Both documents are self-contained HTML:
inline CSS and SVG, no script, no network. Same items, byte-identical output.

Item contract (built by ``tallykit drill``, ``tallykit.training``): ``{"id", "seed", "family",
"topic", "title": {"zh","en"}, "question": {"zh","en"}, "answer": {"zh","en","outcome"},
"steps": [{"zh","en","rules"}], "scenario": <results-format dict>}``, and optionally ``"kind"``,
``"asks"``, ``"show"`` (without it every round and ballot is shown).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

from tallykit.text.words import Label
from tallykit.counting.explain import arithmetic
from tallykit.results import BallotRecord, Results, Round, parse_results
from tallykit.counting.strokes import check_order
from tallykit.text.texts import text
from tallykit.vocabulary import BallotFlag, Lang

__all__ = ["render"]


_FLAGS = tuple(BallotFlag)  # flags drawn on the paper (texts "flag.*")


# Ballot table geometry (mm): the row-head column and the room left for names on A4.
_ROWHEAD_MM = 21.0
_NAMES_WIDTH_MM = 145.0
_STACK_ROWHEAD_MM = 11.0

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


def _plural(n: int, word: str) -> str:
    """English count words: 1 seat, 3 seats."""
    return word if n == 1 else word + "s"


def _t(lang: Lang, key: str, **fields: Any) -> str:
    """The worksheet's word ``key`` (the catalogue's ``sheet.`` section); English counts agree
    with ``n``."""
    if lang == Lang.ZH:
        return text(f"sheet.{key}", lang, **fields)
    n = fields.get("n")
    count = n if isinstance(n, int) else 2
    return text(f"sheet.{key}", lang, seats=_plural(count, "seat"), items=_plural(count, "item"), **fields)


def _pick(pair: Mapping[str, Any] | None, lang: Lang) -> str:
    """The ``lang`` text of a {"zh","en"} pair, falling back to Chinese."""
    if not pair:
        return ""
    return str(pair.get(lang) or pair.get(Lang.ZH) or "")


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def render(items: Sequence[Mapping[str, Any]], lang: Lang = Lang.ZH) -> tuple[str, str]:
    """The worksheet and the answer sheet for ``items``, as two self-contained HTML documents.

    Raises InputError when an item's scenario is not a readable results file.

    >>> sheet, answers = render([])
    >>> sheet.startswith("<!DOCTYPE html>") and "答案与讲解" in answers
    True
    """
    parsed = [parse_results(item["scenario"]) for item in items]
    head = _sheet_head(len(items), lang)
    sheet_parts = [f'<section class="page sheet-lead">{head}</section>']
    answer_parts = []
    for n, (item, results) in enumerate(zip(items, parsed), start=1):
        sheet_parts.append(_item_sheet(n, item, results, lang))
        answer_parts.append(_item_answer(n, item, results, lang))
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


def _sheet_head(count: int, lang: Lang) -> str:
    return (
        f'<header class="sheet-head" id="sheet-head"><h1>{_e(_t(lang, "sheet"))} · '
        f'{_e(_t(lang, "worksheet"))}</h1><p class="trainee">{_e(_t(lang, "trainee"))}</p>'
        f'<p class="intro">{_e(_t(lang, "intro"))} {_e(_t(lang, "items", n=count))}</p></header>'
    )


def _item_head(n: int, item: Mapping[str, Any], lang: Lang) -> str:
    number = _e(_t(lang, "item", n=n))
    title = _e(_pick(item.get("title"), lang))
    return f'<h2><span class="no">{number}</span> {title}</h2>'


def _shown(item: Mapping[str, Any], results: Results) -> Mapping[str, Any]:
    """What the item shows; without a ``show`` entry, everything (every round's counts, tally,
    stations and ballots, the genders and the proxies)."""
    if item.get("show") is not None:
        return item["show"]  # type: ignore[no-any-return]
    rounds = list(range(len(results.rounds)))
    return {
        "counts": rounds,
        "tally": [r for r in rounds if results.rounds[r].ballot_records is None],
        "stations": rounds,
        "ballots": [
            [r, k] for r in rounds for k in range(len(results.rounds[r].ballot_records or ()))
        ],
        "all_ballots": False,
        "people": True,
        "proxies": True,
    }


def _item_sheet(n: int, item: Mapping[str, Any], results: Results, lang: Lang) -> str:
    """One item: number and title, question, facts, what it shows, and the answer space."""
    shown = _shown(item, results)
    stack = bool(shown.get("all_ballots"))
    classes = "item stack-item" if stack else "item"
    parts = [f'<section class="{classes}" id="item-{n}">', _item_head(n, item, lang)]
    parts.append(
        f'<div class="question" id="question-{n}"><p>{_e(_pick(item.get("question"), lang))}</p></div>'
    )
    parts.append(_facts(results, shown, lang))
    for r, rnd in enumerate(results.rounds):
        parts.append(_round(n, r, rnd, results, shown, lang))
    if stack:
        parts.append(_tally_sheet(results, lang))
    parts.append(_answer_space(n, item, lang))
    parts.append("</section>")
    return "".join(parts)


def _answer_space(n: int, item: Mapping[str, Any], lang: Lang) -> str:
    """The item's questions with boxes to tick or lines to fill (four lines without asks)."""
    asks = item.get("asks")
    if not asks:
        lines = "".join('<div class="line"></div>' for _ in range(4))
        return f'<div class="answer-lines"><h3>{_e(_t(lang, "your_answer"))}</h3>{lines}</div>'
    rows = []
    for j, ask in enumerate(asks, 1):
        prompt = _e(_pick(ask.get("prompt"), lang))
        if ask["kind"] == "choice":
            field = "".join(
                f'<span class="opt">☐ {_e(_pick(o, lang))}</span>' for o in ask["options"]
            )
        elif ask["kind"] == "number":
            field = '<span class="blank short"></span>'
        else:
            field = '<span class="blank long"></span>'
        rows.append(f'<li id="ask-{n}-{j}"><span class="prompt">{prompt}</span> {field}</li>')
    return f'<div class="asks"><h3>{_e(_t(lang, "your_answer"))}</h3><ol>{"".join(rows)}</ol></div>'


def _facts(results: Results, shown: Mapping[str, Any], lang: Lang) -> str:
    election, electorate = results.election, results.electorate
    bits: list[str] = []
    head = " ".join(x for x in (election.organization, election.date) if x)
    if head:
        bits.append(_e(head))
    seats = []
    for p in election.positions:
        label = f"{p.name}：{_t(lang, 'seats', n=p.seats)}"
        if p.reserved == "female":
            label += f"（{_t(lang, 'reserved_female')}）"
        seats.append(label)
    bits.append(_e("；".join(seats)))
    counts = []
    if election.members is not None:
        counts.append(_t(lang, "members", n=election.members))
    if electorate.expected is not None:
        counts.append(_t(lang, "expected", n=electorate.expected))
    if electorate.present is not None:
        counts.append(_t(lang, "present", n=electorate.present))
    if electorate.registered is not None:
        key = "representatives" if election.form == "group_representatives" else "registered"
        counts.append(_t(lang, key, n=electorate.registered))
    bits += [f"<b>{_e(c)}</b>" for c in counts]
    out = [f'<div class="facts"><p class="key-counts">{"　".join(bits)}</p>']
    yes_no = {True: _t(lang, "yes"), False: _t(lang, "no")}
    if electorate.exclusions:
        rows = [
            [x.name, x.reason or "", yes_no[x.upper_approved], yes_no[x.meeting_approved]]
            for x in electorate.exclusions
        ]
        head_row = [
            "",
            _t(lang, "reason"),
            _t(lang, "approved_upper"),
            _t(lang, "approved_meeting"),
        ]
        out.append(_plain_table(_t(lang, "exclusions"), head_row, rows))
    if shown.get("people") and any(c.gender for c in results.candidates):
        people = "、".join(
            f"{c.name}（{_t(lang, c.gender)}）" if c.gender in ("female", "male") else c.name
            for c in results.candidates
        )
        out.append(f'<p class="people">{_e(_t(lang, "candidates"))}：{_e(people)}</p>')
    if shown.get("proxies") and results.proxies:
        rows = [
            [p.principal, p.proxy, _relation(p.relation, lang), yes_no[p.principal_voted_in_person]]
            for p in results.proxies
        ]
        head_row = [_t(lang, k) for k in ("principal", "proxy", "relation", "voted_in_person")]
        out.append(_plain_table(_t(lang, "proxies"), head_row, rows))
    out.append("</div>")
    return "".join(out)


def _relation(relation: str | None, lang: Lang) -> str:
    if relation is None:
        return ""
    return Label("kinship", relation).words(lang)


def _round(
    n: int, r: int, rnd: Round, results: Results, shown: Mapping[str, Any], lang: Lang
) -> str:
    """What the item shows of one round: its counts, stations, tally and ballots."""
    ballots = [k for rr, k in shown.get("ballots", ()) if rr == r]
    stack = bool(shown.get("all_ballots")) and r == 0 and rnd.ballot_records is not None
    parts = []
    if r in shown.get("counts", ()):
        parts.append(_counts(rnd, lang))
    if r in shown.get("stations", ()) and rnd.stations:
        rows = [
            [
                _station_name(s.name, s.mobile, lang),
                _t(lang, "station_counts", i=s.issued, r=s.returned),
            ]
            for s in rnd.stations
        ]
        parts.append(_plain_table(_t(lang, "stations"), None, rows))
    if r in shown.get("tally", ()):
        parts.append(_tally(rnd, lang))
    if stack:
        records = rnd.ballot_records or ()
        parts.append(
            f'<p class="drawn">{_e(_t(lang, "stack", n=sum(x.count for x in records)))}</p>'
        )
        parts.append('<div class="stack">')
        parts += [
            _ballot(f"{n}-{r}-{k}", _t(lang, "ballot_no", n=k + 1), rec, rnd, results, lang, False)
            for k, rec in enumerate(records)
        ]
        parts.append("</div>")
    elif ballots and rnd.ballot_records is not None:
        everything = len(ballots) == len(rnd.ballot_records)
        label = (
            _t(
                lang,
                "ballots_drawn",
                n=sum(x.count for x in rnd.ballot_records),
                k=len(rnd.ballot_records),
            )
            if everything
            else _t(lang, "ballots_shown")
        )
        parts.append(f'<p class="drawn">{_e(label)}</p>')
        parts += [
            _ballot(
                f"{n}-{r}-{k}",
                _t(lang, "kind_no", n=k + 1),
                rnd.ballot_records[k],
                rnd,
                results,
                lang,
            )
            for k in ballots
        ]
    if not parts:
        return ""
    heading = _e(_t(lang, "round", n=r + 1, kind=text(rnd.kind, lang)))
    return f'<div class="round" id="round-{n}-{r}"><h3>{heading}</h3>{"".join(parts)}</div>'


def _counts(rnd: Round, lang: Lang) -> str:
    counts = ["；".join(f"{p.name}：{_t(lang, 'seats', n=p.seats)}" for p in rnd.positions)]
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
    return f'<p class="key-counts">{"　".join(f"<b>{_e(c)}</b>" for c in counts)}</p>'


def _tally(rnd: Round, lang: Lang) -> str:
    """The recorded votes, one line per post: each name with its votes, wrapping as needed."""
    rows = []
    for pos, votes in rnd.tally.items():
        cells = "".join(
            f'<span class="vote">{_e(name)} <b>{_e(_t(lang, "votes", n=v))}</b></span>'
            for name, v in votes.items()
        )
        rows.append(f'<div class="post"><span class="pos">{_e(pos)}</span>{cells}</div>')
    return f'<div class="tally"><p class="caption">{_e(_t(lang, "tally"))}</p>{"".join(rows)}</div>'


def _tally_sheet(results: Results, lang: Lang) -> str:
    """A blank 计票表 for the tally exercise: a row per printed candidate and two for write-ins,
    per post; then the ballot classes to fill in."""
    rnd = results.rounds[0]
    rows = []
    for p in rnd.positions:
        names = [*_printed(rnd, p.name), _t(lang, "writein_row"), _t(lang, "writein_row")]
        rows += [
            f"<tr><th>{_e(p.name)}</th><td>{_e(x)}</td><td class='marks'></td><td class='total'></td></tr>"
            for x in names
        ]
    head = (
        f"<tr><th></th><th>{_e(_t(lang, 'candidates'))}</th><th>{_e(_t(lang, 'sheet_marks'))}</th>"
        f"<th>{_e(_t(lang, 'sheet_total'))}</th></tr>"
    )
    return (
        f'<div class="tally-sheet"><table class="plain fill"><caption>{_e(_t(lang, "sheet_title"))}</caption>'
        f'{head}{"".join(rows)}</table><p class="classes">{_e(_t(lang, "sheet_classes"))}</p></div>'
    )


def _station_name(name: str, mobile: bool, lang: Lang) -> str:
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


# The body a party organisation's ballot names: 石门村党支部 → 石门村支部委员会.
_PARTY_BODY = (("党总支", "总支部委员会"), ("党支部", "支部委员会"), ("党委", "委员会"))


def _party_body(org: str) -> str:
    for suffix, body in _PARTY_BODY:
        if org.endswith(suffix):
            return org[: -len(suffix)] + body
    return org if org.endswith("委员会") else org + "委员会"


def _ballot_title(results: Results, rnd: Round, lang: Lang) -> str:
    """The heading printed on the ballot, from the election kind and the organisation's name
    (never a doubled 委员会: 石门村村民委员会 → 石门村村民委员会成员选举选票)."""
    org = results.election.organization or ""
    kind = results.election.kind
    if kind in ("party_officers", "party_branch_officers"):
        key = "party_officers"
    elif kind in ("party_committee", "recommendation", "recall"):
        key = kind
    elif org.endswith("委员会"):
        key = "committee"  # the organisation is named as the committee itself
    else:
        key = "residents_committee" if kind == "residents_committee" else "villagers_committee"
    title = _t(lang, f"ballot.{key}", org=org, body=_party_body(org)).strip()
    if rnd.kind in ("tie_revote", "supplementary", "preliminary"):
        title += _t(lang, f"ballot.{rnd.kind}")
    return title


def _in_stroke_order(rnd: Round) -> bool:
    for p in rnd.positions:
        check = check_order(_printed(rnd, p.name))
        if not check.in_order or check.unknown:
            return False
    return True


def _ballot(
    where: str,
    label: str,
    rec: BallotRecord,
    rnd: Round,
    results: Results,
    lang: Lang,
    with_count: bool = True,
) -> str:
    """One record of a round drawn as a paper ballot; ``where`` is "item-round-record"."""
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
    doodle = _DOODLE if BallotFlag.IDENTIFYING_MARK in flags else ""
    sections = "".join(
        _section(f"{where}-{p_index}", p.name, p.seats, rec, rnd, lang, not with_count)
        for p_index, p in enumerate(rnd.positions)
    )
    count = (
        f'<span class="count" id="count-{where}">{_e(_t(lang, "count", n=rec.count))}</span>'
        if with_count
        else ""
    )
    return (
        f'<div class="ballot-wrap" id="wrap-{where}">'
        f'<div class="ballot-tag"><span class="kind-no">{_e(label)}</span>'
        f"{count}{stamps}</div>"
        f'<div class="{" ".join(classes)}" id="ballot-{where}">'
        f'<div class="ballot-title">{_e(_ballot_title(results, rnd, lang))}</div>{note}{doodle}'
        f"{sections}"
        f'<div class="how-to">{_e(_t(lang, "how_to"))}</div></div></div>'
    )


def _flag_text(flag: str, lang: Lang) -> str:
    return text(f"flag.{flag}", lang)


def _section(
    where: str,
    position: str,
    seats: int,
    rec: BallotRecord,
    rnd: Round,
    lang: Lang,
    compact: bool = False,
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
    width = _table_width(len(printed) + extra, compact)
    marks_head = f'<th class="rowhead">{_e(_t(lang, "marks_row"))}</th>'
    return (
        f'<table class="ballot-table" style="width: {width}">{head}<tr>{written}</tr>'
        f'<tr class="marks">{marks_head}{boxes}</tr></table>'
    )


def _table_width(columns: int, compact: bool = False) -> str:
    """Boxes about 2 cm wide as on common templates, narrower when many names share the row;
    in a tally exercise's stack about 1.2 cm, so two small ballots or a whole villagers' ballot
    fit across the page."""
    if compact:
        return f"{_STACK_ROWHEAD_MM + min(12.5, _NAMES_WIDTH_MM / columns) * columns:.1f}mm"
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


def _item_answer(n: int, item: Mapping[str, Any], results: Results, lang: Lang) -> str:
    answer = item.get("answer") or {}
    meta = _t(lang, "meta", id=item.get("id", ""), seed=item.get("seed", ""))
    steps = "".join(
        f'<li>{_e(_pick(step, lang))}{_rule_tags(step.get("rules", ()))}</li>'
        for step in item.get("steps", ())
    )
    outcome = "".join(_outcome_line(entry, lang) for entry in answer.get("outcome", ()))
    right = _right_answers(item, lang)
    key = _stack_key(answer, lang) if answer.get("ballots") else ""
    return (
        f'<article class="answer-item" id="answer-{n}">{_item_head(n, item, lang)}'
        f'<p class="meta">{_e(meta)}</p>{right}'
        f'<p class="answer"><b>{_e(_t(lang, "answer"))}：</b>{_e(_pick(answer, lang))}</p>{key}'
        f'<h3>{_e(_t(lang, "outcome"))}</h3><ul class="outcome">{outcome}</ul>'
        f'<h3>{_e(_t(lang, "steps"))}</h3><ol class="steps">{steps}</ol></article>'
    )


def _right_answers(item: Mapping[str, Any], lang: Lang) -> str:
    asks = item.get("asks") or ()
    if not asks:
        return ""
    rows = []
    for ask in asks:
        if ask["kind"] == "choice":
            got = _pick(ask["options"][ask["answer"]], lang)
        elif ask["kind"] == "number":
            got = str(ask["answer"])
        else:
            got = text("sep.list", lang).join(ask["answer"]) or _t(lang, "none")
        prompt = _pick(ask["prompt"], lang).rstrip("？?")
        rows.append(f"<li>{_e(prompt)}{text('sep.colon', lang)}<b>{_e(got)}</b></li>")
    return f'<h3>{_e(_t(lang, "right"))}</h3><ol class="right">{"".join(rows)}</ol>'


def _stack_key(answer: Mapping[str, Any], lang: Lang) -> str:
    """The tally exercise's key: each ballot's class, reason and votes, then the totals."""
    sep = text("sep.list", lang)
    rows = []
    for b in answer["ballots"]:
        votes = "；".join(f"{p} {sep.join(ns)}" for p, ns in b["votes"].items() if ns)
        rows.append(
            f"<tr><td>{b['no']}</td><td>{_e(text(b['class'], lang))}</td>"
            f"<td>{_e(_pick(b['reason'], lang))} <span class='rules'>{_e(' '.join(b['rules']))}</span></td>"
            f"<td>{_e(votes)}</td></tr>"
        )
    head = "".join(
        f"<th>{_e(h)}</th>" for h in ("", _t(lang, "class"), _t(lang, "why"), _t(lang, "gets"))
    )
    t = answer["totals"]
    votes = "；".join(
        f"{p}：" + sep.join(f"{name} {v}" for name, v in per.items())
        for p, per in t["votes"].items()
    )
    classes = "　".join(f"{text(k, lang)} {t[k]}" for k in ("valid", "partly_valid", "invalid"))
    return (
        f'<h3>{_e(_t(lang, "key"))}</h3><table class="plain key"><tr>{head}</tr>{"".join(rows)}</table>'
        f'<p class="totals"><b>{_e(_t(lang, "totals"))}：</b>{_e(classes)}　{_e(votes)}</p>'
    )


def _rule_tags(rules: Sequence[str]) -> str:
    return "".join(f' <span class="rule">{_e(rule)}</span>' for rule in rules)


def _names_by_position(value: Any, lang: Lang) -> str:
    if isinstance(value, Mapping):
        return "；".join(
            f"{pos}：{'、'.join(map(str, names)) or _t(lang, 'none')}"
            for pos, names in value.items()
        )
    return "、".join(map(str, value or ())) or _t(lang, "none")


def _formula(formula: str, lang: Lang) -> str:
    """A threshold formula in the reader's words: ``2*votes > 45`` → ``2×得票 > 45``."""
    if lang == Lang.ZH:
        from tallykit.text.labels import formula_words

        return arithmetic(formula_words(formula))
    return arithmetic(formula.replace("*votes", "×votes"))


def _outcome_line(entry: Mapping[str, Any], lang: Lang) -> str:
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
        parts.append(f"{_t(lang, 'threshold')}：{_formula(threshold['formula'], lang)}{extra}")
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
@page { size: A4; margin: 12mm 13mm; }
* { box-sizing: border-box; }
html { background: #d9d9d6; }
body { margin: 0; padding: 8mm 0; color: #111;
  font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", "宋体", "STSong",
    "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "微软雅黑",
    "WenQuanYi Micro Hei", serif;
  font-size: 10pt; line-height: 1.4; }
.page { width: 210mm; margin: 0 auto 8mm; padding: 12mm 13mm; background: #fff;
  box-shadow: 0 1px 4px rgba(0,0,0,.25); }
.item { width: 210mm; margin: 0 auto; padding: 4mm 13mm; background: #fff; }
h1 { font-size: 16pt; margin: 0 0 1mm; letter-spacing: .08em; text-align: center; }
h2 { font-size: 11.5pt; margin: 0; border-bottom: 1.2pt solid #111; padding-bottom: .6mm; }
h2 .no { display: inline-block; background: #111; color: #fff; padding: 0 1.6mm; margin-right: 1.6mm; }
h3 { font-size: 10pt; margin: 1.6mm 0 .6mm; }
.sheet-head { margin-bottom: 1mm; }
.trainee { text-align: center; margin: 1mm 0; }
.intro, .meta { color: #555; font-size: 8.5pt; margin: .6mm 0; }
.facts p, .round p { margin: .6mm 0; }
.key-counts { font-size: 9pt; }
.key-counts b { font-weight: 700; }
.people { font-size: 9pt; }
.question { border: 1pt solid #111; padding: 1mm 2.5mm; margin: 1.6mm 0; background: #f4f4f0; }
.question p { margin: 0; font-size: 10.5pt; }
.round h3 { font-size: 9pt; color: #333; }
table.plain { border-collapse: collapse; margin: 1mm 0; font-size: 9pt; }
table.plain caption { text-align: left; font-weight: 700; font-size: 9pt; }
table.plain td, table.plain th { border: .6pt solid #555; padding: .5mm 1.6mm; text-align: center; }
.tally { margin: 1mm 0; font-size: 9pt; }
.tally .caption { font-weight: 700; margin: 0; }
.tally .post { display: flex; flex-wrap: wrap; gap: .6mm 3mm; margin: .4mm 0; }
.tally .pos { font-weight: 700; min-width: 12mm; }
.tally .vote { white-space: nowrap; border-bottom: .5pt dotted #888; }
.drawn { margin: 1mm 0 .6mm; font-weight: 700; font-size: 9pt; }
.ballot-wrap { break-inside: avoid; page-break-inside: avoid; margin: 0 0 2mm; }
.ballot-tag { display: flex; align-items: center; gap: 2mm; font-size: 8.5pt; margin-bottom: .5mm; }
.ballot-tag .kind-no { color: #666; }
.ballot-tag .count { margin-left: auto; font-family: "Noto Sans CJK SC", "Source Han Sans SC",
  "Microsoft YaHei", "PingFang SC", sans-serif; font-weight: 700; font-size: 10pt;
  border: 1.2pt solid #111; border-radius: 1.5mm; padding: 0 2mm; }
.stamp { color: #c8102e; border: 1.6pt solid #c8102e; border-radius: 1mm; padding: 0 1.6mm;
  font-weight: 700; font-size: 10pt; letter-spacing: .1em; transform: rotate(-3deg);
  background: #fff0f0; }
.ballot { position: relative; border: 1pt solid #333; background: #fffef8; padding: 1.6mm 2.5mm 1mm;
  box-shadow: 1px 1px 0 #bbb; }
.ballot-title { text-align: center; font-weight: 700; font-size: 11pt; letter-spacing: .1em; }
.stroke-note { text-align: center; font-size: 8pt; margin-bottom: .6mm; }
table.ballot-table { display: inline-table; vertical-align: top; border-collapse: collapse;
  table-layout: fixed; margin: .8mm 2.5mm .8mm 0; }
table.ballot-table td, table.ballot-table th { border: .9pt solid #111; text-align: center;
  vertical-align: middle; padding: 0; }
table.ballot-table th.rowhead { width: 21mm; font-size: 9pt; font-weight: 700; line-height: 1.2; }
table.ballot-table th.rowhead small { font-weight: 400; font-size: 7.5pt; }
td.name { font-size: 10.5pt; letter-spacing: .04em; height: 7.5mm; padding: 0 .5mm; }
td.wi-head { font-size: 8pt; height: 4mm; background: #f1f1ec; }
td.wi-name { height: 5mm; color: #1b2a6b; font-size: 11pt;
  font-family: "KaiTi", "楷体", "STKaiti", "AR PL UKai CN", "Noto Serif CJK SC", serif; }
td.box { height: 9.5mm; }
td.box svg { display: block; width: 7.5mm; height: 7.5mm; margin: 0 auto; fill: none; stroke: #1b2a6b;
  stroke-linecap: round; stroke-linejoin: round; }
td.box .glyph { font-size: 14pt; color: #1b2a6b; }
.how-to { font-size: 7pt; color: #333; line-height: 1.25; }
.doodle { position: absolute; right: 4mm; top: 1.2mm; width: 22mm; height: 7mm; fill: none;
  stroke: #1b2a6b; stroke-linecap: round; stroke-linejoin: round; }
.flag-torn { clip-path: polygon(0 0, 100% 0, 100% 62%, 97% 70%, 98.5% 77%, 95.5% 84%, 97% 91%,
  93% 100%, 0 100%); }
.flag-unreadable::after { content: ""; position: absolute; inset: 30% 8% 10% 20%;
  background: radial-gradient(ellipse at 40% 55%, rgba(90,80,60,.55), rgba(90,80,60,.25) 45%,
  rgba(90,80,60,0) 70%); }
.stack { display: flex; flex-wrap: wrap; gap: 0 3mm; }
.stack .ballot-wrap { margin-bottom: 1.6mm; }
.stack .how-to, .stack .stroke-note { display: none; }
.stack .ballot-title { font-size: 8.5pt; letter-spacing: 0; }
.stack table.ballot-table { margin: .5mm 1.5mm .5mm 0; }
.stack table.ballot-table th.rowhead { width: 11mm; font-size: 7.5pt; }
.stack table.ballot-table th.rowhead small { font-size: 6.5pt; }
.stack td.name { font-size: 8.5pt; height: 6mm; letter-spacing: 0; }
.stack td.wi-head { font-size: 6.5pt; }
.stack .ballot { padding: 1mm 1.5mm .5mm; }
.stack td.box { height: 7.5mm; }
.stack td.box svg { width: 6mm; height: 6mm; }
.tally-sheet { break-inside: avoid; page-break-inside: avoid; }
table.fill td.marks { width: 70mm; }
table.fill td.total { width: 18mm; }
table.fill td, table.fill th { height: 6.5mm; }
.classes { font-size: 9.5pt; }
.asks ol, .answer-lines { margin: 0; padding-left: 5mm; font-size: 9.5pt; }
.asks li { margin: .8mm 0; }
.asks .opt { display: inline-block; margin-right: 4mm; }
.asks .blank { display: inline-block; border-bottom: .6pt solid #555; height: 4mm; vertical-align: bottom; }
.asks .blank.short { width: 22mm; }
.asks .blank.long { width: 95mm; }
.answer-lines .line { border-bottom: .6pt solid #888; height: 7mm; }
.answer-item { break-inside: avoid; page-break-inside: avoid; margin-bottom: 4mm; }
.answer { margin: 1.4mm 0; font-size: 10pt; }
.outcome, .steps, .right { margin: 0; padding-left: 6mm; }
.steps { font-size: 8.5pt; }
.steps li { margin: .3mm 0; }
table.key { font-size: 8pt; }
table.key td { text-align: left; }
.rules { color: #555; font-size: 7.5pt; }
.rule { display: inline-block; font-family: "Noto Sans Mono CJK SC", "DejaVu Sans Mono", monospace;
  font-size: 7.5pt; border: .6pt solid #555; border-radius: 1mm; padding: 0 1mm; margin-left: 1mm;
  background: #f2f2f2; white-space: nowrap; }
@media print {
  html, body { background: none; padding: 0; }
  .page, .item { width: auto; margin: 0; padding: 0; box-shadow: none; }
  .item { break-inside: avoid; page-break-inside: avoid; padding: 2.5mm 0 3mm;
    border-bottom: .6pt dashed #999; }
  .stack-item { break-before: page; page-break-before: always; break-inside: auto;
    page-break-inside: auto; border-bottom: none; }
  .question, .ballot, .stamp, td.wi-head, .rule, h2 .no { -webkit-print-color-adjust: exact;
    print-color-adjust: exact; }
}
"""


def _document(title: str, body: str, lang: Lang) -> str:
    html_lang = "zh-CN" if lang == Lang.ZH else "en"
    return (
        f'<!DOCTYPE html>\n<html lang="{html_lang}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title><style>{_CSS}</style></head>"
        f"<body>{body}</body></html>\n"
    )
