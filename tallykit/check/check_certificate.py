"""Independent checker of a count certificate, to be read against rules/party.md and
rules/villager.md in one sitting. Standard library only, nothing from tallykit.

``check(cert_raw, results_raw)`` takes the bytes of a certificate and of the results file it
claims to certify and returns the reasons for rejection as (zh, en) pairs (empty: accepted).
Both are read as ``verify`` reads a file: UTF-8 with an optional BOM; duplicate keys, NaN,
Infinity, lone surrogates, duplicate positions and names refused. The certificate must name
this exact file by its sha256. Then the whole certificate is derived again from the results
file alone and compared field by field: a field that differs, is missing or is extra is a
reason naming its JSON pointer. It covers every election kind under the built-in profiles and
files' ``extends`` of them. Not certified: notes, such as who stands in a supplementary
election (V-SUPP-1), and parameters that do not change the count (ages, days).
"""

import functools
import hashlib
import json
import unicodedata
from typing import Any
from collections import Counter

FORMAT = "tallykit.check.certificate/3"
VILLAGER_KINDS = ("villagers_committee", "residents_committee", "recall")
NEAR = ("spouse", "parent", "child", "sibling", "grandparent", "grandchild")  # 民法典 art.1045
# The built-in profiles' readings of the contested rules (rules/*.md, "Variants").
MARKS: dict[str, Any] = {"○": "approve", "√": "approve", "×": "disapprove", " ": "abstain", "-": "abstain"}
BALLOT: dict[str, Any] = {"marks": MARKS | {"?": "unreadable"}, "identifying_mark_spoils": True}
BALLOT |= {"reconcile_against": "issued"}
PARTY: dict[str, Any] = {"overvote_scope": "ballot", "writein_without_mark": "no_vote"}
PARTY |= {"abstainer_writein": "no_vote", "threshold_base": "expected", "quorum_comparison": ">="}
PARTY |= {"committee_quorum": "four_fifths", "tie_revote_needs_majority": False}
PARTY |= {"recommendation_base": "returned"} | BALLOT
VILLAGER: dict[str, Any] = {"overvote_scope": "section", "writein_without_mark": "approve"}
VILLAGER |= {"abstainer_writein": "count", "same_person_multi_post": "highest_only"}
VILLAGER |= {"same_person_void_higher": "drop_lower"}
VILLAGER |= {"proxy_limit": 3, "proxy_relation": "near_relative", "participation_base": "returned"}
VILLAGER |= {"supplementary_needs_turnout": True, "women_guarantee": "confirm_first"}
VILLAGER |= {"women_guarantee_posts": ["委员", "last"]}  # V-WOMEN-1: 委员, or the last post
VILLAGER |= {"majority_base": "participants", "carry_down": "off", "min_committee": 3} | BALLOT
VILLAGER |= {"candidate_may_hold_proxy": True, "statutory_exclusions": []}
PARTY_1990 = PARTY | {"threshold_base": "present", "quorum_comparison": ">"}
PROFILES = {"party-2020": PARTY, "party-1990": PARTY_1990, "villager-2018": VILLAGER}
PROFILES["residents-2018"] = VILLAGER | {"form": "all_residents", "min_committee": 5}
BARRED = ["expelled_from_party", "criminal_record", "clan_or_gang_forces", "illegal_religion"]
PROFILES["villager-2026"] = VILLAGER | {"candidate_may_hold_proxy": False}  # V-2026-PROXY-2
PROFILES["villager-2026"] |= {"statutory_exclusions": BARRED}  # V-2026-CAND-1
PROFILES["residents-2026"] = PROFILES["residents-2018"]  # rules/villager.md §4, from 2026-01-01
FAMILY = {pid: pid.split("-")[0] for pid in PROFILES}  # party, villager, residents
# P-RIGHTS-1: no vote at all, by voter status or an exclusion's reason (2020 Art. 5: 留置, 逮捕)
NO_VOTE = {"probationary": 1990, "party_probation": 1990, "rights_suspended": 2020, "留置": 2020}
NO_VOTE |= {"预备党员": 1990, "留党察看": 1990, "停止党籍": 1990, "逮捕": 2020}


class Refused(Exception):
    """A file the checker will not read, or a count it cannot re-derive: one (zh, en) reason."""


