"""Seeded bugs: a few representative wrong versions of shipping functions, and the tests that
must catch each (tests/quality/test_seeded_bugs.py). Loaded as a pytest plugin
(``-p tests.quality.seeded``) with ``TALLYKIT_SEEDED_BUG=<name>``, it rewrites that one
function before any test is collected; without the variable it does nothing.

A bug is a text change inside one function's source (``old`` → ``new``, ``old`` found exactly
once), so it stays a real, readable bug in the shipping code, like a mutant of mutation/run.py.
"""

from __future__ import annotations

import __future__
import importlib
import inspect
import os
import textwrap
from typing import NamedTuple

import pytest

VARIABLE = "TALLYKIT_SEEDED_BUG"


class Bug(NamedTuple):
    module: str
    function: str
    old: str
    new: str
    rule: str
    caught_by: tuple[str, ...]  # test node ids, each of which must fail


BUGS = {
    "half_is_a_majority": Bug(
        "tallykit.rules",
        "majority",
        "return 2 * votes > base",
        "return 2 * votes >= base",
        "P-ELECT-1, V-DOUBLE-MAJORITY-2",
        (
            "tests/cases/test_party_vectors.py::test_d5_exactly_half_never_elects[party-2020]",
            "tests/cases/test_villager_vectors.py::test_d3_exactly_half_of_participants_is_not_elected",
            "tests/cases/test_cases.py::test_case_matches_golden[exactly_half_is_not_elected]",
        ),
    ),
    "quorum_read_as_more_than_four_fifths": Bug(
        "tallykit.rules",
        "quorum_met",
        "return 5 * present >= 4 * expected",
        "return 5 * present > 4 * expected",
        "P-QUORUM-1",
        (
            "tests/cases/test_party_vectors.py::test_d1_exactly_four_fifths_depends_on_regime[party-2020-True]",
            "tests/cases/test_cases.py::test_case_matches_golden[quorum_exactly_four_fifths_valid_under_2020]",
        ),
    ),
    "more_returned_than_issued_passes": Bug(
        "tallykit.rules",
        "returned_ok",
        "return returned <= issued",
        "return returned <= issued + 1",
        "P-BALLOT-1, V-BALLOT-RECON-1",
        (
            "tests/cases/test_party_vectors.py::test_d6_more_returned_than_issued_voids_before_any_ballot",
            "tests/cases/test_villager_vectors.py::test_d10_more_returned_than_issued_voids_the_round",
        ),
    ),
    "a_third_read_as_more_than_a_third": Bug(
        "tallykit.rules",
        "third_floor",
        "return 3 * votes >= cast",
        "return 3 * votes > cast",
        "V-SUPP-3",
        (
            "tests/cases/test_villager_vectors.py::test_d5_a_third_of_ballots_cast_elects_in_a_supplementary_election",
        ),
    ),
    "a_kind_of_ballot_ignores_unreadable_marks": Bug(
        "tallykit.counting.ballots",
        "_kinds",
        "map(str.count, read, repeat(_U)),",
        "map(str.count, read, repeat(_A)),",
        "P-VALID-3, V-BALLOT-ILLEGIBLE-1",
        tuple(
            f"tests/properties/test_ballots.py::test_a_recount_by_kinds_gives_what_classify_gives_each_record[{name}]"
            for name in ("party-2020", "villager-ballot", "villager-section")
        ),
    ),
    "a_line_for_a_post_the_layout_lacks_leaves_a_ballot_blank": Bug(
        "tallykit.counting.ballots",
        "_kinds",
        "if not posts.issuperset(chain.from_iterable(marks)):",
        "if not posts.issuperset(()):",
        "P-VALID-4, V-BALLOT-BLANK-1",
        (
            "tests/properties/test_ballots.py::test_marks_for_a_post_the_ballot_lacks_keep_each_ballot_judged_on_its_own",
        ),
    ),
    "one_over_the_quota_is_valid": Bug(
        "tallykit.rules",
        "over_quota",
        "return chosen > seats",
        "return chosen > seats + 1",
        "P-VALID-1, V-BALLOT-OVERVOTE-1",
        (
            "tests/cases/test_party_vectors.py::test_d8_five_approvals_plus_a_write_in_is_over_quota",
            "tests/properties/test_ballots.py::test_classify_agrees_with_the_oracle_on_pinned_party_ballots[writein-over-quota]",
        ),
    ),
    "a_last_seat_tie_decided_by_ballot_order": Bug(
        "tallykit.counting.seating",
        "fill_seats",
        "if votes_of[qualified[seats]] < cut:",
        "if votes_of[qualified[seats]] <= cut:",
        "P-ELECT-3, V-TIE-1",
        (
            "tests/cases/test_party_vectors.py::test_d10_three_way_tie_for_two_seats_goes_to_a_runoff",
            "tests/cases/test_villager_vectors.py::test_d7_tie_at_the_last_seat_needs_a_revote_among_the_tied_only",
        ),
    ),
    "the_elected_stay_on_lower_posts": Bug(
        "tallykit.counting.villager",
        "seat_posts",
        "taken.update(seating.elected)",
        "taken.update(())",
        "V-POS-1, TK-POST-1",
        (
            "tests/cases/test_cases.py::test_case_matches_golden[officers_one_person_one_post]",
        ),
    ),
    "the_checker_accepts_extra_fields": Bug(
        "tallykit.check.check_certificate",
        "_diff",
        "for key in got.keys() - want.keys():",
        "for key in ():",
        "certificates: nothing the checker cannot derive",
        (
            "tests/unit/test_certificate.py::test_tampering_with_any_field_is_rejected_naming_it[examples/party-2020-branch-ok.json0]",
        ),
    ),
}


def seeded(bug: Bug) -> str:
    """The function's source with the bug in it (``old`` must occur exactly once)."""
    function = getattr(importlib.import_module(bug.module), bug.function)
    source = textwrap.dedent(inspect.getsource(function))
    found = source.count(bug.old)
    if found != 1:
        raise ValueError(f"{bug.module}.{bug.function}: {bug.old!r} occurs {found} times")
    return source.replace(bug.old, bug.new)


def pytest_configure(config: pytest.Config) -> None:
    name = os.environ.get(VARIABLE)
    if not name:
        return
    bug = BUGS[name]
    module = importlib.import_module(bug.module)
    code = compile(
        seeded(bug),
        inspect.getsourcefile(module) or bug.module,
        "exec",
        flags=__future__.annotations.compiler_flag,
        dont_inherit=True,
    )
    exec(code, module.__dict__)  # rebinds the function in its own module
