"""Builders for small results files used across tests."""

from __future__ import annotations

from typing import Any


def party_file(
    *,
    expected: int,
    present: int,
    seats: int = 1,
    tally: dict[str, int] | None = None,
    issued: int | None = None,
    returned: int | None = None,
    printed: list[str] | None = None,
    profile: Any = "party-2020",
    kind: str = "party_committee",
    position: str = "委员",
    records: list[dict[str, Any]] | None = None,
    exclusions: list[dict[str, Any]] | None = None,
    rounds: list[dict[str, Any]] | None = None,
    round_kind: str = "formal",
    declared: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A one-round party results file as decoded JSON."""
    tally = tally if tally is not None else {}
    printed = printed if printed is not None else list(tally)
    issued = present if issued is None else issued
    returned = issued if returned is None else returned
    rnd: dict[str, Any] = {
        "kind": round_kind,
        "positions": [{"name": position, "seats": seats}],
        "candidates": {position: printed},
        "ballots": {"issued": issued, "returned": returned},
        "tally": {position: tally},
    }
    if records is not None:
        rnd["ballot_records"] = records
    if declared is not None:
        rnd["declared"] = declared
    electorate: dict[str, Any] = {"expected": expected, "present": present}
    if exclusions is not None:
        electorate["exclusions"] = exclusions
    data: dict[str, Any] = {
        "format": "tallykit.results/1",
        "election": {"kind": kind, "positions": [{"name": position, "seats": seats}]},
        "electorate": electorate,
        "candidates": [{"name": n} for n in printed],
        "rounds": rounds if rounds is not None else [rnd],
    }
    if profile is not None:
        data["profile"] = profile
    return data


def json_paths(node: Any, prefix: tuple[Any, ...] = ()) -> Any:
    """Every path into a JSON value (keys and indexes), the root's ``()`` first."""
    yield prefix
    if isinstance(node, dict):
        for k, v in node.items():
            yield from json_paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from json_paths(v, (*prefix, i))
