from __future__ import annotations

import re
from typing import Iterator

from ...normalise import as_said, fold_text
from ...findings import Finding
from ...models import Rules, SchoolKind
from ...ruleset import ResolvedRuleset
from .. import Check
from ._common import KIND, migrant_values, negated_at, part_span, parts
from ... import lazy_re

_GAP = r"(?:(?!同等|同样|一样|一视同仁)[^，,；;。、\s])"
#: the same, naming no child without a local hukou: 优先安排非本市户籍随迁子女 puts no local child first
_LOCAL_GAP = r"(?:(?!同等|同样|一样|一视同仁|非|外地|外省|外来|随迁|流动|居住证|持证)[^，,；;。、\s])"
#: before 户籍, the words making it the children without one (无本地户籍的适龄儿童报名时间为…: the migrant children's day)
_NOT_WITHOUT = r"(?<![无非外])(?<![无非外]本地)(?<![无非外]本市)(?<![无非外]本区)(?<![无非外]本县)(?<![无非外]当地)"
#: after the local hukou, permit holders or migrant children named beside it: a priority they share
_SHARED = r"(?![^，,；;。、]{0,6}?(?:和|及|与|或)[^，,；;。、]{0,8}?(?:居住证|持证|随迁|外来|流动|非本))"

#: hukou and house (or residence) alike, the first tier of an order by hukou: 人户一致, 房户合一, 住、户一致
_UNITY = (r"(?:(?:(?:人房|人|房|住)、?户|户、?房)(?:一致|合一)"
          # written out: 户籍地与实际居住地一致, 户籍与房产地址一致
          r"|户籍(?:地址?)?(?:与|和|同)(?:实际)?(?:居住地|住址|住所|住房|房产|房屋)(?:地址|所在地)?(?:一致|相同|合一))")
#: the household register, by either word (户籍, 户口; not 户口簿 or 户口本, a paper)
_HUKOU = r"(?:户籍|户口(?![簿本]))"
#: the migrant children, named in an order: 外来务工子女, 随迁子女, 流动人口子女, 非户籍学生
_MIGRANTS = r"(?:随迁|外来|务工|流动人口|非本地|非户籍|外地户籍)"

