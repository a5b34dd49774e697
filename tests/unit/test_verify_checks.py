"""Each check good and bad at the value level, the feasibility decision against a brute-force
oracle, and the rule catalogue."""

from __future__ import annotations

import copy
import itertools
import json
from pathlib import Path

import msgspec
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from tallykit.cli.main import main
from tallykit.check.feasibility import Question, decide
from tallykit.findings import BY_CODE, CATALOGUE, SEVERITIES
from tallykit.results import parse_results
from tallykit.check.verify import verify

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
BASE = json.loads((EXAMPLES / "party-2020-tally-ok.json").read_text(encoding="utf-8"))
SUP = json.loads((EXAMPLES / "party-2020-supplementary-ok.json").read_text(encoding="utf-8"))


def codes(data) -> set[str]:
    return {f.code for f in verify(parse_results(data)).findings}


def edit(data, fn):
    d = copy.deepcopy(data)
    fn(d)
    return d


def test_base_is_clean():
    assert codes(BASE) == set() and codes(SUP) == set()


@pytest.mark.parametrize(
    ("fn", "code"),
    [
        (lambda d: d["rounds"][0]["ballots"].update(returned=41, valid=40), "TK-RECON-1"),
        (lambda d: d["rounds"][0].update(stations=[{"name": "一站", "issued": 20, "returned": 21}, {"name": "二站", "issued": 20, "returned": 19}]), "TK-RECON-2"),
        (lambda d: d["rounds"][0].update(stations=[{"name": "一站", "issued": 20, "returned": 20}, {"name": "二站", "issued": 19, "returned": 19}]), "TK-RECON-3"),
        (lambda d: d["rounds"][0]["ballots"].update(issued=41), "TK-RECON-4"),
        (lambda d: d["rounds"][0]["ballots"].update(invalid=2), "TK-BALLOTS-1"),
        (lambda d: d["rounds"][0]["tally"]["委员"].update({"赵磊": 40}), "TK-VOTES-1"),
        (lambda d: d["rounds"][0]["tally"]["委员"].update({"赵磊": 39, "陈明": 39}), "TK-VOTES-2"),
        (lambda d: d["rounds"][0].update(marks={"委员": {"陈明": {"disapprove": 15}}}), "TK-FEAS-1"),
        (lambda d: d["electorate"].update(present=35), "TK-QUORUM-1"),
        (lambda d: d["rounds"][0]["declared"]["elected"]["委员"].pop(), "TK-OUTCOME-2"),
        (lambda d: d["rounds"][0]["declared"].update(next="supplementary"), "TK-OUTCOME-3"),
        (lambda d: d["rounds"][0]["candidates"]["委员"].reverse(), "TK-ORDER-1"),
        (lambda d: d["officials"]["counters"].append("刘芳"), "TK-OFFICIAL-1"),
        (lambda d: d.update(proxies=[{"principal": "甲", "proxy": "乙"}]), "TK-PROXY-1"),
        (lambda d: d["rounds"][0]["tally"]["委员"].update({"刘 芳": d["rounds"][0]["tally"]["委员"].pop("刘芳")}), "TK-NAME-1"),
    ],
)
def test_each_check_fires(fn, code):
    assert code in codes(edit(BASE, fn))


def test_quorum_gate_and_declaration():
    bad = edit(BASE, lambda d: d["electorate"].update(present=35))
    found = {f.code: f for f in verify(parse_results(bad)).findings}
    assert found["TK-QUORUM-1"].rules == ("P-QUORUM-1",)
    assert found["TK-OUTCOME-1"].rules == ("P-QUORUM-1",)
    quorum = json.loads((EXAMPLES / "party-2020-quorum-error.json").read_text(encoding="utf-8"))
    assert codes(quorum) == {"TK-QUORUM-1", "TK-OUTCOME-1"}
    declared_void = edit(quorum, lambda d: d["rounds"][0].update(declared={"void": True, "void_reason": "到会人数不足"}))
    rep = verify(parse_results(declared_void))
    assert rep.status == "ok" and rep.errors == 0
    assert [(f.code, f.severity) for f in rep.findings] == [("TK-QUORUM-1", "info")]


def test_unapproved_exclusion_counts_in_expected():
    # 45 + 1 unapproved exclusion = 46 expected; 36 present: 5*36=180 < 4*46=184.
    d = edit(BASE, lambda d: d["electorate"]["exclusions"][0].update(meeting_approved=False))
    d = edit(d, lambda d: d["electorate"].update(present=36))
    assert "TK-QUORUM-1" in codes(d)


