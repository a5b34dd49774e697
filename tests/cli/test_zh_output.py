"""Chinese means Chinese: the zh output of every example, every drill topic and every class of
input or usage error holds no English enum value, parameter name, Python or OS error text or
``2*votes`` notation. Allowed Latin (tests/support/zh_scan.py): rule ids, TK/FMT codes, profile and
drill item ids, file names and paths, command-line options, format names, quoted input.
"""

from __future__ import annotations

import json
import re
import string
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from tallykit.cli.main import main
from tests.support.zh_scan import stray_latin

ROOT = Path(__file__).resolve().parents[2]
FILES = sorted(
    [*ROOT.glob("examples/*.json"), *(ROOT.parent / "shared" / "examples").glob("*.json"), *ROOT.glob("tests/cases/*/input.json")]
)


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), prog_name="tallykit")
    assert "Traceback" not in result.output and result.exit_code in (0, 1, 2), result.output
    return result.output


def clean(text: str) -> list[str]:
    """Stray Latin words of the output, click's usage line included."""
    return stray_latin(text)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.skip = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.skip = tag in ("style", "script")

    def handle_endtag(self, tag: str) -> None:
        self.skip = False

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def html_text(doc: str) -> str:
    p = _Text()
    p.feed(doc)
    return "\n".join(p.parts)


def test_the_scanner_catches_what_it_must():
    assert stray_latin("按规则下一步应为 supplementary") == ["supplementary"]
    assert stray_latin("当选须 2*votes > 470") == ["votes"]
    assert stray_latin("参数: threshold_base=expected") == ["threshold_base", "expected"]
    assert stray_latin("无法读取文件：No such file or directory") == ["No", "such", "file", "or", "directory"]
    assert stray_latin("错误 TK-VOTES-1 [P-ELECT-1] 第1轮!C7 a.json --lang 「ballot」 party-2020") == []


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_example_in_chinese(path):
    for command in ("verify", "count", "explain"):
        assert clean(run(command, str(path))) == [], command


def test_every_example_page_in_chinese(tmp_path):
    run("verify", str(ROOT / "examples"), "--format", "html", "--out", str(tmp_path))
    pages = sorted(tmp_path.glob("*.html"))
    assert len(pages) > 40
    for page in pages:
        assert stray_latin(html_text(page.read_text(encoding="utf-8"))) == [], page.name


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_every_drill_topic_in_chinese(seed, tmp_path):
    text = run("drill", "--seed", str(seed))  # one item per topic
    assert len(re.findall(r"^\d+\. \[", text, re.M)) >= 20  # one question per topic
    assert clean(text) == []
    run("drill", "--seed", str(seed), "--worksheet", str(tmp_path))
    for page in tmp_path.glob("*.html"):
        assert stray_latin(html_text(page.read_text(encoding="utf-8"))) == [], page.name


def _write(tmp_path: Path, name: str, data: object) -> str:
    p = tmp_path / name
    if isinstance(data, bytes):
        p.write_bytes(data)
    else:
        p.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(p)


def _mutated(change) -> dict:
    data = json.loads((ROOT / "examples" / "party-2020-tally-ok.json").read_text(encoding="utf-8"))
    change(data)
    return data


ERROR_FILES = {
    "empty.json": b"",
    "not-json.json": b"{\"format\": ",
    "comma.json": b'{"a": 1 "b": 2}',
    "quotes.json": b"{a: 1}",
    "trailing.json": b'{"a": 1} x',
    "escape.json": b'{"a": "\\q"}',
    "control.json": b'{"a": "x\ny"}',
    "nan.json": b'{"a": NaN}',
    "twice.json": b'{"a": 1, "a": 2}',
    "gbk.json": '{"名": "东风"}'.encode("gbk"),
    "array.json": b"[1, 2]",
    "unknown.json": _mutated(lambda d: d["rounds"][0].update(ballot={})),
    "missing.json": _mutated(lambda d: d.pop("electorate")),
    "type.json": _mutated(lambda d: d["rounds"][0]["ballots"].update(issued="四十")),
    "float.json": _mutated(lambda d: d["rounds"][0]["ballots"].update(issued=40.0)),
    "enum.json": _mutated(lambda d: d["election"].update(kind="party")),
    "range.json": _mutated(lambda d: d["rounds"][0]["ballots"].update(issued=-1)),
    "date.json": _mutated(lambda d: d["election"].update(date="2021-02-30")),
    "duplicate.json": _mutated(lambda d: d["candidates"].append(dict(d["candidates"][0]))),
    "reference.json": _mutated(lambda d: d["rounds"][0]["positions"][0].update(name="主任")),
    "version.json": _mutated(lambda d: d.update(format="tallykit.results/9")),
    "profile.json": _mutated(lambda d: d.update(profile={"extends": "party-2020", "set": {"threshold_base": "all"}})),
    "profile-id.json": _mutated(lambda d: d.update(profile="party-2099")),
    "bool.json": _mutated(lambda d: d["rounds"][0].setdefault("declared", {}).update(void="是")),
    "name.json": _mutated(lambda d: d["candidates"][0].update(name="  ")),
    "needs-ballots.json": _mutated(lambda d: d["rounds"][0].pop("ballots")),
    "not-xlsx.xlsx": b"PK\x03\x04 broken",
    "old.xlsx": b"\xd0\xcf\x11\xe0 an old xls",
    "no-mark.csv": "选举类型,村委会\n".encode("utf-8"),
    "bad-cells.csv": (
        "【表】选举\n选举类型,外星\n选举日期,2021-13-45\n登记选民数,很多\n"
        "【表】第1轮\n轮次类型,正式选举\n发出选票,七百\n收回选票,10\n宣布本轮无效,也许\n下一步,回家\n"
        "【得票】\n应选名额,,1\n姓名,列入选票,主任得票,主任不赞成,主任弃权,宣布当选\n甲,主任,很多,,,市长\n,,,3\n"
    ).encode("utf-8"),
    "no-sheets.csv": "【表】其他\n".encode("utf-8"),
}


