"""The 计票表 reader and writer (tallykit.io): templates for every kind, lossless conversion
between JSON, .xlsx and .csv, Chinese words for closed values, every error at its cell."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from msgspec.structs import replace

from tallykit.errors import InputError
from tallykit.io import canonical_document, load_bytes, write_document
from tallykit.io.template import example, kind_of, skeleton, template_bytes
from tallykit.results import ELECTION_KINDS, parse_results
from tallykit.check.verify import verify

ROOT = Path(__file__).resolve().parents[2]
CORPUS = sorted(
    [*ROOT.glob("examples/*.json"), *(ROOT.parent / "shared" / "examples").glob("*.json"), *ROOT.glob("tests/cases/*/input.json")]
)


def readable(path: Path) -> dict | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
        parse_results(data)
        return data
    except (ValueError, InputError):
        return None


def same(a, b) -> bool:
    """Equal values, a declaration's names compared as sets (the order they were written in
    is not kept: the 宣布当选 column lists them in row order)."""

    def norm(r):
        rounds = []
        for rnd in r.rounds:
            d = rnd.declared
            if d is not None:
                sets = lambda per: None if per is None else {p: frozenset(n) for p, n in per.items()}  # noqa: E731
                d = (sets(d.elected), d.void, d.void_reason, d.next, d.seats_after_reduction,
                     None if d.recalled is None else frozenset(d.recalled), sets(d.nominated))
            rounds.append((replace(rnd, declared=None), d))
        return replace(r, rounds=(), notes=()), rounds

    return norm(a) == norm(b)


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
@pytest.mark.parametrize("path", CORPUS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_readable_file_converts_to_a_sheet_and_back_without_loss(path, fmt):
    data = readable(path)
    if data is None:
        pytest.skip("not a readable results file (an unreadable example)")
    back = load_bytes(write_document(data, fmt), f"x.{fmt}")
    assert same(parse_results(data), back.results)
    # and to JSON again: canonical English values, the same results
    again = json.loads(write_document(back.data, "json"))
    assert same(parse_results(again), back.results)


@pytest.mark.parametrize("kind", ELECTION_KINDS)
def test_templates_read_back_and_their_examples_verify_clean(kind):
    blank = load_bytes(template_bytes(kind), "blank.xlsx")
    with pytest.raises(InputError) as info:  # blank: the figures are missing, said at their cells
        try:
            verify(blank.results)
        except InputError as err:
            raise blank.placed(err) from None
    assert all(e.place and "!" in e.place for e in info.value.errors)
    filled = load_bytes(write_document(example(kind), "xlsx"), "example.xlsx")
    report = verify(filled.results)
    assert report.status == "ok", [f.message("zh") for f in report.findings]
    assert skeleton(kind)["election"]["kind"] == kind and kind_of(kind) == kind


@pytest.mark.parametrize(
    "name, kind",
    [("party", "party_committee"), ("两推", "recommendation"), ("村委会", "villagers_committee"), ("居委会", "residents_committee"),
     ("罢免", "recall"), ("officers", "party_officers"), ("villagers", "villagers_committee")],
)
def test_template_kinds_by_short_and_chinese_names(name, kind):
    assert kind_of(name) == kind


def test_the_template_has_drop_downs_checks_and_an_example_sheet():
    from openpyxl import load_workbook
    import io

    book = load_workbook(io.BytesIO(template_bytes("villagers_committee")))
    assert book.sheetnames[:3] == ["填表说明", "选举", "候选人"] and "示例-第1轮" in book.sheetnames
    assert book["选项"].sheet_state == "hidden"
    ws = book["第1轮"]
    lists = [dv.formula1 for dv in ws.data_validations.dataValidation]
    assert any("选项!" in f for f in lists)
    formulas = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str) and c.value.startswith("=")]
    assert any("SUM(" in f for f in formulas) and any("相符" in f for f in formulas)
    heads = [c.value for row in ws.iter_rows() for c in row if c.value in ("主任得票", "副主任得票", "委员得票", "宣布当选")]
    assert heads == ["主任得票", "副主任得票", "委员得票", "宣布当选"]


def test_chinese_words_are_read_and_json_is_written_canonical():
    data = example("villagers_committee")
    data["election"]["kind"] = "村委会"
    data["rounds"][0]["declared"]["next"] = "另行选举"
    data["candidates"][1]["gender"] = "女"
    out = json.loads(write_document(data, "json"))
    assert out["election"]["kind"] == "villagers_committee"
    assert out["rounds"][0]["declared"]["next"] == "supplementary" and out["candidates"][1]["gender"] == "female"
    assert canonical_document(out) == out


def test_csv_layout_and_gbk_csv():
    data = example("party_committee")
    raw = write_document(data, "csv")
    text = raw.decode("utf-8-sig")
    assert text.startswith("【表】选举") and "【表】第1轮" in text
    gbk = text.encode("gb18030")
    assert same(load_bytes(gbk, "x.csv").results, parse_results(data))


def test_csv_errors_name_the_sheet_cell_and_the_csv_line():
    text = write_document(example("party_committee"), "csv").decode("utf-8-sig")
    text = text.replace("发出选票,42", "发出选票,四十二")
    with pytest.raises(InputError) as info:
        load_bytes(text.encode("utf-8"), "x.csv")
    (err,) = info.value.errors
    assert err.place.startswith("第1轮!B") and "CSV 第" in err.place and err.path == "/rounds/0/ballots/issued"


def test_a_file_that_is_not_a_workbook_is_a_clear_error():
    with pytest.raises(InputError) as info:
        load_bytes(b"PK\x03\x04 not really", "x.xlsx")
    assert info.value.rule == "FMT-XLSX" and "xlsx" in info.value.message("zh")


names = st.sampled_from(["丁一", "王强", "孔丽", "石磊", "刘芳", "许文"])


@st.composite
def party_docs(draw):
    """Party committee results within what the tables hold: any votes, marks, declaration."""
    printed = draw(st.lists(names, min_size=1, max_size=6, unique=True))
    seats = draw(st.integers(1, len(printed)))
    valid = draw(st.integers(0, 60))
    tally = {n: draw(st.integers(0, 80)) for n in printed if draw(st.booleans())}
    marks = {n: {"disapprove": draw(st.integers(0, 9))} for n in printed if draw(st.booleans())}
    rnd = {
        "kind": draw(st.sampled_from(["formal", "preliminary"])),
        "positions": [{"name": "委员", "seats": seats}],
        "candidates": {"委员": printed},
        "ballots": {"issued": valid + 2, "returned": valid + 1, "valid": valid, "invalid": 1},
        "tally": {"委员": tally},
    }
    if marks:
        rnd["marks"] = {"委员": marks}
    if draw(st.booleans()):
        rnd["declared"] = {
            "elected": {"委员": draw(st.lists(st.sampled_from(printed), unique=True, max_size=seats))},
            "next": draw(st.sampled_from([None, "tie_revote", "supplementary"])),
        }
    return {
        "format": "tallykit.results/1",
        "election": {"kind": "party_committee", "positions": [{"name": "委员", "seats": seats}], "date": "2021-01-10"},
        "electorate": {"expected": draw(st.integers(0, 90)), "present": draw(st.integers(0, 90))},
        "candidates": [{"name": n, "gender": draw(st.sampled_from(["female", "male"]))} for n in printed],
        "rounds": [rnd],
    }


@settings(max_examples=25, deadline=None)
@given(party_docs(), st.sampled_from(["xlsx", "csv"]))
def test_generated_results_round_trip(doc, fmt):
    back = load_bytes(write_document(copy.deepcopy(doc), fmt), f"x.{fmt}")
    assert same(parse_results(doc), back.results)
