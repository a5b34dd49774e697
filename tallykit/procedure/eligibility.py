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
import attrs

from tallykit.counting.electorate import PARTY_NO_RIGHTS, SINCE_2020, no_vote, regime_2020
from tallykit.counting.outcome import Count
from tallykit.findings import Finding, Stage, check_each
from tallykit.procedure.subject import Subject
from tallykit import parameters as P
from tallykit.parameters import EXCLUSION_FLAGS
from tallykit.results import Candidate, Results, Voter, _tok, election_day
from tallykit.text.labels import parameter_label
from tallykit.vocabulary import Lang, Post

VOTING_AGE = 18

# Candidate flags (FORMAT.md: candidates[].flags) that take away the right to stand in any family;
# any other flag is a negative-list flag (负面清单) and equally makes the person not electable,
# except a party flag in a villagers' or residents' election, which says nothing there.
RIGHTS_FLAGS = {
    "not_registered": ("V-WRITEIN-1", "未登记为选民", "not a registered voter"),
    "ineligible": ("V-INELIGIBLE-1", "不具备被选举资格", "not eligible"),
}
# V-REG-1, V-2026-REG-1: the registrations of people without local 户籍, which need an agreement.
NON_HUKOU = {
    "resident_outsider": ("户籍不在本村、在本村居住一年以上", "no local 户籍, lived here a year or more"),
    "village_work": ("户籍不在本村、在本村从事村务工作一年以上", "no local 户籍, village-affairs work here for a year or more"),
}
# V-REG-2: a voter ``status`` that takes the vote away in villagers' and residents' elections.
VILLAGER_NO_VOTE = {
    "political_rights_deprived": ("V-REG-2", "被剥夺政治权利", "deprived of political rights"),
}


NEGATIVE_LIST = (
    "negative_list"  # the seeds' 负面清单 has no rule id: the finding cites its own code
)


def _cited(reasons: list[tuple[str, str, str]], code: str) -> tuple[str, ...]:
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


