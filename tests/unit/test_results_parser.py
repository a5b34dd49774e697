"""The parser turns decoded JSON into frozen values or names the exact spot that is wrong."""

from __future__ import annotations

import copy
import json
import pickle
from pathlib import Path

import pytest

from tallykit import InputError, parse_results
from tallykit.text.labels import place_words
from tallykit.results import BallotRecord, BallotRecords

from tests.support.helpers import party_file

EXAMPLES = sorted((Path(__file__).resolve().parents[3] / "shared" / "examples").glob("*.json"))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_contract_example_parses(path):
    """Every file in ../shared/examples is valid input (FORMAT.md contract)."""
    results = parse_results(json.loads(path.read_text(encoding="utf-8")))

    assert results.rounds and results.election.positions


def test_values_are_frozen():
    """Parsed values cannot be changed after the edge (STYLE §2.1)."""
    r = parse_results(party_file(expected=5, present=5, tally={"甲": 3}))

    with pytest.raises(AttributeError):
        r.rounds[0].kind = "tie_revote"  # type: ignore[misc]
    with pytest.raises(TypeError):
        r.rounds[0].tally["委员"]["甲"] = 4  # type: ignore[index]


def test_ballot_records_are_a_frozen_value():
    """BallotRecords (a Sequence, so a plain class) cannot be changed, compares and hashes by
    its fields, and pickles (to a ``verify --jobs`` worker) as an equal value."""
    recs = BallotRecords.of([BallotRecord(2, {"委员": "○×"}), BallotRecord(1, {"委员": "×○"}, flags=["torn"])])
    again = BallotRecords.of([BallotRecord(2, {"委员": "○×"}), BallotRecord(1, {"委员": "×○"}, flags=("torn",))])
    other = BallotRecords.of([BallotRecord(1, {"委员": "○×"}), BallotRecord(1, {"委员": "×○"}, flags=["torn"])])

    assert recs == again and hash(recs) == hash(again) and recs != other
    assert pickle.loads(pickle.dumps(recs)) == recs
    assert repr(recs).startswith("BallotRecords(patterns=(BallotRecord(count=2, marks=FrozenDict(")
    with pytest.raises(AttributeError):
        recs.order = ()  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del recs.counts


def _error(data) -> InputError:
    with pytest.raises(InputError) as info:
        parse_results(data)
    return info.value


BASE = party_file(expected=5, present=5, tally={"甲": 3, "乙": 2})


def _mutate(fn):
    data = copy.deepcopy(BASE)
    fn(data)
    return data


@pytest.mark.parametrize(
    ("mutation", "path", "rule"),
    [
        (lambda d: d.update(fromat=1), "/fromat", "FMT-UNKNOWN"),
        (lambda d: d["rounds"][0].update(talley={}), "/rounds/0/talley", "FMT-UNKNOWN"),
        (lambda d: d.update(format="tallykit.results/2"), "/format", "FMT-VERSION"),
        (lambda d: d["rounds"][0]["ballots"].update(issued=-1), "/rounds/0/ballots/issued", "FMT-RANGE"),
        (lambda d: d["rounds"][0]["ballots"].update(issued=10**12), "/rounds/0/ballots/issued", "FMT-RANGE"),
        (lambda d: d["rounds"][0]["ballots"].update(returned="5"), "/rounds/0/ballots/returned", "FMT-TYPE"),
        (lambda d: d["rounds"][0]["ballots"].update(returned=5.0), "/rounds/0/ballots/returned", "FMT-TYPE"),
        (lambda d: d["rounds"][0]["ballots"].update(returned=True), "/rounds/0/ballots/returned", "FMT-TYPE"),
        (lambda d: d["rounds"][0]["tally"]["委员"].update(乙=-2), "/rounds/0/tally/委员/乙", "FMT-RANGE"),
        (lambda d: d["election"].update(kind="party"), "/election/kind", "FMT-ENUM"),
        (lambda d: d.update(rounds=[]), "/rounds", "FMT-REQUIRED"),
        (lambda d: d.pop("electorate"), "/electorate", "FMT-REQUIRED"),
        (lambda d: d["rounds"][0]["positions"][0].update(seats=0), "/rounds/0/positions/0/seats", "FMT-RANGE"),
        (lambda d: d["rounds"][0]["positions"][0].update(name="主任"), "/rounds/0/positions/0/name", "FMT-REFERENCE"),
        (lambda d: d["candidates"].append({"name": "甲"}), "/candidates/2/name", "FMT-DUPLICATE"),
        (lambda d: d["rounds"][0]["candidates"]["委员"].append("甲"), "/rounds/0/candidates/委员/2", "FMT-DUPLICATE"),
        (lambda d: d["election"].update(date="2021-02-30"), "/election/date", "FMT-DATE"),
        (lambda d: d.update(profile=3), "/profile", "FMT-PROFILE"),
        (
            lambda d: d["rounds"][0].update(ballot_records=[{"count": 0, "marks": {"委员": "○ "}}]),
            "/rounds/0/ballot_records/0/count",
            "FMT-RANGE",
        ),
        (
            lambda d: d["rounds"][0].update(ballot_records=[{"marks": {"委员": "○ "}, "flags": ["smudge"]}]),
            "/rounds/0/ballot_records/0/flags/0",
            "FMT-ENUM",
        ),
        (
            lambda d: d["rounds"][0].update(ballot_records=[{"marks": {"主任": "○"}}]),
            "/rounds/0/ballot_records/0/marks/主任",
            "FMT-UNKNOWN",
        ),
    ],
)
def test_malformed_input_names_path_and_rule(mutation, path, rule):
    """Each malformed field is an InputError with its JSON pointer, rule and zh/en text."""
    err = _error(_mutate(mutation))

    assert (err.path, err.rule) == (path, rule)
    assert err.zh and err.en and place_words(path) in err.message("zh") and path in err.message("en")


