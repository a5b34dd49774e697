"""The catalogue's section for the checks of ``verify`` (``tallykit.findings`` holds their facts:
code, severity, rule ids). Per TK code, Chinese first with English beside: its title, what it
means, what the data-entry clerk and what the reviewer (the township or county office) should do
(``code.<TK>.title``, ``.explanation``, ``.clerk``, ``.reviewer`` in ``WORDING``; the two codes no
check function makes also say what makes them, ``.made_by``). Beside them the regulations cited:
each code's articles (``ARTICLES``, shown as written in both languages) and the article behind a
counting rule id (``RULE_ARTICLES``, for ``explain`` and the drill).
"""

from __future__ import annotations

# The regulations by their titles.
P2020 = "《中国共产党基层组织选举工作条例》(2020)"
VLAW_2025 = "《村民委员会组织法》(2025 年修正)"
P1990 = "《中国共产党基层组织选举工作暂行条例》(1990)"
VLAW = "《村民委员会组织法》"

CHECKS: dict[str, dict[str, tuple[str, str]]] = {
    "TK-SCHEMA-1": {
        "title": ("文件无法读取", "file cannot be read"),
        "explanation": (
            "文件不是有效的 tallykit.results/1 结果文件（编码、JSON 语法、字段名或类型有误），无法核查。",
            "the file is not a valid tallykit.results/1 results file (encoding, JSON syntax, field names or types), so it cannot be checked.",
        ),
        "clerk": (
            "按提示的位置（单元格或字段）改正；JSON 文件须以 UTF-8 编码保存。",
            "fix the field at the place shown (cell or JSON pointer); save JSON files as UTF-8.",
        ),
        "reviewer": (
            "退回录入人员重新导出或录入，不要手工猜测数值。",
            "send it back to be exported or entered again; do not guess values.",
        ),
    },
    "TK-INTERNAL-1": {
        "title": ("程序缺陷，文件未能核查", "a tallykit bug kept the file from being checked"),
        "explanation": (
            "核查这个文件时 tallykit 自身出了错（不是文件的错），该文件没有核查结论；同一批的其他文件照常核查。",
            "tallykit itself failed on this file (not the file's fault), so the file has no verdict; the other files of the batch are checked as usual.",
        ),
        "clerk": (
            "把该文件和报告中的说明发给维护者；在修复前用人工核对该文件。",
            "send the file and the report's message to the maintainers; check this file by hand until it is fixed.",
        ),
        "reviewer": (
            "该文件没有核查结论，不能视为通过。",
            "the file has no verdict and must not be taken as passed.",
        ),
    },
    "TK-NAME-1": {
        "title": ("姓名写法已统一", "name spelling normalised"),
        "explanation": (
            "姓名中含全角字符或多余空格，已按同一写法处理；同一人在各处须写法一致。",
            "a name had full-width characters or stray spaces and was read in one spelling; one person must be spelled the same everywhere.",
        ),
        "clerk": (
            "删除多余空格，改用半角字符，使各处姓名一致。",
            "remove stray spaces and use half-width characters so the name is the same everywhere.",
        ),
        "reviewer": (
            "核对统一后的姓名确为同一人。",
            "confirm the normalised name is the same person.",
        ),
    },
    "TK-PROFILE-1": {
        "title": ("规则版本与选举日期不符", "profile outside its period for the election day"),
        "explanation": (
            "村（居）民委员会选举适用选举日当天施行的法律：2026-01-01 以前举行的适用 2018 年的组织法（villager-2018、residents-2018），2026-01-01 起举行的适用 2025 年修正、修订的组织法（villager-2026、residents-2026）；党组织选举 2020-07-13 起适用 2020 年条例。文件或 --profile 指定的规则版本不适用于该选举日的，照指定的规则版本核查并提示。",
            "a villagers' or residents' election follows the law in force on election day: the 2018 organic laws before 2026-01-01 (villager-2018, residents-2018), the 2025 amended and revised ones from that day (villager-2026, residents-2026); party elections follow the 2020 regulation from 2020-07-13. Where the file or --profile names a profile outside its period, verify checks under it and says so.",
        ),
        "clerk": (
            "核对选举日期和文件所载的规则版本；无特别理由的，删去「profile」（规则版本）一项让程序按日期选定，或改为提示中的规则版本。",
            "check the election day and the profile the file names; without a reason for it, remove profile so the date chooses, or name the profile the finding gives.",
        ),
        "reviewer": (
            "确认该选举按哪一部法律进行；按日期应适用的规则版本与所用的不同时，按应适用的规则版本重新核查。",
            "confirm which law the election was held under; if the date gives another profile, verify again under it.",
        ),
    },
    "TK-RECON-1": {
        "title": (
            "收回选票多于发出选票或投票人数",
            "more ballots returned than issued or than voters",
        ),
        "explanation": (
            "收回的选票多于发出的选票（或投票人数），本轮选举无效，须重新投票。村（居）民委员会选举中，收回的选票多于记录的参加投票人数或登记选民数的，无论按哪一数目核对，本轮同样无效。",
            "more ballots were returned than issued (or than voters); the round is void and must be held again. In a villagers' or residents' election, more ballots than the recorded voters taking part, or than the registered voters, void the round whatever figure the profile reconciles against.",
        ),
        "clerk": (
            "核对发出、收回选票数和参加投票、登记选民人数是否录错。",
            "check whether issued, returned, voters taking part and registered voters were entered correctly.",
        ),
        "reviewer": (
            "如数字无误，该轮选举无效，应责令重新投票。",
            "if the figures are right the round is void; order a new vote.",
        ),
    },
    "TK-RECON-2": {
        "title": (
            "投票站收回选票多于发出选票",
            "a polling station returned more ballots than it issued",
        ),
        "explanation": (
            "某投票站或流动票箱收回的选票多于发出的选票。村（居）民委员会选举中每个投票站、流动票箱都要核对（V-BALLOT-RECON-1，流动票箱另依 V-ROVING-1），一处不符本轮无效。",
            "a polling station or mobile ballot box returned more ballots than it issued. In villagers' and residents' elections every station and box is reconciled (V-BALLOT-RECON-1; a mobile box also V-ROVING-1) and one that fails voids the round.",
        ),
        "clerk": (
            "核对该投票站的发出、收回数。",
            "check that station's issued and returned figures.",
        ),
        "reviewer": (
            "按本地办法决定该站是否重新投票。",
            "decide under the local rules whether that station votes again.",
        ),
    },
    "TK-RECON-3": {
        "title": ("各投票站合计与总数不符", "stations do not add up to the round's totals"),
        "explanation": (
            "各投票站（含流动票箱）发出或收回选票之和不等于本轮总数。",
            "the polling stations' (and mobile boxes') issued or returned ballots do not add up to the round's totals.",
        ),
        "clerk": ("核对各站数字与汇总数。", "check each station's figures against the totals."),
        "reviewer": ("要求说明差异来源。", "ask for the difference to be explained."),
    },
    "TK-RECON-4": {
        "title": ("发出选票多于有选举权的到会（登记）人数", "more ballots issued than voters"),
        "explanation": (
            "发出的选票多于实到会有选举权人数（党内）或登记选民数（村、居）。",
            "more ballots were issued than eligible members present (party) or registered voters (villagers, residents).",
        ),
        "clerk": (
            "核对发出选票数与到会或登记人数。",
            "check ballots issued against attendance or the register.",
        ),
        "reviewer": ("查明多发选票的原因。", "find out why extra ballots were issued."),
    },
    "TK-BALLOTS-1": {
        "title": ("有效票加无效票不等于收回票", "valid plus invalid is not the number returned"),
        "explanation": (
            "每张收回的选票必属有效（含部分有效）或无效之一，二者之和应等于收回选票数。",
            "every returned ballot is valid (including partly valid) or invalid, so the two must add up to the ballots returned.",
        ),
        "clerk": (
            "核对有效票、无效票和收回票数。",
            "check the valid, invalid and returned figures.",
        ),
        "reviewer": (
            "要求计票人复核选票分类。",
            "ask the counters to re-check how the ballots were classified.",
        ),
    },
    "TK-VOTES-1": {
        "title": ("得票数多于有效票数", "more votes than valid ballots"),
        "explanation": (
            "每张有效选票对同一人最多计一票，任何人的得票不能多于该职位的有效票数。",
            "a valid ballot gives one person at most one vote, so nobody can have more votes than the position's valid ballots.",
        ),
        "clerk": (
            "核对该人的得票数与有效票数。",
            "check this person's votes and the valid ballots.",
        ),
        "reviewer": ("要求重新计票或说明。", "order a recount or an explanation."),
    },
    "TK-VOTES-2": {
        "title": ("总票数超过应选名额乘有效票数", "total votes exceed seats times valid ballots"),
        "explanation": (
            "每张有效选票最多选应选名额数的人，某职位全部得票之和不能超过 应选名额 × 有效票数。",
            "a valid ballot chooses at most as many people as there are seats, so a position's votes cannot exceed seats × valid ballots.",
        ),
        "clerk": ("核对各人得票与有效票数。", "check each person's votes and the valid ballots."),
        "reviewer": ("要求重新计票。", "order a recount."),
    },
    "TK-FEAS-1": {
        "title": (
            "计票结果不可能由任何一组合法选票得出",
            "no set of lawful ballots gives these totals",
        ),
        "explanation": (
            "在每张选票的限制下（所选人数不超过名额，同一人每张最多一票，另选他人须有不赞成票等），找不到任何一组选票能得出所记录的得票数。",
            "under the per-ballot limits (no more people than seats, one vote per person per ballot, a write-in needs a disapproval, ...) no set of ballots gives the recorded totals.",
        ),
        "clerk": (
            "核对得票数、赞成/不赞成/弃权数和有效票数。",
            "check the votes, the approve/disapprove/abstain figures and the valid ballots.",
        ),
        "reviewer": (
            "记录内部矛盾，须重新计票。",
            "the record contradicts itself; order a recount.",
        ),
    },
    "TK-QUORUM-1": {
        "title": ("到会或参加投票人数不足", "attendance or turnout below the legal minimum"),
        "explanation": (
            "党内选举须到会人数达到应到会的五分之四；村（居）民委员会选举须过半数登记选民参加投票。不足的，选举无效。",
            "a party election needs four fifths of the expected members present; a villagers' or residents' election needs more than half of the registered voters to take part. Below that the election is void.",
        ),
        "clerk": (
            "核对应到会（登记）人数、实到（参加投票）人数及不计入应到会的批准情况。",
            "check the expected (registered) and present (participating) figures and the approvals of exclusions.",
        ),
        "reviewer": (
            "该轮选举无效，不得宣布当选；应另行组织选举。",
            "the round is void and nobody may be declared elected; hold it again.",
        ),
    },
    "TK-QUORUM-2": {
        "title": ("到会人数多于可能到会的人数", "more present than can be present"),
        "explanation": (
            "实到会有选举权人数不能多于应到会人数加上列明不计入应到会、但仍有选举权的人数（他们仍可能到会），也不能多于全体正式党员数。多出来的，说明实到会或应到会人数记录有误，据此判断的到会是否够数和当选票数都不可信。",
            "the members present with a vote cannot outnumber those expected plus the listed exclusions who still have a vote (they may come after all), nor the full members. More means the present or the expected figure is wrong, and the quorum and the threshold built on them cannot be trusted.",
        ),
        "clerk": (
            "对照签到表改正实到会人数，或改正应到会人数和不计入应到会名单。",
            "correct the present figure from the sign-in sheet, or the expected figure and the list of exclusions.",
        ),
        "reviewer": (
            "对照签到表和党员名册核实到会人数；到会人数不实的，不能确认选举结果。",
            "check the attendance against the sign-in sheet and the member roll; with a false attendance the result cannot be confirmed.",
        ),
    },
    "TK-OUTCOME-1": {
        "title": ("本轮是否有效与宣布不符", "the round's validity differs from what was declared"),
        "explanation": (
            "按规则重新计算，本轮应为无效（或有效），与宣布的结果不一致；宣布无效又宣布当选人的，前后矛盾。按记录的票数有效而宣布无效的：未写明原因为错误，写明了原因（如违法行为）为警告，由审核人确认。",
            "recomputed under the rules, the round is void (or valid), unlike what was declared; a round declared void that also names people elected contradicts itself. Where the recorded figures make the round valid but it was declared void: with no reason given an error, with a reason (such as misconduct) a warning for the reviewer to confirm.",
        ),
        "clerk": (
            "核对宣布的结果是否录错，宣布无效的写明原因。",
            "check whether the declaration was entered correctly; give the reason for a declared void.",
        ),
        "reviewer": (
            "无效的选举不得宣布当选，须重新投票；宣布无效的原因须有据。",
            "a void round cannot elect anyone; order a new vote. A declared void needs a sound ground.",
        ),
    },
    "TK-OUTCOME-2": {
        "title": (
            "宣布当选（罢免、推荐）的人与重新计算不符",
            "declared elected (recalled, nominated) differs from the recount",
        ),
        "explanation": (
            "按得票和当选票数线重新确定当选人（罢免投票为被罢免人），与宣布的名单不一致（例如得票未过半数却宣布当选、罢免未过半数却宣布罢免，或应当选、应罢免而未宣布）。两推确定的人选须出自推荐票过半数的人。",
            "redetermined from the votes and the threshold, the elected (in a recall, those recalled) differ from those declared (e.g. declared elected or recalled without a majority, or elected or recalled under the rules but not declared). A 两推 list is drawn from those with more than half of the recommendation votes.",
        ),
        "clerk": ("核对得票数和宣布当选名单。", "check the votes and the declared list."),
        "reviewer": (
            "当选无效或名单有误，须依规纠正。",
            "the election of those named is not valid or the list is wrong; correct it under the rules.",
        ),
    },
    "TK-OUTCOME-3": {
        "title": ("下一步程序与重新计算不符", "the next step differs from the recount"),
        "explanation": (
            "按规则本轮之后应进行（或不应进行）再次投票、另行选举或减少名额，与记录不一致。减少名额是党内选举经多数选举人同意的决定（P-ELECT-4），减少后的名额即已当选人数；村（居）民委员会另行选举后当选人数达到最低人数的，其余名额暂缺、待补选，下一步为无。",
            "under the rules this round must (or must not) be followed by a tie re-vote, a supplementary election or a seat reduction, unlike the record. A seat reduction is a party meeting's decision (P-ELECT-4) and leaves as many seats as were filled; a villagers' or residents' committee with its minimum after a supplementary election stands with the other seats vacant until a by-election, so no next step is due.",
        ),
        "clerk": ("核对宣布的下一步程序。", "check the next step that was declared."),
        "reviewer": (
            "依规组织再次投票或另行选举。",
            "hold the re-vote or supplementary election the rules require.",
        ),
    },
    "TK-ROUND-1": {
        "title": (
            "后续轮次的候选人或名额不对",
            "a follow-up round has the wrong candidates or seats",
        ),
        "explanation": (
            "再次投票只能在票数相等的人中进行，名额为其争夺的名额；另行选举的候选人应为上一轮未当选者中得票最多的人，名额为未选满的名额。与最后一名候选人票数相等却未列入的为警告（截止处票数相等，法律未规定如何取舍）；保留给妇女的委员名额只能由妇女竞选。",
            "a tie re-vote is among exactly those tied, for the seats they share; a supplementary election's candidates are the unelected with the most votes in the previous round, for the unfilled seats. Leaving off someone tied with the last candidate is a warning (the law does not settle a tie at the cut); a member seat held for a woman admits women only.",
        ),
        "clerk": (
            "核对该轮的候选人名单和名额；截止处票数相等的，写明如何取舍。",
            "check the round's candidates and seats; for a tie at the cut, record how it was broken.",
        ),
        "reviewer": (
            "候选人或名额不符合规定的，该轮结果须重新审查。",
            "if candidates or seats break the rules, the round's result must be reviewed.",
        ),
    },
    "TK-ROUND-2": {
        "title": ("轮次顺序不对", "rounds out of sequence"),
        "explanation": (
            "再次投票或另行选举之前，须有一轮的结果要求这样做；需要后续轮次而文件中没有的，选举尚未完成。",
            "a tie re-vote or supplementary round needs a previous round whose outcome calls for it; when a follow-up is needed and missing, the election is not finished.",
        ),
        "clerk": ("核对是否漏录轮次。", "check for missing rounds."),
        "reviewer": (
            "确认后续轮次已举行并补报结果。",
            "confirm the follow-up vote took place and get its result.",
        ),
    },
    "TK-RECOUNT-1": {
        "title": (
            "按选票明细重新清点与记录不符",
            "the recount from the ballot records differs from the record",
        ),
        "explanation": (
            "按 ballot_records 逐张（按样式）重新判定并清点，得票数或有效、无效票数与记录不一致。",
            "judging and counting the ballot_records again gives different votes or valid/invalid figures than recorded.",
        ),
        "clerk": (
            "核对计票记录和选票明细的录入。",
            "check the entry of the tally and of the ballot records.",
        ),
        "reviewer": ("以选票为准重新计票。", "recount from the ballots."),
    },
    "TK-MARGIN-1": {
        "title": ("候选人差额不足", "too few candidates for a competitive election"),
        "explanation": (
            "党组织委员候选人差额不少于应选人数的20%（进一法）；村（居）民委员会候选人须多于应选名额。",
            "party committee members need at least 20% more candidates than seats (rounded up); villagers' and residents' committees need more candidates than seats.",
        ),
        "clerk": ("核对候选人名单和应选名额。", "check the candidate list and the seats."),
        "reviewer": (
            "差额不足的选举违反规定，报上级审查。",
            "an election without the required margin breaks the rules; refer it upward.",
        ),
    },
    "TK-ORDER-1": {
        "title": ("候选人未按姓氏笔画排序", "candidates not in surname stroke order"),
        "explanation": (
            "选票上的候选人应按姓氏笔画为序排列（党组织书记、副书记按上级批准的顺序）。村（居）民委员会选票的排列各省不同（姓氏笔画或提名得票），只在规则版本的“选票排列”参数写明按姓氏笔画时核查。",
            "candidates on the ballot are printed in surname stroke order (party secretaries in the order the higher organisation approved). Villagers' and residents' ballots differ by province (stroke order or nomination votes) and are checked only where the profile says stroke order (ballot_order).",
        ),
        "clerk": ("核对选票上的候选人顺序。", "check the order of names on the ballot."),
        "reviewer": (
            "确认实际选票的排序；排序不当的，说明原因。",
            "confirm the order on the actual ballot; ask why if it is wrong.",
        ),
    },
    "TK-OFFICIAL-1": {
        "title": (
            "候选人担任监票人、计票人或代写人",
            "a candidate served as scrutineer, counter or assisted writer",
        ),
        "explanation": (
            "监票人、计票人从非候选人中产生；代写人须为非候选人。",
            "scrutineers and counters are chosen from non-candidates; an assisted writer must not be a candidate.",
        ),
        "clerk": (
            "核对监票人、计票人、代写人名单。",
            "check the lists of scrutineers, counters and assisted writers.",
        ),
        "reviewer": (
            "候选人参与监票、计票的，应审查计票过程。",
            "if a candidate took part in scrutiny or counting, review the count.",
        ),
    },
    "TK-PROXY-1": {
        "title": ("委托投票不符合规定", "proxy voting against the rules"),
        "explanation": (
            "党内选举不得委托他人投票（错误）；村（居）委会选举只能委托本村有选举权的近亲属，委托人本人不得再投票，每人受托人数有上限（2026-01-01 起据报道为法定三人，且候选人不得接受委托）。不符合的委托无效，其选票不算任何人参加投票（记录的参加投票人数随之减少）；记录看不出其选票是否计入了得票：即使计入也不能改变结果的为警告，可能改变某一职位、某人的结果或“双过半”的第一个过半数的为错误。超过限额的委托被记录计入的（记录未标明该委托未投票），记录的合计须更正，为错误。",
            "party elections allow no proxy (error); villagers' and residents' elections allow only a near relative with voting rights in the same village, the principal may not also vote in person, and each proxy may take only so many (from 2026-01-01, as reported, three by statute, and candidates may hold none). Such an authorisation is invalid and its ballot is no one's participation (the recorded voters taking part drop accordingly); the record cannot show whether its approvals are in the tally: a warning when even then it cannot change the outcome, an error when it could change the result of a post or a person, or the turnout half of 双过半. An authorisation over the limit that the record counted (not marked counted: false) means the recorded totals must be corrected: an error.",
        ),
        "clerk": (
            "核对委托投票登记；选举委员会未受理、未投票的委托在记录中标明“未投票”，并更正参加投票人数。",
            "check the proxy register; mark an authorisation the commission refused (no ballot cast) counted: false, and correct the voters taking part.",
        ),
        "reviewer": (
            "不符合规定的委托票不应计入；可能改变结果的（错误），查明该票是否计入，影响结果的须重新投票。",
            "unlawful proxy ballots must not count; where they could change the result (error), find out whether they were counted and, if they change it, order a new vote.",
        ),
    },
    "TK-POST-1": {
        "title": ("一人当选两个职务", "one person elected to two posts"),
        "explanation": (
            "一人只任一职：职务按高低依次确定（书记先于副书记；主任、副主任、委员），已当选较高职务（或在前一轮当选）的人不再计入较低职务的得票，由下一名依次当选。党内的这一规则党内法规没有单独条号，tallykit 以 TK-POST-1 标识，来源见条文依据。",
            "one person holds one post: posts are decided from the highest down (书记 before 副书记; 主任, 副主任, 委员) and whoever a higher post (or an earlier round) elected leaves the lower posts, where the next person in vote order takes the seat. The party rules file gives this rule no number, so tallykit names it TK-POST-1; its sources are listed under the articles.",
        ),
        "clerk": (
            "核对宣布的当选名单，同一人只能列在一个职务下。",
            "check the declared list: a person appears under one post only.",
        ),
        "reviewer": (
            "按“高职务先定”重新确定较低职务的当选人，依规纠正。",
            "redetermine the lower post's winner with the higher post decided first, and correct the result.",
        ),
    },
    "TK-EXCL-1": {
        "title": ("不计入应到会未经批准", "an exclusion from 应到会 without approval"),
        "explanation": (
            "有选举权的党员因故不能到会，须经上级党组织同意并经党员大会通过，才可不计入应到会人数；否则仍计入（P-QUORUM-2）。计票按计入处理，记录的应到会人数须更正；按记录的人数计算结果会不同的为错误，结果相同的为警告。没有选举权的人（预备党员、受留党察看处分，2020 年条例下被留置、逮捕）本来不在应到会之内，不适用（见 TK-ELIG-3）。",
            "a member with a vote who cannot attend may be left out of 应到会 only with the higher organisation's consent and the meeting's vote; otherwise the member stays in (P-QUORUM-2). The count keeps the member in and the recorded figure must be corrected: an error when counting on the recorded figure would change a round's outcome, a warning when it would not. Members without a vote (probationary, under 留党察看, under 2020 留置 or arrest) are outside 应到会 anyway (TK-ELIG-3).",
        ),
        "clerk": (
            "核对不计入应到会人员的上级批复和党员大会通过记录，更正应到会人数。",
            "check the higher organisation's consent and the meeting's vote for each exclusion, and correct the 应到会 figure.",
        ),
        "reviewer": (
            "缺少批准的，按计入应到会重新判断到会人数和当选票数；结果不同的，依规纠正。",
            "without the approvals, re-judge attendance and the threshold with the member counted; if the outcome differs, correct it under the rules.",
        ),
    },
    "TK-RECALL-1": {
        "title": ("罢免提议人数不足", "too few people raised the recall"),
        "explanation": (
            "罢免村民委员会成员须由本村五分之一以上有选举权的村民或者三分之一以上的村民代表联名提出（“以上”含本数）；居民委员会由五分之一以上的十八周岁以上居民、五分之一以上的户或者三分之一以上的居民小组提议召集居民会议。人数不足的，罢免要求不成立，罢免投票的结果不能生效。",
            "a recall of villagers' committee members is raised jointly by at least one fifth of the villagers with the vote or one third of the village representatives (以上 includes the number); for a residents' committee, a fifth of the residents aged 18, a fifth of the households or a third of the resident groups propose the residents' meeting. Below that the recall request is not valid and the recall vote cannot take effect.",
        ),
        "clerk": (
            "核对联名人数和有选举权的村（居）民（或村民代表）总数。",
            "check the number who signed and the total of voters (or representatives).",
        ),
        "reviewer": (
            "提议人数不足的，罢免投票无效，不得据此宣布罢免。",
            "with too few initiators the recall vote is void; nobody may be declared recalled on it.",
        ),
    },
    "TK-REC-3": {
        "title": ("两推初步人选差额不足", "the 两推 list is short of the 20% margin"),
        "explanation": (
            "“两推”中，村（社区）党组织在推荐票过半数的党员中，按不低于委员职数 20% 的差额比例确定初步人选（与 P-CAND-1 同一算法，进一法）。推荐票过半数的人少于所需人数，或确定的人选少于所需人数的，提示。",
            "in the 两推 recommendation, the party organisation draws the initial list from the members with more than half of the recommendation votes, with a margin of at least 20% of the seats (the P-CAND-1 arithmetic, rounded up). Too few qualifying, or too few on the list, is flagged.",
        ),
        "clerk": (
            "核对推荐票数和初步人选名单。",
            "check the recommendation votes and the initial list.",
        ),
        "reviewer": (
            "人选不足的，由镇党委决定补充推荐（如“二推”）或调整。",
            "if the list is short, the township party committee decides on a further recommendation (the second 推) or an adjustment.",
        ),
    },
    "TK-ELIG-1": {
        "title": ("选民未满十八周岁", "voter under 18 on election day"),
        "explanation": (
            "年满十八周岁的村（居）民才有选举权和被选举权，年龄计算以选举日为准：选举日当天是十八周岁生日的，已满十八周岁（2 月 29 日出生的，平年没有对应日，以该月最后一日 2 月 28 日为生日，民法典第二百零二条）。",
            "only villagers (residents) aged 18 may vote or stand, counted up to election day inclusive: someone whose 18th birthday is election day is 18 (born 29 February: with no corresponding day in a common year the month's last day, 28 February, Civil Code art. 202).",
        ),
        "clerk": (
            "核对该人的出生日期（以身份证为准）和选举日。",
            "check the person's birth date (from the ID card) and the election day.",
        ),
        "reviewer": (
            "未满十八周岁的不得列入选民名单或作为候选人。",
            "a person under 18 may not be on the voter list or stand.",
        ),
    },
    "TK-ELIG-2": {
        "title": ("没有选举权的人列入选民名单", "a person without the vote is on the voter list"),
        "explanation": (
            "预备党员、受留党察看处分的党员没有表决权、选举权和被选举权（2020 年条例另规定被留置、逮捕的党员中止这些权利）；被剥夺政治权利的人不得参加村（居）民委员会选举。",
            "probationary members and members under 留党察看 have no vote and cannot stand (2020: members under 留置 or arrest have these rights suspended); a person deprived of political rights may not take part in a villagers' or residents' election.",
        ),
        "clerk": (
            "核对该人的党员身份或政治权利状况。",
            "check the person's membership status or political rights.",
        ),
        "reviewer": (
            "将其从有选举权人员中除去，并核查应到会（登记）人数和发出的选票。",
            "remove the person from those entitled to vote and re-check the expected (registered) figure and the ballots issued.",
        ),
    },
    "TK-ELIG-3": {
        "title": (
            "不计入应到会的人本来就没有选举权",
            "an exclusion names someone who has no vote anyway",
        ),
        "explanation": (
            "预备党员、受留党察看处分（或 2020 年条例下被留置、逮捕）的党员本来就没有选举权，不在应到会人数之内，无须作为“不计入应到会”的情形报批。",
            "probationary members and members under 留党察看 (or, under 2020, 留置 or arrest) have no vote and are outside the expected count already; they need no approved exclusion.",
        ),
        "clerk": (
            "确认该人未计入应到会人数。",
            "confirm the person is not counted in the expected figure.",
        ),
        "reviewer": (
            "无须处理；如应到会人数含该人，应予更正。",
            "nothing to do; if the expected figure includes the person, correct it.",
        ),
    },
    "TK-ELIG-4": {
        "title": ("候选人或另选的人不具备当选资格", "a candidate or write-in is not eligible"),
        "explanation": (
            "候选人或另选的人没有被选举权（预备党员、留党察看、权利中止、未登记、不具备资格、未满十八周岁；委员会第一次全体会议选举书记、副书记时，不是新一届委员会委员）、属于法律规定不得当选的情形（2026-01-01 起的组织法，据报道），或属于负面清单情形，不能确定为候选人，也不能当选。",
            "a candidate or written-in person cannot stand (probationary, 留党察看, rights suspended, not registered, ineligible, under 18; at the new committee's first meeting electing 书记/副书记, not a member of the new committee), is barred by law (the organic law from 2026-01-01, as reported) or falls under the negative list, so may not be an official candidate nor be elected.",
        ),
        "clerk": (
            "核对该人的资格审查结论和标记。",
            "check the person's eligibility review and flags.",
        ),
        "reviewer": (
            "不应列为正式候选人；其得票不能使其当选。",
            "the person should not have been an official candidate; votes cannot elect the person.",
        ),
    },
    "TK-ELIG-5": {
        "title": ("宣布当选的人不具备当选资格", "declared elected but not eligible"),
        "explanation": (
            "没有被选举权、未登记、属于负面清单情形的人当选的，或不是新一届委员会委员的人当选书记、副书记的，当选无效。",
            "the election of a person who cannot stand, is not registered, or falls under the negative list is void, as is a 书记 or 副书记 who is not a member of the new committee.",
        ),
        "clerk": (
            "核对该人的资格和标记是否录错。",
            "check whether the person's eligibility or flags were entered wrongly.",
        ),
        "reviewer": (
            "宣布该人当选无效，依规另行选举或补选。",
            "declare that person's election void and fill the seat under the rules.",
        ),
    },
    "TK-ELIG-6": {
        "title": ("候选人超过年龄条件", "nominee over the age limit"),
        "explanation": (
            "换届方案对党组织书记和“两委”成员人选规定了年龄上限（新提名书记、新进成员、继续提名人选各不相同），按规则版本的截止日计算；“一般”要求，经批准可放宽。",
            "the 换届 plans set age limits for 书记 and committee nominees (new 书记, new members and continuing nominees differ), measured on the profile's cut-off day; they are general rules that approval may relax.",
        ),
        "clerk": (
            "核对出生日期、是否现任，以及放宽年龄的批准文件。",
            "check the birth date, whether the person sits now, and any approval to relax the limit.",
        ),
        "reviewer": (
            "无放宽批准的，要求说明。",
            "without an approval to relax the limit, ask for an explanation.",
        ),
    },
    "TK-ELIG-7": {
        "title": ("书记人选党龄不足", "书记 nominee without the required party standing"),
        "explanation": (
            "村（社区）党组织书记人选一般应当具有 1 年以上党龄（含 1 年，按入党日期到选举日计算）。",
            "a village or community 书记 nominee should generally have at least one year of party standing (one year exactly counts), from joining to election day.",
        ),
        "clerk": ("核对入党日期。", "check the date the person joined the party."),
        "reviewer": ("党龄不足的，要求说明。", "if the standing is short, ask for an explanation."),
    },
    "TK-ELIG-8": {
        "title": (
            "选民登记类别不符合规定",
            "a voter registered in a category the law does not allow, or without its decision",
        ),
        "explanation": (
            "户籍不在本村的人登记参加选举，须本人申请并经村民会议或者村民代表会议同意（户籍不在本村、居住一年以上）；2026-01-01 起据报道，户籍不在本村、在本村从事村务工作一年以上的人经村民同意也可以登记。规则版本没有该类别的（2018 年组织法），该人没有登记依据（错误）；同意的决定未记载为警告；决定晚于选举日为错误。",
            "someone without local 户籍 registers only on application and with the village assembly's or representative assembly's agreement (lived here a year or more); from 2026-01-01, as reported, someone without local 户籍 who has done village-affairs work here for a year may register with the villagers' agreement. Under a profile without that category (the 2018 law) the registration has no basis (error); an agreement not on record is a warning; an agreement dated after election day is an error.",
        ),
        "clerk": (
            "核对该选民的登记类别和同意的决定（日期）。",
            "check the voter's registration category and the agreement (its date).",
        ),
        "reviewer": (
            "没有登记依据的，从选民名单中除去并核查登记人数；决定未记载的，调取会议记录。",
            "without a basis, remove the person from the list and re-check the registered figure; if the decision is not on record, obtain the minutes.",
        ),
    },
    "TK-COMP-1": {
        "title": ("委员会人数不符合法定职数", "committee size outside the statutory range"),
        "explanation": (
            "村民委员会由主任、副主任和委员共三至七人组成；居民委员会由五至九人组成。",
            "a villagers' committee has 3 to 7 members in all; a residents' committee 5 to 9.",
        ),
        "clerk": ("核对各职位应选名额。", "check the seats of each position."),
        "reviewer": (
            "职数不合法的，须依法重新确定并选举。",
            "an unlawful size must be set again lawfully and elected.",
        ),
    },
    "TK-COMP-2": {
        "title": ("委员会人数与一般职数不符", "committee size differs from the usual size"),
        "explanation": (
            "党组织委员会职数按组织类型确定（支部 3–5 名、最多 7 名；总支 5–7 名、最多 9 名；基层委员会 5–9 名、最多 11 名；一般为单数）；村民委员会职数可按人口分档。减少名额的，按实际当选人数判断（P-ELECT-4）：减少后少于该类委员会最低人数（组织类型未写明的，少于任何党组织委员会的最低 3 名）的，不得减少名额，为错误。不足 7 名正式党员的支部不设委员会，见 TK-COMP-12。",
            "party committee size follows the organisation type (branch 3–5, at most 7; general branch 5–7, at most 9; primary committee 5–9, at most 11; normally odd); villagers' committee size may follow population bands. After a seat reduction the members actually elected are judged (P-ELECT-4): a reduction below the type's minimum (with no org type, below the 3 any party committee needs) is not allowed, an error. A branch under 7 full members has no committee: TK-COMP-12.",
        ),
        "clerk": (
            "核对组织类型、党员人数（人口）和应选名额。",
            "check the organisation type, members (population) and seats.",
        ),
        "reviewer": (
            "职数与规定不符的，核对上级批复。",
            "if the size differs, check the higher organisation's approval.",
        ),
    },
    "TK-COMP-3": {
        "title": ("委员会中没有妇女成员", "no woman on the committee"),
        "explanation": (
            "村民委员会成员中应当有妇女成员（法定，错误）；党组织和居民委员会的换届方案要求“两委”中至少有 1 名女性（目标，警告）。",
            "a villagers' committee must include a woman (statutory: error); the 换届 plans ask for at least one woman on the party and residents' committees (a target: warning).",
        ),
        "clerk": ("核对当选人的性别。", "check the gender of those elected."),
        "reviewer": (
            "村民委员会没有妇女成员的，依规另行选举或补选妇女成员。",
            "if a villagers' committee has no woman, hold the supplementary or by-election for a woman member.",
        ),
    },
    "TK-COMP-4": {
        "title": ("妇女成员比例低于目标", "share of women below the target"),
        "explanation": (
            "换届方案要求村民委员会成员中女性比例达到 30% 以上（比例由规则版本给出）。",
            "the 换届 plans aim for at least 30% women among villagers' committee members (the share is a profile parameter).",
        ),
        "reviewer": ("目标未达到的，记录说明。", "if the target is missed, record why."),
    },
    "TK-COMP-5": {
        "title": ("没有 35 岁以下的成员", "no member under 35"),
        "explanation": (
            "换届方案要求每个村（社区）“两委”班子中原则上至少有 1 名 35 岁以下的年轻干部（两个委员会合计，年龄按选举日计算）。",
            "the 换届 plans ask, as a rule, for at least one member under 35 on the two committees together (age on election day).",
        ),
        "clerk": (
            "核对当选人的出生日期；另一委员会中有的，可不处理。",
            "check the birth dates of those elected; nothing to do if the other committee has one.",
        ),
        "reviewer": ("两个委员会都没有的，记录说明。", "if neither committee has one, record why."),
    },
    "TK-COMP-6": {
        "title": (
            "多民族村（社区）没有人数较少民族的成员",
            "no member of a less numerous ethnic group in a multi-ethnic village",
        ),
        "explanation": (
            "多民族村民居住的村，村民委员会中应当有人数较少的民族的成员；居民委员会同样。",
            "in a village (community) where several ethnic groups live, the committee should include a member of the less numerous groups.",
        ),
        "clerk": (
            "核对当选人的民族和本村各民族人数。",
            "check the ethnicity of those elected and the village's ethnic population.",
        ),
        "reviewer": ("没有的，记录说明。", "if there is none, record why."),
    },
    "TK-COMP-7": {
        "title": (
            "选举委员会成员成为候选人（或其近亲属成为候选人）而未退出",
            "an election commission member (or a near relative of one) became a candidate and the member did not leave",
        ),
        "explanation": (
            "村民选举委员会成员被依法确定为村民委员会成员候选人的，应当退出村民选举委员会（错误）；2026-01-01 起，据报道成员的近亲属被提名为候选人的，该成员也应当退出（亲属范围由规则版本给出；通过文本未核实，故为警告）。",
            "an election commission member who becomes an official candidate must leave the commission (error); from 2026-01-01, as reported, a member whose near relative is nominated must leave too (the scope of relatives is a profile parameter; the adopted wording is not verified, so a warning).",
        ),
        "clerk": (
            "核对选举委员会名单、退出记录和亲属关系。",
            "check the commission list, its withdrawals and the relations.",
        ),
        "reviewer": (
            "未退出的，审查其主持或参与的选举工作。",
            "if the person did not leave, review the election work the person ran or took part in.",
        ),
    },
    "TK-COMP-8": {
        "title": ("选举委员会组成不符合规定", "election commission composition off the rules"),
        "explanation": (
            "村民选举委员会一般由五至十一人的单数组成，其中应有妇女成员（居民选举委员会 5–9 人；人数由规则版本给出）。",
            "an election commission generally has an odd number of 5 to 11 members including a woman (residents: 5 to 9; the numbers are profile parameters).",
        ),
        "clerk": (
            "核对选举委员会名单（不含已退出的成员）。",
            "check the commission list (without members who left).",
        ),
        "reviewer": ("不符合的，核对推选记录。", "if it is off, check how it was chosen."),
    },
    "TK-COMP-9": {
        "title": ("村民代表人数与户数不相称", "representatives out of proportion to households"),
        "explanation": (
            "村民代表由村民按每五户至十五户推选一人，或者由各村民小组推选若干人（后一种方式可不按户数）。",
            "one villager representative per 5 to 15 households, or several per villager group (the latter need not follow households).",
        ),
        "clerk": (
            "核对户数和村民代表名单。",
            "check the households and the list of representatives.",
        ),
        "reviewer": ("按村民小组推选的，说明即可。", "if chosen per villager group, say so."),
    },
    "TK-COMP-10": {
        "title": (
            "妇女村（居）民代表不足三分之一",
            "women under one third of the representative assembly",
        ),
        "explanation": (
            "妇女村民代表应当占村民代表会议组成人员（村民代表和村民委员会成员）的三分之一以上（含三分之一）；居民代表会议（居民代表和居民委员会成员）没有法定比例，参照执行（警告）。",
            "women must be at least one third of the villager representative assembly (representatives plus committee members); the residents' representative assembly (representatives plus residents' committee members) has no statutory share, so there it is a warning.",
        ),
        "clerk": (
            "核对村（居）民代表和村（居）民委员会成员的性别。",
            "check the gender of the representatives and the committee members.",
        ),
        "reviewer": (
            "不足的，补足妇女村（居）民代表（村民代表会议为法定要求）。",
            "if short, add women representatives (a legal requirement for the villager assembly).",
        ),
    },
    "TK-COMP-11": {
        "title": (
            "村（居）民代表不足代表会议组成人员的五分之四",
            "representatives under four fifths of the representative assembly",
        ),
        "explanation": (
            "村民代表应当占村民代表会议组成人员（村民代表和村民委员会成员）的五分之四以上（含五分之四，5×代表 ≥ 4×组成人员）；居民代表会议没有法定比例，参照执行（警告）。",
            "villager representatives must be at least four fifths of the representative assembly (representatives plus committee members; 5*representatives >= 4*assembly); residents' representative assemblies have no statutory share, so the same test is a warning there.",
        ),
        "clerk": (
            "核对村（居）民代表名单和委员会成员。",
            "check the list of representatives and the committee members.",
        ),
        "reviewer": (
            "不足的，依法增补村（居）民代表。",
            "if short, add representatives as the law requires.",
        ),
    },
    "TK-COMP-12": {
        "title": (
            "不足 7 名正式党员的支部选举委员会",
            "a branch under 7 full members elected a committee",
        ),
        "explanation": (
            "正式党员不足 7 人的党支部不设支部委员会，只设书记 1 名（必要时设副书记 1 名）。",
            "a party branch with fewer than 7 full members has no branch committee: only a 书记 (and a 副书记 if needed).",
        ),
        "clerk": (
            "核对正式党员人数（election.members）和选举类别。",
            "check the number of full members (election.members) and the kind of election.",
        ),
        "reviewer": (
            "党员人数不足的，不应选举支部委员会，应改选书记（副书记）。",
            "with too few members there is no committee to elect; elect a 书记 (副书记) instead.",
        ),
    },
    "TK-COMP-13": {
        "title": (
            "社区户数不在居民委员会一般设立范围内",
            "community outside the usual size of a residents' committee",
        ),
        "explanation": (
            "居民委员会一般在一定户数范围内设立：2018 年的组织法为一百户至七百户，2025 年修订后据报道为一千户至三千户（范围由规则版本给出）。只作提示：社区规模由政府确定，不影响选举的效力。",
            "a residents' committee is normally set up for a range of households: 100 to 700 under the 2018 law, 1,000 to 3,000 after the 2025 revision as reported (the range is a profile parameter). A note only: the community's size is set by the government and does not affect the election.",
        ),
        "clerk": ("核对 election.households。", "check election.households."),
        "reviewer": (
            "无须处理；需要时向民政部门了解社区设置。",
            "nothing to do; ask the civil-affairs office about the community's set-up if needed.",
        ),
    },
    "TK-COMP-14": {
        "title": ("书记职位被减少名额", "the 书记 seat reduced away"),
        "explanation": (
            "党组织委员会设书记 1 名，正式党员不足 7 人的支部也设书记 1 名：书记职位无人当选时不得以减少名额了结（减少名额只适用于委员和可设可不设的副书记），须对书记另行选举。",
            "every party committee, and a branch without one, has one 书记: when nobody is elected 书记 the seat may not be ended by a reduction (a reduction only fits members and a 副书记 that is optional); hold another vote for 书记.",
        ),
        "clerk": (
            "核对书记职位的当选人和宣布的下一步。",
            "check who was elected 书记 and the declared next step.",
        ),
        "reviewer": (
            "书记未选出的，须另行选举书记，不得减少该名额。",
            "with no 书记 elected, hold another vote for the 书记; the seat may not be reduced.",
        ),
    },
    "TK-KIN-1": {
        "title": ("委员会成员之间有须回避的亲属关系", "near relatives on the same committee"),
        "explanation": (
            "换届方案实行“两委”成员近亲属任职回避（配偶、父母、子女、兄弟姐妹、祖父母、外祖父母、孙子女、外孙子女）；各省范围不同，由规则版本给出。",
            "the 换届 plans bar near relatives (spouse, parents, children, siblings, grandparents, grandchildren) from serving together; the provinces differ, so the scope is a profile parameter.",
        ),
        "clerk": ("核对亲属关系记录。", "check the recorded relations."),
        "reviewer": (
            "应回避的，依规处理其中一人的任职。",
            "where avoidance applies, resolve one of the two posts under the rules.",
        ),
    },
    "TK-KIN-2": {
        "title": (
            "村（居）委会成员或其近亲属担任监督委员会成员",
            "a committee member or a near relative on the supervisory committee",
        ),
        "explanation": (
            "村民委员会成员及其近亲属不得担任村务监督机构成员（组织法第三十二条，错误）。居民委员会没有相应的法律规定，居务监督委员会的任职回避只见于换届方案（seeds/002 篇一“应实行任职回避”），故为警告。",
            "villagers' committee members and their near relatives may not serve on the village affairs supervisory committee (组织法 art. 32: an error). The residents' law has no such rule; for a 居务监督委员会 only the 换届 plan asks for it (seeds/002 篇一 应实行任职回避), so there it is a warning.",
        ),
        "clerk": (
            "核对监督委员会名单和亲属关系。",
            "check the supervisory committee list and the relations.",
        ),
        "reviewer": (
            "村务监督委员会应另行推选成员；居务监督委员会按换届方案处理。",
            "choose another village supervisory committee member; for a residents' one, follow the 换届 plan.",
        ),
    },
    "TK-KIN-3": {
        "title": (
            "监票人、计票人或代写人是候选人的亲属",
            "a scrutineer, counter or assisted writer is a relative of a candidate",
        ),
        "explanation": (
            "候选人及其近亲属不得担任监票人、计票人、唱票人（候选人本人见 TK-OFFICIAL-1；回避范围由规则版本给出）。",
            "candidates and their near relatives may not act as scrutineer, counter or caller (candidates themselves: TK-OFFICIAL-1; the scope is a profile parameter).",
        ),
        "clerk": ("核对工作人员名单和亲属关系。", "check the officials and the relations."),
        "reviewer": (
            "应回避而未回避的，审查计票过程。",
            "if avoidance was not observed, review the count.",
        ),
    },
    "TK-KIN-4": {
        "title": ("近亲属同在选举委员会", "near relatives together on the election commission"),
        "explanation": (
            "近亲属不宜同时担任村民选举委员会成员。",
            "near relatives should not sit together on the election commission.",
        ),
        "clerk": ("核对选举委员会名单和亲属关系。", "check the commission list and the relations."),
        "reviewer": ("记录说明或调整人选。", "record why, or change the members."),
    },
    "TK-TIME-1": {
        "title": ("选举日或投票日记录不一致", "election day or vote dates inconsistent"),
        "explanation": (
            "election.date、timeline.election_day 与各轮投票日应一致：第一轮在选举日，以后各轮不早于前一轮。",
            "election.date, timeline.election_day and the round dates must agree: the first vote on election day, each later round no earlier than the one before.",
        ),
        "clerk": (
            "核对选举日和各轮投票日期。",
            "check the election day and the date of each round.",
        ),
        "reviewer": ("以会议记录为准确认选举日。", "confirm the election day from the minutes."),
    },
    "TK-TIME-2": {
        "title": ("程序步骤顺序颠倒", "procedure steps out of order"),
        "explanation": (
            "各程序步骤须依次进行：先请示后批复、批复后提名、公示结束后选举；名单公布后才能申诉，申诉处理在选举日前；选举后才能上报结果、移交工作。",
            "the steps come in order: request before approval, approval before nomination, the 公示 ends before the vote; objections follow the list and are decided before election day; results, handover and follow-up bodies come after the vote.",
        ),
        "clerk": (
            "核对各时间节点的日期是否录错。",
            "check whether the dates were entered correctly.",
        ),
        "reviewer": (
            "程序颠倒的，审查该步骤是否有效，必要时责令重做。",
            "if steps were out of order, review whether the step stands; order it redone if needed.",
        ),
    },
    "TK-TIME-3": {
        "title": ("选举前公告期不足", "published too late before election day"),
        "explanation": (
            "选民名单须在选举日的20日前公布，正式候选人名单、选举时间地点须在选举日前规定日数公布，委托投票须在选举日或规定日数前办理（开始当日不计入：选举日减公布日不少于规定日数）。",
            "the voter list is published 20 days before election day, the official candidates and the time and place the set number of days before, proxies registered by election day or the set days before (start day not counted: election day minus publication at least the days required).",
        ),
        "clerk": ("核对公布日期和选举日。", "check the publication date and the election day."),
        "reviewer": (
            "公告期不足的，审查选民是否得到了法定的知情和申诉时间，必要时推迟选举重新公布。",
            "if the notice was short, review whether voters had their statutory time to see and object; postpone and publish again if needed.",
        ),
    },
    "TK-TIME-4": {
        "title": ("超过规定期限", "deadline missed"),
        "explanation": (
            "申诉须在名单公布之日起5日内提出、3日内处理；工作移交在新一届委员会产生之日起10日内完成；监督委员会、另行选举、委托投票的办理和公示也有期限（开始当日不计入）。法律规定的期限（答复申诉、工作移交）逾期为错误，其余为警告。",
            "objections within 5 days of the list, decided within 3 days; handover within 10 days of the new committee; the supervisory committee, supplementary election and proxy registration and publication have their own deadlines (start day not counted). A statutory deadline missed (answering an objection, the handover) is an error, the others warnings.",
        ),
        "clerk": (
            "核对该事项的日期与其起算日。",
            "check the date of the step and the date its period starts from.",
        ),
        "reviewer": (
            "逾期的，查明原因并依规补正；影响选民权利的，审查选举效力。",
            "if late, find out why and remedy it; if voters' rights were affected, review the election.",
        ),
    },
    "TK-TIME-5": {
        "title": ("换届请示提交过晚", "request to hold the election submitted late"),
        "explanation": (
            "党组织换届须在召开党员大会前（一般提前1个月）向上级党组织提交请示，批复后才能进行。",
            "the outgoing committee submits the 请示 to the higher organisation before the members' meeting (normally a month ahead) and proceeds only after the approval.",
        ),
        "clerk": ("核对请示提交日期。", "check the date the request was submitted."),
        "reviewer": ("了解提前量不足的原因。", "ask why the request came so late."),
    },
    "TK-TIME-6": {
        "title": ("公示期不足", "公示 period too short"),
        "explanation": (
            "候选人预备人选和当选人的公示期须达到本地规定（日历日或工作日，按法定节假日和调休计算工作日）。",
            "the 公示 of prospective candidates and of the elected must last the local minimum (calendar or working days; working days follow the statutory holidays and 调休 make-up days).",
        ),
        "clerk": ("核对公示起止日期。", "check the 公示 start and end dates."),
        "reviewer": (
            "公示期不足的，应补足公示后再确认人选或任命。",
            "if too short, complete the 公示 before confirming the candidates or the appointment.",
        ),
    },
    "TK-TIME-7": {
        "title": ("换届时间偏离任期届满", "election far from the term's expiry"),
        "explanation": (
            "换届选举提前或延期一般不超过1年（党组织，P-SIZE-2，条例规定，错误；村委会延期部分省份为6个月，警告）；推迟30日以上（含30日）的，须重新公布选民名单（警告）。",
            "an election may come at most about a year before or after the term expires (party, P-SIZE-2, the regulation's limit: error; villagers' committees' postponement, some provinces 6 months: warning); after a postponement of 30 days or more the voter list is published again (warning).",
        ),
        "clerk": (
            "核对任期届满日、选举日和名单公布日。",
            "check the term expiry, the election day and the list publication.",
        ),
        "reviewer": (
            "查看延期或提前的批准文件；名单过旧的，核实是否重新公布。",
            "look for the approval of the delay or advance; if the list is old, confirm it was republished.",
        ),
    },
    "TK-TIME-8": {
        "title": (
            "无法按法定节假日计算工作日",
            "working days cannot be counted from the statutory calendar",
        ),
        "explanation": (
            "工作日按国务院办公厅的放假和调休安排计算；该年份不在内置节假日库中的，须提供节假日文件（--holidays），否则相关期限不按工作日核查，绝不按周一至周五推算。",
            "working days follow the State Council holiday and 调休 arrangements; for a year the built-in library does not cover, supply a holiday list (--holidays), otherwise the period is not checked in working days; it is never guessed as Monday to Friday.",
        ),
        "clerk": (
            "未覆盖且未提供节假日文件的：提供该年的节假日文件（放假日和调休上班日）；已提供节假日文件的：核对该文件与国务院办公厅当年放假通知一致。",
            "if no holiday list covers the year: supply the year's holiday list (days off and make-up working days); if one was already supplied: check it against the State Council holiday notice for that year.",
        ),
        "reviewer": (
            "核对节假日文件与国务院办公厅当年放假通知一致；文件替代节假日库数据的，核实替代的理由。",
            "check the holiday list against that year's State Council notice; where it replaced the library's data for a year, find out why.",
        ),
    },
}