@attrs.frozen
class Winner:
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
        self.family = profile.family
        self.finding = subject.finding
        self.day = election_day(subject.results)
        self.regime_2020 = regime_2020(self.base_profile)

    def party_rights(self) -> dict[str, tuple[str, str, str]]:
        """The P-RIGHTS-1 cases of this file: none outside the party family, and no suspension
        under the 1990 regulation."""
        if self.family != "party":
            return {}
        return {
            k: v for k, v in PARTY_NO_RIGHTS.items() if self.regime_2020 or k not in SINCE_2020
        }

    def no_vote(self) -> dict[str, tuple[str, str, str]]:
        """Voter statuses without the vote: P-RIGHTS-1 for the party, V-REG-2 otherwise."""
        return self.party_rights() if self.family == "party" else VILLAGER_NO_VOTE

    # ------------------------------------------------------------ voters

    def voters(self) -> Iterator[Finding]:
        """Listed voters have the vote (P-RIGHTS-1 for the party, V-REG-2 for villagers and
        residents)."""
        no_vote = self.no_vote()
        for i, v in enumerate(self.r.voters):
            if v.status in no_vote:
                rule, zh, en = no_vote[v.status]
                yield self.finding(
                    "TK-ELIG-2",
                    f"/voters/{i}/status",
                    f"{v.name}：{zh}，没有选举权，不应列入有选举权的人员",
                    f"{v.name}: {en}, has no vote and may not be listed among voters",
                    rules=(rule,),
                    expected="full" if rule == "P-RIGHTS-1" else "eligible",
                    recorded=v.status,
                )

    def voters_of_age(self) -> Iterator[Finding]:
        """Listed voters are 18 on election day (villagers and residents)."""
        if self.family == "party" or self.day is None:
            return
        for i, v in enumerate(self.r.voters):
            if v.birth_date is not None:
                yield from self._under_18(v.name, v.birth_date, f"/voters/{i}/birth_date")

    def registrations(self) -> Iterator[Finding]:
        """Voters registered without local 户籍 (villagers and residents)."""
        if self.family == "party":
            return
        for i, v in enumerate(self.r.voters):
            if v.registration in NON_HUKOU:
                yield from self._registration(v, f"/voters/{i}")

    def _registration(self, v: Voter, here: str) -> Iterator[Finding]:
        """TK-ELIG-8: a non-户籍 registration needs its category in the profile's law and the
        agreement on record, dated no later than election day (V-REG-1: 村民会议 or 村民代表会议;
        V-2026-REG-1: the villagers, ``registration_village_work``)."""
        zh_kind, en_kind = NON_HUKOU[str(v.registration)]
        work = v.registration == "village_work"
        if work and not self.profile.get(P.REGISTRATION_VILLAGE_WORK):
            yield self.finding(
                "TK-ELIG-8",
                f"{here}/registration",
                f"{v.name}：登记类别为“{zh_kind}”，规则版本 {self.base_profile} 没有这一登记类别（2018 年组织法第十三条只有三类登记），该人没有登记依据",
                f"{v.name}: registered as '{en_kind}', a category profile {self.base_profile} does not have (the 2018 organic law, art. 13, has three): no basis for the registration",
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
                f"{v.name}：登记类别为“{zh_kind}”，须经{'村民' if work else '村民会议或者村民代表会议'}同意，文件未记载同意的决定（approved_on）",
                f"{v.name}: registered as '{en_kind}', which needs the agreement of {'the villagers' if work else 'the village assembly or representative assembly'}; no decision is recorded (approved_on)",
                expected="approved_on",
                recorded=None,
                **param,
            )
        elif self.day is not None and _date(v.approved_on) > self.day:  # type: ignore[operator]
            yield self.finding(
                "TK-ELIG-8",
                f"{here}/approved_on",
                f"{v.name}：同意登记的决定日期 {v.approved_on} 晚于选举日 {self.day}",
                f"{v.name}: the agreement to register is dated {v.approved_on}, after election day {self.day}",
                severity="error",
                expected=f"<= {self.day}",
                recorded=v.approved_on,
                **param,
            )

    def exclusions(self) -> Iterator[Finding]:
        """An exclusion whose reason says the person has no vote anyway (info, P-RIGHTS-1)."""
        if self.family != "party":
            return
        for i, e in enumerate(self.r.electorate.exclusions):
            reason = e.reason or ""
            hit = no_vote(self.r, e.name, e.reason, since_2020=self.regime_2020)
            if hit is not None:
                yield self.finding(
                    "TK-ELIG-3",
                    f"/electorate/exclusions/{i}/reason",
                    f"{e.name}（{reason}）：属“{hit}”情形的党员本来没有选举权，不在应到会人数之内，无须报批不计入",
                    f"{e.name} ({reason}): a member in the case '{hit}' has no vote and is outside the expected count; no exclusion is needed",
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
        if self.family != "party" or e.present is None or e.expected is None:
            return
        may_come = sum(1 for x in e.exclusions if no_vote(self.r, x.name, x.reason, since_2020=self.regime_2020) is None)
        most = e.expected + may_come
        if e.present > most:
            listed = f"，加上列明不计入应到会但仍有选举权的 {may_come} 人" if may_come else ""
            listed_en = f" plus the {may_come} listed exclusions who still have a vote" if may_come else ""
            yield self.finding(
                "TK-QUORUM-2",
                "/electorate/present",
                f"实到会 {e.present} 人，多于可能到会的 {most} 人（应到会 {e.expected} 人{listed}）",
                f"{e.present} present, more than the {most} who can be present ({e.expected} expected{listed_en})",
                expected=f"<= {most}",
                recorded=e.present,
            )
        members = self.r.election.members
        if members is not None and self.r.election.kind != "recommendation" and e.present > members:
            yield self.finding(
                "TK-QUORUM-2",
                "/electorate/present",
                f"实到会 {e.present} 人，多于全体正式党员 {members} 人",
                f"{e.present} present, more than the {members} full members",
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
            f"{name} 出生于 {born_text}，到选举日 {self.day} 为 {age_on(born, self.day)} 周岁，未满 18 周岁（{anniversary(born, VOTING_AGE)} 满 18 周岁）",
            f"{name}, born {born_text}, is {age_on(born, self.day)} on election day {self.day}, under 18 (turns 18 on {anniversary(born, VOTING_AGE)})",
            expected=f"18 by {self.day}",
            recorded=born_text,
        )

    # ------------------------------------------------------------ candidates

    def not_eligible(self, c: Candidate) -> list[tuple[str, str, str]]:
        """Why ``c`` cannot be elected: (rule, zh, en) per reason; empty when eligible."""
        out = []
        rights = {**self.party_rights(), **RIGHTS_FLAGS}
        barred = self.profile.get(P.STATUTORY_EXCLUSIONS) or ()
        for flag in c.flags:
            if flag in rights:
                out.append(rights[flag])
            elif flag in barred:
                zh, en = EXCLUSION_FLAGS[flag]
                caveat_zh, caveat_en = (self.profile.caveat("statutory_exclusions", lang) for lang in Lang)
                rule = self.profile.rule("statutory_exclusions")
                out.append((rule, f"法律规定不得当选：{zh}{caveat_zh}", f"barred from election by law: {en}{caveat_en}"))
            elif flag in PARTY_NO_RIGHTS and self.family != "party":
                continue
            else:
                out.append((NEGATIVE_LIST, f"负面清单：{flag}", f"negative list: {flag}"))
        if self.family != "party" and c.birth_date is not None and self.day is not None:
            born = _date(c.birth_date)
            assert born is not None
            if anniversary(born, VOTING_AGE) > self.day:
                out.append(
                    (
                        "V-T-AGE",
                        f"选举日未满 18 周岁（出生于 {c.birth_date}）",
                        f"under 18 on election day (born {c.birth_date})",
                    )
                )
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
                    f"{w.position} {w.name} 宣布当选，但属于以下情形：{'；'.join(r[1] for r in reasons)}，当选无效",
                    f"{w.position} {w.name} was declared elected but is {'; '.join(r[2] for r in reasons)}: the election is void",
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
                    f"{name}：{'；'.join(r[1] for r in reasons)}，不能当选",
                    f"{name}: {'; '.join(r[2] for r in reasons)}; cannot be elected",
                    rules=_cited(reasons, "TK-ELIG-4"),
                    expected="eligible",
                    recorded=(list(hit[1].flags) or hit[1].birth_date) if hit else name,
                )

    def _reasons(self, name: str, hit: tuple[int, Candidate] | None) -> list[tuple[str, str, str]]:
        """``not_eligible`` of a listed candidate, and at the new committee's first meeting
        (``election.committee`` given) not being a member of it (P-CAND-2, P-VALID-5)."""
        reasons = self.not_eligible(hit[1]) if hit is not None else []
        members = self.r.election.committee
        if self.r.election.kind == "party_officers" and members and name not in members:
            reasons.append(("P-CAND-2", "不是新一届委员会委员", "not a member of the new committee"))
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
            limit, kind_zh, kind_en, param = self._age_limit(c, secretary)
            if limit:
                age = age_on(_date(c.birth_date), cutoff)  # type: ignore[arg-type]
                inclusive = bool(self.profile.get(P.AGE_LIMIT_INCLUSIVE))
                over = age > limit if inclusive else age >= limit
                if over:
                    bound = f"<= {limit}" if inclusive else f"< {limit}"
                    yield self.finding(
                        "TK-ELIG-6",
                        f"{here}/birth_date",
                        f"{c.name}（{kind_zh}）到 {cutoff} 为 {age} 周岁，不符合年龄条件：应{'不超过' if inclusive else '未满'} {limit} 周岁（规则参数“{parameter_label(param)}”）",
                        f"{c.name} ({kind_en}) is {age} on {cutoff}; the limit is {'at most' if inclusive else 'under'} {limit} ({param})",
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
                    f"书记人选 {c.name} {c.party_since} 入党，到选举日 {self.day} 党龄不满 {years} 年（{anniversary(joined, years)} 满）",
                    f"书记 nominee {c.name} joined on {c.party_since}: under {years} year(s) of standing on election day {self.day} (reached on {anniversary(joined, years)})",
                    expected=f">= {years} year(s)",
                    recorded=c.party_since,
                )

    def _age_limit(self, c: Candidate, secretary: bool) -> tuple[int, str, str, str]:
        """The limit that applies to ``c``: continuing when incumbent, new otherwise; when it is
        not recorded whether the person sits now, the looser continuing limit."""
        continuing = self.profile.get(P.AGE_MAX_CONTINUING) or 0
        if c.incumbent is not False:
            zh = "继续提名" if c.incumbent else "是否现任未记载，按继续提名"
            en = "continuing" if c.incumbent else "incumbency not recorded, continuing limit"
            return continuing, zh, en, "age_max_continuing"
        new_secretary = self.profile.get(P.AGE_MAX_NEW_SECRETARY)
        if secretary and new_secretary:
            return new_secretary, "新提名书记", "new 书记", "age_max_new_secretary"
        return self.profile.get(P.AGE_MAX_NEW_MEMBER) or 0, "新进成员", "new member", "age_max_new_member"


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
        ("TK-ELIG-1", Checker.voters_of_age),
        ("TK-ELIG-8", Checker.registrations),
        ("TK-ELIG-3", Checker.exclusions),
        ("TK-QUORUM-2", Checker.attendance),
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
