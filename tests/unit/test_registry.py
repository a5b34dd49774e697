"""Every catalogue code has exactly one check: a registered generator function, or a named
maker outside verify (an unreadable file, a bug); and every registered check is of a catalogue
code."""

from __future__ import annotations

import json

from click.testing import CliRunner

import tallykit.check.verify  # noqa: F401  (registers every check)
from tallykit.cli.main import main
from tallykit.findings import BY_CODE, CATALOGUE, PRODUCED_ELSEWHERE, REGISTRY, Stage, check


def test_every_code_has_exactly_one_check():
    registered, elsewhere = set(REGISTRY), set(PRODUCED_ELSEWHERE)
    assert not registered & elsewhere
    assert registered | elsewhere == set(BY_CODE)
    assert all(r.code == code for code, r in REGISTRY.items())


def test_a_second_check_of_a_code_is_refused():
    for code in ("TK-BALLOTS-1", "TK-SCHEMA-1", "TK-NO-SUCH-1"):
        try:
            check(code)(lambda s: iter(()))
        except ValueError:
            continue
        raise AssertionError(f"{code}: a second check was registered")
    assert REGISTRY["TK-BALLOTS-1"].run.__name__ == "ballot_classes"


def test_round_checks_take_a_round_and_the_others_do_not():
    import inspect

    for r in REGISTRY.values():
        params = list(inspect.signature(r.run).parameters)
        assert len(params) == (2 if r.stage == Stage.ROUND else 1), r.code


def test_rules_lists_each_codes_check():
    out = CliRunner().invoke(main, ["rules", "--format", "json"])
    listed = {c["code"]: c["check"] for c in json.loads(out.output)}
    assert list(listed) == [c.code for c in CATALOGUE]
    assert listed["TK-BALLOTS-1"] == "tallykit.check.verify.ballot_classes"
    assert listed["TK-SCHEMA-1"] is None
    assert all(listed[code] for code in REGISTRY)
    text = CliRunner().invoke(main, ["rules", "--lang", "en"]).output
    assert "check: tallykit.procedure.eligibility.Checker.voters_of_age" in text
    assert "check: the reader" in text


def test_rules_lists_each_codes_families():
    """``tallykit rules`` names the election families each check applies to, from the registry."""
    out = json.loads(CliRunner().invoke(main, ["rules", "--format", "json"]).output)
    families = {c["code"]: c["families"] for c in out}
    assert families["TK-EXCL-1"] == ["party"] and families["TK-KIN-2"] == ["villager", "residents"]
    assert families["TK-SCHEMA-1"] == families["TK-BALLOTS-1"] == ["party", "villager", "residents"]
    zh = CliRunner().invoke(main, ["rules"]).output
    en = CliRunner().invoke(main, ["rules", "--lang", "en"]).output
    excl_zh, excl_en = (t[t.index("TK-EXCL-1 "):].split("\n\n")[0] for t in (zh, en))
    assert "适用于: 党组织选举\n" in excl_zh and "applies to: party elections\n" in excl_en
    assert zh.count("适用于: ") == en.count("applies to: ") == len(CATALOGUE)
