"""Reading files at the edge: bytes → text → JSON → values, every failure an InputError."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import attrs

from tallykit.errors import InputError
from tallykit.results import Results, parse_results

BOM = b"\xef\xbb\xbf"


@attrs.frozen
class Loaded:
    """A file read and parsed, with the hash of its exact bytes."""

    path: str
    sha256: str
    data: Any
    results: Results
    bom: bool = False


def _reject_constant(name: str) -> Any:
    raise ValueError(f"non-standard JSON constant {name}")


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKey(key)
        out[key] = value
    return out


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def read_json(raw: bytes) -> tuple[Any, bool]:
    """Decode UTF-8 JSON (a leading BOM is allowed); anything else is an InputError."""
    if not raw.strip():
        raise InputError(path="", rule="FMT-JSON", zh="文件为空", en="the file is empty")
    bom = raw.startswith(BOM)
    body = raw[len(BOM) :] if bom else raw
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        hint_zh, hint_en = "", ""
        try:
            body.decode("gb18030")
            hint_zh, hint_en = "（似为 GBK/GB18030 编码，请另存为 UTF-8）", " (it looks GBK/GB18030-encoded; save it as UTF-8)"
        except UnicodeDecodeError:
            pass
        raise InputError(
            path="",
            rule="FMT-ENCODING",
            zh=f"文件不是 UTF-8 编码，第 {exc.start} 字节处无法解码{hint_zh}",
            en=f"the file is not UTF-8; byte {exc.start} cannot be decoded{hint_en}",
        ) from None
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_reject_constant)
    except _DuplicateKey as exc:
        raise InputError(
            path="", rule="FMT-JSON", zh=f"JSON 对象中字段 {exc.key} 重复出现", en=f"key {exc.key} appears twice in one JSON object",
            value=exc.key,
        ) from None
    except json.JSONDecodeError as exc:
        raise InputError(
            path="",
            rule="FMT-JSON",
            zh=f"不是有效的 JSON：第 {exc.lineno} 行第 {exc.colno} 列，{exc.msg}",
            en=f"not valid JSON: line {exc.lineno} column {exc.colno}: {exc.msg}",
        ) from None
    except (ValueError, RecursionError) as exc:
        raise InputError(path="", rule="FMT-JSON", zh=f"不是有效的 JSON：{exc}", en=f"not valid JSON: {exc}") from None
    return data, bom


def load(path: str | Path) -> Loaded:
    """Read and parse one results file; never modifies it."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise InputError(path="", rule="FMT-FILE", zh=f"无法读取文件：{exc.strerror}", en=f"cannot read the file: {exc.strerror}") from None
    data, bom = read_json(raw)
    return Loaded(str(path), hashlib.sha256(raw).hexdigest(), data, parse_results(data), bom)


def load_profile_arg(value: str) -> Any:
    """``--profile``: a built-in id, or a JSON file holding ``{"extends", "set"[, "id"]}``."""
    if not value.endswith(".json"):
        return value
    try:
        raw = Path(value).read_bytes()
    except OSError as exc:
        raise InputError(path="", rule="FMT-FILE", zh=f"无法读取规则版本文件：{exc.strerror}", en=f"cannot read the profile file: {exc.strerror}") from None
    data, _ = read_json(raw)
    return data
