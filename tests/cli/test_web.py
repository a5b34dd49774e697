"""The web app below the browser: the double-entry flow, access rules, CSRF, concurrent saves,
append-only revisions, migrations, the JSON API, restart and crash persistence."""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi")

from fastapi.testclient import TestClient  # noqa: E402

from tallykit.web import sheet  # noqa: E402
from tallykit.web.app import Settings, create_app  # noqa: E402
from tallykit.web.store import MIGRATIONS, Store  # noqa: E402

from tests.cli.web_support import (  # noqa: E402
    ELECTED,
    NEW_ELECTION,
    PASSWORD,
    SHEET,
    USERS,
    Server,
    add_users,
    base_of,
    csrf_of,
    form_fields,
    grouped,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def app(tmp_path: Path) -> Any:
    application = create_app(Settings(str(tmp_path), max_upload_mb=1))
    add_users(application.app.state.store)
    return application


def client(app: Any, name: str | None = None) -> TestClient:
    c = TestClient(app, base_url="http://127.0.0.1")
    if name is not None:
        r = c.post(
            "/login",
            data={"name": name, "password": PASSWORD, "next": "/elections"},
            follow_redirects=False,
        )
        assert r.status_code == 303, r.text
    return c


def new_election(c: TestClient) -> int:
    token = csrf_of(c.get("/elections/new").text)
    r = c.post("/elections/new", data={"csrf": token, **NEW_ELECTION}, follow_redirects=False)
    assert r.status_code == 303, r.text
    return int(r.headers["location"].rsplit("/", 1)[1])


def enter(
    c: TestClient, eid: int, sheet_: dict[str, str], elected: list[str], action: str = "submit"
) -> Any:
    page = c.get(f"/elections/{eid}/entry").text
    fields = form_fields(
        sheet_, elected, csrf=csrf_of(page), base=base_of(page), slot="", action=action
    )
    return c.post(f"/elections/{eid}/entry", data=grouped(fields), follow_redirects=False)


def status_of(c: TestClient, eid: int) -> str:
    rows = c.get("/api/v1/elections").json()
    return next(r["status"] for r in rows if r["id"] == eid)


def test_double_entry_difference_is_caught_resolved_and_verified(app: Any) -> None:
    c1, c2, rev = client(app, "clerk1"), client(app, "clerk2"), client(app, "reviewer")
    eid = new_election(c1)
    assert status_of(c1, eid) == "not_entered"
    assert enter(c1, eid, SHEET, ELECTED, action="save").status_code == 200
    assert status_of(c1, eid) == "entering"
    assert enter(c1, eid, SHEET, ELECTED).status_code == 303
    typo = {**SHEET, "n:/rounds/0/tally/委员/刘芳": "23"}  # the second clerk misreads 28 as 23
    assert enter(c2, eid, typo, ELECTED).status_code == 303
    assert status_of(c1, eid) == "to_check"
    page = rev.get(f"/elections/{eid}/compare").text
    assert page.count('class="difference"') == 1 and "/rounds/0/tally/委员/刘芳" in page
    # verifying before the difference is resolved is refused
    r = rev.post(f"/elections/{eid}/verify", data={"csrf": csrf_of(page)}, follow_redirects=False)
    assert r.status_code == 409
    # a clerk may not resolve
    r = c1.post(
        f"/elections/{eid}/resolve",
        data={"csrf": csrf_of(c1.get("/elections").text)},
        follow_redirects=False,
    )
    assert r.status_code == 403
    r = rev.post(
        f"/elections/{eid}/resolve",
        data={"csrf": csrf_of(page), "choice:/rounds/0/tally/委员/刘芳": "first"},
        follow_redirects=False,
    )
    assert r.status_code == 303
    agreed = rev.get(f"/elections/{eid}/results.json").json()
    assert agreed["rounds"][0]["tally"]["委员"]["刘芳"] == 28
    r = rev.post(f"/elections/{eid}/verify", data={"csrf": csrf_of(page)}, follow_redirects=False)
    assert r.status_code == 303
    assert status_of(c1, eid) == "passed"
    report = rev.get(f"/elections/{eid}/report").text
    assert '<span class="status ok">通过</span>' in report and 'id="print"' in report
    cert = rev.get(f"/elections/{eid}/certificate.json")
    assert cert.json()["format"].startswith("tallykit.check.certificate/")
    from tallykit.check.check_certificate import check

    # the certificate names the results.json download by sha256, and the checker accepts the pair
    assert check(cert.content, rev.get(f"/elections/{eid}/results.json").content) == []
    history = rev.get(f"/elections/{eid}/history").text
    assert history.count("<tr>") >= 5  # setup, two entry saves + submissions, resolution


def test_wrong_declaration_is_an_error_status(app: Any) -> None:
    c1, c2, rev = client(app, "clerk1"), client(app, "clerk2"), client(app, "reviewer")
    eid = new_election(c1)
    wrong = ELECTED[:4] + ["赵磊"]  # 赵磊 has 12 votes: 2×12 > 45 fails
    enter(c1, eid, SHEET, wrong)
    enter(c2, eid, SHEET, wrong)
    assert (
        status_of(c1, eid) == "to_check"
    )  # the entries agree: agreed sheet made, not yet verified
    page = rev.get(f"/elections/{eid}").text
    rev.post(f"/elections/{eid}/verify", data={"csrf": csrf_of(page)})
    assert status_of(c1, eid) == "errors"
    assert "TK-OUTCOME-2" in rev.get(f"/elections/{eid}/report").text


def test_second_entry_needs_another_user(app: Any) -> None:
    c1 = client(app, "clerk1")
    eid = new_election(c1)
    enter(c1, eid, SHEET, ELECTED)
    page = c1.get(f"/elections/{eid}/entry")
    assert page.status_code == 409 or "submitted_locked" in page.text or "已提交" in page.text


def test_live_check_uses_the_core_findings(app: Any) -> None:
    c1 = client(app, "clerk1")
    eid = new_election(c1)
    page = c1.get(f"/elections/{eid}/entry").text
    bad = {**SHEET, "n:/rounds/0/ballots/valid": "38", "n:/rounds/0/tally/委员/张建国": "41"}
    fields = form_fields(bad, ELECTED, csrf=csrf_of(page), base="")
    out = c1.post(
        f"/elections/{eid}/check", data=grouped(fields), headers={"X-CSRF-Token": csrf_of(page)}
    ).json()
    codes = {f["code"] for f in out["findings"]}
    assert {"TK-BALLOTS-1", "TK-VOTES-1"} <= codes
    assert any(f["path"] == "/rounds/0/ballots" for f in out["findings"])
    # an incomplete sheet says what is missing, with its place
    out = c1.post(f"/elections/{eid}/check", data=grouped([("csrf", csrf_of(page))])).json()
    assert out["findings"][0]["code"] == "TK-SCHEMA-1" and out["findings"][0]["path"].startswith(
        "/rounds/0/ballots"
    )
    # a value that is not a count is a field error, not a crash
    out = c1.post(
        f"/elections/{eid}/check",
        data=grouped([("csrf", csrf_of(page)), ("n:/electorate/present", "4O")]),
    ).json()
    assert out["form_errors"][0]["path"] == "/electorate/present"


def test_csrf_refused(app: Any) -> None:
    c1 = client(app, "clerk1")
    eid = new_election(c1)
    page = c1.get(f"/elections/{eid}/entry").text
    fields = form_fields(SHEET, ELECTED, base=base_of(page), action="save")
    assert (
        c1.post(f"/elections/{eid}/entry", data=grouped(fields + [("csrf", "forged")])).status_code
        == 403
    )
    assert c1.post(f"/elections/{eid}/entry", data=grouped(fields)).status_code == 403
    assert c1.post("/elections/new", data=NEW_ELECTION).status_code == 403
    assert c1.post("/api/v1/verify", json={}).status_code == 403  # session without X-CSRF-Token
    store: Store = app.app.state.store
    assert [r["slot"] for r in store.history(eid)] == ["setup"]


def test_roles_refused(app: Any) -> None:
    c1, rev, admin = client(app, "clerk1"), client(app, "reviewer"), client(app, "admin")
    assert c1.get("/admin/users").status_code == 403
    assert rev.get("/admin/users").status_code == 403
    assert admin.get("/admin/users").status_code == 200
    token = csrf_of(c1.get("/elections").text)
    r = c1.post(
        "/admin/users", data={"csrf": token, "name": "x", "password": PASSWORD, "role": "admin"}
    )
    assert r.status_code == 403
    anonymous = client(app)
    assert anonymous.get("/elections", follow_redirects=False).status_code == 303
    assert anonymous.post("/api/v1/verify", json={}).status_code == 401
    assert (
        anonymous.post(
            "/api/v1/verify", json={}, headers={"Authorization": "Bearer nope"}
        ).status_code
        == 401
    )
    eid = new_election(c1)
    assert c1.post(f"/elections/{eid}/verify", data={"csrf": token}).status_code == 403


def test_api_token_verify_count_certificate_report(app: Any) -> None:
    admin = client(app, "admin")
    page = admin.post(
        "/admin/tokens",
        data={"csrf": csrf_of(admin.get("/admin/users").text), "system": "county", "role": "clerk"},
    ).text
    token = page.split('id="new-token">')[1].split("<")[0]
    api = client(app)
    h = {"Authorization": f"Bearer {token}"}
    doc = json.loads(
        (ROOT / "examples" / "villager-2018-half-is-not-majority-error.json").read_text(
            encoding="utf-8"
        )
    )
    v = api.post("/api/v1/verify", json=doc, headers=h).json()
    assert v["status"] == "findings" and any(f["severity"] == "error" for f in v["findings"])
    assert (
        api.post("/api/v1/verify?lang=en", json=doc, headers=h)
        .json()["findings"][0]["message"]
        .startswith("主任: recomputed")
    )
    assert api.post("/api/v1/count", json=doc, headers=h).json()["profile"]["id"] == "villager-2018"
    assert (
        api.post("/api/v1/certificate", json=doc, headers=h)
        .json()["format"]
        .startswith("tallykit.check.certificate/")
    )
    rep = api.post("/api/v1/report", json=doc, headers=h).json()
    assert rep["explanation"] and rep["certificate"]
    from tallykit.check.check_certificate import check

    raw = (ROOT / "examples" / "villager-2018-half-is-not-majority-error.json").read_bytes()
    posted = {**h, "Content-Type": "application/json"}
    cert = api.post("/api/v1/certificate", content=raw, headers=posted)
    assert check(cert.content, raw) == []  # the certificate of exactly the bytes posted
    bad = api.post("/api/v1/verify", json={"format": "tallykit.results/1"}, headers=h).json()
    assert bad["status"] == "unreadable" and bad["findings"][0]["code"] == "TK-SCHEMA-1"
    assert api.post("/api/v1/count", json=[1], headers=h).status_code == 422
    # a clerk token may not read the office's verified results
    assert api.get("/api/v1/elections/1/results", headers=h).status_code == 403
    audit = app.app.state.store.audit_log()
    assert any(
        a["action"] == "api.verify" and a["user_name"] == "system:county" and len(a["sha256"]) == 64
        for a in audit
    )


def test_openapi_describes_the_api(app: Any) -> None:
    spec = client(app).get("/openapi.json").json()
    assert {
        "/api/v1/verify",
        "/api/v1/count",
        "/api/v1/certificate",
        "/api/v1/report",
        "/api/v1/elections",
    } <= set(spec["paths"])
    assert not any(p.startswith("/elections") for p in spec["paths"])
    assert client(app).get("/docs").status_code == 404  # no CDN-backed pages


def test_upload_limits_and_kinds(app: Any) -> None:
    c1 = client(app, "clerk1")
    eid = new_election(c1)
    token = csrf_of(c1.get(f"/elections/{eid}/entry").text)
    big = b"{" + b" " * (2 * 1024 * 1024) + b"}"
    r = c1.post(
        f"/elections/{eid}/upload",
        data={"csrf": token},
        files={"file": ("a.json", big, "application/json")},
    )
    assert r.status_code == 413
    r = c1.post(
        f"/elections/{eid}/upload",
        data={"csrf": token},
        files={"file": ("../../etc/passwd", b"x", "text/plain")},
    )
    assert r.status_code == 400 and ".json" in r.text
    r = c1.post(
        f"/elections/{eid}/upload",
        data={"csrf": token},
        files={"file": ("a.json", b"{bad", "application/json")},
    )
    assert r.status_code == 400 and "JSON" in r.text
    doc = (ROOT / "examples" / "party-2020-branch-ok.json").read_bytes()
    r = c1.post(
        f"/elections/{eid}/upload",
        data={"csrf": token},
        files={"file": ("东风.json", doc, "application/json")},
        follow_redirects=False,
    )
    assert r.status_code == 303
    store: Store = app.app.state.store
    assert store.latest(eid)["entry1"]["source"] == "upload"


def test_spreadsheet_upload_and_summary_workbook(app: Any) -> None:
    """The second entry comes as the 计票表 (.xlsx, read by tallykit.io); the entries agree; the
    township summary exports to .xlsx (tallykit.report)."""
    from io import BytesIO

    from openpyxl import load_workbook

    from tallykit.io import write_document

    c1, c2, rev = client(app, "clerk1"), client(app, "clerk2"), client(app, "reviewer")
    eid = new_election(c1)
    enter(c1, eid, SHEET, ELECTED)
    store: Store = app.app.state.store
    first = json.loads(store.latest(eid)["entry1"]["document"])
    token = csrf_of(c2.get(f"/elections/{eid}/entry").text)
    r = c2.post(
        f"/elections/{eid}/upload",
        data={"csrf": token},
        files={"file": ("东风村.xlsx", write_document(first, "xlsx"), "application/octet-stream")},
        follow_redirects=False,
    )
    assert r.status_code == 303, r.text
    page = c2.get(f"/elections/{eid}/entry").text
    assert 'value="36"' in page  # 张建国's votes, read from the workbook
    r = c2.post(
        f"/elections/{eid}/entry",
        data=grouped(
            form_fields(
                SHEET, ELECTED, csrf=token, base=base_of(page), slot="entry2", action="submit"
            )
        ),
    )
    assert sheet.status(store.latest(eid), None) == "to_check"
    assert "agreed" in store.latest(eid)  # the typed and the uploaded entry agree
    rev.post(f"/elections/{eid}/verify", data={"csrf": csrf_of(rev.get("/elections").text)})
    book = load_workbook(BytesIO(rev.get("/summary.xlsx").content))
    cells = [c.value for row in book.active.iter_rows() for c in row]
    assert "东风村党支部" in cells and "通过" in cells
    bad = c2.post(
        f"/elections/{eid}/upload",
        data={"csrf": token},
        files={"file": ("坏.xlsx", b"PK not a workbook", "application/octet-stream")},
    )
    assert bad.status_code in (400, 409)


def test_concurrent_saves_lose_nothing(app: Any) -> None:
    """Two clerks save their entries at once, many times; one clerk's stale second window is
    refused, never written over."""
    c1, c2 = client(app, "clerk1"), client(app, "clerk2")
    eid = new_election(c1)
    enter(c1, eid, SHEET, ELECTED, action="save")
    enter(c2, eid, SHEET, ELECTED, action="save")
    results: dict[str, list[int]] = {"clerk1": [], "clerk2": []}

    def worker(c: TestClient, who: str) -> None:
        for i in range(15):
            sheet_ = {**SHEET, "n:/rounds/0/tally/委员/赵磊": str(i)}
            results[who].append(enter(c, eid, sheet_, ELECTED, action="save").status_code)

    threads = [
        threading.Thread(target=worker, args=(c, n)) for c, n in ((c1, "clerk1"), (c2, "clerk2"))
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == {"clerk1": [200] * 15, "clerk2": [200] * 15}
    store: Store = app.app.state.store
    history = store.history(eid)
    assert sum(1 for r in history if r["slot"] == "entry1") == 16
    assert sum(1 for r in history if r["slot"] == "entry2") == 16
    # a stale window (based on an old revision) is refused and writes nothing
    page = c1.get(f"/elections/{eid}/entry").text
    stale = form_fields(
        SHEET, ELECTED, csrf=csrf_of(page), base=str(history[1]["id"]), slot="entry1", action="save"
    )
    assert c1.post(f"/elections/{eid}/entry", data=grouped(stale)).status_code == 409
    assert len(store.history(eid)) == len(history)


def test_revisions_and_audit_are_append_only(tmp_path: Path) -> None:
    store = Store(tmp_path)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        with store.write() as db:
            db.execute(
                "INSERT INTO users(name, role, pw_hash, created_at) VALUES ('u', 'clerk', 'x', 'now')"
            )
            db.execute(
                "INSERT INTO elections(township, organization, kind, profile, created_by, created_at) VALUES ('t','o','k','p',1,'now')"
            )
            db.execute(
                "INSERT INTO revisions(election_id, slot, user_id, created_at, source, document, sha256) VALUES (1,'entry1',1,'now','form','{}','x')"
            )
            db.execute("UPDATE revisions SET document = '{\"x\":1}'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        with store.write() as db:
            db.execute("INSERT INTO audit(at, user_name, action) VALUES ('now', 'u', 'a')")
            db.execute("DELETE FROM audit")


def test_migrations_bring_an_old_database_forward(tmp_path: Path) -> None:
    path = tmp_path / "tallykit.sqlite3"
    db = sqlite3.connect(path, isolation_level=None)
    db.executescript("BEGIN;" + MIGRATIONS[0] + "PRAGMA user_version=1; COMMIT;")
    db.execute(
        "INSERT INTO users(name, role, pw_hash, created_at) VALUES ('old', 'admin', 'x', 'now')"
    )
    db.close()
    store = Store(tmp_path)
    assert store.version == len(MIGRATIONS)
    assert store.user_by_name("old") is not None
    assert store.tokens() == []


def test_backup_while_open(tmp_path: Path) -> None:
    store = Store(tmp_path / "data")
    add_users(store)
    target = store.backup(tmp_path / "copy" / "backup.sqlite3")
    copy = sqlite3.connect(target)
    assert copy.execute("SELECT count(*) FROM users").fetchone()[0] == 4
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with pytest.raises(ValueError):
        store.backup(store.path)


def test_sheet_differences_and_resolution() -> None:
    a = {
        "rounds": [
            {
                "tally": {"委员": {"王五": 3, "李四": 9}},
                "declared": {"elected": {"委员": ["李四", "王五"]}},
            }
        ]
    }
    b = {
        "rounds": [
            {
                "tally": {"委员": {"王伍": 3, "李四": 9}},
                "declared": {"elected": {"委员": ["王五", "李四"]}},
            }
        ]
    }
    diffs = sheet.differences(a, b)
    assert [d.path for d in diffs] == ["/rounds/0/tally/委员/王五", "/rounds/0/tally/委员/王伍"]
    agreed = sheet.resolve(
        a, b, {"/rounds/0/tally/委员/王五": "first", "/rounds/0/tally/委员/王伍": "first"}
    )
    assert agreed == a
    agreed = sheet.resolve(
        a, b, {"/rounds/0/tally/委员/王五": "second", "/rounds/0/tally/委员/王伍": "second"}
    )
    assert agreed["rounds"][0]["tally"]["委员"] == {"王伍": 3, "李四": 9}
    assert (
        sheet.resolve(
            a, b, {"/rounds/0/tally/委员/王五": "typed"}, {"/rounds/0/tally/委员/王五": 4}
        )["rounds"][0]["tally"]["委员"]["王五"]
        == 4
    )


def test_form_values_and_write_ins() -> None:
    base = sheet.skeleton(
        "party_committee",
        "party-2020",
        "o",
        "",
        [{"name": "委员", "seats": 2}],
        {"委员": ["甲", "乙", "丙"]},
    )
    doc, errors = sheet.apply_form(
        base,
        [
            ("n:/electorate/expected", "４５"),
            ("n:/electorate/present", "-3"),
            ("wn:/rounds/0/tally/委员", "丁"),
            ("wv:/rounds/0/tally/委员", "2"),
            ("wn:/rounds/0/tally/委员", "甲"),
            ("wv:/rounds/0/tally/委员", "1"),
            ("wn:/rounds/0/tally/委员", ""),
            ("wv:/rounds/0/tally/委员", ""),
        ],
    )
    assert doc["electorate"] == {"expected": 45}
    assert doc["rounds"][0]["tally"]["委员"] == {"丁": 2}
    assert [e.path for e in errors] == ["/electorate/present", "/rounds/0/tally/委员/甲"]


def test_statuses() -> None:
    row = lambda i, s=0: {"id": i, "submitted": s}  # noqa: E731
    assert sheet.status({}, None) == sheet.NOT_ENTERED
    assert sheet.status({"setup": row(1)}, None) == sheet.NOT_ENTERED
    assert sheet.status({"entry1": row(2, 1)}, None) == sheet.ENTERING
    assert sheet.status({"entry1": row(2, 1), "entry2": row(3, 1)}, None) == sheet.TO_CHECK
    agreed = {"entry1": row(2, 1), "entry2": row(3, 1), "agreed": row(4, 1)}
    assert sheet.status(agreed, {"revision_id": 4, "status": "warnings"}) == sheet.WARNINGS
    assert sheet.status(agreed, {"revision_id": 3, "status": "ok"}) == sheet.TO_CHECK


# ------------------------------------------------------------------ a real server process


def _login(http: Any, url: str, name: str) -> None:
    r = http.post(
        f"{url}/login",
        data={"name": name, "password": PASSWORD, "next": "/elections"},
        follow_redirects=False,
    )
    assert r.status_code == 303


def test_restart_and_kill_mid_request_lose_nothing_committed(tmp_path: Path) -> None:
    """Saves acknowledged before a SIGKILL are all there after a restart, the database is
    intact, and the request the kill cut off left no half-written revision."""
    import httpx

    data = tmp_path / "data"
    add_users(Store(data))
    server = Server(data).start()
    try:
        http = httpx.Client(timeout=60)
        _login(http, server.url, "clerk1")
        token = csrf_of(http.get(f"{server.url}/elections/new").text)
        r = http.post(
            f"{server.url}/elections/new",
            data={"csrf": token, **NEW_ELECTION},
            follow_redirects=False,
        )
        eid = int(r.headers["location"].rsplit("/", 1)[1])
        acknowledged = []
        for i in range(5):
            page = http.get(f"{server.url}/elections/{eid}/entry").text
            fields = form_fields(
                {**SHEET, "n:/rounds/0/tally/委员/赵磊": str(i)},
                ELECTED,
                csrf=token,
                base=base_of(page),
                slot="entry1",
                action="save",
            )
            assert (
                http.post(f"{server.url}/elections/{eid}/entry", data=grouped(fields)).status_code
                == 200
            )
            acknowledged.append(i)
        # a request cut off mid-body: headers promise a large upload, the body never finishes
        sock = __import__("socket").create_connection(("127.0.0.1", server.port))
        cookie = "; ".join(f"{k}={v}" for k, v in http.cookies.items())
        sock.sendall(
            f"POST /elections/{eid}/upload HTTP/1.1\r\nHost: x\r\nCookie: {cookie}\r\nX-CSRF-Token: {token}\r\n"
            f"Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 900000\r\n\r\n--b\r\n".encode()
        )
        sock.sendall(
            b'Content-Disposition: form-data; name="file"; filename="a.json"\r\n\r\n{"format"'
        )
        server.kill()
        sock.close()
        server.start()
        http = httpx.Client(timeout=60)
        _login(http, server.url, "clerk1")
        page = http.get(f"{server.url}/elections/{eid}/entry").text
        assert 'value="4"' in page  # the last acknowledged save
        store = Store(data)
        entries = [
            json.loads(store.revision(r["id"])["document"])
            for r in store.history(eid)
            if r["slot"] == "entry1"
        ]
        assert [e["rounds"][0]["tally"]["委员"]["赵磊"] for e in entries] == acknowledged
        with store.read() as db:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        server.stop()


def test_english_available_and_chinese_by_default(app: Any) -> None:
    import re

    admin = client(app, "admin")
    assert "选举列表" in admin.get("/elections").text  # Chinese unless asked otherwise
    for url in ("/elections", "/admin/users", "/summary", "/elections/new"):
        assert "选举列表" in admin.get(url + "?lang=zh").text
        en = admin.get(url + "?lang=en").text
        # the examples of the Chinese input format and the link back to Chinese stay Chinese
        shown = re.sub(
            r"<textarea.*?</textarea>|e\.g\.[^)]*\)|<a class=\"lang\".*?</a>", "", en, flags=re.S
        )
        assert not re.findall(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]", shown), url
    assert "Elections" in admin.get("/elections").text  # the choice is remembered (cookie)


def test_serve_refuses_other_addresses_until_accounts_exist(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from tallykit.cli.main import main

    data = str(tmp_path / "data")
    r = CliRunner().invoke(main, ["serve", "--data", data, "--host", "0.0.0.0", "--no-browser"])
    assert r.exit_code == 2 and "拒绝启动" in r.output and "--add-user" in r.output
    r = CliRunner().invoke(
        main,
        ["serve", "--data", data, "--add-user", "张主任", "--role", "admin"],
        input="short\nshort\n",
    )
    assert r.exit_code == 2 and Store(data).user_count() == 0
    r = CliRunner().invoke(
        main,
        ["serve", "--data", data, "--add-user", "张主任", "--role", "admin"],
        input=f"{PASSWORD}\n{PASSWORD}\n",
    )
    assert r.exit_code == 0 and Store(data).user_by_name("张主任")["role"] == "admin"
    r = CliRunner().invoke(
        main, ["serve", "--data", data, "--add-token", "县平台", "--role", "reviewer"]
    )
    assert r.exit_code == 0 and len(r.output.strip()) >= 40
    target = tmp_path / "备份" / "copy.sqlite3"
    r = CliRunner().invoke(main, ["serve", "--data", data, "--backup", str(target)])
    assert r.exit_code == 0 and "已备份" in r.output
    copy = sqlite3.connect(target)
    assert copy.execute("SELECT name FROM users").fetchall() == [("张主任",)]


def test_session_cookie_flags_and_expiry(app: Any) -> None:
    c = client(app)
    r = c.post(
        "/login",
        data={"name": "clerk1", "password": PASSWORD, "next": "/elections"},
        follow_redirects=False,
    )
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie
    assert (
        c.post("/login", data={"name": "clerk1", "password": "wrong-password"}).status_code == 401
    )
    store: Store = app.app.state.store
    with store.write() as db:  # a login from yesterday
        db.execute("UPDATE sessions SET created_at = '2000-01-01T00:00:00+00:00'")
    assert c.get("/elections", follow_redirects=False).status_code == 303


def test_pages_in_chinese_have_no_stray_english(app: Any) -> None:
    """Every page an office sees, in Chinese, passes the project's zh-output scan (tags,
    scripts and attribute values aside: only the text a person reads)."""
    import re
    from html import unescape

    from tests.support.zh_scan import stray_latin

    store: Store = app.app.state.store
    from tallykit.web.auth import hash_password

    for name, role in (
        ("甲录入", "clerk"),
        ("乙录入", "clerk"),
        ("丙审核", "reviewer"),
        ("丁管理", "admin"),
    ):
        store.add_user(name, role, hash_password(PASSWORD), None)
    c1, c2, rev, admin = (client(app, n) for n in ("甲录入", "乙录入", "丙审核", "丁管理"))
    eid = new_election(c1)
    pages = [(c1, f"/elections/{eid}/entry")]
    enter(c1, eid, SHEET, ELECTED)
    enter(c2, eid, {**SHEET, "n:/rounds/0/tally/委员/刘芳": "23"}, ELECTED)
    pages += [(rev, f"/elections/{eid}/compare"), (rev, f"/elections/{eid}")]
    page = rev.get(f"/elections/{eid}/compare").text
    rev.post(f"/elections/{eid}/resolve", data={"csrf": csrf_of(page)})
    rev.post(f"/elections/{eid}/verify", data={"csrf": csrf_of(page)})
    pages += [
        (rev, f"/elections/{eid}/report"),
        (rev, f"/elections/{eid}/history"),
        (rev, "/elections"),
        (rev, "/summary"),
        (c1, "/elections/new"),
        (admin, "/admin/users"),
        (admin, "/audit"),
    ]
    for c, url in pages:
        html = c.get(url).text
        text = unescape(
            re.sub(r"<script.*?</script>|<style.*?</style>|<[^>]+>", " ", html, flags=re.S)
        )
        text = text.replace("English", " ")  # the link to the English page
        for name, _ in USERS:  # the fixture's account names are data, not words of the page
            text = re.sub(rf"\b{name}\b", " ", text)
        text = re.sub(r"\b\d{4}-\d\d-\d\dT[\d:+]+", " ", text)  # times in the logs
        assert stray_latin(text) == [], url
