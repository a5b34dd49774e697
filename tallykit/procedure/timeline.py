"""Timeline checks: the dates of the procedure against the periods the rules set.

Reads ``election.date``, ``rounds[].date``, ``proxies[].registered_on`` and the optional
``timeline`` object, and checks them against the profile's periods (rules/villager.md §1.10
V-T-*, rules/party.md P-TIME-1..4, P-SIZE-2). Every period is a profile parameter.

Day counting (民法典 art.201: the start day is not counted; rules/villager.md §1.10
"event_date <= election_date - N days"):

* "published N days before election day" holds when ``(election_day - published).days >= N``;
* "within N days of X" holds when ``(event - X).days <= N`` (optionally moved past a holiday,
  ``deadline_holiday_extension``, 民法典 art.203);
* a 公示 from S to E lasts ``(E - S).days`` calendar days, or the working days D with
  ``S < D <= E``; ``notice_counts_start_day`` counts S as well.

Working days come from a ``Calendar`` value (tallykit.procedure.workdays); a year it does not cover is a
warning (TK-TIME-8), never a Monday–Friday guess. What can be decided without it still is: a
公示 shorter in calendar days than the working days required, an event late against the
unextended deadline.
"""

from __future__ import annotations

import datetime
from collections.abc import Generator, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

from tallykit.findings import ERROR, INFO, WARNING, Finding, Stage, check, finding, said
from tallykit import parameters as P
from tallykit.parameters import DayUnit, Param
from tallykit.profiles import Profile
from tallykit.results import Results
from tallykit.procedure.subject import Subject
from tallykit.text.words import Param as ParamName, Phrase, Source, Term
from tallykit.vocabulary import Family

if TYPE_CHECKING:  # working days are loaded when a period is counted in them
    from tallykit.procedure.workdays import Calendar

Date = datetime.date

PARTY_ELECTIONS = ("party_committee", "party_officers", "party_branch_officers")
VILLAGER_ELECTIONS = ("villagers_committee", "residents_committee")

NOTICE_PARAMS: dict[str, tuple[Param[int], Param[DayUnit]]] = {
    "prospective": (P.PROSPECTIVE_NOTICE_DAYS, P.PROSPECTIVE_NOTICE_UNIT),
    "result": (P.RESULT_NOTICE_DAYS, P.RESULT_NOTICE_UNIT),
}
T = TypeVar("T")


def timeline_findings(s: Subject) -> Iterator[Finding]:
    """Every timeline finding of one file, in the order the walk of its dates meets them;
    working days from the subject's calendar (default: the statutory calendar, loaded only if a
    working day is needed)."""
    return _Timeline(s.results, s.profile, s.calendar).run()


def _register(code: str) -> None:
    """Register ``code``'s check: its findings of the walk over the dates. One walk meets every
    timeline code (a period checked in working days may first need TK-TIME-8's note on the
    calendar), so each code's check is that walk's findings of the code."""

    def run(s: Subject) -> Iterator[Finding]:
        return (f for f in timeline_findings(s) if f.code == code)

    run.__name__ = run.__qualname__ = "timeline_" + code.rsplit("-", 1)[1]
    check(code, Stage.TIMELINE)(run)


for _code in ("TK-TIME-1", "TK-TIME-2", "TK-TIME-3", "TK-TIME-4", "TK-TIME-5", "TK-TIME-6", "TK-TIME-7", "TK-TIME-8"):
    _register(_code)


def minus_months(day: Date, months: int) -> Date:
    """The same day ``months`` calendar months earlier (the month's last day if shorter).

    >>> minus_months(Date(2021, 3, 31), 1), minus_months(Date(2021, 1, 10), 1)
    (datetime.date(2021, 2, 28), datetime.date(2020, 12, 10))
    >>> minus_months(Date(2024, 3, 31), 1), minus_months(Date(2024, 1, 31), 1)
    (datetime.date(2024, 2, 29), datetime.date(2023, 12, 31))
    """
    index = min(max(day.year * 12 + day.month - 1 - months, 12), 9999 * 12 + 11)  # years 1..9999
    year, month = divmod(index, 12)
    month += 1
    last = 31 if month == 12 else (Date(year, month + 1, 1) - Date(year, month, 1)).days
    return Date(year, month, min(day.day, last))


