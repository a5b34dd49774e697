"""The catalogue's section for findings: what a finding of ``verify`` says, Chinese first with
English beside, keyed ``<TK code>`` or ``<TK code>.<case>`` (``finding.`` in ``WORDING``).

A finding holds the facts (``tallykit.findings.said``: a key and its fields); the fields are put
in by ``tallykit.text.words.word`` in the language shown. A wording that several codes say is
here once under a plain key (``holds``, ``nobody``, ``caveat``); each wording's placeholders are
the same in both languages (tests/quality/test_text_catalogue.py).
"""

from __future__ import annotations

FINDING: dict[str, tuple[str, str]] = {
    # ---------------------------------------------------------------- shared pieces
    "nobody": ("无", "nobody"),
    "holds": ("成立", "holds"),
    "fails": ("不成立", "fails"),
    "caveat": ("（{rule}：{reported}）", " ({rule}: {reported})"),
    "step": ("“{step}”", "{step}"),
    # ---------------------------------------------------------------- the file as a whole
    "TK-PROFILE-1": (
        "规则版本 {profile} 适用于 {period}举行的选举，本次选举日为 {day}，按日期应适用 {fits}",
        "profile {profile} covers elections {period}; the election day is {day}, for which the date gives {fits}",
    ),
    "TK-NAME-1": ("姓名“{raw}”按“{normalized}”处理", "name {raw!r} read as {normalized!r}"),
    # ---------------------------------------------------------------- ballots and votes
    "TK-RECON-4": ("发出选票 {issued} 张，多于有选举权的人数 {voters}", "{issued} ballots issued, more than {voters} voters"),
    "TK-BALLOTS-1": (
        "有效票 {valid} + 无效票 {invalid} = {total}，不等于收回 {returned}",
        "valid {valid} + invalid {invalid} = {total}, not the {returned} returned",
    ),
    "TK-RECON-2.station": (
        "{station}收回 {returned} 张，多于发出 {issued} 张",
        "{station} returned {returned}, more than the {issued} it issued",
    ),
    "TK-RECON-2.gate": (
        "投票站收回与发出核对未通过：{formula} 不成立，本轮无效",
        "a polling station's returned against issued: {formula} does not hold; the round is void",
    ),
    "TK-RECON-3.issued": ("各投票站发出合计 {total}，与本轮发出 {recorded} 不符", "stations' issued add up to {total}, not the round's {recorded}"),
    "TK-RECON-3.returned": (
        "各投票站收回合计 {total}，与本轮收回 {recorded} 不符",
        "stations' returned add up to {total}, not the round's {recorded}",
    ),
    "TK-VOTES-1": (
        "{position} {name} 得 {votes} 票，多于有效票 {valid} 张",
        "{position} {name} has {votes} votes, more than {valid} valid ballots",
    ),
    "TK-VOTES-2": (
        "{position}得票合计 {total}，多于 应选 {seats} × 有效票 {valid} = {most}",
        "{position} votes total {total}, more than {seats} seats × {valid} valid = {most}",
    ),
    "TK-FEAS-1": ("不存在能得出这些得票数的选票（{method}）：{reason}", "no ballots can give these totals ({method}): {reason}"),
    "TK-FEAS-1.undecided": ("可行性未判定：{reason}", "feasibility not decided: {reason}"),
    "TK-FEAS-1.marks": (
        "{position} {name} 赞成 {votes} + 不赞成 {disapprove} + 弃权 {abstain} 多于有效票 {valid} 张",
        "{position} {name}: approve {votes} + disapprove {disapprove} + abstain {abstain} exceeds {valid} valid ballots",
    ),
    "TK-FEAS-1.writeins": (
        "{position} 另选他人得 {written} 票，多于不赞成票总数 {against}（另选他人须先投不赞成票）",
        "write-ins for {position} have {written} votes, more than the {against} disapprovals (a write-in needs a disapproval)",
    ),
    "TK-FEAS-1.same_person": (
        "{name} 各职位得票合计 {votes}，多于有效票 {valid} 张（同一人每张选票只计一次）",
        "{name} has {votes} votes over all posts, more than {valid} valid ballots (one person counts once per ballot)",
    ),
    "TK-FEAS-1.too_large": (
        "有效票 {valid} 张 × {people} 人超出逐张求解的规模（{limit}），未判定",
        "{valid} ballots × {people} people is beyond the per-ballot model's size ({limit}); not decided",
    ),
    "TK-FEAS-1.unsat": (
        "逐张选票求解：不存在满足每张选票限制（所选不超过名额、另选他人须有不赞成票）的一组选票",
        "per-ballot model: no set of ballots meets the per-ballot limits (no more than the seats, a write-in needs a disapproval)",
    ),
    "TK-FEAS-1.unknown": ("求解器在资源上限内未能判定", "the solver could not decide within its resource limit"),
    # ---------------------------------------------------------------- gates and outcome
    "TK-RECON-1": ("{gate}未通过：{formula} 不成立，本轮无效", "{gate}: {formula} does not hold; the round is void"),
    "TK-QUORUM-1": ("{gate}未达要求：{formula} 不成立，本轮无效", "{gate} not met: {formula} does not hold; the round is void"),
    "TK-OUTCOME-1.void_and_elected": ("宣布本轮无效，却又宣布了当选人", "the round was declared void and yet people were declared elected"),
    "TK-OUTCOME-1.no_reason": (
        "按规则本轮有效（各项核对均通过），记录宣布无效却未写明原因",
        "under the rules the round is valid (every check passes); it was declared void with no reason given",
    ),
    "TK-OUTCOME-1.reason": (
        "按记录的票数本轮有效；宣布无效的原因为“{reason}”，须由审核人确认",
        "by the recorded figures the round is valid; it was declared void because “{reason}”: the reviewer confirms that ground",
    ),
    "TK-OUTCOME-1.void": ("按规则本轮无效（{why}），记录却", "under the rules the round is void ({why}) but "),
    "TK-OUTCOME-1.not_declared": ("未宣布无效", "it was not declared void"),
    "TK-OUTCOME-1.and": ("并", " and "),
    "TK-OUTCOME-1.named": ("宣布了当选人", "people were declared elected"),
    "TK-OUTCOME-2.elected": ("{post}：重新计算当选 {want}，宣布 {got}", "{post}: recomputed elected {want}, declared {got}"),
    "TK-OUTCOME-2.recalled": ("{post}：重新计算罢免 {want}，宣布 {got}", "{post}: recomputed recalled {want}, declared {got}"),
    "TK-OUTCOME-2.extra.elected": ("；{name} 得 {votes} 票，当选须 {threshold}", "; {name} has {votes} votes, elected needs {threshold}"),
    "TK-OUTCOME-2.extra.recalled": ("；{name} 得 {votes} 票，罢免须 {threshold}", "; {name} has {votes} votes, recalled needs {threshold}"),
    "TK-OUTCOME-2.but": ("，但{note} [{rule}]", ", but {note} [{rule}]"),
    "TK-OUTCOME-2.missing.elected": ("；应当选而未宣布：{names}", "; elected under the rules but not declared: {names}"),
    "TK-OUTCOME-2.missing.recalled": ("；应罢免而未宣布：{names}", "; recalled under the rules but not declared: {names}"),
    "TK-OUTCOME-3.void": ("无效的一轮须重新投票，不进行{step}", "a void round is held again, not followed by a {step}"),
    "TK-OUTCOME-3.next": ("按规则下一步应为{want}，记录为{got}", "under the rules the next step is {want}, recorded {got}"),
    "TK-OUTCOME-3.seats": (
        "减少名额后名额应为已当选的 {seated} 名，记录为 {recorded} 名",
        "after the seat reduction the seats are the {seated} elected, recorded {recorded}",
    ),
    "TK-REC-3.qualified": (
        "{position}应选 {seats} 名，初步人选须不少于 {need} 名（差额不少于 20%），推荐票过半数的只有 {n} 名（{names}）",
        "{position}: {seats} seat(s) need an initial list of at least {need} (a 20% margin); only {n} have more than "
        "half of the recommendation votes ({names})",
    ),
    "TK-REC-3.declared": (
        "{position}确定的初步人选 {n} 名，少于所需的 {need} 名（应选 {seats} 名，差额不少于 20%）",
        "{position}: {n} on the initial list, fewer than the {need} needed ({seats} seat(s), a 20% margin)",
    ),
    "TK-RECOUNT-1.returned": ("按选票明细清点收回票 {counted} 张，记录为 {recorded}", "the ballot records give {counted} returned, recorded {recorded}"),
    "TK-RECOUNT-1.valid": ("按选票明细清点有效票 {counted} 张，记录为 {recorded}", "the ballot records give {counted} valid, recorded {recorded}"),
    "TK-RECOUNT-1.invalid": ("按选票明细清点无效票 {counted} 张，记录为 {recorded}", "the ballot records give {counted} invalid, recorded {recorded}"),
    "TK-RECOUNT-1.votes": (
        "{position} {name}：按选票明细得 {counted} 票，记录为 {recorded} 票",
        "{position} {name}: the ballot records give {counted} votes, recorded {recorded}",
    ),
    "TK-ROUND-2.pending": ("本轮结果为：{result}；文件中没有后续轮次", "this round's result: {result}; no later round is recorded"),
    "TK-ROUND-2.kind": ("本轮为{kind}，但上一轮结果为：{previous}", "this round is a {kind}, but the previous round's result: {previous}"),
    "TK-ROUND-2.no_previous": ("无上一轮", "there is no previous round"),
    "TK-ROUND-1.position": ("上一轮没有职位 {position}", "the previous round has no position {position}"),
    "TK-ROUND-1.tied": ("再次投票的候选人应为票数相等的 {want}，记录为 {printed}", "the re-vote is among the tied {want}; recorded {printed}"),
    "TK-ROUND-1.seats": ("{position} 本轮名额应为 {want}，记录为 {seats}", "{position} has {want} seat(s) at stake in this round, recorded {seats}"),
    "TK-ROUND-1.not_unelected": (
        "另行选举候选人须为上一轮未当选的人：{names} 不符",
        "supplementary candidates must be unelected in the previous round: {names} are not",
    ),
    "TK-ROUND-1.skipped": (
        "得票更多的未当选者 {names} 未列为另行选举候选人",
        "unelected people with more votes were left off the supplementary ballot: {names}",
    ),
    "TK-ROUND-1.tied_at_cut": (
        "{names} 与最后一名另行选举候选人同为 {votes} 票，未列为候选人；截止处票数相等如何取舍法律未规定，须说明（计票按全部列入处理）",
        "{names} tied with the last supplementary candidate on {votes} votes and were left off; the law does not "
        "settle a tie at the cut: explain how it was broken (the count lists all the tied)",
    ),
    "TK-ROUND-1.held_men": (
        "上一轮保留给妇女的委员名额只能由妇女竞选，候选人中 {names} 不是妇女",
        "the member seat held for a woman admits women only; {names} are not women",
    ),
    "TK-ROUND-1.held_no_woman": (
        "上一轮保留了一个妇女委员名额，另行选举候选人中却没有妇女",
        "a member seat was held for a woman, yet no woman stands in the supplementary election",
    ),
    # ---------------------------------------------------------------- people across rounds
    "TK-POST-1": (
        "{name} 已当选{first}，又宣布当选{post}：一人只任一职，高职务先定，当选者不再计入较低职务",
        "{name} was elected {first} and declared elected {post} as well: one person holds one post; the higher post "
        "is decided first and its holder leaves the lower posts",
    ),
    "TK-EXCL-1": (
        "{who}不计入应到会须经上级党组织同意并经党员大会通过，仍计入应到会：应到会应为 {expected}+{n}={fixed} 人，记录为 {expected} 人",
        "{who}: leaving a member out of 应到会 needs the higher organisation's consent and the meeting's vote, so "
        "they stay in: 应到会 is {expected}+{n}={fixed}, recorded {expected}",
    ),
    "TK-EXCL-1.who": ("{name}（{reason}，未经{lacking}）", "{name} ({reason}; without {lacking})"),
    "TK-EXCL-1.no_reason": ("未写明原因", "no reason given"),
    "TK-EXCL-1.upper": ("上级党组织同意", "the higher organisation's consent"),
    "TK-EXCL-1.meeting": ("党员大会通过", "the meeting's vote"),
    "TK-EXCL-1.attendance": (
        "；到会 {formula}，{verdict}（按记录 {recorded_formula}，{recorded_verdict}）",
        "; attendance {formula} {verdict} (as recorded {recorded_formula} {recorded_verdict})",
    ),
    "TK-EXCL-1.threshold": (
        "；当选须 {threshold}，至少 {least} 票（按记录至少 {recorded_least} 票）",
        "; election needs {threshold}, at least {least} (as recorded {recorded_least})",
    ),
    "TK-EXCL-1.rounds": (
        "；按记录的应到会计算，第 {rounds} 轮的结果不同，须依规纠正",
        "; counted on the recorded figure, round(s) {rounds} would end differently: correct them under the rules",
    ),
    "TK-EXCL-1.same": ("；结果不变，但记录的应到会须更正", "; the outcome is the same, but the recorded figure must be corrected"),
    "TK-RECALL-1.residents": (
        "居民委员会组织法第十条由五分之一以上的十八周岁以上居民、五分之一以上的户或三分之一以上的居民小组提议，"
        "没有由居民代表提议的规定，无法核对提议人数",
        "the residents' law (art. 10) has a fifth of the residents aged 18, a fifth of the households or a third of "
        "the resident groups propose it, not representatives: the initiation cannot be checked",
    ),
    "TK-RECALL-1.representatives": (
        "罢免由 {n} 名村民代表联名提出，少于村民代表 {base} 名的三分之一（3×{n}={product} < {base}）",
        "the recall was raised by {n} representatives, under a third of the {base} (3*{n}={product} < {base})",
    ),
    "TK-RECALL-1.voters": (
        "罢免由 {n} 人联名提出，少于{whom} {base} 人的五分之一（5×{n}={product} < {base}）",
        "the recall was raised by {n} people, under a fifth of the {base} {whom} (5*{n}={product} < {base})",
    ),
    "TK-RECALL-1.eligible": ("有选举权的村（居）民", "voters"),
    "TK-RECALL-1.registered": (
        "登记选民（有选举权的不少于此数）",
        "registered voters (there are at least as many with the vote)",
    ),
    "TK-RECALL-1.void": ("，罢免要求不成立，罢免投票结果不能生效", ": the recall request is not valid and its vote cannot take effect"),
    # ---------------------------------------------------------------- candidates, officials, proxies
    "TK-MARGIN-1": (
        "{position}应选 {seats} 名，候选人 {n} 名，至少应为 {need} 名",
        "{position}: {seats} seat(s), {n} candidates; at least {need} needed",
    ),
    "TK-ORDER-1": ("{position}候选人未按姓氏笔画排序，应为：{names}", "{position} candidates are not in surname stroke order; expected: {names}"),
    "TK-OFFICIAL-1.scrutineers": ("候选人 {name} 担任监票人", "candidate {name} served as scrutineer"),
    "TK-OFFICIAL-1.counters": ("候选人 {name} 担任计票人", "candidate {name} served as counter"),
    "TK-OFFICIAL-1.assisted_writers": ("候选人 {name} 担任代写人", "candidate {name} served as assisted writer"),
    "TK-PROXY-1.not_allowed": ("本规则版本不允许委托投票：{principal} 委托 {proxy}", "this profile allows no proxy: {principal} authorised {proxy}"),
    "TK-PROXY-1.who": ("{principal} 委托 {proxy}：", "{principal} authorised {proxy}: "),
    # TK-PROXY-1.proxy_<why>: why the count rejected the proxy, worded once with its round note
    # (texts.PROXY_REJECTED)
    "TK-PROXY-1.counted": (
        "；记录把这份委托的选票计入了收回选票和参加投票人数，须更正记录的合计",
        "; the record counted this authorisation's ballot among those returned and taking part: correct the recorded totals",
    ),
    "TK-PROXY-1.risks": (
        "；被拒绝的 {n} 份委托的选票可能改变结果：{risks}。须由审核人决定是否重新投票",
        "; the ballots of the {n} rejected authorisation(s) could change the result: {risks}. The reviewer decides "
        "whether to order a new vote",
    ),
    "TK-PROXY-1.safe": (
        "；该委托无效，其选票不算参加投票，即使计入了得票也不能改变结果（减票只减少赞成票，未当选、未罢免的不会因此当选、被罢免）",
        "; the authorisation is invalid and its ballot is no one's participation; even if counted it cannot change "
        "the outcome (removing ballots only removes approvals: nobody unelected or not recalled becomes elected or recalled)",
    ),
    "TK-PROXY-1.turnout": (
        "第{round}轮参加投票人数不计这些选票为 {voters} 人，{formula}，{verdict}；计入则为 {with_them} 人，结果相反",
        "round {round}: without those ballots {voters} took part, {formula} {verdict}; counting them, {with_them} did "
        "and the answer is the opposite",
    ),
    "TK-PROXY-1.turnout_fails": ("不成立，本轮无效", "fails and the round is void"),
    "TK-PROXY-1.head": ("第{round}轮{position}", "round {round} {position}"),
    "TK-PROXY-1.at_risk": (
        "{head} {name} 得 {votes} 票，{votes}-{loss}={left}，门槛 {threshold}",
        "{head} {name} has {votes} votes, {votes}-{loss}={left}, threshold {threshold}",
    ),
    "TK-PROXY-1.tied": ("，与他人票数相等，一票即可分出先后", ", tied with others: one ballot breaks the tie"),
    "TK-PROXY-1.rival": ("，未当选者最多 {rival} 票", ", the best unelected has {rival}"),
    "TK-PROXY-1.margin": ("；{head} {name} {votes}-{loss}={left}，仍满足 {threshold}", "; {head} {name} {votes}-{loss}={left} still meets {threshold}"),
    "TK-PROXY-1.margin_rival": ("，且多于未当选者最多的 {rival} 票", " and stays above the best unelected, {rival}"),
    # ---------------------------------------------------------------- eligibility (tallykit/procedure/eligibility.py)
    "registration.resident_outsider": ("户籍不在本村、在本村居住一年以上", "no local 户籍, lived here a year or more"),
    "registration.village_work": ("户籍不在本村、在本村从事村务工作一年以上", "no local 户籍, village-affairs work here for a year or more"),
    "reason.barred": ("法律规定不得当选：{what}", "barred from election by law: {what}"),
    "reason.negative_list": ("负面清单：{flag}", "negative list: {flag}"),
    "reason.under_18": ("选举日未满 18 周岁（出生于 {born}）", "under 18 on election day (born {born})"),
    "reason.not_committee": ("不是新一届委员会委员", "not a member of the new committee"),
    "TK-ELIG-1": (
        "{name} 出生于 {born}，到选举日 {day} 为 {age} 周岁，未满 18 周岁（{adult} 满 18 周岁）",
        "{name}, born {born}, is {age} on election day {day}, under 18 (turns 18 on {adult})",
    ),
    "TK-ELIG-2": ("{name}：{status}，没有选举权，不应列入有选举权的人员", "{name}: {status}, has no vote and may not be listed among voters"),
    "TK-ELIG-3": (
        "{name}（{reason}）：属“{case}”情形的党员本来没有选举权，不在应到会人数之内，无须报批不计入",
        "{name} ({reason}): a member in the case '{case}' has no vote and is outside the expected count; no exclusion is needed",
    ),
    "TK-ELIG-4": ("{name}：{reasons}，不能当选", "{name}: {reasons}; cannot be elected"),
    "TK-ELIG-5": (
        "{position} {name} 宣布当选，但属于以下情形：{reasons}，当选无效",
        "{position} {name} was declared elected but is {reasons}: the election is void",
    ),
    "TK-ELIG-6": (
        "{name}（{kind}）到 {cutoff} 为 {age} 周岁，不符合年龄条件：应{bound} {limit} 周岁（规则参数“{param}”）",
        "{name} ({kind}) is {age} on {cutoff}; the limit is {bound} {limit} ({param})",
    ),
    "TK-ELIG-6.continuing": ("继续提名", "continuing"),
    "TK-ELIG-6.unrecorded": ("是否现任未记载，按继续提名", "incumbency not recorded, continuing limit"),
    "TK-ELIG-6.new_secretary": ("新提名书记", "new 书记"),
    "TK-ELIG-6.new_member": ("新进成员", "new member"),
    "TK-ELIG-6.at_most": ("不超过", "at most"),
    "TK-ELIG-6.under": ("未满", "under"),
    "TK-ELIG-7": (
        "书记人选 {name} {since} 入党，到选举日 {day} 党龄不满 {years} 年（{reached} 满）",
        "书记 nominee {name} joined on {since}: under {years} year(s) of standing on election day {day} (reached on {reached})",
    ),
    "TK-ELIG-8.category": (
        "{name}：登记类别为“{category}”，规则版本 {profile} 没有这一登记类别（2018 年组织法第十三条只有三类登记），该人没有登记依据",
        "{name}: registered as '{category}', a category profile {profile} does not have (the 2018 organic law, art. 13, "
        "has three): no basis for the registration",
    ),
    "TK-ELIG-8.unapproved": (
        "{name}：登记类别为“{category}”，须经{body}同意，文件未记载同意的决定（「approved_on」）",
        "{name}: registered as '{category}', which needs the agreement of {body}; no decision is recorded (approved_on)",
    ),
    "TK-ELIG-8.villagers": ("村民", "the villagers"),
    "TK-ELIG-8.assembly": ("村民会议或者村民代表会议", "the village assembly or representative assembly"),
    "TK-ELIG-8.late": ("{name}：同意登记的决定日期 {approved_on} 晚于选举日 {day}", "{name}: the agreement to register is dated {approved_on}, after election day {day}"),
    "TK-QUORUM-2.most": (
        "实到会 {present} 人，多于可能到会的 {most} 人（应到会 {expected} 人{listed}）",
        "{present} present, more than the {most} who can be present ({expected} expected{listed})",
    ),
    "TK-QUORUM-2.listed": ("，加上列明不计入应到会但仍有选举权的 {n} 人", " plus the {n} listed exclusions who still have a vote"),
    "TK-QUORUM-2.members": ("实到会 {present} 人，多于全体正式党员 {members} 人", "{present} present, more than the {members} full members"),
    # ---------------------------------------------------------------- the committee (tallykit/procedure/composition.py)
    "committee.size": ("委员会共 {n} 人", "the committee has {n} members"),
    "committee.reduced": ("减少名额后委员会实际 {n} 人", "after the seat reduction the committee has {n} members"),
    "TK-COMP-1": ("{committee}，法定为 {low}–{high} 人", "{committee}; the law sets {low}–{high}"),
    "TK-COMP-1.local": (
        "{committee}，本地设定（规则版本 {profile}）为 {low}–{high} 人",
        "{committee}; set locally (profile {profile}) to {low}–{high}",
    ),
    "TK-COMP-2.band": (
        "人口 {population} 人的村一般设 {low}–{high} 名，{committee}（{reading}）",
        "a village of {population} people usually has {low}–{high} members; {committee} ({reading})",
    ),
    "TK-COMP-2.party": (
        "{org}委员会：{committee}，一般为 {low}–{usual} 名、最多 {high} 名",
        "a {org} committee: {committee}; usually {low}–{usual}, at most {high}",
    ),
    "TK-COMP-2.below": (
        "；减少名额后少于最低 {low} 名，不得减少名额，须另行选举",
        "; a reduction below the minimum of {low} is not allowed: hold a supplementary election",
    ),
    "TK-COMP-2.odd": ("{committee}，委员职数一般应为单数", "{committee}; the number of members should be odd"),
    "TK-COMP-2.any_minimum": (
        "{committee}，少于任何党组织委员会的最低 {low} 名，不得减少名额，须另行选举",
        "{committee}, fewer than the {low} any party committee needs: the seats may not be reduced; hold a supplementary election",
    ),
    "TK-COMP-3": ("当选的 {n} 名成员（{names}）中没有妇女", "none of the {n} members elected ({names}) is a woman"),
    "TK-COMP-3.target": ("（换届方案目标）", " (a 换届 plan target)"),
    "TK-COMP-4": (
        "妇女成员 {women} 名，占 {known} 名成员的比例低于目标 {target}%（100×{women} < {target}×{known}）",
        "{women} women of {known} members, below the {target}% target (100*{women} < {target}*{known})",
    ),
    "TK-COMP-5": (
        "当选成员中没有{bound}的（最年轻者选举日 {youngest} 周岁）；“两委”合计，另一委员会有的可不处理",
        "no member elected is {bound} (the youngest is {youngest} on election day); counts for both committees together",
    ),
    "TK-COMP-5.inclusive": ("{limit} 周岁以下（含 {limit} 周岁）", "{limit} or under"),
    "TK-COMP-5.under": ("未满 {limit} 周岁", "under {limit}"),
    "TK-COMP-6": (
        "本村（社区）有 {groups} 等人数较少的民族，当选成员中没有",
        "the village has less numerous groups ({groups}) and none of them is among the members elected",
    ),
    "TK-COMP-7": (
        "选举委员会成员 {name} 是正式候选人，未退出选举委员会",
        "election commission member {name} is an official candidate and did not leave the commission",
    ),
    "TK-COMP-7.relative": (
        "选举委员会成员 {name} 的{relation} {candidate} 是正式候选人，{name} 未退出选举委员会",
        "election commission member {name} did not leave the commission though a relative ({relation}), {candidate}, is an official candidate",
    ),
    "TK-COMP-8": ("选举委员会：{problems}", "election commission: {problems}"),
    "TK-COMP-8.size": ("人数 {n} 不在 {low}–{high} 人之间", "{n} members, not {low}–{high}"),
    "TK-COMP-8.even": ("人数 {n} 不是单数", "{n} is not odd"),
    "TK-COMP-8.no_woman": ("没有妇女成员", "no woman"),
    "TK-COMP-9": (
        "{households} 户推选代表 {n} 名，按每 {low}–{high} 户 1 名应为 {fewest}–{most} 名",
        "{n} representatives for {households} households; one per {low}–{high} households gives {fewest}–{most}",
    ),
    "TK-COMP-10.villager": (
        "村民代表会议 {total} 人（村民代表 {n} 名及村民委员会成员）中妇女 {women} 名，不足三分之一（3×{women} < {total}）",
        "{women} women among the {total} of the villager representative assembly ({n} representatives and the committee), under one third (3*{women} < {total})",
    ),
    "TK-COMP-10.residents": (
        "居民代表会议 {total} 人（居民代表 {n} 名及居民委员会成员）中妇女 {women} 名，不足三分之一（3×{women} < {total}）",
        "{women} women among the {total} of the residents' representative assembly ({n} representatives and the committee), under one third (3*{women} < {total})",
    ),
    "TK-COMP-11.villager": (
        "村民代表会议 {assembly} 人中村民代表 {n} 名，不足五分之四（5×{n} < 4×{assembly}）",
        "{n} representatives among the {assembly} of the villager representative assembly, under four fifths (5*{n} < 4*{assembly})",
    ),
    "TK-COMP-11.residents": (
        "居民代表会议 {assembly} 人中居民代表 {n} 名，不足五分之四（5×{n} < 4×{assembly}）",
        "{n} representatives among the {assembly} of the residents' representative assembly, under four fifths (5*{n} < 4*{assembly})",
    ),
    "TK-COMP-12": (
        "支部正式党员 {members} 名，不足 {least} 名，不设支部委员会，只设书记（必要时设副书记），却选举了委员会",
        "a branch with {members} full members (fewer than {least}) has no committee, only a 书记, yet elected one",
    ),
    "TK-COMP-13": (
        "社区 {households} 户，居民委员会一般在 {low}–{high} 户的范围内设立",
        "the community has {households} households; a residents' committee normally covers {low}–{high}",
    ),
    "TK-COMP-14": (
        "书记应选 {planned} 名，无人当选，却以减少名额结束：书记职位不得减少，须另行选举",
        "{planned} 书记 seat(s), nobody elected, yet the vote ended in a seat reduction: the 书记 seat may not be reduced; hold another vote",
    ),
    "kin.posts": ("{a}（{a_post}）与 {b}（{b_post}）", "{a} ({a_post}) and {b} ({b_post})"),
    "kin.pair": ("{a}与{b}", "{a} and {b}"),
    "kin.relative": ("亲属", "relative"),
    "TK-KIN-1": (
        "{pair}为{relation}关系，同为委员会成员，应当回避",
        "{pair} are related ({relation}) and both on the committee: they must not serve together",
    ),
    "TK-KIN-2": ("{position} {name} 同时是村（居）务监督委员会成员{source}", "{position} {name} is also on the supervisory committee{source}"),
    "TK-KIN-2.relative": (
        "监督委员会成员 {member} 是{position} {name} 的{kin}（{relation}）{source}",
        "supervisory committee member {member} is a {kin} ({relation}) of {position} {name}{source}",
    ),
    "TK-KIN-2.residents": (
        "（seeds/002 篇一：村（居）务监督委员会班子成员间…应实行任职回避）",
        " (seeds/002 篇一: 任职回避 for the 居务监督委员会; no statutory rule)",
    ),
    "TK-KIN-3.scrutineers": ("监票人 {name} 是候选人 {candidate} 的{relation}", "scrutineer {name} is a relative ({relation}) of candidate {candidate}"),
    "TK-KIN-3.counters": ("计票人 {name} 是候选人 {candidate} 的{relation}", "counter {name} is a relative ({relation}) of candidate {candidate}"),
    "TK-KIN-3.assisted_writers": (
        "代写人 {name} 是候选人 {candidate} 的{relation}",
        "assisted writer {name} is a relative ({relation}) of candidate {candidate}",
    ),
    "TK-KIN-4": (
        "{pair}为{relation}关系，同为选举委员会成员，不宜同时任职（规程第一章）",
        "{pair} are related ({relation}) and both on the election commission: they should not sit on it together (规程 ch. 1)",
    ),
    # ---------------------------------------------------------------- dates (tallykit/procedure/timeline.py)
    "what.extension": ("期限顺延", "the deadline extension"),
    "what.prospective": ("候选人预备人选公示", "the prospective-candidate 公示"),
    "what.result": ("当选人公示", "the 公示 of the elected"),
    "TK-TIME-1.no_day": (
        "未记载选举日（「election.date」或「timeline.election_day」），时间节点未按选举日核查",
        "no election day recorded (election.date or timeline.election_day); the timeline was not checked against it",
    ),
    "TK-TIME-1.timeline": ("「timeline」中选举日 {timeline} 与「election.date」{date} 不一致", "timeline election day {timeline} differs from election.date {date}"),
    "TK-TIME-1.first": ("第一轮投票日 {vote} 与选举日 {day} 不一致", "the first vote {vote} is not on election day {day}"),
    "TK-TIME-1.order": ("第 {round} 轮投票日 {vote} 早于前一轮或选举日 {previous}", "round {round} on {vote} is before the previous vote or election day {previous}"),
    "TK-TIME-2.order": ("{event} {date} 应{word}{other} {other_date}", "{event} {date} must be {word} {other} {other_date}"),
    "TK-TIME-2.before": ("早于", "before"),
    "TK-TIME-2.on_or_before": ("不晚于", "on or before"),
    "TK-TIME-2.reported": ("选举结果上报日 {reported} 早于最后一轮投票 {formed}", "results reported {reported}, before the last vote {formed}"),
    "TK-TIME-2.before_anchor": ("{event} {date} 早于{anchor} {anchor_date}", "{event} {date} is before {anchor} {anchor_date}"),
    "TK-TIME-3.after": (
        "{event} {date} 晚于选举日 {day}（晚 {late} 日），应在选举日前不少于 {days} 日（开始当日不计入；规则参数“{param}”）",
        "{event} {date} is {late} days after election day {day}; must be at least {days} days before it (start day not counted; {param})",
    ),
    "TK-TIME-3.short": (
        "{event} {date} 距选举日 {day} 为 {n} 日（开始当日不计入），应不少于 {days} 日（规则参数“{param}”）",
        "{event} {date} is {n} days before election day {day} (start day not counted); at least {days} required ({param})",
    ),
    "TK-TIME-4": (
        "{event} {date} 在{anchor} {anchor_date} 之后第 {n} 日，应在 {days} 日内（开始当日不计入，截止 {last}{moved}；规则参数“{param}”）",
        "{event} {date} is {n} days after {anchor} {anchor_date}; must be within {days} days (start day not counted, "
        "last day {last}{moved}; {param})",
    ),
    "TK-TIME-4.unchecked": ("（未能核查 {year} 年节假日顺延）", " (the holiday extension could not be checked for {year})"),
    "TK-TIME-4.moved": ("（已按节假日顺延）", " (moved past days off)"),
    "TK-TIME-5": (
        "请示提交日 {submitted} 距选举日 {day} 为 {n} 日，应在选举 {months} 个月之前（不晚于 {latest}；规则参数“{param}”）",
        "request submitted {submitted}, {n} days before election day {day}; due {months} month(s) before (by {latest}; {param})",
    ),
    "TK-TIME-6": (
        "{what} {start} 至 {end} 共 {n} {unit}（{counted}{source}），应不少于 {need} {unit}（规则参数“{param}”）",
        "{what} from {start} to {end} lasts {n} {unit} ({counted}{source}); at least {need} required ({param})",
    ),
    "TK-TIME-6.working": ("；工作日按{source}", "; working days per {source}"),
    "TK-TIME-6.with_start": ("含开始当日", "start day counted"),
    "TK-TIME-6.without_start": ("开始当日不计入", "start day not counted"),
    "TK-TIME-6.calendar": (
        "{what} {start} 至 {end} 共 {days} 日（{counted}），工作日不会多于 {days} 个，应不少于 {need} 个工作日（规则参数“{param}”；无须节假日数据即可判定）",
        "{what} from {start} to {end} spans {days} calendar days ({counted}), so at most {days} working day(s); at least "
        "{need} working days required ({param}; decided without the holiday calendar)",
    ),
    "TK-TIME-7": (
        "选举日 {day} 与任期届满日 {expires} 相差超过 {months} 个月（应在 {window}；规则参数“{param}”）",
        "election day {day} is more than {months} month(s) from the term's expiry {expires} (must be {window}; {param})",
    ),
    "TK-TIME-7.window": ("{early} — {late}", "{early} — {late}"),
    "TK-TIME-7.by": ("不晚于 {late}", "<= {late}"),
    "TK-TIME-7.republish": (
        "选民名单公布日 {published} 距选举日 {day} 为 {gap} 日，达到 {lead} + {republish} 日：如选举曾推迟 {republish} 日以上（含本数），"
        "须重新公布名单（规则参数“{param}”）",
        "voter list published {published}, {gap} days before election day {day}, at least {lead} + {republish}: if the "
        "election was postponed by {republish} days or more the list must be published again ({param})",
    ),
    "TK-TIME-8.replaced": (
        "{years} 年{what}按所提供的节假日文件计算工作日，替代了法定节假日库中该年的数据（{source}）；请核对该文件与国务院办公厅当年放假通知一致",
        "{years}: {what} counted with the supplied holiday list instead of the statutory holiday library's data for that "
        "year ({source}); check the list against the State Council notice",
    ),
    "TK-TIME-8.supplied": (
        "{years} 年不在法定节假日库（{source}）覆盖范围内；{what}按所提供的节假日文件计算工作日，请核对该文件与国务院办公厅放假通知一致",
        "{years} not covered by the statutory holiday library ({source}); {what} counted with the supplied holiday list; "
        "check it against the State Council notice",
    ),
    "TK-TIME-8.uncovered": (
        "{years} 年不在法定节假日库覆盖范围内，所提供的节假日文件也未覆盖（{source}）：{what}未按工作日核查",
        "{years} not covered by the statutory holiday library, and the supplied holiday list does not cover {years} "
        "either ({source}): {what} not checked in working days",
    ),
    "TK-TIME-8.missing": (
        "{years} 年不在法定节假日库（{source}）覆盖范围内，且未提供节假日文件（--holidays）：{what}未按工作日核查",
        "{years} not covered by the statutory holiday library ({source}) and no holiday list was supplied (--holidays): "
        "{what} not checked in working days",
    ),
}
"""Finding wordings by key (``finding.<key>`` in ``tallykit.text.texts.WORDING``)."""

DOMAINS: dict[str, dict[str, tuple[str, str]]] = {
    # a recorded relation as a kinship finding names it (the zh words of the kin, not of one side)
    "kinship": {
        "spouse": ("配偶", "spouse"),
        "parent": ("父母子女", "parent"),
        "child": ("父母子女", "child"),
        "sibling": ("兄弟姐妹", "sibling"),
        "grandparent": ("祖孙", "grandparent"),
        "grandchild": ("祖孙", "grandchild"),
        "in_law": ("姻亲", "in-law"),
        "other": ("其他亲属", "other"),
    },
    # a party organisation's type before 委员会
    "org": {"branch": ("支部", "branch"), "general_branch": ("总支部", "general branch"), "primary_committee": ("基层", "primary")},
}
"""Closed sets as findings word them, where ``tallykit.text.labels`` words the value otherwise
(``tallykit.text.words.Label``)."""

__all__ = ["DOMAINS", "FINDING"]
