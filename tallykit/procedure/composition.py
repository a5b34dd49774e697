"""Composition and avoidance: the size and make-up of the elected committee and of the bodies
around it, and kinship between them (issue 6).

Each check is the generator of one catalogue code, registered with ``tallykit.findings.check``
(the eligibility checks are in ``tallykit.procedure.eligibility``). Each check runs only on data
the file carries: a person whose gender, birth date or ethnicity is not recorded
is never counted as a violation, and the committee's make-up is judged only once the election is
complete (no tie re-vote or supplementary election pending).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from tallykit.findings import ERROR, Finding, Stage, check, check_each
from tallykit.procedure.eligibility import Winner, age_on, election_day, winners
from tallykit.procedure.subject import Subject
from tallykit.text.labels import reading_words
from tallykit import parameters as P
from tallykit.parameters import POPULATION_BANDS
from tallykit.profiles import Profile
from tallykit.results import NEAR_RELATIVES, Results
from tallykit.vocabulary import Lang, Post

COMMITTEE_KINDS = ("party_committee", "villagers_committee", "residents_committee")
OFFICER_KINDS = ("party_officers", "party_branch_officers")
SECRETARY = Post.SECRETARY  # P-SIZE-1: the one post a party organisation always has

# Relations (FORMAT.md relations[].relation) each avoidance scope bars; "other" never does.
LINEAL = frozenset({"parent", "child", "grandparent", "grandchild"})
KIN_SCOPES: dict[str, frozenset[str]] = {
    "none": frozenset(),
    "spouse_lineal": frozenset({"spouse"}) | LINEAL,
    "spouse_parent_child_sibling": frozenset({"spouse", "parent", "child", "sibling"}),
    "near_relative": NEAR_RELATIVES,
    "near_relative_and_in_law": NEAR_RELATIVES | {"in_law"},
}
RELATION_ZH = {
    "spouse": "配偶",
    "parent": "父母子女",
    "child": "父母子女",
    "sibling": "兄弟姐妹",
    "grandparent": "祖孙",
    "grandchild": "祖孙",
    "in_law": "姻亲",
    "other": "其他亲属",
}



def party_size(profile: Profile, org_type: str) -> tuple[int, int, int]:
    """A party committee's size by organisation type (P-SIZE-1): (fewest, usual most, most),
    the profile's ``<org>_committee_min``, ``_usual_max`` and ``_max`` (the primary
    committee's most is ``primary_committee_max``)."""
    fewest, usual, most = P.PARTY_SIZES[org_type]
    return profile[fewest], profile[usual], profile[most]

Add = Callable[..., Finding]  # Subject.finding


def _composition(s: Subject) -> _Composition | None:
    """The elected committee of a committee election, once it is formed (``_complete``)."""
    if s.results.election.kind not in COMMITTEE_KINDS or not _complete(s.counted):
        return None
    reduced = s.counted.rounds[-1].result == "seat_reduction"
    members = _members(winners(s.results, s.counted))
    return _Composition(s.results, s.profile, s.family, s.finding, members, reduced)


def _secretary_kept(results: Results, won: list[Winner], add: Add) -> Iterator[Finding]:
    """A seat reduction may not do away with the 书记 (P-SIZE-1: every party committee, and a
    branch without one, has a 书记); reducing seats (P-ELECT-4) fits members and an optional
    副书记, so a 书记 seat nobody won needs another vote."""
    planned = sum(p.seats for p in results.election.positions if p.name == SECRETARY)
    if planned and not any(w.position == SECRETARY for w in won):
        yield add(
            "TK-COMP-14",
            "/election/positions",
            f"书记应选 {planned} 名，无人当选，却以减少名额结束：书记职位不得减少，须另行选举",
            f"{planned} 书记 seat(s), nobody elected, yet the vote ended in a seat reduction: the 书记 seat may not be reduced; hold another vote",
            rules=("P-SIZE-1", "P-ELECT-4"),
            expected=f">= {planned}",
            recorded=0,
        )


def _members(won: list[Winner]) -> list[Winner]:
    """Each person once (the first post they were elected to)."""
    seen: set[str] = set()
    out = []
    for w in won:
        if w.name not in seen:
            seen.add(w.name)
            out.append(w)
    return out


