"""Check a recorded result against the rules: every finding, never stopping at the first.

``verify(results)`` recounts the file with ``tallykit.counting.rounds.count`` and compares what was
recorded and declared with what the rules give, round by round. Rule ids come from the catalogue
(``tallykit.findings``) for the election family at hand, or from the counting core's own values
(a gate's rule, the threshold's rule, a void round's rules), so the checks are the same for every
family the core can count.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from tallykit import rules
from tallykit.procedure.composition import check_people
from tallykit.counting.outcome import Count, RoundOutcome
from tallykit.counting.rounds import count, strokes_checked
from tallykit.counting.explain import arithmetic
from tallykit.findings import BY_CODE, ERROR, INFO, WARNING, Finding, finding
from tallykit.profiles import Profile
from tallykit.results import Results, Round, _tok
from tallykit.text.texts import text
from tallykit.procedure.timeline import check_timeline
from tallykit.version import REPORT_FORMAT, __version__
from tallykit.procedure.workdays import Calendar
from tallykit.vocabulary import Lang

if TYPE_CHECKING:
    from tallykit.counting.strokes import SingleGivenName

# The declared ``next`` each result calls for; a vacancy (V-SUPP-4) calls for none: the seats
# stay vacant until a 补选 (组织法 art.19), which is a new election, not a next round.
NEXT_OF = {"tie_revote": "tie_revote", "supplementary": "supplementary", "seat_reduction": "seat_reduction"}
OFFICER_KINDS = ("party_officers", "party_branch_officers")


@attrs.frozen
class Report:
    """All findings for one results file, the profile used, and the recomputed outcome."""

    profile: Profile
    findings: tuple[Finding, ...]
    count: Count

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity == ERROR)

    @property
    def status(self) -> str:
        """``findings`` when any error or warning exists, else ``ok`` (FORMAT.md)."""
        return "findings" if any(f.severity in (ERROR, WARNING) for f in self.findings) else "ok"

    def to_json(self, lang: Lang = Lang.ZH) -> dict[str, Any]:
        return {
            "status": self.status,
            "profile": self.profile.describe(),
            "findings": [f.to_json(lang) for f in self.findings],
            "outcome": [r.to_json() for r in self.count.rounds],
        }

    def entry(self, file: str, sha256: str | None, lang: Lang = Lang.ZH) -> dict[str, Any]:
        """This file's entry of the verify report: its name, the SHA-256 of its bytes, the rest."""
        return {"file": file, "sha256": sha256, **self.to_json(lang)}


def entry_status(entry: Mapping[str, Any]) -> str:
    """What a person is told about a report entry: ok, warnings (only), errors, unreadable, or
    internal_error (a bug kept the file from being judged)."""
    if entry["status"] in ("unreadable", "internal_error"):
        return str(entry["status"])
    severities = {f["severity"] for f in entry["findings"]}
    return "errors" if ERROR in severities else "warnings" if WARNING in severities else "ok"


def summarize(entries: Sequence[Mapping[str, Any]]) -> dict[str, int]:
    """The report's ``summary``: how many files, and how many of each status."""
    statuses = [entry_status(e) for e in entries]
    return {
        "files": len(entries),
        "ok": sum(1 for e in entries if e["status"] == "ok"),
        "with_errors": statuses.count("errors"),
        "with_warnings": statuses.count("warnings"),
        "unreadable": statuses.count("unreadable"),
        "internal_errors": statuses.count("internal_error"),
    }


