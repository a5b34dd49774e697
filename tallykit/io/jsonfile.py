"""JSON results files: bytes → document, every failure an InputError (Chinese first)."""

from __future__ import annotations

import functools
import itertools
import json
import re
from typing import Any

from tallykit.errors import InputError

BOM = b"\xef\xbb\xbf"


def _reject_constant(name: str) -> Any:
    raise ValueError(f"non-standard JSON constant {name}")


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) < len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return out


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def read_json(raw: bytes, *, packed: bool = False) -> tuple[Any, bool]:
    """Decode UTF-8 JSON (a leading BOM is allowed); anything else is an InputError.

    ``packed``: a large file's ``rounds[].ballot_records`` arrays may come back as
    ``PackedArray`` values (each distinct record decoded once, see ``_packed``); the document
    and every error are the same as without."""
    if not raw.strip():
        raise InputError.worded("file_empty", path="", rule="FMT-JSON")
    bom = raw.startswith(BOM)
    body = raw[len(BOM) :] if bom else raw
    if packed and len(body) >= PACK_FROM:
        data = _packed(body)
        if data is not None:
            return data, bom
    return _decoded(_text(body)), bom


def _text(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        key = "not_utf8"
        try:
            body.decode("gb18030")
            key = "not_utf8_gbk"
        except UnicodeDecodeError:
            pass
        raise InputError.worded(key, path="", rule="FMT-ENCODING", start=exc.start) from None


def _decoded(text: str) -> Any:
    """The standard library's decoder with every check: duplicate keys, NaN and Infinity,
    nesting, lone surrogates, each an InputError."""
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_reject_constant)
    except _DuplicateKey as exc:
        key = _escaped(exc.key)
        raise InputError.worded("duplicate_key", path="", rule="FMT-JSON", value=key, key=key) from None
    except json.JSONDecodeError as exc:
        raise InputError.worded(
            "not_json", path="", rule="FMT-JSON", line=exc.lineno, column=exc.colno,
            problem=json_problem(exc.msg), msg=exc.msg,
        ) from None
    except RecursionError:
        raise InputError.worded("json_too_deep", path="", rule="FMT-JSON") from None
    except ValueError as exc:  # NaN, Infinity, -Infinity
        name = str(exc).rsplit(" ", 1)[-1]
        raise InputError.worded("json_constant", path="", rule="FMT-JSON", value=name, name=name) from None
    if LONE_SURROGATE_ESCAPE.search(text):
        _no_lone_surrogates(data)
    return data


# Files from this size on are read with the fast decoder (msgspec): below it the standard
# library is as quick, and the fast decoder's import would cost start-up time.
PACK_FROM = 64 * 1024
# How deep a piece read on its own may nest: far below where the standard library gives up
# (about 1,000 levels), so a piece that passes would also pass inside the whole document.
_DEEP = 100
_RECORDS_KEY = re.compile(rb'"ballot_records"\s*:\s*$')


def _packed(body: bytes) -> Any:
    """The document with each round's ``ballot_records`` as a ``PackedArray``, or None when
    the file is better read the standard way (then every error is reported as always).

    The fast decoder (msgspec) only finds where each record starts and ends. Every byte is
    still judged by ``_decoded``: the document with the record arrays left out, and each
    distinct record text once. Any problem in any piece sends the whole file to the standard
    path, so a broken file gets the same message, at the same line and column, as ever."""
    import msgspec

    from tallykit.results import PackedArray

    try:
        rounds = msgspec.json.decode(body, type=_skeleton()).rounds
        arrays = [
            (i, r.ballot_records)
            for i, r in enumerate(rounds)
            if memoryview(r.ballot_records)[:1] == b"["
        ]
        pieces: list[bytes] = []
        at = 0
        packed: dict[int, PackedArray] = {}
        for i, raw in arrays:
            span = memoryview(raw)
            records = msgspec.json.decode(raw, type=list[msgspec.Raw])
            if not records:
                continue
            start = body.find(bytes(span[:256]), at)
            end = start + len(span)
            # (startswith compares at C speed; comparing memoryviews goes byte by byte)
            found = start >= 0 and body.startswith(span, start)
            if not found or not _RECORDS_KEY.search(body, max(at, start - 64), start):
                return None
            texts = list(map(bytes, records))
            del records
            # Each distinct text in order of first appearance, with the index where it first
            # appears; every record as the number of its text. Loops run inside CPython.
            at_first: dict[bytes, int] = {}
            firsts = list(map(at_first.setdefault, texts, itertools.count()))
            number = dict(zip(at_first.values(), itertools.count()))
            order = list(map(number.__getitem__, firsts))
            first = list(at_first.values())
            del texts, firsts, number
            # Nesting one level takes two bytes, so only a long record can nest deeper than
            # records do; for it the brackets are counted.
            if max(map(len, at_first)) > 2 * _DEEP and max(t.count(b"[") + t.count(b"{") for t in at_first) > _DEEP:
                return None
            items = _decoded(_text(b"[" + b",".join(at_first) + b"]"))
            pieces += [body[at:start], b"[]"]
            at = end
            packed[i] = PackedArray(items, first, order)
        if not packed:
            return None
        rest = b"".join([*pieces, body[at:]])
        data = _decoded(_text(rest))
        # Each level opens a bracket, so with fewer brackets than _DEEP there is no walk to do.
        if rest.count(b"[") + rest.count(b"{") > _DEEP and _depth(data) > _DEEP:
            return None
        for i, array in packed.items():
            if data["rounds"][i]["ballot_records"] != []:
                return None  # the text found was not this round's records
            data["rounds"][i]["ballot_records"] = array
    except (msgspec.MsgspecError, InputError, RecursionError, LookupError, TypeError):
        return None
    return data


@functools.cache
def _skeleton() -> Any:
    """The shape the fast decoder reads: each round's ``ballot_records`` as raw text."""
    import msgspec

    one = msgspec.defstruct("Round", [("ballot_records", msgspec.Raw, msgspec.Raw())])
    return msgspec.defstruct("Document", [("rounds", list[one], [])])  # type: ignore[valid-type]


def _depth(node: Any) -> int:
    """How deep a decoded document nests (walked without recursion)."""
    deepest = 0
    stack = [(node, 1)]
    while stack:
        node, d = stack.pop()
        if isinstance(node, dict):
            node = list(node.values())
        if isinstance(node, list):
            deepest = max(deepest, d)
            stack.extend((v, d + 1) for v in node)
    return deepest


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
    raise InputError.worded(
        "lone_surrogate", path=_escaped(path), rule="FMT-TEXT", value=_escaped(text), code=ord(first)
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
