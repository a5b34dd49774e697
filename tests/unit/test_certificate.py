"""Certificates: every example, named case and generated file round-trips through the independent
checker; tampering with any field, or pairing a certificate with another file, is rejected with a
message naming what failed; the checker imports nothing but the standard library."""

import ast
import copy
import hashlib
import json
import pathlib
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.support.villager_build import villager, with_params

from tallykit.check import check_certificate
from tallykit.check.certificate import certificate
from tallykit.parameters import PARAMETERS
from tallykit.counting.rounds import count
from tallykit.results import parse_results
from tallykit.specs._certify import tamperings

ROOT = pathlib.Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "examples"
EXAMPLES = sorted(
    p for p in (ROOT / "examples").glob("*.json") if not p.name.startswith("unreadable")
)
EXAMPLES += sorted(SHARED.glob("*.json")) if SHARED.exists() else []
CASES = sorted((ROOT / "tests" / "cases").glob("*/input.json"))


def raw_of(data):
    """A results file's (or a certificate's) bytes."""
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def certify(data):
    """The certificate of ``data`` (as the file ``raw_of(data)``), as the CLI writes it."""
    raw = raw_of(data)
    results = parse_results(json.loads(raw))
    digest = hashlib.sha256(raw).hexdigest()
    return json.loads(json.dumps(certificate(results, count(results), digest), ensure_ascii=False))


def checked(cert, data):
    """The checker's reasons, in English, for ``cert`` against the file ``raw_of(data)``."""
    return [en for _, en in check_certificate.check(raw_of(cert), raw_of(data))]


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
    assert checked(certify(data), data) == []


@pytest.mark.parametrize("case", ["party_1990_probationary_exclusion_never_enters_expected", "woman_confirmed_first_on_member_post"])
def test_a_file_naming_neither_profile_nor_date_is_certified_under_the_default_law(case):
    """With no profile and no date anywhere, the counter and the checker both take the newer law
    (party-2020; villager-2018, the law before the 2026 amendment applies only from its date)."""
    data = json.loads((ROOT / "tests" / "cases" / case / "input.json").read_text(encoding="utf-8"))
    data.pop("profile", None)
    data.pop("timeline", None)
    data["election"].pop("date", None)
    for rnd in data["rounds"]:
        rnd.pop("date", None)
    cert = certify(data)
    assert cert["profile"]["id"] in ("party-2020", "villager-2018")
    assert checked(cert, data) == []


def test_the_posts_of_the_womens_guarantee_are_certified():
    """women_guarantee_posts changes who is elected (V-WOMEN-1): a file that moves the guarantee
    off the 委员 post is certified as counted, and the checker reads the same setting."""
    case = ROOT / "tests" / "cases" / "woman_confirmed_first_on_member_post" / "input.json"
    data = json.loads(case.read_text(encoding="utf-8"))
    data["profile"] = {"extends": "villager-2018", "set": {"women_guarantee_posts": ["主任"]}}
    cert = certify(data)
    assert cert["profile"]["params"]["women_guarantee_posts"] == ["主任"]
    assert cert["rounds"][0] != certify(json.loads(case.read_text(encoding="utf-8")))["rounds"][0]
    assert checked(cert, data) == []


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


SPECIAL = {"/format": "certificate", "/results_sha256": "another file"}


def assert_tampering_rejected(data):
    """Every tampering is rejected, and a reason names the field (or the list or object it
    changed): nothing a certificate carries goes unchecked."""
    cert, raw, n = certify(data), raw_of(data), 0
    genuine = raw_of(cert)
    for what, where, tampered in tamperings(cert):
        reasons = [en for _, en in check_certificate.check(tampered, raw)]
        assert reasons, (what, where)
        word = SPECIAL.get(where, where)
        assert any(word in r for r in reasons), (what, where, reasons)
        n += 1
    assert raw_of(cert) == genuine  # every tampering undone
    return n


@pytest.mark.parametrize(("name", "data"), FILES, ids=IDS)
def test_tampering_with_any_field_is_rejected_naming_it(name, data):
    assert assert_tampering_rejected(data) > 20


