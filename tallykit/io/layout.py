"""The 计票表 layout: a results document (the dict ``parse_results`` takes) ⇄ sheets, with a
map from every JSON pointer read to the cell it came from.

Sheets (see docs/format.md, "计票表"):

- ``选举``: one row per item (项目 | 填写 | 说明) — kind, profile, organisation, date, electorate,
  officials, recall initiation — then the tables 【职位】 and 【不计入应到会人员】;
- ``候选人``: one row per person (姓名, 候选职位, 性别, 出生日期 …);
- ``第1轮``, ``第2轮`` …: the round's items (类型, 发出/收回/有效/无效, 宣布本轮无效, 下一步), then
  【得票】: a row 应选名额 and one row per person — name entered once — with a column group per
  post (得票, 不赞成, 弃权), 列入选票 (the post whose ballot prints the name; empty for a write-in;
  row order is ballot order) and 宣布当选; then 【投票站】;
- ``人员``: 【委托投票】, 【亲属关系】, 【选民名单】, 【选举委员会】, 【监督委员会】, 【代表】;
- ``时间节点``: one row per procedural date;
- ``其他``: anything the tables cannot hold (ballot records, a profile with settings, extensions…),
  one row per JSON pointer with its JSON value, so that conversion loses nothing.

Items are found by their label in column A and tables by their 【title】, so a clerk may insert
rows; sheets named otherwise (填表说明, 示例…) are not read. Closed values are written and read as
Chinese words (tallykit.text.labels).
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Iterable, Sequence
from typing import Any

import msgspec

from tallykit.errors import InputError
from tallykit.io.sheets import Cell, Grid, SheetOut
from tallykit.text.labels import ENUMS, FIELDS, canonical, choices, parse_bool, profile_id, profile_label, value_label
from tallykit.results import FORMAT_ID, TIMELINE_FIELDS

PARTY = ("party_committee", "party_officers", "party_branch_officers", "recommendation")
VILLAGE = ("villagers_committee", "residents_committee")

SHEET_ELECTION, SHEET_CANDIDATES, SHEET_PEOPLE = "选举", "候选人", "人员"
SHEET_TIMELINE, SHEET_OTHER = "时间节点", "其他"
ROUND_SHEET = re.compile(r"^第(\d+)轮$")
NO_NEXT = "选举完成"  # 下一步: the round's declaration says nothing follows
WRITE_IN = "另选他人"
SPLIT = re.compile(r"[、，,；;／/\s]+")


class Field(msgspec.Struct, frozen=True):
    """One item row: its label, JSON pointer (relative for round items), type and hint."""

    label: str
    pointer: str
    type: str  # text, int, date, enum, bool, names, profile, next
    domain: str | None = None
    hint: str = ""
    kinds: tuple[str, ...] | None = None  # election kinds the template shows it for


class Column(msgspec.Struct, frozen=True):
    header: str
    key: str
    type: str  # text, int, date, enum, bool, names, flags
    domain: str | None = None
    width: int = 12


class Table(msgspec.Struct, frozen=True):
    """A list of objects at ``pointer``, one per row, under the title 【title】."""

    title: str
    pointer: str
    columns: tuple[Column, ...]
    kinds: tuple[str, ...] | None = None
    hint: str = ""


ELECTION_FIELDS = (
    Field("选举类型", "/election/kind", "enum", "election.kind", "从下拉列表选择"),
    Field("规则版本", "/profile", "profile", None, "可不填：按选举类型使用默认规则版本"),
    Field("组织名称", "/election/organization", "text", hint="如 东风村民委员会、东风村党支部"),
    Field("组织类型", "/election/org_type", "enum", "election.org_type", kinds=PARTY),
    Field("选举日期", "/election/date", "date", hint="年-月-日，如 2021-01-15"),
    Field("正式党员人数", "/election/members", "int", kinds=PARTY),
    Field("户数", "/election/households", "int", kinds=VILLAGE),
    Field("人口", "/election/population", "int", kinds=VILLAGE),
    Field("居委会选举形式", "/election/form", "enum", "election.form", kinds=("residents_committee",)),
    Field("应到会有选举权人数", "/electorate/expected", "int", hint="已扣除经批准不计入的人员", kinds=PARTY),
    Field("实到会有选举权人数", "/electorate/present", "int", kinds=PARTY),
    Field("登记选民数", "/electorate/registered", "int", hint="选民名单最终登记人数", kinds=(*VILLAGE, "recall")),
    Field("新一届委员会委员", "/election/committee", "names", hint="书记、副书记选举：只有新一届委员会委员可当选", kinds=("party_officers",)),
    Field("监票人", "/officials/scrutineers", "names", hint="多人用顿号“、”分隔"),
    Field("计票人", "/officials/counters", "names", hint="多人用顿号“、”分隔"),
    Field("代写人", "/officials/assisted_writers", "names", hint="多人用顿号“、”分隔", kinds=(*VILLAGE, "recall")),
    Field("罢免发起方式", "/initiation/by", "enum", "initiation.by", kinds=("recall",)),
    Field("联名人数", "/initiation/signatures", "int", kinds=("recall",)),
    Field("有权联名人数", "/initiation/eligible", "int", kinds=("recall",)),
    Field("代表总数", "/initiation/representatives_total", "int", kinds=("recall",)),
)

ROUND_FIELDS = (
    Field("轮次类型", "kind", "enum", "round.kind", "从下拉列表选择"),
    Field("投票日期", "date", "date", "可不填：同选举日期"),
    Field("发出选票", "ballots/issued", "int"),
    Field("收回选票", "ballots/returned", "int"),
    Field("有效票", "ballots/valid", "int"),
    Field("无效票", "ballots/invalid", "int"),
    Field("参加投票人数", "ballots/participants", "int", hint="与收回选票数不同时填写", kinds=(*VILLAGE, "recall")),
    Field("宣布本轮无效", "declared/void", "bool", hint="会议宣布本轮选举无效时填“是”"),
    Field("无效原因", "declared/void_reason", "text"),
    Field("下一步", "declared/next", "next", "declared.next", "会议宣布的下一步；名额选满填“选举完成”"),
    Field("减少后名额", "declared/seats_after_reduction", "int", hint="经决定减少名额时填写"),
)

TIMELINE_ROWS = tuple(Field(FIELDS[key][0], f"/timeline/{key}", "date") for key in TIMELINE_FIELDS)

_PERSON = (
    Column("姓名", "name", "text"),
    Column("性别", "gender", "enum", "gender", 8),
    Column("出生日期", "birth_date", "date"),
    Column("民族", "ethnicity", "text", width=8),
)

TABLES = (
    Table(
        "职位",
        "/election/positions",
        (Column("职位", "name", "text"), Column("应选名额", "seats", "int"), Column("专职专选", "reserved", "enum", "position.reserved")),
        hint="按职务高低排列，如 主任 1、副主任 1、委员 3；专职专选的妇女委员另起一行并在“专职专选”填“女”",
    ),
    Table(
        "不计入应到会人员",
        "/electorate/exclusions",
        (
            Column("姓名", "name", "text"),
            Column("原因", "reason", "text", width=20),
            Column("上级批准", "upper_approved", "bool", "bool"),
            Column("会议同意", "meeting_approved", "bool", "bool"),
        ),
        kinds=PARTY,
        hint="经上级党组织批准、党员大会同意不计入应到会人数的党员",
    ),
    Table(
        "候选人",
        "/candidates",
        (
            Column("姓名", "name", "text"),
            Column("编号", "id", "text", width=8),
            Column("候选职位", "positions", "names"),
            Column("性别", "gender", "enum", "gender", 8),
            Column("民族", "ethnicity", "text", width=8),
            Column("出生日期", "birth_date", "date"),
            Column("入党日期", "party_since", "date"),
            Column("文化程度", "education", "text"),
            Column("现任", "incumbent", "bool", "bool", 8),
            Column("特殊情形", "flags", "flags", "candidate.flag", 16),
        ),
        hint="每人一行；同名者填编号。特殊情形如 预备党员、未登记为选民（多项用顿号分隔）",
    ),
    Table(
        "委托投票",
        "/proxies",
        (
            Column("委托人", "principal", "text"),
            Column("受托人", "proxy", "text"),
            Column("关系", "relation", "enum", "relation"),
            Column("登记日期", "registered_on", "date"),
            Column("委托人亲自投票", "principal_voted_in_person", "bool", "bool", 14),
            Column("已计票", "counted", "bool", "bool", 8),
        ),
        kinds=(*VILLAGE, "recall"),
    ),
    Table(
        "亲属关系",
        "/relations",
        (Column("甲", "a", "text"), Column("乙", "b", "text"), Column("关系", "relation", "enum", "relation")),
        hint="候选人、工作人员之间的亲属关系（用于回避检查）",
    ),
    Table(
        "选民名单",
        "/voters",
        (
            Column("姓名", "name", "text"),
            Column("出生日期", "birth_date", "date"),
            Column("身份", "status", "enum", "voter.status", 16),
            Column("登记类别", "registration", "enum", "voter.registration", 22),
            Column("同意日期", "approved_on", "date"),
        ),
        hint="需要核查的选民（可只列一部分）",
    ),
    Table("选举委员会", "/election_commission", (*_PERSON, Column("已退出", "withdrew", "bool", "bool", 8)), kinds=(*VILLAGE, "recall")),
    Table("监督委员会", "/supervisory_committee", _PERSON, kinds=(*VILLAGE, "recall")),
    Table("代表", "/representatives", _PERSON, kinds=(*VILLAGE, "recall")),
)
TABLE_SHEET = {"职位": SHEET_ELECTION, "不计入应到会人员": SHEET_ELECTION, "候选人": SHEET_CANDIDATES}
STATIONS = Table(
    "投票站",
    "stations",
    (
        Column("名称", "name", "text", width=16),
        Column("流动票箱", "mobile", "bool", "bool"),
        Column("发出选票", "issued", "int"),
        Column("收回选票", "returned", "int"),
    ),
    hint="设投票站或流动票箱时逐个填写",
)
TALLY_TITLE = "得票"
SEATS_LABEL = "应选名额"
PART_VOTES, PART_DISAPPROVE, PART_ABSTAIN = "得票", "不赞成", "弃权"
DECLARED_HEADER = {"recall": "宣布罢免", "recommendation": "确定人选"}


def declared_header(kind: str | None) -> str:
    return DECLARED_HEADER.get(kind or "", "宣布当选")


# ---------------------------------------------------------------- where a pointer was read


class Spot(msgspec.Struct, frozen=True):
    sheet: str
    row: int
    col: int


class SourceMap:
    """JSON pointer → the cell it was read from; a pointer without a cell of its own is shown at
    its nearest parent's cell (the table or item it belongs to)."""

    def __init__(self, grids: Sequence[Grid] = ()) -> None:
        self.spots: dict[str, Spot] = {}
        self.grids = {g.name: g for g in grids}

    def add(self, pointer: str, sheet: str, row: int, col: int) -> None:
        self.spots.setdefault(pointer, Spot(sheet, row, col))

    def place(self, pointer: str) -> str | None:
        """``第1轮!C7`` for ``pointer`` or its nearest parent; None when nothing fits."""
        p = pointer
        while True:
            spot = self.spots.get(p)
            if spot is not None:
                grid = self.grids.get(spot.sheet)
                return grid.place(spot.row, spot.col) if grid else f"{spot.sheet}!{_ref(spot.row, spot.col)}"
            if not p:
                return None
            p = p.rsplit("/", 1)[0]

    def under(self, prefix: str) -> list[Spot]:
        return [s for p, s in self.spots.items() if p == prefix or p.startswith(prefix + "/")]


