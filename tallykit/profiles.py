"""Rule profiles: every contested legal reading is a named, cited parameter.

A profile mirrors the 选举办法 a meeting adopts. Each built-in profile gives every parameter
(declared once in ``tallykit.parameters``) a value, the source it follows and a one-line reason,
or says explicitly that its law has no such rule (``NOT_APPLICABLE``); a results file (or
``--profile``) may extend a profile and set some values. Every output states the profile id and
all values used.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Mapping
from typing import Any, TypeVar, cast

import msgspec

from tallykit.errors import InputError, pointer
from tallykit.frozen import FrozenDict, compared, converted, freeze
from tallykit.parameters import DEFAULT_MARKS, EXCLUSION_FLAGS, PARAMETERS, Param
from tallykit.results import Results, election_day
from tallykit.vocabulary import Family, Lang

T = TypeVar("T")


class NotApplicable(enum.Enum):
    """The explicit value of a parameter a profile's law does not have (a party profile's
    proxy limit, a villagers' profile's quorum comparison): not shown, not settable, and an
    error to read (``Profile.applies`` asks first)."""

    NOT_APPLICABLE = "not_applicable"


NOT_APPLICABLE = NotApplicable.NOT_APPLICABLE


GRADES = ("A", "B", "C", "U", "local")
"""Source-strength grades of rules/villager.md §0 (A, B, C, U), and ``local`` for a value a
results file or profile file sets; worded as ``profile.grade.<grade>`` in the catalogue (and a
grade-C item of the 2025 amendments, rules/villager.md §4, as ``profile.reported``).
rules/party.md grades no sources: party settings have none."""


def reported(rule: str, grade: str) -> bool:
    """A value or provision resting on a report of the 2025 amendments (an id of rules/villager.md
    §4, graded C there), whose adopted wording was not verified."""
    return grade == "C" and "-2026-" in rule


class Setting(msgspec.Struct, frozen=True):
    """A profile's value for one parameter, with the source it follows, why, the source's grade
    (``GRADES``) and, where this profile rests the value on a rule other than the parameter's
    first, that rule's id (e.g. V-2026-PROXY-1 for the amended law's proxy cap)."""

    value: object
    source: str
    reason: str
    grade: str = ""
    rule: str = ""


NOT_APPLICABLE_SETTING = Setting(NOT_APPLICABLE, "", "")


class Period(msgspec.Struct, frozen=True):
    """The election days a built-in profile's texts govern (inclusive ISO dates; None is open),
    with the rule and source that say so (V-2026-DATE)."""

    start: str | None
    end: str | None
    rule: str
    source: str
    grade: str

    def covers(self, day: datetime.date) -> bool:
        return (self.start is None or datetime.date.fromisoformat(self.start) <= day) and (
            self.end is None or day <= datetime.date.fromisoformat(self.end)
        )

    def text(self, lang: Lang) -> str:
        """'2026-01-01 起' / 'from 2026-01-01', both ends, or 'any date'."""
        from tallykit.text.texts import text

        ends = "between" if self.start and self.end else "from" if self.start else "until" if self.end else "any"
        return text(f"period.{ends}", lang, start=self.start, end=self.end)

    words = text  # a finding's field (tallykit.text.words)


class Provision(msgspec.Struct, frozen=True):
    """A cited rule of a profile's texts that decides nothing tallykit counts or checks (shown by
    ``tallykit profiles`` so that every item of the texts is accounted for)."""

    rule: str
    grade: str
    zh: str
    en: str


class Choice(msgspec.Struct, frozen=True):
    """Why a profile was used for a file: named in it (``file``), given as an override
    (``option``: --profile or the caller), or, when the file names none, by election kind and
    election day (``date``; ``kind`` when the file gives no day). ``fits`` is the built-in profile
    the day gives when the profile used is outside its period (verify: TK-PROFILE-1)."""

    by: str
    day: str | None = None
    fits: str | None = None


class Profile(msgspec.Struct, frozen=True):
    """A named, resolved set of parameter values (规则版本).

    ``profile[P.THRESHOLD_BASE]`` reads a value, typed by its declaration
    (``tallykit.parameters``); ``settings`` holds every parameter, those the profile's law does
    not have as ``NOT_APPLICABLE``; ``params`` holds the values used, for output. ``based_on``
    names the built-in profile a built-in one extends (villager-2026 on villager-2018);
    ``extends``/``overrides`` record what a results or profile file set.
    """

    id: str
    family: Family
    title_zh: str
    title_en: str
    settings: FrozenDict[str, Setting]
    extends: str | None = None
    overrides: tuple[str, ...] = ()
    period: Period | None = None
    based_on: str | None = None
    provisions: tuple[Provision, ...] = ()
    choice: Choice | None = None

    def __post_init__(self) -> None:
        converted(self, family=Family, settings=freeze)

    def __eq__(self, other: object) -> bool:
        """Every field but ``choice``: why a profile was used does not make it another profile."""
        return type(other) is Profile and compared(self, "choice") == compared(other, "choice")

    def __hash__(self) -> int:
        return hash(compared(self, "choice"))

    def __getitem__(self, key: Param[T]) -> T:
        """The value of parameter ``key``; LookupError when the profile's law has no such rule
        (a bug: the caller asks ``applies`` first where that can happen)."""
        value = self.settings[key.name].value
        if value is NOT_APPLICABLE:
            raise LookupError(f"profile {self.id} has no parameter {key.name}")
        return cast(T, value)

    def get(self, key: Param[T]) -> T | None:
        """The value of parameter ``key``, or None where the profile's law has no such rule."""
        return self[key] if self.applies(key) else None

    def applies(self, key: Param[Any] | str) -> bool:
        """Whether the profile's law has parameter ``key`` (by declaration or by name)."""
        setting = self.settings.get(key if isinstance(key, str) else key.name)
        return setting is not None and setting.value is not NOT_APPLICABLE

    @property
    def applicable(self) -> dict[str, Setting]:
        """The settings of the parameters the profile's law has, in the profile's order."""
        return {name: s for name, s in self.settings.items() if s.value is not NOT_APPLICABLE}

    @property
    def params(self) -> dict[str, Any]:
        """All values used, as plain JSON-ready data (marks as a dict, flags as a list)."""
        out: dict[str, Any] = {}
        for name, setting in self.applicable.items():
            value = setting.value
            if isinstance(value, Mapping):
                value = dict(value)
            elif isinstance(value, tuple):
                value = list(value)
            out[name] = value
        return out

    def rule(self, name: str) -> str:
        """The rule this profile rests parameter ``name`` on: the setting's own, else the
        parameter's first."""
        return self.settings[name].rule or PARAMETERS[name].rules[0]

    def caveat(self, name: str, lang: Lang) -> str:
        """For a value resting on a report of the 2025 amendments (``reported``), the words that
        say so, for a finding's message: '（V-2026-KIN-1：据报道，通过文本未核实）'; else ''."""
        setting = self.settings.get(name)
        if setting is None or not reported(setting.rule, setting.grade):
            return ""
        from tallykit.text.texts import text

        return text("profile.caveat", lang, rule=setting.rule, reported=text("profile.reported", lang))

    def title(self, lang: Lang) -> str:
        """The profile's title in ``lang``."""
        return self.title_zh if lang == Lang.ZH else self.title_en

    def reason(self, lang: Lang) -> str:
        """Why this profile was used, in one sentence (empty when no choice is recorded)."""
        c = self.choice
        if c is None:
            return ""
        from tallykit.text.texts import text

        period = self.period.text(lang) if self.period else ""
        said = dict(id=self.id, day=c.day, period=period, fits=c.fits)
        why = text(f"profile.by_{c.by}", lang, **said)
        return why + text("profile.fits_note", lang, **said) if c.fits is not None else why

    def describe(self) -> dict[str, Any]:
        """The id, every value used, and why the profile was used: what each output states."""
        out: dict[str, Any] = {"id": self.id, "params": self.params}
        if self.overrides:
            out["extends"] = self.extends
            out["set"] = list(self.overrides)
        if self.choice is not None:
            out["chosen"] = {
                "by": self.choice.by,
                "election_day": self.choice.day,
                "date_gives": self.choice.fits,
                "zh": self.reason(Lang.ZH),
                "en": self.reason(Lang.EN),
            }
        return out


