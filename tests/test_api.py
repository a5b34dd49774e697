"""The declared public API is exactly what the package exports (STYLE §2.5)."""

from __future__ import annotations

import subprocess
import sys
import types

import tallykit


def test_all_matches_public_names():
    """__all__ lists every public name of the package namespace and nothing else."""
    public = {
        n for n, v in vars(tallykit).items() if not n.startswith("_") and not isinstance(v, types.ModuleType)
    }
    assert set(tallykit.__all__) - {"__version__"} == public


def test_core_import_has_no_side_effects_and_no_z3():
    """Importing tallykit pulls in neither z3 nor the CLI, and prints nothing."""
    code = "import sys, tallykit; print(sorted(m for m in sys.modules if m.startswith(('z3', 'click', 'tallykit.cli'))))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)

    assert out.stdout.strip() == "[]" and out.stderr == ""
