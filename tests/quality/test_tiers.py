"""The suite's layout (tests/README.md): every test file sits in one tier folder, every tier is a
registered marker described in tests/README.md, and each collected test carries its tier's marker
(and the specs tier ``slow``), so a tier runs alike by folder and by ``-m``."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from tests.conftest import TIERS, tier

TESTS = Path(__file__).resolve().parents[1]
ROOT = TESTS.parent


def test_every_test_file_is_in_a_tier_folder():
    stray = [p.relative_to(ROOT).as_posix() for p in TESTS.rglob("test_*.py") if tier(p) is None]
    assert stray == []


def test_every_tier_is_a_folder_a_registered_marker_and_a_row_of_the_readme():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    markers = {m.split(":")[0] for m in config["tool"]["pytest"]["ini_options"]["markers"]}
    readme = (TESTS / "README.md").read_text(encoding="utf-8")
    for name in TIERS:
        assert any((TESTS / name).glob("test_*.py")), name
        assert name in markers, name
        assert f"| {name} | `tests/{name}/`" in readme, name
    assert "slow" in markers


def test_the_tier_of_a_path():
    assert tier(TESTS / "cases" / "test_cases.py") == "cases"
    assert tier(TESTS / "unit" / "deeper" / "test_x.py") == "unit"
    assert tier(ROOT / "tallykit" / "rules.py") == "unit"  # the core's doctests
    assert tier(TESTS / "test_stray.py") is None
    assert tier(TESTS / "support" / "helpers.py") is None


def test_collected_tests_carry_their_tier_marker(request: pytest.FixtureRequest):
    assert request.node.get_closest_marker("quality") is not None
    assert request.node.get_closest_marker("slow") is None
