"""The JSON API for other systems on the same server: verify, count, certify and report a
results document, and read the office's elections. Each system has its own token
(``Authorization: Bearer …``, created by an administrator) with a role, under the same access
rules as people: reading and checking needs 录入员 (clerk), the office's verified results
审核员 (reviewer). A logged-in browser session may call it too, with its CSRF token in
``X-CSRF-Token`` for POST.

Large documents are judged in a separate process, so the server keeps answering other
requests while a county-size file is verified.
"""

from __future__ import annotations

import json
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Literal

from fastapi import APIRouter, Body, Query, Request
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from tallykit.errors import InputError
from tallykit.web import auth, core
from tallykit.web.i18n import word

router = APIRouter(prefix="/api/v1", tags=["api"])

LARGE = 256 * 1024  # documents above this many bytes are judged in the worker process
_pool: ProcessPoolExecutor | None = None

Lang = Literal["zh", "en"]
DOCUMENT = Body(..., description="A results document (FORMAT.md, `tallykit.results/1`).")
LANG = Query("zh", description="Language of messages / 消息语言")
PROFILE = Query(None, description="A built-in profile id overriding the document's own")


class Finding(BaseModel):
    code: str
    rules: list[str]
    severity: Literal["error", "warning", "info"]
    path: str
    message: str
    expected: Any = None
    recorded: Any = None


class VerifyEntry(BaseModel):
    """One verify-report entry, as `tallykit verify --format json` writes it (FORMAT.md)."""

    sha256: str
    status: Literal["ok", "findings", "unreadable"]
    profile: dict[str, Any] | None
    findings: list[Finding]
    outcome: list[dict[str, Any]]


class ReportOut(BaseModel):
    """The verify-report entry, the step-by-step explanation and the certificate."""

    report: VerifyEntry
    explanation: list[dict[str, Any]] = Field(description="each step: text and rule ids")
    certificate: dict[str, Any] | None


class ElectionRow(BaseModel):
    id: int
    township: str
    organization: str
    kind: str
    profile: str
    status: Literal["not_entered", "entering", "to_check", "passed", "warnings", "errors"]


class ApiError(Exception):
    def __init__(self, status: int, code: str, zh: str, en: str) -> None:
        super().__init__(code)
        self.status, self.code, self.zh, self.en = status, code, zh, en


def caller(request: Request, role: str) -> Any:
    """The system (by token) or person (by session, with CSRF for POST) making the call."""
    store = request.app.state.store
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        user = store.token_user(auth.digest(header[7:].strip()))
        if user is None:
            raise ApiError(401, "bad_token", "接口令牌无效", "invalid API token")
    else:
        from tallykit.web.app import SESSION_COOKIE

        token = request.cookies.get(SESSION_COOKIE)
        found = store.session(auth.digest(token)) if token else None
        if found is None:
            raise ApiError(401, "login", "须提供接口令牌（Authorization: Bearer）或登录", "an API token (Authorization: Bearer) or a login is needed")
        user, csrf = found
        if request.method == "POST" and not auth.same(request.headers.get("x-csrf-token", ""), csrf):
            raise ApiError(403, "csrf", "缺少或错误的 CSRF 令牌（X-CSRF-Token）", "missing or wrong CSRF token (X-CSRF-Token)")
    if not auth.allows(user, role):
        raise ApiError(403, "forbidden", word("forbidden", "zh", role=word(f"role.{role}", "zh")),
                       word("forbidden", "en", role=word(f"role.{role}", "en")))
    return user


async def _judge(fn: Any, document: Any, *args: Any) -> Any:
    """Run ``fn(document, *args)`` in the worker process for a large document, else in the
    thread pool."""
    global _pool
    size = len(json.dumps(document, ensure_ascii=False))
    if size <= LARGE:
        return await run_in_threadpool(fn, document, *args)
    import asyncio
    import multiprocessing

    if _pool is None:
        _pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
    return await asyncio.get_running_loop().run_in_executor(_pool, fn, document, *args)


def shutdown() -> None:
    global _pool
    if _pool is not None:
        _pool.shutdown(cancel_futures=True)
        _pool = None


def _audit(request: Request, user: Any, action: str, document: Any) -> None:
    from tallykit.web.store import canonical, sha256

    store = request.app.state.store
    with store.write() as db:
        store.audit(db, user, action, None, sha256(canonical(document)))


