"""Independent checker of a count certificate against its results file, readable against
rules/party.md in one sitting. It uses only the standard library and nothing from tallykit's
counting core: it re-derives every number of the certificate from the results file itself.

``check(cert, results)`` takes both as loaded JSON and returns the reasons for rejection
(empty: accepted). Covered: party elections (P-QUORUM-1/2/4, P-BALLOT-1/2, P-VALID-1/4,
P-ELECT-1..5); anything else is rejected as not covered.
"""

import json

FORMAT = "tallykit.certificate/1"
KINDS = ("party_committee", "party_officers", "party_branch_officers")
# The readings the built-in party profiles choose (rules/party.md, "Variants").
PARTY_2020 = {
    "threshold_base": "expected",
    "quorum_comparison": ">=",
    "committee_quorum": "four_fifths",
}
PARTY_2020 |= {"reconcile_against": "issued", "tie_revote_needs_majority": False}
PARTY_1990 = PARTY_2020 | {"threshold_base": "present", "quorum_comparison": ">"}
PROFILES = {"party-2020": PARTY_2020, "party-1990": PARTY_1990}
APPROVE = ("○", "√")  # default approval symbols (P-MARK-1)
SPOILING_FLAGS = ("torn", "unreadable")  # P-VALID-3 (an identifying mark depends on the profile)


def check(cert, results):
    """Reasons ``cert`` is not a faithful certificate of counting ``results`` (empty: accepted)."""
    if not isinstance(cert, dict) or cert.get("format") != FORMAT:
        return [f"not a {FORMAT} certificate"]
    election = results.get("election", {})
    if election.get("kind") not in KINDS:
        return [f"election kind {election.get('kind')!r} is not covered by this checker"]
    errors = []
    prof = _profile(results, cert, errors)
    if prof is None:
        return errors
    if len(cert.get("rounds", [])) != len(results["rounds"]):
        return errors + ["the certificate and the results file have different numbers of rounds"]
    for i, (rc, rr) in enumerate(zip(cert["rounds"], results["rounds"])):
        errors += [f"round {i}: {e}" for e in _round(rc, rr, results, prof)]
    return errors


def _profile(results, cert, errors):
    ref = results.get("profile") or "party-2020"  # the default for party elections
    pid, changes = (ref, {}) if isinstance(ref, str) else (ref.get("extends"), ref.get("set", {}))
    if pid not in PROFILES:
        errors.append(f"profile {pid!r} is not covered by this checker")
        return None
    prof = {k: changes.get(k, v) for k, v in PROFILES[pid].items()}
    given = {k: cert.get("profile", {}).get(k) for k in prof}
    if given != prof:
        errors.append(f"profile readings {given} differ from the file's profile {prof}")
    if "marks" in changes:
        errors.append("custom ballot marks are not covered by this checker")
        return None
    return prof


