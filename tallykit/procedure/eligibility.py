"""Eligibility: who may vote and who may stand (issue 6).

Ages are whole years counted with the Civil Code's period rules (arts. 201 and 202): the day of
birth is not counted and a period of years ends on the corresponding day of the last year, or on
the last day of that month when it has no such day (art. 202). So a person is N on the Nth
anniversary of the birth date (29 February → 28 February in a common year), and V-T-AGE's
"以选举日为准" makes someone whose 18th birthday is election day 18 on that day. Every check runs only when the file
carries its data; a missing date or field is never read as a violation.

Voting rights follow the election family: the party statuses and flags of P-RIGHTS-1 (预备党员,
留党察看, and under the 2020 regulation 留置/逮捕) apply only to party elections, where they are
the whole list; villagers' and residents' elections exclude only those deprived of political
rights (V-REG-2), and a 预备党员 has full rights there.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
import msgspec

from tallykit.counting.electorate import PARTY_NO_RIGHTS, SINCE_2020, no_vote, regime_2020
from tallykit.counting.outcome import Count
from tallykit.findings import Finding, Stage, check_each, said
from tallykit.procedure.subject import Subject, caveat
from tallykit import parameters as P
from tallykit.results import Candidate, Results, Voter, _tok, election_day
from tallykit.text.words import Label, Param, Sentence, Series, Worded
from tallykit.vocabulary import Family, Post

VOTING_AGE = 18

# Candidate flags (FORMAT.md: candidates[].flags) that take away the right to stand in any family;
# any other flag is a negative-list flag (负面清单) and equally makes the person not electable,
# except a party flag in a villagers' or residents' election, which says nothing there.
RIGHTS_FLAGS = {"not_registered": "V-WRITEIN-1", "ineligible": "V-INELIGIBLE-1"}
# V-REG-1, V-2026-REG-1: the registrations of people without local 户籍, which need an agreement
# (their words: ``finding.registration.<value>``).
NON_HUKOU = ("resident_outsider", "village_work")
# V-REG-2: a voter ``status`` that takes the vote away in villagers' and residents' elections.
VILLAGER_NO_VOTE = {"political_rights_deprived": "V-REG-2"}

COMMITTEES = (Family.VILLAGER, Family.RESIDENTS)  # the villagers' and residents' committee elections
Reason = tuple[str, Worded]  # why a person cannot be elected: (rule, what the finding says)


NEGATIVE_LIST = (
    "negative_list"  # the seeds' 负面清单 has no rule id: the finding cites its own code
)


def _case(hit: str) -> Worded | str:
    """A P-RIGHTS-1 case as ``no_vote`` found it: a voter-list status in that status's words, or
    the words of the exclusion's reason as written."""
    return Label("voter.status", hit) if hit in PARTY_NO_RIGHTS else hit


def _cited(reasons: list[Reason], code: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(code if r[0] == NEGATIVE_LIST else r[0] for r in reasons))


def anniversary(born: datetime.date, years: int) -> datetime.date:
    """The day a person born on ``born`` completes ``years`` years (民法典 art. 202: with no
    corresponding day the period ends on the month's last day).

    >>> anniversary(datetime.date(2004, 2, 29), 18)
    datetime.date(2022, 2, 28)
    """
    year = born.year + years
    if born.month == 2 and born.day == 29 and not _leap(year):
        return datetime.date(year, 2, 28)
    return born.replace(year=year)


def age_on(born: datetime.date, day: datetime.date) -> int:
    """Completed years on ``day``, the anniversary itself included (V-T-AGE).

    >>> age_on(datetime.date(2003, 2, 3), datetime.date(2021, 2, 3)), age_on(datetime.date(2003, 2, 4), datetime.date(2021, 2, 3))
    (18, 17)
    """
    years = day.year - born.year
    if years > 0 and anniversary(born, years) > day:
        years -= 1
    return max(years, 0)


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _date(text: str | None) -> datetime.date | None:
    return None if text is None else datetime.date.fromisoformat(text)


