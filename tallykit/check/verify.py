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

import msgspec

import tallykit.procedure.composition  # noqa: F401  (registers the people checks)
import tallykit.procedure.timeline  # noqa: F401  (registers the timeline checks)
from tallykit import parameters as P
from tallykit import rules
from tallykit.counting.outcome import Count, Gate, RoundOutcome
from tallykit.counting.rounds import count, strokes_checked
from tallykit.exits import RunReport
from tallykit.findings import BY_CODE, ERROR, INFO, REGISTRY, WARNING, Finding, Stage, check, said
from tallykit.procedure.subject import Subject, caveat
from tallykit.profiles import Profile
from tallykit.results import Results, Round, _tok
from tallykit.serial import to_json
from tallykit.text.words import Formula, Phrase, ProfileId, Sentence, Series, Term
from tallykit.version import REPORT_FORMAT, __version__
from tallykit.vocabulary import Family, GateCode, Lang, ProxyRejection

if TYPE_CHECKING:
    from tallykit.procedure.workdays import Calendar

# The declared ``next`` each result calls for; a vacancy (V-SUPP-4) calls for none: the seats
# stay vacant until a 补选 (组织法 art.19), which is a new election, not a next round.
NEXT_OF = {"tie_revote": "tie_revote", "supplementary": "supplementary", "seat_reduction": "seat_reduction"}
OFFICER_KINDS = ("party_officers", "party_branch_officers")


class Report(msgspec.Struct, frozen=True):
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
        checks = [c for c in REGISTRY.values() if c.stage == stage and c.applies(s.family)]
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


def families_by_code() -> dict[str, tuple[Family, ...]]:
    """The election families each catalogue code's check applies to (a code ``PRODUCED_ELSEWHERE``:
    every family; ``tallykit rules`` lists them)."""
    return {code: tuple(f for f in Family if (c := REGISTRY.get(code)) is None or c.applies(f)) for code in BY_CODE}


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
        said("TK-PROFILE-1", profile=ProfileId(p.id), period=p.period, day=c.day, fits=ProfileId(c.fits)),
        rules=(p.period.rule or "TK-PROFILE-1",), expected=c.fits, recorded=p.id,
    )


@check("TK-NAME-1")
def names(s: Subject) -> Iterator[Finding]:
    """A name read in one spelling (full-width characters, stray spaces: FMT-NAME)."""
    for note in s.results.notes:
        yield s.finding(
            "TK-NAME-1", note.path, said("TK-NAME-1", raw=note.raw, normalized=note.normalized),
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
            "TK-RECON-4", f"{path}/ballots/issued", said("TK-RECON-4", issued=b.issued, voters=voters),
            expected=f"<= {voters}", recorded=b.issued,
        )


@check("TK-BALLOTS-1", Stage.ROUND)
def ballot_classes(s: Subject, i: int) -> Iterator[Finding]:
    """Valid plus invalid is the number returned."""
    rnd, _, path = _round(s, i)
    b = rnd.ballots
    if b is not None and b.valid is not None and b.invalid is not None and b.valid + b.invalid != b.returned:
        yield s.finding(
            "TK-BALLOTS-1", f"{path}/ballots",
            said("TK-BALLOTS-1", valid=b.valid, invalid=b.invalid, total=b.valid + b.invalid, returned=b.returned),
            expected=b.returned, recorded=b.valid + b.invalid,
        )


@check("TK-RECON-2", Stage.ROUND)
def stations_returned(s: Subject, i: int) -> Iterator[Finding]:
    """A polling station returned more than it issued: the failed gate when the profile
    reconciles every station (the round is void: an error unless declared void, then a note),
    else each such station."""
    rnd, out, path = _round(s, i)
    gates = [g for g in out.gates if g.code == GateCode.STATION_RECONCILIATION]
    if not gates and rnd.ballots is not None:
        for j, st in enumerate(rnd.stations):
            if st.returned > st.issued:
                yield s.finding(
                    "TK-RECON-2", f"{path}/stations/{j}/returned",
                    said("TK-RECON-2.station", station=st.name, returned=st.returned, issued=st.issued), expected=f"<= {st.issued}", recorded=st.returned,
                )
    for g in gates:
        if not g.passed:
            yield _failed_gate(
                s, rnd, g, "TK-RECON-2", f"{path}/stations", said("TK-RECON-2.gate", formula=Formula(g.formula))
            )


