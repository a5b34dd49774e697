"""Working days (工作日) from the statutory calendar, including 调休 make-up working days.

A ``Calendar`` is a value: the days off and the make-up working days of the years it covers.
``statutory_calendar()`` builds it from the maintained ``chinese_calendar`` package (imported
only when a working day is actually needed, so ``tallykit verify`` starts fast); a user-supplied
holiday list (``holiday_list``) covers the years the package does not. For a year neither
covers, ``is_workday`` refuses to guess: there is no Monday–Friday fallback.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

import msgspec

from tallykit.errors import InputError

HOLIDAYS_FORMAT = "tallykit.holidays/1"
LIBRARY = "chinese_calendar"


class Calendar(msgspec.Struct, frozen=True):
    """Which days are working days in the years covered.

    ``days_off``: statutory holidays (放假), including the weekend days inside a holiday.
    ``days_worked``: 调休 make-up working days (weekend days that are worked).
    ``statutory_years`` come from the library, ``supplied_years`` from a user's holiday list
    (a supplied year replaces the library's data for that year; ``replaced_years`` are the
    supplied years the library did cover).

    >>> c = holiday_list({"format": "tallykit.holidays/1", "holidays": ["2030-10-01"],
    ...                   "workdays": ["2030-09-29"]})
    >>> c.is_workday(datetime.date(2030, 9, 29)), c.is_workday(datetime.date(2030, 10, 1))
    (True, False)
    >>> c.covers(2031)
    False
    """

    days_off: frozenset[datetime.date] = frozenset()
    days_worked: frozenset[datetime.date] = frozenset()
    statutory_years: frozenset[int] = frozenset()
    supplied_years: frozenset[int] = frozenset()
    source: str = ""
    replaced_years: frozenset[int] = frozenset()

    def covers(self, year: int) -> bool:
        return year in self.statutory_years or year in self.supplied_years

    def supplied(self, year: int) -> bool:
        """True when ``year`` is counted from the user's list, not the statutory library."""
        return year in self.supplied_years

    def replaced(self, year: int) -> bool:
        """True when a supplied list was used for ``year`` instead of the statutory library's
        data for it."""
        return year in self.replaced_years

    def is_workday(self, day: datetime.date) -> bool:
        """A make-up day is worked, a holiday is not, otherwise Monday–Friday; a year not
        covered is a ValueError (the caller reports it; it never guesses)."""
        if not self.covers(day.year):
            raise ValueError(f"calendar does not cover {day.year}")
        if day in self.days_worked:
            return True
        if day in self.days_off:
            return False
        return day.weekday() < 5

    def workdays_after(self, start: datetime.date, end: datetime.date) -> int:
        """Working days ``d`` with ``start < d <= end`` (the start day not counted)."""
        return sum(
            1
            for k in range(1, (end - start).days + 1)
            if self.is_workday(start + datetime.timedelta(k))
        )

    def extended(self, other: Calendar) -> Calendar:
        """This calendar with ``other``'s years added; ``other`` wins for the years it covers."""
        mine = other.statutory_years | other.supplied_years

        def keep(days: frozenset[datetime.date]) -> frozenset[datetime.date]:
            return frozenset(d for d in days if d.year not in mine)

        return Calendar(
            keep(self.days_off) | other.days_off,
            keep(self.days_worked) | other.days_worked,
            self.statutory_years - mine | other.statutory_years,
            self.supplied_years - mine | other.supplied_years,
            " + ".join(s for s in (self.source, other.source) if s),
            (self.replaced_years - mine)
            | ((self.statutory_years | self.replaced_years) & other.supplied_years)
            | other.replaced_years,
        )


def years_needed(start: datetime.date, end: datetime.date) -> tuple[int, ...]:
    """The calendar years a span touches."""
    return tuple(range(min(start, end).year, max(start, end).year + 1))