class Winner(msgspec.Struct, frozen=True):
    """A person declared (or, without a declaration, computed) elected, with a JSON pointer."""

    name: str
    position: str
    path: str


class Checker:
    """What the eligibility checks read of one file: the file, the profile's values, the
    election day; each check is a generator of its code's findings (registered below)."""

    def __init__(self, subject: Subject) -> None:
        profile = subject.profile
        self.subject = subject
        self.base_profile = profile.extends or profile.id  # the built-in profile it is or extends
        self.profile = profile
        self.r = subject.results
        self.family = subject.family
        self.finding = subject.finding
        self.day = election_day(subject.results)
        self.regime_2020 = regime_2020(self.base_profile)

    def party_rights(self) -> dict[str, str]:
        """The P-RIGHTS-1 cases of this file and their rule: none outside the party family, and
        no suspension under the 1990 regulation."""
        if self.family != Family.PARTY:
            return {}
        return {k: v for k, v in PARTY_NO_RIGHTS.items() if self.regime_2020 or k not in SINCE_2020}

    def no_vote(self) -> dict[str, str]:
        """Voter statuses without the vote: P-RIGHTS-1 for the party, V-REG-2 otherwise."""
        return self.party_rights() if self.family == Family.PARTY else VILLAGER_NO_VOTE

    # ------------------------------------------------------------ voters

    def voters(self) -> Iterator[Finding]:
        """Listed voters have the vote (P-RIGHTS-1 for the party, V-REG-2 for villagers and
        residents)."""
        no_vote = self.no_vote()
        for i, v in enumerate(self.r.voters):
            if v.status in no_vote:
                rule = no_vote[v.status]
                yield self.finding(
                    "TK-ELIG-2",
                    f"/voters/{i}/status",
                    said("TK-ELIG-2", name=v.name, status=Label("voter.status", v.status)),
                    rules=(rule,),
                    expected="full" if rule == "P-RIGHTS-1" else "eligible",
                    recorded=v.status,
                )

    def voters_of_age(self) -> Iterator[Finding]:
        """Listed voters are 18 on election day (villagers and residents)."""
        if self.day is None:
            return
        for i, v in enumerate(self.r.voters):
            if v.birth_date is not None:
                yield from self._under_18(v.name, v.birth_date, f"/voters/{i}/birth_date")

    def registrations(self) -> Iterator[Finding]:
        """Voters registered without local 户籍 (villagers and residents)."""
        for i, v in enumerate(self.r.voters):
            if v.registration in NON_HUKOU:
                yield from self._registration(v, f"/voters/{i}")

    def _registration(self, v: Voter, here: str) -> Iterator[Finding]:
        """TK-ELIG-8: a non-户籍 registration needs its category in the profile's law and the
        agreement on record, dated no later than election day (V-REG-1: 村民会议 or 村民代表会议;
        V-2026-REG-1: the villagers, ``registration_village_work``)."""
        category = said(f"registration.{v.registration}")
        work = v.registration == "village_work"
        if work and not self.profile.get(P.REGISTRATION_VILLAGE_WORK):
            yield self.finding(
                "TK-ELIG-8",
                f"{here}/registration",
                said("TK-ELIG-8.category", name=v.name, category=category, profile=self.base_profile),
                severity="error",
                expected="household_resident / household_away / resident_outsider",
                recorded=v.registration,
            )
            return
        param = {"param": "registration_village_work"} if work else {}
        if v.approved_on is None:
            yield self.finding(
                "TK-ELIG-8",
                f"{here}/approved_on",
                said(
                    "TK-ELIG-8.unapproved", name=v.name, category=category,
                    body=said("TK-ELIG-8.villagers" if work else "TK-ELIG-8.assembly"),
                ),
                expected="approved_on",
                recorded=None,
                **param,
            )
        elif self.day is not None and _date(v.approved_on) > self.day:  # type: ignore[operator]
            yield self.finding(
                "TK-ELIG-8",
                f"{here}/approved_on",
                said("TK-ELIG-8.late", name=v.name, approved_on=v.approved_on, day=self.day),
                severity="error",
                expected=f"<= {self.day}",
                recorded=v.approved_on,
                **param,
            )

    def exclusions(self) -> Iterator[Finding]:
        """An exclusion whose reason says the person has no vote anyway (info, P-RIGHTS-1)."""
        for i, e in enumerate(self.r.electorate.exclusions):
            reason = e.reason or ""
            hit = no_vote(self.r, e.name, e.reason, since_2020=self.regime_2020)
            if hit is not None:
                yield self.finding(
                    "TK-ELIG-3",
                    f"/electorate/exclusions/{i}/reason",
                    said("TK-ELIG-3", name=e.name, reason=reason, case=_case(hit)),
                    expected="not an exclusion",
                    recorded=reason,
                )

    def attendance(self) -> Iterator[Finding]:
        """More present than can be present (P-QUORUM-1/2, P-RIGHTS-1): the members present with
        a vote are at most those expected plus the listed exclusions who still have a vote (an
        excluded member may come after all), and at most the full members (党员大会 and
        committee elections; a 两推 vote may count non-members). Either bound broken means a
        wrong attendance or expected figure, so the quorum and the threshold built on them
        cannot be trusted: an error, whatever the count says."""
        e = self.r.electorate
        if e.present is None or e.expected is None:
            return
        may_come = sum(1 for x in e.exclusions if no_vote(self.r, x.name, x.reason, since_2020=self.regime_2020) is None)
        most = e.expected + may_come
        if e.present > most:
            listed = said("TK-QUORUM-2.listed", n=may_come) if may_come else ""
            yield self.finding(
                "TK-QUORUM-2",
                "/electorate/present",
                said("TK-QUORUM-2.most", present=e.present, most=most, expected=e.expected, listed=listed),
                expected=f"<= {most}",
                recorded=e.present,
            )
        members = self.r.election.members
        if members is not None and self.r.election.kind != "recommendation" and e.present > members:
            yield self.finding(
                "TK-QUORUM-2",
                "/electorate/present",
                said("TK-QUORUM-2.members", present=e.present, members=members),
                expected=f"<= {members}",
                recorded=e.present,
            )

    def _under_18(self, name: str, born_text: str, path: str) -> Iterator[Finding]:
        born = _date(born_text)
        assert born is not None and self.day is not None
        if anniversary(born, VOTING_AGE) <= self.day:
            return
        yield self.finding(
            "TK-ELIG-1",
            path,
            said(
                "TK-ELIG-1", name=name, born=born_text, day=self.day, age=age_on(born, self.day),
                adult=anniversary(born, VOTING_AGE),
            ),
            expected=f"18 by {self.day}",
            recorded=born_text,
        )

    # ------------------------------------------------------------ candidates

    def not_eligible(self, c: Candidate) -> list[Reason]:
        """Why ``c`` cannot be elected: (rule, words) per reason; empty when eligible."""
        out: list[Reason] = []
        party = self.party_rights()
        barred = self.profile.get(P.STATUTORY_EXCLUSIONS) or ()
        for flag in c.flags:
            if flag in party or flag in RIGHTS_FLAGS:
                out.append((party.get(flag) or RIGHTS_FLAGS[flag], Label("candidate.flag", flag)))
            elif flag in barred:
                barred_by = said("reason.barred", what=Label("candidate.flag", flag))
                rule = self.profile.rule("statutory_exclusions")
                out.append((rule, Sentence((barred_by, *caveat(self.profile, "statutory_exclusions")))))
            elif flag in PARTY_NO_RIGHTS and self.family != Family.PARTY:
                continue
            else:
                out.append((NEGATIVE_LIST, said("reason.negative_list", flag=Label("candidate.flag", flag))))
        if self.family != Family.PARTY and c.birth_date is not None and self.day is not None:
            born = _date(c.birth_date)
            assert born is not None
            if anniversary(born, VOTING_AGE) > self.day:
                out.append(("V-T-AGE", said("reason.under_18", born=c.birth_date)))
        return out

    def elected_ineligible(self) -> Iterator[Finding]:
        """Ineligible winners (error)."""
        by_key = {c.key: (i, c) for i, c in enumerate(self.r.candidates)}
        for w in winners(self.r, self.subject.counted):
            hit = by_key.get(w.name)
            reasons = self._reasons(w.name, hit)
            if reasons:
                yield self.finding(
                    "TK-ELIG-5",
                    w.path,
                    said("TK-ELIG-5", position=w.position, name=w.name, reasons=_said(reasons)),
                    rules=_cited(reasons, "TK-ELIG-5"),
                    expected="eligible",
                    recorded=(list(hit[1].flags) or hit[1].birth_date) if hit else w.name,
                )
    def standing_ineligible(self) -> Iterator[Finding]:
        """Ineligible people on a ballot or written in with votes (warning)."""
        by_key = {c.key: (i, c) for i, c in enumerate(self.r.candidates)}
        won = {w.name for w in winners(self.r, self.subject.counted)}
        for name, path in self._standing():
            if name in won:
                continue
            hit = by_key.get(name)
            reasons = self._reasons(name, hit)
            if reasons:
                yield self.finding(
                    "TK-ELIG-4",
                    path,
                    said("TK-ELIG-4", name=name, reasons=_said(reasons)),
                    rules=_cited(reasons, "TK-ELIG-4"),
                    expected="eligible",
                    recorded=(list(hit[1].flags) or hit[1].birth_date) if hit else name,
                )

    def _reasons(self, name: str, hit: tuple[int, Candidate] | None) -> list[Reason]:
        """``not_eligible`` of a listed candidate, and at the new committee's first meeting
        (``election.committee`` given) not being a member of it (P-CAND-2, P-VALID-5)."""
        reasons = self.not_eligible(hit[1]) if hit is not None else []
        members = self.r.election.committee
        if self.r.election.kind == "party_officers" and members and name not in members:
            reasons.append(("P-CAND-2", said("reason.not_committee")))
        return reasons

    def _standing(self) -> Iterator[tuple[str, str]]:
        """Each person on a ballot, or written in and given votes, once, at the first place seen."""
        seen: set[str] = set()
        for i, rnd in enumerate(self.r.rounds):
            for pos, names in rnd.candidates.items():
                for j, n in enumerate(names):
                    if n not in seen:
                        seen.add(n)
                        yield n, f"/rounds/{i}/candidates/{_tok(pos)}/{j}"
            for pos, per in rnd.tally.items():
                for n, votes in per.items():
                    if votes > 0 and n not in seen:
                        seen.add(n)
                        yield n, f"/rounds/{i}/tally/{_tok(pos)}/{_tok(n)}"

    def _secretary(self, c: Candidate) -> bool:
        """Whether ``c`` stands for 书记."""
        return Post.SECRETARY in c.positions or any(
            c.key in rnd.candidates.get(Post.SECRETARY, ()) or c.key in rnd.tally.get(Post.SECRETARY, {})
            for rnd in self.r.rounds
        )

    def ages(self) -> Iterator[Finding]:
        """Age limits of nominees at the profile's cut-off."""
        for i, c in enumerate(self.r.candidates):
            yield from self._age(f"/candidates/{i}", c)

    def _age(self, here: str, c: Candidate) -> Iterator[Finding]:
        secretary = self._secretary(c)
        cutoff_text = self.profile.get(P.AGE_LIMIT_CUTOFF)
        cutoff = self.day if cutoff_text in (None, "election_day") else _date(str(cutoff_text))
        if c.birth_date is not None and cutoff is not None:
            limit, kind, param = self._age_limit(c, secretary)
            if limit:
                age = age_on(_date(c.birth_date), cutoff)  # type: ignore[arg-type]
                inclusive = bool(self.profile.get(P.AGE_LIMIT_INCLUSIVE))
                over = age > limit if inclusive else age >= limit
                if over:
                    bound = f"<= {limit}" if inclusive else f"< {limit}"
                    yield self.finding(
                        "TK-ELIG-6",
                        f"{here}/birth_date",
                        said(
                            "TK-ELIG-6", name=c.name, kind=said(f"TK-ELIG-6.{kind}"), cutoff=cutoff, age=age,
                            bound=said("TK-ELIG-6.at_most" if inclusive else "TK-ELIG-6.under"), limit=limit, param=Param(param),
                        ),
                        expected=bound,
                        recorded=age,
                    )

    def party_years(self) -> Iterator[Finding]:
        """A 书记 nominee's years of party standing on election day."""
        for i, c in enumerate(self.r.candidates):
            yield from self._party_years(f"/candidates/{i}", c)

    def _party_years(self, here: str, c: Candidate) -> Iterator[Finding]:
        years = self.profile.get(P.SECRETARY_PARTY_YEARS) or 0
        if self._secretary(c) and years and c.party_since is not None and self.day is not None:
            joined = _date(c.party_since)
            assert joined is not None
            if anniversary(joined, years) > self.day:
                yield self.finding(
                    "TK-ELIG-7",
                    f"{here}/party_since",
                    said(
                        "TK-ELIG-7", name=c.name, since=c.party_since, day=self.day, years=years,
                        reached=anniversary(joined, years),
                    ),
                    expected=f">= {years} year(s)",
                    recorded=c.party_since,
                )

    def _age_limit(self, c: Candidate, secretary: bool) -> tuple[int, str, str]:
        """The limit that applies to ``c``, which limit it is (``finding.TK-ELIG-6.<kind>``) and
        its parameter: continuing when incumbent, new otherwise; when it is not recorded whether
        the person sits now, the looser continuing limit."""
        continuing = self.profile.get(P.AGE_MAX_CONTINUING) or 0
        if c.incumbent is not False:
            return continuing, "continuing" if c.incumbent else "unrecorded", "age_max_continuing"
        new_secretary = self.profile.get(P.AGE_MAX_NEW_SECRETARY)
        if secretary and new_secretary:
            return new_secretary, "new_secretary", "age_max_new_secretary"
        return self.profile.get(P.AGE_MAX_NEW_MEMBER) or 0, "new_member", "age_max_new_member"


