"""The one report that decides every command's exit code.

A command records what it judged — each file's status (``verify``), a certificate accepted or
rejected, every property proved or not — or that it could not do its work (bad usage, an
unreadable input, a bug), and ``RunReport.exit_code`` says: 0 nothing is wrong, 1 at least one
error finding (a rejected certificate, an unproved property), 2 unreadable input, a bug or bad
usage. ``verify``'s summary counts the same statuses.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from typing import Any

import msgspec

from tallykit.vocabulary import Severity, Word


class Exit(enum.IntEnum):
    """A command's exit code."""

    OK = 0
    FINDINGS = 1
    UNUSABLE = 2


class Status(Word):
    """What a person is told about one judged file (a verify report entry)."""

    OK = "ok"
    WARNINGS = "warnings"
    ERRORS = "errors"
    UNREADABLE = "unreadable"
    INTERNAL_ERROR = "internal_error"


def entry_status(entry: Mapping[str, Any]) -> Status:
    """The status of a verify report entry: unreadable or internal_error as recorded, else by
    its worst finding (errors, warnings only, or ok)."""
    if entry["status"] in (Status.UNREADABLE, Status.INTERNAL_ERROR):
        return Status(entry["status"])
    severities = {f["severity"] for f in entry["findings"]}
    return Status.ERRORS if Severity.ERROR in severities else Status.WARNINGS if Severity.WARNING in severities else Status.OK


class RunReport(msgspec.Struct, frozen=True):
    """What one command run judged (``statuses``) and whether it could do its work at all."""

    statuses: tuple[Status, ...] = ()
    unusable: bool = False

    @classmethod
    def of_entries(cls, entries: Iterable[Mapping[str, Any]]) -> RunReport:
        """The run of a verify report's entries."""
        return cls(tuple(entry_status(e) for e in entries))

    def failed(self) -> RunReport:
        """The same run, unable to do (part of) its work: bad usage, an empty folder."""
        return msgspec.structs.replace(self, unusable=True)

    @property
    def summary(self) -> dict[str, int]:
        """The verify report's ``summary``: how many files, and how many of each status."""
        return {
            "files": len(self.statuses),
            "ok": self.statuses.count(Status.OK),
            "with_errors": self.statuses.count(Status.ERRORS),
            "with_warnings": self.statuses.count(Status.WARNINGS),
            "unreadable": self.statuses.count(Status.UNREADABLE),
            "internal_errors": self.statuses.count(Status.INTERNAL_ERROR),
        }

    @property
    def exit_code(self) -> Exit:
        """2 when the run could not do its work or a file could not be judged; 1 when a file has
        an error finding; else 0.

        >>> RunReport((Status.OK, Status.WARNINGS)).exit_code, RunReport((Status.ERRORS,)).exit_code
        (<Exit.OK: 0>, <Exit.FINDINGS: 1>)
        >>> RunReport((Status.ERRORS, Status.UNREADABLE)).exit_code, RunReport().failed().exit_code
        (<Exit.UNUSABLE: 2>, <Exit.UNUSABLE: 2>)
        """
        if self.unusable or Status.UNREADABLE in self.statuses or Status.INTERNAL_ERROR in self.statuses:
            return Exit.UNUSABLE
        return Exit.FINDINGS if Status.ERRORS in self.statuses else Exit.OK


DONE = RunReport()
"""A command that did its work and found nothing wrong (explain, count, convert, …)."""
REJECTED = RunReport((Status.ERRORS,))
"""A command whose one judgement is negative (a certificate rejected, a property not proved)."""
UNUSABLE = RunReport().failed()
"""A command that could not do its work: bad usage, an unreadable input, a bug."""

__all__ = ["DONE", "Exit", "REJECTED", "RunReport", "Status", "UNUSABLE", "entry_status"]
