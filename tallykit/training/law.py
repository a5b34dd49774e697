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
from tallykit.findings import P1990, P2020, VLAW
from tallykit.parameters import PARAMETERS
from tallykit.profiles import BUILTIN, Profile
from tallykit.vocabulary import Family

Pair = tuple[str, str]

RLAW = "《城市居民委员会组织法》"
GUIDE = "民政部《村民委员会选举规程》(2013)"

# Statements that do not depend on a profile reading: rule id -> (zh, en).
PLAIN: dict[str, Pair] = {
    "P-BALLOT-1": (
        "收回的选票数多于发出的选票数，选举无效，应重新进行选举；等于或少于发出的选票数，选举有效",
        "more ballots returned than issued voids the election, which is held again; as many or fewer is valid",
    ),
    "P-VALID-1": (
        "每张选票所选的人数多于应选人数的为废票，等于或少于应选人数的为有效票；另选的人也算所选的人",
        "a ballot choosing more people than there are seats is void, as many or fewer is valid; "
        "written-in people count among those chosen",
    ),
    "P-VALID-2": (
        "选票上作了记号、编号等可以辨认出投票人的，视为废票",
        "a ballot with a number or a mark that could identify the voter is spoiled",
    ),
    "P-VALID-3": (
        "选票部分书写模糊、无法辨认的，无法辨认的部分作废，能辨认的部分有效",
        "where part of a ballot cannot be read, that part is void and the readable part counts",
    ),
    "P-VALID-4": (
        "什么也没画的空白票、对每个人都画×的票，都是有效票，只是不给任何人计票",
        "a blank ballot and a ballot crossing every name are valid; they count for nobody",
    ),
    "P-VALID-5": (
        "对候选人投不赞成票的，可以另选他人；另选的人得到的是赞成票",
        "a voter who disapproves a candidate may write in someone else, who gets an approval",
    ),
    "P-ELECT-2": (
        "得票超过半数的被选举人多于应选名额时，以得票多少为序，至取足应选名额为止",
        "when more people clear the majority than there are seats, they are taken in order of votes "
        "until the seats are filled",
    ),
    "P-ELECT-3": (
        "如遇票数相等不能确定当选人时，应就票数相等的被选举人再次投票，得票多的当选；不抽签，也不按姓氏笔画",
        "when equal votes leave the winner undecided, the tied are voted on again and the one with "
        "more votes wins; no lot, no stroke order",
    ),
    "P-ELECT-4": (
        "当选人数少于应选名额时，对不足的名额另行选举；如果接近应选名额，经多数选举人同意，也可以减少名额；"
        "不得在得票未超过半数的人中按得票多少补足",
        "when fewer are elected than there are seats, the short seats go to a supplementary "
        "election, or, close to the quota and with most electors' consent, the seats are reduced; "
        "never filled in vote order from those without a majority",
    ),
    "P-QUORUM-2": (
        "因法定情形不能参加会议的党员，经上级党组织同意并经党员大会通过，才可以不计算在应到会人数之内；"
        "少了其中任何一项，仍计入应到会人数",
        "a member who cannot attend for a listed reason leaves 应到会 only with the higher "
        "organisation's approval and the meeting's vote; without either, they stay in it",
    ),
    "P-CAND-2": (
        "书记、副书记由新一届委员会第一次全体会议选举产生，一般实行等额选举，候选人按上级批准的顺序排列",
        "the 书记 and 副书记 are elected by the new committee at its first plenary meeting, usually "
        "one candidate per seat, printed in the order the higher organisation approved",
    ),
    "TK-REC-1": (
        "推荐会须有过半数的应到人员参加，推荐有效",
        "a recommendation meeting counts when more than half of those expected take part",
    ),
    "TK-REC-2": (
        "得到的推荐票超过收回推荐票半数的，才能列入人选；委员初步人选要保持不少于应选人数 20% 的差额",
        "only people with more than half of the recommendation ballots returned are put forward; "
        "the initial list keeps a margin of at least 20% of the seats",
    ),
    "V-DOUBLE-MAJORITY-1": (
        "选举村民委员会，有登记参加选举的村民过半数投票，选举有效",
        "the election is valid when more than half of the registered voters vote",
    ),
    "V-DOUBLE-MAJORITY-2": (
        "候选人获得参加投票的村民过半数的选票，始得当选",
        "a candidate needs more than half of the votes of those who voted",
    ),
    "V-SUPP-1": (
        "当选人数不足应选名额的，不足的名额另行选举；不能在得票未过半数的人中按得票多少补足",
        "seats left short go to a supplementary election; they are never filled in vote order from "
        "those without a majority",
    ),
    "V-SUPP-3": (
        "另行选举时，以得票多的当选，但所得票数不得少于已投选票数（含无效票）的三分之一",
        "in a supplementary election the most votes win, but never fewer than a third of all "
        "ballots cast, invalid ones included",
    ),
    "V-BALLOT-RECON-1": (
        "每次投票收回的选票数多于发出的选票数的，选举无效，应重新投票",
        "more ballots returned than issued voids the vote, which is held again",
    ),
    "V-ROVING-1": (
        "流动票箱、各投票站分别核对发出和收回的选票；任何一处收回多于发出，整个选举无效",
        "every mobile box and polling station is reconciled on its own; one that returns more "
        "ballots than it issued voids the whole election",
    ),
    "V-BALLOT-BLANK-1": (
        "空白票、全部画×的选票是有效票；投这些票的村民也算参加了投票",
        "blank and all-× ballots are valid, and their voters took part in the vote",
    ),
    "V-TIE-1": (
        "因票数相等不能确定当选人时，就票数相等的候选人再次投票，以得票多的当选",
        "when equal votes leave the winner undecided, the tied are voted on again and the one with "
        "more votes wins",
    ),
    "V-PROXY-1": (
        "选民外出不能投票的，可以书面委托本村有选举权的近亲属代为投票；每一选民接受委托不得超过规定人数，"
        "超过部分的委托无效，用这些委托投的票不算任何人参加投票",
        "a voter away may authorise a near relative in writing; nobody may hold more "
        "authorisations than allowed, those over the limit are rejected, and ballots cast under "
        "them are no one's participation",
    ),
    "V-RECALL-1": (
        "罢免村民委员会成员，须有登记参加选举的村民过半数投票，并须经投票的村民过半数通过；"
        "提出罢免要求须有五分之一以上有选举权的村民联名",
        "a recall needs more than half of the registered voters voting and more than half of those "
        "voting in favour; it is requested by at least a fifth of the voters jointly",
    ),
}