def _said(reasons: list[Reason]) -> Series:
    return Series(tuple(words for _, words in reasons), "group")


def winners(results: Results, counted: Count) -> list[Winner]:
    """Everyone elected in a round that is not void: as declared, or as recomputed when the
    round declares nothing."""
    out: list[Winner] = []
    for i, (rnd, outcome) in enumerate(zip(results.rounds, counted.rounds)):
        if outcome.result == "void" or rnd.kind in ("preliminary", "recommendation", "recall"):
            continue
        d = rnd.declared
        if d is not None and d.elected is not None:
            for pos, names in d.elected.items():
                out.extend(
                    Winner(n, pos, f"/rounds/{i}/declared/elected/{_tok(pos)}/{j}")
                    for j, n in enumerate(names)
                )
        else:
            for pos, elected in outcome.elected.items():
                out.extend(
                    Winner(n, pos, f"/rounds/{i}/tally/{_tok(pos)}/{_tok(n)}") for n in elected
                )
    return out


check_each(
    Stage.PEOPLE,
    Checker,
    (
        ("TK-ELIG-2", Checker.voters),
        ("TK-ELIG-1", Checker.voters_of_age, COMMITTEES),
        ("TK-ELIG-8", Checker.registrations, COMMITTEES),
        ("TK-ELIG-3", Checker.exclusions, (Family.PARTY,)),
        ("TK-QUORUM-2", Checker.attendance, (Family.PARTY,)),
        ("TK-ELIG-5", Checker.elected_ineligible),
        ("TK-ELIG-4", Checker.standing_ineligible),
        ("TK-ELIG-6", Checker.ages),
        ("TK-ELIG-7", Checker.party_years),
    ),
)


__all__ = [
    "Checker",
    "Winner",
    "age_on",
    "anniversary",
    "election_day",
    "winners",
]
