"""No input breaks a batch, certificates bind to their file, nothing is overwritten.

One regression test per failure class (a profile of the wrong family, dates out of range, lone
surrogates, deep nesting in check-certificate, a round without candidates, more present than
can be present) for every command that reads results files; batch isolation with an injected
bug and an injected worker death, with and without --jobs; file safety (outputs never over an
input, atomic writes, FIFOs and devices, the size limit, folders without results files) and
damaged or oversized spreadsheets (.xlsx, .csv) as unreadable files, never a bug or a hang.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from tallykit.cli.main import main
from tallykit.errors import InputError
from tallykit.vocabulary import Lang


ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
PARTY = json.loads((EXAMPLES / "party-2020-branch-ok.json").read_text(encoding="utf-8"))
VILLAGE = json.loads((EXAMPLES / "villager-2018-people-ok.json").read_text(encoding="utf-8"))
COMMANDS = ("verify", "count", "explain")


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def write(path: Path, data) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=True), encoding="utf-8")
    return path


def no_crash(result) -> str:
    """All output of a run that must end in a clear message: no traceback, no 'internal error'."""
    text = result.stdout + result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    bug = ("Traceback", "内部错误", "程序缺陷", "tallykit bug", '"internal_error"')
    assert not any(word in text for word in bug), text
    return text


def wrong_family(tmp_path: Path) -> Path:
    data = copy.deepcopy(PARTY)
    data["profile"] = "villager-2018"
    return write(tmp_path / "wrong-family.json", data)


def far_date(tmp_path: Path) -> Path:
    data = copy.deepcopy(VILLAGE)
    data["candidates"][0]["birth_date"] = "9999-12-31"
    return write(tmp_path / "far-date.json", data)


def surrogate(tmp_path: Path, where: str = "name") -> Path:
    data = copy.deepcopy(PARTY)
    if where == "name":
        data["candidates"][0]["name"] = "王\ud800"
    elif where == "key":
        data["extensions"] = {"备注\udc00": 1}
    else:
        data["election"]["organization"] = "\udfff党支部"
    return write(tmp_path / f"surrogate-{where}.json", data)


def deep(tmp_path: Path) -> Path:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    return path


def over_present(tmp_path: Path, present: int, members: int | None = 48) -> Path:
    """The 东风村 branch: 45 expected, three approved exclusions, 48 members."""
    data = copy.deepcopy(PARTY)
    data["electorate"]["present"] = present
    data["rounds"][0]["ballots"]["issued"] = min(data["rounds"][0]["ballots"]["issued"], present)
    if members is None:
        del data["election"]["members"]
    else:
        data["election"]["members"] = members
    return write(tmp_path / f"present-{present}.json", data)


# ---------------------------------------------------------------- the six failure classes


@pytest.mark.parametrize("command", COMMANDS)
def test_a_profile_of_the_wrong_family_names_the_profile_the_kind_and_the_fitting_ones(
    tmp_path, command
):
    path = wrong_family(tmp_path)
    zh = run(command, str(path))
    assert zh.exit_code == 2
    text = no_crash(zh)
    assert "villager-2018" in text and "党组织委员会选举" in text and "party-1990, party-2020" in text
    en = run(command, str(path), "--lang", "en")
    assert en.exit_code == 2
    assert "party committee election" in no_crash(en) and "profiles that fit" in en.stdout + en.stderr
    village = write(tmp_path / "village.json", VILLAGE)
    override = run(command, str(village), "--profile", "party-2020", "--lang", "en")
    assert override.exit_code == 2
    text = no_crash(override)
    assert "--profile" in text and "villager-2018, villager-2026" in text and "residents" not in text


@pytest.mark.parametrize("command", COMMANDS)
def test_a_date_out_of_range_is_an_input_error_at_its_path(tmp_path, command):
    result = run(command, str(far_date(tmp_path)), "--lang", "en")
    assert result.exit_code == 2
    text = no_crash(result)
    assert "/candidates/0/birth_date" in text and "FMT-DATE" in text and "1900-01-01" in text
    zh = no_crash(run(command, str(far_date(tmp_path))))
    assert "候选人 第1人 出生日期" in zh and "1900-01-01 至 2199-12-31" in zh


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("where", ["name", "key", "organization"])
def test_a_lone_surrogate_is_refused_at_its_path(tmp_path, command, where):
    result = run(command, str(surrogate(tmp_path, where)), "--format", "json", "--lang", "en")
    assert result.exit_code == 2
    text = no_crash(result)
    assert "FMT-TEXT" in text
    expected = {"name": "/candidates/0/name", "key": "/extensions/", "organization": "/election/organization"}
    assert expected[where] in text


def test_a_lone_surrogate_in_a_file_name_is_shown_escaped(tmp_path):
    """A file name of undecodable bytes (surrogate-escaped by the OS layer) is printed escaped."""
    folder = tmp_path / "batch"
    folder.mkdir()
    name = os.fsdecode(b"\xff\xfe-party.json")
    shutil.copy(EXAMPLES / "party-2020-branch-ok.json", folder / name)
    for fmt in ("text", "json"):
        result = run("verify", str(folder), "--format", fmt)
        assert result.exit_code == 0
        no_crash(result)


def test_check_certificate_on_deep_nesting_exits_2(tmp_path):
    good = EXAMPLES / "party-2020-branch-ok.json"
    cert = tmp_path / "c.json"
    assert run("count", str(good), "--certificate", str(cert)).exit_code == 0
    for args in ((deep(tmp_path), good), (cert, deep(tmp_path))):
        result = run("check-certificate", *map(str, args))
        assert result.exit_code == 2
        assert "嵌套过深" in no_crash(result)


def test_check_certificate_reads_the_results_file_as_verify_does(tmp_path):
    """A results file verify cannot read is exit 2 with verify's own message."""
    good = EXAMPLES / "party-2020-branch-ok.json"
    cert = tmp_path / "c.json"
    run("count", str(good), "--certificate", str(cert))
    text = good.read_text(encoding="utf-8")
    for bad, words in (
        (text.replace('"present": 40', '"present": NaN'), "NaN"),
        (text.replace('"expected": 45,', '"expected": 45, "expected": 45,'), "expected"),
        (text.replace('"format"', '"format": "x", "format"', 1), "format"),
    ):
        path = tmp_path / "bad.json"
        path.write_text(bad, encoding="utf-8")
        verified = run("verify", str(path))
        checked = run("check-certificate", str(cert), str(path))
        assert verified.exit_code == checked.exit_code == 2
        message = json.loads(run("verify", str(path), "--format", "json").stdout)
        assert message["results"][0]["findings"][0]["message"] in no_crash(checked)
        assert words in checked.stderr