PARTY_2020_URL = "rules/party.md"


def _party(year: str) -> Profile:
    new = year == "2020"
    regime = "《中国共产党基层组织选举工作条例》(2020)" if new else "《中国共产党基层组织选举工作暂行条例》(1990)"
    s = {
        "threshold_base": Setting(
            "expected" if new else "present",
            "P-ELECT-1: " + ("2020 超过应到会有选举权人数的半数 (旗帜网 党建业务通)" if new else "1990 超过实到会有选举权人数的一半"),
            "the regime's own wording" if new else "the 1990 text as applied in 1990-era 选举办法",
        ),
        "quorum_comparison": Setting(
            ">=" if new else ">",
            "P-QUORUM-1: " + ("2020 不少于应到会人数的4/5" if new else "1990 超过应到会人数的五分之四 (中组部 lenient reading is >=)"),
            "literal text of the regime; set '>=' to follow the 中组部 reading" if not new else "literal text of the regime",
        ),
        "committee_quorum": Setting(
            "four_fifths",
            "P-QUORUM-4: 2011 镇纪委 sample, 超过应到会委员的五分之四",
            "the only base-level sample found; 2/3 looks borrowed from the 地方 条例",
        ),
        "reconcile_against": Setting(
            "issued",
            "P-BALLOT-1: 共产党员网 例文, 收回的选票等于或少于发出的选票",
            "most templates compare with ballots issued",
        ),
        "writein_without_mark": Setting(
            "no_vote",
            "P-MARK-1: 埔栅村 2021 选举办法, 只写姓名未画符号的另选人不得票",
            "the only source that states the outcome unambiguously",
        ),
        "abstainer_writein": Setting(
            "no_vote",
            "P-VALID-5: 投不赞成票者可以另选他人 (1990; 2020 Art. 25)",
            "only a voter who disapproves may write in; the write-in gets no vote",
        ),
        "identifying_mark_spoils": Setting(
            True,
            "P-VALID-2: local 细则 Art. 20, 作记号的视为废票",
            "local rule, on by default as rules/party.md recommends",
        ),
        "overvote_scope": Setting(
            "ballot",
            "P-VALID-1: 所选人数多于应选人数的为无效票",
            "section voiding is a 村委会 practice, not a party one",
        ),
        "tie_revote_needs_majority": Setting(
            False,
            "P-ELECT-3: 就票数相等的被选举人再次投票，得票多的当选",
            "no source requires the majority again",
        ),
        "recommendation_base": Setting(
            "returned",
            "TK-REC-2: seeds/002, 得票数超过推荐票一半以上",
            "推荐票 are the recommendation ballots cast",
        ),
        "single_given_name": Setting(
            "empty_first",
            "P-ORDER-2: 姓氏笔画 convention (全国党代会)",
            "rules/party.md default for party ballots",
        ),
        "ballot_order": Setting(
            "surname_strokes",
            "P-ORDER-1: 2020 Art. 24, seeds/002 选票上的候选人名单以姓氏笔画为序排列 (书记/副书记: the approved order)",
            "the regulation's own rule",
        ),
        "marks": Setting(
            DEFAULT_MARKS,
            "P-MARK-1: 共产党员网 例文 and 埔栅村 2021 (○ or √ approve, × disapprove, no mark abstain)",
            "the common template; map other symbols in the adopted 选举办法",
        ),
    }
    return Profile(
        id=f"party-{year}",
        family=Family.PARTY,
        title_zh=f"党的基层组织选举（{regime}）",
        title_en=f"Party basic-organisation elections ({year} regulation)",
        settings=freeze(s),
    )


