"""The certificate checker is sound on bounded results files: it accepts the counter's certificate
of each file, rejects that certificate altered in any one field (naming the field), and accepts
another file's certificate with this file's digest written in only when it is identical to the
counter's — so it accepts a certificate only if its outcome is the counter's.

Rules: the checker's whole coverage (docs/certificates.md), among them P-QUORUM-1/2, P-BALLOT-1,
P-VALID-1, P-ELECT-1/3/4, TK-REC-1/2, V-DOUBLE-MAJORITY-1/2, V-SUPP-3, V-POS-1/2, V-WOMEN-1,
V-PROXY-1, V-RECALL-1. Bounds: the drill generator's scenarios (tallykit.training), every party
and villager topic with seeds 0..1 and the profile each draw picks, seed 0 under every built-in
profile of its family and seed 0 with the profile left out (taken from the kind and the day);
every field of each topic's first certificate altered (changed, removed, an extra field, a list
grown or shrunk); every pair of one topic's files; and edits of each topic's first file, made by
enumeration rather than by hand where the checker's inputs allow (``edited_files``): every profile
parameter the checker reads (its own table, ``checker_parameters``) set to each of its values
(``parameter_values``, from the parameter's declaration in tallykit.parameters), on the file and on
each hand-made edit of ``variants``; each post's seats from one to its printed names, likewise;
no profile with the election day on and beside each start and end of a built-in law, in each place
a day is read from (``dated``); each round's declaration (void, each next step); the election and
each round as each other kind of their family; each ballot record with each flag, each proxy's
and exclusion's fields with each value (``records``); the first ballot record of each round with
each mark given each meaning and write-ins of each meaning naming a printed name, another post's
and someone new (``ballots``); unapproved exclusions naming each "no vote" word and a voter of each
status under both party laws (``exclusions``, P-RIGHTS-1). The hand-made edits (``variants``) add
what no enumeration reaches: no profile and no date; write-ins all marked alike; the officers'
committee on record (P-CAND-2); a person elected earlier standing again (TK-POST-1); villagers'
participants one above and below the ballots returned (V-BALLOT-RECON-1); no woman passing, two
women tied (V-WOMEN-1); one printed name (P-ORDER-1). Edits the results format refuses are
counted and skipped (no certificate exists for them). Broken variant: a checker that compares only the outcome (round results,
the elected) and the ballot totals.
"""

from __future__ import annotations

import copy
import datetime
import random
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from tallykit.check import check_certificate
from tallykit.errors import InputError
from tallykit.parameters import DEFAULT_MARKS, MARK_MEANINGS, PARAMETERS, Param, Section
from tallykit.results import (
    BALLOT_FLAGS,
    ELECTION_KINDS,
    NEXT_STEPS,
    PARTY_KINDS,
    RELATIONS,
    ROUND_KINDS,
)
from tallykit.specs._certify import certify, raw_of, tamperings
from tallykit.specs._harness import COUNTEREXAMPLE, PROVED, Outcome, Property, summary
from tallykit.vocabulary import Family

SEEDS = (0, 1)
Checker = Callable[[bytes, bytes], list[tuple[str, str]]]
# A reason must name what was altered; these two are named in words.
SPECIAL = {"/format": "certificate", "/results_sha256": "another file"}


def files() -> Iterator[tuple[str, int, dict[str, Any]]]:
    """(topic, seed, results file) for every drill topic: seeds 0..1 with the profile each draw
    picks, seed 0 under every built-in profile of the family, and seed 0 with its profile left
    out (the checker and the counter then both take it from the kind and the day)."""
    from tallykit.profiles import BUILTIN
    from tallykit.training.build import retry
    from tallykit.training.catalogue import TOPICS

    for family, topics in TOPICS.items():
        fits = [p for p, x in BUILTIN.items() if (x.family == Family.PARTY) == (family == Family.PARTY)]
        for topic, make in topics.items():
            for seed, profile in [(s, None) for s in SEEDS] + [(0, p) for p in fits]:
                rng = random.Random(seed)
                data = retry(lambda: make(rng, profile)).data
                yield f"{family}/{topic}", seed, data
                if seed == 0 and profile is None:
                    yield f"{family}/{topic}", -1, {k: v for k, v in data.items() if k != "profile"}


