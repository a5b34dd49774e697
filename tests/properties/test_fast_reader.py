"""The fast reader of large files (tallykit.io.jsonfile, ``packed=True``) gives the same document,
values and errors as the standard library path, for every input: the same records in the same
order, and for a broken file the same error (rule, pointer, message, value). Here every file is
read the fast way (the size threshold set to 0), through the fuzz inputs of test_verify_fuzz
and inputs aimed at the pieces the fast reader cuts the file into."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tallykit.errors import InputError
from tallykit.io import jsonfile, load_bytes, unpacked as plain
from tallykit.io.jsonfile import read_json
from tallykit.results import BallotRecords, PackedArray, parse_results
from tests.support.helpers import json_paths

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
WITH_RECORDS = json.loads((EXAMPLES / "party-2020-branch-ok.json").read_text("utf-8"))
SEEDS = [
    json.loads(p.read_bytes().decode("utf-8-sig"))
    for p in sorted(EXAMPLES.glob("*.json"))
    if not p.name.startswith("unreadable")
]
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))


@pytest.fixture(autouse=True)
def every_file_is_large(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jsonfile, "PACK_FROM", 0)


def outcome(read: Any) -> Any:
    try:
        return "ok", read()
    except InputError as err:
        return "error", [(e.rule, e.path, e.zh, e.en, repr(e.value)) for e in err.errors]


def assert_same(raw: bytes) -> Any:
    """Both readers agree on the document and on what parsing it gives; the fast one's data."""
    fast, exact = outcome(lambda: read_json(raw, packed=True)), outcome(lambda: read_json(raw))
    assert fast[0] == exact[0]
    if fast[0] == "error":
        assert fast == exact
        return None
    assert plain(fast[1][0]) == exact[1][0] and fast[1][1] == exact[1][1]
    parsed_fast, parsed_exact = outcome(lambda: parse_results(fast[1][0])), outcome(
        lambda: parse_results(exact[1][0])
    )
    assert parsed_fast == parsed_exact
    return fast[1][0]


def records(doc: dict[str, Any]) -> list[Any]:
    return doc["rounds"][0]["ballot_records"]


def text(doc: Any, **kw: Any) -> bytes:
    return json.dumps(doc, ensure_ascii=False, **kw).encode("utf-8")


def test_a_records_file_is_read_packed_and_parses_to_the_same_values():
    doc = copy.deepcopy(WITH_RECORDS)
    records(doc).extend(copy.deepcopy(records(doc)))
    data = assert_same(text(doc, indent=1))
    array = records(data)
    assert isinstance(array, PackedArray) and len(array) == len(records(doc)) > len(array.items)
    got = parse_results(data).rounds[0].ballot_records
    assert isinstance(got, BallotRecords) and got == parse_results(doc).rounds[0].ballot_records
    assert sum(p.count for p in got.patterns) == sum(r.get("count", 1) for r in records(doc))


@pytest.mark.parametrize(
    ("extension", "packed"),
    [
        pytest.param("[" * 90 + "]" * 90, True, id="nested less deep than a piece may"),
        pytest.param('"' + "[{" * 200 + '"', True, id="many brackets, all in a text"),
        pytest.param("[" * 150 + "]" * 150, False, id="nested deeper than a piece may"),
    ],
)
def test_a_document_nested_deeper_than_a_piece_may_is_read_the_standard_way(extension, packed):
    """The part of a document outside its records is read fast only when it nests at most
    _DEEP levels (then every piece is as safe inside the whole as alone); brackets are counted
    first, and the document walked only when there are more of them than _DEEP."""
    extended = b'"extensions": {"x": ' + extension.encode() + b'}, "rounds": ['
    raw = text(WITH_RECORDS).replace(b'"rounds": [', extended, 1)
    data = assert_same(raw)
    assert isinstance(records(data), PackedArray) is packed