def _villager(family: Family) -> Profile:
    """组织法 (2018) with the 选举规程 (2013) defaults; residents share the counting practice
    (the 居委会组织法 sets no thresholds, R-THRESH-1) and add the election form."""
    s = {
        "overvote_scope": Setting(
            "section",
            "V-BALLOT-OVERVOTE-1: training slides C3, template C4 (一栏多选只该栏无效)",
            "on a 主任/副主任/委员 ballot each post has its own 应选人数; readable parts stay valid",
            grade="C",
        ),
        "same_person_multi_post": Setting(
            "highest_only",
            "V-SAME-PERSON-1: C3 计票只记高职务; C4 只计算职务高的",
            "the only practice found; no text voids the ballot",
            grade="C",
        ),
        "same_person_void_higher": Setting(
            "drop_lower",
            "V-SAME-PERSON-1: C3 removes the lower mark before the over-vote test (case 4); no source "
            "treats a void higher section",
            "the order the only source describes; keep_lower where the 选举办法 counts a void section "
            "for nobody",
            grade="C",
        ),
        "ballot_order": Setting(
            "unspecified",
            "rules/villager.md names no ballot order; provinces differ (姓氏笔画, or by nomination votes)",
            "TK-ORDER-1 checks only where the profile says the ballots are printed in stroke order",
            grade="U",
        ),
        "carry_down": Setting(
            "off",
            "V-POS-2: 组织法 and 规程 are silent; S16 criticises 上票下加 as unlawful",
            "each post is counted on its own unless the 选举办法 says otherwise",
            grade="C",
        ),
        "proxy_limit": Setting(
            3,
            "V-PROXY-1: U-A art.23, U-E art.22, C7; 选举法 art.42 analogy (不得超过三人)",
            "the most common limit and the 规程's believed value",
            grade="B",
        ),
        "proxy_relation": Setting(
            "near_relative",
            "V-PROXY-1: 组织法 art.15(4) 本村有选举权的近亲属; 民法典 art.1045",
            "the statute since 2010",
            grade="A",
        ),
        "participation_base": Setting(
            "returned",
            "V-DOUBLE-MAJORITY-1: Wukan (C1) computed 参加投票 on ballots returned",
            "open question 1 of rules/villager.md; returned ballots are what the box shows",
            grade="C",
        ),
        "supplementary_candidates": Setting(
            "seats_plus_one",
            "V-SUPP-1: 组织法 art.15(2) 得票多的; practice seats + 1; 选举法 art.45 (one seat, 2 candidates)",
            "the smallest 差额 the practice uses",
            grade="C",
        ),
        "supplementary_needs_turnout": Setting(
            True,
            "V-SUPP-3: 组织法 art.15 applies the turnout quorum to 选举 in general",
            "the conservative reading rules/villager.md recommends",
            grade="A",
        ),
        "women_guarantee": Setting(
            "confirm_first",
            "V-WOMEN-1: 选举规程 2013 (S4, Xinhua) 妇女委员得票过半数的优先确定",
            "the national 规程's counting mechanism",
            grade="B",
        ),
        "min_committee": Setting(
            3,
            "V-SUPP-4: Guangdong practice (C1), U-F; 村民委员会成员不得少于3名 (seeds/002)",
            "a committee of 3 may stand with the other seats vacant",
            grade="B",
        ),
        "majority_base": Setting(
            "participants",
            "V-DOUBLE-MAJORITY-2: 组织法 art.15(2) 参加投票的村民的过半数; V-RECALL-1 art.16",
            "the statute since 2010; 'registered' is the pre-2010 variant",
            grade="A",
        ),
        "reconcile_against": Setting(
            "issued",
            "V-BALLOT-RECON-1: C4 and practice notes, 收回选票多于发出选票的无效",
            "ballots issued are always recorded; 投票人数 is often not",
            grade="C",
        ),
        "writein_without_mark": Setting(
            "approve",
            "V-BALLOT-ILLEGIBLE-1: C5, 另选他人姓名清楚而未画符号的视为赞成",
            "the voter's intent is clear",
            grade="C",
        ),
        "abstainer_writein": Setting(
            "count",
            "V-BALLOT-BLANK-1: a marked write-in with no opposition mark is normally an approval",
            "villagers' ballots need no × before a write-in",
            grade="C",
        ),
        "identifying_mark_spoils": Setting(
            True,
            "V-BALLOT-ILLEGIBLE-1: special marks identifying the voter void the ballot (C5, bwbk)",
            "secret ballot",
            grade="C",
        ),
        "marks": Setting(
            DEFAULT_MARKS,
            "V-BALLOT-ILLEGIBLE-1: C5 (○, ✓ approve; × oppose; no mark abstains)",
            "the common template; map other symbols in the adopted 选举办法",
            grade="C",
        ),
    }
    if family == Family.RESIDENTS:
        s["majority_base"] = Setting(
            "participants",
            "R-THRESH-1: 广西 (S18 art.11) 候选人获得参加选举的过半数选票",
            "the only provincial rule found; the law sets none",
            grade="B",
        )
        s["min_committee"] = Setting(
            5,
            "V-SUPP-4 with V-COMP-1: 居委会组织法 art.7 (S2, A) 居民委员会由主任、副主任和委员共五至九人组成",
            "the villagers' 3 is the villagers' statutory minimum; a residents' committee below 5 is unlawful",
            grade="A",
        )
        s["form"] = Setting(
            "all_residents",
            "R-FORMS-1: 居委会组织法 art.8(1) 全体有选举权的居民",
            "the first form the statute names",
            grade="A",
        )
        return Profile(
            id="residents-2018",
            family=Family.RESIDENTS,
            title_zh="居民委员会选举（《城市居民委员会组织法》2018）",
            title_en="Residents' committee elections (organic law 2018)",
            settings=freeze(s),
        )
    return Profile(
        id="villager-2018",
        family=Family.VILLAGER,
        title_zh="村民委员会选举（《村民委员会组织法》2018，民政部《村民委员会选举规程》2013）",
        title_en="Villagers' committee elections (organic law 2018, MCA election procedure 2013)",
        settings=freeze(s),
    )


BUILTIN: dict[str, Profile] = {
    p.id: p for p in (_party("2020"), _party("1990"), _villager(Family.VILLAGER), _villager(Family.RESIDENTS))
}

DEFAULT_FOR_KIND = {
    "party_committee": "party-2020",
    "party_officers": "party-2020",
    "party_branch_officers": "party-2020",
    "recommendation": "party-2020",
    "villagers_committee": "villager-2018",
    "residents_committee": "residents-2018",
    "recall": "villager-2018",
}


def builtin_profile(profile_id: str, *, path: str = "/profile") -> Profile:
    """A built-in profile by id, or InputError listing the known ids."""
    try:
        return BUILTIN[profile_id]
    except KeyError:
        known = ", ".join(sorted(BUILTIN))
        raise InputError.worded("unknown_profile", path=path, rule="FMT-PROFILE", value=profile_id, known=known) from None


def extend_profile(
    base: Profile,
    values: Mapping[str, object],
    *,
    path: str = "/profile/set",
    new_id: str | None = None,
    source: str | None = None,
) -> Profile:
    """``base`` with some parameter values replaced, each cited to ``source`` (the local plan a
    profile file names) with grade ``local``; an unknown name or a bad value is an InputError
    naming the parameter (and the likely intended one)."""
    settings = dict(base.settings)
    for name, value in values.items():
        where = pointer(*path.strip("/").split("/"), name) if path else pointer(name)
        if not base.applies(name):
            raise _unknown_parameter(base, name, where)
        checked = PARAMETERS[name].check(value, where)
        cited = source or "set by the results file or --profile"
        settings[name] = Setting(checked, cited, "local 选举办法", "local", settings[name].rule)
    overrides = tuple(dict.fromkeys((*base.overrides, *values)))
    return msgspec.structs.replace(
        base,
        id=new_id or base.id,
        settings=settings,
        extends=base.extends or base.id if overrides else base.extends,
        overrides=overrides,
    )


def _unknown_parameter(base: Profile, name: str, where: str) -> InputError:
    """The error for a parameter ``base`` does not have: a likely misspelling, or a parameter of
    another family's profiles, is named; the full list is ``tallykit profiles``."""
    import difflib

    from tallykit.text.labels import parameter_label
    from tallykit.text.words import joined, worded

    close = difflib.get_close_matches(name, list(base.applicable), n=1)
    said = dict(id=base.id, name=name)
    hint: object = ""
    if close:
        hint = worded("error.did_you_mean", close=close[0], label=parameter_label(close[0]))
    elif name in PARAMETERS:
        hint = worded("error.belongs_to", other=joined(sorted({p.id for p in BUILTIN.values() if p.applies(name)})))
    return InputError.worded("no_parameter", path=where, rule="FMT-PROFILE", value=name, hint=hint, **said)


