"""Certificates: every example, named case and generated file round-trips through the independent
checker; tampering is rejected with a message naming what failed; the checker imports nothing
but the standard library."""

import ast
import copy
import json
import pathlib
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from villager_build import villager, with_params  # noqa: E402

from tallykit import check_certificate  # noqa: E402
from tallykit.certificate import certificate  # noqa: E402
from tallykit.counting import count  # noqa: E402
from tallykit.results import parse_results  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "examples"
EXAMPLES = sorted(
    p for p in (ROOT / "examples").glob("*.json") if not p.name.startswith("unreadable")
)
EXAMPLES += sorted(SHARED.glob("*.json")) if SHARED.exists() else []
CASES = sorted((ROOT / "tests" / "cases").glob("*/input.json"))


def certify(data):
    """The certificate as the CLI writes it (through JSON)."""
    results = parse_results(data)
    return json.loads(json.dumps(certificate(results, count(results)), ensure_ascii=False))


def load(path):
    return json.loads(path.read_text(encoding="utf-8-sig"))


def records_round(records, *, seats=None, printed=None, issued=None, **extra):
    """A villagers' formal round of ballot records on 主任 1 / 委员 2 by default."""
    seats = seats or {"主任": 1, "委员": 2}
    printed = printed or {"主任": ["甲", "乙"], "委员": ["乙", "丙", "丁"]}
    returned = sum(r.get("count", 1) for r in records)
    return {
        "kind": "formal",
        "positions": [{"name": p, "seats": n} for p, n in seats.items()],
        "candidates": printed,
        "ballots": {"issued": issued or returned, "returned": returned},
        "ballot_records": records,
        **extra,
    }


def villager_records(records, *, profile=None, registered=20, women=("乙",), kind=None, form=None):
    data = villager({}, seats={"主任": 1, "委员": 2}, registered=registered, women=women)
    data["candidates"] = [
        {"name": n, "gender": "female" if n in women else "male"} for n in ("甲", "乙", "丙", "丁")
    ]
    data["rounds"] = [records_round(records)]
    if profile is not None:
        data["profile"] = profile
    if kind is not None:
        data["election"]["kind"] = kind
    if form is not None:
        data["election"]["form"] = form
    return data