@lru_cache(maxsize=1)
def statutory_calendar() -> Calendar:
    """The State Council holiday arrangements as packaged by ``chinese_calendar`` (imported here,
    lazily); it covers the years the installed version has data for."""
    import chinese_calendar

    off = frozenset(chinese_calendar.holidays)
    worked = frozenset(chinese_calendar.workdays)
    years = frozenset(d.year for d in off)
    version = getattr(chinese_calendar, "__version__", "?")
    return Calendar(off, worked, years, frozenset(), f"{LIBRARY} {version}")


def holiday_list(data: object, *, path: str = "", name: str = "holidays file") -> Calendar:
    """A user-supplied holiday list as a Calendar (InputError naming the path on anything wrong).

    Format ``{"format": "tallykit.holidays/1", "years": [2027], "holidays": [ISO dates],
    "workdays": [ISO dates]}``: ``holidays`` are the days off of the statutory arrangement
    (weekend days inside a holiday may be listed or not), ``workdays`` the 调休 make-up working
    days (a Saturday or Sunday). ``years`` is optional; by default the years of the dates listed.
    ``source`` (optional) names the list in messages; by default ``name`` (e.g. the file name).
    """
    if not isinstance(data, Mapping):
        raise _bad(path, "holiday_object", data)
    unknown = sorted(set(data) - {"format", "years", "holidays", "workdays", "source"})
    if unknown:
        raise InputError.worded(
            "holiday_unknown_field", path=f"{path}/{unknown[0]}", rule="FMT-UNKNOWN", value=unknown[0]
        )
    if data.get("format") != HOLIDAYS_FORMAT:
        raise InputError.worded(
            "holiday_format", path=f"{path}/format", rule="FMT-HOLIDAYS", value=data.get("format"), format=HOLIDAYS_FORMAT
        )
    off = _dates(data.get("holidays", []), f"{path}/holidays")
    worked = _dates(data.get("workdays", []), f"{path}/workdays")
    for i, d in enumerate(worked):
        if d.weekday() < 5:
            raise _bad(f"{path}/workdays/{i}", "holiday_makeup_weekday", d.isoformat())
        if d in off:
            raise _bad(f"{path}/workdays/{i}", "holiday_both", d.isoformat())
    raw_years = data.get("years")
    if raw_years is None:
        years = frozenset(d.year for d in (*off, *worked))
    else:
        if not isinstance(raw_years, list) or not all(
            isinstance(y, int) and not isinstance(y, bool) and 1900 <= y <= 2200 for y in raw_years
        ):
            raise _bad(f"{path}/years", "holiday_years", raw_years)
        years = frozenset(raw_years)
        for key, days in (("holidays", off), ("workdays", worked)):
            for i, d in enumerate(days):
                if d.year not in years:
                    raise _bad(f"{path}/{key}/{i}", "holiday_outside_years", d.isoformat())
    if not years:
        raise _bad(f"{path}/holidays", "holiday_no_dates", None)
    source = data.get("source", name)
    if not isinstance(source, str):
        raise _bad(f"{path}/source", "holiday_source", source)
    return Calendar(frozenset(off), frozenset(worked), frozenset(), years, source)


def _dates(value: object, path: str) -> tuple[datetime.date, ...]:
    if not isinstance(value, list):
        raise _bad(path, "holiday_dates", value)
    out = []
    for i, v in enumerate(value):
        out.append(parse_date(v, f"{path}/{i}"))
    return tuple(out)


def parse_date(value: object, path: str) -> datetime.date:
    """An ISO date ``YYYY-MM-DD`` exactly, in the results format's range, or InputError."""
    from tallykit.results import date_error, iso_date

    parsed = iso_date(value)
    if parsed is None:
        raise date_error(path, value)
    return parsed


def _bad(path: str, key: str, value: Any) -> InputError:
    return InputError.worded(key, path=path, rule="FMT-HOLIDAYS", value=value)


__all__ = ["Calendar", "HOLIDAYS_FORMAT", "holiday_list", "statutory_calendar", "years_needed"]
