"""The proof harness: a property, its outcome, a solver where ``unknown`` is a failure, and the
results-format files that replay a counterexample with ``tallykit count``."""

from __future__ import annotations

import inspect
import itertools
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import z3

# z3's resource limit per solver call: a count of its own steps, not a clock, so a proof gives the
# same verdict on an idle or a loaded machine. Beyond it a call answers ``unknown``, which fails.
# The largest call of the suite uses about 13 million (measured with z3 4.x and 5.4); this is
# fifteen times that. Time budgets are for benchmarks/prove_budget.py, never for the tests.
RLIMIT = 200_000_000
NAMES = ("甲", "乙", "丙", "丁", "戊", "己", "庚", "辛")

PROVED, COUNTEREXAMPLE, UNKNOWN = "proved", "counterexample", "unknown"


@dataclass(frozen=True)
class Outcome:
    """What one check found: proved, a counterexample (with a replayable file), or unknown."""

    status: str
    detail: str = ""
    replay: dict[str, Any] | None = None


@dataclass(frozen=True)
class Property:
    """One specified property: the rules it covers, its bounds, and ``check(broken) -> Outcome``.

    ``check(False)`` proves the property of the shipping code; ``check(True)`` runs the same
    statement against a deliberately wrong rule, which must come back as a counterexample.
    """

    name: str
    doc: str
    rules: tuple[str, ...]
    bounds: str
    check: Callable[[bool], Outcome] = field(repr=False)


def summary(doc: str | None) -> str:
    """A module docstring's first sentence, on one line."""
    return " ".join((doc or "").split("\n\n")[0].split())


def bounded_solver() -> z3.Solver:
    """A solver that gives up (``unknown``) after RLIMIT steps, whatever the machine's load."""
    solver = z3.Solver()
    solver.set("rlimit", RLIMIT)
    return solver


def refute(
    constraints: Sequence[Any], render: Callable[[z3.ModelRef], Outcome] | None = None
) -> Outcome:
    """Prove a claim by showing its negation (``constraints``) unsatisfiable."""
    solver = bounded_solver()
    solver.add(*constraints)
    answer = solver.check()
    if answer == z3.unsat:
        return Outcome(PROVED)
    if answer == z3.sat:
        model = solver.model()
        if render is not None:
            return render(model)
        return Outcome(COUNTEREXAMPLE, str(model))
    return Outcome(UNKNOWN, f"z3: {solver.reason_unknown()}")


def first(outcomes: Iterable[Outcome]) -> Outcome:
    """The first outcome that is not ``proved`` (lazily), else proved with every detail."""
    details = []
    for out in outcomes:
        if out.status != PROVED:
            return out
        if out.detail:
            details.append(out.detail)
    return Outcome(PROVED, "; ".join(details))


def differential(cases: Iterable[Any], agrees: Callable[[Any], bool], what: str) -> Outcome:
    """Bounded exhaustive test of shipping code against the rule: the first disagreement."""
    n = 0
    for case in cases:
        n += 1
        if not agrees(case):
            return Outcome(
                COUNTEREXAMPLE, f"{what}: shipping code disagrees with the rule at {case!r}"
            )
    return Outcome(PROVED, f"{what}: {n} cases agree")


def proof_and_tests(
    broken: bool, proof: Callable[[bool], Outcome], *tests: Callable[[], Outcome]
) -> Outcome:
    """The usual shape of a property: its z3 proof, then the differential tests of the shipping
    code (lazily, first failure wins); the broken variant is the proof of the broken statement."""
    if broken:
        return proof(True)
    return first(x() for x in (lambda: proof(False), *tests))


def party_and_villager(
    broken: bool,
    proofs: tuple[Callable[[bool], Outcome], Callable[[bool], Outcome]],
    tests: tuple[tuple[Callable[[], Iterable[Any]], Callable[[Any], bool]], ...],
    what: str,
) -> Outcome:
    """A property stated for party and for villager ballots: proved when both proofs and both
    differential tests (party, then villager) pass; its broken variant counts as refuted only
    when both statements refute it."""
    if broken:
        outs = [proof(True) for proof in proofs]
        return next((o for o in outs if o.status != COUNTEREXAMPLE), outs[1])
    names = (what, f"{what} (villager)")
    return first(
        x()
        for proof, (cases, agrees), name in zip(proofs, tests, names)
        for x in (lambda: proof(False), lambda: differential(cases(), agrees, name))
    )