def check(cert_raw: Any, results_raw: Any) -> Any:
    """Reasons (zh, en) the certificate ``cert_raw`` does not faithfully certify counting the
    results file ``results_raw`` (both bytes); empty when it does."""
    try:
        cert = _read(cert_raw, ("证书", "the certificate"))
        if not isinstance(cert, dict) or cert.get("format") != FORMAT:
            return [(f"不是 {FORMAT} 格式的证书", f"not a {FORMAT} certificate")]
        digest, want = derived(results_raw)
    except Refused as refused:
        return [refused.args[0]]
    if cert.get("results_sha256") != digest:
        named = _show(cert.get("results_sha256"))
        zh = f"证书不是这个结果文件的：文件的 SHA-256 为 {digest}，证书记载 {named}"
        en = f"the certificate is of another file: this file's sha256 is {digest}, the certificate names {named}"
        return [(zh, en)]
    return list(_diff(want, cert, ""))


@functools.lru_cache(maxsize=2)
def derived(results_raw: Any) -> Any:
    """The sha256 of a results file's bytes and its certificate derived from them alone (the
    last few kept: many certificates checked against one file derive it once)."""
    results = _read(results_raw, ("结果文件", "the results file"))
    digest = hashlib.sha256(results_raw).hexdigest()
    try:
        return digest, certificate(results, digest)
    except (KeyError, TypeError, ValueError, IndexError, AttributeError, RecursionError) as err:
        name = f"{type(err).__name__}: {err}"
        raise Refused(
            (f"结果文件不符合格式，无法推算（{name}）", f"the results file is malformed ({name})")
        )


def _read(raw: Any, what: Any) -> Any:
    """JSON as ``verify`` reads it; anything else is Refused naming ``what`` (zh, en)."""
    body = raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw
    try:
        data = json.loads(body.decode("utf-8"), object_pairs_hook=_keys, parse_constant=_constant)
        for text in _strings(data):
            text.encode("utf-8")  # a lone surrogate (from a \ud800 escape) cannot be
    except Refused as bad:
        raise Refused(tuple(f"{w}：{b}" for w, b in zip(what, bad.args[0]))) from None
    except UnicodeError:  # not UTF-8, or a lone surrogate
        raise Refused((f"{what[0]}：不是 UTF-8 文本", f"{what[1]}: not UTF-8 text")) from None
    except json.JSONDecodeError as err:
        where = (f"第 {err.lineno} 行第 {err.colno} 列", f"line {err.lineno} column {err.colno}")
        raise Refused(
            (f"{what[0]}：不是有效的 JSON（{where[0]}）", f"{what[1]}: not valid JSON ({where[1]})")
        ) from None
    except RecursionError:
        raise Refused((f"{what[0]}：JSON 嵌套过深", f"{what[1]}: JSON nested too deeply")) from None
    return data


def _strings(data: Any) -> Any:
    """Every string of ``data``, keys too, without recursion (the data may be nested deep)."""
    stack = [data]
    while stack:
        x = stack.pop()
        if isinstance(x, str):
            yield x
        elif isinstance(x, dict):
            stack += [*x, *x.values()]
        elif isinstance(x, list):
            stack += x


def _keys(pairs: Any) -> Any:
    out = dict(pairs)
    if len(out) < len(pairs):
        key = next(k for k, n in Counter(k for k, _ in pairs).items() if n > 1)
        key = key.encode("utf-8", "backslashreplace").decode("utf-8")
        raise Refused((f"字段 {key} 重复出现", f"key {key} appears twice in one object"))
    return out


def _constant(name: Any) -> Any:
    raise Refused((f"不允许 {name}", f"{name} is not allowed"))


def _show(value: Any, width: Any = 120) -> Any:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= width else text[: width - 3] + "..."


def _diff(want: Any, got: Any, path: Any) -> Any:
    """The differences of the certificate ``got`` from the derived ``want``, field by field."""
    here = path or "/"
    if isinstance(want, dict) and isinstance(got, dict):
        for key, value in want.items():
            sub = f"{path}/{str(key).replace('~', '~0').replace('/', '~1')}"
            if key not in got:
                yield (
                    f"证书缺少 {sub}（应为 {_show(value)}）",
                    f"the certificate lacks {sub} (should be {_show(value)})",
                )
            else:
                yield from _diff(value, got[key], sub)
        for key in got.keys() - want.keys():
            yield (
                f"证书多出 {path}/{key}：检查程序不能推算的项不得写入证书",
                f"the certificate has an extra field {path}/{key}: nothing the checker cannot derive may be in it",
            )
    elif isinstance(want, list) and isinstance(got, list) and len(want) == len(got):
        for i, (a, b) in enumerate(zip(want, got)):
            yield from _diff(a, b, f"{path}/{i}")
    elif type(want) is not type(got) or want != got:
        yield (
            f"证书 {here} 应为 {_show(want)}，实为 {_show(got)}",
            f"the certificate's {here} should be {_show(want)}, is {_show(got)}",
        )


