"""What every check reads: a results file, its recount under the profile used, and the working-day
calendar; and how a check words a finding of its code (``Subject.finding``).

The checks themselves are generator functions registered by catalogue code
(``tallykit.findings.check``): ``tallykit.check.verify`` for the counts and the declared outcome,
``eligibility`` and ``composition`` for the people, ``timeline`` for the dates.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import msgspec

from tallykit.counting.outcome import Count
from tallykit.findings import BY_CODE, Finding, finding, said
from tallykit.profiles import Profile, reported
from tallykit.results import Results
from tallykit.text.words import Phrase, Term
from tallykit.vocabulary import Family

if TYPE_CHECKING:  # working days are loaded when a period is counted in them
    from tallykit.procedure.workdays import Calendar


class Subject(msgspec.Struct, frozen=True):
    """One results file being verified: the file, its recount and the calendar (``None``: the
    statutory one, loaded only when a working day is counted)."""

    results: Results
    counted: Count
    calendar: Calendar | None = None

    @property
    def profile(self) -> Profile:
        return self.counted.profile

    @property
    def family(self) -> Family:
        return self.counted.profile.family

    def finding(self, code: str, path: str, *parts: Phrase, param: str | None = None, **kw: Any) -> Finding:
        """A finding of ``code`` saying ``parts``. ``param``: the profile parameter the check
        applied; where the profile rests it on a rule of its own (the amended law's, e.g.
        V-2026-KIN-1) that rule is cited too, and a grade-C value says it is reported, not
        verified (``caveat``)."""
        profile = self.profile
        if param is not None and profile.applies(param):
            own = profile.settings[param].rule
            if own:
                cited = kw.get("rules") or BY_CODE[code].rules_for(self.family)
                kw["rules"] = (*cited, own)
            parts = (*parts, *caveat(profile, param))
        return finding(code, path, *parts, family=self.family, **kw)


def caveat(profile: Profile, param: str) -> tuple[Phrase, ...]:
    """For a value of ``profile`` resting on a report of the 2025 amendments, the phrase that
    says so ('（V-2026-KIN-1：据报道，通过文本未核实）'); else none."""
    setting = profile.settings.get(param)
    if setting is None or not reported(setting.rule, setting.grade):
        return ()
    return (said("caveat", rule=setting.rule, reported=Term("profile.reported")),)


__all__ = ["Subject", "caveat"]
