"""The property suite in a fixed order, and a runner that writes replayable counterexamples."""

from __future__ import annotations

import importlib
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
    "tie_cuts",
    "one_post",
    "no_vote_base",
    "proxy_at_risk_exact",
    "checker_sound",
    "profile_defaults",
)


def properties(only: str | None = None) -> list[Any]:
    """The properties, or the one named ``only`` (KeyError if there is none)."""
    names = MODULES if only is None else (only,)
    if only is not None and only not in MODULES:
        raise KeyError(only)
    return [importlib.import_module(f"tallykit.specs.{name}").PROPERTY for name in names]


def prove(
    only: str | None = None, *, fail_fast: bool = False, trace: bool = True
) -> list[dict[str, Any]]:
    """Run the suite: one report per property; ``replay`` holds a counterexample's results file
    (for the command to write), or None. ``fail_fast`` stops after the first property that is not
    proved or whose variant is not refuted (mutation testing needs only the first failure);
    ``trace`` names the shipping functions each property reached (``reached``)."""
    from tallykit.specs._harness import run

    reports = []
    for prop in properties(only):
        reports.append(run(prop, trace))
        if fail_fast and not all_good(reports[-1:]):
            break
    return reports


def all_good(reports: list[dict[str, Any]]) -> bool:
    return all(r["status"] == "proved" and r["variant_refuted"] for r in reports)
