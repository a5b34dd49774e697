"""The rule catalogue of ``verify``: every check with a stable code, and the findings it makes.

Each ``Check`` has a code ``TK-…`` that never changes meaning, a severity and the rule ids
(../shared/rules/) it applies; its title, explanation, what the data-entry clerk and what the
reviewer (the township or county office) should do, in Chinese and English, and the regulation
articles it cites are the catalogue's (``tallykit.text.code_words``). A ``Finding`` is one
instance: the rules it cites are those of the election family at hand (``P-…`` party, ``V-…``
villagers and residents), or the rule the counting core named for the decision (a gate's rule,
the threshold's rule, a void round's rules).

A finding carries facts, not sentences: what it says is a ``Sentence`` of catalogue keys
(``finding.<code>…``, ``tallykit.text.finding_words``) and language-neutral fields, worded in
Chinese or English only where it is shown (``Finding.message``, the JSON report, the printed
report, the web page).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from typing import Any

import msgspec

from tallykit.serial import json_words
from tallykit.text.texts import text
from tallykit.text.words import Phrase, Sentence
from tallykit.vocabulary import Family, Lang, Severity

ERROR, WARNING, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO
SEVERITIES = (ERROR, WARNING, INFO)


class Text(msgspec.Struct, frozen=True):
    """One wording of a check in Chinese and English (its title, explanation and advice): the
    catalogue's ``code.<TK>.<part>``, looked up when it is shown — so a ``verify`` without
    findings reads no check's words (``tallykit.text.code_words``)."""

    key: str

    def __call__(self, lang: Lang) -> str:
        return text(self.key, lang)

    def words(self, lang: Lang) -> str:
        return self(lang)

    @property
    def zh(self) -> str:
        return self(Lang.ZH)

    @property
    def en(self) -> str:
        return self(Lang.EN)

    def json_view(self) -> dict[str, str]:
        return {"zh": self.zh, "en": self.en}


class Check(msgspec.Struct, frozen=True):
    """One check of the catalogue (the ``tallykit rules`` listing)."""

    code: str
    severity: Severity
    title: Text
    explanation: Text
    remediation_clerk: Text
    remediation_reviewer: Text
    rules: tuple[str, ...]

    JSON_EXTRA = ("articles",)

    @property
    def articles(self) -> tuple[str, ...]:
        """The regulation articles the check applies (``tallykit.text.code_words.ARTICLES``;
        none listed: its rule ids say it)."""
        from tallykit.text.code_words import ARTICLES

        return ARTICLES.get(self.code, ())

    def rules_for(self, family: Family | None) -> tuple[str, ...]:
        """The rule ids this check applies to one election family (party / villager / residents).

        Project ids (``TK-…``, ``FMT-…``) apply to every family; residents' elections follow the
        villagers' rules plus their own ``R-…`` ids. The amended laws' ids (``V-2026-…``) are
        cited only where the profile rests a value on them (the verifier adds them).
        """
        prefixes = ("P-",) if family == Family.PARTY else ("V-", "R-") if family == Family.RESIDENTS else ("V-",)
        chosen = tuple(
            r
            for r in self.rules
            if (r.startswith(prefixes) or not r.startswith(("P-", "V-", "R-"))) and r not in AMENDED_ONLY
        )
        return chosen or self.rules


class Finding(msgspec.Struct, frozen=True):
    """One inconsistency (or note) found in one file, at a JSON pointer into it."""

    code: str
    rules: tuple[str, ...]
    severity: Severity
    path: str
    said: Sentence | Phrase
    expected: Any = None
    recorded: Any = None

    JSON_FIELDS = {"said": json_words("message")}  # tallykit.serial.to_json writes it as its text

    def message(self, lang: Lang) -> str:
        """What the finding says, worded in ``lang`` from the catalogue."""
        return self.said.words(lang)

    @property
    def message_zh(self) -> str:
        return self.message(Lang.ZH)

    @property
    def message_en(self) -> str:
        return self.message(Lang.EN)


def _c(code: str, severity: Severity, rules: tuple[str, ...]) -> Check:
    """Check ``code`` with its wording (``code.<TK>.<part>``) from the catalogue
    (``tallykit.text.code_words``)."""
    title, explanation, clerk, reviewer = (Text(f"code.{code}.{part}") for part in ("title", "explanation", "clerk", "reviewer"))
    return Check(code, severity, title, explanation, clerk, reviewer, rules)


