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

from tallykit.findings import ERROR, Finding, Stage, check, check_each, said
from tallykit.procedure.eligibility import COMMITTEES, Winner, age_on, election_day, winners
from tallykit.procedure.subject import Subject
from tallykit.text.words import Label, Phrase, ProfileId, Reading, Series
from tallykit import parameters as P
from tallykit.parameters import POPULATION_BANDS
from tallykit.profiles import Profile
from tallykit.results import NEAR_RELATIVES, Results
from tallykit.vocabulary import Family, Post

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


def _kinship(relation: str) -> Label:
    """A recorded relation as a finding names it (``kinship`` in tallykit.text.finding_words)."""
    return Label("kinship", relation)


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
            said("TK-COMP-14", planned=planned),
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
        family: Family,
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

    def _seats(self) -> tuple[int, Phrase]:
        """The committee's size: the seats planned, or after a seat reduction the members actually
        elected (P-ELECT-4: the reduced committee must still meet P-SIZE-1 and V-COMP-1); and
        how the findings say it."""
        seats = len(self.members) if self.reduced else sum(p.seats for p in self.r.election.positions)
        return seats, said("committee.reduced" if self.reduced else "committee.size", n=seats)

    def statutory_size(self) -> Iterator[Finding]:
        """A villagers' or residents' committee within its statutory size (V-COMP-1), or the
        size a local profile sets; the finding says which."""
        e = self.r.election
        seats, committee = self._seats()
        if e.kind in ("villagers_committee", "residents_committee"):
            low, high = self.p[P.COMMITTEE_SIZE_MIN], self.p[P.COMMITTEE_SIZE_MAX]
            local = {P.COMMITTEE_SIZE_MIN.name, P.COMMITTEE_SIZE_MAX.name} & set(self.p.overrides)
            if not low <= seats <= high:
                yield self.add(
                    "TK-COMP-1",
                    "/election/positions",
                    said("TK-COMP-1.local" if local else "TK-COMP-1", committee=committee, low=low, high=high, profile=ProfileId(self.p.id)),
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
                said("TK-COMP-12", members=e.members, least=least),
                expected=f">= {least}",
                recorded=e.members,
            )

    def size(self) -> Iterator[Finding]:
        """The usual size: a village's population band (within the statutory size), a party
        committee's by organisation type, an odd number of members."""
        e = self.r.election
        seats, committee = self._seats()
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
                    said(
                        "TK-COMP-2.band", population=e.population, low=band[0], high=band[1], committee=committee,
                        reading=Reading("size_bands", self.p[P.SIZE_BANDS]),
                    ),
                    expected=f"{band[0]}-{band[1]}",
                    recorded=seats,
                )
            return
        if e.kind != "party_committee":
            return
        if e.org_type is None:
            yield from self._reduced_below_any_minimum(seats, committee)
            return
        low, usual, high = party_size(self.p, e.org_type)
        rules = ("P-SIZE-1", "P-ELECT-4") if self.reduced else ("P-SIZE-1",)
        # P-ELECT-4: a reduced committee must still meet P-SIZE-1; below the minimum it is unlawful
        below = self.reduced and seats < low
        if not low <= seats <= high:
            yield self.add(
                "TK-COMP-2",
                "/election/positions",
                said(
                    "TK-COMP-2.party", org=Label("org", e.org_type), committee=committee, low=low, usual=usual, high=high
                ),
                *((said("TK-COMP-2.below", low=low),) if below else ()),
                rules=rules,
                expected=f"{low}-{high}",
                recorded=seats,
                severity=ERROR if below else None,
            )
        elif seats % 2 == 0:
            yield self.add(
                "TK-COMP-2",
                "/election/positions",
                said("TK-COMP-2.odd", committee=committee),
                rules=rules,
                expected="odd",
                recorded=seats,
            )

    def _reduced_below_any_minimum(self, seats: int, committee: Phrase) -> Iterator[Finding]:
        """Without ``org_type`` the size rules cannot be applied, but every party committee has
        at least 3 members (P-SIZE-1), so a seat reduction below 3 is unlawful (P-ELECT-4)."""
        low = min(party_size(self.p, org)[0] for org in P.PARTY_SIZES)
        if self.reduced and seats < low:
            yield self.add(
                "TK-COMP-2",
                "/election/positions",
                said("TK-COMP-2.any_minimum", committee=committee, low=low),
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
                said("TK-COMP-3", n=len(self.members), names=tuple(w.name for w in self.members)),
                *(() if statutory else (said("TK-COMP-3.target"),)),
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
                said("TK-COMP-4", women=len(women), known=len(known), target=target),
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
        bound = said("TK-COMP-5.inclusive" if inclusive else "TK-COMP-5.under", limit=limit)
        yield self.add(
            "TK-COMP-5",
            "/election/positions",
            said("TK-COMP-5", bound=bound, youngest=min(ages)),
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
            said("TK-COMP-6", groups=tuple(fewer)),
            expected=fewer,
            recorded=sorted({e for _, e in known}),
        )


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


@check("TK-KIN-2", Stage.PEOPLE, families=COMMITTEES)
def supervisory_kin(s: Subject) -> Iterator[Finding]:
    if s.results.election.kind not in COMMITTEE_KINDS:
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


@check("TK-COMP-7", Stage.PEOPLE, families=COMMITTEES)
def commission_candidates(s: Subject) -> Iterator[Finding]:
    return _commission_candidates(s.results, s.profile, s.finding, _Kin(s.results))


@check("TK-COMP-8", Stage.PEOPLE, families=COMMITTEES)
def commission_make_up(s: Subject) -> Iterator[Finding]:
    return _commission_make_up(s.results, s.profile, s.finding)


@check("TK-KIN-4", Stage.PEOPLE, families=COMMITTEES)
def commission_kin(s: Subject) -> Iterator[Finding]:
    return _commission_kin(s.results, s.finding, _Kin(s.results))


@check("TK-COMP-9", Stage.PEOPLE, families=COMMITTEES)
def representatives_per_household(s: Subject) -> Iterator[Finding]:
    return _representatives_per_household(s.results, s.profile, s.finding)


def _assembly(s: Subject) -> list[Winner] | None:
    """The committee members who sit in the representative assembly, once the committee is
    formed; None before."""
    if not s.results.representatives or not _complete(s.counted):
        return None
    return _members(winners(s.results, s.counted))


@check("TK-COMP-11", Stage.PEOPLE, families=COMMITTEES)
def representatives_share(s: Subject) -> Iterator[Finding]:
    members = _assembly(s)
    return iter(()) if members is None else _representatives_share(s.results, s.family, s.finding, members)


@check("TK-COMP-10", Stage.PEOPLE, families=COMMITTEES)
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
        posts: bool = True,
        param: str | None = None,
    ) -> Iterator[Finding]:
        """Pairs of members of one body related within ``scope`` (the finding of ``code`` names
        the body and what its rule says, 应当 or 不宜); ``posts`` names each person's post;
        ``param`` the profile parameter that set the scope."""
        listed = list(people)
        for x, a in enumerate(listed):
            for b in listed[x + 1 :]:
                hit = self.related(a.name, b.name, scope)
                if hit is not None:
                    pair = (
                        said("kin.posts", a=a.name, a_post=a.position, b=b.name, b_post=b.position)
                        if posts
                        else said("kin.pair", a=a.name, b=b.name)
                    )
                    yield add(
                        code,
                        f"/relations/{hit[1]}",
                        said(code, pair=pair, relation=_kinship(hit[0])),
                        expected="no related members",
                        recorded=[a.name, b.name, hit[0]],
                        **({"param": param} if param else {}),
                    )

    def supervisory(self, members: list[Winner], family: Family, add: Add, scope: frozenset[str]) -> Iterator[Finding]:
        """A committee member, or a relative of one within ``scope`` (the profile's
        ``supervisory_kin_avoidance``), on the supervisory committee: the villagers' law
        (组织法 art. 32, V-SUPERVISORY-1; V-2026-SUPERVISE-1 under the amended law) for
        villagers; for a residents' 居务监督委员会 only the local plan's 任职回避 (seeds/002 篇一),
        so a warning."""
        source: Phrase | str
        if family == Family.VILLAGER:
            kw: dict[str, Any] = {"rules": ("V-SUPERVISORY-1",)}
            source = ""
        else:
            kw = {"rules": ("TK-KIN-2",), "severity": "warning"}
            source = said("TK-KIN-2.residents")
        for j, p in enumerate(self.r.supervisory_committee):
            for w in members:
                if p.name == w.name:
                    yield add(
                        "TK-KIN-2",
                        f"/supervisory_committee/{j}",
                        said("TK-KIN-2", position=w.position, name=w.name, source=source),
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
                        said(
                            "TK-KIN-2.relative", member=p.name, position=w.position, name=w.name,
                            kin=Label("proxy_relation", "near_relative") if near else said("kin.relative"), relation=_kinship(hit[0]), source=source,
                        ),
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
        for key in ("scrutineers", "counters", "assisted_writers"):
            for j, name in enumerate(getattr(o, key)):
                for cand in standing:
                    hit = None if cand == name else self.related(name, cand, scope)
                    if hit is not None:
                        yield add(
                            "TK-KIN-3",
                            f"/officials/{key}/{j}",
                            said(f"TK-KIN-3.{key}", name=name, candidate=cand, relation=_kinship(hit[0])),
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
            said("TK-COMP-13", households=households, low=low, high=high),
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
                said("TK-COMP-7", name=p.name),
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
                    said("TK-COMP-7.relative", name=p.name, relation=_kinship(hit[0]), candidate=cand),
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
    problems = []
    if (low and n < low) or (high and n > high):
        problems.append(said("TK-COMP-8.size", n=n, low=low, high=high))
    if n % 2 == 0:
        problems.append(said("TK-COMP-8.even", n=n))
    if all(p.gender for p in active) and not any(p.gender == "female" for p in active):
        problems.append(said("TK-COMP-8.no_woman"))
    if problems:
        yield add(
            "TK-COMP-8",
            "/election_commission",
            said("TK-COMP-8", problems=Series(tuple(problems), "group")),
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
            said("TK-COMP-9", households=households, n=n, low=low, high=high, fewest=-(-households // high), most=households // low),
            expected=f"{-(-households // high)}-{households // low}",
            recorded=n,
        )


def _representatives_share(results: Results, family: Family, add: Add, members: list[Winner]) -> Iterator[Finding]:
    """Representatives at least four fifths of the assembly of representatives and committee
    members (组织法 art. 25; for residents no statutory share, so a warning)."""
    reps = results.representatives
    n = len(reps)
    assembly = len({p.name for p in reps} | {w.name for w in members})
    if 5 * n < 4 * assembly:
        yield add(
            "TK-COMP-11",
            "/representatives",
            said(f"TK-COMP-11.{family.value}", assembly=assembly, n=n),
            severity=None if family == Family.VILLAGER else "warning",
            expected=f">= {-(-4 * assembly // 5)}",
            recorded=n,
        )


def _women_representatives(results: Results, family: Family, add: Add, members: list[Winner]) -> Iterator[Finding]:
    """Women at least a third of the assembly of representatives and committee members
    (组织法 art. 25; for residents no statutory share, so a warning)."""
    reps = results.representatives
    n = len(reps)
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
            said(f"TK-COMP-10.{family.value}", total=len(genders), n=n, women=women),
            severity=None if family == Family.VILLAGER else "warning",
            expected=f">= {-(-len(genders) // 3)}",
            recorded=women,
        )


__all__ = ["KIN_SCOPES"]
