"""The text catalogue: every keyed wording a person reads, Chinese first with English beside —
data, not printing.

One table, ``WORDING``, in sections: the core's words for its concepts (ballot classes and
reasons, round notes, round kinds, results, gates, threshold bases, election kinds), the
worksheet's (``sheet.``, ``tallykit.text.sheet_words``), the printable report's (``report.``,
``tallykit.text.report_words``), the office web page's (``web.``, ``tallykit.text.web_words``),
the findings' (``finding.``, ``tallykit.text.finding_words``) and the profiles' settings'
sources and reasons (``setting.``, ``tallykit.text.setting_words``), explain's steps
(``explain.``, ``tallykit.text.explain_words``), input errors (``error.``, ``takes.``,
``tallykit.text.reader_words``), the commands' text.
One lookup,
``text(key, lang, **fields)``. The sections held in modules of their own (``SECTIONS``) are read
into the table when a key of theirs is first asked for, so a run imports only the words it says.
The words of identifiers (field names, enum values, parameters)
that the parser also reads are in ``tallykit.text.labels``; a section names a concept's wording
once (tests/quality/test_text_catalogue.py). The few words labels.py puts around identifiers
(list separators, 无, places in a file) are its ``WORDS``, merged here, so that this module
imports labels and not the other way round.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Protocol

from tallykit.text.labels import WORDS, field_label, value_label
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
    # the next step of an election that is done (verify's round outcome, the web page's choice)
    "next_none": ("无（选举完成）", "none (done)"),
    # round kinds
    "recommendation": ("推荐投票（两推）", "recommendation vote"),
    # results
    "result.elected": ("选举完成，名额选满", "all seats filled"),
    "result.tie_revote": ("票数相等不能确定当选人，须就票数相等者再次投票", "equal votes at the boundary: the tied are voted on again"),
    "result.supplementary": ("当选人少于应选名额，不足名额须另行选举", "fewer elected than seats: the unfilled seats go to a supplementary election"),
    "result.seat_reduction": ("当选人少于应选名额，经决定减少名额", "fewer elected than seats: seats reduced by a recorded decision"),
    "result.void": ("本轮选举无效，须重新投票", "this round is void and must be held again"),
    "result.vacancy": ("另行选举后当选人数已达法定最低人数，委员会组成，其余名额暂缺，待补选", "after the supplementary election the committee has its minimum: it is formed, the other seats stay vacant until a by-election"),
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
    # the dates of the procedure and the units of a period (tallykit.procedure.timeline)
    "date.request_submitted": ("请示提交日", "request (请示) submitted"),
    "date.request_approved": ("批复日", "approval (批复)"),
    "date.preliminary_nominees_published": ("初步人选公布日", "preliminary nominees published"),
    "date.public_notice_start": ("公示开始日", "公示 start"),
    "date.public_notice_end": ("公示结束日", "公示 end"),
    "date.voter_registration_announced": ("选民登记公告日", "voter registration announced"),
    "date.voter_list_published": ("选民名单公布日", "voter list published"),
    "date.objection_received": ("收到申诉日", "objection received"),
    "date.objection_answered": ("申诉处理日", "objection answered"),
    "date.proxy_registration_closed": ("委托投票办理截止日", "proxy registration closed"),
    "date.proxy_list_published": ("委托投票公示日", "proxy list published"),
    "date.candidates_published": ("正式候选人公布日", "official candidates published"),
    "date.time_place_announced": ("选举时间地点公告日", "time and place announced"),
    "date.results_reported": ("选举结果上报日", "results reported"),
    "date.handover_completed": ("工作移交完成日", "handover completed"),
    "date.supervisory_committee_elected": ("监督委员会推选日", "supervisory committee chosen"),
    "date.term_expires": ("任期届满日", "term expires"),
    "date.proxy_registered_on": ("委托投票办理日", "proxy registered"),
    "date.formed": ("新一届委员会产生日（最后一轮投票）", "new committee formed (last vote)"),
    "date.supplementary_round": ("另行选举日", "the supplementary election"),
    "date.previous_vote": ("上一轮投票日", "the previous vote"),
    "days.calendar": ("日", "calendar days"),
    "days.working": ("个工作日", "working days"),
    # how TK-FEAS-1 decided (tallykit.check.feasibility)
    "feasibility.bounds": ("按上下界判定", "bounds"),
    "feasibility.z3": ("逐张选票求解判定", "z3"),
    # threshold bases
    "cast": ("已投选票总数", "ballots cast"),
    # election kinds
    "round_what": ("第{n}轮：{what}", "Round {n}: {what}"),
}


# ---------------------------------------------------------------- a rejected proxy (V-PROXY-1)

PROXY_REJECTED: dict[str, tuple[str, str, str, str]] = {
    "principal_voted": ("委托人已亲自投票", "the principal voted in person", "委托无效", "proxy rejected"),
    "not_near_relative": ("受托人不是委托人的近亲属", "the proxy is not a near relative", "委托无效", "proxy rejected"),
    "duplicate_principal": ("同一委托人重复委托", "the principal authorised twice", "后一委托无效", "the later proxy rejected"),
    "over_limit": ("受托人接受委托超过限额", "the proxy holds more authorisations than allowed", "超出部分无效", "this one rejected"),
    "held_by_candidate": (
        "受托人是本次选举的候选人，候选人不得接受委托",
        "the proxy is a candidate in this election, and candidates may not hold proxies",
        "委托无效",
        "proxy rejected",
    ),
}
"""Why the counting core rejects a proxy (its round note ``proxy_<why>``), and what follows, each
worded once: the round note says both; TK-PROXY-1 (``finding.TK-PROXY-1.proxy_<why>``) says
why, then what the rejected ballot could change."""


# ---------------------------------------------------------------- profiles (tallykit.profiles)

PROFILE: dict[str, tuple[str, str]] = {
    "period.between": ("{start} 至 {end}", "{start} to {end}"),
    "period.from": ("{start} 起", "from {start}"),
    "period.until": ("{end} 及以前", "on or before {end}"),
    "period.any": ("不限日期", "any date"),
    "profile.by_file": ("文件指定", "named in the results file"),
    "profile.by_option": ("调用时指定（--profile），覆盖文件所载", "given with --profile (or by the caller), overriding the file"),
    "profile.by_date": (
        "文件未指定，按选举类别和选举日 {day} 选定（{id} 适用于 {period}举行的选举）",
        "the file names none: chosen by election kind and election day {day} ({id} covers elections {period})",
    ),
    "profile.by_kind": ("文件未指定，也未载选举日，按选举类别取默认", "the file names none and gives no election day: the kind's default"),
    "profile.grade.A": ("法律文本，已全文核对", "statutory text, verified in full"),
    "profile.grade.B": ("正式文本，仅核对所引部分", "official text, only the part quoted verified"),
    "profile.grade.C": ("二手来源（报道、问答、培训材料、模板）", "secondary source (news report, Q&A, training slide, template)"),
    "profile.grade.U": ("未见出处，待核", "no source confirms it; to be checked"),
    "profile.grade.local": ("本地规则版本设定", "set by a local profile"),
    "profile.reported": ("据报道，通过文本未核实", "reported; adopted wording not verified"),
    "profile.carried": (
        "未列为已修改的参数沿用 {base} 的取值和依据：修改后的通过文本未取得，所引条号为 2018 年文本的条号",
        "parameters not listed as changed keep {base}'s values and sources: the adopted text was not retrieved, "
        "and article numbers are those of the 2018 text",
    ),
    "profile.fits_note": (
        "；注意：{id} 适用于 {period}举行的选举，选举日 {day} 按日期应适用 {fits}",
        "; note: {id} covers elections {period}; for election day {day} the date gives {fits}",
    ),
}


# ---------------------------------------------------------------- a drill item's answer (tallykit.training)

DRILL: dict[str, tuple[str, str]] = {
    "round_got": ("第{n}轮：{what}，{got}", "Round {n}: {what}, {got}"),
    "elected": ("当选：{who}", "elected: {who}"),
    "recalled": ("被罢免：{who}", "recalled: {who}"),
    "nominated": ("确定人选：{who}", "nominated: {who}"),
    "summary": ("{parts}。", "{parts}."),
    # tallykit drill's text and quiz (cli/drill.py)
    "counts": ("第 {n} 轮：发出 {issued} 张，收回 {returned} 张", "Round {n}: issued {issued}, returned {returned}"),
    "station": ("{name}：发出 {issued} 张，收回 {returned} 张", "{name}: issued {issued}, returned {returned}"),
    "tally": ("第 {n} 轮 {post}得票：{row}", "Round {n} {post} votes: {row}"),
    "ballot_no": ("第 {n} 张：", "No. {n}: "),
    "ballot_kind": ("第 {n} 种选票（{count} 张）：", "Ballot kind {n} (×{count}): "),
    "proxy": ("委托：{principal} → {proxy}", "proxy: {principal} → {proxy}"),
    "exercises": ("练习题", "Exercises"),
    "answer_key": ("答案与讲解", "Answer key"),
    "ask_option": ("{prompt}（输入序号）：", "{prompt} (number): "),
    "type_option": ("请输入 1 到 {n} 之间的序号。", "Please type a number from 1 to {n}."),
    "ask_number": ("{prompt}（填数）：", "{prompt} (a number): "),
    "type_number": ("请输入一个整数（只写数字）。", "Please type a whole number."),
    "ask_names": ("{prompt}（姓名用空格或顿号分隔，没有人输入 -）：", "{prompt} (names separated by spaces, - for nobody): "),
    "all_right": ("全对", "all right"),
    "some_right": ("对 {k}/{n}", "{k}/{n} right"),
    "marked": ("{mark}。答案：{answer}", "{mark}。Answer：{answer}"),
    "ended": ("\n练习提前结束。", "\nQuiz ended early."),
    "score": ("\n得分：{score}/{asked}", "\nScore: {score}/{asked}"),
    "no_topic": ("没有这个题型：{unknown}；可用：{known}", "no such topic: {unknown}; known: {known}"),
}


# ---------------------------------------------------------------- the command line's own words (cli/)

CLI: dict[str, tuple[str, str]] = {
    "certificate_rejected": ("证书不成立：", "certificate rejected:"),
    "certificate_accepted": ("证书成立", "certificate accepted"),
    "unknown_kind": ("未知的选举类型「{kind}」。{help}", "unknown election kind: {kind}. {help}"),
    "sheet_suffix": ("输出文件应以 .xlsx 或 .csv 结尾", "the output file must end in .xlsx or .csv"),
    "convert_suffix": ("输出文件应以 .json、.xlsx 或 .csv 结尾", "the output must end in .json, .xlsx or .csv"),
    "wrote": ("已写入 {target}", "wrote {target}"),
}


# ---------------------------------------------------------------- a count and the profiles as text
# (tallykit count, tallykit profiles: cli/render.py)

COUNT: dict[str, tuple[str, str]] = {
    "file": ("文件: {file}", "file: {file}"),
    "profile": ("规则版本: {id}  {title}", "profile: {id}  {title}"),
    "chosen": ("  选定方式：{why}", "  chosen: {why}"),
    "extends": ("  在 {base} 基础上修改：", "  extends {base}, setting: "),
    "elected_overall": ("累计当选 — {names}", "elected over all rounds — {names}"),
    "round": ("第 {n} 轮（{kind}）", "Round {n} ({kind})"),
    "failed": ("未通过", "FAILED"),
    "recount": (
        "  全部重新清点选票 {returned} 张：有效 {valid}，部分有效 {partly}，无效 {invalid}",
        "  full recount of {returned} ballots: valid {valid}, partly valid {partly}, invalid {invalid}",
    ),
    "first_at": ("首见于选票明细第{n}项", "first at {pointer}"),
    "recorded": (
        "  选票：发出 {issued}，收回 {returned}，有效 {valid}，无效 {invalid}（按记录，无选票明细）",
        "  ballots: issued {issued}, returned {returned}, valid {valid}, invalid {invalid} (as recorded; no ballot records)",
    ),
    "met": ("符合", "ok"),
    "not_met": ("不符合（提示）", "NOT MET (advisory)"),
    "expected": ("应为 {formula}", "expected {formula}"),
    "result": ("  结果: {result}", "  result: {result}"),
    "plurality": ("  当选条件：得票多者当选 {rules}", "  to be elected: most votes {rules}"),
    "threshold": (
        "  {label}：{formula}（{base} {k}），即至少 {least} 票 {rules}",
        "  {label}: {formula} ({base} {k}), i.e. at least {least} votes {rules}",
    ),
    "to_be_elected": ("当选条件", "to be elected"),
    "to_recall": ("罢免通过条件", "to recall"),
    "post": ("  {position}（应选 {seats} 名）:", "  {position} ({seats_en}):"),
    "fewer": ("得票较少，未当选", "fewer votes, not elected"),
    "tied": (
        "    {names} 票数相等，就其再次投票，选 {seats} 名 [{rules}]",
        "    {names} tied: re-vote among them for {seats_en} [{rules}]",
    ),
    "unfilled": (
        "    尚缺 {seats} 名，不得在未达到当选票数者中按得票多少补足 [{rules}]",
        "    {seats_en} unfilled; never filled from below the threshold [{rules}]",
    ),
    "list_min": ("  初步人选名单至少 {n} 人（差额不低于 20%）[TK-REC-3]", "  initial list needs at least {n} people (margin ≥ 20%) [TK-REC-3]"),
    "next_candidates": ("  另行选举{position}候选人：{names} [V-SUPP-1]", "  supplementary candidates for {position}: {names} [V-SUPP-1]"),
    "recall_votes": ("  {name} 赞成罢免 {votes} 票 — {status}", "  {name}: {votes} for recall — {status}"),
    "ungraded": ("等级 —（rules/party.md 未分级）", "grade — (rules/party.md grades no sources)"),
    "grade": ("等级 {grade}：{words}", "grade {grade}: {words}"),
    "grade_reported": ("等级 {grade}：{words}；{reported}", "grade {grade}: {words}; {reported}"),
    "covers": ("  适用：{period}举行的选举{rule}", "  covers: elections {period}{rule}"),
    "source": ("依据", "source"),
    "carried": ("；沿用 {base}", "; carried over from {base}"),
    "provisions": ("  其他条文（不影响计票和核查）：", "  other provisions (nothing counted or checked):"),
}


# ---------------------------------------------------------------- tallykit verify and tallykit rules as text (cli/verify.py)

VERIFY: dict[str, tuple[str, str]] = {
    "progress": ("核查", "verifying"),
    "progress_unit": ("个文件", " files"),
    "entry": ("{file}: {status}  (规则版本 {profile})", "{file}: {status}  (profile {profile})"),
    "to_do": ("    处理: {what}", "    to do: {what}"),
    "summary_heads": ("文件数 通过 仅有警告 有错误 无法读取 程序缺陷", "files ok warnings_only with_errors unreadable internal_errors"),
    "summary": ("汇总", "Summary"),
    "needs_out": ("--format {fmt} 须用 --out 指定报告文件夹", "--format {fmt} needs --out DIR"),
    "skipped": ("跳过「{shown}」：{why}", "skipped {shown}: {why}"),
    "empty_folder": ("文件夹「{folder}」中没有结果文件（.json、.xlsx、.csv）", "the folder {folder} holds no results file (.json, .xlsx, .csv)"),
    "no_files": ("没有可核查的结果文件", "no results file to verify"),
    "written": ("报告已写入：{written}", "report written: {written}"),
    "summary_file": ("核查汇总.xlsx", "summary.xlsx"),
    "clerk": ("录入人员", "clerk"),
    "reviewer": ("审核人员", "reviewer"),
    "rules": ("规则", "rules"),
    "articles": ("条款", "articles"),
    "check": ("核查函数", "check"),
    "families": ("适用于", "applies to"),
    "family.party": ("党组织选举", "party elections"),
    "family.villager": ("村民委员会选举", "villagers' committee elections"),
    "family.residents": ("居民委员会选举", "residents' committee elections"),
}


# ---------------------------------------------------------------- tallykit serve's console (cli/serve.py)

SERVE: dict[str, tuple[str, str]] = {
    "backed_up": ("已备份到 {target}", "backed up to {target}"),
    "no_accounts": (
        "拒绝启动：监听 {host} 会让其他电脑访问，但还没有任何账号。请先运行 tallykit serve --data {data} --add-user 名称 --role admin",
        "refusing to start: listening on {host} lets other computers in, and there are no accounts yet. "
        "First run: tallykit serve --data {data} --add-user NAME --role admin",
    ),
    "user_name": ("用户名 {name} 已存在或不合格（1–40 个字符，不含空格）", "user name {name} is taken or not allowed (1–40 characters, no spaces)"),
    "user_added": ("已添加用户 {name}", "added user {name}"),
    "system_name": ("系统名称 {system} 已存在或不合格", "system name {system} is taken or not allowed"),
    "running": ("tallykit 网页已启动：{url}（数据文件夹 {data}，按 Ctrl+C 停止）", "tallykit serve is running at {url} (data folder {data}; Ctrl+C stops it)"),
}


# ---------------------------------------------------------------- separators

SEPARATORS: dict[str, tuple[str, str]] = {
    "colon": ("：", ": "),
    "group": ("；", "; "),  # clauses of one sentence, groups of names
    "people": ("、", "; "),  # people each said with a clause
    "and": ("、", " and "),
    "post_names": ("{post} {names}", "{post} {names}"),  # names by post: 委员 张三、李四
}


SAME: dict[str, str] = {
    "explain.nobody": "finding.nobody",
    "profile.caveat": "finding.caveat",
    "web.:": "sep.colon",
    "sheet.none": "none",
    "election.recommendation": "recommendation",
    "report.ballots": "sheet.ballots_shown",
    "report.valid": "valid",
    "report.invalid": "invalid",
    "report.outcome": "sheet.outcome",
    "report.elected": "sheet.elected",
    "web.profile": "report.profile",
    "web.name": "report.person",
    "web.votes": "report.votes",
    "web.source.match": "web.action.entries.match",
    "code.TK-COMP-4.clerk": "code.TK-COMP-3.clerk",
}
"""Keys whose wording is another key"s (one concept, one wording, several names)."""