PROFILE_FIELDS = ("extends", "set", "id", "source")


def resolve_profile(
    ref: object, *, kind: str | None, path: str = "/profile", day: datetime.date | None = None
) -> Profile:
    """The profile a results file (or --profile) asks for: an id, ``{"extends", "set"[, "id",
    "source"]}``, or, with no ref, the built-in profile the election kind and ``day`` give
    (``profile_for``), or the kind's default when there is no day; InputError when it does not
    fit the election ``kind`` (``check_fits``). With ``kind`` None (a --profile value checked
    before any file is read) the profile is not yet held against an election."""
    profile = _resolve(ref, kind or "party_committee", path, day)
    return profile if kind is None else check_fits(profile, kind, path)


def _party_rules(family: Family) -> bool:
    """Party rules count party elections; the villagers' and the residents' rules count the
    committee elections and recalls (residents' elections follow the villagers' law)."""
    return family == Family.PARTY


def fitting_profiles(kind: str) -> list[str]:
    """The built-in profiles made for an election of ``kind`` (a recall: the villagers' and the
    residents' ones)."""
    families = {family_of_kind(kind)} | ({Family.VILLAGER, Family.RESIDENTS} if kind == "recall" else set())
    return sorted(pid for pid, p in BUILTIN.items() if p.family in families)


def check_fits(profile: Profile, kind: str, path: str = "/profile") -> Profile:
    """``profile`` when its family can count an election of ``kind``, else InputError naming the
    profile, the election kind and the profiles that fit (a party file under ``villager-2018``
    has no quorum rule to apply; a villagers' file under ``party-2020`` no turnout rule)."""
    from tallykit.text.words import worded

    if _party_rules(profile.family) == _party_rules(family_of_kind(kind)):
        return profile
    fits = ", ".join(fitting_profiles(kind))
    family = "party_elections" if profile.family == Family.PARTY else "committee_elections"
    raise InputError.worded(
        "profile_misfit", path=path, rule="FMT-PROFILE", value=profile.id, id=profile.id,
        family=worded(f"error.{family}"), election=worded(f"election.{kind}"), kind=kind, fits=fits,
    )


def _resolve(ref: object, kind: str, path: str, day: datetime.date | None) -> Profile:
    if ref is None:
        dated = profile_for(kind, day) if day is not None else None
        return dated or builtin_profile(default_profile_id(kind), path=path)
    if isinstance(ref, str):
        return builtin_profile(ref, path=path)
    if isinstance(ref, Mapping):
        unknown = set(ref) - set(PROFILE_FIELDS)
        if unknown:
            name = sorted(unknown)[0]
            raise InputError.worded("profile_unknown_field", path=f"{path}/{name}", rule="FMT-UNKNOWN", value=name, name=name,
                quoted="、".join(f"「{f}」" for f in PROFILE_FIELDS), fields=", ".join(PROFILE_FIELDS),
            )
        base_id = ref.get("extends")
        if not isinstance(base_id, str):
            raise InputError.worded("profile_needs_extends", path=f"{path}/extends", rule="FMT-PROFILE", value=base_id)
        values = ref.get("set", {})
        if not isinstance(values, Mapping):
            raise InputError.worded("profile_set_object", path=f"{path}/set", rule="FMT-PROFILE", value=values)
        for key in ("id", "source"):
            if ref.get(key) is not None and not isinstance(ref[key], str):
                raise InputError.worded("profile_not_string", path=f"{path}/{key}", rule="FMT-PROFILE", value=ref[key], key=key)
        new_id = ref.get("id")
        if new_id in BUILTIN and new_id != base_id:
            raise InputError.worded("profile_builtin_id", path=f"{path}/id", rule="FMT-PROFILE", value=new_id, new_id=new_id)
        base = builtin_profile(base_id, path=f"{path}/extends")
        return extend_profile(base, values, path=f"{path}/set", new_id=new_id, source=ref.get("source"))
    raise InputError.worded("profile_ref", path=path, rule="FMT-PROFILE", value=ref)


def default_profile_id(kind: str) -> str:
    """The profile used when a file names none and gives no election day (always stated)."""
    return DEFAULT_FOR_KIND.get(kind, "party-2020")


def family_of_kind(kind: str) -> Family:
    """The profile family an election kind is counted under (recalls: villagers' committees)."""
    return builtin_profile(default_profile_id(kind)).family


def profile_for(kind: str, day: datetime.date) -> Profile | None:
    """The built-in profile of ``kind``'s family whose period covers ``day`` (V-2026-DATE: the
    2018 texts before 2026-01-01, the amended ones from that day; party-1990 before the 2020
    regulation); None when no period covers it."""
    family = family_of_kind(kind)
    for pid in sorted(BUILTIN):
        p = BUILTIN[pid]
        if p.family == family and p.period is not None and p.period.covers(day):
            return p
    return None


def chosen(profile: Profile, kind: str, day: datetime.date | None, by: str) -> Profile:
    """``profile`` with the record of why it is used (``Choice``), and, when its period does
    not cover ``day``, the built-in profile the day gives."""
    fits = None
    if day is not None and profile.period is not None and not profile.period.covers(day):
        dated = profile_for(kind, day)
        fits = dated.id if dated is not None else None
    return msgspec.structs.replace(profile, choice=Choice(by, day.isoformat() if day else None, fits))


def profile_of(results: Results) -> Profile:
    """The profile a results file is counted under: the one it names, else the one its election
    kind and election day give (else its kind's default), with why (``Profile.reason``)."""
    day = election_day(results)
    kind = results.election.kind
    profile = resolve_profile(results.profile, kind=kind, day=day)
    by = "file" if results.profile is not None else "date" if day is not None else "kind"
    return chosen(profile, kind, day, by)


# ---------------------------------------------------------------- procedure checks: eligibility and
# composition (issue 6). Appended as one block: new parameters, and their cited values added to
# every built-in profile of the family they concern.


_SEED_AGES = "seeds/002 篇一 (衡山白果镇 2020): 非现任“两委”成员提名书记 55岁以下(1966年1月1日之后出生)，新进成员 50岁以下，继续提名 57岁以下"