# Readings of a profile parameter in words: (rule, parameter) -> {value: (zh, en)}.
READINGS: dict[tuple[str, str], dict[Any, Pair]] = {
    ("P-QUORUM-1", "quorum_comparison"): {
        ">=": (
            "有选举权的到会人数不少于应到会人数的五分之四，会议有效",
            "the meeting is valid when those present are not fewer than four fifths of those expected",
        ),
        ">": (
            "有选举权的到会人数超过应到会人数的五分之四，方可进行选举；恰好五分之四不算超过",
            "a vote may be held only when those present are more than four fifths of those "
            "expected; exactly four fifths is not more",
        ),
    },
    ("P-ELECT-1", "threshold_base"): {
        "expected": (
            "被选举人获得的赞成票超过应到会有选举权人数的半数，始得当选；恰好半数不能当选",
            "a person is elected with more approvals than half of the members expected; exactly half does not elect",
        ),
        "present": (
            "被选举人获得的赞成票超过实到会有选举权人数的半数，始得当选；恰好半数不能当选",
            "a person is elected with more approvals than half of the members present; exactly half does not elect",
        ),
    },
    ("P-QUORUM-4", "committee_quorum"): {
        "four_fifths": (
            "委员会全体会议选举书记、副书记，到会委员须不少于应到会委员的五分之四",
            "the committee meeting electing 书记/副书记 needs four fifths of its members present",
        ),
        "two_thirds": (
            "委员会全体会议选举书记、副书记，到会委员须超过应到会委员的三分之二",
            "the committee meeting electing 书记/副书记 needs more than two thirds of its members present",
        ),
    },
    ("P-MARK-1", "writein_without_mark"): {
        "void_ballot": (
            "另选他人只写了姓名、没有在其下方画○的，整张选票作废",
            "a written-in name without ○ below it voids the whole ballot",
        ),
        "no_vote": (
            "另选他人只写了姓名、没有画○的，该另选人不得票，选票其余部分有效",
            "a written-in name without ○ gets no vote; the rest of the ballot counts",
        ),
        "abstain": (
            "另选他人只写了姓名、没有画○的，视为弃权，该另选人不得票",
            "a written-in name without ○ is an abstention and gets no vote",
        ),
        "approve": (
            "另选他人写了姓名的，即使没有画○，也视为赞成，该另选人得票",
            "a written-in name counts as an approval even without ○",
        ),
    },
    ("V-BALLOT-OVERVOTE-1", "overvote_scope"): {
        "section": (
            "某一职位所选的人数多于应选人数的，该职位栏作废，其他职位栏照常计票",
            "a post's section choosing more people than seats is void; the other posts still count",
        ),
        "ballot": (
            "任一职位所选的人数多于应选人数的，整张选票作废",
            "any post choosing more people than seats voids the whole ballot",
        ),
    },
    ("V-SAME-PERSON-1", "same_person_multi_post"): {
        "highest_only": (
            "同一人在一张选票上被选为两个以上职务的，只计所选的最高职务，其他职务栏不计他的票",
            "one person chosen for two posts on one ballot counts only for the higher post",
        ),
        "void_person": (
            "同一人在一张选票上被选为两个以上职务的，他在这张选票上所得的票都无效",
            "one person chosen for two posts on one ballot gets no vote from that ballot at all",
        ),
    },
    ("V-POS-2", "carry_down"): {
        "off": (
            "不实行“上票下加”：每个职位只算本职位栏的得票",
            "no carry-down: each post counts only its own section's votes",
        ),
        "optional": (
            "低职位名额选不满时，可以把高职位落选人在高职位得的票加到低职位上补足",
            "when a lower post is left short, a higher-post loser's votes there may be added to fill it",
        ),
        "mandatory": (
            "实行“上票下加”：高职位落选人在高职位得的票一律加到低职位上计算",
            "carry-down: a higher-post loser's votes there are always added to the lower post",
        ),
    },
    ("V-WOMEN-1", "women_guarantee"): {
        "confirm_first": (
            "村民委员会成员中应当有妇女；主任、副主任当选人中没有妇女的，委员中得票过半数的妇女得票最多者优先当选，"
            "其余名额按得票多少确定",
            "the committee must include a woman: with no woman among the 主任/副主任 elected, the "
            "woman with most votes among those with a majority is elected member first, the other "
            "seats go by votes",
        ),
        "reserved_seat": (
            "主任、副主任当选人中没有妇女的，委员中保留一个名额给妇女：得票过半数的妇女得票最多者当选；"
            "没有妇女得票过半数的，这个名额空出，另行选举妇女",
            "with no woman among the 主任/副主任 elected, one member seat is kept for a woman: the "
            "woman with most votes and a majority takes it; with none, it stays empty for a "
            "supplementary election",
        ),
        "supplementary_with_woman": (
            "没有妇女当选的，另行选举时候选人中应有妇女",
            "with no woman elected, the supplementary election must have a woman candidate",
        ),
        "none": (
            "对妇女成员不作特别规定：委员按得票多少确定",
            "the adopted rules make no provision for women: members are taken by votes",
        ),
    },
}