LABELLED: dict[str, tuple[str, str]] = {
    "date.election_day": ("field", "election_day"),
    "flag.identifying_mark": ("ballot.flag", "identifying_mark"),
    "flag.torn": ("ballot.flag", "torn"),
    "flag.unreadable": ("ballot.flag", "unreadable"),
    "formal": ("round.kind", "formal"),
    "tie_revote": ("round.kind", "tie_revote"),
    "supplementary": ("round.kind", "supplementary"),
    "preliminary": ("round.kind", "preliminary"),
    "recall": ("round.kind", "recall"),
    "seat_reduction": ("declared.next", "seat_reduction"),
    "result.nominated": ("result", "nominated"),
    "result.recalled": ("result", "recalled"),
    "result.not_recalled": ("result", "not_recalled"),
    "expected": ("field", "expected"),
    "present": ("field", "present"),
    "returned": ("recommendation_base", "returned"),
    "participants": ("majority_base", "participants"),
    "registered": ("majority_base", "registered"),
    "election.party_committee": ("election.kind", "party_committee"),
    "election.party_officers": ("election.kind", "party_officers"),
    "election.party_branch_officers": ("election.kind", "party_branch_officers"),
    "election.villagers_committee": ("election.kind", "villagers_committee"),
    "election.residents_committee": ("election.kind", "residents_committee"),
    "election.recall": ("round.kind", "recall"),
    "sheet.reason": ("field", "reason"),
    "sheet.yes": ("bool", "true"),
    "sheet.no": ("bool", "false"),
    "sheet.mobile": ("field", "mobile"),
    "sheet.principal": ("field", "principal"),
    "sheet.proxy": ("field", "proxy"),
    "sheet.relation": ("field", "relation"),
    "sheet.voted_in_person": ("field", "principal_voted_in_person"),
    "sheet.sheet_total": ("field", "tally"),
    "sheet.nominated": ("field", "nominated"),
    "report.passed": ("status", "ok"),
    "count.passed": ("status", "ok"),
    "count.recalled": ("result", "recalled"),
    "count.not_recalled": ("result", "not_recalled"),
    "report.recalled": ("result", "recalled"),
    "report.not_recalled": ("result", "not_recalled"),
    "web.seat_reduction": ("result", "seat_reduction"),
    "web.status.passed": ("status", "ok"),
    "web.status.warnings": ("status", "warnings"),
    "web.status.errors": ("status", "errors"),
    "web.kind.party_committee": ("election.kind", "party_committee"),
    "web.kind.party_officers": ("election.kind", "party_officers"),
    "web.kind.party_branch_officers": ("election.kind", "party_branch_officers"),
    "web.kind.recommendation": ("election.kind", "recommendation"),
    "web.kind.villagers_committee": ("election.kind", "villagers_committee"),
    "web.kind.residents_committee": ("election.kind", "residents_committee"),
    "web.kind.recall": ("round.kind", "recall"),
}
"""Keys whose wording is an identifier"s word in ``tallykit.text.labels``: (enum domain, value),
or ("field", name)."""


