"""Helpers for the web app's tests: a data folder with accounts, logged-in clients, the sheet
of one paper 计票单, and a real server process (``tallykit serve``) to kill and restart."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

PASSWORD = "correct-horse-1"
USERS = (("admin", "admin"), ("clerk1", "clerk"), ("clerk2", "clerk"), ("reviewer", "reviewer"))

NEW_ELECTION = {
    "township": "城关镇",
    "organization": "东风村党支部",
    "kind": "party_committee",
    "profile": "party-2020",
    "date": "2021-01-08",
    "positions": "委员 5",
    "candidates": "委员：王志强、刘芳、李秀英、张建国、陈明、赵磊",
}

# The paper sheet of examples/party-2020-branch-ok.json (its exclusions and officials aside).
SHEET = {
    "n:/electorate/expected": "45",
    "n:/electorate/present": "40",
    "n:/rounds/0/ballots/issued": "40",
    "n:/rounds/0/ballots/returned": "40",
    "n:/rounds/0/ballots/valid": "39",
    "n:/rounds/0/ballots/invalid": "1",
    "n:/rounds/0/tally/委员/王志强": "30",
    "n:/rounds/0/tally/委员/刘芳": "28",
    "n:/rounds/0/tally/委员/李秀英": "33",
    "n:/rounds/0/tally/委员/张建国": "36",
    "n:/rounds/0/tally/委员/陈明": "25",
    "n:/rounds/0/tally/委员/赵磊": "12",
    "s:/rounds/0/declared/next": "",
}
ELECTED = ["王志强", "刘芳", "李秀英", "张建国", "陈明"]


def add_users(store: Any) -> None:
    from tallykit.web.auth import hash_password

    digest = hash_password(PASSWORD)
    for name, role in USERS:
        store.add_user(name, role, digest, None)


def form_fields(sheet: dict[str, str], elected: list[str], **extra: str) -> list[tuple[str, str]]:
    fields = list(sheet.items()) + [("names:/rounds/0/declared/elected/委员", "")]
    fields += [("names:/rounds/0/declared/elected/委员", n) for n in elected]
    return fields + list(extra.items())


def csrf_of(html: str) -> str:
    m = re.search(r'name="csrf" value="([^"]+)"', html)
    assert m, "page without a CSRF field"
    return m.group(1)


def base_of(html: str) -> str:
    m = re.search(r'name="base" value="([^"]*)"', html)
    assert m
    return m.group(1)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """``tallykit serve`` as a child process on a free loopback port."""

    def __init__(self, data: Path, port: int | None = None) -> None:
        self.data, self.port = data, port or free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> "Server":
        cmd = [
            sys.executable,
            "-c",
            "from tallykit.cli.main import main; main()",
            "serve",
            "--data",
            str(self.data),
            "--port",
            str(self.port),
            "--no-browser",
        ]
        self.proc = subprocess.Popen(
            cmd,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        line = self.proc.stdout.readline().decode() if self.proc.stdout else ""
        assert (
            "http://" in line
        ), f"server did not start: {line!r} {self.proc.stderr.read().decode() if self.proc.stderr else ''}"
        return self

    def kill(self) -> None:
        """SIGKILL: no shutdown handler runs, as in a crash or a power cut of the process."""
        if self.proc is not None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=30)
            self.proc = None

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
            self.proc = None


def wait_until(predicate: Any, seconds: float = 60.0) -> None:
    """Poll (no wall-clock assertion: only a generous guard against hanging forever)."""
    deadline = time.monotonic() + seconds
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached")
        time.sleep(0.05)


def grouped(fields: list[tuple[str, str]]) -> dict[str, list[str]]:
    """Form fields as httpx takes them (repeated names as lists)."""
    out: dict[str, list[str]] = {}
    for k, v in fields:
        out.setdefault(k, []).append(v)
    return out
