"""Shared test fixtures: the golden-update switch and a CLI runner that shows everything."""

from __future__ import annotations

import pytest
from click.testing import CliRunner


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens", action="store_true", default=False,
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