WORDING: dict[str, tuple[str, str]] = {
    **TEXTS,
    **WORDS,
    **{f"proxy_{k}": (f"{zh}，{then_zh}", f"{en}: {then_en}") for k, (zh, en, then_zh, then_en) in PROXY_REJECTED.items()},
    **{f"finding.TK-PROXY-1.proxy_{k}": (zh, en) for k, (zh, en, _, _) in PROXY_REJECTED.items()},
    **PROFILE,
    "prove.no_property": ("没有这个性质: {only} ({known})", "no such property: {only} ({known})"),
    "prove.refuted": ("变体已驳倒", "variant refuted"),
    "prove.not_refuted": ("变体未被驳倒", "VARIANT NOT REFUTED"),
    "prove.reached": ("实际代码", "reached"),
    "prove.bounds": ("范围（英文原文）", "bounds"),
    **{f"serve.{k}": v for k, v in SERVE.items()},
    **{f"verify.{k}": v for k, v in VERIFY.items()},
    **{f"count.{k}": v for k, v in COUNT.items()},
    **{f"cli.{k}": v for k, v in CLI.items()},
    **{f"drill.{k}": v for k, v in DRILL.items()},
    **{f"sep.{k}": v for k, v in SEPARATORS.items()},
}
"""The catalogue's sections written here; the sections in modules of their own join it when a
key of theirs is first asked for (``SECTIONS``)."""


