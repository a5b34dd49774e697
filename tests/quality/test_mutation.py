"""The mutation-testing driver (mutation/run.py) and ``tallykit prove --fail-fast``: the sample is
fixed by its seed and draws from every group, every configured module belongs to one group whose
tests exist, verdicts are read from the commands' output, and prove stops at the first failure."""

import importlib.util
import pathlib
import sys
import tomllib

from tallykit.specs import suite
from tallykit.specs._harness import COUNTEREXAMPLE, PROVED, Outcome, Property

ROOT = pathlib.Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("mutation_run", ROOT / "mutation" / "run.py")
run = sys.modules["mutation_run"] = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(run)


def _mutants():
    return [
        run.Mutant(group, f"tallykit/{group}{k % 3}.py", f"core/Op{k % 5}", k, k)
        for group in ("checker", "core", "verify")
        for k in range(40)
    ]


def test_the_sample_is_fixed_by_the_seed_and_draws_from_every_group():
    every = _mutants()
    one, again, other = (run.sample(every, 5, s) for s in (16, 16, 17))
    assert one == again and one != other
    assert {m.group: sum(x.group == m.group for x in one) for m in one} == {
        "checker": 5,
        "core": 5,
        "verify": 5,
    }
    assert run.sample(every, 0, 16) == every


def test_every_configured_module_is_in_one_group_whose_tests_exist():
    cfg = tomllib.loads((ROOT / "mutation" / "cosmic-ray.toml").read_text(encoding="utf-8"))
    groups = cfg["tallykit-mutation"]["groups"]
    modules = [m for g in groups.values() for m in g["modules"]]
    assert sorted(modules) == sorted(cfg["cosmic-ray"]["module-path"])
    for spec in groups.values():
        assert spec["tests"] and all((ROOT / t).is_file() for t in spec["tests"])
        assert "tests/specs/test_specs.py" not in spec["tests"]  # that is prove, counted apart
    for module in modules:
        assert (ROOT / module).is_file()


def test_verdicts_are_read_from_the_output():
    prove_out = '{"tallykit_prove": 1, "properties": [{"name": "seats_bound", "status": "counterexample", "variant_refuted": true}]}'
    assert run.verdict(1, prove_out, True) == {
        "verdict": "killed",
        "by": "seats_bound: counterexample",
    }
    assert run.verdict(0, "", True) == {"verdict": "survived", "by": ""}
    assert run.verdict(None, "", False) == {"verdict": "timeout", "by": ""}
    pytest_out = "F\nFAILED tests/test_x.py::test_y - assert 1 == 2\n"
    assert run.verdict(1, pytest_out, False) == {
        "verdict": "killed",
        "by": "tests/test_x.py::test_y",
    }
    assert run.verdict(3, "Traceback ...", False)["verdict"] == "killed"


def test_prove_fail_fast_stops_at_the_first_property_not_proved(monkeypatch):
    def prop(name, status):
        check = lambda broken: Outcome(COUNTEREXAMPLE if broken else status)  # noqa: E731
        return Property(name, "A property.", ("P-ELECT-1",), "none", check)

    props = [prop("a", PROVED), prop("b", COUNTEREXAMPLE), prop("c", PROVED)]
    monkeypatch.setattr(suite, "properties", lambda only=None: props)
    assert [r["name"] for r in suite.prove()] == ["a", "b", "c"]
    assert [r["name"] for r in suite.prove(fail_fast=True)] == ["a", "b"]
