"""User-facing words for core concepts, Chinese first with English beside: data, not printing.

Renderers (cli), ``explain`` and ``drill`` all take their words from here, so one concept has
one wording everywhere.
"""

from __future__ import annotations
from tallykit.vocabulary import Lang

TEXTS: dict[str, tuple[str, str]] = {
    # ballot classes
    "valid": ("有效", "valid"),
    "invalid": ("无效", "invalid"),
    "partly_valid": ("部分有效", "partly valid"),
    # reasons a ballot is in its class
    "approvals": ("赞成人数不超过应选名额", "approvals within the number of seats"),
    "blank": ("空白票（全部弃权），有效但不给任何人计票", "blank (abstains on all): valid, counts for nobody"),
    "no_approval": ("未赞成任何人（如全部不赞成），有效", "approves nobody (e.g. all ×): valid"),
    "over_quota": ("所选人数多于应选人数，整张作废", "more people chosen than seats: the whole ballot is void"),
    "identifying_mark": ("选票上作了记号，视为废票", "an identifying mark spoils the ballot"),
    "unreadable": ("全部符号无法辨认，作废", "no mark can be read: void"),
    "torn": ("选票撕损、涂改，无法确认被选人，按废票处理", "torn or altered so no choice can be made out: void"),
    "part_unreadable": ("部分符号无法辨认，能辨认的部分有效", "partly unreadable: the readable part counts"),
    "section_over_quota": ("某职位栏多选，该栏作废，其余栏有效", "a section chose too many: that section is void, the rest counts"),
    "writein_without_mark": ("另选他人未画赞成符号", "a write-in without an approval mark"),
    # flags on a ballot (how it looks on paper)
    "flag.identifying_mark": ("作记号", "identifying mark"),
    "flag.torn": ("破损", "torn"),
    "flag.unreadable": ("无法辨认", "unreadable"),
    # notes on counted ballots
    "writein_without_disapproval": ("未投不赞成票者另选他人，另选人不得票", "a write-in without a disapproval: no vote"),
    "writein_duplicates_candidate": ("另选的是选票上已有的候选人，不重复计票", "a write-in repeats a printed candidate: not counted twice"),
    "writein_disapproved": ("另选人画了不赞成符号，不得票", "a write-in marked disapprove: no vote"),
    "writein_unreadable": ("另选人符号无法辨认，不得票", "a write-in's mark cannot be read: no vote"),
    "line_unreadable": ("该候选人处符号无法辨认，不计票", "this line cannot be read: no vote"),
    "same_person_lower_post": ("同一人被选为多个职务，只计高职务", "one person on several posts: only the highest counts"),
    "identifying_mark_flagged": ("有记号，请监票人判断", "identifying mark: for the scrutineers to decide"),
    "same_person_voided": ("同一人被选为多个职务，该人在本票上均不计票", "one person on several posts: that person gets no vote from this ballot"),
    # villagers' round notes
    "proxy_principal_voted": ("委托人已亲自投票，委托无效", "the principal voted in person: proxy rejected"),
    "proxy_not_near_relative": ("受托人不是委托人的近亲属，委托无效", "the proxy is not a near relative: proxy rejected"),
    "proxy_duplicate_principal": ("同一委托人重复委托，后一委托无效", "the principal authorised twice: the later proxy rejected"),
    "proxy_over_limit": ("受托人接受委托超过限额，超出部分无效", "the proxy holds more authorisations than allowed: this one rejected"),
    "proxy_held_by_candidate": ("受托人是本次选举的候选人，候选人不得接受委托，委托无效", "the proxy is a candidate in this election, and candidates may not hold proxies: proxy rejected"),
    "votes_void_not_registered": ("被选人不是登记选民，其得票无效", "not a registered voter: votes for this person are void"),
    "votes_void_ineligible": ("被选人不具备被选举资格，其得票无效", "not eligible: votes for this person are void"),
    "votes_void_statutory_exclusion": ("被选人属于法律规定不得当选的情形，其得票无效", "barred from election by law: votes for this person are void"),
    "carry_down_applied": ("上票下加：高职务得票计入本职务", "carry-down: higher-post votes added to this post"),
    "woman_confirmed_first": ("主任、副主任中无女性，得票过半数的女性得票最多者优先确定", "no woman among 主任/副主任: the woman with most votes and a majority is confirmed first"),
    "woman_seat_left_empty": ("无女性得票过半数，保留一个委员名额给女性另行选举", "no woman has a majority: one member seat is kept for a woman in a supplementary election"),
    "woman_added_to_supplementary": ("尚无女性当选，另行选举候选人中加入一名女性", "no woman elected yet: a woman is added to the supplementary candidates"),
    "supplementary_candidates_tied": ("另行选举候选人截止处票数相等，相等者均列为候选人", "equal votes at the cut for supplementary candidates: all of them are listed"),
    "vacancy_left": ("另行选举后当选人数已达委员会最低人数，委员会组成，其余名额暂缺，待补选", "after the supplementary election the committee has its minimum: it is formed and the other seats stay vacant until a by-election"),
    "elected_to_higher_post": ("已当选较高职务（或在前一轮当选），不再计入本职务", "elected to a higher post (or in an earlier round): out of this post's count"),
    "votes_void_not_committee_member": ("被选人不是新一届委员会委员，其得票无效", "not a member of the new committee: votes for this person are void"),
    # round kinds
    "formal": ("正式选举", "formal election"),
    "tie_revote": ("票数相等再次投票", "tie re-vote"),
    "supplementary": ("另行选举", "supplementary election"),
    "preliminary": ("预选", "preliminary election"),
    "recall": ("罢免投票", "recall vote"),
    "recommendation": ("推荐投票（两推）", "recommendation vote"),
    "seat_reduction": ("减少名额", "seat reduction"),
    # results
    "result.elected": ("选举完成，名额选满", "all seats filled"),
    "result.tie_revote": ("票数相等不能确定当选人，须就票数相等者再次投票", "equal votes at the boundary: the tied are voted on again"),
    "result.supplementary": ("当选人少于应选名额，不足名额须另行选举", "fewer elected than seats: the unfilled seats go to a supplementary election"),
    "result.seat_reduction": ("当选人少于应选名额，经决定减少名额", "fewer elected than seats: seats reduced by a recorded decision"),
    "result.void": ("本轮选举无效，须重新投票", "this round is void and must be held again"),
    "result.vacancy": ("另行选举后当选人数已达法定最低人数，委员会组成，其余名额暂缺，待补选", "after the supplementary election the committee has its minimum: it is formed, the other seats stay vacant until a by-election"),
    "result.nominated": ("确定人选", "nominees fixed"),
    "result.recalled": ("罢免通过", "recalled"),
    "result.not_recalled": ("罢免未通过", "not recalled"),
    # gates
    "quorum": ("到会人数", "attendance"),
    "reconciliation": ("收回选票与发出选票核对", "ballots returned against issued"),
    "attendance": ("参加推荐人数", "attendance at the recommendation vote"),
    "turnout": ("参加投票人数（过半数）", "turnout (more than half)"),
    "station_reconciliation": ("投票站、流动票箱收回与发出选票核对", "ballots returned against issued, per polling station or mobile box"),
    "reconciliation_participants": ("收回选票与参加投票人数核对", "ballots returned against the voters taking part"),
    "reconciliation_registered": ("收回选票与登记选民数核对", "ballots returned against the registered voters"),
    "declared": ("会议宣布本轮无效", "declared void by the meeting"),
    "margin": ("委员候选人差额（不少于应选人数的20%）", "candidate margin (at least 20% of seats)"),
    "ballot_order": ("选票上姓名按姓氏笔画排列", "names printed in surname stroke order"),
    # threshold bases
    "expected": ("应到会有选举权人数", "members expected"),
    "present": ("实到会有选举权人数", "members present"),
    "returned": ("收回推荐票数", "ballots returned"),
    "participants": ("参加投票人数", "voters taking part"),
    "registered": ("登记选民数", "registered voters"),
    "cast": ("已投选票总数", "ballots cast"),
    # election kinds
    "election.party_committee": ("党组织委员会选举", "party committee election"),
    "election.party_officers": ("新一届委员会选举书记、副书记", "书记/副书记 election by the new committee"),
    "election.party_branch_officers": ("党员大会选举支部书记、副书记", "书记/副书记 election by the branch meeting"),
    "election.villagers_committee": ("村民委员会选举", "villagers' committee election"),
    "election.residents_committee": ("居民委员会选举", "residents' committee election"),
    "election.recall": ("罢免投票", "recall vote"),
    "election.recommendation": ("推荐投票（两推）", "recommendation vote"),
}


def text(key: str, lang: Lang = Lang.ZH) -> str:
    """The wording of ``key`` in ``lang``; the key itself if none is known."""
    pair = TEXTS.get(key)
    if pair is None:
        return key
    return pair[0] if lang == Lang.ZH else pair[1]


def count_en(n: int, noun: str) -> str:
    """An English count: "1 seat", "3 seats", "1 ballot".

    >>> count_en(1, "seat"), count_en(3, "seat")
    ('1 seat', '3 seats')
    """
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
