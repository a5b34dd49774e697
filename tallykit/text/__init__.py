"""The words of every output: labels of fields and values, Chinese first (``labels``), and the
zh/en texts of results and steps (``texts``)."""
