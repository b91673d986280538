"""Scope: whom a part or a sentence is about, and whether it sets an admission order.

Real rules often hold, side by side, the rules for local-hukou children (户籍生, 具有本区户籍的适龄儿童)
and those for migrant children; the first are not conditions on migrant children and are set aside
(with that reason).  A clause saying who counts as a migrant child (``适龄儿童户籍在武汉市外``,
``非本市户籍``) is a definition, not a condition resting on hukou.  Priority tiers and the order of
派位 or 录取 (``第一类…``, ``按…顺序依次招生``, ``优先安排``) rank admitted children: they are admission
order, never entry conditions.  A group sent to enrol where its hukou is (``…户籍的交叉务工人员，其子女在户籍所在地
按学区登记入学``), how the residence permit itself is obtained (``…三个条件之一的相关材料方可申领居住证``), another
group's rules (``政策性照顾群体：…现役军人子女…``) and, in a document for all children, a hukou demanded of every child
(``孩子户籍必须在本学区``) are read here too.

Each function reads a folded text (:func:`policy_lint.normalise.fold`) and returns a
:class:`~policy_lint.extract.readers.Reading` or None; the vocabulary is ``scope.toml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import Reading, alternation, vocabulary
from ... import lazy_re

LOCAL = "local"  # about local-hukou children
MIGRANT = "migrant"  # about migrant children
DEFINITION = "definition"  # says who counts as a migrant child
ORDER = "order"  # an admission order (priority tiers, 派位/录取 order)

_NAMED_PLACE = r"[\u4e00-\u9fff]{1,8}?(?:省|市|区|县|旗|镇|街道|新区|开发区)"


@lru_cache(maxsize=None)
def _patterns() -> dict[str, re.Pattern[str]]:
    v = vocabulary("scope")
    hukou = alternation(v["hukou"]["words"])
    place = alternation(v["local"]["place"])
    children = alternation(v["local"]["children"])
    bare = alternation(v["local"]["bare"])
    holders = alternation(v["local"]["holders"])
    persons = alternation(v["local"]["persons"])
    migrant = alternation(v["migrant"]["words"])
    outside = alternation(v["definition"]["outside"])
    negation = alternation(v["definition"]["not"])
    verbs = alternation(v["order"]["verbs"])
    marks = alternation(v["order"]["marks"])
    tier = alternation(v["order"]["tier"])
    where = rf"(?:{place}|{_NAMED_PLACE})"
    return {
        # 具有本区户籍的适龄儿童 · 本市户籍学生 · 户籍地为洪山区的适龄儿童 · 户籍生
        "local": re.compile(
            rf"(?<![非外无])(?:{where})(?:常住)?(?:{hukou})(?:的)?(?:适龄)?(?:{children})"
            rf"|^[^\u4e00-\u9fff（(]{{0,2}}(?:凡|对)?(?:适龄儿童|学生|儿童|{holders})?(?P<holds>具有|具备|拥有|取得|属于?|是|为)"
            rf"(?:{where})(?:常住)?(?:{hukou})"
            rf"(?![^，。；]{{0,4}}(?:{outside}))"
            # (户籍随父母在未央区集体户上的适龄儿童少年: the hukou following the parents', still the district's)
            rf"|(?:{hukou})(?:地|所在地)?(?:随(?:其)?(?:父母|父亲|母亲|父（母）|监护人|祖父母)[^，。；在]{{0,4}}?)?(?:为|在|属于?)(?:{where})"
            rf"(?!(?:{outside}))[^，。；]{{0,8}}?的(?:适龄)?(?:{children})"
            # 户籍在蔡甸区的留汉大学生(，其子女…): local-hukou persons, whose children the sentence is about
            rf"|(?:{hukou})(?:地|所在地)?(?:为|在|属于?)(?:{where})(?!(?:{outside}))的[^，。；]{{0,4}}?(?:{persons})"
            rf"|(?<![非外与和同及、])(?:{bare})"),
        "migrant": re.compile(migrant),
        "together": re.compile(alternation(v["migrant"]["together"])),
        # 户籍在武汉市外 · 户籍不在本区 · 非本市户籍 · 外省户籍
        "definition": re.compile(
            rf"(?:{hukou})(?:地|所在地)?(?:在|为|属于?)?[^，。；、]{{1,12}}?(?:{outside})(?![^，。；]{{0,3}}(?:{hukou}))"
            rf"|(?:{hukou})(?:地|所在地)?(?:{negation})(?:{where})"
            rf"|(?:{negation})(?:{where}|[\u4e00-\u9fff]{{2,4}}?)(?:常住)?(?:{hukou})"
            rf"|外(?:省|市|县|区|地)(?:[市县区]{{0,3}})(?:{hukou})"),
        "kind": re.compile(alternation(v["hukou"]["kind"])),
        # 第一类 · 第二批次 · 一类生源 · 一批：… (a tier's label without 第 at the head of its line)
        "tier": re.compile(rf"第[一二三四五六七八九十\d]+(?:{tier})|[一二三四五六七八九十]类(?:生源|学生|儿童|对象)"
                           rf"|^\s*[一二三四五六七八九十](?:批次|批|类)\s*[：:]"),
        "order": re.compile(rf"(?:{marks})[^，。；（）()]{{0,12}}?(?:{verbs})|(?:{verbs})[^，。；（）()]{{0,6}}?(?:{marks})"
                            rf"|(?:按|按照|依照)[^，。；]{{0,40}}?(?:顺序|先后|次序)|额满为止|满额为止"
                            # one kind before another: 先有房，后无房; 先人户一致，后人户分离; 先户籍后非户籍
                            rf"|(?<![优首预事率原])先[^，,。；;先后]{{1,10}}?[，,、]?后[^，,。；;先后]{{1,10}}"
                            # ranking by a quantity: 以社会保险缴纳时间长短（…）依次排序
                            rf"|(?:以|按|按照)[^，。；]{{0,30}}?(?:长短|先后|多少|高低)"
                            # admitted as if local: 依照市区户籍学生入学政策保障入学, 享受户籍生同等待遇
                            rf"|(?:{alternation(v['order']['as_local'])})[^，。；]{{0,8}}?(?:{hukou})(?:适龄)?(?:{children})"
                            rf"[^，。；]{{0,6}}?(?:{alternation(v['order']['as_local_what'])})"),
    }


@lru_cache(maxsize=64)
def _own_place(places: tuple[str, ...]) -> re.Pattern[str] | None:
    """Local children named by the document's own place, as written short (钢城户籍房产居民子女 in 钢城区)."""
    if not places:
        return None
    v = vocabulary("scope")
    hukou = alternation(v["hukou"]["words"])
    children = alternation(v["local"]["children"])
    names = alternation(places)
    return re.compile(rf"(?<![非外无])(?:{names})(?:常住)?(?:{hukou})[^，。；、非]{{0,6}}?(?:{children})")