def test_every_error_class_in_chinese(tmp_path):
    paths = [_write(tmp_path, name, data) for name, data in ERROR_FILES.items()]
    out = run("verify", *paths)
    assert out.count("无法读取") >= len(ERROR_FILES) - 3  # the rest are findings (profile id …)
    assert clean(out) == []
    for path in paths:
        for command in ("count", "explain"):
            assert clean(run(command, path)) == [], (command, path)
    missing = str(tmp_path / "nowhere.json")
    assert clean(run("verify", missing)) == [] and "文件不存在" in run("count", missing)
    holidays = _write(tmp_path, "h.json", {"format": "tallykit.holidays/1", "holidays": ["2099-13-01"]})
    usage = [
        run("verify"),
        run("verify", "--formt", "json", paths[0]),
        run("verify", "--format", "yaml", paths[0]),
        run("verify", "--jobs", "x", paths[0]),
        run("nosuch"),
        run("count"),
        run("verify", "--profile", "party-2099", paths[0]),
        run("verify", "--profile", str(tmp_path / "none.json"), paths[0]),
        run("verify", "--holidays", holidays, paths[0]),
        run("verify", paths[0], "--format", "html"),
        run("template", "外星"),
        run("template", "party", "--out", str(tmp_path / "t.txt")),
        run("convert", paths[0], str(tmp_path / "x.txt")),
        run("convert", paths[0], paths[0]),
        run("convert", paths[-1], str(tmp_path / "x.json")),
    ]
    for text in usage:
        assert re.search("错误|无法|未知|应|须|不会|缺少|没有", text), text
        assert clean(text) == [], text
    # a missing argument is named in Chinese (the scan allows anything in single quotes)
    assert "缺少参数「文件或文件夹...」。" in usage[0] and "缺少参数「文件」。" in usage[5]
    assert "Missing argument 'PATHS...'." in run("verify", "--lang", "en")


def test_every_parameter_value_and_profile_has_chinese_words():
    """One table (tallykit/text/labels.py) names every profile parameter, every closed value a
    parameter or the format takes, and every built-in profile."""
    from tallykit.text import labels
    from tallykit.parameters import PARAMETERS
    from tallykit.profiles import BUILTIN
    from tallykit.results import BALLOT_FLAGS, ELECTION_KINDS, NEXT_STEPS, RELATIONS, ROUND_KINDS, VOTER_STATUSES

    assert set(PARAMETERS) <= set(labels.PARAMETERS)
    for name, p in PARAMETERS.items():
        assert set(p.values) <= set(labels.ENUMS.get(name, {})), name
    assert set(BUILTIN) <= set(labels.PROFILES)
    for domain, values in (("election.kind", ELECTION_KINDS), ("round.kind", ROUND_KINDS), ("declared.next", NEXT_STEPS),
                           ("ballot.flag", BALLOT_FLAGS), ("relation", RELATIONS), ("voter.status", VOTER_STATUSES)):
        assert set(values) == set(labels.ENUMS[domain]), domain
    for labels_ in labels.ENUMS.values():
        for zh, _en, *aliases in labels_.values():
            assert zh and not stray_latin(zh) and all(not stray_latin(a) for a in aliases)


def test_every_finding_wording_in_chinese():
    """Every finding's Chinese wording (tallykit/text/finding_words.py), its fields filled in,
    holds no stray English: also the wordings no example reaches."""
    from tallykit.text.texts import catalogue

    worded = {k: zh for k, (zh, _) in catalogue().items() if k.startswith("finding.")}
    assert len(worded) > 100
    for key, zh in worded.items():
        fields = {name.split("!")[0]: "甲" for _, name, _, _ in string.Formatter().parse(zh) if name}
        assert stray_latin(zh.format(**fields)) == [], key


@pytest.mark.parametrize("command", ["", "verify", "count", "explain", "profiles", "template", "convert", "check-certificate"])
def test_usage_line_in_chinese(command):
    """click's usage line: ``用法： tallykit verify [选项] 文件或文件夹...``, English under --lang en."""
    args = [command] if command else []
    usage = run(*args, "--help").splitlines()[0]
    assert usage.startswith("用法：") and "[选项]" in usage, usage
    assert stray_latin(usage.replace(f"tallykit {command}".strip(), "")) == [], usage
    assert "[OPTIONS]" in run(*args, "--help", "--lang", "en").splitlines()[0]


def test_profiles_in_chinese_name_parameters_in_words():
    """``tallykit profiles``: each value as 参数 = 取值 in words, with its Chinese description,
    source and reason, and no parameter name or value token on any line; the ids and the English
    sources and reasons only under --lang en."""
    from tallykit.parameters import PARAMETERS

    zh, en = run("profiles"), run("profiles", "--lang", "en")
    ids = [name for name in PARAMETERS if f"\n  {name} = " in zh]
    assert ids == [] and "\n  当选票数基数 = 实到会人数\n" in zh
    assert "\n  threshold_base = present\n" in en and "the 1990 text as applied" in en
    assert "the 1990 text as applied" not in zh and "1990 年暂行条例在当时各地选举办法中的适用方式" in zh
    cited = [line for line in zh.splitlines() if line.lstrip().startswith(("依据", "等级"))]
    assert len(cited) > 400 and [line for line in zh.splitlines() if stray_latin(line)] == []
    assert all(" — " in line for line in cited if line.lstrip().startswith("依据"))  # source — reason
