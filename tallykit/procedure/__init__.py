"""The procedure around the vote, checked: dates and deadlines (``timeline`` on the working days
of ``workdays``), who may vote and stand (``eligibility``), the committee elected
(``composition``)."""
