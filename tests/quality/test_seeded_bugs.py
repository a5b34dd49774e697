"""The suite catches seeded bugs: each bug of tests/quality/seeded.py is put into its shipping
function in a fresh pytest process, and every test named to catch it must fail there (and only
for an assertion: the process exits 1, not with a collection or usage error). The same tests
pass in the rest of the suite, where nothing is seeded.

A cheap, always-on sample of what mutation testing (mutation/run.py) measures in full."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.quality.seeded import BUGS, VARIABLE, seeded

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("name", sorted(BUGS))
def test_the_seeded_bug_still_fits_its_function(name):
    """The bug's text is found once in today's function: a refactor that moves it fails here."""
    assert seeded(BUGS[name]) != ""


@pytest.mark.parametrize("name", sorted(BUGS))
def test_the_suite_catches_the_seeded_bug(name):
    bug = BUGS[name]
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "tests.quality.seeded", "-p", "no:cacheprovider"]
        + ["-o", "addopts=--import-mode=importlib", "-q", "-rf", *bug.caught_by],
        cwd=ROOT,
        env=os.environ | {VARIABLE: name},
        capture_output=True,
        text=True,
        check=False,
    )
    failed = set(re.findall(r"^FAILED (\S+)", done.stdout, re.M))
    assert done.returncode == 1, done.stdout[-3000:] + done.stderr[-3000:]
    assert failed == set(bug.caught_by), (bug.rule, done.stdout[-3000:])
