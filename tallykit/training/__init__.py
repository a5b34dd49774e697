"""Training for 监票人 and 计票人: generated items with answer keys, tally exercises and
sessions (``tallykit drill``).

The package is split by topic family: ``committee`` (the 党员大会's committee election),
``officers`` (书记/副书记 at the first meeting), ``recommendation`` (两推), ``villager``
(villagers' and residents' committees), ``recall``, ``mistakes`` (counterexample items from the
specs' broken variants) and ``tally`` (a stack of ballots to count); ``build`` makes the
elections, ``people`` the names, places and dates (tables in ``data/``), ``law`` the rules in a
trainee's words, ``item`` the questions, ``catalogue`` the items. Every item's declared answer
is the counting core's own outcome; randomness comes only from the ``random.Random`` passed in.
"""

from tallykit.training.build import (
    boundary,
    fewest_for_third,
    fewest_present,
    fewest_to_elect,
    first_void_return,
)
from tallykit.training.catalogue import (
    PARTY_TOPICS,
    SESSION_ITEMS,
    VILLAGER_TOPICS,
    generate,
    make_item,
    session,
    topics_for,
)
from tallykit.training.item import featured_verdict

__all__ = [
    "PARTY_TOPICS",
    "SESSION_ITEMS",
    "VILLAGER_TOPICS",
    "boundary",
    "featured_verdict",
    "fewest_for_third",
    "fewest_present",
    "fewest_to_elect",
    "first_void_return",
    "generate",
    "make_item",
    "session",
    "topics_for",
]
