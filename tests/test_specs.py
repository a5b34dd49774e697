"""The specs tier: the whole prove suite runs here (and so in CI), within its time budget."""

import json
import time

import pytest
from click.testing import CliRunner

from tallykit.cli.main import main
from tallykit.counting import count
from tallykit.results import parse_results
from tallykit.specs import _seating, suite
from tallykit.specs._harness import COUNTEREXAMPLE, PROVED


@pytest.fixture(scope="module")
def reports():
    start = time.perf_counter()
    out = suite.prove()
    return out, time.perf_counter() - start


def test_every_property_proved_and_every_variant_refuted(reports):
    out, _ = reports
    assert [r["name"] for r in out] == list(suite.MODULES)
    bad = [
        (r["name"], r["status"], r["variant"], r["detail"])
        for r in out
        if r["status"] != PROVED or not r["variant_refuted"]
    ]
    assert bad == []


def test_time_budget(reports):
    out, total = reports
    assert total <= 60
    assert max(r["seconds"] for r in out) <= 10


def test_every_spec_states_rules_bounds_and_a_sentence():
    for prop in suite.properties():
        assert prop.rules and all(r[:2] in ("P-", "V-") for r in prop.rules)
        assert prop.bounds and prop.doc.endswith(".")


def test_counterexample_replays_with_count():
    """A broken variant's counterexample is a results file the shipping core counts differently."""
    from tallykit.specs import elected_over_threshold

    out = elected_over_threshold.check(True)
    assert out.status == COUNTEREXAMPLE
    rnd = count(parse_results(out.replay)).rounds[0]
    base = rnd.threshold.base
    tally = out.replay["rounds"][0]["tally"]["委员"]
    assert any(2 * v == base for v in tally.values())  # someone at exactly half...
    assert all(
        2 * tally[n] > base for n in rnd.elected["委员"]
    )  # ...whom the shipping code does not elect


def test_differential_catches_a_broken_fill_seats(monkeypatch):
    """The differential half can fail: a fill_seats that ignores ties disagrees with the rule."""
    from tallykit import counting

    def greedy(ranking, seats, qualifies):
        qualified = tuple(n for n, v in ranking if qualifies(v))
        return qualified, qualified[:seats], (), 0, max(0, seats - len(qualified))

    monkeypatch.setattr(counting, "fill_seats", greedy)
    out = _seating.shipping_agrees.__wrapped__()
    assert out.status == COUNTEREXAMPLE


def test_prove_cli_json_and_counterexample_dir(tmp_path):
    res = CliRunner().invoke(
        main, ["prove", "--only", "majority_bound", "--format", "json", "--out", str(tmp_path)]
    )
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["all_proved"] and data["properties"][0]["variant_refuted"]
    assert CliRunner().invoke(main, ["prove", "--only", "no_such"]).exit_code == 2


def test_prove_cli_fails_on_counterexample(tmp_path, monkeypatch):
    from tallykit.specs import seats_bound
    from tallykit.specs._harness import Property

    prop = seats_bound.PROPERTY
    flipped = Property(
        prop.name, prop.doc, prop.rules, prop.bounds, lambda broken: prop.check(True)
    )
    monkeypatch.setattr(seats_bound, "PROPERTY", flipped)
    res = CliRunner().invoke(main, ["prove", "--only", "seats_bound", "--out", str(tmp_path)])
    assert res.exit_code == 1
    replay = json.loads((tmp_path / "seats_bound.json").read_text(encoding="utf-8"))
    parse_results(replay)
