"""z3 specifications of the counting rules, proved against the shipping core (tallykit.specs)."""
