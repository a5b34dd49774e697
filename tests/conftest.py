"""Shared test fixtures: the golden-update switch, a CLI runner that shows everything, the
Hypothesis settings every test runs under, and the tier markers (tests/README.md)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, settings

# The same verdict on an idle or a loaded machine: no Hypothesis deadline (a per-example clock,
# 200 ms by default) and no "too slow" health check (a clock on data generation). Tests that
# set their own settings inherit these.
settings.register_profile(
    "load-independent", deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("load-independent")


# The tiers are the folders under tests/; each test is marked with its folder's name, so
# ``-m unit`` and ``-m "not cli"`` select like ``tests/unit``. The core's doctests are unit tests.
# The whole specs tier (the prove suite) is also ``slow``.
TESTS = Path(__file__).resolve().parent
TIERS = ("unit", "properties", "cases", "cli", "specs", "quality")
SLOW_TIERS = ("specs",)


def tier(path: Path) -> str | None:
    """The tier a collected file belongs to (None: a file outside every tier)."""
    if not path.is_relative_to(TESTS):
        return "unit"
    top = path.relative_to(TESTS).parts[0]
    return top if top in TIERS else None


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        name = tier(item.path)
        if name is not None:
            item.add_marker(name)
        if name in SLOW_TIERS:
            item.add_marker("slow")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        default=False,
        help="rewrite tests/cases/*/expected.json from the current code (review the diff!)",
    )


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))


@pytest.fixture
def cli(tmp_path, monkeypatch):
    """Invoke ``tallykit`` in a fresh directory; on a wrong exit code show args, stdout, stderr."""
    from tallykit.cli.main import main

    monkeypatch.chdir(tmp_path)

    def invoke(*args: str, exit_code: int = 0):
        result = CliRunner().invoke(main, list(args))
        assert result.exit_code == exit_code, (
            f"args={args}\nexit={result.exit_code}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}\n"
            f"exception={result.exception!r}"
        )
        return result

    return invoke