def _round(rc, rr, results, prof):
    errors = []

    def need(ok, msg):
        if not ok:
            errors.append(msg)

    kind, recorded = rc.get("kind"), rr.get("ballots") or {}
    electorate = results["electorate"]
    # P-QUORUM-2: an exclusion without both approvals stays in 应到会.
    e = electorate["expected"] + sum(
        1
        for x in electorate.get("exclusions", [])
        if not (x.get("upper_approved") and x.get("meeting_approved"))
    )
    p = electorate["present"]
    classes = rc.get("classes")
    if rr.get("ballot_records") is not None:
        if classes is None:
            return ["ballot records exist but the certificate has no ballot classes"]
        errors += _patterns(classes, rr)
        returned = sum(c["count"] for c in classes)
        counted = sum(c["count"] for c in classes if c["status"] != "invalid")
        issued = recorded.get("issued", returned)
    else:
        returned, counted, issued = recorded["returned"], recorded["valid"], recorded["issued"]
    need(
        rc["ballots"]
        == {
            "issued": issued,
            "returned": returned,
            "valid": counted,
            "invalid": returned - counted,
        },
        f"ballot totals {rc['ballots']} are not issued={issued} returned={returned} valid={counted}",
    )
    # P-QUORUM-1/4 then P-BALLOT-1, before any ballot counts (P-BALLOT-2).
    if results["election"]["kind"] == "party_officers" and prof["committee_quorum"] == "two_thirds":
        quorum = 3 * p > 2 * e
    else:
        quorum = 5 * p > 4 * e if prof["quorum_comparison"] == ">" else 5 * p >= 4 * e
    against = (
        issued if prof["reconcile_against"] == "issued" else (recorded.get("participants") or p)
    )
    gates = {"quorum": quorum, "reconciliation": returned <= against}
    need({g["code"]: g["passed"] for g in rc["gates"]} == gates, f"gates should be {gates}")
    # P-ELECT-1 (the profile's base) or, in a tie re-vote, plurality (P-ELECT-3).
    if kind == "tie_revote" and not prof["tie_revote_needs_majority"]:
        test, base = "plurality", None
    else:
        test, base = "majority", e if prof["threshold_base"] == "expected" else p
    need(
        (rc["threshold"]["test"], rc["threshold"]["base"]) == (test, base),
        f"threshold should be {test} of {base}",
    )
    if not all(gates.values()) or (rr.get("declared") or {}).get("void"):
        need(
            rc["result"] == "void" and rc["positions"] == [],
            "a failed gate must make the round void",
        )
        return errors
    passes = (lambda v: True) if test == "plurality" else (lambda v: 2 * v > base)
    tally = _tally(classes, rr) if classes is not None else rr.get("tally", {})
    cert_positions = {x["name"]: x for x in rc["positions"]}
    any_tied = any_unfilled = False
    for pos in rr["positions"]:
        name, seats = pos["name"], pos["seats"]
        cp = cert_positions.get(name)
        if cp is None or cp["seats"] != seats:
            errors.append(f"{name}: missing or with the wrong number of seats")
            continue
        printed = rr["candidates"].get(name, [])
        votes = {n: 0 for n in printed} | dict(tally.get(name, {}))
        ranking = cp["ranking"]
        need(
            {n: v for n, v in ranking} == votes and len(ranking) == len(votes),
            f"{name}: ranking is not the tally",
        )
        need(
            all(a[1] >= b[1] for a, b in zip(ranking, ranking[1:])),
            f"{name}: ranking is not in vote order",
        )
        # P-ELECT-2/3/4: fill in vote order from the qualified; equal votes across the last seat tie.
        qualified = [v for v in votes.values() if passes(v)]
        elected, tied = [], []
        for n, v in votes.items():
            above, level = sum(1 for w in qualified if w > v), sum(1 for w in qualified if w == v)
            if passes(v) and above + level <= seats:
                elected.append(n)
            elif passes(v) and above < seats < above + level:
                tied.append(n)
        unfilled = max(0, seats - len(qualified))
        tied_seats = seats - len(elected) if tied else 0
        want = (sorted(elected), sorted(tied), tied_seats, unfilled)
        got = (sorted(cp["elected"]), sorted(cp["tied"]), cp["tied_seats"], cp["unfilled"])
        need(got == want, f"{name}: elected/tied/tied seats/unfilled should be {want}, not {got}")
        any_tied, any_unfilled = any_tied or bool(tied), any_unfilled or unfilled > 0
    declared_next = (rr.get("declared") or {}).get("next")
    result = (
        "tie_revote"
        if any_tied
        else (
            ("seat_reduction" if declared_next == "seat_reduction" else "supplementary")
            if any_unfilled
            else "nominated" if kind == "preliminary" else "elected"
        )
    )
    need(rc["result"] == result, f"result should be {result}, not {rc['result']}")
    return errors


def _key(record):
    return json.dumps(
        [record.get("marks", {}), record.get("write_ins", {}), record.get("flags", [])],
        sort_keys=True,
    )


def _patterns(classes, rr):
    """The classes are exactly the file's ballot patterns, and each class obeys P-VALID-1/2/4."""
    errors, records, seats = (
        [],
        rr["ballot_records"],
        {p["name"]: p["seats"] for p in rr["positions"]},
    )
    want = {}
    for r in records:
        want[_key(r)] = want.get(_key(r), 0) + r.get("count", 1)
    got = {}
    for c in classes:
        record = records[c["first_record"]]
        got[_key(record)] = got.get(_key(record), 0) + c["count"]
        marks, writes = record.get("marks", {}), record.get("write_ins", {})
        chosen = {
            p: sum(1 for ch in marks.get(p, "") if ch in APPROVE)
            + sum(1 for _, sym in writes.get(p, []) if sym in APPROVE)
            for p in seats
        }
        where = f"ballot record {c['first_record']}"
        spoiled = any(f in record.get("flags", []) for f in SPOILING_FLAGS)
        if (spoiled or any(chosen[p] > seats[p] for p in seats)) and c["status"] != "invalid":
            errors.append(f"{where}: over quota or spoiled but not invalid (P-VALID-1/3)")
        blank = not any(writes.values()) and all(ch in " -" for s in marks.values() for ch in s)
        if blank and not record.get("flags") and c["status"] != "valid":
            errors.append(f"{where}: a blank ballot is valid (P-VALID-4)")
        for p, names in c["approvals"].items():
            allowed = set(rr["candidates"].get(p, [])) | {n for n, _ in writes.get(p, [])}
            if (
                c["status"] == "invalid"
                or len(names) > seats.get(p, 0)
                or len(set(names)) < len(names)
                or not set(names) <= allowed
            ):
                errors.append(f"{where}: votes {names} for {p} are not possible from this ballot")
    if got != want:
        errors.append("the ballot classes do not account for exactly the recorded ballots")
    return errors


def _tally(classes, rr):
    tally = {p["name"]: {} for p in rr["positions"]}
    for c in classes:
        if c["status"] != "invalid":
            for p, names in c["approvals"].items():
                for n in names:
                    tally.setdefault(p, {})[n] = tally.get(p, {}).get(n, 0) + c["count"]
    return tally