def test_small_files_and_plain_reads_stay_plain(monkeypatch: pytest.MonkeyPatch):
    raw = text(WITH_RECORDS)
    assert isinstance(records(read_json(raw)[0]), list)
    monkeypatch.setattr(jsonfile, "PACK_FROM", len(raw) + 1)
    assert isinstance(records(read_json(raw, packed=True)[0]), list)


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(
            lambda s: s.replace('"count": 1', '"count": 1, "count": 2', 1),
            id="duplicate key in a record",
        ),
        pytest.param(
            lambda s: s.replace('"ballot_records"', '"ballot_records": [], "ballot_records"', 1),
            id="records twice",
        ),
        pytest.param(
            lambda s: s.replace('"委员": "', '"委员" : "○", "委员"\n\t: "', 1),
            id="duplicate post, spaces before the colon",
        ),
        pytest.param(
            lambda s: s.replace('"委员": "', '"委\\":员": "', 1),
            id="an escaped quote and a colon in a key",
        ),
        pytest.param(
            lambda s: s.replace(
                '"marks": {', '"write_ins": {"委员": [[":王\\": 五", "○"]]}, "marks": {', 1
            ),
            id="a colon after quotes inside a name",
        ),
        pytest.param(
            lambda s: s.replace('"count": 1', '"count": 1, "count": 1', 1), id="a record's key twice"
        ),
        pytest.param(
            lambda s: s.replace('"count": 1', '"count": {"甲": 1, "甲": 2}', 1),
            id="a key twice in an object inside a record's field",
        ),
        pytest.param(
            lambda s: s.replace(
                '"marks": {', '"write_ins": {"委员": [["王五", "○"]], "委员": []}, "marks": {', 1
            ),
            id="a post twice in the write-ins",
        ),
        pytest.param(lambda s: s.replace('"count": 1', '"count": NaN', 1), id="NaN in a record"),
        pytest.param(
            lambda s: s.replace('"count": 1', '"count": Infinity', 1), id="Infinity in a record"
        ),
        pytest.param(
            lambda s: s.replace('"count": 1', '"count": 123456789012345678901234567890', 1),
            id="huge number",
        ),
        pytest.param(lambda s: s.replace('"count": 1', '"count": 1.0', 1), id="float count"),
        pytest.param(
            lambda s: s.replace('"委员": "', '"委员": "\\ud800', 1), id="lone surrogate in a record"
        ),
        pytest.param(
            lambda s: s.replace('"委员": "', '"委\\ud800": "', 1), id="lone surrogate in a key"
        ),
        pytest.param(
            lambda s: s.replace('"count": 1', '"count": ' + "[" * 3000 + "]" * 3000, 1),
            id="deep nesting in a record",
        ),
        pytest.param(
            lambda s: s.replace('"count": 1', '"count": ' + "[" * 500 + "]" * 500, 1),
            id="nesting far below the limit",
        ),
        pytest.param(lambda s: s.replace('"count": 1', '"count": 1,', 1), id="trailing comma"),
        pytest.param(lambda s: s.replace('"count": 1}', '"count": 1', 1), id="unclosed record"),
        pytest.param(lambda s: s.replace('"count": 1', '"count": 0', 1), id="count zero"),
        pytest.param(
            lambda s: s.replace('"count": 1', '"count": 1, "extra": true', 1), id="unknown field"
        ),
        pytest.param(
            lambda s: s.replace(
                '"marks": {', '"write_ins": {"委员": [["　王 五", "○"]]}, "marks": {', 1
            ),
            id="a name normalised",
        ),
        pytest.param(
            lambda s: s.replace('"ballot_records": [', '"ballot_records": [7, ', 1),
            id="a record that is a number",
        ),
        pytest.param(
            lambda s: s.replace('"ballot_records"', '"ballot\\u005frecords"', 1), id="escaped key"
        ),
        pytest.param(
            lambda s: s.replace('"extensions"', '"extensions"', 1).replace(
                '"rounds": [',
                '"extensions": {"ballot_records": '
                + json.dumps(records(WITH_RECORDS), ensure_ascii=False)
                + '}, "rounds": [',
                1,
            ),
            id="the same records earlier",
        ),
        pytest.param(
            lambda s: s.replace('"ballot_records": [', '"ballot_records": [\n\n' + " " * 100, 1),
            id="odd whitespace",
        ),
        pytest.param(
            lambda s: s.replace(
                '"rounds": [', '"extensions": {"x": ' + "[" * 3000 + "]" * 3000 + '}, "rounds": [', 1
            ),
            id="deep nesting outside the records",
        ),
        pytest.param(
            lambda s: s.replace('"rounds": [', '"rounds": 5, "x": [', 1), id="rounds not an array"
        ),
        pytest.param(lambda s: s + "  ", id="trailing spaces"),
        pytest.param(lambda s: s + " x", id="trailing garbage"),
    ],
)
def test_every_failure_class_is_the_same_either_way(change):
    doc = copy.deepcopy(WITH_RECORDS)
    for r in records(doc):
        r.setdefault("count", 1)
    raw = change(json.dumps(doc, ensure_ascii=False)).encode("utf-8")
    assert_same(raw)
    assert_same(b"\xef\xbb\xbf" + raw)