# Which parameter decides each reading rule.
PARAM_OF = {rule: param for rule, param in READINGS}


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
        return (
            "各地规定不一，以本次通过的选举办法为准",
            "local rules differ; the adopted election rules decide",
        )
    if profile.family == Family.RESIDENTS:
        return (
            f"{RLAW}及本省居民委员会选举办法",
            "Organic Law of Urban Residents' Committees and provincial rules",
        )
    if rule in ARTICLES:
        zh, en = ARTICLES[rule]
    elif rule.startswith("P-") or rule.startswith("TK-REC"):
        zh, en = f"{P2020}，条号待核", "2020 party regulation, article unverified"
    elif rule in GUIDED:
        zh, en = (
            f"{GUIDE}及各省选举办法",
            "Ministry of Civil Affairs election guide (2013) and provincial rules",
        )
    else:
        zh, en = VLAW, "Organic Law of Villagers' Committees"
    if (profile.extends or profile.id) == "party-1990":
        zh, en = zh.replace(P2020, P1990), en.replace(
            "2020 party regulation", "1990 party regulation"
        )
    return zh, en


def say(rule: str, profile: Profile, reading: Any = None) -> Pair:
    """``rule`` in a trainee's words under ``profile`` (or the given ``reading``), with its
    source: "被选举人获得的赞成票超过应到会…（《中国共产党基层组织选举工作条例》(2020)，条号待核）"."""
    if rule in PARAM_OF:
        value = reading if reading is not None else profile[PARAMETERS[PARAM_OF[rule]]]
        zh, en = READINGS[(rule, PARAM_OF[rule])][value]
    else:
        zh, en = PLAIN[rule]
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
        return f"按当时适用的{P1990}", "under the 1990 party regulation then in force"
    if p.family == Family.PARTY:
        return f"按{P2020}", "under the 2020 party regulation"
    if p.family == Family.RESIDENTS:
        return (
            f"按{RLAW}和本省居民委员会选举办法",
            "under the residents' committee law and provincial rules",
        )
    return (
        f"按{VLAW}和本省村民委员会选举办法",
        "under the villagers' committee law and provincial rules",
    )
