"""Certificates for the specs: the counter's certificate of a results file, and every way of
altering one field of a certificate (used by ``checker_sound`` and the certificate tests)."""

from __future__ import annotations

import copy
import hashlib
import json
from typing import Any

from tallykit.check.certificate import certificate
from tallykit.counting.rounds import count
from tallykit.results import parse_results


def raw_of(data: Any) -> bytes:
    """A results file's (or a certificate's) bytes."""
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def certify(data: Any) -> dict[str, Any]:
    """The counter's certificate of ``data`` (as the file ``raw_of(data)``), as the CLI writes it."""
    raw = raw_of(data)
    results = parse_results(json.loads(raw))
    digest = hashlib.sha256(raw).hexdigest()
    return json.loads(json.dumps(certificate(results, count(results), digest), ensure_ascii=False))


def _pointer(path):
    return "".join(f"/{p}" for p in path) or "/"


def _nodes(node, path=()):
    yield path, node
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _nodes(v, (*path, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _nodes(v, (*path, i))


def _changed(value):
    """A different value of the same kind (and one of another kind for None)."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return value + 1
    if isinstance(value, str):
        return value + "x"
    return 0  # None


def tamperings(cert, picks=None):
    """Every field of ``cert`` changed, and every object and list grown and shrunk, one at a
    time (or those ``picks`` chooses): (what, the pointer a reason must name, the tampered
    certificate's bytes)."""
    edits = []

    def tamper(what, where, change, undo):
        edits.append((what, where, change, undo))

    for path, node in list(_nodes(cert)):
        here = _pointer(path)
        if isinstance(node, dict):
            tamper(
                "extra field", here, lambda n=node: n.update(extra=0), lambda n=node: n.pop("extra")
            )
            for key, value in list(node.items()):
                tamper(
                    "missing field",
                    _pointer((*path, key)),
                    lambda n=node, k=key: n.pop(k),
                    lambda n=node, k=key, v=value, order=list(node): _restore(n, k, v, order),
                )
        elif isinstance(node, list):
            more = copy.deepcopy(node[-1]) if node else 0
            tamper("longer list", here, lambda n=node, m=more: n.append(m), lambda n=node: n.pop())
            if node:
                last = node[-1]
                tamper(
                    "shorter list", here, lambda n=node: n.pop(), lambda n=node, v=last: n.append(v)
                )
        else:
            parent = cert
            for p in path[:-1]:
                parent = parent[p]
            key = path[-1]
            tamper(
                "changed value",
                here,
                lambda n=parent, k=key, v=node: n.__setitem__(k, _changed(v)),
                lambda n=parent, k=key, v=node: n.__setitem__(k, v),
            )
    out = []
    for what, where, change, undo in (
        edits if picks is None else [edits[p % len(edits)] for p in picks]
    ):
        change()
        out.append((what, where, raw_of(cert)))
        undo()
    return out


def _restore(node, key, value, order):
    node[key] = value
    for k in order:  # the original key order back
        node[k] = node.pop(k)