def test_supplementary_round_checks():
    skipped = edit(SUP, lambda d: (d["rounds"][1]["candidates"].update({"委员": ["许丽娟"]}), d["rounds"][1]["tally"].update({"委员": {"许丽娟": 17}}), d["rounds"][1]["declared"]["elected"].update({"委员": ["许丽娟"]})))
    assert codes(skipped) == {"TK-ROUND-1"}
    elected_again = edit(SUP, lambda d: d["rounds"][1]["candidates"].update({"委员": ["刘卫国", "孔繁荣"]}) or d["rounds"][1]["tally"]["委员"].update({"孔繁荣": 3}))
    assert "TK-ROUND-1" in codes(elected_again)
    seats = edit(SUP, lambda d: d["rounds"][1]["positions"][0].update(seats=2) or d["rounds"][1]["declared"].update(next="supplementary"))
    assert "TK-ROUND-1" in codes(seats)
    below = edit(SUP, lambda d: d["rounds"][1]["tally"]["委员"].update({"刘卫国": 15}))
    found = {f.code: f for f in verify(parse_results(below)).findings}
    assert found["TK-OUTCOME-2"].rules == ("P-ELECT-5",)


def test_margin_thresholds():
    five = edit(BASE, lambda d: (d["rounds"][0]["candidates"]["委员"].remove("赵磊"), d["rounds"][0]["tally"]["委员"].pop("赵磊")))
    assert "TK-MARGIN-1" in codes(five)
    officers = edit(five, lambda d: d["election"].update(kind="party_branch_officers"))
    assert "TK-MARGIN-1" not in codes(officers)


def test_margin_is_the_profiles():
    """The 20% margin is the profile's candidate_margin (P-CAND-1): 5 candidates for 5 seats
    fail it and the villagers' more_than_seats (V-CAND-1), and pass where the margin is not
    checked (none); 6 for 5 pass both."""
    five = edit(BASE, lambda d: (d["rounds"][0]["candidates"]["委员"].remove("赵磊"), d["rounds"][0]["tally"]["委员"].pop("赵磊")))
    for margin, flagged in (("fifth_of_seats", True), ("more_than_seats", True), ("none", False)):
        d = edit(five, lambda d: d.update(profile={"extends": "party-2020", "set": {"candidate_margin": margin}}))
        assert ("TK-MARGIN-1" in codes(d)) == flagged, margin
    six = edit(BASE, lambda d: d.update(profile={"extends": "party-2020", "set": {"candidate_margin": "more_than_seats"}}))
    assert "TK-MARGIN-1" not in codes(six)


def test_gather_all_findings():
    many = edit(BASE, lambda d: (d["rounds"][0]["ballots"].update(invalid=3), d["officials"]["scrutineers"].append("陈明"), d["rounds"][0]["candidates"]["委员"].reverse()))
    assert {"TK-BALLOTS-1", "TK-OFFICIAL-1", "TK-ORDER-1"} <= codes(many)


def test_every_finding_code_is_in_the_catalogue():
    for p in EXAMPLES.glob("[pv]*.json"):
        data = json.loads(p.read_bytes().decode("utf-8-sig"))
        for f in verify(parse_results(data)).findings:
            assert f.code in BY_CODE and f.rules and f.severity in SEVERITIES


def test_catalogue_is_complete():
    assert len({c.code for c in CATALOGUE}) == len(CATALOGUE)
    for c in CATALOGUE:
        assert c.severity in SEVERITIES and c.rules
        for t in (c.title, c.explanation, c.remediation_clerk, c.remediation_reviewer):
            assert t.zh and t.en


def test_rules_for_family():
    c = BY_CODE["TK-RECON-1"]
    assert c.rules_for("party") == ("P-BALLOT-1",)
    assert c.rules_for("villager") == ("V-BALLOT-RECON-1",)
    assert c.rules_for("residents") == ("V-BALLOT-RECON-1",)
    assert BY_CODE["TK-QUORUM-1"].rules_for("party") == ("P-QUORUM-1", "P-QUORUM-2", "P-QUORUM-4")


def test_rules_command():
    out = CliRunner().invoke(main, ["rules"]).stdout
    assert all(c.code in out for c in CATALOGUE)
    data = json.loads(CliRunner().invoke(main, ["rules", "--format", "json", "--lang", "en"]).stdout)
    assert {d["code"] for d in data} == set(BY_CODE)