def local_subject(text: str, places: tuple[str, ...] = ()) -> Reading | None:
    """The words naming local-hukou children as the subject of ``text`` (``具有本区户籍的适龄儿童``);
    ``places`` are the document's own place names (钢城区, 钢城), whose hukou is the local one."""
    p = _patterns()
    if p["migrant"].search(text) or p["together"].search(text):
        return None
    found = p["local"].search(text)
    own = _own_place(places)
    if not found and own is not None:
        found = own.search(text)
    if not found:
        return None
    if re.search(r"其他[^，。；、的]{0,3}?(?:区|县|市|旗)|其它[^，。；、的]{0,3}?(?:区|县|市|旗)", found.group(0)):
        return None  # 本市其他区县户籍的适龄儿童: another district's hukou (县内其他乡镇户籍学生 is still the county's)
    return Reading(LOCAL, found.start(), found.end())


@lru_cache(maxsize=None)
def _house_and_hukou() -> re.Pattern[str]:
    w = vocabulary("scope")["house_and_hukou"]
    house, hukou, agree = (alternation(w[k]) for k in ("house", "hukou", "agree"))
    return re.compile(rf"{alternation(w['words'])}"
                      rf"|(?:{house})[、和与及]\s*(?:{hukou})(?:两证)?[^，,。；;、]{{0,3}}?(?:{agree})"
                      rf"|(?:{hukou})[、和与及]\s*(?:{house})(?:两证)?[^，,。；;、]{{0,3}}?(?:{agree})"
                      rf"|(?:{hukou})(?:地址)?[和与及]\s*(?:{house})[^，,。；;、]{{0,14}}?(?:{alternation(w['far_agree'])})"
                      rf"|(?:{hukou})[^。；;，,]{{0,4}}[，,]\s*(?:{house})(?:地址)?(?:{alternation(w['in_catchment'])})"
                      rf"(?:本|我校|该校|学校|所在|对应)?[^，,。；;]{{0,4}}?(?:{alternation(w['catchment'])})"
                      rf"|(?:{hukou})(?:都|均|也|同时)?(?:在|属于|位于)(?:本|我校|该校|学校|所在|对应)?[^，,。；;不非外]{{0,4}}?"
                      rf"(?:{alternation(w['catchment'])})(?=[^。；;]{{0,40}}?(?<!无)(?<!没有)(?:{alternation(w['house_any'])}))")


