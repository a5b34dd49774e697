"""The published JSON Schema of the results format, generated from the parser's definition.

Which objects exist, their required and optional fields (``results.FIELDS``), the closed values
with their Chinese words (``results`` constants and ``labels.ENUMS``), the limits (``MAX_COUNT``,
the date form) all come from ``tallykit.results``; this module only writes them down as JSON
Schema (2020-12). ``tallykit/data/results.schema.json`` is its output, and a test keeps the two
equal, so the parser and the schema cannot drift apart. What JSON Schema cannot say (a name
spelled with spaces or full-width letters is the same name; positions named elsewhere in the
file; marks as long as the printed list; real calendar dates) the parser checks on top.

Regenerate the committed file after changing the parser's definition::

    python -m tallykit.schema > tallykit/data/results.schema.json
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from tallykit import results as r
from tallykit.text.labels import canonical

Schema = dict[str, Any]
DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
NAME: Schema = {"$ref": "#/$defs/name"}
NAMES: Schema = {"$ref": "#/$defs/names"}
NULL: Schema = {"type": "null"}
DESCRIPTION = (
    "One election of one body: electorate, candidates, rounds with ballots, tally and declaration. "
    "Unknown fields are errors except under extensions. A round holds its ballot counts and tally, "
    "or its ballot records (from which both are counted). Closed values are the English canonical "
    "value or its Chinese word. Names are unique within a list; full-width and spaced spellings "
    "are normalised by the parser (with a warning). Cross-references (positions named in "
    "election.positions, marks lengths) and calendar dates are checked by the parser, not by this "
    "schema. Generated from the parser's definition (tallykit.schema)."
)


def count(minimum: int = 0) -> Schema:
    return {"type": "integer", "minimum": minimum, "maximum": r.MAX_COUNT}


def nullable(schema: Schema) -> Schema:
    """The value or null (absent and null read alike)."""
    kind = schema.get("type")
    if isinstance(kind, str) and set(schema) <= {"type", "minimum", "maximum"}:
        return {**schema, "type": [kind, "null"]}
    return {"anyOf": [schema, NULL]}


def words(allowed: Iterable[str]) -> list[str]:
    """The canonical values and every Chinese word the parser reads as one of them."""
    from tallykit.text.labels import ENUMS

    out = list(allowed)
    for labels in ENUMS.values():
        for key, label in labels.items():
            if key in allowed:
                out += [w for w in (label[0], *label[2:]) if w not in out]
    return out


def enum(allowed: Iterable[str], *, null: bool = False) -> Schema:
    return {"enum": [*words(tuple(allowed)), *([None] if null else [])]}


DATE: Schema = {"type": "string", "pattern": DATE_PATTERN, "format": "date"}


def obj(shape: str, properties: dict[str, Schema]) -> Schema:
    """An object of the parser's table ``FIELDS[shape]``: every field typed, in the table's
    order; only the table's fields, the required ones required."""
    required, optional = r.FIELDS[shape]
    fields = (*required, *optional)
    assert set(properties) == set(fields), (shape, set(properties) ^ set(fields))
    return {
        "type": "object",
        "properties": {name: properties[name] for name in fields},
        "required": list(required),
        "additionalProperties": False,
    }


def array(items: Schema, *, null: bool = False, min_items: int = 0) -> Schema:
    out: Schema = {"type": ["array", "null"] if null else "array", "items": items}
    if min_items:
        out["minItems"] = min_items
    return out


def per_position(values: Schema) -> Schema:
    return {"type": "object", "additionalProperties": values}


def person(shape: str, **extra: Schema) -> Schema:
    return obj(
        shape,
        {
            "name": NAME,
            "gender": enum(("female", "male"), null=True),
            "birth_date": nullable(DATE),
            "ethnicity": nullable({"type": "string"}),
            **extra,
        },
    )


def described(text: str, schema: Schema) -> Schema:
    return {"description": text, **schema}


