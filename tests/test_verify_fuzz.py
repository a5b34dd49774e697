"""Fuzz `verify`: raw bytes and schema-shaped objects never give a traceback, only a report
entry (ok / findings / unreadable) and exit codes 0, 1 or 2. A longer run: set
TALLYKIT_FUZZ_EXAMPLES (see README, Verify)."""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tallykit.cli.main import main
from tallykit.cli.verify import check_file

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SEEDS = [json.loads(p.read_bytes().decode("utf-8-sig")) for p in sorted(EXAMPLES.glob("*.json")) if not p.name.startswith("unreadable")]
N = int(os.environ.get("TALLYKIT_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=N, deadline=None, suppress_health_check=list(HealthCheck))

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**12), 10**12) | st.floats(allow_nan=False) | st.text(max_size=6)
    | st.sampled_from(["委员", "王志强", "formal", "tie_revote", "supplementary", "○", "×", " ", "王　志强", "ｐａｒｔｙ"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5) | st.sampled_from(["count", "marks", "tally", "issued", "valid"]), inner, max_size=4),
    max_leaves=12,
)


def entry_for(tmp_path: Path, raw: bytes) -> dict:
    f = tmp_path / "fuzz.json"
    f.write_bytes(raw)
    entry = check_file(str(f), None, "zh")
    assert entry["status"] in ("ok", "findings", "unreadable")
    assert f.read_bytes() == raw
    json.dumps(entry, ensure_ascii=False)
    return entry


@FUZZ
@given(raw=st.binary(max_size=300) | st.sampled_from([b"", b"\xef\xbb\xbf", b"{}", b"[]", b"null", b"\xef\xbb\xbf{\"format\": 1}", "{\"a\": \"中\"}".encode("gbk")]))
def test_raw_bytes(tmp_path_factory, raw):
    entry = entry_for(tmp_path_factory.mktemp("raw"), raw)
    assert entry["status"] == "unreadable"


def mutate(data, path: list, value):
    node = data
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value


def paths(node, prefix=()):
    yield list(prefix)
    if isinstance(node, dict):
        for k, v in node.items():
            yield from paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from paths(v, (*prefix, i))


@FUZZ
@given(seed=st.integers(0, len(SEEDS) - 1), picks=st.lists(st.tuples(st.integers(0, 10**6), json_values), min_size=1, max_size=3))
def test_schema_shaped_mutations(tmp_path_factory, seed, picks):
    data = copy.deepcopy(SEEDS[seed])
    for pick, value in picks:
        options = [p for p in paths(data) if p]
        mutate(data, options[pick % len(options)], value)
    raw = json.dumps(data, ensure_ascii=False).encode("utf-8")
    entry_for(tmp_path_factory.mktemp("obj"), raw)


@FUZZ
@given(seed=st.integers(0, len(SEEDS) - 1), pick=st.integers(0, 10**6), delta=st.sampled_from([-1, 1, 7, 10**9, -(10**9)]))
def test_number_nudges(tmp_path_factory, seed, pick, delta):
    data = copy.deepcopy(SEEDS[seed])
    numbers = [p for p in paths(data) if p and isinstance(_get(data, p), int) and not isinstance(_get(data, p), bool)]
    path = numbers[pick % len(numbers)]
    mutate(data, path, _get(data, path) + delta)
    raw = json.dumps(data, ensure_ascii=False).encode("utf-8")
    d = tmp_path_factory.mktemp("num")
    entry_for(d, raw)
    result = CliRunner().invoke(main, ["verify", str(d / "fuzz.json")])
    assert result.exit_code in (0, 1, 2) and "Traceback" not in result.stdout + result.stderr
    assert "内部错误" not in result.stderr


def _get(data, path):
    for part in path:
        data = data[part]
    return data
