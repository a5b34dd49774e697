"""The text catalogue: every keyed wording a person reads, Chinese first with English beside —
data, not printing.

One table, ``WORDING``, in sections: the core's words for its concepts (ballot classes and
reasons, round notes, round kinds, results, gates, threshold bases, election kinds), the
worksheet's (``sheet.``), the printable report's (``report.``), the office web page's
(``web.``), the findings' (``finding.``, ``tallykit.text.finding_words``) and the profiles'
settings' sources and reasons (``setting.``, ``tallykit.text.setting_words``), explain's steps
(``explain.``), input errors (``error.``), the commands' text. One lookup,
``text(key, lang, **fields)``. The sections held in modules of their own (``SECTIONS``) are read
into the table when a key of theirs is first asked for, so a run imports only the words it says.
The words of identifiers (field names, enum values, parameters)
that the parser also reads are in ``tallykit.text.labels``; a section names a concept's wording
once (tests/quality/test_text_catalogue.py). The few words labels.py puts around identifiers
(list separators, 无, places in a file) are its ``WORDS``, merged here, so that this module
imports labels and not the other way round.
"""

from __future__ import annotations

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


# ---------------------------------------------------------------- a count told step by step
# (tallykit.counting.explain); {n} is the round's number

EXPLAIN: dict[str, tuple[str, str]] = {
    "profile": ("规则版本 {id}：{title}", "profile {id}: {title}"),
    "profile_why": ("规则版本 {id}：{title}；{why}", "profile {id}: {title}; {why}"),
    "elected_overall": ("累计当选：{elected}", "elected over all rounds: {elected}"),
    "void": (
        "第{n}轮无效（{reason}）：不看选票、不计票，须重新投票",
        "Round {n} is void ({reason}): no ballot is judged or counted; the vote must be held again",
    ),
    "holds": ("成立，符合", "holds"),
    "fails": ("不成立，本轮无效", "does NOT hold: the round is void"),
    "gate": ("第{n}轮 {gate}：{formula}，{verdict}", "Round {n} {gate}: {formula}, {verdict}"),
    "gate_detail": (
        "第{n}轮 {gate}：{detail}；{formula}，{verdict}",
        "Round {n} {gate}: {detail}; {formula}, {verdict}",
    ),
    "gate_quorum": ("应到会 {expected} 人，实到会 {present} 人", "{expected} expected, {present} present"),
    "gate_turnout": ("登记（应到）{base} 人，参加投票 {n} 人", "{base} registered (expected), {n} taking part"),
    "gate_reconciliation": ("收回 {returned} 张，{other} {count} 张", "{returned} returned, {count} {other}"),
    "ballots_recorded": (
        "第{n}轮 选票（按记录，无选票明细）：发出 {issued}，收回 {returned}，有效 {valid}，无效 {invalid}",
        "Round {n} ballots (as recorded, no ballot records): issued {issued}, returned {returned}, "
        "valid {valid}, invalid {invalid}",
    ),
    "ballots_recount": (
        "第{n}轮 逐张清点收回的 {returned} 张选票：有效 {valid}，部分有效 {partly}，无效 {invalid}"
        "（{valid}+{partly}+{invalid}={returned}，一张不少）",
        "Round {n} judging each of the {returned} returned ballots: valid {valid}, partly valid "
        "{partly}, invalid {invalid} ({valid}+{partly}+{invalid}={returned}, none lost)",
    ),
    "class": ("第{n}轮 {status} {count} 张：{reason}", "Round {n} {status} {count}: {reason}"),
    "class_example": (
        "第{n}轮 {status} {count} 张：{reason}（如 {paper}）",
        "Round {n} {status} {count}: {reason} (e.g. {paper})",
    ),
    "ballot_note": ("第{n}轮 {position}{who}（{count} 张）：{note}", "Round {n} {position}{who} ({ballots}): {note}"),
    "tally": ("第{n}轮 {position}得票（由多到少）：{ranking}", "Round {n} {position} votes (most first): {ranking}"),
    "plurality": ("第{n}轮 当选条件：得票多者当选", "Round {n} to win: most votes"),
    "threshold": ("第{n}轮 当选条件：{rule}，即至少 {least} 票", "Round {n} threshold: {rule}, i.e. at least {least} votes"),
    "rule_majority": ("得票须超过{base} {k} 的半数：2×得票 > {k}", "votes must exceed half of the {base} ({k}): 2×votes > {k}"),
    "rule_third": (
        "得票不得少于{base} {k} 的三分之一：3×得票 ≥ {k}",
        "votes must be at least a third of the {base} ({k}): 3×votes ≥ {k}",
    ),
    "test": ("第{n}轮 {position}：{name} {votes} 票，{shown}，{verdict}", "Round {n} {position}: {name} {votes} votes, {shown}, {verdict}"),
    "majority": ("过半数", "a majority"),
    "no_majority": ("未过半数", "no majority"),
    "third": ("达到三分之一", "at least a third"),
    "no_third": ("不足三分之一", "less than a third"),
    "note": ("第{n}轮 {where}{names}：{note}", "Round {n} {where}{names}: {note}"),
    "seats": ("第{n}轮 {position}应选 {seats} 名", "Round {n} {position}: {seats_en}"),
    "elected_in_order": ("按得票多少为序当选：{names}", "elected in vote order: {names}"),
    "none_elected": ("无人当选", "nobody elected"),
    "over_full": ("{names} 过线但名额已满", "{names} cleared the threshold but the seats are full"),
    "tied": (
        "{names} 各得 {cut} 票，票数相等，争最后 {seats} 个名额，不能确定谁当选，须就票数相等者再次投票",
        "{names} have {cut} votes each, tied for the last {seats_en}: the tied are voted on again",
    ),
    "unfilled": (
        "尚缺 {seats} 名；不得从未达到当选票数的人中按得票多少补足",
        "{seats_en} unfilled; never filled from below the threshold",
    ),
    "unfilled_below": (
        "尚缺 {seats} 名；不得从未达到当选票数的人中按得票多少补足（{below} {votes} 票也不能补上）",
        "{seats_en} unfilled; never filled from below the threshold ({below} with {votes} votes does not take one)",
    ),
    "result": ("第{n}轮结果：{result}", "Round {n} result: {result}"),
    "result_next": (
        "第{n}轮结果：{result}；另行选举候选人：{candidates}",
        "Round {n} result: {result}; supplementary candidates: {candidates}",
    ),
}