def ints(prefix: str, n: int) -> list[z3.ArithRef]:
    return [z3.Int(f"{prefix}{i}") for i in range(n)]


def value(model: z3.ModelRef, term: Any) -> int:
    return model.eval(term, model_completion=True).as_long()


def descending(n: int, top: int) -> Iterable[tuple[int, ...]]:
    """Every vote ranking of ``n`` candidates with votes ``0..top``, most first."""
    for combo in itertools.combinations_with_replacement(range(top, -1, -1), n):
        yield combo


def party_results(
    votes: Sequence[int],
    seats: int,
    *,
    expected: int,
    present: int | None = None,
    issued: int | None = None,
    returned: int | None = None,
    profile: str = "party-2020",
    note: str = "",
) -> dict[str, Any]:
    """A results-format file (party committee, one formal round) that replays a counterexample."""
    present = expected if present is None else present
    issued = present if issued is None else issued
    returned = issued if returned is None else returned
    names = list(NAMES[: len(votes)])
    data: dict[str, Any] = {
        "format": "tallykit.results/1",
        "profile": profile,
        "election": {"kind": "party_committee", "positions": [{"name": "委员", "seats": seats}]},
        "electorate": {"expected": expected, "present": present},
        "candidates": [{"name": n, "positions": ["委员"]} for n in names],
        "rounds": [
            {
                "kind": "formal",
                "positions": [{"name": "委员", "seats": seats}],
                "candidates": {"委员": names},
                "ballots": {
                    "issued": issued,
                    "returned": returned,
                    "valid": returned,
                    "invalid": 0,
                },
                "tally": {"委员": dict(zip(names, votes))},
            }
        ],
    }
    if note:
        data["extensions"] = {"tallykit.prove": note}
    return data


def traced(check: Callable[[], Outcome]) -> tuple[Outcome, list[str]]:
    """Run ``check`` and name every shipping function it reached: each function of the
    ``tallykit`` package (not the specs, not the command line) that ran at least once, as
    ``module.function``, found by tracing calls rather than declared by hand."""
    import tallykit

    home = str(Path(tallykit.__file__).resolve().parent)
    codes: set[Any] = set()

    def tracer(frame: Any, event: str, arg: Any) -> None:
        codes.add(frame.f_code)

    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        out = check()
    finally:
        sys.settrace(previous)
    names = set()
    for code in codes:
        if not code.co_flags & inspect.CO_OPTIMIZED:  # a module or class body, not a function
            continue
        path = str(Path(code.co_filename).resolve())
        if not path.startswith(home + "/"):
            continue
        module = ".".join(Path(path[len(home) + 1 :]).with_suffix("").parts)
        if module.split(".")[0] in ("specs", "cli", "web") or module.endswith("__init__"):
            continue
        function = getattr(code, "co_qualname", code.co_name).split(".<locals>")[0]
        if not function.startswith("<"):
            names.add(f"{module}.{function}")
    return out, sorted(names)


def run(prop: Property, trace: bool = True) -> dict[str, Any]:
    """Check a property (tracing the shipping functions it reaches, unless ``trace`` is off: the
    tracing doubles the time) and its broken variant; timing is wall-clock seconds for both."""
    start = time.perf_counter()
    real, reached = traced(lambda: prop.check(False)) if trace else (prop.check(False), [])
    broken = prop.check(True)
    seconds = time.perf_counter() - start
    return {
        "name": prop.name,
        "doc": prop.doc,
        "rules": list(prop.rules),
        "bounds": prop.bounds,
        "reached": reached,
        "status": real.status,
        "detail": real.detail,
        "seconds": round(seconds, 3),
        "variant": broken.status,
        "variant_refuted": broken.status == COUNTEREXAMPLE,
        "replay": real.replay,
    }
