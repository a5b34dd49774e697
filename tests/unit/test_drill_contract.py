"""The drill contract (issue: every outcome right): ``tallykit drill --seed S --count 30 --format
json`` gives scenarios that verify with their own answer, and each fails verify when any one
declared field — void, elected, next, recalled — is altered."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any

import pytest

from tallykit.results import parse_results
from tallykit.check.verify import verify

NEXT = (None, "tie_revote", "supplementary", "seat_reduction")


def errors(data: dict[str, Any]) -> set[str]:
    return {f.code for f in verify(parse_results(data)).findings if f.severity == "error"}


def alterations(data: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every single-field change of a declaration: void flipped; per post one elected name
    dropped or one printed, unelected name added; every other next step; a recall target added
    to or dropped from ``recalled``."""
    for i, rnd in enumerate(data["rounds"]):
        d = rnd.get("declared")
        if d is None:
            continue

        def changed(key: str, value: Any) -> dict[str, Any]:
            out = copy.deepcopy(data)
            out["rounds"][i]["declared"][key] = value
            return out

        yield f"{i}/void", changed("void", not d.get("void"))
        for post, names in (d.get("elected") or {}).items():
            if names:
                yield f"{i}/elected/{post}-", changed("elected", {**d["elected"], post: names[1:]})
            others = [n for n in rnd.get("candidates", {}).get(post, []) if n not in names]
            if others:
                yield f"{i}/elected/{post}+", changed(
                    "elected", {**d["elected"], post: [*names, others[0]]}
                )
        for step in NEXT:
            if step != d.get("next"):
                yield f"{i}/next={step}", changed("next", step)
        if "recalled" in d:
            targets = rnd.get("targets", [])
            for t in targets:
                now = list(d["recalled"])
                yield f"{i}/recalled~{t}", changed(
                    "recalled", [x for x in now if x != t] if t in now else [*now, t]
                )


@pytest.fixture(scope="module", params=[0, 11])
def drilled(request):
    from click.testing import CliRunner

    from tallykit.cli.main import main

    out = CliRunner().invoke(
        main, ["drill", "--seed", str(request.param), "--count", "30", "--format", "json"]
    )
    assert out.exit_code == 0, out.stderr
    items = json.loads(out.stdout)["items"]
    assert len(items) == 30
    return items


def test_every_scenario_verifies_with_its_own_answer(drilled):
    for it in drilled:
        assert errors(it["scenario"]) == set(), it["id"]


def test_altering_any_one_declared_field_fails_verify(drilled):
    tried = 0
    for it in drilled:
        for what, data in alterations(it["scenario"]):
            tried += 1
            assert errors(data), (it["id"], what)
    assert tried >= 30 * 5


def test_altering_a_recall_declaration_fails_verify():
    """The drill has no recall topic yet, so the same alterations on the recall case: adding or
    dropping any target in ``recalled`` (or flipping void, or naming a next step) is an error."""
    from pathlib import Path

    case = Path(__file__).resolve().parents[1] / "cases" / "recall_majority_of_voters" / "input.json"
    data = json.loads(case.read_text(encoding="utf-8"))
    changes = dict(alterations(data))

    assert errors(data) == set()
    assert {"0/recalled~方德胜", "0/recalled~石金凤"} <= set(changes)
    for what, changed in changes.items():
        assert errors(changed), what