AMENDED_ONLY = frozenset(
    {
        "V-2026-PROXY-1",
        "V-2026-PROXY-2",
        "V-2026-REG-1",
        "V-2026-COMM-1",
        "V-2026-KIN-1",
        "V-2026-CAND-1",
        "V-2026-SUPERVISE-1",
        "R-2026-SIZE-1",
    }
)
"""The amended laws' rule ids (rules/villager.md §4): cited by a finding only under a profile
that rests the checked value on them."""

CATALOGUE: tuple[Check, ...] = (
    _c("TK-SCHEMA-1", ERROR, ("FMT-JSON", "FMT-TYPE", "FMT-REQUIRED", "FMT-UNKNOWN", "FMT-ENCODING", "FMT-FILE", "FMT-SIZE", "FMT-TEXT", "FMT-DATE", "FMT-PROFILE")),
    _c("TK-INTERNAL-1", ERROR, ("TK-INTERNAL-1",)),
    _c("TK-NAME-1", WARNING, ("FMT-NAME",)),
    _c("TK-PROFILE-1", WARNING, ("V-2026-DATE", "TK-PROFILE-1")),
    _c("TK-RECON-1", ERROR, ("P-BALLOT-1", "V-BALLOT-RECON-1")),
    _c("TK-RECON-2", ERROR, ("P-BALLOT-1", "V-BALLOT-RECON-1", "V-ROVING-1")),
    _c("TK-RECON-3", WARNING, ("P-BALLOT-1", "V-ROVING-1")),
    _c("TK-RECON-4", ERROR, ("P-BALLOT-1", "V-BALLOT-RECON-1")),
    _c("TK-BALLOTS-1", ERROR, ("P-BALLOT-2", "P-VALID-1", "V-BALLOT-OVERVOTE-1", "V-BALLOT-ILLEGIBLE-1")),
    _c("TK-VOTES-1", ERROR, ("P-BALLOT-2", "P-VALID-1", "V-POS-1", "V-BALLOT-OVERVOTE-1")),
    _c("TK-VOTES-2", ERROR, ("P-VALID-1", "V-BALLOT-OVERVOTE-1")),
    _c("TK-FEAS-1", ERROR, ("P-VALID-1", "P-VALID-5", "V-BALLOT-OVERVOTE-1", "V-SAME-PERSON-1", "TK-FEAS-1")),
    _c("TK-QUORUM-1", ERROR, ("P-QUORUM-1", "P-QUORUM-2", "P-QUORUM-4", "V-DOUBLE-MAJORITY-1")),
    _c("TK-QUORUM-2", ERROR, ("P-QUORUM-1", "P-QUORUM-2", "P-RIGHTS-1")),
    _c("TK-OUTCOME-1", ERROR, ("P-BALLOT-1", "P-BALLOT-2", "V-BALLOT-RECON-1", "V-DOUBLE-MAJORITY-1")),
    _c("TK-OUTCOME-2", ERROR, ("P-ELECT-1", "P-ELECT-2", "P-ELECT-5", "V-DOUBLE-MAJORITY-2", "V-DOUBLE-MAJORITY-3", "V-SUPP-3")),
    _c("TK-OUTCOME-3", ERROR, ("P-ELECT-3", "P-ELECT-4", "V-TIE-1", "V-SUPP-1", "V-SUPP-4")),
    _c("TK-ROUND-1", ERROR, ("P-ELECT-3", "P-ELECT-5", "V-TIE-1", "V-SUPP-1", "V-WOMEN-1")),
    _c("TK-ROUND-2", ERROR, ("P-ELECT-3", "P-ELECT-4", "V-TIE-1", "V-SUPP-1")),
    _c("TK-RECOUNT-1", ERROR, ("P-BALLOT-2", "P-VALID-1", "P-VALID-3", "P-VALID-5", "V-POS-1", "V-BALLOT-OVERVOTE-1")),
    _c("TK-MARGIN-1", ERROR, ("P-CAND-1", "V-CAND-1")),
    _c("TK-ORDER-1", WARNING, ("P-ORDER-1", "P-ORDER-2", "TK-ORDER-1")),
    _c("TK-OFFICIAL-1", ERROR, ("P-BALLOT-3", "P-PROXY-2", "V-ROVING-1", "TK-OFFICIAL-1")),
    _c("TK-PROXY-1", ERROR, ("P-PROXY-1", "V-PROXY-1", "V-2026-PROXY-1", "V-2026-PROXY-2")),
    _c("TK-POST-1", ERROR, ("V-POS-1", "TK-POST-1")),
    _c("TK-EXCL-1", ERROR, ("P-QUORUM-2", "P-QUORUM-1", "P-ELECT-1")),
    _c("TK-RECALL-1", ERROR, ("V-RECALL-1", "R-RECALL-1")),
    _c("TK-REC-3", WARNING, ("TK-REC-3", "P-CAND-1")),
    # ---------------------------------------------------------- procedure checks: eligibility,
    # composition and avoidance (issue 6; tallykit/procedure/eligibility.py, tallykit/procedure/composition.py)
    _c("TK-ELIG-1", ERROR, ("V-T-AGE", "V-REG-1", "R-FORMS-1")),
    _c("TK-ELIG-2", ERROR, ("P-RIGHTS-1", "V-REG-2")),
    _c("TK-ELIG-3", INFO, ("P-RIGHTS-1", "P-QUORUM-2")),
    _c("TK-ELIG-4", WARNING, ("P-RIGHTS-1", "P-VALID-5", "P-CAND-2", "V-WRITEIN-1", "V-INELIGIBLE-1", "V-2026-CAND-1")),
    _c("TK-ELIG-5", ERROR, ("P-RIGHTS-1", "P-VALID-5", "P-CAND-2", "V-WRITEIN-1", "V-INELIGIBLE-1", "V-2026-CAND-1")),
    _c("TK-ELIG-6", WARNING, ("P-CAND-2", "V-CAND-1", "TK-ELIG-6")),
    _c("TK-ELIG-7", WARNING, ("P-CAND-2", "TK-ELIG-7")),
    _c("TK-ELIG-8", WARNING, ("V-REG-1", "V-2026-REG-1", "TK-ELIG-8")),
    _c("TK-COMP-1", ERROR, ("V-COMP-1",)),
    _c("TK-COMP-2", WARNING, ("P-SIZE-1", "P-ELECT-4", "V-COMP-1")),
    _c("TK-COMP-3", ERROR, ("V-WOMEN-1", "TK-COMP-3")),
    _c("TK-COMP-4", WARNING, ("V-WOMEN-1", "TK-COMP-4")),
    _c("TK-COMP-5", WARNING, ("TK-COMP-5",)),
    _c("TK-COMP-6", WARNING, ("V-MINORITY-1",)),
    _c("TK-COMP-7", ERROR, ("V-KIN-1", "V-2026-COMM-1")),
    _c("TK-COMP-8", WARNING, ("V-CAND-1", "TK-COMP-8")),
    _c("TK-COMP-9", WARNING, ("V-REPS-1", "TK-COMP-9")),
    _c("TK-COMP-10", ERROR, ("V-REPS-1",)),
    _c("TK-COMP-11", ERROR, ("V-REPS-1",)),
    _c("TK-COMP-12", ERROR, ("P-SIZE-1",)),
    _c("TK-COMP-13", INFO, ("R-2026-SIZE-1", "TK-COMP-13")),
    _c("TK-COMP-14", ERROR, ("P-SIZE-1", "P-ELECT-4")),
    _c("TK-KIN-1", WARNING, ("V-KIN-1", "TK-KIN-1", "V-2026-KIN-1")),
    _c("TK-KIN-2", ERROR, ("V-SUPERVISORY-1", "TK-KIN-2", "V-2026-SUPERVISE-1")),
    _c("TK-KIN-3", WARNING, ("V-KIN-1", "P-BALLOT-3", "TK-KIN-3")),
    _c("TK-KIN-4", WARNING, ("V-KIN-1", "TK-KIN-4")),
    # ---------------------------------------------------------------- timeline (tallykit/procedure/timeline.py)
    _c("TK-TIME-1", ERROR, ("TK-TIME-1",)),
    _c("TK-TIME-2", ERROR, ("P-TIME-1", "P-TIME-2", "P-TIME-3", "P-TIME-4", "V-T-LIST", "V-T-OBJ", "V-T-PROXY", "V-T-HANDOVER", "V-T-POST", "TK-TIME-2")),
    _c("TK-TIME-3", ERROR, ("V-T-LIST", "V-T-CAND", "V-T-TIMEPLACE", "V-T-PROXY")),
    _c("TK-TIME-4", ERROR, ("V-T-OBJ", "V-T-HANDOVER", "V-T-POST", "V-T-SUPP", "V-T-PROXY", "P-TIME-4")),
    _c("TK-TIME-5", WARNING, ("P-TIME-1",)),
    _c("TK-TIME-6", WARNING, ("P-TIME-3", "P-TIME-4")),
    _c("TK-TIME-7", WARNING, ("P-SIZE-2", "V-T-TERM", "V-T-POSTPONE")),
    _c("TK-TIME-8", WARNING, ("TK-TIME-8", "P-TIME-3", "P-TIME-4", "V-T-OBJ", "V-T-PROXY", "V-T-HANDOVER", "V-T-POST", "V-T-SUPP")),
)

