"""``mypy --strict`` over the core (the files ``[tool.mypy]`` in pyproject.toml lists) and over
a vendor's script using the public API (tests/typing/vendor.py); a script that misuses a type
must be refused, so the API's types are real, not ``Any``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("mypy_cache")


def mypy(cache: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(cache), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )


def test_core_is_strict_clean(cache: Path) -> None:
    done = mypy(cache)
    assert done.returncode == 0, done.stdout + done.stderr


def test_vendor_script_is_strict_clean(cache: Path) -> None:
    done = mypy(cache, "--strict", "tests/typing/vendor.py")
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_misused_type_is_refused(cache: Path, tmp_path: Path) -> None:
    """A result read as a number, a threshold used without checking for None."""
    script = tmp_path / "wrong.py"
    script.write_text(
        "from tallykit import count, parse_results\n"
        "c = count(parse_results({}))\n"
        "seats: int = c.rounds[0].result\n"
        "formula: str = c.rounds[0].threshold.formula\n",
        encoding="utf-8",
    )
    done = mypy(cache, "--strict", str(script))
    assert done.returncode == 1
    assert "wrong.py:3: error: Incompatible types in assignment" in done.stdout
    assert 'wrong.py:4: error: Item "None" of "Threshold | None"' in done.stdout


def test_a_parameter_read_is_typed(cache: Path, tmp_path: Path) -> None:
    """``profile[P.X]`` has the parameter's declared type: a number is not a string, and a
    comparison with a word the parameter cannot take is refused."""
    script = tmp_path / "params.py"
    script.write_text(
        "from tallykit import PROFILES\n"
        "from tallykit import parameters as P\n"
        "limit: int = PROFILES['villager-2018'][P.PROXY_LIMIT]\n"
        "base: str = PROFILES['party-2020'][P.THRESHOLD_BASE]\n"
        "wrong: str = PROFILES['villager-2018'][P.PROXY_LIMIT]\n"
        "typo = PROFILES['party-2020'][P.THRESHOLD_BASE] == 'expectd'\n",
        encoding="utf-8",
    )
    done = mypy(cache, "--strict", str(script))
    assert done.returncode == 1
    errors = [line for line in done.stdout.splitlines() if ": error:" in line]
    assert [line.split(":")[1] for line in errors] == ["5", "6"], done.stdout
    assert "Incompatible types in assignment" in errors[0]
    assert "Non-overlapping equality check" in errors[1]
