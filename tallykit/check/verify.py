"""Check a recorded result against the rules: every finding, never stopping at the first.

``verify(results)`` recounts the file with ``tallykit.counting.rounds.count`` and runs every check
of the catalogue on it: each TK code has one generator function, registered with
``tallykit.findings.check`` (here the counts, the rounds and the declared outcome; the people in
``tallykit.procedure.eligibility`` and ``composition``; the dates in ``timeline``). Rule ids come
from the catalogue for the election family at hand, or from the counting core's own values (a
gate's rule, the threshold's rule, a void round's rules), so the checks are the same for every
family the core can count.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

import tallykit.procedure.composition  # noqa: F401  (registers the people checks)
import tallykit.procedure.timeline  # noqa: F401  (registers the timeline checks)
from tallykit import parameters as P
from tallykit import rules
from tallykit.counting.explain import arithmetic
from tallykit.counting.outcome import Count, Gate, RoundOutcome
from tallykit.counting.rounds import count, strokes_checked
from tallykit.exits import RunReport
from tallykit.findings import BY_CODE, ERROR, INFO, REGISTRY, WARNING, Finding, Stage, check
from tallykit.procedure.subject import Subject
from tallykit.profiles import Profile
from tallykit.results import Results, Round, _tok
from tallykit.serial import to_json
from tallykit.text.texts import text
from tallykit.version import REPORT_FORMAT, __version__
from tallykit.vocabulary import Lang

if TYPE_CHECKING:
    from tallykit.procedure.workdays import Calendar

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

    def json_view(self) -> dict[str, Any]:
        """The report as JSON shows it (``tallykit.serial.to_json``)."""
        return {
            "status": self.status,
            "profile": self.profile.describe(),
            "findings": self.findings,
            "outcome": self.count.rounds,
        }

    def entry(self, file: str, sha256: str | None, lang: Lang = Lang.ZH) -> dict[str, Any]:
        """This file's entry of the verify report: its name, the SHA-256 of its bytes, the rest."""
        return {"file": file, "sha256": sha256, **to_json(self, lang)}


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
        "summary": RunReport.of_entries(entries).summary,
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
    return Report(counted.profile, tuple(run_checks(Subject(results, counted, calendar))), counted)


def run_checks(s: Subject) -> Iterator[Finding]:
    """The findings of every registered check (``tallykit.findings.REGISTRY``), stage by stage;
    the round checks round by round."""
    for stage in Stage:
        checks = [c for c in REGISTRY.values() if c.stage == stage]
        if stage == Stage.ROUND:
            for i in range(min(len(s.results.rounds), len(s.counted.rounds))):
                for c in checks:
                    yield from c.run(s, i)
        else:
            for c in checks:
                yield from c.run(s)


def checks_by_code() -> dict[str, str | None]:
    """Each catalogue code's registered check (``module.function``; ``tallykit rules`` lists
    it), or None for a code ``PRODUCED_ELSEWHERE``."""
    return {code: f"{c.run.__module__}.{c.run.__qualname__}" if (c := REGISTRY.get(code)) else None for code in BY_CODE}


def _round(s: Subject, i: int) -> tuple[Round, RoundOutcome, str]:
    """Round ``i`` as recorded, as counted, and its JSON pointer."""
    return s.results.rounds[i], s.counted.rounds[i], f"/rounds/{i}"


# ------------------------------------------------------------ the file as a whole


@check("TK-PROFILE-1")
def profile_period(s: Subject) -> Iterator[Finding]:
    """The profile used (named in the file or given) is outside its period for the election
    day; the finding names both profiles (V-2026-DATE)."""
    p = s.counted.profile
    c = p.choice
    if c is None or c.fits is None or p.period is None:
        return
    where = next(
        (k for k, v in (("/timeline/election_day", s.results.timeline.get("election_day")), ("/election/date", s.results.election.date)) if v),
        "/rounds/0/date",
    )
    yield s.finding(
        "TK-PROFILE-1", "/profile" if c.by == "file" else where,
        f"规则版本 {p.id} 适用于 {p.period.text(Lang.ZH)}举行的选举，本次选举日为 {c.day}，按日期应适用 {c.fits}",
        f"profile {p.id} covers elections {p.period.text(Lang.EN)}; the election day is {c.day}, for which the date gives {c.fits}",
        rules=(p.period.rule or "TK-PROFILE-1",), expected=c.fits, recorded=p.id,
    )


@check("TK-NAME-1")
def names(s: Subject) -> Iterator[Finding]:
    """A name read in one spelling (full-width characters, stray spaces: FMT-NAME)."""
    for note in s.results.notes:
        yield s.finding(
            "TK-NAME-1", note.path, f"姓名“{note.raw}”按“{note.normalized}”处理", f"name {note.raw!r} read as {note.normalized!r}",
            expected=note.normalized, recorded=note.raw,
        )


# ------------------------------------------------------------ ballots and votes


@check("TK-RECON-4", Stage.ROUND)
def issued_to_voters(s: Subject, i: int) -> Iterator[Finding]:
    """No more ballots issued than voters (present, else registered)."""
    rnd, _, path = _round(s, i)
    b = rnd.ballots
    voters = s.results.electorate.present if s.results.electorate.present is not None else s.results.electorate.registered
    if b is not None and voters is not None and b.issued > voters:
        yield s.finding(
            "TK-RECON-4", f"{path}/ballots/issued", f"发出选票 {b.issued} 张，多于有选举权的人数 {voters}",
            f"{b.issued} ballots issued, more than {voters} voters", expected=f"<= {voters}", recorded=b.issued,
        )