def certificate(results: Any, digest: Any) -> Any:
    """The certificate of counting ``results`` (loaded JSON), derived from the rules alone."""
    kind = results["election"]["kind"]
    dates = (results.get("timeline") or {}).get("election_day"), results["election"].get("date")
    day = next((d for d in (*dates, results["rounds"][0].get("date")) if d), "")  # V-2026-DATE
    family = "residents" if kind == "residents_committee" else "villager"
    law = f"{family}-{2018 if day < '2026-01-01' else 2026}" if kind in VILLAGER_KINDS else None
    ref = results.get("profile") or law or f"party-{1990 if '' < day < '2020-07-13' else 2020}"
    pid, changes = (ref, {}) if isinstance(ref, str) else (ref["extends"], ref.get("set", {}))
    if pid not in PROFILES:
        raise Refused((f"检查程序不涵盖规则版本 {pid}", f"profile {pid!r} is not covered"))
    if (FAMILY[pid] == "party") != (kind not in VILLAGER_KINDS):
        raise Refused((f"规则版本 {pid} 不适用于本文件", f"profile {pid} does not fit {kind}"))
    prof = PROFILES[pid] | {k: v for k, v in changes.items() if k in PROFILES[pid]}
    shown = ref if isinstance(ref, str) else ref.get("id") or pid
    results, rounds = _normalised(results), []  # the elected of earlier rounds
    taken: set[str] = set()
    names = [[p["name"] for p in results["election"]["positions"]]]
    for rr in results["rounds"]:  # duplicates refused, as the results format does
        names += [[p["name"] for p in rr.get("positions", [])], rr.get("targets", [])]
        names += list(rr.get("candidates", {}).values())
    if any(len(set(x)) < len(x) for x in names):
        raise Refused(("结果文件中职位或姓名重复", "a position or name appears twice"))
    for i, rr in enumerate(results["rounds"]):
        rounds.append(_round(i, rr, results, prof | {"id": pid, "family": FAMILY[pid]}, taken))
    profile = {"id": shown, "params": {k: prof[k] for k in PROFILES[pid]}}
    return {"format": FORMAT, "results_sha256": digest, "profile": profile, "rounds": rounds}


def _normalised(x: Any, key: Any = None) -> Any:
    """A copy with names read as the results format reads them: NFKC, no spaces (ballot marks and
    write-ins' marks, the profile, polling stations and extensions as written); two keys that
    become one are refused."""
    if key in ("marks", "set", "profile", "stations", "extensions"):
        return x
    if key == "write_ins" and isinstance(x, dict):  # the names read as names, each mark as written
        _normalised(dict.fromkeys(x))  # two posts that become one are refused
        return {_normalised(p): [[_normalised(w[0]), w[1]] for w in v] for p, v in x.items()}
    if isinstance(x, dict):
        out = {_normalised(k): _normalised(v, k) for k, v in x.items()}
        if len(out) < len(x):
            raise Refused(("两个字段写法统一后相同", "two keys are the same name"))
        return out
    if isinstance(x, list):
        return [_normalised(v) for v in x]
    return "".join(unicodedata.normalize("NFKC", x).split()) if isinstance(x, str) else x


