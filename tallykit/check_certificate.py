"""Independent checker of a count certificate, to be read against rules/party.md and
rules/villager.md in one sitting. Standard library only, nothing from tallykit: every number of
the certificate is re-derived from the results file itself.

``check(cert, results)`` takes both as loaded JSON and returns the reasons for rejection (empty:
accepted). It covers every election kind under the built-in profiles and files' ``extends`` of
them. Not certified: notes, such as who stands in a supplementary election (V-SUPP-1).
"""

import json
import unicodedata
from collections import Counter

FORMAT = "tallykit.certificate/2"
VILLAGER_KINDS = ("villagers_committee", "residents_committee", "recall")
NEAR = ("spouse", "parent", "child", "sibling", "grandparent", "grandchild")  # 民法典 art.1045
# The built-in profiles' readings of the contested rules (rules/*.md, "Variants").
MARKS = {"○": "approve", "√": "approve", "×": "disapprove", " ": "abstain", "-": "abstain"}
BALLOT = {"marks": MARKS | {"?": "unreadable"}, "identifying_mark_spoils": True}
BALLOT |= {"reconcile_against": "issued"}
PARTY = {"overvote_scope": "ballot", "writein_without_mark": "no_vote"}
PARTY |= {"abstainer_writein": "no_vote", "threshold_base": "expected", "quorum_comparison": ">="}
PARTY |= {"committee_quorum": "four_fifths", "tie_revote_needs_majority": False}
PARTY |= {"recommendation_base": "returned"} | BALLOT
VILLAGER = {"overvote_scope": "section", "writein_without_mark": "approve"}
VILLAGER |= {"abstainer_writein": "count", "same_person_multi_post": "highest_only"}
VILLAGER |= {"same_person_void_higher": "drop_lower"}
VILLAGER |= {"proxy_limit": 3, "proxy_relation": "near_relative", "participation_base": "returned"}
VILLAGER |= {"supplementary_needs_turnout": True, "women_guarantee": "confirm_first"}
VILLAGER |= {"majority_base": "participants", "carry_down": "off", "min_committee": 3} | BALLOT
VILLAGER |= {"candidate_may_hold_proxy": True, "statutory_exclusions": []}
PARTY_1990 = PARTY | {"threshold_base": "present", "quorum_comparison": ">"}
PROFILES = {"party-2020": PARTY, "party-1990": PARTY_1990, "villager-2018": VILLAGER}
PROFILES["residents-2018"] = VILLAGER | {"form": "all_residents", "min_committee": 5}
BARRED = ["expelled_from_party", "criminal_record", "clan_or_gang_forces", "illegal_religion"]
PROFILES["villager-2026"] = VILLAGER | {"candidate_may_hold_proxy": False}  # V-2026-PROXY-2
PROFILES["villager-2026"] |= {"statutory_exclusions": BARRED}  # V-2026-CAND-1
PROFILES["residents-2026"] = PROFILES["residents-2018"]  # rules/villager.md §4, from 2026-01-01
# P-RIGHTS-1: no vote at all, by voter status or an exclusion's reason (2020 Art. 5: 留置, 逮捕)
NO_VOTE = {"probationary": 1990, "party_probation": 1990, "rights_suspended": 2020, "留置": 2020}
NO_VOTE |= {"预备党员": 1990, "留党察看": 1990, "停止党籍": 1990, "逮捕": 2020}


def check(cert, results):
    """Reasons ``cert`` is not a faithful certificate of counting ``results`` (empty: accepted)."""
    if not isinstance(cert, dict) or cert.get("format") != FORMAT:
        return [f"not a {FORMAT} certificate"]
    results, kind = _normalised(results), results["election"]["kind"]
    dates = (results.get("timeline") or {}).get("election_day"), results["election"].get("date")
    day = next((d for d in (*dates, results["rounds"][0].get("date")) if d), "")  # V-2026-DATE
    family = "residents" if kind == "residents_committee" else "villager"
    law = f"{family}-{2018 if day < '2026-01-01' else 2026}" if kind in VILLAGER_KINDS else None
    ref = results.get("profile") or law or f"party-{1990 if '' < day < '2020-07-13' else 2020}"
    pid, changes = (ref, {}) if isinstance(ref, str) else (ref["extends"], ref.get("set", {}))
    if pid not in PROFILES:
        return [f"profile {pid!r} is not covered by this checker"]
    prof, given = PROFILES[pid] | changes, cert["profile"]["params"]
    errors = [
        f"profile: {k} should be {prof[k]!r}" for k in PROFILES[pid] if given.get(k) != prof[k]
    ]
    if len(cert["rounds"]) != len(results["rounds"]):
        return errors + ["the certificate and the results file have different numbers of rounds"]
    taken = set()  # the elected of earlier rounds (V-POS-1)
    for i, (rc, rr) in enumerate(zip(cert["rounds"], results["rounds"])):
        errors += [f"round {i}: {e}" for e in _round(rc, rr, results, prof | {"id": pid}, taken)]
    return errors


