"""What a topic hands back (a ``Draft``) and the questions a trainee answers (``asks``).

A topic builds a results file, has the counting core count it, then picks one of its question
templates. Each template says what the page shows (``show``: the facts, which rounds' counts
and tallies, which ballots) and asks only what can be answered from that: a choice (is this
ballot valid, is she elected, which announcement is right), a number (the fewest votes that
elect), or names from those shown. The right answers are read from the core's outcome.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import msgspec

from tallykit.counting.ballots import Layout, Verdict, classify
from tallykit.counting.outcome import Count
from tallykit.profiles import profile_of
from tallykit.results import Results
from tallykit.text.labels import value_label
from tallykit.text.texts import text
from tallykit.training.build import finish
from tallykit.vocabulary import Lang

Pair = tuple[str, str]
Ask = dict[str, Any]

CLASSES = ("valid", "partly_valid", "invalid")


def both(key: str, /, **fields: object) -> Pair:
    """The catalogue's wording of ``key`` (``tallykit.text.training_words``) in Chinese and in
    English, as an item carries both; a field given as a (Chinese, English) pair is put in per
    language, any other as it is.

    >>> both("training.is_elected", name="张三")
    ('张三 当选吗？', 'Is 张三 elected?')
    """
    return (
        text(key, Lang.ZH, **{k: v[0] if isinstance(v, tuple) else v for k, v in fields.items()}),
        text(key, Lang.EN, **{k: v[1] if isinstance(v, tuple) else v for k, v in fields.items()}),
    )


def labelled(domain: str, value: str) -> Pair:
    """The word of an identifier's value (``tallykit.text.labels``) in Chinese and in English."""
    return value_label(domain, value, Lang.ZH), value_label(domain, value, Lang.EN)


def pair(p: Pair) -> dict[str, str]:
    return {"zh": p[0], "en": p[1]}


def choice(prompt: Pair, options: Sequence[Pair], answer: int) -> Ask:
    """Pick one of ``options``; ``answer`` is the index of the right one."""
    return {
        "kind": "choice",
        "prompt": pair(prompt),
        "options": [pair(o) for o in options],
        "answer": answer,
    }


def yes_no(prompt: Pair, truth: bool) -> Ask:
    return choice(prompt, [labelled("bool", "true"), labelled("bool", "false")], 0 if truth else 1)


def number(prompt: Pair, answer: int) -> Ask:
    return {"kind": "number", "prompt": pair(prompt), "answer": answer}


def names(prompt: Pair, answer: Sequence[str], among: Sequence[str]) -> Ask:
    """Write the names, out of ``among`` (all of them shown on the page); none is an answer too."""
    return {"kind": "names", "prompt": pair(prompt), "answer": list(answer), "among": list(among)}


def ballot_class(prompt: Pair, status: str) -> Ask:
    return choice(prompt, [both(c) for c in CLASSES], CLASSES.index(status))


def shuffled(rng: random.Random, right: Pair, wrong: Sequence[Pair]) -> tuple[list[Pair], int]:
    """``right`` among ``wrong`` in a random order, and where ``right`` landed."""
    options = [right, *wrong]
    rng.shuffle(options)
    return options, options.index(right)


def show(
    *,
    tally: Sequence[int] = (),
    counts: Sequence[int] = (0,),
    ballots: Sequence[tuple[int, int]] = (),
    people: bool = False,
    proxies: bool = False,
    stations: Sequence[int] = (),
    all_ballots: bool = False,
) -> dict[str, Any]:
    """What the page shows beyond the facts (organisation, date, seats, electorate): per round,
    its ballot counts, its tally, its stations; the ballots ``(round, record)`` asked about (or
    every ballot, for a tally exercise); the candidates' genders; the proxy register."""
    return {
        "counts": list(counts),
        "tally": list(tally),
        "stations": list(stations),
        "ballots": [list(b) for b in ballots],
        "all_ballots": all_ballots,
        "people": people,
        "proxies": proxies,
    }


class Draft(msgspec.Struct):
    """An item before numbering: the finished scenario, its count, and the chosen template."""

    data: dict[str, Any]
    results: Results
    counted: Count
    title: Pair
    template: int
    question: Pair
    asks: list[Ask]
    why: Pair
    show: dict[str, Any]
    steps: list[dict[str, Any]] = msgspec.field(default_factory=list)
    mistake: dict[str, Any] | None = None
    key: dict[str, Any] | None = None


Template = Callable[[], tuple[Pair, list[Ask], dict[str, Any]]]


def pick(
    rng: random.Random, templates: Sequence[Template]
) -> tuple[int, Pair, list[Ask], dict[str, Any]]:
    """One of the topic's question templates (question, asks, show), built only when chosen."""
    k = rng.randrange(len(templates))
    question, asks, shown = templates[k]()
    return k, question, asks, shown


def counted_file(data: dict[str, Any]) -> tuple[dict[str, Any], Results, Count]:
    """The scenario with ``declared`` as the core's outcome, parsed and counted."""
    return finish(data)


def verdict(results: Results, round_index: int, record: int) -> Verdict:
    """The core's judgement of one ballot record of a round (P-VALID-*, V-BALLOT-*)."""
    rnd = results.rounds[round_index]
    profile = profile_of(results)
    assert rnd.ballot_records is not None
    return classify(rnd.ballot_records[record], Layout.of(rnd), profile)


def gets_vote(v: Verdict, position: str, name: str) -> bool:
    return name in v.approvals.get(position, ())


def elected(counted: Count, round_index: int = 0) -> set[str]:
    return {n for names in counted.rounds[round_index].elected.items() for n in names[1]}


def featured_verdict(item: dict[str, Any]) -> str | None:
    """The class (valid / partly_valid / invalid) of the first ballot an item shows, when it
    shows one."""
    shown = item["show"]["ballots"]
    if not shown:
        return None
    from tallykit.results import parse_results

    r, k = shown[0]
    return verdict(parse_results(item["scenario"]), r, k).status


def fewest_votes(counted: Count, round_index: int = 0) -> int:
    """The fewest votes that pass the round's threshold, as the core computed it."""
    threshold = counted.rounds[round_index].threshold
    assert threshold is not None and threshold.min_votes is not None
    return threshold.min_votes


def recount_tally(counted: Count, round_index: int = 0) -> Mapping[str, Mapping[str, int]]:
    """The tally of the full recount of a round with ballot records."""
    rec = counted.rounds[round_index].recount
    assert rec is not None
    return rec.tally
