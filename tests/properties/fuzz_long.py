"""The long fuzz run: many thousands of bad, odd and absurd-but-valid inputs through verify,
count, explain and the certificate checker, counting internal errors (the number to keep at 0).

Run from the repository root (it is not part of ``python -m pytest``):

    python -m tests.properties.fuzz_long --count 100000 --jobs 2 [--seed 0] [--keep DIR]

Four families of input, each from a seeded generator (input ``i`` of seed ``s`` is always the
same, whatever ``--jobs``):

* ``bytes``: random bytes, valid files truncated or with bytes flipped, JSON-like token soup;
* ``mutation``: a real file (the examples, the named cases, the contract examples, people
  files, drill scenarios) with 1–5 structure-aware changes: a node replaced by an odd value,
  removed, added, duplicated, swapped or nested thousands deep; a profile of any family; a date
  of any year; more present than can be present; a duplicate JSON key;
* ``encoding``: real files as UTF-16/32, GB18030, double BOMs, mojibake, \\u escapes, CRLF, NULs;
* ``sheet``: real files as the 计票表 (``.xlsx``) or its ``.csv`` form, whole, truncated, with
  bytes flipped, with a cell changed to an odd value (CSV), or (``.xlsx``) with its sheet XML
  changed inside an intact archive: a cell moved as far as XFD1048576 and beyond, a row
  renumbered, the declared dimension enlarged, a value made odd, an element dropped;
* ``absurd``: valid files with extreme values: hundreds of candidates and exclusions, thousands
  of distinct ballot patterns, dozens of rounds, names a thousand characters long or differing
  only by width or spaces, counts at the format's limit, every timeline date, every profile span.

Each input is written to a file and verified (``check_file``, the code behind ``tallykit
verify``); an input verify can read is also counted, explained and rendered, and certified: the
genuine certificate must be accepted and one tampered field rejected. Also checked: every entry
is JSON that UTF-8 can hold, the input file is unchanged, the same input gives the same entry,
and a party file with more present than expected plus every listed exclusion (or than its full
members) never passes. Anything else is a problem, counted by kind; the report ends with the
number of internal errors. ``--keep DIR`` saves the inputs behind the first problems.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import os
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
KINDS = ("bytes", "mutation", "encoding", "absurd", "sheet")
WEIGHTS = (20, 40, 13, 17, 10)


# ---------------------------------------------------------------- seeds


def seeds() -> list[dict[str, Any]]:
    """Real results files: examples, named cases, contract examples, people files, drill items."""
    paths = sorted((ROOT / "examples").glob("[pv]*.json"))
    paths += sorted((ROOT / "tests" / "cases").glob("*/input.json"))
    paths += sorted((ROOT / "tests" / "data" / "people").glob("*.json"))
    paths += sorted((ROOT.parent / "shared" / "examples").glob("*.json"))
    out = [json.loads(p.read_bytes().decode("utf-8-sig")) for p in paths]
    from tallykit.drill import generate

    out += [it["scenario"] for s in range(3) for it in generate(random.Random(s))]
    return out


# ---------------------------------------------------------------- odd values


ODD_STRINGS = [
    "",
    " ",
    "　",
    "委员",
    "王志强",
    "王 志强",
    "王　志强",
    "ｐａｒｔｙ－２０２０",
    "\u0000",
    "\ud800",
    "\udfff",
    "😀",
    "\u202e倒序",
    "e\u0301",
    "○",
    "×",
    "?",
    "○○○○○○○○○○",
    "0001-01-01",
    "9999-12-31",
    "2021-02-29",
    "1899-12-31",
    "2200-01-01",
    "2021-01-08",
    "party-2020",
    "party-1990",
    "villager-2018",
    "residents-2018",
    "formal",
    "tie_revote",
    "supplementary",
    "recall",
    "void",
    "seat_reduction",
    "female",
    "NaN",
    "x" * 5000,
]
ODD_NUMBERS = [0, -1, 1, 2, 3, 5, 45, 10**9, 10**9 + 1, 2**31, 2**63, 10**100, -(10**12)]
ODD_FLOATS = [0.0, -0.0, 0.5, 1.0, 1e308, 3.0]
FIELDS = [
    "format", "profile", "election", "electorate", "candidates", "rounds", "kind", "positions",
    "seats", "ballots", "issued", "returned", "valid", "invalid", "participants", "tally",
    "ballot_records", "marks", "count", "write_ins", "flags", "declared", "elected", "next",
    "void", "stations", "targets", "expected", "present", "registered", "exclusions", "members",
    "extends", "set", "id", "reserved", "gender", "birth_date", "timeline", "proxies", "relation",
    "extensions", "date", "form",
]  # fmt: skip
DATE_FIELDS = ("election_day", "voter_list_published", "candidates_published", "results_reported")


def odd_value(rng: random.Random, depth: int = 0) -> Any:
    roll = rng.random()
    if roll < 0.3:
        return rng.choice(ODD_NUMBERS) if rng.random() < 0.7 else rng.randint(-5, 10**6)
    if roll < 0.55:
        return rng.choice(ODD_STRINGS)
    if roll < 0.62:
        return rng.choice(ODD_FLOATS)
    if roll < 0.7:
        return rng.choice([True, False, None])
    if depth > 2:
        return rng.choice(ODD_NUMBERS)
    if roll < 0.85:
        return [odd_value(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    return {rng.choice(FIELDS + ODD_STRINGS[:12]): odd_value(rng, depth + 1) for _ in range(rng.randint(0, 4))}


def nodes(data: Any) -> list[tuple[Any, ...]]:
    """Every path into ``data``, the root first."""
    out, stack = [], [((), data)]
    while stack:
        path, node = stack.pop()
        out.append(path)
        if isinstance(node, dict):
            stack += [((*path, k), v) for k, v in node.items()]
        elif isinstance(node, list):
            stack += [((*path, i), v) for i, v in enumerate(node)]
    return out


def get(data: Any, path: tuple[Any, ...]) -> Any:
    for p in path:
        data = data[p]
    return data


def put(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    get(data, path[:-1])[path[-1]] = value
    return data


# ---------------------------------------------------------------- the five generators


def gen_bytes(rng: random.Random, pool: list[dict[str, Any]]) -> bytes:
    roll = rng.random()
    if roll < 0.3:
        return bytes(rng.getrandbits(8) for _ in range(rng.choice([0, 1, 8, 64, 512, 4096])))
    raw = json.dumps(rng.choice(pool), ensure_ascii=False).encode("utf-8")
    if roll < 0.55:
        return raw[: rng.randint(0, len(raw))]
    if roll < 0.8:
        flipped = bytearray(raw)
        for _ in range(rng.randint(1, 10)):
            flipped[rng.randrange(len(flipped))] = rng.getrandbits(8)
        return bytes(flipped)
    tokens = ['{', '}', '[', ']', '"format"', '"tallykit.results/1"', ':', ',', '0', '-1', '1e999',
              'true', 'null', 'NaN', 'Infinity', '"\\ud800"', '"委员"', ' ', '\n', '"\\u0000"']  # fmt: skip
    return "".join(rng.choice(tokens) for _ in range(rng.randint(1, 200))).encode("utf-8")


def _profile_ref(rng: random.Random) -> Any:
    ids = ["party-2020", "party-1990", "villager-2018", "residents-2018", "villager-2026", "x"]
    if rng.random() < 0.5:
        return rng.choice(ids)
    params = ["carry_down", "women_guarantee", "threshold_base", "quorum_comparison", "proxy_limit",
              "min_committee", "marks", "voter_list_days", "age_max_new_member", "form", "nope"]  # fmt: skip
    values: list[Any] = ["mandatory", "optional", "off", "present", ">", "none", 0, 3, 1000, 1001,
                         10**30, -1, {"○": "approve"}, {"○": "maybe"}, "all_residents", True]  # fmt: skip
    sets = {rng.choice(params): rng.choice(values) for _ in range(rng.randint(0, 3))}
    ref: dict[str, Any] = {"extends": rng.choice(ids), "set": sets}
    if rng.random() < 0.2:
        ref["id"] = rng.choice(["本县办法", "", 7])
    return ref


def mutate(rng: random.Random, data: Any) -> tuple[Any, str]:
    """One structure-aware change; returns the data and a note for duplicate keys (text level)."""
    roll = rng.random()
    paths = nodes(data)
    path = rng.choice(paths)
    node = get(data, path)
    if rng.random() < 0.5:  # a gentle change that keeps the file readable, most of the time
        return nudge(rng, data, paths), ""
    if roll < 0.3:
        return put(data, path, odd_value(rng)), ""
    if roll < 0.4 and path:
        parent = get(data, path[:-1])
        del parent[path[-1]]
        return data, ""
    if roll < 0.5 and isinstance(node, dict):
        node[rng.choice(FIELDS)] = odd_value(rng)
        return data, ""
    if roll < 0.57 and isinstance(node, list) and node:
        node.insert(rng.randrange(len(node) + 1), copy.deepcopy(rng.choice(node)))
        return data, ""
    if roll < 0.62 and len(paths) > 2:
        other = rng.choice(paths)
        a, b = copy.deepcopy(node), copy.deepcopy(get(data, other))
        if path and other and path[: len(other)] != other and other[: len(path)] != path:
            put(data, path, b)
            put(data, other, a)
        return data, ""
    if roll < 0.7 and isinstance(data, dict):
        data["profile"] = _profile_ref(rng)
        return data, ""
    if roll < 0.78 and isinstance(data, dict):
        day = f"{rng.choice([1, 1899, 1900, 2021, 2199, 2200, 9999]):04d}-{rng.randint(1, 12):02d}-{rng.randint(1, 31):02d}"
        where = rng.random()
        if where < 0.4:
            data.setdefault("timeline", {})[rng.choice(DATE_FIELDS)] = day
        elif where < 0.7 and isinstance(data.get("candidates"), list) and data["candidates"]:
            rng.choice(data["candidates"])["birth_date"] = day
        else:
            data.setdefault("election", {})["date"] = day
        return data, ""
    if roll < 0.86 and isinstance(data, dict) and isinstance(data.get("electorate"), dict):
        e = data["electorate"]
        if isinstance(e.get("expected"), int):
            listed = len(e.get("exclusions", [])) if isinstance(e.get("exclusions"), list) else 0
            e["present"] = e["expected"] + listed + rng.choice([0, 1, 2, 100, 10**6])
        return data, ""
    if roll < 0.92:
        return data, "deep"
    return data, "duplicate-key"


def nudge(rng: random.Random, data: Any, paths: list[tuple[Any, ...]]) -> Any:
    """A number moved within the format's range, or a name or symbol swapped for another of the
    file's own: files that still parse, with counts and names that disagree."""
    numbers = [p for p in paths if p and type(get(data, p)) is int]
    texts = [p for p in paths if p and isinstance(get(data, p), str)]
    if numbers and (rng.random() < 0.7 or not texts):
        path = rng.choice(numbers)
        value = get(data, path)
        return put(data, path, max(0, rng.choice([value + 1, value - 1, 0, 2 * value, rng.randint(0, max(2 * value, 0) + 5)])))
    if texts:
        path, other = rng.choice(texts), get(data, rng.choice(texts))
        return put(data, path, other)
    return data


