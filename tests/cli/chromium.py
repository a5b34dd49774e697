"""The Debian Chromium for the page tests: find it (skip without it, unless
``TALLYKIT_REQUIRE_CHROMIUM=1``, set by .ci/run) and run it headless on a page with a fresh
profile, never downloading a browser."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

WIDTH, HEIGHT = 1240, 1754  # A4 at 150 dpi


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    if os.environ.get("TALLYKIT_REQUIRE_CHROMIUM") == "1":
        pytest.fail(
            "TALLYKIT_REQUIRE_CHROMIUM=1 but no chromium on PATH (apt-get install chromium)"
        )
    pytest.skip("chromium not installed")


def run_chromium(binary: str, profile: Path, page: Path, *extra: str) -> str:
    args = [
        binary,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        f"--window-size={WIDTH},{HEIGHT}",
        *extra,
        page.as_uri(),
    ]
    # A guard against a browser that hangs, not a measure of speed: far above what any load
    # makes a screenshot take (seconds), so the verdict never depends on the machine's load.
    done = subprocess.run(args, capture_output=True, text=True, timeout=900, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout
