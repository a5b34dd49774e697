"""z3 specifications of the rules, proved against the shipping core (``tallykit prove``)."""