def round_schema() -> Schema:
    ballots = obj(
        "ballots",
        {
            "issued": count(),
            "returned": count(),
            "valid": nullable(count()),
            "invalid": nullable(count()),
            "participants": nullable(count()),
        },
    )
    record = obj(
        "ballot_record",
        {
            "marks": per_position({"type": "string"}),
            "count": count(1),
            "write_ins": {
                "type": ["object", "null"],
                "additionalProperties": {
                    "type": "array",
                    "items": {
                        "type": "array",
                        "prefixItems": [NAME, {"type": "string"}],
                        "minItems": 2,
                        "maxItems": 2,
                    },
                },
            },
            "flags": {"type": "array", "items": enum(r.BALLOT_FLAGS)},
        },
    )
    mark_counts = obj(
        "mark_counts", {"disapprove": nullable(count()), "abstain": nullable(count())}
    )
    out = obj(
        "round",
        {
            "kind": enum(r.ROUND_KINDS),
            "positions": {"$ref": "#/$defs/positions"},
            "candidates": per_position(NAMES),
            "ballots": nullable(ballots),
            "tally": per_position(per_position(count())),
            "ballot_records": array(record, null=True),
            "declared": nullable(
                obj(
                    "declared",
                    {
                        "elected": nullable(per_position(NAMES)),
                        "void": nullable({"type": "boolean"}),
                        "void_reason": nullable({"type": "string"}),
                        "next": enum(r.NEXT_STEPS, null=True),
                        "seats_after_reduction": nullable(count()),
                        "recalled": nullable(NAMES),
                        "nominated": nullable(per_position(NAMES)),
                    },
                )
            ),
            "stations": array(
                obj(
                    "station",
                    {
                        "name": {"type": "string"},
                        "issued": count(),
                        "returned": count(),
                        "mobile": {"type": "boolean"},
                    },
                ),
                null=True,
            ),
            "marks": described(
                "不赞成 / 弃权 票数 as recorded, per post and person (TK-FEAS-1)",
                nullable(per_position(per_position(mark_counts))),
            ),
            "date": nullable(DATE),
            "targets": NAMES,
        },
    )
    kinds_with_positions = [k for k in words(r.ROUND_KINDS) if canonical(k, ("recall",)) is None]
    out["allOf"] = [
        # a recall round has its one implicit post; every other round names its posts
        {
            "if": {"properties": {"kind": {"enum": kinds_with_positions}}},
            "then": {"required": ["positions"]},
        },
        # ballot counts and tally as recorded, or the ballot records they are counted from
        {
            "anyOf": [
                {
                    "required": ["ballot_records"],
                    "properties": {"ballot_records": {"type": "array"}},
                },
                {
                    "required": ["ballots", "tally"],
                    "properties": {
                        "ballots": {"type": "object"},
                        "tally": {"type": "object", "minProperties": 1},
                    },
                },
            ]
        },
    ]
    return out