def gen_mutation(rng: random.Random, pool: list[dict[str, Any]]) -> bytes:
    data: Any = copy.deepcopy(rng.choice(pool))
    notes = set()
    for _ in range(rng.randint(1, 5)):
        try:
            data, note = mutate(rng, data)
        except (TypeError, KeyError, IndexError, AttributeError):
            note = ""  # this change does not fit the shape earlier changes left
        notes.add(note)
    text = json.dumps(data, ensure_ascii=rng.random() < 0.5, indent=rng.choice([None, 2]))
    if not text.startswith("{") or len(text) < 3:
        return text.encode("utf-8", "surrogatepass")
    if "duplicate-key" in notes:  # a key twice in one object (most readers keep the last)
        text = '{"format": "x", ' + text[1:]
    if "deep" in notes:  # nesting thousands deep, where the format allows anything
        depth = rng.choice([10, 500, 990, 1100, 5000])
        opening, closing = rng.choice([("[", "]"), ('{"a": ', "}")])
        text = '{"extensions": ' + opening * depth + "1" + closing * depth + ", " + text[1:]
    return text.encode("utf-8", "surrogatepass")


def gen_encoding(rng: random.Random, pool: list[dict[str, Any]]) -> bytes:
    data = rng.choice(pool)
    text = json.dumps(data, ensure_ascii=False, indent=rng.choice([None, 1, 2]))
    choice = rng.randrange(12)
    if choice == 0:
        return text.encode("utf-16")
    if choice == 1:
        return text.encode(rng.choice(["utf-16-le", "utf-16-be", "utf-32"]))
    if choice == 2:
        return text.encode("gb18030")
    if choice == 3:
        return b"\xef\xbb\xbf\xef\xbb\xbf" + text.encode("utf-8")
    if choice == 4:
        return text.encode("utf-8").decode("latin-1").encode("utf-8")  # mojibake
    if choice == 5:
        return json.dumps(data, ensure_ascii=True).encode("ascii")
    if choice == 6:
        return text.replace("\n", "\r\n").encode("utf-8")
    if choice == 7:
        raw = bytearray(text.encode("utf-8"))
        raw.insert(rng.randrange(len(raw) + 1), 0)
        return bytes(raw)
    if choice == 8:
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    if choice == 9:
        return (" \t\n" * rng.randint(1, 50) + text + "\n" * rng.randint(0, 5)).encode("utf-8")
    if choice == 10:
        return text.encode("utf-8") + rng.choice([b"x", b"{}", b"\x00", b"\xff"])
    return text.encode("cp1252", errors="replace")