def _round(i: Any, rr: Any, results: Any, prof: Any, taken: Any) -> Any:
    """One round's certificate; adds the round's elected to ``taken``."""
    kind, election = rr["kind"], results["election"]["kind"]
    villager = election in VILLAGER_KINDS
    recall = villager and "recall" in (election, kind)
    positions = rr.get("positions", [{"name": "罢免", "seats": 1}] if kind == "recall" else None)
    printed = {p["name"]: rr.get("candidates", {}).get(p["name"], []) for p in positions}
    recorded, declared, classes = rr.get("ballots"), rr.get("declared") or {}, None
    if rr.get("ballot_records") is not None:  # a full recount (P-BALLOT-2)
        classes, tally, returned, counted = _recount(rr["ballot_records"], positions, printed, prof)
        issued = recorded["issued"] if recorded else returned
        ballots = {"issued": issued, "returned": returned, "valid": counted}
        ballots["invalid"] = returned - counted
    elif recorded is None:
        raise Refused((f"第 {i} 轮缺少选票数", f"round {i} has no ballot counts"))
    else:
        tally = rr.get("tally")
        ballots = {k: recorded.get(k) for k in ("issued", "returned", "valid", "invalid")}
    n = _numbers(results, ballots, (recorded or {}).get("participants"), prof, villager)
    gates = _gates(kind, election, rr, n, prof, villager, recall)
    threshold = _threshold(kind, election, prof, villager, recall, n)
    out = {"round": i, "kind": kind, "result": "void", "gates": gates, "ballots": ballots}
    out |= {"threshold": threshold, "positions": []}
    out |= {"classes": classes} if classes is not None else {}
    if not all(g["passed"] for g in gates) or declared.get("void"):
        return out  # a failed gate or a declared void: nobody counts
    if not tally:
        raise Refused((f"第 {i} 轮没有计票结果", f"round {i} has neither tally nor records"))
    base = threshold["base"]
    tests: dict[str, Any] = {"majority": lambda v: 2 * v > base, "third": lambda v: 3 * v >= base}
    passes: Any = tests.get(threshold["test"], lambda v: True)  # plurality: most votes, no floor
    seating, result = _seating(rr, positions, printed, tally, results, prof, passes, taken, recall)
    if election == "recommendation":  # TK-REC-2: all who pass are nominated
        seating = {
            p: (s, r, [n for n, v in r if passes(v)], [], 0, 0) for p, (s, r, *_) in seating.items()
        }
        result = "nominated"
    elif not recall:
        result = _result(seating, declared, kind, villager, prof, len(taken))
    out["result"] = result
    for post, (seats, ranking, elected, tied, tied_seats, unfilled) in seating.items():
        order = [n for n, _ in ranking]  # the elected and the tied listed in ranking order
        position = {"name": post, "seats": seats, "ranking": [[n, v] for n, v in ranking]}
        position |= {
            "elected": sorted(elected, key=order.index),
            "tied": sorted(tied, key=order.index),
        }
        out["positions"].append(position | {"tied_seats": tied_seats, "unfilled": unfilled})
    taken |= {n for *_, elected, _, _, _ in seating.values() for n in elected}
    return out


def _numbers(results: Any, ballots: Any, participants: Any, prof: Any, villager: Any) -> Any:
    """The figures the gates and thresholds use. Party: 应到会 with every exclusion of a member
    who has a vote but lacks either approval added back (P-QUORUM-2; P-RIGHTS-1). Villagers:
    参加投票的人数 (``_voters``) and the form (R-FORMS-1: the file's, else the profile's)."""
    e, n = results["electorate"], dict(ballots, participants=participants)
    n["cast"] = ballots["returned"]
    if villager:
        n["registered"] = e["registered"]
        n["voters"] = _voters(participants, n["returned"], n["issued"], results, prof)
        n["form"] = results["election"].get("form") or prof.get("form", "all_residents")
    else:
        since_2020 = prof["id"] != "party-1990"
        approved: Any = lambda x: x.get("upper_approved") and x.get("meeting_approved")  # noqa: E731
        stay = [
            x
            for x in e.get("exclusions", [])
            if not approved(x) and not _no_vote(x, results, since_2020)
        ]
        n["expected"], n["present"] = e["expected"] + len(stay), e["present"]
    return n


def _no_vote(x: Any, results: Any, since_2020: Any) -> Any:
    """P-RIGHTS-1: the excluded member ``x`` has no vote at all (never in 应到会): by the voter
    list's status, else the words of the exclusion's reason."""
    words = [w for w, since in NO_VOTE.items() if since == 1990 or since_2020]
    status = [v.get("status") for v in results.get("voters", []) if v["name"] == x["name"]]
    return any(s in words for s in status) or any(w in (x.get("reason") or "") for w in words)


def _gate(code: Any, rule: Any, formula: Any, values: Any) -> Any:
    """A gate with its formula as printed; it passes when the formula, as written, holds."""
    left, op, right = formula.rsplit(": ", 1)[-1].split(" ")
    a, b = (_product(x) for x in (left, right))
    passed = {">": a > b, ">=": a >= b, "<=": a <= b}[op]
    return {"code": code, "rule": rule, "passed": passed, "formula": formula, "values": values}


def _product(term: Any) -> Any:
    """``5*40`` → 200, ``45`` → 45: the only arithmetic a gate's formula holds."""
    factors = [int(x) for x in term.split("*")]
    return factors[0] * (factors[1] if len(factors) > 1 else 1)