def report_document(entries: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The whole verify report (``tallykit verify --format json``, format ``REPORT_FORMAT``):
    the entries in order (``Report.entry``) and their summary.

    >>> from tallykit.results import parse_results
    >>> data = {"format": "tallykit.results/1", "profile": "party-2020",
    ...   "election": {"kind": "party_committee", "positions": [{"name": "委员", "seats": 1}]},
    ...   "electorate": {"expected": 5, "present": 5}, "candidates": [],
    ...   "rounds": [{"kind": "formal", "positions": [{"name": "委员", "seats": 1}],
    ...     "candidates": {"委员": ["王", "李"]},
    ...     "ballots": {"issued": 5, "returned": 5, "valid": 5, "invalid": 0},
    ...     "tally": {"委员": {"王": 4, "李": 1}}}]}
    >>> doc = report_document([verify(parse_results(data)).entry("a.json", None, Lang.EN)])
    >>> doc["format"], doc["results"][0]["status"], doc["summary"]["ok"]
    ('tallykit.report/1', 'ok', 1)
    """
    return {
        "format": REPORT_FORMAT,
        "tallykit": __version__,
        "results": [dict(e) for e in entries],
        "summary": summarize(entries),
    }


def verify(results: Results, *, profile: Profile | None = None, calendar: Calendar | None = None) -> Report:
    """Every finding for ``results`` under ``profile`` (default: the file's own); working days
    from ``calendar`` (default: the statutory calendar, tallykit.procedure.workdays).

    Raises InputError only when the file cannot be counted at all (a missing figure).

    >>> from tallykit.results import parse_results
    >>> data = {"format": "tallykit.results/1", "profile": "party-2020",
    ...   "election": {"kind": "party_committee", "positions": [{"name": "委员", "seats": 2}]},
    ...   "electorate": {"expected": 25, "present": 21}, "candidates": [],
    ...   "rounds": [{"kind": "formal", "positions": [{"name": "委员", "seats": 2}],
    ...     "candidates": {"委员": ["丁一", "王二", "甘三"]},
    ...     "ballots": {"issued": 21, "returned": 21, "valid": 20, "invalid": 0},
    ...     "tally": {"委员": {"丁一": 18, "王二": 13, "甘三": 9}},
    ...     "declared": {"elected": {"委员": ["丁一", "甘三"]}}}]}
    >>> [(f.code, f.rules) for f in verify(parse_results(data)).findings]
    [('TK-BALLOTS-1', ('P-BALLOT-2', 'P-VALID-1')), ('TK-OUTCOME-2', ('P-ELECT-1',))]
    """
    counted = count(results, profile=profile)
    v = _Verifier(results, counted, calendar)
    v.run()
    return Report(counted.profile, tuple(v.out), counted)


class _Verifier:
    def __init__(self, results: Results, counted: Count, calendar: Calendar | None = None) -> None:
        self.r = results
        self.c = counted
        self.calendar = calendar
        self.family = counted.profile.family
        self.out: list[Finding] = []

    def add(self, code: str, path: str, zh: str, en: str, *, param: str | None = None, **kw: Any) -> None:
        """One finding. ``param``: the profile parameter the check applied; where the profile
        rests it on a rule of its own (the amended law's, e.g. V-2026-KIN-1) that rule is cited
        too, and a grade-C value says it is reported, not verified (``Profile.caveat``)."""
        profile = self.c.profile
        if param is not None and param in profile.settings:
            own = profile.settings[param].rule
            if own:
                cited = kw.get("rules") or BY_CODE[code].rules_for(self.family)
                kw["rules"] = (*cited, own)
            zh += profile.caveat(param, Lang.ZH)
            en += profile.caveat(param, Lang.EN)
        self.out.append(finding(code, path, zh, en, family=self.family, **kw))

    def run(self) -> None:
        self.profile_period()
        for note in self.r.notes:
            self.add(
                "TK-NAME-1", note.path, f"姓名“{note.raw}”按“{note.normalized}”处理", f"name {note.raw!r} read as {note.normalized!r}",
                expected=note.normalized, recorded=note.raw,
            )
        self.candidates_checks()
        for i, (rnd, out) in enumerate(zip(self.r.rounds, self.c.rounds)):
            path = f"/rounds/{i}"
            self.ballots(rnd, out, path)
            self.votes(rnd, path)
            self.gates(rnd, out, path)
            self.outcome(rnd, out, path)
            self.recommendation_list(rnd, out, path)
            self.recount(rnd, out, path)
            self.sequence(i, rnd, path)
        self.one_post()
        self.exclusions()
        self.initiation()
        self.officials()
        self.proxies()
        check_people(self.r, self.c, self.add)  # eligibility, composition, avoidance (issue 6)
        self.out.extend(check_timeline(self.r, self.c.profile, calendar=self.calendar))

    def profile_period(self) -> None:
        """TK-PROFILE-1: the profile used (named in the file or given) is outside its period for
        the election day; the finding names both profiles (V-2026-DATE)."""
        p = self.c.profile
        c = p.choice
        if c is None or c.fits is None or p.period is None:
            return
        where = next(
            (k for k, v in (("/timeline/election_day", self.r.timeline.get("election_day")), ("/election/date", self.r.election.date)) if v),
            "/rounds/0/date",
        )
        self.add(
            "TK-PROFILE-1", "/profile" if c.by == "file" else where,
            f"规则版本 {p.id} 适用于 {p.period.text(Lang.ZH)}举行的选举，本次选举日为 {c.day}，按日期应适用 {c.fits}",
            f"profile {p.id} covers elections {p.period.text(Lang.EN)}; the election day is {c.day}, for which the date gives {c.fits}",
            rules=(p.period.rule or "TK-PROFILE-1",), expected=c.fits, recorded=p.id,
        )

    # ------------------------------------------------------------ ballots and votes

    def ballots(self, rnd: Round, out: RoundOutcome, path: str) -> None:
        b = rnd.ballots
        if b is None:
            return
        here = f"{path}/ballots"
        voters = self.r.electorate.present if self.r.electorate.present is not None else self.r.electorate.registered
        if voters is not None and b.issued > voters:
            self.add(
                "TK-RECON-4", f"{here}/issued", f"发出选票 {b.issued} 张，多于有选举权的人数 {voters}",
                f"{b.issued} ballots issued, more than {voters} voters", expected=f"<= {voters}", recorded=b.issued,
            )
        if b.valid is not None and b.invalid is not None and b.valid + b.invalid != b.returned:
            self.add(
                "TK-BALLOTS-1", here, f"有效票 {b.valid} + 无效票 {b.invalid} = {b.valid + b.invalid}，不等于收回 {b.returned}",
                f"valid {b.valid} + invalid {b.invalid} = {b.valid + b.invalid}, not the {b.returned} returned",
                expected=b.returned, recorded=b.valid + b.invalid,
            )
        gated = any(g.code == "station_reconciliation" for g in out.gates)
        for j, s in enumerate(rnd.stations):
            if s.returned > s.issued and not gated:
                self.add(
                    "TK-RECON-2", f"{path}/stations/{j}/returned", f"{s.name}收回 {s.returned} 张，多于发出 {s.issued} 张",
                    f"{s.name} returned {s.returned}, more than the {s.issued} it issued", expected=f"<= {s.issued}", recorded=s.returned,
                )
        if rnd.stations:
            for key, zh in (("issued", "发出"), ("returned", "收回")):
                total = sum(getattr(s, key) for s in rnd.stations)
                if total != getattr(b, key):
                    self.add(
                        "TK-RECON-3", f"{here}/{key}", f"各投票站{zh}合计 {total}，与本轮{zh} {getattr(b, key)} 不符",
                        f"stations' {key} add up to {total}, not the round's {getattr(b, key)}", expected=total, recorded=getattr(b, key),
                    )

    def votes(self, rnd: Round, path: str) -> None:
        b = rnd.ballots
        if b is None or not rnd.tally:
            return
        valid = b.valid if b.valid is not None else b.returned
        clean = True
        for p in rnd.positions:
            per: Mapping[str, int] = rnd.tally.get(p.name, {})
            here = f"{path}/tally/{_tok(p.name)}"
            for name, votes in per.items():
                if votes > valid:
                    clean = False
                    self.add(
                        "TK-VOTES-1", f"{here}/{_tok(name)}", f"{p.name} {name} 得 {votes} 票，多于有效票 {valid} 张",
                        f"{p.name} {name} has {votes} votes, more than {valid} valid ballots", expected=f"<= {valid}", recorded=votes,
                    )
            total = sum(per.values())
            if total > p.seats * valid:
                clean = False
                self.add(
                    "TK-VOTES-2", here, f"{p.name}得票合计 {total}，多于 应选 {p.seats} × 有效票 {valid} = {p.seats * valid}",
                    f"{p.name} votes total {total}, more than {p.seats} seats × {valid} valid = {p.seats * valid}",
                    expected=f"<= {p.seats * valid}", recorded=total,
                )
        if clean:
            self.feasible(rnd, valid, path)

    def feasible(self, rnd: Round, valid: int, path: str) -> None:
        from tallykit.check.feasibility import Question, decide

        settings = self.c.profile.settings
        disapprove: dict[str, dict[str, int]] = {}
        abstain: dict[str, dict[str, int]] = {}
        for position, per in rnd.marks.items():
            for name, m in per.items():
                if m.disapprove is not None:
                    disapprove.setdefault(position, {})[name] = m.disapprove
                if m.abstain is not None:
                    abstain.setdefault(position, {})[name] = m.abstain
        q = Question(
            valid=valid,
            seats=tuple((p.name, p.seats) for p in rnd.positions),
            tally={p: dict(t) for p, t in rnd.tally.items()},
            printed={p: tuple(n) for p, n in rnd.candidates.items()},
            disapprove=disapprove,
            abstain=abstain,
            same_person_once="same_person_multi_post" in settings,
            writein_needs_disapproval=settings.get("abstainer_writein") is not None
            and settings["abstainer_writein"].value == "no_vote",
        )
        answer = decide(q)
        if answer.feasible is False:
            self.add(
                "TK-FEAS-1", f"{path}/tally", f"不存在能得出这些得票数的选票（{FEAS_METHOD.get(answer.method, answer.method)}）：{answer.reason_zh}",
                f"no ballots can give these totals ({answer.method}): {answer.reason_en}", expected="feasible", recorded="infeasible",
            )
        elif answer.feasible is None:
            self.add(
                "TK-FEAS-1", f"{path}/tally", f"可行性未判定：{answer.reason_zh}", f"feasibility not decided: {answer.reason_en}",
                severity=INFO,
            )

    # ------------------------------------------------------------ gates and outcome

    def gates(self, rnd: Round, out: RoundOutcome, path: str) -> None:
        """A failed gate voids the round: an error unless the round was declared void, then
        a note (the record is consistent)."""
        declared_void = rnd.declared is not None and rnd.declared.void is True
        severity = INFO if declared_void else None
        for g in out.gates:
            if g.passed:
                continue
            values = dict(g.values)
            if g.code == "station_reconciliation":
                self.add(
                    "TK-RECON-2", f"{path}/stations", f"投票站收回与发出核对未通过：{arithmetic(g.formula)} 不成立，本轮无效",
                    f"a polling station's returned against issued: {g.formula} does not hold; the round is void",
                    rules=g.rules, expected=g.formula, recorded=values, severity=severity,
                )
            elif g.code.startswith("reconciliation"):
                self.add(
                    "TK-RECON-1", f"{path}/ballots/returned", f"{text(g.code, Lang.ZH)}未通过：{arithmetic(g.formula)} 不成立，本轮无效",
                    f"{text(g.code, Lang.EN)}: {g.formula} does not hold; the round is void",
                    rules=g.rules, expected=g.formula, recorded=values, severity=severity,
                )
            else:
                where = "/electorate/present" if "present" in values else path
                self.add(
                    "TK-QUORUM-1", where, f"{text(g.code, Lang.ZH)}未达要求：{arithmetic(g.formula)} 不成立，本轮无效",
                    f"{text(g.code, Lang.EN)} not met: {g.formula} does not hold; the round is void",
                    rules=g.rules, expected=g.formula, recorded=values, severity=severity,
                )

    def outcome(self, rnd: Round, out: RoundOutcome, path: str) -> None:
        """Every declared field against the recount: void, elected (or nominated, recalled),
        the next step and the seats after a reduction (TK-OUTCOME-1..3)."""
        d = rnd.declared
        if d is None:
            return
        here = f"{path}/declared"
        named = {p: list(n) for p, n in (d.elected or {}).items() if n}
        if out.result == "void":
            self._void_declared(d, out, here, named)
            return
        rule = (out.threshold.rule,) if out.threshold is not None else None
        computed = out.elected
        if out.result == "nominated":
            shown = d.nominated if d.nominated is not None else d.elected
            key = "nominated" if d.nominated is not None else "elected"
        else:
            shown, key = d.elected, "elected"
        if shown is not None:
            for p in rnd.positions:
                want = computed.get(p.name, [])
                got = list(shown.get(p.name, ()))
                if out.result == "nominated" and d.nominated is not None:
                    self._nominated(p.name, want, got, out, f"{here}/{key}/{_tok(p.name)}")
                elif set(want) != set(got):
                    self._elected_differs(p.name, want, got, out, f"{here}/{key}/{_tok(p.name)}", rule)
        if out.result in ("recalled", "not_recalled"):
            if d.recalled is not None:
                want = [n for names in computed.values() for n in names]
                got = list(d.recalled)
                if set(want) != set(got):
                    self._elected_differs("罢免", want, got, out, f"{here}/recalled", rule, recall=True)
        want_next = NEXT_OF.get(out.result)  # a recall or a nomination has no next round
        if d.next != want_next:
            self.add(
                "TK-OUTCOME-3", f"{here}/next",
                f"按规则下一步应为{_step_zh(want_next)}，记录为{_step_zh(d.next)}",
                f"under the rules the next step is {want_next or 'none (done)'}, recorded {d.next or 'none'}",
                rules=self._rules_for("TK-OUTCOME-3", want_next or d.next, out), expected=want_next, recorded=d.next,
            )
        if out.result == "seat_reduction" and d.seats_after_reduction is not None:
            seated = sum(len(n) for o in self.c.rounds[: out.index + 1] if o.result != "void" for n in o.elected.values())
            if d.seats_after_reduction != seated:
                self.add(
                    "TK-OUTCOME-3", f"{here}/seats_after_reduction",
                    f"减少名额后名额应为已当选的 {seated} 名，记录为 {d.seats_after_reduction} 名",
                    f"after the seat reduction the seats are the {seated} elected, recorded {d.seats_after_reduction}",
                    rules=self._rules_for("TK-OUTCOME-3", "seat_reduction", out), expected=seated, recorded=d.seats_after_reduction,
                )

    def _void_declared(self, d: Any, out: RoundOutcome, here: str, named: dict[str, list[str]]) -> None:
        """A void round: declared so (nobody elected, no next round: it is held again), and when
        only the declaration makes it void, with a reason the reviewer can check (P-BALLOT-1,
        V-BALLOT-RECON-1)."""
        if d.next is not None and d.void is True:  # not declared void: TK-OUTCOME-1 says it all
            self.add(
                "TK-OUTCOME-3", f"{here}/next", f"无效的一轮须重新投票，不进行{_step_zh(d.next)}",
                f"a void round is held again, not followed by a {d.next}",
                rules=out.void_rules or None, expected=None, recorded=d.next,
            )
        if out.void_reason == "declared":
            if named:
                self.add(
                    "TK-OUTCOME-1", here, "宣布本轮无效，却又宣布了当选人", "the round was declared void and yet people were declared elected",
                    rules=out.void_rules or None, expected={"void": True, "elected": {}}, recorded={"void": True, "elected": named},
                )
            elif d.void_reason is None:
                self.add(
                    "TK-OUTCOME-1", f"{here}/void", "按规则本轮有效（各项核对均通过），记录宣布无效却未写明原因",
                    "under the rules the round is valid (every check passes); it was declared void with no reason given",
                    rules=out.void_rules or None, expected={"void": False}, recorded={"void": True, "void_reason": None},
                )
            else:
                self.add(
                    "TK-OUTCOME-1", f"{here}/void_reason",
                    f"按记录的票数本轮有效；宣布无效的原因为“{d.void_reason}”，须由审核人确认",
                    f"by the recorded figures the round is valid; it was declared void because “{d.void_reason}”: the reviewer confirms that ground",
                    rules=out.void_rules or None, expected={"void": False}, recorded={"void": True, "void_reason": d.void_reason},
                    severity=WARNING,
                )
            return
        if d.void is not True or named:
            self.add(
                "TK-OUTCOME-1", f"{here}/void" if d.void is not None and not named else here,
                f"按规则本轮无效（{text(out.void_reason or '', Lang.ZH)}），记录却"
                + ("未宣布无效" if d.void is not True else "")
                + ("并" if d.void is not True and named else "")
                + ("宣布了当选人" if named else ""),
                f"under the rules the round is void ({text(out.void_reason or '', Lang.EN)}) but "
                + ("it was not declared void" if d.void is not True else "")
                + (" and " if d.void is not True and named else "")
                + ("people were declared elected" if named else ""),
                rules=out.void_rules or None, expected={"void": True, "elected": {}}, recorded={"void": d.void, "elected": named},
            )

    def _elected_differs(
        self, post: str, want: list[str], got: list[str], out: RoundOutcome, path: str, rule: tuple[str, ...] | None,
        recall: bool = False,
    ) -> None:
        extra = [n for n in got if n not in want]
        missing = [n for n in want if n not in got]
        verb_zh, verb_en = ("罢免", "recalled") if recall else ("当选", "elected")
        zh = f"{post}：重新计算{verb_zh} {'、'.join(want) or '无'}，宣布 {'、'.join(got) or '无'}"
        en = f"{post}: recomputed {verb_en} {', '.join(want) or 'nobody'}, declared {', '.join(got) or 'nobody'}"
        if extra and out.threshold is not None:
            tally = out.recount.tally if out.recount is not None else self.r.rounds[out.index].tally
            votes = dict(tally.get(post, {})) if not recall else dict(next((s.ranking for s in out.seating), ()))
            why = {x: n for n in out.notes if n.position == post for x in n.names}
            for n in extra:
                zh += f"；{n} 得 {votes.get(n, 0)} 票，{verb_zh}须 {out.threshold.formula_zh}"
                en += f"; {n} has {votes.get(n, 0)} votes, {verb_en} needs {out.threshold.formula}"
                if n in why:
                    zh += f"，但{text(why[n].code, Lang.ZH)} [{why[n].rule}]"
                    en += f", but {text(why[n].code, Lang.EN)} [{why[n].rule}]"
        if missing:
            zh += f"；应{verb_zh}而未宣布：{'、'.join(missing)}"
            en += f"; {verb_en} under the rules but not declared: {', '.join(missing)}"
        self.add("TK-OUTCOME-2", path, zh, en, rules=rule, expected=want, recorded=got)

    def _nominated(self, post: str, want: list[str], got: list[str], out: RoundOutcome, path: str) -> None:
        """A recommendation (两推) or preliminary vote: the organisation names its list from among
        those who qualify (seeds/002: 在得票数超过推荐票一半以上的党员中…确定), so a declared name
        who does not qualify is an error, and leaving a qualifier off is not."""
        extra = [n for n in got if n not in want]
        if out.kind == "preliminary" and set(want) != set(got):
            self._elected_differs(post, want, got, out, path, (out.threshold.rule,) if out.threshold else None)
            return
        if extra:
            self._elected_differs(post, [n for n in got if n in want], got, out, path, (out.threshold.rule,) if out.threshold else None)

    def _rules_for(self, code: str, step: str | None, out: RoundOutcome) -> tuple[str, ...] | None:
        """The rules of a tie re-vote or a shortfall, as the round's procedure names them;
        TK-ROUND-1 is about the follow-up round itself."""
        proc = out.procedure
        if proc is None:
            return None
        return (proc.follow_up_rules(step) if code == "TK-ROUND-1" else proc.next_step_rules(step)) or None

    def recount(self, rnd: Round, out: RoundOutcome, path: str) -> None:
        rec = out.recount
        if rec is None:
            return
        b = rnd.ballots
        if b is not None:
            for key, mine, zh in (("returned", rec.returned, "收回"), ("valid", rec.counted, "有效"), ("invalid", rec.invalid, "无效")):
                recorded = getattr(b, key)
                if recorded is not None and recorded != mine:
                    self.add(
                        "TK-RECOUNT-1", f"{path}/ballots/{key}", f"按选票明细清点{zh}票 {mine} 张，记录为 {recorded}",
                        f"the ballot records give {mine} {key}, recorded {recorded}", expected=mine, recorded=recorded,
                    )
        if not rnd.tally:
            return
        for p in rnd.positions:
            ours: Mapping[str, int] = rec.tally.get(p.name, {})
            theirs: Mapping[str, int] = rnd.tally.get(p.name, {})
            for name in list(dict.fromkeys([*ours, *theirs])):
                a, r = ours.get(name, 0), theirs.get(name, 0)
                if a != r:
                    self.add(
                        "TK-RECOUNT-1", f"{path}/tally/{_tok(p.name)}/{_tok(name)}", f"{p.name} {name}：按选票明细得 {a} 票，记录为 {r} 票",
                        f"{p.name} {name}: the ballot records give {a} votes, recorded {r}", expected=a, recorded=r,
                    )

    def sequence(self, i: int, rnd: Round, path: str) -> None:
        """A tie re-vote or supplementary round follows a round whose outcome calls for it, with
        the right people and seats; a needed follow-up that is missing is noted."""
        last = i == len(self.r.rounds) - 1
        out = self.c.rounds[i]
        if last and out.result in ("tie_revote", "supplementary"):
            self.add(
                "TK-ROUND-2", path, f"本轮结果为：{text('result.' + out.result)}；文件中没有后续轮次", f"this round ends in {out.result} and no later round is recorded",
                rules=self._rules_for("TK-ROUND-2", out.result, out), severity=INFO, expected=out.result, recorded=None,
            )
        if rnd.kind not in ("tie_revote", "supplementary"):
            return
        prev = self._source(i, rnd.kind)
        rules_ = self._rules_for("TK-ROUND-1", rnd.kind, out)
        calls = prev is not None and (
            NEXT_OF.get(prev.result) == rnd.kind
            or (rnd.kind == "supplementary" and any(s.unfilled for s in prev.seating))
        )
        if not calls:
            self.add(
                "TK-ROUND-2", f"{path}/kind", f"本轮为{text(rnd.kind)}，但上一轮结果为：{text('result.' + prev.result) if prev else '无上一轮'}",
                f"this round is a {rnd.kind} but the previous round ended in {prev.result if prev else 'nothing'}",
                rules=rules_, expected=prev.result if prev else None, recorded=rnd.kind,
            )
            return
        assert prev is not None  # ``calls`` holds
        elected_before = {n for r in self.c.rounds[:i] if r.result != "void" for names in r.elected.values() for n in names}
        for p in rnd.positions:
            seat = next((s for s in prev.seating if s.position == p.name), None)
            printed = list(rnd.candidates.get(p.name, ()))
            here = f"{path}/candidates/{_tok(p.name)}"
            if seat is None:
                self.add("TK-ROUND-1", f"{path}/positions", f"上一轮没有职位 {p.name}", f"the previous round has no position {p.name}", rules=rules_)
                continue
            if rnd.kind == "tie_revote":
                want_seats, want = seat.tied_seats, sorted(seat.tied)
                if sorted(printed) != want:
                    self.add(
                        "TK-ROUND-1", here, f"再次投票的候选人应为票数相等的 {'、'.join(want)}，记录为 {'、'.join(printed)}",
                        f"the re-vote is among the tied {', '.join(want)}; recorded {', '.join(printed)}", rules=rules_, expected=want, recorded=printed,
                    )
            else:
                want_seats = seat.unfilled
                self._supplementary_ballot(prev, seat, printed, elected_before, here, rules_, p.seats)
            if want_seats and p.seats != want_seats:
                self.add(
                    "TK-ROUND-1", f"{path}/positions", f"{p.name} 本轮名额应为 {want_seats}，记录为 {p.seats}",
                    f"{p.name} has {want_seats} seat(s) at stake in this round, recorded {p.seats}", rules=rules_, expected=want_seats, recorded=p.seats,
                )

    def _supplementary_ballot(
        self, prev: RoundOutcome, seat: Any, printed: list[str], elected_before: set[str], here: str,
        rules_: tuple[str, ...] | None, seats: int,
    ) -> None:
        """V-SUPP-1, P-ELECT-5: the unelected with most votes stand; one with more votes than a
        printed candidate left off is an error, one tied with the last printed (a tie at the cut,
        which the law does not settle) a warning. A woman the women's guarantee adds does not
        lower the cut; a member seat held for a woman (V-WOMEN-1 ``reserved_seat``) admits women
        only."""
        votes = dict(seat.ranking)
        wrong = [n for n in printed if n in elected_before or n not in votes]
        if wrong:
            self.add(
                "TK-ROUND-1", here, f"另行选举候选人须为上一轮未当选的人：{'、'.join(wrong)} 不符",
                f"supplementary candidates must be unelected in the previous round: {', '.join(wrong)} are not", rules=rules_,
                expected="unelected", recorded=wrong,
            )
        notes = [n for n in prev.notes if n.position == seat.position]
        added = {x for n in notes if n.code == "woman_added_to_supplementary" for x in n.names}
        held = any(n.code == "woman_seat_left_empty" for n in notes)
        ranked = [n for n in printed if n in votes and n not in elected_before and n not in added]
        floor = min((votes[n] for n in ranked), default=None)
        left = [(n, v) for n, v in seat.ranking if floor is not None and v >= floor and n not in printed and n not in elected_before]
        if held and seats == 1:  # the held seat alone: only women could have stood
            left = [(n, v) for n, v in left if self._woman(n)]
        skipped = [n for n, v in left if v > (floor or 0)]
        tied = [n for n, v in left if v == floor]
        if skipped:
            self.add(
                "TK-ROUND-1", here, f"得票更多的未当选者 {'、'.join(skipped)} 未列为另行选举候选人",
                f"unelected people with more votes were left off the supplementary ballot: {', '.join(skipped)}", rules=rules_,
                expected=skipped, recorded=printed,
            )
        if tied:
            self.add(
                "TK-ROUND-1", here,
                f"{'、'.join(tied)} 与最后一名另行选举候选人同为 {floor} 票，未列为候选人；截止处票数相等如何取舍法律未规定，"
                "须说明（计票按全部列入处理）",
                f"{', '.join(tied)} tied with the last supplementary candidate on {floor} votes and were left off; the law "
                "does not settle a tie at the cut: explain how it was broken (the count lists all the tied)",
                rules=rules_, expected=tied, recorded=printed, severity=WARNING,
            )
        men = [n for n in printed if not self._woman(n)]
        if held and (men if seats == 1 else len(men) == len(printed)):
            self.add(
                "TK-ROUND-1", here,
                f"上一轮保留给妇女的委员名额只能由妇女竞选，候选人中 {'、'.join(men)} 不是妇女"
                if seats == 1
                else "上一轮保留了一个妇女委员名额，另行选举候选人中却没有妇女",
                f"the member seat held for a woman admits women only; {', '.join(men)} are not women"
                if seats == 1
                else "a member seat was held for a woman, yet no woman stands in the supplementary election",
                rules=("V-WOMEN-1", *(rules_ or ())), expected="women only" if seats == 1 else ">= 1 woman", recorded=printed,
            )

    def _woman(self, name: str) -> bool:
        c = self.r.candidate(name)
        return c is not None and c.gender == "female"

    def _source(self, i: int, kind: str) -> RoundOutcome | None:
        """The latest earlier round that calls for a round of ``kind``: a tie re-vote follows a
        tie; a supplementary round follows any round that left seats unfilled (possibly with a
        tie re-vote in between)."""
        for o in reversed(self.c.rounds[:i]):
            if o.result == kind or (kind == "supplementary" and any(s.unfilled for s in o.seating)):
                return o
            if o.kind != "tie_revote":
                break
        return self.c.rounds[i - 1] if i > 0 else None

    # ------------------------------------------------------------ people across rounds

    def one_post(self) -> None:
        """One person, one post (V-POS-1; party officers TK-POST-1): nobody is declared elected
        to two posts, in one round or across rounds."""
        held: dict[str, str] = {}
        for i, (rnd, out) in enumerate(zip(self.r.rounds, self.c.rounds)):
            d = rnd.declared
            if d is None or d.elected is None or out.result == "void" or out.result == "nominated":
                continue
            for post, names in d.elected.items():
                for j, n in enumerate(names):
                    first = held.setdefault(n, post)
                    if first != post:
                        self.add(
                            "TK-POST-1", f"/rounds/{i}/declared/elected/{_tok(post)}/{j}",
                            f"{n} 已当选{first}，又宣布当选{post}：一人只任一职，高职务先定，当选者不再计入较低职务",
                            f"{n} was elected {first} and declared elected {post} as well: one person holds one post; "
                            "the higher post is decided first and its holder leaves the lower posts",
                            expected=first, recorded=[first, post],
                        )

    def exclusions(self) -> None:
        """P-QUORUM-2: a voter listed as not counted in 应到会 without both approvals stays in it
        (the count adds the person back, ``counting.unapproved_voters``); the recorded figure is
        wrong — an error when counting on it changes a round's outcome, else a warning."""
        from tallykit.counting.electorate import unapproved_voters

        e = self.r.electorate
        if self.family != "party" or e.expected is None:
            return
        idx = unapproved_voters(self.r, self.c.profile)
        if not idx:
            return
        approved = tuple(
            attrs.evolve(x, upper_approved=True, meeting_approved=True) if k in idx else x
            for k, x in enumerate(e.exclusions)
        )
        as_recorded = count(attrs.evolve(self.r, electorate=attrs.evolve(e, exclusions=approved)), profile=self.c.profile)
        rounds = [
            a.index + 1
            for a, b in zip(self.c.rounds, as_recorded.rounds)
            if (a.result, a.elected, a.tied) != (b.result, b.elected, b.tied)
        ]
        fixed = e.expected + len(idx)
        who_zh, who_en = [], []
        for k in idx:
            x = e.exclusions[k]
            lack_zh = "、".join(z for ok, z in ((x.upper_approved, "上级党组织同意"), (x.meeting_approved, "党员大会通过")) if not ok)
            lack_en = " and ".join(z for ok, z in ((x.upper_approved, "the higher organisation's consent"), (x.meeting_approved, "the meeting's vote")) if not ok)
            who_zh.append(f"{x.name}（{x.reason or '未写明原因'}，未经{lack_zh}）")
            who_en.append(f"{x.name} ({x.reason or 'no reason given'}; without {lack_en})")
        zh = (
            f"{'、'.join(who_zh)}不计入应到会须经上级党组织同意并经党员大会通过，仍计入应到会："
            f"应到会应为 {e.expected}+{len(idx)}={fixed} 人，记录为 {e.expected} 人"
        )
        en = (
            f"{'; '.join(who_en)}: leaving a member out of 应到会 needs the higher organisation's consent and "
            f"the meeting's vote, so they stay in: 应到会 is {e.expected}+{len(idx)}={fixed}, recorded {e.expected}"
        )
        for mine, theirs in zip(self.c.rounds[:1], as_recorded.rounds[:1]):
            q, qr = (next((g for g in o.gates if g.code in ("quorum", "attendance")), None) for o in (mine, theirs))
            if q is not None and qr is not None:
                zh += f"；到会 {arithmetic(q.formula)}，{'成立' if q.passed else '不成立'}（按记录 {arithmetic(qr.formula)}，{'成立' if qr.passed else '不成立'}）"
                en += f"; attendance {q.formula} {'holds' if q.passed else 'fails'} (as recorded {qr.formula} {'holds' if qr.passed else 'fails'})"
            t, tr = mine.threshold, theirs.threshold
            if t is not None and tr is not None and t.base_name == "expected" and t.min_votes != tr.min_votes:
                zh += f"；当选须 {t.formula_zh}，至少 {t.min_votes} 票（按记录至少 {tr.min_votes} 票）"
                en += f"; election needs {t.formula}, at least {t.min_votes} (as recorded {tr.min_votes})"
        if rounds:
            zh += f"；按记录的应到会计算，第 {'、'.join(map(str, rounds))} 轮的结果不同，须依规纠正"
            en += f"; counted on the recorded figure, round(s) {', '.join(map(str, rounds))} would end differently: correct them under the rules"
        else:
            zh += "；结果不变，但记录的应到会须更正"
            en += "; the outcome is the same, but the recorded figure must be corrected"
        self.add(
            "TK-EXCL-1", "/electorate/expected", zh, en, expected=fixed, recorded=e.expected,
            severity=ERROR if rounds else WARNING,
        )

    def initiation(self) -> None:
        """A recall is raised by at least one fifth of the voters (组织法 art.16; 居委会组织法
        art.10: of the residents aged 18) or one third of the village representatives (V-RECALL-1,
        R-RECALL-1); below it the recall vote should not have been held."""
        ini = self.r.initiation
        recall = self.r.election.kind == "recall" or any(r.kind == "recall" for r in self.r.rounds)
        if not recall or ini is None or ini.signatures is None:
            return
        n = ini.signatures
        if ini.by == "representatives":
            if self.family == "residents":
                self.add(
                    "TK-RECALL-1", "/initiation/by",
                    "居民委员会组织法第十条由五分之一以上的十八周岁以上居民、五分之一以上的户或三分之一以上的居民小组提议，"
                    "没有由居民代表提议的规定，无法核对提议人数",
                    "the residents' law (art. 10) has a fifth of the residents aged 18, a fifth of the households or a "
                    "third of the resident groups propose it, not representatives: the initiation cannot be checked",
                    expected="voters", recorded="representatives", severity=WARNING,
                )
                return
            base = ini.representatives_total
            if base is None or 3 * n >= base:
                return
            zh = f"罢免由 {n} 名村民代表联名提出，少于村民代表 {base} 名的三分之一（3×{n}={3 * n} < {base}）"
            en = f"the recall was raised by {n} representatives, under a third of the {base} (3*{n} < {base})"
            where, want = "/initiation/signatures", -(-base // 3)
        else:
            base, exact = (ini.eligible, True) if ini.eligible is not None else (self.r.electorate.registered, False)
            if base is None or 5 * n >= base:
                return
            whom_zh = "有选举权的村（居）民" if exact else "登记选民（有选举权的不少于此数）"
            whom_en = "voters" if exact else "registered voters (there are at least as many with the vote)"
            zh = f"罢免由 {n} 人联名提出，少于{whom_zh} {base} 人的五分之一（5×{n}={5 * n} < {base}）"
            en = f"the recall was raised by {n} people, under a fifth of the {base} {whom_en} (5*{n} < {base})"
            where, want = "/initiation/signatures", -(-base // 5)
        self.add(
            "TK-RECALL-1", where, zh + "，罢免要求不成立，罢免投票结果不能生效",
            en + ": the recall request is not valid and its vote cannot take effect",
            expected=f">= {want}", recorded=n,
        )

    def recommendation_list(self, rnd: Round, out: RoundOutcome, path: str) -> None:
        """两推 (seeds/002): the initial list is chosen among those with more than half of the
        recommendation votes, keeping a margin of at least 20% of the seats (TK-REC-3, the P-CAND-1
        arithmetic); when fewer qualify, or fewer are declared, say so."""
        if out.result != "nominated" or rnd.kind != "recommendation":
            return
        declared = rnd.declared.nominated if rnd.declared is not None else None
        for s in out.seating:
            need = rules.min_candidates(s.seats)
            if len(s.qualified) < need:
                self.add(
                    "TK-REC-3", f"{path}/tally/{_tok(s.position)}",
                    f"{s.position}应选 {s.seats} 名，初步人选须不少于 {need} 名（差额不少于 20%），推荐票过半数的只有 "
                    f"{len(s.qualified)} 名（{'、'.join(s.qualified) or '无'}）",
                    f"{s.position}: {s.seats} seat(s) need an initial list of at least {need} (a 20% margin); only "
                    f"{len(s.qualified)} have more than half of the recommendation votes",
                    expected=f">= {need}", recorded=len(s.qualified),
                )
            elif declared is not None and s.position in declared and len(declared[s.position]) < need:
                got = declared[s.position]
                self.add(
                    "TK-REC-3", f"{path}/declared/nominated/{_tok(s.position)}",
                    f"{s.position}确定的初步人选 {len(got)} 名，少于所需的 {need} 名（应选 {s.seats} 名，差额不少于 20%）",
                    f"{s.position}: {len(got)} on the initial list, fewer than the {need} needed ({s.seats} seat(s), a 20% margin)",
                    expected=f">= {need}", recorded=len(got),
                )

    # ------------------------------------------------------------ candidates, officials, proxies

    def candidates_checks(self) -> None:
        kind = self.r.election.kind
        single = self.c.profile.settings.get("single_given_name")
        convention: SingleGivenName = "compare_next" if single and single.value == "compare_next" else "empty_first"
        for i, rnd in enumerate(self.r.rounds):
            if rnd.kind not in ("formal", "preliminary"):
                continue
            for p in rnd.positions:
                printed = rnd.candidates.get(p.name)
                if printed is None:
                    continue
                here = f"/rounds/{i}/candidates/{_tok(p.name)}"
                if rnd.kind == "formal" and kind not in OFFICER_KINDS and kind not in ("recall", "recommendation"):
                    need = rules.candidates_needed(self.c.profile["candidate_margin"], p.seats)
                    if need is not None and len(printed) < need:
                        self.add(
                            "TK-MARGIN-1", here, f"{p.name}应选 {p.seats} 名，候选人 {len(printed)} 名，至少应为 {need} 名",
                            f"{p.name}: {p.seats} seat(s), {len(printed)} candidates; at least {need} needed",
                            expected=f">= {need}", recorded=len(printed),
                        )
                if kind in OFFICER_KINDS or not strokes_checked(self.c.profile, p.name, tuple(q.name for q in rnd.positions)):
                    continue
                from tallykit.counting.strokes import check_order

                checked = check_order(printed, single_given_name=convention)
                if not checked.in_order:
                    self.add(
                        "TK-ORDER-1", here, f"{p.name}候选人未按姓氏笔画排序，应为：{'、'.join(checked.expected)}",
                        f"{p.name} candidates are not in surname stroke order; expected: {', '.join(checked.expected)}",
                        expected=list(checked.expected), recorded=list(printed),
                    )

    def officials(self) -> None:
        o = self.r.officials
        if o is None:
            return
        standing = set(self.r.standing)
        for key, zh, severity in (
            ("scrutineers", "监票人", ERROR),
            ("counters", "计票人", WARNING),
            ("assisted_writers", "代写人", ERROR),
        ):
            for j, name in enumerate(getattr(o, key)):
                if name in standing:
                    self.add(
                        "TK-OFFICIAL-1", f"/officials/{key}/{j}", f"候选人 {name} 担任{zh}", f"candidate {name} served as {key[:-1]}",
                        severity=severity, expected="not a candidate", recorded=name,
                    )

    def proxies(self) -> None:
        """Proxies as the counting core judged them (its rejected-proxy notes, with their rule);
        under a profile without a proxy limit (party rules) no proxy is allowed at all."""
        if not self.r.proxies:
            return
        if "proxy_limit" not in self.c.profile.settings:
            for j, p in enumerate(self.r.proxies):
                self.add(
                    "TK-PROXY-1", f"/proxies/{j}", f"本规则版本不允许委托投票：{p.principal} 委托 {p.proxy}",
                    f"this profile allows no proxy: {p.principal} authorised {p.proxy}", expected=None, recorded=p.principal,
                )
            return
        seen: set[Any] = set()
        rejected = []
        for out in self.c.rounds:
            for note in getattr(out, "notes", ()):
                if not note.code.startswith("proxy_") or (note.code, note.names) in seen:
                    continue
                seen.add((note.code, note.names))
                rejected.append(note)
        if not rejected:
            return
        risks, margins = self._proxy_exposure()
        n = len(rejected)
        if risks:
            tail_zh = (
                f"；被拒绝的 {n} 份委托的选票可能改变结果："
                + "；".join(z for z, _ in risks)
                + "。须由审核人决定是否重新投票"
            )
            tail_en = (
                f"; the ballots of the {n} rejected authorisation(s) could change the result: "
                + "; ".join(e for _, e in risks)
                + ". The reviewer decides whether to order a new vote"
            )
        else:
            tail_zh = (
                "；该委托无效，其选票不算参加投票，即使计入了得票也不能改变结果"
                "（减票只减少赞成票，未当选、未罢免的不会因此当选、被罢免）"
                + "".join(f"；{z}" for z, _ in margins)
            )
            tail_en = (
                "; the authorisation is invalid and its ballot is no one's participation; even if "
                "counted it cannot change the outcome (removing ballots only removes approvals: "
                "nobody unelected or not recalled becomes elected or recalled)"
                + "".join(f"; {e}" for _, e in margins)
            )
        for note in rejected:
            principal, proxy = (tuple(note.names) + ("", ""))[:2]
            at = next((k for k, p in enumerate(self.r.proxies) if (p.principal, p.proxy) == (principal, proxy)), None)
            zh, en = PROXY_TEXT.get(note.code, (note.code, note.code))
            counted = note.code == "proxy_over_limit"  # the record counted a ballot it may not hold
            if counted:
                zh += "；记录把这份委托的选票计入了收回选票和参加投票人数，须更正记录的合计"
                en += "; the record counted this authorisation's ballot among those returned and taking part: correct the recorded totals"
            param = PROXY_PARAMETER.get(note.code)
            if param is not None:  # the amended law's rule, reported, not verified (grade C)
                zh += self.c.profile.caveat(param, Lang.ZH)
                en += self.c.profile.caveat(param, Lang.EN)
            self.add(
                "TK-PROXY-1", "/proxies" if at is None else f"/proxies/{at}",
                f"{principal} 委托 {proxy}：{zh}{tail_zh}", f"{principal} authorised {proxy}: {en}{tail_en}",
                rules=tuple(dict.fromkeys(("V-PROXY-1", note.rule))), expected=None, recorded=note.code,
                severity=ERROR if risks or counted else WARNING,
            )

    def _proxy_exposure(self) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        """V-PROXY-1, D11: per counted round and post, who the rejected ballots could unseat
        (``villager.proxy_at_risk``), else the narrowest margin, as (zh, en) texts. A void round
        stays void (its gates already leave the rejected ballots out); under 上票下加 a ballot
        adds to a person's count once per post summed."""
        from tallykit.counting.villager import election_form, proxy_at_risk, turnout_passes

        risks: list[tuple[str, str]] = []
        margins: list[tuple[str, str]] = []
        summed_mode = self.c.profile.settings.get("carry_down")
        for rnd, out in zip(self.r.rounds, self.c.rounds):
            r = sum(1 for n in out.notes if n.code.startswith("proxy_"))
            turnout = next((g for g in out.gates if g.code == "turnout"), None)
            if turnout is not None and r:  # 双过半's first half on the voters without them
                v, reg = turnout.values["participants"], turnout.values["registered"]
                form = election_form(self.r, self.c.profile)
                if bool(turnout_passes(v + r, reg, turnout.rule, form)) != turnout.passed:
                    risks.append(
                        (
                            f"第{out.index + 1}轮参加投票人数不计这些选票为 {v} 人，{arithmetic(turnout.formula)}，"
                            f"{'成立' if turnout.passed else '不成立，本轮无效'}；计入则为 {v + r} 人，结果相反",
                            f"round {out.index + 1}: without those ballots {v} took part, {turnout.formula} "
                            f"{'holds' if turnout.passed else 'fails and the round is void'}; counting them, {v + r} did "
                            "and the answer is the opposite",
                        )
                    )
            if out.result == "void" or out.threshold is None or r == 0:
                continue
            t = out.threshold
            for i, s in enumerate(out.seating):
                carried = rnd.kind == "formal" and (
                    (summed_mode is not None and summed_mode.value == "mandatory" and i > 0)
                    or any(n.code == "carry_down_applied" and n.position == s.position for n in out.notes)
                )
                loss = r * (i + 1) if carried else r
                votes = dict(s.ranking)
                rival = max((v for n, v in s.ranking if n not in s.elected and t.passes(v)), default=None)
                head_zh, head_en = f"第{out.index + 1}轮{s.position}", f"round {out.index + 1} {s.position}"
                at_risk = proxy_at_risk(s.ranking, s.elected, s.tied, t.passes, loss)
                for n in at_risk:
                    v = votes[n]
                    zh = f"{head_zh} {n} 得 {v} 票，{v}-{loss}={v - loss}，门槛 {t.formula_zh}"
                    en = f"{head_en} {n} has {v} votes, {v}-{loss}={v - loss}, threshold {t.formula}"
                    if n in s.tied:
                        zh += "，与他人票数相等，一票即可分出先后"
                        en += ", tied with others: one ballot breaks the tie"
                    elif rival is not None:
                        zh += f"，未当选者最多 {rival} 票"
                        en += f", the best unelected has {rival}"
                    risks.append((zh, en))
                if at_risk or not s.elected:
                    continue
                e, v = min(((n, votes[n]) for n in s.elected), key=lambda x: x[1])
                zh = f"{head_zh} {e} {v}-{loss}={v - loss}，仍满足 {t.formula_zh}"
                en = f"{head_en} {e} {v}-{loss}={v - loss} still meets {t.formula}"
                if rival is not None:
                    zh += f"，且多于未当选者最多的 {rival} 票"
                    en += f" and stays above the best unelected, {rival}"
                margins.append((zh, en))
        return risks, margins


FEAS_METHOD = {"bounds": "按上下界判定", "z3": "逐张选票求解判定"}


def _step_zh(step: str | None) -> str:
    """A next step in Chinese words (never the English value)."""
    return f"“{text(step)}”" if step else "无（选举完成）"


PROXY_PARAMETER = {"proxy_over_limit": "proxy_limit", "proxy_held_by_candidate": "candidate_may_hold_proxy"}
PROXY_TEXT = {
    "proxy_principal_voted": ("委托人本人也投了票，委托票无效", "the principal also voted in person; the proxy ballot is void"),
    "proxy_not_near_relative": ("受托人不是委托人的近亲属", "the proxy is not a near relative of the principal"),
    "proxy_duplicate_principal": ("同一委托人重复委托", "the principal authorised more than once"),
    "proxy_over_limit": ("受托人接受委托超过规定人数", "the proxy holds more authorisations than allowed"),
    "proxy_held_by_candidate": ("受托人是本次选举的候选人，候选人不得接受委托", "the proxy is a candidate in this election; candidates may not hold proxies"),
}


__all__ = ["Report", "verify"]