def gen_absurd(rng: random.Random, pool: list[dict[str, Any]]) -> bytes:
    """A file that parses, with values at the edge of what the format admits."""
    data = copy.deepcopy(rng.choice(pool))
    for _ in range(rng.randint(1, 3)):
        try:
            absurd(rng, data)
        except (TypeError, KeyError, IndexError, AttributeError):
            pass  # this change does not fit the file's shape
    return json.dumps(data, ensure_ascii=rng.random() < 0.3).encode("utf-8")


def _names(rng: random.Random, n: int) -> list[str]:
    style = rng.randrange(4)
    if style == 0:
        return [f"候选人{i}" for i in range(n)]
    if style == 1:
        return ["王" + "志" * rng.randint(1, 1000) + str(i) for i in range(n)]
    if style == 2:
        return [f"{chr(0x4E00 + rng.randrange(20000))}{chr(0x4E00 + rng.randrange(20000))}{i}" for i in range(n)]
    return [f"😀{i}" if i % 2 else f"Ｗ{i}" for i in range(n)]


def absurd(rng: random.Random, data: dict[str, Any]) -> None:
    rounds = data.get("rounds") or []
    rnd = rng.choice(rounds) if rounds else {}
    roll = rng.randrange(9)
    if roll == 0 and rnd.get("tally"):  # hundreds of candidates on one post
        post = next(iter(rnd["tally"]))
        names = _names(rng, rng.choice([50, 200, 400]))
        valid = (rnd.get("ballots") or {}).get("valid") or (rnd.get("ballots") or {}).get("returned") or 1
        rnd["tally"][post] = {n: rng.randint(0, valid) for n in names}
        rnd.setdefault("candidates", {})[post] = names
    elif roll == 1 and rnd.get("ballot_records") is not None and rnd.get("candidates"):
        layout = {p: len(n) for p, n in rnd["candidates"].items()}
        records = [
            {"count": rng.randint(1, 3), "marks": {p: "".join(rng.choice("○× ?") for _ in range(k)) for p, k in layout.items()}}
            for _ in range(rng.choice([200, 1000, 3000]))
        ]  # fmt: skip
        rnd["ballot_records"] = records
        total = sum(r["count"] for r in records)
        rnd["ballots"] = {"issued": total, "returned": total}
    elif roll == 2 and rounds:  # dozens of rounds
        extra = [copy.deepcopy(rng.choice(rounds)) for _ in range(rng.choice([10, 40]))]
        for r in extra:
            r["kind"] = rng.choice(["tie_revote", "supplementary"])
        data["rounds"] = rounds + extra
    elif roll == 3:  # every count at the format's limit
        for path in nodes(data):
            if path and path[-1] in ("issued", "returned", "valid", "expected", "present", "registered", "members"):
                put(data, path, 10**9)
    elif roll == 4 and isinstance(data.get("electorate"), dict) and "expected" in data["electorate"]:
        n = rng.choice([100, 500])
        data["electorate"]["exclusions"] = [
            {"name": f"不计入{i}", "reason": rng.choice(["长期卧床", "预备党员", "自费出国"]),
             "upper_approved": rng.random() < 0.5, "meeting_approved": rng.random() < 0.5}
            for i in range(n)
        ]  # fmt: skip
    elif roll == 5:  # every timeline date, in range
        data["timeline"] = {
            f: f"{rng.randint(1900, 2199)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            for f in ("request_submitted", "public_notice_start", "voter_list_published", "objection_received",
                      "candidates_published", "election_day", "results_reported", "handover_completed", "term_expires")
        }  # fmt: skip
    elif roll == 6 and isinstance(data.get("profile"), (str, type(None))):  # every span at its limit
        base = data.get("profile") or "party-2020"
        spans = {"party": {"request_lead_months": 1000, "result_notice_days": 1000, "age_max_new_member": 1000},
                 "other": {"voter_list_days": 1000, "handover_days": 0, "proxy_limit": 10**9}}  # fmt: skip
        data["profile"] = {"extends": base, "set": spans["party" if base.startswith("party") else "other"]}
    elif roll == 7 and isinstance(data.get("candidates"), list) and data["candidates"]:
        name = data["candidates"][0].get("name", "甲")
        data["candidates"].append({"name": name.replace("", " ").strip() or "甲"})  # same after normalising
    elif roll == 8 and data.get("election", {}).get("kind") in ("villagers_committee", "residents_committee"):
        data["proxies"] = [
            {"principal": f"委托人{i}", "proxy": f"受托人{i % 7}", "relation": rng.choice(["spouse", "in_law", "child"])}
            for i in range(rng.choice([100, 1000]))
        ]  # fmt: skip


