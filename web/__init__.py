"""``tallykit serve``: the election office's offline web app (installed as ``tallykit.web``).

Layout: ``store`` (SQLite: elections, revisions, users, reports, audit log; migrations),
``sheet`` (the paper 计票单 as a form: documents from form fields, field-by-field comparison of
two entries, statuses), ``core`` (the core's checks, count, certificate and explanation run on a
document), ``auth`` (passwords, sessions, CSRF, roles, API tokens), ``i18n`` (the UI words),
``app`` (pages) and ``api`` (the JSON API for other systems). Imported only by ``tallykit serve``,
so ``tallykit verify`` never loads the web framework.
"""
