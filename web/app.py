"""The office's pages: log in, the township's list, a new election, the 计票单 (entered twice),
the comparison, verify, the printable report, history, summary, users.

Page handlers that change data are ``async`` only to read the form and check its CSRF token;
the work itself (SQLite, the core) runs in the thread pool. No path from a request reaches the
filesystem: the database lives in the data folder given at start, files are read from the
request body and sent back from memory, templates and assets are package data.
"""

from __future__ import annotations

import json
from functools import partial
from importlib.resources import files as package_files
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData, UploadFile

from tallykit.errors import InputError
from tallykit.serial import to_json
from tallykit.text.labels import place_words
from tallykit.web import auth, core, sheet
from tallykit.web.auth import SESSION_COOKIE
from tallykit.web.i18n import LANGS, audit_detail, word
from tallykit.web.store import SESSION_HOURS, Conflict, Store
from tallykit.vocabulary import Lang

LANG_COOKIE = "tk_lang"


class Settings:
    """How the server was started."""

    def __init__(self, data: str, host: str = "127.0.0.1", max_upload_mb: int = 20) -> None:
        self.data = data
        self.host = host
        self.max_upload = max_upload_mb * 1024 * 1024
        self.loopback = auth.is_loopback(host)


class PageError(Exception):
    """A refusal shown as a page (or JSON for the API): status, UI word key and its values."""

    def __init__(self, status: int, key: str, **values: object) -> None:
        super().__init__(key)
        self.status, self.key, self.values = status, key, values


class NeedLogin(Exception):
    pass