def gen_sheet(rng: random.Random, pool: list[dict[str, Any]]) -> tuple[bytes, str]:
    """A real file as a spreadsheet (the clerk's way in), sometimes damaged."""
    from tallykit.io import write_document

    suffix = rng.choice([".xlsx", ".csv"])
    raw = write_document(copy.deepcopy(rng.choice(pool)), suffix[1:])
    roll = rng.random()
    if roll < 0.4:
        return raw, suffix
    if roll < 0.6:
        return raw[: rng.randint(0, len(raw))], suffix
    if suffix == ".xlsx" and roll < 0.8:
        return _inside_xlsx(rng, raw), suffix
    if roll < 0.8 or suffix == ".xlsx":
        flipped = bytearray(raw)
        for _ in range(rng.randint(1, 8)):
            flipped[rng.randrange(len(flipped))] = rng.getrandbits(8)
        return bytes(flipped), suffix
    lines = raw.decode("utf-8-sig").splitlines()
    row = rng.randrange(len(lines))
    cells = lines[row].split(",")
    cells[rng.randrange(len(cells))] = str(odd_value(rng)).replace(",", "，").replace("\n", " ")
    lines[row] = ",".join(cells)
    return "\n".join(lines).encode("utf-8", "surrogatepass"), suffix


def _inside_xlsx(rng: random.Random, raw: bytes) -> bytes:
    """A workbook whose sheet XML is changed inside an intact archive: a cell moved far away
    (up to XFD1048576 and beyond), a row renumbered, the declared dimension enlarged, a value
    made odd, or an element dropped."""
    import io
    import re
    import zipfile

    with zipfile.ZipFile(io.BytesIO(raw)) as zin:
        parts = {info.filename: zin.read(info.filename) for info in zin.infolist()}
    sheet = rng.choice([name for name in parts if name.startswith("xl/worksheets/")])
    xml = parts[sheet].decode("utf-8")
    for _ in range(rng.randint(1, 3)):
        roll = rng.random()
        col = rng.choice(["A", "Z", "AA", "XFD", "XFE", "ZZZ"])
        row = rng.choice([1, 2, 100, 65536, 1048576, 1048577, 2**31, 10**12])
        if roll < 0.25:
            refs = re.findall(r'<c r="([A-Z]+[0-9]+)"', xml)
            if refs:
                xml = xml.replace(f'<c r="{rng.choice(refs)}"', f'<c r="{col}{row}"', 1)
        elif roll < 0.4:
            text = rng.choice(ODD_STRINGS)[:50]
            cell = f'<c r="{col}{row}" t="inlineStr"><is><t>{text}</t></is></c>'
            xml = xml.replace("</sheetData>", f'<row r="{row}">{cell}</row></sheetData>')
        elif roll < 0.55:
            xml = re.sub(r'<dimension ref="[^"]*" ?/>', f'<dimension ref="A1:{col}{row}"/>', xml)
        elif roll < 0.8:
            values = re.findall(r"<v>[^<]*</v>", xml)
            if values:
                odd = str(odd_value(rng)).replace("&", "&amp;").replace("<", "&lt;")[:200]
                xml = xml.replace(rng.choice(values), f"<v>{odd}</v>", 1)
        else:
            tags = re.findall(r"<[a-zA-Z]+ [^>]*/>", xml)
            if tags:
                xml = xml.replace(rng.choice(tags), "", 1)
    parts[sheet] = xml.encode("utf-8", "surrogatepass")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return out.getvalue()