def results_schema() -> Schema:
    """The JSON Schema (2020-12) of ``tallykit.results/1``."""
    profile = {
        "anyOf": [
            {"type": "string"},
            NULL,
            {
                "type": "object",
                "properties": {
                    "extends": {"type": "string"},
                    "set": {"type": "object"},
                    "id": {"type": "string"},
                    "source": {
                        "type": "string",
                        "description": "the local plan the set values follow (a profile file's citation); tallykit addition",
                    },
                },
                "required": ["extends"],
                "additionalProperties": False,
            },
        ]
    }
    top = obj(
        "document",
        {
            "format": {"const": r.FORMAT_ID},
            "election": obj(
                "election",
                {
                    "kind": enum(r.ELECTION_KINDS),
                    "positions": {"$ref": "#/$defs/positions"},
                    "organization": nullable({"type": "string"}),
                    "org_type": enum(r.ORG_TYPES, null=True),
                    "members": nullable(count()),
                    "households": nullable(count()),
                    "population": nullable(count()),
                    "date": nullable(DATE),
                    "form": enum(r.FORMS, null=True),
                    "committee": described(
                        "tallykit addition (docs/format-additions.md): party_officers only, the members of the newly "
                        "elected committee; only they may be elected 书记/副书记 (P-CAND-2, P-VALID-5)",
                        nullable(NAMES),
                    ),
                },
            ),
            "electorate": obj(
                "electorate",
                {
                    "expected": nullable(count()),
                    "present": nullable(count()),
                    "exclusions": array(
                        obj(
                            "exclusion",
                            {
                                "name": NAME,
                                "reason": nullable({"type": "string"}),
                                "upper_approved": {"type": "boolean"},
                                "meeting_approved": {"type": "boolean"},
                            },
                        )
                    ),
                    "registered": nullable(count()),
                },
            ),
            "candidates": array(
                obj(
                    "candidate",
                    {
                        "name": NAME,
                        "id": nullable(NAME),
                        "positions": array({"type": "string"}),
                        "gender": enum(("female", "male"), null=True),
                        "ethnicity": nullable({"type": "string"}),
                        "birth_date": nullable(DATE),
                        "party_since": nullable(DATE),
                        "education": nullable({"type": "string"}),
                        "incumbent": nullable({"type": "boolean"}),
                        "flags": array({"type": "string"}),
                    },
                )
            ),
            "rounds": array({"$ref": "#/$defs/round"}, min_items=1),
            "profile": profile,
            "proxies": array(
                obj(
                    "proxy",
                    {
                        "principal": NAME,
                        "proxy": NAME,
                        "relation": enum(r.RELATIONS, null=True),
                        "registered_on": nullable(DATE),
                        "principal_voted_in_person": {"type": "boolean"},
                        "counted": described(
                            "tallykit addition: false when no ballot was cast or counted under this authorisation "
                            "(refused by the commission, or not used)",
                            {"type": "boolean"},
                        ),
                    },
                ),
                null=True,
            ),
            "officials": nullable(obj("officials", {k: NAMES for k in r.FIELDS["officials"][1]})),
            "relations": array(
                obj("relation", {"a": NAME, "b": NAME, "relation": enum(r.RELATIONS)}), null=True
            ),
            "timeline": nullable(obj("timeline", {k: nullable(DATE) for k in r.TIMELINE_FIELDS})),
            "initiation": nullable(
                obj(
                    "initiation",
                    {
                        "by": enum(r.INITIATORS),
                        "signatures": nullable(count()),
                        "eligible": nullable(count()),
                        "representatives_total": nullable(count()),
                    },
                )
            ),
            "extensions": {},
            "voters": described(
                "The voter list (选民名单 / 有选举权的党员), or the part of it to check. tallykit addition "
                "(docs/format-additions.md).",
                array(
                    obj(
                        "voter",
                        {
                            "name": NAME,
                            "birth_date": nullable(DATE),
                            "status": enum(r.VOTER_STATUSES, null=True),
                            "registration": described(
                                "How a villager came onto the list (V-REG-1: household_resident 户籍在本村并居住, "
                                "household_away 户籍在本村、不在本村居住、本人表示参加, resident_outsider 户籍不在本村、"
                                "居住一年以上、经同意; V-2026-REG-1: village_work 户籍不在本村、从事村务工作一年以上、"
                                "经村民同意). tallykit addition.",
                                enum(r.REGISTRATIONS, null=True),
                            ),
                            "approved_on": described(
                                "Date of the agreement a non-户籍 registration needs (村民会议/村民代表会议, or the "
                                "villagers). tallykit addition.",
                                nullable(DATE),
                            ),
                        },
                    ),
                    null=True,
                ),
            ),
            "supervisory_committee": described(
                "Members of the 村(居)务监督委员会. tallykit addition (docs/format-additions.md).",
                array({"$ref": "#/$defs/person"}, null=True),
            ),
            "election_commission": described(
                "Members of the 村(居)民选举委员会; withdrew marks one who left it on becoming a candidate. "
                "tallykit addition (docs/format-additions.md).",
                array(person("commission_member", withdrew={"type": "boolean"}), null=True),
            ),
            "representatives": described(
                "The 村(居)民代表. tallykit addition (docs/format-additions.md).",
                array({"$ref": "#/$defs/person"}, null=True),
            ),
            "ethnic_population": described(
                "People of each ethnic group in the village or community, for V-MINORITY-1. tallykit addition "
                "(docs/format-additions.md).",
                nullable(per_position(count())),
            ),
        },
    )
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://tallykit.invalid/schema/results-1.json",
        "title": f"tallykit results format v1 ({r.FORMAT_ID})",
        "description": DESCRIPTION,
        **top,
        "$defs": {
            "name": {"type": "string", "pattern": "\\S"},
            "names": {"type": "array", "items": NAME, "uniqueItems": True},
            "positions": array(
                obj(
                    "position",
                    {"name": NAME, "seats": count(1), "reserved": enum(("female",), null=True)},
                ),
                min_items=1,
            ),
            "round": round_schema(),
            "person": person("person"),
        },
    }


def dump() -> str:
    """The schema as the committed file holds it."""
    return json.dumps(results_schema(), ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":
    print(dump(), end="")
