"""Phrases several topics share: the opening line of a question, dates, lists (their wordings
are the catalogue's, ``training.`` in ``tallykit.text.texts``; lists are joined by the one joiner,
``tallykit.text.words.joined``)."""

from __future__ import annotations

from collections.abc import Sequence

from tallykit.training.build import Party, Village
from tallykit.training.item import both
from tallykit.training.law import regime
from tallykit.text.words import joined
from tallykit.vocabulary import Lang

Pair = tuple[str, str]


def date_zh(date: str) -> str:
    y, m, d = date.split("-")
    return f"{int(y)}年{int(m)}月{int(d)}日"


def day(date: str) -> Pair:
    """A date as a question says it: ``2021年3月18日``, ``2021-03-18``."""
    return date_zh(date), date


def listed(items: Sequence[str | Pair], sep: str = "list") -> Pair:
    """Items (names, or pairs such as a post and its seats) listed in each language with the
    catalogue's separator ``sep.<sep>``: ``张三、李四`` and ``张三, 李四``."""
    zh = [i[0] if isinstance(i, tuple) else i for i in items]
    en = [i[1] if isinstance(i, tuple) else i for i in items]
    return joined(zh, sep).words(Lang.ZH), joined(en, sep).words(Lang.EN)


def party_intro(setup: Party) -> Pair:
    """ "2021年3月18日，石门村党支部召开党员大会选举委员 3 名，应到会 42 人，实到会 40 人（按…）。"""
    return both(
        "training.party_intro",
        date=day(setup.date),
        org=setup.org,
        seats=setup.seats,
        expected=setup.expected,
        present=setup.present,
        regime=regime(setup.profile),
    )


def posts(setup: Village) -> Pair:
    """ "主任 1 名、副主任 1 名、委员 2 名"."""
    return listed([both("training.post_seats", post=p, seats=s) for p, s in setup.posts])


def village_intro(setup: Village, voted: int | None = None) -> Pair:
    """ "2021年1月9日，石门村村民委员会换届选举：主任 1 名、副主任 1 名、委员 2 名，登记选民 1200 人。"""
    return both(
        "training.village_intro" if voted is None else "training.village_intro_voted",
        date=day(setup.date),
        org=setup.org,
        regime=regime(setup.profile),
        posts=posts(setup),
        registered=setup.registered,
        voted=voted,
    )