GENERATORS = {
    "bytes": gen_bytes,
    "mutation": gen_mutation,
    "encoding": gen_encoding,
    "absurd": gen_absurd,
    "sheet": gen_sheet,
}


# ---------------------------------------------------------------- judging one input


def _more_present(data: Any) -> bool:
    """The oracle's own bound, simpler than the verifier's (so never stricter): present is more
    than expected plus every listed exclusion, or than the full members."""
    try:
        if data["election"]["kind"] not in ("party_committee", "party_officers", "party_branch_officers"):
            return False
        e = data["electorate"]
        present, limit = e["present"], e["expected"] + len(e.get("exclusions", []))
        members = data["election"].get("members")
        return present > limit or (members is not None and present > members)
    except (KeyError, TypeError):
        return False


def judge(i: int, seed: int, folder: str, pool: list[dict[str, Any]], deep_checks: bool) -> tuple[str, str, list[tuple[str, str]]]:
    """Input ``i``: its generator, the verify status, and the problems found (kind, detail)."""
    import tallykit.cli.main  # noqa: F401 - the commands' module first (it registers cli.verify)
    from tallykit.cli.verify import check_file

    rng = random.Random(f"{seed}:{i}")
    kind = rng.choices(KINDS, WEIGHTS)[0]
    try:
        made = GENERATORS[kind](rng, pool)
    except Exception as exc:  # noqa: BLE001 - a fault of this script, reported, never hidden
        return kind, "not_generated", [("fuzzer_error", f"{type(exc).__name__}: {exc}")]
    raw, suffix = made if isinstance(made, tuple) else (made, ".json")
    path = os.path.join(folder, f"in-{i}{suffix}")
    with open(path, "wb") as fh:
        fh.write(raw)
    lang = rng.choice(["zh", "en"])
    problems: list[tuple[str, str]] = []
    entry = check_file(path, None, lang)
    status = entry["status"]
    if status == "internal_error":
        problems.append(("internal_error", entry["findings"][0]["message"]))
    if status not in ("ok", "findings", "unreadable", "internal_error"):
        problems.append(("status", status))
    try:
        json.dumps(entry, ensure_ascii=False).encode("utf-8")
    except (TypeError, ValueError) as exc:
        problems.append(("entry_not_utf8_json", repr(exc)))
    with open(path, "rb") as fh:
        if fh.read() != raw:
            problems.append(("input_modified", path))
    if i % 20 == 0 and check_file(path, None, lang) != entry:
        problems.append(("not_deterministic", path))
    if status in ("ok", "findings") and suffix == ".json":
        data = json.loads(raw.decode("utf-8-sig"))
        if _more_present(data) and not any(f["code"] == "TK-QUORUM-2" and f["severity"] == "error" for f in entry["findings"]):
            problems.append(("oracle_more_present", path))
        if deep_checks:
            problems += _count_explain_certify(raw, data, lang, rng)
    os.unlink(path)
    return kind, status, problems


