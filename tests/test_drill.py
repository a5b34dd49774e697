"""drill: every item is a consistent results file (verify finds no error) whose declared answer
is the only right one (changing it makes verify fail); items are deterministic; the boundaries
are where the rules put them; the quiz checks answers and scores."""

from __future__ import annotations

import copy
import json
import random

import pytest

from tallykit import rules
from tallykit.drill import featured_verdict, generate, make_item, topics_for
from tallykit.results import parse_results
from tallykit.verify import verify

PAIRS = topics_for("all")
SEEDS = range(300)  # 300 seeds, each on one topic in turn: 15 items per topic


def _errors(data):
    return [f for f in verify(parse_results(data)).findings if f.severity == "error"]


def _items():
    return [make_item(*PAIRS[seed % len(PAIRS)], seed) for seed in SEEDS]


@pytest.fixture(scope="module")
def items():
    return _items()


def test_every_topic_of_the_issue_is_covered():
    """Both families, and every case the issue lists, have a topic."""
    topics = {t for _, t in PAIRS}
    assert {
        "exactly_half",
        "quorum_four_fifths",
        "returned_exceeds_issued",
        "over_quota_writein",
        "identifying_mark",
        "partly_unreadable",
        "writein_without_mark",
        "blank_and_all_x",
        "tie_last_seat",
        "shortfall",
        "double_majority",
        "third_floor",
        "same_person_two_posts",
        "carry_down",
        "womens_guarantee",
        "proxy_over_limit",
    } <= topics


def test_items_have_exactly_the_contract_keys(items):
    """The worksheet relies on these keys and no others."""
    for it in items[:20]:
        assert set(it) == {
            "id",
            "seed",
            "family",
            "topic",
            "title",
            "question",
            "answer",
            "steps",
            "scenario",
        }
        assert set(it["title"]) == set(it["question"]) == {"zh", "en"}
        assert set(it["answer"]) == {"zh", "en", "outcome"}
        assert all(set(s) == {"zh", "en", "rules"} for s in it["steps"])
        json.dumps(it, ensure_ascii=False)


def test_every_scenario_verifies_without_error(items):
    """Declared = the core's outcome, so verify finds no error, for every item of every topic."""
    for it in items:
        codes = {f.code for f in _errors(it["scenario"])}
        assert codes == set(), (it["id"], codes)


def test_proxy_item_refuses_the_authorisation_over_the_limit(items):
    """D11 (V-PROXY-1): the authorisation over the limit is refused and casts no ballot
    (``counted: false``), so the record is right and verify finds nothing; had the record counted
    it, that would be a TK-PROXY-1 error (the totals must be corrected)."""
    proxy = [it for it in items if it["topic"] == "proxy_over_limit"]
    assert proxy
    for it in proxy:
        assert verify(parse_results(it["scenario"])).findings == (), it["id"]
        last = it["scenario"]["proxies"][-1]
        assert last["counted"] is False
        returned = it["scenario"]["rounds"][0]["ballots"]["returned"]
        assert it["answer"]["outcome"][0]["threshold"]["base"] == returned
        counted = json.loads(json.dumps(it["scenario"]))
        del counted["proxies"][-1]["counted"]
        found = [f for f in verify(parse_results(counted)).findings if f.code == "TK-PROXY-1"]
        assert [(f.severity, f.recorded) for f in found] == [("error", "proxy_over_limit")], it["id"]


def _swap_elected(data):
    """Replace one declared-elected name by someone on the ballot who was not elected; or, for
    a void round, declare it valid."""
    for rnd in data["rounds"]:
        d = rnd["declared"]
        if d["void"]:
            d["void"] = False
            return True
        for post, names in d["elected"].items():
            others = [n for n in rnd["candidates"].get(post, []) if n not in names]
            if names and others:
                names[0] = others[0]
                return True
    return False


def test_changing_the_declared_answer_is_an_error(items):
    """Any wrong declaration makes verify report an outcome error."""
    for it in items:
        data = copy.deepcopy(it["scenario"])
        if not _swap_elected(data):
            # nobody elected anywhere: declare the first candidate elected instead
            rnd = data["rounds"][0]
            post = rnd["positions"][0]["name"]
            rnd["declared"]["elected"][post] = rnd["candidates"][post][:1]
        codes = {f.code for f in _errors(data)}
        assert codes & {"TK-OUTCOME-1", "TK-OUTCOME-2", "TK-OUTCOME-3"}, (it["id"], codes)


