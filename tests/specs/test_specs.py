"""The specs tier: the whole prove suite runs here (and so in CI). Its verdicts do not depend on
the machine's load: every solver call is bounded by z3's resource limit (specs/_harness.RLIMIT),
never by a clock; the time budget is measured by benchmarks/prove_budget.py, not asserted here."""

import json

import pytest
from click.testing import CliRunner

from tallykit.cli.main import main
from tallykit.counting.rounds import count
from tallykit.results import parse_results
from tallykit.specs import _seating, suite
from tallykit.specs._harness import COUNTEREXAMPLE, PROVED


@pytest.fixture(scope="module")
def reports():
    return suite.prove(trace=False), None


def test_every_property_proved_and_every_variant_refuted(reports):
    out, _ = reports
    assert [r["name"] for r in out] == list(suite.MODULES)
    bad = [
        (r["name"], r["status"], r["variant"], r["detail"])
        for r in out
        if r["status"] != PROVED or not r["variant_refuted"]
    ]
    assert bad == []


def test_solvers_are_bounded_by_resource_not_by_time(monkeypatch):
    """A proof that needs more than the resource limit is ``unknown`` (a failure) on any machine:
    with the limit lowered, the heaviest property stops being proved, deterministically."""
    from tallykit.specs import _harness, no_leapfrog

    monkeypatch.setattr(_harness, "RLIMIT", 1000)
    first = no_leapfrog.check(False)
    assert first.status == "unknown" and ("resource" in first.detail or "canceled" in first.detail)
    assert no_leapfrog.check(False) == first


def test_every_spec_states_rules_bounds_and_a_sentence():
    for prop in suite.properties():
        assert prop.rules and all(r.split("-")[0] in ("P", "V", "R", "TK") for r in prop.rules)
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
    from tallykit.counting import seating

    def greedy(ranking, seats, qualifies):
        qualified = tuple(n for n, v in ranking if qualifies(v))
        return qualified, qualified[:seats], (), 0, max(0, seats - len(qualified))

    monkeypatch.setattr(seating, "fill_seats", greedy)
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


NEW_VILLAGER_PROPERTIES = ("carry_down", "women_guarantee")


def test_villager_properties_are_in_the_suite(reports):
    """The villager side (issue 5): carry-down and the women's guarantee are proved, their
    broken variants refuted, and the shared properties name villager rules."""
    out, _ = reports
    by_name = {r["name"]: r for r in out}
    for name in NEW_VILLAGER_PROPERTIES:
        assert by_name[name]["status"] == PROVED and by_name[name]["variant_refuted"]
    assert "classify (villager)" in by_name["classification"]["detail"]
    assert "recount (villager)" in by_name["conservation"]["detail"]
    assert "rounds.count_round (supplementary)" in by_name["supplementary_third"]["detail"]
    assert "rounds.count_round (formal)" in by_name["double_majority"]["detail"]


def _max_carried(replay):
    """The largest count any person has on any post's ranking, and the ballots counted."""
    rnd = count(parse_results(replay)).rounds[0]
    return max((v for s in rnd.seating for _, v in s.ranking), default=0), rnd.recount.counted


def test_carry_down_counterexample_replays_without_a_double_vote():
    """The broken variant (no V-SAME-PERSON-1) finds one ballot giving someone two carried
    votes; the shipping core, counting that file with 上票下加 mandatory, gives at most one."""
    from tallykit.specs import carry_down

    out = carry_down.check(True)
    assert out.status == COUNTEREXAMPLE
    assert out.replay["profile"]["set"]["carry_down"] == "mandatory"
    most, counted = _max_carried(out.replay)
    assert most <= counted


def test_carry_down_counts_a_person_on_two_posts_once():
    """甲 marked for 主任 and 委员 on each of three ballots: with 上票下加 the 委员 count of a
    not-elected 甲 is three, not six (V-POS-2 with V-SAME-PERSON-1)."""
    from tallykit.specs._villager import profile_ref, villager_results, villager_round

    records = [{"count": 3, "marks": {"主任": "○ ", "委员": "○ "}}]
    records.append({"count": 4, "marks": {"主任": " ○", "委员": "  "}})
    rnd = villager_round(
        "formal",
        {"主任": 1, "委员": 1},
        {"主任": ["甲", "乙"], "委员": ["甲", "丙"]},
        returned=7,
        records=records,
    )
    data = villager_results([rnd], registered=7, profile=profile_ref(carry_down="mandatory"))
    member = count(parse_results(data)).rounds[0].seating[1]
    assert dict(member.ranking)["甲"] == 3


def test_carry_down_differential_catches_a_missing_same_person_rule(monkeypatch):
    """With V-SAME-PERSON-1 switched off in ballots.classify, the villager differential fails."""
    from tallykit.counting import ballots
    from tallykit.specs import carry_down

    monkeypatch.setattr(ballots, "_same_person", lambda *a: None)
    out = carry_down.differential(
        carry_down._classify_cases(), carry_down._classify_agrees, "classify (villager)"
    )
    assert out.status == COUNTEREXAMPLE


