"""The README's Python API snippets run as written: every ```python block holding ``>>>`` is a
doctest, run from the repository's root (where the snippets' example paths resolve)."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BLOCKS = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)
SNIPPETS = [b for b in BLOCKS if ">>>" in b]


def test_readme_has_api_snippets() -> None:
    assert len(SNIPPETS) >= 2


def test_readme_snippets_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """All snippets share one namespace, in order, as a reader would type them."""
    monkeypatch.chdir(ROOT)
    globs: dict[str, object] = {}
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    for i, text in enumerate(SNIPPETS):
        test = parser.get_doctest(text, globs, f"README.md snippet {i + 1}", "README.md", 0)
        runner.run(test, clear_globs=False)
        globs = test.globs  # a DocTest copies the namespace it is given
    result = runner.summarize(verbose=False)
    assert result.attempted >= 10 and result.failed == 0