def _gates(kind: Any, election: Any, rr: Any, n: Any, prof: Any, villager: Any, recall: Any) -> Any:
    """The tests before any ballot counts (P-BALLOT-2): attendance or turnout, then 收回 ≤ 发出
    for the round and (villagers) for each polling station and mobile box."""
    gates = []
    if villager:  # V-DOUBLE-MAJORITY-1, V-RECALL-1, R-RECALL-1; R-THRESH-1 (S18 art.11)
        rules = {
            "residents": ("R-RECALL-1", "R-THRESH-1"),
            "villager": ("V-RECALL-1", "V-DOUBLE-MAJORITY-1"),
        }
        rule, (v, r) = rules[prof["family"]][0 if recall else 1], (n["voters"], n["registered"])
        two_thirds = n["form"] == "group_representatives" and rule == "R-THRESH-1"
        formula = f"3*{v} >= 2*{r}" if two_thirds else f"2*{v} > {r}"
        if kind != "supplementary" or prof["supplementary_needs_turnout"]:  # V-SUPP-3
            gates.append(_gate("turnout", rule, formula, {"participants": v, "registered": r}))
    else:
        p, e = n["present"], n["expected"]
        if election == "recommendation":  # TK-REC-1
            code, rule, formula = "attendance", "TK-REC-1", f"2*{p} > {e}"
        elif election == "party_officers" and prof["committee_quorum"] == "two_thirds":
            code, rule, formula = "quorum", "P-QUORUM-4", f"3*{p} > 2*{e}"
        else:  # P-QUORUM-1 (the 1990 text: more than 4/5), P-QUORUM-4
            rule = "P-QUORUM-4" if election == "party_officers" else "P-QUORUM-1"
            code, formula = "quorum", f"5*{p} {prof['quorum_comparison']} 4*{e}"
        gates.append(_gate(code, rule, formula, {"present": p, "expected": e}))
    against, returned = prof["reconcile_against"], n["returned"]  # P-BALLOT-1, V-BALLOT-RECON-1
    limit = (
        n["issued"] if against == "issued" else n["participants"] or n.get("present") or n["issued"]
    )
    rule = "V-BALLOT-RECON-1" if villager else "P-BALLOT-1"
    gates.append(
        _gate(
            "reconciliation", rule, f"{returned} <= {limit}", {"returned": returned, against: limit}
        )
    )
    if villager:  # V-BALLOT-RECON-1: never more ballots than people, whatever the base
        people = [("registered", n["registered"])]
        if n["participants"] is not None and against != "participants":
            people.insert(0, ("participants", n["participants"]))
        for name, k in people:
            values = {"returned": returned, name: k}
            gates.append(_gate(f"reconciliation_{name}", rule, f"{returned} <= {k}", values))
    for s in rr.get("stations", []) if villager else []:  # each station and mobile box (V-ROVING-1)
        formula = f"{s['name']}: {s['returned']} <= {s['issued']}"
        values = {"returned": s["returned"], "issued": s["issued"]}
        gates.append(_gate("station_reconciliation", "V-BALLOT-RECON-1", formula, values))
    return gates


def _threshold(kind: Any, election: Any, prof: Any, villager: Any, recall: Any, n: Any) -> Any:
    """A majority of the profile's base, a third of the ballots cast, or most votes."""
    if villager and kind == "supplementary":
        rule, test, name = "V-SUPP-3", "third", "cast"
    elif (
        kind == "tie_revote"
        and election != "recommendation"
        and (villager or not prof["tie_revote_needs_majority"])
    ):
        rule, test, name = ("V-TIE-1" if villager else "P-ELECT-3"), "plurality", None
    elif villager:  # V-DOUBLE-MAJORITY-2, V-ABS-OLD-1, V-RECALL-1, R-RECALL-1, R-THRESH-1
        test, name = "majority", prof["majority_base"]
        rule = "V-ABS-OLD-1" if name == "registered" else "V-DOUBLE-MAJORITY-2"
        if prof["family"] == "residents":
            rule = "R-RECALL-1" if recall else "R-THRESH-1"
        elif recall:
            rule = "V-RECALL-1"
    elif election == "recommendation":  # TK-REC-2
        rule, test, name = "TK-REC-2", "majority", prof["recommendation_base"]
    else:  # P-ELECT-1, P-CAND-3, P-ELECT-5
        rule = {"preliminary": "P-CAND-3", "supplementary": "P-ELECT-5"}.get(kind, "P-ELECT-1")
        test, name = "majority", prof["threshold_base"]
    base = (n | {"participants": n.get("voters")}).get(name)
    return {"rule": rule, "test": test, "base_name": name, "base": base}