def house_and_hukou(text: str) -> Reading | None:
    """A house and a hukou demanded together (``房户一致``, ``两证合一``, ``要求房证、全家户口满3年以上``): the catchment
    rule of local-hukou children, whose hukou is registered at the house; or None, and None when ``text`` names
    migrant children (the rule is then theirs to read)."""
    p = _patterns()
    if p["migrant"].search(text):
        return None
    found = _house_and_hukou().search(text)
    return Reading(LOCAL, found.start(), found.end()) if found else None


def names_migrants(text: str) -> bool:
    """Whether a document names migrant children, newcomers or the residence permit anywhere: one that
    never does is a rule for all children (catchment, hukou and housing order), not for migrant children."""
    return bool(_patterns()["migrant"].search(text) or re.search(r"居住证|暂住证|居住登记", text))


def names_migrant_words(text: str) -> bool:
    """Whether ``text`` names migrant children, newcomers or the residence permit (not a 居住证明, a paper of residence
    any family may bring)."""
    return bool(_patterns()["migrant"].search(text) or re.search(r"居住证(?!明)|暂住证|居住登记", text))


def heading_scope(title: str, places: tuple[str, ...] = ()) -> str | None:
    """Whether a heading opens a part for local-hukou children (``LOCAL``) or migrant children (``MIGRANT``);
    ``places`` are the document's own place names, whose hukou is the local one (``未央区户籍房户一致``,
    ``未央区户籍统筹类`` in 未央区; ``非未央区户籍统筹类`` names migrant children)."""
    p = _patterns()
    if p["migrant"].search(title):
        return MIGRANT
    if local_subject(title, places) is not None or re.search(
            r"户籍(?:适龄)?(?:儿童|学生|生)|常住(?:户口|户籍)|本(?:市|区|县|地)(?:户口|户籍)", title):
        return LOCAL
    own = _own_heading(places)
    if own is not None and own.search(title):
        return LOCAL
    return None


#: an opening asking conditions of whoever applies (符合下列条件的, 同时具备以下条件的, 满足以下条件之一的)
_ASKS_CONDITIONS = re.compile(r"(?:符合|具备|具有|满足|达到)[^，,。；;：:]{0,6}条件")


def lead_scope(text: str, places: tuple[str, ...] = ()) -> Reading | None:
    """An opening of a list whose subject is local-hukou families (``宁阳县户籍的，须具备以下条件并提供相关材料：`` in
    宁阳县; ``具有本区户籍的，提供以下材料：``): the items after it are a part for local-hukou children, as if a heading
    said so; or None.  The subject is the opening's first clause, short and naming nothing else (``非宁阳县户籍的``
    names migrants; ``户籍在外县的`` says who is one); ``places`` are the document's own place names."""
    if not text.rstrip().endswith(("：", ":")):
        return None
    as_local = _as_local_lead().search(text)
    if as_local is not None and not names_migrants(text) and not _ASKS_CONDITIONS.search(text):
        # (符合下列条件的，按照本区户籍适龄儿童办法安排入学： asks conditions of whoever applies, the migrant children
        # among them: their conditions, not a part for local children; 有下列情况之一的…享受同等政策： names cases)
        return Reading(LOCAL, as_local.start(), as_local.end())
    first = re.split(r"[，,：:]", text.strip(), maxsplit=1)[0]
    if len(first) > 24 or definition(first) is not None or other_group(first) is not None or names_migrants(first):
        return None  # (具有本区户籍或持有本区居住证的: migrants too)
    if heading_scope(first, places) != LOCAL:
        return None
    return Reading(LOCAL, 0, len(first))


