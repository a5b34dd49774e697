"""The rule catalogue of ``verify``: every check with a stable code, and the findings it makes.

Each ``Check`` has a code ``TK-…`` that never changes meaning, a severity, a title, an
explanation, what the data-entry clerk should do and what the reviewer (the township or county
office) should do, all in Chinese and English, and the rule ids (../shared/rules/) and
regulation articles it applies. A ``Finding`` is one instance: the rules it cites are those of
the election family at hand (``P-…`` party, ``V-…`` villagers and residents), or the rule the
counting core named for the decision (a gate's rule, the threshold's rule, a void round's rules).
"""

from __future__ import annotations

from typing import Any

import attrs

ERROR, WARNING, INFO = "error", "warning", "info"
SEVERITIES = (ERROR, WARNING, INFO)


@attrs.frozen
class Text:
    """One wording in Chinese and English."""

    zh: str
    en: str

    def __call__(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


@attrs.frozen
class Check:
    """One check of the catalogue (the ``tallykit rules`` listing)."""

    code: str
    severity: str
    title: Text
    explanation: Text
    remediation_clerk: Text
    remediation_reviewer: Text
    rules: tuple[str, ...]
    articles: tuple[str, ...] = ()

    def rules_for(self, family: str | None) -> tuple[str, ...]:
        """The rule ids this check applies to one election family (party / villager / residents).

        Project ids (``TK-…``, ``FMT-…``) apply to every family; residents' elections follow the
        villagers' rules plus their own ``R-…`` ids.
        """
        prefixes = ("P-",) if family == "party" else ("V-", "R-") if family == "residents" else ("V-",)
        chosen = tuple(r for r in self.rules if r.startswith(prefixes) or not r.startswith(("P-", "V-", "R-")))
        return chosen or self.rules

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "severity": self.severity,
            "title": {"zh": self.title.zh, "en": self.title.en},
            "explanation": {"zh": self.explanation.zh, "en": self.explanation.en},
            "remediation_clerk": {"zh": self.remediation_clerk.zh, "en": self.remediation_clerk.en},
            "remediation_reviewer": {"zh": self.remediation_reviewer.zh, "en": self.remediation_reviewer.en},
            "rules": list(self.rules),
            "articles": list(self.articles),
        }


@attrs.frozen
class Finding:
    """One inconsistency (or note) found in one file, at a JSON pointer into it."""

    code: str
    rules: tuple[str, ...]
    severity: str
    path: str
    message_zh: str
    message_en: str
    expected: Any = None
    recorded: Any = None

    def message(self, lang: str) -> str:
        return self.message_zh if lang == "zh" else self.message_en

    def to_json(self, lang: str = "zh") -> dict[str, Any]:
        return {
            "code": self.code,
            "rules": list(self.rules),
            "severity": self.severity,
            "path": self.path,
            "message": self.message(lang),
            "expected": self.expected,
            "recorded": self.recorded,
        }


def _c(code, severity, title, explanation, clerk, reviewer, rules, articles=()) -> Check:  # type: ignore[no-untyped-def]
    return Check(code, severity, Text(*title), Text(*explanation), Text(*clerk), Text(*reviewer), tuple(rules), tuple(articles))


P2020 = "《中国共产党基层组织选举工作条例》(2020)"
P1990 = "《中国共产党基层组织选举工作暂行条例》(1990)"
VLAW = "《村民委员会组织法》"