def _ref(row: int, col: int) -> str:
    from tallykit.io.sheets import column_letter

    return f"{column_letter(col)}{row + 1}"


# ---------------------------------------------------------------- reading


class _Book:
    """Reads grids into the document, recording cells and every error."""

    def __init__(self, grids: Sequence[Grid]) -> None:
        self.grids = list(grids)
        self.map = SourceMap(grids)
        self.errors: list[InputError] = []
        self.doc: dict[str, Any] = {"format": FORMAT_ID}
        self.other: dict[str, tuple[Any, Grid, int]] = {}

    def error(
        self, grid: Grid, row: int, col: int, pointer: str, rule: str, key: str, value: object = None,
        **fields: object,
    ) -> None:
        """Record the input error worded ``error.<key>`` at a cell."""
        place = grid.place(row, col)
        self.errors.append(InputError.worded(key, path=pointer, rule=rule, value=value, place=place, **fields))

    def put(self, pointer: str, value: Any, grid: Grid, row: int, col: int) -> None:
        put(self.doc, pointer, value)
        self.map.add(pointer, grid.name, row, col)

    def convert(self, raw: Any, type_: str, domain: str | None, grid: Grid, row: int, col: int, pointer: str) -> Any:
        """A cell's value as the document's type, or _BAD after recording why not."""
        try:
            return cell_value(raw, type_, domain)
        except _CellError as exc:
            self.error(grid, row, col, pointer, exc.rule, exc.key, raw, **exc.fields)
            return _BAD

    # -- items (label | value)

    def items(self, grid: Grid, fields: Sequence[Field], base: str, stop: int | None = None) -> None:
        by_label = {f.label: f for f in fields}
        for r, row in enumerate(grid.rows[:stop]):
            label = _label(row[0] if row else None)
            f = by_label.get(label or "")
            if f is None:
                continue
            pointer = f"{base}/{f.pointer}" if base else f.pointer
            # the cell to fill is where a missing value is reported, even while it is empty
            self.map.add(pointer, grid.name, r, 1)
            self.map.add(pointer.rsplit("/", 1)[0], grid.name, r, 1)
            raw = grid.value(r, 1)
            if raw is None:
                continue
            value = self.convert(raw, f.type, f.domain, grid, r, 1, pointer)
            if value is _BAD:
                continue
            if f.type == "next":
                put(self.doc, pointer.rsplit("/", 1)[0], self._get(pointer.rsplit("/", 1)[0]) or {})
                self.map.add(pointer.rsplit("/", 1)[0], grid.name, r, 1)
                if value is None:
                    self.map.add(pointer, grid.name, r, 1)
                    continue
            self.put(pointer, value, grid, r, 1)

    def _get(self, pointer: str) -> Any:
        return get(self.doc, pointer)

    # -- tables

    def table(self, grid: Grid, spec: Table, base: str, start: int) -> int:
        """Rows of the table whose title is at row ``start``; returns the row after it."""
        head = start + 1
        columns = self._columns(grid, head, spec.columns)
        r = head + 1
        n = 0
        while r < len(grid.rows) and not _is_title(grid.value(r, 0)):
            row = grid.rows[r]
            if not any(v is not None for v in row):
                r += 1
                if r < len(grid.rows) and not any(v is not None for v in grid.rows[r]):
                    break
                continue
            here = f"{base}{spec.pointer}/{n}" if base else f"{spec.pointer}/{n}"
            item: dict[str, Any] = {}
            for c, col in columns.items():
                raw = grid.value(r, c)
                if raw is None:
                    continue
                value = self.convert(raw, col.type, col.domain, grid, r, c, f"{here}/{col.key}")
                if value is not _BAD:
                    item[col.key] = value
                    self.map.add(f"{here}/{col.key}", grid.name, r, c)
            if item:
                self.map.add(here, grid.name, r, 0)
                lst = self._get(f"{base}{spec.pointer}" if base else spec.pointer)
                if lst is None:
                    put(self.doc, f"{base}{spec.pointer}" if base else spec.pointer, [])
                    self.map.add(f"{base}{spec.pointer}" if base else spec.pointer, grid.name, start, 0)
                put(self.doc, here, item)
                n += 1
            r += 1
        return r

    def _columns(self, grid: Grid, head: int, specs: Sequence[Column]) -> dict[int, Column]:
        by_header = {c.header: c for c in specs}
        out = {}
        for c, v in enumerate(grid.rows[head] if head < len(grid.rows) else ()):
            col = by_header.get(_label(v) or "")
            if col is not None:
                out[c] = col
        return out

    def tables(self, grid: Grid, specs: Sequence[Table], base: str = "") -> None:
        by_title = {t.title: t for t in specs}
        r = 0
        while r < len(grid.rows):
            title = _title(grid.value(r, 0))
            spec = by_title.get(title or "")
            if spec is not None:
                r = self.table(grid, spec, base, r)
            else:
                r += 1

    # -- rounds

    def round(self, grid: Grid, index: int) -> None:
        base = f"/rounds/{index}"
        put(self.doc, base, {})
        self.map.add(base, grid.name, 0, 0)
        tally_at = next((r for r in range(len(grid.rows)) if _title(grid.value(r, 0)) == TALLY_TITLE), None)
        self.items(grid, ROUND_FIELDS, base, stop=tally_at)
        kind = get(self.doc, f"{base}/kind")
        if tally_at is not None:
            self.tally(grid, tally_at, base, kind)
        self.tables(grid, (STATIONS,), base + "/")

    def tally(self, grid: Grid, start: int, base: str, kind: str | None) -> None:
        seats_row, head = start + 1, start + 2
        if _label(grid.value(seats_row, 0)) != SEATS_LABEL:
            seats_row, head = None, start + 1
        posts: dict[str, dict[str, int]] = {}  # post → part → column
        name_col = decl_col = listed_col = None
        decl_header = declared_header(kind)
        for c, v in enumerate(grid.rows[head] if head < len(grid.rows) else ()):
            text = _label(v)
            if not text:
                continue
            if text == "姓名":
                name_col = c
            elif text == "列入选票":
                listed_col = c
            elif text in ("宣布当选", "确定人选", "宣布罢免"):
                decl_col = c
                decl_header = text
            else:
                for part in (PART_DISAPPROVE, PART_ABSTAIN, PART_VOTES):
                    if text.endswith(part) and len(text) > len(part):
                        posts.setdefault(text[: -len(part)].strip(), {})[part] = c
                        break
        if name_col is None:
            self.error(grid, head, 0, base, "FMT-SHEET", "sheet_no_name_column")
            return
        override = self.other.get(f"{base}/positions")
        positions = []
        for post, parts in posts.items():
            c = parts.get(PART_VOTES, min(parts.values()))
            raw = grid.value(seats_row, c) if seats_row is not None else None
            if raw is None:
                continue
            here = f"{base}/positions/{len(positions)}"
            seats = self.convert(raw, "int", None, grid, seats_row, c, f"{here}/seats")
            if seats is _BAD:
                seats = 0
            positions.append({"name": post, "seats": seats})
            self.map.add(here, grid.name, seats_row, c)
            self.map.add(f"{here}/seats", grid.name, seats_row, c)
            self.map.add(f"{here}/name", grid.name, head, c)
        if positions:
            put(self.doc, f"{base}/positions", positions)
            self.map.add(f"{base}/positions", grid.name, seats_row or head, 0)
        at_stake = {p["name"] for p in positions} if override is None else {p.get("name") for p in override[0] if isinstance(p, dict)}
        if kind == "recall" and not at_stake:
            at_stake = {"罢免"}  # a recall round without seats: the format's default post
        printed: dict[str, list[str]] = {}
        tally: dict[str, dict[str, int]] = {}
        marks: dict[str, dict[str, dict[str, int]]] = {}
        declared: dict[str, list[str]] = {}
        declared_any = False
        r = head + 1
        while r < len(grid.rows):
            name = grid.value(r, name_col)
            label = _label(name)
            if _is_title(name) or label in ("合计", "核对") or (label or "").startswith("核对"):
                break
            if name is None:
                if not any(v is not None for v in grid.rows[r]):
                    r += 1
                    continue
                self.error(grid, r, name_col, base, "FMT-SHEET", "sheet_votes_without_name")
                r += 1
                continue
            name = cell_value(name, "text", None)
            listed = grid.value(r, listed_col) if listed_col is not None else None
            for post in _posts_in(listed):
                if post == WRITE_IN:
                    continue
                if post not in posts and post not in at_stake:
                    self.error(grid, r, listed_col, f"{base}/candidates", "FMT-REFERENCE", "sheet_not_a_post", post, post=post)
                    continue
                lst = printed.setdefault(post, [])
                self.map.add(f"{base}/candidates/{_tok(post)}/{len(lst)}", grid.name, r, listed_col)
                self.map.add(f"{base}/targets/{len(printed.get(post, [])) - 1}", grid.name, r, listed_col)
                lst.append(name)
            for post, parts in posts.items():
                for part, c in parts.items():
                    raw = grid.value(r, c)
                    if raw is None:
                        continue
                    if post not in at_stake:
                        self.error(grid, r, c, base, "FMT-SHEET", "sheet_figures_without_seats", raw, post=post, part=part)
                        continue
                    key = f"{base}/tally/{_tok(post)}/{_tok(name)}" if part == PART_VOTES else (
                        f"{base}/marks/{_tok(post)}/{_tok(name)}/{'disapprove' if part == PART_DISAPPROVE else 'abstain'}"
                    )
                    n = self.convert(raw, "int", None, grid, r, c, key)
                    if n is _BAD:
                        continue
                    self.map.add(key, grid.name, r, c)
                    if part == PART_VOTES:
                        tally.setdefault(post, {})[name] = n
                        self.map.add(f"{base}/tally/{_tok(post)}", grid.name, head, c)
                    else:
                        marks.setdefault(post, {}).setdefault(name, {})[
                            "disapprove" if part == PART_DISAPPROVE else "abstain"
                        ] = n
            if decl_col is not None and grid.value(r, decl_col) is not None:
                declared_any = True
                raw = grid.value(r, decl_col)
                if decl_header == "宣布罢免":
                    yes = parse_bool(raw) if _label(raw) != "罢免" else True
                    if yes is None:
                        self.error(grid, r, decl_col, f"{base}/declared/recalled", "FMT-ENUM", "yes_or_no", raw)
                    elif yes:
                        lst = declared.setdefault("罢免", [])
                        self.map.add(f"{base}/declared/recalled/{len(lst)}", grid.name, r, decl_col)
                        lst.append(name)
                else:
                    for post in _posts_in(raw):
                        if parse_bool(post) is False:
                            continue
                        if post not in at_stake:
                            self.error(grid, r, decl_col, f"{base}/declared", "FMT-REFERENCE", "sheet_not_a_round_post", post, post=post)
                            continue
                        lst = declared.setdefault(post, [])
                        key = "nominated" if decl_header == "确定人选" else "elected"
                        self.map.add(f"{base}/declared/{key}/{_tok(post)}/{len(lst)}", grid.name, r, decl_col)
                        lst.append(name)
            r += 1
        if kind == "recall":
            targets = list(dict.fromkeys(n for names in printed.values() for n in names))
            if targets:
                put(self.doc, f"{base}/targets", targets)
                self.map.add(f"{base}/targets", grid.name, head, listed_col or 0)
        elif printed:
            put(self.doc, f"{base}/candidates", printed)
            self.map.add(f"{base}/candidates", grid.name, head, listed_col or 0)
        if tally:
            put(self.doc, f"{base}/tally", tally)
            self.map.add(f"{base}/tally", grid.name, head, 0)
        if marks:
            put(self.doc, f"{base}/marks", marks)
            self.map.add(f"{base}/marks", grid.name, head, 0)
        decl = get(self.doc, f"{base}/declared")
        if declared_any or decl is not None:
            d = decl if isinstance(decl, dict) else {}
            if decl_col is not None:
                self.map.add(f"{base}/declared", grid.name, head, decl_col)
            if decl_header == "宣布罢免":
                d["recalled"] = declared.get("罢免", [])
            else:
                key = "nominated" if decl_header == "确定人选" else "elected"
                names_given = any(declared.values())
                if names_given or d.get("void") is not True:
                    order = [p["name"] for p in positions] or sorted(at_stake - {None})
                    d[key] = {p: declared.get(p, []) for p in order}
                else:
                    d[key] = {}
                if decl_col is not None:
                    self.map.add(f"{base}/declared/{key}", grid.name, head, decl_col)
                    for p in d[key]:
                        self.map.add(f"{base}/declared/{key}/{_tok(p)}", grid.name, head, decl_col)
            put(self.doc, f"{base}/declared", d)

    # -- the other sheet

    def read_other(self, grid: Grid) -> None:
        for r, row in enumerate(grid.rows):
            pointer = _label(row[0] if row else None)
            if not pointer or not pointer.startswith("/"):
                continue
            raw = grid.value(r, 1)
            try:
                value = json.loads(raw) if isinstance(raw, str) else raw
            except ValueError:
                self.error(grid, r, 1, pointer, "FMT-JSON", "sheet_content_json", raw)
                continue
            self.other[pointer] = (value, grid, r)

    def apply_other(self) -> None:
        for pointer, (value, grid, r) in self.other.items():
            if get(self.doc, pointer) not in (None, {}, []):
                self.error(grid, r, 0, pointer, "FMT-SHEET", "sheet_filled_twice", pointer)
                continue
            put(self.doc, pointer, value)
            self.map.spots.pop(pointer, None)
            self.map.add(pointer, grid.name, r, 1)