@lru_cache(maxsize=None)
def _as_local_lead() -> re.Pattern[str]:
    v = vocabulary("scope")
    w = v["as_local_lead"]
    children = alternation(v["local"]["children"])
    bare = alternation(v["local"]["bare"])
    hukou = alternation(v["hukou"]["words"])
    where = rf"(?:{alternation(v['local']['place'])}|本行政区域内|本行政区内|{_NAMED_PLACE})"
    return re.compile(
        rf"(?:{alternation(w['with'])}){where}?[^，,。；;：:]{{0,8}}?(?:{bare}|{children})[^，,。；;：:]{{0,4}}?"
        rf"(?:{alternation(w['same'])})"
        rf"|(?:{alternation(w['as_'])})(?:{bare}|{where}(?:常住)?(?:{hukou})(?:适龄)?(?:{children}))")


@lru_cache(maxsize=64)
def _own_heading(places: tuple[str, ...]) -> re.Pattern[str] | None:
    """A heading naming the hukou of the document's own place (``未央区户籍…``, ``钢城户口…``)."""
    if not places:
        return None
    hukou = alternation(vocabulary("scope")["hukou"]["words"])
    return re.compile(rf"(?<![非外无])(?:{alternation(places)})(?:常住)?(?:集体)?(?:{hukou})")


def definition(text: str) -> Reading | None:
    """A clause saying a hukou lies elsewhere (``户籍在武汉市外``): who counts as a migrant child.

    A hukou of a kind (``外省农村户口``) is a condition on the hukou, not a definition.
    """
    p = _patterns()
    if p["kind"].search(text):
        return None
    found = p["definition"].search(text)
    if not found:
        return None
    return Reading(DEFINITION, found.start(), found.end())


def admission_order(text: str) -> Reading | None:
    """Words setting an admission order: a priority tier (``第一类``) or an order (``按…顺序依次招生``, ``优先安排``)."""
    p = _patterns()
    found = p["tier"].search(text) or p["order"].search(text)
    if not found:
        return None
    return Reading(ORDER, found.start(), found.end())


_EXCLUDED = lazy_re.compile(
    r"(?:户籍|户口)的?(?:适龄)?(?:儿童|学生|少年|子女|生源)[^，。；]{0,6}?(?:不得|不能|不予|不再|一律不)(?:在[^，。；]{1,12}?)?"
    r"(?:入学|就读|报名|录取|招收)"
    r"|(?:不录取|不予录取|不接收|不予接收|不招收|不予招收|不得招收|不得接收)[^，。；]{0,24}?(?:户籍|户口)")


def hukou_exclusion(text: str) -> Reading | None:
    """Words turning children away by their hukou (``…户籍的儿童不得在城关区入学``,
    ``原则上不录取持有…其他行政区划内户籍的适龄儿童``): the hardest condition on hukou there is."""
    found = _EXCLUDED.search(text)
    if not found:
        return None
    return Reading("excluded", found.start(), found.end(), "户籍")


@lru_cache(maxsize=None)
def _hukou_place() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    v = vocabulary("scope")
    w = v["hukou_place"]
    hukou = alternation(v["hukou"]["words"])
    # not a state (已在原籍就学的学生): a sending is no relative clause and has no 已 before it
    sent = re.compile(rf"(?<![已曾正现])(?:{alternation(w['go'])})(?:其)?(?:{alternation(w['place'])})[^，,。；;]{{0,10}}?"
                      rf"(?:{alternation(w['enrol'])})(?!的|[\u4e00-\u9fff]{{0,2}}的)")
    may = re.compile(rf"(?:{alternation(w['may'])})[^，,。；;]{{0,3}}$")
    group = re.compile(rf"(?P<hukou>{hukou})(?:的)?[^，,。；;]{{0,10}}?(?:{alternation(w['group'])})")
    return sent, may, group


def hukou_place(text: str) -> Reading | None:
    """Words sending a group to enrol where its hukou is (``…户籍的交叉务工人员，其子女在户籍所在地按学区登记入学``,
    ``后一类对象…原则上须在户籍所在地登记入学``): a rule for children who do not enrol here, not a condition of
    enrolling here.  Labelled ``excluded`` (value 户籍) when the group is named by a hukou it holds (本市其他区县户籍的…):
    children turned away by hukou, a hukou condition; else ``elsewhere``.  An option (``可在原户籍所在地…入学``) is
    no sending."""
    sent, may, group = _hukou_place()
    found = sent.search(text)
    if found is None or may.search(text[:found.start()]):
        return None
    named = None
    for candidate in group.finditer(text, 0, found.start()):
        clause = max(text.rfind(mark, 0, candidate.start()) for mark in "，,。；;、") + 1
        named_as = text[clause:candidate.end()].replace("外来", "□□")  # 户口的外来务工家庭: 外来 is no "outside"
        if re.search(rf"(?<![非外无])(?:{alternation(vocabulary('scope')['local']['place'])})(?:常住)?$",
                     text[clause:candidate.start("hukou")]):
            return None  # 本区户籍的家庭，其子女在户籍所在地学区就读: local children's catchment, not a sending away
        if definition(named_as) is None:  # 非本市户籍的…, 户籍在外县的…: migrants, not a hukou held
            named = candidate
    if named is not None:
        return Reading("excluded", named.start(), found.end(), "户籍")
    return Reading("elsewhere", found.start(), found.end())


