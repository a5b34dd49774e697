"""A vendor's script using tallykit's public API, checked with ``mypy --strict`` by
tests/quality/test_typing.py: every name it uses must be typed, so a type error here is a
failure."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import tallykit
from tallykit import (
    PROFILES,
    REPORT_FORMAT,
    Count,
    Finding,
    InputError,
    Lang,
    Profile,
    Report,
    Result,
    Results,
    RoundOutcome,
    Severity,
    Step,
    count,
    explain,
    parse_results,
    report_document,
    resolve_profile,
    verify,
)


def load(path: Path) -> Results | None:
    """The file's results, or None with the input error printed in English."""
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
        return parse_results(data)
    except InputError as err:
        print(err.path, err.rule, err.message(Lang.EN))
        return None


def summary(results: Results, profile_id: str | None = None) -> dict[str, Any]:
    """What an embedding system keeps of one file: the outcome, the errors, the JSON report."""
    profile: Profile | None = PROFILES[profile_id] if profile_id else None
    counted: Count = count(results, profile=profile)
    first: RoundOutcome = counted.rounds[0]
    formula: str | None = first.threshold.formula if first.threshold is not None else None
    elected: dict[str, list[str]] = counted.elected
    report: Report = verify(results, profile=profile)
    errors: list[Finding] = [f for f in report.findings if f.severity is Severity.ERROR]
    seated: bool = first.result in (Result.ELECTED, Result.VACANCY)
    steps: tuple[Step, ...] = explain(results, counted)
    document: dict[str, Any] = report_document([report.entry("a.json", None, Lang.EN)])
    assert document["format"] == REPORT_FORMAT
    return {
        "version": tallykit.__version__,
        "result": first.result,
        "seated": seated,
        "formula": formula,
        "elected": elected,
        "errors": [(f.code, f.rules, f.path) for f in errors],
        "steps": [s.en for s in steps],
        "profile": resolve_profile("party-2020", kind="party_committee").id,
    }


def main() -> None:
    results = load(Path("examples/party-2020-branch-ok.json"))
    if results is not None:
        print(json.dumps(summary(results), ensure_ascii=False))


if __name__ == "__main__":
    main()