# The words of an exclusion's reason that take the vote away (P-RIGHTS-1: 预备党员, 留党察看,
# 停止党籍 under both laws; 留置, 逮捕 from 2020), one that does not, and the voter statuses.
EXCLUSION_REASONS = ("预备党员", "留党察看", "停止党籍", "留置", "逮捕", "外出务工")
VOTER_STATUSES = ("probationary", "party_probation", "rights_suspended", "full")
PARTY_PROFILES = ("party-1990", "party-2020")


def _undated(data: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``data`` with no profile, no timeline and no date anywhere."""
    undated = {k: v for k, v in copy.deepcopy(data).items() if k not in ("profile", "timeline")}
    undated["election"].pop("date", None)
    for rnd in undated["rounds"]:
        rnd.pop("date", None)
    return undated


def dated(data: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(what was edited, the file): no profile, so the law follows the election day, and the day
    on, and one day either side of, each start and end of a built-in law of the file's family
    (``Profile.period``), written in each place a day is read from (the timeline's election day,
    the election's date, the first round's date), the others left out."""
    from tallykit.profiles import BUILTIN

    party = data["election"]["kind"] in PARTY_KINDS
    ends = {
        datetime.date.fromisoformat(day)
        for p in BUILTIN.values()
        if (p.family == Family.PARTY) == party and p.period is not None
        for day in (p.period.start, p.period.end)
        if day
    }
    days = sorted({(end + datetime.timedelta(step)).isoformat() for end in ends for step in (-1, 0, 1)})
    for day in days:
        for place in ("timeline", "election", "round"):
            edited = _undated(data)
            if place == "timeline":
                edited["timeline"] = {"election_day": day}
            else:
                (edited["election"] if place == "election" else edited["rounds"][0])["date"] = day
            yield f"no profile, {place} day {day}", edited


def declarations(data: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(what was edited, the file): each round's declaration (what the meeting announced)
    left out, declared void or not, and declaring each next step (``results.NEXT_STEPS``)."""
    for i in range(len(data["rounds"])):
        for declared in [None, {"void": True}, {"void": False}, *({"next": s} for s in NEXT_STEPS)]:
            edited = copy.deepcopy(data)
            edited["rounds"][i].pop("declared", None)
            if declared is not None:
                edited["rounds"][i]["declared"] = declared
            if edited != data:
                yield f"round {i} declared {declared}", edited


def kinds(data: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(what was edited, the file): the election as each other kind of its family and each round
    as each other round kind (``results.ELECTION_KINDS``, ``ROUND_KINDS``)."""
    party = data["election"]["kind"] in PARTY_KINDS
    for kind in ELECTION_KINDS:
        if kind != data["election"]["kind"] and (kind in PARTY_KINDS) == party:
            edited = copy.deepcopy(data)
            edited["election"]["kind"] = str(kind)
            yield f"election kind {kind}", edited
    for i, rnd in enumerate(data["rounds"]):
        for kind in ROUND_KINDS:
            if kind != rnd["kind"]:
                edited = copy.deepcopy(data)
                edited["rounds"][i]["kind"] = str(kind)
                yield f"round {i} kind {kind}", edited


def records(data: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(what was edited, the file): each field of each record the checker reads set to each value
    it tells apart: each ballot record with each flag (``results.BALLOT_FLAGS``); each proxy with
    each relation (``RELATIONS``) or none, the principal voting in person or not, counted or not,
    a candidate as the proxy, and the previous proxy's principal or proxy; each exclusion with
    each pair of approvals."""
    stand = sorted({c["name"] for c in data.get("candidates", ())})
    for i, rnd in enumerate(data["rounds"]):
        for j, _ in enumerate(rnd.get("ballot_records", ())):
            for flag in BALLOT_FLAGS:
                edited = copy.deepcopy(data)
                edited["rounds"][i]["ballot_records"][j]["flags"] = [str(flag)]
                yield f"round {i} record {j} flagged {flag}", edited
    proxies = data.get("proxies", [])
    for j in range(len(proxies)):
        edits: list[tuple[str, Any]] = [("relation", r) for r in (None, *RELATIONS)]
        edits += [(f, b) for f in ("principal_voted_in_person", "counted") for b in (False, True)]
        edits += [("proxy", n) for n in stand[:1]]
        edits += [(f, proxies[j - 1][f]) for f in ("principal", "proxy") if j > 0]
        for field, value in edits:
            edited = copy.deepcopy(data)
            edited["proxies"][j][field] = value
            if value is None:
                edited["proxies"][j].pop(field)
            if edited != data:
                yield f"proxy {j} {field} {value}", edited
    for j, _ in enumerate(data["electorate"].get("exclusions", ())):
        for upper in (False, True):
            for meeting in (False, True):
                edited = copy.deepcopy(data)
                edited["electorate"]["exclusions"][j] |= {
                    "upper_approved": upper,
                    "meeting_approved": meeting,
                }
                if edited != data:
                    yield f"exclusion {j} approved {upper, meeting}", edited


def seat_counts(data: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(what was edited, the file): each post of each round with each number of seats from one
    to its printed names (the election's post too)."""
    for i, rnd in enumerate(data["rounds"]):
        for k, pos in enumerate(rnd.get("positions", ())):
            for seats in range(1, len(rnd.get("candidates", {}).get(pos["name"], ())) + 1):
                if seats != pos["seats"]:
                    edited = copy.deepcopy(data)
                    edited["rounds"][i]["positions"][k]["seats"] = seats
                    for post in edited["election"]["positions"]:
                        post["seats"] = seats if post["name"] == pos["name"] else post["seats"]
                    yield f"round {i} {pos['name']} seats {seats}", edited


# One symbol of each meaning (approve, disapprove, abstain, unreadable), from the default marks.
SYMBOLS = {meaning: symbol for symbol, meaning in reversed(DEFAULT_MARKS.items())}


def ballots(data: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(what was edited, the file): the first ballot record of each round with, on each post,
    each mark of its line given each meaning, and a write-in of each meaning naming one of the
    post's printed names, one of another post's, and someone not printed."""
    for i, rnd in enumerate(data["rounds"]):
        if not rnd.get("ballot_records"):
            continue
        printed = rnd.get("candidates", {})
        for post, line in rnd["ballot_records"][0]["marks"].items():
            for k in range(len(line)):
                for meaning, symbol in SYMBOLS.items():
                    if line[k] != symbol:
                        edited = copy.deepcopy(data)
                        marks = edited["rounds"][i]["ballot_records"][0]["marks"]
                        marks[post] = line[:k] + symbol + line[k + 1 :]
                        yield f"round {i} first record {post} mark {k} {meaning}", edited
        for post in printed:
            others = [names[0] for p, names in printed.items() if p != post and names]
            for name in [*printed[post][:1], *others[:1], "冯另选"]:
                for meaning, symbol in SYMBOLS.items():
                    edited = copy.deepcopy(data)
                    record = edited["rounds"][i]["ballot_records"][0]
                    record.setdefault("write_ins", {}).setdefault(post, []).append([name, symbol])
                    yield f"round {i} first record {post} write-in {name} {meaning}", edited


def exclusions(data: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(what was edited, the file): a party meeting's file with an unapproved exclusion naming
    each of the laws' "no vote" words, and a voter of each status, under each party law."""
    if data["election"]["kind"] in ("party_committee", "recommendation"):
        for profile in PARTY_PROFILES:
            for reason in EXCLUSION_REASONS:
                edited = copy.deepcopy(data) | {"profile": profile}
                excluded = {"name": "冯未到", "reason": f"因{reason}未参加",
                            "upper_approved": False, "meeting_approved": False}
                edited["electorate"].setdefault("exclusions", []).append(excluded)
                yield f"{profile}, excluded: {reason}", edited
            for status in VOTER_STATUSES:
                edited = copy.deepcopy(data) | {"profile": profile}
                excluded = {"name": "冯未到", "reason": "未参加",
                            "upper_approved": False, "meeting_approved": False}
                edited["electorate"].setdefault("exclusions", []).append(excluded)
                edited["voters"] = [{"name": "冯未到", "status": status}]
                yield f"{profile}, voter status: {status}", edited


def variants(data: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(what was edited, the edited file): bounded edits of one drill file that reach branches of
    the counter and the checker the drill itself never draws."""
    kind = data["election"]["kind"]
    yield "no profile and no date (each side's default law)", _undated(data)
    if any("ballot_records" in r for r in data["rounds"]):
        for symbol in ("×", "?", " "):
            edited = copy.deepcopy(data)
            for rnd in edited["rounds"]:
                for record in rnd.get("ballot_records", ()):
                    for written in (record.get("write_ins") or {}).values():
                        for w in written:
                            w[1] = symbol
            if edited != data:
                yield f"every write-in marked {symbol!r}", edited
    if kind.startswith("party") and len(data["rounds"]) > 1 and "tally" in data["rounds"][-1]:
        edited = copy.deepcopy(data)
        first = certify(data)["rounds"][0]["positions"]
        won = [n for p in first for n in p.get("elected", [])]
        last = edited["rounds"][-1]
        last.pop("declared", None)
        post = last["positions"][0]["name"]
        if won and won[0] not in last["candidates"][post]:
            last["candidates"][post].append(won[0])
            last["tally"][post][won[0]] = max(last["tally"][post].values(), default=0) + 1
            yield "one elected in an earlier round standing again", edited
    if kind == "party_officers":
        edited = copy.deepcopy(data)
        edited["election"]["committee"] = [c["name"] for c in data["candidates"]]
        for rnd in edited["rounds"]:
            for record in rnd.get("ballot_records", ()):
                record.setdefault("write_ins", {}).setdefault(rnd["positions"][0]["name"], [])
                record["write_ins"][rnd["positions"][0]["name"]].append(["冯外人", "○"])
        yield "the committee on record, a write-in outside it", edited
    if kind == "villagers_committee":
        for step in (1, -1):
            edited = copy.deepcopy(data)
            for rnd in edited["rounds"]:
                rnd["ballots"]["participants"] = rnd["ballots"]["returned"] + step
            yield f"participants returned{step:+d}", edited
        women = {c["name"] for c in data["candidates"] if c.get("gender") == "female"}
        if women and all("tally" in r for r in data["rounds"]):
            for short in (False, True):
                edited = copy.deepcopy(data)
                for rnd in edited["rounds"]:
                    rnd.pop("declared", None)
                    for post, votes in rnd["tally"].items():
                        men = sorted((v, n) for n, v in votes.items() if n not in women)
                        top = men[-1][1] if men else None
                        for n in votes:
                            if n in women or (short and n != top):
                                votes[n] = 0
                yield ("no woman passes" + (", one man per post" if short else "")), edited
            edited, second = copy.deepcopy(data), set()
            for rnd in edited["rounds"]:
                rnd.pop("declared", None)
                for votes in rnd["tally"].values():
                    woman = next((n for n in votes if n in women), None)
                    men = sorted((v, n) for n, v in votes.items() if n not in women)
                    if woman is not None and men:  # the last man becomes a woman tied with her
                        votes[men[0][1]] = votes[woman]
                        second.add(men[0][1])
            for c in edited["candidates"]:
                if c["name"] in second:
                    c["gender"] = "female"
            yield "two women tied", edited
    if kind == "party_committee" and len(data["rounds"]) == 1 and "ballot_records" not in data["rounds"][0]:
        edited = copy.deepcopy(data)
        rnd, post = edited["rounds"][0], edited["rounds"][0]["positions"][0]["name"]
        first = rnd["candidates"][post][0]
        rnd["positions"][0]["seats"] = edited["election"]["positions"][0]["seats"] = 1
        rnd["candidates"][post] = [first]
        rnd["tally"][post] = {first: rnd["tally"][post][first]}
        edited["candidates"] = [c for c in edited["candidates"] if c["name"] == first]
        rnd.pop("declared", None)
        yield "one printed name", edited


def _plain(value: Any) -> Any:
    """A profile value as JSON writes it (tuples as lists, frozen mappings as dicts)."""
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    return value


def parameter_values(param: Param[Any], default: Any, posts: list[str], symbols: set[str]) -> list[Any]:
    """Every value of ``param`` within bounds, from its declaration (``tallykit.parameters``):
    each word it takes, both truth values, whole numbers 0..default+1, no flag / each flag / every
    flag, each of the file's posts and each token (``all``, ``last``), each symbol on the file's
    ballots given each other meaning. A kind not listed here fails, so a new kind cannot go
    unenumerated."""
    if param.kind == "enum":
        return list(param.values)
    if param.kind == "bool":
        return [False, True]
    if param.kind == "int":
        return list(range(0, default + 2))
    if param.kind == "flags":
        return [[], *([v] for v in param.values), list(param.values)]
    if param.kind == "posts":
        return [[p] for p in [*posts, *param.values]]
    if param.kind == "marks":
        return [
            default | {symbol: meaning}
            for symbol in default
            if symbol in symbols
            for meaning in MARK_MEANINGS
            if meaning != default[symbol]
        ]
    raise ValueError(f"checker_sound has no bounded values for {param.name} ({param.kind})")


def checker_parameters(pid: str) -> tuple[str, ...]:
    """The profile parameters the checker reads under profile ``pid`` (its own table)."""
    return tuple(check_certificate.PROFILES[pid])


def parameter_variants(data: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(what was set, the file) for every parameter the checker reads under the file's profile,
    set to each of its other values (``parameter_values``), one at a time; those of how a ballot
    is read (``Section.BALLOT``) only on a file with ballot records."""
    from tallykit.profiles import BUILTIN

    ref = data.get("profile")
    if ref is None:
        return
    pid = ref if isinstance(ref, str) else ref["extends"]
    changes = {} if isinstance(ref, str) else ref.get("set", {})
    posts = sorted({p["name"] for r in data["rounds"] for p in r.get("positions", ())})
    records = [b for r in data["rounds"] for b in r.get("ballot_records", ())]
    symbols = {s for b in records for line in b["marks"].values() for s in line}
    symbols |= {w[1] for b in records for pairs in (b.get("write_ins") or {}).values() for w in pairs}
    for name in checker_parameters(pid):
        if PARAMETERS[name].section == Section.BALLOT and not records:
            continue  # how a ballot is read: only a file with ballot records can show it
        default = _plain(BUILTIN[pid][PARAMETERS[name]])
        for value in parameter_values(PARAMETERS[name], default, posts, symbols):
            if value != changes.get(name, default):
                profile = {"extends": pid, "set": changes | {name: value}}
                yield f"{name} = {value}", copy.deepcopy(data) | {"profile": profile}


def outcome_only(cert_raw: bytes, results_raw: bytes) -> list[tuple[str, str]]:
    """The broken variant: the real checker's reasons about the outcome and totals only."""
    kept = ("/result", "/elected", "/ballots/", "another file", "not a ")
    return [
        r for r in check_certificate.check(cert_raw, results_raw) if any(k in r[1] for k in kept)
    ]


def _sound(checker: Checker) -> Outcome:
    made = [(topic, seed, data, certify(data)) for topic, seed, data in files()]
    edited = list(edited_files(made))
    refused = 0
    for topic, data in edited:
        try:
            cert = certify(data)
        except InputError:  # an edit the results format does not allow: no certificate exists
            refused += 1
            continue
        reasons = checker(raw_of(cert), raw_of(data))
        if reasons:
            why = f"{topic}: the counter's certificate is rejected: {reasons[0][1]}"
            return Outcome(COUNTEREXAMPLE, why, data)
    n_tampered = n_pairs = 0
    tampered: set[str] = set()
    for topic, seed, data, cert in made:
        raw = raw_of(data)
        reasons = checker(raw_of(cert), raw)
        if reasons:
            why = f"{topic} seed {seed}: the counter's certificate is rejected: {reasons[0][1]}"
            return Outcome(COUNTEREXAMPLE, why, data)
        if seed != 0 or topic in tampered:
            continue
        tampered.add(topic)  # every field altered: the first file of each topic
        for what, where, changed in tamperings(cert):
            n_tampered += 1
            named = SPECIAL.get(where, where)
            if not any(named in en for _, en in checker(changed, raw)):
                why = f"{topic} seed {seed}: a certificate altered ({what} at {where}) is not rejected naming it"
                return Outcome(COUNTEREXAMPLE, why, data)
    for i, (topic, seed, data, cert) in enumerate(made):
        for j, (other_topic, other_seed, other, other_cert) in enumerate(made):
            if other_topic != topic or i == j or raw_of(other) == raw_of(data):
                continue
            n_pairs += 1
            forged = cert | {"results_sha256": other_cert["results_sha256"]}
            accepted = not checker(raw_of(forged), raw_of(other))
            if accepted != (forged == other_cert):
                verdict = "accepted" if accepted else "rejected"
                why = f"{topic}: one file's certificate {verdict} for another's (seed {other_seed})"
                return Outcome(COUNTEREXAMPLE, why, other)
    return Outcome(
        PROVED, f"{len(made)} files and {len(edited) - refused} edited files accepted ({refused} edits the format refuses), {n_tampered} alterations rejected, {n_pairs} pairs"
    )


def edited_files(made: list[Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(what, the file): each topic's first file with each parameter the checker reads set to
    each of its values, each edit of ``variants`` as it is and with each such parameter value,
    and ``exclusions``."""
    for topic, _, first in made_firsts(made):
        yield from ((f"{topic} ({what})", data) for what, data in exclusions(first))
        for edits in (dated, declarations, kinds, records, ballots):
            yield from ((f"{topic} ({what})", data) for what, data in edits(first))
        for what, data in [("as drawn", first), *variants(first)]:
            if what != "as drawn":
                yield f"{topic} ({what})", data
            for setting, changed in [*parameter_variants(data), *seat_counts(data)]:
                yield f"{topic} ({what}; {setting})", changed


def made_firsts(made: list[Any]) -> Iterator[tuple[str, int, dict[str, Any]]]:
    """Each topic's first file (seed 0, the profile its draw picks)."""
    seen: set[str] = set()
    for topic, seed, data, _ in made:
        if seed == 0 and topic not in seen:
            seen.add(topic)
            yield topic, seed, data


def check(broken: bool) -> Outcome:
    return _sound(outcome_only if broken else check_certificate.check)


PROPERTY = Property(
    name="checker_sound",
    doc=summary(__doc__),
    rules=(
        "P-QUORUM-1",
        "P-QUORUM-2",
        "P-BALLOT-1",
        "P-VALID-1",
        "P-ELECT-1",
        "P-ELECT-3",
        "V-DOUBLE-MAJORITY-1",
        "V-SUPP-3",
        "V-POS-2",
        "V-WOMEN-1",
        "V-PROXY-1",
        "V-RECALL-1",
    ),
    bounds=(
        "drill scenarios: every party and villager topic x seeds 0..1 (the profile each draw "
        "picks), seed 0 under every built-in profile of its family and without a profile; every "
        "field of each topic's first certificate altered; every pair of one topic's files; "
        "edits of each topic's first file: every parameter the checker reads x each of its "
        "values and each post's seats 1..printed names (on the file and on each hand-made edit), "
        "no profile with the day on and beside each law's start and end x 3 places, each "
        "declaration, each election and round kind, each ballot flag, proxy and exclusion field "
        "value, the first record's every mark x 4 meanings and write-ins x 4 meanings x 3 names, "
        "6 exclusion reasons and 4 voter statuses x 2 party laws; hand-made: no profile and no "
        "date, write-ins marked alike, the officers' committee, one elected earlier standing "
        "again, participants +-1, no woman passing, two women tied, one printed name"
    ),
    check=check,
)
