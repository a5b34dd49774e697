"""Passwords, session and API tokens, roles.

Passwords are hashed with argon2id (argon2-cffi). Session and API tokens are 256-bit random
strings; only their sha256 is stored, so a copy of the database does not log anyone in. Roles
are ordered: 录入员 (clerk) enters sheets, 审核员 (reviewer) also resolves differences, verifies
and signs off, 管理员 (admin) also manages users and tokens.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import secrets
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

SESSION_COOKIE = "tk_session"  # the signed-in session's cookie

RANK = {"clerk": 1, "reviewer": 2, "admin": 3}
MIN_PASSWORD = 8

_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def check_password(pw_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(pw_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def new_token() -> str:
    return secrets.token_urlsafe(32)


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def same(a: str, b: str) -> bool:
    """Constant-time comparison (CSRF tokens)."""
    return hmac.compare_digest(a.encode(), b.encode())


def allows(user: Any, role: str) -> bool:
    """Whether ``user`` holds ``role`` or a higher one."""
    return user is not None and RANK.get(user["role"], 0) >= RANK[role]


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