# Wordings that put migrant children after, beside or outside local children.
_APART = lazy_re.compile(
    rf"{_HUKOU}{_GAP}{{0,6}}优先|优先{_LOCAL_GAP}{{0,10}}{_HUKOU}{_SHARED}|本地{_GAP}{{0,4}}优先"
    rf"|户籍{_GAP}{{0,8}}(?:录取|摇号|报名|招生|安排)(?:完毕|结束|完成)?后"
    # the local children's stage first, however long their category: 完成我市户籍或父母房产在我市等类别的适龄儿童
    # 少年录取后, 在做好户籍地学生招生工作的基础上
    rf"|户籍{_LOCAL_GAP}{{0,30}}?(?:录取|招生|招收|入学|安排|派定|派位)(?:完毕|结束|完成|工作|需求|需要|任务)?"
    r"(?:之后|以后|后|的基础上|的前提下)"
    rf"|(?:录取|招生|招收|安排){_GAP}{{0,12}}?户籍{_GAP}{{0,8}}?(?:完毕|结束)(?:之后|以后|后)"
    # the places left over (剩余学位, 有空余学额的公办小学, 在有学位剩余的情况下), not each school's count of its places
    # weighed in a placement (根据各校报名情况和学位剩余情况…统筹解决)
    r"|(?:(?:剩余|空余|余下|富余|剩下)的?(?:学位|学额)|(?:学位|学额)(?:有)?(?:剩余|空余|富余)|(?:学位|学额)有余)(?!情况(?!下))"
    # local-hukou children first, the others then: 先安排本地户籍适龄儿童入学，再安排…; 按照先户籍后非户籍的顺序
    # (not 先到户籍所在地开具证明: a paper fetched, no order)
    rf"|(?<![优首预事率原])先(?:安排|招收|招生|录取|保障|满足|接收|派位){_LOCAL_GAP}{{0,10}}?{_NOT_WITHOUT}(?:户籍|户口)"
    rf"(?!簿|本|所在地|地|证明)"
    rf"|(?<![优首预事率原])先{_LOCAL_GAP}{{0,4}}?{_NOT_WITHOUT}(?:户籍|户口)[^，,；;。]{{0,6}}?后"
    # places still there as the condition of a migrant child's turn (尚有空余学位的，录取…随迁子女; 如果就读学校还有
    # 学位，就参与摇号), not a school with places a child is placed in (统筹安排到…尚有剩余学位的学校)
    r"|(?:还|尚|仍)有(?:空余|剩余|富余)?的?(?:学位|学额)(?:余额)?(?=的?[，,]|时|就|再|才|方)"
    r"|(?:能|可以?)提供的学位|补录|补招|单独|另行|分池"
    # a registered child's place left to the places there are: 统筹考虑能否入学; 根据学位情况依次安排（3）-（6）项的
    # 生源, 视学位情况安排 (not each school's count of places weighed in a placement, 根据各校…学位剩余情况…统筹)
    r"|(?:能否|可否)(?:入学|就读|安排|接收|录取)"
    r"|(?:根据|依据|视)(?:学位|学额)(?:情况)?(?:依次)?(?:安排|招收|录取|接收)"
    # separate registration or lottery (分别摇号, 分开报名), not separate desks (分别在两个报名点同步报名)
    r"|(?:分别|分开)(?=报名|摇号|录取|招生|安排)"
    # registration elsewhere than the local children's (普通借读生（积分生）报名仍到各社区…积分窗口办理, 报名另到…)
    # (not 报名则在…, 报名仍在居住地学区学校: where everyone registers, said again)
    r"|(?:报名|登记)[^，,；;。]{0,3}?(?:仍|另行?|单独)(?:须|需)?(?:到|向|前往)(?!居住地|所在学区|学区学校|就近)"
    r"|第二批|第二轮|二次摇号|第二次摇号|后报名|后摇号|延后|推迟"
    # the local children's day first, the others' a later one (第一天只接受当地户口的孩子报名,第二天接受…报名)
    rf"|(?:第一天|第一日|首日|头一天){_LOCAL_GAP}{{0,12}}?{_NOT_WITHOUT}(?:户籍|户口)[^，,；;。]{{0,12}}?(?:报名|登记)"
    r"[，,][^，,；;。]{0,4}?(?:第二天|第二日|次日|第三天|隔天)"
    # registration a year ahead (须在入学前一年到…区县教育局指定的地方申请登记), not an office's desk alone (到…区教育局
    # 指定的报名点报名)
    r"|(?:入学前|提前)(?:一|1)年[^，,；;。]{0,40}?(?:登记|报名)"
    # a registration day of the local children's own (8月27日、28日为辖区户籍适龄儿童报名日，29日、30日为…流动人口适龄
    # 儿童报名日; 本市户籍学生报名时间为7月1日): the migrant children's is another
    rf"|为{_LOCAL_GAP}{{0,6}}?{_NOT_WITHOUT}户籍{_LOCAL_GAP}{{0,10}}?(?:报名|登记)日"
    rf"|{_NOT_WITHOUT}户籍{_LOCAL_GAP}{{0,10}}?(?:报名|登记)(?:日|时间)为"
    # a timetable's local-hukou registration, another date's after it (7月3日至5日各小学…接受服务片区内户籍适龄儿童
    # 报名登记; 7月5日至7日…接受进城务工人员随迁适龄子女申请入学登记)
    rf"|{_NOT_WITHOUT}户籍{_LOCAL_GAP}{{0,10}}?(?:报名|登记)+[；;]\s*\d{{1,2}}月\d{{1,2}}日"
    r"|不(?:能|得|可|予)?(?:参加|参与|纳入)"
    # a first tier of local-hukou children (第一批次：户籍是七里河区的适龄儿童), an order by hukou and house
    # (依据人房户一致优先原则, 按照人户合一、有房无户、有户无房等生源类别顺序接收)
    rf"|(?:第|^|(?<=[\s（(]))[一1](?:批次?|类|顺位|顺序|梯队){_LOCAL_GAP}{{0,12}}?户籍"
    rf"|{_UNITY}[^，,；;。]{{0,40}}?(?:优先|顺序|顺位|依次|先后)"
    # hukou and home alike first: 先人户一致，后人户分离
    rf"|(?<![优首预事率原])先{_LOCAL_GAP}{{0,4}}?{_UNITY}"
    # an order of tiers ranking by hukou: ①有户有房…③无户有房④无户无房顺序依次招生; hukou and home alike before apart
    # (第一类：父母房产…且人户一致、…第五类：父母房产…但人户分离)
    r"|有户[^，,；;。]{0,40}?无户"
    r"|(?:人|房|住)、?户(?:一致|合一)[^，,；;。]{0,120}?(?:人|房|住)、?户分离"
    # the migrant children named last: 外来务工子女靠后, 随迁子女排在最后 (not 报名民办小学的儿童…同类排序靠后: no migrants)
    rf"|{_MIGRANTS}[^，,；;。]{{0,10}}?(?:靠后|排后|排在最后|放在最后|最后录取|最后安排)"
)

