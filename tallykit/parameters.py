"""Every profile parameter, declared once: its name, the type of its value, the section of the
rules it belongs to (how a ballot is read, how a round is counted, who may stand and how the
committee is made up, the timeline), the rule ids it decides and what it means in Chinese and
English. The built-in profiles (``tallykit.profiles``) give each one a cited value, or say
explicitly that it does not apply; ``profile[P.THRESHOLD_BASE]`` reads a value with the type
declared here (``Param[ThresholdBase]`` gives ``Literal["expected", "present"]``).

A parameter's words are ``Literal`` types: the values stay the plain strings of the JSON, so
every output is what the strings gave, and a type checker refuses a misspelt comparison.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, cast, get_args

import msgspec

from tallykit.errors import InputError
from tallykit.frozen import FrozenDict, freeze
from tallykit.results import iso_date
from tallykit.text.labels import canonical, value_label
from tallykit.vocabulary import Lang, Word

if TYPE_CHECKING:
    from tallykit.text.words import Phrase

T = TypeVar("T", covariant=True)


class Section(Word):
    """The part of the rules a parameter belongs to."""

    BALLOT = "ballot"  # how a ballot is read and classified
    ROUND = "round"  # how a round is counted: gates, thresholds, seats, proxies, next steps
    PEOPLE = "people"  # who may vote and stand, the committee's size and make-up, avoidance
    TIMELINE = "timeline"  # the periods and deadlines before and after election day


MARK_MEANINGS = ("approve", "disapprove", "abstain", "unreadable")

DEFAULT_MARKS = FrozenDict(
    {
        "○": "approve",
        "√": "approve",
        "×": "disapprove",
        " ": "abstain",
        "-": "abstain",
        "?": "unreadable",
    }
)

SPAN_MAX = 1000  # no regulation's day, month, year or age limit comes near; larger values are typos

POST_TOKENS = ("all", "last")
"""Words a ``posts`` parameter may hold besides post names: every post, the last of several."""

EXCLUSION_FLAGS = ("expelled_from_party", "criminal_record", "clan_or_gang_forces", "illegal_religion")
"""V-2026-CAND-1: the statutory core of the negative list, as candidate flags (worded as every
flag is: ``candidate.flag`` in tallykit.text.labels)."""

POPULATION_BANDS: dict[str, tuple[tuple[int, int | None, int, int], ...]] = {
    "u_n_art6": ((0, 1000, 3, 3), (1000, 3000, 3, 5), (3000, None, 5, 7)),
    "seeds_002": ((0, 1000, 3, 3), (1000, 3000, 4, 5), (3000, None, 5, 7)),
}
"""The villagers' committee size bands of each ``size_bands`` value (V-COMP-1): (people from,
to, fewest, most). The texts' bands share their end points (1000人以下 / 1000至3000人 / 3000人以上,
以上 and 以下 including the number), so a population on a boundary may use either band."""


def _count(value: object, limit: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= limit


def _words(alias: Any) -> tuple[str, ...]:
    """The words of a ``Literal`` type, in order."""
    return tuple(get_args(alias))


class Param(msgspec.Struct, Generic[T], frozen=True):
    """One contested reading: its name, how its value is written (``kind``), its section, the
    rules it decides, what it means, and the words it takes. ``T`` is the type of its value,
    what ``Profile.__getitem__`` returns for it."""

    name: str
    kind: str  # "enum", "bool", "int", "int_or_enum", "date_or_enum", "flags", "posts", "marks"
    section: Section
    rules: tuple[str, ...]
    zh: str
    en: str
    values: tuple[str, ...] = ()

    @property
    def limit(self) -> int:
        """The largest whole-number value: a span of days, months or years, or an age, at most
        SPAN_MAX (so dates computed from them stay dates); any other count at most 10**9."""
        span = self.name.endswith(("_days", "_months", "_years", "_age")) or self.name.startswith(
            "age_"
        )
        return SPAN_MAX if span else 10**9

    def check(self, value: object, path: str) -> T:
        """Return ``value`` as the parameter's type, or raise InputError naming ``path``, the
        parameter and what it takes (in words a clerk reads, not Python type names)."""
        ok = True
        if self.kind in ("enum", "int_or_enum", "date_or_enum") and isinstance(value, str):
            value = canonical(value, self.values) or value  # the Chinese word of a value
        if self.kind == "enum":
            ok = isinstance(value, str) and value in self.values
        elif self.kind == "bool":
            ok = isinstance(value, bool)
        elif self.kind == "int":
            ok = _count(value, self.limit)
        elif self.kind == "int_or_enum":
            ok = (isinstance(value, str) and value in self.values) or _count(value, self.limit)
        elif self.kind == "date_or_enum":
            ok = isinstance(value, str) and (value in self.values or iso_date(value) is not None)
        elif self.kind == "flags":
            if isinstance(value, (list, tuple)) and all(
                isinstance(v, str) and v in self.values for v in value
            ):
                return cast(T, tuple(dict.fromkeys(value)))
            ok = False
        elif self.kind == "posts":
            if (
                isinstance(value, (list, tuple))
                and value
                and all(isinstance(v, str) and v.strip() for v in value)
            ):
                return cast(T, tuple(dict.fromkeys(value)))
            ok = False
        elif self.kind == "marks":
            if isinstance(value, Mapping) and all(
                isinstance(k, str) and len(k) == 1 and v in MARK_MEANINGS for k, v in value.items()
            ):
                return cast(T, freeze(dict(value)))
            ok = False
        if not ok:
            from tallykit.text.labels import parameter_label

            raise InputError.worded(
                "parameter_value", path=path, rule="FMT-PROFILE", value=value,
                label=parameter_label(self.name), name=self.name, takes=self.takes(),
            )
        return cast(T, value)

    def takes(self) -> Phrase:
        """What the parameter takes (``takes.<kind>`` in the text catalogue): in Chinese with
        its values in words, in English with the values themselves."""
        from tallykit.text.labels import value_label
        from tallykit.text.words import worded

        return worded(
            f"takes.{self.kind}",
            limit=self.limit,
            words=" / ".join(value_label(self.name, v) for v in self.values),
            listed=" / ".join(self.values),
            meanings=" / ".join(MARK_MEANINGS),
        )


# ---------------------------------------------------------------- the words a parameter takes

ThresholdBase = Literal["expected", "present"]
QuorumComparison = Literal[">=", ">"]
CommitteeQuorum = Literal["four_fifths", "two_thirds"]
ReconcileAgainst = Literal["issued", "participants"]
WriteinWithoutMark = Literal["void_ballot", "no_vote", "abstain", "approve"]
AbstainerWritein = Literal["no_vote", "count"]
OvervoteScope = Literal["ballot", "section"]
RecommendationBase = Literal["returned", "present"]
SingleGivenName = Literal["empty_first", "compare_next"]
"""P-ORDER-2 variants for a two-character name (surname + one-character given name).

