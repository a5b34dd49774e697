"""The package version and the version of the JSON report contract (kept apart from the package
``__init__`` so that the core can name them without loading the public API)."""

__version__ = "0.1.0"

# The verify report's format id (docs/format.md): a new number only when a consumer must change.
REPORT_FORMAT = "tallykit.report/1"