# ---------------------------------------------------------------- input errors (InputError.worded)

ERRORS: dict[str, tuple[str, str]] = {
    "message": ("{said}（位置 {where}，规则 {rule}）", "{said} (at {where}, rule {rule})"),
    "message_value": ("{said}（位置 {where}，规则 {rule}；值：{value}）", "{said} (at {where}, rule {rule}; value: {value})"),
    # reading a file (tallykit.io)
    "file_empty": ("文件为空", "the file is empty"),
    "not_utf8": ("文件不是 UTF-8 编码，第 {start} 字节处无法解码", "the file is not UTF-8; byte {start} cannot be decoded"),
    "not_utf8_gbk": (
        "文件不是 UTF-8 编码，第 {start} 字节处无法解码（似为 GBK/GB18030 编码，请另存为 UTF-8）",
        "the file is not UTF-8; byte {start} cannot be decoded (it looks GBK/GB18030-encoded; save it as UTF-8)",
    ),
    "duplicate_key": ("JSON 对象中字段「{key}」重复出现", "key {key} appears twice in one JSON object"),
    "not_json": ("不是有效的 JSON：第 {line} 行第 {column} 列，{problem}", "not valid JSON: line {line} column {column}: {msg}"),
    "json_too_deep": ("JSON 嵌套过深", "JSON nested too deeply"),
    "json_constant": ("不是有效的 JSON：不允许「{name}」", "not valid JSON: {name} is not allowed"),
    "lone_surrogate": (
        "文本含无法编码的字符（孤立的代理字符，编码 {code:04X}），请在原程序中改正后重新导出",
        "the text holds a character that cannot be encoded (a lone surrogate U+{code:04X}); fix it at the source and export again",
    ),
    "certificate_needs_json": (
        "计票证书只针对 JSON 结果文件（独立检查程序只读 JSON）：请先用 tallykit convert 把 {file} 转为 JSON，再对它计票并出具证书",
        "a certificate names a JSON results file (the independent checker reads JSON only): convert {file} with tallykit convert first",
    ),
    "output_is_input": (
        "{option} 的输出文件 {output} 就是输入文件 {given}，不会覆盖输入；请另选输出文件名",
        "the {option} output {output} is the input {given}; inputs are never overwritten, choose another name",
    ),
    "sheet_lossy": ("无法无损地写成计票表", "cannot be written as a 计票表 without loss"),
    "not_xlsx": (
        "不是有效的 .xlsx 文件（可能已损坏，或是旧版 .xls：请在 Excel 中另存为 .xlsx）",
        "not a valid .xlsx file (damaged, or an old .xls: save it as .xlsx in Excel)",
    ),
    "sheet_too_large": (
        "工作表「{title}」过大：超过 {over}（计票表通常只有几千个单元格；请删除表格远处多余的内容后另存）",
        "the sheet {title!r} is too large: over {over} (a tally sheet has a few thousand cells; delete stray content far below or to the right and save again)",
    ),
    "rows": ("{n} 行", "{n:,} rows"),
    "cells": ("{n} 个单元格", "{n:,} cells"),
    "csv_quotes": (
        "CSV 第{line}行无法读取：引号或换行不配对（请用 Excel 或 WPS 重新另存为 CSV）",
        "CSV line {line} cannot be read: unmatched quotes or line breaks (save it as CSV again)",
    ),
    "csv_encoding": (
        "CSV 文件既不是 UTF-8 也不是 GBK 编码，第 {start} 字节处无法解码",
        "the CSV file is neither UTF-8 nor GBK; byte {start} cannot be decoded",
    ),
    "csv_sheet_mark": (
        "CSV 第{lineno}行：表格须以“{mark}表名”一行开始（见格式说明）",
        "CSV line {lineno}: each sheet starts with a line '{mark}name' (see the format reference)",
    ),
    "no_election_sheet": (
        "缺少“{sheet}”工作表（请用「tallykit template」生成的计票表填写）",
        "the sheet {sheet} is missing (fill in a 计票表 made by tallykit template)",
    ),
    "no_round_sheet": ("没有轮次工作表（第1轮）", "no round sheet (第1轮)"),
    "round_sheet_missing": ("轮次工作表应依次为 第1轮、第2轮……，缺少 第{i}轮", "round sheets must be 第1轮, 第2轮, …; 第{i}轮 is missing"),
    "date": (
        "日期应为“年-月-日”格式、{min} 至 {max} 之间的有效日期（如 2021-01-15）",
        "expected a valid date YYYY-MM-DD from {min} to {max}",
    ),
    "whole_number": ("应为整数", "expected a whole number"),
    "yes_or_no": ("应填“是”或“否”", "expected 是 or 否"),
    "enum": ("取值无效，应为：{words}", "invalid value; expected one of: {listed}"),
    "cell_date": ("应为有效日期（年-月-日，如 2021-01-15）", "expected a valid date (YYYY-MM-DD)"),
    "sheet_no_name_column": ("【得票】表缺少“姓名”列", "the 得票 table has no 姓名 column"),
    "sheet_votes_without_name": ("这一行填了票数但没有姓名", "this row has votes but no name"),
    "sheet_not_a_post": ("“{post}”不是本表的职位", "{post} is not a post of this sheet"),
    "sheet_not_a_round_post": ("“{post}”不是本轮的职位", "{post} is not a post of this round"),
    "sheet_figures_without_seats": ("{post}本轮未填应选名额，却填了{part}", "{post} has no seats this round but has {part} figures"),
    "sheet_content_json": ("“内容”应为 JSON 值", "内容 must be a JSON value"),
    "sheet_filled_twice": ("此项已在表格中填写，不能在“其他”表中再填", "this item is filled in the tables; it cannot also be in 其他"),
    # counting what a file holds (tallykit.counting)
    "unknown_symbol": (
        "选票符号“{symbol}”不在规则版本的符号表中（已知：{known}）",
        "ballot symbol {symbol!r} is not in the profile's marks (known: {known})",
    ),
    "symbols_count": (
        "符号个数（{symbols}）与选票上{position}候选人数（{printed}）不符",
        "{symbols} symbols for {printed} printed {position} candidates",
    ),
    "no_ballot_counts": (
        "缺少选票数（发出、收回），无法核对选票",
        "ballot counts (issued, returned) are missing; the round cannot be reconciled",
    ),
    "no_tally": ("缺少计票结果 tally，也没有选票记录 ballot_records", "the round has neither a tally nor ballot_records"),
    "no_expected": ("党内选举须填写应到会有选举权人数 expected", "party elections need electorate.expected"),
    "no_present": ("党内选举须填写实到会有选举权人数 present", "party elections need electorate.present"),
    "no_registered": (
        "村（居）民委员会选举和罢免须填写登记选民数 registered",
        "villagers' and residents' elections and recalls need electorate.registered",
    ),
    # profiles (tallykit.profiles, tallykit.parameters)
    "unknown_profile": ("未知的规则版本，可用：{known}", "unknown profile; known profiles: {known}"),
    "no_parameter": (
        "规则版本 {id} 没有参数「{name}」{hint}；全部参数见「tallykit profiles」",
        "profile {id} has no parameter {name}{hint}; every parameter: tallykit profiles",
    ),
    "did_you_mean": ("（是否应为「{close}」（{label}）？）", " (did you mean {close}?)"),
    "belongs_to": ("（该参数属于 {other} 等规则版本）", " (it belongs to profiles such as {other})"),
    "profile_misfit": (
        "规则版本 {id} 用于{family}，不能用于本文件的{election}；可用的规则版本：{fits}",
        "profile {id} is for {family} and cannot count this file's {election} (election.kind {kind}); profiles that fit: {fits}",
    ),
    "party_elections": ("党内选举", "party elections"),
    "committee_elections": ("村（居）民委员会选举", "villagers' and residents' elections"),
    "profile_ref": ('profile 须为规则版本 id 或 {"extends", "set"} 对象', 'profile must be a profile id or an {"extends", "set"} object'),
    "profile_unknown_field": (
        "规则版本对象中有未知字段「{name}」，可用字段：{quoted}",
        "unknown field {name} in profile object; fields: {fields}",
    ),
    "profile_needs_extends": ("规则版本对象须以 extends 指明所扩展的规则版本", "a profile object needs 'extends' naming the profile it extends"),
    "profile_set_object": ("set 须为 {参数: 值} 对象", "'set' must be an object {parameter: value}"),
    "profile_builtin_id": (
        "id 不能使用内置规则版本的名称 {new_id}，请另取名称（如 本县-2026）",
        "id may not be the built-in profile name {new_id}; choose another (e.g. county-2026)",
    ),
    "profile_not_string": ("{key} 须为字符串", "'{key}' must be a string"),
    "parameter_value": ("规则参数“{label}”的取值无效，应为{takes}", "profile parameter {name} has an invalid value; expected {takes}"),
    # the working-day calendar (tallykit.procedure.workdays)
    "holiday_unknown_field": ("节假日文件中有未知字段", "unknown field in the holiday file"),
    "holiday_object": ("节假日文件须为 JSON 对象", "the holiday file must be a JSON object"),
    "holiday_format": ("format 须为 {format}", "format must be {format}"),
    "holiday_makeup_weekday": ("调休上班日应为星期六或星期日", "a make-up working day must be a Saturday or Sunday"),
    "holiday_both": ("同一天不能既放假又上班", "a day cannot be both a holiday and a working day"),
    "holiday_years": ("years 须为年份（整数）列表", "years must be a list of years (integers)"),
    "holiday_outside_years": ("日期不在 years 所列年份内", "the date is outside the years listed"),
    "holiday_no_dates": ("节假日文件未列出任何日期", "the holiday file lists no dates"),
    "holiday_source": ("source 须为字符串", "source must be a string"),
    "holiday_dates": ("应为日期列表", "expected a list of dates"),
}

