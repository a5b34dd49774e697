"""tallykit: count ballots and verify recorded results of Chinese grassroots elections.

The public API is the names in ``__all__``; everything else is internal. The core is pure:
no files, clock, randomness or printing.

Each public name is imported on first use (PEP 562), so importing one module of the package
(the standard-library-only certificate checker, ``tallykit.check.check_certificate``) loads
nothing else of it.
"""

import importlib
import typing

from tallykit.version import REPORT_FORMAT, __version__

# Public name -> (module, name there).
_PUBLIC = {
    "BallotClass": ("tallykit.vocabulary", "BallotClass"),
    "Calendar": ("tallykit.procedure.workdays", "Calendar"),
    "Count": ("tallykit.counting.outcome", "Count"),
    "ElectionKind": ("tallykit.vocabulary", "ElectionKind"),
    "Finding": ("tallykit.findings", "Finding"),
    "InputError": ("tallykit.errors", "InputError"),
    "Lang": ("tallykit.vocabulary", "Lang"),
    "Layout": ("tallykit.counting.ballots", "Layout"),
    "PROFILES": ("tallykit.profiles", "BUILTIN"),
    "Profile": ("tallykit.profiles", "Profile"),
    "Recount": ("tallykit.counting.ballots", "Recount"),
    "Report": ("tallykit.check.verify", "Report"),
    "Result": ("tallykit.vocabulary", "Result"),
    "Results": ("tallykit.results", "Results"),
    "RoundKind": ("tallykit.vocabulary", "RoundKind"),
    "RoundOutcome": ("tallykit.counting.outcome", "RoundOutcome"),
    "Seating": ("tallykit.counting.outcome", "Seating"),
    "Severity": ("tallykit.vocabulary", "Severity"),
    "Step": ("tallykit.counting.explain", "Step"),
    "TallykitError": ("tallykit.errors", "TallykitError"),
    "Threshold": ("tallykit.counting.outcome", "Threshold"),
    "Verdict": ("tallykit.counting.ballots", "Verdict"),
    "classify": ("tallykit.counting.ballots", "classify"),
    "count": ("tallykit.counting.rounds", "count"),
    "explain": ("tallykit.counting.explain", "explain"),
    "extend_profile": ("tallykit.profiles", "extend_profile"),
    "fill_seats": ("tallykit.counting.seating", "fill_seats"),
    "holiday_list": ("tallykit.procedure.workdays", "holiday_list"),
    "parse_results": ("tallykit.results", "parse_results"),
    "recount": ("tallykit.counting.ballots", "recount"),
    "report_document": ("tallykit.check.verify", "report_document"),
    "resolve_profile": ("tallykit.profiles", "resolve_profile"),
    "statutory_calendar": ("tallykit.procedure.workdays", "statutory_calendar"),
    "to_json": ("tallykit.serial", "to_json"),
    "verify": ("tallykit.check.verify", "verify"),
}

# The public names: those of _PUBLIC and the two constants above (tests/unit/test_api.py).
__all__ = [
    "BallotClass",
    "Calendar",
    "Count",
    "ElectionKind",
    "Finding",
    "InputError",
    "Lang",
    "Layout",
    "PROFILES",
    "Profile",
    "REPORT_FORMAT",
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
    "to_json",
    "verify",
]


def __getattr__(name: str) -> typing.Any:
    """A public name, imported from its module on first use and kept."""
    if name not in _PUBLIC:
        raise AttributeError(f"module 'tallykit' has no attribute {name!r}")
    module, attr = _PUBLIC[name]
    value = getattr(importlib.import_module(module), attr)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_PUBLIC})


if typing.TYPE_CHECKING:  # what a type checker sees: the same names, imported eagerly
    from tallykit.check.verify import Report, report_document, verify
    from tallykit.counting.ballots import Layout, Recount, Verdict, classify, recount
    from tallykit.counting.explain import Step, explain
    from tallykit.counting.outcome import Count, RoundOutcome, Seating, Threshold
    from tallykit.counting.rounds import count
    from tallykit.counting.seating import fill_seats
    from tallykit.errors import InputError, TallykitError
    from tallykit.findings import Finding
    from tallykit.procedure.workdays import Calendar, holiday_list, statutory_calendar
    from tallykit.profiles import BUILTIN as PROFILES
    from tallykit.profiles import Profile, extend_profile, resolve_profile
    from tallykit.results import Results, parse_results
    from tallykit.serial import to_json
    from tallykit.vocabulary import BallotClass, ElectionKind, Lang, Result, RoundKind, Severity