def _count_explain_certify(raw: bytes, data: Any, lang: str, rng: random.Random) -> list[tuple[str, str]]:
    """count, render, explain and the certificate of a file verify could read: any exception
    is an internal error; a genuine certificate must be accepted and a tampered one rejected."""
    from tallykit.check.certificate import certificate
    from tallykit.check.check_certificate import check
    from tallykit.cli.render import render_count
    from tallykit.counting.rounds import count
    from tallykit.errors import InputError
    from tallykit.counting.explain import explain
    from tallykit.results import parse_results

    try:
        results = parse_results(data)
        counted = count(results)
        render_count(counted, lang, "fuzz.json").encode("utf-8")
        "".join(s.text(lang) for s in explain(results, counted)).encode("utf-8")
        cert = certificate(results, counted, hashlib.sha256(raw).hexdigest())
        cert_raw = json.dumps(cert, ensure_ascii=False).encode("utf-8")
    except InputError:
        return []
    except Exception as exc:  # noqa: BLE001 - the point is to find any
        return [("internal_error", f"count/explain/certificate: {type(exc).__name__}: {exc}")]
    out = []
    try:
        reasons = check(cert_raw, raw)
        if reasons and not any("not covered" in en for _, en in reasons):
            out.append(("genuine_certificate_rejected", reasons[0][1]))
        leaves = [p for p in nodes(cert) if p and not isinstance(get(cert, p), (dict, list))]
        where = rng.choice(leaves)
        value = get(cert, where)
        put(cert, where, (not value) if isinstance(value, bool) else (value + 1) if isinstance(value, int) else f"{value}x")
        if not check(json.dumps(cert, ensure_ascii=False).encode("utf-8"), raw):
            out.append(("tampered_certificate_accepted", "/".join(map(str, where))))
    except Exception as exc:  # noqa: BLE001
        out.append(("internal_error", f"check_certificate: {type(exc).__name__}: {exc}"))
    return out