def _complete(counted: Any) -> bool:
    """The committee is formed: the last round elected, reduced the seats (party) or left seats
    vacant with the minimum elected (villagers, V-SUPP-4), and no round was void (after a void
    round the make-up is judged on the file of the repeated vote)."""
    results = [r.result for r in counted.rounds]
    formed = ("elected", "seat_reduction", "vacancy")
    return bool(results) and results[-1] in formed and "void" not in results


class _Composition:
    """Size, women, young members and minorities of the elected committee."""

    def __init__(
        self,
        results: Results,
        profile: Profile,
        family: str,
        add: Add,
        members: list[Winner],
        reduced: bool = False,
    ) -> None:
        self.r = results
        self.reduced = reduced
        self.p = profile
        self.family = family
        self.add = add
        self.members = members
        self.people = {c.key: c for c in results.candidates}

    def _seats(self) -> tuple[int, str, str]:
        """The committee's size: the seats planned, or after a seat reduction the members actually
        elected (P-ELECT-4: the reduced committee must still meet P-SIZE-1 and V-COMP-1); and
        how the findings say it."""
        seats = len(self.members) if self.reduced else sum(p.seats for p in self.r.election.positions)
        zh_n = f"减少名额后委员会实际 {seats} 人" if self.reduced else f"委员会共 {seats} 人"
        en_n = (
            f"after the seat reduction the committee has {seats} members"
            if self.reduced
            else f"the committee has {seats} members"
        )
        return seats, zh_n, en_n

    def statutory_size(self) -> Iterator[Finding]:
        """A villagers' or residents' committee within its statutory size (V-COMP-1)."""
        e = self.r.election
        seats, zh_n, en_n = self._seats()
        if e.kind in ("villagers_committee", "residents_committee"):
            low, high = self.p[P.COMMITTEE_SIZE_MIN], self.p[P.COMMITTEE_SIZE_MAX]
            if not low <= seats <= high:
                yield self.add(
                    "TK-COMP-1",
                    "/election/positions",
                    f"{zh_n}，法定为 {low}–{high} 人",
                    f"{en_n}; the law sets {low}–{high}",
                    expected=f"{low}-{high}",
                    recorded=seats,
                )

    def branch_committee(self) -> Iterator[Finding]:
        """A branch with fewer full members than the profile's ``branch_committee_members_min``
        elects no committee (P-SIZE-1)."""
        e = self.r.election
        if e.kind != "party_committee":
            return
        least = self.p[P.BRANCH_COMMITTEE_MEMBERS_MIN]
        if e.org_type == "branch" and e.members is not None and e.members < least:
            yield self.add(
                "TK-COMP-12",
                "/election/members",
                f"支部正式党员 {e.members} 名，不足 {least} 名，不设支部委员会，只设书记（必要时设副书记），却选举了委员会",
                f"a branch with {e.members} full members (fewer than {least}) has no committee, only a 书记, yet elected one",
                expected=f">= {least}",
                recorded=e.members,
            )

    def size(self) -> Iterator[Finding]:
        """The usual size: a village's population band (within the statutory size), a party
        committee's by organisation type, an odd number of members."""
        e = self.r.election
        seats, zh_n, en_n = self._seats()
        if e.kind in ("villagers_committee", "residents_committee"):
            low, high = self.p[P.COMMITTEE_SIZE_MIN], self.p[P.COMMITTEE_SIZE_MAX]
            if not low <= seats <= high:
                return
            band = _band(self.p.get(P.SIZE_BANDS) or "none", e.population)
            if (
                e.kind == "villagers_committee"
                and band is not None
                and not band[0] <= seats <= band[1]
            ):
                yield self.add(
                    "TK-COMP-2",
                    "/election/positions",
                    f"人口 {e.population} 人的村一般设 {band[0]}–{band[1]} 名，{zh_n}（{reading_words('size_bands', self.p[P.SIZE_BANDS])}）",
                    f"a village of {e.population} people usually has {band[0]}–{band[1]} members; {en_n} ({reading_words('size_bands', self.p[P.SIZE_BANDS], Lang.EN)})",
                    expected=f"{band[0]}-{band[1]}",
                    recorded=seats,
                )
            return
        if e.kind != "party_committee":
            return
        if e.org_type is None:
            yield from self._reduced_below_any_minimum(seats, zh_n, en_n)
            return
        low, usual, high = party_size(self.p, e.org_type)
        rules = ("P-SIZE-1", "P-ELECT-4") if self.reduced else ("P-SIZE-1",)
        # P-ELECT-4: a reduced committee must still meet P-SIZE-1; below the minimum it is unlawful
        below = self.reduced and seats < low
        if not low <= seats <= high:
            yield self.add(
                "TK-COMP-2",
                "/election/positions",
                f"{_ORG_ZH[e.org_type]}委员会：{zh_n}，一般为 {low}–{usual} 名、最多 {high} 名"
                + (f"；减少名额后少于最低 {low} 名，不得减少名额，须另行选举" if below else ""),
                f"a {e.org_type} committee: {en_n}; usually {low}–{usual}, at most {high}"
                + (f"; a reduction below the minimum of {low} is not allowed: hold a supplementary election" if below else ""),
                rules=rules,
                expected=f"{low}-{high}",
                recorded=seats,
                severity=ERROR if below else None,
            )
        elif seats % 2 == 0:
            yield self.add(
                "TK-COMP-2",
                "/election/positions",
                f"{zh_n}，委员职数一般应为单数",
                f"{en_n}; the number of members should be odd",
                rules=rules,
                expected="odd",
                recorded=seats,
            )

    def _reduced_below_any_minimum(self, seats: int, zh_n: str, en_n: str) -> Iterator[Finding]:
        """Without ``org_type`` the size rules cannot be applied, but every party committee has
        at least 3 members (P-SIZE-1), so a seat reduction below 3 is unlawful (P-ELECT-4)."""
        low = min(party_size(self.p, org)[0] for org in P.PARTY_SIZES)
        if self.reduced and seats < low:
            yield self.add(
                "TK-COMP-2",
                "/election/positions",
                f"{zh_n}，少于任何党组织委员会的最低 {low} 名，不得减少名额，须另行选举",
                f"{en_n}, fewer than the {low} any party committee needs: the seats may not be reduced; hold a supplementary election",
                rules=("P-SIZE-1", "P-ELECT-4"),
                expected=f">= {low}",
                recorded=seats,
                severity=ERROR,
            )

    def _known(self, field: str) -> list[tuple[Winner, Any]] | None:
        """(member, value) for every member, or None when any member lacks ``field``."""
        out = []
        for w in self.members:
            c = self.people.get(w.name)
            value = None if c is None else getattr(c, field)
            if value is None:
                return None
            out.append((w, value))
        return out

    def _women(self) -> tuple[list[tuple[Winner, str]], list[Winner]]:
        """(member, gender) of the members whose gender is recorded, and the women among them."""
        genders = [
            (w, c.gender)
            for w in self.members
            if (c := self.people.get(w.name)) is not None and c.gender
        ]
        return genders, [w for w, g in genders if g == "female"]

    def no_woman(self) -> Iterator[Finding]:
        """No woman among the members (V-WOMEN-1 for villagers; a 换届 plan target otherwise)."""
        genders, women = self._women()
        if not women and genders and len(genders) == len(self.members):
            statutory = self.r.election.kind == "villagers_committee"
            yield self.add(
                "TK-COMP-3",
                "/election/positions",
                f"当选的 {len(self.members)} 名成员（{'、'.join(w.name for w in self.members)}）中没有妇女"
                + ("" if statutory else "（换届方案目标）"),
                f"none of the {len(self.members)} members elected ({', '.join(w.name for w in self.members)}) is a woman"
                + ("" if statutory else " (a 换届 plan target)"),
                severity=None if statutory else "warning",
                expected=">= 1 woman",
                recorded=0,
            )

    def women_share(self) -> Iterator[Finding]:
        """Women below the profile's target share (once there is a woman: TK-COMP-3 otherwise)."""
        genders, women = self._women()
        if not women and genders and len(genders) == len(self.members):
            return
        target = self.p.get(P.WOMEN_SHARE_TARGET) or 0
        known = self._known("gender")
        if target and known and 100 * len(women) < target * len(known):
            yield self.add(
                "TK-COMP-4",
                "/election/positions",
                f"妇女成员 {len(women)} 名，占 {len(known)} 名成员的比例低于目标 {target}%（100×{len(women)} < {target}×{len(known)}）",
                f"{len(women)} women of {len(known)} members, below the {target}% target (100*{len(women)} < {target}*{len(known)})",
                expected=f">= {target}%",
                recorded=f"{len(women)}/{len(known)}",
            )

    def young(self) -> Iterator[Finding]:
        """Someone “N岁以下” (N = ``young_member_age``), N itself included when
        ``age_limit_inclusive`` says 以下 includes the number, as for the age limits."""
        limit = self.p.get(P.YOUNG_MEMBER_AGE) or 0
        inclusive = bool(self.p.get(P.AGE_LIMIT_INCLUSIVE))
        day = election_day(self.r)
        known = self._known("birth_date")
        if not limit or day is None or not known:
            return
        ages = [age_on(datetime.date.fromisoformat(b), day) for _, b in known]
        if min(ages) <= limit if inclusive else min(ages) < limit:
            return
        zh_bound = f"{limit} 周岁以下（含 {limit} 周岁）" if inclusive else f"未满 {limit} 周岁"
        en_bound = f"{limit} or under" if inclusive else f"under {limit}"
        yield self.add(
            "TK-COMP-5",
            "/election/positions",
            f"当选成员中没有{zh_bound}的（最年轻者选举日 {min(ages)} 周岁）；“两委”合计，另一委员会有的可不处理",
            f"no member elected is {en_bound} (the youngest is {min(ages)} on election day); counts for both committees together",
            expected=f"<= {limit}" if inclusive else f"< {limit}",
            recorded=min(ages),
        )

    def minority(self) -> Iterator[Finding]:
        groups = {g: n for g, n in self.r.ethnic_population.items() if n > 0}
        if len(groups) < 2:
            return
        largest = max(groups.values())
        fewer = sorted(g for g, n in groups.items() if n < largest)
        known = self._known("ethnicity")
        if not fewer or known is None or any(e in fewer for _, e in known):
            return
        yield self.add(
            "TK-COMP-6",
            "/ethnic_population",
            f"本村（社区）有 {'、'.join(fewer)} 等人数较少的民族，当选成员中没有",
            f"the village has less numerous groups ({', '.join(fewer)}) and none of them is among the members elected",
            expected=fewer,
            recorded=sorted({e for _, e in known}),
        )