MADE_BY: dict[str, tuple[str, str]] = {
    "TK-SCHEMA-1": (
        "读取文件时：无法读取的文件没有可核查的内容",
        "the reader: a file that cannot be read has nothing to check",
    ),
    "TK-INTERNAL-1": (
        "批量核查时：程序缺陷使文件未能核查",
        "the batch runner: a bug kept the file from being checked",
    ),
}
"""What makes a code no check function makes."""

ARTICLES: dict[str, tuple[str, ...]] = {
    "TK-PROFILE-1": (
        "《村民委员会组织法》《城市居民委员会组织法》（2025-10-28 通过，2026-01-01 起施行）",
    ),
    "TK-RECON-1": (
        f"{P2020}（收回的选票多于发出的选票，选举无效；条号待核）",
        "各省村民委员会选举办法（如 U-A 第二十六条、U-E 第二十四条、U-J 第二十八条：多于投票人数的无效）",
        "《全国人民代表大会和地方各级人民代表大会选举法》第四十四条（类推）",
    ),
    "TK-RECON-2": (
        "U-A 第二十二条、U-D 第十八条、U-E 第二十二条（流动票箱集中到中心会场开箱计票）",
    ),
    "TK-QUORUM-1": (
        f"{P2020}（不少于应到会人数的五分之四，条号待核）",
        f"{P1990}（超过应到会人数的五分之四）",
        f"{VLAW} 第十五条",
    ),
    "TK-QUORUM-2": (
        f"{P2020}（应到会、实到会有选举权人数）",
        f"{P1990}（五种情况不计入应到会人数）",
    ),
    "TK-OUTCOME-2": (
        f"{P2020}（超过应到会有选举权人数的半数始得当选；条号待核）",
        f"{VLAW} 第十五条",
        "《全国人民代表大会和地方各级人民代表大会选举法》第四十五条（类推：票数相等的再次投票，另行选举）",
    ),
    "TK-OUTCOME-3": (f"{VLAW} 第十五条、第十九条（补选）",),
    "TK-ROUND-1": (
        f"{VLAW} 第十五条",
        "《全国人民代表大会和地方各级人民代表大会选举法》第四十五条（类推）",
    ),
    "TK-MARGIN-1": (f"{P2020} 第十三条", f"{P1990} 第十二条", f"{VLAW} 第十五条"),
    "TK-ORDER-1": (f"{P2020} 第二十四条",),
    "TK-OFFICIAL-1": (f"{P2020} 第二十二、二十三条",),
    "TK-PROXY-1": (
        f"{P2020} 第二十四条",
        f"{VLAW} 第十五条",
        f"{VLAW_2025}：每人受托不超过三人，候选人不得接受委托（据报道，通过文本未核实）",
        "《全国人民代表大会和地方各级人民代表大会选举法》第四十二条（类推：每一选民接受的委托不得超过三人）",
    ),
    "TK-POST-1": (
        "《中国共产党支部工作条例（试行）》第二十条（支部委员会设书记和组织委员、宣传委员、纪检委员等，必要时可以设1名副书记：书记、副书记为两个职务）",
        "民政部《村民委员会选举规程》、培训材料 C3（计票只记高职务）、C4（将同一人选为两个职的，只计算职务高的）",
    ),
    "TK-EXCL-1": (
        "中共中央组织部关于不计算在应到会人数之内的规定（共产党员网党建问答：经报上级党组织同意，并经党员大会通过）",
    ),
    "TK-RECALL-1": (f"{VLAW} 第十六条", "《城市居民委员会组织法》第十条"),
    "TK-REC-3": (
        "seeds/002 篇三（在得票数超过推荐票一半以上的党员中，按照不低于委员职数20%的差额比例，确定……初步人选）",
    ),
    "TK-ELIG-1": (
        f"{VLAW} 第十三条",
        "《城市居民委员会组织法》第八条",
        "《民法典》第二百零一条、第二百零二条",
    ),
    "TK-ELIG-2": (f"{P2020} 第五条", f"{P1990} 第五条", f"{VLAW} 第十三条"),
    "TK-ELIG-3": (f"{P2020} 第五条",),
    "TK-ELIG-4": (
        f"{P2020} 第五条",
        "seeds/002、seeds/004 负面清单（不能确定为“两委”成员候选人的情形）",
        "委员会第一次全体会议选举办法样本：另选的他人如果不是本届委员会委员的，为无效",
        f"{VLAW_2025}：法定不得为候选人的情形（据报道，通过文本未核实）",
    ),
    "TK-ELIG-5": (
        f"{P2020} 第五条",
        "U-H 第十五条（未进行选民登记的，当选无效）",
        "seeds/002：凡出现上述情形人员当选，当选无效",
        f"{VLAW_2025}：法定不得为候选人的情形（据报道，通过文本未核实）",
    ),
    "TK-ELIG-6": (
        "seeds/002 篇一（55/50/57 岁）",
        "seeds/000（55/57 周岁，截至 2021-03-31）",
        "seeds/004（新进成员 50 岁以下）",
    ),
    "TK-ELIG-7": ("seeds/002 篇三（一般应当具有1年以上党龄）", "seeds/000（具有1年以上党龄）"),
    "TK-ELIG-8": (
        f"{VLAW} 第十三条",
        f"{VLAW_2025}：从事村务工作一年以上、经村民同意的可以参加选举（据报道，通过文本未核实）",
    ),
    "TK-COMP-1": (f"{VLAW} 第六条", "《城市居民委员会组织法》第七条"),
    "TK-COMP-2": ("《中国共产党支部工作条例（试行）》第二十条", "U-N 第六条", "seeds/002"),
    "TK-COMP-3": (f"{VLAW} 第六条", "seeds/002 篇三、seeds/004"),
    "TK-COMP-4": ("seeds/002 篇一", "seeds/004"),
    "TK-COMP-5": ("seeds/002 篇一、篇三", "seeds/004"),
    "TK-COMP-6": (f"{VLAW} 第六条", "《城市居民委员会组织法》第七条"),
    "TK-COMP-7": (
        f"{VLAW} 第十二条",
        f"{VLAW_2025}：选举委员会成员的近亲属被提名为候选人的，应当退出（据报道，通过文本未核实）",
    ),
    "TK-COMP-8": ("湖南省村民委员会选举办法第七条", "seeds/002、seeds/004"),
    "TK-COMP-9": (f"{VLAW} 第二十五条", "seeds/002（居民代表每 20–50 户 1 人）"),
    "TK-COMP-10": (f"{VLAW} 第二十五条",),
    "TK-COMP-11": (f"{VLAW} 第二十五条",),
    "TK-COMP-12": (
        "《中国共产党支部工作条例（试行）》第二十条（正式党员不足7人的党支部，设1名书记，必要时可以设1名副书记）",
    ),
    "TK-COMP-13": (
        "《城市居民委员会组织法》第六条（2018：一百户至七百户）",
        "《城市居民委员会组织法》（2025 年修订：一千户至三千户，据报道）",
    ),
    "TK-COMP-14": (
        "《中国共产党支部工作条例（试行）》第二十条（支部委员会设书记；正式党员不足7人的党支部，设1名书记）",
    ),
    "TK-KIN-1": (
        "广东省村民委员会选举办法第二条",
        "重庆市村民委员会选举办法第二条",
        "seeds/002、seeds/004",
        "《民法典》第一千零四十五条",
        f"{VLAW_2025}：村民委员会成员近亲属回避（据报道，通过文本未核实）",
    ),
    "TK-KIN-2": (
        f"{VLAW} 第三十二条（村民委员会）",
        "seeds/002 篇一（村(社区)“两委”、村(居)务监督委员会班子成员间…应实行任职回避；居民委员会）",
        "《民法典》第一千零四十五条",
    ),
    "TK-KIN-3": (
        "U-D 第十八条、U-J 第二十四条、U-Q 第二十二条",
        "《全国人民代表大会和地方各级人民代表大会选举法》第四十三条（类推）",
    ),
    "TK-KIN-4": ("民政部《村民委员会选举规程》第一章",),
    "TK-TIME-2": (f"{VLAW} 第十四条、第二十条",),
    "TK-TIME-3": (f"{VLAW} 第十四条", "各省村民委员会选举办法"),
    "TK-TIME-4": (f"{VLAW} 第十四条、第二十条",),
    "TK-TIME-7": (f"{P2020} 第三条",),
    "TK-TIME-8": ("《国务院办公厅关于部分节假日安排的通知》（逐年）",),
}
"""The regulation articles a code applies (none listed: its rule ids say it)."""