TAKES: dict[str, tuple[str, str]] = {
    "enum": ("以下之一：{words}", "one of {listed}"),
    "bool": ("「true」（是）或「false」（否）", "true or false"),
    "int": ("非负整数（至多 {limit}，如 3）", "a whole number, 0 or more (at most {limit}; e.g. 3)"),
    "int_or_enum": ("非负整数（至多 {limit}）或以下之一：{words}", "a whole number (at most {limit}) or one of {listed}"),
    "date_or_enum": (
        "{words}或日期（年-月-日，1900-01-01 至 2199-12-31）",
        "{listed} or a date YYYY-MM-DD (1900-01-01 to 2199-12-31)",
    ),
    "flags": ("列表，每项为以下之一：{words}", "a list, each item one of {listed}"),
    "posts": (
        "非空列表，每项为职位名称（如 委员）或以下之一：{words}",
        "a non-empty list, each item a post name (e.g. 委员) or one of {listed}",
    ),
    "marks": ("对象 {{符号: 赞成 / 不赞成 / 弃权 / 无法辨认}}", "an object {{symbol: {meanings}}}"),
}
"""What a profile parameter takes, by its kind (``Param.takes``)."""


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


# ---------------------------------------------------------------- the worksheet (cli/worksheet.py)

SHEET: dict[str, tuple[str, str]] = {
    "sheet": ("计票练习", "Counting drill"),
    "worksheet": ("练习题", "worksheet"),
    "answers": ("答案与讲解", "answers and explanations"),
    "trainee": (
        "姓名 ________________　　单位 ________________　　日期 ____________",
        "Name ________________   Unit ________________   Date ____________",
    ),
    "intro": (
        "每题先读题目，再看题下的情况和选票，在“作答”处打勾或填写。同样的选票只画一张，右上角注明张数。",
        "Read each question, look at the facts and ballots below it, and answer under "
        "'Your answer'. Identical ballots are drawn once with their count.",
    ),
    "items": ("共 {n} 题，答案另附。", "{n} {items}; answers on a separate sheet."),
    "item": ("第 {n} 题", "Item {n}"),
    "meta": ("编号 {id} · 种子 {seed}", "id {id} · seed {seed}"),
    "facts": ("基本情况", "Facts"),
    "your_answer": ("作答", "Your answer"),
    "seats": ("应选 {n} 名", "{n} {seats}"),
    "reserved_female": ("专职专选女性", "reserved for a woman"),
    "members": ("正式党员 {n} 名", "{n} full members"),
    "expected": ("应到会有选举权人数 {n} 人", "members expected {n}"),
    "present": ("实到会有选举权人数 {n} 人", "members present {n}"),
    "registered": ("登记参加选举的选民 {n} 人", "registered voters {n}"),
    "representatives": ("居民代表 {n} 人", "representatives {n}"),
    "exclusions": ("不列入应到会人数的党员", "members left out of 应到会"),
    "approved_upper": ("上级同意", "upper approved"),
    "approved_meeting": ("大会通过", "meeting approved"),
    "candidates": ("候选人", "Candidates"),
    "female": ("女", "f"),
    "male": ("男", "m"),
    "round": ("第 {n} 轮　{kind}", "Round {n}: {kind}"),
    "issued": ("发出选票 {n} 张", "ballots issued {n}"),
    "returned": ("收回 {n} 张", "returned {n}"),
    "participants": ("参加投票 {n} 人", "voters taking part {n}"),
    "valid": ("有效 {n} 张", "valid {n}"),
    "invalid": ("无效 {n} 张", "invalid {n}"),
    "stations": ("投票站 / 流动票箱", "Polling stations / mobile boxes"),
    "station_counts": ("发出 {i} 张，收回 {r} 张", "issued {i}, returned {r}"),
    "ballots_drawn": ("收回的选票（共 {n} 张，{k} 种）", "Ballots returned ({n} in {k} kinds)"),
    "ballots_shown": ("选票", "Ballots"),
    "stack": (
        "收回的选票（共 {n} 张，按开箱顺序编号）",
        "Ballots returned ({n}, numbered as they came out)",
    ),
    "tally": ("计票记录（得票数）", "Recorded tally (votes)"),
    "votes": ("{n} 票", "{n}"),
    "proxies": ("委托投票登记", "Proxy votes registered"),
    "count": ("×{n} 张", "×{n}"),
    "kind_no": ("第 {n} 种", "kind {n}"),
    "ballot_no": ("第 {n} 张", "No. {n}"),
    "marks_row": ("符　号", "mark"),
    "write_in": ("另选他人", "另选他人 (write-in)"),
    "stroke_note": ("（按姓氏笔画为序）", "(names in surname stroke order)"),
    "how_to": (
        "说明：赞成的划“○”，不赞成的划“×”，弃权的不划任何符号；"
        "另选他人的，在“另选他人”栏内写上姓名，并在其下方格内划“○”。",
        "How to mark: ○ approve, × disapprove, nothing to abstain; for another person "
        "write the name under 另选他人 and mark ○ below it.",
    ),
    "sheet_title": ("计票表", "Tally sheet"),
    "sheet_marks": ("划记（画“正”字）", "tally marks"),
    "sheet_classes": (
        "有效 ____ 张（其中部分有效 ____ 张）　无效 ____ 张　合计 ____ 张",
        "valid ____ (partly valid ____)   invalid ____   total ____",
    ),
    "writein_row": ("另选：________", "write-in: ________"),
    "answer": ("答案", "Answer"),
    "right": ("正确答案", "Right answers"),
    "outcome": ("结果", "Outcome"),
    "steps": ("步骤", "Steps"),
    "key": ("逐张判断", "Ballot by ballot"),
    "totals": ("合计", "Totals"),
    "class": ("类别", "class"),
    "why": ("理由", "reason"),
    "gets": ("计票", "votes to"),
    "elected": ("当选", "elected"),
    "recalled": ("被罢免", "recalled"),
    "unfilled": ("空缺 {n} 名", "{n} unfilled"),
    "tied": ("再次投票：{names}（{n} 名）", "re-vote: {names} ({n} {seats})"),
    "next_candidates": ("另行选举候选人", "supplementary candidates"),
    "threshold": ("当选票数", "threshold"),
    "at_least": ("，即至少 {n} 票", ", at least {n}"),
    "names_blank": ("姓名：", "names: "),
    # the heading printed on a ballot, and the round it is for
    "ballot.party_committee": ("中共{body}委员选举票", "{org} committee ballot"),
    "ballot.party_officers": ("中共{body}书记、副书记选举票", "{org} secretary ballot"),
    "ballot.recommendation": ("{org}委员会委员人选推荐票", "{org} recommendation ballot"),
    "ballot.recall": ("{org}成员罢免表决票", "{org} recall ballot"),
    "ballot.committee": ("{org}成员选举选票", "{org} committee ballot"),
    "ballot.villagers_committee": ("{org}村民委员会成员选举选票", "{org} committee ballot"),
    "ballot.residents_committee": ("{org}居民委员会成员选举选票", "{org} committee ballot"),
    "ballot.tie_revote": ("（再次投票）", " (re-vote)"),
    "ballot.supplementary": ("（另行选举）", " (supplementary)"),
    "ballot.preliminary": ("（预选）", " (preliminary)"),
    "number_blank": ("填数：", "number: "),
}


