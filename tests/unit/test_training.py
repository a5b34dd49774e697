"""Training items (tallykit.training): variety measured over 300 seeds, every item a consistent
results file whose declared answer is the only right one, items answerable from their page in
trainee language, counterexample items that are the specs' broken variants, tally exercises
whose key is the counting core's own judgement, and boundaries where the rules put them."""

from __future__ import annotations

import collections
import copy
import re

import pytest

from tallykit import parameters as P
from tallykit import rules
from tallykit.procedure.composition import party_size
from tallykit.parameters import POPULATION_BANDS
from tallykit.profiles import BUILTIN, profile_of
from tallykit.results import parse_results
from tallykit.training import generate, make_item, session, topics_for
from tallykit.training.catalogue import PARTY, VILLAGER
from tallykit.training.mistakes import MISTAKES
from tallykit.check.verify import verify

PAIRS = topics_for("all") + [("party", "tally"), ("villager", "tally")]
SEEDS = range(300)  # each seed on one topic in turn: every topic several times


@pytest.fixture(scope="module")
def items():
    return [make_item(*PAIRS[seed % len(PAIRS)], seed) for seed in SEEDS]


def _errors(data):
    return {f.code for f in verify(parse_results(data)).findings if f.severity == "error"}


def _people(scenario):
    """Every name in a scenario: candidates, printed, written in, proxies."""
    out = {c["name"] for c in scenario["candidates"]}
    for rnd in scenario["rounds"]:
        for names in rnd.get("candidates", {}).values():
            out |= set(names)
        for rec in rnd.get("ballot_records") or ():
            for written in (rec.get("write_ins") or {}).values():
                out |= {name for name, _ in written}
        out |= set(rnd.get("targets", ()))
    for p in scenario.get("proxies") or ():
        out |= {p["principal"], p["proxy"]}
    for x in scenario["electorate"].get("exclusions") or ():
        out.add(x["name"])
    return out


# ---------------------------------------------------------------- variety


def test_variety_over_300_seeds_is_above_the_floors(items):
    """300 items (the issue found 2 organisations, 2 dates and 39 given names in 400): the
    floors are about four fifths of what the generator gives."""
    orgs = {it["scenario"]["election"]["organization"] for it in items}
    dates = {it["scenario"]["election"]["date"] for it in items}
    names = set().union(*(_people(it["scenario"]) for it in items))
    given = {n[1:] for n in names}
    surnames = {n[0] for n in names}
    templates = {(it["family"], it["topic"], it["template"]) for it in items}
    assert len(orgs) >= 200, len(orgs)
    assert len(dates) >= 180, len(dates)
    assert len(names) >= 1500, len(names)
    assert len(given) >= 550, len(given)
    assert len(surnames) >= 110, len(surnames)
    assert len(templates) >= 80, len(templates)


def test_surnames_follow_their_frequency(items):
    """Drawn by population share: 王 李 张 are the most common, as on a real voter list."""
    counts = collections.Counter(n[0] for it in items for n in _people(it["scenario"]))
    assert {s for s, _ in counts.most_common(4)} >= {"王", "李", "张"} - {""}
    assert counts["王"] > 5 * counts["龚"]


def test_every_question_topic_has_several_templates(items):
    """Each topic asks its question in at least two ways (the tally exercise has one form)."""
    seen = collections.defaultdict(set)
    for it in items:
        seen[(it["family"], it["topic"])].add(it["template"])
    for family, topic in topics_for("all"):
        seed = 1000
        while len(seen[(family, topic)]) < 2 and seed < 1030:
            seen[(family, topic)].add(make_item(family, topic, seed)["template"])
            seed += 1
        assert len(seen[(family, topic)]) >= 2, (family, topic)