BY_CODE: dict[str, Check] = {c.code: c for c in CATALOGUE}


def said(key: str, **fields: Any) -> Phrase:
    """A phrase of a finding: the wording ``finding.<key>`` of the catalogue and its fields."""
    return Phrase(f"finding.{key}", tuple(fields.items()))


def finding(
    code: str,
    path: str,
    *parts: Phrase,
    family: Family | None,
    rules: tuple[str, ...] | None = None,
    expected: Any = None,
    recorded: Any = None,
    severity: Severity | None = None,
) -> Finding:
    """A finding of catalogue check ``code`` saying ``parts`` one after the other; ``rules``
    from the core when it named them."""
    check = BY_CODE[code]
    cited = tuple(dict.fromkeys(rules)) if rules else check.rules_for(family)
    return Finding(code, cited, severity or check.severity, path, Sentence(parts), expected, recorded)


class Stage(enum.IntEnum):
    """What a check looks at, which is also the order a report lists its findings in: the file
    as a whole, each round (round by round: every round check on round 1, then on round 2…),
    the rounds together, the people, the dates."""

    FILE = 1
    ROUND = 2
    ROUNDS = 3
    PEOPLE = 4
    TIMELINE = 5


class Registered(msgspec.Struct, frozen=True):
    """The one check function of a catalogue code: ``run(subject)`` (a ``ROUND`` check:
    ``run(subject, round_index)``) yields that code's findings (``tallykit.procedure.subject``);
    ``families``: the election families it applies to (none named: every family)."""

    code: str
    stage: Stage
    run: Callable[..., Iterable[Finding]]
    families: frozenset[Family] = frozenset()

    def applies(self, family: Family) -> bool:
        return not self.families or family in self.families


