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
grown or shrunk); every pair of one topic's files; and edits of each topic's first file that reach
what the drill never draws (``variants``): no profile and no date at all; an unapproved exclusion naming each of the laws' "no
vote" words, and a voter of each party status, under party-1990 and party-2020 (P-RIGHTS-1); every
write-in marked disapprove, unreadable or unmarked, and an unmarked write-in voiding the ballot; the officers' new committee on record
(P-CAND-2); a two-thirds quorum; a person elected in an earlier round standing again (TK-POST-1);
villagers' participants one above and one below the ballots returned
(V-BALLOT-RECON-1); a section over quota keeping the lower post (same_person_void_higher); no
woman with a vote, and with it only each post's top man, and two women tied (V-WOMEN-1, V-SUPP-1); a post with one
printed name (P-ORDER-1). Broken variant: a checker that compares only the outcome (round results,
the elected) and the ballot totals.
"""

from __future__ import annotations

import copy
import random
from collections.abc import Callable, Iterator
from typing import Any

from tallykit.check import check_certificate
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


def variants(data: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(what was edited, the edited file): bounded edits of one drill file that reach branches of
    the counter and the checker the drill itself never draws."""
    kind = data["election"]["kind"]
    undated = {k: v for k, v in copy.deepcopy(data).items() if k not in ("profile", "timeline")}
    undated["election"].pop("date", None)
    for rnd in undated["rounds"]:
        rnd.pop("date", None)
    yield "no profile and no date (each side's default law)", undated
    if kind in ("party_committee", "recommendation"):
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
        base = data["profile"] if isinstance(data["profile"], str) else data["profile"]["extends"]
        strict = {"writein_without_mark": "void_ballot"}  # P-MARK-1's strictest reading
        yield "an unmarked write-in voids the ballot", data | {"profile": {"extends": base, "set": strict}}
    if kind in ("party_committee", "party_officers"):
        base = data["profile"] if isinstance(data["profile"], str) else data["profile"]["extends"]
        quorum = {"committee_quorum": "two_thirds"}
        yield "a two-thirds quorum", data | {"profile": {"extends": base, "set": quorum}}
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
        if any("ballot_records" in r for r in data["rounds"]):
            base = data["profile"] if isinstance(data["profile"], str) else data["profile"]["extends"]
            keep = {"same_person_void_higher": "keep_lower", "overvote_scope": "section"}
            yield "keep_lower", copy.deepcopy(data) | {"profile": {"extends": base, "set": keep}}
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


def outcome_only(cert_raw: bytes, results_raw: bytes) -> list[tuple[str, str]]:
    """The broken variant: the real checker's reasons about the outcome and totals only."""
    kept = ("/result", "/elected", "/ballots/", "another file", "not a ")
    return [
        r for r in check_certificate.check(cert_raw, results_raw) if any(k in r[1] for k in kept)
    ]


def _sound(checker: Checker) -> Outcome:
    made = [(topic, seed, data, certify(data)) for topic, seed, data in files()]
    edited = [
        (f"{topic} ({what})", data)
        for topic, seed, first in made_firsts(made)
        for what, data in variants(first)
    ]
    for topic, data in edited:
        reasons = checker(raw_of(certify(data)), raw_of(data))
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
        PROVED, f"{len(made)} files and {len(edited)} edited files accepted, {n_tampered} alterations rejected, {n_pairs} pairs"
    )


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
        "edits of each topic's first file: no profile and no date, a two-thirds quorum, one elected "
        "earlier standing again, 6 exclusion reasons and 4 voter statuses x 2 party "
        "profiles, write-ins marked x/?/blank, the officers' committee, villagers' participants "
        "+-1, keep_lower, no woman passing (with one man per post), two women tied, unmarked "
        "write-ins voiding, one printed name"
    ),
    check=check,
)