# ---------------------------------------------------------------- feasibility against an oracle


def brute(valid: int, seats: int, tally: dict[str, int]) -> bool:
    """Obviously correct: try every multiset of ``valid`` ballots (subsets of size <= seats)."""
    names = list(tally)
    ballots = [c for k in range(seats + 1) for c in itertools.combinations(names, k)]
    for combo in itertools.combinations_with_replacement(ballots, valid):
        totals = {n: 0 for n in names}
        for b in combo:
            for n in b:
                totals[n] += 1
        if totals == tally:
            return True
    return False


@settings(max_examples=150, deadline=None)
@given(st.integers(1, 4), st.integers(1, 3), st.lists(st.integers(0, 5), min_size=1, max_size=3))
def test_bounds_match_brute_force(valid, seats, votes):
    tally = {f"人{i}": v for i, v in enumerate(votes)}
    answer = decide(Question(valid=valid, seats=(("委员", seats),), tally={"委员": tally}), want_witness=True)
    assert answer.feasible == brute(valid, seats, tally)
    if answer.feasible:
        got: dict[str, int] = {n: 0 for n in tally}
        assert sum(n for n, _ in answer.witness) == valid
        for n, pattern in answer.witness:
            for _, chosen in pattern:
                assert len(chosen) <= seats and len(set(chosen)) == len(chosen)
                for who in chosen:
                    got[who] += n
        assert got == tally


def test_same_person_over_posts():
    q = Question(valid=3, seats=(("主任", 1), ("委员", 2)), tally={"主任": {"甲": 2}, "委员": {"甲": 2, "乙": 1}}, same_person_once=True)
    assert decide(q).feasible is False
    assert decide(msgspec.structs.replace(q, same_person_once=False)).feasible is True


def test_z3_path_gives_a_witness():
    q = Question(
        valid=3, seats=(("委员", 2),), tally={"委员": {"甲": 2, "乙": 1, "丙": 2}}, printed={"委员": ("甲", "乙")},
        disapprove={"委员": {"甲": 1, "乙": 2}}, writein_needs_disapproval=True,
    )
    answer = decide(q)
    assert answer.method == "z3" and answer.feasible is True
    got = {"甲": 0, "乙": 0, "丙": 0}
    for n, pattern in answer.witness:
        for _, chosen in pattern:
            assert len(chosen) <= 2
            for who in chosen:
                got[who] += n
    assert got == {"甲": 2, "乙": 1, "丙": 2}


def brute_marks(valid, seats, printed, tally, disapprove):
    """Obviously correct: every multiset of ballots, each a symbol per printed line and a set of
    write-ins, a write-in counting only beside a disapproval (P-VALID-5)."""
    written = [n for n in tally if n not in printed]
    options = []
    for symbols in itertools.product("ax-", repeat=len(printed)):
        for k in range(len(written) + 1):
            for ws in itertools.combinations(written, k):
                approved = [n for n, s in zip(printed, symbols) if s == "a"]
                if len(approved) + len(ws) <= seats and len(ws) <= symbols.count("x"):
                    options.append((symbols, ws))
    for combo in itertools.combinations_with_replacement(options, valid):
        votes = {n: 0 for n in tally}
        against = {n: 0 for n in printed}
        for symbols, ws in combo:
            for n, s in zip(printed, symbols):
                votes[n] += s == "a"
                against[n] += s == "x"
            for n in ws:
                votes[n] += 1
        if votes == tally and all(against[n] == disapprove[n] for n in printed):
            return True
    return False


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 3), st.integers(1, 2), st.lists(st.integers(0, 3), min_size=1, max_size=2),
       st.lists(st.integers(0, 3), min_size=2, max_size=2), st.integers(1, 3))
def test_feasibility_with_marks_matches_brute_force(valid, seats, votes, against, written):
    printed = tuple(["甲", "乙"][: len(votes)])
    tally = {**{n: v for n, v in zip(printed, votes)}, "丙": written}
    disapprove = {n: d for n, d in zip(printed, against)}
    q = Question(valid=valid, seats=(("委员", seats),), tally={"委员": tally}, printed={"委员": printed},
                 disapprove={"委员": disapprove}, writein_needs_disapproval=True)
    assert decide(q).feasible == brute_marks(valid, seats, printed, tally, disapprove)