# ---------------------------------------------------------------- the printable report (tallykit/report)

REPORT: dict[str, tuple[str, str]] = {
    "title": ("选举结果核查报告", "Election result review"),
    "summary_title": ("选举结果核查汇总", "Election results review: summary"),
    "file": ("文件", "File"),
    "sha256": ("文件校验码（SHA-256）", "File checksum (SHA-256)"),
    "organization": ("组织", "Organisation"),
    "kind": ("选举类型", "Election"),
    "date": ("选举日期", "Date"),
    "profile": ("规则版本", "Rule profile"),
    "params": ("规则参数", "Parameters"),
    "status": ("核查结论", "Verdict"),
    "rounds": ("各轮计票结果（按规则重新计算）", "Each round, recomputed under the rules"),
    "round": ("第{n}轮", "Round {n}"),
    "gates": ("有效性核对", "Validity checks"),
    "failed": ("未通过", "failed"),
    "issued": ("发出", "issued"),
    "returned": ("收回", "returned"),
    "threshold": ("当选条件", "To be elected"),
    "threshold_recall": ("罢免通过条件", "To recall"),
    "at_least": ("即至少 {n} 票", "i.e. at least {n} votes"),
    "post": ("职位", "Post"),
    "seats": ("应选", "Seats"),
    "person": ("姓名", "Name"),
    "votes": ("得票", "Votes"),
    "tied": ("票数相等，须再次投票", "tied: re-vote"),
    "over_full": ("过线但名额已满", "over the threshold, seats full"),
    "below": ("未达到当选票数", "below the threshold"),
    "fewer": ("得票较少，未当选", "fewer votes"),
    "next": ("结果与下一步", "Result and next step"),
    "findings": ("核查发现", "Findings"),
    "no_findings": ("未发现问题。", "Nothing found."),
    "severity": ("程度", "Severity"),
    "place": ("位置", "Where"),
    "clerk": ("录入人员处理", "Clerk"),
    "reviewer": ("审核人员处理", "Reviewer"),
    "articles": ("依据", "Articles"),
    "rules": ("规则", "Rules"),
    "explain": ("计票过程（逐步说明）", "The count, step by step"),
    "sign": ("审核人（签字）", "Reviewer (signature)"),
    "sign_date": ("日期", "Date"),
    "unreadable_intro": (
        "此文件无法读取，未能核查。请按下列位置逐项改正后重新核查：",
        "This file cannot be read, so it was not checked. Fix each item below and verify again:",
    ),
    "back": ("返回汇总", "Back to the summary"),
    "village": ("村（社区）/ 组织", "Village / organisation"),
    "count": ("文件数", "Files"),
    "errors_n": ("错误", "errors"),
    "warnings_n": ("警告", "warnings"),
    "page": ("报告", "report"),
    "open": ("打开", "open"),
}


