"""The topics by family, and items made from them: ``make_item``, ``generate``, ``session``.

An item is a dict with exactly the keys ``id, seed, family, topic, template, kind, title,
question, asks, answer, steps, show, mistake, scenario``: ``scenario`` is a results-format file
(FORMAT.md) whose ``declared`` holds the correct answer (the counting core's outcome);
``answer.outcome`` is the verify report's ``outcome``; ``steps`` come from ``tallykit.counting.explain``;
``asks`` are the questions a trainee answers from what ``show`` puts on the page; ``mistake``
(counterexample items only) is the wrong announcement a counter would make and the spec whose
broken variant it comes from; a tally exercise (``kind`` ``tally``) has ``answer.ballots`` and
``answer.totals``. Same ``(family, topic, seed, profile)``, same item.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from tallykit.counting.outcome import Count
from tallykit.counting.explain import explain
from tallykit.profiles import BUILTIN
from tallykit.serial import to_json
from tallykit.text.texts import text
from tallykit.text.words import by_post, joined, worded
from tallykit.training import committee, mistakes, officers, recall, recommendation, tally, villager
from tallykit.training.build import retry
from tallykit.training.item import Draft, both
from tallykit.vocabulary import Family, Lang

Topic = Callable[[random.Random, "str | None"], Draft]

# Topic families (the modules) and the election family each belongs to. The order within a
# family is the order ``generate`` cycles through.
PARTY: dict[str, Topic] = {
    "exactly_half": committee.exactly_half,
    "quorum_four_fifths": committee.quorum_four_fifths,
    "returned_exceeds_issued": committee.returned_exceeds,
    "over_quota_writein": committee.over_quota_writein,
    "identifying_mark": committee.identifying_mark,
    "partly_unreadable": committee.partly_unreadable,
    "writein_without_mark": committee.writein_without_mark,
    "blank_and_all_x": committee.blank_and_all_x,
    "tie_last_seat": committee.tie_last_seat,
    "tie_not_deciding": committee.tie_not_deciding,
    "shortfall": committee.shortfall,
    "exclusions": committee.exclusions,
    "secretary_first_meeting": officers.secretary_first_meeting,
    "recommendation": recommendation.recommendation,
    **{f"mistake_{k}": v for k, v in mistakes.PARTY.items()},
}
VILLAGER: dict[str, Topic] = {
    "double_majority": villager.double_majority,
    "third_floor": villager.third_floor,
    "same_person_two_posts": villager.same_person_two_posts,
    "carry_down": villager.carry_down,
    "womens_guarantee": villager.womens_guarantee,
    "womens_seat": villager.womens_seat,
    "proxy_over_limit": villager.proxy_over_limit,
    "mobile_box": villager.mobile_box,
    "returned_exceeds_issued": villager.returned_exceeds,
    "blank_and_all_x": villager.blank_and_all_x,
    "over_quota_writein": villager.over_quota_writein,
    "tie_last_seat": villager.tie_last_seat,
    "tie_not_deciding": villager.tie_not_deciding,
    "recall": recall.recall,
    **{f"mistake_{k}": v for k, v in mistakes.VILLAGER.items()},
}
TOPICS: dict[str, dict[str, Topic]] = {Family.PARTY: PARTY, Family.VILLAGER: VILLAGER}
PARTY_TOPICS = tuple(PARTY)
VILLAGER_TOPICS = tuple(VILLAGER)


def topics_for(family: str) -> list[tuple[str, str]]:
    """The (family, topic) pairs of ``family`` (``party``, ``villager`` or ``all``), in a fixed
    order that alternates families under ``all``."""
    party = [(Family.PARTY, t) for t in PARTY]
    village = [(Family.VILLAGER, t) for t in VILLAGER]
    if family == Family.PARTY:
        return party
    if family == Family.VILLAGER:
        return village
    mixed = [x for pair in zip(party, village) for x in pair]
    longer = party if len(party) > len(village) else village
    return mixed + longer[min(len(party), len(village)) :]


def _summary(counted: Count, lang: Lang) -> str:
    parts = []
    for out in counted.rounds:
        said = dict(n=out.index + 1, what=worded("result." + out.result))
        who = {p: n for p, n in out.elected.items() if n and out.result != "void"}
        if who:
            label = {"not_recalled": "recalled"}.get(out.result, out.result)
            if label not in ("recalled", "nominated"):
                label = "elected"
            got = worded(f"drill.{label}", who=by_post(who))
            parts.append(worded("drill.round_got", got=got, **said))
        else:
            parts.append(worded("round_what", **said))
    return text("drill.summary", lang, parts=joined(parts, "group"))


def item_of(
    draft: Draft, family: str, topic: str, seed: int, kind: str = "question"
) -> dict[str, Any]:
    """The item dict of a finished draft."""
    summary = (_summary(draft.counted, Lang.ZH), _summary(draft.counted, Lang.EN))
    said = both("training.answer", why=draft.why, summary=summary)
    answer: dict[str, Any] = {
        "zh": said[0],
        "en": said[1],
        "outcome": to_json(draft.counted.rounds),
    }
    if draft.key is not None:
        answer.update(draft.key)
    return {
        "id": f"{family}-{topic}-{seed}",
        "seed": seed,
        "family": family,
        "topic": topic,
        "template": draft.template,
        "kind": kind,
        "title": {"zh": draft.title[0], "en": draft.title[1]},
        "question": {"zh": draft.question[0], "en": draft.question[1]},
        "asks": draft.asks,
        "answer": answer,
        "steps": to_json(tuple(explain(draft.results, draft.counted))) + list(draft.steps),
        "show": draft.show,
        "mistake": draft.mistake,
        "scenario": draft.data,
    }


def make_item(family: str, topic: str, seed: int, profile: str | None = None) -> dict[str, Any]:
    """One item, rebuilt exactly from ``(family, topic, seed, profile)``; ``topic`` ``tally``
    is the tally exercise."""
    rng = random.Random(seed)
    if topic == "tally":
        return item_of(
            retry(lambda: tally.exercise(rng, family, profile)), family, topic, seed, "tally"
        )
    make = TOPICS[family][topic]
    # a draw that leaves no room for the votes asked for is drawn again from the same generator
    return item_of(retry(lambda: make(rng, profile)), family, topic, seed)


def family_of(profile: str) -> str:
    return Family.PARTY if BUILTIN[profile].family == Family.PARTY else Family.VILLAGER


def generate(
    rng: random.Random,
    *,
    count: int | None = None,
    family: str = "all",
    profile: str | None = None,
    topics: list[str] | None = None,
    tally_exercises: int = 0,
) -> list[dict[str, Any]]:
    """``count`` items (default: one per topic) cycling through the topics of ``family`` (or
    the named ``topics``), then ``tally_exercises`` tally exercises; each item's seed is drawn
    from ``rng``. A ``profile`` id fixes the family (its profile family) and is used by every
    item.

    >>> items = generate(random.Random(7), count=3)
    >>> [i["topic"] for i in items]
    ['exactly_half', 'double_majority', 'quorum_four_fifths']
    >>> generate(random.Random(7), count=3) == items
    True
    """
    if profile is not None:
        family = family_of(profile)
    pairs = topics_for(family)
    if topics:
        pairs = [p for p in pairs if p[1] in topics] or pairs
    n = len(pairs) if count is None else count
    items = [make_item(*pairs[i % len(pairs)], rng.randrange(1 << 31), profile) for i in range(n)]
    fams = [Family.PARTY, Family.VILLAGER] if family == "all" else [family]
    for i in range(tally_exercises):
        items.append(make_item(fams[i % len(fams)], "tally", rng.randrange(1 << 31), profile))
    return items


# A 45-minute session: ten short items across the topic families (about two or three minutes
# each) and one tally exercise of 20–40 ballots (about fifteen minutes).
SESSION_ITEMS = 10


def session(
    rng: random.Random, *, family: str = "all", profile: str | None = None
) -> list[dict[str, Any]]:
    """A 45-minute session: ``SESSION_ITEMS`` items drawn without repeats from the family's topics
    (counterexample items among them), then one tally exercise."""
    if profile is not None:
        family = family_of(profile)
    pairs = topics_for(family)
    picked = rng.sample(pairs, min(SESSION_ITEMS, len(pairs)))
    items = [make_item(f, t, rng.randrange(1 << 31), profile) for f, t in picked]
    fam = family if family != "all" else rng.choice((Family.PARTY, Family.VILLAGER))
    items.append(make_item(fam, "tally", rng.randrange(1 << 31), profile))
    return items