def test_generation_is_deterministic_and_seeded():
    """Same seed, same items; another seed, other items."""
    a = generate(random.Random(5), count=4)
    assert a == generate(random.Random(5), count=4)
    assert a != generate(random.Random(6), count=4)
    assert [i["topic"] for i in generate(random.Random(1), family="villager")] == [
        t for _, t in topics_for("villager")
    ]


def test_exactly_half_is_not_elected_and_one_more_is():
    """P-ELECT-1: the item's two named people sit on each side of 2*v > base."""
    for seed in range(30):
        it = make_item("party", "exactly_half", seed)
        out = it["answer"]["outcome"][0]
        base = out["threshold"]["base"]
        votes = it["scenario"]["rounds"][0]["tally"]["委员"]
        half = [n for n, v in votes.items() if 2 * v == base]
        over = [n for n, v in votes.items() if 2 * v == base + 2]
        assert len(half) == 1 and len(over) == 1
        assert half[0] not in out["elected"]["委员"] and over[0] in out["elected"]["委员"]


def test_four_fifths_splits_the_two_regimes():
    """P-QUORUM-1: exactly 4/5 present is valid under party-2020, void under party-1990."""
    for seed in range(10):
        for profile, result in (("party-2020", "elected"), ("party-1990", "void")):
            it = make_item("party", "quorum_four_fifths", seed, profile)
            e = it["scenario"]["electorate"]
            assert 5 * e["present"] == 4 * e["expected"]
            assert it["answer"]["outcome"][0]["result"] == result