def test_a_genuine_certificate_of_a_round_without_candidates_is_accepted(tmp_path):
    data = copy.deepcopy(json.loads((EXAMPLES / "party-2020-tally-ok.json").read_text("utf-8")))
    del data["rounds"][0]["candidates"]
    path, cert = write(tmp_path / "r.json", data), tmp_path / "c.json"
    assert run("count", str(path), "--certificate", str(cert)).exit_code == 0
    result = run("check-certificate", str(cert), str(path), "--lang", "en")
    assert result.exit_code == 0 and "accepted" in result.stdout


@pytest.mark.parametrize(
    ("present", "members", "errors"),
    [
        (48, 48, 0),  # 45 expected + 3 excluded who may come: possible
        (49, 48, 2),  # more than both bounds
        (49, 60, 1),  # more than 45 + 3
        (49, None, 1),
        (47, 46, 1),  # more than the full members
    ],
)
def test_more_present_than_can_be_present_is_an_error(tmp_path, present, members, errors):
    result = run("verify", str(over_present(tmp_path, present, members)), "--format", "json")
    entry = json.loads(result.stdout)["results"][0]
    found = [f for f in entry["findings"] if f["code"] == "TK-QUORUM-2"]
    assert len(found) == errors
    assert all(f["severity"] == "error" and f["path"] == "/electorate/present" for f in found)
    assert all({"P-QUORUM-1", "P-QUORUM-2"} <= set(f["rules"]) for f in found)
    assert result.exit_code == (1 if errors else 0)


