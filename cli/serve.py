"""``tallykit serve``: the election office's web app on this computer (tallykit.web).

The web framework is imported inside the command, so other commands start as fast as before.
"""

from __future__ import annotations

import sys

import click

from tallykit.cli.common import LANG, finish
from tallykit.exits import UNUSABLE
from tallykit.vocabulary import Lang
from tallykit.text.texts import text, wording


_w = wording("serve")  # the serve command's words, ``serve.<key>``


@click.command("serve")
@click.option(
    "--data",
    "data",
    default="tallykit-data",
    show_default=True,
    type=click.Path(file_okay=False),
    help="数据文件夹（SQLite 数据库所在）/ data folder (holds the SQLite database)",
)
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="监听地址 / address to listen on"
)
@click.option(
    "--port",
    default=8018,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="端口 / port (0: any free one)",
)
@click.option("--no-browser", is_flag=True, help="不自动打开浏览器 / do not open the browser")
@click.option(
    "--max-upload-mb",
    default=20,
    show_default=True,
    type=click.IntRange(1, 1024),
    help="上传与请求大小上限（MB）/ request and upload size limit (MB)",
)
@click.option(
    "--backup",
    "backup",
    default=None,
    metavar="FILE",
    type=click.Path(dir_okay=False),
    help="在线备份数据库到 FILE 后退出（服务运行时也可执行）/ write an online backup of the database to FILE and exit (safe while the server runs)",
)
@click.option(
    "--add-user",
    "add_user",
    default=None,
    metavar="NAME",
    help="添加用户后退出（密码在终端输入）/ add a user and exit (password prompted)",
)
@click.option(
    "--add-token",
    "add_token",
    default=None,
    metavar="SYSTEM",
    help="为外部系统生成接口令牌后退出 / create an API token for a system and exit",
)
@click.option(
    "--role",
    type=click.Choice(["clerk", "reviewer", "admin"]),
    default=None,
    help="--add-user / --add-token 的角色：clerk 录入员, reviewer 审核员, admin 管理员",
)
@click.option(
    "--lang", type=LANG, default="zh", show_default=True, help="提示语言 / message language"
)
def serve_cmd(
    data: str,
    host: str,
    port: int,
    no_browser: bool,
    max_upload_mb: int,
    backup: str | None,
    add_user: str | None,
    add_token: str | None,
    role: str | None,
    lang: Lang,
) -> None:
    """启动选举办公室的网页（本机离线使用）：录入计票单（两人各录一次并核对）、核查、打印。

    Starts the election office's web app: sheets entered twice and compared, verified and
    printed. Binds 127.0.0.1 unless --host says otherwise; any other address needs accounts
    first (--add-user NAME --role admin).
    """
    from tallykit.web.store import Store

    store = Store(data)
    if backup is not None:
        target = store.backup(backup)
        click.echo(_w("backed_up", lang, target=target))
        return
    if add_user is not None:
        _add_user(store, add_user, role or "clerk", lang)
        return
    if add_token is not None:
        _add_token(store, add_token, role or "reviewer", lang)
        return

    from tallykit.web.auth import is_loopback

    if not is_loopback(host) and store.user_count() == 0:
        click.echo(_w("no_accounts", lang, host=host, data=data), err=True)
        finish(UNUSABLE)
    _run(store, data, host, port, not no_browser, max_upload_mb, lang)


def _add_user(store: object, name: str, role: str, lang: Lang) -> None:
    from tallykit.web.auth import MIN_PASSWORD, hash_password
    from tallykit.web.store import Store

    assert isinstance(store, Store)
    if (
        store.user_by_name(name) is not None
        or not name
        or any(c.isspace() for c in name)
        or len(name) > 40
    ):
        click.echo(
            _w("user_name", lang, name=name),
            err=True,
        )
        finish(UNUSABLE)
    password = click.prompt(text("web.password", lang), hide_input=True, confirmation_prompt=True)
    if len(password) < MIN_PASSWORD:
        click.echo(text("web.password_short", lang), err=True)
        finish(UNUSABLE)
    store.add_user(name, role, hash_password(password), None)
    click.echo(_w("user_added", lang, name=name))


def _add_token(store: object, system: str, role: str, lang: Lang) -> None:
    from tallykit.web.auth import digest, new_token
    from tallykit.web.store import Store

    assert isinstance(store, Store)
    if (
        not system
        or any(c.isspace() for c in system)
        or any(t["system"] == system for t in store.tokens())
    ):
        click.echo(
            _w("system_name", lang, system=system),
            err=True,
        )
        finish(UNUSABLE)
    token = new_token()
    store.add_token(system, digest(token), role, None)
    click.echo(token)


def _run(
    store: object, data: str, host: str, port: int, browser: bool, max_upload_mb: int, lang: Lang
) -> None:
    import threading
    import webbrowser

    import uvicorn

    from tallykit.web.app import Settings, create_app
    from tallykit.web.core import shutdown

    app = create_app(Settings(data, host, max_upload_mb))
    server = uvicorn.Server(
        uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False)
    )

    def announce() -> None:
        while not server.started and not server.should_exit:
            threading.Event().wait(0.05)
        if not server.started:
            return
        sock = server.servers[0].sockets[0].getsockname()
        shown = f"[{sock[0]}]" if ":" in sock[0] else sock[0]
        url = f"http://{shown}:{sock[1]}/"
        click.echo(
            _w("running", lang, url=url, data=data)
        )
        sys.stdout.flush()
        if browser:
            webbrowser.open(url)

    threading.Thread(target=announce, daemon=True).start()
    try:
        server.run()
    finally:
        shutdown()