def test_women_counterexample_replays_with_the_woman_elected():
    """The broken variant (guarantee not applied) leaves a woman with a majority out; the
    shipping core, counting the replay file, elects a woman to the member post."""
    from tallykit.specs import women_guarantee

    out = women_guarantee.check(True)
    assert out.status == COUNTEREXAMPLE
    rnd = count(parse_results(out.replay)).rounds[0]
    women = {c["name"] for c in out.replay["candidates"] if c["gender"] == "female"}
    member = rnd.seating[-1]
    assert women & (set(member.elected) | set(member.tied))


def test_women_differential_catches_a_core_without_the_guarantee(monkeypatch):
    """With villager._women a no-op, seat_posts disagrees with the V-WOMEN-1 relation."""
    from tallykit.counting import villager
    from tallykit.specs import women_guarantee

    monkeypatch.setattr(villager, "_women", lambda results, profile, seating, *a: (seating, []))
    out = women_guarantee.differential(women_guarantee._cases(), women_guarantee._agrees, "women")
    assert out.status == COUNTEREXAMPLE


def test_one_seat_member_post_with_a_confirmed_woman_elects_one():
    """Regression found by women_guarantee: a one-seat 委员 post with a woman confirmed first
    (V-WOMEN-1) used to elect her and the top man too (fill_seats asked for zero seats)."""
    from tallykit.specs._villager import villager_results, villager_round

    rnd = villager_round(
        "formal",
        {"主任": 1, "委员": 1},
        {"主任": ["甲"], "委员": ["丙", "丁", "W"]},
        returned=600,
        tally={"主任": {"甲": 400}, "委员": {"丙": 500, "丁": 400, "W": 350}},
    )
    out = count(parse_results(villager_results([rnd], registered=1000, women=("W",)))).rounds[0]
    assert out.result == "elected" and out.elected["委员"] == ["W"]


def test_supplementary_core_threshold_is_checked(monkeypatch):
    """If the villager core seated a supplementary round on a majority, both the z3 identity
    and the count_round differential would say so."""
    import msgspec

    from tallykit.counting import procedure
    from tallykit.counting.procedure import ThresholdRule
    from tallykit.specs import supplementary_third

    real = procedure._villager

    def majority(profile, election_kind, round_kind):
        proc = real(profile, election_kind, round_kind)
        if round_kind == "supplementary":
            return msgspec.structs.replace(proc, threshold=ThresholdRule("V-SUPP-3", "majority", "cast"))
        return proc

    monkeypatch.setattr(procedure, "_villager", majority)
    assert supplementary_third._same_threshold("villager-2018").status == COUNTEREXAMPLE
    out = supplementary_third.differential(
        supplementary_third._cases(), supplementary_third._agrees, "supplementary"
    )
    assert out.status == COUNTEREXAMPLE


@pytest.mark.parametrize("name", ["supplementary_third", "double_majority"])
def test_villager_counterexamples_replay_as_villager_files(name):
    """The broken variants' counterexamples are villagers' results files; counting one, the
    core elects only people who meet the real rule (⅓ of cast; 双过半)."""
    import importlib

    out = importlib.import_module(f"tallykit.specs.{name}").check(True)
    assert out.status == COUNTEREXAMPLE
    assert out.replay["election"]["kind"] in ("villagers_committee", "residents_committee")
    last = count(parse_results(out.replay)).rounds[-1]
    recorded = out.replay["rounds"][-1]
    tally, cast = recorded["tally"]["委员"], recorded["ballots"]["returned"]
    registered = out.replay["electorate"]["registered"]
    for name_ in last.elected.get("委员", []):
        if name == "supplementary_third":
            assert 3 * tally[name_] >= cast
        else:
            assert 2 * cast > registered and 2 * tally[name_] > cast


def test_prove_cli_writes_a_villager_counterexample(tmp_path, monkeypatch):
    """`tallykit prove --only carry_down` fails on a counterexample and writes a replayable file."""
    from tallykit.specs import carry_down
    from tallykit.specs._harness import Property

    prop = carry_down.PROPERTY
    flipped = Property(prop.name, prop.doc, prop.rules, prop.bounds, lambda b: prop.check(True))
    monkeypatch.setattr(carry_down, "PROPERTY", flipped)
    res = CliRunner().invoke(
        main, ["prove", "--only", "carry_down", "--format", "json", "--out", str(tmp_path)]
    )
    assert res.exit_code == 1
    data = json.loads(res.output)
    assert data["properties"][0]["status"] == COUNTEREXAMPLE
    replay = json.loads((tmp_path / "carry_down.json").read_text(encoding="utf-8"))
    most, counted = _max_carried(replay)
    assert most <= counted


def test_proofs_page_lists_every_property():
    """docs/proofs.md has a table row for every property the suite runs."""
    from pathlib import Path

    page = (Path(__file__).resolve().parents[2] / "docs" / "proofs.md").read_text(encoding="utf-8")
    assert [name for name in suite.MODULES if f"| {name} |" not in page] == []


