"""One source of truth for the results format: the published JSON Schema is generated from the
parser's definition (tallykit.schema from tallykit.results.FIELDS and its constants), and a
corpus of valid and broken documents gets the same verdict from the parser and the schema."""

from __future__ import annotations

import copy
import json
from importlib.resources import files
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from tallykit.errors import InputError
from tallykit.counting.rounds import count
from tallykit.profiles import profile_of
from tallykit.results import FIELDS, parse_results
from tallykit.schema import dump, results_schema
from tests.support.helpers import json_paths

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SHARED = Path(__file__).resolve().parents[3] / "shared" / "examples"
VALIDATOR = jsonschema.Draft202012Validator(
    results_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)
BASES = [
    "party-2020-tally-ok.json",
    "party-2020-branch-ok.json",
    "party-2020-timeline-ok.json",
    "villager-2026-ok.json",
    "villager-2018-people-ok.json",
]
BAD = ["x", -1, 10**10, 1.5, True, None, [], {}, "2021-02-30"]
# What JSON Schema cannot say and the parser checks on top (the schema's description says so):
# a post named in a candidate's or a round's list must be one of election.positions, and a
# profile named by its id must be one tallykit has (tallykit profiles).
REFERENCES = {
    ("profile",),
    ("candidates", "#", "positions", "#"),
    ("election", "positions", "#", "name"),
    ("rounds", "#", "positions", "#", "name"),
}


def reads(doc: Any) -> bool:
    """The parser's verdict: the document parses and names a profile that exists."""
    try:
        profile_of(parse_results(doc))
    except InputError:
        return False
    return True


def counts(doc: Any) -> bool:
    """Whether the document can be counted: the parser's verdict, then the figures a count
    needs (an InputError there makes the file unreadable too, TK-SCHEMA-1)."""
    try:
        count(parse_results(doc))
    except InputError:
        return False
    return True


# A round's ballot counts and tally, needed unless it has ballot records, are missing only when
# it is counted (a blank 计票表 still parses, so that every missing figure is shown at its
# cell); the schema, which describes a whole results file, requires them.
COUNT_TIME = {("rounds", "#", "ballots"), ("rounds", "#", "tally")}


def test_the_committed_schema_is_the_generated_one():
    committed = files("tallykit").joinpath("data/results.schema.json").read_text(encoding="utf-8")
    assert committed == dump(), "run: python -m tallykit.schema > tallykit/data/results.schema.json"
    jsonschema.Draft202012Validator.check_schema(results_schema())


def test_every_object_of_the_parser_is_in_the_schema():
    text = dump()
    for required, optional in FIELDS.values():
        for field in (*required, *optional):
            assert f'"{field}"' in text


def _load(path: Path) -> Any:
    return json.loads(path.read_bytes().decode("utf-8-sig"))


def _documents() -> list[Path]:
    out = []
    for p in sorted([*EXAMPLES.glob("*.json"), *SHARED.glob("*.json")]):
        try:
            _load(p)
        except ValueError:
            continue  # not JSON at all: neither reader gets that far
        out.append(p)
    return out


@pytest.mark.parametrize("path", _documents(), ids=lambda p: p.name)
def test_every_example_gets_the_same_verdict(path):
    doc = _load(path)
    assert reads(doc) == VALIDATOR.is_valid(doc)


def _mutations(base: Any) -> Any:
    """Every field replaced by each wrong kind of value or left out, one at a time, and an
    unknown field added to every object."""
    for path in json_paths(base):
        if not path or path[0] in ("extensions", "profile") and len(path) > 1:
            continue
        shape = tuple("#" if isinstance(p, int) else p for p in path)
        if shape in REFERENCES:
            continue
        changes: list[tuple[str, Any]] = [("set", v) for v in BAD] + [("del", None), ("add", 1)]
        for kind, value in changes:
            doc = copy.deepcopy(base)
            node = doc
            for part in path[:-1]:
                node = node[part]
            if kind == "set":
                node[path[-1]] = value
            elif kind == "del" and isinstance(node, dict):
                del node[path[-1]]
            elif kind == "add" and isinstance(node[path[-1]], dict):
                node[path[-1]]["no_such_field"] = value
            else:
                continue
            yield shape, f"{kind} /{'/'.join(map(str, path))} {value!r}", doc


@pytest.mark.parametrize("name", BASES)
def test_broken_documents_get_the_same_verdict(name):
    base = _load(EXAMPLES / name)
    assert reads(base) and VALIDATOR.is_valid(base)
    differ = []
    for shape, what, doc in _mutations(base):
        valid = VALIDATOR.is_valid(doc)
        if shape[:3] in COUNT_TIME and not valid:
            if counts(doc):
                differ.append(what)
        elif reads(doc) != valid:
            differ.append(what)
    assert differ == []


def test_a_round_without_ballots_is_refused_by_both():
    """The drift that started this: without ballot records a round needs its ballot counts and
    its tally (read when it is counted, P-BALLOT-1/2), and the schema says so too."""
    base = _load(EXAMPLES / "party-2020-tally-ok.json")
    for field in ("ballots", "tally"):
        doc = copy.deepcopy(base)
        del doc["rounds"][0][field]
        assert not counts(doc) and not VALIDATOR.is_valid(doc)
        with pytest.raises(InputError) as err:
            count(parse_results(doc))
        assert err.value.path == f"/rounds/0/{field}"


def test_chinese_words_of_closed_values_are_valid_for_both():
    doc = _load(EXAMPLES / "party-2020-tally-ok.json")
    doc["rounds"][0]["kind"] = "正式选举"
    doc["election"]["kind"] = "党组织委员会选举"
    assert reads(doc) and VALIDATOR.is_valid(doc)


def test_round_marks_are_values():
    doc = _load(EXAMPLES / "party-2020-tally-ok.json")
    rnd = doc["rounds"][0]
    name = next(iter(rnd["tally"]["委员"]))
    rnd["marks"] = {"委员": {name: {"disapprove": 2, "abstain": 1}}}
    marks = parse_results(doc).rounds[0].marks["委员"][name]
    assert (marks.disapprove, marks.abstain) == (2, 1)
    rnd["marks"] = {"委员": {name: {"disapprove": "2"}}}
    with pytest.raises(InputError) as err:
        parse_results(doc)
    assert err.value.path == f"/rounds/0/marks/委员/{name}/disapprove"
    assert not VALIDATOR.is_valid(doc)