def test_full_width_and_spaced_names_are_normalised_with_a_note():
    """The same person typed with full-width or stray spaces is one name, and the change is kept
    as a note (nothing changes silently)."""
    data = _mutate(lambda d: d["rounds"][0]["tally"]["委员"].update({" 甲": 0}))
    data["rounds"][0]["tally"]["委员"].pop("甲")
    r = parse_results(data)

    assert dict(r.rounds[0].tally["委员"]) == {"乙": 2, "甲": 0}
    assert [(n.path, n.raw, n.normalized) for n in r.notes] == [("/rounds/0/tally/委员/ 甲", " 甲", "甲")]


def test_normalised_duplicate_is_an_error():
    """Two spellings of one name in a tally are the same person twice: an error, not a merge."""
    data = _mutate(lambda d: d["rounds"][0]["tally"]["委员"].update({"甲 ": 1}))

    assert _error(data).rule == "FMT-DUPLICATE"


def test_identical_records_share_their_pattern():
    """Identical record patterns are stored once; counts stay per record (nothing is lost)."""
    data = _mutate(
        lambda d: d["rounds"][0].update(
            ballot_records=[{"count": 2, "marks": {"委员": "○×"}}, {"count": 3, "marks": {"委员": "○×"}}]
        )
    )
    recs = parse_results(data).rounds[0].ballot_records

    assert [r.count for r in recs] == [2, 3]
    assert recs[0].marks is recs[1].marks
    assert recs[0].pattern == BallotRecord(1, {"委员": "○×"}).pattern


def test_extensions_are_carried_through_unchecked():
    """Anything under extensions is kept as given (FORMAT.md)."""
    r = parse_results(_mutate(lambda d: d.update(extensions={"县": {"任意": [1, 2]}})))

    assert r.extensions == {"县": {"任意": [1, 2]}}


def test_every_input_error_of_a_file_in_one_run():
    """A clerk must not fix-and-rerun per field: missing, unknown, mistyped and out-of-range
    fields anywhere in the file are all reported at once, in file order."""
    data = _mutate(lambda d: None)
    del data["rounds"][0]["ballots"]["issued"]
    data["rounds"][0]["ballots"]["valid"] = "三十"
    data["rounds"][0]["talley"] = {}
    data["election"]["date"] = "2021-02-30"
    data["candidates"].append({"name": "丙", "gender": "外星"})
    with pytest.raises(InputError) as info:
        parse_results(data)
    found = {(e.path, e.rule) for e in info.value.errors}
    assert found == {
        ("/election/date", "FMT-DATE"),
        ("/candidates/2/gender", "FMT-ENUM"),
        ("/rounds/0/talley", "FMT-UNKNOWN"),
        ("/rounds/0/ballots/issued", "FMT-REQUIRED"),
        ("/rounds/0/ballots/valid", "FMT-TYPE"),
    }
    assert info.value.errors[0] is not None and len(info.value.errors) == 5


def test_chinese_words_of_closed_values_are_read_as_the_canonical_values():
    data = _mutate(lambda d: None)
    data["election"]["kind"] = "党组织委员会选举"
    data["rounds"][0]["kind"] = "正式选举"
    data["rounds"][0]["declared"] = {"elected": {"委员": []}, "next": "另行选举"}
    data["candidates"][0]["gender"] = "女"
    r = parse_results(data)
    assert (r.election.kind, r.rounds[0].kind, r.rounds[0].declared.next, r.candidates[0].gender) == (
        "party_committee",
        "formal",
        "supplementary",
        "female",
    )
    data["rounds"][0]["declared"]["next"] = "下次再说"
    err = _error(data)
    assert err.rule == "FMT-ENUM" and "另行选举" in err.message("zh")