@check("TK-BALLOTS-1", Stage.ROUND)
def ballot_classes(s: Subject, i: int) -> Iterator[Finding]:
    """Valid plus invalid is the number returned."""
    rnd, _, path = _round(s, i)
    b = rnd.ballots
    if b is not None and b.valid is not None and b.invalid is not None and b.valid + b.invalid != b.returned:
        yield s.finding(
            "TK-BALLOTS-1", f"{path}/ballots", f"有效票 {b.valid} + 无效票 {b.invalid} = {b.valid + b.invalid}，不等于收回 {b.returned}",
            f"valid {b.valid} + invalid {b.invalid} = {b.valid + b.invalid}, not the {b.returned} returned",
            expected=b.returned, recorded=b.valid + b.invalid,
        )


@check("TK-RECON-2", Stage.ROUND)
def stations_returned(s: Subject, i: int) -> Iterator[Finding]:
    """A polling station returned more than it issued: the failed gate when the profile
    reconciles every station (the round is void: an error unless declared void, then a note),
    else each such station."""
    rnd, out, path = _round(s, i)
    gates = [g for g in out.gates if g.code == "station_reconciliation"]
    if not gates and rnd.ballots is not None:
        for j, st in enumerate(rnd.stations):
            if st.returned > st.issued:
                yield s.finding(
                    "TK-RECON-2", f"{path}/stations/{j}/returned", f"{st.name}收回 {st.returned} 张，多于发出 {st.issued} 张",
                    f"{st.name} returned {st.returned}, more than the {st.issued} it issued", expected=f"<= {st.issued}", recorded=st.returned,
                )
    for g in gates:
        if not g.passed:
            yield _failed_gate(
                s, rnd, g, "TK-RECON-2", f"{path}/stations", f"投票站收回与发出核对未通过：{arithmetic(g.formula)} 不成立，本轮无效",
                f"a polling station's returned against issued: {g.formula} does not hold; the round is void",
            )


@check("TK-RECON-3", Stage.ROUND)
def stations_add_up(s: Subject, i: int) -> Iterator[Finding]:
    """The stations' issued and returned add up to the round's."""
    rnd, _, path = _round(s, i)
    b = rnd.ballots
    if b is None or not rnd.stations:
        return
    for key, zh in (("issued", "发出"), ("returned", "收回")):
        total = sum(getattr(st, key) for st in rnd.stations)
        if total != getattr(b, key):
            yield s.finding(
                "TK-RECON-3", f"{path}/ballots/{key}", f"各投票站{zh}合计 {total}，与本轮{zh} {getattr(b, key)} 不符",
                f"stations' {key} add up to {total}, not the round's {getattr(b, key)}", expected=total, recorded=getattr(b, key),
            )


def _valid(rnd: Round) -> int | None:
    """The valid ballots the votes are judged against (returned when valid is not recorded);
    None when the round records no ballots or no tally."""
    b = rnd.ballots
    if b is None or not rnd.tally:
        return None
    return b.valid if b.valid is not None else b.returned


def _over_valid(rnd: Round, valid: int) -> Iterator[tuple[Any, str, int]]:
    """(position, name, votes) of each person with more votes than valid ballots."""
    for p in rnd.positions:
        for name, votes in rnd.tally.get(p.name, {}).items():
            if votes > valid:
                yield p, name, votes


def _over_seats(rnd: Round, valid: int) -> Iterator[tuple[Any, int]]:
    """(position, total) of each position with more votes than seats × valid."""
    for p in rnd.positions:
        total = sum(rnd.tally.get(p.name, {}).values())
        if total > p.seats * valid:
            yield p, total


@check("TK-VOTES-1", Stage.ROUND)
def votes_per_person(s: Subject, i: int) -> Iterator[Finding]:
    """Nobody has more votes than valid ballots."""
    rnd, _, path = _round(s, i)
    valid = _valid(rnd)
    if valid is None:
        return
    for p, name, votes in _over_valid(rnd, valid):
        yield s.finding(
            "TK-VOTES-1", f"{path}/tally/{_tok(p.name)}/{_tok(name)}", f"{p.name} {name} 得 {votes} 票，多于有效票 {valid} 张",
            f"{p.name} {name} has {votes} votes, more than {valid} valid ballots", expected=f"<= {valid}", recorded=votes,
        )


@check("TK-VOTES-2", Stage.ROUND)
def votes_per_position(s: Subject, i: int) -> Iterator[Finding]:
    """A position's votes are at most seats × valid ballots."""
    rnd, _, path = _round(s, i)
    valid = _valid(rnd)
    if valid is None:
        return
    for p, total in _over_seats(rnd, valid):
        yield s.finding(
            "TK-VOTES-2", f"{path}/tally/{_tok(p.name)}", f"{p.name}得票合计 {total}，多于 应选 {p.seats} × 有效票 {valid} = {p.seats * valid}",
            f"{p.name} votes total {total}, more than {p.seats} seats × {valid} valid = {p.seats * valid}",
            expected=f"<= {p.seats * valid}", recorded=total,
        )


