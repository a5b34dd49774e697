"""Small builders of villagers' results files (and a recall's) for the tests (not a test module)."""

from __future__ import annotations

from typing import Any

from tallykit.counting.outcome import Count
from tallykit.counting.rounds import count
from tallykit.results import parse_results


def villager(
    tally: dict[str, dict[str, int]],
    *,
    seats: dict[str, int],
    registered: int = 1000,
    issued: int = 600,
    returned: int | None = None,
    participants: int | None = None,
    women: tuple[str, ...] = (),
    kind: str = "villagers_committee",
    profile: Any = None,
    extra_rounds: tuple[dict[str, Any], ...] = (),
    candidates: dict[str, list[str]] | None = None,
    **top: Any,
) -> dict[str, Any]:
    """A one-election file: printed candidates are the tally's names unless given."""
    positions = [{"name": p, "seats": n} for p, n in seats.items()]
    printed = candidates if candidates is not None else {p: list(tally.get(p, {})) for p in seats}
    people = sorted(
        {n for names in printed.values() for n in names}
        | {n for per in tally.values() for n in per}
    )
    ballots: dict[str, Any] = {
        "issued": issued,
        "returned": issued if returned is None else returned,
    }
    if participants is not None:
        ballots["participants"] = participants
    data: dict[str, Any] = {
        "format": "tallykit.results/1",
        "election": {"kind": kind, "positions": positions},
        "electorate": {"registered": registered},
        "candidates": [{"name": n, "gender": "female" if n in women else "male"} for n in people],
        "rounds": [
            {
                "kind": "formal",
                "positions": positions,
                "candidates": printed,
                "ballots": ballots,
                "tally": tally,
            },
            *extra_rounds,
        ],
        **top,
    }
    if profile is not None:
        data["profile"] = profile
    return data


def recall_file(registered: int, voted: int, yes: int, **kw: object) -> dict[str, Any]:
    """A recall of 张三 (主任) raised by a fifth of the voters: ``voted`` take part, ``yes``
    vote to recall; the record declares him recalled."""
    return {
        "format": "tallykit.results/1",
        "election": {"kind": "recall", "positions": [{"name": "主任", "seats": 1}]},
        "electorate": {"registered": registered},
        "candidates": [{"name": "张三"}],
        "initiation": {"by": "voters", "signatures": 210, "eligible": 1000},
        "rounds": [
            {
                "kind": "recall",
                "targets": ["张三"],
                "ballots": {"issued": voted, "returned": voted},
                "tally": {"罢免": {"张三": yes}},
                "declared": {"recalled": ["张三"]},
            }
        ],
        **kw,
    }


def counted(data: dict[str, Any]) -> Count:
    return count(parse_results(data))


def with_params(**values: Any) -> dict[str, Any]:
    return {"extends": "villager-2018", "set": values}