def test_an_unknown_certificate_format_is_rejected():
    data = VILLAGER_CASES["d2_turnout_one_over_half"]
    cert = certify(data) | {"format": "tallykit.check.certificate/2"}
    assert checked(cert, data) == ["not a tallykit.check.certificate/3 certificate"]


def test_a_certificate_of_another_file_is_rejected():
    """Bound by sha256; and with the other file's digest written in, the re-derivation still
    finds the other profile and seating."""
    cert = certify(VILLAGER_CASES["d8_carry_down_mandatory"])
    other = VILLAGER_CASES["d8_carry_down_off"]
    reasons = checked(cert, other)
    assert len(reasons) == 1 and "of another file" in reasons[0]
    cert["results_sha256"] = hashlib.sha256(raw_of(other)).hexdigest()
    reasons = checked(cert, other)
    assert any("/profile/params/carry_down" in r for r in reasons)
    assert any("/rounds/0/positions/2" in r for r in reasons)


def test_ballot_classes_are_compared_class_by_class_not_in_total():
    """Regression (mutation audit): two files with the same ballot totals and the same patterns,
    the counts moved between the patterns, elect different people. The certificate of one, with
    the other's digest written in, must be rejected naming the class it moved and the outcome —
    a checker comparing the classes only in total would let the other outcome through."""
    a, b = [{"marks": {"主任": "○ ", "委员": "○○ "}}], [{"marks": {"主任": " ○", "委员": " ○○"}}]
    mine = villager_records([a[0] | {"count": 11}, b[0] | {"count": 1}])
    other = villager_records([a[0] | {"count": 1}, b[0] | {"count": 11}])
    genuine, forged = certify(mine), certify(other)
    assert forged["rounds"][0]["ballots"] == genuine["rounds"][0]["ballots"]
    assert forged["rounds"][0]["positions"] != genuine["rounds"][0]["positions"]
    forged["results_sha256"] = genuine["results_sha256"]
    reasons = checked(forged, mine)
    assert any("/rounds/0/classes/0/count" in r for r in reasons), reasons
    assert any("/rounds/0/positions/0/elected" in r for r in reasons), reasons
    assert checked(genuine, mine) == []