_ORG_ZH = {"branch": "支部", "general_branch": "总支部", "primary_committee": "基层"}


check_each(
    Stage.PEOPLE,
    _composition,
    (
        ("TK-COMP-1", _Composition.statutory_size),
        ("TK-COMP-12", _Composition.branch_committee),
        ("TK-COMP-2", _Composition.size),
        ("TK-COMP-3", _Composition.no_woman),
        ("TK-COMP-4", _Composition.women_share),
        ("TK-COMP-5", _Composition.young),
        ("TK-COMP-6", _Composition.minority),
    ),
)


@check("TK-KIN-1", Stage.PEOPLE)
def committee_kin(s: Subject) -> Iterator[Finding]:
    """Near relatives on the same committee (the profile's ``kin_avoidance``)."""
    if s.results.election.kind not in COMMITTEE_KINDS:
        return
    members = _members(winners(s.results, s.counted))
    scope = KIN_SCOPES[s.profile.get(P.KIN_AVOIDANCE) or "none"]
    yield from _Kin(s.results).among(members, scope, "TK-KIN-1", s.finding, param="kin_avoidance")


@check("TK-KIN-2", Stage.PEOPLE)
def supervisory_kin(s: Subject) -> Iterator[Finding]:
    if s.results.election.kind not in COMMITTEE_KINDS or s.family == "party":
        return
    members = _members(winners(s.results, s.counted))
    scope = KIN_SCOPES[s.profile.get(P.SUPERVISORY_KIN_AVOIDANCE) or "near_relative"]
    yield from _Kin(s.results).supervisory(members, s.family, s.finding, scope)


