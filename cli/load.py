"""Reading files at the edge: bytes → text → JSON → values, every failure an InputError."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

import attrs

from tallykit.cli.files import DEFAULT_MAX_SIZE, read_input
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
            hint_zh, hint_en = (
                "（似为 GBK/GB18030 编码，请另存为 UTF-8）",
                " (it looks GBK/GB18030-encoded; save it as UTF-8)",
            )
        except UnicodeDecodeError:
            pass
        raise InputError(
            path="",
            rule="FMT-ENCODING",
            zh=f"文件不是 UTF-8 编码，第 {exc.start} 字节处无法解码{hint_zh}",
            en=f"the file is not UTF-8; byte {exc.start} cannot be decoded{hint_en}",
        ) from None
    try:
        data = json.loads(
            text, object_pairs_hook=_no_duplicate_keys, parse_constant=_reject_constant
        )
    except _DuplicateKey as exc:
        key = exc.key.encode("utf-8", "backslashreplace").decode("utf-8")
        raise InputError(
            path="",
            rule="FMT-JSON",
            zh=f"JSON 对象中字段 {key} 重复出现",
            en=f"key {key} appears twice in one JSON object",
            value=key,
        ) from None
    except json.JSONDecodeError as exc:
        raise InputError(
            path="",
            rule="FMT-JSON",
            zh=f"不是有效的 JSON：第 {exc.lineno} 行第 {exc.colno} 列，{_json_problem_zh(exc.msg)}",
            en=f"not valid JSON: line {exc.lineno} column {exc.colno}: {exc.msg}",
        ) from None
    except RecursionError:
        raise InputError(
            path="", rule="FMT-JSON", zh="JSON 嵌套过深", en="JSON nested too deeply"
        ) from None
    except ValueError as exc:  # NaN, Infinity, -Infinity
        name = str(exc).rsplit(" ", 1)[-1]
        raise InputError(
            path="",
            rule="FMT-JSON",
            zh=f"不是有效的 JSON：不允许 {name}",
            en=f"not valid JSON: {name} is not allowed",
            value=name,
        ) from None
    if LONE_SURROGATE_ESCAPE.search(text):
        _no_lone_surrogates(data)
    return data, bom


# The JSON decoder's messages in Chinese (its own text is English).
JSON_PROBLEMS_ZH = {
    "Expecting value": "此处应为一个值",
    "Expecting property name enclosed in double quotes": "字段名应写在英文双引号中",
    "Expecting ',' delimiter": "缺少英文逗号",
    "Expecting ':' delimiter": "缺少英文冒号",
    "Unterminated string starting at": "字符串缺少结尾的英文双引号",
    "Invalid control character at": "字符串中有控制字符（如未转义的换行）",
    "Invalid \\escape": "无效的反斜杠转义",
    "Invalid \\uXXXX escape": "无效的 \\u 转义",
    "Extra data": "JSON 结束后还有多余内容",
}


def _json_problem_zh(msg: str) -> str:
    return JSON_PROBLEMS_ZH.get(msg, "JSON 语法错误")


# A \uD800-\uDFFF escape: the only way JSON text decoded from UTF-8 can hold a lone surrogate
# (a pair is one character after decoding; UTF-8 itself cannot encode a surrogate).
LONE_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _no_lone_surrogates(data: Any) -> None:
    """InputError at the first string (or key) holding a lone surrogate: no UTF-8 output, file or
    terminal could show it, so it is refused where it is read."""
    stack: list[tuple[str, Any]] = [("", data)]
    while stack:
        path, node = stack.pop()
        items: Any = ()
        if isinstance(node, dict):
            for key in node:
                if _unencodable(key):
                    _refuse(pointer_join(path, key), key)
            items = ((pointer_join(path, k), v) for k, v in node.items())
        elif isinstance(node, list):
            items = ((pointer_join(path, i), v) for i, v in enumerate(node))
        elif isinstance(node, str) and _unencodable(node):
            _refuse(path, node)
        stack.extend(reversed(list(items)))


def _unencodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _refuse(path: str, text: str) -> None:
    first = next(c for c in text if 0xD800 <= ord(c) <= 0xDFFF)
    raise InputError(
        path=path.encode("utf-8", "backslashreplace").decode("utf-8"),
        rule="FMT-TEXT",
        zh=f"文本含无法编码的字符（孤立的代理项 U+{ord(first):04X}），请在原程序中改正后重新导出",
        en=f"the text holds a character that cannot be encoded (a lone surrogate U+{ord(first):04X}); fix it at the source and export again",
        value=text.encode("utf-8", "backslashreplace").decode("utf-8"),
    )


def pointer_join(path: str, part: object) -> str:
    return f"{path}/{str(part).replace('~', '~0').replace('/', '~1')}"


def load(path: str | Path, max_size: int = DEFAULT_MAX_SIZE) -> Loaded:
    """Read and parse one results file; never modifies it."""
    raw = read_input(path, max_size)
    data, bom = read_json(raw)
    return Loaded(str(path), hashlib.sha256(raw).hexdigest(), data, parse_results(data), bom)


def read_json_file(
    path: str | Path, what: tuple[str, str], max_size: int = DEFAULT_MAX_SIZE
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
    return read_json_file(value, ("规则版本", "profile"))


def load_counted(file: str, profile_arg: str | None, max_size: int) -> tuple[Loaded, Any]:
    """``count`` and ``explain``: the file read and counted under its own profile or the
    ``--profile`` override (which must fit the election kind)."""
    from tallykit.counting import count
    from tallykit.profiles import resolve_profile

    loaded = load(file, max_size)
    profile = None
    if profile_arg is not None:
        ref = load_profile_arg(profile_arg)
        profile = resolve_profile(ref, kind=loaded.results.election.kind, path="--profile")
    return loaded, count(loaded.results, profile=profile)