_BAD: Any = object()


class _CellError(Exception):
    """A cell that cannot be read: the rule and the wording (``error.<key>`` with ``fields``)."""

    def __init__(self, rule: str, key: str, **fields: object) -> None:
        super().__init__(key)
        self.rule, self.key, self.fields = rule, key, fields


def cell_value(raw: Any, type_: str, domain: str | None) -> Any:
    """A cell's value as the document holds it (Chinese words to canonical values)."""
    if type_ == "text":
        if isinstance(raw, float) and raw.is_integer():
            return str(int(raw))
        if isinstance(raw, datetime.date):
            return raw.isoformat()
        return str(raw).strip()
    if type_ == "int":
        if isinstance(raw, bool):
            raise _CellError("FMT-TYPE", "whole_number")
        if isinstance(raw, int):
            return raw
        if isinstance(raw, float) and raw.is_integer():
            return int(raw)
        if isinstance(raw, str) and re.fullmatch(r"[+-]?\d+", raw.strip()):
            return int(raw.strip())
        raise _CellError("FMT-TYPE", "whole_number")
    if type_ == "date":
        return _date(raw)
    if type_ == "bool":
        value = parse_bool(raw)
        if value is None:
            raise _CellError("FMT-ENUM", "yes_or_no")
        return value
    if type_ == "names":
        return [n for n in SPLIT.split(str(raw).strip()) if n]
    if type_ == "flags":
        known = tuple(ENUMS["candidate.flag"])
        return [canonical(n, known) or n for n in SPLIT.split(str(raw).strip()) if n]
    if type_ == "profile":
        from tallykit.profiles import BUILTIN

        return profile_id(str(raw).strip(), BUILTIN) or str(raw).strip()
    if type_ == "next":
        if _label(raw) in (NO_NEXT, "无", "完成"):
            return None
        type_ = "enum"
    if type_ == "enum":
        assert domain is not None
        found = canonical(str(raw).strip(), tuple(ENUMS[domain]))
        if found is None:
            words = " / ".join(choices(domain)) + (f" / {NO_NEXT}" if domain == "declared.next" else "")
            raise _CellError("FMT-ENUM", "enum", words=words, listed=" / ".join(ENUMS[domain]))
        return found
    raise AssertionError(type_)