def _people_settings(family: Family) -> dict[str, Setting]:
    """The eligibility and composition values of one family, each with its source and reason."""
    s = {
        "age_max_new_member": Setting(
            50,
            _SEED_AGES + "; seeds/004 新进“两委”成员 50 岁以下",
            "the two plans agree; 一般 with exceptions, so a warning",
            grade="B",
        ),
        "age_max_continuing": Setting(
            57,
            _SEED_AGES + "; seeds/000 (过水坪镇 2020) 现任“两委”成员 57周岁以下",
            "the two Hunan plans agree; seeds/002 篇三 (继任书记 不超过55) and 篇二 (50) are stricter local variants",
            grade="B",
        ),
        "age_limit_cutoff": Setting(
            "election_day",
            "seeds fix one date per 换届: 2021-01-01 (seeds/002 篇一, by birth dates), 2020-12-31 (篇三), 2021-03-31 (seeds/000)",
            "no date fits every 换届; set the local plan's date",
            grade="B",
        ),
        "age_limit_inclusive": Setting(
            False,
            "seeds/002 篇一: 55岁以下 = 1966年1月1日之后出生, i.e. not yet 55",
            "the plan's own birth-date gloss; 民法典 art.1259 and rules/villager.md §1.10 (以下 includes the number) read true; "
            "it also decides young_member_age's 35岁以下",
            grade="B",
        ),
        "young_member_age": Setting(
            35,
            "seeds/002 篇一 and 篇三, seeds/004: 原则上每个村(社区)“两委”班子中至少有1名35岁以下的年轻干部",
            "a target (原则上) for both committees together, so a warning; 以下 read as age_limit_inclusive says",
            grade="B",
        ),
        "kin_avoidance": Setting(
            "near_relative",
            "V-KIN-1: 重庆 (S14 art.2), 四川 (S15 art.3), U-N art.6; seeds/002 篇三 and seeds/004 “两委”成员近亲属回避制度",
            "the civil-code 近亲属 (民法典 art.1045) most sources name; the national law has no rule, so a warning",
            grade="B",
        ),
    }
    if family == Family.PARTY:
        s.update(
            {
                "age_max_new_secretary": Setting(
                    55,
                    _SEED_AGES + "; seeds/000 非现任成员 55周岁以下",
                    "the two Hunan plans agree; seeds/002 篇二 (45) is a stricter local variant",
                ),
                "primary_committee_max": Setting(
                    11,
                    "P-SIZE-1: 基层委员会 5–9 in one source, 最多不超过11 in another (2020 flow, newchangjing.com)",
                    "the looser bound; the check is a warning and the open question is unresolved — set 9 for the stricter source",
                ),
                "secretary_party_years": Setting(
                    1,
                    "seeds/002 篇三: 村(社区)党组织书记一般应当具有1年以上党龄; seeds/000: 具有1年以上党龄",
                    "both plans; 一般 with exceptions, so a warning",
                ),
                "women_share_target": Setting(
                    0,
                    "seeds/002 篇三: 注意提高女性委员比例 (no figure for party committees)",
                    "no source gives a share for party committees",
                ),
                "officials_kin_avoidance": Setting(
                    "none",
                    "P-BALLOT-3: 监票人 from non-candidates; no party source bars candidates' relatives",
                    "TK-OFFICIAL-1 checks candidates themselves",
                ),
            }
        )
        return s
    s.update(
        {
            "women_share_target": Setting(
                30 if family == Family.VILLAGER else 0,
                "seeds/002 篇一 力争村民委员会成员中女性比例达到30%以上; seeds/004 保证…30%以上"
                if family == Family.VILLAGER
                else "seeds/004: 社区居民委员会成员中妇女比例保持在 50%左右 (not a floor)",
                "a target, so a warning" if family == Family.VILLAGER else "no floor found for residents' committees",
                grade="B",
            ),
            "officials_kin_avoidance": Setting(
                "near_relative",
                "V-KIN-1: U-D art.18, U-J art.24, U-Q art.22 候选人及其近亲属不得担任监票、计票、唱票; 选举法 art.43",
                "most provincial texts; provincial, so a warning",
                grade="B",
            ),
            "size_bands": Setting(
                "u_n_art6" if family == Family.VILLAGER else "none",
                "V-COMP-1: U-N art.6 (1000 人以下 3, 1000–3000 人 3–5, 3000 人以上 5–7); seeds/002 篇一 gives 4–5 for the middle band"
                if family == Family.VILLAGER
                else "V-COMP-1: no population bands for residents' committees",
                "a provincial text over one township plan; 一般核定, so a warning" if family == Family.VILLAGER else "none found",
                grade="B" if family == Family.VILLAGER else "U",
            ),
            "commission_size_min": Setting(
                5,
                "湖南 (S6 art.7) 五至十一人的单数; seeds/002, seeds/004",
                "provincial text and both plans agree",
                grade="B",
            ),
            "commission_size_max": Setting(
                11 if family == Family.VILLAGER else 9,
                "湖南 (S6 art.7) 五至十一人; seeds/002, seeds/004"
                if family == Family.VILLAGER
                else "seeds/004: 社区居民选举委员会…主任、副主任和委员 5 至 9 人; "
                "seeds/002 篇一: 村(居)民选举委员会…一般由5至11人的单数组成",
                "provincial text and both plans agree"
                if family == Family.VILLAGER
                else "seeds/004 names the residents' commission on its own (5–9); seeds/002 篇一's 5至11 is "
                "written for 村(居) together, the villagers' figure; set 11 to follow that plan",
                grade="B",
            ),
            "representative_households_min": Setting(
                5 if family == Family.VILLAGER else 20,
                "V-REPS-1: 组织法 art.25 每五户至十五户推选一人" if family == Family.VILLAGER else "seeds/002: 居民代表由居民按每20户至50户推选1人",
                "the statute" if family == Family.VILLAGER else "the only residents' figure found",
                grade="A" if family == Family.VILLAGER else "B",
            ),
            "representative_households_max": Setting(
                15 if family == Family.VILLAGER else 50,
                "V-REPS-1: 组织法 art.25 每五户至十五户推选一人" if family == Family.VILLAGER else "seeds/002: 居民代表由居民按每20户至50户推选1人",
                "the statute" if family == Family.VILLAGER else "the only residents' figure found",
                grade="A" if family == Family.VILLAGER else "B",
            ),
        }
    )
    return s


BUILTIN.update(
    {
        pid: msgspec.structs.replace(p, settings={**p.settings, **_people_settings(p.family)})
        for pid, p in BUILTIN.items()
    }
)

# ---------------------------------------------------------------- committee sizes, the candidate
# margin, and the posts the women's rule and stroke order apply to: the law's numbers and post
# lists as cited values, read by composition, verify and the counting core.

_P_SIZE = "P-SIZE-1: rules/party.md (支部 3–5 一般不超过7, 总支 5–7 最多9, 基层委员会 5–9 最多不超过11)"


