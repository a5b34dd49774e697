"""The printable report (tallykit.report) and ``verify --format html / xlsx --out DIR``."""

from __future__ import annotations

import io
import json
import re
import shutil
from pathlib import Path

import pytest

from tallykit.io import load_bytes
from tallykit.report import render_file, render_summary, render_unreadable, summary_rows
from tallykit.check.verify import verify
from tests.cli.chromium import chromium, run_chromium

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


def page(name: str, **changes) -> str:
    raw = (EXAMPLES / name).read_bytes()
    if changes:
        data = json.loads(raw)
        data["election"].update(changes)
        raw = json.dumps(data, ensure_ascii=False).encode()
    loaded = load_bytes(raw, name)
    report = verify(loaded.results)
    return render_file(loaded.results, report, file=name, sha256=loaded.sha256)


def test_a_page_has_what_a_reviewer_signs():
    html = page("villager-2018-half-is-not-majority-error.json")
    for needle in (
        "选举结果核查报告", "村民委员会选举", "2018年村民委员会组织法", "有错误",  # election, profile, verdict
        "2×得票 &gt; 470", "至少 236 票", "高峰", "235",  # threshold in words and numbers, the ranking
        "当选人少于应选名额，不足名额须另行选举",  # next step
        "TK-OUTCOME-2", "录入人员处理", "审核人员处理", "《村民委员会组织法》",  # finding, actions, article
        "计票过程（逐步说明）", "<details", "审核人（签字）", "日期",
    ):
        assert needle in html, needle
    digest = load_bytes((EXAMPLES / "villager-2018-half-is-not-majority-error.json").read_bytes(), "x").sha256
    assert digest in html
    assert "中国共产党" not in html.split("核查发现")[1].split("计票过程")[0]  # the villagers' articles only
    assert "http" not in html and "<script" not in html and "@import" not in html  # nothing fetched


def test_text_from_the_file_is_escaped():
    html = page("party-2020-tally-ok.json", organization='<script>alert("x")</script>东风')
    assert "<script>alert" not in html and "&lt;script&gt;" in html


def test_unreadable_page_lists_every_error():
    from tallykit.errors import InputError

    raw = b'{"format": "tallykit.results/1", "election": {"kind": "\xe6\x9d\x91", "positions": []}, "electorate": {}, "candidates": [], "rounds": []}'
    with pytest.raises(InputError) as info:
        load_bytes(raw, "bad.json")
    html = render_unreadable("bad.json", None, info.value)
    assert html.count("<td class=\"code\">FMT-") == len(info.value.errors) >= 2 and "无法读取" in html


def test_summary_page_rows_and_links():
    entries = [
        {"file": "a.json", "status": "ok", "findings": []},
        {"file": "b.json", "status": "findings", "findings": [{"severity": "warning"}]},
        {"file": "c.xlsx", "status": "findings", "findings": [{"severity": "error"}, {"severity": "warning"}]},
        {"file": "d.csv", "status": "unreadable", "findings": [{"severity": "error"}]},
    ]
    rows = summary_rows(entries, ["a.html", "b.html", "c.html", "d.html"], ["东风村", "西湖村", "", ""], ["villagers_committee"] * 3 + [""])
    assert [r.status for r in rows] == ["ok", "warnings", "errors", "unreadable"]
    html = render_summary(rows)
    for word in ("通过", "有警告", "有错误", "无法读取", 'href="c.html"', "东风村", "村民委员会选举"):
        assert word in html


def test_verify_html_and_xlsx_outputs(cli, tmp_path):
    src = tmp_path / "乡"
    src.mkdir()
    for name in ("party-2020-tally-ok.json", "party-2020-ballot-order-warning.json", "villager-2018-half-is-not-majority-error.json", "unreadable-gbk.json"):
        shutil.copy(EXAMPLES / name, src / name)
    result = cli("verify", "乡", "--format", "html", "--out", "报告", exit_code=2)
    assert "仅有警告" in result.stdout
    index = (tmp_path / "报告" / "index.html").read_text(encoding="utf-8")
    assert index.count("<tr>") == 5 and "有警告" in index and "无法读取" in index
    assert sorted(p.name for p in (tmp_path / "报告").iterdir()) == sorted(
        ["index.html", "party-2020-tally-ok.html", "party-2020-ballot-order-warning.html",
         "villager-2018-half-is-not-majority-error.html", "unreadable-gbk.html"]
    )
    cli("verify", "乡", "--format", "xlsx", "--out", "报告", exit_code=2)
    from openpyxl import load_workbook

    ws = load_workbook(tmp_path / "报告" / "核查汇总.xlsx").active
    statuses = [row[2] for row in ws.iter_rows(min_row=3, values_only=True)]
    assert sorted(statuses) == sorted(["通过", "有警告", "有错误", "无法读取"])
    cli("verify", "乡", "--format", "html", exit_code=2)  # no --out: a usage error


def test_outputs_never_over_an_input(cli, tmp_path):
    shutil.copy(EXAMPLES / "party-2020-tally-ok.json", tmp_path / "index.html")
    before = (tmp_path / "index.html").read_bytes()
    result = cli("verify", "index.html", "--format", "html", "--out", ".", exit_code=2)
    assert "不会覆盖输入" in result.stderr + result.stdout
    assert (tmp_path / "index.html").read_bytes() == before


def test_every_file_gets_a_page_name_of_its_own():
    """Files of the same name in different folders get their folders in the page name, then a
    number; the names stay in the files' order."""
    from tallykit.cli.verify import page_names

    files = ["乡/东风村.json", "镇/东风村.json", "东风村.json", "县/甲/东风村.json", "东风村.xlsx", "西湖村.csv"]
    assert page_names(files) == [
        "东风村.html", "镇-东风村.html", "东风村-2.html", "甲-东风村.html", "东风村-3.html", "西湖村.html"
    ]
    many = [f"{k // 10}/村.json" for k in range(300)]
    assert len(set(page_names(many))) == 300


def test_an_output_over_an_input_is_refused_before_any_file_is_judged(cli, tmp_path, monkeypatch):
    """Where the pages and the summary go is checked against every input first: a clerk whose
    --out would overwrite an input hears so at once, not after the whole folder is judged."""
    from tallykit.cli import verify as verify_module

    shutil.copy(EXAMPLES / "party-2020-tally-ok.json", tmp_path / "index.html")
    judged: list[str] = []
    monkeypatch.setattr(verify_module, "check_file_full", lambda file, *a, **k: judged.append(file))
    result = cli("verify", "index.html", "--format", "html", "--out", ".", exit_code=2)
    assert "不会覆盖输入" in result.stderr
    assert judged == [] and result.stdout == ""


def test_summary_page_in_chromium(tmp_path):
    entries = [{"file": f"{k}.json", "status": "ok", "findings": []} for k in range(30)]
    rows = summary_rows(entries, [f"{k}.html" for k in range(30)], [f"第{k}村" for k in range(30)], ["villagers_committee"] * 30)
    target = tmp_path / "index.html"
    target.write_text(render_summary(rows), encoding="utf-8")
    binary = chromium()
    pdf = tmp_path / "s.pdf"
    run_chromium(binary, tmp_path / "p", target, "--no-pdf-header-footer", f"--print-to-pdf={pdf}")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))
    assert 1 <= pages <= 3