def _tables(prefix: str, module: str, *tables: str) -> Callable[[], dict[str, tuple[str, str]]]:
    """The reader of a section that is one or more tables of ``tallykit.text.<module>``, each
    key put under ``prefix``."""

    def read() -> dict[str, tuple[str, str]]:
        held = importlib.import_module(f"tallykit.text.{module}")
        return {f"{prefix}.{k}": v for table in tables for k, v in getattr(held, table).items()}

    return read


def _checks() -> dict[str, tuple[str, str]]:
    from tallykit.text.code_words import CHECKS, MADE_BY

    return {
        **{f"code.{code}.{part}": v for code, parts in CHECKS.items() for part, v in parts.items()},
        **{f"code.{code}.made_by": v for code, v in MADE_BY.items()},
    }


def _settings() -> dict[str, tuple[str, str]]:
    from tallykit.text.setting_words import SETTING

    return {f"setting.{en}": (zh, en) for en, zh in SETTING.items()}


SECTIONS: dict[str, Callable[[], dict[str, tuple[str, str]]]] = {
    "error": _tables("error", "reader_words", "ERRORS", "READER"),
    "takes": _tables("takes", "reader_words", "TAKES"),
    "web": _tables("web", "web_words", "WEB", "WEB_REFUSALS"),
    "explain": _tables("explain", "explain_words", "EXPLAIN"),
    "sheet": _tables("sheet", "sheet_words", "SHEET"),
    "report": _tables("report", "report_words", "REPORT"),
    "finding": _tables("finding", "finding_words", "FINDING"),
    "code": _checks,
    "file": _tables("file", "file_words", "FILES"),
    "setting": _settings,
    "training": _tables("training", "training_words", "TRAINING"),
}
"""Key prefix -> the section in a module of its own (``tallykit.text.*_words``), read into
``WORDING`` the first time a key with that prefix is asked for and missing: a ``verify`` of a
typical file words no training item, web refusal or profile source, and its findings' words only
if it has findings. A section's words follow those of ``WORDING`` with the same prefix, as in
one table written in that order."""

