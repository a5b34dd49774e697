"""Contract and repository examples through `tallykit verify`: exit codes, cited rules, folder
mixes, determinism, and the JSON Schemas."""

from __future__ import annotations

import json
import shutil
from importlib.resources import files
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from tallykit.cli.main import main
from tallykit.results import parse_results

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared" / "examples"
if not SHARED.is_dir():
    SHARED = Path("/work/shared/examples")


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def report(*paths: str):
    result = run("verify", "--format", "json", *paths)
    return result, json.loads(result.stdout)


def table() -> list[tuple[str, int, set[str], set[str], set[str]]]:
    rows = []
    for line in (EXAMPLES / "README.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 5 and cells[0].endswith(".json"):
            split = lambda c: set() if c == "—" else {x.strip() for x in c.split(",")}  # noqa: E731
            rows.append((cells[0], int(cells[1]), split(cells[2]), split(cells[3]), split(cells[4])))
    return rows


def test_every_example_is_in_the_table():
    assert sorted(r[0] for r in table()) == sorted(p.name for p in EXAMPLES.glob("*.json"))


@pytest.mark.parametrize("row", table(), ids=lambda r: r[0])
def test_repository_example(row):
    name, code, errors, rules, others = row
    result, data = report(str(EXAMPLES / name))
    assert result.exit_code == code
    found = data["results"][0]["findings"]
    assert {f["code"] for f in found if f["severity"] == "error"} == errors
    assert {r for f in found if f["severity"] == "error" for r in f["rules"]} == rules
    assert {f["code"] for f in found if f["severity"] != "error"} == others


def shared_rows():
    rows = []
    for line in (SHARED / "README.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 3 and cells[0].endswith(".json"):
            code = int(cells[1].split()[0])
            cites = set() if cells[2] == "—" else {c.strip() for c in cells[2].split(",")}
            rows.append(pytest.param(cells[0], code, cites, id=cells[0]))
    return rows


@pytest.mark.parametrize(("name", "code", "cites"), shared_rows())
def test_contract_example(name, code, cites):
    result, data = report(str(SHARED / name))
    assert result.exit_code == code
    cited = {r for f in data["results"][0]["findings"] if f["severity"] == "error" for r in f["rules"]}
    assert cites <= cited
    if code == 0:
        assert not any(f["severity"] == "error" for f in data["results"][0]["findings"])


def test_folder_mix(tmp_path):
    (tmp_path / "sub").mkdir()
    shutil.copy(EXAMPLES / "party-2020-tally-ok.json", tmp_path / "b-ok.json")
    shutil.copy(EXAMPLES / "party-2020-quorum-error.json", tmp_path / "sub" / "c-bad.json")
    shutil.copy(EXAMPLES / "unreadable-gbk.json", tmp_path / "a-gbk.json")
    (tmp_path / "notes.txt").write_text("会议记录", encoding="utf-8")
    (tmp_path / "sub" / "d-broken.json").write_bytes(b"\x00\xff not json")
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    result, data = report(str(tmp_path))
    assert result.exit_code == 2
    files = [(Path(e["file"]).relative_to(tmp_path).as_posix(), e["status"]) for e in data["results"]]
    assert files == [("a-gbk.json", "unreadable"), ("b-ok.json", "ok"), ("sub/c-bad.json", "findings"), ("sub/d-broken.json", "unreadable")]
    assert data["summary"] == {
        "files": 4, "ok": 1, "with_errors": 1, "with_warnings": 0, "unreadable": 2, "internal_errors": 0
    }
    assert "notes.txt" in result.stderr
    assert "GBK" in data["results"][0]["findings"][0]["message"]
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before
    text = run("verify", str(tmp_path))
    assert text.exit_code == 2 and "汇总" in text.stdout


def test_exit_one_without_unreadable():
    result, data = report(str(EXAMPLES / "party-2020-tally-ok.json"), str(EXAMPLES / "party-2020-proxy-error.json"))
    assert result.exit_code == 1 and data["summary"]["with_errors"] == 1


def test_missing_path_is_unreadable():
    result, data = report("no/such/file.json")
    assert result.exit_code == 2 and data["results"][0]["status"] == "unreadable"
    assert data["results"][0]["sha256"] is None


def test_bad_profile_override_is_usage_error():
    result = run("verify", "--profile", "party-3000", str(EXAMPLES / "party-2020-tally-ok.json"))
    assert result.exit_code == 2 and "party-3000" in result.stderr


def test_profile_override_changes_reading():
    # 36 of 45 present meets 2020's 5P >= 4E but the 1990 literal 5P > 4E fails.
    result, data = report(str(EXAMPLES / "party-2020-tally-ok.json"))
    assert data["results"][0]["profile"]["id"] == "party-2020"
    result, data = report("--profile", "party-1990", str(EXAMPLES / "party-2020-tally-ok.json"))
    assert data["results"][0]["profile"]["id"] == "party-1990"
    assert data["results"][0]["profile"]["params"]["threshold_base"] == "present"


def test_deterministic_and_parallel_equal():
    first = run("verify", "--format", "json", str(EXAMPLES)).stdout
    second = run("verify", "--format", "json", str(EXAMPLES)).stdout
    parallel = run("verify", "--format", "json", "--jobs", "2", str(EXAMPLES)).stdout
    assert first == second == parallel
    assert run("verify", str(EXAMPLES)).stdout == run("verify", str(EXAMPLES)).stdout


def test_the_report_written_a_file_at_a_time_is_the_whole_report_byte_for_byte():
    """verify writes each entry as it comes (``streamed``): the bytes are those of the whole
    report printed at once — ``report_document`` as JSON, ``render_text`` — for no file, one,
    and every example (all statuses, Chinese and English, findings with places)."""
    from tallykit.check.verify import report_document
    from tallykit.cli.common import dump
    from tallykit.cli.verify import check_file, render_text, streamed
    from tallykit.exits import RunReport
    from tallykit.vocabulary import Lang

    paths = sorted(str(p) for p in [*EXAMPLES.glob("*.json"), *EXAMPLES.glob("*.xlsx")])
    for lang in (Lang.ZH, Lang.EN):
        every = [check_file(p, None, lang) for p in paths]
        assert {e["status"] for e in every} >= {"ok", "unreadable"}
        for entries in ([], every[:1], every):
            for fmt, whole in (
                ("json", dump(report_document(entries))),
                ("text", render_text(entries, RunReport.of_entries(entries).summary, lang)),
            ):
                chunks: list[str] = []
                run = streamed(iter(entries), fmt, lang, chunks.append)
                assert "".join(chunks) == whole
                assert len(chunks) == len(entries) + 1 + (fmt == "json")
                assert run == RunReport.of_entries(entries)


def test_english_output():
    result = run("verify", "--lang", "en", str(EXAMPLES / "party-2020-quorum-error.json"))
    assert "attendance not met" in result.stdout and "Summary" in result.stdout


def test_progress_only_on_request():
    quiet = run("verify", str(EXAMPLES / "party-2020-tally-ok.json"), str(EXAMPLES / "party-2020-proxy-error.json"))
    assert "[" not in quiet.stderr
    shown = run("verify", "--progress", str(EXAMPLES / "party-2020-tally-ok.json"), str(EXAMPLES / "party-2020-proxy-error.json"))
    assert "2/2" in shown.stderr and "2/2" not in shown.stdout


def schema(name: str) -> jsonschema.Draft202012Validator:
    data = json.loads(files("tallykit").joinpath("data", name).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(data)
    return jsonschema.Draft202012Validator(data)


def readable_examples():
    out = []
    for p in sorted([*EXAMPLES.glob("*.json"), *SHARED.glob("*.json")]):
        try:
            data = json.loads(p.read_bytes().decode("utf-8-sig"))
            parse_results(data)
        except Exception:
            continue
        out.append(p)
    return out


@pytest.mark.parametrize("path", readable_examples(), ids=lambda p: p.name)
def test_parser_accepted_files_validate(path):
    schema("results.schema.json").validate(json.loads(path.read_bytes().decode("utf-8-sig")))


BASE = json.loads((EXAMPLES / "party-2020-tally-ok.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("pointer", "value"),
    [
        ("/format", "tallykit.results/2"),
        ("/rounds/0/ballots/issued", -1),
        ("/rounds/0/ballots/issued", "40"),
        ("/rounds/0/ballots/issued", 10**10),
        ("/rounds/0/ballot", {}),
        ("/election/kind", "township"),
        ("/rounds", []),
        ("/candidates/0/name", " "),
        ("/rounds/0/declared/next", "again"),
        ("/election/date", "2021-1-8"),
    ],
)
def test_schema_rejects_what_the_parser_rejects(pointer, value):
    import copy

    data = copy.deepcopy(BASE)
    *parents, last = pointer.strip("/").split("/")
    node = data
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node[part]
    if isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value
    with pytest.raises(Exception):
        parse_results(data)
    assert not schema("results.schema.json").is_valid(data)


def test_report_validates_against_report_schema(tmp_path):
    shutil.copytree(EXAMPLES, tmp_path / "ex")
    _, data = report(str(tmp_path / "ex"))
    schema("report.schema.json").validate(data)


def test_schema_command():
    assert json.loads(run("schema").stdout)["$schema"].endswith("2020-12/schema")
    assert "summary" in json.loads(run("schema", "--report").stdout)["properties"]