REGISTRY: dict[str, Registered] = {}
"""Catalogue code -> its check, in the order the checks were defined (within a stage, the order
a report lists them in). Filled by the ``check`` decorator where each check is written."""

PRODUCED_ELSEWHERE = {code: Text(f"code.{code}.made_by") for code in ("TK-SCHEMA-1", "TK-INTERNAL-1")}
"""Catalogue codes no check function makes, and what makes them (the reader, the batch runner)."""


def check(
    code: str, stage: Stage = Stage.FILE, *, families: Iterable[Family] = ()
) -> Callable[[Callable[..., Iterable[Finding]]], Callable[..., Iterable[Finding]]]:
    """Register the decorated generator as the one check of catalogue ``code``, run on files of
    the election ``families`` it applies to (none named: every family)."""

    def register(run: Callable[..., Iterable[Finding]]) -> Callable[..., Iterable[Finding]]:
        if code not in BY_CODE:
            raise ValueError(f"{code} is not in the catalogue")
        if code in REGISTRY or code in PRODUCED_ELSEWHERE:
            raise ValueError(f"{code} already has its check")
        REGISTRY[code] = Registered(code, stage, run, frozenset(families))
        return run

    return register


def check_each(
    stage: Stage,
    view: Callable[[Any], Any],
    methods: Iterable[tuple[str, Callable[..., Iterable[Finding]]] | tuple[str, Callable[..., Iterable[Finding]], Iterable[Family]]],
) -> None:
    """Register each ``(code, method[, families])`` as the check of its code: the method called
    on what ``view(subject)`` gives (None: the check does not apply to this file)."""
    for code, method, *families in methods:
        check(code, stage, families=families[0] if families else ())(_method_check(view, method))


def _method_check(view: Callable[[Any], Any], method: Callable[..., Iterable[Finding]]) -> Callable[[Any], Iterable[Finding]]:
    def run(subject: Any) -> Iterable[Finding]:
        seen = view(subject)
        return () if seen is None else method(seen)

    run.__module__, run.__name__, run.__qualname__ = method.__module__, method.__name__, method.__qualname__
    return run


__all__ = [
    "BY_CODE",
    "CATALOGUE",
    "Check",
    "ERROR",
    "Finding",
    "INFO",
    "PRODUCED_ELSEWHERE",
    "REGISTRY",
    "Registered",
    "Stage",
    "Text",
    "WARNING",
    "check",
    "check_each",
    "finding",
    "said",
]
