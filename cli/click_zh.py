"""click's own messages (missing argument, bad option, help headings) in Chinese.

click looks every message up through gettext (``_`` and ``ngettext`` bound in each of its
modules); ``use(lang)`` points those names at a catalogue of Chinese translations, or back at
gettext for English. User input (an option name, a value) is shown in corner quotes.
"""

from __future__ import annotations

import gettext
import re
import sys
from collections.abc import Sequence

import click

from tallykit.vocabulary import Lang

ZH: dict[str, str] = {
    "Usage:": "用法：",
    "Options": "选项",
    "Commands": "命令",
    "Positional arguments": "参数",
    "Show this message and exit.": "显示本帮助并退出。",
    "Show the version and exit.": "显示版本并退出。",
    "%(prog)s, version %(version)s": "%(prog)s，版本 %(version)s",
    "Error: {message}": "错误：{message}",
    "Try '{command} {option}' for help.": "可运行“{command} {option}”查看用法。",
    "Missing argument": "缺少参数",
    "Missing option": "缺少选项",
    "Missing parameter": "缺少参数",
    "Missing parameter: {param_name}": "缺少参数：{param_name}",
    "Missing {param_type}": "缺少{param_type}",
    "Missing command.": "缺少命令（如 verify、template）。",
    "No such command {name!r}.": "没有命令「{name}」。",
    "No such option {name!r}.": "没有选项「{name}」。",
    "Invalid value: {message}": "取值无效：{message}",
    "Invalid value for {param_hint}: {message}": "{param_hint} 的取值无效：{message}",
    "Option {name!r} does not take a value.": "选项「{name}」不带值。",
    "Argument {name!r} takes {nargs} values.": "参数「{name}」需要 {nargs} 个值。",
    "Invalid start character for option ({option})": "选项的开头字符无效（{option}）",
    "{value!r} is not a valid {number_type}.": "「{value}」不是有效的数字。",
    "{value} is not in the range {range}.": "{value} 不在允许的范围 {range} 内。",
    "{value!r} is not a valid boolean. Recognized values: {states}": "「{value}」不是是/否值。",
    "Value must be an iterable.": "取值应为多个值。",
    "Aborted!": "已中止。",
    "default: {default}": "默认：{default}",
    "required": "必填",
    "file": "文件",
    "directory": "文件夹",
    "path": "路径",
    "{name} {filename!r} does not exist.": "{name}「{filename}」不存在。",
    "{name} {filename!r} is a file.": "{name}「{filename}」是文件，不是文件夹。",
    "{name} {filename!r} is a directory.": "{name}「{filename}」是文件夹，不是文件。",
    "{name} {filename!r} is not readable.": "{name}「{filename}」无法读取。",
    "{name} {filename!r} is not writable.": "{name}「{filename}」无法写入。",
    "{name} {filename!r} is not executable.": "{name}「{filename}」不能执行。",
    "Could not open file {filename!r}: {message}": "无法打开文件「{filename}」。",
}

ZH_PLURAL: dict[str, str] = {
    "Got unexpected extra argument ({args})": "多余的参数（{args}）",
    "Option {name!r} requires an argument.": "选项「{name}」后面需要一个值。",
    "{value!r} is not {choice}.": "「{value}」不是可选的值：{choice}。",
    "Did you mean {possibility}?": "是否想输入 {possibility}？",
    "{value!r} does not match the format {format}.": "「{value}」不符合格式 {format}。",
}


USAGE_ZH: dict[str, str] = {
    "OPTIONS": "选项",
    "COMMAND": "命令",
    "ARGS": "参数",
    "PATHS": "文件或文件夹",
    "FILE": "文件",
    "REF": "规则版本",
    "CERT": "证书文件",
    "RESULTS": "结果文件",
    "KIND": "选举类型",
    "IN": "输入文件",
    "OUT": "输出文件",
}
"""The words of click's usage line (``[OPTIONS]``, ``COMMAND [ARGS]...``, the arguments' names)."""


def usage_words(args: str) -> str:
    """The arguments' names of a usage line in Chinese: ``[OPTIONS] PATHS...`` is ``[选项] 文件或文件夹...``."""
    return re.sub(r"\b[A-Z]+\b", lambda m: USAGE_ZH.get(m[0], m[0]), args)


class ChineseUsage(click.HelpFormatter):
    """click's help formatter with the usage line in Chinese: ``用法： tallykit verify [选项] 文件或文件夹...``."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, usage_words(args), prefix)


_ARGUMENT_HINT = click.Argument.get_error_hint
_MISSING_MESSAGE = click.MissingParameter.format_message


def _argument_hint_zh(self: click.Argument, ctx: click.Context | None) -> str:
    """A missing argument named in Chinese, in corner quotes: 「文件或文件夹...」 (click: 'PATHS...')."""
    return f"「{usage_words(self.make_metavar(ctx) if ctx is not None else self.human_readable_name)}」"


def _missing_message_zh(self: click.MissingParameter) -> str:
    """click's "Missing argument 'PATHS...'." as a Chinese sentence: 缺少参数「文件或文件夹...」。"""
    said = _MISSING_MESSAGE(self).replace(" 「", "「", 1)
    return re.sub(r"([」'])\.", r"\1。", said, count=1)


class Chinese(gettext.NullTranslations):
    """click's messages in Chinese; anything not in the catalogue stays as click says it."""

    def gettext(self, message: str) -> str:
        return ZH.get(message, message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        found = ZH_PLURAL.get(singular)
        if found is None:
            return singular if n == 1 else plural
        return found  # click passes the singular's fields for the plural too


_MODULES = ("core", "exceptions", "parser", "types", "decorators", "formatting", "termui", "utils")


def use(lang: Lang) -> None:
    """Make click speak ``lang`` from now on in this process."""
    import importlib

    chinese = Chinese()
    zh = lang == Lang.ZH
    click.Context.formatter_class = ChineseUsage if zh else click.HelpFormatter
    click.Argument.get_error_hint = _argument_hint_zh if zh else _ARGUMENT_HINT  # type: ignore[method-assign]
    click.MissingParameter.format_message = _missing_message_zh if zh else _MISSING_MESSAGE  # type: ignore[method-assign]
    for name in _MODULES:
        module = importlib.import_module(f"click.{name}")
        if hasattr(module, "_"):
            module._ = chinese.gettext if lang == Lang.ZH else gettext.gettext  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = chinese.ngettext if lang == Lang.ZH else gettext.ngettext  # type: ignore[attr-defined]


def lang_of(args: Sequence[str] | None) -> Lang:
    """The language a command line asks for: ``--lang en`` (or ``--lang=en``) is English, anything
    else Chinese (the default)."""
    argv = list(sys.argv[1:] if args is None else args)
    for i, a in enumerate(argv):
        if a == "--lang" and i + 1 < len(argv):
            return Lang.EN if argv[i + 1] == Lang.EN else Lang.ZH
        if a.startswith("--lang="):
            return Lang.EN if a.split("=", 1)[1] == Lang.EN else Lang.ZH
    return Lang.ZH