class BodyLimit:
    """Refuse request bodies over the limit (413) before any handler reads them."""

    def __init__(self, app: Any, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await _too_large(send, self.limit)
            return
        seen = 0

        async def limited() -> Any:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise _TooLarge()
            return message

        try:
            await self.app(scope, limited, send)
        except _TooLarge:
            await _too_large(send, self.limit)


class _TooLarge(Exception):
    pass


async def _too_large(send: Any, limit: int) -> None:
    mb = limit // (1024 * 1024)
    body = json.dumps(
        {
            "error": {
                "code": "too_large",
                "message": word("upload_too_large", Lang.ZH, n=mb),
                "message_en": word("upload_too_large", Lang.EN, n=mb),
            }
        },
        ensure_ascii=False,
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"application/json; charset=utf-8"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def create_app(settings: Settings) -> Any:
    """The ASGI application for the data folder in ``settings``."""
    from tallykit.web.api import ApiError, router

    store = Store(settings.data)
    app = FastAPI(
        title="tallykit",
        version=core.VERSION,
        description=(
            "JSON API of tallykit serve: verify, count, certify and report a results document "
            "(FORMAT.md, tallykit.results/1) with the same core as `tallykit verify`. "
            "Authenticate with `Authorization: Bearer <token>` (one token per system, created by "
            "an administrator)."
        ),
        docs_url=None,
        redoc_url=None,  # the interactive pages load scripts from a CDN; offline, only /openapi.json
    )
    app.state.store = store
    app.state.settings = settings
    templates = Jinja2Templates(directory=str(package_files("tallykit.web").joinpath("templates")))
    app.state.templates = templates
    app.mount(
        "/static",
        StaticFiles(directory=str(package_files("tallykit.web").joinpath("static"))),
        name="static",
    )
    app.include_router(router)

    @app.exception_handler(NeedLogin)
    async def need_login(request: Request, exc: NeedLogin) -> Response:
        target = "/setup" if _setup_open(request) else "/login"
        return RedirectResponse(f"{target}?next={quote(request.url.path)}", status_code=303)

    @app.exception_handler(PageError)
    async def page_error(request: Request, exc: PageError) -> Response:
        lang = _lang(request)
        values = {k: word(str(v), lang) if k == "role" else v for k, v in exc.values.items()}
        msg = word(exc.key, lang, **values)
        if request.url.path.startswith("/api/") or request.headers.get("accept", "").startswith(
            "application/json"
        ):
            return JSONResponse(
                {"error": {"code": exc.key, "message": msg}}, status_code=exc.status
            )
        return render(request, "message.html", {"message": msg}, status=exc.status)

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> Response:
        msg = exc.zh if _lang(request) == Lang.ZH else exc.en
        return JSONResponse({"error": {"code": exc.code, "message": msg}}, status_code=exc.status)

    _pages(app)
    return BodyLimit(app, settings.max_upload) if settings.max_upload else app


# ------------------------------------------------------------------ request helpers


def _store(request: Request) -> Store:
    return request.app.state.store  # type: ignore[no-any-return]


def _lang(request: Request) -> Lang:
    q = request.query_params.get("lang")
    if q in LANGS:
        return Lang(q)
    c = request.cookies.get(LANG_COOKIE)
    return Lang(c) if c in LANGS else Lang.ZH


def _session(request: Request) -> tuple[Any, str] | None:
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        return None
    return _store(request).session(auth.digest(token))


def user_of(request: Request) -> Any:
    s = _session(request)
    if s is None:
        raise NeedLogin()
    return s[0]


def need(request: Request, role: str) -> Any:
    user = user_of(request)
    if not auth.allows(user, role):
        raise PageError(403, "forbidden", role=f"role.{role}")
    return user


def _setup_open(request: Request) -> bool:
    """The first administrator may be created from this computer only, and only while there
    are no accounts and the server listens on loopback."""
    settings: Settings = request.app.state.settings
    client = request.client.host if request.client else ""
    return settings.loopback and auth.is_loopback(client) and _store(request).user_count() == 0


async def form_of(request: Request) -> tuple[Any, FormData]:
    """The logged-in user and the posted form, after its CSRF token is checked."""
    s = _session(request)
    if s is None:
        raise NeedLogin()
    form = await request.form(max_files=1, max_fields=20000)
    token = str(form.get("csrf") or request.headers.get("x-csrf-token") or "")
    if not auth.same(token, s[1]):
        raise PageError(403, "csrf")
    return s[0], form


def render(request: Request, name: str, context: dict[str, Any], status: int = 200) -> HTMLResponse:
    lang = _lang(request)
    s = _session(request)
    ctx = {
        "request": request,
        "lang": lang,
        "user": s[0] if s else None,
        "csrf": s[1] if s else "",
        "w": partial(word, lang=lang),
        "sheet": sheet,
        "audit_detail": audit_detail,
        "place": lambda ptr: place_words(ptr, lang),
        "path": request.url.path,
        **context,
    }
    resp: HTMLResponse = request.app.state.templates.TemplateResponse(
        request, name, ctx, status_code=status
    )
    if request.query_params.get("lang") in LANGS:
        resp.set_cookie(LANG_COOKIE, lang, samesite="strict", max_age=3600 * 24 * 365)
    return resp


def redirect(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def _election(request: Request, eid: int) -> Any:
    e = _store(request).election(eid)
    if e is None:
        raise PageError(404, "not_found")
    return e


def _doc(row: Any) -> dict[str, Any]:
    return json.loads(row["document"])  # type: ignore[no-any-return]


def entry_slot(store: Store, eid: int, user: Any) -> str | None:
    """The entry slot ``user`` works in: theirs if they began one, else the first free one
    (never the second if they made the first)."""
    owners = store.owners(eid)
    for slot in ("entry1", "entry2"):
        if owners.get(slot) == user["id"]:
            return slot
    for slot in ("entry1", "entry2"):
        if slot not in owners:
            return slot
    return None


def _safe_next(value: str | None) -> str:
    return value if value and value.startswith("/") and not value.startswith("//") else "/elections"


# ------------------------------------------------------------------ pages


def _pages(app: FastAPI) -> None:  # noqa: C901 — one place lists every page
    @app.get("/", include_in_schema=False)
    def home(request: Request) -> Response:
        if _setup_open(request):
            return redirect("/setup")
        return redirect("/elections" if _session(request) else "/login")

    @app.get("/setup", include_in_schema=False)
    def setup_page(request: Request) -> Response:
        if not _setup_open(request):
            return redirect("/login")
        return render(request, "setup.html", {"error": None})

    @app.post("/setup", include_in_schema=False)
    async def setup_post(request: Request) -> Response:
        form = await request.form()
        if not _setup_open(request):
            raise PageError(403, "forbidden", role="role.admin")
        name, password = str(form.get("name", "")).strip(), str(form.get("password", ""))
        error = _account_error(request, name, password)
        if error:
            return render(request, "setup.html", {"error": error}, status=400)
        store = _store(request)
        await run_in_threadpool(store.add_user, name, "admin", auth.hash_password(password), None)
        return await _login(request, name, password, "/admin/users")

    @app.get("/login", include_in_schema=False)
    def login_page(request: Request) -> Response:
        if _setup_open(request):
            return redirect("/setup")
        return render(
            request,
            "login.html",
            {"error": None, "next": _safe_next(request.query_params.get("next"))},
        )

    @app.post("/login", include_in_schema=False)
    async def login_post(request: Request) -> Response:
        form = await request.form()
        return await _login(
            request,
            str(form.get("name", "")),
            str(form.get("password", "")),
            _safe_next(str(form.get("next", ""))),
        )

    async def _login(request: Request, name: str, password: str, target: str) -> Response:
        store = _store(request)
        user = await run_in_threadpool(store.user_by_name, name.strip())
        ok = user is not None and await run_in_threadpool(
            auth.check_password, user["pw_hash"], password
        )
        if not ok:
            return render(
                request,
                "login.html",
                {"error": word("bad_login", _lang(request)), "next": target},
                status=401,
            )
        token, csrf = auth.new_token(), auth.new_token()
        await run_in_threadpool(store.add_session, auth.digest(token), user, csrf)
        resp = redirect(target)
        settings: Settings = request.app.state.settings
        resp.set_cookie(
            SESSION_COOKIE,
            token,
            max_age=SESSION_HOURS * 3600,
            httponly=True,
            samesite="strict",
            secure=request.url.scheme == "https" and not settings.loopback,
        )
        return resp

    @app.post("/logout", include_in_schema=False)
    async def logout(request: Request) -> Response:
        user, _ = await form_of(request)
        token = request.cookies.get(SESSION_COOKIE, "")
        await run_in_threadpool(_store(request).end_session, auth.digest(token), user)
        resp = redirect("/login")
        resp.delete_cookie(SESSION_COOKIE)
        return resp

    # -------------------------------------------------------------- the township's list

    @app.get("/elections", include_in_schema=False)
    def elections(request: Request) -> Response:
        user_of(request)
        rows = sheet.listing(_store(request))
        township = request.query_params.get("township") or ""
        townships = sorted({r["township"] for r in rows})
        if township:
            rows = [r for r in rows if r["township"] == township]
        counts = {s: sum(1 for r in rows if r["status"] == s) for s in sheet.STATUSES}
        return render(
            request,
            "elections.html",
            {"rows": rows, "townships": townships, "township": township, "counts": counts},
        )

    @app.get("/elections/new", include_in_schema=False)
    def new_page(request: Request) -> Response:
        user_of(request)
        return render(request, "new.html", _new_context({}, []))

    @app.post("/elections/new", include_in_schema=False)
    async def new_post(request: Request) -> Response:
        user, form = await form_of(request)
        values = {
            k: str(form.get(k, ""))
            for k in (
                "township",
                "organization",
                "kind",
                "profile",
                "date",
                "positions",
                "candidates",
            )
        }
        doc, errors = _new_document(values, _lang(request))
        if errors:
            return render(request, "new.html", _new_context(values, errors), status=400)
        store = _store(request)
        eid = await run_in_threadpool(
            store.add_election,
            values["township"].strip(),
            values["organization"].strip(),
            values["kind"],
            values["profile"],
            user,
            doc,
        )
        return redirect(f"/elections/{eid}")

    # -------------------------------------------------------------- one election

    @app.get("/elections/{eid}", include_in_schema=False)
    def election_page(request: Request, eid: int) -> Response:
        user = user_of(request)
        store = _store(request)
        e = _election(request, eid)
        latest = store.latest(eid)
        report = store.latest_report(eid)
        diffs = None
        if "entry1" in latest and "entry2" in latest:
            diffs = sheet.differences(_doc(latest["entry1"]), _doc(latest["entry2"]))
        return render(
            request,
            "election.html",
            {
                "e": e,
                "latest": latest,
                "report": report,
                "status": sheet.status(latest, report),
                "diffs": diffs,
                "my_slot": entry_slot(store, eid, user),
                "can_review": auth.allows(user, "reviewer"),
            },
        )

    @app.get("/elections/{eid}/entry", include_in_schema=False)
    def entry_page(request: Request, eid: int) -> Response:
        user = need(request, "clerk")
        store = _store(request)
        e = _election(request, eid)
        slot = entry_slot(store, eid, user)
        if slot is None:
            raise PageError(409, "slot_taken")
        latest = store.latest(eid)
        row = latest.get(slot) or latest["setup"]
        base = latest[slot]["id"] if slot in latest else None
        return render(
            request, "entry.html", _entry_context(e, slot, _doc(row), base, latest, [], None)
        )

    @app.post("/elections/{eid}/entry", include_in_schema=False)
    async def entry_post(request: Request, eid: int) -> Response:
        user, form = await form_of(request)
        if not auth.allows(user, "clerk"):
            raise PageError(403, "forbidden", role="role.clerk")
        store = _store(request)
        e = _election(request, eid)
        outcome = await run_in_threadpool(save_entry, store, eid, user, list(form.multi_items()))
        if outcome["redirect"]:
            return redirect(outcome["redirect"])
        latest = store.latest(eid)
        return render(
            request,
            "entry.html",
            _entry_context(
                e,
                outcome["slot"],
                outcome["document"],
                outcome["base"],
                latest,
                outcome["errors"],
                outcome["message"],
            ),
            status=outcome["status"],
        )

    @app.post("/elections/{eid}/check", include_in_schema=False)
    async def check_post(request: Request, eid: int) -> Response:
        """The core's findings on the draft in the form (called by the page as the clerk types)."""
        user, form = await form_of(request)
        store = _store(request)
        _election(request, eid)
        lang = _lang(request)

        def work() -> dict[str, Any]:
            latest = store.latest(eid)
            base_id = form.get("base")
            row = store.revision(int(str(base_id))) if base_id and str(base_id).isdigit() else None
            if row is None or row["election_id"] != eid:
                row = latest["setup"]
            doc, errors = sheet.apply_form(_doc(row), [(k, str(v)) for k, v in form.multi_items()])
            out = core.checks(doc, lang)
            out["form_errors"] = to_json(errors, lang)
            return out

        return JSONResponse(await run_in_threadpool(work))

    @app.post("/elections/{eid}/upload", include_in_schema=False)
    async def upload_post(request: Request, eid: int) -> Response:
        user, form = await form_of(request)
        if not auth.allows(user, "clerk"):
            raise PageError(403, "forbidden", role="role.clerk")
        store = _store(request)
        e = _election(request, eid)
        lang = _lang(request)
        file = form.get("file")
        if not isinstance(file, UploadFile) or not file.filename:
            raise PageError(400, "upload_kind")
        raw = await file.read()
        name = file.filename
        outcome = await run_in_threadpool(save_upload, store, eid, user, name, raw, lang)
        if outcome["redirect"]:
            return redirect(outcome["redirect"])
        latest = store.latest(eid)
        slot = outcome["slot"] or "entry1"
        row = latest.get(slot) or latest["setup"]
        return render(
            request,
            "entry.html",
            _entry_context(
                e,
                slot,
                _doc(row),
                latest[slot]["id"] if slot in latest else None,
                latest,
                outcome["errors"],
                outcome["message"],
            ),
            status=outcome["status"],
        )

    @app.get("/elections/{eid}/compare", include_in_schema=False)
    def compare_page(request: Request, eid: int) -> Response:
        user = user_of(request)
        store = _store(request)
        e = _election(request, eid)
        latest = store.latest(eid)
        if "entry1" not in latest or "entry2" not in latest:
            raise PageError(409, "needs_agreed")
        diffs = sheet.differences(_doc(latest["entry1"]), _doc(latest["entry2"]))
        return render(
            request,
            "compare.html",
            {
                "e": e,
                "latest": latest,
                "diffs": diffs,
                "can_review": auth.allows(user, "reviewer"),
                "both_submitted": bool(
                    latest["entry1"]["submitted"] and latest["entry2"]["submitted"]
                ),
            },
        )

    @app.post("/elections/{eid}/resolve", include_in_schema=False)
    async def resolve_post(request: Request, eid: int) -> Response:
        user, form = await form_of(request)
        if not auth.allows(user, "reviewer"):
            raise PageError(403, "forbidden", role="role.reviewer")
        store = _store(request)
        _election(request, eid)
        fields = [(k, str(v)) for k, v in form.multi_items()]
        await run_in_threadpool(resolve_entries, store, eid, user, fields)
        return redirect(f"/elections/{eid}")

    @app.post("/elections/{eid}/verify", include_in_schema=False)
    async def verify_post(request: Request, eid: int) -> Response:
        user, _ = await form_of(request)
        if not auth.allows(user, "reviewer"):
            raise PageError(403, "forbidden", role="role.reviewer")
        store = _store(request)
        _election(request, eid)
        await run_in_threadpool(verify_election, store, eid, user, _lang(request))
        return redirect(f"/elections/{eid}/report")

    @app.get("/elections/{eid}/report", include_in_schema=False)
    def report_page(request: Request, eid: int) -> Response:
        user_of(request)
        store = _store(request)
        e = _election(request, eid)
        rep = store.latest_report(eid)
        if rep is None:
            raise PageError(404, "not_verified")
        lang = _lang(request)
        rev = store.revision(rep["revision_id"])
        name = f"{e['organization']}-{rev['id']}.json"
        page = core.judge(core.report_page, rev["document"].encode(), lang, name)
        bar = request.app.state.templates.get_template("report_bar.html").render(
            e=e, rep=rep, rev=rev, w=partial(word, lang=lang)
        )
        return HTMLResponse(page.replace("<body>", "<body>\n" + bar, 1))

    @app.get("/elections/{eid}/history", include_in_schema=False)
    def history_page(request: Request, eid: int) -> Response:
        user_of(request)
        store = _store(request)
        e = _election(request, eid)
        return render(
            request,
            "history.html",
            {"e": e, "revisions": store.history(eid), "audit": store.audit_log(eid)},
        )

    @app.get("/elections/{eid}/revisions/{rid}", include_in_schema=False)
    def revision_download(request: Request, eid: int, rid: int) -> Response:
        user_of(request)
        row = _store(request).revision(rid)
        if row is None or row["election_id"] != eid:
            raise PageError(404, "not_found")
        return _download(_doc(row), f"election-{eid}-revision-{rid}.json")

    @app.get("/elections/{eid}/results.json", include_in_schema=False)
    def results_download(request: Request, eid: int) -> Response:
        user_of(request)
        latest = _store(request).latest(eid)
        if "agreed" not in latest:
            raise PageError(404, "needs_agreed")
        return _download(json_bytes(_doc(latest["agreed"])), f"election-{eid}-results.json")

    @app.get("/elections/{eid}/certificate.json", include_in_schema=False)
    def certificate_download(request: Request, eid: int) -> Response:
        user_of(request)
        latest = _store(request).latest(eid)
        if "agreed" not in latest:
            raise PageError(404, "needs_agreed")
        try:
            cert = core.certificate_json(json_bytes(_doc(latest["agreed"])))  # of results.json
        except InputError as err:
            return JSONResponse(
                {"error": {"code": "unreadable", "message": err.message(_lang(request))}},
                status_code=422,
            )
        return _download(cert, f"election-{eid}-certificate.json")

    # -------------------------------------------------------------- township summary

    @app.get("/summary", include_in_schema=False)
    def summary_page(request: Request) -> Response:
        user_of(request)
        rows = sheet.listing(_store(request))
        township = request.query_params.get("township") or ""
        if township:
            rows = [r for r in rows if r["township"] == township]
        return render(request, "summary.html", {"rows": rows, "township": township})

    @app.get("/summary.xlsx", include_in_schema=False)
    def summary_xlsx_download(request: Request) -> Response:
        """The township summary as a workbook (``tallykit.report.summary_xlsx``)."""
        from tallykit.report import Row, summary_xlsx

        user_of(request)
        lang = _lang(request)
        store = _store(request)
        township = request.query_params.get("township") or ""
        rows = []
        for r in sheet.listing(store):
            if township and r["township"] != township:
                continue
            rep = store.latest_report(r["id"]) if r["status"] in sheet.REPORTED.values() else None
            severities = (
                [f["severity"] for f in json.loads(rep["report"])["findings"]] if rep else []
            )
            rows.append(
                Row(
                    file=f"{r['township']} {r['organization']}",
                    href=f"/elections/{r['id']}/report" if rep else None,
                    organization=r["organization"],
                    kind=r["kind"],
                    status=rep["status"] if rep else word(f"status.{r['status']}", lang),
                    errors=severities.count("error"),
                    warnings=severities.count("warning"),
                )
            )
        body = summary_xlsx(rows, lang=lang)
        return Response(
            body,
            media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            headers={"Content-Disposition": 'attachment; filename="summary.xlsx"'},
        )

    # -------------------------------------------------------------- users and tokens

    @app.get("/admin/users", include_in_schema=False)
    def users_page(request: Request) -> Response:
        need(request, "admin")
        store = _store(request)
        return render(
            request,
            "users.html",
            {"users": store.users(), "tokens": store.tokens(), "error": None, "new_token": None},
        )

    @app.post("/admin/users", include_in_schema=False)
    async def users_post(request: Request) -> Response:
        user, form = await form_of(request)
        if not auth.allows(user, "admin"):
            raise PageError(403, "forbidden", role="role.admin")
        store = _store(request)
        name, password, role = (
            str(form.get("name", "")).strip(),
            str(form.get("password", "")),
            str(form.get("role", "")),
        )
        error = _account_error(request, name, password)
        if role not in auth.RANK:
            error = word("role", _lang(request))
        if error is None:
            await run_in_threadpool(store.add_user, name, role, auth.hash_password(password), user)
            return redirect("/admin/users")
        return render(
            request,
            "users.html",
            {"users": store.users(), "tokens": store.tokens(), "error": error, "new_token": None},
            status=400,
        )

    @app.post("/admin/tokens", include_in_schema=False)
    async def tokens_post(request: Request) -> Response:
        user, form = await form_of(request)
        if not auth.allows(user, "admin"):
            raise PageError(403, "forbidden", role="role.admin")
        store = _store(request)
        system, role = str(form.get("system", "")).strip(), str(form.get("role", "reviewer"))
        lang = _lang(request)
        error = None
        if not _good_name(system):
            error = word("name_bad", lang)
        elif role not in auth.RANK:
            error = word("role", lang)
        elif any(t["system"] == system for t in store.tokens()):
            error = word("name_taken", lang)
        token = None
        if error is None:
            token = auth.new_token()
            await run_in_threadpool(store.add_token, system, auth.digest(token), role, user)
        return render(
            request,
            "users.html",
            {"users": store.users(), "tokens": store.tokens(), "error": error, "new_token": token},
            status=400 if error else 200,
        )

    @app.get("/audit", include_in_schema=False)
    def audit_page(request: Request) -> Response:
        need(request, "admin")
        return render(
            request,
            "history.html",
            {"e": None, "revisions": [], "audit": _store(request).audit_log()},
        )


# ------------------------------------------------------------------ the work behind the pages


def save_entry(store: Store, eid: int, user: Any, fields: list[tuple[str, str]]) -> dict[str, Any]:
    """Save the posted sheet as a new revision of the user's entry (``action``: save, submit or
    add_round). Returns what the page shows next. A first save that loses the race for the
    first entry to another clerk's first save goes to the second entry instead."""
    form = dict(fields)
    for attempt in range(2):
        slot = entry_slot(store, eid, user)
        if slot is None:
            raise PageError(409, "slot_taken")
        latest = store.latest(eid)
        posted_base = form.get("base") or None
        base = int(posted_base) if posted_base and posted_base.isdigit() else None
        if form.get("slot") != slot and base is None:
            base = (
                latest[slot]["id"] if slot in latest else None
            )  # the slot it first showed was taken meanwhile
        try:
            return _save_entry(store, eid, user, fields, slot, base, latest)
        except Conflict:
            if attempt or posted_base:
                break
            form["slot"] = ""
    doc, errors = sheet.apply_form(_doc(latest["setup"]), fields)
    return {
        "slot": slot,
        "document": doc,
        "base": base,
        "errors": errors,
        "message": "conflict",
        "redirect": None,
        "status": 409,
    }


def _save_entry(
    store: Store,
    eid: int,
    user: Any,
    fields: list[tuple[str, str]],
    slot: str,
    base: int | None,
    latest: dict[str, Any],
) -> dict[str, Any]:
    form = dict(fields)
    action = form.get("action", "save")
    current = latest.get(slot)
    if current is not None and current["submitted"]:
        raise PageError(409, "submitted_locked")
    from_row = store.revision(base) if base is not None else latest["setup"]
    if from_row is None or from_row["election_id"] != eid:
        from_row = latest["setup"]
    doc, errors = sheet.apply_form(_doc(from_row), fields)
    if action == "add_round":
        kind = form.get("round_kind", "tie_revote")
        positions, perrs = sheet.parse_positions(form.get("round_positions", ""))
        printed, cerrs = sheet.parse_candidates(form.get("round_candidates", ""), positions)
        errors += perrs + cerrs
        if not perrs and not cerrs and kind in sheet.ROUND_KINDS:
            doc["rounds"].append(sheet.new_round(kind, positions, printed))
    submit = action == "submit" and not errors
    rid, _ = store.save(
        eid,
        slot,
        user,
        doc,
        base=base,
        submitted=submit,
        source="form",
        action="entry.submit" if submit else "entry.save",
    )
    result = {
        "slot": slot,
        "document": doc,
        "base": rid,
        "errors": errors,
        "message": "saved",
        "redirect": None,
        "status": 400 if errors else 200,
    }
    if submit:
        agree_if_same(store, eid, user)
        result["redirect"] = f"/elections/{eid}"
    return result


def agree_if_same(store: Store, eid: int, user: Any) -> None:
    """When both entries are submitted and agree in every field, that sheet is the agreed
    sheet; otherwise the reviewer resolves the differences."""
    latest = store.latest(eid)
    e1, e2 = latest.get("entry1"), latest.get("entry2")
    if not (e1 and e2 and e1["submitted"] and e2["submitted"]) or "agreed" in latest:
        return
    if sheet.differences(_doc(e1), _doc(e2)):
        return
    try:
        store.save(
            eid,
            "agreed",
            user,
            _doc(e2),
            base=None,
            submitted=True,
            source="match",
            action="entries.match",
        )
    except Conflict:
        pass  # the other clerk's submission made it at the same moment


def resolve_entries(store: Store, eid: int, user: Any, fields: list[tuple[str, str]]) -> None:
    latest = store.latest(eid)
    e1, e2 = latest.get("entry1"), latest.get("entry2")
    if not (e1 and e2 and e1["submitted"] and e2["submitted"]):
        raise PageError(409, "needs_agreed")
    first, second = _doc(e1), _doc(e2)
    choices: dict[str, str] = {}
    typed: dict[str, Any] = {}
    for key, value in fields:
        if key.startswith("choice:"):
            choices[key[len("choice:") :]] = value
        elif key.startswith("typed:") and value.strip():
            ptr = key[len("typed:") :]
            sample = sheet.get(first, ptr, sheet.get(second, ptr))
            typed[ptr] = (
                int(value) if isinstance(sample, int) and value.strip().isdigit() else value.strip()
            )
    agreed = sheet.resolve(first, second, choices, typed)
    base = latest["agreed"]["id"] if "agreed" in latest else None
    store.save(
        eid,
        "agreed",
        user,
        agreed,
        base=base,
        submitted=True,
        source="resolved",
        action="entries.resolve",
    )


def verify_election(store: Store, eid: int, user: Any, lang: Lang) -> int:
    latest = store.latest(eid)
    agreed = latest.get("agreed")
    if agreed is None:
        raise PageError(409, "needs_agreed")
    entry = core.judge(core.verify_bytes, agreed["document"].encode(), lang)
    return store.add_report(eid, agreed["id"], user, core.report_status(entry), entry)


def save_upload(
    store: Store, eid: int, user: Any, filename: str, raw: bytes, lang: Lang
) -> dict[str, Any]:
    """An uploaded results file as a new revision of the user's entry (not submitted: the clerk
    looks at it in the sheet and submits)."""
    from tallykit.io import SUFFIXES

    slot = entry_slot(store, eid, user)
    result: dict[str, Any] = {
        "slot": slot,
        "errors": [],
        "message": None,
        "redirect": None,
        "status": 400,
    }
    if slot is None:
        raise PageError(409, "slot_taken")
    ext = "." + filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if ext not in SUFFIXES:
        result["errors"] = [
            sheet.FieldError("", word("upload_kind", Lang.ZH), word("upload_kind", Lang.EN))
        ]
        return result
    try:
        doc = core.read(raw, filename)
    except InputError as err:
        result["errors"] = [
            sheet.FieldError(
                e.path, f"{filename}：{e.message(Lang.ZH)}", f"{filename}: {e.message(Lang.EN)}"
            )
            for e in err.errors
        ]
        return result
    if not isinstance(doc, dict):
        result["errors"] = [sheet.FieldError.worded("", "not_a_document")]
        return result
    latest = store.latest(eid)
    current = latest.get(slot)
    if current is not None and current["submitted"]:
        raise PageError(409, "submitted_locked")
    try:
        store.save(
            eid,
            slot,
            user,
            doc,
            base=current["id"] if current else None,
            submitted=False,
            source="upload",
            action="entry.upload",
        )
    except Conflict:
        result.update(message="conflict", status=409)
        return result
    result["redirect"] = f"/elections/{eid}/entry"
    return result


def json_bytes(data: Any) -> bytes:
    """A document or report as the file a download gives (and a certificate names by sha256)."""
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode()


def _download(data: Any, filename: str) -> Response:
    body = data if isinstance(data, bytes) else json_bytes(data)
    return Response(
        body,
        media_type="application/json; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


def _good_name(name: str) -> bool:
    return 0 < len(name) <= 40 and not any(c.isspace() for c in name)


def _account_error(request: Request, name: str, password: str) -> str | None:
    lang = _lang(request)
    if not _good_name(name):
        return word("name_bad", lang)
    if len(password) < auth.MIN_PASSWORD:
        return word("password_short", lang)
    if _store(request).user_by_name(name) is not None:
        return word("name_taken", lang)
    return None


def _new_context(values: dict[str, str], errors: list[Any]) -> dict[str, Any]:
    kinds = list(sheet.KINDS)
    profiles = {k: core.profiles_for(k) for k in kinds}
    return {"values": values, "errors": errors, "kinds": kinds, "profiles": profiles}


def _new_document(values: dict[str, str], lang: Lang) -> tuple[dict[str, Any], list[str]]:
    errors: list[str] = []
    for key in ("township", "organization"):
        if not values[key].strip():
            errors.append(word("field_missing", lang, what=word(key, lang)))
    if values["kind"] not in sheet.KINDS:
        errors.append(word("field_missing", lang, what=word("kind", lang)))
    elif values["profile"] not in core.profiles_for(values["kind"]):
        errors.append(word("field_missing", lang, what=word("profile", lang)))
    positions, perrs = sheet.parse_positions(values["positions"])
    printed, cerrs = sheet.parse_candidates(values["candidates"], positions)
    errors += [e.zh if lang == Lang.ZH else e.en for e in perrs + cerrs]
    doc = sheet.skeleton(
        values["kind"],
        values["profile"],
        values["organization"].strip(),
        values["date"].strip(),
        positions,
        printed,
    )
    return doc, errors


def _entry_context(
    e: Any,
    slot: str,
    doc: dict[str, Any],
    base: int | None,
    latest: dict[str, Any],
    errors: list[Any],
    message: str | None,
) -> dict[str, Any]:
    current = latest.get(slot)
    return {
        "e": e,
        "slot": slot,
        "doc": doc,
        "base": base,
        "errors": errors,
        "message": message,
        "family": core.family(e["profile"]),
        "locked": bool(current and current["submitted"]),
        "round_kinds": sheet.ROUND_KINDS,
        "next_steps": sheet.NEXT_STEPS,
    }