``"empty_first"``: the 姓氏笔画 convention, the default for party ballots; the missing second
character is an empty slot that sorts before any character (田富 before 田大利).
``"compare_next"``: the 姓名笔画 convention; no empty slot, so 富 is compared with 大
(田大利 before 田富).
"""
SamePersonMultiPost = Literal["highest_only", "void_person"]
SamePersonVoidHigher = Literal["drop_lower", "keep_lower"]
BallotOrder = Literal["surname_strokes", "nomination_votes", "unspecified"]
CarryDown = Literal["off", "optional", "mandatory"]
ProxyRelation = Literal["near_relative", "any_voter"]
ParticipationBase = Literal["returned", "issued"]
SupplementaryCount = Literal["seats_plus_one", "seats_plus_two"]
WomenGuarantee = Literal["confirm_first", "supplementary_with_woman", "reserved_seat", "none"]
MajorityBase = Literal["participants", "registered"]
ResidentsForm = Literal["all_residents", "household_representatives", "group_representatives"]
KinScope = Literal[
    "none",
    "spouse_lineal",
    "spouse_parent_child_sibling",
    "near_relative",
    "near_relative_and_in_law",
]
SizeBands = Literal["none", "u_n_art6", "seeds_002"]
CandidateMargin = Literal["fifth_of_seats", "more_than_seats", "none"]
DayUnit = Literal["calendar", "working"]
Unchecked = Literal["none"]


# ---------------------------------------------------------------- ballot

WRITEIN_WITHOUT_MARK: Param[WriteinWithoutMark] = Param(
    "writein_without_mark",
    "enum",
    Section.BALLOT,
    ("P-MARK-1", "P-VALID-5"),
    "另选他人只写姓名未画赞成符号时的处理",
    "a written-in name without an approval mark",
    _words(WriteinWithoutMark),
)
ABSTAINER_WRITEIN: Param[AbstainerWritein] = Param(
    "abstainer_writein",
    "enum",
    Section.BALLOT,
    ("P-VALID-5", "V-BALLOT-BLANK-1"),
    "未投不赞成票而另选他人时，该另选人是否得票",
    "a write-in on a section where the voter disapproved nobody: no vote, or counted",
    _words(AbstainerWritein),
)
IDENTIFYING_MARK_SPOILS: Param[bool] = Param(
    "identifying_mark_spoils",
    "bool",
    Section.BALLOT,
    ("P-VALID-2",),
    "选票上作记号、编号的是否作废",
    "whether an identifying mark spoils the whole ballot",
)
OVERVOTE_SCOPE: Param[OvervoteScope] = Param(
    "overvote_scope",
    "enum",
    Section.BALLOT,
    ("P-VALID-1", "V-BALLOT-OVERVOTE-1"),
    "多选时作废的范围：整张选票 或 该职位栏",
    "what an over-vote voids: the whole ballot or only that position's section",
    _words(OvervoteScope),
)
SINGLE_GIVEN_NAME: Param[SingleGivenName] = Param(
    "single_given_name",
    "enum",
    Section.BALLOT,
    ("P-ORDER-2",),
    "单名排序：姓氏笔画(空位在前) 或 姓名笔画(直接比较名字)",
    "single-character given names: empty slot first (姓氏笔画) or compare next (姓名笔画)",
    _words(SingleGivenName),
)
SAME_PERSON_MULTI_POST: Param[SamePersonMultiPost] = Param(
    "same_person_multi_post",
    "enum",
    Section.BALLOT,
    ("V-SAME-PERSON-1",),
    "同一人在一张选票上被选为多个职务：只计高职务 或 该人各栏均不计",
    "one person marked for several posts on a ballot: count the highest only, or void that person",
    _words(SamePersonMultiPost),
)
SAME_PERSON_VOID_HIGHER: Param[SamePersonVoidHigher] = Param(
    "same_person_void_higher",
    "enum",
    Section.BALLOT,
    ("V-SAME-PERSON-1", "V-BALLOT-OVERVOTE-1"),
    "同一人被选为多个职务、而高职务栏因多选作废时：低职务栏仍不计该人（先去重再判多选） 或 计入低职务栏（作废栏不给任何人计票，不会重复计票）",
    "one person marked for several posts when the higher post's section is void (over-voted): the lower mark still dropped (drop_lower), or counted, since the void section counts nobody (keep_lower)",
    _words(SamePersonVoidHigher),
)
BALLOT_ORDER: Param[BallotOrder] = Param(
    "ballot_order",
    "enum",
    Section.BALLOT,
    ("P-ORDER-1", "TK-ORDER-1"),
    "选票上候选人的排列：按姓氏笔画（核查 TK-ORDER-1）、按提名得票 或 未规定；后两种不核查笔画顺序",
    "how ballots list candidates: in surname stroke order (checked by TK-ORDER-1), by nomination votes, or unspecified; the last two are not checked",
    _words(BallotOrder),
)
MARKS: Param[FrozenDict[str, str]] = Param(
    "marks",
    "marks",
    Section.BALLOT,
    ("P-MARK-1",),
    "选票符号的含义：赞成、不赞成、弃权、无法辨认",
    "what each symbol on the paper means: approve, disapprove, abstain, unreadable",
)
STROKE_ORDER_POSTS: Param[tuple[str, ...]] = Param(
    "stroke_order_posts",
    "posts",
    Section.BALLOT,
    ("P-ORDER-1", "TK-ORDER-1"),
    "选票按姓氏笔画排列时适用的职位（可为全部职位）；其余职位按批准的顺序排列",
    "the posts whose ballots list names in surname stroke order when ballot_order says so (all: every post); the others follow the approved order",
    POST_TOKENS,
)

# ---------------------------------------------------------------- round

THRESHOLD_BASE: Param[ThresholdBase] = Param(
    "threshold_base",
    "enum",
    Section.ROUND,
    ("P-ELECT-1", "P-CAND-3"),
    "当选票数的计算基数：应到会 或 实到会 有选举权人数",
    "base of the majority threshold: members expected (应到会) or present (实到会)",
    _words(ThresholdBase),
)
QUORUM_COMPARISON: Param[QuorumComparison] = Param(
    "quorum_comparison",
    "enum",
    Section.ROUND,
    ("P-QUORUM-1",),
    "到会人数与应到会人数五分之四的比较：>= 为“不少于”，> 为“超过”",
    "attendance against 4/5 of expected: >= is 不少于, > is 超过",
    _words(QuorumComparison),
)
COMMITTEE_QUORUM: Param[CommitteeQuorum] = Param(
    "committee_quorum",
    "enum",
    Section.ROUND,
    ("P-QUORUM-4",),
    "委员会全体会议选举书记、副书记的到会要求",
    "attendance needed at the committee meeting that elects 书记/副书记",
    _words(CommitteeQuorum),
)
RECONCILE_AGAINST: Param[ReconcileAgainst] = Param(
    "reconcile_against",
    "enum",
    Section.ROUND,
    ("P-BALLOT-1", "V-BALLOT-RECON-1"),
    "收回选票与哪一数目比较：发出选票数 或 投票人数",
    "what returned ballots are compared with: ballots issued or voters taking part",
    _words(ReconcileAgainst),
)
TIE_REVOTE_NEEDS_MAJORITY: Param[bool] = Param(
    "tie_revote_needs_majority",
    "bool",
    Section.ROUND,
    ("P-ELECT-3",),
    "票数相等再次投票时，得票多者是否还须过半数",
    "whether the tie re-vote winner must again clear the majority",
)
RECOMMENDATION_BASE: Param[RecommendationBase] = Param(
    "recommendation_base",
    "enum",
    Section.ROUND,
    ("TK-REC-2",),
    "“两推”中“超过推荐票一半”的基数：收回推荐票 或 到会人数",
    "base of 'more than half of the recommendation votes': ballots returned or present",
    _words(RecommendationBase),
)
CARRY_DOWN: Param[CarryDown] = Param(
    "carry_down",
    "enum",
    Section.ROUND,
    ("V-POS-2",),
    "上票下加（高票低套）：不加、可加（仅用于补足名额）、必加",
    "carry a higher post's votes down to lower posts: off, optional (only to fill seats), mandatory",
    _words(CarryDown),
)
PROXY_LIMIT: Param[int] = Param(
    "proxy_limit",
    "int",
    Section.ROUND,
    ("V-PROXY-1",),
    "每一选民接受委托的最多人数",
    "most principals one proxy may vote for",
)
PROXY_RELATION: Param[ProxyRelation] = Param(
    "proxy_relation",
    "enum",
    Section.ROUND,
    ("V-PROXY-1",),
    "受托人须为委托人的近亲属，或任一选民（2010 年前）",
    "the proxy must be a near relative of the principal, or any voter (pre-2010 texts)",
    _words(ProxyRelation),
)
PARTICIPATION_BASE: Param[ParticipationBase] = Param(
    "participation_base",
    "enum",
    Section.ROUND,
    ("V-DOUBLE-MAJORITY-1", "V-DOUBLE-MAJORITY-2"),
    "未记载参加投票人数时，以收回选票数 或 发出选票数 计",
    "voters taking part, when not recorded: ballots returned or ballots issued",
    _words(ParticipationBase),
)
SUPPLEMENTARY_CANDIDATES: Param[int | SupplementaryCount] = Param(
    "supplementary_candidates",
    "int_or_enum",
    Section.ROUND,
    ("V-SUPP-1",),
    "另行选举候选人数：应选名额加一、加二，或一个固定人数",
    "how many candidates a supplementary election has: seats + 1, seats + 2, or a number",
    _words(SupplementaryCount),
)
SUPPLEMENTARY_NEEDS_TURNOUT: Param[bool] = Param(
    "supplementary_needs_turnout",
    "bool",
    Section.ROUND,
    ("V-SUPP-3", "V-DOUBLE-MAJORITY-1"),
    "另行选举是否也须登记选民过半数参加投票",
    "whether a supplementary election also needs more than half of the registered voters",
)
WOMEN_GUARANTEE: Param[WomenGuarantee] = Param(
    "women_guarantee",
    "enum",
    Section.ROUND,
    ("V-WOMEN-1",),
    "妇女成员的保障方式：先确定得票最多的过半数女性、另行选举须有女性候选人、保留一个委员名额给女性、不作特别处理",
    "how a woman member is secured: confirm the top woman with a majority first, a woman among the supplementary candidates, one member seat reserved for a woman, or nothing",
    _words(WomenGuarantee),
)
MIN_COMMITTEE: Param[int] = Param(
    "min_committee",
    "int",
    Section.ROUND,
    ("V-SUPP-4",),
    "另行选举后仍不足额时，当选人数达到此数即可组成委员会、其余名额暂缺",
    "after a supplementary election still short: with this many elected the rest stay vacant",
)
MAJORITY_BASE: Param[MajorityBase] = Param(
    "majority_base",
    "enum",
    Section.ROUND,
    ("V-DOUBLE-MAJORITY-2", "V-ABS-OLD-1", "V-RECALL-1"),
    "当选（罢免通过）过半数的基数：参加投票的人数 或 登记选民数（旧法）",
    "base of the majority to be elected (or recalled): voters taking part, or registered (historical)",
    _words(MajorityBase),
)
FORM: Param[ResidentsForm] = Param(
    "form",
    "enum",
    Section.ROUND,
    ("R-FORMS-1", "R-THRESH-1"),
    "居民委员会选举形式（文件未写明时）：全体居民、每户派代表、居民小组推选代表",
    "residents' committee form when the file does not say: all residents, household or group representatives",
    _words(ResidentsForm),
)
CANDIDATE_MARGIN: Param[CandidateMargin] = Param(
    "candidate_margin",
    "enum",
    Section.ROUND,
    ("P-CAND-1", "V-CAND-1", "TK-MARGIN-1"),
    "正式选举候选人的差额：不少于应选人数的 20%（进一法）、多于应选人数 或 不查（如海选）",
    "the candidate margin of a formal election: at least 20% of the seats rounded up (fifth_of_seats), more candidates than seats (more_than_seats), or not checked (none, e.g. no-candidate elections)",
    _words(CandidateMargin),
)
WOMEN_GUARANTEE_POSTS: Param[tuple[str, ...]] = Param(
    "women_guarantee_posts",
    "posts",
    Section.ROUND,
    ("V-WOMEN-1",),
    "妇女成员保障方式适用的职位（可为有多个职位时选票上的最后一个职位）",
    "the posts the women's guarantee (women_guarantee) applies to (last: the last post of a ballot with several)",
    POST_TOKENS,
)
CANDIDATE_MAY_HOLD_PROXY: Param[bool] = Param(
    "candidate_may_hold_proxy",
    "bool",
    Section.ROUND,
    ("V-PROXY-1", "V-2026-PROXY-2"),
    "候选人可否接受委托投票（否：委托本次选举的候选人投票的，委托无效）",
    "whether a candidate may hold proxies (false: an authorisation given to a candidate of this election is rejected)",
)

# ---------------------------------------------------------------- people

AGE_MAX_NEW_SECRETARY: Param[int] = Param(
    "age_max_new_secretary",
    "int",
    Section.PEOPLE,
    ("P-CAND-2", "TK-ELIG-6"),
    "新提名（非现任“两委”成员）党组织书记人选的年龄上限（周岁；0 为不查）",
    "age limit for a new 书记 nominee who is not a sitting 两委 member (years; 0 = off)",
)
AGE_MAX_NEW_MEMBER: Param[int] = Param(
    "age_max_new_member",
    "int",
    Section.PEOPLE,
    ("P-CAND-2", "V-CAND-1", "TK-ELIG-6"),
    "新进“两委”班子成员人选的年龄上限（周岁；0 为不查）",
    "age limit for a new committee member nominee (years; 0 = off)",
)
AGE_MAX_CONTINUING: Param[int] = Param(
    "age_max_continuing",
    "int",
    Section.PEOPLE,
    ("P-CAND-2", "V-CAND-1", "TK-ELIG-6"),
    "继续提名（现任“两委”成员）人选的年龄上限（周岁；0 为不查）",
    "age limit for a continuing nominee who sits on the 两委 now (years; 0 = off)",
)
AGE_LIMIT_CUTOFF: Param[str] = Param(
    "age_limit_cutoff",
    "date_or_enum",
    Section.PEOPLE,
    ("TK-ELIG-6",),
    "候选人年龄上限的计算截止日：选举日 或换届方案规定的日期 YYYY-MM-DD",
    "the day nominee age limits are measured on: election_day or the 换届 plan's date YYYY-MM-DD",
    ("election_day",),
)
AGE_LIMIT_INCLUSIVE: Param[bool] = Param(
    "age_limit_inclusive",
    "bool",
    Section.PEOPLE,
    ("TK-ELIG-6", "TK-COMP-5"),
    "“某周岁以下”是否包括该周岁本数（是：年龄不超过该周岁；否：未满该周岁）；用于年龄上限和年轻成员年龄",
    "whether 'N 周岁以下' includes N itself (true: age <= N; false: not yet N); for the age limits and for young_member_age",
)
SECRETARY_PARTY_YEARS: Param[int] = Param(
    "secretary_party_years",
    "int",
    Section.PEOPLE,
    ("P-CAND-2", "TK-ELIG-7"),
    "党组织书记人选须具有的党龄（年；0 为不查）",
    "years of party standing a 书记 nominee needs (0 = off)",
)
PRIMARY_COMMITTEE_MAX: Param[int] = Param(
    "primary_committee_max",
    "int",
    Section.PEOPLE,
    ("P-SIZE-1", "TK-COMP-2"),
    "基层党委委员会委员人数的上限（来源有 9 和 11 两说）",
    "the most members a 基层委员会 (primary committee) may have (sources say 9 or 11)",
)
YOUNG_MEMBER_AGE: Param[int] = Param(
    "young_member_age",
    "int",
    Section.PEOPLE,
    ("TK-COMP-5",),
    "班子中至少应有 1 名“某周岁以下”的成员（周岁；是否含本数按“年龄上限含本数”；0 为不查）",
    "at least one committee member 'N 周岁以下' (years; whether N itself counts follows age_limit_inclusive; 0 = off)",
)
WOMEN_SHARE_TARGET: Param[int] = Param(
    "women_share_target",
    "int",
    Section.PEOPLE,
    ("V-WOMEN-1", "TK-COMP-4"),
    "委员会成员中妇女比例的目标（百分数；0 为不查）",
    "target share of women among the committee members (percent; 0 = off)",
)
KIN_AVOIDANCE: Param[KinScope] = Param(
    "kin_avoidance",
    "enum",
    Section.PEOPLE,
    ("V-KIN-1", "TK-KIN-1"),
    "委员会成员之间须回避的亲属关系：不回避、夫妻和直系亲属、夫妻父母子女兄弟姐妹、近亲属（民法典）、近亲属加姻亲",
    "kinship barred among committee members: none, spouse and lineal, spouse/parent/child/sibling, near relatives (civil code), near relatives and in-laws",
    _words(KinScope),
)
OFFICIALS_KIN_AVOIDANCE: Param[KinScope] = Param(
    "officials_kin_avoidance",
    "enum",
    Section.PEOPLE,
    ("V-KIN-1", "P-BALLOT-3", "TK-KIN-3"),
    "候选人的哪些亲属不得担任监票人、计票人、代写人（取值同“成员亲属回避”）",
    "which relatives of a candidate may not serve as scrutineer, counter or assisted writer (as kin_avoidance)",
    _words(KinScope),
)
SIZE_BANDS: Param[SizeBands] = Param(
    "size_bands",
    "enum",
    Section.PEOPLE,
    ("V-COMP-1", "TK-COMP-2"),
    "村民委员会职数按人口分档：不分档、U-N 第六条(1000 人以下 3 名，1000–3000 人 3–5 名，3000 人以上 5–7 名)、seeds/002 方案(1000–3000 人 4–5 名)",
    "villagers' committee size by population: no bands, U-N art.6 (<1000: 3; 1000–3000: 3–5; >3000: 5–7), or the seeds/002 plan (1000–3000: 4–5)",
    _words(SizeBands),
)
COMMISSION_SIZE_MIN: Param[int] = Param(
    "commission_size_min",
    "int",
    Section.PEOPLE,
    ("V-CAND-1", "TK-COMP-8"),
    "村（居）民选举委员会的最少人数",
    "fewest members of the election commission",
)
COMMISSION_SIZE_MAX: Param[int] = Param(
    "commission_size_max",
    "int",
    Section.PEOPLE,
    ("V-CAND-1", "TK-COMP-8"),
    "村（居）民选举委员会的最多人数",
    "most members of the election commission",
)
REPRESENTATIVE_HOUSEHOLDS_MIN: Param[int] = Param(
    "representative_households_min",
    "int",
    Section.PEOPLE,
    ("V-REPS-1", "TK-COMP-9"),
    "每名村（居）民代表对应的最少户数（0 为不查）",
    "fewest households per villager (resident) representative (0 = off)",
)
REPRESENTATIVE_HOUSEHOLDS_MAX: Param[int] = Param(
    "representative_households_max",
    "int",
    Section.PEOPLE,
    ("V-REPS-1", "TK-COMP-9"),
    "每名村（居）民代表对应的最多户数（0 为不查）",
    "most households per villager (resident) representative (0 = off)",
)
BRANCH_COMMITTEE_MIN: Param[int] = Param(
    "branch_committee_min",
    "int",
    Section.PEOPLE,
    ("P-SIZE-1", "TK-COMP-2"),
    "支部委员会委员人数的下限",
    "fewest members of a branch committee",
)
BRANCH_COMMITTEE_USUAL_MAX: Param[int] = Param(
    "branch_committee_usual_max",
    "int",
    Section.PEOPLE,
    ("P-SIZE-1", "TK-COMP-2"),
    "支部委员会委员人数的一般上限",
    "usual most members of a branch committee",
)
BRANCH_COMMITTEE_MAX: Param[int] = Param(
    "branch_committee_max",
    "int",
    Section.PEOPLE,
    ("P-SIZE-1", "TK-COMP-2"),
    "支部委员会委员人数的上限",
    "most members of a branch committee",
)
GENERAL_BRANCH_COMMITTEE_MIN: Param[int] = Param(
    "general_branch_committee_min",
    "int",
    Section.PEOPLE,
    ("P-SIZE-1", "TK-COMP-2"),
    "总支部委员会委员人数的下限",
    "fewest members of a general branch committee",
)
GENERAL_BRANCH_COMMITTEE_USUAL_MAX: Param[int] = Param(
    "general_branch_committee_usual_max",
    "int",
    Section.PEOPLE,
    ("P-SIZE-1", "TK-COMP-2"),
    "总支部委员会委员人数的一般上限",
    "usual most members of a general branch committee",
)
GENERAL_BRANCH_COMMITTEE_MAX: Param[int] = Param(
    "general_branch_committee_max",
    "int",
    Section.PEOPLE,
    ("P-SIZE-1", "TK-COMP-2"),
    "总支部委员会委员人数的上限",
    "most members of a general branch committee",
)
PRIMARY_COMMITTEE_MIN: Param[int] = Param(
    "primary_committee_min",
    "int",
    Section.PEOPLE,
    ("P-SIZE-1", "TK-COMP-2"),
    "基层委员会委员人数的下限",
    "fewest members of a primary committee",
)
PRIMARY_COMMITTEE_USUAL_MAX: Param[int] = Param(
    "primary_committee_usual_max",
    "int",
    Section.PEOPLE,
    ("P-SIZE-1", "TK-COMP-2"),
    "基层委员会委员人数的一般上限",
    "usual most members of a primary committee",
)
BRANCH_COMMITTEE_MEMBERS_MIN: Param[int] = Param(
    "branch_committee_members_min",
    "int",
    Section.PEOPLE,
    ("P-SIZE-1", "TK-COMP-12"),
    "党支部设立支部委员会所需的最少正式党员人数（不足的只设书记）",
    "fewest full members a branch needs to have a committee (with fewer, only a 书记)",
)
COMMITTEE_SIZE_MIN: Param[int] = Param(
    "committee_size_min",
    "int",
    Section.PEOPLE,
    ("V-COMP-1", "TK-COMP-1"),
    "村（居）民委员会成员（主任、副主任和委员）的法定最少人数",
    "fewest members (chair, vice chairs and members) the law allows the committee",
)
COMMITTEE_SIZE_MAX: Param[int] = Param(
    "committee_size_max",
    "int",
    Section.PEOPLE,
    ("V-COMP-1", "TK-COMP-1"),
    "村（居）民委员会成员（主任、副主任和委员）的法定最多人数",
    "most members (chair, vice chairs and members) the law allows the committee",
)
REGISTRATION_VILLAGE_WORK: Param[bool] = Param(
    "registration_village_work",
    "bool",
    Section.PEOPLE,
    ("V-REG-1", "V-2026-REG-1"),
    "户籍不在本村、在本村从事村务工作满一年、经村民同意的人可否登记参加选举（一类选民登记情形）",
    "whether someone without local 户籍 who has done village-affairs work here for a year may register with the villagers' agreement (voter registration village_work)",
)
COMMISSION_KIN_WITHDRAWAL: Param[KinScope] = Param(
    "commission_kin_withdrawal",
    "enum",
    Section.PEOPLE,
    ("V-KIN-1", "V-2026-COMM-1"),
    "选举委员会成员的哪些亲属被确定为正式候选人时，该成员应当退出选举委员会（取值同“成员亲属回避”；不查亲属时只有本人成为候选人才退出）",
    "which relatives of an election commission member, once official candidates, oblige the member to leave it (as kin_avoidance; none: only on becoming a candidate oneself)",
    _words(KinScope),
)
STATUTORY_EXCLUSIONS: Param[tuple[str, ...]] = Param(
    "statutory_exclusions",
    "flags",
    Section.PEOPLE,
    ("V-INELIGIBLE-1", "V-2026-CAND-1"),
    "依法不得当选的情形（候选人标记）：其得票无效，宣布当选的当选无效。"
    + "；".join(value_label("candidate.flag", k, Lang.ZH) for k in EXCLUSION_FLAGS),
    "cases the law bars from election (candidate flags): votes for the person are void and a declared "
    "election is void. " + "; ".join(f"{k}: {value_label('candidate.flag', k, Lang.EN)}" for k in EXCLUSION_FLAGS),
    tuple(EXCLUSION_FLAGS),
)
SUPERVISORY_KIN_AVOIDANCE: Param[KinScope] = Param(
    "supervisory_kin_avoidance",
    "enum",
    Section.PEOPLE,
    ("V-SUPERVISORY-1", "V-2026-SUPERVISE-1"),
    "委员会成员的哪些亲属不得担任村（居）务监督机构成员（取值同“成员亲属回避”；成员本人一律不得担任）",
    "which relatives of a committee member may not serve on the supervisory body (as kin_avoidance; members themselves never may)",
    _words(KinScope),
)
COMMUNITY_HOUSEHOLDS_MIN: Param[int] = Param(
    "community_households_min",
    "int",
    Section.PEOPLE,
    ("R-2026-SIZE-1",),
    "居民委员会一般设立范围的最少户数（0 为不查）",
    "fewest households a residents' committee normally covers (0 = off)",
)
COMMUNITY_HOUSEHOLDS_MAX: Param[int] = Param(
    "community_households_max",
    "int",
    Section.PEOPLE,
    ("R-2026-SIZE-1",),
    "居民委员会一般设立范围的最多户数（0 为不查）",
    "most households a residents' committee normally covers (0 = off)",
)

# ---------------------------------------------------------------- timeline

REQUEST_LEAD_MONTHS: Param[int] = Param(
    "request_lead_months",
    "int",
    Section.TIMELINE,
    ("P-TIME-1",),
    "党员大会请示须在选举前至少几个月提交",
    "months before the election the 请示 is submitted, at least",
)
PROSPECTIVE_NOTICE_DAYS: Param[int] = Param(
    "prospective_notice_days",
    "int",
    Section.TIMELINE,
    ("P-TIME-3",),
    "候选人预备人选公示的最短期限",
    "shortest 公示 of the prospective candidates",
)
PROSPECTIVE_NOTICE_UNIT: Param[DayUnit] = Param(
    "prospective_notice_unit",
    "enum",
    Section.TIMELINE,
    ("P-TIME-3",),
    "预备人选公示期按日历日或工作日计",
    "the prospective-candidate 公示 counts calendar or working days",
    _words(DayUnit),
)
RESULT_NOTICE_DAYS: Param[int] = Param(
    "result_notice_days",
    "int",
    Section.TIMELINE,
    ("P-TIME-3", "P-TIME-4"),
    "选举结果（当选人）公示的最短期限",
    "shortest 公示 of the elected",
)
RESULT_NOTICE_UNIT: Param[DayUnit] = Param(
    "result_notice_unit",
    "enum",
    Section.TIMELINE,
    ("P-TIME-3", "P-TIME-4"),
    "结果公示期按日历日或工作日计",
    "the result 公示 counts calendar or working days",
    _words(DayUnit),
)
NOTICE_COUNTS_START_DAY: Param[bool] = Param(
    "notice_counts_start_day",
    "bool",
    Section.TIMELINE,
    ("P-TIME-3",),
    "公示期是否计入开始当日",
    "whether a 公示 period counts its first day",
)
RESULT_REPORT_DAYS: Param[int | Unchecked] = Param(
    "result_report_days",
    "int_or_enum",
    Section.TIMELINE,
    ("P-TIME-4",),
    "选举结果须在选举后几日内上报（可设为不检查）",
    "days after the vote within which the result is reported (none: not checked)",
    _words(Unchecked),
)
TERM_WINDOW_MONTHS: Param[int] = Param(
    "term_window_months",
    "int",
    Section.TIMELINE,
    ("P-SIZE-2",),
    "换届提前或延期（相对任期届满）最多几个月",
    "most months an election may come before or after the term expires",
)
VOTER_LIST_DAYS: Param[int] = Param(
    "voter_list_days",
    "int",
    Section.TIMELINE,
    ("V-T-LIST",),
    "选民名单须在选举日前至少几日公布",
    "days before election day the voter list is published, at least",
)
OBJECTION_DAYS: Param[int] = Param(
    "objection_days",
    "int",
    Section.TIMELINE,
    ("V-T-OBJ",),
    "对选民名单的申诉须在公布之日起几日内提出",
    "days after publication within which objections are made",
)
OBJECTION_ANSWER_DAYS: Param[int] = Param(
    "objection_answer_days",
    "int",
    Section.TIMELINE,
    ("V-T-OBJ",),
    "选举委员会须在收到申诉之日起几日内作出处理",
    "days after receipt within which an objection is decided",
)
CANDIDATE_LIST_DAYS: Param[int] = Param(
    "candidate_list_days",
    "int",
    Section.TIMELINE,
    ("V-T-CAND",),
    "正式候选人名单须在选举日前至少几日公布",
    "days before election day the official candidates are published, at least",
)
TIME_PLACE_DAYS: Param[int] = Param(
    "time_place_days",
    "int",
    Section.TIMELINE,
    ("V-T-TIMEPLACE",),
    "选举时间和地点须在选举日前至少几日公布",
    "days before election day the time and place are announced, at least",
)
PROXY_LEAD_DAYS: Param[int] = Param(
    "proxy_lead_days",
    "int",
    Section.TIMELINE,
    ("V-T-PROXY",),
    "委托投票须在选举日前至少几日办理（0：选举日当天或之前）",
    "days before election day a proxy is registered, at least (0: by election day)",
)
PROXY_REGISTRATION_DAYS: Param[int] = Param(
    "proxy_registration_days",
    "int",
    Section.TIMELINE,
    ("V-T-PROXY",),
    "委托投票须在选民名单公布之日起几日内办理",
    "days after the voter list within which proxies are registered",
)
PROXY_PUBLISH_DAYS: Param[int] = Param(
    "proxy_publish_days",
    "int",
    Section.TIMELINE,
    ("V-T-PROXY",),
    "委托投票经审核后几日内公示",
    "days after review within which the proxies are published",
)
POSTPONE_REPUBLISH_DAYS: Param[int] = Param(
    "postpone_republish_days",
    "int",
    Section.TIMELINE,
    ("V-T-POSTPONE",),
    "选举推迟达到此天数（以上，含本数）须重新公布选民名单",
    "postponement (days) of this many days or more after which the voter list is published again",
)
HANDOVER_DAYS: Param[int] = Param(
    "handover_days",
    "int",
    Section.TIMELINE,
    ("V-T-HANDOVER",),
    "新一届委员会产生后几日内完成工作移交",
    "days after the new committee is formed within which the handover is done",
)
SUPERVISORY_DAYS: Param[int] = Param(
    "supervisory_days",
    "int",
    Section.TIMELINE,
    ("V-T-POST",),
    "新一届委员会产生后几日内推选村（居）务监督委员会",
    "days after the new committee within which the supervisory committee is chosen",
)
SUPPLEMENTARY_DAYS: Param[int] = Param(
    "supplementary_days",
    "int",
    Section.TIMELINE,
    ("V-T-SUPP",),
    "另行选举须在上一轮投票后几日内进行",
    "days after the previous vote within which a supplementary election is held",
)
TERM_POSTPONE_MONTHS: Param[int] = Param(
    "term_postpone_months",
    "int",
    Section.TIMELINE,
    ("V-T-TERM",),
    "换届选举推迟（相对任期届满）最多几个月",
    "most months an election may come after the term expires",
)
DEADLINE_HOLIDAY_EXTENSION: Param[bool] = Param(
    "deadline_holiday_extension",
    "bool",
    Section.TIMELINE,
    ("V-T-OBJ", "V-T-HANDOVER", "V-T-PROXY", "V-T-POST", "V-T-SUPP", "P-TIME-4"),
    "“几日内”期限的最后一日为法定休假日时，是否顺延至其后第一个工作日",
    "whether a 'within N days' deadline ending on a holiday moves to the next working day",
)


PARAMETERS: dict[str, Param[Any]] = {
    p.name: p for p in list(globals().values()) if isinstance(p, Param)
}
"""Every parameter by name, in the order declared (section by section)."""

PARTY_SIZES: dict[str, tuple[Param[int], Param[int], Param[int]]] = {
    "branch": (BRANCH_COMMITTEE_MIN, BRANCH_COMMITTEE_USUAL_MAX, BRANCH_COMMITTEE_MAX),
    "general_branch": (
        GENERAL_BRANCH_COMMITTEE_MIN,
        GENERAL_BRANCH_COMMITTEE_USUAL_MAX,
        GENERAL_BRANCH_COMMITTEE_MAX,
    ),
    "primary_committee": (
        PRIMARY_COMMITTEE_MIN,
        PRIMARY_COMMITTEE_USUAL_MAX,
        PRIMARY_COMMITTEE_MAX,
    ),
}
"""A party committee's (fewest, usual most, most) members by organisation type (P-SIZE-1)."""


def posts_include(posts: tuple[str, ...], name: str, names: tuple[str, ...]) -> bool:
    """Whether a ``posts`` parameter's value covers post ``name`` of a ballot whose posts are
    ``names``: the post named, every post (``all``), or the last of several (``last``).

    >>> posts_include(("委员", "last"), "副主任", ("主任", "副主任")), posts_include(("委员",), "主任", ("主任",))
    (True, False)
    """
    return (
        name in posts
        or "all" in posts
        or ("last" in posts and len(names) > 1 and name == names[-1])
    )