@check("TK-FEAS-1", Stage.ROUND)
def feasible(s: Subject, i: int) -> Iterator[Finding]:
    """Some set of lawful ballots gives the recorded totals (asked only when no total is over
    its bound: TK-VOTES-1 and -2 say it then)."""
    from tallykit.check.feasibility import Question, decide

    rnd, _, path = _round(s, i)
    valid = _valid(rnd)
    if valid is None or any(_over_valid(rnd, valid)) or any(_over_seats(rnd, valid)):
        return
    profile = s.counted.profile
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
        same_person_once=profile.applies(P.SAME_PERSON_MULTI_POST),
        writein_needs_disapproval=profile.get(P.ABSTAINER_WRITEIN) == "no_vote",
    )
    answer = decide(q)
    if answer.feasible is False:
        yield s.finding(
            "TK-FEAS-1", f"{path}/tally", f"不存在能得出这些得票数的选票（{text('feasibility.' + answer.method, Lang.ZH)}）：{answer.reason_zh}",
            f"no ballots can give these totals ({text('feasibility.' + answer.method, Lang.EN)}): {answer.reason_en}", expected="feasible", recorded="infeasible",
        )
    elif answer.feasible is None:
        yield s.finding(
            "TK-FEAS-1", f"{path}/tally", f"可行性未判定：{answer.reason_zh}", f"feasibility not decided: {answer.reason_en}",
            severity=INFO,
        )


# ------------------------------------------------------------ gates and outcome


def _failed_gate(s: Subject, rnd: Round, gate: Gate, code: str, path: str, zh: str, en: str) -> Finding:
    """A failed gate voids the round: an error unless the round was declared void, then a note
    (the record is consistent)."""
    declared_void = rnd.declared is not None and rnd.declared.void is True
    return s.finding(
        code, path, zh, en, rules=gate.rules, expected=gate.formula, recorded=dict(gate.values),
        severity=INFO if declared_void else None,
    )


@check("TK-RECON-1", Stage.ROUND)
def reconciliation(s: Subject, i: int) -> Iterator[Finding]:
    """The ballots returned against those issued (and, for villagers, the voters)."""
    rnd, out, path = _round(s, i)
    for g in out.gates:
        if not g.passed and g.code.startswith("reconciliation"):
            yield _failed_gate(
                s, rnd, g, "TK-RECON-1", f"{path}/ballots/returned", f"{text(g.code, Lang.ZH)}未通过：{arithmetic(g.formula)} 不成立，本轮无效",
                f"{text(g.code, Lang.EN)}: {g.formula} does not hold; the round is void",
            )


@check("TK-QUORUM-1", Stage.ROUND)
def quorum(s: Subject, i: int) -> Iterator[Finding]:
    """Attendance (party) or turnout (villagers, residents)."""
    rnd, out, path = _round(s, i)
    for g in out.gates:
        if not g.passed and g.code != "station_reconciliation" and not g.code.startswith("reconciliation"):
            yield _failed_gate(
                s, rnd, g, "TK-QUORUM-1", "/electorate/present" if "present" in g.values else path,
                f"{text(g.code, Lang.ZH)}未达要求：{arithmetic(g.formula)} 不成立，本轮无效",
                f"{text(g.code, Lang.EN)} not met: {g.formula} does not hold; the round is void",
            )


