"""Every built-in profile's default is the value its cited source gives: each parameter of each
built-in profile equals the table below (value and the rule or source it cites, written out from
the sources), and every parameter the count depends on also equals the certificate checker's own
reading of rules/*.md — so changing a default, or the source it cites, fails here unless the
table is changed with it.

Rules: P-ELECT-1, P-QUORUM-1, P-MARK-1, P-VALID-1, V-DOUBLE-MAJORITY-2, V-PROXY-1, V-SUPP-3,
V-WOMEN-1 and every other rule a parameter cites. Bounds: all six built-in profiles, every
parameter (exact equality, no bounds). Broken variant: party-2020's threshold base read as
1990's (those present).
"""

from __future__ import annotations

from typing import Any

from tallykit.specs._harness import COUNTEREXAMPLE, PROVED, Outcome, Property, summary

# parameter -> {"profile ids": (value, the rule or source its Setting cites first)}; lists and
# mark tables as tuples and dicts.
SOURCES = {
    "threshold_base": {
        "party-2020": ("expected", "P-ELECT-1"),
        "party-1990": ("present", "P-ELECT-1"),
    },
    "quorum_comparison": {
        "party-2020": (">=", "P-QUORUM-1"),
        "party-1990": (">", "P-QUORUM-1"),
    },
    "committee_quorum": {
        "party-2020 party-1990": ("four_fifths", "P-QUORUM-4"),
    },
    "reconcile_against": {
        "party-2020 party-1990": ("issued", "P-BALLOT-1"),
        "villager-2018 residents-2018 villager-2026 residents-2026": ("issued", "V-BALLOT-RECON-1"),
    },
    "writein_without_mark": {
        "party-2020 party-1990": ("no_vote", "P-MARK-1"),
        "villager-2018 residents-2018 villager-2026 residents-2026": (
            "approve",
            "V-BALLOT-ILLEGIBLE-1",
        ),
    },
    "abstainer_writein": {
        "party-2020 party-1990": ("no_vote", "P-VALID-5"),
        "villager-2018 residents-2018 villager-2026 residents-2026": ("count", "V-BALLOT-BLANK-1"),
    },
    "identifying_mark_spoils": {
        "party-2020 party-1990": (True, "P-VALID-2"),
        "villager-2018 residents-2018 villager-2026 residents-2026": (True, "V-BALLOT-ILLEGIBLE-1"),
    },
    "overvote_scope": {
        "party-2020 party-1990": ("ballot", "P-VALID-1"),
        "villager-2018 residents-2018 villager-2026 residents-2026": (
            "section",
            "V-BALLOT-OVERVOTE-1",
        ),
    },
    "tie_revote_needs_majority": {
        "party-2020 party-1990": (False, "P-ELECT-3"),
    },
    "recommendation_base": {
        "party-2020 party-1990": ("returned", "TK-REC-2"),
    },
    "single_given_name": {
        "party-2020 party-1990": ("empty_first", "P-ORDER-2"),
    },
    "ballot_order": {
        "party-2020 party-1990": ("surname_strokes", "P-ORDER-1"),
        "villager-2018 residents-2018 villager-2026 residents-2026": (
            "unspecified",
            "rules/villager.md names no ballot order;",
        ),
    },
    "marks": {
        "party-2020 party-1990": (
            {
                "○": "approve",
                "√": "approve",
                "×": "disapprove",
                " ": "abstain",
                "-": "abstain",
                "?": "unreadable",
            },
            "P-MARK-1",
        ),
        "villager-2018 residents-2018 villager-2026 residents-2026": (
            {
                "○": "approve",
                "√": "approve",
                "×": "disapprove",
                " ": "abstain",
                "-": "abstain",
                "?": "unreadable",
            },
            "V-BALLOT-ILLEGIBLE-1",
        ),
    },
    "age_max_new_member": {
        "party-2020 party-1990 villager-2018 residents-2018 villager-2026 residents-2026": (
            50,
            "seeds/002 篇一 (衡山白果镇 2020)",
        ),
    },
    "age_max_continuing": {
        "party-2020 party-1990 villager-2018 residents-2018 villager-2026 residents-2026": (
            57,
            "seeds/002 篇一 (衡山白果镇 2020)",
        ),
    },
    "age_limit_cutoff": {
        "party-2020 party-1990 villager-2018 residents-2018 villager-2026 residents-2026": (
            "election_day",
            "seeds fix one date per 换届",
        ),
    },
    "age_limit_inclusive": {
        "party-2020 party-1990 villager-2018 residents-2018 villager-2026 residents-2026": (
            False,
            "seeds/002 篇一",
        ),
    },
    "young_member_age": {
        "party-2020 party-1990 villager-2018 residents-2018 villager-2026 residents-2026": (
            35,
            "seeds/002 篇一 and 篇三, seeds/004",
        ),
    },
    "kin_avoidance": {
        "party-2020 party-1990 villager-2018 residents-2018 residents-2026": (
            "near_relative",
            "V-KIN-1",
        ),
        "villager-2026": ("near_relative", "V-2026-KIN-1"),
    },
    "age_max_new_secretary": {
        "party-2020 party-1990": (55, "seeds/002 篇一 (衡山白果镇 2020)"),
    },
    "primary_committee_max": {
        "party-2020 party-1990": (11, "P-SIZE-1"),
    },
    "secretary_party_years": {
        "party-2020 party-1990": (1, "seeds/002 篇三"),
    },
    "women_share_target": {
        "party-2020 party-1990": (0, "seeds/002 篇三"),
        "villager-2018": (30, "seeds/002 篇一 力争村民委员会成员中女性比例达到30%以上; seed"),
        "residents-2018": (0, "seeds/004"),
        "villager-2026": (30, "V-2026-WOMEN-1"),
        "residents-2026": (0, "V-2026-WOMEN-1"),
    },
    "officials_kin_avoidance": {
        "party-2020 party-1990": ("none", "P-BALLOT-3"),
        "villager-2018 residents-2018 villager-2026 residents-2026": ("near_relative", "V-KIN-1"),
    },
    "request_lead_months": {
        "party-2020 party-1990": (1, "P-TIME-1"),
    },
    "prospective_notice_days": {
        "party-2020 party-1990": (5, "P-TIME-3"),
    },
    "prospective_notice_unit": {
        "party-2020 party-1990": ("working", "P-TIME-3"),
    },
    "result_notice_days": {
        "party-2020 party-1990": (5, "P-TIME-4"),
    },
    "result_notice_unit": {
        "party-2020 party-1990": ("working", "P-TIME-4"),
    },
    "notice_counts_start_day": {
        "party-2020 party-1990": (False, "民法典 art.201 开始的当日不计入 (many notices write"),
    },
    "result_report_days": {
        "party-2020 party-1990": ("none", "P-TIME-4"),
    },
    "term_window_months": {
        "party-2020 party-1990": (12, "P-SIZE-2"),
    },
    "deadline_holiday_extension": {
        "party-2020 party-1990 villager-2018 residents-2018 villager-2026 residents-2026": (
            False,
            "民法典 art.203 (最后一日为法定休假日的顺延); rules/villa",
        ),
    },
    "same_person_multi_post": {
        "villager-2018 residents-2018 villager-2026 residents-2026": (
            "highest_only",
            "V-SAME-PERSON-1",
        ),
    },
    "same_person_void_higher": {
        "villager-2018 residents-2018 villager-2026 residents-2026": (
            "drop_lower",
            "V-SAME-PERSON-1",
        ),
    },
    "carry_down": {
        "villager-2018 residents-2018 villager-2026 residents-2026": ("off", "V-POS-2"),
    },
    "proxy_limit": {
        "villager-2018 residents-2018 residents-2026": (3, "V-PROXY-1"),
        "villager-2026": (3, "V-2026-PROXY-1"),
    },
    "proxy_relation": {
        "villager-2018 residents-2018 villager-2026 residents-2026": ("near_relative", "V-PROXY-1"),
    },
    "participation_base": {
        "villager-2018 residents-2018 villager-2026 residents-2026": (
            "returned",
            "V-DOUBLE-MAJORITY-1",
        ),
    },
    "supplementary_candidates": {
        "villager-2018 residents-2018 villager-2026 residents-2026": ("seats_plus_one", "V-SUPP-1"),
    },
    "supplementary_needs_turnout": {
        "villager-2018 residents-2018 villager-2026 residents-2026": (True, "V-SUPP-3"),
    },
    "women_guarantee": {
        "villager-2018 residents-2018": ("confirm_first", "V-WOMEN-1"),
        "villager-2026 residents-2026": ("confirm_first", "V-2026-WOMEN-1"),
    },
    "min_committee": {
        "villager-2018 villager-2026": (3, "V-SUPP-4"),
        "residents-2018 residents-2026": (5, "V-SUPP-4 with V-COMP-1"),
    },
    "majority_base": {
        "villager-2018 villager-2026": ("participants", "V-DOUBLE-MAJORITY-2"),
        "residents-2018 residents-2026": ("participants", "R-THRESH-1"),
    },
    "size_bands": {
        "villager-2018 villager-2026": ("u_n_art6", "V-COMP-1"),
        "residents-2018 residents-2026": ("none", "V-COMP-1"),
    },
    "commission_size_min": {
        "villager-2018 residents-2018 villager-2026 residents-2026": (
            5,
            "湖南 (S6 art.7) 五至十一人的单数; seeds/002, seeds",
        ),
    },
    "commission_size_max": {
        "villager-2018 villager-2026": (11, "湖南 (S6 art.7) 五至十一人; seeds/002, seeds/00"),
        "residents-2018 residents-2026": (9, "seeds/004"),
    },
    "representative_households_min": {
        "villager-2018 villager-2026": (5, "V-REPS-1"),
        "residents-2018 residents-2026": (20, "seeds/002"),
    },
    "representative_households_max": {
        "villager-2018 villager-2026": (15, "V-REPS-1"),
        "residents-2018 residents-2026": (50, "seeds/002"),
    },
    "voter_list_days": {
        "villager-2018 residents-2018 villager-2026 residents-2026": (20, "V-T-LIST"),
    },
    "objection_days": {
        "villager-2018 residents-2018 villager-2026 residents-2026": (5, "V-T-OBJ"),
    },
    "objection_answer_days": {
        "villager-2018 residents-2018 villager-2026 residents-2026": (3, "V-T-OBJ"),
    },
    "candidate_list_days": {
        "villager-2018 residents-2018 villager-2026 residents-2026": (5, "V-T-CAND"),
    },
    "time_place_days": {
        "villager-2018 residents-2018 villager-2026 residents-2026": (5, "V-T-TIMEPLACE"),
    },
    "proxy_lead_days": {
        "villager-2018 residents-2018 villager-2026 residents-2026": (0, "V-T-PROXY"),
    },
    "proxy_registration_days": {
        "villager-2018 residents-2018 villager-2026 residents-2026": (5, "V-T-PROXY"),
    },
    "proxy_publish_days": {
        "villager-2018 residents-2018 villager-2026 residents-2026": (2, "V-T-PROXY"),
    },
    "postpone_republish_days": {
        "villager-2018 residents-2018 villager-2026 residents-2026": (30, "V-T-POSTPONE"),
    },
    "handover_days": {
        "villager-2018 residents-2018 villager-2026 residents-2026": (10, "V-T-HANDOVER"),
    },
    "supervisory_days": {
        "villager-2018 residents-2018 villager-2026 residents-2026": (10, "V-T-POST"),
    },
    "supplementary_days": {
        "villager-2018 residents-2018 villager-2026 residents-2026": (10, "V-T-SUPP"),
    },
    "term_postpone_months": {
        "villager-2018 residents-2018 villager-2026 residents-2026": (12, "V-T-TERM"),
    },
    "candidate_may_hold_proxy": {
        "villager-2018 residents-2018 residents-2026": (True, "V-PROXY-1"),
        "villager-2026": (False, "V-2026-PROXY-2"),
    },
    "registration_village_work": {
        "villager-2018 residents-2018 residents-2026": (False, "V-REG-1"),
        "villager-2026": (True, "V-2026-REG-1"),
    },
    "commission_kin_withdrawal": {
        "villager-2018 residents-2018 residents-2026": ("none", "V-KIN-1"),
        "villager-2026": ("near_relative", "V-2026-COMM-1"),
    },
    "statutory_exclusions": {
        "villager-2018 residents-2018 residents-2026": ((), "V-INELIGIBLE-1"),
        "villager-2026": (
            ("expelled_from_party", "criminal_record", "clan_or_gang_forces", "illegal_religion"),
            "V-2026-CAND-1",
        ),
    },
    "supervisory_kin_avoidance": {
        "villager-2018": ("near_relative", "V-SUPERVISORY-1"),
        "residents-2018 residents-2026": ("near_relative", "seeds/002 篇一"),
        "villager-2026": ("near_relative", "V-2026-SUPERVISE-1"),
    },
    "form": {
        "residents-2018 residents-2026": ("all_residents", "R-FORMS-1"),
    },
    "community_households_min": {
        "residents-2018": (100, "R-2026-SIZE-1"),
        "residents-2026": (1000, "R-2026-SIZE-1"),
    },
    "community_households_max": {
        "residents-2018": (700, "R-2026-SIZE-1"),
        "residents-2026": (3000, "R-2026-SIZE-1"),
    },
    "branch_committee_min": {"party-2020 party-1990": (3, "P-SIZE-1")},
    "branch_committee_usual_max": {"party-2020 party-1990": (5, "P-SIZE-1")},
    "branch_committee_max": {"party-2020 party-1990": (7, "P-SIZE-1")},
    "general_branch_committee_min": {"party-2020 party-1990": (5, "P-SIZE-1")},
    "general_branch_committee_usual_max": {"party-2020 party-1990": (7, "P-SIZE-1")},
    "general_branch_committee_max": {"party-2020 party-1990": (9, "P-SIZE-1")},
    "primary_committee_min": {"party-2020 party-1990": (5, "P-SIZE-1")},
    "primary_committee_usual_max": {"party-2020 party-1990": (9, "P-SIZE-1")},
    "branch_committee_members_min": {"party-2020 party-1990": (7, "P-SIZE-1")},
    "committee_size_min": {
        "villager-2018 villager-2026": (3, "V-COMP-1"),
        "residents-2018 residents-2026": (5, "V-COMP-1"),
    },
    "committee_size_max": {
        "villager-2018 villager-2026": (7, "V-COMP-1"),
        "residents-2018 residents-2026": (9, "V-COMP-1"),
    },
    "candidate_margin": {
        "party-2020 party-1990": ("fifth_of_seats", "P-CAND-1"),
        "villager-2018 residents-2018 villager-2026 residents-2026": ("more_than_seats", "V-CAND-1"),
    },
    "stroke_order_posts": {
        "party-2020 party-1990": (("委员", "代表", "常委"), "P-ORDER-1"),
        "villager-2018 residents-2018 villager-2026 residents-2026": (
            ("all",),
            "rules/villager.md names no ballot order;",
        ),
    },
    "women_guarantee_posts": {
        "villager-2018 residents-2018 villager-2026 residents-2026": (("委员", "last"), "V-WOMEN-1"),
    },
}