CATALOGUE: tuple[Check, ...] = (
    _c(
        "TK-SCHEMA-1", ERROR,
        ("文件无法读取", "file cannot be read"),
        ("文件不是有效的 tallykit.results/1 结果文件（编码、JSON 语法、字段名或类型有误），无法核查。",
         "the file is not a valid tallykit.results/1 results file (encoding, JSON syntax, field names or types), so it cannot be checked."),
        ("按提示的位置（JSON 指针）改正该字段；文件须以 UTF-8 保存。", "fix the field at the JSON pointer shown; save the file as UTF-8."),
        ("退回录入人员重新导出或录入，不要手工猜测数值。", "send it back to be exported or entered again; do not guess values."),
        ("FMT-JSON", "FMT-TYPE", "FMT-REQUIRED", "FMT-UNKNOWN", "FMT-ENCODING"),
    ),
    _c(
        "TK-NAME-1", WARNING,
        ("姓名写法已统一", "name spelling normalised"),
        ("姓名中含全角字符或多余空格，已按同一写法处理；同一人在各处须写法一致。",
         "a name had full-width characters or stray spaces and was read in one spelling; one person must be spelled the same everywhere."),
        ("删除多余空格，改用半角字符，使各处姓名一致。", "remove stray spaces and use half-width characters so the name is the same everywhere."),
        ("核对统一后的姓名确为同一人。", "confirm the normalised name is the same person."),
        ("FMT-NAME",),
    ),
    _c(
        "TK-RECON-1", ERROR,
        ("收回选票多于发出选票", "more ballots returned than issued"),
        ("收回的选票多于发出的选票（或投票人数），本轮选举无效，须重新投票。",
         "more ballots were returned than issued (or than voters); the round is void and must be held again."),
        ("核对发出、收回选票数是否录错。", "check whether issued and returned were entered correctly."),
        ("如数字无误，该轮选举无效，应责令重新投票。", "if the figures are right the round is void; order a new vote."),
        ("P-BALLOT-1", "V-BALLOT-RECON-1"),
        (f"{P2020} 第二十五条（条号待核）", f"{VLAW} 第十五条及各省村民委员会选举办法"),
    ),
    _c(
        "TK-RECON-2", ERROR,
        ("投票站收回选票多于发出选票", "a polling station returned more ballots than it issued"),
        ("某投票站或流动票箱收回的选票多于发出的选票。", "a polling station or mobile ballot box returned more ballots than it issued."),
        ("核对该投票站的发出、收回数。", "check that station's issued and returned figures."),
        ("按本地办法决定该站是否重新投票。", "decide under the local rules whether that station votes again."),
        ("P-BALLOT-1", "V-BALLOT-RECON-1", "V-ROVING-1"),
    ),
    _c(
        "TK-RECON-3", WARNING,
        ("各投票站合计与总数不符", "stations do not add up to the round's totals"),
        ("各投票站（含流动票箱）发出或收回选票之和不等于本轮总数。",
         "the polling stations' (and mobile boxes') issued or returned ballots do not add up to the round's totals."),
        ("核对各站数字与汇总数。", "check each station's figures against the totals."),
        ("要求说明差异来源。", "ask for the difference to be explained."),
        ("P-BALLOT-1", "V-ROVING-1"),
    ),
    _c(
        "TK-RECON-4", ERROR,
        ("发出选票多于有选举权的到会（登记）人数", "more ballots issued than voters"),
        ("发出的选票多于实到会有选举权人数（党内）或登记选民数（村、居）。",
         "more ballots were issued than eligible members present (party) or registered voters (villagers, residents)."),
        ("核对发出选票数与到会或登记人数。", "check ballots issued against attendance or the register."),
        ("查明多发选票的原因。", "find out why extra ballots were issued."),
        ("P-BALLOT-1", "V-BALLOT-RECON-1"),
    ),
    _c(
        "TK-BALLOTS-1", ERROR,
        ("有效票加无效票不等于收回票", "valid plus invalid is not the number returned"),
        ("每张收回的选票必属有效（含部分有效）或无效之一，二者之和应等于收回选票数。",
         "every returned ballot is valid (including partly valid) or invalid, so the two must add up to the ballots returned."),
        ("核对有效票、无效票和收回票数。", "check the valid, invalid and returned figures."),
        ("要求计票人复核选票分类。", "ask the counters to re-check how the ballots were classified."),
        ("P-BALLOT-2", "P-VALID-1", "V-BALLOT-OVERVOTE-1", "V-BALLOT-ILLEGIBLE-1"),
    ),
    _c(
        "TK-VOTES-1", ERROR,
        ("得票数多于有效票数", "more votes than valid ballots"),
        ("每张有效选票对同一人最多计一票，任何人的得票不能多于该职位的有效票数。",
         "a valid ballot gives one person at most one vote, so nobody can have more votes than the position's valid ballots."),
        ("核对该人的得票数与有效票数。", "check this person's votes and the valid ballots."),
        ("要求重新计票或说明。", "order a recount or an explanation."),
        ("P-BALLOT-2", "P-VALID-1", "V-POS-1", "V-BALLOT-OVERVOTE-1"),
    ),
    _c(
        "TK-VOTES-2", ERROR,
        ("总票数超过应选名额乘有效票数", "total votes exceed seats times valid ballots"),
        ("每张有效选票最多选应选名额数的人，某职位全部得票之和不能超过 应选名额 × 有效票数。",
         "a valid ballot chooses at most as many people as there are seats, so a position's votes cannot exceed seats × valid ballots."),
        ("核对各人得票与有效票数。", "check each person's votes and the valid ballots."),
        ("要求重新计票。", "order a recount."),
        ("P-VALID-1", "V-BALLOT-OVERVOTE-1"),
    ),
    _c(
        "TK-FEAS-1", ERROR,
        ("计票结果不可能由任何一组合法选票得出", "no set of lawful ballots gives these totals"),
        ("在每张选票的限制下（所选人数不超过名额，同一人每张最多一票，另选他人须有不赞成票等），找不到任何一组选票能得出所记录的得票数。",
         "under the per-ballot limits (no more people than seats, one vote per person per ballot, a write-in needs a disapproval, ...) no set of ballots gives the recorded totals."),
        ("核对得票数、赞成/不赞成/弃权数和有效票数。", "check the votes, the approve/disapprove/abstain figures and the valid ballots."),
        ("记录内部矛盾，须重新计票。", "the record contradicts itself; order a recount."),
        ("P-VALID-1", "P-VALID-5", "V-BALLOT-OVERVOTE-1", "V-SAME-PERSON-1", "TK-FEAS-1"),
    ),
    _c(
        "TK-QUORUM-1", ERROR,
        ("到会或参加投票人数不足", "attendance or turnout below the legal minimum"),
        ("党内选举须到会人数达到应到会的五分之四；村（居）民委员会选举须过半数登记选民参加投票。不足的，选举无效。",
         "a party election needs four fifths of the expected members present; a villagers' or residents' election needs more than half of the registered voters to take part. Below that the election is void."),
        ("核对应到会（登记）人数、实到（参加投票）人数及不计入应到会的批准情况。",
         "check the expected (registered) and present (participating) figures and the approvals of exclusions."),
        ("该轮选举无效，不得宣布当选；应另行组织选举。", "the round is void and nobody may be declared elected; hold it again."),
        ("P-QUORUM-1", "P-QUORUM-2", "P-QUORUM-4", "V-DOUBLE-MAJORITY-1"),
        (f"{P2020}（不少于应到会人数的五分之四，条号待核）", f"{P1990}（超过应到会人数的五分之四）", f"{VLAW} 第十五条"),
    ),
    _c(
        "TK-OUTCOME-1", ERROR,
        ("本轮是否有效与宣布不符", "the round's validity differs from what was declared"),
        ("按规则重新计算，本轮应为无效（或有效），与宣布的结果不一致。",
         "recomputed under the rules, the round is void (or valid), unlike what was declared."),
        ("核对宣布的结果是否录错。", "check whether the declaration was entered correctly."),
        ("无效的选举不得宣布当选，须重新投票。", "a void round cannot elect anyone; order a new vote."),
        ("P-BALLOT-1", "P-BALLOT-2", "V-BALLOT-RECON-1", "V-DOUBLE-MAJORITY-1"),
    ),
    _c(
        "TK-OUTCOME-2", ERROR,
        ("宣布当选的人与重新计算不符", "declared elected differs from the recount"),
        ("按得票和当选票数线重新确定当选人，与宣布当选的名单不一致（例如得票未过半数却宣布当选）。",
         "redetermined from the votes and the threshold, the elected differ from those declared (e.g. declared elected without a majority)."),
        ("核对得票数和宣布当选名单。", "check the votes and the declared list."),
        ("当选无效或名单有误，须依规纠正。", "the election of those named is not valid or the list is wrong; correct it under the rules."),
        ("P-ELECT-1", "P-ELECT-2", "P-ELECT-5", "V-DOUBLE-MAJORITY-2", "V-DOUBLE-MAJORITY-3", "V-SUPP-3"),
        (f"{P2020} 第二十六条（条号待核）", f"{VLAW} 第十五条"),
    ),
    _c(
        "TK-OUTCOME-3", ERROR,
        ("下一步程序与重新计算不符", "the next step differs from the recount"),
        ("按规则本轮之后应进行（或不应进行）再次投票、另行选举或减少名额，与记录不一致。",
         "under the rules this round must (or must not) be followed by a tie re-vote, a supplementary election or a seat reduction, unlike the record."),
        ("核对宣布的下一步程序。", "check the next step that was declared."),
        ("依规组织再次投票或另行选举。", "hold the re-vote or supplementary election the rules require."),
        ("P-ELECT-3", "P-ELECT-4", "V-TIE-1", "V-SUPP-1"),
    ),
    _c(
        "TK-ROUND-1", ERROR,
        ("后续轮次的候选人或名额不对", "a follow-up round has the wrong candidates or seats"),
        ("再次投票只能在票数相等的人中进行，名额为其争夺的名额；另行选举的候选人应为上一轮未当选者中得票最多的人，名额为未选满的名额。",
         "a tie re-vote is among exactly those tied, for the seats they share; a supplementary election's candidates are the unelected with the most votes in the previous round, for the unfilled seats."),
        ("核对该轮的候选人名单和名额。", "check the round's candidates and seats."),
        ("候选人或名额不符合规定的，该轮结果须重新审查。", "if candidates or seats break the rules, the round's result must be reviewed."),
        ("P-ELECT-3", "P-ELECT-5", "V-TIE-1", "V-SUPP-1"),
    ),
    _c(
        "TK-ROUND-2", ERROR,
        ("轮次顺序不对", "rounds out of sequence"),
        ("再次投票或另行选举之前，须有一轮的结果要求这样做；需要后续轮次而文件中没有的，选举尚未完成。",
         "a tie re-vote or supplementary round needs a previous round whose outcome calls for it; when a follow-up is needed and missing, the election is not finished."),
        ("核对是否漏录轮次。", "check for missing rounds."),
        ("确认后续轮次已举行并补报结果。", "confirm the follow-up vote took place and get its result."),
        ("P-ELECT-3", "P-ELECT-4", "V-TIE-1", "V-SUPP-1"),
    ),
    _c(
        "TK-RECOUNT-1", ERROR,
        ("按选票明细重新清点与记录不符", "the recount from the ballot records differs from the record"),
        ("按 ballot_records 逐张（按样式）重新判定并清点，得票数或有效、无效票数与记录不一致。",
         "judging and counting the ballot_records again gives different votes or valid/invalid figures than recorded."),
        ("核对计票记录和选票明细的录入。", "check the entry of the tally and of the ballot records."),
        ("以选票为准重新计票。", "recount from the ballots."),
        ("P-BALLOT-2", "P-VALID-1", "P-VALID-3", "P-VALID-5", "V-POS-1", "V-BALLOT-OVERVOTE-1"),
    ),
    _c(
        "TK-MARGIN-1", ERROR,
        ("候选人差额不足", "too few candidates for a competitive election"),
        ("党组织委员候选人差额不少于应选人数的20%（进一法）；村（居）民委员会候选人须多于应选名额。",
         "party committee members need at least 20% more candidates than seats (rounded up); villagers' and residents' committees need more candidates than seats."),
        ("核对候选人名单和应选名额。", "check the candidate list and the seats."),
        ("差额不足的选举违反规定，报上级审查。", "an election without the required margin breaks the rules; refer it upward."),
        ("P-CAND-1", "V-CAND-1"),
        (f"{P2020} 第十三条", f"{P1990} 第十二条", f"{VLAW} 第十五条"),
    ),
    _c(
        "TK-ORDER-1", WARNING,
        ("候选人未按姓氏笔画排序", "candidates not in surname stroke order"),
        ("选票上的候选人应按姓氏笔画为序排列（党组织书记、副书记按上级批准的顺序）。",
         "candidates on the ballot are printed in surname stroke order (party secretaries in the order the higher organisation approved)."),
        ("核对选票上的候选人顺序。", "check the order of names on the ballot."),
        ("确认实际选票的排序；排序不当的，说明原因。", "confirm the order on the actual ballot; ask why if it is wrong."),
        ("P-ORDER-1", "P-ORDER-2", "TK-ORDER-1"),
        (f"{P2020} 第二十四条",),
    ),
    _c(
        "TK-OFFICIAL-1", ERROR,
        ("候选人担任监票人、计票人或代写人", "a candidate served as scrutineer, counter or assisted writer"),
        ("监票人、计票人从非候选人中产生；代写人须为非候选人。", "scrutineers and counters are chosen from non-candidates; an assisted writer must not be a candidate."),
        ("核对监票人、计票人、代写人名单。", "check the lists of scrutineers, counters and assisted writers."),
        ("候选人参与监票、计票的，应审查计票过程。", "if a candidate took part in scrutiny or counting, review the count."),
        ("P-BALLOT-3", "P-PROXY-2", "V-ROVING-1", "TK-OFFICIAL-1"),
        (f"{P2020} 第二十二、二十三条",),
    ),
    _c(
        "TK-PROXY-1", ERROR,
        ("委托投票不符合规定", "proxy voting against the rules"),
        ("党内选举不得委托他人投票；村（居）委会选举只能委托本村有选举权的近亲属，委托人本人不得再投票，每人受托人数有上限。",
         "party elections allow no proxy; villagers' and residents' elections allow only a near relative with voting rights in the same village, the principal may not also vote in person, and each proxy may take only so many."),
        ("核对委托投票登记。", "check the proxy register."),
        ("不符合规定的委托票不应计入；影响结果的须重新投票。", "unlawful proxy ballots must not count; if they could change the result, order a new vote."),
        ("P-PROXY-1", "V-PROXY-1"),
        (f"{P2020} 第二十四条", f"{VLAW} 第十五条"),
    ),
    # ---------------------------------------------------------------- timeline (tallykit/timeline.py)
    _c(
        "TK-TIME-1", ERROR,
        ("选举日或投票日记录不一致", "election day or vote dates inconsistent"),
        ("election.date、timeline.election_day 与各轮投票日应一致：第一轮在选举日，以后各轮不早于前一轮。",
         "election.date, timeline.election_day and the round dates must agree: the first vote on election day, each later round no earlier than the one before."),
        ("核对选举日和各轮投票日期。", "check the election day and the date of each round."),
        ("以会议记录为准确认选举日。", "confirm the election day from the minutes."),
        ("TK-TIME-1",),
    ),
    _c(
        "TK-TIME-2", ERROR,
        ("程序步骤顺序颠倒", "procedure steps out of order"),
        ("各程序步骤须依次进行：先请示后批复、批复后提名、公示结束后选举；名单公布后才能申诉，申诉处理在选举日前；选举后才能上报结果、移交工作。",
         "the steps come in order: request before approval, approval before nomination, the 公示 ends before the vote; objections follow the list and are decided before election day; results, handover and follow-up bodies come after the vote."),
        ("核对各时间节点的日期是否录错。", "check whether the dates were entered correctly."),
        ("程序颠倒的，审查该步骤是否有效，必要时责令重做。", "if steps were out of order, review whether the step stands; order it redone if needed."),
        ("P-TIME-1", "P-TIME-2", "P-TIME-3", "P-TIME-4", "V-T-LIST", "V-T-OBJ", "V-T-PROXY", "V-T-HANDOVER", "V-T-POST", "TK-TIME-2"),
        (f"{VLAW} 第十四条、第二十条",),
    ),
    _c(
        "TK-TIME-3", ERROR,
        ("选举前公告期不足", "published too late before election day"),
        ("选民名单须在选举日的20日前公布，正式候选人名单、选举时间地点须在选举日前规定日数公布，委托投票须在选举日或规定日数前办理（开始当日不计入：选举日减公布日不少于规定日数）。",
         "the voter list is published 20 days before election day, the official candidates and the time and place the set number of days before, proxies registered by election day or the set days before (start day not counted: election day minus publication at least the days required)."),
        ("核对公布日期和选举日。", "check the publication date and the election day."),
        ("公告期不足的，审查选民是否得到了法定的知情和申诉时间，必要时推迟选举重新公布。",
         "if the notice was short, review whether voters had their statutory time to see and object; postpone and publish again if needed."),
        ("V-T-LIST", "V-T-CAND", "V-T-TIMEPLACE", "V-T-PROXY"),
        (f"{VLAW} 第十四条", "各省村民委员会选举办法"),
    ),
    _c(
        "TK-TIME-4", ERROR,
        ("超过规定期限", "deadline missed"),
        ("申诉须在名单公布之日起5日内提出、3日内处理；工作移交在新一届委员会产生之日起10日内完成；监督委员会、另行选举、委托投票的办理和公示也有期限（开始当日不计入）。",
         "objections within 5 days of the list, decided within 3 days; handover within 10 days of the new committee; the supervisory committee, supplementary election and proxy registration and publication have their own deadlines (start day not counted)."),
        ("核对该事项的日期与其起算日。", "check the date of the step and the date its period starts from."),
        ("逾期的，查明原因并依规补正；影响选民权利的，审查选举效力。", "if late, find out why and remedy it; if voters' rights were affected, review the election."),
        ("V-T-OBJ", "V-T-HANDOVER", "V-T-POST", "V-T-SUPP", "V-T-PROXY", "P-TIME-4"),
        (f"{VLAW} 第十四条、第二十条",),
    ),
    _c(
        "TK-TIME-5", WARNING,
        ("换届请示提交过晚", "request to hold the election submitted late"),
        ("党组织换届须在召开党员大会前（一般提前1个月）向上级党组织提交请示，批复后才能进行。",
         "the outgoing committee submits the 请示 to the higher organisation before the members' meeting (normally a month ahead) and proceeds only after the approval."),
        ("核对请示提交日期。", "check the date the request was submitted."),
        ("了解提前量不足的原因。", "ask why the request came so late."),
        ("P-TIME-1",),
    ),
    _c(
        "TK-TIME-6", WARNING,
        ("公示期不足", "公示 period too short"),
        ("候选人预备人选和当选人的公示期须达到本地规定（日历日或工作日，按法定节假日和调休计算工作日）。",
         "the 公示 of prospective candidates and of the elected must last the local minimum (calendar or working days; working days follow the statutory holidays and 调休 make-up days)."),
        ("核对公示起止日期。", "check the 公示 start and end dates."),
        ("公示期不足的，应补足公示后再确认人选或任命。", "if too short, complete the 公示 before confirming the candidates or the appointment."),
        ("P-TIME-3", "P-TIME-4"),
    ),
    _c(
        "TK-TIME-7", WARNING,
        ("换届时间偏离任期届满", "election far from the term's expiry"),
        ("换届选举提前或延期一般不超过1年（党组织；村委会部分省份为6个月）；推迟30日以上的，须重新公布选民名单。",
         "an election may come at most about a year before or after the term expires (party; some provinces 6 months for villagers' committees); after a postponement of more than 30 days the voter list is published again."),
        ("核对任期届满日、选举日和名单公布日。", "check the term expiry, the election day and the list publication."),
        ("查看延期或提前的批准文件；名单过旧的，核实是否重新公布。", "look for the approval of the delay or advance; if the list is old, confirm it was republished."),
        ("P-SIZE-2", "V-T-TERM", "V-T-POSTPONE"),
        (f"{P2020} 第三条",),
    ),
    _c(
        "TK-TIME-8", WARNING,
        ("无法按法定节假日计算工作日", "working days cannot be counted from the statutory calendar"),
        ("工作日按国务院办公厅的放假和调休安排计算；该年份不在内置节假日库中的，须提供节假日文件（--holidays），否则相关期限不按工作日核查，绝不按周一至周五推算。",
         "working days follow the State Council holiday and 调休 arrangements; for a year the built-in library does not cover, supply a holiday list (--holidays), otherwise the period is not checked in working days; it is never guessed as Monday to Friday."),
        ("提供该年的节假日文件（放假日和调休上班日）。", "supply the year's holiday list (days off and make-up working days)."),
        ("核对节假日文件与当年放假通知一致。", "check the holiday list against that year's notice."),
        ("TK-TIME-8", "P-TIME-3", "V-T-OBJ", "V-T-HANDOVER"),
        ("《国务院办公厅关于部分节假日安排的通知》（逐年）",),
    ),
)

BY_CODE: dict[str, Check] = {c.code: c for c in CATALOGUE}


def finding(
    code: str,
    path: str,
    zh: str,
    en: str,
    *,
    family: str | None,
    rules: tuple[str, ...] | None = None,
    expected: Any = None,
    recorded: Any = None,
    severity: str | None = None,
) -> Finding:
    """A finding of catalogue check ``code``; ``rules`` from the core when it named them."""
    check = BY_CODE[code]
    cited = tuple(dict.fromkeys(rules)) if rules else check.rules_for(family)
    return Finding(code, cited, severity or check.severity, path, zh, en, expected, recorded)


__all__ = ["BY_CODE", "CATALOGUE", "Check", "ERROR", "Finding", "INFO", "Text", "WARNING", "finding"]
