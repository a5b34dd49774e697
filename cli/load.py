"""Reading files at the edge: path → bytes → document → values, every failure an InputError
in Chinese and English (operating-system errors included)."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

from tallykit.errors import InputError
from tallykit.io import Loaded, load_bytes, read_json

__all__ = ["Loaded", "load", "load_profile_arg", "read_bytes", "read_json"]

_OS_ERRORS = {
    errno.ENOENT: "文件不存在",
    errno.EACCES: "没有读取权限",
    errno.EPERM: "没有权限",
    errno.EISDIR: "这是一个文件夹，不是文件",
    errno.ENOTDIR: "路径中有一部分不是文件夹",
    errno.ENAMETOOLONG: "文件名过长",
    errno.EIO: "读写出错（磁盘或网络故障）",
    errno.ENOSPC: "磁盘空间不足",
    errno.EROFS: "磁盘只读",
    errno.EEXIST: "文件已存在",
}


def os_problem(exc: OSError) -> tuple[str, str]:
    """An operating-system error in Chinese words and in the system's English."""
    zh = _OS_ERRORS.get(exc.errno or 0, "系统错误")
    return zh, exc.strerror or type(exc).__name__


def read_bytes(path: str | Path, what: tuple[str, str] = ("文件", "the file")) -> bytes:
    """The file's bytes, or an InputError naming the system's reason in Chinese."""
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        zh, en = os_problem(exc)
        raise InputError(path="", rule="FMT-FILE", zh=f"无法读取{what[0]}：{zh}", en=f"cannot read {what[1]}: {en}") from None


def load(path: str | Path) -> Loaded:
    """Read and parse one results file (.json, .xlsx or .csv); never modifies it."""
    return load_bytes(read_bytes(path), str(path))


def load_profile_arg(value: str) -> Any:
    """``--profile``: a built-in id, or a JSON file holding ``{"extends", "set"[, "id"]}``."""
    if not value.endswith(".json"):
        return value
    data, _ = read_json(read_bytes(value, ("规则版本文件", "the profile file")))
    return data