# ---------------------------------------------------------------- the run


_POOL: list[dict[str, Any]] = []
_FOLDER = ""


def _init(folder: str) -> None:
    global _POOL, _FOLDER
    _POOL, _FOLDER = seeds(), folder


def _work(args: tuple[int, int, int]) -> tuple[int, str, str, list[tuple[str, str]]]:
    i, seed, deep_every = args
    kind, status, problems = judge(i, seed, _FOLDER, _POOL, i % deep_every == 0)
    return i, kind, status, problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=10_000, help="inputs to try")
    ap.add_argument("--start", type=int, default=0, help="the first input's number (to replay a range)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--deep-every", type=int, default=5, help="count/explain/certify every Nth readable input")
    ap.add_argument("--keep", default=None, help="save the inputs behind the first 50 problems here")
    args = ap.parse_args(argv)
    start = time.perf_counter()
    statuses: Counter[tuple[str, str]] = Counter()
    problems: Counter[str] = Counter()
    shown: list[tuple[int, str, str]] = []
    with tempfile.TemporaryDirectory(prefix="tallykit-fuzz-") as folder:
        tasks = ((i, args.seed, args.deep_every) for i in range(args.start, args.start + args.count))
        if args.jobs > 1:
            import multiprocessing

            pool = multiprocessing.Pool(args.jobs, initializer=_init, initargs=(folder,))
            results = pool.imap_unordered(_work, tasks, chunksize=50)
        else:
            _init(folder)
            pool, results = None, map(_work, tasks)
        for done, (i, kind, status, found) in enumerate(results, 1):
            statuses[(kind, status)] += 1
            for what, detail in found:
                problems[what] += 1
                print(f"  problem at input {i}: {what}: {detail[:300]}", flush=True)
                if len(shown) < 50:
                    shown.append((i, what, detail[:300]))
            if done % 10_000 == 0:
                print(f"{done} inputs, {sum(problems.values())} problems, {time.perf_counter() - start:.0f}s", flush=True)
        if pool is not None:
            pool.close()
            pool.join()
    if args.keep and shown:
        keep = Path(args.keep)
        keep.mkdir(parents=True, exist_ok=True)
        pool_seeds = seeds()
        for i, what, _ in shown:
            rng = random.Random(f"{args.seed}:{i}")
            kind = rng.choices(KINDS, WEIGHTS)[0]
            try:
                made = GENERATORS[kind](rng, pool_seeds)
            except Exception:  # noqa: BLE001 - a fuzzer fault: its input cannot be written
                continue
            raw, suffix = made if isinstance(made, tuple) else (made, ".json")
            (keep / f"{i}-{what}{suffix}").write_bytes(raw)
    print(f"fuzz_long: {args.count} inputs, seed {args.seed}, {time.perf_counter() - start:.0f}s")
    for kind in KINDS:
        row = {s: n for (k, s), n in sorted(statuses.items()) if k == kind}
        print(f"  {kind:<9} {sum(row.values()):>7}  " + "  ".join(f"{s} {n}" for s, n in row.items()))
    for what, n in sorted(problems.items()):
        print(f"  {what}: {n}")
    internal = problems["internal_error"]
    print(f"internal errors: {internal}; other problems: {sum(problems.values()) - internal}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
