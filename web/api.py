"""The JSON API for other systems on the same server: verify, count, certify and report a
results document, and read the office's elections. Each system has its own token
(``Authorization: Bearer …``, created by an administrator) with a role, under the same access
rules as people: reading and checking needs 录入员 (clerk), the office's verified results
审核员 (reviewer). A logged-in browser session may call it too, with its CSRF token in
``X-CSRF-Token`` for POST.

Large documents are judged in a separate process (``core.judge``), so the server keeps
answering other requests while a county-size file is verified.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from tallykit.errors import InputError
from tallykit.text.words import worded
from tallykit.web import auth, core
from tallykit.web.i18n import word
from tallykit.vocabulary import Lang

router = APIRouter(prefix="/api/v1", tags=["api"])

DOCUMENT = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "description": "A results document (FORMAT.md, `tallykit.results/1`; `tallykit schema` prints its JSON Schema).",
                }
            }
        },
    }
}
LANG = Query(Lang.ZH, description="Language of messages / 消息语言")
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

    @classmethod
    def worded(cls, status: int, code: str, /, key: str | None = None, **fields: object) -> ApiError:
        """The refusal worded ``web.<key>`` (by default ``web.api.<code>``) in the text catalogue."""
        said = key or f"api.{code}"
        return cls(status, code, *(word(said, lang, **fields) for lang in (Lang.ZH, Lang.EN)))


def caller(request: Request, role: str) -> Any:
    """The system (by token) or person (by session, with CSRF for POST) making the call."""
    store = request.app.state.store
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        user = store.token_user(auth.digest(header[7:].strip()))
        if user is None:
            raise ApiError.worded(401, "bad_token")
    else:
        from tallykit.web.auth import SESSION_COOKIE

        token = request.cookies.get(SESSION_COOKIE)
        found = store.session(auth.digest(token)) if token else None
        if found is None:
            raise ApiError.worded(401, "login")
        user, csrf = found
        if request.method == "POST" and not auth.same(
            request.headers.get("x-csrf-token", ""), csrf
        ):
            raise ApiError.worded(403, "csrf")
    if not auth.allows(user, role):
        raise ApiError.worded(403, "forbidden", key="forbidden", role=worded(f"web.role.{role}"))
    return user


async def _judge(fn: Any, raw: bytes, *args: Any) -> Any:
    return await run_in_threadpool(core.judge, fn, raw, *args)


def _audit(request: Request, user: Any, action: str, raw: bytes) -> None:
    from tallykit.web.store import sha256

    store = request.app.state.store
    with store.write() as db:
        store.audit(db, user, action, None, sha256(raw))


def _unreadable(err: InputError) -> dict[str, Any]:
    return {
        "error": {
            "code": "unreadable",
            "path": err.path,
            "rule": err.rule,
            "zh": err.message(Lang.ZH),
            "en": err.message(Lang.EN),
        }
    }


def _output(raw: bytes, key: str, profile: str | None) -> dict[str, Any]:
    """``{key: the count or certificate}`` (the certificate of the posted bytes), or the first
    input error of an unreadable body."""
    try:
        if key == "certificate":
            return {key: core.certificate_json(raw, profile)}
        return {key: core.count_json(core.read(raw), profile)}
    except InputError as err:
        return _unreadable(err)


def _report(raw: bytes, lang: Lang, profile: str | None) -> dict[str, Any]:
    entry = core.verify_bytes(raw, lang, profile)
    if entry["status"] == "unreadable":
        return {"report": entry, "explanation": [], "certificate": None}
    document = core.read(raw)
    return {
        "report": entry,
        "explanation": core.explanation(document, lang),
        "certificate": core.certificate_json(raw, profile),
    }


def _unreadable_or(out: dict[str, Any], key: str) -> Any:
    if "error" in out:
        err = out["error"]
        raise ApiError(422, "unreadable", err["zh"], err["en"])
    return out[key]


async def _posted(request: Request, action: str) -> bytes:
    user = caller(request, "clerk")
    raw = await request.body()
    await run_in_threadpool(_audit, request, user, action, raw)
    return raw


@router.post(
    "/verify",
    response_model=VerifyEntry,
    summary="Verify a results document / 核查结果文件",
    openapi_extra=DOCUMENT,
)
async def verify(request: Request, lang: Lang = LANG, profile: str | None = PROFILE) -> Any:
    """Every finding and the recomputed outcome, as one entry of `tallykit verify --format json`
    (`sha256` of the bytes posted). An unreadable document is a 200 with status `unreadable`
    and a TK-SCHEMA-1 finding per input error."""
    return await _judge(core.verify_bytes, await _posted(request, "api.verify"), lang, profile)


@router.post("/count", summary="Count a results document / 计票", openapi_extra=DOCUMENT)
async def count(request: Request, profile: str | None = PROFILE) -> dict[str, Any]:
    """The count round by round (`tallykit count --format json`); 422 when unreadable."""
    raw = await _posted(request, "api.count")
    return _unreadable_or(await _judge(_output, raw, "count", profile), "count")  # type: ignore[no-any-return]


@router.post("/certificate", summary="Certificate of the count / 计票证书", openapi_extra=DOCUMENT)
async def certificate(request: Request, profile: str | None = PROFILE) -> dict[str, Any]:
    """The certificate `tallykit count --certificate` writes (`tallykit check-certificate`
    re-derives it); 422 when unreadable."""
    raw = await _posted(request, "api.certificate")
    return _unreadable_or(await _judge(_output, raw, "certificate", profile), "certificate")  # type: ignore[no-any-return]


@router.post(
    "/report",
    response_model=ReportOut,
    summary="Verify report with explanation / 核查报告",
    openapi_extra=DOCUMENT,
)
async def report(request: Request, lang: Lang = LANG, profile: str | None = PROFILE) -> Any:
    """The verify-report entry, the step-by-step explanation of the count and its certificate."""
    return await _judge(_report, await _posted(request, "api.report"), lang, profile)


@router.get(
    "/elections", response_model=list[ElectionRow], summary="The office's elections / 选举列表"
)
def elections(request: Request) -> Any:
    """Every election of the office with its status."""
    from tallykit.web.sheet import listing

    caller(request, "clerk")
    return listing(request.app.state.store)


@router.get(
    "/elections/{eid}/results", summary="An election's agreed results document / 核对后的结果文件"
)
def election_results(request: Request, eid: int) -> dict[str, Any]:
    """The agreed sheet (after double entry) as a results document; 404 before it exists."""
    caller(request, "reviewer")
    latest = request.app.state.store.latest(eid)
    if "agreed" not in latest:
        raise ApiError.worded(404, "not_agreed")
    return json.loads(latest["agreed"]["document"])  # type: ignore[no-any-return]
