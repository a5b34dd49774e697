"""The text catalogue: every keyed wording a person reads, Chinese first with English beside —
data, not printing.

One table, ``WORDING``, in sections: the core's words for its concepts (ballot classes and
reasons, round notes, round kinds, results, gates, threshold bases, election kinds), the
worksheet's (``sheet.``), the printable report's (``report.``), the office web page's
(``web.``) and the findings' (``finding.``, ``tallykit.text.finding_words``). One lookup,
``text(key, lang, **fields)``. The words of identifiers (field names, enum values, parameters)
that the parser also reads are in ``tallykit.text.labels``; a section names a concept's wording
once (tests/quality/test_text_catalogue.py).
"""

from __future__ import annotations
from tallykit.text.finding_words import FINDING
from tallykit.text.labels import field_label, value_label
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
    "none": ("无", "none"),
    "at_least": ("，即至少 {n} 票", ", at least {n}"),
    "names_blank": ("姓名：", "names: "),
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
    ":": ("：", ": "),
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
    **{f"sheet.{k}": v for k, v in SHEET.items()},
    **{f"report.{k}": v for k, v in REPORT.items()},
    **{f"web.{k}": v for k, v in WEB.items()},
    **{f"finding.{k}": v for k, v in FINDING.items()},
}


def pick(lang: Lang, zh: str, en: str) -> str:
    """A wording written where it is used once (a sentence of one message); a wording used in
    two places belongs in ``WORDING``."""
    return zh if lang == Lang.ZH else en


def known(key: str) -> bool:
    """Whether the catalogue words ``key``."""
    return key in WORDING or key in SAME or key in LABELLED


def text(key: str, lang: Lang = Lang.ZH, **fields: object) -> str:
    """The wording of ``key`` in ``lang``, with ``fields`` put in; the key itself if none is
    known.

    >>> text("formal", Lang.EN), text("report.valid"), text("web.kind.recall")
    ('formal election', '有效', '罢免投票')
    """
    key = SAME.get(key, key)
    held = LABELLED.get(key)
    if held is not None:
        domain, value = held
        words = field_label(value, lang) if domain == "field" else value_label(domain, value, lang)
    else:
        pair = WORDING.get(key)
        if pair is None:
            return key
        words = pair[0] if lang == Lang.ZH else pair[1]
    return words.format(**fields) if fields else words


def count_en(n: int, noun: str) -> str:
    """An English count: "1 seat", "3 seats", "1 ballot".

    >>> count_en(1, "seat"), count_en(3, "seat")
    ('1 seat', '3 seats')
    """
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