@check("TK-COMP-14", Stage.PEOPLE)
def secretary_kept(s: Subject) -> Iterator[Finding]:
    counted = s.counted
    if s.results.election.kind in OFFICER_KINDS and _complete(counted) and counted.rounds[-1].result == "seat_reduction":
        yield from _secretary_kept(s.results, winners(s.results, counted), s.finding)


@check("TK-KIN-3", Stage.PEOPLE)
def officials_kin(s: Subject) -> Iterator[Finding]:
    scope = KIN_SCOPES[s.profile.get(P.OFFICIALS_KIN_AVOIDANCE) or "none"]
    return _Kin(s.results).officials(s.results, scope, s.finding)


@check("TK-COMP-13", Stage.PEOPLE)
def community(s: Subject) -> Iterator[Finding]:
    if s.results.election.kind != "residents_committee":
        return iter(())
    return _community(s.results, s.profile, s.finding)


@check("TK-COMP-7", Stage.PEOPLE)
def commission_candidates(s: Subject) -> Iterator[Finding]:
    if s.family == "party":
        return iter(())
    return _commission_candidates(s.results, s.profile, s.finding, _Kin(s.results))


@check("TK-COMP-8", Stage.PEOPLE)
def commission_make_up(s: Subject) -> Iterator[Finding]:
    if s.family == "party":
        return iter(())
    return _commission_make_up(s.results, s.profile, s.finding)


