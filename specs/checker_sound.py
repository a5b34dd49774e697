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
grown or shrunk); every pair of one topic's files. Broken variant: a checker that compares only the outcome (round results,
the elected) and the ballot totals.
"""

from __future__ import annotations

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


def outcome_only(cert_raw: bytes, results_raw: bytes) -> list[tuple[str, str]]:
    """The broken variant: the real checker's reasons about the outcome and totals only."""
    kept = ("/result", "/elected", "/ballots/", "another file", "not a ")
    return [
        r for r in check_certificate.check(cert_raw, results_raw) if any(k in r[1] for k in kept)
    ]


def _sound(checker: Checker) -> Outcome:
    made = [(topic, seed, data, certify(data)) for topic, seed, data in files()]
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
        PROVED, f"{len(made)} files accepted, {n_tampered} alterations rejected, {n_pairs} pairs"
    )


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
        "field of each topic's first certificate altered; every pair of one topic's files"
    ),
    check=check,
)