def recall(registered, voted, yes, **kw):
    return {
        "format": "tallykit.results/1",
        "election": {"kind": "recall", "positions": [{"name": "主任", "seats": 1}]},
        "electorate": {"registered": registered},
        "candidates": [{"name": "张三"}, {"name": "李四"}],
        "rounds": [
            {
                "kind": "recall",
                "targets": ["张三", "李四"],
                "ballots": {"issued": voted, "returned": voted},
                "tally": {"罢免": {"张三": yes, "李四": yes // 2}},
            }
        ],
        **kw,
    }


def _supp(cast, top, **kw):
    return villager(
        {"主任": {"甲": 400}, "委员": {"乙": 350, "丙": 200, "丁": 190}},
        seats={"主任": 1, "委员": 2},
        extra_rounds=(
            {
                "kind": "supplementary",
                "positions": [{"name": "委员", "seats": 1}],
                "candidates": {"委员": ["丙", "丁"]},
                "ballots": {"issued": cast, "returned": cast},
                "tally": {"委员": {"丙": top, "丁": 100}},
            },
        ),
        women=("乙",),
        **kw,
    )


ONE_POST = {"主任": {"甲": 400, "乙": 90}}
THREE_POSTS = {
    "主任": {"甲": 320, "乙": 250},
    "副主任": {"丙": 330},
    "委员": {"乙": 200, "丁": 310},
}
# Villagers' scenarios: rules/villager.md §2 vectors D1–D13 and the readings the profiles vary.
VILLAGER_CASES = {
    "d1_half_turnout_void": villager(ONE_POST, seats={"主任": 1}, issued=500),
    "d2_turnout_one_over_half": villager(ONE_POST, seats={"主任": 1}, issued=501),
    "d3_half_of_participants": villager({"主任": {"甲": 300, "乙": 290}}, seats={"主任": 1}),
    "d4_blanks_stay_in_base": villager(
        {"主任": {"甲": 301, "乙": 249}}, seats={"主任": 1}, participants=600
    ),
    "d5_supplementary_third": _supp(600, 200),
    "d6_supplementary_below_third": _supp(601, 200),
    "d6_vacancy_left_min_committee": _supp(
        601, 200, profile=with_params(min_committee=2, women_guarantee="none")
    ),
    "d7_tie_at_last_seat": villager(
        {"委员": {"A": 400, "B": 380, "C": 350, "D": 350}}, seats={"委员": 3}
    ),
    "d8_carry_down_off": villager(THREE_POSTS, seats={"主任": 1, "副主任": 1, "委员": 2}),
    "d8_carry_down_mandatory": villager(
        THREE_POSTS,
        seats={"主任": 1, "副主任": 1, "委员": 2},
        profile=with_params(carry_down="mandatory"),
    ),
    "d8_carry_down_optional": villager(
        THREE_POSTS,
        seats={"主任": 1, "副主任": 1, "委员": 2},
        profile=with_params(carry_down="optional"),
    ),
    "d9_woman_confirmed_first": villager(
        {"主任": {"M0": 500}, "委员": {"M1": 420, "M2": 390, "W1": 320}},
        seats={"主任": 1, "委员": 2},
        women=("W1",),
    ),
    "d9_woman_on_a_one_seat_member_post": villager(
        {"主任": {"M0": 500}, "委员": {"M1": 420, "W1": 320}},
        seats={"主任": 1, "委员": 1},
        women=("W1",),
    ),
    "d9_reserved_seat_left_empty": villager(
        {"主任": {"M0": 500}, "委员": {"M1": 420, "M2": 390, "W1": 200}},
        seats={"主任": 1, "委员": 2},
        women=("W1",),
        profile=with_params(women_guarantee="reserved_seat"),
    ),
    "d10_returned_exceeds_issued": villager(ONE_POST, seats={"主任": 1}, returned=601),
    "d11_fourth_proxy_rejected": villager(
        {"主任": {"甲": 301, "乙": 200}},
        seats={"主任": 1},
        proxies=[
            {"principal": f"P{i}", "proxy": "Q", "relation": "spouse" if i else "in_law"}
            for i in range(5)
        ],
    ),
    "d12_recalled": recall(1000, 501, 251),
    "d13_not_recalled": recall(1000, 501, 250),
    "recall_majority_of_registered": recall(
        1000, 800, 450, profile=with_params(majority_base="registered")
    ),
    "same_person_highest_only": villager_records(
        [
            {"count": 9, "marks": {"主任": " ○", "委员": "○○ "}},
            {"count": 3, "marks": {"主任": "○ ", "委员": " ○○"}},
        ]
    ),
    "same_person_void_person": villager_records(
        [
            {"count": 9, "marks": {"主任": " ○", "委员": "○○ "}},
            {"count": 4, "marks": {"主任": "○ ", "委员": " ○?"}},
        ],
        profile=with_params(same_person_multi_post="void_person"),
    ),
    "section_over_vote_and_write_ins": villager_records(
        [
            {"count": 6, "marks": {"主任": "○ ", "委员": "○○○"}},
            {
                "count": 5,
                "marks": {"主任": " ○", "委员": "×  "},
                "write_ins": {"委员": [["戊", " "]]},
            },
            {"count": 2, "marks": {"主任": "○○", "委员": "○○○"}},
            {"count": 1, "marks": {"主任": "? ", "委员": "   "}, "flags": ["identifying_mark"]},
        ]
    ),
    "ballot_over_vote_and_unmarked_write_in_void": villager_records(
        [
            {"count": 7, "marks": {"主任": "○ ", "委员": " ○○"}},
            {"count": 2, "marks": {"主任": " ○", "委员": "○○○"}},
            {
                "count": 3,
                "marks": {"主任": "○ ", "委员": "   "},
                "write_ins": {"委员": [["戊", ""]]},
            },
        ],
        profile=with_params(overvote_scope="ballot", writein_without_mark="void_ballot"),
    ),
    "residents_group_representatives": villager_records(
        [{"count": 14, "marks": {"主任": "○ ", "委员": " ○○"}}],
        registered=21,
        kind="residents_committee",
        form="group_representatives",
        profile="residents-2018",
    ),
}


def all_files():
    for path in EXAMPLES:
        yield f"examples/{path.name}" if path.parent.name == "examples" else path.name, load(path)
    for path in CASES:
        yield f"cases/{path.parent.name}", load(path)
    yield from VILLAGER_CASES.items()


FILES = list(all_files())
IDS = [name for name, _ in FILES]


@pytest.mark.parametrize(("name", "data"), FILES, ids=IDS)
def test_every_example_and_case_round_trips(name, data):
    assert check_certificate.check(certify(data), data) == []


def test_the_villager_scenarios_reach_the_outcomes_they_name():
    """The scenarios do exercise what they are named after, so round-tripping them means something."""
    results = {n: count(parse_results(d)).rounds for n, d in VILLAGER_CASES.items()}
    assert results["d1_half_turnout_void"][0].result == "void"
    assert results["d6_vacancy_left_min_committee"][1].result == "vacancy"
    assert results["d7_tie_at_last_seat"][0].result == "tie_revote"
    assert results["d8_carry_down_off"][0].elected["委员"] == ["丁"]
    assert results["d8_carry_down_mandatory"][0].elected["委员"] == ["乙", "丁"]
    assert results["d9_woman_confirmed_first"][0].elected["委员"] == ["W1", "M1"]
    assert results["d9_woman_on_a_one_seat_member_post"][0].elected["委员"] == ["W1"]
    assert results["d9_reserved_seat_left_empty"][0].seating[1].unfilled == 1
    assert results["d12_recalled"][0].result == "recalled"
    assert results["d13_not_recalled"][0].result == "not_recalled"
    assert results["residents_group_representatives"][0].gates[0].passed  # 3*14 >= 2*21
    assert results["same_person_highest_only"][0].elected == {"主任": ["乙"], "委员": ["丙"]}
    statuses = {c.status for c in results["section_over_vote_and_write_ins"][0].recount.classes}
    assert statuses == {"valid", "partly_valid", "invalid"}


def tamperings(cert):
    """Each a (what, words the rejection must contain, tampered certificate)."""
    out = []

    def tamper(what, words, change):
        t = copy.deepcopy(cert)
        change(t)
        out.append((what, words, t))

    def flip(t, name, a, b):
        t["profile"]["params"][name] = b if t["profile"]["params"][name] == a else a

    r = cert["rounds"][0]
    tamper(
        "total",
        "ballot totals",
        lambda t: t["rounds"][0]["ballots"].update(returned=r["ballots"]["returned"] + 1),
    )
    tamper(
        "profile",
        "reconcile_against",
        lambda t: flip(t, "reconcile_against", "issued", "participants"),
    )
    if "carry_down" in cert["profile"]["params"]:
        tamper("profile", "carry_down", lambda t: flip(t, "carry_down", "off", "mandatory"))
        tamper(
            "profile",
            "women_guarantee",
            lambda t: flip(t, "women_guarantee", "none", "reserved_seat"),
        )
    else:
        tamper(
            "profile", "threshold_base", lambda t: flip(t, "threshold_base", "expected", "present")
        )
    tamper(
        "result",
        "result",
        lambda t: t["rounds"][0].update(result="elected" if r["result"] == "void" else "void"),
    )
    tamper(
        "gate",
        "gates",
        lambda t: t["rounds"][0]["gates"][0].update(passed=not r["gates"][0]["passed"]),
    )
    if r["threshold"] and r["threshold"]["base"] is not None:
        tamper(
            "threshold",
            "threshold",
            lambda t: t["rounds"][0]["threshold"].update(base=r["threshold"]["base"] + 1),
        )
    for i, pos in enumerate(r["positions"]):
        losers = [n for n, _ in pos["ranking"] if n not in pos["elected"]]
        if pos["elected"] and losers:
            tamper(
                "swap",
                pos["name"],
                lambda t, i=i, x=losers[0]: t["rounds"][0]["positions"][i]["elected"].__setitem__(
                    0, x
                ),
            )
        if pos["ranking"]:
            tamper(
                "vote",
                "ranking",
                lambda t, i=i: t["rounds"][0]["positions"][i]["ranking"][0].__setitem__(
                    1, pos["ranking"][0][1] + 1
                ),
            )
    if r.get("classes"):
        tamper(
            "class count",
            "ballot",
            lambda t: t["rounds"][0]["classes"][0].update(count=r["classes"][0]["count"] + 1),
        )
        bad = "valid" if r["classes"][0]["status"] == "invalid" else "invalid"
        tamper(
            "class status",
            "ballot record",
            lambda t: t["rounds"][0]["classes"][0].update(status=bad),
        )
    return out


def assert_tampering_rejected(data):
    for what, words, tampered in tamperings(certify(data)):
        reasons = check_certificate.check(tampered, data)
        assert reasons, what
        assert any(words in reason for reason in reasons), (what, words, reasons)


@pytest.mark.parametrize(("name", "data"), FILES, ids=IDS)
def test_tampering_is_rejected_naming_what_failed(name, data):
    assert_tampering_rejected(data)


def test_an_unknown_certificate_format_is_rejected():
    data = VILLAGER_CASES["d2_turnout_one_over_half"]
    cert = certify(data) | {"format": "tallykit.certificate/1"}
    assert check_certificate.check(cert, data) == ["not a tallykit.certificate/2 certificate"]


def test_a_certificate_of_another_file_is_rejected():
    cert = certify(VILLAGER_CASES["d8_carry_down_mandatory"])
    reasons = check_certificate.check(cert, VILLAGER_CASES["d8_carry_down_off"])
    assert any("carry_down" in r for r in reasons) and any("委员" in r for r in reasons)


NAMES = ["甲", "乙", "丙", "丁", "戊", "己"]


@st.composite
def party_files(draw):
    n = draw(st.integers(2, 5))
    seats = draw(st.integers(1, n - 1))
    names = NAMES[:n]
    expected = draw(st.integers(3, 24))
    present = draw(st.integers(expected * 3 // 4, expected))
    issued = draw(st.integers(max(present - 1, 0), present))
    rnd = {
        "kind": "formal",
        "positions": [{"name": "委员", "seats": seats}],
        "candidates": {"委员": names},
    }
    if draw(st.booleans()):
        line = st.text(alphabet="○×  ?", min_size=n, max_size=n)
        flags = st.sampled_from([[], [], [], ["torn"], ["identifying_mark"]])
        writein = st.sampled_from([{}, {}, {"委员": [["王五", "○"]]}, {"委员": [["王五", " "]]}])
        record = st.fixed_dictionaries(
            {
                "count": st.integers(1, 4),
                "marks": st.fixed_dictionaries({"委员": line}),
                "flags": flags,
                "write_ins": writein,
            }
        )
        records = draw(st.lists(record, min_size=1, max_size=6))
        rnd["ballot_records"] = records
        returned = sum(r["count"] for r in records)
        rnd["ballots"] = {
            "issued": max(issued, returned - draw(st.integers(0, 1))),
            "returned": returned,
        }
    else:
        returned = draw(st.integers(max(issued - 1, 0), issued + 1))
        votes = draw(st.lists(st.integers(0, returned), min_size=n, max_size=n))
        rnd["ballots"] = {"issued": issued, "returned": returned, "valid": returned, "invalid": 0}
        rnd["tally"] = {"委员": dict(zip(names, votes))}
    profile = draw(st.sampled_from(["party-2020", "party-1990"]))
    values = {
        "writein_without_mark": draw(
            st.sampled_from(["no_vote", "void_ballot", "approve", "abstain"])
        )
    }
    values["abstainer_writein"] = draw(st.sampled_from(["no_vote", "count"]))
    return {
        "format": "tallykit.results/1",
        "profile": {"extends": profile, "set": values} if draw(st.booleans()) else profile,
        "election": {"kind": "party_committee", "positions": [{"name": "委员", "seats": seats}]},
        "electorate": {"expected": expected, "present": present},
        "candidates": [{"name": x} for x in names],
        "rounds": [rnd],
    }


PEOPLE = ["甲", "乙", "丙", "丁", "戊"]
WOMEN = ("乙", "丁")
READINGS = {
    "carry_down": ["off", "optional", "mandatory"],
    "women_guarantee": ["confirm_first", "reserved_seat", "supplementary_with_woman", "none"],
    "same_person_multi_post": ["highest_only", "void_person"],
    "overvote_scope": ["section", "ballot"],
    "writein_without_mark": ["approve", "no_vote", "void_ballot"],
    "abstainer_writein": ["count", "no_vote"],
    "participation_base": ["returned", "issued"],
    "majority_base": ["participants", "registered"],
    "reconcile_against": ["issued", "participants"],
    "supplementary_needs_turnout": [True, False],
    "min_committee": [1, 3, 5],
    "proxy_limit": [1, 3],
}


@st.composite
def villager_files(draw):
    """Villagers' and residents' elections of two rounds and recalls, under drawn readings:
    posts that share people, women, ballot records with write-ins, proxies, stations."""
    kind = draw(st.sampled_from(["villagers_committee", "residents_committee", "recall"]))
    base = "residents-2018" if kind == "residents_committee" else "villager-2018"
    values = {k: draw(st.sampled_from(v)) for k, v in READINGS.items() if draw(st.booleans())}
    registered = draw(st.integers(2, 24))
    issued = draw(st.integers(1, registered))
    seats = {"主任": 1, "副主任": draw(st.integers(0, 1)), "委员": draw(st.integers(1, 3))}
    positions = [{"name": p, "seats": n} for p, n in seats.items() if n]
    printed = {
        p["name"]: draw(st.lists(st.sampled_from(PEOPLE), min_size=1, max_size=4, unique=True))
        for p in positions
    }
    rnd = {"kind": "formal", "positions": positions, "candidates": printed}
    if kind == "recall":
        targets = draw(st.lists(st.sampled_from(PEOPLE), min_size=1, max_size=2, unique=True))
        rnd = {
            "kind": "recall",
            "targets": targets,
            "tally": {"罢免": {t: draw(st.integers(0, issued)) for t in targets}},
        }
    elif draw(st.booleans()):
        lines = {
            p: st.text(alphabet="○○× ?", min_size=len(n), max_size=len(n))
            for p, n in printed.items()
        }
        write = st.sampled_from(
            [{}, {}, {"委员": [["己", "○"]]}, {"委员": [["己", ""]]}, {"委员": [["甲", "○"]]}]
        )
        record = st.fixed_dictionaries(
            {
                "count": st.integers(1, 3),
                "marks": st.fixed_dictionaries(lines),
                "write_ins": write,
                "flags": st.sampled_from([[], [], ["torn"]]),
            }
        )
        rnd["ballot_records"] = draw(st.lists(record, min_size=1, max_size=5))
        issued = max(issued, sum(r["count"] for r in rnd["ballot_records"]) - 1)
    else:
        rnd["tally"] = {
            p: {n: draw(st.integers(0, issued)) for n in names} for p, names in printed.items()
        }
    if "ballot_records" not in rnd:
        rnd["ballots"] = {
            "issued": issued,
            "returned": draw(st.integers(max(issued - 2, 0), issued + 1)),
        }
    else:
        rnd["ballots"] = {
            "issued": issued,
            "returned": sum(r["count"] for r in rnd["ballot_records"]),
        }
    if draw(st.booleans()):
        rnd["ballots"]["participants"] = draw(st.integers(0, registered))
    if draw(st.integers(0, 4)) == 0:
        rnd["stations"] = [
            {"name": "流动票箱", "mobile": True, "issued": 3, "returned": draw(st.integers(2, 4))}
        ]
    rounds = [rnd]
    if kind != "recall" and draw(st.booleans()):
        post = positions[-1]
        cast = draw(st.integers(1, registered))
        rounds.append(
            {
                "kind": draw(st.sampled_from(["supplementary", "tie_revote"])),
                "positions": [{"name": post["name"], "seats": 1}],
                "candidates": {post["name"]: PEOPLE[:3]},
                "ballots": {"issued": cast, "returned": cast},
                "tally": {post["name"]: {n: draw(st.integers(0, cast)) for n in PEOPLE[:3]}},
            }
        )
    people = [{"name": n, "gender": "female" if n in WOMEN else "male"} for n in PEOPLE + ["己"]]
    if draw(st.integers(0, 5)) == 0:
        people[4]["flags"] = ["not_registered"]
    proxies = [
        {
            "principal": f"委托人{i}",
            "proxy": draw(st.sampled_from(["受托甲", "受托乙"])),
            "relation": draw(st.sampled_from(["spouse", "in_law"])),
        }
        for i in range(draw(st.integers(0, 4)))
    ]
    election = {"kind": kind, "positions": positions}
    if kind == "residents_committee" and draw(st.booleans()):
        election["form"] = draw(
            st.sampled_from(["all_residents", "household_representatives", "group_representatives"])
        )
    return {
        "format": "tallykit.results/1",
        "profile": {"extends": base, "set": values} if values else base,
        "election": election,
        "electorate": {"registered": registered},
        "candidates": people,
        "rounds": rounds,
        "proxies": proxies,
    }


@settings(max_examples=150, deadline=None)
@given(party_files())
def test_generated_party_files_round_trip_and_tampering_is_rejected(data):
    assert check_certificate.check(certify(data), data) == []
    assert_tampering_rejected(data)


@settings(max_examples=300, deadline=None)
@given(villager_files())
def test_generated_villager_files_round_trip_and_tampering_is_rejected(data):
    assert check_certificate.check(certify(data), data) == []
    assert_tampering_rejected(data)


def test_checker_imports_only_the_standard_library():
    tree = ast.parse((ROOT / "tallykit" / "check_certificate.py").read_text(encoding="utf-8"))
    modules = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    modules |= {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert modules and all(m.split(".")[0] in sys.stdlib_module_names for m in modules), modules
    assert not any(m.startswith("tallykit") for m in modules)


def test_checker_is_short():
    """Readable in one sitting: the non-blank lines stay within the count docs/proofs.md states."""
    text = (ROOT / "tallykit" / "check_certificate.py").read_text(encoding="utf-8")
    assert sum(1 for line in text.splitlines() if line.strip()) <= 365


def test_cli_round_trip_and_exit_codes(cli, tmp_path):
    for path in (
        ROOT / "examples" / "party-2020-branch-ok.json",
        ROOT / "examples" / "villager-2018-supplementary-ok.json",
    ):
        cert = tmp_path / "c.json"
        cli("count", str(path), "--certificate", str(cert))
        assert "accepted" in cli("check-certificate", str(cert), str(path), "--lang", "en").stdout
        data = json.loads(cert.read_text(encoding="utf-8"))
        data["rounds"][0]["ballots"]["valid"] += 1
        cert.write_text(json.dumps(data), encoding="utf-8")
        res = cli("check-certificate", str(cert), str(path), "--lang", "en", exit_code=1)
        assert "rejected" in res.stdout and "ballot totals" in res.stdout
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    cli("check-certificate", str(tmp_path / "bad.json"), str(path), exit_code=2)


@pytest.mark.parametrize(
    ("name", "reading"),
    [
        ("d8_carry_down_off", {"carry_down": "mandatory"}),
        ("d9_woman_confirmed_first", {"women_guarantee": "none"}),
        ("same_person_highest_only", {"same_person_multi_post": "void_person"}),
        ("section_over_vote_and_write_ins", {"overvote_scope": "ballot"}),
        ("d11_fourth_proxy_rejected", {"proxy_limit": 5}),
    ],
)
def test_a_count_under_another_reading_is_rejected_even_with_the_files_readings(name, reading):
    """A counter that silently used another reading, and wrote the file's readings into the
    certificate, is caught by the re-derivation itself, not by the profile comparison."""
    data = VILLAGER_CASES[name]
    honest = certify(data)
    wrong = copy.deepcopy(data)
    wrong["profile"] = with_params(**reading)
    cert = certify(wrong) | {"profile": honest["profile"]}
    reasons = check_certificate.check(cert, data)
    assert reasons and not any(r.startswith("profile") for r in reasons), reasons
