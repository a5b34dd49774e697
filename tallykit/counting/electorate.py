"""Who is in the electorate a party round counts against: 应到会 as the rules count it, and who
has no vote at all (P-RIGHTS-1, P-QUORUM-2). Shared by the count and the eligibility checks."""

from __future__ import annotations

from tallykit.errors import InputError
from tallykit.profiles import Profile
from tallykit.results import Results


# P-RIGHTS-1: members without the vote and the right to stand, as candidate flags and as a voter's
# ``status`` (docs/format.md), each with its rule; worded as those values are (tallykit.text.labels).
# Party elections only; suspension only under 2020.
PARTY_NO_RIGHTS = {"probationary": "P-RIGHTS-1", "party_probation": "P-RIGHTS-1", "rights_suspended": "P-RIGHTS-1"}


SINCE_2020 = frozenset({"rights_suspended"})  # P-RIGHTS-1: a 2020 Art. 5 addition


# Words in an exclusion's reason that mean the person has no vote at all (P-RIGHTS-1).
NO_VOTE_WORDS = (
    ("预备党员", "1990"),
    ("留党察看", "1990"),
    ("留置", "2020"),
    ("逮捕", "2020"),
    ("停止党籍", "1990"),
)


def regime_2020(profile_id: str) -> bool:
    """Whether a party profile (its id, or the built-in it extends) follows the 2020 regulation:
    every party profile except ``party-1990``."""
    return profile_id != "party-1990"


def no_vote(results: Results, name: str, reason: str | None, *, since_2020: bool) -> str | None:
    """Why ``name`` has no vote at all in a party election (P-RIGHTS-1), or None: the status the
    voter list gives (``voters[].status``, a value of ``PARTY_NO_RIGHTS``), else the words of an
    exclusion's reason (预备党员, 留党察看, 停止党籍; under the 2020 regulation also 留置, 逮捕).
    The one test of "who has a vote" that 应到会 (``counting.effective_expected``), TK-ELIG-3
    and TK-QUORUM-2 share.

    >>> from tallykit.results import Results, Election, Electorate
    >>> r = Results(Election("party_committee", ()), Electorate(), (), ())
    >>> no_vote(r, "甲", "预备党员", since_2020=True), no_vote(r, "乙", "被留置", since_2020=False)
    ('预备党员', None)
    """
    rights = {k: v for k, v in PARTY_NO_RIGHTS.items() if since_2020 or k not in SINCE_2020}
    status = next((v.status for v in results.voters if v.name == name), None)
    if status in rights:
        return status
    text = reason or ""
    return next(
        (w for w, since in NO_VOTE_WORDS if w in text and (since == "1990" or since_2020)), None
    )


def _need(value: int | None, path: str, rule: str, key: str) -> int:
    if value is None:
        raise InputError.worded(key, path=path, rule=rule)
    return value


def effective_expected(results: Results, profile: Profile) -> int:
    """应到会 as the rules count it: the recorded figure (which leaves out every listed exclusion)
    plus each listed exclusion of a member who has a vote but lacks the higher organisation's or
    the meeting's approval (P-QUORUM-2: they stay in 应到会). A member without a vote at all
    (P-RIGHTS-1: 预备党员, 留党察看, under 2020 留置/逮捕) never enters 应到会, approved or not."""
    expected = _need(
        results.electorate.expected,
        "/electorate/expected",
        "P-QUORUM-1",
        "no_expected",
    )
    return expected + len(unapproved_voters(results, profile))


def unapproved_voters(results: Results, profile: Profile) -> tuple[int, ...]:
    """Indexes of ``electorate.exclusions`` that stay in 应到会 (P-QUORUM-2): members with a vote
    (``eligibility.no_vote``) whose exclusion lacks an approval."""
    since_2020 = regime_2020(profile.extends or profile.id)
    return tuple(
        i
        for i, e in enumerate(results.electorate.exclusions)
        if not e.approved and no_vote(results, e.name, e.reason, since_2020=since_2020) is None
    )


def present_voters(results: Results) -> int:
    return _need(
        results.electorate.present,
        "/electorate/present",
        "P-QUORUM-1",
        "no_present",
    )