def test_invalid_utf8_inside_a_record_is_the_same_error():
    raw = text(WITH_RECORDS).replace("○".encode(), b"\xff", 1)
    assert_same(raw)


def test_each_occurrence_of_a_bad_record_is_reported_at_its_own_index():
    doc = copy.deepcopy(WITH_RECORDS)
    records(doc)[:] = [{"marks": {"委员": "○○"}, "count": 0}] * 3 + records(doc)
    assert_same(text(doc))
    with pytest.raises(InputError) as err:
        load_bytes(text(doc), "f.json")
    assert [e.path for e in err.value.errors][:3] == [
        f"/rounds/0/ballot_records/{i}/count" for i in range(3)
    ]


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**30), 10**30)
    | st.floats()
    | st.text(max_size=6)
    | st.sampled_from(["委员", "○", "×", " ", "王　志强", "\ud800"]),
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(
        st.text(max_size=5) | st.sampled_from(["count", "marks", "flags", "write_ins"]),
        inner,
        max_size=4,
    ),
    max_leaves=12,
)


@FUZZ
@given(
    seed=st.integers(0, len(SEEDS)),
    picks=st.lists(st.tuples(st.integers(0, 10**6), json_values), max_size=3),
    copies=st.integers(1, 3),
    indent=st.sampled_from([None, 1]),
)
def test_schema_shaped_mutations_read_the_same(seed, picks, copies, indent):
    data = copy.deepcopy(WITH_RECORDS if seed == len(SEEDS) else SEEDS[seed])
    for rnd in data.get("rounds", []):
        if isinstance(rnd.get("ballot_records"), list):
            rnd["ballot_records"] = rnd["ballot_records"] * copies
    for pick, value in picks:
        options = [p for p in json_paths(data) if p]
        node = data
        path = options[pick % len(options)]
        for part in path[:-1]:
            node = node[part]
        node[path[-1]] = value
    try:
        raw = json.dumps(data, ensure_ascii=False, indent=indent).encode("utf-8", "surrogatepass")
    except ValueError:
        raw = json.dumps(data, ensure_ascii=False, indent=indent, allow_nan=True).encode(
            "utf-8", "surrogatepass"
        )
    assert_same(raw)
    assert_same(json.dumps(data, indent=indent, allow_nan=True).encode("utf-8"))


@FUZZ
@given(cut=st.integers(0, 10**6), junk=st.binary(min_size=1, max_size=4))
def test_a_damaged_records_file_reads_the_same(cut, junk):
    raw = text(WITH_RECORDS, indent=1)
    at = cut % len(raw)
    assert_same(raw[:at] + junk + raw[at:])
    assert_same(raw[:at] + raw[at + len(junk) :])


@pytest.mark.parametrize("fmt", ["json", "xlsx", "csv"])
def test_a_packed_document_converts_like_a_plain_one(fmt):
    from tallykit.io import write_document

    raw = text(WITH_RECORDS)
    packed = load_bytes(raw, "f.json").data
    assert isinstance(records(packed), PackedArray)
    if fmt == "xlsx":  # the workbook's zip carries a clock: compare what it holds
        from tallykit.io import read_document

        got = read_document(write_document(packed, fmt), "f.xlsx")[0]
        assert got == read_document(write_document(read_json(raw)[0], fmt), "f.xlsx")[0]
    else:
        assert write_document(packed, fmt) == write_document(read_json(raw)[0], fmt)