_READ: set[str] = set()


def _wording(key: str) -> tuple[str, str] | None:
    """The pair of ``key`` in ``WORDING``, reading its section first if that is not read yet."""
    pair = WORDING.get(key)
    if pair is None:
        prefix = key.partition(".")[0]
        if prefix in SECTIONS and prefix not in _READ:
            WORDING.update(SECTIONS[prefix]())  # before it counts as read: a thread (the web
            _READ.add(prefix)  # app's) that asks meanwhile reads it too, never misses a key
            pair = WORDING.get(key)
    return pair


def catalogue() -> dict[str, tuple[str, str]]:
    """The whole ``WORDING``, every section read (for the catalogue's own tests and listings)."""
    for prefix in SECTIONS:
        _wording(f"{prefix}.")
    return WORDING


class Worded(Protocol):
    """A value that says itself in a language (a catalogue key with its fields, a list)."""

    def words(self, lang: Lang) -> str: ...


def in_lang(value: object, lang: Lang) -> object:
    """A field as a wording takes it: a ``Worded`` value said in ``lang``, anything else as it is.
    (Known by its ``words`` method: checking the protocol at run time costs a hundred times more,
    and every field of every message passes here.)"""
    words = getattr(value, "words", None)
    return words(lang) if callable(words) else value