def _date(raw: Any) -> str:
    if isinstance(raw, datetime.datetime):
        raw = raw.date()
    if isinstance(raw, datetime.date):
        return raw.isoformat()
    text = str(raw).strip()
    m = re.fullmatch(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?", text)
    if m:
        try:
            return datetime.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            pass
    raise _CellError("FMT-DATE", "cell_date")


def _label(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text.rstrip("：:*＊ ").strip() or None


def _title(value: Any) -> str | None:
    text = _label(value)
    if text and text.startswith("【") and "】" in text:
        return text[1 : text.index("】")]
    return None


def _is_title(value: Any) -> bool:
    return _title(value) is not None


def _posts_in(value: Any) -> list[str]:
    if value is None:
        return []
    return [p for p in SPLIT.split(str(value).strip()) if p]


def _tok(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def _untok(part: str) -> str:
    return part.replace("~1", "/").replace("~0", "~")


def get(doc: Any, pointer: str) -> Any:
    node = doc
    for part in [_untok(p) for p in pointer.split("/")[1:]] if pointer else []:
        if isinstance(node, dict):
            node = node.get(part)
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return None
    return node


def put(doc: dict[str, Any], pointer: str, value: Any) -> None:
    """Set ``value`` at ``pointer``, making objects and arrays on the way."""
    parts = [_untok(p) for p in pointer.split("/")[1:]]
    node: Any = doc
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        nxt = parts[i + 1] if not last else None
        make = (lambda: []) if nxt is not None and nxt.isdigit() else (lambda: {})
        if isinstance(node, list):
            k = int(part)
            while len(node) <= k:
                node.append(make() if not last else None)
            if last:
                node[k] = value
            else:
                if not isinstance(node[k], (dict, list)):
                    node[k] = make()
                node = node[k]
        else:
            if last:
                node[part] = value
            else:
                if not isinstance(node.get(part), (dict, list)):
                    node[part] = make()
                node = node[part]


def read_book(grids: Sequence[Grid]) -> tuple[dict[str, Any], SourceMap, list[InputError]]:
    """The results document the sheets hold, where each value came from, and every error."""
    book = _Book(grids)
    names = {g.name for g in grids}
    if SHEET_ELECTION not in names:
        book.errors.append(
            InputError.worded("no_election_sheet", path="/election", rule="FMT-SHEET", place=f"{SHEET_ELECTION}!A1", sheet=SHEET_ELECTION)
        )
    other = next((g for g in grids if g.name == SHEET_OTHER), None)
    if other is not None:
        book.read_other(other)
    rounds = sorted(((int(m[1]), g) for g in grids if (m := ROUND_SHEET.match(g.name))), key=lambda x: x[0])
    for g in grids:
        if g.name == SHEET_ELECTION:
            book.items(g, ELECTION_FIELDS, "")
            book.tables(g, TABLES)
        elif g.name == SHEET_TIMELINE:
            book.items(g, TIMELINE_ROWS, "")
        elif g.name in (SHEET_CANDIDATES, SHEET_PEOPLE):
            book.tables(g, TABLES)
    for i, (n, g) in enumerate(rounds):
        if n != i + 1:
            book.errors.append(
                InputError.worded("round_sheet_missing", path=f"/rounds/{i}", rule="FMT-SHEET", place=f"{g.name}!A1", i=i + 1)
            )
        book.round(g, i)
    book.apply_other()
    doc = book.doc
    doc.setdefault("election", {})
    doc.setdefault("electorate", {})
    doc.setdefault("candidates", [])
    doc.setdefault("rounds", [])
    if not rounds and not doc["rounds"]:
        book.errors.append(
            InputError.worded("no_round_sheet", path="/rounds", rule="FMT-SHEET", place=f"{SHEET_ELECTION}!A1")
        )
    if not isinstance(doc.get("profile"), (str, dict)):
        doc.pop("profile", None)
    return doc, book.map, book.errors


def sheet_of(pointer: str) -> str:
    """The sheet a pointer belongs to, for errors about something missing."""
    m = re.match(r"/rounds/(\d+)", pointer)
    if m:
        return f"第{int(m[1]) + 1}轮"
    top = pointer.split("/")[1] if pointer.count("/") else ""
    if top == "candidates":
        return SHEET_CANDIDATES
    if top == "timeline":
        return SHEET_TIMELINE
    if top in ("proxies", "relations", "voters", "election_commission", "supervisory_committee", "representatives"):
        return SHEET_PEOPLE
    return SHEET_ELECTION


# ---------------------------------------------------------------- writing


class Written(msgspec.Struct, frozen=True):
    """Sheets to write, the drop-down lists they use, and every written value's cell."""

    sheets: tuple[SheetOut, ...]
    options: dict[str, list[str]]


class _Sheet:
    """A sheet under construction."""

    def __init__(self, name: str, widths: Sequence[int] = ()) -> None:
        self.name = name
        self.rows: list[list[Cell]] = []
        self.widths = list(widths)

    def row(self, *cells: Cell) -> int:
        self.rows.append(list(cells))
        return len(self.rows) - 1

    def out(self, hidden: bool = False) -> SheetOut:
        return SheetOut(self.name, tuple(tuple(r) for r in self.rows), tuple(self.widths), hidden)


def _shown(value: Any, type_: str, domain: str | None) -> Any:
    """A document value as its cell shows it (Chinese words for closed values)."""
    if value is None:
        return None
    if type_ == "bool":
        return value_label("bool", bool(value))
    if type_ in ("names", "flags"):
        items = value if isinstance(value, list) else [value]
        if type_ == "flags":
            items = [value_label("candidate.flag", f) for f in items]
        return "、".join(str(v) for v in items)
    if type_ in ("enum", "next"):
        return value_label(domain or "", value)
    if type_ == "profile":
        return profile_label(value) if isinstance(value, str) else None
    return value


def _choices_name(domain: str | None, type_: str) -> str | None:
    if type_ == "bool":
        return "bool"
    if type_ == "next":
        return "declared.next"
    if type_ == "profile":
        return "profile"
    return domain if type_ == "enum" else None


def options() -> dict[str, list[str]]:
    """Every drop-down list, in Chinese."""
    from tallykit.profiles import BUILTIN

    out = {d: choices(d) for d in ENUMS if d not in ("severity", "status", "result", "mark")}
    out["declared.next"] = [NO_NEXT, *choices("declared.next")]
    out["profile"] = [profile_label(p) for p in sorted(BUILTIN)]
    return out


def _kv(sheet: _Sheet, f: Field, value: Any) -> None:
    sheet.row(
        Cell(f.label, "label"),
        Cell(_shown(value, f.type, f.domain), "input", _choices_name(f.domain, f.type), "yyyy-mm-dd" if f.type == "date" else None),
        Cell(f.hint or None, "hint"),
    )


def _table(sheet: _Sheet, spec: Table, items: Sequence[dict[str, Any]], blank_rows: int) -> None:
    sheet.row(Cell(f"【{spec.title}】", "title"), Cell(spec.hint or None, "hint"))
    sheet.row(*(Cell(c.header, "head") for c in spec.columns))
    for item in items:
        sheet.row(*(_input(item.get(c.key), c) for c in spec.columns))
    for _ in range(blank_rows):
        sheet.row(*(_input(None, c) for c in spec.columns))
    sheet.row()


def _input(value: Any, c: Column) -> Cell:
    return Cell(_shown(value, c.type, c.domain), "input", _choices_name(c.domain, c.type), "yyyy-mm-dd" if c.type == "date" else None)


def write_book(doc: dict[str, Any], *, blank_rows: int = 0, kind: str | None = None) -> list[_Sheet]:
    """The document as sheets (values only where the document has them). ``blank_rows`` adds
    empty rows to each table for a clerk to fill; ``kind`` chooses which items the template
    shows (every item with a value is shown anyway)."""
    kind = kind or get(doc, "/election/kind")
    sheets: list[_Sheet] = []
    election = _Sheet(SHEET_ELECTION, (20, 26, 40, 12))
    election.row(Cell("计票表：选举基本情况", "title"), Cell(None, "title"), Cell(None, "title"))
    election.row(Cell("填写“填写”列；有下拉箭头的格子请从列表中选择；灰色文字是说明。", "hint"))
    election.row(Cell("项目", "head"), Cell("填写", "head"), Cell("说明", "head"))
    for f in ELECTION_FIELDS:
        value = get(doc, f.pointer)
        if value is not None or f.kinds is None or kind in f.kinds:
            _kv(election, f, value)
    election.row()
    for spec in TABLES:
        if TABLE_SHEET.get(spec.title) != SHEET_ELECTION:
            continue
        items = get(doc, spec.pointer) or []
        if items or spec.kinds is None or kind in spec.kinds:
            _table(election, spec, items, blank_rows if spec.title != "职位" or not items else 0)
    sheets.append(election)

    cand = _Sheet(SHEET_CANDIDATES, [c.width for c in TABLES[2].columns])
    _table(cand, TABLES[2], get(doc, "/candidates") or [], blank_rows)
    sheets.append(cand)

    for i, rnd in enumerate(get(doc, "/rounds") or []):
        sheets.append(_round_sheet(doc, i, rnd, kind, blank_rows))

    people = _Sheet(SHEET_PEOPLE, (14, 14, 14, 14, 14))
    for spec in TABLES[3:]:
        items = get(doc, spec.pointer) or []
        if items or (blank_rows and (spec.kinds is None or kind in spec.kinds)):
            _table(people, spec, items, blank_rows)
    if people.rows:
        sheets.append(people)

    timeline = _Sheet(SHEET_TIMELINE, (22, 16, 30))
    timeline.row(Cell("时间节点（可不填；填写的日期会按规定的期限核查）", "title"), Cell(None, "title"))
    timeline.row(Cell("事项", "head"), Cell("日期", "head"), Cell("说明", "head"))
    for f in TIMELINE_ROWS:
        _kv(timeline, f, get(doc, f.pointer))
    sheets.append(timeline)
    return sheets


def _round_posts(doc: dict[str, Any], rnd: dict[str, Any]) -> list[str]:
    posts = [p.get("name") for p in rnd.get("positions") or [] if isinstance(p, dict)]
    for p in get(doc, "/election/positions") or []:
        if isinstance(p, dict) and p.get("name") not in posts:
            posts.append(p.get("name"))
    for key in ("candidates", "tally", "marks"):
        for post in rnd.get(key) or {}:
            if post not in posts:
                posts.append(post)
    return [p for p in posts if isinstance(p, str)]


def _round_sheet(doc: dict[str, Any], i: int, rnd: dict[str, Any], kind: str | None, blank_rows: int) -> _Sheet:
    posts = _round_posts(doc, rnd)
    rkind = rnd.get("kind")
    rkind = canonical(rkind, tuple(ENUMS["round.kind"])) or rkind
    sheet = _Sheet(f"第{i + 1}轮", (16, 14, *([10, 9, 8] * len(posts)), 14))
    sheet.row(Cell(f"计票表：第{i + 1}轮", "title"), Cell(None, "title"), Cell(None, "title"))
    sheet.row(Cell("项目", "head"), Cell("填写", "head"), Cell("说明", "head"))
    for f in ROUND_FIELDS:
        value = get(rnd, "/" + f.pointer)
        if f.type == "next" and value is None and isinstance(rnd.get("declared"), dict):
            value = NO_NEXT if _declared_needs_marker(rnd) else None
        if value is not None or f.kinds is None or kind in f.kinds:
            _kv(sheet, f, value)
    rows = {r[0].value: n for n, r in enumerate(sheet.rows) if r}
    if all(k in rows for k in ("收回选票", "有效票", "无效票")):
        b = {k: f"B{rows[k] + 1}" for k in ("发出选票", "收回选票", "有效票", "无效票")}
        sheet.row(
            Cell("核对：有效票＋无效票＝收回选票", "check"),
            Cell(f'=IF(COUNT({b["收回选票"]},{b["有效票"]},{b["无效票"]})<3,"",IF({b["有效票"]}+{b["无效票"]}={b["收回选票"]},"相符","不符"))', "check"),
            Cell("自动核对，不必填写", "hint"),
        )
        sheet.row(
            Cell("核对：收回选票≤发出选票", "check"),
            Cell(f'=IF(COUNT({b["发出选票"]},{b["收回选票"]})<2,"",IF({b["收回选票"]}<={b["发出选票"]},"相符","收回多于发出"))', "check"),
            Cell("自动核对，不必填写", "hint"),
        )
    sheet.row()
    decl_header = declared_header(rkind)
    sheet.row(Cell(f"【{TALLY_TITLE}】", "title"), Cell("每人一行，按选票上的顺序填写；另选他人在“列入选票”填“另选他人”或留空", "hint"))
    seats = {p.get("name"): p.get("seats") for p in rnd.get("positions") or [] if isinstance(p, dict)}
    seat_cells = [Cell(SEATS_LABEL, "label"), Cell(None, "label")]
    heads = [Cell("姓名", "head"), Cell("列入选票", "head")]
    for post in posts:
        seat_cells += [Cell(seats.get(post), "input"), Cell(None, "label"), Cell(None, "label")]
        heads += [Cell(post + PART_VOTES, "head"), Cell(post + PART_DISAPPROVE, "head"), Cell(post + PART_ABSTAIN, "head")]
    heads.append(Cell(decl_header, "head"))
    seat_row = sheet.row(*seat_cells)
    head_row = sheet.row(*heads)
    names = _round_names(rnd, posts)
    decl = rnd.get("declared") if isinstance(rnd.get("declared"), dict) else {}
    for name in names:
        if rkind == "recall":
            listed = "、".join(posts[:1]) if name in (rnd.get("targets") or []) else None
        else:
            listed = "、".join(p for p in posts if name in ((rnd.get("candidates") or {}).get(p) or [])) or None
        cells = [Cell(name, "input"), Cell(listed, "input", "listed")]
        for post in posts:
            mk = ((rnd.get("marks") or {}).get(post) or {}).get(name)
            mk = mk if isinstance(mk, dict) else {}
            cells += [
                Cell(((rnd.get("tally") or {}).get(post) or {}).get(name), "input"),
                Cell(mk.get("disapprove"), "input"),
                Cell(mk.get("abstain"), "input"),
            ]
        cells.append(Cell(_declared_cell(decl, name, posts, rkind, rnd), "input", "bool" if rkind == "recall" else "declared"))
        sheet.row(*cells)
    for _ in range(blank_rows):
        sheet.row(Cell(None, "input"), Cell(None, "input", "listed"), *[Cell(None, "input") for _ in range(3 * len(posts))],
                  Cell(None, "input", "bool" if rkind == "recall" else "declared"))
    last = len(sheet.rows)
    from tallykit.io.sheets import column_letter

    totals = [Cell("合计", "total"), Cell(None, "total")]
    checks = [Cell("核对：每人得票≤有效票，合计≤应选名额×有效票", "check"), Cell(None, "check")]
    valid = next((f"$B${n + 1}" for n, r in enumerate(sheet.rows) if r and r[0].value == "有效票"), None)
    for k, post in enumerate(posts):
        col = column_letter(2 + 3 * k)
        rng = f"{col}{head_row + 2}:{col}{last}"
        totals += [Cell(f"=SUM({rng})", "total"), Cell(None, "total"), Cell(None, "total")]
        if valid:
            seat = f"{col}{seat_row + 1}"
            checks += [
                Cell(f'=IF(OR({valid}="",{seat}=""),"",IF(AND(MAX({rng})<={valid},SUM({rng})<={seat}*{valid}),"相符","超出"))', "check"),
                Cell(None, "check"),
                Cell(None, "check"),
            ]
    sheet.row(*totals)
    sheet.row(*checks)
    sheet.row()
    _table(sheet, STATIONS, rnd.get("stations") or [], 0 if rnd.get("stations") else min(blank_rows, 2))
    return sheet


def _declared_needs_marker(rnd: dict[str, Any]) -> bool:
    """选举完成 is written when the declaration exists and nothing else in its rows shows it."""
    d = rnd["declared"]
    return d.get("next") is None


def _declared_cell(decl: dict[str, Any], name: str, posts: list[str], rkind: str | None, rnd: dict[str, Any]) -> Any:
    if not decl:
        return None
    if rkind == "recall":
        if decl.get("recalled") is None:
            return None
        return value_label("bool", name in decl["recalled"]) if name in (rnd.get("targets") or []) or name in decl["recalled"] else None
    key = "nominated" if rkind == "recommendation" and decl.get("nominated") is not None else "elected"
    per = decl.get(key) or {}
    got = [p for p in posts if name in (per.get(p) or [])]
    return "、".join(got) or None


def _round_names(rnd: dict[str, Any], posts: list[str]) -> list[str]:
    names: list[str] = []
    for post in posts:
        names += list((rnd.get("candidates") or {}).get(post) or [])
    names += list(rnd.get("targets") or [])
    for key in ("tally", "marks"):
        for post in posts:
            names += list(((rnd.get(key) or {}).get(post)) or {})
    decl = rnd.get("declared") if isinstance(rnd.get("declared"), dict) else {}
    for key in ("elected", "nominated"):
        for post in posts:
            names += list(((decl.get(key) or {}).get(post)) or [])
    names += list(decl.get("recalled") or [])
    return [n for n in dict.fromkeys(names) if isinstance(n, str)]


def write_other(entries: Iterable[tuple[str, Any]]) -> _Sheet:
    sheet = _Sheet(SHEET_OTHER, (36, 80))
    sheet.row(Cell("其他（表格中没有位置的内容，以 JSON 保存；一般不需要修改）", "title"), Cell(None, "title"))
    sheet.row(Cell("位置", "head"), Cell("内容", "head"))
    for pointer, value in entries:
        sheet.row(Cell(pointer, "input"), Cell(json.dumps(value, ensure_ascii=False, sort_keys=True), "input"))
    return sheet
