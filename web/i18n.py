"""The web page's words, Chinese first with English beside (one place for the UI's wording).

Words about the law (round kinds, results, ballot classes) come from ``tallykit.text.texts`` and the
findings catalogue; this table holds only what the office's pages add.
"""

from __future__ import annotations

import json

from tallykit.text.texts import text as core_text
from tallykit.vocabulary import Lang

LANGS = tuple(lang.value for lang in Lang)

WORDS: dict[str, tuple[str, str]] = {
    "app": ("选举计票核查", "Election tally check"),
    "township": ("乡镇（街道）", "Township"),
    "organization": ("选举单位", "Organisation"),
    "kind": ("选举类别", "Kind of election"),
    "profile": ("规则版本", "Rule profile"),
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
    "name": ("姓名", "Name"),
    "votes": ("得票", "Votes"),
    "write_ins": ("另选他人", "Write-ins"),
    "add_row": ("加一行", "Add a row"),
    "declared": ("四、宣布结果", "4. Declared"),
    "elected": ("宣布当选", "Declared elected"),
    "recalled": ("宣布罢免", "Declared recalled"),
    "nominated": ("确定人选", "Nominated"),
    "next": ("下一步", "Next step"),
    "next_none": ("无（选举完成）", "none (done)"),
    "seat_reduction": ("经决定减少名额", "seats reduced by decision"),
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
    "status.passed": ("通过", "passed"),
    "status.warnings": ("有警告", "warnings"),
    "status.errors": ("有错误", "errors"),
    # election kinds (FORMAT.md)
    "kind.party_committee": (
        "党员大会选举支部委员会",
        "party members' meeting electing the committee",
    ),
    "kind.party_officers": (
        "委员会第一次会议选举书记、副书记",
        "the committee's first meeting electing the secretary and deputy secretary",
    ),
    "kind.party_branch_officers": (
        "党员大会选举书记、副书记（不设委员会）",
        "members' meeting electing the secretary and deputy secretary (no committee)",
    ),
    "kind.recommendation": ("两推推荐投票", "recommendation vote (two recommendations)"),
    "kind.villagers_committee": ("村民委员会选举", "villagers' committee election"),
    "kind.residents_committee": ("居民委员会选举", "residents' committee election"),
    "kind.recall": ("罢免投票", "recall vote"),
    # revision sources
    "source.setup": ("新建", "created"),
    "source.form": ("表单录入", "typed"),
    "source.upload": ("上传文件", "uploaded"),
    "source.match": ("两次录入一致", "entries agree"),
    "source.resolved": ("审核员核对", "resolved by reviewer"),
}


def word(key: str, lang: Lang, **values: object) -> str:
    """The UI word for ``key`` (falling back to the core's words, then the key itself)."""
    pair = WORDS.get(key)
    text = (pair[0] if lang == Lang.ZH else pair[1]) if pair else core_text(key, lang)
    return text.format(**values) if values else text


def audit_detail(detail: str, lang: Lang) -> str:
    """An audit-log entry's details (stored as JSON values) in words."""
    from tallykit.web.sheet import REPORTED

    words = {
        "slot": lambda v: word(v, lang),
        "role": lambda v: word(f"role.{v}", lang),
        "kind": lambda v: word(f"kind.{v}", lang),
        "status": lambda v: word(f"status.{REPORTED.get(v, v)}", lang),
        "revision": lambda v: f"#{v}",
    }
    try:
        values = json.loads(detail or "{}")
    except json.JSONDecodeError:  # written as plain text by the first version
        return detail
    return " ".join(words.get(k, str)(v) for k, v in values.items())
