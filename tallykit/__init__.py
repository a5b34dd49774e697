"""tallykit: count ballots and verify recorded results of Chinese grassroots elections.

The public API is the names in ``__all__``; everything else is internal. The core is pure:
no files, clock, randomness or printing.
"""

from tallykit.ballots import Layout, Recount, Verdict, classify, recount
from tallykit.counting import Count, RoundOutcome, Seating, Threshold, count, fill_seats
from tallykit.errors import InputError, TallykitError
from tallykit.profiles import BUILTIN as PROFILES
from tallykit.profiles import Profile, extend_profile, resolve_profile
from tallykit.findings import Finding
from tallykit.results import Results, parse_results
from tallykit.verify import Report, report_document, verify
from tallykit.explain import Step, explain
from tallykit.workdays import Calendar, holiday_list, statutory_calendar

from tallykit.version import REPORT_FORMAT, __version__
from tallykit.vocabulary import BallotClass, ElectionKind, Result, RoundKind, Severity

__all__ = [
    "BallotClass",
    "Calendar",
    "Count",
    "ElectionKind",
    "Finding",
    "InputError",
    "Layout",
    "PROFILES",
    "REPORT_FORMAT",
    "Profile",
    "Recount",
    "Report",
    "Result",
    "Results",
    "RoundKind",
    "RoundOutcome",
    "Seating",
    "Severity",
    "Step",
    "TallykitError",
    "Threshold",
    "Verdict",
    "__version__",
    "classify",
    "count",
    "explain",
    "extend_profile",
    "fill_seats",
    "holiday_list",
    "parse_results",
    "recount",
    "report_document",
    "resolve_profile",
    "statutory_calendar",
    "verify",
]