def test_every_certificate_is_rejected_with_every_other_file():
    """Each genuine certificate against each other example and case: refused by the digest;
    with the digest replaced, refused unless the two files count identically."""
    distinct = list({raw_of(data): (name, data) for name, data in FILES}.values())
    certs = [(name, data, certify(data)) for name, data in distinct[:: max(1, len(distinct) // 40)]]
    pairs = 0
    for name, data, cert in certs:
        for other_name, other, other_cert in certs:
            if other_name == name:
                continue
            pairs += 1
            assert any("of another file" in r for r in checked(cert, other)), (name, other_name)
            forged = cert | {"results_sha256": other_cert["results_sha256"]}
            same = forged == other_cert
            assert (checked(forged, other) == []) == same, (name, other_name)
    assert pairs >= 40 * 39


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


def assert_some_tampering_rejected(data, picks):
    """As ``assert_tampering_rejected``, for the tamperings ``picks`` chooses (generated files
    are many; the examples and cases get every tampering)."""
    cert, raw = certify(data), raw_of(data)
    for what, where, tampered in tamperings(cert, picks):
        reasons = [en for _, en in check_certificate.check(tampered, raw)]
        assert any(SPECIAL.get(where, where) in r for r in reasons), (what, where, reasons)


@settings(max_examples=150, deadline=None)
@given(party_files(), st.lists(st.integers(0, 10**6), min_size=12, max_size=12))
def test_generated_party_files_round_trip_and_tampering_is_rejected(data, picks):
    assert checked(certify(data), data) == []
    assert_some_tampering_rejected(data, picks)


@settings(max_examples=300, deadline=None)
@given(villager_files(), st.lists(st.integers(0, 10**6), min_size=12, max_size=12))
def test_generated_villager_files_round_trip_and_tampering_is_rejected(data, picks):
    assert checked(certify(data), data) == []
    assert_some_tampering_rejected(data, picks)


def test_checker_imports_only_the_standard_library():
    tree = ast.parse((ROOT / "tallykit" / "check" / "check_certificate.py").read_text(encoding="utf-8"))
    modules = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    modules |= {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert modules and all(m.split(".")[0] in sys.stdlib_module_names for m in modules), modules
    assert not any(m.startswith("tallykit") for m in modules)


def test_checker_is_short():
    """Readable in one sitting: the non-blank lines stay within the count docs/certificates.md states."""
    text = (ROOT / "tallykit" / "check" / "check_certificate.py").read_text(encoding="utf-8")
    assert sum(1 for line in text.splitlines() if line.strip()) <= 560


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
        assert "rejected" in res.stdout and "/rounds/0/ballots/valid" in res.stdout
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
    cert = certify(wrong) | {"profile": honest["profile"], "results_sha256": honest["results_sha256"]}
    reasons = checked(cert, data)
    assert reasons and not any("/profile" in r for r in reasons), reasons


def test_the_certificate_carries_exactly_the_parameters_the_checker_derives():
    """What the writer certifies and what the checker derives are the same parameters, with the
    same built-in values."""
    from tallykit.check.certificate import CERTIFIED
    from tallykit.profiles import BUILTIN

    for pid, readings in check_certificate.PROFILES.items():
        params = BUILTIN[pid].params
        assert {k: params[k] for k in CERTIFIED if k in params} == readings, pid


def _without_candidates(data):
    for rnd in data["rounds"]:
        rnd.pop("candidates", None)
    return data


@pytest.mark.parametrize(
    "data",
    [
        _without_candidates(load(ROOT / "examples" / "party-2020-tally-ok.json")),
        _without_candidates(copy.deepcopy(VILLAGER_CASES["d7_tie_at_last_seat"])),
        _without_candidates(copy.deepcopy(VILLAGER_CASES["d8_carry_down_mandatory"])),
        _without_candidates(copy.deepcopy(VILLAGER_CASES["d12_recalled"])),
    ],
    ids=["party", "villager-tie", "villager-carry-down", "recall"],
)
def test_a_round_without_a_candidates_list_round_trips(data):
    """A round may omit ``candidates`` (the format allows it, the counter ranks the tally): the
    checker agrees, and its certificate is accepted."""
    assert "candidates" not in data["rounds"][0]
    cert = certify(data)
    assert cert["rounds"][0]["positions"][0]["ranking"]
    assert checked(cert, data) == []


GOOD = VILLAGER_CASES["d2_turnout_one_over_half"]


@pytest.mark.parametrize(
    ("results_raw", "words"),
    [
        (b'{"format": 1, "format": 2}', "key format appears twice"),
        (b'{"format": NaN}', "NaN is not allowed"),
        (b'[-Infinity]', "-Infinity is not allowed"),
        (b'{"a": "\\ud800"}', "not UTF-8"),
        ("{}".encode("utf-16"), "not UTF-8"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b"{", "not valid JSON (line 1 column 2)"),
    ],
    ids=["duplicate-key", "nan", "infinity", "lone-surrogate", "utf-16", "deep", "syntax"],
)
def test_the_checker_refuses_files_verify_refuses(results_raw, words):
    """The checker reads files as verify does: duplicate keys, NaN, Infinity, lone surrogates,
    other encodings and deep nesting are refused, for the results file and the certificate."""
    cert = raw_of(certify(GOOD))
    reasons = [en for _, en in check_certificate.check(cert, results_raw)]
    assert len(reasons) == 1 and "the results file" in reasons[0] and words in reasons[0], reasons
    reasons = [en for _, en in check_certificate.check(results_raw, raw_of(GOOD))]
    assert len(reasons) == 1 and "the certificate" in reasons[0] and words in reasons[0], reasons


@pytest.mark.parametrize("where", ["election", "round", "candidates", "tally"])
def test_the_checker_refuses_duplicate_positions_and_names(where):
    data = copy.deepcopy(load(ROOT / "examples" / "party-2020-tally-ok.json"))
    rnd = data["rounds"][0]
    if where == "election":
        data["election"]["positions"].append(dict(data["election"]["positions"][0]))
    elif where == "round":
        rnd["positions"].append(dict(rnd["positions"][0]))
    elif where == "candidates":
        rnd["candidates"]["委员"].append(rnd["candidates"]["委员"][0])
    else:  # the same person twice once names are read as the format reads them
        first = next(iter(rnd["tally"]["委员"]))
        rnd["tally"]["委员"][first[0] + " " + first[1:]] = 1
    raw = raw_of(data)
    cert = raw_of(certify(load(ROOT / "examples" / "party-2020-tally-ok.json")))
    reasons = [en for _, en in check_certificate.check(cert, raw)]
    assert len(reasons) == 1 and ("twice" in reasons[0] or "same name" in reasons[0]), reasons


def test_extensions_nested_deep_do_not_stop_the_checker():
    """Found by the long fuzz run: a file whose extensions nest 900 deep counts (the format keeps
    extensions as they are); its genuine certificate is accepted, not refused as malformed."""
    data = load(ROOT / "examples" / "party-2020-branch-ok.json")
    data["extensions"] = json.loads("[" * 900 + "1" + "]" * 900)
    assert checked(certify(data), data) == []


def _read_parameters():
    """Every profile parameter the checker's source reads: ``prof["x"]`` and ``prof.get("x")``."""
    tree = ast.parse((ROOT / "tallykit" / "check" / "check_certificate.py").read_text("utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Subscript) and getattr(node.value, "id", None) == "prof":
            names |= {node.slice.value} if isinstance(node.slice, ast.Constant) else set()
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and getattr(node.func.value, "id", None) == "prof"
        ):
            names.add(node.args[0].value)
    return names - {"id", "family"}  # the profile's id and family, not parameters


def test_checker_sound_sets_every_parameter_the_checker_reads_to_each_of_its_values():
    """A parameter the checker reads has a variant in checker_sound for each of its values (the
    enumeration is derived from tallykit.parameters and the checker's table, so this fails when
    the checker reads a parameter that table lacks or whose kind has no bounded values)."""
    from tallykit.specs import checker_sound

    read = _read_parameters()
    assert read and read <= {k for p in check_certificate.PROFILES.values() for k in p}, read
    drawn = {t: d for t, s, d in checker_sound.files() if s == 0 and "profile" in d}
    for pid, table in check_certificate.PROFILES.items():
        assert set(checker_sound.checker_parameters(pid)) == set(table)
        family = "party" if pid.startswith("party") else "villager"
        recorded = [d for t, d in drawn.items() if t.startswith(family) and any(
            "ballot_records" in r for r in d["rounds"])]
        data = recorded[0]
        data = copy.deepcopy(data) | {"profile": pid}
        set_to: dict[str, list] = {}
        for _, edited in checker_sound.parameter_variants(data):
            for name, value in edited["profile"]["set"].items():
                set_to.setdefault(name, []).append(value)
        for name in table:
            param = PARAMETERS[name]
            assert name in set_to, (pid, name)
            if param.kind in ("enum", "bool"):
                others = {json.dumps(v) for v in (param.values or (False, True))}
                assert {json.dumps(v) for v in set_to[name]} == others - {json.dumps(table[name])}


def test_checker_sound_refuses_to_enumerate_an_unknown_kind_of_parameter():
    from tallykit.parameters import Param, Section
    from tallykit.specs import checker_sound

    odd = Param("odd", "date_or_enum", Section.ROUND, (), "", "")
    with pytest.raises(ValueError, match="odd"):
        checker_sound.parameter_values(odd, "2020-01-01", [], set())


def _party_example():
    return copy.deepcopy(load(ROOT / "examples" / "party-2020-tally-ok.json"))


def _without_counts(data):
    data["rounds"][0].pop("ballots")
    return data


def _without_tally(data):
    data["rounds"][0].pop("tally")
    return data


def _merged_write_in_posts(data):
    data["rounds"][0]["ballot_records"] = [
        {"marks": {"委员": ""}, "write_ins": {"委员": [["冯甲", "○"]], "委 员": [["冯乙", "○"]]}}
    ]
    return data


@pytest.mark.parametrize(
    ("edit", "zh", "en"),
    [
        (lambda d: d | {"profile": "party-1949"}, "不涵盖规则版本 party-1949", "'party-1949' is not covered"),
        (lambda d: d | {"profile": "villager-2018"}, "不适用于本文件", "villager-2018 does not fit"),
        (lambda d: d | {"profile": {"extends": "villager-2018"}}, "不适用于本文件", "does not fit"),
        (_without_counts, "第 0 轮缺少选票数", "round 0 has no ballot counts"),
        (_without_tally, "第 0 轮没有计票结果", "round 0 has neither tally nor records"),
        (lambda d: d | {"electorate": None}, "结果文件不符合格式", "malformed (AttributeError"),
        (lambda d: {k: v for k, v in d.items() if k != "election"}, "无法推算（KeyError", "malformed (KeyError"),
        (lambda d: d | {"rounds": 5}, "无法推算（TypeError", "malformed (TypeError"),
        (lambda d: d | {"rounds": []}, "无法推算（IndexError", "malformed (IndexError"),
        (lambda d: d | {"electorate": d["electorate"] | {"present": "x"}}, "无法推算（ValueError",
         "malformed (ValueError"),
        (lambda d: d | {"notes": json.loads("[" * 900 + "1" + "]" * 900)}, "无法推算（RecursionError",
         "malformed (RecursionError"),
        (_merged_write_in_posts, "两个字段写法统一后相同", "two keys are the same name"),
    ],
    ids=["uncovered-profile", "other-family", "other-family-extended", "no-counts", "no-tally",
         "attribute", "key", "type", "index", "value", "recursion", "merged-write-in-posts"],
)
def test_each_refusal_is_one_reason_in_chinese_and_english(edit, zh, en):
    """Files the counter would not count, which checker_sound's files (all counted) cannot reach:
    the checker refuses each with exactly one (zh, en) reason saying why, never an exception."""
    cert = raw_of(certify(_party_example()))
    reasons = check_certificate.check(cert, raw_of(edit(_party_example())))
    assert len(reasons) == 1 and len(reasons[0]) == 2, reasons
    assert zh in reasons[0][0] and en in reasons[0][1], reasons


def test_a_certificate_that_is_not_an_object_or_names_another_format_is_refused():
    data = _party_example()
    for cert in ([], {"format": "tallykit.check.certificate/2"}, "x"):
        reasons = check_certificate.check(raw_of(cert), raw_of(data))
        assert reasons == [
            (f"不是 {check_certificate.FORMAT} 格式的证书", f"not a {check_certificate.FORMAT} certificate")
        ]


def test_a_byte_order_mark_is_read_past_in_both_files():
    data = _party_example()
    bom = b"\xef\xbb\xbf"
    cert = certify(data)
    assert check_certificate.check(bom + raw_of(cert), raw_of(data)) == []
    cert["results_sha256"] = hashlib.sha256(bom + raw_of(data)).hexdigest()
    assert check_certificate.check(raw_of(cert), bom + raw_of(data)) == []


def test_a_long_value_is_shown_cut_to_120_characters():
    """A reason shows what a field should be and is, each cut to 120 characters with "...";
    a value of exactly 120 characters is shown whole."""
    data = _party_example()
    cert = certify(data)
    long, exact = "甲" * 200, "乙" * 118  # as JSON: 202 and 120 characters
    for value, shown in ((long, json.dumps("甲" * 200, ensure_ascii=False)[:117] + "..."),
                         (exact, json.dumps(exact, ensure_ascii=False))):
        cert["profile"]["id"] = value
        ((zh, en),) = check_certificate.check(raw_of(cert), raw_of(data))
        assert en == f'the certificate\'s /profile/id should be "party-2020", is {shown}'
        assert zh == f'证书 /profile/id 应为 "party-2020"，实为 {shown}'