def pick(lang: Lang, zh: str, en: str) -> str:
    """A wording written where it is used once (a sentence of one message); a wording used in
    two places belongs in ``WORDING``."""
    return zh if lang == Lang.ZH else en


def known(key: str) -> bool:
    """Whether the catalogue words ``key``."""
    return key in SAME or key in LABELLED or _wording(key) is not None


def text(key: str, lang: Lang = Lang.ZH, /, **fields: object) -> str:
    """The wording of ``key`` in ``lang``, with ``fields`` put in; the key itself if none is
    known. A field may be ``Worded`` itself (``tallykit.text.words``: a catalogue key and its
    fields, a list of names): it is worded in the same language.

    >>> text("formal", Lang.EN), text("report.valid"), text("web.kind.recall")
    ('formal election', '有效', '罢免投票')
    """
    key = SAME.get(key, key)
    held = LABELLED.get(key)
    if held is not None:
        domain, value = held
        words = field_label(value, lang) if domain == "field" else value_label(domain, value, lang)
    else:
        pair = _wording(key)
        if pair is None:
            return key
        words = pair[0] if lang == Lang.ZH else pair[1]
    if not fields:
        return words
    return words.format(**{k: in_lang(v, lang) for k, v in fields.items()})


def wording(section: str) -> Callable[..., str]:
    """The words of one section of the catalogue (a command's, the report's, the web page's), with
    the core's words behind it: ``wording("count")("round", lang, n=1)`` is
    ``text("count.round", lang, n=1)``, and a key the section does not word is the core's."""

    def said(key: str, /, lang: Lang = Lang.ZH, **fields: object) -> str:
        own = f"{section}.{key}"
        return text(own if known(own) else key, lang, **fields)

    return said


def count_en(n: int, noun: str) -> str:
    """An English count: "1 seat", "3 seats", "1 ballot".

    >>> count_en(1, "seat"), count_en(3, "seat")
    ('1 seat', '3 seats')
    """
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
