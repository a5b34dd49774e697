"""The command line: load → core → render → exit code. Nothing else lives here."""