def _size_settings(family: Family) -> dict[str, Setting]:
    """The committee sizes, the candidate margin and the posts rules apply to, per family."""
    if family == Family.PARTY:
        return {
            "branch_committee_min": Setting(3, _P_SIZE, "the only figures found; not statutory, so a warning"),
            "branch_committee_usual_max": Setting(5, _P_SIZE, "the only figures found"),
            "branch_committee_max": Setting(7, _P_SIZE, "一般不超过7"),
            "general_branch_committee_min": Setting(5, _P_SIZE, "the only figures found"),
            "general_branch_committee_usual_max": Setting(7, _P_SIZE, "the only figures found"),
            "general_branch_committee_max": Setting(9, _P_SIZE, "最多9"),
            "primary_committee_min": Setting(5, _P_SIZE, "both sources"),
            "primary_committee_usual_max": Setting(9, _P_SIZE, "both sources; the most is primary_committee_max"),
            "branch_committee_members_min": Setting(
                7,
                "P-SIZE-1: rules/party.md 正式党员7人以上的党支部设立支部委员会；不足7人的不设委员会，设书记1名",
                "the only figure found",
            ),
            "candidate_margin": Setting(
                "fifth_of_seats",
                "P-CAND-1: 2020 Art. 13 委员候选人的差额不少于应选人数的20% (1990 Art. 12 为应选人数的百分之二十); 进一法",
                "the regulation; rounding up as every worked example does",
            ),
            "stroke_order_posts": Setting(
                ("委员", "代表", "常委"),
                "P-ORDER-1: 2020 Art. 24 代表、委员、常委候选人以姓氏笔画为序; 书记、副书记按上级批准的顺序",
                "the regulation's own list",
            ),
        }
    statute = "组织法 art.6 (S1, A) 由主任、副主任和委员共三至七人组成" if family == Family.VILLAGER else (
        "居委会组织法 art.7 (S2, A) 由主任、副主任和委员共五至九人组成"
    )
    return {
        "committee_size_min": Setting(3 if family == Family.VILLAGER else 5, f"V-COMP-1: {statute}", "the statute", grade="A"),
        "committee_size_max": Setting(7 if family == Family.VILLAGER else 9, f"V-COMP-1: {statute}", "the statute", grade="A"),
        "candidate_margin": Setting(
            "more_than_seats",
            "V-CAND-1: 组织法 art.15(1) 候选人名额应当多于应选名额 (S1, A); 各地 主任、副主任 +1, 委员 +1–3",
            "the statute; the provinces' larger margins are local rules",
            grade="A",
        ),
        "stroke_order_posts": Setting(
            ("all",),
            "rules/villager.md names no ballot order; where a province prints in 姓氏笔画 order (ballot_order) it does so for every post",
            "no source limits the order to some posts",
            grade="U",
        ),
        "women_guarantee_posts": Setting(
            ("委员", "last"),
            "V-WOMEN-1: 选举规程 2013 (S4, Xinhua) 妇女委员得票过半数的优先确定 (the 委员 post; a ballot without a 委员 "
            "post: its last post)",
            "the 规程 names the 委员 seats; the last post stands in for them on a ballot that names its posts otherwise",
            grade="B",
        ),
    }


BUILTIN.update(
    {pid: msgspec.structs.replace(p, settings={**p.settings, **_size_settings(p.family)}) for pid, p in BUILTIN.items()}
)


# ---------------------------------------------------------------- procedure: timeline (issue 6)
# Periods of the timeline checks (tallykit/procedure/timeline.py). Day counting: the start day is not
# counted (民法典 art.201), so "published N days before election day" means
# (election_day - published).days >= N and "within N days of X" means (event - X).days <= N.


_SEED = "seeds/002"
_TIMELINE_PARTY = {
    "request_lead_months": Setting(1, f"P-TIME-1: {_SEED} 篇三 召开大会正式选举1个月之前提交请示; ventaserv 一般提前1个月", "the figure every source gives; guidance, so a warning"),
    "prospective_notice_days": Setting(5, f"P-TIME-3: {_SEED} 篇三 书记预备人选 不少于5个工作日的公示 (篇一: 公示5天)", "rules/party.md found no national figure (U); the local plans' value"),
    "prospective_notice_unit": Setting("working", f"P-TIME-3: {_SEED} 篇三 不少于5个工作日 (篇一 says 5天, calendar days)", "the stricter of the two seed readings; set calendar for 篇一"),
    "result_notice_days": Setting(5, f"P-TIME-4: {_SEED} 篇二, 篇三 对正式选举出的班子成员进行不少于5个工作日的公示", "both seed plans that mention it agree"),
    "result_notice_unit": Setting("working", f"P-TIME-4: {_SEED} 篇二, 篇三 不少于5个工作日", "both seed plans agree"),
    "notice_counts_start_day": Setting(False, "民法典 art.201 开始的当日不计入 (many notices write 'X日至Y日' inclusive)", "the statutory counting convention; set true for inclusive notices"),
    "result_report_days": Setting("none", f"P-TIME-4: no deadline found (rules/party.md); {_SEED} 篇一 报告批复(选举结束当天) = 0", "no national deadline; set 0 to apply the seed plan"),
    "term_window_months": Setting(12, "P-SIZE-2: 2020 art.3 延长或者提前期限一般不超过1年 (1990 art.3 same)", "the regulation's own limit"),
    "deadline_holiday_extension": Setting(False, "民法典 art.203 (最后一日为法定休假日的顺延); rules/villager.md §1.10: civil-code counting for elections unverified (U)", "no election text adopts the extension"),
}
_TIMELINE_VILLAGER = {
    "voter_list_days": Setting(20, "V-T-LIST: 组织法 art.14 (S1, A) 选举日的二十日前公布; U-H, U-K, U-L, U-P, U-R; S20 (RC)", "the statute", grade="A"),
    "objection_days": Setting(5, "V-T-OBJ: 组织法 art.14 (S1, A) 自名单公布之日起五日内申诉", "the statute", grade="A"),
    "objection_answer_days": Setting(3, "V-T-OBJ: 组织法 art.14 (S1, A) 自收到申诉之日起三日内作出处理决定", "the statute", grade="A"),
    "candidate_list_days": Setting(5, f"V-T-CAND: U-G art.20, U-L art.10, U-Q art.17, S19 (RC), {_SEED} 篇三 选举日前5日; 7 in U-D, U-F, U-K, {_SEED} 篇一; 3 in U-R, U-C", "the value most texts give; set 7 or 3 for the local rules", grade="B"),
    "time_place_days": Setting(5, f"V-T-TIMEPLACE: U-P art.22, U-Q art.19, {_SEED} 篇三 选举日前5日再次公布选举时间和地点", "the only value found", grade="B"),
    "proxy_lead_days": Setting(0, "V-T-PROXY: proxies by election day or earlier (rules/villager.md); 3 in 赣州章贡 (C7)", "the general rule; set 3 for 章贡", grade="B"),
    "proxy_registration_days": Setting(5, f"V-T-PROXY: {_SEED} 篇三 委托投票应当自选民名单公布之日起5日内办理 (U in rules/villager.md)", "the seed plan; unverified nationally, so a warning", grade="B"),
    "proxy_publish_days": Setting(2, f"V-T-PROXY: {_SEED} 篇三 经审核后2日内公示 (U in rules/villager.md)", "the seed plan; unverified nationally, so a warning", grade="B"),
    "postpone_republish_days": Setting(30, f"V-T-POSTPONE: {_SEED} 篇一 因故推迟选举30天以上的，应当重新公布名单 (U in rules/villager.md)", "the seed plan; a warning", grade="B"),
    "handover_days": Setting(10, f"V-T-HANDOVER: 组织法 art.20 (S1, A) 自新一届村民委员会产生之日起十日内完成移交; {_SEED} 篇一", "the statute", grade="A"),
    "supervisory_days": Setting(10, f"V-T-POST: {_SEED} 篇三 新一届村(居)民委员会产生后10日内 (篇一: 15天内); U in rules/villager.md", "the issue's value and 篇三; set 15 for 篇一; a warning", grade="B"),
    "supplementary_days": Setting(10, "V-T-SUPP: U-F (within 10 days); Guangdong practice next day (C1); U-B new election within 6 months", "the only statutory-text deadline for 另行选举 itself; a warning", grade="B"),
    "term_postpone_months": Setting(12, "V-T-TERM: 江苏 S9 art.4 延期一般不超过一年 (浙江 2012 S8 art.3: 6 months)", "the longer provincial limit; set 6 for 浙江; a warning", grade="B"),
    "deadline_holiday_extension": Setting(False, "民法典 art.203 (最后一日为法定休假日的顺延); rules/villager.md §1.10: civil-code counting for elections unverified (U)", "no election text adopts the extension", grade="U"),
}
for _id, _profile in list(BUILTIN.items()):
    _extra = _TIMELINE_PARTY if _profile.family == Family.PARTY else _TIMELINE_VILLAGER
    BUILTIN[_id] = msgspec.structs.replace(_profile, settings={**_profile.settings, **_extra})


