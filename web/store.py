"""The office's data: one SQLite database (WAL) in the data folder.

Elections, the revisions of their sheets, users, sessions, API tokens, verify reports and the
audit log. Revisions, reports and the audit log are append-only (triggers refuse UPDATE and
DELETE), so every save stays; the current state of a sheet is its latest revision. Every write
is one ``BEGIN IMMEDIATE`` transaction with ``synchronous=FULL``: a crash mid-request loses at
most the request that had not committed. The schema is versioned with ``PRAGMA user_version``
and moved forward by ``MIGRATIONS``, one step at a time, each in its own transaction.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

DB_NAME = "tallykit.sqlite3"

ROLES = ("clerk", "reviewer", "admin")
SESSION_HOURS = 12  # a login lasts one working day
SLOTS = ("setup", "entry1", "entry2", "agreed")

_APPEND_ONLY = """
CREATE TRIGGER {t}_no_update BEFORE UPDATE ON {t} BEGIN SELECT RAISE(ABORT, '{t} is append-only'); END;
CREATE TRIGGER {t}_no_delete BEFORE DELETE ON {t} BEGIN SELECT RAISE(ABORT, '{t} is append-only'); END;
"""

MIGRATIONS: tuple[str, ...] = (
    # 1: the office's data
    """
    CREATE TABLE users(
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        role TEXT NOT NULL CHECK (role IN ('clerk', 'reviewer', 'admin')),
        pw_hash TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE TABLE sessions(
        token_sha256 TEXT PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users(id),
        csrf TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE TABLE elections(
        id INTEGER PRIMARY KEY,
        township TEXT NOT NULL,
        organization TEXT NOT NULL,
        kind TEXT NOT NULL,
        profile TEXT NOT NULL,
        created_by INTEGER NOT NULL REFERENCES users(id),
        created_at TEXT NOT NULL
    );
    CREATE TABLE revisions(
        id INTEGER PRIMARY KEY,
        election_id INTEGER NOT NULL REFERENCES elections(id),
        slot TEXT NOT NULL CHECK (slot IN ('setup', 'entry1', 'entry2', 'agreed')),
        user_id INTEGER NOT NULL REFERENCES users(id),
        created_at TEXT NOT NULL,
        submitted INTEGER NOT NULL DEFAULT 0,
        source TEXT NOT NULL,
        document TEXT NOT NULL,
        sha256 TEXT NOT NULL
    );
    CREATE INDEX revisions_by_slot ON revisions(election_id, slot, id);
    CREATE TABLE reports(
        id INTEGER PRIMARY KEY,
        election_id INTEGER NOT NULL REFERENCES elections(id),
        revision_id INTEGER NOT NULL REFERENCES revisions(id),
        user_id INTEGER NOT NULL REFERENCES users(id),
        created_at TEXT NOT NULL,
        status TEXT NOT NULL,
        report TEXT NOT NULL,
        sha256 TEXT NOT NULL
    );
    CREATE INDEX reports_by_election ON reports(election_id, id);
    CREATE TABLE audit(
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        user_id INTEGER,
        user_name TEXT NOT NULL,
        action TEXT NOT NULL,
        election_id INTEGER,
        sha256 TEXT,
        detail TEXT NOT NULL DEFAULT ''
    );
    """ + "".join(_APPEND_ONLY.format(t=t) for t in ("revisions", "reports", "audit")),
    # 2: API tokens, one per outside system
    """
    CREATE TABLE api_tokens(
        id INTEGER PRIMARY KEY,
        system TEXT NOT NULL UNIQUE,
        token_sha256 TEXT NOT NULL UNIQUE,
        role TEXT NOT NULL CHECK (role IN ('clerk', 'reviewer', 'admin')),
        created_at TEXT NOT NULL
    );
    """,
)


def now() -> str:
    """UTC time, to the second, ISO 8601."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def canonical(document: Any) -> bytes:
    """The bytes a document is stored and hashed as (sorted keys, UTF-8, no spaces)."""
    return json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class Conflict(Exception):
    """A save based on a revision that is no longer the latest of its slot."""


class Store:
    """The database in ``folder``; one short-lived connection per unit of work."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.path = self.folder / DB_NAME
        self.migrate()

    # ------------------------------------------------------------ connections

    def connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        db.row_factory = sqlite3.Row
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("PRAGMA busy_timeout=30000")
        return db

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        db = self.connect()
        try:
            yield db
        finally:
            db.close()

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One transaction, taken with the write lock at once (no upgrade deadlocks)."""
        db = self.connect()
        try:
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")
        finally:
            db.close()

    @property
    def version(self) -> int:
        with self.read() as db:
            return int(db.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self) -> None:
        """Bring the schema to ``len(MIGRATIONS)``, one version per transaction."""
        with self.read() as db:
            current = int(db.execute("PRAGMA user_version").fetchone()[0])
            for number in range(current, len(MIGRATIONS)):
                db.executescript(
                    "BEGIN IMMEDIATE;\n"
                    + MIGRATIONS[number]
                    + f"\nPRAGMA user_version={number + 1};\nCOMMIT;"
                )

    def backup(self, target: str | Path) -> Path:
        """An online copy of the database (SQLite backup API; safe while the server runs),
        written to a temporary file beside ``target`` and renamed into place."""
        target = Path(target)
        if target.resolve() == self.path.resolve():
            raise ValueError("the backup target is the live database")
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".backup-", suffix=".sqlite3", dir=target.parent)
        os.close(fd)
        try:
            with self.read() as src:
                dest = sqlite3.connect(tmp)
                try:
                    src.backup(dest)
                    dest.execute("PRAGMA journal_mode=DELETE")
                finally:
                    dest.close()
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return target

    # ------------------------------------------------------------ audit

    @staticmethod
    def audit(
        db: sqlite3.Connection,
        user: sqlite3.Row | dict[str, Any] | None,
        action: str,
        election_id: int | None = None,
        digest: str | None = None,
        detail: dict[str, Any] | None = None,
    ) -> None:
        db.execute(
            "INSERT INTO audit(at, user_id, user_name, action, election_id, sha256, detail) VALUES (?,?,?,?,?,?,?)",
            (
                now(),
                user["id"] if user else None,
                user["name"] if user else "-",
                action,
                election_id,
                digest,
                json.dumps(detail or {}, ensure_ascii=False, sort_keys=True),
            ),
        )

    def audit_log(self, election_id: int | None = None, limit: int = 500) -> list[sqlite3.Row]:
        with self.read() as db:
            if election_id is None:
                return db.execute(
                    "SELECT * FROM audit ORDER BY id DESC LIMIT ?", (limit,)
                ).fetchall()
            return db.execute(
                "SELECT * FROM audit WHERE election_id = ? ORDER BY id DESC LIMIT ?",
                (election_id, limit),
            ).fetchall()

    # ------------------------------------------------------------ users, sessions, tokens

    def user_count(self) -> int:
        with self.read() as db:
            return int(db.execute("SELECT count(*) FROM users").fetchone()[0])

    def users(self) -> list[sqlite3.Row]:
        with self.read() as db:
            return db.execute("SELECT id, name, role, created_at FROM users ORDER BY id").fetchall()

    def user_by_name(self, name: str) -> sqlite3.Row | None:
        with self.read() as db:
            return db.execute("SELECT * FROM users WHERE name = ?", (name,)).fetchone()

    def add_user(self, name: str, role: str, pw_hash: str, by: sqlite3.Row | None) -> int:
        with self.write() as db:
            cur = db.execute(
                "INSERT INTO users(name, role, pw_hash, created_at) VALUES (?,?,?,?)",
                (name, role, pw_hash, now()),
            )
            uid = int(cur.lastrowid or 0)
            self.audit(
                db, by or {"id": uid, "name": name}, "user.add", detail={"name": name, "role": role}
            )
            return uid

    def add_session(self, token_digest: str, user: sqlite3.Row, csrf: str) -> None:
        with self.write() as db:
            db.execute(
                "INSERT INTO sessions(token_sha256, user_id, csrf, created_at) VALUES (?,?,?,?)",
                (token_digest, user["id"], csrf, now()),
            )
            self.audit(db, user, "login")

    def session(self, token_digest: str) -> tuple[sqlite3.Row, str] | None:
        """The user and CSRF token of a session begun in the last SESSION_HOURS."""
        since = (
            (datetime.now(timezone.utc) - timedelta(hours=SESSION_HOURS))
            .replace(microsecond=0)
            .isoformat()
        )
        with self.read() as db:
            row = db.execute(
                "SELECT u.id, u.name, u.role, s.csrf FROM sessions s JOIN users u ON u.id = s.user_id"
                " WHERE s.token_sha256 = ? AND s.created_at > ?",
                (token_digest, since),
            ).fetchone()
        return (row, row["csrf"]) if row else None

    def end_session(self, token_digest: str, user: sqlite3.Row) -> None:
        with self.write() as db:
            db.execute("DELETE FROM sessions WHERE token_sha256 = ?", (token_digest,))
            self.audit(db, user, "logout")

    def add_token(self, system: str, token_digest: str, role: str, by: sqlite3.Row | None) -> None:
        with self.write() as db:
            db.execute(
                "INSERT INTO api_tokens(system, token_sha256, role, created_at) VALUES (?,?,?,?)",
                (system, token_digest, role, now()),
            )
            self.audit(db, by, "token.add", detail={"system": system, "role": role})

    def tokens(self) -> list[sqlite3.Row]:
        with self.read() as db:
            return db.execute(
                "SELECT id, system, role, created_at FROM api_tokens ORDER BY id"
            ).fetchall()

    def token_user(self, token_digest: str) -> dict[str, Any] | None:
        """An API token as a user: ``system:NAME`` with the token's role."""
        with self.read() as db:
            row = db.execute(
                "SELECT * FROM api_tokens WHERE token_sha256 = ?", (token_digest,)
            ).fetchone()
        if row is None:
            return None
        return {"id": None, "name": f"system:{row['system']}", "role": row["role"]}

    # ------------------------------------------------------------ elections and revisions

    def add_election(
        self,
        township: str,
        organization: str,
        kind: str,
        profile: str,
        user: sqlite3.Row,
        document: dict[str, Any],
    ) -> int:
        """A new election with its sheet's first revision in the first entry slot's template
        (``source='setup'``, not submitted), so both entries start from the same sheet."""
        with self.write() as db:
            cur = db.execute(
                "INSERT INTO elections(township, organization, kind, profile, created_by, created_at) VALUES (?,?,?,?,?,?)",
                (township, organization, kind, profile, user["id"], now()),
            )
            eid = int(cur.lastrowid or 0)
            raw = canonical(document)
            db.execute(
                "INSERT INTO revisions(election_id, slot, user_id, created_at, submitted, source, document, sha256)"
                " VALUES (?,?,?,?,0,'setup',?,?)",
                (eid, "setup", user["id"], now(), raw.decode(), sha256(raw)),
            )
            self.audit(
                db,
                user,
                "election.create",
                eid,
                sha256(raw),
                {
                    "township": township,
                    "organization": organization,
                    "kind": kind,
                    "profile": profile,
                },
            )
            return eid

    def elections(self) -> list[sqlite3.Row]:
        with self.read() as db:
            return db.execute(
                "SELECT * FROM elections ORDER BY township, organization, id"
            ).fetchall()

    def election(self, eid: int) -> sqlite3.Row | None:
        with self.read() as db:
            return db.execute("SELECT * FROM elections WHERE id = ?", (eid,)).fetchone()

    def latest(self, eid: int) -> dict[str, sqlite3.Row]:
        """The latest revision of each slot of an election (the template sits in ``agreed``
        with ``source='setup'`` until an agreed sheet exists)."""
        with self.read() as db:
            rows = db.execute(
                "SELECT r.*, u.name AS user_name FROM revisions r JOIN users u ON u.id = r.user_id"
                " WHERE r.id IN (SELECT max(id) FROM revisions WHERE election_id = ? GROUP BY slot)",
                (eid,),
            ).fetchall()
        return {r["slot"]: r for r in rows}

    def owners(self, eid: int) -> dict[str, int]:
        """Who entered each entry slot: the user of its first revision."""
        with self.read() as db:
            rows = db.execute(
                "SELECT slot, user_id FROM revisions WHERE id IN"
                " (SELECT min(id) FROM revisions WHERE election_id = ? AND slot IN ('entry1', 'entry2') GROUP BY slot)",
                (eid,),
            ).fetchall()
        return {r["slot"]: int(r["user_id"]) for r in rows}

    def history(self, eid: int) -> list[sqlite3.Row]:
        with self.read() as db:
            return db.execute(
                "SELECT r.id, r.slot, r.created_at, r.submitted, r.source, r.sha256, u.name AS user_name"
                " FROM revisions r JOIN users u ON u.id = r.user_id WHERE election_id = ? ORDER BY r.id",
                (eid,),
            ).fetchall()

    def revision(self, rid: int) -> sqlite3.Row | None:
        with self.read() as db:
            return db.execute(
                "SELECT r.*, u.name AS user_name FROM revisions r JOIN users u ON u.id = r.user_id WHERE r.id = ?",
                (rid,),
            ).fetchone()

    def save(
        self,
        eid: int,
        slot: str,
        user: sqlite3.Row | dict[str, Any],
        document: dict[str, Any],
        *,
        base: int | None,
        submitted: bool,
        source: str,
        action: str,
    ) -> tuple[int, str]:
        """Append a revision to ``slot``; ``base`` is the revision the user's form was loaded
        from (None for a slot's first save): if the slot moved on since, nothing is written
        and Conflict is raised, so no save is silently overwritten."""
        raw = canonical(document)
        digest = sha256(raw)
        with self.write() as db:
            row = db.execute(
                "SELECT max(id) FROM revisions WHERE election_id = ? AND slot = ?", (eid, slot)
            ).fetchone()
            if row[0] != base:
                raise Conflict(f"{slot} is at revision {row[0]}, the form was based on {base}")
            cur = db.execute(
                "INSERT INTO revisions(election_id, slot, user_id, created_at, submitted, source, document, sha256)"
                " VALUES (?,?,?,?,?,?,?,?)",
                (eid, slot, user["id"], now(), int(submitted), source, raw.decode(), digest),
            )
            rid = int(cur.lastrowid or 0)
            self.audit(db, user, action, eid, digest, {"slot": slot, "revision": rid})
        return rid, digest

    # ------------------------------------------------------------ reports

    def add_report(
        self, eid: int, revision_id: int, user: sqlite3.Row, status: str, report: dict[str, Any]
    ) -> int:
        raw = canonical(report)
        with self.write() as db:
            cur = db.execute(
                "INSERT INTO reports(election_id, revision_id, user_id, created_at, status, report, sha256)"
                " VALUES (?,?,?,?,?,?,?)",
                (eid, revision_id, user["id"], now(), status, raw.decode(), sha256(raw)),
            )
            self.audit(
                db,
                user,
                "election.verify",
                eid,
                sha256(raw),
                {"revision": revision_id, "status": status},
            )
            return int(cur.lastrowid or 0)

    def latest_report(self, eid: int) -> sqlite3.Row | None:
        with self.read() as db:
            return db.execute(
                "SELECT r.*, u.name AS user_name FROM reports r JOIN users u ON u.id = r.user_id"
                " WHERE election_id = ? ORDER BY r.id DESC LIMIT 1",
                (eid,),
            ).fetchone()

    def overview(self) -> list[dict[str, Any]]:
        """Every election with its latest revision per slot and latest report (the list page),
        in one read."""
        with self.read() as db:
            elections = db.execute(
                "SELECT * FROM elections ORDER BY township, organization, id"
            ).fetchall()
            revs = db.execute(
                "SELECT id, election_id, slot, submitted, source, user_id FROM revisions"
                " WHERE id IN (SELECT max(id) FROM revisions GROUP BY election_id, slot)"
            ).fetchall()
            reps = db.execute(
                "SELECT election_id, revision_id, status FROM reports"
                " WHERE id IN (SELECT max(id) FROM reports GROUP BY election_id)"
            ).fetchall()
        by: dict[int, dict[str, Any]] = {
            e["id"]: {"election": e, "latest": {}, "report": None} for e in elections
        }
        for r in revs:
            by[r["election_id"]]["latest"][r["slot"]] = r
        for r in reps:
            by[r["election_id"]]["report"] = r
        return list(by.values())
