"""The declared public API is exactly what the package exports (STYLE §2.5)."""

from __future__ import annotations

import json
import subprocess
import sys
import types

import pytest

import tallykit
import tallykit.counting.rounds
import tallykit.profiles


def test_all_matches_public_names():
    """__all__ lists every public name of the package and nothing else; each resolves (imported
    on first use) to the object of the module it names."""
    public = {n for n in dir(tallykit) if not n.startswith("_")}
    public -= {n for n in public if isinstance(getattr(tallykit, n), types.ModuleType)}
    assert set(tallykit.__all__) - {"__version__"} == public
    assert set(tallykit.__all__) == {*tallykit._PUBLIC, "REPORT_FORMAT", "__version__"}
    assert tallykit.count is tallykit.counting.rounds.count
    assert tallykit.PROFILES is tallykit.profiles.BUILTIN
    with pytest.raises(AttributeError):
        tallykit.no_such_name


def test_certificate_checker_loads_nothing_else_of_tallykit():
    """The independent checker is importable and runnable alone: importing it runs the package's
    light __init__ (the version) and nothing of the counting core, verify or profiles."""
    code = (
        "import json, sys\n"
        "from tallykit.check import check_certificate\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('tallykit'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == [
        "tallykit",
        "tallykit.check",
        "tallykit.check.check_certificate",
        "tallykit.version",
    ]


def test_core_import_has_no_side_effects_and_no_z3():
    """Importing tallykit pulls in neither z3 nor the CLI, and prints nothing."""
    code = "import sys, tallykit; print(sorted(m for m in sys.modules if m.startswith(('z3', 'click', 'tallykit.cli'))))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)

    assert out.stdout.strip() == "[]" and out.stderr == ""