def test_an_exclusion_without_a_vote_cannot_be_present(tmp_path):
    """An excluded 预备党员 has no vote (P-RIGHTS-1): he does not raise the bound."""
    data = json.loads(over_present(tmp_path, 48, None).read_text(encoding="utf-8"))
    data["electorate"]["exclusions"][0]["reason"] = "预备党员"
    result = run("verify", str(write(tmp_path / "x.json", data)), "--format", "json", "--lang", "en")
    found = [f for f in json.loads(result.stdout)["results"][0]["findings"] if f["code"] == "TK-QUORUM-2"]
    assert [f["expected"] for f in found] == ["<= 47"]
    assert "2 listed exclusions who still have a vote" in found[0]["message"]


def test_every_new_message_reads_in_chinese(tmp_path):
    """Chinese means Chinese: the failure classes, the certificate checker's reasons and the file
    notes carry no English words (rule ids, pointers, options and quoted input aside)."""
    from tests.support.zh_scan import stray_latin

    good = EXAMPLES / "party-2020-branch-ok.json"
    cert, other = tmp_path / "c.json", EXAMPLES / "party-2020-tally-ok.json"
    run("count", str(good), "--certificate", str(cert))
    tampered = json.loads(cert.read_text(encoding="utf-8"))
    tampered["rounds"][0]["ballots"]["valid"] += 1
    bad_cert = write(tmp_path / "bad-cert.json", tampered)
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.txt").write_text("x", encoding="utf-8")
    files = [wrong_family(tmp_path), far_date(tmp_path), surrogate(tmp_path), deep(tmp_path)]
    files += [over_present(tmp_path, 49)]
    outputs = [run(c, str(f)) for f in files for c in COMMANDS]
    outputs += [
        run("check-certificate", str(cert), str(other)),
        run("check-certificate", str(bad_cert), str(good)),
        run("check-certificate", str(deep(tmp_path)), str(good)),
        run("count", str(good), "--certificate", str(good)),
        run("verify", str(tmp_path / "empty")),
        run("verify", str(good), "--max-size", "1K"),
        run("verify", "/dev/zero"),
    ]
    for result in outputs:
        text = result.stdout + result.stderr
        assert stray_latin(text) == [], text


# ---------------------------------------------------------------- batch isolation


