"""Working days: the statutory calendar with 调休 make-up days, user holiday lists, and no
Monday–Friday guess for a year nobody covers."""

from __future__ import annotations

import datetime

import chinese_calendar
import pytest

from tallykit.errors import InputError
from tallykit.procedure.workdays import Calendar, holiday_list, statutory_calendar

D = datetime.date.fromisoformat
CAL = statutory_calendar()


def test_spring_festival_2024_makeup_sundays_are_worked():
    """2024 春节: 2-10..2-17 off; Sundays 2-04 and 2-18 were make-up working days."""
    assert CAL.is_workday(D("2024-02-04")) and D("2024-02-04").weekday() == 6
    assert CAL.is_workday(D("2024-02-18")) and D("2024-02-18").weekday() == 6
    assert not any(CAL.is_workday(D("2024-02-10") + datetime.timedelta(k)) for k in range(8))


def test_national_day_2024_makeup_weekend_days_are_worked():
    """2024 国庆: 10-01..10-07 off; Sunday 9-29 and Saturday 10-12 were worked."""
    assert CAL.is_workday(D("2024-09-29")) and CAL.is_workday(D("2024-10-12"))
    assert not CAL.is_workday(D("2024-09-28"))
    assert not any(CAL.is_workday(D("2024-10-01") + datetime.timedelta(k)) for k in range(7))
    assert CAL.is_workday(D("2024-10-08"))


def test_calendar_agrees_with_the_library_every_day():
    """The Calendar value answers exactly as chinese_calendar.is_workday for 2019–2026."""
    day = D("2019-01-01")
    while day.year <= 2026:
        assert CAL.is_workday(day) == chinese_calendar.is_workday(day), day
        day += datetime.timedelta(1)


def test_workdays_after_does_not_count_the_start_day():
    # (2024-10-08, 2024-10-12]: 9, 10, 11 and the make-up Saturday 12 → 4.
    assert CAL.workdays_after(D("2024-10-08"), D("2024-10-12")) == 4
    # (2024-02-07, 2024-02-19]: 2-08, 2-09, 2-18 (Sunday, worked), 2-19 → 4; Mon–Fri would say 8.
    assert CAL.workdays_after(D("2024-02-07"), D("2024-02-19")) == 4


def test_year_beyond_coverage_is_refused_not_guessed():
    assert not CAL.covers(2099)
    with pytest.raises(ValueError):
        CAL.is_workday(D("2099-03-02"))


HOLIDAYS_2099 = {
    "format": "tallykit.holidays/1",
    "holidays": ["2099-10-01", "2099-10-02", "2099-10-05", "2099-10-06", "2099-10-07"],
    "workdays": ["2099-10-10"],
}


def test_supplied_list_covers_its_year_and_extends_the_library():
    supplied = holiday_list(HOLIDAYS_2099, name="h.json")
    cal = CAL.extended(supplied)
    assert cal.covers(2099) and cal.supplied(2099) and not cal.supplied(2024)
    assert not cal.is_workday(D("2099-10-05"))  # a Monday off
    assert cal.is_workday(D("2099-10-10"))  # a Saturday worked
    assert cal.is_workday(D("2099-10-09"))  # an ordinary Friday
    assert cal.is_workday(D("2024-02-04"))  # the library still answers 2024
    assert "h.json" in cal.source and "chinese_calendar" in cal.source


def test_supplied_year_replaces_the_library_for_that_year():
    own = holiday_list({"format": "tallykit.holidays/1", "holidays": ["2024-03-01"]})
    cal = CAL.extended(own)
    assert not cal.is_workday(D("2024-03-01"))
    assert not cal.is_workday(D("2024-02-04"))  # the library's 2024 make-up Sunday is gone


@pytest.mark.parametrize(
    ("data", "path"),
    [
        ({"holidays": []}, "/format"),
        ({**HOLIDAYS_2099, "workdays": ["2099-10-09"]}, "/workdays/0"),  # a Friday
        (
            {**HOLIDAYS_2099, "holidays": ["2099-10-03"], "workdays": ["2099-10-03"]},
            "/workdays/0",
        ),  # both
        ({**HOLIDAYS_2099, "holidays": ["2099-W40-4"]}, "/holidays/0"),
        ({**HOLIDAYS_2099, "years": [2098]}, "/holidays/0"),
        ({**HOLIDAYS_2099, "extra": 1}, "/extra"),
        ({"format": "tallykit.holidays/1"}, "/holidays"),
        ([], ""),
    ],
)
def test_bad_holiday_lists_are_input_errors(data, path):
    with pytest.raises(InputError) as info:
        holiday_list(data)
    assert info.value.path == path


def test_calendar_is_a_plain_value():
    assert Calendar() == Calendar() and not Calendar().covers(2024)