@lru_cache(maxsize=None)
def _permit_application() -> re.Pattern[str]:
    w = vocabulary("scope")["permit_application"]
    apply, may, needs = (alternation(w[k]) for k in ("apply", "may", "needs"))
    permit = r"《?[\u4e00-\u9fff]{0,4}?居住证》?"
    return re.compile(rf"(?:{may})(?:依照[^，,。；;]{{0,12}}?)?(?:{apply}){permit}(?!持有|的|[\u4e00-\u9fff]{{0,6}}(?:满|以上))"
                      # (not a permit held a time: 办理居住证须满一年)
                      rf"|(?:{apply}){permit}[，,]?\s*(?:{needs})(?!\s*(?:满|达到?|超过|不少于|不低于|连续|一年|半年|\d))")


def permit_application(text: str) -> Reading | None:
    """Words saying how the residence permit itself is obtained (``…等三个条件之一的相关材料方可申领居住证``,
    ``申领居住证，需在居住地公安派出所申报居住登记满180天``, ``然后申请办理《上海市居住证》``): the permit's own
    conditions (the regulation's Article 2), not conditions of entry; or None.  Holding a permit for a time
    (``申领居住证满一年``) is no application."""
    found = _permit_application().search(text)
    return Reading("permit", found.start(), found.end()) if found else None


@lru_cache(maxsize=None)
def _hukou_demand() -> re.Pattern[str]:
    v = vocabulary("scope")
    w = v["hukou_demand"]
    hukou = alternation(v["hukou"]["words"])
    return re.compile(rf"(?:{hukou})(?:所在地)?(?:{alternation(w['must'])})(?:{alternation(w['be'])})"
                      rf"(?:{alternation(w['here'])}|{_NAMED_PLACE}|[\u4e00-\u9fff]{{1,6}}?(?:学区|片区|户籍|户口))")


def hukou_demand(text: str) -> Reading | None:
    """Words demanding a hukou here (``孩子户籍必须在本学区``): in a document for all children, a child without it
    is not admitted; or None.  A time of moving the hukou (``户籍迁移时间应在…前``) is no demand of one."""
    found = _hukou_demand().search(text)
    return Reading("excluded", found.start(), found.end(), "户籍") if found else None


@lru_cache(maxsize=None)
def _other_group() -> re.Pattern[str]:
    return re.compile(alternation(vocabulary("scope")["other_group"]["groups"]))


def other_group(text: str) -> Reading | None:
    """The words naming another group than migrant children as the subject of ``text`` (``政策性照顾群体：…烈士子女、
    现役军人子女…``, ``港澳台籍适龄儿童凭…``): in the sentence's first clause, and no word naming migrant children
    anywhere in it (``优抚对象子女和西安市外地户籍…的适龄儿童`` is about migrants as well); or None."""
    p = _patterns()
    if p["migrant"].search(text):
        return None
    first = re.split(r"[，,；;。]", text, maxsplit=1)[0]
    # not in brackets (持我市有效《广东省居住证》（港澳居民持有…）: the permit, and a note on another group)
    first = re.sub(r"[（(][^）)]*[）)]", lambda m: "□" * len(m.group(0)), first)
    found = _other_group().search(first)
    return Reading("other", found.start(), found.end()) if found else None


def ranks_by_hukou(text: str) -> bool:
    """Whether an admission order ranks children by hukou (``户籍生优先``, ``①有户有房…④无户无房顺序``)."""
    return bool(re.search(r"户籍|户口|有户|无户|本地生|本地学生|(?:人|房|住)、?户(?:一致|合一|分离)", text))


@lru_cache(maxsize=None)
def _no_house() -> re.Pattern[str]:
    return re.compile(alternation(vocabulary("scope")["no_house"]["words"]))