def _result(seating: Any, declared: Any, kind: Any, villager: Any, prof: Any, before: Any) -> Any:
    """How the round ends: a tie at the boundary, then a shortfall, else filled."""
    if any(tied for *_, tied, _, _ in seating.values()):
        return "tie_revote"  # P-ELECT-3, V-TIE-1
    if not any(unfilled for *_, unfilled in seating.values()):
        return "nominated" if kind == "preliminary" and not villager else "elected"
    if declared.get("next") == "seat_reduction" and not villager:  # P-ELECT-4: a party meeting
        return "seat_reduction"
    won = sum(len(s[2]) for s in seating.values())
    if villager and kind == "supplementary" and before + won >= prof["min_committee"]:
        return "vacancy"  # V-SUPP-4: the committee stands, the rest stay vacant until a 补选
    return "supplementary"  # P-ELECT-4, V-SUPP-1


def _rank(printed: Any, votes: Any) -> Any:
    """Most votes first; equal votes keep ballot order, then write-ins by name."""
    order = {n: i for i, n in enumerate(printed)}
    names = list(printed) + sorted(n for n in votes if n not in order)
    return sorted(
        ((n, votes.get(n, 0)) for n in names),
        key=lambda nv: (-nv[1], order.get(nv[0], len(order)), nv[0]),
    )


def _fill(ranking: Any, seats: Any, passes: Any) -> Any:
    """P-ELECT-2/3/4, V-DOUBLE-MAJORITY-3, V-TIE-1: seats go in vote order to those who pass;
    equal votes across the last seat tie; nobody below the threshold fills a seat.
    Returns (elected, tied, seats the tied share, seats left unfilled)."""
    passed = [v for _, v in ranking if passes(v)]
    above = {n: sum(w > v for w in passed) for n, v in ranking}
    level = {n: sum(w == v for w in passed) for n, v in ranking}
    elected = [n for n, v in ranking if passes(v) and above[n] + level[n] <= seats]
    tied = [n for n, v in ranking if passes(v) and above[n] < seats < above[n] + level[n]]
    return elected, tied, seats - len(elected) if tied else 0, max(0, seats - len(passed))


def _seating(rr: Any, positions: Any, printed: Any, tally: Any, results: Any, prof: Any, passes: Any, taken: Any, recall: Any) -> Any:
    """Each position's (seats, ranking, elected, tied, tied seats, unfilled), and for a recall
    its result. Party posts in order, whoever a higher post or an earlier round elected leaving
    the lower ones (TK-POST-1; not in a 两推 vote); at the officers' vote only the new committee
    may be elected (P-CAND-2). Villagers: votes for people not registered, ineligible or barred
    by law are void (V-WRITEIN-1, V-INELIGIBLE-1, V-2026-CAND-1); posts in ballot order."""
    election = results["election"]["kind"]
    if election not in VILLAGER_KINDS:
        board = results["election"].get("committee") if election == "party_officers" else None
        if board:
            tally = {p: {n: v for n, v in t.items() if n in board} for p, t in tally.items()}
        seating, out = {}, set(taken) if election != "recommendation" else set()
        for p in positions:
            ranking = [
                (n, v)
                for n, v in _rank(printed[p["name"]], tally.get(p["name"], {}))
                if n not in out
            ]
            seating[p["name"]] = (p["seats"], ranking, *_fill(ranking, p["seats"], passes))
            out |= set(seating[p["name"]][2]) if election != "recommendation" else set()
        return seating, None
    void = {"not_registered", "ineligible", *prof["statutory_exclusions"]}
    barred = {_key(c) for c in results["candidates"] if void & set(c.get("flags", []))}
    tally = {p: {n: v for n, v in t.items() if n not in barred} for p, t in tally.items()}
    if recall:  # V-RECALL-1, R-RECALL-1: each target on their own, in the order listed
        post = positions[0]["name"]
        targets = rr.get("targets") or tally.get(post, {})
        ranking = [(t, tally.get(post, {}).get(t, 0)) for t in targets]
        recalled = [t for t, v in ranking if passes(v)]
        result = "recalled" if recalled else "not_recalled"
        return {post: (len(ranking), ranking, recalled, [], 0, 0)}, result
    return _posts(rr, positions, printed, tally, results, prof, passes, taken), None


