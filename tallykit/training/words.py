"""Phrases several topics share: the opening line of a question, dates, posts."""

from __future__ import annotations

from tallykit.training.build import Party, Village
from tallykit.training.law import regime

Pair = tuple[str, str]


def date_zh(date: str) -> str:
    y, m, d = date.split("-")
    return f"{int(y)}年{int(m)}月{int(d)}日"


def party_intro(setup: Party, what: Pair = ("选举委员", "elects")) -> Pair:
    """ "2021年3月18日，石门村党支部召开党员大会选举委员 3 名，应到会 42 人，实到会 40 人（按…）。"""
    rz, re_ = regime(setup.profile)
    return (
        f"{date_zh(setup.date)}，{setup.org}召开党员大会{what[0]} {setup.seats} 名，"
        f"应到会有选举权的党员 {setup.expected} 人，实到会 {setup.present} 人（{rz}）。",
        f"On {setup.date} the members' meeting of {setup.org} {what[1]} {setup.seats} committee "
        f"members; {setup.expected} voting members expected, {setup.present} present ({re_}).",
    )


def posts_zh(setup: Village) -> str:
    return "、".join(f"{p} {s} 名" for p, s in setup.posts)


def posts_en(setup: Village) -> str:
    return ", ".join(f"{p} {s}" for p, s in setup.posts)


def village_intro(setup: Village, voted: int | None = None) -> Pair:
    """ "2021年1月9日，石门村村民委员会换届选举：主任 1 名、副主任 1 名、委员 2 名，登记选民 1200 人。"""
    rz, re_ = regime(setup.profile)
    zh = f"{date_zh(setup.date)}，{setup.org}换届选举（{rz}）：{posts_zh(setup)}，登记参加选举的选民 {setup.registered} 人"
    en = f"On {setup.date}, {setup.org} elects its committee ({re_}): {posts_en(setup)}; {setup.registered} registered voters"
    if voted is not None:
        zh += f"，参加投票 {voted} 人"
        en += f", {voted} voted"
    return zh + "。", en + "."
