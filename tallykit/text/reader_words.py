"""The catalogue's section for the results reader (``tallykit.results``): what an unreadable
spot of a results file is told, Chinese first with English beside (``error.`` in ``WORDING``).

The reader words an error only when it raises one (``InputError.worded``), so reading a good
file never touches this table. A field name is given as typed in JSON (``{name}``) and, in
Chinese, in corner quotes with its word (``{quoted}``). A wording without fields is shown as
written (``{姓名: 票数}`` is not a placeholder there).
"""

from __future__ import annotations

READER: dict[str, tuple[str, str]] = {
    # the shape of a value
    "json_object": ("应为 JSON 对象", "expected a JSON object"),
    "json_array": ("应为 JSON 数组", "expected a JSON array"),
    "string": ("应为文字", "expected a string"),
    "integer": ("应为整数", "expected an integer"),
    "integer_point": ("应为整数（不带小数点）", "expected an integer without a decimal point"),
    "expected": ("应为{takes}", "expected {takes}"),
    "at_least": ("不能小于 {minimum}", "must be at least {minimum}"),
    "too_large": ("数值过大（上限 {limit}）", "too large (limit {limit})"),
    "too_few": ("至少需要 {n} 项", "needs at least {n} item(s)"),
    "tally_object": ("应为 {姓名: 票数} 对象", "expected an object {name: votes}"),
    "marks_object": (
        "应为 {姓名: {不赞成票数, 弃权票数}} 对象",
        "expected an object {name: {disapprove, abstain}}",
    ),
    "ethnic_object": ("应为 {民族: 人数} 对象", "expected an object {ethnicity: people}"),
    "write_in_pair": ("另选他人应为 [姓名, 符号]", "a write-in is [name, symbol]"),
    # the fields of an object
    "unknown_field": ("未知字段 {quoted}（此处可用：{allowed_quoted}）", "unknown field {name} (allowed: {allowed})"),
    "required_field": ("缺少必填字段 {quoted}", "required field {name} is missing"),
    "format_id": ("格式标识应为「{format}」", "format must be {format}"),
    "profile_type": ("规则版本应为文字或对象", "profile must be a string or an object"),
    # names and posts
    "empty_name": ("姓名不能为空", "a name may not be empty"),
    "duplicate_name": ("姓名重复：{name}", "duplicate name: {name}"),
    "duplicate_position": ("职位重复：{name}", "duplicate position: {name}"),
    "duplicate_candidate": (
        "候选人姓名重复：{name}；同名者须各带编号",
        "duplicate candidate: {name}; homonyms need an id each",
    ),
    "tally_twice": ("同一人重复计票：{name}", "same person twice: {name}"),
    "marks_twice": ("同一人重复出现：{name}", "same person twice: {name}"),
    "position_unknown": ("该职位不在选举的职位中", "position is not among election.positions"),
}