@check("TK-KIN-4", Stage.PEOPLE)
def commission_kin(s: Subject) -> Iterator[Finding]:
    if s.family == "party":
        return iter(())
    return _commission_kin(s.results, s.finding, _Kin(s.results))


@check("TK-COMP-9", Stage.PEOPLE)
def representatives_per_household(s: Subject) -> Iterator[Finding]:
    if s.family == "party":
        return iter(())
    return _representatives_per_household(s.results, s.profile, s.finding)


def _assembly(s: Subject) -> list[Winner] | None:
    """The committee members who sit in the representative assembly, once the committee is
    formed; None before (or in a party election)."""
    if s.family == "party" or not s.results.representatives or not _complete(s.counted):
        return None
    return _members(winners(s.results, s.counted))


@check("TK-COMP-11", Stage.PEOPLE)
def representatives_share(s: Subject) -> Iterator[Finding]:
    members = _assembly(s)
    return iter(()) if members is None else _representatives_share(s.results, s.family, s.finding, members)


@check("TK-COMP-10", Stage.PEOPLE)
def women_representatives(s: Subject) -> Iterator[Finding]:
    members = _assembly(s)
    return iter(()) if members is None else _women_representatives(s.results, s.family, s.finding, members)


def _band(bands: str, population: int | None) -> tuple[int, int] | None:
    """The sizes the bands allow for ``population`` (the union of the bands it falls in)."""
    if bands not in POPULATION_BANDS or population is None:
        return None
    fit = [
        (low, high)
        for start, end, low, high in POPULATION_BANDS[bands]
        if start <= population and (end is None or population <= end)
    ]
    return min(f[0] for f in fit), max(f[1] for f in fit)


