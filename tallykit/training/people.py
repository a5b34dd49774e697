"""Invented people, places and dates for training items, drawn as a real voter list reads.

Surnames are drawn by how common they are (``data/surnames.tsv``: 王 李 张 often, 诸葛 now and
then); given names are a common whole name, a combination of usual characters, or a single
character, by gender (``data/given_names.tsv``); organisations are named after villages and
communities (``data/places.tsv``). Dates fall in the election cycles of the rules a profile
stands for (the 1990 party regulation's elections up to 2019, the 2020 regulation's from
September 2020; villagers' and residents' elections of 2019–2025 under the 2018 laws). The tables
are read on first use; every draw takes the caller's ``random.Random``.
"""

from __future__ import annotations

import datetime
import functools
import random
from importlib.resources import files

import msgspec

from tallykit.vocabulary import Family

MALE, FEMALE = "male", "female"


class Tables(msgspec.Struct, frozen=True):
    """The name and place tables, as read from ``data/``."""

    surnames: tuple[str, ...]
    weights: tuple[int, ...]
    given: dict[tuple[str, str], tuple[str, ...]]  # (gender, slot) -> names or characters
    places: dict[str, tuple[str, ...]]  # village / community / township -> names


def _rows(name: str) -> list[list[str]]:
    text = (files("tallykit.training") / "data" / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@functools.cache
def tables() -> Tables:
    surnames = _rows("surnames.tsv")
    gender = {"m": MALE, "f": FEMALE}
    return Tables(
        surnames=tuple(s for s, _ in surnames),
        weights=tuple(int(w) for _, w in surnames),
        given={
            (gender[g], slot): tuple(items.split()) for g, slot, items in _rows("given_names.tsv")
        },
        places={kind: tuple(items.split()) for kind, items in _rows("places.tsv")},
    )


def surname(rng: random.Random) -> str:
    """A surname drawn by its share of the population."""
    t = tables()
    return rng.choices(t.surnames, weights=t.weights)[0]


def given_name(rng: random.Random, gender: str) -> str:
    """A given name: a common whole name about half the time, a combination of two usual
    characters about a third, a single character otherwise."""
    t = tables()
    roll = rng.random()
    if roll < 0.5:
        return rng.choice(t.given[(gender, "whole")])
    if roll < 0.83:
        first, second = rng.choice(t.given[(gender, "first")]), rng.choice(
            t.given[(gender, "second")]
        )
        if first != second:
            return first + second
    return rng.choice(t.given[(gender, "single")])


class Names:
    """Distinct names for the people of one item (nobody appears twice by accident)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.taken: set[str] = set()

    def person(self, gender: str | None = None, family: str | None = None) -> tuple[str, str]:
        """A new (name, gender); ``family`` fixes the surname (relatives of one household)."""
        gender = gender or (FEMALE if self.rng.random() < 0.3 else MALE)
        while True:
            name = (family or surname(self.rng)) + given_name(self.rng, gender)
            if name not in self.taken:
                self.taken.add(name)
                return name, gender

    def name(self, gender: str | None = None, family: str | None = None) -> str:
        return self.person(gender, family)[0]

    def people(self, n: int, women: int = 0) -> list[tuple[str, str]]:
        """``n`` people of whom exactly ``women`` are women, in random order."""
        out = [self.person(FEMALE if i < women else MALE) for i in range(n)]
        self.rng.shuffle(out)
        return out

    def reserve(self, names: list[str]) -> None:
        """Mark names of an existing scenario as taken."""
        self.taken.update(names)


# ---------------------------------------------------------------- places

PARTY_ORG = {"branch": "党支部", "general_branch": "党总支", "primary_committee": "党委"}


def place(rng: random.Random, kind: str) -> str:
    """A village (``village``) or community (``community``) name, with its 村 / 社区."""
    name = rng.choice(tables().places[kind])
    return name + ("村" if kind == "village" else "社区")


def township(rng: random.Random) -> str:
    return rng.choice(tables().places["township"])


def party_org(rng: random.Random, org_type: str) -> str:
    """A party organisation of a village or community: 石门村党支部, 新华社区党委."""
    where = place(rng, "village" if rng.random() < 0.7 else "community")
    return where + PARTY_ORG[org_type]


def committee_org(rng: random.Random, kind: str) -> str:
    """A villagers' or residents' committee: 石门村村民委员会, 新华社区居民委员会."""
    if kind == "residents_committee":
        return place(rng, "community") + "居民委员会"
    return place(rng, "village") + "村民委员会"


# ---------------------------------------------------------------- dates

# Election windows (first day, last day) by the regime a profile stands for: the 1990 party
# regulation's village cycles (2011, 2014, 2017–18) and by-elections up to mid-2020; the 2020
# regulation's 2021 换届 and later elections; villagers' and residents' elections under the
# 2018 laws (the 2021 换届 and by-elections before the 2026 amendments).
WINDOWS: dict[str, tuple[tuple[str, str], ...]] = {
    "party-1990": (
        ("2011-01-10", "2011-06-30"),
        ("2014-01-10", "2014-06-30"),
        ("2017-09-01", "2018-04-30"),
        ("2019-03-01", "2020-06-30"),
    ),
    "party-2020": (("2020-09-01", "2021-06-30"), ("2021-07-01", "2025-11-30")),
    Family.VILLAGER: (
        ("2021-01-05", "2021-06-30"),
        ("2019-03-01", "2020-11-30"),
        ("2021-07-01", "2025-11-30"),
    ),
}


def election_date(rng: random.Random, regime: str) -> str:
    """An ISO date in one of ``regime``'s windows (the first, the 换届, twice as likely)."""
    windows = WINDOWS[regime]
    lo, hi = windows[0] if rng.random() < 0.5 else rng.choice(windows)
    start, end = datetime.date.fromisoformat(lo), datetime.date.fromisoformat(hi)
    return (start + datetime.timedelta(days=rng.randrange((end - start).days + 1))).isoformat()


def days_before(date: str, days: int) -> str:
    return (datetime.date.fromisoformat(date) - datetime.timedelta(days=days)).isoformat()
