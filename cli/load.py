"""Reading files at the edge: path → bytes → document → values, every failure an InputError
in Chinese and English. The bytes come through ``cli/files.read_input`` (regular files only, at
most ``--max-size``); bytes → values is ``tallykit.io``, which never touches the file system."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tallykit.cli.files import DEFAULT_MAX_SIZE, read_input
from tallykit.io import Loaded, load_bytes, read_json

if TYPE_CHECKING:
    from pathlib import Path

__all__ = ["Loaded", "load", "load_counted", "load_profile_arg", "read_json", "read_json_file"]


def load(path: str | Path, max_size: int = DEFAULT_MAX_SIZE, *, hashed: bool = False) -> Loaded:
    """Read and parse one results file (.json, .xlsx or .csv); never modifies it. ``hashed``:
    with its SHA-256 (``Loaded.sha256``; a certificate names the file by it)."""
    return load_bytes(read_input(path, max_size), str(path), hashed=hashed)


def read_json_file(
    path: str | Path, what: str, max_size: int = DEFAULT_MAX_SIZE
) -> Any:
    """A JSON side file (a profile, a holiday list, a certificate) read as results files are."""
    data, _ = read_json(read_input(path, max_size, what=what))
    return data


def profile_file(value: str | None) -> str | None:
    """The file a ``--profile`` value names, or None for a built-in id."""
    return value if value is not None and value.endswith(".json") else None


def load_profile_arg(value: str) -> Any:
    """``--profile``: a built-in id, or a JSON file holding ``{"extends", "set"[, "id"]}``."""
    if profile_file(value) is None:
        return value
    return read_json_file(value, "profile")


def load_counted(
    file: str, profile_arg: str | None, max_size: int, *, hashed: bool = False
) -> tuple[Loaded, Any]:
    """``count`` and ``explain``: the file read (``hashed``: with its SHA-256) and counted under
    its own profile or the ``--profile`` override (which must fit the election kind)."""
    from tallykit.counting.rounds import count
    from tallykit.profiles import resolve_profile

    loaded = load(file, max_size, hashed=hashed)
    profile = None
    if profile_arg is not None:
        ref = load_profile_arg(profile_arg)
        profile = resolve_profile(ref, kind=loaded.results.election.kind, path="--profile")
    return loaded, count(loaded.results, profile=profile)
