"""Blank 计票表 templates per election kind, each with a filled example and a guide sheet."""

from __future__ import annotations

from typing import Any

from tallykit.io.sheets import Cell, SheetOut
from tallykit.text.labels import canonical
from tallykit.results import ELECTION_KINDS, FORMAT_ID

# Short names accepted by ``tallykit template KIND`` besides the canonical ids and Chinese words.
ALIASES = {
    "party": "party_committee",
    "committee": "party_committee",
    "officers": "party_officers",
    "branch-officers": "party_branch_officers",
    "villagers": "villagers_committee",
    "village": "villagers_committee",
    "residents": "residents_committee",
    "两推": "recommendation",
    "党员大会": "party_committee",
    "党组织委员会": "party_committee",
    "书记副书记": "party_officers",
    "支部书记副书记": "party_branch_officers",
    "recommendation": "recommendation",
}

_POSTS = {
    "party_committee": [("委员", 5)],
    "party_officers": [("书记", 1), ("副书记", 1)],
    "party_branch_officers": [("书记", 1), ("副书记", 1)],
    "recommendation": [("委员", 5)],
    "villagers_committee": [("主任", 1), ("副主任", 1), ("委员", 3)],
    "residents_committee": [("主任", 1), ("副主任", 1), ("委员", 3)],
    "recall": [("罢免", 1)],
}
_ROUND_KIND = {"recall": "recall", "recommendation": "recommendation"}
_PROFILE = {"villagers_committee": "villager-2018", "residents_committee": "residents-2018", "recall": "villager-2018"}


def kind_of(name: str) -> str | None:
    """The election kind a person named: its id, a short name or its Chinese words."""
    name = name.strip()
    return ALIASES.get(name) or ALIASES.get(name.lower()) or canonical(name, ELECTION_KINDS) or (
        name if name in ELECTION_KINDS else None
    )


def skeleton(kind: str) -> dict[str, Any]:
    """The document of an empty 计票表: posts and one formal round, no figures."""
    posts = [{"name": n, "seats": s} for n, s in _POSTS[kind]]
    doc: dict[str, Any] = {
        "format": FORMAT_ID,
        "election": {"kind": kind, "positions": posts},
        "electorate": {},
        "candidates": [],
        "rounds": [{"kind": _ROUND_KIND.get(kind, "formal"), "positions": posts}],
    }
    if kind in _PROFILE:
        doc["profile"] = _PROFILE[kind]
    return doc


def example(kind: str) -> dict[str, Any]:
    """A small filled example of the kind (names are made up)."""
    if kind in ("villagers_committee", "residents_committee"):
        names = ["王建国", "刘秀英", "李明", "张红梅", "陈志强", "赵丽"]
        return {
            "format": FORMAT_ID,
            "profile": _PROFILE[kind],
            "election": {"kind": kind, "organization": "示例村民委员会" if kind == "villagers_committee" else "示例社区居民委员会",
                         "date": "2021-01-16", "positions": [{"name": n, "seats": s} for n, s in _POSTS[kind]]},
            "electorate": {"registered": 820},
            "candidates": [{"name": n, "gender": g} for n, g in zip(names, ["male", "female", "male", "female", "male", "female"])],
            "rounds": [
                {
                    "kind": "formal",
                    "positions": [{"name": n, "seats": s} for n, s in _POSTS[kind]],
                    "candidates": {"主任": names[:2], "副主任": names[2:4], "委员": names[2:]},
                    "ballots": {"issued": 700, "returned": 690, "valid": 680, "invalid": 10},
                    "tally": {
                        "主任": {names[0]: 512, names[1]: 160},
                        "副主任": {names[2]: 401, names[3]: 260},
                        "委员": {names[3]: 380, names[4]: 420, names[5]: 395, names[2]: 120},
                    },
                    "declared": {"elected": {"主任": [names[0]], "副主任": [names[2]], "委员": [names[3], names[4], names[5]]}},
                }
            ],
        }
    if kind == "recall":
        return {
            "format": FORMAT_ID,
            "profile": "villager-2018",
            "election": {"kind": "recall", "organization": "示例村民委员会", "date": "2022-06-18", "positions": [{"name": "罢免", "seats": 1}]},
            "electorate": {"registered": 1000},
            "candidates": [{"name": "方德胜"}],
            "rounds": [{"kind": "recall", "positions": [{"name": "罢免", "seats": 1}], "targets": ["方德胜"],
                        "ballots": {"issued": 603, "returned": 601}, "tally": {"罢免": {"方德胜": 320}},
                        "declared": {"recalled": ["方德胜"]}}],
            "initiation": {"by": "voters", "signatures": 210, "eligible": 1040},
        }
    posts = _POSTS[kind]
    names = ["丁一", "王强", "孔丽", "石磊", "刘芳", "许文", "张立"]
    n_cand = sum(s for _, s in posts) + (1 if kind in ("party_committee", "recommendation") else 0)
    printed = names[:n_cand]
    seats_total = sum(s for _, s in posts)
    votes = [40, 38, 35, 33, 30, 25 if kind == "recommendation" else 12, 9][: len(printed)]
    doc = {
        "format": FORMAT_ID,
        "profile": "party-2020",
        "election": {"kind": kind, "organization": "示例村党支部", "org_type": "branch", "date": "2021-01-10",
                     "positions": [{"name": n, "seats": s} for n, s in posts]},
        "electorate": {"expected": 45, "present": 42},
        "candidates": [{"name": n} for n in printed],
        "rounds": [{"kind": _ROUND_KIND.get(kind, "formal"), "positions": [{"name": n, "seats": s} for n, s in posts],
                    "ballots": {"issued": 42, "returned": 42, "valid": 41, "invalid": 1}}],
    }
    rnd = doc["rounds"][0]
    if len(posts) == 1:
        post = posts[0][0]
        rnd["candidates"] = {post: printed}
        rnd["tally"] = {post: dict(zip(printed, votes))}
        if kind == "recommendation":  # every name over half, at least seats + 20% (TK-REC-3)
            rnd["declared"] = {"nominated": {post: printed}}
        else:
            rnd["declared"] = {"elected": {post: printed[:seats_total]}}
    else:
        rnd["candidates"] = {p: [printed[i]] for i, (p, _) in enumerate(posts)}
        rnd["tally"] = {p: {printed[i]: votes[i]} for i, (p, _) in enumerate(posts)}
        rnd["declared"] = {"elected": {p: [printed[i]] for i, (p, _) in enumerate(posts)}}
    return doc