def _normalised(x):
    """A copy with names read as the results format reads them: NFKC, no spaces (ballot marks and
    profile values aside)."""
    if isinstance(x, dict):
        return {
            _normalised(k): v if k in ("marks", "set") else _normalised(v) for k, v in x.items()
        }
    if isinstance(x, list):
        return [_normalised(v) for v in x]
    return "".join(unicodedata.normalize("NFKC", x).split()) if isinstance(x, str) else x


def _round(rc, rr, results, prof, taken):
    """The errors of one round's certificate; adds the round's elected to ``taken``."""
    errors, kind, election, e = [], rr["kind"], results["election"]["kind"], results["electorate"]
    villager, recall = election in VILLAGER_KINDS, "recall" in (election, kind)
    need = lambda ok, msg: ok or errors.append(msg)  # noqa: E731
    recorded, declared = rr.get("ballots") or {}, rr.get("declared") or {}
    if rr.get("ballot_records") is not None:  # a full recount (P-BALLOT-2)
        tally, returned, counted = _recount(rc.get("classes") or [], rr, prof, need)
        issued, invalid = recorded.get("issued", returned), returned - counted
    else:
        tally, returned, issued = rr.get("tally", {}), recorded["returned"], recorded["issued"]
        counted, invalid = recorded.get("valid"), recorded.get("invalid")
    totals = {"issued": issued, "returned": returned, "valid": counted, "invalid": invalid}
    need(rc["ballots"] == totals, f"ballot totals should be {totals}")
    # The gates, before any ballot counts (P-BALLOT-2): attendance, then 收回 <= 发出.
    if villager:
        registered, voters = e["registered"], _voters(recorded, returned, issued, results, prof)
        expected = present = None
        group = results["election"].get("form", prof.get("form")) == "group_representatives"
        turnout = {"participants": voters, "registered": registered}
        if prof["id"].startswith("residents") and group and not recall:  # R-THRESH-1 (S18 art.11)
            gates = [("turnout", 3 * voters >= 2 * registered, turnout)]
        else:  # V-DOUBLE-MAJORITY-1, V-RECALL-1, R-RECALL-1
            gates = [("turnout", 2 * voters > registered, turnout)]
        if kind == "supplementary" and not prof["supplementary_needs_turnout"]:
            gates = []  # V-SUPP-3
    else:  # P-QUORUM-2: a voter's exclusion without both approvals stays in 应到会
        present, registered, voters = e["present"], None, None
        unapproved = [
            x
            for x in e.get("exclusions", [])
            if not (x.get("upper_approved") and x.get("meeting_approved"))
            and not _no_vote(x, results, prof["id"] != "party-1990")
        ]
        expected = e["expected"] + len(unapproved)
        attendance = {"present": present, "expected": expected}
        if election == "recommendation":  # TK-REC-1
            gates = [("attendance", 2 * present > expected, attendance)]
        elif election == "party_officers" and prof["committee_quorum"] == "two_thirds":
            gates = [("quorum", 3 * present > 2 * expected, attendance)]  # P-QUORUM-4
        elif prof["quorum_comparison"] == ">":  # P-QUORUM-1 (1990 text)
            gates = [("quorum", 5 * present > 4 * expected, attendance)]
        else:  # P-QUORUM-1/4
            gates = [("quorum", 5 * present >= 4 * expected, attendance)]
    against = prof["reconcile_against"]  # P-BALLOT-1, V-BALLOT-RECON-1
    limit = issued if against == "issued" else recorded.get("participants") or present or issued
    gates.append(("reconciliation", returned <= limit, {"returned": returned, against: limit}))
    part = recorded.get("participants") if against != "participants" else None
    for key, n in [("participants", part), ("registered", registered)] if villager else []:
        if n is not None:  # V-BALLOT-RECON-1: never more ballots than people, whatever `against`
            gates.append((f"reconciliation_{key}", returned <= n, {"returned": returned, key: n}))
    for s in rr.get("stations", []) if villager else []:  # each station and mobile box (V-ROVING-1)
        numbers = {"returned": s["returned"], "issued": s["issued"]}
        gates.append(("station_reconciliation", s["returned"] <= s["issued"], numbers))
    have = [(g["code"], g["passed"], g["values"]) for g in rc["gates"]]
    need(have == gates, f"the gates should be {gates}")
    # The threshold: a majority of the profile's base, a third of the ballots cast, or most votes.
    if kind == "tie_revote" and (villager or not prof["tie_revote_needs_majority"]):
        test, base_name = "plurality", None  # P-ELECT-3, V-TIE-1
    elif villager and kind == "supplementary":
        test, base_name = "third", "cast"  # V-SUPP-3
    elif villager:  # V-DOUBLE-MAJORITY-2, V-ABS-OLD-1, V-RECALL-1, R-THRESH-1
        test, base_name = "majority", prof["majority_base"]
    else:  # P-ELECT-1, TK-REC-2
        key = "recommendation_base" if election == "recommendation" else "threshold_base"
        test, base_name = "majority", prof[key]
    bases = {"expected": expected, "present": present, "returned": returned, "cast": returned}
    base = (bases | {"participants": voters, "registered": registered}).get(base_name)
    threshold = {"test": test, "base_name": base_name, "base": base}
    got = {k: (rc["threshold"] or {}).get(k) for k in threshold}
    need(got == threshold, f"the threshold should be {threshold}")
    tests = {"majority": lambda v: 2 * v > base, "third": lambda v: 3 * v >= base}
    passes = tests.get(test, lambda v: True)  # plurality: most votes, no floor
    if not all(ok for _, ok, _ in gates) or declared.get("void"):
        need(rc["result"] == "void" and rc["positions"] == [], "the result should be void")
        return errors
    # Who is elected, post by post, and how the round ends.
    if villager:  # V-WRITEIN-1, V-INELIGIBLE-1: votes for these people are void
        void = {"not_registered", "ineligible", *prof["statutory_exclusions"]}  # V-2026-CAND-1
        barred = {_key(c) for c in results["candidates"] if void & set(c.get("flags", []))}
        tally = {p: {n: v for n, v in t.items() if n not in barred} for p, t in tally.items()}
    board = results["election"].get("committee") if election == "party_officers" else None
    if board:  # P-CAND-2, P-VALID-5: only the new committee's members may be elected
        tally = {p: {n: v for n, v in t.items() if n in board} for p, t in tally.items()}
    if recall:  # V-RECALL-1, R-RECALL-1: each target on their own
        post = rr["positions"][0]["name"] if rr.get("positions") else "罢免"
        votes = {t: tally.get(post, {}).get(t, 0) for t in rr.get("targets") or tally.get(post, {})}
        recalled = [t for t, v in votes.items() if passes(v)]
        seating = {post: (len(votes), votes, (recalled, [], 0, 0))}
    elif villager:
        seating = _posts(rr, results, prof, tally, passes, taken)
    else:  # posts in order; whoever a higher post or an earlier round elected leaves (TK-POST-1)
        seating, out = {}, set(taken)
        for p in rr["positions"]:
            votes = {n: 0 for n in rr["candidates"].get(p["name"], [])} | tally.get(p["name"], {})
            votes = {n: v for n, v in votes.items() if n not in out}
            outcome = _fill(votes, p["seats"], passes)
            if election == "recommendation":  # TK-REC-2: all who pass are nominated
                outcome = ([n for n, v in votes.items() if passes(v)], [], 0, 0)
            seating[p["name"]] = (p["seats"], votes, outcome)
            out |= set(outcome[0])
    cert_posts = {p["name"]: p for p in rc["positions"]}
    need(list(cert_posts) == list(seating), f"the posts should be {list(seating)}")
    for post, (seats, votes, (elected, tied, tied_seats, unfilled)) in seating.items():
        cp = cert_posts.get(post) or {"ranking": [], "elected": [], "tied": []}
        ranking = [tuple(x) for x in cp["ranking"]]
        need(sorted(ranking) == sorted(votes.items()), f"{post}: the ranking should be {votes}")
        in_order = all(a[1] >= b[1] for a, b in zip(ranking, ranking[1:]))
        need(in_order or recall, f"{post}: the ranking is not in vote order")
        want = (seats, sorted(elected), sorted(tied), tied_seats, unfilled)
        fields = ("seats", "elected", "tied", "tied_seats", "unfilled")
        have = tuple(sorted(x) if isinstance(x, list) else x for x in map(cp.get, fields))
        need(have == want, f"{post}: seats, elected, tied, tied seats, unfilled should be {want}")
    won = [n for _, _, o in seating.values() for n in o[0]]
    if recall:
        result = "recalled" if won else "not_recalled"
    elif election == "recommendation":
        result = "nominated"
    elif any(o[1] for _, _, o in seating.values()):
        result = "tie_revote"  # P-ELECT-3, V-TIE-1
    elif any(o[3] for _, _, o in seating.values()):  # P-ELECT-4, V-SUPP-1
        reduced = declared.get("next") == "seat_reduction" and not villager
        result = "seat_reduction" if reduced else "supplementary"
        if villager and kind == "supplementary" and len(taken) + len(won) >= prof["min_committee"]:
            result = "vacancy"  # V-SUPP-4: the committee stands, the rest stay vacant
    else:
        result = "nominated" if kind == "preliminary" and not villager else "elected"
    need(rc["result"] == result, f"the result should be {result}, not {rc['result']}")
    taken |= set(won)
    return errors