def plus_months(day: Date, months: int) -> Date:
    """The same day ``months`` calendar months later (the month's last day if shorter)."""
    return minus_months(day, -months)


def year_ranges(years: list[int]) -> str:
    """Sorted years as short ranges.

    >>> year_ranges([2027]), year_ranges([1, 2, 3, 2027, 2028, 2030])
    ('2027', '1–3, 2027–2028, 2030')
    """
    runs: list[list[int]] = []
    for y in years:
        if runs and y == runs[-1][1] + 1:
            runs[-1][1] = y
        else:
            runs.append([y, y])
    return ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in runs)


def plus_days(day: Date, days: int) -> Date:
    """``day + days``, held at the calendar's ends (a profile may set any number of days)."""
    try:
        return day + datetime.timedelta(days)
    except OverflowError:
        return Date.max if days > 0 else Date.min


class _Timeline:
    """One walk over a file's dates: each step a generator of findings. Remembers the years
    whose calendar it has already noted (TK-TIME-8 once per year)."""

    def __init__(self, results: Results, profile: Profile, calendar: Calendar | None) -> None:
        self.r = results
        self.p = profile
        self.family = profile.family
        self._calendar = calendar
        self.t = {k: Date.fromisoformat(v) for k, v in results.timeline.items()}
        self.noted_years: set[int] = set()

    # ------------------------------------------------------------ helpers

    def add(self, code: str, path: str, says: Phrase, rule: str, **kw: Any) -> Finding:
        return finding(code, path, says, family=self.family, rules=(rule,), **kw)

    def calendar(self) -> Calendar:
        if self._calendar is None:
            from tallykit.procedure.workdays import statutory_calendar

            self._calendar = statutory_calendar()
        return self._calendar

    def param(self, key: Param[T]) -> T | None:
        """The profile's value of ``key``; None where its law has no such period."""
        return self.p.get(key)

    def covered(self, start: Date, end: Date, what: Phrase, rule: str, path: str) -> Generator[Finding, None, bool]:
        """Whether working days can be counted from ``start`` to ``end``. The years the library
        does not cover, and those counted from a supplied list (instead of the library's data,
        or where it has none), are a warning (once each)."""
        from tallykit.procedure.workdays import years_needed

        cal = self.calendar()
        years = years_needed(start, end)
        missing = [y for y in years if not cal.covers(y)]
        replaced = [y for y in years if cal.replaced(y)]
        supplied = [y for y in years if cal.supplied(y) and not cal.replaced(y)]
        for group, case in ((missing, "missing"), (replaced, "replaced"), (supplied, "supplied")):
            new = [y for y in group if y not in self.noted_years]
            if not new:
                continue
            self.noted_years.update(new)
            shown = year_ranges(new)
            if case == "missing" and cal.supplied_years:
                case = "uncovered"
            yield self.add(
                "TK-TIME-8",
                path,
                said(f"TK-TIME-8.{case}", years=shown, what=what, source=Source(cal.source)),
                rule,
                expected=f"calendar for {shown}",
                recorded=cal.source,
            )
        return not missing

    def deadline(self, anchor: Date, days: int, rule: str, path: str) -> Generator[Finding, None, tuple[Date, int | None]]:
        """The last day of "within ``days`` days of ``anchor``": ``anchor + days``, moved past days
        off when ``deadline_holiday_extension`` is on. When the calendar cannot say whether a day
        is off (TK-TIME-8), the last day known to be in time and the year it could not check."""
        last = plus_days(anchor, days)
        if not self.param(P.DEADLINE_HOLIDAY_EXTENSION):
            return last, None
        cal = self.calendar()
        while True:
            if not (yield from self.covered(last, last, said("what.extension"), rule, path)):
                return last, last.year
            if cal.is_workday(last) or last == Date.max:
                return last, None
            last += datetime.timedelta(1)

    # ------------------------------------------------------------ the checks

    def run(self) -> Iterator[Finding]:
        e, e_path = yield from self.election_day()
        if e is None:
            if self.t or any(p.registered_on for p in self.r.proxies):
                yield self.add(
                    "TK-TIME-1",
                    "/election/date",
                    said("TK-TIME-1.no_day"),
                    "TK-TIME-1",
                    severity=INFO,
                )
            return
        formed, f_path = yield from self.rounds(e)
        yield from self.generic(e, formed, f_path)
        kind = self.r.election.kind
        if kind in PARTY_ELECTIONS and self.family == Family.PARTY:
            yield from self.party(e, e_path, formed)
        elif kind in VILLAGER_ELECTIONS and self.family in (Family.VILLAGER, Family.RESIDENTS):
            yield from self.villager(e, e_path, formed, f_path)

    def election_day(self) -> Generator[Finding, None, tuple[Date | None, str]]:
        ed, te = self.r.election.date, self.t.get("election_day")
        if ed is not None and te is not None and Date.fromisoformat(ed) != te:
            yield self.add(
                "TK-TIME-1",
                "/timeline/election_day",
                said("TK-TIME-1.timeline", timeline=te, date=ed),
                "TK-TIME-1",
                expected=ed,
                recorded=te.isoformat(),
            )
        if ed is not None:
            return Date.fromisoformat(ed), "/election/date"
        if te is not None:
            return te, "/timeline/election_day"
        first = self.r.rounds[0].date if self.r.rounds else None
        return (Date.fromisoformat(first), "/rounds/0/date") if first else (None, "")

    def rounds(self, e: Date) -> Generator[Finding, None, tuple[Date, str]]:
        """Round dates: none before election day (the first vote), in order; the last vote is
        the day the new committee is formed."""
        last, last_path = e, "/election/date"
        for i, rnd in enumerate(self.r.rounds):
            if rnd.date is None:
                continue
            d, here = Date.fromisoformat(rnd.date), f"/rounds/{i}/date"
            if i == 0 and d != e:
                yield self.add(
                    "TK-TIME-1",
                    here,
                    said("TK-TIME-1.first", vote=d, day=e),
                    "TK-TIME-1",
                    expected=e.isoformat(),
                    recorded=rnd.date,
                )
            elif d < last:
                yield self.add(
                    "TK-TIME-1",
                    here,
                    said("TK-TIME-1.order", round=i + 1, vote=d, previous=last),
                    "TK-TIME-1",
                    expected=f">= {last}",
                    recorded=rnd.date,
                )
            if d >= last:
                last, last_path = d, here
        return last, last_path

    def order(
        self,
        a: str,
        b: str,
        rule: str,
        *,
        strict: bool = False,
        b_date: Date | None = None,
        b_key: str | None = None,
    ) -> Iterator[Finding]:
        """Timeline date ``a`` comes on or before (``strict``: before) ``b``."""
        x = self.t.get(a)
        y = b_date if b_date is not None else self.t.get(b)
        if x is None or y is None:
            return
        bad = x >= y if strict else x > y
        if bad:
            key = b_key or b
            yield self.add(
                "TK-TIME-2",
                f"/timeline/{a}",
                said(
                    "TK-TIME-2.order", event=Term(f"date.{a}"), date=x, other=Term(f"date.{key}"), other_date=y,
                    word=said("TK-TIME-2.before" if strict else "TK-TIME-2.on_or_before"),
                ),
                rule,
                expected=f"{'<' if strict else '<='} {y}",
                recorded=x.isoformat(),
            )

    def generic(self, e: Date, formed: Date, f_path: str) -> Iterator[Finding]:
        yield from self.order(
            "public_notice_start",
            "public_notice_end",
            "P-TIME-3" if self.family == Family.PARTY else "TK-TIME-2",
        )
        r = self.t.get("results_reported")
        if r is not None and r < formed:
            yield self.add(
                "TK-TIME-2",
                "/timeline/results_reported",
                said("TK-TIME-2.reported", reported=r, formed=formed),
                "P-TIME-4" if self.family == Family.PARTY else "TK-TIME-2",
                expected=f">= {formed}",
                recorded=r.isoformat(),
            )

    def before(
        self,
        key: str,
        e: Date,
        days: int | None,
        rule: str,
        param: str,
        *,
        severity: str | None = None,
        day: Date | None = None,
        path: str | None = None,
    ) -> Iterator[Finding]:
        """``key`` happened at least ``days`` days before election day ``e``."""
        d = day if day is not None else self.t.get(key)
        if d is None or days is None:
            return
        n = (e - d).days
        if n >= days:
            return
        event, setting = Term(f"date.{key}"), ParamName(param)
        if n < 0:
            says = said("TK-TIME-3.after", event=event, date=d, day=e, late=-n, days=days, param=setting)
        else:
            says = said("TK-TIME-3.short", event=event, date=d, day=e, n=n, days=days, param=setting)
        yield self.add(
            "TK-TIME-3",
            path or f"/timeline/{key}",
            says,
            rule,
            expected=f">= {days}",
            recorded=n,
            severity=severity,
        )

    def within(
        self,
        key: str,
        anchor_key: str,
        anchor: Date | None,
        days: int | None,
        rule: str,
        param: str,
        *,
        severity: str | None = None,
        day: Date | None = None,
        path: str | None = None,
    ) -> Iterator[Finding]:
        """``key`` happened on or after ``anchor`` and at most ``days`` days after it."""
        d = day if day is not None else self.t.get(key)
        if d is None or anchor is None or days is None:
            return
        here = path or f"/timeline/{key}"
        n = (d - anchor).days
        if n < 0:
            yield self.add(
                "TK-TIME-2",
                here,
                said("TK-TIME-2.before_anchor", event=Term(f"date.{key}"), date=d, anchor=Term(f"date.{anchor_key}"), anchor_date=anchor),
                rule,
                expected=f">= {anchor}",
                recorded=d.isoformat(),
                severity=severity,
            )
            return
        if d <= plus_days(anchor, days):
            return
        last, unknown = yield from self.deadline(anchor, days, rule, here)
        if d <= last:
            return
        moved: Phrase | str = ""
        if unknown is not None:
            moved = said("TK-TIME-4.unchecked", year=unknown)
        elif last != plus_days(anchor, days):
            moved = said("TK-TIME-4.moved")
        yield self.add(
            "TK-TIME-4",
            here,
            said(
                "TK-TIME-4", event=Term(f"date.{key}"), date=d, anchor=Term(f"date.{anchor_key}"), anchor_date=anchor, n=n,
                days=days, last=last, moved=moved, param=ParamName(param),
            ),
            rule,
            expected=f"<= {last}",
            recorded=n,
            severity=severity,
        )

    # ------------------------------------------------------------ party (P-TIME-1..4, P-SIZE-2)

    def party(self, e: Date, e_path: str, formed: Date) -> Iterator[Finding]:
        t = self.t
        yield from self.order("request_submitted", "request_approved", "P-TIME-1")
        for key in ("request_submitted", "request_approved", "preliminary_nominees_published"):
            yield from self.order(
                key,
                "election_day",
                "P-TIME-1" if key.startswith("request") else "P-TIME-2",
                strict=True,
                b_date=e,
            )
        yield from self.order("request_approved", "preliminary_nominees_published", "P-TIME-2")
        sub = t.get("request_submitted")
        months = self.param(P.REQUEST_LEAD_MONTHS)
        if sub is not None and sub < e and months:
            latest = minus_months(e, months)
            if sub > latest:
                yield self.add(
                    "TK-TIME-5",
                    "/timeline/request_submitted",
                    said(
                        "TK-TIME-5", submitted=sub, day=e, n=(e - sub).days, months=months, latest=latest,
                        param=ParamName("request_lead_months"),
                    ),
                    "P-TIME-1",
                    expected=f"<= {latest}",
                    recorded=sub.isoformat(),
                )
        start, end = t.get("public_notice_start"), t.get("public_notice_end")
        if start is not None and start < e:
            yield from self.order("preliminary_nominees_published", "public_notice_start", "P-TIME-2")
            yield from self.order("public_notice_end", "election_day", "P-TIME-2", strict=True, b_date=e)
            if end is not None and start <= end < e:
                yield from self.notice(
                    start,
                    end,
                    "prospective",
                    said("what.prospective"),
                    "P-TIME-3",
                )
        elif start is not None and end is not None and start <= end:
            yield from self.notice(start, end, "result", said("what.result"), "P-TIME-4")
        report = self.param(P.RESULT_REPORT_DAYS)
        reported = t.get("results_reported")
        on_or_after = reported is None or reported >= formed  # before: TK-TIME-2 in generic()
        if isinstance(report, int) and not isinstance(report, bool) and on_or_after:
            yield from self.within(
                "results_reported",
                "formed",
                formed,
                report,
                "P-TIME-4",
                "result_report_days",
                severity=WARNING,
            )
        yield from self.term(e, e_path, P.TERM_WINDOW_MONTHS, "P-SIZE-2", both_ways=True, severity=ERROR)

    def notice(self, start: Date, end: Date, which: str, what: Phrase, rule: str) -> Iterator[Finding]:
        """A 公示 from ``start`` to ``end`` lasts the profile's minimum, in its unit."""
        days_of, unit_of = NOTICE_PARAMS[which]
        need, unit = self.param(days_of), self.param(unit_of)
        with_start = bool(self.param(P.NOTICE_COUNTS_START_DAY))
        if need is None or unit is None:
            return
        path = "/timeline/public_notice_end"
        if unit == "working":
            from tallykit.procedure.workdays import years_needed

            cal = self.calendar()
            days = (end - start).days + (1 if with_start else 0)
            if days < need and not all(cal.covers(y) for y in years_needed(start, end)):
                yield from self.short_in_calendar_days(start, end, what, rule, days, need, which, with_start)
                return
            if not (yield from self.covered(start, end, what, rule, path)):
                return
            n = cal.workdays_after(start, end) + (1 if with_start and cal.is_workday(start) else 0)
        else:
            n = (end - start).days + (1 if with_start else 0)
        if n >= need:
            return
        src = said("TK-TIME-6.working", source=Source(self.calendar().source)) if unit == "working" else ""
        yield self.add(
            "TK-TIME-6",
            path,
            said(
                "TK-TIME-6", what=what, start=start, end=end, n=n, unit=Term(f"days.{unit}"), counted=_counted(with_start),
                source=src, need=need, param=ParamName(f"{which}_notice_days"),
            ),
            rule,
            expected=f">= {need}",
            recorded=n,
        )

    def short_in_calendar_days(
        self,
        start: Date,
        end: Date,
        what: Phrase,
        rule: str,
        days: int,
        need: int,
        which: str,
        with_start: bool,
    ) -> Iterator[Finding]:
        """A working-day 公示 in a year the calendar does not cover, already too short in calendar
        days (its working days are at most its calendar days): too short without the calendar."""
        yield self.add(
            "TK-TIME-6",
            "/timeline/public_notice_end",
            said(
                "TK-TIME-6.calendar", what=what, start=start, end=end, days=days, counted=_counted(with_start), need=need,
                param=ParamName(f"{which}_notice_days"),
            ),
            rule,
            expected=f">= {need}",
            recorded=f"<= {days}",
        )

    def term(
        self, e: Date, e_path: str, key: Param[int], rule: str, *, both_ways: bool, severity: str
    ) -> Iterator[Finding]:
        """The election within ``key`` months of the term's expiry (after it; ``both_ways``:
        also before it)."""
        exp, param = self.t.get("term_expires"), key.name
        months = self.param(key)
        if exp is None or months is None:
            return
        late, early = plus_months(exp, months), minus_months(exp, months)
        if e > late or (both_ways and e < early):
            bound = f"{early} — {late}" if both_ways else f"<= {late}"
            window = said("TK-TIME-7.window" if both_ways else "TK-TIME-7.by", early=early, late=late)
            yield self.add(
                "TK-TIME-7",
                e_path,
                said("TK-TIME-7", day=e, expires=exp, months=months, window=window, param=ParamName(param)),
                rule,
                expected=bound,
                recorded=e.isoformat(),
                severity=severity,
            )

    # ------------------------------------------------------------ villagers and residents (V-T-*)

    def villager(self, e: Date, e_path: str, formed: Date, f_path: str) -> Iterator[Finding]:
        t, p = self.t, self.param
        published = t.get("voter_list_published")
        yield from self.order("voter_registration_announced", "voter_list_published", "V-T-LIST")
        yield from self.before("voter_list_published", e, p(P.VOTER_LIST_DAYS), "V-T-LIST", "voter_list_days")
        lead, republish = p(P.VOTER_LIST_DAYS), p(P.POSTPONE_REPUBLISH_DAYS)
        if published is not None and lead is not None and republish is not None:
            gap, oldest = (e - published).days, lead + republish
            if gap >= oldest:
                yield self.add(
                    "TK-TIME-7",
                    "/timeline/voter_list_published",
                    said(
                        "TK-TIME-7.republish", published=published, day=e, gap=gap, lead=lead, republish=republish,
                        param=ParamName("postpone_republish_days"),
                    ),
                    "V-T-POSTPONE",
                    expected=f"< {oldest}",
                    recorded=gap,
                    severity=WARNING,
                )
        yield from self.within(
            "objection_received",
            "voter_list_published",
            published,
            p(P.OBJECTION_DAYS),
            "V-T-OBJ",
            "objection_days",
            severity=WARNING,
        )
        yield from self.within(
            "objection_answered",
            "objection_received",
            t.get("objection_received"),
            p(P.OBJECTION_ANSWER_DAYS),
            "V-T-OBJ",
            "objection_answer_days",
        )
        yield from self.order("objection_answered", "election_day", "V-T-OBJ", strict=True, b_date=e)
        yield from self.before(
            "candidates_published", e, p(P.CANDIDATE_LIST_DAYS), "V-T-CAND", "candidate_list_days"
        )
        yield from self.before(
            "time_place_announced", e, p(P.TIME_PLACE_DAYS), "V-T-TIMEPLACE", "time_place_days"
        )
        yield from self.proxies(e, published)
        yield from self.within(
            "handover_completed",
            "formed",
            formed,
            p(P.HANDOVER_DAYS),
            "V-T-HANDOVER",
            "handover_days",
        )
        yield from self.within(
            "supervisory_committee_elected",
            "formed",
            formed,
            p(P.SUPERVISORY_DAYS),
            "V-T-POST",
            "supervisory_days",
            severity=WARNING,
        )
        yield from self.supplementary(e)
        yield from self.term(e, e_path, P.TERM_POSTPONE_MONTHS, "V-T-TERM", both_ways=False, severity=WARNING)

    def proxies(self, e: Date, published: Date | None) -> Iterator[Finding]:
        """V-T-PROXY: by election day (or the profile's lead), within the seed plan's days of the
        voter list, published within its days of review and not after election day."""
        p = self.param
        for j, proxy in enumerate(self.r.proxies):
            if proxy.registered_on is None:
                continue
            d, here = Date.fromisoformat(proxy.registered_on), f"/proxies/{j}/registered_on"
            lead = p(P.PROXY_LEAD_DAYS)
            if lead is not None and (e - d).days < lead:
                yield from self.before(
                    "proxy_registered_on",
                    e,
                    p(P.PROXY_LEAD_DAYS),
                    "V-T-PROXY",
                    "proxy_lead_days",
                    day=d,
                    path=here,
                )
            else:
                yield from self.within(
                    "proxy_registered_on",
                    "voter_list_published",
                    published,
                    p(P.PROXY_REGISTRATION_DAYS),
                    "V-T-PROXY",
                    "proxy_registration_days",
                    severity=WARNING,
                    day=d,
                    path=here,
                )
        closed = self.t.get("proxy_registration_closed")
        yield from self.within(
            "proxy_registration_closed",
            "voter_list_published",
            published,
            p(P.PROXY_REGISTRATION_DAYS),
            "V-T-PROXY",
            "proxy_registration_days",
            severity=WARNING,
        )
        yield from self.within(
            "proxy_list_published",
            "proxy_registration_closed",
            closed,
            p(P.PROXY_PUBLISH_DAYS),
            "V-T-PROXY",
            "proxy_publish_days",
            severity=WARNING,
        )
        yield from self.order("proxy_list_published", "election_day", "V-T-PROXY", b_date=e)

    def supplementary(self, e: Date) -> Iterator[Finding]:
        """V-T-SUPP: a supplementary round within the profile's days of the previous vote (a
        round without a date is on election day, FORMAT.md); a round before the previous one is
        TK-TIME-1 (rounds())."""
        days = self.param(P.SUPPLEMENTARY_DAYS)
        prev: Date | None = None
        for i, rnd in enumerate(self.r.rounds):
            d = Date.fromisoformat(rnd.date) if rnd.date else e
            if rnd.kind == "supplementary" and prev is not None and d >= prev:
                yield from self.within(
                    "supplementary_round",
                    "previous_vote",
                    prev,
                    days,
                    "V-T-SUPP",
                    "supplementary_days",
                    severity=WARNING,
                    day=d,
                    path=f"/rounds/{i}/date",
                )
            prev = d


def _counted(with_start: bool) -> Phrase:
    """Whether a period's start day is counted (``notice_counts_start_day``), in words."""
    return said("TK-TIME-6.with_start" if with_start else "TK-TIME-6.without_start")


__all__ = ["minus_months", "plus_months", "timeline_findings"]