@check("TK-RECON-3", Stage.ROUND)
def stations_add_up(s: Subject, i: int) -> Iterator[Finding]:
    """The stations' issued and returned add up to the round's."""
    rnd, _, path = _round(s, i)
    b = rnd.ballots
    if b is None or not rnd.stations:
        return
    for key in ("issued", "returned"):
        total = sum(getattr(st, key) for st in rnd.stations)
        if total != getattr(b, key):
            yield s.finding(
                "TK-RECON-3", f"{path}/ballots/{key}", said(f"TK-RECON-3.{key}", total=total, recorded=getattr(b, key)),
                expected=total, recorded=getattr(b, key),
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
            "TK-VOTES-1", f"{path}/tally/{_tok(p.name)}/{_tok(name)}",
            said("TK-VOTES-1", position=p.name, name=name, votes=votes, valid=valid), expected=f"<= {valid}", recorded=votes,
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
            "TK-VOTES-2", f"{path}/tally/{_tok(p.name)}",
            said("TK-VOTES-2", position=p.name, total=total, seats=p.seats, valid=valid, most=p.seats * valid),
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
            "TK-FEAS-1", f"{path}/tally", said("TK-FEAS-1", method=Term(f"feasibility.{answer.method}"), reason=answer.reason),
            expected="feasible", recorded="infeasible",
        )
    elif answer.feasible is None:
        yield s.finding(
            "TK-FEAS-1", f"{path}/tally", said("TK-FEAS-1.undecided", reason=answer.reason), severity=INFO,
        )


# ------------------------------------------------------------ gates and outcome


def _failed_gate(s: Subject, rnd: Round, gate: Gate, code: str, path: str, says: Phrase) -> Finding:
    """A failed gate voids the round: an error unless the round was declared void, then a note
    (the record is consistent)."""
    declared_void = rnd.declared is not None and rnd.declared.void is True
    return s.finding(
        code, path, says, rules=gate.rules, expected=gate.formula, recorded=dict(gate.values),
        severity=INFO if declared_void else None,
    )


@check("TK-RECON-1", Stage.ROUND)
def reconciliation(s: Subject, i: int) -> Iterator[Finding]:
    """The ballots returned against those issued (and, for villagers, the voters)."""
    rnd, out, path = _round(s, i)
    for g in out.gates:
        if not g.passed and g.code.reconciles:
            yield _failed_gate(
                s, rnd, g, "TK-RECON-1", f"{path}/ballots/returned", said("TK-RECON-1", gate=Term(g.code), formula=Formula(g.formula))
            )