def _fill(votes, seats, passes):
    """P-ELECT-2/3/4, V-DOUBLE-MAJORITY-3, V-TIE-1: seats go in vote order to those who pass;
    equal votes across the last seat tie; nobody below the threshold fills a seat.
    Returns (elected, tied, seats the tied share, seats left unfilled)."""
    passed = [v for v in votes.values() if passes(v)]
    above = {n: sum(w > v for w in passed) for n, v in votes.items()}
    level = {n: sum(w == v for w in passed) for n, v in votes.items()}
    elected = [n for n, v in votes.items() if passes(v) and above[n] + level[n] <= seats]
    tied = [n for n, v in votes.items() if passes(v) and above[n] < seats < above[n] + level[n]]
    return elected, tied, seats - len(elected) if tied else 0, max(0, seats - len(passed))


def _posts(rr, results, prof, tally, passes, taken):
    """V-POS-1/2: a villagers' round post by post in ballot order, highest first; the elected
    leave the lower posts, and in a formal round 上票下加 may add the higher posts' votes."""
    women = {_key(c) for c in results["candidates"] if c.get("gender") == "female"}
    formal, out, carried, taken = rr["kind"] == "formal", {}, {}, set(taken)
    for i, pos in enumerate(rr["positions"]):
        name, seats, own = pos["name"], pos["seats"], tally.get(pos["name"], {})
        only_women = pos.get("reserved") == "female"  # 妇女专职专选 (V-WOMEN-1)
        field = {n: 0 for n in rr["candidates"].get(name, [])} | own
        summed = field | {n: own.get(n, 0) + v for n, v in carried.items()}
        stands = lambda n: n not in taken and (n in women or not only_women)  # noqa: E731
        field = {n: v for n, v in field.items() if stands(n)}
        summed = {n: v for n, v in summed.items() if stands(n)}
        outcome = _fill(field, seats, passes)
        carry = prof["carry_down"] if formal and carried else "off"  # 上票下加 (V-POS-2)
        if carry == "mandatory":
            field, outcome = summed, _fill(summed, seats, passes)
        elif carry == "optional" and outcome[3] and not outcome[1]:  # only the seats left empty
            left = {n: v for n, v in summed.items() if n not in outcome[0]}
            rest = _fill(left, outcome[3], passes)
            field, outcome = summed, (outcome[0] + rest[0], *rest[1:])
        last = i > 0 and i == len(rr["positions"]) - 1
        held = rr["kind"] == "supplementary" and prof["women_guarantee"] == "reserved_seat"
        if (formal or held) and not pos.get("reserved") and (name == "委员" or last):
            outcome = _women(field, seats, outcome, women, taken, prof, passes)
        out[name] = (seats, field, outcome)
        taken |= set(outcome[0])
        if formal:
            carried = {n: carried.get(n, 0) + own.get(n, 0) for n in carried | own}
    return out