def test_third_floor_needs_the_rounded_up_third():
    """V-SUPP-3: the leader has ceil(cast/3) or one less, and cast is never a multiple of 3."""
    for seed in range(30):
        it = make_item("villager", "third_floor", seed)
        supp = it["scenario"]["rounds"][1]
        cast = supp["ballots"]["returned"]
        top = max(supp["tally"]["委员"].values())
        assert cast % 3 and top in (-(-cast // 3), -(-cast // 3) - 1)
        assert (it["answer"]["outcome"][1]["result"] == "elected") == rules.third_floor(top, cast)


def test_ballot_topics_put_the_ballot_in_question_first():
    """The asked-about ballot is record 0, and its class is the one the topic is about."""
    want = {
        "over_quota_writein": {"invalid", "partly_valid"},
        "identifying_mark": {"invalid"},
        "partly_unreadable": {"partly_valid"},
        "blank_and_all_x": {"valid"},
        "same_person_two_posts": {"valid"},
    }
    for seed in range(10):
        for family, topic in PAIRS:
            if topic in want:
                it = make_item(family, topic, seed)
                assert featured_verdict(it) in want[topic], it["id"]
    party = make_item("party", "over_quota_writein", 3)
    village = make_item("villager", "over_quota_writein", 3)
    assert featured_verdict(party) == "invalid" and featured_verdict(village) == "partly_valid"


def test_candidates_are_printed_in_stroke_order(items):
    """P-ORDER-1: verify raises no TK-ORDER-1 warning for any item."""
    for it in items[:60]:
        warnings = [
            f.code
            for f in verify(parse_results(it["scenario"])).findings
            if f.severity == "warning"
        ]
        assert "TK-ORDER-1" not in warnings, it["id"]


def test_drill_cli_text_json_and_out(cli, tmp_path):
    """Text shows questions then the answer key; json carries the items; --out writes files
    that `tallykit verify` accepts (exit 0)."""
    text = cli("drill", "--seed", "3", "--count", "4").stdout
    assert text.index("练习题") < text.index("答案与讲解")
    data = json.loads(cli("drill", "--seed", "3", "--count", "4", "--format", "json").stdout)
    assert [i["topic"] for i in data["items"]] == [
        "exactly_half",
        "double_majority",
        "quorum_four_fifths",
        "third_floor",
    ]
    cli("drill", "--seed", "3", "--count", "6", "--out", "out")
    files = sorted(str(p) for p in (tmp_path / "out").iterdir())
    assert len(files) == 6
    cli("verify", *files)
    scenario = json.loads((tmp_path / "out" / files[0].split("/")[-1]).read_text(encoding="utf-8"))
    assert _swap_elected(scenario)
    (tmp_path / "wrong.json").write_text(json.dumps(scenario, ensure_ascii=False), encoding="utf-8")
    assert "TK-OUTCOME" in cli("verify", "wrong.json", exit_code=1).stdout
    en = cli("drill", "--seed", "3", "--count", "1", "--lang", "en").stdout
    assert "Answer key" in en


def test_drill_worksheet_without_the_module_is_a_usage_error(cli, monkeypatch):
    """--worksheet needs tallykit.cli.worksheet; without it, exit 2 with a message."""
    import importlib

    real = importlib.import_module

    def fake(name, *a):
        if name == "tallykit.cli.worksheet":
            raise ModuleNotFoundError(name)
        return real(name, *a)

    monkeypatch.setattr(importlib, "import_module", fake)
    r = cli("drill", "--count", "1", "--worksheet", "sheet", exit_code=2)
    assert "tallykit.cli.worksheet" in r.stderr


def test_drill_unknown_profile_exits_2(cli):
    """A profile id that does not exist is bad usage."""
    cli("drill", "--profile", "party-1999", exit_code=2)


def _answers(it):
    """Right answers for the quiz's questions on ``it``."""
    from tallykit.cli.drill import CLASS_CHOICES, RESULT_CHOICES

    lines = []
    if it["scenario"]["rounds"][0].get("ballot_records"):
        lines.append(str(CLASS_CHOICES.index(featured_verdict(it)) + 1))
    first = it["answer"]["outcome"][0]
    lines.append(str(RESULT_CHOICES.index(first["result"]) + 1))
    names = [n for ns in first["elected"].values() for n in ns]
    lines.append("、".join(names) or "-")
    return lines


def test_quiz_scores_right_and_wrong_answers(cli):
    """All right gives full marks; a wrong result choice loses exactly that point."""
    from click.testing import CliRunner

    from tallykit.cli.main import main

    items = generate(random.Random(9), count=3)
    right = [line for it in items for line in _answers(it)]
    r = CliRunner().invoke(
        main, ["drill", "--seed", "9", "--count", "3", "--quiz"], input="\n".join(right) + "\n"
    )
    assert r.exit_code == 0, r.output
    assert f"得分：{len(right)}/{len(right)}" in r.stdout
    wrong = list(right)
    k = 1 if items[0]["scenario"]["rounds"][0].get("ballot_records") else 0
    wrong[k] = "5" if wrong[k] != "5" else "1"
    r = CliRunner().invoke(
        main,
        ["drill", "--seed", "9", "--count", "3", "--quiz", "--lang", "en"],
        input="\n".join(wrong) + "\n",
    )
    assert f"Score: {len(right) - 1}/{len(right)}" in r.stdout


def test_carry_down_elects_the_higher_post_loser_unless_off():
    """V-POS-2: the 主任 loser's votes added to the member write-ins elect him, except under 'off'."""
    for seed in range(30):
        it = make_item("villager", "carry_down", seed)
        ref = it["scenario"]["profile"]
        reading = ref["set"]["carry_down"] if isinstance(ref, dict) else "off"
        loser = min(it["scenario"]["rounds"][0]["tally"]["主任"].items(), key=lambda kv: kv[1])[0]
        elected = it["answer"]["outcome"][0]["elected"]["委员"]
        assert (loser in elected) == (reading != "off"), it["id"]


def test_boundaries_are_the_solvers_minima():
    """The drill's boundary values are what z3 finds on the same ``tallykit.rules`` functions:
    each predicate is monotone (so the search is sound), and the drill's value is z3's minimum."""
    import z3

    from tallykit import rules
    from tallykit.drill import fewest_for_third, fewest_present, fewest_to_elect, first_void_return

    v, b = z3.Ints("v b")
    cases = {
        "majority": (lambda x, y: rules.majority(x, y), fewest_to_elect),
        "third": (lambda x, y: rules.third_floor(x, y), fewest_for_third),
        "quorum_2020": (
            lambda x, y: rules.quorum_met(x, y, strict=False),
            lambda y: fewest_present(y, strict=False),
        ),
        "quorum_1990": (
            lambda x, y: rules.quorum_met(x, y, strict=True),
            lambda y: fewest_present(y, strict=True),
        ),
        "returned": (lambda x, y: z3.Not(rules.returned_ok(x, y)), first_void_return),
    }
    for name, (holds, drill_value) in cases.items():
        monotone = z3.Solver()
        monotone.add(v >= 0, b >= 1, holds(v, b), z3.Not(holds(v + 1, b)))
        assert monotone.check() == z3.unsat, name
        for base in (1, 2, 3, 24, 25, 45, 50, 54, 601, 758, 1118):
            opt = z3.Optimize()
            opt.add(v >= 0, holds(v, base))
            opt.minimize(v)
            assert opt.check() == z3.sat, (name, base)
            assert opt.model()[v].as_long() == drill_value(base), (name, base)