# ---------------------------------------------------------------- the office web page (tallykit/web)

WEB: dict[str, tuple[str, str]] = {
    "app": ("选举计票核查", "Election tally check"),
    "township": ("乡镇（街道）", "Township"),
    "organization": ("选举单位", "Organisation"),
    "kind": ("选举类别", "Kind of election"),
    "date": ("选举日期", "Election date"),
    "positions": (
        "职位及应选名额（每行一个，如“委员 5”）",
        "Positions and seats (one per line, e.g. '委员 5')",
    ),
    "candidates": (
        "选票上印制的候选人（每行一个职位，按选票顺序，如“委员：张三、李四”）",
        "Printed candidates (one line per position, in ballot order, e.g. '委员：张三、李四')",
    ),
    "status": ("状态", "Status"),
    "elections": ("选举列表", "Elections"),
    "new_election": ("新建选举", "New election"),
    "create": ("创建", "Create"),
    "login": ("登录", "Log in"),
    "logout": ("退出", "Log out"),
    "user": ("用户名", "User name"),
    "password": ("密码", "Password"),
    "role": ("角色", "Role"),
    "users": ("用户与接口令牌", "Users and API tokens"),
    "add_user": ("添加用户", "Add user"),
    "setup_title": ("首次使用：创建管理员账号", "First use: create the administrator"),
    "setup_note": (
        "本机（127.0.0.1）首次启动，尚无账号。请创建管理员账号，再为录入员、审核员各建账号。",
        "First start on this computer (127.0.0.1) with no accounts yet. Create the administrator, then accounts for the clerks and reviewers.",
    ),
    "bad_login": ("用户名或密码不正确", "wrong user name or password"),
    "entry": ("录入", "Entry"),
    "entry1": ("第一次录入", "First entry"),
    "entry2": ("第二次录入", "Second entry"),
    "agreed": ("核对后的计票单", "Agreed sheet"),
    "setup": ("空白计票单", "Blank sheet"),
    "save": ("保存", "Save"),
    "submit": ("完成录入并提交", "Finish and submit"),
    "add_round": ("增加一轮", "Add a round"),
    "round": ("第 {n} 轮", "Round {n}"),
    "electorate": ("一、选举人数", "1. Voters"),
    "expected": ("应到会有选举权人数", "Voting members expected"),
    "present": ("实到会有选举权人数", "Voting members present"),
    "registered": ("登记参加选举的人数", "Registered voters"),
    "ballots": ("二、选票", "2. Ballots"),
    "issued": ("发出选票", "Issued"),
    "returned": ("收回选票", "Returned"),
    "valid": ("有效票", "Valid"),
    "invalid": ("无效票", "Invalid"),
    "participants": (
        "参加投票人数（与收回不同时填写）",
        "Voters taking part (only if not the number returned)",
    ),
    "tally": ("三、得票", "3. Votes"),
    "seats": ("应选 {n} 名", "{n} seat(s)"),
    "write_ins": ("另选他人", "Write-ins"),
    "add_row": ("加一行", "Add a row"),
    "declared": ("四、宣布结果", "4. Declared"),
    "elected": ("宣布当选", "Declared elected"),
    "recalled": ("宣布罢免", "Declared recalled"),
    "nominated": ("确定人选", "Nominated"),
    "next": ("下一步", "Next step"),
    "next_none": ("无（选举完成）", "none (done)"),
    "void": ("会议宣布本轮无效", "Declared void by the meeting"),
    "checks": ("核查（随录随查）", "Checks as you type"),
    "checks_none": ("暂无问题", "No finding so far"),
    "not_yet_readable": ("尚不完整：", "Not complete yet: "),
    "conflict": (
        "保存失败：此计票单已被他人或另一窗口更新，请刷新后再改（您的内容未覆盖任何已保存内容）。",
        "Not saved: this sheet was changed elsewhere since you opened it. Reload and enter again (nothing saved was overwritten).",
    ),
    "saved": ("已保存", "Saved"),
    "submitted": ("已提交", "submitted"),
    "draft": ("未提交", "draft"),
    "slot_taken": (
        "两次录入都已由他人开始，不能再录入此计票单。",
        "Both entries of this sheet are taken by other users.",
    ),
    "submitted_locked": (
        "已提交，不能再修改；如有差异由审核员处理。",
        "Submitted: it cannot be changed; differences go to the reviewer.",
    ),
    "compare": ("两次录入核对", "Compare the two entries"),
    "no_differences": ("两次录入完全一致。", "The two entries agree in every field."),
    "differences": (
        "差异 {n} 处，须由审核员逐项确认",
        "{n} difference(s) for the reviewer to resolve",
    ),
    "field": ("项目", "Field"),
    "typed_value": ("或填写正确值", "or type the right value"),
    "resolve": ("确认并生成核对后的计票单", "Resolve and make the agreed sheet"),
    "verify": ("核查", "Verify"),
    "report": ("核查报告", "Verify report"),
    "print": ("打印", "Print"),
    "history": ("修改记录", "History"),
    "audit": ("操作日志", "Audit log"),
    "summary": ("汇总表", "Summary"),
    "download_results": ("下载结果文件 (.json)", "Download results file (.json)"),
    "download_certificate": ("下载计票证书", "Download certificate"),
    "download_xlsx": ("导出 Excel", "Export to Excel"),
    "upload": (
        "上传结果文件（.json / .xlsx / .csv）",
        "Upload a results file (.json / .xlsx / .csv)",
    ),
    "upload_button": ("上传为本次录入", "Upload as this entry"),
    "upload_too_large": ("文件过大（上限 {n} MB）", "file too large (limit {n} MB)"),
    "upload_kind": (
        "只接受 .json、.xlsx、.csv 文件",
        "only .json, .xlsx and .csv files are accepted",
    ),
    "clerk_todo": ("录入员处理", "Clerk"),
    "when": ("时间", "Time"),
    "who": ("操作人", "User"),
    "action": ("操作", "Action"),
    "source": ("来源", "Source"),
    "revision": ("版本", "Revision"),
    "forbidden": ("无权进行此操作（需要{role}）", "Not allowed (needs {role})"),
    "csrf": (
        "表单已过期或来源不明，请刷新页面后重试。",
        "The form expired or did not come from this site: reload the page and try again.",
    ),
    "not_found": ("找不到该页面或选举", "No such page or election"),
    "not_verified": ("尚未核查", "Not verified yet"),
    "needs_agreed": (
        "须先完成两次录入并核对一致，才能核查。",
        "Both entries must be in and agree before verifying.",
    ),
    "tokens": (
        "接口令牌（供其他系统调用 JSON 接口）",
        "API tokens (for other systems using the JSON API)",
    ),
    "system": ("系统名称", "System"),
    "add_token": ("生成令牌", "Create token"),
    "token_once": ("请立即复制，此令牌只显示这一次：", "Copy it now, it is shown only once:"),
    "password_short": ("密码至少 8 位", "the password needs at least 8 characters"),
    "name_taken": ("该名称已存在", "that name is taken"),
    "name_bad": ("名称须为 1–40 个字符，不含空格", "names are 1–40 characters without spaces"),
    "field_missing": ("请填写：{what}", "please fill in: {what}"),
    "entered_by": ("录入人", "Entered by"),
    "verified_at": ("核查时间", "Verified"),
    "sha256": ("文件摘要 (SHA-256)", "SHA-256"),
    "back": ("返回", "Back"),
    "lang_other": ("English", "中文"),
    # punctuation
    "(": ("（", " ("),
    ")": ("）", ")"),
    # audit log actions
    "action.login": ("登录", "log in"),
    "action.logout": ("退出", "log out"),
    "action.user.add": ("添加用户", "user added"),
    "action.token.add": ("生成接口令牌", "API token created"),
    "action.election.create": ("新建选举", "election created"),
    "action.entry.save": ("保存录入", "entry saved"),
    "action.entry.submit": ("提交录入", "entry submitted"),
    "action.entry.upload": ("上传文件", "file uploaded"),
    "action.entries.match": ("两次录入一致", "entries agree"),
    "action.entries.resolve": ("审核员核对差异", "differences resolved"),
    "action.election.verify": ("核查", "verified"),
    "action.api.verify": ("接口：核查", "API: verify"),
    "action.api.count": ("接口：计票", "API: count"),
    "action.api.certificate": ("接口：计票证书", "API: certificate"),
    "action.api.report": ("接口：核查报告", "API: report"),
    # roles
    "role.clerk": ("录入员", "clerk"),
    "role.reviewer": ("审核员", "reviewer"),
    "role.admin": ("管理员", "administrator"),
    # statuses
    "status.not_entered": ("未录入", "not entered"),
    "status.entering": ("录入中", "being entered"),
    "status.to_check": ("待核对", "to check"),
    # revision sources
    "source.setup": ("新建", "created"),
    "source.form": ("表单录入", "typed"),
    "source.upload": ("上传文件", "uploaded"),
    "source.resolved": ("审核员核对", "resolved by reviewer"),
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
    **{f"explain.{k}": v for k, v in EXPLAIN.items()},
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
    **{f"error.{k}": v for k, v in ERRORS.items()},
    **{f"takes.{k}": v for k, v in TAKES.items()},
    **{f"sheet.{k}": v for k, v in SHEET.items()},
    **{f"report.{k}": v for k, v in REPORT.items()},
    **{f"web.{k}": v for k, v in WEB.items()},
}
"""The catalogue's sections written here; the sections in modules of their own join it when a
key of theirs is first asked for (``SECTIONS``)."""


