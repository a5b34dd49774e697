"""Files at the edge, for every command: inputs read safely, outputs written atomically.

``read_input`` reads one input: regular files only (a folder, FIFO or device is refused before
anything is read, so a named pipe cannot hang a batch), at most ``max_size`` bytes (a size
limit instead of reading /dev/urandom until memory runs out). ``write_atomic`` writes one output
through a temporary file in the same folder and ``os.replace``: a failure leaves the old file or
nothing, never a 0-byte or half-written file. ``refuse_overwrite`` stops a command before it
writes an output that is one of its inputs (the same path, a link to it, or the same file).
Every failure is an ``InputError`` with a Chinese and an English message and no OS error text.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import click

from tallykit.errors import InputError
from tallykit.text.labels import field_label
from tallykit.text.texts import text
from tallykit.vocabulary import Lang

if TYPE_CHECKING:
    from pathlib import Path

DEFAULT_MAX_SIZE = (
    64 * 1024 * 1024
)  # far above any real results file (10,000 ballot records ≈ 1 MB)
MAX_SIZE_HELP = (
    "输入文件大小上限，如 64M、1G、500K 或字节数（默认 64M）/ "
    "largest input file read, e.g. 64M, 1G, 500K or bytes (default 64M)"
)

# What went wrong, without the operating system's (English) text: the catalogue's file.<key>
# (tallykit/text/file_words.py).
_REASONS = {
    errno.ENOENT: "no_such_file",
    errno.EACCES: "permission",
    errno.EPERM: "permission",
    errno.EISDIR: "is_folder",
    errno.ENOTDIR: "not_a_folder",
    errno.ENOSPC: "no_space",
    errno.EROFS: "read_only",
    errno.ENAMETOOLONG: "name_too_long",
    errno.ELOOP: "link_loop",
    errno.EIO: "io_error",
}


def said(key: str, /, **fields: object) -> tuple[str, str]:
    """The catalogue's wording ``file.<key>`` in Chinese and in English; a field given as a
    (Chinese, English) pair is put into each language's own."""
    return tuple(  # type: ignore[return-value]
        text(f"file.{key}", lang, **{k: v[i] if isinstance(v, tuple) else v for k, v in fields.items()})
        for i, lang in enumerate((Lang.ZH, Lang.EN))
    )


def os_reason(exc: OSError) -> tuple[str, str]:
    """A short zh / en reason for an OS error, naming the error number when it is unusual."""
    known = _REASONS.get(exc.errno or 0)
    return said(known) if known is not None else said("system_error", errno=exc.errno)


def _kind_of(mode: int) -> tuple[str, str]:
    if stat.S_ISDIR(mode):
        return said("kind.folder")
    if stat.S_ISFIFO(mode):
        return said("kind.fifo")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return said("kind.device")
    if stat.S_ISSOCK(mode):
        return said("kind.socket")
    return said("kind.special")


def not_regular(path: str | Path) -> tuple[str, str] | None:
    """Why ``path`` is not a regular file that can be read (zh, en), or None when it is one."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None  # reading it will say why
    if stat.S_ISREG(mode):
        return None
    return said("not_regular", kind=_kind_of(mode))


def read_input(path: str | Path, max_size: int = DEFAULT_MAX_SIZE, *, what: str = "") -> bytes:
    """The bytes of the regular file at ``path``, never more than ``max_size``; the file is
    opened without blocking (a FIFO is refused, not waited on) and never modified. ``what``
    names the kind of side file in the messages: ``profile``, ``certificate``, ``holidays``."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise failure("FMT-FILE", _reading(what), os_reason(exc)) from None
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            why = said("not_regular", kind=_kind_of(info.st_mode))
            raise failure("FMT-FILE", _reading(what), why)
        try:
            raw = fh.read(max_size + 1) if info.st_size <= max_size else b""
        except OSError as exc:
            raise failure("FMT-FILE", _reading(what), os_reason(exc)) from None
        size = max(info.st_size, len(raw))
    if size > max_size:
        why = said("too_large", limit=(show_size(max_size, Lang.ZH), show_size(max_size)))
        raise failure("FMT-SIZE", _reading(what), why, size)
    return raw


def _reading(what: str) -> tuple[str, str]:
    """What ``read_input`` was doing when it failed (worded only then: a file read without a
    problem says nothing)."""
    return said("read_what", what=_what(what)) if what else said("read")



def _what(what: str) -> tuple[str, str]:
    """A side file's kind in words: the profile's is its field label."""
    if what == "profile":
        return field_label("profile", Lang.ZH), field_label("profile", Lang.EN)
    return said(f"what.{what}")


def failure(
    rule: str, doing: tuple[str, str], why: tuple[str, str], value: object = None
) -> InputError:
    """The InputError of a file that cannot be read or written: what was being done and why."""
    return InputError(
        path="", rule=rule, zh=f"{doing[0]}：{why[0]}", en=f"{doing[1]}: {why[1]}", value=value
    )


