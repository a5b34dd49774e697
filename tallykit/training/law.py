"""The rules in a trainee's words, each with its regulation and article: what an item's question
and answer quote instead of parameter names.

``say(rule_id, profile)`` gives the rule as the adopted 选举办法 or the law states it, in Chinese
and English, followed by its source. Where the profile holds a contested reading (the threshold
base, 不少于 or 超过 four fifths, a write-in without ○, 上票下加, the women's guarantee, the
over-vote scope, the same person on two posts), the wording is that reading's. Articles come
from ``explain.ARTICLES`` (the ones rules/*.md gives); the others name the regulation only, as
rules/party.md leaves their article numbers unverified.
"""

from __future__ import annotations

from typing import Any

from tallykit.counting.explain import ARTICLES
from tallykit.text.code_words import P1990, P2020, VLAW
from tallykit.parameters import PARAMETERS
from tallykit.profiles import BUILTIN, Profile
from tallykit.training.item import both
from tallykit.vocabulary import Family

Pair = tuple[str, str]

RLAW = "《城市居民委员会组织法》"
GUIDE = "民政部《村民委员会选举规程》(2013)"

# The rules whose wording is a profile parameter's reading (``training.rule.<id>.<value>`` in
# the catalogue); every other rule is one statement (``training.rule.<id>``).
PARAM_OF = {
    "P-QUORUM-1": "quorum_comparison",
    "P-ELECT-1": "threshold_base",
    "P-QUORUM-4": "committee_quorum",
    "P-MARK-1": "writein_without_mark",
    "V-BALLOT-OVERVOTE-1": "overvote_scope",
    "V-SAME-PERSON-1": "same_person_multi_post",
    "V-POS-2": "carry_down",
    "V-WOMEN-1": "women_guarantee",
}
# Readings the adopted 选举办法 decides (the sources differ, rules/*.md): cited as such.
LOCAL = {"P-MARK-1", "V-POS-2"}
GUIDED = {
    "V-BALLOT-RECON-1",
    "V-ROVING-1",
    "V-BALLOT-OVERVOTE-1",
    "V-BALLOT-BLANK-1",
    "V-SAME-PERSON-1",
    "V-TIE-1",
}


def source(rule: str, profile: Profile) -> Pair:
    """The regulation and article of ``rule`` under ``profile`` (1990 or 2020 for the party;
    the provinces' rules for residents' committees, whose law leaves the counting to them)."""
    if rule in LOCAL:
        return both("training.source.local")
    if profile.family == Family.RESIDENTS:
        return both("training.source.residents", law=RLAW)
    if rule in ARTICLES:
        zh, en = ARTICLES[rule]
    elif rule.startswith("P-") or rule.startswith("TK-REC"):
        zh, en = both("training.source.unverified", regulation=P2020)
    elif rule in GUIDED:
        zh, en = both("training.source.guide", guide=GUIDE)
    else:
        zh, en = both("training.source.villager", law=VLAW)
    if (profile.extends or profile.id) == "party-1990":
        zh, en = zh.replace(P2020, P1990), en.replace(
            "2020 party regulation", "1990 party regulation"
        )
    return zh, en


def say(rule: str, profile: Profile, reading: Any = None) -> Pair:
    """``rule`` in a trainee's words under ``profile`` (or the given ``reading``), with its
    source: "被选举人获得的赞成票超过应到会…（《中国共产党基层组织选举工作条例》(2020)，条号待核）"."""
    key = f"training.rule.{rule}"
    if rule in PARAM_OF:
        value = reading if reading is not None else profile[PARAMETERS[PARAM_OF[rule]]]
        key += f".{value}"
    zh, en = both(key)
    if profile.family == Family.RESIDENTS:
        zh = (
            zh.replace("村民委员会", "居民委员会")
            .replace("本村", "本居住地区")
            .replace("村民", "居民")
        )
    src_zh, src_en = source(rule, profile)
    return f"{zh}（{src_zh}）", f"{en} ({src_en})"


def regime(profile: Any) -> Pair:
    """The rules an election follows, in words (no profile id): for the question's first line."""
    pid = profile if isinstance(profile, str) else profile["extends"]
    p = BUILTIN[pid]
    if pid == "party-1990":
        return both("training.regime.party-1990", regulation=P1990)
    if p.family == Family.PARTY:
        return both("training.regime.party", regulation=P2020)
    if p.family == Family.RESIDENTS:
        return both("training.regime.residents", law=RLAW)
    return both("training.regime.villager", law=VLAW)