@check("TK-OUTCOME-1", Stage.ROUND)
def declared_void(s: Subject, i: int) -> Iterator[Finding]:
    """The round's validity as declared against the recount: a void round declared so with
    nobody elected; a round void only by its declaration, with a reason the reviewer can check
    (P-BALLOT-1, V-BALLOT-RECON-1)."""
    rnd, out, path = _round(s, i)
    d = rnd.declared
    if d is None or out.result != "void":
        return
    here = f"{path}/declared"
    named = {p: list(n) for p, n in (d.elected or {}).items() if n}
    if out.void_reason == "declared":
        if named:
            yield s.finding(
                "TK-OUTCOME-1", here, "宣布本轮无效，却又宣布了当选人", "the round was declared void and yet people were declared elected",
                rules=out.void_rules or None, expected={"void": True, "elected": {}}, recorded={"void": True, "elected": named},
            )
        elif d.void_reason is None:
            yield s.finding(
                "TK-OUTCOME-1", f"{here}/void", "按规则本轮有效（各项核对均通过），记录宣布无效却未写明原因",
                "under the rules the round is valid (every check passes); it was declared void with no reason given",
                rules=out.void_rules or None, expected={"void": False}, recorded={"void": True, "void_reason": None},
            )
        else:
            yield s.finding(
                "TK-OUTCOME-1", f"{here}/void_reason",
                f"按记录的票数本轮有效；宣布无效的原因为“{d.void_reason}”，须由审核人确认",
                f"by the recorded figures the round is valid; it was declared void because “{d.void_reason}”: the reviewer confirms that ground",
                rules=out.void_rules or None, expected={"void": False}, recorded={"void": True, "void_reason": d.void_reason},
                severity=WARNING,
            )
    elif d.void is not True or named:
        yield s.finding(
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


@check("TK-OUTCOME-2", Stage.ROUND)
def declared_people(s: Subject, i: int) -> Iterator[Finding]:
    """Who was declared elected (nominated, recalled) against the recount of a round that is
    not void."""
    rnd, out, path = _round(s, i)
    d = rnd.declared
    if d is None or out.result == "void":
        return
    here = f"{path}/declared"
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
                yield from _nominated(s, p.name, want, got, out, f"{here}/{key}/{_tok(p.name)}")
            elif set(want) != set(got):
                yield _elected_differs(s, p.name, want, got, out, f"{here}/{key}/{_tok(p.name)}", rule)
    if out.result in ("recalled", "not_recalled") and d.recalled is not None:
        want = [n for names in computed.values() for n in names]
        got = list(d.recalled)
        if set(want) != set(got):
            yield _elected_differs(s, "罢免", want, got, out, f"{here}/recalled", rule, recall=True)


@check("TK-OUTCOME-3", Stage.ROUND)
def declared_next(s: Subject, i: int) -> Iterator[Finding]:
    """The declared next step (a void round is held again: none) and the seats after a
    reduction."""
    rnd, out, path = _round(s, i)
    d = rnd.declared
    if d is None:
        return
    here = f"{path}/declared"
    if out.result == "void":
        if d.next is not None and d.void is True:  # not declared void: TK-OUTCOME-1 says it all
            yield s.finding(
                "TK-OUTCOME-3", f"{here}/next", f"无效的一轮须重新投票，不进行{_step_zh(d.next)}",
                f"a void round is held again, not followed by a {d.next}",
                rules=out.void_rules or None, expected=None, recorded=d.next,
            )
        return
    want_next = NEXT_OF.get(out.result)  # a recall or a nomination has no next round
    if d.next != want_next:
        yield s.finding(
            "TK-OUTCOME-3", f"{here}/next",
            f"按规则下一步应为{_step_zh(want_next)}，记录为{_step_zh(d.next)}",
            f"under the rules the next step is {want_next or 'none (done)'}, recorded {d.next or 'none'}",
            rules=_rules_for("TK-OUTCOME-3", want_next or d.next, out), expected=want_next, recorded=d.next,
        )
    if out.result == "seat_reduction" and d.seats_after_reduction is not None:
        seated = sum(len(n) for o in s.counted.rounds[: out.index + 1] if o.result != "void" for n in o.elected.values())
        if d.seats_after_reduction != seated:
            yield s.finding(
                "TK-OUTCOME-3", f"{here}/seats_after_reduction",
                f"减少名额后名额应为已当选的 {seated} 名，记录为 {d.seats_after_reduction} 名",
                f"after the seat reduction the seats are the {seated} elected, recorded {d.seats_after_reduction}",
                rules=_rules_for("TK-OUTCOME-3", "seat_reduction", out), expected=seated, recorded=d.seats_after_reduction,
            )


def _elected_differs(
    s: Subject, post: str, want: list[str], got: list[str], out: RoundOutcome, path: str, rule: tuple[str, ...] | None,
    recall: bool = False,
) -> Finding:
    extra = [n for n in got if n not in want]
    missing = [n for n in want if n not in got]
    verb_zh, verb_en = ("罢免", "recalled") if recall else ("当选", "elected")
    zh = f"{post}：重新计算{verb_zh} {'、'.join(want) or '无'}，宣布 {'、'.join(got) or '无'}"
    en = f"{post}: recomputed {verb_en} {', '.join(want) or 'nobody'}, declared {', '.join(got) or 'nobody'}"
    if extra and out.threshold is not None:
        tally = out.recount.tally if out.recount is not None else s.results.rounds[out.index].tally
        votes = dict(tally.get(post, {})) if not recall else dict(next((x.ranking for x in out.seating), ()))
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
    return s.finding("TK-OUTCOME-2", path, zh, en, rules=rule, expected=want, recorded=got)


def _nominated(s: Subject, post: str, want: list[str], got: list[str], out: RoundOutcome, path: str) -> Iterator[Finding]:
    """A recommendation (两推) or preliminary vote: the organisation names its list from among
    those who qualify (seeds/002: 在得票数超过推荐票一半以上的党员中…确定), so a declared name
    who does not qualify is an error, and leaving a qualifier off is not."""
    extra = [n for n in got if n not in want]
    rule = (out.threshold.rule,) if out.threshold else None
    if out.kind == "preliminary" and set(want) != set(got):
        yield _elected_differs(s, post, want, got, out, path, rule)
    elif out.kind != "preliminary" and extra:
        yield _elected_differs(s, post, [n for n in got if n in want], got, out, path, rule)


def _rules_for(code: str, step: str | None, out: RoundOutcome) -> tuple[str, ...] | None:
    """The rules of a tie re-vote or a shortfall, as the round's procedure names them;
    TK-ROUND-1 is about the follow-up round itself."""
    proc = out.procedure
    if proc is None:
        return None
    return (proc.follow_up_rules(step) if code == "TK-ROUND-1" else proc.next_step_rules(step)) or None


@check("TK-REC-3", Stage.ROUND)
def recommendation_list(s: Subject, i: int) -> Iterator[Finding]:
    """两推 (seeds/002): the initial list is chosen among those with more than half of the
    recommendation votes, keeping a margin of at least 20% of the seats (the P-CAND-1
    arithmetic); when fewer qualify, or fewer are declared, say so."""
    rnd, out, path = _round(s, i)
    if out.result != "nominated" or rnd.kind != "recommendation":
        return
    declared = rnd.declared.nominated if rnd.declared is not None else None
    for seat in out.seating:
        need = rules.min_candidates(seat.seats)
        if len(seat.qualified) < need:
            yield s.finding(
                "TK-REC-3", f"{path}/tally/{_tok(seat.position)}",
                f"{seat.position}应选 {seat.seats} 名，初步人选须不少于 {need} 名（差额不少于 20%），推荐票过半数的只有 "
                f"{len(seat.qualified)} 名（{'、'.join(seat.qualified) or '无'}）",
                f"{seat.position}: {seat.seats} seat(s) need an initial list of at least {need} (a 20% margin); only "
                f"{len(seat.qualified)} have more than half of the recommendation votes",
                expected=f">= {need}", recorded=len(seat.qualified),
            )
        elif declared is not None and seat.position in declared and len(declared[seat.position]) < need:
            got = declared[seat.position]
            yield s.finding(
                "TK-REC-3", f"{path}/declared/nominated/{_tok(seat.position)}",
                f"{seat.position}确定的初步人选 {len(got)} 名，少于所需的 {need} 名（应选 {seat.seats} 名，差额不少于 20%）",
                f"{seat.position}: {len(got)} on the initial list, fewer than the {need} needed ({seat.seats} seat(s), a 20% margin)",
                expected=f">= {need}", recorded=len(got),
            )


@check("TK-RECOUNT-1", Stage.ROUND)
def recount(s: Subject, i: int) -> Iterator[Finding]:
    """The recorded figures against a recount of the ballot records."""
    rnd, out, path = _round(s, i)
    rec = out.recount
    if rec is None:
        return
    b = rnd.ballots
    if b is not None:
        for key, mine, zh in (("returned", rec.returned, "收回"), ("valid", rec.counted, "有效"), ("invalid", rec.invalid, "无效")):
            recorded = getattr(b, key)
            if recorded is not None and recorded != mine:
                yield s.finding(
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
                yield s.finding(
                    "TK-RECOUNT-1", f"{path}/tally/{_tok(p.name)}/{_tok(name)}", f"{p.name} {name}：按选票明细得 {a} 票，记录为 {r} 票",
                    f"{p.name} {name}: the ballot records give {a} votes, recorded {r}", expected=a, recorded=r,
                )


def _follows(s: Subject, i: int) -> RoundOutcome | None:
    """For a tie re-vote or supplementary round ``i``: the earlier round whose outcome calls for
    it, or None when none does."""
    rnd = s.results.rounds[i]
    prev = _source(s, i, rnd.kind)
    calls = prev is not None and (
        NEXT_OF.get(prev.result) == rnd.kind
        or (rnd.kind == "supplementary" and any(x.unfilled for x in prev.seating))
    )
    return prev if calls else None


@check("TK-ROUND-2", Stage.ROUND)
def sequence(s: Subject, i: int) -> Iterator[Finding]:
    """A tie re-vote or supplementary round follows a round whose outcome calls for it; a
    needed follow-up that is missing is noted."""
    rnd, out, path = _round(s, i)
    if i == len(s.results.rounds) - 1 and out.result in ("tie_revote", "supplementary"):
        yield s.finding(
            "TK-ROUND-2", path, f"本轮结果为：{text('result.' + out.result)}；文件中没有后续轮次", f"this round ends in {out.result} and no later round is recorded",
            rules=_rules_for("TK-ROUND-2", out.result, out), severity=INFO, expected=out.result, recorded=None,
        )
    if rnd.kind not in ("tie_revote", "supplementary") or _follows(s, i) is not None:
        return
    prev = _source(s, i, rnd.kind)
    yield s.finding(
        "TK-ROUND-2", f"{path}/kind", f"本轮为{text(rnd.kind)}，但上一轮结果为：{text('result.' + prev.result) if prev else '无上一轮'}",
        f"this round is a {rnd.kind} but the previous round ended in {prev.result if prev else 'nothing'}",
        rules=_rules_for("TK-ROUND-1", rnd.kind, out), expected=prev.result if prev else None, recorded=rnd.kind,
    )


@check("TK-ROUND-1", Stage.ROUND)
def follow_up(s: Subject, i: int) -> Iterator[Finding]:
    """A tie re-vote or supplementary round that follows its round has the right people and
    seats."""
    rnd, out, path = _round(s, i)
    prev = _follows(s, i) if rnd.kind in ("tie_revote", "supplementary") else None
    if prev is None:
        return
    rules_ = _rules_for("TK-ROUND-1", rnd.kind, out)
    elected_before = {n for r in s.counted.rounds[:i] if r.result != "void" for names in r.elected.values() for n in names}
    for p in rnd.positions:
        seat = next((x for x in prev.seating if x.position == p.name), None)
        printed = list(rnd.candidates.get(p.name, ()))
        here = f"{path}/candidates/{_tok(p.name)}"
        if seat is None:
            yield s.finding("TK-ROUND-1", f"{path}/positions", f"上一轮没有职位 {p.name}", f"the previous round has no position {p.name}", rules=rules_)
            continue
        if rnd.kind == "tie_revote":
            want_seats, want = seat.tied_seats, sorted(seat.tied)
            if sorted(printed) != want:
                yield s.finding(
                    "TK-ROUND-1", here, f"再次投票的候选人应为票数相等的 {'、'.join(want)}，记录为 {'、'.join(printed)}",
                    f"the re-vote is among the tied {', '.join(want)}; recorded {', '.join(printed)}", rules=rules_, expected=want, recorded=printed,
                )
        else:
            want_seats = seat.unfilled
            yield from _supplementary_ballot(s, prev, seat, printed, elected_before, here, rules_, p.seats)
        if want_seats and p.seats != want_seats:
            yield s.finding(
                "TK-ROUND-1", f"{path}/positions", f"{p.name} 本轮名额应为 {want_seats}，记录为 {p.seats}",
                f"{p.name} has {want_seats} seat(s) at stake in this round, recorded {p.seats}", rules=rules_, expected=want_seats, recorded=p.seats,
            )


def _supplementary_ballot(
    s: Subject, prev: RoundOutcome, seat: Any, printed: list[str], elected_before: set[str], here: str,
    rules_: tuple[str, ...] | None, seats: int,
) -> Iterator[Finding]:
    """V-SUPP-1, P-ELECT-5: the unelected with most votes stand; one with more votes than a
    printed candidate left off is an error, one tied with the last printed (a tie at the cut,
    which the law does not settle) a warning. A woman the women's guarantee adds does not
    lower the cut; a member seat held for a woman (V-WOMEN-1 ``reserved_seat``) admits women
    only."""
    votes = dict(seat.ranking)
    wrong = [n for n in printed if n in elected_before or n not in votes]
    if wrong:
        yield s.finding(
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
        left = [(n, v) for n, v in left if _woman(s, n)]
    skipped = [n for n, v in left if v > (floor or 0)]
    tied = [n for n, v in left if v == floor]
    if skipped:
        yield s.finding(
            "TK-ROUND-1", here, f"得票更多的未当选者 {'、'.join(skipped)} 未列为另行选举候选人",
            f"unelected people with more votes were left off the supplementary ballot: {', '.join(skipped)}", rules=rules_,
            expected=skipped, recorded=printed,
        )
    if tied:
        yield s.finding(
            "TK-ROUND-1", here,
            f"{'、'.join(tied)} 与最后一名另行选举候选人同为 {floor} 票，未列为候选人；截止处票数相等如何取舍法律未规定，"
            "须说明（计票按全部列入处理）",
            f"{', '.join(tied)} tied with the last supplementary candidate on {floor} votes and were left off; the law "
            "does not settle a tie at the cut: explain how it was broken (the count lists all the tied)",
            rules=rules_, expected=tied, recorded=printed, severity=WARNING,
        )
    men = [n for n in printed if not _woman(s, n)]
    if held and (men if seats == 1 else len(men) == len(printed)):
        yield s.finding(
            "TK-ROUND-1", here,
            f"上一轮保留给妇女的委员名额只能由妇女竞选，候选人中 {'、'.join(men)} 不是妇女"
            if seats == 1
            else "上一轮保留了一个妇女委员名额，另行选举候选人中却没有妇女",
            f"the member seat held for a woman admits women only; {', '.join(men)} are not women"
            if seats == 1
            else "a member seat was held for a woman, yet no woman stands in the supplementary election",
            rules=("V-WOMEN-1", *(rules_ or ())), expected="women only" if seats == 1 else ">= 1 woman", recorded=printed,
        )


def _woman(s: Subject, name: str) -> bool:
    c = s.results.candidate(name)
    return c is not None and c.gender == "female"


def _source(s: Subject, i: int, kind: str) -> RoundOutcome | None:
    """The latest earlier round that calls for a round of ``kind``: a tie re-vote follows a
    tie; a supplementary round follows any round that left seats unfilled (possibly with a
    tie re-vote in between)."""
    for o in reversed(s.counted.rounds[:i]):
        if o.result == kind or (kind == "supplementary" and any(x.unfilled for x in o.seating)):
            return o
        if o.kind != "tie_revote":
            break
    return s.counted.rounds[i - 1] if i > 0 else None


# ------------------------------------------------------------ people across rounds


@check("TK-POST-1", Stage.ROUNDS)
def one_post(s: Subject) -> Iterator[Finding]:
    """One person, one post (V-POS-1; party officers TK-POST-1): nobody is declared elected
    to two posts, in one round or across rounds."""
    held: dict[str, str] = {}
    for i, (rnd, out) in enumerate(zip(s.results.rounds, s.counted.rounds)):
        d = rnd.declared
        if d is None or d.elected is None or out.result == "void" or out.result == "nominated":
            continue
        for post, names in d.elected.items():
            for j, n in enumerate(names):
                first = held.setdefault(n, post)
                if first != post:
                    yield s.finding(
                        "TK-POST-1", f"/rounds/{i}/declared/elected/{_tok(post)}/{j}",
                        f"{n} 已当选{first}，又宣布当选{post}：一人只任一职，高职务先定，当选者不再计入较低职务",
                        f"{n} was elected {first} and declared elected {post} as well: one person holds one post; "
                        "the higher post is decided first and its holder leaves the lower posts",
                        expected=first, recorded=[first, post],
                    )


@check("TK-EXCL-1", Stage.ROUNDS)
def exclusions(s: Subject) -> Iterator[Finding]:
    """P-QUORUM-2: a voter listed as not counted in 应到会 without both approvals stays in it
    (the count adds the person back, ``counting.unapproved_voters``); the recorded figure is
    wrong — an error when counting on it changes a round's outcome, else a warning."""
    from tallykit.counting.electorate import unapproved_voters

    e = s.results.electorate
    if s.family != "party" or e.expected is None:
        return
    idx = unapproved_voters(s.results, s.counted.profile)
    if not idx:
        return
    approved = tuple(
        attrs.evolve(x, upper_approved=True, meeting_approved=True) if k in idx else x
        for k, x in enumerate(e.exclusions)
    )
    as_recorded = count(attrs.evolve(s.results, electorate=attrs.evolve(e, exclusions=approved)), profile=s.counted.profile)
    rounds = [
        a.index + 1
        for a, b in zip(s.counted.rounds, as_recorded.rounds)
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
    for mine, theirs in zip(s.counted.rounds[:1], as_recorded.rounds[:1]):
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
    yield s.finding(
        "TK-EXCL-1", "/electorate/expected", zh, en, expected=fixed, recorded=e.expected,
        severity=ERROR if rounds else WARNING,
    )


@check("TK-RECALL-1", Stage.ROUNDS)
def initiation(s: Subject) -> Iterator[Finding]:
    """A recall is raised by at least one fifth of the voters (组织法 art.16; 居委会组织法
    art.10: of the residents aged 18) or one third of the village representatives (V-RECALL-1,
    R-RECALL-1); below it the recall vote should not have been held."""
    ini = s.results.initiation
    recall = s.results.election.kind == "recall" or any(r.kind == "recall" for r in s.results.rounds)
    if not recall or ini is None or ini.signatures is None:
        return
    n = ini.signatures
    if ini.by == "representatives":
        if s.family == "residents":
            yield s.finding(
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
        base, exact = (ini.eligible, True) if ini.eligible is not None else (s.results.electorate.registered, False)
        if base is None or 5 * n >= base:
            return
        whom_zh = "有选举权的村（居）民" if exact else "登记选民（有选举权的不少于此数）"
        whom_en = "voters" if exact else "registered voters (there are at least as many with the vote)"
        zh = f"罢免由 {n} 人联名提出，少于{whom_zh} {base} 人的五分之一（5×{n}={5 * n} < {base}）"
        en = f"the recall was raised by {n} people, under a fifth of the {base} {whom_en} (5*{n} < {base})"
        where, want = "/initiation/signatures", -(-base // 5)
    yield s.finding(
        "TK-RECALL-1", where, zh + "，罢免要求不成立，罢免投票结果不能生效",
        en + ": the recall request is not valid and its vote cannot take effect",
        expected=f">= {want}", recorded=n,
    )


# ------------------------------------------------------------ candidates, officials, proxies


def _printed(s: Subject) -> Iterator[tuple[int, Round, Any, tuple[str, ...]]]:
    """(round index, round, position, names printed) of each formal or preliminary ballot."""
    for i, rnd in enumerate(s.results.rounds):
        if rnd.kind not in ("formal", "preliminary"):
            continue
        for p in rnd.positions:
            printed = rnd.candidates.get(p.name)
            if printed is not None:
                yield i, rnd, p, tuple(printed)


@check("TK-MARGIN-1")
def margin(s: Subject) -> Iterator[Finding]:
    """差额: more candidates than seats on a formal ballot (the party's margin of at least 20%,
    P-CAND-1; villagers: at least one more)."""
    kind = s.results.election.kind
    if kind in OFFICER_KINDS or kind in ("recall", "recommendation"):
        return
    for i, rnd, p, printed in _printed(s):
        if rnd.kind != "formal":
            continue
        need = rules.candidates_needed(s.counted.profile[P.CANDIDATE_MARGIN], p.seats)
        if need is not None and len(printed) < need:
            yield s.finding(
                "TK-MARGIN-1", f"/rounds/{i}/candidates/{_tok(p.name)}", f"{p.name}应选 {p.seats} 名，候选人 {len(printed)} 名，至少应为 {need} 名",
                f"{p.name}: {p.seats} seat(s), {len(printed)} candidates; at least {need} needed",
                expected=f">= {need}", recorded=len(printed),
            )


@check("TK-ORDER-1")
def stroke_order(s: Subject) -> Iterator[Finding]:
    """Surnames in stroke order, where the profile's ``ballot_order`` prints the ballots so."""
    from tallykit.counting.strokes import check_order

    if s.results.election.kind in OFFICER_KINDS:
        return
    convention = s.counted.profile.get(P.SINGLE_GIVEN_NAME) or "empty_first"
    for i, rnd, p, printed in _printed(s):
        if not strokes_checked(s.counted.profile, p.name, tuple(q.name for q in rnd.positions)):
            continue
        checked = check_order(printed, single_given_name=convention)
        if not checked.in_order:
            yield s.finding(
                "TK-ORDER-1", f"/rounds/{i}/candidates/{_tok(p.name)}", f"{p.name}候选人未按姓氏笔画排序，应为：{'、'.join(checked.expected)}",
                f"{p.name} candidates are not in surname stroke order; expected: {', '.join(checked.expected)}",
                expected=list(checked.expected), recorded=list(printed),
            )


@check("TK-OFFICIAL-1", Stage.ROUNDS)
def officials(s: Subject) -> Iterator[Finding]:
    """Candidates as scrutineers, counters or assisted writers."""
    o = s.results.officials
    if o is None:
        return
    standing = set(s.results.standing)
    for key, zh, severity in (
        ("scrutineers", "监票人", ERROR),
        ("counters", "计票人", WARNING),
        ("assisted_writers", "代写人", ERROR),
    ):
        for j, name in enumerate(getattr(o, key)):
            if name in standing:
                yield s.finding(
                    "TK-OFFICIAL-1", f"/officials/{key}/{j}", f"候选人 {name} 担任{zh}", f"candidate {name} served as {key[:-1]}",
                    severity=severity, expected="not a candidate", recorded=name,
                )


@check("TK-PROXY-1", Stage.ROUNDS)
def proxies(s: Subject) -> Iterator[Finding]:
    """Proxies as the counting core judged them (its rejected-proxy notes, with their rule);
    under a profile without a proxy limit (party rules) no proxy is allowed at all."""
    if not s.results.proxies:
        return
    if not s.counted.profile.applies(P.PROXY_LIMIT):
        for j, p in enumerate(s.results.proxies):
            yield s.finding(
                "TK-PROXY-1", f"/proxies/{j}", f"本规则版本不允许委托投票：{p.principal} 委托 {p.proxy}",
                f"this profile allows no proxy: {p.principal} authorised {p.proxy}", expected=None, recorded=p.principal,
            )
        return
    seen: set[Any] = set()
    rejected = []
    for out in s.counted.rounds:
        for note in getattr(out, "notes", ()):
            if not note.code.startswith("proxy_") or (note.code, note.names) in seen:
                continue
            seen.add((note.code, note.names))
            rejected.append(note)
    if not rejected:
        return
    risks, margins = _proxy_exposure(s)
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
        at = next((k for k, p in enumerate(s.results.proxies) if (p.principal, p.proxy) == (principal, proxy)), None)
        zh, en = text(f"finding.{note.code}", Lang.ZH), text(f"finding.{note.code}", Lang.EN)
        counted = note.code == "proxy_over_limit"  # the record counted a ballot it may not hold
        if counted:
            zh += "；记录把这份委托的选票计入了收回选票和参加投票人数，须更正记录的合计"
            en += "; the record counted this authorisation's ballot among those returned and taking part: correct the recorded totals"
        param = PROXY_PARAMETER.get(note.code)
        if param is not None:  # the amended law's rule, reported, not verified (grade C)
            zh += s.counted.profile.caveat(param, Lang.ZH)
            en += s.counted.profile.caveat(param, Lang.EN)
        yield s.finding(
            "TK-PROXY-1", "/proxies" if at is None else f"/proxies/{at}",
            f"{principal} 委托 {proxy}：{zh}{tail_zh}", f"{principal} authorised {proxy}: {en}{tail_en}",
            rules=tuple(dict.fromkeys(("V-PROXY-1", note.rule))), expected=None, recorded=note.code,
            severity=ERROR if risks or counted else WARNING,
        )


def _proxy_exposure(s: Subject) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """V-PROXY-1, D11: per counted round and post, who the rejected ballots could unseat
    (``villager.proxy_at_risk``), else the narrowest margin, as (zh, en) texts. A void round
    stays void (its gates already leave the rejected ballots out); under 上票下加 a ballot
    adds to a person's count once per post summed."""
    from tallykit.counting.villager import election_form, proxy_at_risk, turnout_passes

    risks: list[tuple[str, str]] = []
    margins: list[tuple[str, str]] = []
    summed_mode = s.counted.profile.get(P.CARRY_DOWN)
    for rnd, out in zip(s.results.rounds, s.counted.rounds):
        r = sum(1 for n in out.notes if n.code.startswith("proxy_"))
        turnout = next((g for g in out.gates if g.code == "turnout"), None)
        if turnout is not None and r:  # 双过半's first half on the voters without them
            v, reg = turnout.values["participants"], turnout.values["registered"]
            form = election_form(s.results, s.counted.profile)
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
        for i, seat in enumerate(out.seating):
            carried = rnd.kind == "formal" and (
                (summed_mode == "mandatory" and i > 0)
                or any(n.code == "carry_down_applied" and n.position == seat.position for n in out.notes)
            )
            loss = r * (i + 1) if carried else r
            votes = dict(seat.ranking)
            rival = max((v for n, v in seat.ranking if n not in seat.elected and t.passes(v)), default=None)
            head_zh, head_en = f"第{out.index + 1}轮{seat.position}", f"round {out.index + 1} {seat.position}"
            at_risk = proxy_at_risk(seat.ranking, seat.elected, seat.tied, t.passes, loss)
            for n in at_risk:
                v = votes[n]
                zh = f"{head_zh} {n} 得 {v} 票，{v}-{loss}={v - loss}，门槛 {t.formula_zh}"
                en = f"{head_en} {n} has {v} votes, {v}-{loss}={v - loss}, threshold {t.formula}"
                if n in seat.tied:
                    zh += "，与他人票数相等，一票即可分出先后"
                    en += ", tied with others: one ballot breaks the tie"
                elif rival is not None:
                    zh += f"，未当选者最多 {rival} 票"
                    en += f", the best unelected has {rival}"
                risks.append((zh, en))
            if at_risk or not seat.elected:
                continue
            e, v = min(((n, votes[n]) for n in seat.elected), key=lambda x: x[1])
            zh = f"{head_zh} {e} {v}-{loss}={v - loss}，仍满足 {t.formula_zh}"
            en = f"{head_en} {e} {v}-{loss}={v - loss} still meets {t.formula}"
            if rival is not None:
                zh += f"，且多于未当选者最多的 {rival} 票"
                en += f" and stays above the best unelected, {rival}"
            margins.append((zh, en))
    return risks, margins


def _step_zh(step: str | None) -> str:
    """A next step in Chinese words (never the English value)."""
    return f"“{text(step)}”" if step else "无（选举完成）"


PROXY_PARAMETER = {"proxy_over_limit": "proxy_limit", "proxy_held_by_candidate": "candidate_may_hold_proxy"}


__all__ = ["Report", "verify"]