class _Kin:
    """Recorded relations, symmetric, with the pointer of the record."""

    def __init__(self, results: Results) -> None:
        self.pairs: dict[frozenset[str], list[tuple[str, int]]] = {}
        for i, rel in enumerate(results.relations):
            self.pairs.setdefault(frozenset((rel.a, rel.b)), []).append((rel.relation, i))
        self.r = results

    def related(self, a: str, b: str, scope: frozenset[str]) -> tuple[str, int] | None:
        return next(((r, i) for r, i in self.pairs.get(frozenset((a, b)), ()) if r in scope), None)

    def among(
        self,
        people: Iterable[Winner],
        scope: frozenset[str],
        code: str,
        add: Add,
        body: tuple[str, str] = ("委员会成员", "committee"),
        verb: tuple[str, str] = ("应当回避", "must not serve together"),
        posts: bool = True,
        param: str | None = None,
    ) -> Iterator[Finding]:
        """Pairs of members of one body related within ``scope``; ``body`` and ``verb`` are the
        zh/en wording of the body and of what the code's rule says (应当 or 不宜); ``posts``
        names each person's post; ``param`` the profile parameter that set the scope."""
        listed = list(people)
        for x, a in enumerate(listed):
            for b in listed[x + 1 :]:
                hit = self.related(a.name, b.name, scope)
                if hit is not None:
                    pair = (
                        f"{a.name}（{a.position}）与 {b.name}（{b.position}）"
                        if posts
                        else f"{a.name}与{b.name}"
                    )
                    ea, eb = (f" ({a.position})", f" ({b.position})") if posts else ("", "")
                    yield add(
                        code,
                        f"/relations/{hit[1]}",
                        f"{pair}为{RELATION_ZH[hit[0]]}关系，同为{body[0]}，{verb[0]}",
                        f"{a.name}{ea} and {b.name}{eb} are related ({hit[0]}) and both on the {body[1]}: they {verb[1]}",
                        expected="no related members",
                        recorded=[a.name, b.name, hit[0]],
                        **({"param": param} if param else {}),
                    )

    def supervisory(self, members: list[Winner], family: str, add: Add, scope: frozenset[str]) -> Iterator[Finding]:
        """A committee member, or a relative of one within ``scope`` (the profile's
        ``supervisory_kin_avoidance``), on the supervisory committee: the villagers' law
        (组织法 art. 32, V-SUPERVISORY-1; V-2026-SUPERVISE-1 under the amended law) for
        villagers; for a residents' 居务监督委员会 only the local plan's 任职回避 (seeds/002 篇一),
        so a warning."""
        if family == "villager":
            kw: dict[str, Any] = {"rules": ("V-SUPERVISORY-1",)}
            src_zh, src_en = "", ""
        else:
            kw = {"rules": ("TK-KIN-2",), "severity": "warning"}
            src_zh = "（seeds/002 篇一：村（居）务监督委员会班子成员间…应实行任职回避）"
            src_en = " (seeds/002 篇一: 任职回避 for the 居务监督委员会; no statutory rule)"
        for j, p in enumerate(self.r.supervisory_committee):
            for w in members:
                if p.name == w.name:
                    yield add(
                        "TK-KIN-2",
                        f"/supervisory_committee/{j}",
                        f"{w.position} {w.name} 同时是村（居）务监督委员会成员{src_zh}",
                        f"{w.position} {w.name} is also on the supervisory committee{src_en}",
                        expected="not a committee member",
                        recorded=p.name,
                        **kw,
                    )
                    continue
                hit = self.related(p.name, w.name, scope)
                if hit is not None:
                    near = hit[0] in NEAR_RELATIVES
                    yield add(
                        "TK-KIN-2",
                        f"/supervisory_committee/{j}",
                        f"监督委员会成员 {p.name} 是{w.position} {w.name} 的{'近亲属' if near else '亲属'}（{RELATION_ZH[hit[0]]}）{src_zh}",
                        f"supervisory committee member {p.name} is a {'near ' if near else ''}relative ({hit[0]}) of {w.position} {w.name}{src_en}",
                        expected="not a near relative" if near else "not a relative within supervisory_kin_avoidance",
                        recorded=[p.name, w.name, hit[0]],
                        param="supervisory_kin_avoidance",
                        **kw,
                    )

    def officials(self, results: Results, scope: frozenset[str], add: Add) -> Iterator[Finding]:
        """Officials related to a candidate (candidates themselves are TK-OFFICIAL-1's)."""
        o = results.officials
        if o is None or not scope:
            return
        standing = results.standing
        for key, zh in (
            ("scrutineers", "监票人"),
            ("counters", "计票人"),
            ("assisted_writers", "代写人"),
        ):
            for j, name in enumerate(getattr(o, key)):
                for cand in standing:
                    hit = None if cand == name else self.related(name, cand, scope)
                    if hit is not None:
                        yield add(
                            "TK-KIN-3",
                            f"/officials/{key}/{j}",
                            f"{zh} {name} 是候选人 {cand} 的{RELATION_ZH[hit[0]]}",
                            f"{key[:-1]} {name} is a relative ({hit[0]}) of candidate {cand}",
                            expected="not a candidate's relative",
                            recorded=[name, cand, hit[0]],
                        )