def _posts(rr: Any, positions: Any, printed: Any, tally: Any, results: Any, prof: Any, passes: Any, taken: Any) -> Any:
    """V-POS-1/2: a villagers' round post by post in ballot order, highest first; the elected
    leave the lower posts, and in a formal round 上票下加 may add the higher posts' votes."""
    women = {_key(c) for c in results["candidates"] if c.get("gender") == "female"}
    formal, out, taken = rr["kind"] == "formal", {}, set(taken)
    carried: dict[str, int] = {}
    for i, pos in enumerate(positions):
        name, seats, own = pos["name"], pos["seats"], tally.get(pos["name"], {})
        only_women = pos.get("reserved") == "female"  # 妇女专职专选 (V-WOMEN-1)
        stands: Any = lambda n: n not in taken and (n in women or not only_women)  # noqa: E731
        ranking = [(n, v) for n, v in _rank(printed[name], own) if stands(n)]
        outcome = _fill(ranking, seats, passes)
        carry = prof["carry_down"] if formal and carried else "off"  # 上票下加 (V-POS-2)
        summed = {n: own.get(n, 0) + carried.get(n, 0) for n in own | carried}
        if carry == "mandatory":
            ranking = [(n, v) for n, v in _rank(printed[name], summed) if stands(n)]
            outcome = _fill(ranking, seats, passes)
        elif carry == "optional" and outcome[3] and not outcome[1]:  # only the seats left empty
            ranking = [(n, v) for n, v in _rank(printed[name], summed) if stands(n)]
            rest = _fill([(n, v) for n, v in ranking if n not in outcome[0]], outcome[3], passes)
            outcome = (outcome[0] + rest[0], *rest[1:])
        last = i > 0 and i == len(positions) - 1
        held = rr["kind"] == "supplementary" and prof["women_guarantee"] == "reserved_seat"
        posts = prof["women_guarantee_posts"]
        guaranteed = name in posts or "all" in posts or ("last" in posts and last)
        if (formal or held) and not pos.get("reserved") and guaranteed:
            outcome = _women(ranking, seats, outcome, women, taken, prof, passes)
        out[name] = (seats, ranking, *outcome)
        taken |= set(outcome[0])
        if formal:
            carried = {n: carried.get(n, 0) + own.get(n, 0) for n in carried | own}
    return out


def _women(ranking: Any, seats: Any, outcome: Any, women: Any, taken: Any, prof: Any, passes: Any) -> Any:
    """V-WOMEN-1 (规程 2013), with no woman among the higher posts' elected: the woman with most
    votes among those who pass is confirmed first, the other seats go by vote order; under
    ``reserved_seat`` with no such woman one seat stays empty for a woman. Women tied for most
    votes: try each first; elected is who every try elects, tied who only some do (V-TIE-1)."""
    rule = prof["women_guarantee"]
    if rule not in ("confirm_first", "reserved_seat") or taken & women:
        return outcome
    passing = {n: v for n, v in ranking if n in women and passes(v)}
    if not passing:
        if rule == "confirm_first":
            return outcome  # no woman passes
        rest = _fill(ranking, seats - 1, passes)
        return rest[0], rest[1], rest[2], rest[3] + 1
    tries = []
    for w in [n for n, v in passing.items() if v == max(passing.values())]:
        rest = _fill([(n, v) for n, v in ranking if n != w], seats - 1, passes)
        tries.append(({w, *rest[0]}, {w, *rest[0], *rest[1]}, rest[3]))
    sure = set.intersection(*(t[0] for t in tries))
    tied = set.union(*(t[1] for t in tries)) - sure
    unfilled = tries[0][2]
    return list(sure), list(tied), seats - unfilled - len(sure) if tied else 0, unfilled


def _voters(participants: Any, returned: Any, issued: Any, results: Any, prof: Any) -> Any:
    """参加投票的人数 (V-DOUBLE-MAJORITY-1/2): as recorded, else the ballots returned or issued,
    less those cast under rejected proxies (V-PROXY-1: the principal voted in person, the proxy
    is no near relative, a second authorisation, a candidate where candidates may hold none
    (V-2026-PROXY-2), or over the limit; in file order; an authorisation marked ``counted:
    false`` cast no ballot)."""
    held: Counter[str] = Counter()
    principals: set[str] = set()
    rejected = 0
    stand = {c["name"] for c in results["candidates"]} | {
        n for r in results["rounds"] for names in r.get("candidates", {}).values() for n in names
    }
    barred = set() if prof["candidate_may_hold_proxy"] else stand
    for p in results.get("proxies", []):
        if p.get("counted") is False:  # no ballot was cast under it
            continue
        near = prof["proxy_relation"] != "near_relative" or p.get("relation") in NEAR
        fresh = not p.get("principal_voted_in_person") and p["principal"] not in principals
        if near and fresh and p["proxy"] not in barred and held[p["proxy"]] < prof["proxy_limit"]:
            held[p["proxy"]] += 1
            principals.add(p["principal"])
        else:
            rejected += 1
    if participants is None:
        participants = returned if prof["participation_base"] == "returned" else issued
    return max(participants - rejected, 0)