def _women(votes, seats, outcome, women, taken, prof, passes):
    """V-WOMEN-1 (规程 2013), with no woman among the higher posts' elected: the woman with most
    votes among those who pass is confirmed first, the other seats go by vote order; under
    ``reserved_seat`` with no such woman one seat stays empty for a woman. Women tied for most
    votes: try each first; elected is who every try elects, tied who only some do (V-TIE-1)."""
    rule = prof["women_guarantee"]
    if rule not in ("confirm_first", "reserved_seat") or taken & women:
        return outcome
    passing = {n: v for n, v in votes.items() if n in women and passes(v)}
    if not passing:
        if rule == "confirm_first":
            return outcome  # no woman passes
        rest = _fill(votes, seats - 1, passes)
        return rest[0], rest[1], rest[2], rest[3] + 1
    tries = []
    for w in [n for n, v in passing.items() if v == max(passing.values())]:
        rest = _fill({n: v for n, v in votes.items() if n != w}, seats - 1, passes)
        tries.append(({w, *rest[0]}, {w, *rest[0], *rest[1]}, rest[3]))
    sure = set.intersection(*(t[0] for t in tries))
    tied = set.union(*(t[1] for t in tries)) - sure
    unfilled = tries[0][2]
    return list(sure), list(tied), seats - unfilled - len(sure) if tied else 0, unfilled