def test_supplementary_after_a_tie_revote():
    """One position tied, another left unfilled: the tie re-vote comes first, then the
    supplementary round, whose seat was left unfilled by the formal round."""
    data = {
        "format": "tallykit.results/1", "profile": "party-2020",
        "election": {"kind": "party_committee", "positions": [{"name": "委员", "seats": 2}, {"name": "纪检委员", "seats": 1}]},
        "electorate": {"expected": 20, "present": 20}, "candidates": [],
        "rounds": [
            {"kind": "formal", "positions": [{"name": "委员", "seats": 2}, {"name": "纪检委员", "seats": 1}],
             "candidates": {"委员": ["丁一", "王二", "甘三"], "纪检委员": ["石四", "田五"]},
             "ballots": {"issued": 20, "returned": 20, "valid": 20, "invalid": 0},
             "tally": {"委员": {"丁一": 15, "王二": 12, "甘三": 12}, "纪检委员": {"石四": 8, "田五": 7}},
             "declared": {"elected": {"委员": ["丁一"], "纪检委员": []}, "next": "tie_revote"}},
            {"kind": "tie_revote", "positions": [{"name": "委员", "seats": 1}], "candidates": {"委员": ["王二", "甘三"]},
             "ballots": {"issued": 20, "returned": 20, "valid": 20, "invalid": 0},
             "tally": {"委员": {"王二": 13, "甘三": 7}},
             "declared": {"elected": {"委员": ["王二"]}}},
            {"kind": "supplementary", "positions": [{"name": "纪检委员", "seats": 1}], "candidates": {"纪检委员": ["石四", "田五"]},
             "ballots": {"issued": 20, "returned": 20, "valid": 20, "invalid": 0},
             "tally": {"纪检委员": {"石四": 14, "田五": 6}},
             "declared": {"elected": {"纪检委员": ["石四"]}}},
        ],
    }
    assert codes(data) == set()
    wrong = edit(data, lambda d: d["rounds"][2]["positions"][0].update(seats=2))
    assert "TK-ROUND-1" in codes(wrong)


def test_the_ballot_totals_finding_records_valid_plus_invalid():
    """TK-BALLOTS-1 names the figures it compared: the recorded valid + invalid against the
    ballots returned (a mutant writing valid % invalid survived every test before)."""
    d = edit(BASE, lambda d: d["rounds"][0]["ballots"].update(invalid=2))
    found = next(f for f in verify(parse_results(d)).findings if f.code == "TK-BALLOTS-1")
    b = d["rounds"][0]["ballots"]
    assert (found.expected, found.recorded) == (b["returned"], b["valid"] + 2)
    assert b["valid"] % 2 != b["valid"] + 2


def test_a_void_round_neither_declared_void_nor_without_winners_says_both():
    """TK-OUTCOME-1 on a round the quorum voids, recorded as not void and with people elected,
    says both in each language (a mutant that dropped the joining word survived every test)."""
    quorum = json.loads((EXAMPLES / "party-2020-quorum-error.json").read_text(encoding="utf-8"))
    found = next(f for f in verify(parse_results(quorum)).findings if f.code == "TK-OUTCOME-1")
    assert "it was not declared void and people were declared elected" in found.message_en
    assert "未宣布无效并宣布了当选人" in found.message_zh


def test_each_check_names_the_families_it_applies_to(monkeypatch):
    """A registered check states its election families and the runner skips it for the others
    (no check opens by returning early on the family)."""
    from tallykit.findings import REGISTRY, Registered
    from tallykit.vocabulary import Family

    assert REGISTRY["TK-EXCL-1"].families == {Family.PARTY}
    assert REGISTRY["TK-COMP-7"].applies(Family.RESIDENTS) and not REGISTRY["TK-COMP-7"].applies(Family.PARTY)
    assert REGISTRY["TK-RECON-1"].families == frozenset() and REGISTRY["TK-RECON-1"].applies(Family.PARTY)

    def never(*args):
        raise AssertionError("a villagers' check ran on a party file")

    monkeypatch.setitem(REGISTRY, "TK-COMP-9", Registered("TK-COMP-9", REGISTRY["TK-COMP-9"].stage, never, frozenset({Family.VILLAGER})))
    party = json.loads((EXAMPLES / "party-2020-branch-ok.json").read_text(encoding="utf-8"))
    assert verify(parse_results(party)).status == "ok"
