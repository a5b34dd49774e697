"""The import graph: no module imports itself back through others (no circles), and no layer
imports a higher one. Read from the source with ``ast`` (every import, also those inside
functions and under ``TYPE_CHECKING``), so a lazy import counts like any other.

Layers, lowest first (a module may import its own layer and the ones below):

1. base: the vocabulary, values and texts everything else names;
2. model: the results format and the rule profiles;
3. counting: ballots judged, rounds counted, the count explained;
4. procedure: dates, people and the committee, checked;
5. check: verify, feasibility, certificates;
6. edge: reading and writing files, reports, training, the CLI, the web page, the proofs, and
   the package's public face (``tallykit/__init__.py``).
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Where each installed package's source lives (pyproject.toml: package-dir).
SOURCES = {"tallykit": "tallykit", "tallykit.cli": "cli", "tallykit.web": "web", "tallykit.specs": "specs"}
LAYERS = [
    (
        "base",
        (
            "tallykit.vocabulary",
            "tallykit.version",
            "tallykit.frozen",
            "tallykit.errors",
            "tallykit.rules",
            "tallykit.findings",
            "tallykit.exits",
            "tallykit.serial",
            "tallykit.text",
        ),
    ),
    ("model", ("tallykit.results", "tallykit.schema", "tallykit.parameters", "tallykit.profiles")),
    ("counting", ("tallykit.counting",)),
    ("procedure", ("tallykit.procedure",)),
    ("check", ("tallykit.check",)),
    (
        "edge",
        (
            "tallykit.io",
            "tallykit.report",
            "tallykit.training",
            "tallykit.drill",
            "tallykit.cli",
            "tallykit.web",
            "tallykit.specs",
            "tallykit",
        ),
    ),
]


def modules() -> dict[str, Path]:
    """Every module of the installed packages, by dotted name."""
    out: dict[str, Path] = {}
    for package, folder in SOURCES.items():
        for path in sorted((ROOT / folder).rglob("*.py")):
            parts = list(path.relative_to(ROOT / folder).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            out[".".join([package, *parts])] = path
    return out


def imports(path: Path, name: str, known: dict[str, Path]) -> set[str]:
    """The modules of ``known`` that ``path`` (module ``name``) imports."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            for a in node.names:
                full = f"{base}.{a.name}"
                out.add(full if full in known else base)
    return {m for m in out if m in known and m != name}


def graph() -> dict[str, set[str]]:
    known = modules()
    return {name: imports(path, name, known) for name, path in known.items()}


def layer(name: str) -> int:
    """The layer of a module: the one whose prefix matches it longest."""
    best, rank = -1, -1
    for i, (_, prefixes) in enumerate(LAYERS):
        for p in prefixes:
            if (name == p or name.startswith(p + ".")) and len(p) > best:
                best, rank = len(p), i
    assert rank >= 0, f"{name} is in no layer: add it to LAYERS"
    return rank


def circles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(edges[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return out


def test_every_module_is_in_a_layer() -> None:
    for name in graph():
        layer(name)


def test_no_import_circles() -> None:
    assert circles(graph()) == []


def test_no_import_from_a_lower_layer_to_a_higher_one() -> None:
    upward = sorted(
        f"{a} ({LAYERS[layer(a)][0]}) -> {b} ({LAYERS[layer(b)][0]})"
        for a, targets in graph().items()
        for b in targets
        if layer(b) > layer(a)
    )
    assert upward == []


def test_the_graph_reader_sees_circles_and_upward_imports() -> None:
    """The checks can fail: a made-up circle and a made-up upward import are found."""
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == [["a", "b", "c"]]
    assert layer("tallykit.results") < layer("tallykit.check.verify")
    assert "tallykit.results" in graph()["tallykit.counting.rounds"]