#: in a public school's 超额 (how an oversubscribed school admits), the orders that rank by hukou: 户籍优先,
#: 户籍生录取后…; an order by residence time or address (按居住年限顺位) is not one, and a private school's 超额 is
#: PL303's
_HUKOU_ORDER = lazy_re.compile(
    rf"户籍{_GAP}{{0,6}}优先|优先{_LOCAL_GAP}{{0,10}}户籍{_SHARED}|本地户口{_GAP}{{0,4}}优先|优先{_GAP}{{0,4}}本地户口"
    rf"|户籍{_GAP}{{0,8}}(?:录取|摇号|安排)(?:完毕|结束|完成)?后"
    # an order by hukou and house: 按照人户合一、有房无户、有户无房等生源类别顺序接收, 房户一致优先
    rf"|{_UNITY}[^，,；;。]{{0,40}}?(?:优先|顺序|顺位|依次|先后)"
)


#: the words an order of tiers ends with (…④无户无房顺序依次招生，额满为止): stripped before its last tier is read
_ORDER_TAIL = lazy_re.compile(
    r"(?:[，,。；;、\s]|的|顺序|顺位|次序|依次|先后|招生|招收|录取|安排|入学|额满为止|满额为止|为止|截止)+$")
#: the last tier of an order naming the children without a local hukou or the migrant children themselves:
#: they have the places all the tiers before them left (学区内无房产、无户籍，外来务工人员子女; ④无户无房)
_LAST_TIER = lazy_re.compile(
    r"(?:^|[①-⑳；;、→])(?P<tier>[^①-⑳；;、→]{0,16}?(?:无户|无户籍|无户口|非本地户籍|外地户籍|务工人员子女"
    r"|务工人员随迁子女|进城人员随迁子女|随迁子女|流动人口子女)[^①-⑳；;、→]{0,8}"
    # permit holders, the children without the local hukou (持有《太原上海临时居住证》满3年，且连续2年灵活就业登记)
    r"|[^①-⑳；;、→]{0,6}?(?:(?:持有?|凭)[^①-⑳；;、→]{0,10}?)?居住证[^①-⑳；;、→]{0,24})$")
#: the tiers before the last ranking by hukou or house (①房户一致…④有户无房, 户籍人口…→扩招对象（有房无户…）)
_RANKED = lazy_re.compile(r"户籍|户口(?![簿本])|有户|无户|房户|人户|户房|有房|无房")
#: the words before a last tier saying the children are treated alike (户籍适龄儿童与随迁子女同步报名、同步审核；符合条件的
#: 随迁子女…): no order of tiers
_ALIKE = lazy_re.compile(r"同步|同池|同等|同样|一样|一视同仁|统一")


