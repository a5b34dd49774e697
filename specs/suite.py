"""The property suite in a fixed order, and a runner that writes replayable counterexamples."""

from __future__ import annotations

import importlib
import json
import os
from typing import Any

MODULES = (
    "arithmetic_exact",
    "gates_first",
    "classification",
    "conservation",
    "elected_over_threshold",
    "seats_bound",
    "no_leapfrog",
    "boundary_ties",
    "no_fill_from_below",
    "majority_bound",
    "feasibility_exact",
    "monotonicity",
    "anonymity_neutrality",
    "supplementary_third",
    "double_majority",
    "carry_down",
    "women_guarantee",
)


def properties(only: str | None = None) -> list[Any]:
    """The properties, or the one named ``only`` (KeyError if there is none)."""
    names = MODULES if only is None else (only,)
    if only is not None and only not in MODULES:
        raise KeyError(only)
    return [importlib.import_module(f"tallykit.specs.{name}").PROPERTY for name in names]


def prove(only: str | None = None, out_dir: str | None = None) -> list[dict[str, Any]]:
    """Run the suite; a counterexample with a replay file is written to ``out_dir``."""
    from tallykit.specs._harness import run

    reports = []
    for prop in properties(only):
        report = run(prop)
        replay = report.pop("replay")
        report["counterexample_file"] = None
        if replay is not None and out_dir is not None:
            os.makedirs(out_dir, exist_ok=True)
            path = os.path.join(out_dir, f"{prop.name}.json")
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(json.dumps(replay, ensure_ascii=False, indent=2) + "\n")
            report["counterexample_file"] = path
        reports.append(report)
    return reports


def all_good(reports: list[dict[str, Any]]) -> bool:
    return all(r["status"] == "proved" and r["variant_refuted"] for r in reports)