def _verify_entry(document: Any, lang: str, profile: str | None) -> dict[str, Any]:
    entry, _, _ = core.run(document, lang, profile)
    return entry


def _count(document: Any, profile: str | None) -> dict[str, Any]:
    try:
        return {"count": core.count_json(document, profile)}
    except InputError as err:
        return {"error": {"code": "unreadable", "path": err.path, "rule": err.rule, "zh": err.message("zh"), "en": err.message("en")}}


def _certificate(document: Any, profile: str | None) -> dict[str, Any]:
    try:
        return {"certificate": core.certificate_json(document, profile)}
    except InputError as err:
        return {"error": {"code": "unreadable", "path": err.path, "rule": err.rule, "zh": err.message("zh"), "en": err.message("en")}}


def _report(document: Any, lang: str, profile: str | None) -> dict[str, Any]:
    entry, report, _ = core.run(document, lang, profile)
    if report is None:
        return {"report": entry, "explanation": [], "certificate": None}
    return {
        "report": entry,
        "explanation": core.explanation(document, lang),
        "certificate": core.certificate_json(document, profile),
    }


def _unreadable_or(out: dict[str, Any], key: str, lang: str) -> Any:
    if "error" in out:
        err = out["error"]
        raise ApiError(422, "unreadable", err["zh"] + f"（{err['path']}，{err['rule']}）", err["en"] + f" ({err['path']}, {err['rule']})")
    return out[key]


@router.post("/verify", response_model=VerifyEntry, summary="Verify a results document / 核查结果文件")
async def verify(request: Request, document: Any = DOCUMENT, lang: Lang = LANG, profile: str | None = PROFILE) -> Any:
    """Every finding and the recomputed outcome, as one entry of `tallykit verify --format json`.
    An unreadable document is a 200 with status `unreadable` and its TK-SCHEMA-1 finding."""
    user = caller(request, "clerk")
    await run_in_threadpool(_audit, request, user, "api.verify", document)
    return await _judge(_verify_entry, document, lang, profile)


@router.post("/count", summary="Count a results document / 计票")
async def count(request: Request, document: Any = DOCUMENT, lang: Lang = LANG, profile: str | None = PROFILE) -> dict[str, Any]:
    """The count round by round (`tallykit count --format json`); 422 when unreadable."""
    user = caller(request, "clerk")
    await run_in_threadpool(_audit, request, user, "api.count", document)
    return _unreadable_or(await _judge(_count, document, profile), "count", lang)  # type: ignore[no-any-return]


@router.post("/certificate", summary="Certificate of the count / 计票证书")
async def certificate(request: Request, document: Any = DOCUMENT, lang: Lang = LANG, profile: str | None = PROFILE) -> dict[str, Any]:
    """The certificate `tallykit count --certificate` writes (`tallykit check-certificate`
    re-derives it); 422 when unreadable."""
    user = caller(request, "clerk")
    await run_in_threadpool(_audit, request, user, "api.certificate", document)
    return _unreadable_or(await _judge(_certificate, document, profile), "certificate", lang)  # type: ignore[no-any-return]


@router.post("/report", response_model=ReportOut, summary="Verify report with explanation / 核查报告")
async def report(request: Request, document: Any = DOCUMENT, lang: Lang = LANG, profile: str | None = PROFILE) -> Any:
    """The verify-report entry, the step-by-step explanation of the count and its certificate."""
    user = caller(request, "clerk")
    await run_in_threadpool(_audit, request, user, "api.report", document)
    return await _judge(_report, document, lang, profile)


@router.get("/elections", response_model=list[ElectionRow], summary="The office's elections / 选举列表")
def elections(request: Request) -> Any:
    """Every election of the office with its status."""
    from tallykit.web.app import listing

    caller(request, "clerk")
    return listing(request.app.state.store)


@router.get("/elections/{eid}/results", summary="An election's agreed results document / 核对后的结果文件")
def election_results(request: Request, eid: int) -> dict[str, Any]:
    """The agreed sheet (after double entry) as a results document; 404 before it exists."""
    caller(request, "reviewer")
    latest = request.app.state.store.latest(eid)
    if "agreed" not in latest:
        raise ApiError(404, "not_agreed", "尚无核对后的计票单", "no agreed sheet yet")
    return json.loads(latest["agreed"]["document"])  # type: ignore[no-any-return]
