"""The catalogue's section for input errors (``error.`` in ``WORDING``): how an error is said
and what a file that cannot be read is told (``ERRORS``: reading the file, the spreadsheets,
profiles and holiday lists), what an unreadable spot of a results file is told (``READER``, the
results reader's, ``tallykit.results``), and what a profile parameter takes (``TAKES``,
``takes.``), Chinese first with English beside.

An error is worded only when it is raised (``InputError.worded``), so reading a good file never
touches this table. A field name is given as typed in JSON (``{name}``) and, in
Chinese, in corner quotes with its word (``{quoted}``). A wording without fields is shown as
written (``{姓名: 票数}`` is not a placeholder there).
"""

from __future__ import annotations

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