def _voters(recorded, returned, issued, results, prof):
    """参加投票的人数 (V-DOUBLE-MAJORITY-1/2): as recorded, else the ballots returned or issued,
    less those cast under rejected proxies (V-PROXY-1: the principal voted in person, the proxy
    is no near relative, a second authorisation, a candidate where candidates may hold none
    (V-2026-PROXY-2), or over the limit; in file order; an authorisation marked ``counted:
    false`` cast no ballot)."""
    held, principals, rejected = Counter(), set(), 0
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
    base = recorded.get("participants")
    if base is None:
        base = returned if prof["participation_base"] == "returned" else issued
    return max(base - rejected, 0)


def _key(candidate):
    return candidate.get("id") or candidate["name"]


def _no_vote(x, results, since_2020):
    """P-RIGHTS-1: the excluded member ``x`` has no vote at all (a member who never enters 应到会)."""
    words = [w for w, since in NO_VOTE.items() if since == 1990 or since_2020]
    status = [v.get("status") for v in results.get("voters", []) if v["name"] == x["name"]]
    return any(s in words for s in status) or any(w in (x.get("reason") or "") for w in words)


def _recount(classes, rr, prof, need):
    """The classes are exactly the recorded ballot patterns, each judged again; the tally."""
    records, want, got, counted = rr["ballot_records"], Counter(), Counter(), 0
    for r in records:
        want[_pattern(r)] += r.get("count", 1)
    tally = {
        p["name"]: dict.fromkeys(rr["candidates"].get(p["name"], []), 0) for p in rr["positions"]
    }
    for c in classes:
        got[_pattern(records[c["first_record"]])] += c["count"]
        status, approvals = _judge(records[c["first_record"]], rr, prof)
        same = (c["status"], c["approvals"]) == (status, approvals)
        need(same, f"ballot record {c['first_record']} is {status} with votes {approvals}")
        counted += 0 if status == "invalid" else c["count"]
        for post, names in approvals.items():
            tally[post] |= {n: tally[post].get(n, 0) + c["count"] for n in names}
    need(got == want, "the ballot classes do not account for exactly the recorded ballots")
    return tally, sum(got.values()), counted


def _pattern(record):
    parts = [record["marks"], record.get("write_ins") or {}, record.get("flags") or []]
    return json.dumps(parts, sort_keys=True)


def _judge(record, rr, prof):
    """One ballot's class and votes: spoiling flags (P-VALID-2/3), marks (P-MARK-1), write-ins
    (P-VALID-5), the same person on several posts (V-SAME-PERSON-1), over-votes of the ballot
    or a section (P-VALID-1, V-BALLOT-OVERVOTE-1); a blank ballot stays valid (P-VALID-4)."""
    flags, unmarked = record.get("flags") or [], prof["writein_without_mark"]
    spoiled = "identifying_mark" in flags and prof["identifying_mark_spoils"]
    if spoiled or {"torn", "unreadable"} & set(flags):
        return "invalid", {}
    sections, meanings = {}, []
    for pos in rr["positions"]:
        line, printed = record["marks"].get(pos["name"], ""), rr["candidates"].get(pos["name"], [])
        meaning = [prof["marks"].get(s, "abstain") for s in line]
        chosen, written = [n for n, m in zip(printed, meaning) if m == "approve"], []
        for who, s in (record.get("write_ins") or {}).get(pos["name"], []):
            m = prof["marks"].get(s, "abstain")
            if m == "abstain" and unmarked == "void_ballot":
                return "invalid", {}  # P-MARK-1
            m = "approve" if m == "abstain" and unmarked == "approve" else m  # V-BALLOT-ILLEGIBLE-1
            if m == "approve" and who not in printed + written:
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