# Articles as rules/party.md and rules/villager.md give them ("条号待核" where unverified there).
RULE_ARTICLES: dict[str, tuple[str, str]] = {
    "P-QUORUM-1": (f"{P2020}，条号待核", "2020 party regulation, article unverified"),
    "P-ELECT-1": (f"{P2020}，条号待核", "2020 party regulation, article unverified"),
    "P-CAND-1": (f"{P2020} 第十三条", "2020 party regulation art. 13"),
    "P-VALID-5": (f"{P2020} 第二十五条", "2020 party regulation art. 25"),
    "P-PROXY-1": (f"{P2020} 第二十四条", "2020 party regulation art. 24"),
    "V-DOUBLE-MAJORITY-1": (f"{VLAW}第十五条", "Organic Law of Villagers' Committees art. 15"),
    "V-DOUBLE-MAJORITY-2": (f"{VLAW}第十五条", "Organic Law of Villagers' Committees art. 15"),
    "V-SUPP-1": (f"{VLAW}第十五条", "Organic Law of Villagers' Committees art. 15"),
    "V-SUPP-3": (f"{VLAW}第十五条", "Organic Law of Villagers' Committees art. 15"),
    "V-PROXY-1": (f"{VLAW}第十五条", "Organic Law of Villagers' Committees art. 15"),
    "V-WOMEN-1": (f"{VLAW}第六条", "Organic Law of Villagers' Committees art. 6"),
    "V-RECALL-1": (f"{VLAW}第十六条", "Organic Law of Villagers' Committees art. 16"),
    "V-SUPP-4": (
        f"{VLAW}第十九条（出缺补选）",
        "Organic Law of Villagers' Committees art. 19 (by-election)",
    ),
    "R-RECALL-1": (
        "《城市居民委员会组织法》第十条",
        "Organic Law of Urban Residents' Committees art. 10",
    ),
}