def admits_without_house(text: str, before: str = "") -> Reading | None:
    """Words of an admission order naming a tier of children without a house (``①房户一致②父母无房产且三代同住…④有户
    无房的同一行政区学生``, under ``3、分批次招收学生顺序：``): the order admits them after the others, so a house ranks
    children and gates none; or None.  ``before`` is the paragraph before, which may hold the order's words; the
    words are a tier when a tier's mark comes right before them (②, 第四批次：) and ``text`` or ``before`` reads as an
    admission order; never a house refused (``无房产的不予接收``)."""
    for found in _no_house().finditer(text):
        if re.search(r"不予|不得|不能|不再|不接收|不招收|不受理|拒绝", text[found.end():found.end() + 12]):
            continue
        # a way in of its own for children without a house (无房产的随迁子女，由教育局统筹安排入学): the house gates none
        if re.match(r"[^。；;，,]{0,12}?的[^。；;]{0,12}?[，,]?\s*(?:由|按|经)[^。；;]{0,16}?(?:统筹安排|安排入学|安排就读|安排到)",
                    text[found.end():]) and not re.search(r"证明|提供|出具", text[found.start():found.end() + 30]):
            return Reading("order", found.start(), found.end())
        # or one by the permit (在城区没有房产的随迁子女可凭居住证明申请入学, 无房的随迁子女，可凭居住证入学): the house
        # gates none either
        if re.match(r"[^。；;，,]{0,12}?的[^。；;，,]{0,12}?[，,]?\s*(?:均可|也可|可以|可)凭(?:借)?[^。；;，,]{0,12}?(?:申请)?"
                    r"(?:入学|就读|报名)", text[found.end():]):
            return Reading("order", found.start(), found.end())
        # the tier the words name: from a tier's mark right before them, in the same sentence (特殊情况的如有户无房还需
        # 提供…无房证明 names a case inside a tier, no tier)
        if not re.search(r"(?:[①-⑳]|第[一二三四五六七八九十\d]+(?:批次|批|类|顺位|梯队|层次)[：:]?|[一二三四五六七八九十]类)"
                         r"[^①-⑳。；;，,]{0,12}$", text[:found.start()]):
            continue
        if admission_order(text) is None and admission_order(before) is None:
            continue
        return Reading("order", found.start(), found.end())
    return None


@lru_cache(maxsize=None)
def _shared_dwelling() -> re.Pattern[str]:
    w = vocabulary("scope")["shared_dwelling"]
    # (共有产权住房 is a kind of house bought, 北京's and 上海's: 购买共有产权住房的，父母产权份额不低于50% is a housing
    # condition; the rule names whose child the place goes to)
    return re.compile(rf"(?:{alternation(w['shared'])})(?!住房|房(?!产))[^。；;]*?(?:{alternation(w['share'])})"
                      rf"(?=[^。；;]*?(?:子女|孩子|儿童|学生))")


def shared_dwelling(text: str) -> Reading | None:
    """Words saying which co-owner's child a co-owned dwelling's catchment place goes to (``同一房产多人共有产权的，只安排
    户主身份且房产份额超过50%以上条件的子女入学``): the use of a catchment dwelling's place, a rule for every family that
    enrols by its house, no housing condition; or None.  A share owned alone (``拥有该房屋产权比例超过50%…的，积24分``)
    names no co-ownership."""
    found = _shared_dwelling().search(text)
    return Reading("shared", found.start(), found.end()) if found else None


@lru_cache(maxsize=None)
def _guardian_at_home() -> re.Pattern[str]:
    w = vocabulary("scope")["hukou_place"]
    return re.compile(rf"(?:{alternation(w['place'])})[^，,。；;、]{{0,4}}?(?:{alternation(w['guardian'])})")


def guardian_at_home(text: str) -> Reading | None:
    """A group sent to enrol where its hukou is, named by having someone to look after the child there (``凡在户籍
    所在地有监护条件的外来务工人员子女，应在户籍所在地接受义务教育``): the converse of ``户籍所在地没有监护条件`` -- only a
    child with no guardian at home enrols here, a want only the hukou place can attest; or None.  The words span from
    the guardian to the end of the sending (:func:`hukou_place`); None when ``text`` sends no one home."""
    sent = hukou_place(text)
    if sent is None or sent.label != "elsewhere":
        return None
    found = None
    for found in _guardian_at_home().finditer(text, 0, sent.start):
        pass
    if found is None:
        return None
    return Reading("no_guardian", found.start(), sent.end, "其他")