@check("TK-QUORUM-1", Stage.ROUND)
def quorum(s: Subject, i: int) -> Iterator[Finding]:
    """Attendance (party) or turnout (villagers, residents)."""
    rnd, out, path = _round(s, i)
    for g in out.gates:
        if not g.passed and g.code.attends:
            yield _failed_gate(
                s, rnd, g, "TK-QUORUM-1", "/electorate/present" if "present" in g.values else path,
                said("TK-QUORUM-1", gate=Term(g.code), formula=Formula(g.formula)),
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
                "TK-OUTCOME-1", here, said("TK-OUTCOME-1.void_and_elected"),
                rules=out.void_rules or None, expected={"void": True, "elected": {}}, recorded={"void": True, "elected": named},
            )
        elif d.void_reason is None:
            yield s.finding(
                "TK-OUTCOME-1", f"{here}/void", said("TK-OUTCOME-1.no_reason"),
                rules=out.void_rules or None, expected={"void": False}, recorded={"void": True, "void_reason": None},
            )
        else:
            yield s.finding(
                "TK-OUTCOME-1", f"{here}/void_reason", said("TK-OUTCOME-1.reason", reason=d.void_reason),
                rules=out.void_rules or None, expected={"void": False}, recorded={"void": True, "void_reason": d.void_reason},
                severity=WARNING,
            )
    elif d.void is not True or named:
        yield s.finding(
            "TK-OUTCOME-1", f"{here}/void" if d.void is not None and not named else here,
            said("TK-OUTCOME-1.void", why=Term(out.void_reason or "")),
            *((said("TK-OUTCOME-1.not_declared"),) if d.void is not True else ()),
            *((said("TK-OUTCOME-1.and"),) if d.void is not True and named else ()),
            *((said("TK-OUTCOME-1.named"),) if named else ()),
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
                "TK-OUTCOME-3", f"{here}/next", said("TK-OUTCOME-3.void", step=_step(d.next)),
                rules=out.void_rules or None, expected=None, recorded=d.next,
            )
        return
    want_next = NEXT_OF.get(out.result)  # a recall or a nomination has no next round
    if d.next != want_next:
        yield s.finding(
            "TK-OUTCOME-3", f"{here}/next", said("TK-OUTCOME-3.next", want=_step(want_next), got=_step(d.next)),
            rules=_rules_for("TK-OUTCOME-3", want_next or d.next, out), expected=want_next, recorded=d.next,
        )
    if out.result == "seat_reduction" and d.seats_after_reduction is not None:
        seated = sum(len(n) for o in s.counted.rounds[: out.index + 1] if o.result != "void" for n in o.elected.values())
        if d.seats_after_reduction != seated:
            yield s.finding(
                "TK-OUTCOME-3", f"{here}/seats_after_reduction",
                said("TK-OUTCOME-3.seats", seated=seated, recorded=d.seats_after_reduction),
                rules=_rules_for("TK-OUTCOME-3", "seat_reduction", out), expected=seated, recorded=d.seats_after_reduction,
            )


def _elected_differs(
    s: Subject, post: str, want: list[str], got: list[str], out: RoundOutcome, path: str, rule: tuple[str, ...] | None,
    recall: bool = False,
) -> Finding:
    extra = [n for n in got if n not in want]
    missing = [n for n in want if n not in got]
    verb = "recalled" if recall else "elected"
    parts = [said(f"TK-OUTCOME-2.{verb}", post=post, want=_names(want), got=_names(got))]
    if extra and out.threshold is not None:
        tally = out.recount.tally if out.recount is not None else s.results.rounds[out.index].tally
        votes = dict(tally.get(post, {})) if not recall else dict(next((x.ranking for x in out.seating), ()))
        why = {x: n for n in out.notes if n.position == post for x in n.names}
        for n in extra:
            threshold = Formula(out.threshold.formula, worked=False)
            parts.append(said(f"TK-OUTCOME-2.extra.{verb}", name=n, votes=votes.get(n, 0), threshold=threshold))
            if n in why:
                parts.append(said("TK-OUTCOME-2.but", note=Term(why[n].code), rule=why[n].rule))
    if missing:
        parts.append(said(f"TK-OUTCOME-2.missing.{verb}", names=tuple(missing)))
    return s.finding("TK-OUTCOME-2", path, *parts, rules=rule, expected=want, recorded=got)