def test_prove_names_the_shipping_functions_each_property_reached(tmp_path):
    """The output names, per property, the shipping functions it ran (found by tracing) and its
    bounds; a property that reads only data reaches none and says so."""
    from tallykit.specs._harness import run
    from tallykit.specs import no_vote_base, profile_defaults

    report = run(no_vote_base.PROPERTY)
    assert {
        "counting.rounds.count",
        "counting.electorate.effective_expected",
        "counting.villager.check_proxies",
    } <= set(
        report["reached"]
    )
    assert not any(n.startswith(("specs.", "cli.")) for n in report["reached"])
    assert not any(
        n.startswith(("counting.", "villager.")) for n in run(profile_defaults.PROPERTY)["reached"]
    )
    res = CliRunner().invoke(
        main, ["prove", "--only", "no_vote_base", "--lang", "en", "--out", str(tmp_path)]
    )
    assert res.exit_code == 0, res.output
    assert "reached: " in res.output and "counting.electorate.effective_expected" in res.output
    assert "bounds: party: count with one listed exclusion" in res.output


def test_checker_soundness_catches_a_checker_that_derives_wrongly(monkeypatch):
    """A checker that breaks ties by ballot order (no tie re-vote) rejects the counter's
    certificate of a tie: checker_sound finds it."""
    from tallykit.check import check_certificate
    from tallykit.specs import checker_sound

    def no_ties(ranking, seats, passes):
        passed = [n for n, v in ranking if passes(v)]
        return passed[:seats], [], 0, max(0, seats - len(passed))

    monkeypatch.setattr(check_certificate, "_fill", no_ties)
    check_certificate.derived.cache_clear()
    try:
        out = checker_sound.check(False)
    finally:
        check_certificate.derived.cache_clear()
    assert out.status == COUNTEREXAMPLE and "rejected" in out.detail
    parse_results(out.replay)


def test_a_changed_profile_default_fails_profile_defaults(monkeypatch):
    """A mutant of a default (proxy_limit 3 → 4 under villager-2018) cannot pass."""
    import msgspec

    from tallykit import profiles
    from tallykit.specs import profile_defaults

    p = profiles.BUILTIN["villager-2018"]
    limit = msgspec.structs.replace(p.settings["proxy_limit"], value=4)
    changed = msgspec.structs.replace(p, settings={**p.settings, "proxy_limit": limit})
    monkeypatch.setitem(profiles.BUILTIN, "villager-2018", changed)
    out = profile_defaults.check(False)
    assert out.status == COUNTEREXAMPLE and "proxy_limit" in out.detail


def test_tie_cuts_catch_a_count_that_ignores_ties_at_the_woman_seat(monkeypatch):
    """Women tied for the woman's seat resolved by ballot order (no re-vote): tie_cuts fails."""
    import msgspec

    from tallykit.counting import villager
    from tallykit.specs import tie_cuts

    real = villager._women

    def first_tied_wins(results, profile, seating, *a):
        s, notes = real(results, profile, seating, *a)
        return msgspec.structs.replace(s, elected=s.elected + s.tied[:1], tied=(), tied_seats=0), notes

    monkeypatch.setattr(villager, "_women", first_tied_wins)
    out = tie_cuts.check(False)
    assert out.status == COUNTEREXAMPLE and "woman's seat" in out.detail


def test_no_vote_base_catches_a_member_without_a_vote_in_expected(monkeypatch):
    """应到会 counting every unapproved exclusion (P-RIGHTS-1 ignored): no_vote_base fails."""
    from tallykit.counting import electorate
    from tallykit.specs import no_vote_base

    monkeypatch.setattr(electorate, "no_vote", lambda *a, **k: None)
    out = no_vote_base.check(False)
    assert out.status == COUNTEREXAMPLE and "应到会" in out.detail


def test_one_post_catches_a_count_that_keeps_the_elected_on_lower_posts(monkeypatch):
    """Whoever a higher post elects staying on the lower ones (TK-POST-1 dropped): one_post fails."""
    from tallykit.counting import villager
    from tallykit.specs import one_post

    real = villager.seat_post
    monkeypatch.setattr(villager, "seat_post", lambda *a: real(*a[:5], set(), *a[6:]))
    out = one_post.check(False)
    assert out.status == COUNTEREXAMPLE and "party" in out.detail


def test_a_feasibility_witness_never_puts_one_person_on_two_posts_of_a_ballot():
    """Regression found by feasibility_exact: with one person counted once per ballot
    (V-SAME-PERSON-1) over two posts, the round-robin witness put 乙 on both posts of one ballot;
    the witness now comes from the per-ballot model, which knows the rule."""
    from tallykit.check.feasibility import Question, decide

    tally = {"主任": {"甲": 0, "乙": 1}, "委员": {"甲": 1, "乙": 1}}
    printed = {p: tuple(t) for p, t in tally.items()}
    q = Question(2, (("主任", 1), ("委员", 1)), tally, printed, same_person_once=True)
    answer = decide(q, want_witness=True)
    assert answer.feasible
    for _, pattern in answer.witness:
        everyone = [n for _, names in pattern for n in names]
        assert len(everyone) == len(set(everyone))
    assert sum(n for n, _ in answer.witness) == 2
