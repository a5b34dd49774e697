"""What every check reads: a results file, its recount under the profile used, and the working-day
calendar; and how a check words a finding of its code (``Subject.finding``).

The checks themselves are generator functions registered by catalogue code
(``tallykit.findings.check``): ``tallykit.check.verify`` for the counts and the declared outcome,
``eligibility`` and ``composition`` for the people, ``timeline`` for the dates.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from tallykit.counting.outcome import Count
from tallykit.findings import BY_CODE, Finding, finding
from tallykit.profiles import Profile
from tallykit.results import Results
from tallykit.vocabulary import Lang

if TYPE_CHECKING:  # working days are loaded when a period is counted in them
    from tallykit.procedure.workdays import Calendar


@attrs.frozen
class Subject:
    """One results file being verified: the file, its recount and the calendar (``None``: the
    statutory one, loaded only when a working day is counted)."""

    results: Results
    counted: Count
    calendar: Calendar | None = None

    @property
    def profile(self) -> Profile:
        return self.counted.profile

    @property
    def family(self) -> str:
        return self.counted.profile.family

    def finding(self, code: str, path: str, zh: str, en: str, *, param: str | None = None, **kw: Any) -> Finding:
        """A finding of ``code``. ``param``: the profile parameter the check applied; where the
        profile rests it on a rule of its own (the amended law's, e.g. V-2026-KIN-1) that rule is
        cited too, and a grade-C value says it is reported, not verified (``Profile.caveat``)."""
        profile = self.profile
        if param is not None and profile.applies(param):
            own = profile.settings[param].rule
            if own:
                cited = kw.get("rules") or BY_CODE[code].rules_for(self.family)
                kw["rules"] = (*cited, own)
            zh += profile.caveat(param, Lang.ZH)
            en += profile.caveat(param, Lang.EN)
        return finding(code, path, zh, en, family=self.family, **kw)


__all__ = ["Subject"]
