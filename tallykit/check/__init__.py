"""Checking a record: every finding (``verify``), whether recorded totals can come from any set
of ballots (``feasibility``), certificates of a count (``certificate``) and their independent,
standard-library-only checker (``check_certificate``, importable on its own)."""
