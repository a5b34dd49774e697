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

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
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


# ---------------------------------------------------------------- the failure classes


def _write(tmp_path_factory, data, name="fuzz"):
    raw = json.dumps(data, ensure_ascii=True).encode("utf-8")  # lone surrogates as \ud800
    return entry_for(tmp_path_factory.mktemp(name), raw)


def _kind(data):
    return data["election"]["kind"]


PROFILE_REFS = st.sampled_from(["party-2020", "party-1990", "villager-2018", "residents-2018"])
PROFILE_REFS = PROFILE_REFS | st.builds(lambda b: {"extends": b, "set": {}}, PROFILE_REFS) | st.text(max_size=8)


@FUZZ
@given(seed=st.integers(0, len(SEEDS) - 1), ref=PROFILE_REFS, cli=st.booleans())
def test_any_profile_is_a_verdict_or_a_clear_error(tmp_path_factory, seed, ref, cli):
    """A profile of the wrong family, from the file or --profile, is an unreadable entry naming
    the profile and the profiles that fit; never a crash."""
    from tallykit.profiles import BUILTIN, family_of_kind, fitting_profiles

    data = copy.deepcopy(SEEDS[seed])
    if not cli:
        data["profile"] = ref
    d = tmp_path_factory.mktemp("profile")
    (d / "fuzz.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    entry = check_file(str(d / "fuzz.json"), ref if cli else None, "en")
    assert entry["status"] in ("ok", "findings", "unreadable")
    base = ref if isinstance(ref, str) else ref["extends"]
    party_file = family_of_kind(_kind(data)) == "party"
    if base in BUILTIN and (BUILTIN[base].family == "party") != party_file:
        finding = entry["findings"][0]
        assert entry["status"] == "unreadable" and finding["rules"] == ["FMT-PROFILE"]
        assert ", ".join(fitting_profiles(_kind(data))) in finding["message"]


DATE_FIELDS = ("/election/date", "/timeline/election_day", "/candidates/0/birth_date")


@FUZZ
@given(
    seed=st.integers(0, len(SEEDS) - 1),
    where=st.sampled_from(DATE_FIELDS),
    day=st.dates(min_value=__import__("datetime").date(1, 1, 1)),
)
def test_any_date_is_a_verdict_or_an_error_at_its_path(tmp_path_factory, seed, where, day):
    """Dates as far as year 1 or 9999: never an overflow; out of 1900..2199 an input error at
    the date's pointer."""
    from tallykit.results import DATE_MAX, DATE_MIN

    data = copy.deepcopy(SEEDS[seed])
    if where == "/candidates/0/birth_date" and not data["candidates"]:
        where = "/election/date"
    if where == "/election/date":
        data["election"]["date"] = day.isoformat()
    elif where == "/timeline/election_day":
        data.setdefault("timeline", {})["election_day"] = day.isoformat()
    else:
        data["candidates"][0]["birth_date"] = day.isoformat()
    entry = _write(tmp_path_factory, data, "date")
    if not DATE_MIN <= day <= DATE_MAX:
        assert entry["status"] == "unreadable" and entry["findings"][0]["path"] == where


@FUZZ
@given(seed=st.integers(0, len(SEEDS) - 1), pick=st.integers(0, 10**6), key=st.booleans(), char=st.integers(0xD800, 0xDFFF))
def test_a_lone_surrogate_anywhere_is_an_error_at_its_path(tmp_path_factory, seed, pick, key, char):
    data = copy.deepcopy(SEEDS[seed])
    strings = [p for p in paths(data) if p and isinstance(_get(data, p), str)]
    objects = [p for p in paths(data) if isinstance(_get(data, p), dict)]
    if key:
        path = objects[pick % len(objects)]
        _get(data, path)["x" + chr(char)] = 1
        where = "/".join(["", *map(str, path), "x"])
    else:
        path = strings[pick % len(strings)]
        mutate(data, path, _get(data, path) + chr(char))
        where = "/".join(["", *map(str, path)])
    entry = _write(tmp_path_factory, data, "surrogate")
    finding = entry["findings"][0]
    assert entry["status"] == "unreadable" and finding["rules"] == ["FMT-TEXT"]
    assert finding["path"].startswith(where)
    json.dumps(entry, ensure_ascii=False).encode("utf-8")


PARTY_SEEDS = [s for s in SEEDS if s["election"]["kind"] in ("party_committee", "party_branch_officers", "party_officers")]


@FUZZ
@given(seed=st.integers(0, len(PARTY_SEEDS) - 1), extra=st.integers(1, 10**6), members=st.booleans())
def test_more_present_than_can_be_present_never_passes(tmp_path_factory, seed, extra, members):
    """The oracle: a party file with more present than expected plus every listed exclusion, or
    than its full members, always has a TK-QUORUM-2 error (P-QUORUM-1/2)."""
    data = copy.deepcopy(PARTY_SEEDS[seed])
    e = data["electorate"]
    bound = e["expected"] + len(e.get("exclusions", []))
    if members:
        data["election"]["members"] = max(e["present"] - extra // 2, 0)
        bound = min(bound, data["election"]["members"])
    e["present"] = bound + extra
    entry = _write(tmp_path_factory, data, "present")
    assert entry["status"] == "findings"
    assert any(f["code"] == "TK-QUORUM-2" and f["severity"] == "error" for f in entry["findings"])


@FUZZ
@given(depth=st.integers(1, 3000), inside=st.sampled_from(["[", '{"a":']), where=st.booleans())
def test_deep_nesting_never_breaks_verify_or_the_certificate_checker(tmp_path_factory, depth, inside, where):
    from tallykit.check import check_certificate

    close = "]" if inside == "[" else "}"
    nested = (inside * depth + "1" + close * depth).encode("utf-8")
    entry = entry_for(tmp_path_factory.mktemp("deep"), nested)
    assert entry["status"] == "unreadable"
    good = (EXAMPLES / "party-2020-branch-ok.json").read_bytes()
    reasons = check_certificate.check(nested, good) if where else check_certificate.check(nested, nested)
    assert reasons and all(isinstance(zh, str) and isinstance(en, str) for zh, en in reasons)