def show_size(n: int, lang: Lang = Lang.EN) -> str:
    """Bytes as the largest exact unit: 67108864 → 64M (Chinese: 64 兆字节)."""
    for unit, zh, factor in (
        ("G", "吉字节", 1 << 30),
        ("M", "兆字节", 1 << 20),
        ("K", "千字节", 1 << 10),
    ):
        if n >= factor and n % factor == 0:
            return f"{n // factor} {zh}" if lang == Lang.ZH else f"{n // factor}{unit}"
    return f"{n} 字节" if lang == Lang.ZH else str(n)


class Size(click.ParamType):
    """``--max-size``: bytes, or a number with K, M or G (powers of 1024)."""

    name = "size"

    def convert(
        self, value: object, param: click.Parameter | None, ctx: click.Context | None
    ) -> int:
        if isinstance(value, int):
            return value
        m = re.fullmatch(r"\s*(\d+)\s*([KkMmGg]?)[Bb]?\s*", str(value))
        if m is None or int(m.group(1)) == 0:
            self.fail(
                f"应为正整数，可带 K、M、G，如 64M / a positive size such as 64M: {value!r}",
                param,
                ctx,
            )
        factor = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}[m.group(2).lower()]
        return int(m.group(1)) * factor


def max_size_option(func):  # type: ignore[no-untyped-def]
    """The ``--max-size`` option, the same on every command that reads results files."""
    return click.option(
        "--max-size",
        "max_size",
        type=Size(),
        default=DEFAULT_MAX_SIZE,
        show_default="64M",
        help=MAX_SIZE_HELP,
    )(func)


def refuse_overwrite(output: str | Path, inputs: Iterable[str | Path | None], option: str) -> None:
    """InputError when ``output`` is one of ``inputs`` (same path, a link to it, the same file)."""
    refuse_overwrites([output], inputs, option)


def refuse_overwrites(outputs: Iterable[str | Path], inputs: Iterable[str | Path | None], option: str) -> None:
    """InputError at the first of ``outputs`` that is one of ``inputs``: the same file (device and
    inode) where both exist, else the same real path. Each path is looked at once, so a folder's
    thousand pages against its thousand inputs cost two thousand looks, not a million."""
    known: dict[tuple[Any, ...], tuple[int, str | Path]] = {}  # what an input is -> the first input
    for i, given in enumerate(inputs):
        if given is None:
            continue
        real = os.path.abspath(os.path.realpath(given))
        st = _stat(given)
        keys = [("real", st is not None, real)] + ([("file", st.st_dev, st.st_ino)] if st is not None else [])
        for key in keys:
            known.setdefault(key, (i, given))
    for output in outputs:
        real = os.path.abspath(os.path.realpath(output))
        st = _stat(output)
        # A missing path is compared by its real path with every input; an existing one by its
        # file with the existing inputs and by its real path with the missing ones.
        keys = [("real", False, real)] + ([("file", st.st_dev, st.st_ino)] if st is not None else [("real", True, real)])
        hits = [known[key] for key in keys if key in known]
        if hits:
            given = min(hits, key=lambda hit: hit[0])[1]
            raise InputError.worded(
                "output_is_input", path="", rule="FMT-OUTPUT", value=str(output),
                option=option, output=output, given=given,
            )


def _stat(path: str | Path) -> os.stat_result | None:
    try:
        return os.stat(path)
    except (OSError, ValueError):
        return None


def write_atomic(path: str | Path, data: str | bytes) -> None:
    """Write ``data`` (text as UTF-8) to ``path`` all at once: a temporary file in the same folder,
    flushed to disk, then renamed over ``path``. On any failure the temporary file is removed and
    ``path`` is left as it was. Folder and write failures are InputError (exit 2)."""
    import tempfile
    from pathlib import Path

    target = Path(path)
    body = data.encode("utf-8") if isinstance(data, str) else data
    doing = said("write", path=str(target))
    if target.is_dir():
        raise failure("FMT-OUTPUT", doing, said("is_folder"))
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise failure("FMT-OUTPUT", doing, os_reason(exc)) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(body)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, _mode_for(target))
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise failure("FMT-OUTPUT", doing, os_reason(exc)) from None
        raise


def _mode_for(target: Path) -> int:
    """The permissions an ordinary write would give: the old file's, else 0666 less the umask."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def make_folder(path: str | Path) -> Path:
    """``path`` as an output folder, created when missing; a file in the way is InputError."""
    from pathlib import Path

    folder = Path(path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        why = said("file_exists") if isinstance(exc, FileExistsError) else os_reason(exc)
        raise failure("FMT-OUTPUT", said("write", path=str(folder)), why) from None
    return folder