# ---------------------------------------------------------------- the 2025 amendments (issue 19)
# rules/villager.md §4: on 2025-10-28 the NPC Standing Committee amended the 村民委员会组织法 and
# revised the 城市居民委员会组织法, both in force 2026-01-01. The profile follows the election day
# (V-2026-DATE). The adopted wording of the election items was not retrieved: each item is a
# parameter graded C, with a default a profile file can change; what no parameter decides is a
# Provision. The new parameters get their 2018 values in the 2018 profiles, so one check reads one
# parameter under every profile.


_VLAW_2018 = "组织法 (2018)"
_VLAW_2025 = "《村民委员会组织法》(2025-10-28 修正，2026-01-01 起施行)"
_RLAW_2018 = "居委会组织法 (2018)"
_RLAW_2025 = "《城市居民委员会组织法》(2025-10-28 修订，2026-01-01 起施行)"
_DRAFT = "一审稿报道 (research/cycle-2025.md S4, S5)，通过文本未取得"


def _settings_2018(family: Family) -> dict[str, Setting]:
    """The new parameters' values under the 2018 texts: what those texts say or leave open."""
    villager = family == Family.VILLAGER
    s = {
        "candidate_may_hold_proxy": Setting(
            True,
            f"V-PROXY-1: {_VLAW_2018} art.15(4) 不限制候选人受托; 各地: U-E 候选人不得受托, C7 (赣州章贡 2012) 只可受托近亲属",
            "the statute sets no bar; set false for a province that has one",
            "A",
        ),
        "registration_village_work": Setting(
            False,
            f"V-REG-1: {_VLAW_2018} art.13 三类登记 (户籍并居住; 户籍不居住、本人表示参加; 户籍不在本村、居住一年以上、经同意)",
            "the 2018 text has no village-affairs category",
            "A",
        ),
        "commission_kin_withdrawal": Setting(
            "none",
            f"V-KIN-1: {_VLAW_2018} art.12 本人被确定为候选人的退出; 规程 ch.1 近亲属不宜同时任职 (TK-KIN-4)",
            "the statute asks only the candidate to leave",
            "A",
        ),
        "statutory_exclusions": Setting(
            (),
            f"V-INELIGIBLE-1: {_VLAW_2018} art.13 sets no negative list; the 换届 plans' lists are policy (any flag: TK-ELIG-4/5)",
            "no statutory list before the 2025 amendment",
            "A",
        ),
        "supervisory_kin_avoidance": Setting(
            "near_relative",
            f"V-SUPERVISORY-1: {_VLAW_2018} art.32 村民委员会成员及其近亲属不得担任村务监督机构成员"
            if villager
            else "seeds/002 篇一: 村(居)务监督委员会班子成员间…应实行任职回避 (no statutory rule for residents)",
            "the statute" if villager else "the only residents' source found; a warning",
            "A" if villager else "B",
        ),
    }
    if not villager:
        s["community_households_min"] = Setting(
            100,
            f"R-2026-SIZE-1: {_RLAW_2018} art.6 一般在一百户至七百户的范围内设立 (S2)",
            "the statute's 一般, so a note",
            "A",
        )
        s["community_households_max"] = Setting(
            700,
            f"R-2026-SIZE-1: {_RLAW_2018} art.6 一般在一百户至七百户的范围内设立 (S2)",
            "the statute's 一般, so a note",
            "A",
        )
    return s


def _c(value: object, rule: str, source: str, reason: str) -> Setting:
    """A value resting on a grade-C report of the 2025 amendments."""
    return Setting(value, f"{rule}: {source}", reason, "C", rule)


_VILLAGER_2026 = {
    "proxy_limit": _c(
        3,
        "V-2026-PROXY-1",
        f"{_VLAW_2025} 每一村民接受委托投票不得超过三人 ({_DRAFT})",
        "the statutory cap as reported; set the province's lower number where it has one",
    ),
    "candidate_may_hold_proxy": _c(
        False,
        "V-2026-PROXY-2",
        f"{_VLAW_2025} 候选人不得接受委托 ({_DRAFT})",
        "as reported; set true if the adopted text has no such bar",
    ),
    "registration_village_work": _c(
        True,
        "V-2026-REG-1",
        f"{_VLAW_2025} 户籍不在本村、在本村从事村务工作一年以上、经村民同意的可以参加选举 ({_DRAFT})",
        "as reported; the agreement is a recorded decision (voters[].approved_on)",
    ),
    "commission_kin_withdrawal": _c(
        "near_relative",
        "V-2026-COMM-1",
        f"{_VLAW_2025} 村民选举委员会成员的近亲属被提名为候选人的，该成员应当退出 ({_DRAFT})",
        "as reported; 近亲属 as in 民法典 art.1045",
    ),
    "kin_avoidance": _c(
        "near_relative",
        "V-2026-KIN-1",
        f"{_VLAW_2025} 村民委员会成员之间实行近亲属回避 ({_DRAFT}); 重庆 S14, 四川 S15 已有",
        "now statutory as reported; a warning until the adopted wording is read",
    ),
    "statutory_exclusions": _c(
        tuple(EXCLUSION_FLAGS),
        "V-2026-CAND-1",
        f"{_VLAW_2025} 候选人应当拥护中国共产党的领导; 被开除党籍、受过刑事处罚、利用宗族或黑恶势力从事违法活动、"
        f"组织参与非法宗教或邪教活动的不得为候选人 ({_DRAFT})",
        "as reported; the longer 十不选-style lists stay policy (other flags: TK-ELIG-4/5)",
    ),
    "supervisory_kin_avoidance": _c(
        "near_relative",
        "V-2026-SUPERVISE-1",
        f"{_VLAW_2025} 村民委员会成员及其近亲属不得担任村务监督机构成员 (通过文本报道 S15, 弱来源); "
        f"{_VLAW_2018} art.32 已有 (V-SUPERVISORY-1, A)",
        "the 2018 rule, reported as kept",
    ),
}