def one_of_each(folder: Path) -> dict[str, str]:
    """A folder with a file of each failure class and good files; the status each must get."""
    folder.mkdir()
    shutil.copy(EXAMPLES / "party-2020-branch-ok.json", folder / "a-good.json")
    shutil.copy(EXAMPLES / "villager-2018-supplementary-ok.json", folder / "z-good.json")
    wrong_family(folder), far_date(folder), surrogate(folder), deep(folder)
    over_present(folder, 49)
    data = json.loads((EXAMPLES / "party-2020-tally-ok.json").read_text(encoding="utf-8"))
    del data["rounds"][0]["candidates"]
    write(folder / "no-candidates.json", data)
    from tallykit.io import write_document

    sheet = write_document(json.loads((EXAMPLES / "party-2020-tally-ok.json").read_bytes()), "xlsx")
    (folder / "b-good.xlsx").write_bytes(sheet)
    (folder / "damaged.xlsx").write_bytes(sheet[: len(sheet) // 2])
    (folder / "stray-quote.csv").write_bytes("【表】选举\n名称,\"东风村\r党支部\n".encode("utf-8"))
    return {
        "a-good.json": "ok",
        "b-good.xlsx": "ok",
        "damaged.xlsx": "unreadable",
        "deep.json": "unreadable",
        "far-date.json": "unreadable",
        "no-candidates.json": "ok",
        "present-49.json": "findings",
        "stray-quote.csv": "unreadable",
        "surrogate-name.json": "unreadable",
        "wrong-family.json": "unreadable",
        "z-good.json": "ok",
    }


def statuses(stdout: str, folder: Path) -> dict[str, str]:
    return {Path(e["file"]).relative_to(folder).as_posix(): e["status"] for e in json.loads(stdout)["results"]}


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_folder_of_every_failure_class_gets_a_full_report(tmp_path, jobs):
    folder = tmp_path / "batch"
    want = one_of_each(folder)
    result = run("verify", str(folder), "--format", "json", "--jobs", jobs)
    assert result.exit_code == 2
    no_crash(result)
    assert statuses(result.stdout, folder) == want
    text = run("verify", str(folder), "--jobs", jobs)
    assert text.exit_code == 2 and "汇总" in text.stdout and "a-good.json: 通过" in text.stdout


def test_a_bug_on_one_file_never_hides_the_others(tmp_path, monkeypatch):
    import importlib

    core = importlib.import_module("tallykit.check.verify")  # the module (the package exports the function)
    real = core.verify

    def buggy(results, **kw):
        if results.election.organization == "缺陷村":
            raise KeyError("injected")
        return real(results, **kw)

    monkeypatch.setattr(core, "verify", buggy)
    folder = tmp_path / "batch"
    want = one_of_each(folder)
    data = copy.deepcopy(PARTY)
    data["election"]["organization"] = "缺陷村"
    write(folder / "m-bug.json", data)
    result = run("verify", str(folder), "--format", "json")
    assert result.exit_code == 2
    report = json.loads(result.stdout)
    assert statuses(result.stdout, folder) == want | {"m-bug.json": "internal_error"}
    entry = next(e for e in report["results"] if e["file"].endswith("m-bug.json"))
    assert entry["findings"][0]["code"] == "TK-INTERNAL-1" and "KeyError" in entry["findings"][0]["message"]
    assert report["summary"]["internal_errors"] == 1 and report["summary"]["ok"] == 4
    text = run("verify", str(folder))
    assert "m-bug.json: 未能核查（程序缺陷）" in text.stdout and "程序缺陷" in text.stdout.split("汇总")[1]


DRIVER = r"""
import multiprocessing, os, sys
multiprocessing.set_start_method("fork")
import importlib
core = importlib.import_module("tallykit.check.verify")
real = core.verify
def faulty(results, **kw):
    if results.election.organization == "缺陷村":
        raise KeyError("injected")
    if results.election.organization == "崩溃村":
        os._exit(3)  # the worker process dies (killed for memory, a crash in native code)
    return real(results, **kw)
core.verify = faulty
from tallykit.cli.main import main
sys.argv = ["tallykit", *sys.argv[1:]]
main()
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="injects the fault into forked workers")
def test_with_jobs_a_bug_or_a_dead_worker_costs_only_its_own_file(tmp_path):
    folder = tmp_path / "batch"
    want = one_of_each(folder)
    for name, org in (("m-bug.json", "缺陷村"), ("n-crash.json", "崩溃村")):
        data = copy.deepcopy(PARTY)
        data["election"]["organization"] = org
        write(folder / name, data)
    done = subprocess.run(
        [sys.executable, "-c", DRIVER, "verify", str(folder), "--format", "json", "--jobs", "2"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    got = statuses(done.stdout, folder)
    assert got == want | {"m-bug.json": "internal_error", "n-crash.json": "internal_error"}
    crash = next(e for e in json.loads(done.stdout)["results"] if e["file"].endswith("n-crash.json"))
    assert crash["findings"][0]["recorded"] == "WorkerDied"


BATCH_DRIVER = r"""
import multiprocessing, os, sys
multiprocessing.set_start_method("fork")
import importlib
cli = importlib.import_module("tallykit.cli.verify")
real = cli.check_file
def faulty(file, *args, **kw):
    if file.endswith("crash.json"):
        os._exit(3)  # the worker process dies
    entry = real(file, *args, **kw)
    if file.endswith("stuck.json"):
        entry["extra"] = lambda: None  # an answer that cannot be sent back to the parent
    return entry
cli.check_file = faulty
from tallykit.cli.main import main
sys.argv = ["tallykit", *sys.argv[1:]]
main()
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="injects the fault into forked workers")
def test_files_handed_to_workers_a_few_at_a_time_still_fail_one_by_one(tmp_path):
    """Forty files go to the workers in runs of two: a worker dying in the middle of a run, and
    an answer that cannot come back, each cost only their own file an internal_error entry."""
    folder = tmp_path / "batch"
    folder.mkdir()
    for i in range(40):
        data = copy.deepcopy(PARTY)
        data["election"]["organization"] = f"第{i}村"
        name = {13: "m13-crash.json", 26: "m26-stuck.json"}.get(i, f"m{i:02d}.json")
        write(folder / name, data)
    done = subprocess.run(
        [sys.executable, "-c", BATCH_DRIVER, "verify", str(folder), "--format", "json", "--jobs", "2"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    got = statuses(done.stdout, folder)
    assert len(got) == 40
    assert {f for f, s in got.items() if s != "ok"} == {"m13-crash.json", "m26-stuck.json"}
    assert set(got.values()) == {"ok", "internal_error"}
    entries = {Path(e["file"]).name: e for e in json.loads(done.stdout)["results"]}
    assert entries["m13-crash.json"]["findings"][0]["recorded"] == "WorkerDied"


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_reader_that_stops_early_ends_the_run_quietly(tmp_path, jobs):
    """verify writes each file's entry as it comes; when the output's reader has gone (``| head``)
    the run stops without a bug message or a traceback, exit 2 (the report is not whole)."""
    folder = tmp_path / "batch"
    one_of_each(folder)
    proc = subprocess.Popen(
        [sys.executable, "-c", "from tallykit.cli.main import main; main()", "verify", str(folder), "--jobs", jobs],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # no reader: the first entry written meets a broken pipe
    err = proc.stderr.read().decode("utf-8")
    assert proc.wait() == 2
    assert "Traceback" not in err and "BrokenPipe" not in err and "缺陷" not in err, err


# ---------------------------------------------------------------- file safety


def test_outputs_are_checked_against_inputs_as_one_pair_at_a_time_would(tmp_path, monkeypatch):
    """``refuse_overwrites`` looks at each path once; it refuses exactly the outputs a check of
    every (output, input) pair refuses — the same file where both exist, else the same real
    path — and names the first such input: existing files, hard and symbolic links, a link to a
    missing file, missing files, relative spellings."""
    from tallykit.cli.files import refuse_overwrites

    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.json").write_text("{}", encoding="utf-8")
    (tmp_path / "b.json").write_text("{}", encoding="utf-8")
    os.link(tmp_path / "a.json", tmp_path / "hard.json")
    (tmp_path / "soft.json").symlink_to(tmp_path / "b.json")
    (tmp_path / "dangling.json").symlink_to(tmp_path / "gone.json")
    paths = ["a.json", "./a.json", str(tmp_path / "hard.json"), "soft.json", "b.json", "dangling.json",
             "gone.json", "missing.json", "sub/../missing.json", "other.json"]

    def pairwise(output: str, inputs: list[str]) -> str | None:
        for given in inputs:
            try:
                same = os.path.samefile(output, given)
            except OSError:
                same = os.path.abspath(os.path.realpath(output)) == os.path.abspath(os.path.realpath(given))
            if same:
                return given
        return None

    refused = 0
    for inputs in (paths[:3], paths[3:6], paths[5:9], paths[::2], paths[1::2]):
        for output in paths:
            given = pairwise(output, inputs)
            expected = None if given is None else InputError.worded(
                "output_is_input", path="", rule="FMT-OUTPUT", value=output, option="--out", output=output, given=given
            ).message(Lang.EN)
            try:
                refuse_overwrites(["elsewhere.html", output], inputs, "--out")
                said = None
            except InputError as err:
                said = err.message(Lang.EN)
            assert said == expected, (output, inputs)
            refused += said is not None
    assert 10 < refused < 50


def test_count_never_writes_its_certificate_over_an_input(tmp_path):
    path = tmp_path / "r.json"
    shutil.copy(EXAMPLES / "party-2020-branch-ok.json", path)
    before = path.read_bytes()
    os.link(path, tmp_path / "hard.json")
    (tmp_path / "soft.json").symlink_to(path)
    profile = tmp_path / "p.json"
    profile.write_text('{"extends": "party-2020", "set": {}}', encoding="utf-8")
    for out in (path, tmp_path / "hard.json", tmp_path / "soft.json", tmp_path / "." / "r.json"):
        result = run("count", str(path), "--certificate", str(out))
        assert result.exit_code == 2
        assert "不会覆盖输入" in no_crash(result)
    result = run("count", str(path), "--profile", str(profile), "--certificate", str(profile))
    assert result.exit_code == 2
    assert path.read_bytes() == before and profile.read_text(encoding="utf-8").startswith("{")


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(tmp_path, monkeypatch):
    from tallykit.cli import files

    cert = tmp_path / "c.json"
    cert.write_text("old certificate", encoding="utf-8")

    def full_disk(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", full_disk)
    result = run("count", str(EXAMPLES / "party-2020-branch-ok.json"), "--certificate", str(cert))
    assert result.exit_code == 2 and "磁盘空间不足" in no_crash(result)
    assert cert.read_text(encoding="utf-8") == "old certificate"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.json"]


def test_outputs_go_to_missing_or_blocked_places_with_a_clear_message(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    good = str(EXAMPLES / "party-2020-branch-ok.json")
    for args in (
        ("count", good, "--certificate", str(tmp_path / "no" / "such" / "c.json")),
        ("count", good, "--certificate", str(tmp_path)),
        ("drill", "--out", str(blocker)),
        ("drill", "--out", str(blocker / "sub")),
    ):
        result = run(*args)
        assert result.exit_code == 2, args
        no_crash(result)


def test_drill_writes_its_files_whole(tmp_path):
    out = tmp_path / "out"
    assert run("drill", "--seed", "1", "--out", str(out)).exit_code == 0
    names = sorted(p.name for p in out.iterdir())
    assert names and all(n.endswith(".json") and not n.startswith(".") for n in names)
    for p in out.iterdir():
        json.loads(p.read_text(encoding="utf-8"))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_fifos_and_devices_are_never_opened_for_reading(tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    shutil.copy(EXAMPLES / "party-2020-branch-ok.json", folder / "a.json")
    os.mkfifo(folder / "pipe.json")
    result = run("verify", str(folder), "--format", "json")
    assert result.exit_code == 0
    assert "pipe.json" in result.stderr and "命名管道" in result.stderr
    assert [Path(e["file"]).name for e in json.loads(result.stdout)["results"]] == ["a.json"]
    for path in (folder / "pipe.json", Path("/dev/zero")):
        for command in COMMANDS:
            result = run(command, str(path))
            assert result.exit_code == 2
            assert "不是普通文件" in no_crash(result)
        cert = tmp_path / "c.json"
        run("count", str(folder / "a.json"), "--certificate", str(cert))
        assert run("check-certificate", str(path), str(folder / "a.json")).exit_code == 2
        assert run("check-certificate", str(cert), str(path)).exit_code == 2


def test_the_size_limit(tmp_path):
    good = EXAMPLES / "party-2020-branch-ok.json"
    size = good.stat().st_size
    for command in COMMANDS:
        result = run(command, str(good), "--max-size", str(size - 1))
        assert result.exit_code == 2
        assert "--max-size" in no_crash(result) and "FMT-SIZE" in result.stdout + result.stderr
        assert run(command, str(good), "--max-size", str(size)).exit_code == 0
    assert run("verify", str(good), "--max-size", "1K", "--lang", "en").exit_code == 2
    assert run("verify", str(good), "--max-size", "64M").exit_code == 0
    assert run("verify", str(good), "--max-size", "lots").exit_code == 2


def test_a_folder_without_results_files_is_exit_2(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run("verify", str(empty))
    assert result.exit_code == 2 and "没有结果文件" in result.stderr
    (empty / "notes.txt").write_text("会议记录", encoding="utf-8")
    assert run("verify", str(empty)).exit_code == 2
    good = str(EXAMPLES / "party-2020-branch-ok.json")
    mixed = run("verify", good, str(empty), "--lang", "en")  # the good file is still reported
    assert mixed.exit_code == 2 and "holds no results file" in mixed.stderr
    assert "party-2020-branch-ok.json: passed" in mixed.stdout


def test_an_unreadable_sub_folder_is_skipped_with_a_note(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root reads every folder")
    folder = tmp_path / "batch"
    (folder / "locked").mkdir(parents=True)
    shutil.copy(EXAMPLES / "party-2020-branch-ok.json", folder / "a.json")
    os.chmod(folder / "locked", 0)
    try:
        result = run("verify", str(folder))
        assert result.exit_code == 0 and "locked" in result.stderr and "没有权限" in result.stderr
    finally:
        os.chmod(folder / "locked", stat.S_IRWXU)


def test_a_folder_named_like_a_file_is_a_usage_error_for_count(tmp_path):
    folder = tmp_path / "x.json"
    folder.mkdir()
    for command in ("count", "explain"):
        assert run(command, str(folder)).exit_code == 2


# ---------------------------------------------------------------- load independence


def test_hypothesis_runs_without_clocks():
    """No per-example deadline and no 'too slow' health check: the same verdict under load."""
    from hypothesis import HealthCheck, settings

    assert settings.default.deadline is None
    assert HealthCheck.too_slow in settings.default.suppress_health_check


def test_the_feasibility_solver_stops_at_a_resource_limit_not_a_clock(monkeypatch):
    """A round the per-ballot model cannot settle within z3's resource limit is 'not decided'
    (info), the same answer every time, instead of holding up a batch for minutes."""
    from tallykit.check import feasibility

    q = feasibility.Question(
        valid=6,
        seats=(("委员", 2),),
        tally={"委员": {"甲": 4, "乙": 3, "王五": 2}},
        printed={"委员": ("甲", "乙", "丙")},
        disapprove={"委员": {"甲": 1, "乙": 2, "丙": 4}},
        writein_needs_disapproval=True,
    )
    assert feasibility.decide(q).method == "z3" and feasibility.decide(q).feasible is not None
    monkeypatch.setattr(feasibility, "Z3_RLIMIT", 1)
    answers = {feasibility.decide(q) for _ in range(3)}
    assert len(answers) == 1
    (answer,) = answers
    assert answer.feasible is None and "resource limit" in answer.reason.words(Lang.EN)


def test_a_damaged_spreadsheet_is_unreadable_not_a_bug(tmp_path):
    """Found by the long fuzz run: an .xlsx with bytes flipped inside its compressed parts made
    openpyxl raise zlib.error or NotImplementedError (zip version) — an internal error. Every
    damaged copy is now an unreadable file (FMT-XLSX)."""
    from tallykit.io import write_document

    raw = write_document(json.loads((EXAMPLES / "party-2020-tally-ok.json").read_text("utf-8")), "xlsx")
    statuses = set()
    for k in range(40):
        damaged = bytearray(raw)
        at = len(raw) // 5 + k * (len(raw) // 60)
        damaged[at : at + 3] = b"\xff\x00\xff"
        path = tmp_path / f"d{k}.xlsx"
        path.write_bytes(bytes(damaged))
        entry = json.loads(run("verify", str(path), "--format", "json").stdout)["results"][0]
        statuses.add(entry["status"])
        assert entry["status"] in ("unreadable", "ok", "findings"), entry
    assert "unreadable" in statuses


def test_a_csv_line_the_csv_module_cannot_split_is_unreadable(tmp_path):
    """Found by the long fuzz run: a lone carriage return inside an unquoted field made the csv
    module raise (an internal error); it is an unreadable file naming the line."""
    from tallykit.io import write_document

    raw = write_document(json.loads((EXAMPLES / "party-2020-tally-ok.json").read_text("utf-8")), "csv")
    lines = raw.decode("utf-8-sig").splitlines()
    lines[3] = lines[3].replace(",", ",x\rx", 1)
    path = tmp_path / "bad.csv"
    path.write_bytes("\n".join(lines).encode("utf-8"))
    result = run("verify", str(path), "--format", "json", "--lang", "en")
    finding = json.loads(result.stdout)["results"][0]["findings"][0]
    assert result.exit_code == 2 and finding["rules"] == ["FMT-CSV"] and "CSV line" in finding["message"]


def _xlsx_patched(sheet_xml) -> bytes:
    """The 计票表 of an example with its second sheet's XML changed by ``sheet_xml``."""
    import io
    import zipfile

    from tallykit.io import write_document

    raw = write_document(json.loads((EXAMPLES / "party-2020-tally-ok.json").read_bytes()), "xlsx")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as zin, zipfile.ZipFile(out, "w") as z:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "xl/worksheets/sheet2.xml":  # the sheet 候选人
                data = sheet_xml(data)
            z.writestr(info, data, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def test_a_spreadsheet_is_read_by_the_cells_it_holds_within_bounds(tmp_path, monkeypatch):
    """A 14 KB .xlsx with one cell at XFD1048576 used to keep verify busy for many minutes
    (every row padded to the declared 16,384 columns, a million rows); a sheet is now read as far
    as its cells go, and more rows or cells than a 计票表 could hold is FMT-SIZE, not a hang."""
    import re

    from tallykit.io import sheets

    monkeypatch.setattr(sheets, "MAX_CELLS", 50_000)  # the real bound is 1,000,000

    def stray(data: bytes) -> bytes:
        data = re.sub(rb'<dimension ref="[^"]*" ?/>', b'<dimension ref="A1:XFD1048576"/>', data)
        cell = b'<row r="100"><c r="XFD100" t="inlineStr"><is><t>x</t></is></c></row>'
        return data.replace(b"</sheetData>", cell + b"</sheetData>")

    def far_row(data: bytes) -> bytes:
        row = b'<row r="2000000000"><c r="A2000000000"><v>1</v></c></row>'
        return data.replace(b"</sheetData>", row + b"</sheetData>")

    def dense(data: bytes) -> bytes:
        cells = b'<c r="A%d"><v>1</v></c><c r="B%d"><v>1</v></c><c r="C%d"><v>1</v></c>'
        rows = b"".join(b'<row r="%d">' % r + cells % (r, r, r) + b"</row>" for r in range(20, 17_000))
        return data.replace(b"</sheetData>", rows + b"</sheetData>")

    (tmp_path / "stray.xlsx").write_bytes(_xlsx_patched(stray))
    result = run("verify", str(tmp_path / "stray.xlsx"), "--format", "json")
    assert json.loads(result.stdout)["results"][0]["status"] == "ok", result.stdout
    for name, change, over in (("far", far_row, "1,048,576 rows"), ("dense", dense, "50,000 cells")):
        path = tmp_path / f"{name}.xlsx"
        path.write_bytes(_xlsx_patched(change))
        result = run("verify", str(path), "--format", "json", "--lang", "en")
        finding = json.loads(result.stdout)["results"][0]["findings"][0]
        assert result.exit_code == 2 and finding["rules"] == ["FMT-SIZE"], finding
        assert over in finding["message"] and "候选人" in finding["message"]
        assert "过大" in no_crash(run("verify", str(path)))