def _community(results: Results, profile: Profile, add: Add) -> Iterator[Finding]:
    """R-2026-SIZE-1: the households a residents' committee normally covers (居委会组织法 art. 6:
    100–700 in 2018, 1,000–3,000 as revised in 2025); a note, the community's size being the
    government's decision, not the election's."""
    households = results.election.households
    low = profile.get(P.COMMUNITY_HOUSEHOLDS_MIN) or 0
    high = profile.get(P.COMMUNITY_HOUSEHOLDS_MAX) or 0
    if households is None or not (low or high):
        return
    if (low and households < low) or (high and households > high):
        yield add(
            "TK-COMP-13",
            "/election/households",
            f"社区 {households} 户，居民委员会一般在 {low}–{high} 户的范围内设立",
            f"the community has {households} households; a residents' committee normally covers {low}–{high}",
            expected=f"{low}-{high}",
            recorded=households,
            param="community_households_max",
        )


def _commission_candidates(results: Results, profile: Profile, add: Add, kin: _Kin) -> Iterator[Finding]:
    """Election commission members who became official candidates without leaving (S1 art. 12)
    or whose relative did (``commission_kin_withdrawal``, V-2026-COMM-1: a warning, the adopted
    wording unverified)."""
    people = results.election_commission
    if not people:
        return
    official = {
        n
        for rnd in results.rounds
        if rnd.kind == "formal"
        for names in rnd.candidates.values()
        for n in names
    }
    scope = KIN_SCOPES[profile.get(P.COMMISSION_KIN_WITHDRAWAL) or "none"]
    for j, p in enumerate(people):
        if p.withdrew:
            continue
        if p.name in official:
            yield add(
                "TK-COMP-7",
                f"/election_commission/{j}",
                f"选举委员会成员 {p.name} 是正式候选人，未退出选举委员会",
                f"election commission member {p.name} is an official candidate and did not leave the commission",
                expected="withdrew",
                recorded=p.name,
            )
            continue
        for cand in sorted(official):
            hit = kin.related(p.name, cand, scope)
            if hit is not None:
                yield add(
                    "TK-COMP-7",
                    f"/election_commission/{j}",
                    f"选举委员会成员 {p.name} 的{RELATION_ZH[hit[0]]} {cand} 是正式候选人，{p.name} 未退出选举委员会",
                    f"election commission member {p.name} did not leave the commission though a relative ({hit[0]}), {cand}, is an official candidate",
                    severity="warning",
                    expected="withdrew",
                    recorded=[p.name, cand, hit[0]],
                    param="commission_kin_withdrawal",
                )


def _commission_make_up(results: Results, profile: Profile, add: Add) -> Iterator[Finding]:
    """The election commission's size, an odd number and a woman (S6 art. 7)."""
    people = results.election_commission
    if not people:
        return
    active = [p for p in people if not p.withdrew]
    low, high = profile.get(P.COMMISSION_SIZE_MIN) or 0, profile.get(P.COMMISSION_SIZE_MAX) or 0
    n = len(active)
    problems_zh, problems_en = [], []
    if (low and n < low) or (high and n > high):
        problems_zh.append(f"人数 {n} 不在 {low}–{high} 人之间")
        problems_en.append(f"{n} members, not {low}–{high}")
    if n % 2 == 0:
        problems_zh.append(f"人数 {n} 不是单数")
        problems_en.append(f"{n} is not odd")
    if all(p.gender for p in active) and not any(p.gender == "female" for p in active):
        problems_zh.append("没有妇女成员")
        problems_en.append("no woman")
    if problems_zh:
        yield add(
            "TK-COMP-8",
            "/election_commission",
            "选举委员会：" + "；".join(problems_zh),
            "election commission: " + "; ".join(problems_en),
            expected=f"odd {low}-{high}, a woman",
            recorded=n,
        )


