"""Chinese and English words for every identifier a person may see: field names, enum values,
profile parameters, profiles, and the arithmetic notation — one table, read by the parser (which
accepts the Chinese words as input), the spreadsheet reader and writer, and every renderer.

Nothing here decides anything; it only names. ``canonical`` turns a Chinese word (or an alias a
clerk is likely to type) back into the English canonical value of the results format.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TypeVar
from tallykit.vocabulary import Lang

# A label is (zh, en, *aliases): the aliases are further Chinese spellings accepted on input.
Label = tuple[str, ...]
W = TypeVar("W", bound=str)

# ---------------------------------------------------------------- enum values, by domain

_KIN: dict[str, Label] = {
    "none": ("不回避", "none"),
    "spouse_lineal": ("夫妻和直系亲属", "spouse and lineal relatives"),
    "spouse_parent_child_sibling": ("夫妻、父母、子女、兄弟姐妹", "spouse, parents, children, siblings"),
    "near_relative": ("近亲属", "near relatives"),
    "near_relative_and_in_law": ("近亲属和姻亲", "near relatives and in-laws"),
}
_POSTS: dict[str, Label] = {"all": ("全部职位", "every post"), "last": ("最后一个职位", "the last post")}
_NOTICE_UNIT: dict[str, Label] = {"calendar": ("日历日", "calendar days"), "working": ("工作日", "working days")}
_FORM: dict[str, Label] = {
    "all_residents": ("全体居民直接选举", "all residents", "全体居民"),
    "household_representatives": ("每户派代表选举", "household representatives", "每户派代表"),
    "group_representatives": ("居民小组推选代表选举", "group representatives", "居民小组推选代表"),
}
# V-2026-CAND-1: the statutory core of the negative list, candidate flags that are also the values
# of the ``statutory_exclusions`` parameter (tallykit.parameters.EXCLUSION_FLAGS).
_STATUTORY: dict[str, Label] = {
    "expelled_from_party": ("被开除党籍", "expelled from the party"),
    "criminal_record": ("受过刑事处罚", "criminal record"),
    "clan_or_gang_forces": ("利用宗族、黑恶势力从事违法活动", "clan or gang forces"),
    "illegal_religion": ("组织、参与非法宗教活动或者邪教活动", "illegal religious or cult activity", "参与非法宗教或邪教活动"),
}

ENUMS: dict[str, dict[str, Label]] = {
    "election.kind": {
        "party_committee": ("党组织委员会选举", "party committee election", "党员大会选举委员会", "委员会选举"),
        "party_officers": ("书记、副书记选举（委员会全体会议）", "secretary and deputies (committee meeting)", "书记、副书记选举", "书记副书记选举"),
        "party_branch_officers": ("支部书记、副书记选举（党员大会）", "branch secretary and deputies (members' meeting)", "支部书记副书记选举"),
        "villagers_committee": ("村民委员会选举", "villagers' committee election", "村委会选举", "村委会", "村民委员会"),
        "residents_committee": ("居民委员会选举", "residents' committee election", "居委会选举", "居委会", "居民委员会"),
        "recall": ("罢免", "recall", "罢免村（居）民委员会成员"),
        "recommendation": ("两推（推荐投票）", "recommendation vote (two recommendations)", "两推", "推荐投票"),
    },
    "election.org_type": {
        "branch": ("党支部", "party branch", "支部"),
        "general_branch": ("党总支", "general party branch", "总支"),
        "primary_committee": ("基层党委", "primary party committee", "党委"),
    },
    "election.form": _FORM,
    "round.kind": {
        "formal": ("正式选举", "formal election"),
        "tie_revote": ("票数相等再次投票", "tie re-vote", "再次投票"),
        "supplementary": ("另行选举", "supplementary election"),
        "preliminary": ("预选", "preliminary election"),
        "recall": ("罢免投票", "recall vote", "罢免"),
        "recommendation": ("推荐投票", "recommendation vote", "推荐"),
    },
    "declared.next": {
        "tie_revote": ("票数相等再次投票", "tie re-vote", "再次投票"),
        "supplementary": ("另行选举", "supplementary election"),
        "seat_reduction": ("减少名额", "seat reduction", "减少应选名额"),
    },
    "gender": {"female": ("女", "female", "女性"), "male": ("男", "male", "男性")},
    "position.reserved": {"female": ("女", "female", "女性", "妇女", "是")},
    "ballot.flag": {
        "identifying_mark": ("作记号", "identifying mark", "有记号"),
        "torn": ("破损", "torn", "撕损"),
        "unreadable": ("无法辨认", "unreadable"),
    },
    "relation": {
        "spouse": ("配偶", "spouse", "夫妻"),
        "parent": ("父母", "parent", "父亲", "母亲"),
        "child": ("子女", "child", "儿子", "女儿"),
        "sibling": ("兄弟姐妹", "sibling", "兄弟", "姐妹"),
        "grandparent": ("祖父母、外祖父母", "grandparent", "祖父母", "外祖父母"),
        "grandchild": ("孙子女、外孙子女", "grandchild", "孙子女", "外孙子女"),
        "in_law": ("姻亲", "in-law"),
        "other": ("其他", "other"),
    },
    "initiation.by": {
        "voters": ("选民联名", "voters", "村民联名", "居民联名", "选民"),
        "representatives": ("代表联名", "representatives", "村民代表联名", "居民代表联名", "代表"),
    },
    "voter.status": {
        "full": ("正式党员", "full member"),
        "probationary": ("预备党员", "probationary member"),
        "party_probation": ("留党察看", "party probation", "受留党察看处分"),
        "rights_suspended": ("停止党员权利（留置、逮捕）", "rights suspended (detention, arrest)", "停止党员权利"),
        "political_rights_deprived": ("被剥夺政治权利", "deprived of political rights"),
    },
    # Known candidate flags (docs/format.md); other flags are free text.
    "candidate.flag": {
        "not_registered": ("未登记为选民", "not on the voter list"),
        "ineligible": ("不具备被选举资格", "not eligible"),
        "probationary": ("预备党员", "probationary member"),
        "party_probation": ("受留党察看处分", "under party probation", "留党察看"),
        "rights_suspended": ("停止党员权利", "rights suspended"),
        "criminal_record": _STATUTORY["criminal_record"],
        "under_investigation": ("正在被立案审查", "under investigation"),
        "village_bully": ("涉黑涉恶", "village bully", "村霸"),
        "election_fraud": ("有贿选等违法行为", "election fraud", "贿选"),
        "dishonest_debtor": ("失信被执行人", "dishonest judgement debtor"),
        "expelled_from_party": _STATUTORY["expelled_from_party"],
        "clan_or_gang_forces": _STATUTORY["clan_or_gang_forces"],
        "illegal_religion": _STATUTORY["illegal_religion"],
    },
    "voter.registration": {
        "household_resident": ("户籍在本村并居住", "registered household, resident", "户籍在本村"),
        "household_away": ("户籍在本村、不在本村居住", "registered household, living away"),
        "resident_outsider": ("户籍不在本村、在本村居住一年以上", "resident outsider"),
        "village_work": ("户籍不在本村、在本村从事村务工作", "village work"),
    },
    "bool": {"true": ("是", "yes", "√", "对"), "false": ("否", "no", "×", "不")},
    "mark": {
        "approve": ("赞成", "approve", "同意"),
        "disapprove": ("不赞成", "disapprove", "反对", "不同意"),
        "abstain": ("弃权", "abstain"),
        "unreadable": ("无法辨认", "unreadable"),
    },
    "severity": {"error": ("错误", "error"), "warning": ("警告", "warning"), "info": ("提示", "info")},
    # The verify statuses; a file with warnings only is "findings" in JSON and 有警告 for people.
    "status": {
        "ok": ("通过", "passed"),
        "warnings": ("有警告", "warnings"),
        "errors": ("有错误", "errors"),
        "unreadable": ("无法读取", "unreadable"),
        "internal_error": ("未能核查（程序缺陷）", "internal error"),
    },
    "result": {
        "elected": ("名额选满", "all seats filled"),
        "tie_revote": ("票数相等，须再次投票", "tie: re-vote"),
        "supplementary": ("名额未满，须另行选举", "seats unfilled: supplementary election"),
        "seat_reduction": ("经决定减少名额", "seats reduced by decision"),
        "void": ("本轮无效", "round void"),
        "recalled": ("罢免通过", "recalled"),
        "not_recalled": ("罢免未通过", "not recalled"),
        "nominated": ("确定人选", "nominees fixed"),
    },
    # profile parameters' closed values
    "threshold_base": {"expected": ("应到会人数", "members expected"), "present": ("实到会人数", "members present")},
    "quorum_comparison": {">=": ("不少于", "at least"), ">": ("超过", "more than")},
    "committee_quorum": {"four_fifths": ("五分之四", "four fifths"), "two_thirds": ("三分之二", "two thirds")},
    "reconcile_against": {"issued": ("发出选票数", "ballots issued"), "participants": ("投票人数", "voters")},
    "writein_without_mark": {
        "void_ballot": ("整张作废", "void ballot"),
        "no_vote": ("不计票", "no vote"),
        "abstain": ("视为弃权", "abstain"),
        "approve": ("视为赞成", "approve"),
    },
    "abstainer_writein": {"no_vote": ("不计票", "no vote"), "count": ("计票", "counted")},
    "overvote_scope": {"ballot": ("整张选票", "whole ballot"), "section": ("该职位栏", "that section")},
    "recommendation_base": {"returned": ("收回推荐票数", "ballots returned"), "present": ("到会人数", "members present")},
    "single_given_name": {"empty_first": ("空位在前", "empty first"), "compare_next": ("直接比较名字", "compare the next character")},
    "same_person_multi_post": {"highest_only": ("只计高职务", "highest post only"), "void_person": ("该人各栏均不计", "that person gets no vote")},
    "carry_down": {"off": ("不加", "off"), "optional": ("可加（仅补足名额）", "optional"), "mandatory": ("必加", "mandatory")},
    "proxy_relation": {"near_relative": ("近亲属", "near relative"), "any_voter": ("任一选民", "any voter")},
    "participation_base": {"returned": ("收回选票数", "ballots returned"), "issued": ("发出选票数", "ballots issued")},
    "supplementary_candidates": {
        "seats_plus_one": ("应选名额加一", "seats plus one"),
        "seats_plus_two": ("应选名额加二", "seats plus two"),
    },
    "women_guarantee": {
        "confirm_first": ("女性得票过半数者优先确定", "confirm a woman first"),
        "supplementary_with_woman": ("另行选举须有女性候选人", "supplementary with a woman"),
        "reserved_seat": ("保留一个委员名额给女性", "reserved seat"),
        "none": ("不作特别处理", "none"),
    },
    "majority_base": {"participants": ("参加投票人数", "voters taking part"), "registered": ("登记选民数", "registered voters")},
    "form": _FORM,
    "age_limit_cutoff": {"election_day": ("选举日", "election day")},
    "kin_avoidance": _KIN,
    "officials_kin_avoidance": _KIN,
    "commission_kin_withdrawal": _KIN,
    "supervisory_kin_avoidance": _KIN,
    "same_person_void_higher": {
        "drop_lower": ("低职务栏仍不计该人", "drop the lower vote"),
        "keep_lower": ("计入低职务栏", "keep the lower vote"),
    },
    "ballot_order": {
        "surname_strokes": ("按姓氏笔画", "surname strokes"),
        "nomination_votes": ("按提名得票", "nomination votes"),
        "unspecified": ("未规定", "unspecified"),
    },
    "statutory_exclusions": _STATUTORY,
    "size_bands": {
        "none": ("不分档", "none"),
        "u_n_art6": ("按地方条例第六条分档", "bands of the local rules art. 6"),
        "seeds_002": ("按换届方案分档", "bands of the plan"),
    },
    "candidate_margin": {
        "fifth_of_seats": ("不少于应选人数的20%", "at least 20% of the seats"),
        "more_than_seats": ("多于应选人数", "more than the seats"),
        "none": ("不查", "not checked"),
    },
    "stroke_order_posts": _POSTS,
    "women_guarantee_posts": _POSTS,
    "prospective_notice_unit": _NOTICE_UNIT,
    "result_notice_unit": _NOTICE_UNIT,
    "result_report_days": {"none": ("不检查", "not checked")},
}

# ---------------------------------------------------------------- field names of the format

FIELDS: dict[str, tuple[str, str]] = {
    "format": ("格式", "format"),
    "profile": ("规则版本", "profile"),
    "election": ("选举", "election"),
    "electorate": ("选举人", "electorate"),
    "candidates": ("候选人", "candidates"),
    "rounds": ("轮次", "rounds"),
    "proxies": ("委托投票", "proxies"),
    "officials": ("工作人员", "officials"),
    "relations": ("亲属关系", "relations"),
    "timeline": ("时间节点", "timeline"),
    "initiation": ("罢免发起", "recall initiation"),
    "extensions": ("扩展数据", "extensions"),
    "kind": ("类型", "kind"),
    "organization": ("组织名称", "organisation"),
    "org_type": ("组织类型", "organisation type"),
    "members": ("正式党员人数", "full members"),
    "households": ("户数", "households"),
    "population": ("人口", "population"),
    "date": ("日期", "date"),
    "positions": ("职位", "positions"),
    "name": ("姓名", "name"),
    "seats": ("应选名额", "seats"),
    "reserved": ("专职专选", "reserved"),
    "form": ("选举形式", "form"),
    "expected": ("应到会有选举权人数", "members expected"),
    "present": ("实到会有选举权人数", "members present"),
    "exclusions": ("不计入应到会人员", "exclusions"),
    "reason": ("原因", "reason"),
    "upper_approved": ("上级批准", "approved by the higher organisation"),
    "meeting_approved": ("会议同意", "approved by the meeting"),
    "registered": ("登记选民数", "registered voters"),
    "id": ("编号", "id"),
    "gender": ("性别", "gender"),
    "ethnicity": ("民族", "ethnicity"),
    "birth_date": ("出生日期", "birth date"),
    "party_since": ("入党日期", "party member since"),
    "education": ("文化程度", "education"),
    "incumbent": ("现任", "incumbent"),
    "flags": ("特殊情形", "flags"),
    "ballots": ("选票", "ballots"),
    "issued": ("发出选票", "ballots issued"),
    "returned": ("收回选票", "ballots returned"),
    "valid": ("有效票", "valid ballots"),
    "invalid": ("无效票", "invalid ballots"),
    "participants": ("参加投票人数", "voters taking part"),
    "stations": ("投票站", "polling stations"),
    "mobile": ("流动票箱", "mobile box"),
    "tally": ("得票", "votes"),
    "marks": ("符号", "marks"),
    "disapprove": ("不赞成", "disapprove"),
    "abstain": ("弃权", "abstain"),
    "ballot_records": ("选票明细", "ballot records"),
    "count": ("张数", "count"),
    "write_ins": ("另选他人", "write-ins"),
    "declared": ("宣布结果", "declared"),
    "elected": ("宣布当选", "declared elected"),
    "void": ("宣布无效", "declared void"),
    "void_reason": ("无效原因", "reason void"),
    "next": ("下一步", "next step"),
    "seats_after_reduction": ("减少后名额", "seats after reduction"),
    "recalled": ("宣布罢免", "declared recalled"),
    "nominated": ("确定人选", "nominated"),
    "targets": ("罢免对象", "recall targets"),
    "principal": ("委托人", "principal"),
    "proxy": ("受托人", "proxy"),
    "relation": ("关系", "relation"),
    "registered_on": ("登记日期", "registered on"),
    "principal_voted_in_person": ("委托人亲自投票", "principal voted in person"),
    "counted": ("已计票", "counted"),
    "committee": ("新一届委员会委员", "the new committee"),
    "scrutineers": ("监票人", "scrutineers"),
    "counters": ("计票人", "counters"),
    "assisted_writers": ("代写人", "assisted writers"),
    "a": ("甲", "a"),
    "b": ("乙", "b"),
    "by": ("发起方式", "initiated by"),
    "signatures": ("联名人数", "signatures"),
    "eligible": ("有权联名人数", "eligible"),
    "representatives_total": ("代表总数", "representatives in total"),
    "voters": ("选民名单", "voter list"),
    "status": ("身份", "status"),
    "registration": ("登记类别", "registration"),
    "approved_on": ("同意日期", "approved on"),
    "supervisory_committee": ("监督委员会", "supervisory committee"),
    "election_commission": ("选举委员会", "election commission"),
    "withdrew": ("已退出", "withdrew"),
    "representatives": ("代表", "representatives"),
    "ethnic_population": ("各民族人口", "population by ethnicity"),
    "extends": ("基于", "extends"),
    "set": ("修改参数", "settings"),
    # the holiday list (--holidays FILE)
    "holidays": ("放假日", "holidays"),
    "workdays": ("调休上班日", "make-up working days"),
    "years": ("年份", "years"),
    "source": ("来源", "source"),
    # timeline
    "request_submitted": ("请示提交", "request submitted"),
    "request_approved": ("上级批复", "request approved"),
    "preliminary_nominees_published": ("初步人选公布", "preliminary nominees published"),
    "public_notice_start": ("公示开始", "public notice start"),
    "public_notice_end": ("公示结束", "public notice end"),
    "voter_registration_announced": ("选民登记公告", "voter registration announced"),
    "voter_list_published": ("选民名单公布", "voter list published"),
    "objection_received": ("收到申诉", "objection received"),
    "objection_answered": ("申诉答复", "objection answered"),
    "proxy_registration_closed": ("委托投票登记截止", "proxy registration closed"),
    "proxy_list_published": ("委托投票名单公布", "proxy list published"),
    "candidates_published": ("正式候选人名单公布", "candidates published"),
    "time_place_announced": ("选举时间地点公告", "time and place announced"),
    "election_day": ("选举日", "election day"),
    "results_reported": ("结果上报", "results reported"),
    "handover_completed": ("工作移交完成", "handover completed"),
    "supervisory_committee_elected": ("监督委员会推选", "supervisory committee elected"),
    "term_expires": ("任期届满", "term expires"),
}

# ---------------------------------------------------------------- profile parameters

PARAMETERS: dict[str, tuple[str, str]] = {
    "threshold_base": ("当选票数基数", "threshold base"),
    "quorum_comparison": ("到会人数与五分之四比较", "quorum comparison"),
    "committee_quorum": ("委员会全体会议到会要求", "committee meeting quorum"),
    "reconcile_against": ("收回选票核对基数", "returned ballots compared with"),
    "writein_without_mark": ("另选他人未画符号", "write-in without a mark"),
    "abstainer_writein": ("未投不赞成票者另选他人", "write-in without a disapproval"),
    "identifying_mark_spoils": ("作记号的选票作废", "identifying mark spoils"),
    "overvote_scope": ("多选作废范围", "over-vote scope"),
    "tie_revote_needs_majority": ("再次投票仍须过半数", "tie re-vote needs a majority"),
    "recommendation_base": ("两推过半数基数", "recommendation base"),
    "single_given_name": ("单名排序", "single given names"),
    "same_person_multi_post": ("同一人被选多个职务", "one person on several posts"),
    "carry_down": ("上票下加", "carry-down"),
    "proxy_limit": ("每人接受委托上限", "proxy limit"),
    "proxy_relation": ("受托人范围", "who may hold a proxy"),
    "participation_base": ("参加投票人数按", "participation counted as"),
    "supplementary_candidates": ("另行选举候选人数", "supplementary candidates"),
    "supplementary_needs_turnout": ("另行选举须过半数参加", "supplementary election needs turnout"),
    "women_guarantee": ("妇女成员保障方式", "women's guarantee"),
    "min_committee": ("委员会最少人数", "minimum committee"),
    "majority_base": ("过半数基数", "majority base"),
    "form": ("居委会选举形式", "residents' election form"),
    "marks": ("选票符号", "ballot marks"),
    "age_max_new_secretary": ("新提名书记年龄上限", "age limit, new secretary"),
    "age_max_new_member": ("新进成员年龄上限", "age limit, new member"),
    "age_max_continuing": ("继续提名年龄上限", "age limit, continuing member"),
    "age_limit_cutoff": ("年龄计算截止日", "age cut-off day"),
    "age_limit_inclusive": ("年龄上限含本数", "age limit inclusive"),
    "secretary_party_years": ("书记人选党龄", "secretary's party years"),
    "primary_committee_max": ("基层党委委员上限", "primary committee maximum"),
    "young_member_age": ("年轻成员年龄", "young member age"),
    "women_share_target": ("妇女比例目标（%）", "women's share target (%)"),
    "kin_avoidance": ("成员亲属回避", "kin avoidance"),
    "officials_kin_avoidance": ("工作人员亲属回避", "officials' kin avoidance"),
    "size_bands": ("职数按人口分档", "size bands"),
    "commission_size_min": ("选举委员会最少人数", "election commission minimum"),
    "commission_size_max": ("选举委员会最多人数", "election commission maximum"),
    "representative_households_min": ("每名代表最少户数", "households per representative, minimum"),
    "representative_households_max": ("每名代表最多户数", "households per representative, maximum"),
    "request_lead_months": ("请示提前月数", "request lead (months)"),
    "prospective_notice_days": ("预备人选公示天数", "prospective notice days"),
    "prospective_notice_unit": ("预备人选公示计日方式", "prospective notice unit"),
    "result_notice_days": ("结果公示天数", "result notice days"),
    "result_notice_unit": ("结果公示计日方式", "result notice unit"),
    "notice_counts_start_day": ("公示期计入首日", "notice counts the start day"),
    "result_report_days": ("结果上报期限（日）", "result report deadline (days)"),
    "term_window_months": ("换届提前或延期月数", "term window (months)"),
    "voter_list_days": ("选民名单提前公布天数", "voter list lead (days)"),
    "objection_days": ("申诉期限（日）", "objection period (days)"),
    "objection_answer_days": ("申诉处理期限（日）", "objection answer period (days)"),
    "candidate_list_days": ("候选人名单提前公布天数", "candidate list lead (days)"),
    "time_place_days": ("时间地点提前公布天数", "time and place lead (days)"),
    "proxy_lead_days": ("委托投票提前天数", "proxy lead (days)"),
    "proxy_registration_days": ("委托投票办理期限（日）", "proxy registration period (days)"),
    "proxy_publish_days": ("委托投票公示期限（日）", "proxy publication period (days)"),
    "postpone_republish_days": ("推迟后重新公布名单天数", "postponement republication (days)"),
    "handover_days": ("工作移交期限（日）", "handover period (days)"),
    "supervisory_days": ("监督委员会推选期限（日）", "supervisory committee period (days)"),
    "supplementary_days": ("另行选举期限（日）", "supplementary election period (days)"),
    "term_postpone_months": ("换届推迟上限（月）", "term postponement (months)"),
    "deadline_holiday_extension": ("期限遇节假日顺延", "deadline holiday extension"),
    "candidate_may_hold_proxy": ("候选人可接受委托投票", "a candidate may hold a proxy"),
    "registration_village_work": ("村务工作者可登记为选民", "village workers may register"),
    "commission_kin_withdrawal": ("选举委员会成员因亲属参选退出", "commission members withdraw for kin"),
    "statutory_exclusions": ("依法不得当选的情形", "statutory exclusions"),
    "supervisory_kin_avoidance": ("监督机构成员亲属回避", "supervisory kin avoidance"),
    "community_households_min": ("居委会最少户数", "community households, minimum"),
    "community_households_max": ("居委会最多户数", "community households, maximum"),
    "same_person_void_higher": ("高职务栏作废时同一人的低职务票", "same person, void higher section"),
    "ballot_order": ("选票上候选人的排列", "ballot order"),
    "branch_committee_min": ("支部委员会最少人数", "branch committee, fewest"),
    "branch_committee_usual_max": ("支部委员会一般最多人数", "branch committee, usual most"),
    "branch_committee_max": ("支部委员会最多人数", "branch committee, most"),
    "general_branch_committee_min": ("总支部委员会最少人数", "general branch committee, fewest"),
    "general_branch_committee_usual_max": ("总支部委员会一般最多人数", "general branch committee, usual most"),
    "general_branch_committee_max": ("总支部委员会最多人数", "general branch committee, most"),
    "primary_committee_min": ("基层党委委员最少人数", "primary committee, fewest"),
    "primary_committee_usual_max": ("基层党委委员一般最多人数", "primary committee, usual most"),
    "branch_committee_members_min": ("设支部委员会的最少正式党员数", "full members for a branch committee"),
    "committee_size_min": ("委员会法定最少人数", "committee size, fewest"),
    "committee_size_max": ("委员会法定最多人数", "committee size, most"),
    "candidate_margin": ("候选人差额", "candidate margin"),
    "stroke_order_posts": ("按姓氏笔画排列的职位", "posts in stroke order"),
    "women_guarantee_posts": ("妇女成员保障适用的职位", "posts of the women's guarantee"),
}

# Built-in profiles in words, for drop-downs; an unlisted profile is shown by its id.
PROFILES: dict[str, tuple[str, str]] = {
    "party-2020": ("2020年党组织选举条例", "party election regulations 2020"),
    "party-1990": ("1990年党组织选举暂行条例", "party election provisional regulations 1990"),
    "villager-2018": ("2018年村民委员会组织法", "villagers' committee law 2018"),
    "residents-2018": ("2018年居民委员会组织法", "residents' committee law 2018"),
    "villager-2026": ("2026年村民委员会组织法", "villagers' committee law 2026"),
    "residents-2026": ("2026年居民委员会组织法", "residents' committee law 2026"),
}


# ---------------------------------------------------------------- the words these functions put
# around identifiers' words (part of the text catalogue's WORDING, held here so that the catalogue
# imports this module and not the other way round)

WORDS: dict[str, tuple[str, str]] = {
    "sep.list": ("、", ", "),  # names in a list
    "sep.place": (" ", ", "),  # the parts of a place in a file
    "none": ("无", "none"),
    "place.whole_file": ("整个文件", "the whole file"),
    "place.round": ("第{n}轮", "round {n}"),
    "place.person": ("第{n}人", "no. {n}"),
    "place.item": ("第{n}项", "item {n}"),
    "reading": ("规则参数：{name} = {value}", "profile parameter {name} = {value}"),
}


def _pick(label: Label, lang: Lang) -> str:
    return label[0] if lang == Lang.ZH else label[1]


def _word(key: str, lang: Lang, **fields: object) -> str:
    words = _pick(WORDS[key], lang)
    return words.format(**fields) if fields else words


def value_label(domain: str, value: object, lang: Lang = Lang.ZH) -> str:
    """The word for ``value`` of ``domain`` (an ENUMS key); booleans as 是/否; numbers as they
    are; an unknown value as it is.

    >>> value_label("declared.next", "supplementary"), value_label("bool", True)
    ('另行选举', '是')
    """
    if isinstance(value, bool):
        return _pick(ENUMS["bool"]["true" if value else "false"], lang)
    if isinstance(value, (list, tuple, frozenset)):
        return _word("sep.list", lang).join(value_label(domain, v, lang) for v in value) or _word("none", lang)
    if value is None:
        return _word("none", lang)
    label = ENUMS.get(domain, {}).get(str(value))
    return _pick(label, lang) if label else str(value)


def field_label(name: str, lang: Lang = Lang.ZH) -> str:
    pair = FIELDS.get(name)
    return _pick(pair, lang) if pair else name


def parameter_label(name: str, lang: Lang = Lang.ZH) -> str:
    pair = PARAMETERS.get(name)
    return _pick(pair, lang) if pair else name


def profile_label(profile_id: str, lang: Lang = Lang.ZH) -> str:
    pair = PROFILES.get(profile_id)
    return _pick(pair, lang) if pair else profile_id


def profile_shown(profile_id: str, lang: Lang = Lang.ZH) -> str:
    """A profile's id as Chinese output shows it: a built-in's id as is (a stable id, like a
    rule id), a local profile's id in corner quotes (the county's own name for it)."""
    return profile_id if lang != Lang.ZH or profile_id in PROFILES else f"「{profile_id}」"


def choices(domain: str, lang: Lang = Lang.ZH) -> list[str]:
    """The words of a closed set in display order (for drop-downs)."""
    return [_pick(label, lang) for label in ENUMS[domain].values()]


def _spelling(word: str) -> str:
    return "".join(word.split()).replace("(", "（").replace(")", "）").replace(",", "、").replace("，", "、")


def canonical(value: object, allowed: Iterable[W]) -> W | None:
    """The canonical value among ``allowed`` that ``value`` names: the value itself, or a
    Chinese word or alias of one of them (in any domain that labels it). None when nothing fits.

    >>> canonical("另行选举", ("tie_revote", "supplementary", "seat_reduction"))
    'supplementary'
    >>> canonical("女", ("female", "male")), canonical("外星", ("female", "male"))
    ('female', None)
    """
    if not isinstance(value, str):
        return None
    allowed = tuple(allowed)
    if value in allowed:
        return allowed[allowed.index(value)]  # the allowed value itself (an enum member)
    want = _spelling(value)
    for labels in ENUMS.values():
        for key, label in labels.items():
            if key in allowed and any(_spelling(w) == want for w in (label[0], *label[2:])):
                return allowed[allowed.index(key)]
    return None


def parse_bool(value: object) -> bool | None:
    """是/否 (and true/false) as a bool; None when it is neither."""
    if isinstance(value, bool):
        return value
    word = canonical(value, ("true", "false")) if isinstance(value, str) else None
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        word = value.strip().lower()
    return None if word is None else word == "true"


def profile_id(value: object, known: Iterable[str]) -> str | None:
    """A profile id from its id or its words."""
    if not isinstance(value, str):
        return None
    if value in known:
        return value
    want = _spelling(value)
    return next((k for k, pair in PROFILES.items() if _spelling(pair[0]) == want), None)


# ---------------------------------------------------------------- arithmetic in words

_FORMULA_WORDS = {"votes": ("得票", "votes")}


def formula_words(formula: str, lang: Lang = Lang.ZH) -> str:
    """A machine inequality (``2*votes > 45``, ``5*40 >= 4*45``) as people write it:
    ``2×得票 > 45``, ``5×40 ≥ 4×45``; English keeps the machine form.

    >>> formula_words("2*votes > 45"), formula_words("5*40 >= 4*45"), formula_words("most votes")
    ('2×得票 > 45', '5×40 ≥ 4×45', '得票多者当选')
    """
    if lang != Lang.ZH:
        return formula
    if formula == "most votes":
        return "得票多者当选"
    out = formula.replace(">=", "≥").replace("<=", "≤").replace("*", "×")
    return re.sub(r"\bvotes\b", "得票", out)


def arithmetic(formula: str) -> str:
    """A gate's multiplied-out formula with each product worked out and the signs typeset.

    >>> arithmetic("5*20 >= 4*25")
    '5×20=100 ≥ 4×25=100'
    >>> arithmetic("第一投票站: 3 <= 4")
    '第一投票站: 3 ≤ 4'
    """
    out = re.sub(r"(\d+)\*(\d+)", lambda m: f"{m[1]}×{m[2]}={int(m[1]) * int(m[2])}", formula)
    return out.replace(">=", "≥").replace("<=", "≤")


# ---------------------------------------------------------------- places in words


def place_words(path: str, lang: Lang = Lang.ZH) -> str:
    """A JSON pointer in words: ``/rounds/0/tally/委员/张三`` → ``第1轮 得票 委员 张三``.

    >>> place_words("/rounds/1/ballots/returned")
    '第2轮 选票 收回选票'
    >>> place_words("/electorate/present", Lang.EN)
    'electorate, members present'
    """
    parts = [p.replace("~1", "/").replace("~0", "~") for p in path.split("/")[1:]] if path else []
    if not parts:
        return _word("place.whole_file", lang)
    out: list[str] = []
    parent = ""
    for part in parts:
        if part.isdigit():
            n = int(part) + 1
            if parent == "rounds":
                out[-1:] = [_word("place.round", lang, n=n)]
            elif parent == "candidates" and out:
                out.append(_word("place.person", lang, n=n))
            else:
                out.append(_word("place.item", lang, n=n))
        elif parent == "set" and part in PARAMETERS:
            out.append(f"“{parameter_label(part, lang)}”")
        elif part in FIELDS and not _is_data_key(parent):
            out.append(field_label(part, lang))
        elif lang == Lang.ZH and re.search("[A-Za-z]", part):
            out.append(f"「{part}」")  # an unknown key, quoted as the file spells it
        else:
            out.append(part)
        parent = part
    return _word("sep.place", lang).join(out)


def _is_data_key(parent: str) -> bool:
    """Keys under these objects are positions, names or symbols (the file's data), not fields."""
    return parent in ("tally", "elected", "nominated", "write_ins", "ethnic_population")


def reading_words(name: str, value: object, lang: Lang = Lang.ZH) -> str:
    """One parameter's reading in words: ``规则参数：下一步 = 另行选举``.

    >>> reading_words("carry_down", "off")
    '规则参数：上票下加 = 不加'
    """
    return _word("reading", lang, name=parameter_label(name, lang), value=value_label(name, value, lang))


def describe_params(params: Mapping[str, object], lang: Lang = Lang.ZH) -> list[str]:
    """``规则参数：名称 = 取值`` words for every parameter of a profile (marks as symbol = meaning)."""
    out = []
    for name, value in params.items():
        if name == "marks" and isinstance(value, Mapping):
            shown = " ".join(f"{'空格' if k == ' ' else k}={value_label('mark', m, lang)}" for k, m in value.items())
        else:
            shown = value_label(name, value, lang)
        out.append(f"{parameter_label(name, lang)} = {shown}")
    return out


def enum_words(allowed: Iterable[str], lang: Lang = Lang.ZH) -> list[str]:
    """The words of canonical values (the first domain that labels each), for messages."""
    out = []
    for value in allowed:
        label = next((labels[value] for labels in ENUMS.values() if value in labels), None)
        out.append(_pick(label, lang) if label else value)
    return out


def quoted(name: str, with_label: bool = False) -> str:
    """A field name as it must be typed in JSON, in corner quotes, with its Chinese word.

    >>> quoted("kind", True)
    '「kind」（类型）'
    """
    label = FIELDS.get(name)
    return f"「{name}」（{label[0]}）" if with_label and label else f"「{name}」"


def source_words(source: str) -> str:
    """The working-day calendar's source in Chinese: the statutory holiday library by its
    version, a supplied holiday file by its name."""
    m = re.match(r"chinese_calendar (\S+)(.*)", source)
    if m:
        return f"法定节假日库（{m[1]} 版）" + (m[2].replace(" + ", "、") if m[2] else "")
    return source
