"""Certificates: every example and generated case round-trips through the independent checker;
tampering is rejected; the checker shares no code with the counting core."""

import ast
import copy
import json
import pathlib
import sys

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from tallykit import check_certificate
from tallykit.certificate import certificate
from tallykit.cli.main import main
from tallykit.counting import count
from tallykit.results import parse_results

EXAMPLES = pathlib.Path(__file__).resolve().parent.parent.parent / "shared" / "examples"
ROOT = pathlib.Path(__file__).resolve().parent.parent
PARTY_EXAMPLES = sorted(EXAMPLES.glob("party-*.json")) if EXAMPLES.exists() else []


def certify(data):
    return certificate(parse_results(data), count(parse_results(data)))


def load(path):
    return json.loads(path.read_text(encoding="utf-8-sig"))


@pytest.mark.parametrize("path", PARTY_EXAMPLES, ids=lambda p: p.name)
def test_examples_round_trip(path):
    data = load(path)
    assert check_certificate.check(certify(data), data) == []


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
        records = draw(
            st.lists(
                st.fixed_dictionaries(
                    {
                        "count": st.integers(1, 4),
                        "marks": st.fixed_dictionaries({"委员": line}),
                        "flags": flags,
                        "write_ins": writein,
                    }
                ),
                min_size=1,
                max_size=6,
            )
        )
        rnd["ballot_records"] = records
        returned = sum(r["count"] for r in records)
        rnd["ballots"] = {
            "issued": max(issued, returned - draw(st.integers(0, 1))),
            "returned": returned,
            "valid": returned,
            "invalid": 0,
        }
    else:
        returned = draw(st.integers(max(issued - 1, 0), issued + 1))
        votes = draw(st.lists(st.integers(0, returned), min_size=n, max_size=n))
        rnd["ballots"] = {"issued": issued, "returned": returned, "valid": returned, "invalid": 0}
        rnd["tally"] = {"委员": dict(zip(names, votes))}
    return {
        "format": "tallykit.results/1",
        "profile": draw(st.sampled_from(["party-2020", "party-1990"])),
        "election": {"kind": "party_committee", "positions": [{"name": "委员", "seats": seats}]},
        "electorate": {"expected": expected, "present": present},
        "candidates": [{"name": x} for x in names],
        "rounds": [rnd],
    }


def tamperings(cert):
    """Each a (what, tampered certificate) the checker must reject."""
    r = cert["rounds"][0]
    out = []
    t = copy.deepcopy(cert)
    t["rounds"][0]["ballots"]["returned"] += 1
    out.append(("total", t))
    if r["threshold"] is not None:
        t = copy.deepcopy(cert)
        t["rounds"][0]["threshold"]["base"] += 1
        out.append(("threshold base", t))
    t = copy.deepcopy(cert)
    t["profile"]["threshold_base"] = (
        "present" if cert["profile"]["threshold_base"] == "expected" else "expected"
    )
    out.append(("profile base", t))
    t = copy.deepcopy(cert)
    t["rounds"][0]["result"] = "void" if r["result"] != "void" else "elected"
    out.append(("result", t))
    for i, pos in enumerate(r["positions"]):
        losers = [n for n, _ in pos["ranking"] if n not in pos["elected"]]
        if pos["elected"] and losers:
            t = copy.deepcopy(cert)
            t["rounds"][0]["positions"][i]["elected"][0] = losers[0]
            out.append(("swap winner", t))
        t = copy.deepcopy(cert)
        t["rounds"][0]["positions"][i]["ranking"][0][1] += 1
        out.append(("vote", t))
    for i, c in enumerate(r.get("classes", [])):
        t = copy.deepcopy(cert)
        t["rounds"][0]["classes"][i]["status"] = "invalid" if c["status"] != "invalid" else "valid"
        t["rounds"][0]["classes"][i]["approvals"] = (
            {} if c["status"] != "invalid" else {"委员": ["甲"]}
        )
        out.append(("class", t))
        break
    return out


@settings(max_examples=150, deadline=None)
@given(party_files())
def test_generated_round_trip_and_tampering(data):
    cert = certify(data)
    assert check_certificate.check(cert, data) == []
    for what, tampered in tamperings(cert):
        assert check_certificate.check(tampered, data), what


@pytest.mark.parametrize("path", PARTY_EXAMPLES, ids=lambda p: p.name)
def test_examples_tampering_rejected(path):
    data = load(path)
    for what, tampered in tamperings(certify(data)):
        assert check_certificate.check(tampered, data), what


def test_checker_imports_only_the_standard_library():
    tree = ast.parse((ROOT / "tallykit" / "check_certificate.py").read_text(encoding="utf-8"))
    modules = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    modules |= {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert modules and all(m.split(".")[0] in sys.stdlib_module_names for m in modules), modules


def test_checker_is_short():
    assert (
        len((ROOT / "tallykit" / "check_certificate.py").read_text(encoding="utf-8").splitlines())
        <= 230
    )


def test_cli_round_trip_and_exit_codes(tmp_path):
    if not PARTY_EXAMPLES:
        pytest.skip("shared examples not available")
    path = PARTY_EXAMPLES[0]
    cert = tmp_path / "c.json"
    runner = CliRunner()
    assert runner.invoke(main, ["count", str(path), "--certificate", str(cert)]).exit_code == 0
    assert runner.invoke(main, ["check-certificate", str(cert), str(path)]).exit_code == 0
    data = json.loads(cert.read_text(encoding="utf-8"))
    data["rounds"][0]["ballots"]["valid"] += 1
    cert.write_text(json.dumps(data), encoding="utf-8")
    res = runner.invoke(main, ["check-certificate", str(cert), str(path), "--lang", "en"])
    assert res.exit_code == 1 and "rejected" in res.output
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    assert (
        runner.invoke(main, ["check-certificate", str(tmp_path / "bad.json"), str(path)]).exit_code
        == 2
    )


def test_certificate_of_a_villager_election_is_refused_cleanly(cli, tmp_path):
    """Certificates cover party elections; a villager file gets a usage error (exit 2), no file."""
    cert = tmp_path / "c.json"
    res = cli("count", str(EXAMPLES / "villager-2018-supplementary-ok.json"), "--certificate", str(cert), exit_code=2)

    assert "TK-CERT-1" in res.stderr and "Traceback" not in res.stderr
    assert not cert.exists()