GUIDE = (
    "填表说明",
    "1. 在“选举”表填写选举类型、组织名称、选举日期和人数；在【职位】中列出职位和应选名额。",
    "2. 在“候选人”表每人一行填写姓名和性别等（至少填姓名）。",
    "3. 在“第1轮”表填写发出、收回、有效、无效选票数；在【得票】中每人一行：姓名只填一次，",
    "   “列入选票”填此人在哪个职位的选票上（另选他人填“另选他人”），各职位的得票填在该职位的“得票”列，",
    "   有不赞成、弃权票数的可一并填写；“宣布当选”填会议宣布此人当选的职位。“下一步”填会议宣布的下一步。",
    "4. 有第二轮（再次投票、另行选举）时，复制“第1轮”工作表并改名为“第2轮”，依此类推。",
    "5. 黄色格子是自动核对（不必填写），显示“不符”时请核对数字。“示例”开头的工作表是填好的样例，不会被读取。",
    "6. 保存后运行：tallykit verify 村.xlsx --format html --out 报告/，用浏览器打开报告并打印。",
    "7. 有下拉箭头的格子请从列表中选择；日期写作 2021-01-15；多个姓名用顿号“、”分隔。",
)


def guide_sheet() -> SheetOut:
    rows = [(Cell(GUIDE[0], "title"),)] + [(Cell(line, "hint"),) for line in GUIDE[1:]]
    return SheetOut("填表说明", tuple(rows), (110,))


def template_sheets(kind: str) -> tuple[list[SheetOut], dict[str, list[str]]]:
    """The template's sheets: guide, the blank 计票表 and the example sheets (named 示例…)."""
    from tallykit.io import _options
    from tallykit.io.layout import options, write_book

    blank = [s.out() for s in write_book(skeleton(kind), blank_rows=8, kind=kind)]
    filled = [s.out() for s in write_book(example(kind), kind=kind)]
    shown = [SheetOut(f"示例-{s.name}", s.rows, s.widths) for s in filled if s.name in ("选举", "第1轮")]
    return [guide_sheet(), *blank, *shown], _options(skeleton(kind), options())


def template_bytes(kind: str, fmt: str = "xlsx") -> bytes:
    """A blank 计票表 for ``kind`` as ``xlsx`` or ``csv`` (the CSV has no guide or example)."""
    from tallykit.io.sheets import write_csv, write_xlsx

    sheets, opts = template_sheets(kind)
    if fmt == "csv":
        return write_csv([s for s in sheets if s.name in ("选举", "候选人", "第1轮", "人员", "时间节点")])
    return write_xlsx(sheets, opts)


__all__ = ["kind_of", "skeleton", "example", "template_bytes", "template_sheets"]
