"""Counting: each ballot judged (``ballots``), each round counted (``rounds``, ``villager``), the
count narrated step by step (``explain``); surname stroke order of printed names (``strokes``)."""