_RESIDENTS_2026 = {
    "community_households_min": _c(
        1000,
        "R-2026-SIZE-1",
        f"{_RLAW_2025} 一般在一千户至三千户的范围内设立 (research/cycle-2025.md S11, S14)",
        "as reported (was 100–700); a note",
    ),
    "community_households_max": _c(
        3000,
        "R-2026-SIZE-1",
        f"{_RLAW_2025} 一般在一千户至三千户的范围内设立 (research/cycle-2025.md S11, S14)",
        "as reported (was 100–700); a note",
    ),
}

_WOMEN_2026 = "V-2026-WOMEN-1: 第六条妇女成员条款已修改，内容未见，沿用 2018 的取值; "
_HEAD_2026 = Provision(
    "V-2026-HEAD-1",
    "C",
    "主任可以依法由党组织书记担任（“一肩挑”），“两委”成员可以交叉任职：关乎人员构成，不影响计票，核查不加限制",
    "the 主任 may be the party organisation's head through the lawful procedure (一肩挑) and the two committees' "
    "members may hold posts on both: composition, not counting; verify sets no limit",
)


def _carried(base: str) -> Provision:
    """The note of an amended law whose adopted text was not retrieved: what is not listed as
    changed keeps ``base``'s values, sources and article numbers."""
    from tallykit.text.texts import text

    return Provision("V-2026-DATE", "C", text("profile.carried", Lang.ZH, base=base), text("profile.carried", Lang.EN, base=base))


_PROVISIONS = {
    Family.VILLAGER: (
        _HEAD_2026,
        Provision(
            "V-2026-SUPERVISE-1",
            "C",
            "村务监督机构的任期已由法律规定（年限未见），成员可以列席村民代表会议，发现违法情形向政府和监察机关报告：不影响计票，核查不作检查",
            "the village affairs supervisory body's term is now statutory (length not seen); its members may sit in on "
            "the representative assembly and report violations to the government and 监察机关: not checked",
        ),
        Provision(
            "V-2026-WOMEN-1",
            "C",
            "第六条妇女成员条款已修改，内容未见：妇女成员的规则仍为参数“妇女成员保障方式”“妇女比例目标”，沿用 2018 的取值",
            "the women-member clause (art. 6) was modified, substance not seen: the women's rules stay the parameters "
            "women_guarantee and women_share_target with their 2018 values",
        ),
        _carried("villager-2018"),
    ),
    Family.RESIDENTS: (
        _HEAD_2026,
        Provision(
            "V-2026-DATE",
            "C",
            "修订后第三章“居民委员会的选举”的内容未取得：委托投票、选民登记、差额和选举有效的规则沿用 residents-2018",
            "chapter 3 (居民委员会的选举) of the revised law was not retrieved: proxies, registration, 差额 and validity "
            "keep residents-2018's values",
        ),
        _carried("residents-2018"),
    ),
}

_DATE_SOURCE = (
    "V-2026-DATE: rules/villager.md §4 (两法 2025-10-28 通过，2026-01-01 起施行；按选举日而非换届周期确定)"
)
_PARTY_DATE_SOURCE = (
    "rules/party.md §0: 《中国共产党基层组织选举工作条例》2020-07-13 印发，取代 1990 年暂行条例"
    " (自印发之日起适用; 施行条款不在已核对的部分)"
)
_PERIODS = {
    "party-1990": Period(None, "2020-07-12", "", _PARTY_DATE_SOURCE, "B"),
    "party-2020": Period("2020-07-13", None, "", _PARTY_DATE_SOURCE, "B"),
    "villager-2018": Period(None, "2025-12-31", "V-2026-DATE", _DATE_SOURCE, "B"),
    "residents-2018": Period(None, "2025-12-31", "V-2026-DATE", _DATE_SOURCE, "B"),
}
for _id, _profile in list(BUILTIN.items()):
    _extra = {} if _profile.family == Family.PARTY else _settings_2018(_profile.family)
    BUILTIN[_id] = msgspec.structs.replace(
        _profile, settings={**_profile.settings, **_extra}, period=_PERIODS[_id]
    )


def _amended(base_id: str, new_id: str, title_zh: str, title_en: str, changed: dict[str, Setting]) -> Profile:
    """The built-in profile ``base_id`` under the amended law: ``changed`` values, the women's
    settings annotated (V-2026-WOMEN-1), from 2026-01-01, with the provisions no parameter holds."""
    base = BUILTIN[base_id]
    women = {
        name: msgspec.structs.replace(base.settings[name], source=_WOMEN_2026 + base.settings[name].source)
        for name in ("women_guarantee", "women_share_target")
    }
    return msgspec.structs.replace(
        base,
        id=new_id,
        title_zh=title_zh,
        title_en=title_en,
        settings={**base.settings, **women, **changed},
        period=Period("2026-01-01", None, "V-2026-DATE", _DATE_SOURCE, "B"),
        based_on=base_id,
        provisions=_PROVISIONS[base.family],
    )


BUILTIN["villager-2026"] = _amended(
    "villager-2018",
    "villager-2026",
    "村民委员会选举（《村民委员会组织法》2025 年修正，2026-01-01 起施行；民政部《村民委员会选举规程》2013）",
    "Villagers' committee elections (organic law as amended 2025, in force 2026-01-01; MCA election procedure 2013)",
    _VILLAGER_2026,
)
BUILTIN["residents-2026"] = _amended(
    "residents-2018",
    "residents-2026",
    "居民委员会选举（《城市居民委员会组织法》2025 年修订，2026-01-01 起施行）",
    "Residents' committee elections (organic law as revised 2025, in force 2026-01-01)",
    _RESIDENTS_2026,
)


def _complete(profile: Profile) -> Profile:
    """``profile`` with every value read as its parameter's type (checked against the
    declaration) and every parameter its law does not have set ``NOT_APPLICABLE``."""
    settings = {
        name: msgspec.structs.replace(s, value=PARAMETERS[name].check(s.value, f"/{name}"))
        for name, s in profile.settings.items()
    }
    absent = {name: NOT_APPLICABLE_SETTING for name in PARAMETERS if name not in settings}
    return msgspec.structs.replace(profile, settings={**settings, **absent})


BUILTIN.update({pid: _complete(p) for pid, p in BUILTIN.items()})
