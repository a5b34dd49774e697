"""Writing outputs at the edge: atomically (a temporary file renamed into place) and never over
an input. Interim: the shared helper for every command replaces this module."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from tallykit.cli.load import os_problem
from tallykit.errors import InputError


def _same(a: str | Path, b: str | Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)


def refuse_overwrite(output: str | Path, inputs: Iterable[str | Path | None], option: str) -> None:
    """InputError when ``output`` is one of ``inputs`` (same path, a link to it, the same file)."""
    for given in inputs:
        if given is not None and _same(output, given):
            raise InputError(
                path="",
                rule="FMT-OUTPUT",
                zh=f"{option} 的输出文件 {output} 就是输入文件 {given}，不会覆盖输入；请另选输出位置",
                en=f"the {option} output {output} is the input {given}; inputs are never overwritten",
                value=str(output),
            )


def write_atomic(path: str | Path, data: str | bytes) -> None:
    """Write ``data`` to ``path`` all at once (temporary file in the same folder, then rename)."""
    target = Path(path)
    body = data.encode("utf-8") if isinstance(data, str) else data
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        zh, en = os_problem(exc)
        raise InputError(path="", rule="FMT-OUTPUT", zh=f"无法写入 {target}：{zh}", en=f"cannot write {target}: {en}") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(body)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            zh, en = os_problem(exc)
            raise InputError(path="", rule="FMT-OUTPUT", zh=f"无法写入 {target}：{zh}", en=f"cannot write {target}: {en}") from None
        raise


def make_folder(path: str | Path) -> Path:
    """``path`` as an output folder, created when missing."""
    folder = Path(path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        zh, en = os_problem(exc)
        raise InputError(path="", rule="FMT-OUTPUT", zh=f"无法建立文件夹 {folder}：{zh}", en=f"cannot create the folder {folder}: {en}") from None
    return folder
