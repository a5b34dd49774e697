"""JSON results files: bytes → document, every failure an InputError (Chinese first)."""

from __future__ import annotations

import json
import re
from typing import Any

from tallykit.errors import InputError

BOM = b"\xef\xbb\xbf"


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
        key = _escaped(exc.key)
        raise InputError(
            path="", rule="FMT-JSON", zh=f"JSON 对象中字段「{key}」重复出现", en=f"key {key} appears twice in one JSON object",
            value=key,
        ) from None
    except json.JSONDecodeError as exc:
        raise InputError(
            path="",
            rule="FMT-JSON",
            zh=f"不是有效的 JSON：第 {exc.lineno} 行第 {exc.colno} 列，{json_problem(exc.msg)}",
            en=f"not valid JSON: line {exc.lineno} column {exc.colno}: {exc.msg}",
        ) from None
    except RecursionError:
        raise InputError(path="", rule="FMT-JSON", zh="JSON 嵌套过深", en="JSON nested too deeply") from None
    except ValueError as exc:  # NaN, Infinity, -Infinity
        name = str(exc).rsplit(" ", 1)[-1]
        raise InputError(
            path="", rule="FMT-JSON", zh=f"不是有效的 JSON：不允许「{name}」", en=f"not valid JSON: {name} is not allowed", value=name
        ) from None
    if LONE_SURROGATE_ESCAPE.search(text):
        _no_lone_surrogates(data)
    return data, bom


# A \uD800-\uDFFF escape: the only way JSON text decoded from UTF-8 can hold a lone surrogate
# (a pair is one character after decoding; UTF-8 itself cannot encode a surrogate).
LONE_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _no_lone_surrogates(data: Any) -> None:
    """InputError at the first string (or key) holding a lone surrogate: no UTF-8 output, file or
    terminal could show it, so it is refused where it is read (walked without recursion: the
    document may be nested deep)."""
    stack: list[tuple[str, Any]] = [("", data)]
    while stack:
        path, node = stack.pop()
        if isinstance(node, str):
            if _unencodable(node):
                _refuse(path, node)
        elif isinstance(node, dict):
            for key in node:
                if _unencodable(key):
                    _refuse(pointer(path, key), key)
            stack.extend(reversed([(pointer(path, k), v) for k, v in node.items()]))
        elif isinstance(node, list):
            stack.extend(reversed([(pointer(path, i), v) for i, v in enumerate(node)]))


def _unencodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _escaped(text: str) -> str:
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _refuse(path: str, text: str) -> None:
    first = next(c for c in text if 0xD800 <= ord(c) <= 0xDFFF)
    raise InputError(
        path=_escaped(path),
        rule="FMT-TEXT",
        zh=f"文本含无法编码的字符（孤立的代理字符，编码 {ord(first):04X}），请在原程序中改正后重新导出",
        en=f"the text holds a character that cannot be encoded (a lone surrogate U+{ord(first):04X}); fix it at the source and export again",
        value=_escaped(text),
    )


def pointer(path: str, part: object) -> str:
    return f"{path}/{str(part).replace('~', '~0').replace('/', '~1')}"


# The messages of Python's JSON decoder, in Chinese (the English stays as Python says it).
_JSON_PROBLEMS = (
    ("Expecting value", "此处应为一个值（数字、文字、对象或数组）"),
    ("Expecting ',' delimiter", "缺少逗号"),
    ("Expecting ':' delimiter", "缺少冒号"),
    ("Expecting property name enclosed in double quotes", "字段名应放在英文双引号中（或多了一个逗号）"),
    ("Unterminated string starting at", "文字缺少结尾的双引号"),
    ("Invalid control character at", "文字中含有不允许的控制字符（如换行）"),
    ("Invalid \\escape", "无效的转义符（反斜杠）"),
    ("Invalid \\uXXXX escape", "无效的统一码转义"),
    ("Extra data", "JSON 结束后还有多余内容"),
)


def json_problem(msg: str) -> str:
    """Python's JSON decoder message in Chinese."""
    for english, chinese in _JSON_PROBLEMS:
        if msg.startswith(english):
            return chinese
    return "语法错误"
