"""The catalogue's section for training (``tallykit drill``): the questions, answers and
explanations of the items ``tallykit.training`` generates, Chinese first with English beside,
keyed ``training.<key>`` in ``WORDING``.

An item carries both languages (``tallykit.training.item.both``); names, numbers and the rules
quoted are its fields, so one wording serves every item of a template.
"""

from __future__ import annotations

TRAINING: dict[str, tuple[str, str]] = {
    # ---------------------------------------------------------------- the rules in a trainee's words
    # (tallykit.training.law): ``rule.<id>``, or ``rule.<id>.<reading>`` where a profile
    # parameter decides the wording
    "rule.P-BALLOT-1": (
        "收回的选票数多于发出的选票数，选举无效，应重新进行选举；等于或少于发出的选票数，选举有效",
        "more ballots returned than issued voids the election, which is held again; as many or fewer is valid",
    ),
    "rule.P-VALID-1": (
        "每张选票所选的人数多于应选人数的为废票，等于或少于应选人数的为有效票；另选的人也算所选的人",
        "a ballot choosing more people than there are seats is void, as many or fewer is valid; written-in people count among those chosen",
    ),
    "rule.P-VALID-2": (
        "选票上作了记号、编号等可以辨认出投票人的，视为废票",
        "a ballot with a number or a mark that could identify the voter is spoiled",
    ),
    "rule.P-VALID-3": (
        "选票部分书写模糊、无法辨认的，无法辨认的部分作废，能辨认的部分有效",
        "where part of a ballot cannot be read, that part is void and the readable part counts",
    ),
    "rule.P-VALID-4": (
        "什么也没画的空白票、对每个人都画×的票，都是有效票，只是不给任何人计票",
        "a blank ballot and a ballot crossing every name are valid; they count for nobody",
    ),
    "rule.P-VALID-5": (
        "对候选人投不赞成票的，可以另选他人；另选的人得到的是赞成票",
        "a voter who disapproves a candidate may write in someone else, who gets an approval",
    ),
    "rule.P-ELECT-2": (
        "得票超过半数的被选举人多于应选名额时，以得票多少为序，至取足应选名额为止",
        "when more people clear the majority than there are seats, they are taken in order of votes until the seats are filled",
    ),
    "rule.P-ELECT-3": (
        "如遇票数相等不能确定当选人时，应就票数相等的被选举人再次投票，得票多的当选；不抽签，也不按姓氏笔画",
        "when equal votes leave the winner undecided, the tied are voted on again and the one with more votes wins; no lot, no stroke order",
    ),
    "rule.P-ELECT-4": (
        "当选人数少于应选名额时，对不足的名额另行选举；如果接近应选名额，经多数选举人同意，也可以减少名额；不得在得票未超过半数的人中按得票多少补足",
        "when fewer are elected than there are seats, the short seats go to a supplementary election, or, close to the quota and with most electors' consent, the seats are reduced; never filled in vote order from those without a majority",
    ),
    "rule.P-QUORUM-2": (
        "因法定情形不能参加会议的党员，经上级党组织同意并经党员大会通过，才可以不计算在应到会人数之内；少了其中任何一项，仍计入应到会人数",
        "a member who cannot attend for a listed reason leaves 应到会 only with the higher organisation's approval and the meeting's vote; without either, they stay in it",
    ),
    "rule.P-CAND-2": (
        "书记、副书记由新一届委员会第一次全体会议选举产生，一般实行等额选举，候选人按上级批准的顺序排列",
        "the 书记 and 副书记 are elected by the new committee at its first plenary meeting, usually one candidate per seat, printed in the order the higher organisation approved",
    ),
    "rule.TK-REC-1": (
        "推荐会须有过半数的应到人员参加，推荐有效",
        "a recommendation meeting counts when more than half of those expected take part",
    ),
    "rule.TK-REC-2": (
        "得到的推荐票超过收回推荐票半数的，才能列入人选；委员初步人选要保持不少于应选人数 20% 的差额",
        "only people with more than half of the recommendation ballots returned are put forward; the initial list keeps a margin of at least 20% of the seats",
    ),
    "rule.V-DOUBLE-MAJORITY-1": (
        "选举村民委员会，有登记参加选举的村民过半数投票，选举有效",
        "the election is valid when more than half of the registered voters vote",
    ),
    "rule.V-DOUBLE-MAJORITY-2": (
        "候选人获得参加投票的村民过半数的选票，始得当选",
        "a candidate needs more than half of the votes of those who voted",
    ),
    "rule.V-SUPP-1": (
        "当选人数不足应选名额的，不足的名额另行选举；不能在得票未过半数的人中按得票多少补足",
        "seats left short go to a supplementary election; they are never filled in vote order from those without a majority",
    ),
    "rule.V-SUPP-3": (
        "另行选举时，以得票多的当选，但所得票数不得少于已投选票数（含无效票）的三分之一",
        "in a supplementary election the most votes win, but never fewer than a third of all ballots cast, invalid ones included",
    ),
    "rule.V-BALLOT-RECON-1": (
        "每次投票收回的选票数多于发出的选票数的，选举无效，应重新投票",
        "more ballots returned than issued voids the vote, which is held again",
    ),
    "rule.V-ROVING-1": (
        "流动票箱、各投票站分别核对发出和收回的选票；任何一处收回多于发出，整个选举无效",
        "every mobile box and polling station is reconciled on its own; one that returns more ballots than it issued voids the whole election",
    ),
    "rule.V-BALLOT-BLANK-1": (
        "空白票、全部画×的选票是有效票；投这些票的村民也算参加了投票",
        "blank and all-× ballots are valid, and their voters took part in the vote",
    ),
    "rule.V-TIE-1": (
        "因票数相等不能确定当选人时，就票数相等的候选人再次投票，以得票多的当选",
        "when equal votes leave the winner undecided, the tied are voted on again and the one with more votes wins",
    ),
    "rule.V-PROXY-1": (
        "选民外出不能投票的，可以书面委托本村有选举权的近亲属代为投票；每一选民接受委托不得超过规定人数，超过部分的委托无效，用这些委托投的票不算任何人参加投票",
        "a voter away may authorise a near relative in writing; nobody may hold more authorisations than allowed, those over the limit are rejected, and ballots cast under them are no one's participation",
    ),
    "rule.V-RECALL-1": (
        "罢免村民委员会成员，须有登记参加选举的村民过半数投票，并须经投票的村民过半数通过；提出罢免要求须有五分之一以上有选举权的村民联名",
        "a recall needs more than half of the registered voters voting and more than half of those voting in favour; it is requested by at least a fifth of the voters jointly",
    ),
    "rule.P-QUORUM-1.>=": (
        "有选举权的到会人数不少于应到会人数的五分之四，会议有效",
        "the meeting is valid when those present are not fewer than four fifths of those expected",
    ),
    "rule.P-QUORUM-1.>": (
        "有选举权的到会人数超过应到会人数的五分之四，方可进行选举；恰好五分之四不算超过",
        "a vote may be held only when those present are more than four fifths of those expected; exactly four fifths is not more",
    ),
    "rule.P-ELECT-1.expected": (
        "被选举人获得的赞成票超过应到会有选举权人数的半数，始得当选；恰好半数不能当选",
        "a person is elected with more approvals than half of the members expected; exactly half does not elect",
    ),
    "rule.P-ELECT-1.present": (
        "被选举人获得的赞成票超过实到会有选举权人数的半数，始得当选；恰好半数不能当选",
        "a person is elected with more approvals than half of the members present; exactly half does not elect",
    ),
    "rule.P-QUORUM-4.four_fifths": (
        "委员会全体会议选举书记、副书记，到会委员须不少于应到会委员的五分之四",
        "the committee meeting electing 书记/副书记 needs four fifths of its members present",
    ),
    "rule.P-QUORUM-4.two_thirds": (
        "委员会全体会议选举书记、副书记，到会委员须超过应到会委员的三分之二",
        "the committee meeting electing 书记/副书记 needs more than two thirds of its members present",
    ),
    "rule.P-MARK-1.void_ballot": (
        "另选他人只写了姓名、没有在其下方画○的，整张选票作废",
        "a written-in name without ○ below it voids the whole ballot",
    ),
    "rule.P-MARK-1.no_vote": (
        "另选他人只写了姓名、没有画○的，该另选人不得票，选票其余部分有效",
        "a written-in name without ○ gets no vote; the rest of the ballot counts",
    ),
    "rule.P-MARK-1.abstain": (
        "另选他人只写了姓名、没有画○的，视为弃权，该另选人不得票",
        "a written-in name without ○ is an abstention and gets no vote",
    ),
    "rule.P-MARK-1.approve": (
        "另选他人写了姓名的，即使没有画○，也视为赞成，该另选人得票",
        "a written-in name counts as an approval even without ○",
    ),
    "rule.V-BALLOT-OVERVOTE-1.section": (
        "某一职位所选的人数多于应选人数的，该职位栏作废，其他职位栏照常计票",
        "a post's section choosing more people than seats is void; the other posts still count",
    ),
    "rule.V-BALLOT-OVERVOTE-1.ballot": (
        "任一职位所选的人数多于应选人数的，整张选票作废",
        "any post choosing more people than seats voids the whole ballot",
    ),
    "rule.V-SAME-PERSON-1.highest_only": (
        "同一人在一张选票上被选为两个以上职务的，只计所选的最高职务，其他职务栏不计他的票",
        "one person chosen for two posts on one ballot counts only for the higher post",
    ),
    "rule.V-SAME-PERSON-1.void_person": (
        "同一人在一张选票上被选为两个以上职务的，他在这张选票上所得的票都无效",
        "one person chosen for two posts on one ballot gets no vote from that ballot at all",
    ),
    "rule.V-POS-2.off": (
        "不实行“上票下加”：每个职位只算本职位栏的得票",
        "no carry-down: each post counts only its own section's votes",
    ),
    "rule.V-POS-2.optional": (
        "低职位名额选不满时，可以把高职位落选人在高职位得的票加到低职位上补足",
        "when a lower post is left short, a higher-post loser's votes there may be added to fill it",
    ),
    "rule.V-POS-2.mandatory": (
        "实行“上票下加”：高职位落选人在高职位得的票一律加到低职位上计算",
        "carry-down: a higher-post loser's votes there are always added to the lower post",
    ),
    "rule.V-WOMEN-1.confirm_first": (
        "村民委员会成员中应当有妇女；主任、副主任当选人中没有妇女的，委员中得票过半数的妇女得票最多者优先当选，其余名额按得票多少确定",
        "the committee must include a woman: with no woman among the 主任/副主任 elected, the woman with most votes among those with a majority is elected member first, the other seats go by votes",
    ),
    "rule.V-WOMEN-1.reserved_seat": (
        "主任、副主任当选人中没有妇女的，委员中保留一个名额给妇女：得票过半数的妇女得票最多者当选；没有妇女得票过半数的，这个名额空出，另行选举妇女",
        "with no woman among the 主任/副主任 elected, one member seat is kept for a woman: the woman with most votes and a majority takes it; with none, it stays empty for a supplementary election",
    ),
    "rule.V-WOMEN-1.supplementary_with_woman": (
        "没有妇女当选的，另行选举时候选人中应有妇女",
        "with no woman elected, the supplementary election must have a woman candidate",
    ),
    "rule.V-WOMEN-1.none": (
        "对妇女成员不作特别规定：委员按得票多少确定",
        "the adopted rules make no provision for women: members are taken by votes",
    ),
    # the rules an election follows, for a question's first line; where a rule is written
    "regime.villager": (
        "按{law}和本省村民委员会选举办法",
        "under the villagers' committee law and provincial rules",
    ),
    "source.local": (
        "各地规定不一，以本次通过的选举办法为准",
        "local rules differ; the adopted election rules decide",
    ),
    "source.residents": (
        "{law}及本省居民委员会选举办法",
        "Organic Law of Urban Residents' Committees and provincial rules",
    ),
    "regime.party-1990": (
        "按当时适用的{regulation}",
        "under the 1990 party regulation then in force",
    ),
    "regime.party": ("按{regulation}", "under the 2020 party regulation"),
    "regime.residents": (
        "按{law}和本省居民委员会选举办法",
        "under the residents' committee law and provincial rules",
    ),
    "source.unverified": (
        "{regulation}，条号待核",
        "2020 party regulation, article unverified",
    ),
    "source.villager": ("{law}", "Organic Law of Villagers' Committees"),
    "source.guide": (
        "{guide}及各省选举办法",
        "Ministry of Civil Affairs election guide (2013) and provincial rules",
    ),
    # ---------------------------------------------------------------- the topics' titles (``title.<topic>``)
    "title.returned_exceeds_issued": (
        "收回选票多于发出选票",
        "More ballots returned than issued",
    ),
    "title.tie_last_seat": ("最后一个名额票数相等", "A tie at the last seat"),
    "title.tie_not_deciding": ("不影响当选的票数相等", "A tie that decides nothing"),
    "title.exactly_half": ("恰好半数与过半数", "Exactly half and one over half"),
    "title.quorum_four_fifths": (
        "到会人数恰为五分之四",
        "Exactly four fifths present",
    ),
    "title.exclusions": ("应到会人数与不计入的党员", "Who stays in 应到会"),
    "title.over_quota_writein": ("多选并另选他人", "Over the quota with a write-in"),
    "title.identifying_mark": ("选票上作记号", "An identifying mark"),
    "title.partly_unreadable": ("部分无法辨认", "Partly unreadable"),
    "title.writein_without_mark": (
        "另选他人未画符号",
        "A write-in without an approval mark",
    ),
    "title.blank_and_all_x": ("空白票与全画×的票", "Blank and all-× ballots"),
    "title.shortfall": (
        "过半数的不足应选名额",
        "Fewer clear the majority than there are seats",
    ),
    "title.secretary_first_meeting": ("书记、副书记的选举", "Electing the 书记 and 副书记"),
    "title.recommendation": ("两推的推荐票", "The recommendation vote"),
    "title.recall": ("罢免的表决", "A recall vote"),
    "title.proxy_over_limit": ("受托人超过委托限额", "A proxy over the limit"),
    "title.double_majority": ("双过半的边界", "The double majority at its boundary"),
    "title.third_floor": (
        "另行选举的三分之一",
        "The one-third floor of a supplementary election",
    ),
    "title.same_person_two_posts": ("同一人被选为两个职务", "One person on two posts"),
    "title.carry_down": ("上票下加", "Carry-down of higher-post votes"),
    "title.womens_guarantee": ("妇女成员的保障", "The women's guarantee"),
    "title.womens_seat": ("妇女专职专选的名额", "The seat kept for a woman"),
    "title.mobile_box": ("流动票箱的核对", "Reconciling a mobile box"),
    "title.mistake": ("计票人的错误", "The counter's mistake"),
    "title.tally": (
        "计票练习：一叠选票",
        "Tally exercise: a stack of ballots",
    ),
    # ---------------------------------------------------------------- an item's answer (catalogue.item_of):
    # why, then what the count gave
    "answer": ("{why}。{summary}", "{why}. {summary}"),
    # ---------------------------------------------------------------- questions several topics ask
    "gets_vote": ("{name} 得票吗？", "Does {name} get a vote?"),
    "is_elected": ("{name} 当选吗？", "Is {name} elected?"),
    "elected_post": ("当选的{post}", "{post} elected"),
    "gets_vote_from": ("{name} 从这张票得票吗？", "Does {name} get a vote from it?"),
    # ---------------------------------------------------------------- the opening lines (tallykit.training.words)
    "party_intro": (
        "{date}，{org}召开党员大会选举委员 {seats} 名，应到会有选举权的党员 {expected} 人，实到会 {present} 人（{regime}）。",
        "On {date} the members' meeting of {org} elects {seats} committee members; {expected} voting members expected, {present} present ({regime}).",
    ),
    "post_seats": ("{post} {seats} 名", "{post} {seats}"),
    "village_intro": (
        "{date}，{org}换届选举（{regime}）：{posts}，登记参加选举的选民 {registered} 人。",
        "On {date}, {org} elects its committee ({regime}): {posts}; {registered} registered voters.",
    ),
    "village_intro_voted": (
        "{date}，{org}换届选举（{regime}）：{posts}，登记参加选举的选民 {registered} 人，参加投票 {voted} 人。",
        "On {date}, {org} elects its committee ({regime}): {posts}; {registered} registered voters, {voted} voted.",
    ),
    # ---------------------------------------------------------------- shared
    "shared.returned_issued_count_ballots": (
        "{rule}。收回 {returned} > 发出 {issued}：先核对张数，多出即整轮无效，不再看任何一张选票，也不能抽出作废",
        "{rule}. {returned} returned > {issued} issued: the count of ballots comes first, and one too many voids the round before any ballot is looked at; no ballot may be pulled out",
    ),
    "shared.have_each_both_majority": (
        "{rule}。{first}、{second} 各得 {cut} 票，都过半数，名额只剩 1 个",
        "{rule}. {first} and {second} have {cut} each, both a majority, for the one seat left",
    ),
    "shared.count_usual": ("照常计票，按得票确定当选人", "count as usual"),
    "shared.pull_one_ballot_out": (
        "抽出多出的 1 张作废，其余照常计票",
        "pull one ballot out and count the rest",
    ),
    "shared.earlier_stroke_order": (
        "{first} 当选（姓氏笔画在前）",
        "{first} (earlier in stroke order)",
    ),
    "shared.both_elected": ("两人都当选", "both are elected"),
    "shared.voted_again_more_votes": (
        "就 {first}、{second} 再次投票，得票多的当选",
        "{first} and {second} are voted on again; more votes wins",
    ),
    "shared.draw_lots": ("抽签决定", "draw lots"),
    "shared.votes_decide_no_re": (
        "按得票多少确定当选人，不用再次投票",
        "the votes decide; no re-vote",
    ),
    "shared.voted_again": ("就 {a}、{b} 再次投票", "{a} and {b} are voted on again"),
    "shared.ballots_issued_came_out": (
        "{intro}发出选票 {issued} 张，开箱清点收回 {returned} 张。要先判断每张选票是否有效吗？这一轮结果如何？",
        "{intro} {issued} ballots were issued and {returned} came out of the box. Judge the ballots first? How does the round end?",
    ),
    "shared.issued_returned_counter_suggests": (
        "{intro}发出选票 {issued} 张，收回 {returned} 张。计票人提议随便抽出一张作废，其余照常计票。可以吗？收回多少张以内本轮才有效？",
        "{intro} {issued} issued, {returned} returned. A counter suggests pulling one ballot out and counting the rest. Allowed? Up to how many returned is it valid?",
    ),
    "shared.round_votes_recorded_both": (
        "{intro}第 1 轮{post}得票见计票记录：{first} 与 {second} 都过半数，票数相等，争最后一个名额。怎么办？",
        "{intro} Round 1's {post} votes are recorded: {first} and {second} both have a majority and equal votes for the last seat. What now?",
    ),
    "shared.round_tied_last_seat": (
        "{intro}第 1 轮 {first} 与 {second} 票数相等争最后一个{post}名额，第 2 轮就二人再次投票。两轮得票见计票记录。当选的{post}是哪几位？",
        "{intro} In round 1 {first} and {second} tied for the last {post} seat; round 2 voted on them again. Both rounds' votes are recorded. Who is elected {post}?",
    ),
    "shared.both_have_votes_recorded": (
        "{intro}{post}候选人 {a} 与 {b} 都得 {v} 票（见计票记录）。要就二人再次投票吗？当选的{post}是哪几位？",
        "{intro} {a} and {b} both have {v} {post} votes (recorded). Re-vote? Who is elected {post}?",
    ),
    "shared.votes_recorded_level_counter": (
        "{intro}{post}得票见计票记录，{a} 与 {b} 票数相等。计票人说要先就二人再次投票，才能宣布结果。对吗？",
        "{intro} The {post} votes are recorded; {a} and {b} are level. A counter says they must be voted on again before the result is announced. Right?",
    ),
    "shared.votes_recorded_level_how": (
        "{intro}{post}得票见计票记录，{a} 与 {b} 票数相等。怎么确定当选人？",
        "{intro} The {post} votes are recorded; {a} and {b} are level. How are the winners decided?",
    ),
    "shared.round": ("这一轮", "The round"),
    "shared.allowed": ("可以这样做吗？", "Allowed?"),
    "shared.most_ballots_returned_still": (
        "最多收回多少张本轮仍有效？",
        "Most ballots returned, still valid",
    ),
    "shared.last_seat": ("最后一个名额", "The last seat"),
    "shared.elected_both_rounds": ("当选的{post}（两轮合计）", "{post} elected (both rounds)"),
    "shared.re_vote_needed": ("需要再次投票吗？", "Re-vote needed?"),
    "shared.counter_right": ("计票人说得对吗？", "Is the counter right?"),
    "shared.how": ("怎么确定", "How"),
    "shared.level_why": (
        "{rule}。票数相等只有在决定最后一个名额时才要再次投票；{a}、{b} 都{where}，票数相等不影响谁当选",
        "{rule}. Equal votes matter only when they decide the last seat; {a} and {b} are both {where}, so the tie decides nothing",
    ),
    "shared.level_inside": ("在名额之内，一起当选", "within the seats and elected"),
    "shared.level_below": ("未过半数，谁也不当选", "without a majority"),
    # ---------------------------------------------------------------- committee
    "committee.base_members_not_more": (
        "{rule}。基数是{base_word} {base} 人：{half} 2×{less}={twice_less}，不大于 {base}，恰好半数，不能当选；{over} 2×{win}={twice_win} > {base}，过半数",
        "{rule}. The base is the {base_word}, {base}: {half} 2×{less}={twice_less} is not more than {base}, exactly half, not elected; {over} 2×{win}={twice_win} > {base}",
    ),
    "committee.has_full_members_elects": (
        "{org}有正式党员 {members} 名，选举委员 {seats} 名。报告的应到会人数为 {expected} 人，不计入应到会的 3 名党员见下表；实到会 {present} 人。",
        "{org} has {members} full members and elects {seats}. The report gives {expected} expected, leaving out the 3 members listed below; {present} are present.",
    ),
    "committee.lacks_stays": (
        "{rule}。{who} 缺少{lack}，仍计入应到会：{expected}+1={truth} 人",
        "{rule}. {who} lacks {lack} and stays in: {expected}+1={truth}",
    ),
    "committee.quorum_why": (
        "{rule}。5×实到 {op} 4×应到：5×{p}={p5}，4×{e}={e4}，{verdict}",
        "{rule}. 5×present {op} 4×expected: 5×{p}={p5}, 4×{e}={e4}: {verdict}",
    ),
    "committee.quorum_met": ("符合，会议有效", "met, the meeting is valid"),
    "committee.quorum_short": (
        "恰好五分之四不算“超过”，不得进行选举",
        "exactly four fifths is not 'more than': no vote",
    ),
    "committee.approvals_plus_write_make": (
        "{rule}。画○ {s} 人加另选 {w} 共 {chosen} 人，多于应选 {s} 人：整张选票无效，谁也不得票",
        "{rule}. {s} approvals plus the write-in {w} make {chosen} > {s} seats: the whole ballot is void",
    ),
    "committee.mark_can_identify_voter": (
        "{rule}。作记号可以认出投票人，破坏无记名投票：整张视为废票，谁也不得票，但仍算收回的选票",
        "{rule}. A mark can identify the voter and breaks the secret ballot: the whole ballot is spoiled and counts for nobody, though it is still a returned ballot",
    ),
    "committee.mark_cannot_read_no": (
        "{rule}。{blur} 处无法辨认，不得票；{ok} 得 1 票；这张票是部分有效，算有效票",
        "{rule}. {blur}'s mark cannot be read, no vote; {ok} gets the vote; the ballot is partly valid and counts as valid",
    ),
    "committee.local_rules_differ_write": (
        "各地选举办法对只写姓名不画○的另选人规定不一，按本次通过的选举办法：{rule}",
        "local rules differ on a write-in without ○; the adopted rules decide: {rule}",
    ),
    "committee.these_ballots_not_change": (
        "{rule}。{base_rule}：当选票数的基数不因这 {blank_or_crossed} 张票改变",
        "{rule}. {base_rule}: these {blank_or_crossed} ballots do not change the base",
    ),
    "committee.not_more_than_no": (
        "{rule}。{name} 2×{less}={twice_less}，不大于 {base}，未过半数，不能补上",
        "{rule}. {name}: 2×{less}={twice_less} is not more than {base}, no majority, so not elected",
    ),
    "committee.meeting_valid_votes_decide": (
        "会议有效，按得票确定当选人",
        "the meeting is valid; the votes decide",
    ),
    "committee.too_few_present_round": (
        "到会人数不够，本轮选举无效，不得进行选举",
        "too few present: the round is void",
    ),
    "committee.ill_unable_express_will": (
        "因病不能表达本人意志",
        "ill and unable to express a will",
    ),
    "committee.abroad_own_expense_six": (
        "自费出国半年以上",
        "abroad at own expense for six months or more",
    ),
    "committee.old_frail_bedridden": ("年老体弱、卧床不起", "old, frail and bedridden"),
    "committee.working_away_six_months": (
        "外出务工半年以上，组织关系未转出",
        "working away six months or more, relationship not moved",
    ),
    "committee.valid_ballots": ("有效票数", "valid ballots"),
    "committee.next_votes_takes": (
        "由得票第 {seats} 多的 {name} 补上",
        "{name}, next in votes, takes it",
    ),
    "committee.supplementary_election_recorded_seat": (
        "对缺额另行选举，或接近应选名额时经多数选举人同意减少名额",
        "a supplementary election, or a recorded seat reduction",
    ),
    "committee.whole_round_void_held": (
        "整轮选举无效，全部重新投票",
        "the whole round is void and held again",
    ),
    "committee.after_count_has_votes": (
        "{intro}唱票结束，{half} 得 {less} 票，{over} 得 {win} 票。二人是否当选？",
        "{intro} After the count {half} has {less} votes and {over} {win}. Is either elected?",
    ),
    "committee.how_many_votes_member": (
        "{intro}委员至少要得多少票才能当选？{half} 得 {less} 票，能当选吗？",
        "{intro} How many votes does a member need at least? {half} has {less}: elected?",
    ),
    "committee.votes_recorded_tally_who": (
        "{intro}各候选人得票见计票记录。请写出当选的委员。",
        "{intro} The votes are in the recorded tally. Who is elected?",
    ),
    "committee.election_meeting_valid": (
        "{intro}这次选举大会有效吗？",
        "{intro} Is the election meeting valid?",
    ),
    "committee.how_many_must_present": (
        "{intro}按规定至少要到会多少人才能进行选举？本次到会人数够吗？",
        "{intro} How many must be present at least for a vote? Are there enough?",
    ),
    "committee.how_round_end": ("{intro}本轮结果如何？", "{intro} How does the round end?"),
    "committee.how_many_expected_under": (
        "{intro}按规定应到会人数是多少？",
        "{intro} How many are expected under the rules?",
    ),
    "committee.may_left_out_how": (
        "{intro}{who} 可以不计入应到会人数吗？当选至少要得多少票？",
        "{intro} May {who} be left out of 应到会? How many votes does a member need at least?",
    ),
    "committee.ballot_shown_approves_candidates": (
        "{intro}下面这张选票在 {s} 名候选人上方画了○，又在另选栏写了 {w} 并画○。这张选票怎么处理？",
        "{intro} The ballot shown approves {s} candidates and writes in {w} with ○. How is it treated?",
    ),
    "committee.ballot_shown_counter_gives": (
        "{intro}这张选票见下。计票人给画○的 {s} 人各记 1 票，另选的 {w} 不记。对吗？",
        "{intro} The ballot is shown. A counter gives the {s} approved a vote each and {w} none. Right?",
    ),
    "committee.ballot_shown_marked_correctly": (
        "{intro}下面这张选票符号都合规定，但空白处写了一个编号。这张票怎么算？",
        "{intro} The ballot shown is marked correctly but carries a number in the margin. How is it counted?",
    ),
    "committee.ballot_shown_has_marks": (
        "{intro}下面这张选票画了○，空白处另有涂写。它还算收回的选票吗？{name} 从这张票得票吗？",
        "{intro} The ballot shown has its ○ marks and a scrawl in the margin. Is it still a returned ballot? Does {name} get a vote from it?",
    ),
    "committee.ballot_shown_mark_over": (
        "{intro}下面这张选票上，{blur} 上方的符号涂得看不清，{ok} 上方清楚地画了○。这张票怎么算？",
        "{intro} On ballot 1 (shown) the mark over {blur} cannot be read; {ok} has a clear ○. How is it counted?",
    ),
    "committee.ballot_shown_counter_says": (
        "{intro}这张选票见下。计票人说：有一处看不清，整张作废。对吗？{blur} 和 {ok} 各得票吗？",
        "{intro} The ballot is shown. A counter says one unreadable mark voids it. Right? Do {blur} and {ok} get votes?",
    ),
    "committee.writein_how_counted": (
        "{intro}本次选举办法规定：{rule}。下面这张选票对 {c} 画×，在下方另选栏写了 {w}，但没有画○。怎么算？",
        "{intro} The adopted rules say: {rule}. The ballot shown crosses {c} and writes in {w} without a ○. How is it counted?",
    ),
    "committee.ballot_shown_writes_without": (
        "{intro}下面这张选票在另选栏写了 {w}，没有画○。本次选举办法规定：{rule}。{w} 得票吗？这张票有效吗？",
        "{intro} The ballot shown writes in {w} without a ○. The adopted rules say: {rule}. Does {w} get a vote? Is the ballot valid?",
    ),
    "committee.ballots_blank_kind_cross": (
        "{intro}有 {blanks} 张选票什么也没画（第 1 种），{crosses} 张对每个人都画了×（第 2 种）。这些票有效吗？",
        "{intro} {blanks} ballots are blank (kind 1) and {crosses} cross every name (kind 2). Are they valid?",
    ),
    "committee.blank_all_ballots_shown": (
        "{intro}有 {blanks} 张空白票、{crosses} 张全画×的票（见下）。有人说去掉这些票，当选所需的票数就低了。当选须超过哪个人数的半数？",
        "{intro} {blanks} blank and {crosses} all-× ballots (shown). Someone says without them fewer votes would elect. More than half of what elects?",
    ),
    "committee.only_have_majority_next": (
        "{intro}只有 {above} 人过半数；得票第 {seats} 多的 {name} 得 {less} 票。能否让 {name} 补上最后一个名额？",
        "{intro} Only {above} have a majority; the next, {name}, has {less}. May {name} take the last seat?",
    ),
    "committee.votes_recorded_who_elected": (
        "{intro}得票见计票记录。当选的委员是哪几位？还缺几名？",
        "{intro} The votes are recorded. Who is elected? How many seats are short?",
    ),
    "committee.fewest_votes_elect": ("当选至少要得多少票？", "Fewest votes that elect?"),
    "committee.members_elected": ("当选的委员", "Members elected"),
    "committee.vote_valid": ("选举有效吗？", "Is the vote valid?"),
    "committee.fewest_present": ("至少到会人数", "Fewest present"),
    "committee.enough_present": ("到会人数够吗？", "Enough present?"),
    "committee.round": ("本轮结果", "The round"),
    "committee.expected_number": ("应到会人数", "Members expected"),
    "committee.may_left_out": ("{who} 可以不计入吗？", "May {who} be left out?"),
    "committee.ballot": ("这张选票是", "This ballot is"),
    "committee.right": ("计票人这样记对吗？", "Is that right?"),
    "committee.still_returned_ballot": ("算收回的选票吗？", "Still a returned ballot?"),
    "committee.void_whole_ballot": ("整张作废对吗？", "Void the whole ballot?"),
    "committee.blank_ballot": ("空白票是", "A blank ballot is"),
    "committee.all_ballot": ("全画×的票是", "An all-× ballot is"),
    "committee.more_than_half": ("当选须超过……的半数", "More than half of"),
    "committee.these_ballots": ("这些票是", "These ballots are"),
    "committee.may_take": ("{name} 可以补上吗？", "May {name} take it?"),
    "committee.short_seat": ("缺的名额怎么办？", "The short seat"),
    "committee.seats_short": ("缺额", "Seats short"),
    # ---------------------------------------------------------------- officers
    "officers.why": (
        "{cand}。{quorum}。当选须过半数，基数是应到会委员 {size} 人（{elect}）：{sec} 2×{got}={got2}{verdict}{overvote}",
        "{cand}. {quorum}. A majority of the {size} members expected elects ({elect}): {sec} 2×{got}={got2}{verdict}{overvote}",
    ),
    "officers.won": (" > {size}，当选", " > {size}, elected"),
    "officers.lost": ("，不大于 {size}，未当选", ", not more than {size}, not elected"),
    "officers.overvote": (
        "；书记只选 1 人，赞成候选人又另选他人是选了 2 人，多于应选人数，整张作废",
        "; approving the candidate and a write-in for the one 书记 seat chooses 2 for 1: the ballot is void",
    ),
    "officers.new_committee_members_holds": (
        "{date}，{org}新一届委员会（委员 {size} 名）召开第一次全体会议，等额选举{posts}，到会委员 {present} 名。",
        "On {date} the new committee of {org} ({size} members) holds its first plenary meeting and elects {posts} with one candidate each; {present} members present.",
    ),
    "officers.has_votes_elected_how": (
        "{where}书记候选人 {sec} 得 {got} 票。{sec} 当选书记吗？当选至少要得多少票？",
        "{where} {sec} has {got} votes for 书记. Elected? How many votes elect at least?",
    ),
    "officers.how_many_members_must": (
        "{where}选举书记、副书记至少要到会多少名委员？",
        "{where} How many members must be present at least?",
    ),
    "officers.ballot_shown_approves_also": (
        "{where}下面这张选票对书记候选人 {sec} 画了○，又在另选栏写了委员 {member} 并画○。这张票怎么算？",
        "{where} The ballot shown approves {sec} for 书记 and also writes in the member {member} with ○. How is it counted?",
    ),
    "officers.fewest_members_present": ("至少到会委员", "Fewest members present"),
    # ---------------------------------------------------------------- recommendation
    "recommendation.holds_recommendation_vote_committee": (
        "{date}，{org}换届“两推”：党员推荐委员人选（拟选 {seats} 名），应参加 {expected} 人，实到 {present} 人，收回推荐票 {returned} 张。",
        "On {date}, {org} holds its recommendation vote for {seats} committee seats: {expected} expected, {present} attend, {returned} ballots returned.",
    ),
    "recommendation.votes_least": (
        "{att}：2×{p}={twice_present} > {e}。{rec}：2×得票 > {returned}，至少 {least} 票",
        "{att}: 2×{p}={twice_present} > {e}. {rec}: 2×votes > {returned}, at least {least}",
    ),
    "recommendation.votes_recorded_who_put": (
        "{where}得票见计票记录。哪些人可以列入人选？",
        "{where} The votes are recorded. Who is put forward?",
    ),
    "recommendation.vote_count_how_many": (
        "{where}这次推荐有效吗？列入人选至少要得多少推荐票？",
        "{where} Does the vote count? How many votes does a person need at least?",
    ),
    "recommendation.put_forward": ("列入人选的", "Put forward"),
    "recommendation.count": ("推荐有效吗？", "Does it count?"),
    "recommendation.fewest_votes": ("至少推荐票", "Fewest votes"),
    # ---------------------------------------------------------------- recall
    "recall.votes_recalling_requested_voters": (
        "{date}，{org}对成员 {who} 进行罢免表决：{signatures} 名有选举权的村民联名提出（有选举权的村民 {eligible} 人），登记选民 {reg} 人，发出表决票 {issued} 张，收回 {returned} 张。",
        "On {date}, {org} votes on recalling {who}: requested by {signatures} of {eligible} voters; {reg} registered, {issued} ballots issued, {returned} returned.",
    ),
    "recall.not_more_than_registered": (
        "{rule}。2×{returned}={twice_returned}，不大于登记 {reg} 人，恰好一半，表决无效",
        "{rule}. 2×{returned}={twice_returned} is not more than the {reg} registered: exactly half, the vote is void",
    ),
    "recall.vote_counts": (
        "{rule}。2×{returned}={twice_returned} > {reg}，表决有效；{parts}",
        "{rule}. 2×{returned}={twice_returned} > {reg}: the vote counts; {parts}",
    ),
    "recall.in_favour": ("{name} 得赞成罢免票 {votes} 张", "{name} {votes} in favour"),
    "recall.recalled_why": (
        "{name} 2×{votes}={twice} > {returned}，罢免",
        "{name} 2×{votes}={twice} > {returned}: recalled",
    ),
    "recall.kept_why": (
        "{name} 2×{votes}={twice}，不大于 {returned}，未罢免",
        "{name} 2×{votes}={twice}, not more than {returned}: not recalled",
    ),
    "recall.who_recalled": ("{where}{counts}。谁被罢免？", "{where} {counts}. Who is recalled?"),
    "recall.vote_count_how_many": (
        "{where}这次表决有效吗？罢免至少要得多少张赞成票？",
        "{where} Does the vote count? How many votes in favour recall at least?",
    ),
    "recall.how_many_voters_must": (
        "{where}提出罢免要求至少要多少名有选举权的村民联名？本次够吗？",
        "{where} How many voters must sign the request at least? Enough here?",
    ),
    "recall.recalled": ("{t} 被罢免了吗？", "Is {t} recalled?"),
    "recall.count": ("表决有效吗？", "Does it count?"),
    "recall.fewest_votes_favour": ("罢免至少要得赞成票", "Fewest votes in favour"),
    "recall.fewest_signatures": ("至少联名人数", "Fewest signatures"),
    "recall.enough": ("联名人数够吗？", "Enough?"),
    # ---------------------------------------------------------------- villager
    "villager.round_left_one_seat": (
        "{intro}第一次投票{member}缺 1 名，另行选举{member} 1 名：",
        "{intro} Round 1 left one {member} seat; a supplementary election for 1:",
    ),
    "villager.without_repeated_section_within": (
        "{rule}。去掉重复的 {x} 后，{member}栏没有多选，这张票{status}",
        "{rule}. Without the repeated {x} the {member} section is within its seats: the ballot is {status}",
    ),
    "villager.section_chooses_seats": (
        "{rule}。{member}栏选了 {seats}+1={chosen} 人，多于应选 {seats} 人",
        "{rule}. The {member} section chooses {seats}+1={chosen} for {seats} seats",
    ),
    "villager.base_not_more_than": (
        "{blank}。{two}：基数是 {n}。{name} 2×{half}={n}，不大于 {n}，未过半数——虽然去掉这 {blank_or_crossed} 张票就过半了",
        "{blank}. {two}: the base is {n}. {name} 2×{half}={n} is not more than {n}: no majority, though without these {blank_or_crossed} ballots it would be",
    ),
    "villager.only_woman_can_take": (
        "{post}只能由妇女当选（专职专选）：{man} 得票再多也不能当选；{a} 2×{va}={twice}，不大于 {n}，未过半数，这个名额另行选举。{rule}",
        "only a woman can take the {post} seat: {man} cannot, however many votes; {a}: 2×{va}={twice} is not more than {n}, so the seat goes to a supplementary election. {rule}",
    ),
    "villager.brings_authorisations_see_register": (
        "{intro}{holder} 带来 {next} 份委托书（见委托投票登记），选举委员会只受理了前 {limit} 份。",
        "{intro} {holder} brings {next} authorisations (see the register); the commission accepts the first {limit}.",
    ),
    "villager.limit_th_refused_casts": (
        "{rule}。限额 {limit} 份，第 {next} 份委托无效，不予受理、不投票；{holder} 本人和前 {limit} 份委托的选票有效，参加投票 {n} 人。{top}：2×{h}={twice} > {n}，过半数当选。若那份委托也投了票并计入，记录的收回选票、参加投票人数就多算了一张，须更正（核查给出 TK-PROXY-1 错误）",
        "{rule}. The limit is {limit}; the {next}th is refused and casts no ballot; {holder}'s own ballot and the first {limit} proxy ballots count: {n} took part. {top}: 2×{h}={twice} > {n}, elected. Had it been used and counted, the recorded ballots and voters would include one ballot too many and must be corrected (verify gives a TK-PROXY-1 error)",
    ),
    "villager.voted_not_more_than": (
        "{one}。参加投票 {n} 人，登记 {reg} 人：2×{n}={twice}，不大于 {reg}，恰好一半不算过半数，选举无效",
        "{one}. {n} voted of {reg}: 2×{n}={twice} is not more than {reg}; exactly half is no majority",
    ),
    "villager.not_more_than_most": (
        "{one}：2×{n}={twice} > {reg}，选举有效。{two}：{top} 2×{half}={n}，不大于 {n}，未过半数，得票最多也不能当选，{head}另行选举",
        "{one}: 2×{n}={twice} > {reg}. {two}: {top} 2×{half}={n} is not more than {n}; most votes without a majority do not elect; {head} goes to a supplementary election",
    ),
    "villager.everyone_who_voted_blank": (
        "参加投票的人数（含投空白票、全画×票的人）",
        "everyone who voted, blank and all-× included",
    ),
    "villager.ballots_approving_somebody": (
        "有效票中赞成过某人的票数",
        "ballots approving somebody",
    ),
    "villager.registered_voters": ("登记选民人数", "registered voters"),
    "villager.not_more_than_kept": (
        "{rule}。{woman} 2×{w}={twice}，不大于 {n}，未过半数：保留的名额空出，另行选举",
        "{rule}. {woman}: 2×{w}={twice} is not more than {n}: the kept seat stays empty",
    ),
    "villager.valid_votes_decide": ("选举有效，按得票确定当选人", "valid; the votes decide"),
    "villager.mobile_box_ballots_voided": (
        "流动票箱的选票作废，其余照常计票",
        "the mobile box's ballots are voided, the rest counted",
    ),
    "villager.whole_election_void_held": (
        "整个选举无效，重新投票",
        "the whole election is void and held again",
    ),
    "villager.has_most_votes_elected": (
        "{top} 得票最多，当选",
        "{top} has most votes and is elected",
    ),
    "villager.no_elected_supplementary_election": (
        "{head}未选出，另行选举",
        "no {head} elected: supplementary election",
    ),
    "villager.whole_election_void": ("整个选举无效，重新选举", "the whole election is void"),
    "villager.election_valid": ("{intro}这次选举有效吗？", "{intro} Is the election valid?"),
    "villager.how_many_must_vote": (
        "{intro}至少要有多少人参加投票，选举才有效？本次有效吗？",
        "{intro} How many must vote at least for a valid election? Is this one valid?",
    ),
    "villager.tops_vote_elected": (
        "{intro}{head}候选人 {top} 得 {half} 票，得票最多。{top} 当选吗？",
        "{intro} {top} tops the {head} vote with {half}. Elected?",
    ),
    "villager.tops_vote_what_happens": (
        "{intro}{head}候选人 {top} 得 {half} 票，得票最多。{head}职位怎么办？",
        "{intro} {top} tops the {head} vote with {half}. What happens to the {head} seat?",
    ),
    "villager.ballots_cast_invalid_leads": (
        "{intro}投票 {cast} 张（含无效票 {bad} 张），{leader} 得 {top} 票，得票最多。{leader} 当选吗？",
        "{intro} {cast} ballots cast ({bad} invalid); {leader} leads with {top}. Elected?",
    ),
    "villager.ballots_cast_invalid_fewest": (
        "{intro}投票 {cast} 张（含无效票 {bad} 张）。当选至少要得多少票？{leader} 得 {top} 票，当选吗？",
        "{intro} {cast} ballots cast ({bad} invalid). Fewest votes that elect? {leader} has {top}: elected?",
    ),
    "villager.same_person_valid": (
        "{intro}本次选举办法规定：{rule}。下面这张选票{head}栏选了 {x}，{member}栏又另选了 {x}。这张票有效吗？{x} 得{head}票吗？得{member}票吗？",
        "{intro} The adopted rules say: {rule}. The ballot shown chooses {x} for {head} and writes {x} in as {member} too. Valid? Does {x} get the {head} vote? The {member} vote?",
    ),
    "villager.ballot_shown_chooses_both": (
        "{intro}下面这张选票把 {x} 同时选为{head}和{member}。本次选举办法规定：{rule}。计票人怎么记？",
        "{intro} The ballot shown chooses {x} for both {head} and {member}. The adopted rules say: {rule}. How is it recorded?",
    ),
    "villager.over_quota_writein_treated": (
        "{intro}本次选举办法规定：{rule}。下面这张选票{member}栏画了 {seats} 个○，又另选 {w} 并画○。这张票怎么处理？{head}栏选的 {h} 得票吗？",
        "{intro} The adopted rules say: {rule}. The ballot shown approves {seats} for {member} and writes in {w} with ○. How is it treated? Does {h} get the {head} vote?",
    ),
    "villager.ballot_shown_has_seats": (
        "{intro}这张选票见下，{member}应选 {seats} 名。本次选举办法规定：{rule}。{w} 得票吗？{h} 得{head}票吗？",
        "{intro} The ballot is shown; {member} has {seats} seats. The adopted rules say: {rule}. Does {w} get a vote? Does {h} get the {head} vote?",
    ),
    "villager.ballots_blank_cross_everything": (
        "{intro}其中 {blanks} 张什么也没画，{crosses} 张全画×（见下）。{member}候选人 {name} 得 {half} 票，当选吗？",
        "{intro} {blanks} ballots are blank and {crosses} cross everything (shown). {name} has {half} votes for {member}. Elected?",
    ),
    "villager.someone_says_blank_all": (
        "{intro}有人说 {blank_or_crossed} 张空白票和全画×的票（见下）没有选任何人，不该算进当选所需的票数。当选须超过哪个人数的半数？{name} 得 {half} 票，当选吗？",
        "{intro} Someone says the {blank_or_crossed} blank and all-× ballots (shown) chose nobody and should not count toward the threshold. More than half of what elects? {name} has {half}: elected?",
    ),
    "villager.carry_down_elected": (
        "{intro}本次选举办法规定：{rule}。{loser} 竞选{head}得 {head_votes} 票落选，{member}栏另有 {member_votes} 张选票另选了 {loser}。{member}只有 {above} 人过半数。{loser} 能当选{member}吗？",
        "{intro} The adopted rules say: {rule}. {loser} lost the {head} race with {head_votes} and was written in for {member} on {member_votes} ballots; only {above} {member} have a majority. Is {loser} elected {member}?",
    ),
    "villager.carry_down_who": (
        "{intro}本次选举办法规定：{rule}。得票见计票记录（{loser} 在{member}栏是另选的）。当选的{member}是哪几位？",
        "{intro} The adopted rules say: {rule}. The votes are recorded ({loser} is a write-in for {member}). Who is elected {member}?",
    ),
    "villager.womens_guarantee_who": (
        "{intro}本次选举办法规定：{rule}。主任、副主任当选的都是男性；{member}得票见计票记录，女候选人 {woman} 得 {w} 票。当选的{member}是哪几位？",
        "{intro} The adopted rules say: {rule}. The 主任 and 副主任 elected are men; the {member} votes are recorded, the woman {woman} has {w}. Who is elected {member}?",
    ),
    "villager.woman_placed": (
        "{intro}本次选举办法规定：{rule}。主任、副主任当选的都是男性，女候选人 {woman} 得 {w} 票，在{member}候选人中排第 {place}。{woman} 当选吗？",
        "{intro} The adopted rules say: {rule}. The 主任 and 副主任 elected are men; the woman {woman} has {w}, placed {place}th among the {member} candidates. Is she elected?",
    ),
    "villager.separate_seat_woman_only": (
        "{intro}另设{post} 1 名，专职专选，候选人是 {a}、{b}。唱票时有 {vm} 张选票在{post}栏另选了男性村民 {man}，{a} 得 {va} 票。谁当选{post}？{man} 得票最多，能当选吗？",
        "{intro} A separate {post} seat for a woman only; candidates {a} and {b}. {vm} ballots wrote in the man {man}; {a} has {va}. Who is elected {post}? May {man}, with most votes, take it?",
    ),
    "villager.ballots_came_back_how": (
        "{bring}收回选票 {n} 张。参加投票的是多少人？{head}候选人 {top} 得 {h} 票，当选吗？",
        "{bring} {n} ballots came back. How many took part? {top} has {h} for {head}: elected?",
    ),
    "villager.th_authorisation_valid_had": (
        "{bring}第 {next} 份（{late}）的委托有效吗？如果{holder}也替{late}投了票，而记录把这张票算进了收回的选票，记录对吗？",
        "{bring} Is the {next}th authorisation ({late}) valid? Had {holder} voted for {late} too and the record counted that ballot, would the record be right?",
    ),
    "villager.stations_valid": (
        "{intro}各投票点发出、收回的选票见下表。全村合计发出 {issued} 张，收回 {n} 张。选举有效吗？",
        "{intro} Ballots issued and returned per station are listed. In all {issued} issued, {n} returned. Is the election valid?",
    ),
    "villager.stations_what_follows": (
        "{intro}各投票点发出、收回的选票见下表。怎么处理？",
        "{intro} Ballots issued and returned per station are listed. What follows?",
    ),
    "villager.womens_seat_who": (
        "{intro}本次选举办法规定：{rule}。主任、副主任当选的都是男性，{member}得票见计票记录，女候选人 {woman} 得 {w} 票。当选的{member}是哪几位？还缺几名？",
        "{intro} The adopted rules say: {rule}. The 主任 and 副主任 elected are men; the {member} votes are recorded, the woman {woman} has {w}. Who is elected? How many seats are short?",
    ),
    "villager.valid": ("选举有效吗？", "Valid?"),
    "villager.fewest_voters": ("至少参加投票人数", "Fewest voters"),
    "villager.this_valid": ("本次有效吗？", "Valid?"),
    "villager.seat": ("{head}职位怎么办？", "The {head} seat?"),
    "villager.fewest_votes": ("至少要得多少票？", "Fewest votes?"),
    "villager.post_vote": ("{name} 得{post}票吗？", "{post} vote for {name}?"),
    "villager.elected_member": ("{loser} 当选{member}吗？", "Is {loser} elected {member}?"),
    "villager.may_take": ("{man} 能当选吗？", "May {man} take it?"),
    "villager.voters_taking_part": ("参加投票人数", "Voters taking part"),
    "villager.proxy_valid": ("这份委托有效吗？", "Is it valid?"),
    "villager.would_record_right": ("那样记录对吗？", "Would that record be right?"),
    "villager.what_follows": ("处理", "What follows"),
    "villager.third_why": (
        "{rule}。3×{top}={thrice} ≥ {cast}，当选",
        "{rule}. 3×{top}={thrice} ≥ {cast}: elected",
    ),
    "villager.third_short_why": (
        "{rule}。3×{top}={thrice} < {cast}，不当选（{cast}÷3 不是整数，至少要 {need} 票）",
        "{rule}. 3×{top}={thrice} < {cast}: not elected ({cast}/3 is not whole; {need} needed)",
    ),
    "villager.carry_off_why": (
        "{rule}。{loser} 的{member}得票只有 {member_votes} 票，2×{member_votes}={twice_member}，不大于 {n}",
        "{rule}. {loser} has {member_votes} {member} votes, 2×{member_votes}={twice_member}, not more than {n}",
    ),
    "villager.carry_why": (
        "{rule}。{loser} 按{member}计 {head_votes}+{member_votes}={total} 票，2×{total}={twice_total} > {n}，过半数，补上所缺名额",
        "{rule}. {loser} counts {head_votes}+{member_votes}={total}, 2×{total}={twice_total} > {n}, filling the short seat",
    ),
    "villager.woman_first_why": (
        "{rule}。{woman} 2×{w}={twice} > {n}，过半数，优先当选",
        "{rule}. {woman}: 2×{w}={twice} > {n}, a majority, confirmed first",
    ),
    "villager.woman_out_why": (
        "{rule}。{woman} 2×{w}={twice} > {n}，过半数，但按得票多少排在名额之外",
        "{rule}. {woman}: 2×{w}={twice} > {n}, a majority, but outside the seats by votes",
    ),
    "villager.mobile_over_why": (
        "{rule}。流动票箱发出 {issued} 张，收回 {returned} 张，多出 1 张：整个选举无效，不能只作废这一箱，合计数对得上也不行",
        "{rule}. The mobile box issued {issued} and returned {returned}: one too many voids the whole election, though the totals reconcile",
    ),
    "villager.mobile_why": (
        "{rule}。流动票箱发出 {issued} 张，收回 {returned} 张，没有多出；合计也对得上，选举有效",
        "{rule}. The mobile box issued {issued} and returned {returned}: within; valid",
    ),
    # ---------------------------------------------------------------- mistakes
    "mistakes.nobody": ("无人", "nobody"),
    "mistakes.is_it_right": (
        "{question}这样宣布对吗？正确的结果是什么？",
        "{question} Is that right? What is?",
    ),
    "mistakes.what_went_wrong": (
        "{question}他错在哪里？正确的结果是什么？",
        "{question} What went wrong? What is right?",
    ),
    "mistakes.exact_quota_voided": (
        "{intro}第 1 种选票（见下，共 {k} 张）画了 {s} 个○，计票人把它们当成多选作废。",
        "{intro} Kind 1 (shown, {k} ballots) has {s} ○; the counter voided them as over the quota.",
    ),
    "mistakes.void_ballots_tallied": (
        "{intro}第 1 种选票（见下，共 {k} 张）对每个候选人都画了○。",
        "{intro} Kind 1 (shown, {k} ballots) approves every candidate.",
    ),
    "mistakes.reconcile_present": (
        "{intro}一名党员领票前离场，发出选票 {issued} 张，收回 {returned} 张。",
        "{intro} One member left before the ballots were handed out: {issued} issued, {returned} returned.",
    ),
    "mistakes.supplementary": (
        "{intro}另行选举{member} 1 名，投票 {cast} 张，{leader} 得 {top} 票，得票最多。",
        "{intro} A supplementary election for 1 {member}: {cast} cast, {leader} leads with {top}.",
    ),
    "mistakes.below": (
        "{name} {votes} 票，2×{votes}={twice}，不大于 {n}，未过半数",
        "{name}: 2×{votes}={twice} is not more than {n}",
    ),
    "mistakes.below_why": (
        "{below}，不能按得票多少补上，缺额另行选举",
        "{below}: no majority, so the seat goes to a supplementary election",
    ),
    "mistakes.counter_announces": (
        "{intro}计票人宣布：“{wrong_words}”。",
        '{intro} The counter announces: "{wrong_words}".',
    ),
    "mistake.half_elects": (
        "把恰好半数当成过半数",
        "took exactly half for a majority",
    ),
    "mistake.exact_quota_voided": (
        "把恰好选满应选人数的选票当成多选作废",
        "voided ballots that chose exactly as many as the seats",
    ),
    "mistake.tie_by_order": (
        "票数相等时按选票上的姓氏笔画顺序定了当选人",
        "broke a tie by the ballot's stroke order",
    ),
    "mistake.all_tied_seated": (
        "票数相等的人全部算作当选，超过了应选名额",
        "seated everyone tied, beyond the seats",
    ),
    "mistake.fill_from_below": (
        "用未过半数的人按得票多少补足了名额",
        "filled a short seat in vote order from below the majority",
    ),
    "mistake.first_qualified": (
        "过半数的人多于名额时，按选票上的排列顺序取，而不是按得票多少",
        "took the qualified in ballot order, not vote order",
    ),
    "mistake.void_ballots_tallied": (
        "把作废选票上画的○也计了票",
        "counted the ○ marks of void ballots",
    ),
    "mistake.reconcile_present": (
        "拿收回的选票和实到会人数比，而不是和发出的选票比",
        "compared ballots returned with those present, not those issued",
    ),
    "mistake.half_turnout": (
        "把恰好一半的选民参加投票当成过半数",
        "took exactly half of the register voting for a majority",
    ),
    "mistake.third_strict": (
        "把“不少于三分之一”算成了“超过三分之一”",
        "read 'not less than a third' as 'more than a third'",
    ),
    "mistake.supplementary_plurality": (
        "另行选举只看谁得票多，忘了不得少于三分之一",
        "took the most votes in a supplementary election, forgetting the third",
    ),
    "mistake.women_not_applied": (
        "没有妇女当选时，没有让得票过半数的妇女优先当选",
        "left out the woman with a majority when no woman was elected",
    ),
    "mistakes.exactly_half": (
        "{x} 得 {half} 票，2×{half}={twice}，不大于 {base}，恰好半数，不能当选",
        "{x} has {half}: 2×{half}={twice} is not more than {base}, exactly half",
    ),
    "mistakes.tie_not_by_strokes": (
        "{a}、{b} 各 {cut} 票争最后一个名额，应就二人再次投票；姓氏笔画只决定印在选票上的先后",
        "{a} and {b} tie at {cut} for the last seat and are voted on again; stroke order only prints the ballot",
    ),
    "mistakes.tie_one_seat_both": (
        "{a}、{b} 各 {cut} 票，只剩 1 个名额，不能两人都当选；应就二人再次投票",
        "{a} and {b} tie at {cut} for one seat; both cannot be elected: they are voted on again",
    ),
    "mistakes.below_short_seat": (
        "{x} 得 {v} 票，2×{v}={twice}，不大于 {base}，未过半数，不能补上；缺额另行选举",
        "{x} has {v}: 2×{v}={twice} is not more than {base}; the short seat goes to a supplementary election",
    ),
    "mistakes.more_have_majority_than": (
        "过半数的人多于应选名额，以得票多少为序取足名额；选票上的姓氏笔画顺序不决定谁当选",
        "more have a majority than there are seats: they are taken by votes, not by their place on the ballot",
    ),
    "mistakes.returned_issued_voids_round": (
        "收回 {returned} 张多于发出 {issued} 张，本轮无效；和实到会 {present} 人比是错的，核对的是发出的选票",
        "{returned} returned > {issued} issued voids the round; comparing with the {present} present is wrong",
    ),
    "mistakes.voted_not_more_than": (
        "参加投票 {n} 人，登记 {registered} 人：2×{n}={twice}，不大于 {registered}，恰好一半，选举无效",
        "{n} of {registered} voted: 2×{n}={twice} is not more than {registered}; exactly half: void",
    ),
    "mistakes.no_woman_among_elected": (
        "主任、副主任当选人中没有妇女；{woman} 2×{w}={twice} > {n}，过半数，优先当选",
        "no woman among the 主任/副主任 elected; {woman}: 2×{w}={twice} > {n}, confirmed first",
    ),
    "mistakes.kind_chooses_seats_valid": (
        "第 1 种选票选了 {s} 人，等于应选人数，是有效票；{x} 算上这 {k} 张共 {total} 票，2×{total}={twice} > {base}",
        "kind 1 chooses {s} for {s} seats and is valid; with its {k} ballots {x} has {total}: 2×{total}={twice} > {base}",
    ),
    "mistakes.kind_ballots_approves_all": (
        "第 1 种选票（{k} 张）对 {printed} 人都画了○，多于应选 {seats} 人，是废票，上面的○一个也不计；{x} 只有 {total} 票，2×{total}={twice}，不大于 {base}",
        "kind 1 ({k} ballots) approves all {printed} for {seats} seats and is void, none of its ○ count; {x} has only {total}: 2×{total}={twice} is not more than {base}",
    ),
    "mistakes.equals_exactly_third_not": (
        "3×{top}={thrice}，等于 {n}，正好三分之一，不少于三分之一，当选",
        "3×{top}={thrice} equals {n}: exactly a third is not less than a third, elected",
    ),
    "mistakes.under_third_not_elected": (
        "3×{top}={thrice} < {n}，不到三分之一，得票最多也不当选",
        "3×{top}={thrice} < {n}: under a third, not elected despite most votes",
    ),
    "mistakes.tied_for_last_seat": (
        "{a}、{b} 票数相等争最后一个名额，应就二人再次投票",
        "{a} and {b} tie for the last seat and are voted on again",
    ),
    "mistakes.right": ("宣布对吗？", "Is it right?"),
    "mistakes.right_outcome": ("正确的结果", "The right outcome"),
    "mistakes.mistake": ("错在", "The mistake"),
    # ---------------------------------------------------------------- tally
    "tally.party_intro": (
        "{date}，{org}召开党员大会选举委员 {seats} 名（{regime}），应到会 {expected} 人，实到会 {present} 人，发出选票 {present} 张。",
        "On {date} the members' meeting of {org} elects {seats} ({regime}); {expected} expected, {present} present, {present} ballots issued.",
    ),
    "tally.residents_intro": (
        "{date}，{org}由居民小组代表选举（{regime}）：主任 1 名、副主任 1 名、委员 3 名，居民代表 {registered} 人，参加投票 {voted} 人，发出选票 {voted} 张。",
        "On {date}, {org} is elected by the {registered} group representatives ({regime}): 主任 1, 副主任 1, 委员 3; {voted} vote, {voted} ballots issued.",
    ),
    "tally.below_all_ballots_returned": (
        "{where}下面是收回的全部 {n} 张选票，按开箱顺序编号。请逐张判断有效、部分有效还是无效，填写计票表，并确定当选人。",
        "{where} Below are all {n} ballots returned, numbered as they came out of the box. Judge each (valid, partly valid or invalid), fill in the tally sheet and say who is elected.",
    ),
    "tally.ballot_ballot_valid_partly": (
        "逐张判断后：有效 {valid} 张、部分有效 {partly_valid} 张、无效 {invalid} 张（合计 {returned} 张）",
        "ballot by ballot: {valid} valid, {partly_valid} partly valid, {invalid} invalid ({returned} in all)",
    ),
    "tally.valid_ballots_partly_valid": (
        "有效票（含部分有效）",
        "Valid ballots (partly valid included)",
    ),
    "tally.which_partly_valid": ("其中部分有效", "Of which partly valid"),
    "tally.invalid_ballots": ("无效票", "Invalid ballots"),
    "tally.elected": ("当选的人", "Elected"),
    "tally.votes": ("{post} {name} 得票", "{post} {name}: votes"),
}