class MigrantChildrenTreatedDifferently(Check):
    """报名、摇号中随迁子女与户籍儿童区别对待

    ## 检查内容
    招生安排中“随迁子女报名”“随迁子女摇号”的写法把随迁子女排在户籍儿童之后或之外（公办学校的“超额”办法按
    户籍排序，如“超额：户籍生优先录取”，同样报告；按居住年限、住址等公开顺位录取的不报告，民办学校的“超额”由
    PL303 检查）：户籍生优先录取、
    户籍生录取后再安排（“完成我市户籍或父母房产在我市等类别的适龄儿童少年录取后”这样长的类别名也算）、
    优先招收户籍儿童（“优先招收片区内本市户籍适龄儿童”）、只分配剩余学位或“能提供的学位”、登记后仍“统筹考虑能否
    入学”、补录、单独或另行报名摇号、随迁子女“不能参加”摇号、第二批、推后报名、第一批次为户籍儿童、按“有户…无户”
    或“人户合一、有房无户……”排列的录取顺序等。按户籍排列的录取顺序，最后一个顺位是无户籍儿童或随迁子女本身（“④无户无房顺序依次招生，额满为止”
    “……学区内无房产、无户籍，外来务工人员子女”）的，另报一次：随迁子女只能得到此前各顺位录取后剩下的学位；
    没有别的区别对待字样、只按户籍或房产排列顺位而随迁子女排在最后的（“①房户一致……④有户无房；⑤手续齐全的进城人员
    随迁子女”“户籍人口……→扩招对象→来晋务工人员子女的顺序”），报告一次；草稿把最后一个顺位另起一行写的，在那一行再报告一次。户籍儿童另有报名日、随迁子女在其后报名的
    （“8月27日、28日为辖区户籍适龄儿童报名日”，时间表中户籍儿童报名一行之后另起日期的“……户籍适龄儿童报名登记; 7月5日至7日……”）
    同样报告；积分生等“报名仍到”“报名另到”别处办理的同样报告。“先户籍后非户籍”“先安排本地户籍……”、按“住、户一致”优先排序、
    “一批：……户籍”、随迁子女“靠后”、以“尚有空余学位的”“还有学位”为随迁子女入学条件的，同样报告；“优先安排本市户口的
    居民子女”（户口同户籍）、“户籍地与实际居住地一致优先”“先人户一致，后人户分离”、“人户一致”的各类排在“人户分离”的各类之前的、随迁子女各类“根据学位情况依次安排”的、
    随迁子女须“入学前一年”登记的，同样报告（只到“区教育局指定的报名点报名”的不算）；草稿在另一处另起一段再次这样写的，在那一处也报告；最后一个顺位是
    居住证持有人（“持有《……居住证》……”）的，与随迁子女同。按各校“学位剩余情况”统筹安排的不算“剩余学位”；把孩子安排到
    “有空余学位的学校”、其余“有空余学位的学校也可接收”、“没有空余学位”、“公布……空余学位”的，也不算。“与户籍适龄儿童
    同步报名”“同池摇号”“同等对待”“一视同仁”“统一摇号”等写法不报告。一句话里既有“同等”又有区别对待的
    字样（如“同等对待，户籍生优先”），仍然报告。

    ## 为何重要
    山西省要求“全面落实义务教育‘公民同招’政策，在参与报名、摇号等环节一视同仁，确保符合条件的随迁子女
    享有平等入学权利”。户籍生先录、随迁子女只能分剩余学位，等于把入学机会按户籍排序。

    ## 示例
    ```rules
    招生安排 {
        公办 {
            随迁子女报名: 户籍生录取后，按剩余学位安排
        }
    }
    ```

    ## 改为
    ```rules
    招生安排 {
        公办 {
            随迁子女报名: 与户籍适龄儿童同步报名
            随迁子女摇号: 与户籍适龄儿童同池摇号
        }
    }
    ```

    ## 修改方法
    改为随迁子女与户籍适龄儿童同步报名、同池摇号，不设户籍优先、不另行安排。

    ## 未建模
    只看“随迁子女报名”“随迁子女摇号”两项和公办学校的“超额”，按字样判断：既没有区别对待的字样、也没有一视同仁的字样的写法
    （如只写了日期）不报告。区别对待的字样前紧接“不”“不得”“严禁”等否定词的（如“不单独摇号”）视为否定。
    入学条件上的区别（如要求户籍）由第 1 类检查负责；写在其他地方的区别对待留给审核人员。

    ## What it checks
    A schedule's 随迁子女报名 (migrant registration) or 随迁子女摇号 (migrant lottery) sets migrant children
    after or apart from local children (so does a public school's 超额 order ranking by hukou, 户籍生优先录取;
    a published order by residence time or address is not reported, and a private school's 超额 is PL303's): local children admitted first (however long the
    category named: 完成我市户籍或父母房产在我市等类别的适龄儿童少年录取后), priority for local-hukou children
    (优先招收片区内本市户籍适龄儿童), migrants placed after them or only in the remaining places or "the places
    that can be given" (能提供的学位), a registered child's admission left undecided (统筹考虑能否入学),
    migrant children kept out of a lottery (不能参加小升初摇号), a first tier of local-hukou children (第一批次：户籍是…),
    an order by hukou and house (人户合一、有房无户、有户无房…顺序), supplementary rounds, separate or later registration or lottery, a second
    batch, an order of tiers ranking those with a local hukou (有户) before those without (无户). Such an order
    whose last tier is the children without a local hukou or the migrant children themselves (④无户无房…额满为止)
    is reported a second time: they have only the places every tier before them left; an order ranking by hukou
    or house alone with the migrant children last (①房户一致…④有户无房；⑤手续齐全的进城人员随迁子女, …→扩招对象→
    来晋务工人员子女的顺序) is reported once, and again at the last tier when a draft writes it on a line of its
    own. A registration day of the local children's own (8月27日、28日为辖区户籍
    适龄儿童报名日, or a timetable's local-hukou registration line with another date after it) is reported; so is
    registration elsewhere (积分生报名仍到…积分窗口办理, 报名另到…), local children first written 先户籍后非户籍 or
    先安排本地户籍…, an order by 住、户一致, a first tier labelled 一批：…户籍, the migrant children named last (靠后), and
    places still there as the condition of their turn (尚有空余学位的，录取…, 还有学位，就参与摇号); a last tier of permit
    holders (持有《…居住证》…) counts as the migrant children's.  So do 优先安排本市户口的居民子女 (户口 for 户籍), hukou
    place and residence alike first (户籍地与实际居住地一致优先, 先人户一致，后人户分离, tiers of 人户一致 before tiers of 人户分离) and migrant categories admitted as
    the places allow (根据学位情况依次安排), and registration a year ahead (入学前一年…申请登记; not the office's desk alone,
    到…区教育局指定的报名点报名); a draft saying it again in another paragraph is reported there too.  Each school's count of places weighed in a placement
    (学位剩余情况) is no leftover, nor is a school with room a child is placed in or that may also take him (安排到…有空余
    学位的学校, 其余有空余学位的学校也可接收), none left (没有空余学位) or vacancies published (公布…空余学位). Equal
    wordings (同步, 同池, 同等, 一视同仁, 统一) are not reported, but a text that also holds an
    unequal wording (同等对待，户籍生优先) still is.

    ## Why it matters
    Shanxi requires 公民同招 with migrant children "treated alike at registration, lottery and the other
    stages" (在参与报名、摇号等环节一视同仁), so that eligible migrant children have an equal right to a place.
    Admitting local children first and giving migrants what is left ranks access to school by hukou.

    ## How to fix
    Register migrant children at the same time as local children and put them in the same lottery, with
    no hukou priority and no separate arrangement.

    ## Not modelled
    Only 随迁子女报名, 随迁子女摇号 and a public school's 超额 are read, by their wording: a text with neither an unequal nor an
    equal wording (e.g. dates only) is not reported. An unequal wording right after a negation (不, 不得,
    严禁, …: 不单独摇号) counts as negated. Unequal admission conditions (e.g. demanding hukou) are family
    1's; unequal treatment written elsewhere is left to the reviewer.
    """

    code = "PL304"
    name = "migrant-children-treated-differently"
    title_en = "Migrant children treated differently at registration or lottery"
    parameters = ("migrant_equal_treatment",)
    message = (
        "{kind}学校「{field}：{value}」把随迁子女与户籍儿童区别对待（“{marker}”）；报名、摇号等环节应一视同仁。",
        "The {kind} schools' '{field}: {value}' sets migrant children apart from local children ('{marker}'); "
        "registration and lottery must treat them alike.",
    )
    fix = (
        "改为与户籍适龄儿童同步报名、同池摇号，如“{field}：与户籍适龄儿童{same}”。",
        "Treat migrant children like local children, e.g. '{field}: 与户籍适龄儿童{same}'.",
    )

    def run(self, rules: Rules, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        for schedule, attr, field, value in migrant_values(rules):
            folded = fold_text(value.value)
            pieces = parts(rules, value)
            marker = _apart_marker(folded)
            if marker is None:
                last = _last_tier(folded)
                head = folded[:folded.rfind(last)] if last is not None else ""
                if last is not None and _RANKED.search(head) and not _ALIKE.search(head):
                    # an order of tiers by hukou or house, no other wording setting anyone apart, the migrant children
                    # last (①房户一致…④有户无房；⑤手续齐全的进城人员随迁子女; …→扩招对象→来晋务工人员子女的顺序): once,
                    # and again at the last tier when a draft writes it in a place of its own (a line of its own
                    # under the order's lead): the order is one fault, the places left to the last tier another
                    same = "同步报名" if attr == "migrant_registration" else "同池摇号"
                    yield self.finding(rules, ruleset, value.span, kind=KIND[schedule.kind], field=field,
                                       value=value.value, marker=as_said(value.value, last), same=same)
                    own = _own_part(pieces, value.value, last)
                    if own is not None:
                        yield self.finding(rules, ruleset, part_span(value, *own), kind=KIND[schedule.kind],
                                           field=field, value=value.value, marker=as_said(value.value, last), same=same)
                continue
            same = "同步报名" if attr == "migrant_registration" else "同池摇号"
            yield self.finding(rules, ruleset, value.span, kind=KIND[schedule.kind], field=field,
                               value=value.value, marker=as_said(value.value, marker), same=same)
            first = next((p for p in pieces if marker in fold_text(value.value[p[0]:p[1]])), pieces[0])
            for start, end in pieces[pieces.index(first) + 1:]:
                # a later place of the draft saying it again on its own (…按照人户合一、有户无房、有房无户…顺序招录…、
                # 2025年秋季学期…现有招生计划学位将按照人户合一、有房无户、有户无房等生源类别顺序接收): reported there too
                again = _apart_marker(fold_text(value.value[start:end]))
                if again is not None:
                    yield self.finding(rules, ruleset, part_span(value, start, end), kind=KIND[schedule.kind],
                                       field=field, value=value.value, marker=as_said(value.value, again), same=same)
            last = _last_tier(folded)
            if last is not None and last not in marker:
                # an order ranking by hukou whose last tier is the migrant children: a second fault, they
                # have only the places every tier before them left (reported at the last tier when a draft writes it
                # in a place of its own)
                own = _own_part(pieces, value.value, last)
                yield self.finding(rules, ruleset, value.span if own is None else part_span(value, *own),
                                   kind=KIND[schedule.kind], field=field, value=value.value, marker=as_said(value.value, last), same=same)
        for schedule in rules.schedules:
            over = schedule.oversubscription
            if schedule.kind is SchoolKind.public and over is not None:
                marker = _apart_marker(fold_text(over.value), _HUKOU_ORDER)
                if marker is not None:
                    yield self.finding(rules, ruleset, over.span, kind=KIND[schedule.kind], field="超额",
                                       value=over.value, marker=as_said(over.value, marker), same="同池摇号")


def _own_part(pieces: list[tuple[int, int]], raw: str, words: str) -> tuple[int, int] | None:
    """The part of a value (one of ``pieces``, :func:`._common.parts`) that holds ``words`` (folded, as read from
    it) when it is not the first part: a tier of an order written in a place of its own; else None."""
    for start, end in pieces[1:]:
        if words and words in fold_text(raw[start:end]):
            return start, end
    return None


def _last_tier(text: str) -> str | None:
    """The last tier of an order of several, when it names the children without a local hukou (``④无户无房``,
    ``无户籍，外来务工人员子女``), or ``None``."""
    tail = _ORDER_TAIL.search(text)
    body = text[:tail.start()] if tail else text
    if len(re.findall(r"[①-⑳；;、→]", body)) < 2:
        return None  # 优先安排本县户籍学生、剩余学位安排随迁子女: one sentence of two parts, not an order of tiers
    found = _LAST_TIER.search(body)
    if found is None or negated_at(body, found.start("tier")):
        return None
    return found.group("tier").strip("，, ")


def _apart_marker(text: str, pattern: re.Pattern[str] = _APART) -> str | None:
    """The first wording in ``text`` that sets migrant children apart (not negated), or ``None``."""
    for match in pattern.finditer(text):
        if match.group().startswith(("户籍", "户口")) and _NOT_LOCAL_BEFORE.search(text[:match.start()]):
            continue  # 外地户籍随迁子女录取后, 非本市户籍…: children without the local hukou, not local ones first
        after = text[match.end():]
        if _LEFTOVER.match(match.group()) and (
                (_SCHOOL_AFTER.match(after) and (_PLACED_BEFORE.search(text[:match.start()]) or _ALSO.match(after)))
                or _NONE_OR_LISTED.search(text[:match.start()])):
            # 可安排到城区有空余学位的城北小学, 其余有空余学位的学校也可接收: a school with room a child is placed in or
            # that may also take him, not the places left to him; 没有空余学位: none; 公布…空余学位: the vacancies
            # published for all
            continue
        if not negated_at(text, match.start()):
            return match.group()
    return None


#: the places left (剩余学位, 空余学额, 尚有空余学位) ...
_LEFTOVER = lazy_re.compile(r"(?:还|尚|仍)?有?(?:剩余|空余|余下|富余|剩下)的?(?:学位|学额)|(?:学位|学额)有?(?:剩余|空余|富余)|(?:学位|学额)有余")
#: ... named as the school a child is placed or sent to (统筹安排到…尚有剩余学位的学校, 可安排到城区有空余学位的城北小学)
#: or that may also take him (其余有空余学位的学校也可接收符合条件的流动人口子女)
_PLACED_BEFORE = lazy_re.compile(r"(?:安排|分流|调剂|统筹|派位|分配|就读|入读|安置)(?:到|至|进|于)[^，,；;。]{0,14}?(?:还|尚|仍)?有?$")
_SCHOOL_AFTER = lazy_re.compile(r"的?[^，,；;。]{0,8}?(?:学校|小学|初中|中学)")
_ALSO = lazy_re.compile(r"的?[^，,；;。]{0,8}?(?:学校|小学|初中|中学)(?:也|亦|均|同样)(?:可|可以|能)")
#: ... said to be none (若片内学校没有空余学位), or published as a count (公布…公办学校非起始年级空余学位)
_NONE_OR_LISTED = lazy_re.compile(r"(?:没有|没|无|已无|不再有)$|(?:公布|公示|发布|公开)[^，,；;。]{0,20}$")


#: the words before 户籍 that make it another place's: 非本市户籍, 外地户籍, 外省户籍
_NOT_LOCAL_BEFORE = lazy_re.compile(r"(?:非|外)[^，,；;。、\s]{0,3}$")