def _key(candidate: Any) -> Any:
    return candidate.get("id") or candidate["name"]


def _recount(records: Any, positions: Any, printed: Any, prof: Any) -> Any:
    """One class per distinct ballot pattern, first seen first: its first record, how many, its
    class and the votes it gives (each judged again); the tally, ballots returned and counted."""
    classes, tally = {}, {p["name"]: dict.fromkeys(printed[p["name"]], 0) for p in positions}
    for i, r in enumerate(records):
        pattern = json.dumps(
            [r["marks"], r.get("write_ins") or {}, r.get("flags") or []], sort_keys=True
        )
        if pattern not in classes:
            status, approvals = _judge(r, positions, printed, prof)
            classes[pattern] = {"first_record": i, "count": 0, "status": status}
            classes[pattern]["approvals"] = approvals
        classes[pattern]["count"] += r.get("count", 1)
    for c in classes.values():
        for post, names in c["approvals"].items():
            tally[post] |= {n: tally[post].get(n, 0) + c["count"] for n in names}
    returned = sum(c["count"] for c in classes.values())
    counted = sum(c["count"] for c in classes.values() if c["status"] != "invalid")
    return list(classes.values()), tally, returned, counted


def _judge(record: Any, positions: Any, printed: Any, prof: Any) -> Any:
    """One ballot's class and votes: spoiling flags (P-VALID-2/3), marks (P-MARK-1), write-ins
    (P-VALID-5), the same person on several posts (V-SAME-PERSON-1), over-votes of the ballot
    or a section (P-VALID-1, V-BALLOT-OVERVOTE-1); a blank ballot stays valid (P-VALID-4)."""
    flags, unmarked = record.get("flags") or [], prof["writein_without_mark"]
    spoiled = "identifying_mark" in flags and prof["identifying_mark_spoils"]
    if spoiled or {"torn", "unreadable"} & set(flags):
        return "invalid", {}
    sections, meanings = {}, []
    for pos in positions:
        line, names = record["marks"].get(pos["name"], ""), printed[pos["name"]]
        meaning = [prof["marks"].get(s, "abstain") for s in line]
        chosen = [n for n, m in zip(names, meaning) if m == "approve"]
        written: list[str] = []
        for who, s in (record.get("write_ins") or {}).get(pos["name"], []):
            m = prof["marks"].get(s, "abstain")
            if m == "abstain" and unmarked == "void_ballot":
                return "invalid", {}  # P-MARK-1
            m = "approve" if m == "abstain" and unmarked == "approve" else m  # V-BALLOT-ILLEGIBLE-1
            if m == "approve" and who not in names + written:
                written.append(who)  # a printed or repeated name gets no second vote
            meanings.append(m)
        meanings += meaning
        sections[pos["name"]] = [chosen, written, meaning.count("disapprove"), pos["seats"]]
    posts, seen = Counter(n for a, w, _, _ in sections.values() for n in set(a + w)), set()
    keep = (prof.get("same_person_void_higher"), prof["overvote_scope"]) == (
        "keep_lower",
        "section",
    )
    for section in sections.values():  # V-SAME-PERSON-1, highest post first
        for i in (0, 1):
            if prof.get("same_person_multi_post") == "void_person":
                section[i] = [n for n in section[i] if posts[n] == 1]
            elif prof.get("same_person_multi_post") == "highest_only":
                section[i] = [n for n in section[i] if n not in seen]
        if not (keep and len(section[0]) + len(section[1]) > section[3]):  # a void section
            seen |= set(section[0] + section[1])  # counts nobody (keep_lower)
    voided = [p for p, (a, w, _, seats) in sections.items() if len(a) + len(w) > seats]
    if voided and (prof["overvote_scope"] == "ballot" or len(voided) == len(sections)):
        return "invalid", {}
    if meanings and all(m == "unreadable" for m in meanings):
        return "invalid", {}
    cut = prof["abstainer_writein"] == "no_vote"  # P-VALID-5: a write-in needs a disapproval
    votes = {
        p: a + (w[:x] if cut else w) for p, (a, w, x, _) in sections.items() if p not in voided
    }
    status = "partly_valid" if voided or "unreadable" in meanings else "valid"
    return status, {p: v for p, v in votes.items() if v}
