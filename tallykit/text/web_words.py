"""The catalogue's section for the office web page's refusals (``web.`` in ``WORDING``): a form
value that cannot go into the results document (``tallykit.web.sheet.FieldError``) and an API
call refused (``tallykit.web.api.ApiError``, keyed ``api.<code>``), Chinese first with English
beside. The rest of the page's words are ``WEB`` in ``tallykit.text.texts``.
"""

from __future__ import annotations

WEB_REFUSALS: dict[str, tuple[str, str]] = {
    # the entry form (tallykit.web.sheet)
    "form.position_line": (
        "职位第 {n} 行“{line}”应为 职位名称 名额，如“委员 5”",
        "position line {n} {line!r} should be a name and a number of seats, e.g. '委员 5'",
    ),
    "form.no_position": ("至少填写一个职位及名额", "give at least one position and its seats"),
    "form.candidate_line": (
        "候选人第 {n} 行应以职位名称和冒号开头（{names}），如“{example}：张三、李四”",
        "candidate line {n} should start with a position name and a colon ({names})",
    ),
    "form.not_a_count": ("“{raw}”不是人数或票数，请填写 0 或正整数", "{raw!r} is not a count: enter 0 or a whole number"),
    "form.write_in_without_name": ("另选他人第 {row} 行有票数没有姓名", "write-in row {row} has votes but no name"),
    "form.write_in_repeats": (
        "另选他人“{person}”与本栏已有姓名重复",
        "write-in {person!r} repeats a name already in this column",
    ),
    "form.write_in_votes": (
        "另选他人“{person}”的票数“{raw}”不是正整数",
        "write-in {person!r}: {raw!r} is not a whole number",
    ),
    "form.not_a_document": ("文件内容不是结果文件（JSON 对象）", "the file is not a results document (a JSON object)"),
    # the JSON API (tallykit.web.api)
    "api.bad_token": ("接口令牌无效", "invalid API token"),
    "api.login": (
        "须提供接口令牌（Authorization: Bearer）或登录",
        "an API token (Authorization: Bearer) or a login is needed",
    ),
    "api.csrf": ("缺少或错误的 CSRF 令牌（X-CSRF-Token）", "missing or wrong CSRF token (X-CSRF-Token)"),
    "api.not_agreed": ("尚无核对后的计票单", "no agreed sheet yet"),
}
