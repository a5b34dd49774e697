"""The certificate checker is sound on bounded results files: it accepts the counter's certificate
of each file, rejects that certificate altered in any one field (naming the field), and accepts
another file's certificate with this file's digest written in only when it is identical to the
counter's — so it accepts a certificate only if its outcome is the counter's.

Rules: the checker's whole coverage (docs/certificates.md), among them P-QUORUM-1/2, P-BALLOT-1,
P-VALID-1, P-ELECT-1/3/4, TK-REC-1/2, V-DOUBLE-MAJORITY-1/2, V-SUPP-3, V-POS-1/2, V-WOMEN-1,
V-PROXY-1, V-RECALL-1. Bounds: the drill generator's scenarios (tallykit.training), every party
and villager topic with seeds 0..1 and the profile each draw picks; every field of seed 0's
certificates altered (changed, removed, an extra field, a list grown or shrunk); every pair of
files of one topic. Broken variant: a checker that compares only the outcome (round results,
the elected) and the ballot totals.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from typing import Any

from tallykit import check_certificate
from tallykit.specs._certify import certify, raw_of, tamperings
from tallykit.specs._harness import COUNTEREXAMPLE, PROVED, Outcome, Property, summary

SEEDS = (0, 1)
Checker = Callable[[bytes, bytes], list[tuple[str, str]]]
# A reason must name what was altered; these two are named in words.
SPECIAL = {"/format": "certificate", "/results_sha256": "another file"}


def files() -> Iterator[tuple[str, int, dict[str, Any]]]:
    """(topic, seed, results file) for every drill topic and seed."""
    from tallykit.training.build import retry
    from tallykit.training.catalogue import TOPICS

    for family, topics in TOPICS.items():
        for topic, make in topics.items():
            for seed in SEEDS:
                rng = random.Random(seed)
                yield f"{family}/{topic}", seed, retry(lambda: make(rng, None)).data


def outcome_only(cert_raw: bytes, results_raw: bytes) -> list[tuple[str, str]]:
    """The broken variant: the real checker's reasons about the outcome and totals only."""
    kept = ("/result", "/elected", "/ballots/", "another file", "not a ")
    return [
        r for r in check_certificate.check(cert_raw, results_raw) if any(k in r[1] for k in kept)
    ]


def _sound(checker: Checker) -> Outcome:
    made = [(topic, seed, data, certify(data)) for topic, seed, data in files()]
    n_tampered = n_pairs = 0
    for topic, seed, data, cert in made:
        raw = raw_of(data)
        reasons = checker(raw_of(cert), raw)
        if reasons:
            why = f"{topic} seed {seed}: the counter's certificate is rejected: {reasons[0][1]}"
            return Outcome(COUNTEREXAMPLE, why, data)
        if seed != 0:
            continue
        for what, where, tampered in tamperings(cert):
            n_tampered += 1
            named = SPECIAL.get(where, where)
            if not any(named in en for _, en in checker(tampered, raw)):
                why = f"{topic} seed {seed}: a certificate altered ({what} at {where}) is not rejected naming it"
                return Outcome(COUNTEREXAMPLE, why, data)
    for topic, seed, data, cert in made:
        for other_topic, other_seed, other, other_cert in made:
            if other_topic != topic or other_seed == seed or raw_of(other) == raw_of(data):
                continue
            n_pairs += 1
            forged = cert | {"results_sha256": other_cert["results_sha256"]}
            accepted = not checker(raw_of(forged), raw_of(other))
            if accepted != (forged == other_cert):
                why = f"{topic}: seed {seed}'s certificate {'accepted' if accepted else 'rejected'} for seed {other_seed}'s file"
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
        "picks); every field of seed 0's certificates altered; every pair of one topic's files"
    ),
    check=check,
)