def test_every_topic_family_of_the_issue_is_covered():
    """Recall, 两推, 书记/副书记 at the first meeting, proxies, mobile boxes, the women's seat,
    ties that do and do not matter, counterexamples, and the tally exercise."""
    topics = {t for _, t in topics_for("all")}
    assert {
        "recall",
        "recommendation",
        "secretary_first_meeting",
        "proxy_over_limit",
        "mobile_box",
        "womens_guarantee",
        "womens_seat",
        "tie_last_seat",
        "tie_not_deciding",
        "exactly_half",
        "quorum_four_fifths",
        "exclusions",
        "double_majority",
        "third_floor",
        "carry_down",
        "same_person_two_posts",
        "over_quota_writein",
        "blank_and_all_x",
        "writein_without_mark",
    } <= topics
    assert {f"mistake_{k}" for k in MISTAKES} <= topics
    kinds = {make_item("party", "tally", 1)["kind"], make_item("villager", "tally", 1)["kind"]}
    assert kinds == {"tally"}


def test_committee_sizes_come_from_the_rules(items):
    """P-SIZE-1: an odd party committee within its organisation type's usual range (a branch of
    50 or fewer elects 3); V-COMP-1: a villagers' committee in its population band, residents'
    committees 5–7 of the statutory 5–9 — never a 2-member 党支部 committee."""
    seen = collections.Counter()
    for it in items:
        e = it["scenario"]["election"]
        seats = sum(p["seats"] for p in e["positions"])
        if e["kind"] == "party_committee":
            low, usual, _ = party_size(BUILTIN["party-2020"], e["org_type"])
            assert seats % 2 == 1 and low <= seats <= usual, (it["id"], seats)
            if e["org_type"] == "branch":
                assert seats == (3 if e["members"] <= 50 else 5), it["id"]
            seen[("party", seats)] += 1
        elif e["kind"] == "villagers_committee" and e.get("population"):
            band = next(b for b in POPULATION_BANDS["u_n_art6"] if b[1] is None or e["population"] < b[1])
            assert band[2] <= seats <= band[3], (it["id"], seats, e["population"])
            seen[("villagers", seats)] += 1
        elif e["kind"] == "residents_committee":
            assert BUILTIN["residents-2018"][P.COMMITTEE_SIZE_MIN] <= seats <= 7, it["id"]
    assert {s for f, s in seen if f == "party"} >= {3, 5, 7}
    assert len({s for f, s in seen if f == "villagers"}) >= 3