def _reader() -> dict[str, tuple[str, str]]:
    from tallykit.text.reader_words import READER

    return {f"error.{k}": v for k, v in READER.items()}


def _web_refusals() -> dict[str, tuple[str, str]]:
    from tallykit.text.web_words import WEB_REFUSALS

    return {f"web.{k}": v for k, v in WEB_REFUSALS.items()}


def _findings() -> dict[str, tuple[str, str]]:
    from tallykit.text.finding_words import FINDING

    return {f"finding.{k}": v for k, v in FINDING.items()}


def _checks() -> dict[str, tuple[str, str]]:
    from tallykit.text.code_words import CHECKS, MADE_BY

    return {
        **{f"code.{code}.{part}": v for code, parts in CHECKS.items() for part, v in parts.items()},
        **{f"code.{code}.made_by": v for code, v in MADE_BY.items()},
    }


def _files() -> dict[str, tuple[str, str]]:
    from tallykit.text.file_words import FILES

    return {f"file.{k}": v for k, v in FILES.items()}


def _settings() -> dict[str, tuple[str, str]]:
    from tallykit.text.setting_words import SETTING

    return {f"setting.{en}": (zh, en) for en, zh in SETTING.items()}


def _training() -> dict[str, tuple[str, str]]:
    from tallykit.text.training_words import TRAINING

    return {f"training.{k}": v for k, v in TRAINING.items()}


SECTIONS: dict[str, Callable[[], dict[str, tuple[str, str]]]] = {
    "error": _reader,
    "web": _web_refusals,
    "finding": _findings,
    "code": _checks,
    "file": _files,
    "setting": _settings,
    "training": _training,
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
