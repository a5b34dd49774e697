"""The township clerk's way through tallykit, end to end, as docs/clerk-guide.md tells it:
a blank 计票表 from ``tallykit template``, filled in a spreadsheet program (here openpyxl, cell
by cell under the printed labels, as a person would), ``tallykit verify 村.xlsx --format html
--out 报告/``, the page opened and printed in Chromium; then one altered cell gives a finding
that names that very cell, in the text output and on the printed page.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.cli.chromium import chromium, run_chromium

CANDIDATES = [  # name, gender, printed on the ballot of, votes per post, declared elected as
    ("王建国", "男", "主任", {"主任": 402}, "主任"),
    ("刘秀英", "女", "主任", {"主任": 180}, None),
    ("李明", "男", "副主任", {"副主任": 350}, "副主任"),
    ("孙伟", "男", "委员", {"委员": 150}, None),
    ("张红梅", "女", "副主任、委员", {"副主任": 210, "委员": 390}, "委员"),
    ("陈志强", "男", "委员", {"委员": 420}, "委员"),
    ("赵丽", "女", "委员", {"委员": 371}, "委员"),
]  # rows in ballot order: surnames by stroke count (P-ORDER-1)


def find(ws, label: str, col: int = 1) -> int:
    """The row whose column A reads ``label`` (what a clerk looks for)."""
    for row in ws.iter_rows(min_col=col, max_col=col):
        if row[0].value == label:
            return row[0].row
    raise AssertionError(f"{ws.title}: no row labelled {label}")


def fill_village(path: Path) -> None:
    book = load_workbook(path)
    ws = book["选举"]
    for label, value in (("组织名称", "杨柳村民委员会"), ("选举日期", "2021-01-16"), ("登记选民数", 812),
                         ("监票人", "周强、吴芳")):
        ws.cell(row=find(ws, label), column=2, value=value)
    ws = book["候选人"]
    first = find(ws, "姓名") + 1
    for k, (name, gender, *_rest) in enumerate(CANDIDATES):
        ws.cell(row=first + k, column=1, value=name)
        ws.cell(row=first + k, column=4, value=gender)
    ws = book["第1轮"]
    for label, value in (("发出选票", 700), ("收回选票", 695), ("有效票", 688), ("无效票", 7), ("下一步", "选举完成")):
        ws.cell(row=find(ws, label), column=2, value=value)
    head = find(ws, "姓名")
    headers = {c.value: c.column for c in ws[head] if c.value}
    for k, (name, _, listed, votes, elected) in enumerate(CANDIDATES):
        r = head + 1 + k
        ws.cell(row=r, column=headers["姓名"], value=name)
        ws.cell(row=r, column=headers["列入选票"], value=listed)
        for post, n in votes.items():
            ws.cell(row=r, column=headers[f"{post}得票"], value=n)
        if elected:
            ws.cell(row=r, column=headers["宣布当选"], value=elected)
    book.save(path)


def cell_of(path: Path, name: str, header: str) -> str:
    ws = load_workbook(path)["第1轮"]
    head = find(ws, "姓名")
    col = next(c.column_letter for c in ws[head] if c.value == header)
    row = next(r for r in range(head + 1, ws.max_row + 1) if ws.cell(row=r, column=1).value == name)
    return f"第1轮!{col}{row}"


def set_cell(path: Path, ref: str, value: object) -> None:
    book = load_workbook(path)
    sheet, cell = ref.split("!")
    book[sheet][cell] = value
    book.save(path)


@pytest.fixture
def village(cli, tmp_path) -> Path:
    cli("template", "villagers", "--out", "村.xlsx")
    path = tmp_path / "村.xlsx"
    fill_village(path)
    return path


def test_filled_template_verifies_and_prints(cli, village, tmp_path):
    result = cli("verify", "村.xlsx", "--format", "html", "--out", "报告/", exit_code=0)
    assert "村.xlsx: 通过" in result.stdout
    page = tmp_path / "报告" / "村.html"
    index = tmp_path / "报告" / "index.html"
    html = page.read_text(encoding="utf-8")
    assert "杨柳村民委员会" in html and "通过" in html and "审核人" in html
    assert 'href="村.html"' in index.read_text(encoding="utf-8")
    for needle in ("王建国", "402", "2×得票 &gt; 695", "至少 348 票"):
        assert needle in html
    binary = chromium()
    png = tmp_path / "page.png"
    run_chromium(binary, tmp_path / "p1", page, f"--screenshot={png}")
    from PIL import Image

    with Image.open(png) as image:
        gray = image.convert("L")
        dark = sum(gray.histogram()[:100])
    assert dark > 5000  # text was drawn (Chinese fonts found, nothing fetched)
    pdf = tmp_path / "page.pdf"
    run_chromium(binary, tmp_path / "p2", page, "--no-pdf-header-footer", f"--print-to-pdf={pdf}")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))
    assert 1 <= pages <= 4


def test_an_altered_cell_gives_a_finding_naming_that_cell(cli, village, tmp_path):
    ref = cell_of(village, "陈志强", "委员得票")
    set_cell(village, ref, 900)  # more votes than the 688 valid ballots
    result = cli("verify", "村.xlsx", exit_code=1)
    assert re.search(rf"错误 TK-VOTES-1 \[[^]]*\] {re.escape(ref)}\n", result.stdout), result.stdout
    cli("verify", "村.xlsx", "--format", "html", "--out", "报告", exit_code=1)
    html = (tmp_path / "报告" / "村.html").read_text(encoding="utf-8")
    assert ref in html and "TK-VOTES-1" in html


def test_every_input_error_of_a_sheet_in_one_run_each_at_its_cell(cli, village, tmp_path):
    ballots = load_workbook(village)["第1轮"]
    issued = f"第1轮!B{find(ballots, '发出选票')}"
    set_cell(village, issued, "七百")
    gender = cell_of(village, "王建国", "委员弃权")
    set_cell(village, gender, "很多")
    ws = load_workbook(village)["选举"]
    date = f"选举!B{find(ws, '选举日期')}"
    set_cell(village, date, "2021-02-30")
    result = cli("verify", "村.xlsx", exit_code=2)
    for ref in (issued, gender, date):
        assert ref in result.stdout
    assert result.stdout.count("TK-SCHEMA-1") == 3