def _names(names: Sequence[str]) -> Series | Phrase:
    """Names joined (、 / ", "), or 无 / nobody."""
    return Series(tuple(names)) if names else said("nobody")


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
                said(
                    "TK-REC-3.qualified", position=seat.position, seats=seat.seats, need=need, n=len(seat.qualified),
                    names=_names(seat.qualified),
                ),
                expected=f">= {need}", recorded=len(seat.qualified),
            )
        elif declared is not None and seat.position in declared and len(declared[seat.position]) < need:
            got = declared[seat.position]
            yield s.finding(
                "TK-REC-3", f"{path}/declared/nominated/{_tok(seat.position)}",
                said("TK-REC-3.declared", position=seat.position, n=len(got), need=need, seats=seat.seats),
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
        for key, mine in (("returned", rec.returned), ("valid", rec.counted), ("invalid", rec.invalid)):
            recorded = getattr(b, key)
            if recorded is not None and recorded != mine:
                yield s.finding(
                    "TK-RECOUNT-1", f"{path}/ballots/{key}", said(f"TK-RECOUNT-1.{key}", counted=mine, recorded=recorded),
                    expected=mine, recorded=recorded,
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
                    "TK-RECOUNT-1", f"{path}/tally/{_tok(p.name)}/{_tok(name)}",
                    said("TK-RECOUNT-1.votes", position=p.name, name=name, counted=a, recorded=r), expected=a, recorded=r,
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
            "TK-ROUND-2", path, said("TK-ROUND-2.pending", result=Term(f"result.{out.result}")),
            rules=_rules_for("TK-ROUND-2", out.result, out), severity=INFO, expected=out.result, recorded=None,
        )
    if rnd.kind not in ("tie_revote", "supplementary") or _follows(s, i) is not None:
        return
    prev = _source(s, i, rnd.kind)
    yield s.finding(
        "TK-ROUND-2", f"{path}/kind",
        said("TK-ROUND-2.kind", kind=Term(rnd.kind), previous=Term(f"result.{prev.result}") if prev else said("TK-ROUND-2.no_previous")),
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
            yield s.finding("TK-ROUND-1", f"{path}/positions", said("TK-ROUND-1.position", position=p.name), rules=rules_)
            continue
        if rnd.kind == "tie_revote":
            want_seats, want = seat.tied_seats, sorted(seat.tied)
            if sorted(printed) != want:
                yield s.finding(
                    "TK-ROUND-1", here, said("TK-ROUND-1.tied", want=tuple(want), printed=tuple(printed)),
                    rules=rules_, expected=want, recorded=printed,
                )
        else:
            want_seats = seat.unfilled
            yield from _supplementary_ballot(s, prev, seat, printed, elected_before, here, rules_, p.seats)
        if want_seats and p.seats != want_seats:
            yield s.finding(
                "TK-ROUND-1", f"{path}/positions", said("TK-ROUND-1.seats", position=p.name, want=want_seats, seats=p.seats),
                rules=rules_, expected=want_seats, recorded=p.seats,
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
            "TK-ROUND-1", here, said("TK-ROUND-1.not_unelected", names=tuple(wrong)), rules=rules_,
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
            "TK-ROUND-1", here, said("TK-ROUND-1.skipped", names=tuple(skipped)), rules=rules_,
            expected=skipped, recorded=printed,
        )
    if tied:
        yield s.finding(
            "TK-ROUND-1", here, said("TK-ROUND-1.tied_at_cut", names=tuple(tied), votes=floor),
            rules=rules_, expected=tied, recorded=printed, severity=WARNING,
        )
    men = [n for n in printed if not _woman(s, n)]
    if held and (men if seats == 1 else len(men) == len(printed)):
        yield s.finding(
            "TK-ROUND-1", here,
            said("TK-ROUND-1.held_men", names=tuple(men)) if seats == 1 else said("TK-ROUND-1.held_no_woman"),
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
                        said("TK-POST-1", name=n, first=first, post=post),
                        expected=first, recorded=[first, post],
                    )


@check("TK-EXCL-1", Stage.ROUNDS, families=(Family.PARTY,))
def exclusions(s: Subject) -> Iterator[Finding]:
    """P-QUORUM-2: a voter listed as not counted in 应到会 without both approvals stays in it
    (the count adds the person back, ``counting.unapproved_voters``); the recorded figure is
    wrong — an error when counting on it changes a round's outcome, else a warning."""
    from tallykit.counting.electorate import unapproved_voters

    e = s.results.electorate
    if e.expected is None:
        return
    idx = unapproved_voters(s.results, s.counted.profile)
    if not idx:
        return
    approved = tuple(
        msgspec.structs.replace(x, upper_approved=True, meeting_approved=True) if k in idx else x
        for k, x in enumerate(e.exclusions)
    )
    electorate = msgspec.structs.replace(e, exclusions=approved)
    as_recorded = count(msgspec.structs.replace(s.results, electorate=electorate), profile=s.counted.profile)
    rounds = [
        a.index + 1
        for a, b in zip(s.counted.rounds, as_recorded.rounds)
        if (a.result, a.elected, a.tied) != (b.result, b.elected, b.tied)
    ]
    fixed = e.expected + len(idx)
    who = []
    for k in idx:
        x = e.exclusions[k]
        lacking = tuple(
            said(f"TK-EXCL-1.{step}") for ok, step in ((x.upper_approved, "upper"), (x.meeting_approved, "meeting")) if not ok
        )
        who.append(said("TK-EXCL-1.who", name=x.name, reason=x.reason or said("TK-EXCL-1.no_reason"), lacking=Series(lacking, "and")))
    parts = [said("TK-EXCL-1", who=Series(tuple(who), "people"), expected=e.expected, n=len(idx), fixed=fixed)]
    for mine, theirs in zip(s.counted.rounds[:1], as_recorded.rounds[:1]):
        q, qr = (next((g for g in o.gates if g.code in (GateCode.QUORUM, GateCode.ATTENDANCE)), None) for o in (mine, theirs))
        if q is not None and qr is not None:
            parts.append(
                said(
                    "TK-EXCL-1.attendance", formula=Formula(q.formula), verdict=_holds(q.passed),
                    recorded_formula=Formula(qr.formula), recorded_verdict=_holds(qr.passed),
                )
            )
        t, tr = mine.threshold, theirs.threshold
        if t is not None and tr is not None and t.base_name == "expected" and t.min_votes != tr.min_votes:
            parts.append(
                said("TK-EXCL-1.threshold", threshold=Formula(t.formula, worked=False), least=t.min_votes, recorded_least=tr.min_votes)
            )
    parts.append(said("TK-EXCL-1.rounds", rounds=tuple(rounds)) if rounds else said("TK-EXCL-1.same"))
    yield s.finding(
        "TK-EXCL-1", "/electorate/expected", *parts, expected=fixed, recorded=e.expected,
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
        if s.family == Family.RESIDENTS:
            yield s.finding(
                "TK-RECALL-1", "/initiation/by", said("TK-RECALL-1.residents"), expected="voters", recorded="representatives", severity=WARNING,
            )
            return
        base = ini.representatives_total
        if base is None or 3 * n >= base:
            return
        short = said("TK-RECALL-1.representatives", n=n, base=base, product=3 * n)
        where, want = "/initiation/signatures", -(-base // 3)
    else:
        base, exact = (ini.eligible, True) if ini.eligible is not None else (s.results.electorate.registered, False)
        if base is None or 5 * n >= base:
            return
        whom = said("TK-RECALL-1.eligible" if exact else "TK-RECALL-1.registered")
        short = said("TK-RECALL-1.voters", n=n, whom=whom, base=base, product=5 * n)
        where, want = "/initiation/signatures", -(-base // 5)
    yield s.finding(
        "TK-RECALL-1", where, short, said("TK-RECALL-1.void"),
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
                "TK-MARGIN-1", f"/rounds/{i}/candidates/{_tok(p.name)}",
                said("TK-MARGIN-1", position=p.name, seats=p.seats, n=len(printed), need=need),
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
                "TK-ORDER-1", f"/rounds/{i}/candidates/{_tok(p.name)}",
                said("TK-ORDER-1", position=p.name, names=tuple(checked.expected)),
                expected=list(checked.expected), recorded=list(printed),
            )


@check("TK-OFFICIAL-1", Stage.ROUNDS)
def officials(s: Subject) -> Iterator[Finding]:
    """Candidates as scrutineers, counters or assisted writers."""
    o = s.results.officials
    if o is None:
        return
    standing = set(s.results.standing)
    for key, severity in (("scrutineers", ERROR), ("counters", WARNING), ("assisted_writers", ERROR)):
        for j, name in enumerate(getattr(o, key)):
            if name in standing:
                yield s.finding(
                    "TK-OFFICIAL-1", f"/officials/{key}/{j}", said(f"TK-OFFICIAL-1.{key}", name=name),
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
                "TK-PROXY-1", f"/proxies/{j}", said("TK-PROXY-1.not_allowed", principal=p.principal, proxy=p.proxy), expected=None, recorded=p.principal,
            )
        return
    seen: set[Any] = set()
    rejected = []
    for out in s.counted.rounds:
        for note in getattr(out, "notes", ()):
            if note.code not in PROXY_REJECTIONS or (note.code, note.names) in seen:
                continue
            seen.add((note.code, note.names))
            rejected.append(note)
    if not rejected:
        return
    risks, margins = _proxy_exposure(s)
    n = len(rejected)
    if risks:
        tail: tuple[Phrase, ...] = (said("TK-PROXY-1.risks", n=n, risks=Series(tuple(risks), "group")),)
    else:
        tail = (said("TK-PROXY-1.safe"), *margins)
    for note in rejected:
        principal, proxy = (tuple(note.names) + ("", ""))[:2]
        at = next((k for k, p in enumerate(s.results.proxies) if (p.principal, p.proxy) == (principal, proxy)), None)
        counted = note.code == ProxyRejection.OVER_LIMIT  # the record counted a ballot it may not hold
        param = PROXY_PARAMETER.get(note.code)
        yield s.finding(
            "TK-PROXY-1", "/proxies" if at is None else f"/proxies/{at}",
            said("TK-PROXY-1.who", principal=principal, proxy=proxy),
            said(f"TK-PROXY-1.{note.code}"),
            *((said("TK-PROXY-1.counted"),) if counted else ()),
            *(caveat(s.profile, param) if param is not None else ()),  # the amended law's rule, reported (grade C)
            *tail,
            rules=tuple(dict.fromkeys(("V-PROXY-1", note.rule))), expected=None, recorded=note.code,
            severity=ERROR if risks or counted else WARNING,
        )


def _proxy_exposure(s: Subject) -> tuple[list[Phrase | Sentence], list[Phrase]]:
    """V-PROXY-1, D11: per counted round and post, who the rejected ballots could unseat
    (``villager.proxy_at_risk``), else the narrowest margin, as what the finding says. A void round
    stays void (its gates already leave the rejected ballots out); under 上票下加 a ballot
    adds to a person's count once per post summed."""
    from tallykit.counting.villager import election_form, proxy_at_risk, turnout_passes

    risks: list[Phrase | Sentence] = []
    margins: list[Phrase] = []
    summed_mode = s.counted.profile.get(P.CARRY_DOWN)
    for rnd, out in zip(s.results.rounds, s.counted.rounds):
        r = sum(1 for n in out.notes if n.code in PROXY_REJECTIONS)
        turnout = next((g for g in out.gates if g.code == GateCode.TURNOUT), None)
        if turnout is not None and r:  # 双过半's first half on the voters without them
            v, reg = turnout.values["participants"], turnout.values["registered"]
            form = election_form(s.results, s.counted.profile)
            if bool(turnout_passes(v + r, reg, turnout.rule, form)) != turnout.passed:
                verdict = said("holds") if turnout.passed else said("TK-PROXY-1.turnout_fails")
                risks.append(
                    said(
                        "TK-PROXY-1.turnout", round=out.index + 1, voters=v, formula=Formula(turnout.formula),
                        verdict=verdict, with_them=v + r,
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
            head = said("TK-PROXY-1.head", round=out.index + 1, position=seat.position)
            threshold = Formula(t.formula, worked=False)
            at_risk = proxy_at_risk(seat.ranking, seat.elected, seat.tied, t.passes, loss)
            for n in at_risk:
                v = votes[n]
                parts = [said("TK-PROXY-1.at_risk", head=head, name=n, votes=v, loss=loss, left=v - loss, threshold=threshold)]
                if n in seat.tied:
                    parts.append(said("TK-PROXY-1.tied"))
                elif rival is not None:
                    parts.append(said("TK-PROXY-1.rival", rival=rival))
                risks.append(Sentence(tuple(parts)))
            if at_risk or not seat.elected:
                continue
            e, v = min(((n, votes[n]) for n in seat.elected), key=lambda x: x[1])
            margins.append(said("TK-PROXY-1.margin", head=head, name=e, votes=v, loss=loss, left=v - loss, threshold=threshold))
            if rival is not None:
                margins.append(said("TK-PROXY-1.margin_rival", rival=rival))
    return risks, margins


def _holds(passed: bool) -> Phrase:
    return said("holds" if passed else "fails")


def _step(step: str | None) -> Phrase | Term:
    """A next step in words (in Chinese quoted), or none: the election is done."""
    return said("step", step=Term(step)) if step else Term("next_none")


PROXY_REJECTIONS = frozenset(ProxyRejection)
PROXY_PARAMETER = {ProxyRejection.OVER_LIMIT: "proxy_limit", ProxyRejection.HELD_BY_CANDIDATE: "candidate_may_hold_proxy"}


__all__ = ["Report", "verify"]