def plain(value: Any) -> Any:
    """A setting's value as the table writes it (mappings as dicts, sequences as tuples)."""
    if hasattr(value, "items"):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return tuple(plain(v) for v in value)
    return value


def _cited(source: str) -> str:
    head = source.split(":")[0].strip()
    return head if ":" in source and len(head) <= 40 else source[:40]


def check(broken: bool) -> Outcome:
    from tallykit.check import check_certificate
    from tallykit.check.certificate import CERTIFIED
    from tallykit.profiles import BUILTIN

    table = {
        (pid, name): entry
        for name, rows in SOURCES.items()
        for pids, entry in rows.items()
        for pid in pids.split()
    }
    if broken:
        table[("party-2020", "threshold_base")] = ("present", "P-ELECT-1")
    n = 0
    for pid, profile in BUILTIN.items():
        for name, setting in profile.applicable.items():
            n += 1
            want = table.pop((pid, name), None)
            got = (plain(setting.value), _cited(setting.source))
            if want != got:
                return Outcome(
                    COUNTEREXAMPLE, f"{pid} {name}: {got!r}, the table of sources says {want!r}"
                )
            reading = check_certificate.PROFILES.get(pid, {})
            if name in CERTIFIED and name in reading and plain(reading[name]) != got[0]:
                return Outcome(
                    COUNTEREXAMPLE, f"{pid} {name}: {got[0]!r}, the checker reads {reading[name]!r}"
                )
    if table:
        return Outcome(COUNTEREXAMPLE, f"no such built-in parameter: {sorted(table)[0]}")
    return Outcome(PROVED, f"{n} defaults of {len(BUILTIN)} profiles equal their sources")


PROPERTY = Property(
    name="profile_defaults",
    doc=summary(__doc__),
    rules=(
        "P-ELECT-1",
        "P-QUORUM-1",
        "P-MARK-1",
        "P-VALID-1",
        "V-DOUBLE-MAJORITY-2",
        "V-PROXY-1",
        "V-SUPP-3",
        "V-WOMEN-1",
    ),
    bounds="all six built-in profiles, every parameter (exact)",
    check=check,
)