def _commission_kin(results: Results, add: Add, kin: _Kin) -> Iterator[Finding]:
    """Near relatives together on the election commission (规程 ch. 1)."""
    people = results.election_commission
    members = [
        Winner(p.name, "选举委员会成员", f"/election_commission/{j}")
        for j, p in enumerate(people)
        if not p.withdrew
    ]
    yield from kin.among(
        members,
        NEAR_RELATIVES,
        "TK-KIN-4",
        add,
        body=("选举委员会成员", "election commission"),
        verb=("不宜同时任职（规程第一章）", "should not sit on it together (规程 ch. 1)"),
        posts=False,
    )


def _representatives_per_household(results: Results, profile: Profile, add: Add) -> Iterator[Finding]:
    """One representative per so many households (V-REPS-1)."""
    reps = results.representatives
    if not reps:
        return
    households = results.election.households
    low = profile.get(P.REPRESENTATIVE_HOUSEHOLDS_MIN) or 0
    high = profile.get(P.REPRESENTATIVE_HOUSEHOLDS_MAX) or 0
    n = len(reps)
    if households is not None and low and high and not (low * n <= households <= high * n):
        yield add(
            "TK-COMP-9",
            "/representatives",
            f"{households} 户推选代表 {n} 名，按每 {low}–{high} 户 1 名应为 {-(-households // high)}–{households // low} 名",
            f"{n} representatives for {households} households; one per {low}–{high} households gives {-(-households // high)}–{households // low}",
            expected=f"{-(-households // high)}-{households // low}",
            recorded=n,
        )


def _assembly_words(family: str) -> tuple[str, str, str, str]:
    """The representative assembly, the committee and a representative in Chinese, and the
    assembly's adjective in English."""
    assembly_zh, committee_zh, rep_zh = (
        ("村民代表会议", "村民委员会", "村民代表")
        if family == "villager"
        else ("居民代表会议", "居民委员会", "居民代表")
    )
    return assembly_zh, committee_zh, rep_zh, "villager" if family == "villager" else "residents'"


def _representatives_share(results: Results, family: str, add: Add, members: list[Winner]) -> Iterator[Finding]:
    """Representatives at least four fifths of the assembly of representatives and committee
    members (组织法 art. 25; for residents no statutory share, so a warning)."""
    reps = results.representatives
    n = len(reps)
    assembly_zh, _, rep_zh, assembly_en = _assembly_words(family)
    assembly = len({p.name for p in reps} | {w.name for w in members})
    if 5 * n < 4 * assembly:
        yield add(
            "TK-COMP-11",
            "/representatives",
            f"{assembly_zh} {assembly} 人中{rep_zh} {n} 名，不足五分之四（5×{n} < 4×{assembly}）",
            f"{n} representatives among the {assembly} of the {assembly_en} representative assembly, under four fifths (5*{n} < 4*{assembly})",
            severity=None if family == "villager" else "warning",
            expected=f">= {-(-4 * assembly // 5)}",
            recorded=n,
        )


def _women_representatives(results: Results, family: str, add: Add, members: list[Winner]) -> Iterator[Finding]:
    """Women at least a third of the assembly of representatives and committee members
    (组织法 art. 25; for residents no statutory share, so a warning)."""
    reps = results.representatives
    n = len(reps)
    assembly_zh, committee_zh, rep_zh, assembly_en = _assembly_words(family)
    genders = {p.name: p.gender for p in reps}
    people = {c.key: c for c in results.candidates}
    for w in members:
        genders.setdefault(w.name, people[w.name].gender if w.name in people else None)
    if any(g is None for g in genders.values()):
        return
    women = sum(1 for g in genders.values() if g == "female")
    if 3 * women < len(genders):
        yield add(
            "TK-COMP-10",
            "/representatives",
            f"{assembly_zh} {len(genders)} 人（{rep_zh} {n} 名及{committee_zh}成员）中妇女 {women} 名，不足三分之一（3×{women} < {len(genders)}）",
            f"{women} women among the {len(genders)} of the {assembly_en} representative assembly ({n} representatives and the committee), under one third (3*{women} < {len(genders)})",
            severity=None if family == "villager" else "warning",
            expected=f">= {-(-len(genders) // 3)}",
            recorded=women,
        )


__all__ = ["KIN_SCOPES"]