def test_losers_fall_near_the_threshold_as_well_as_far(items):
    """Votes drawn like real counts: among those not elected on a threshold, some are within a
    twentieth of the base below it, some have under half of the votes it needs."""
    near = far = 0
    for it in items:
        for out, rnd in zip(it["answer"]["outcome"], it["scenario"]["rounds"]):
            least = (out.get("threshold") or {}).get("min_votes")
            if out["result"] == "void" or not least or "tally" not in rnd:
                continue
            won = {n for ns in out["elected"].values() for n in ns}
            base = out["threshold"]["base"]
            for votes in rnd["tally"].values():
                for name, v in votes.items():
                    if name in won or v >= least:
                        continue
                    near += least - v <= max(2, base // 20)
                    far += 2 * v < least
    assert near >= 60 and far >= 60, (near, far)


def test_dates_fit_the_rules_a_profile_stands_for(items):
    """The 1990 party regulation's elections fall before its replacement, the 2020 one's after."""
    for it in items:
        sc = it["scenario"]
        pid = sc["profile"] if isinstance(sc["profile"], str) else sc["profile"]["extends"]
        date = sc["election"]["date"]
        if pid == "party-1990":
            assert date < "2020-07-13", it["id"]
        elif pid == "party-2020":
            assert date >= "2020-07-13", it["id"]
        else:
            assert "2019-01-01" <= date < "2026-01-01", it["id"]


# ---------------------------------------------------------------- answers


def test_every_item_verifies_with_its_own_answer(items):
    """Declared = the counting core's outcome, so verify finds no error in any item."""
    for it in items:
        assert _errors(it["scenario"]) == set(), it["id"]


def test_any_altered_declared_field_is_an_error(items):
    """Each item's answer is the only right one: change void, elected, next or recalled
    (``test_drill_contract.alterations``, every single-field change) and verify reports an
    error — on a third of the 300 items and on recall and 两推 items. A party shortfall's
    supplementary election recorded as a seat reduction is left out: P-ELECT-4 allows it when
    the reduced committee keeps its size."""
    from tests.unit.test_drill_contract import alterations

    fields = collections.Counter()
    sample = items[::3] + [make_item("villager", "recall", s) for s in range(6)]
    sample += [make_item("party", "recommendation", s) for s in range(3)]
    for it in sample:
        for what, altered in alterations(it["scenario"]):
            r = int(what.split("/")[0])
            if (
                it["family"] == "party"
                and what.endswith("next=seat_reduction")
                and it["scenario"]["rounds"][r]["declared"].get("next") == "supplementary"
            ):
                continue  # P-ELECT-4: the meeting may record a seat reduction instead
            assert _errors(altered), (it["id"], what)
            fields[re.split(r"[/=~+-]", what)[1]] += 1
    assert set(fields) >= {"void", "next", "elected", "recalled"}, fields


def test_proxy_item_refuses_the_authorisation_over_the_limit():
    """D11 (V-PROXY-1): the authorisation over the limit is refused and casts no ballot
    (``counted: false``), so the record is right and verify finds nothing; had the record counted
    it, that would be a TK-PROXY-1 error (the totals must be corrected)."""
    for seed in range(6):
        it = make_item("villager", "proxy_over_limit", seed)
        assert verify(parse_results(it["scenario"])).findings == (), it["id"]
        assert it["scenario"]["proxies"][-1]["counted"] is False
        returned = it["scenario"]["rounds"][0]["ballots"]["returned"]
        assert it["answer"]["outcome"][0]["threshold"]["base"] == returned
        counted = copy.deepcopy(it["scenario"])
        del counted["proxies"][-1]["counted"]
        found = [f for f in verify(parse_results(counted)).findings if f.code == "TK-PROXY-1"]
        assert [(f.severity, f.recorded) for f in found] == [("error", "proxy_over_limit")], it[
            "id"
        ]


def test_asks_are_answered_by_the_core_outcome(items):
    """Names asks take their answer from the shown names; choices point at an option."""
    for it in items:
        assert it["asks"], it["id"]
        for ask in it["asks"]:
            if ask["kind"] == "names":
                assert set(ask["answer"]) <= set(ask["among"]), it["id"]
            elif ask["kind"] == "choice":
                assert 0 <= ask["answer"] < len(ask["options"]), it["id"]
            else:
                assert isinstance(ask["answer"], int) and ask["answer"] >= 0, it["id"]


def test_exactly_half_is_not_elected_and_one_more_is():
    """P-ELECT-1: the two named people sit on each side of 2*v > base."""
    for seed in range(20):
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
    for seed in range(8):
        for profile, result in (("party-2020", "elected"), ("party-1990", "void")):
            it = make_item("party", "quorum_four_fifths", seed, profile)
            e = it["scenario"]["electorate"]
            assert 5 * e["present"] == 4 * e["expected"]
            assert (it["answer"]["outcome"][0]["result"] == "void") == (result == "void")


def test_third_floor_needs_the_rounded_up_third():
    """V-SUPP-3: the leader has ceil(cast/3) or one less, and cast is never a multiple of 3."""
    for seed in range(20):
        it = make_item("villager", "third_floor", seed)
        supp = it["scenario"]["rounds"][1]
        cast = supp["ballots"]["returned"]
        top = max(supp["tally"][supp["positions"][0]["name"]].values())
        assert cast % 3 and top in (-(-cast // 3), -(-cast // 3) - 1)
        assert (it["answer"]["outcome"][1]["result"] == "elected") == bool(
            rules.third_floor(top, cast)
        )


def test_the_ballot_asked_about_is_in_the_class_the_topic_is_about():
    """The ballot a ballot topic shows is judged by the core as the topic says."""
    want = {
        ("party", "over_quota_writein"): {"invalid"},
        ("villager", "over_quota_writein"): {"invalid", "partly_valid"},
        ("party", "identifying_mark"): {"invalid"},
        ("party", "partly_unreadable"): {"partly_valid"},
        ("party", "blank_and_all_x"): {"valid"},
        ("villager", "blank_and_all_x"): {"valid"},
        ("villager", "same_person_two_posts"): {"valid"},
    }
    from tallykit.training import featured_verdict

    for (family, topic), classes in want.items():
        for seed in range(8):
            assert featured_verdict(make_item(family, topic, seed)) in classes, (
                family,
                topic,
                seed,
            )


def test_carry_down_elects_the_higher_post_loser_unless_off():
    """V-POS-2: the 主任 loser's votes added to the member write-ins elect him, except under off."""
    for seed in range(20):
        it = make_item("villager", "carry_down", seed)
        ref = it["scenario"]["profile"]
        reading = ref["set"].get("carry_down", "off") if isinstance(ref, dict) else "off"
        rnd = it["scenario"]["rounds"][0]
        head = rnd["positions"][0]["name"]
        member = rnd["positions"][-1]["name"]
        loser = min(rnd["tally"][head].items(), key=lambda kv: kv[1])[0]
        assert (loser in it["answer"]["outcome"][0]["elected"][member]) == (reading != "off"), it[
            "id"
        ]


# ---------------------------------------------------------------- trainee language

ALLOWED = re.compile(r"\b(?:[PVR]|TK)-[A-Z]+(?:-[A-Z]+)*-\d+\b")


def _english_words(text):
    return re.findall(r"[A-Za-z_][A-Za-z_0-9]*(?:[=-][A-Za-z_0-9]+)*", ALLOWED.sub("", text))


def test_chinese_questions_and_answers_have_no_parameter_names(items):
    """What a trainee reads in Chinese — question, asks, answer — has no parameter names,
    profile ids or English values (``carry_down=off``, ``party-2020``): only rule ids."""
    for it in items:
        texts = [it["title"]["zh"], it["question"]["zh"], it["answer"]["zh"]]
        for ask in it["asks"]:
            texts += [ask["prompt"]["zh"], *(o["zh"] for o in ask.get("options", ()))]
        for t in texts:
            assert _english_words(t) == [], (it["id"], _english_words(t), t)


# ---------------------------------------------------------------- counterexample items


def _mistake_items():
    return [
        make_item(family, topic, seed)
        for family, topic in topics_for("all")
        if topic.startswith("mistake_")
        for seed in range(6)
    ]


def test_the_counters_announcement_is_caught_by_verify():
    """Written into the results file, the mistaken announcement is an outcome error."""
    for it in _mistake_items():
        m = it["mistake"]
        wrong = copy.deepcopy(it["scenario"])
        wrong["rounds"][m["round"]]["declared"] = m["declared"]
        assert _errors(wrong) & {"TK-OUTCOME-1", "TK-OUTCOME-2", "TK-OUTCOME-3"}, it["id"]


def test_each_mistake_is_its_specs_broken_variant():
    """Every mistake names a spec of ``tallykit prove`` and states the broken variant that spec's
    docstring or code names; the seating mistakes give, on the item's own votes, exactly what
    the spec's relation with that variant seats."""
    import inspect

    from tallykit.specs import suite
    from tallykit.specs._seating import PY, seat

    for key, m in MISTAKES.items():
        assert m.spec in suite.MODULES, key
        module = __import__(f"tallykit.specs.{m.spec}", fromlist=["check"])
        broken = " ".join((module.__doc__ or "").split()).split("Broken variant:", 1)[1]
        assert m.variant in broken, (key, m.variant, broken)
        if m.seating is not None:
            assert f'variant="{m.seating}"' in inspect.getsource(module), key
    seating = {k: m.seating for k, m in MISTAKES.items() if m.seating}
    checked = 0
    for it in _mistake_items():
        m = it["mistake"]
        rnd = it["scenario"]["rounds"][m["round"]]
        post = rnd["positions"][-1]["name"]
        printed = rnd["candidates"][post]
        votes = [rnd["tally"][post].get(n, 0) for n in printed]
        base = it["answer"]["outcome"][m["round"]]["threshold"]["base"]
        if m["id"] in seating:
            rel = seat(
                votes, rnd["positions"][-1]["seats"], lambda v: 2 * v > base, PY, seating[m["id"]]
            )
        elif m["id"] == "half_elects":
            rel = seat(votes, rnd["positions"][-1]["seats"], lambda v: 2 * v >= base, PY)
        else:
            continue
        chosen = {n for n, e in zip(printed, rel.elected) if e}
        assert chosen == set(m["declared"]["elected"][post]), it["id"]
        checked += 1
    assert checked >= 30


# ---------------------------------------------------------------- tally exercise


@pytest.mark.parametrize("family", ["party", "villager"])
def test_tally_exercise_key_is_the_cores_judgement(family):
    """20–40 ballots, each drawn on its own; the key gives each ballot's class as the core
    judges it, and totals that add up to the recount."""
    from tallykit.counting.ballots import Layout, classify

    kinds = collections.Counter()
    for seed in range(6):
        it = make_item(family, "tally", seed)
        rnd = it["scenario"]["rounds"][0]
        recs = rnd["ballot_records"]
        assert 20 <= len(recs) <= 40 and all(r["count"] == 1 for r in recs)
        results = parse_results(it["scenario"])
        profile = profile_of(results)
        layout = Layout.of(results.rounds[0])
        for rec, key in zip(results.rounds[0].ballot_records, it["answer"]["ballots"]):
            v = classify(rec, layout, profile)
            assert (key["class"], sorted(key["votes"].items())) == (
                v.status,
                sorted((p, list(n)) for p, n in v.approvals.items()),
            )
            kinds[(v.status, key["reason"]["zh"])] += 1
        t = it["answer"]["totals"]
        assert t["valid"] + t["partly_valid"] + t["invalid"] == t["returned"] == len(recs)
        for post, votes in t["votes"].items():
            for name, n in votes.items():
                assert n == sum(name in k["votes"].get(post, ()) for k in it["answer"]["ballots"])
    assert len(kinds) >= 5 and {s for s, _ in kinds} >= {"valid", "invalid"}


def test_sessions_mix_topics_and_end_with_one_tally_exercise():
    """A 45-minute session: ten different topics, then one tally exercise."""
    import random

    for seed in range(4):
        items = session(random.Random(seed))
        assert [it["kind"] for it in items] == ["question"] * 10 + ["tally"]
        assert len({(it["family"], it["topic"]) for it in items[:10]}) == 10


def test_generation_is_deterministic_and_seeded():
    """Same seed, same items; another seed, other items; topics cycle in a fixed order."""
    import random

    a = generate(random.Random(5), count=4)
    assert a == generate(random.Random(5), count=4)
    assert a != generate(random.Random(6), count=4)
    assert [i["topic"] for i in generate(random.Random(1), family="villager")] == list(VILLAGER)
    assert [i["topic"] for i in generate(random.Random(1), family="party")] == list(PARTY)


# ---------------------------------------------------------------- boundaries


def test_boundaries_are_the_solvers_minima():
    """The boundary values are what z3 finds on the same ``tallykit.rules`` functions: each
    predicate is monotone (so the search is sound), and the value is z3's minimum."""
    import z3

    from tallykit.training import (
        fewest_for_third,
        fewest_present,
        fewest_to_elect,
        first_void_return,
    )

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
    for name, (holds, value) in cases.items():
        monotone = z3.Solver()
        monotone.add(v >= 0, b >= 1, holds(v, b), z3.Not(holds(v + 1, b)))
        assert monotone.check() == z3.unsat, name
        for base in (1, 2, 3, 24, 25, 45, 50, 54, 601, 758, 1118):
            opt = z3.Optimize()
            opt.add(v >= 0, holds(v, base))
            opt.minimize(v)
            assert opt.check() == z3.sat, (name, base)
            assert opt.model()[v].as_long() == value(base), (name, base)
