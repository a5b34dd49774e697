"""What every ``tallykit`` command shares: the exit (``finish``: the exit code of the command's
``tallykit.exits.RunReport``), the language and format options, the JSON writer, and the guard
that turns every failure into a message and an exit code."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from typing import Any, NoReturn

import click

from tallykit.errors import InputError
from tallykit.exits import UNUSABLE, RunReport
from tallykit.vocabulary import Lang


class _LangChoice(click.Choice):
    """``--lang zh|en``, given to the command as a ``Lang``."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Lang:
        return Lang(super().convert(value, param, ctx))


LANG = _LangChoice([lang.value for lang in Lang])
FORMAT = click.Choice(["text", "json"])


def finish(report: RunReport) -> NoReturn:
    """End the command with the exit code its report decides."""
    sys.exit(int(report.exit_code))


def dump(data: Any) -> str:
    """Deterministic JSON: same input, byte-identical output."""
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def fail_input(err: InputError, source: str, lang: Lang) -> None:
    where = f"{source}: " if source else ""
    click.echo(where + err.message(lang), err=True)
    finish(UNUSABLE)


def bug_message(exc: BaseException, lang: Lang) -> str:
    """What a bug in tallykit (not the user's input) says: the input is not judged, and the
    exception is named so it can be reported."""
    name = f"{type(exc).__name__}: {exc}".encode("utf-8", "backslashreplace").decode("utf-8")
    if lang == Lang.ZH:
        return f"tallykit 程序缺陷，未能处理，请把该文件和这段说明报告给维护者（「{name}」）"
    return f"a tallykit bug stopped the work; please report the file and this message ({name})"


def robust_output() -> None:
    """Text that the terminal's encoding cannot show (a file name of undecodable bytes, a GBK
    console) is written escaped, never a crash half-way through a report."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="backslashreplace")
            except (ValueError, OSError):
                pass


def _quiet_stdout() -> None:
    """Standard output pointed at the null device, so that nothing more is written to a pipe
    whose reader has gone (not even the interpreter's last flush)."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def guarded(func: Callable[..., Any]) -> Callable[..., Any]:
    """No traceback for anything: input errors exit 2 with their message (named after the file
    the command reads); a bug exits 2 and says so."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        robust_output()
        lang = kwargs.get("lang", Lang.ZH)
        try:
            return func(*args, **kwargs)
        except InputError as err:
            fail_input(err, kwargs.get("file") or "", lang)
        except RecursionError:
            fail_input(InputError.worded("json_too_deep", path="", rule="FMT-JSON"), "", lang)
        except (KeyboardInterrupt, SystemExit, click.exceptions.Exit, click.ClickException):
            raise
        except BrokenPipeError:  # the output's reader stopped early (``| head``): not a bug
            _quiet_stdout()
            finish(UNUSABLE)
        except Exception as exc:  # a bug in tallykit, not the user's fault
            if os.environ.get("TALLYKIT_DEBUG"):
                raise
            click.echo(bug_message(exc, lang), err=True)
            finish(UNUSABLE)

    wrapper.__name__ = func.__name__
    wrapper.__doc__ = func.__doc__
    return wrapper
