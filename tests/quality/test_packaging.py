"""What a vendor installs: the built sdist and wheel carry the typing marker (PEP 561), the data
files and every package, so ``mypy --strict`` in a vendor's project sees tallykit's types."""

from __future__ import annotations

import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Built in a subprocess with the environment's setuptools (no build isolation: no network).
BUILD = """
import sys
from setuptools import build_meta
kind, out = sys.argv[1], sys.argv[2]
name = build_meta.build_sdist(out) if kind == "sdist" else build_meta.build_wheel(out)
print(name)
"""


def _build(kind: str, source: Path, out: Path) -> Path:
    done = subprocess.run(
        [sys.executable, "-c", BUILD, kind, str(out)], cwd=source, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return out / done.stdout.strip().splitlines()[-1]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], list[str]]:
    """The sdist built from the checkout, and the wheel built from that sdist (as pip does)."""
    out = tmp_path_factory.mktemp("dist")
    sdist = _build("sdist", ROOT, out)
    with tarfile.open(sdist) as tar:
        tar.extractall(out / "src", filter="data")
        sdist_names = tar.getnames()
    (unpacked,) = (out / "src").iterdir()
    wheel = _build("wheel", unpacked, out)
    with zipfile.ZipFile(wheel) as whl:
        wheel_names = whl.namelist()
    return sdist_names, wheel_names


def test_py_typed_is_shipped(built: tuple[list[str], list[str]]) -> None:
    sdist_names, wheel_names = built
    assert any(n.endswith("/tallykit/py.typed") for n in sdist_names)
    assert "tallykit/py.typed" in wheel_names


def test_wheel_holds_every_package_and_data_file(built: tuple[list[str], list[str]]) -> None:
    _, wheel_names = built
    for name in (
        "tallykit/__init__.py",
        "tallykit/check/check_certificate.py",
        "tallykit/cli/main.py",
        "tallykit/specs/suite.py",
        "tallykit/web/app.py",
        "tallykit/training/catalogue.py",
        "tallykit/data/results.schema.json",
        "tallykit/data/report.schema.json",
    ):
        assert name in wheel_names, name
