"""Reading the facts of a draft: metadata, conditions, materials, schedules, points, private schools.

The extractor reads sentences the way a reviewer does, by their frames: a
chapter heading (``第二章　入学条件``, ``三、报名材料``) says what its sentences are
about; ``须同时具备下列条件`` and ``具备…条件之一`` set whether conditions are all
required or any one suffices; ``须提供以下材料：`` opens a list; ``报名时间为…`` pairs a
stage with a date.  A value is written only when a frame reads it with certainty,
as the draft's own words (so a finding can point into the sentence); anything
else that looks like a fact is reported as 待确认 with the sentence quoted.
Nothing is filled in from outside the draft except the province and city of a
named county (:mod:`policy_lint.places`, the table of administrative divisions).

The sentences are read folded (:mod:`policy_lint.normalise`: no invisible
characters, look-alike ideographs and traditional forms read as the vocabulary's,
so 獨生子女證 and 持有满\u200b一年 read as 独生子女证 and 持有满一年); every value, quote
and position that leaves the extractor is the draft's text as written
(:class:`_Folding`), so the rules it writes hold what the draft holds and PL001
can point at a hidden character.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .. import values as V
from ..build import normalise_material
from ..messages import LocalText, text as message
from ..normalise import fold, invisible
from .draft import Cell, Draft, Line
from .model import QUOTED, Aside, Entry, Extraction, Group, Origin, Unread, condition_entries, condition_groups
from .readers import NEGATION as _NEGATION, NUMERALS as _CN_NUM
from .readers import boilerplate as _boilerplate
from .readers import condition as _condition
from .readers import material_condition as _material_condition
from .readers import parents as _parents
from .readers import transfer as _transfer
from .readers import points as _points
from .readers import private as _private
from .readers import schedule as _schedule
from .readers import precedence as _precedence
from .readers import running as _running
from .readers import scope as _scope
from .pieces import Piece, depth_split, outside_brackets
from .pieces import joined as _joined
from .place_reader import read_place
from .. import lazy_re

# --- the draft's structure ------------------------------------------------------

_CHAPTER = lazy_re.compile(
    rf"^\s*(?:#+\s*)?(?:第[{_CN_NUM}]+章|[{_CN_NUM}]+\s*[、．.。])\s*(?P<title>[^。；;，,：:\s][^。；;，,：:]{{1,23}}?)\s*(?:[。．.：:]|$)")
_SUB = lazy_re.compile(rf"^\s*(?:#+\s*)?[（(][{_CN_NUM}]+[)）]\s*(?P<title>[^。；;，,：:]{{2,12}}?)\s*[。．.：:]")
def _numbering(text: str) -> str | None:
    """The kind of number a paragraph opens with (（一）, (1), 1., ①, 一、), or None: headings of one level share one."""
    for kind, pattern in _NUMBERINGS:
        if pattern.match(text):
            return kind
    return None


_NUMBERINGS = [(kind, lazy_re.compile(pattern)) for kind, pattern in (
    ("（一）", rf"^\s*[（(][{_CN_NUM}]+[)）]"), ("（1）", r"^\s*[（(]\d+[)）]"), ("一、", rf"^\s*[{_CN_NUM}]+\s*[、．.]"),
    ("1.", r"^\s*\d+\s*[、．.]"), ("①", r"^\s*[①-⑳]"), ("第一", rf"^\s*第[{_CN_NUM}]+[章条节部分]"))]
# a line that is nothing but a numbered name: （一）本市城区常住户籍适龄儿童 (a heading for the scope of a part)
# (a tier naming whom it admits is one too: 第一批次：西固区户籍儿童)
_SCOPE_HEAD = lazy_re.compile(rf"^\s*(?:#+\s*)?(?:[（(](?:[{_CN_NUM}]+|\d+)[)）]|\d+\s*[、．.]"
                              rf"|第[{_CN_NUM}\d]+(?:批次|批|类|顺位|梯队|层次)\s*[：:])"
                              rf"\s*(?P<title>[^。；;，,：:]{{2,24}})\s*[：:]?\s*$")
# children named as those meeting the conditions, the conditions spelled out in a bracket after 即:
# 对于符合条件的市内户籍流动人口随迁子女（即：用人单位为其购买的社保证明〔…〕或法定监护人经商的工商营业执照〔…〕）
_SPELLED_OUT = lazy_re.compile(r"符合(?:规定|相关|上述|以下|入学|本地|入学规定)?条件的[^，,。；;（(]{0,24}(?P<open>[（(])\s*即\s*[：:]?\s*")
# a numbered name of a group with its items run on after it on the line: （二）进城务工随迁子女1.户口簿（…）；2.…
_GROUP_THEN_ITEMS = lazy_re.compile(rf"^\s*[（(][{_CN_NUM}]+[)）]\s*(?P<title>[^。；;，,：:\d]{{2,24}}?)(?=1\s*[.．、][^\d])")
# a bare line naming a part: 我要上小学-常住户口（房户住一致）
_BARE_HEAD = lazy_re.compile(r"^\s*(?P<title>[^。；;，,：:、]{2,30})\s*$")
_ARTICLE = lazy_re.compile(rf"^\s*(?:#+\s*)?第[{_CN_NUM}]+条\s*")
_ITEM = lazy_re.compile(r"^\s*(?:[-*+]\s+)?(?:[（(](?:[一二三四五六七八九十]+|\d+)[)）]|\d+\s*[．.、)）]|\d{1,2}[ \t\u3000]+(?=[\u4e00-\u9fff])(?![年月日号时点个周岁天分秒])|[①-⑳⑴-⒇⒈-⒛]|[●•◆◇■□▪▶►]|[一二三四五六七八九十]是(?=[^，,。；;：:])|第[一二三四五六七八九十]+种(?:情形|情况)[：:])\s*")
# a bundle's name, then the papers it stands for: 四证即A、B、C、D; “四证”具体为：户籍证明，…；居住证明，…
_BUNDLE = lazy_re.compile(r"^\s*[“\"「]?[二三四五六七八九]证[”\"」]?(?:齐全)?\s*(?:具体)?(?:即|是指|是|指|包括|为)\s*[：:]?")
_SENTENCE_END = lazy_re.compile(r"[。；;！？!?]")
# a list opened by a colon inside a paragraph's sentence: 凭证具体为：①居住凭证：…；②…
# (申请人必须同时满足的条件：（1）…；（2）…, 应满足以下条件：（一）…: a list of conditions opened inline too)
_INLINE_ITEMS = lazy_re.compile(r"(?:(?:具体为|具体是|具体如下|如下|包括|分别为|以下|下列)[^，。；,;：:]{0,8}|条件(?:是|为|如下)?)[：:]\s*"
                                r"(?P<item>[①-⑳]|[（(]\d+[)）]|[（(][一二三四五六七八九十]{1,3}[)）])")
# a question asking which conditions or papers (…申请积分入学需要具备哪些基本条件？ then 答：（1）…): it opens the list of the
# items answering it, as a colon does
_ASKS_WHICH = lazy_re.compile(r"(?:哪些|什么|哪几(?:项|个|种)?)[^，,。；;？?]{0,8}(?:条件|材料|证件|资料|证明)\s*$")
# a title whose head word is the conditions (积分制申请条件, 积分入学基本条件), whatever else it names
_NAMES_CONDITIONS = lazy_re.compile(r"(?:申请|入学|报名|基本|就读)条件$")

_TOPICS = (
    ("points", lazy_re.compile(r"积分")),
    ("private", lazy_re.compile(r"民办学校(?:招生|管理)?$|民办学校招生")),
    ("materials", lazy_re.compile(r"材料|证件|证明")),
    ("conditions", lazy_re.compile(r"条件|对象|资格")),
    ("schedule", lazy_re.compile(r"招生|报名|录取|摇号|时间|安排|办法|程序")),
)
_SECTION = {"conditions": "入学条件", "materials": "证明材料", "schedule": "招生安排",
            "points": "积分入学", "private": "民办学校"}


def _sentence_ends(text: str) -> list[re.Match[str]]:
    """Where the sentences of a paragraph end: at 。；！？ outside round brackets (a list in brackets,
    ``材料（1.在京务工就业材料；2.在京实际住所材料；…）联合审核机制``, is part of its sentence); when the
    brackets of the paragraph do not balance, at every mark."""
    depth, level, balanced = [], 0, True
    for ch in text:
        if ch in "（(":
            level += 1
        elif ch in "）)":
            if level == 0:
                balanced = False
            level = max(0, level - 1)
        depth.append(level)
    balanced = balanced and level == 0
    return [m for m in _SENTENCE_END.finditer(text) if not balanced or depth[m.start()] == 0]


def _item_style(text: str) -> str | None:
    """How an item is numbered: （一） （1） 1. ① or its bullet (● ■): items of one list share it."""
    found = _ITEM.match(text)
    if not found:
        return None
    mark = found.group().strip().lstrip("-*+ ")
    if re.match(r"[（(][一二三四五六七八九十]", mark):
        return "（一）"
    if re.match(r"[（(]\d|[⑴-⒇]", mark):
        return "（1）"  # ⑴, one character, is numbered as （1）
    if re.match(r"[⒈-⒛]", mark):
        return "1."  # ⒈ as 1.
    if re.match(r"\d", mark):
        return "1." + mark[-1] if not mark[-1].isdigit() else "1 "  # 1 申请人…: a number and a space (a web copy)
    if re.match(r"[①-⑳]", mark):
        return "①"
    if mark.endswith("是"):
        return "一是"
    return mark[:1]


def _topic(title: str) -> str:
    if _NAMES_CONDITIONS.search(title):
        return "conditions"  # 积分制申请条件: the conditions of applying (for points too) are entry conditions
    for name, pattern in _TOPICS:
        if pattern.search(title):
            return name
    return "other"


@dataclass
class Sentence:
    piece: Piece
    line: Line
    topic: str | None
    chapter: int  # index of the chapter it sits in (0 before the first)
    item: bool = False  # begins with an item marker: （一） 1． ①
    heading: bool = False  # nothing but a heading
    ends_with_colon: bool = False
    after_semicolon: bool = False  # follows a sentence of the same paragraph that ended with ；
    scope: str | None = None  # _scope.LOCAL inside a part for local-hukou children (a heading said so)


# --- vocabulary -----------------------------------------------------------------

_PERMIT = r"居住证(?!明)|暂住证|居住登记凭证|居住登记|持证"
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("居住证", lazy_re.compile(_PERMIT)),
    # (缴纳各种保险, 参加保险: insurance paid, named without 社会)
    ("社保", lazy_re.compile(r"社会保险|社保|参保|养老保险|医疗保险|(?:缴纳|参加)了?(?:各种|各项|五项|相关)?保险")),
    # 居住, and 生活 with a length after it (在本市生活一年以上; not 生活用房); 租住满16个月 is a rental's length (住所)
    # (居住地 is a place: 一年以上居住地的房屋租赁协议 is a rental's length, 住所; 居住地址 is still read as 居住)
    ("居住", lazy_re.compile(r"居住(?!证|登记|地(?!址))|生活(?=(?:时间|年限)?(?:已?满|达到?|超过|不少于|不低于|\d|[一二两三四五六七八九十半]+(?:年|个月)))")),
    # (务工地 is a place: 在务工地有稳定的住所 asks housing where the parents work, no employment)
    ("就业", lazy_re.compile(r"就业|务工(?!地)|经商|职业|从业|劳动合同|营业执照|用工|在[^，。；、]{1,10}?(?:工作|上班)(?!日|时间|地)|工作满"
                             r"|(?<!非法)(?<!违法)(?<!违规)(?:投资|依法|合法|个体|从事)?经营(?!性|用房|场所|面积)")),
    # 固定的居所 as material_condition.toml; 在本县租房居住: renting, a housing condition (租房居住满一年 stays a
    # residence length, as the condition reader reads it)
    ("住所", lazy_re.compile(r"住所|住房|租赁|房产|房屋|购房|产权|不动产|居所|租住"
                            r"|(?:租房|买房)(?=[^，,。；;]{0,4}居住(?![^，,。；;]{0,6}?(?:满|\d|[一二两三四五六七八九十半]+(?:年|个月))))")),
    # (not the hukou place as a place: 持有本市或原户籍地卫生部门签发的儿童预防接种证)
    # (属地户籍适龄儿童 is the local children, 属地 "the place's own": no hukou belonged to)
    ("户籍", lazy_re.compile(r"(?:为|属(?!地)|是|具有|拥有|取得|持有)[^，。；、]{0,8}(?:户籍|户口)(?!(?:所在)?地(?!址?\s*(?:为|在|属|是)))"
                            r"|户籍(?:为|在|属于?)|户口(?:在|为)")),
)
# who the condition is about: masked before the kind is read (进城务工人员 is not 就业)
_SUBJECT = lazy_re.compile(
    # the children named by their parents' work (来海务工就业人员子女, 外来务工经商人员子女, 外来务工子女): whose children, no
    # condition
    r"(?:进城|外来|来[\u4e00-\u9fff])?务工(?:就业|经商)?人员(?:随迁)?(?:子女)?|(?:进城|外来)务工(?:就业|经商)?(?:随迁)?子女|进城务工|随迁子女(?:的)?|(?:其)?(?:父母|家长)(?:一方|双方)?(?:或|和|及)?(?:其他)?(?:法定)?监护人"
    r"|(?:其)?(?:父母|家长)(?:一方|双方)?|(?:其他)?法定监护人|监护人|居住证持有人|持证人")
_PAYER = lazy_re.compile(r"父母|家长|监护人|一方|双方")
# who must pay, stated once for a whole list: 父母一方须同时具备以下条件
_PAYER_SUBJECT = lazy_re.compile(
    r"(?P<payer>(?:父母|家长)(?:双方或一方|一方或双方|一方|双方)|(?:其他)?(?:法定)?监护人一方)(?:均|都)?(?:须|应当?|需|必须)")
_LEADING = lazy_re.compile(r"^(?:(?:招生|入学|报名|招收|申请)?对象(?:为|是)|并且|并|且|同时|还须|还需|另须|须|需|应当|应|必须|要求|要|以及|和"
                           r"|及|或者|或|均|即|具备|具有|符合|满足)")
_TRAILING = lazy_re.compile(r"(?:的|者|即可|均可|为准)$")
_ONE_OF = lazy_re.compile(
    r"^(?:具备|符合|满足|具有|有)?(?P<list>.*?)(?:等)?(?:条件|情形|情况)?(?:中的|其中)?"
    r"(?:之一|任一项|任意一项|任一)(?:项)?(?:的|者|即可|均可)*$")
_ONE_OF_VERB = lazy_re.compile(
    r"(?:具备|符合|满足|具有)(?P<list>.*?)(?:等)?(?:条件|情形|情况)?(?:中的|其中)?"
    r"(?:之一|任一项|任意一项|任一)(?:项)?(?:的|者|即可|均可)*"
    # …满足下列条件之一的非昆山籍人员符合入学年龄的子女: the children the list is about, after it
    r"(?:[^，。；]{0,24}?(?:子女|儿童|少年|人员|家庭))?$")
# 满足下列条件之一可认定为有合法稳定职业：… — the items are the forms of one condition, not conditions
_FORMS_OF = lazy_re.compile(r"(?:满足|符合|具备)(?:下列|以下|如下)(?:条件|情形|情况)之一(?:的)?[，,]?(?:即)?(?:可|均可|可以)?"
                       r"(?:认定|视为|算作|视作)(?:为)?(?P<what>[^，。；：:]+)")
_INTRO_ANY_LIST = lazy_re.compile(r"^(?:下列|以下|如下|下述|上述|其)?(?:[一二两三四五六七八九十\d]+\s*(?:种|项|个|类))?$")
_INTRO_ALL = lazy_re.compile(r"(?:同时|全部)(?:具备|符合|满足)|(?:具备|符合|满足)(?:以下|下列|如下|下述)(?:全部)?(?:条件|要求)")
_OR = lazy_re.compile(r"或者|或是|或")


def _OR_SPLIT(piece: Piece) -> list[Piece]:
    """``piece`` split at 或 (劳动合同或营业执照: either paper), outside brackets."""
    return depth_split(piece, _OR)
#: after the words naming who (父母或其他法定监护人均): they provide the list (需提供…), so each condition is theirs
_PROVIDES = lazy_re.compile(r"\s*(?:均|都|各自|分别|同时)?\s*(?:需|须|应当?|要|必须)?\s*(?:提供|提交|出示|携带|准备|递交|持有|具备)")
#: a residence length naming no place (连续居住满二年), after a housing clause: how long that housing is lived in
_HOUSED_LENGTH = lazy_re.compile(r"^(?:连续|累计|实际)?(?:居住|住)(?:时间|年限)?(?:满|达到?|超过|不少于)")
# a heading that states a condition (在黄埔区有合法稳定住所), not only names its topic (居住证时长计算方法)
_STATES_CONDITION = lazy_re.compile(r"合法|稳定|具有|拥有|持有|有[^，。；]{0,4}(?:住所|住房|就业|职业)|满")
# a bare line naming the conditions that its next paragraph states: 非海口市户籍务工人员随迁子女小学入学条件
_CONDITIONS_LINE = lazy_re.compile(r"^\s*[^。；;，,：:！？]{0,30}?(?:入学条件|申请条件|报名条件|招生条件|就读条件"
                                   r"|(?:应|须|需|要)?具备的条件|入学(?:资格)?要求)\s*[：:]?\s*$")
# a sentence announcing the conditions listed after it, even without a colon: 具备以下条件的，可…就读
_ANNOUNCES_ITEMS = lazy_re.compile(
    r"(?:具备|符合|满足)(?:以下|下列|如下)(?:全部|所有)?(?:[一二两三四五六七八九十\d]+\s*(?:种|项|个|类))?(?:条件|情形|情况|要求)")
_AND = lazy_re.compile(r"并且|并|且|和|及(?!以上|以下|其)|、")  # 半年及以上 is one length, 及其 one subject
def _children_words() -> str:
    """The names of the children the rules are about (readers/condition.toml ``[children]``), as an alternation."""
    from .readers import alternation as _alternation, vocabulary as _vocabulary
    return _alternation(_vocabulary("condition")["children"]["words"])


_CHILDREN = _children_words()
_COND_FRAME = lazy_re.compile(r"条件|方可|可(?:提交|提出)?(?:入学)?申请|可以申请|可(?:入读|就读)|可为其子女申请|可(?:为其子女)?报名|可在[^，。；]{0,8}报名"
                         rf"|(?:持有|持|满|缴纳|参加)[^。；]*的[^，。；的]{{0,16}}?(?:{_CHILDREN})$"
                         # 招生对象：父母在本区务工且有固定住所的随迁子女 / 其父或母…有合法稳定职业及住所，年满6周岁的适龄儿童少年:
                         # the children admitted, defined by the conditions their parents meet
                         r"|(?:^|对象(?:为|是|[：:]))\s*(?:其)?(?:父或母|父母|家长|父亲或母亲|父母一方|(?:其他)?(?:法定)?监护人)[^。；：:]*?"
                         r"(?:务工|经商|就业|职业|居住(?!证明)|住所|住房|居住证|社保|社会保险)[^。；：:]*的"
                         rf"(?:适龄)?(?:{_CHILDREN}|儿童少年|儿童|子女)(?:少年)?$"
                         # 属于外省市县区农村户口、在临沭城区务工经商的外来务工人员子女，…: the children admitted, by their conditions
                         rf"|(?:^|[，,])(?:凡)?(?:属于|具有|持有|持)[^，。；]*的[^，。；的]{{0,16}}?(?:{_CHILDREN})(?=[，,]|$)"
                         r"|可为其[^，。；]{0,15}?子女申请|^(?:\d+\s*[.．、]|[（(]\d+[)）])?\s*(?:[“\"「][^”\"」，。；]{1,12}[”\"」]方面[，,]\s*)?"
                         r"(?:其)?(?:父母|监护人)[^，。；]{0,6}?(?:均|都|须|需)?"
                         r"(?:持有|持|缴纳|在[^，。；]{1,15}?(?:居住|就业|务工|经商))|可在[^，。；]{0,8}(?:就读|入学)|(?:须|应当?|需|必须)(?:同时)?(?:持|具备|符合|满足|在|有)")
# a sentence requiring a length (居住证持有时间须满1年), outside brackets (…租赁合同（租赁期须满一年以上） is a paper)
_LENGTH_FRAME = lazy_re.compile(r"(?:须|应当?|需|必须)(?:连续|累计)?(?:满|达到?|不少于|不低于|超过)"
                           # 要求家长在当地连续缴纳社保满3年 / 要求家长在当地连续缴纳三年的社保: a word of demand, then in
                           # its clause what the parents do (pay insurance, live, work, hold a permit) and a number of
                           # years or months; the demand word may stand apart from the length
                           # (not papers asked for: 须提供其父母…在本区居住满一年的《居住证》 is a list of papers)
                           r"|(?:要求|需要|须|需|应当?|必须)(?!提供|提交|出示|携带|递交|出具)[^，,。；;：:]{0,20}?"
                           r"(?:缴纳|缴交|参加|参保|居住|务工|就业|经商|工作|持有|租住)"
                           r"[^，,。；;：:]{0,14}?(?:\d+|[一二两三四五六七八九十]+)\s*(?:个月|年|周年)(?!\d|[一二三四五六七八九十])")

_MAT_VERB = lazy_re.compile(r"提供|提交|递交|携带|出具|出示|准备|交验|上传|持(?!有|续|证|[^，。；、,;]{0,8}?(?:居住证|暂住证)(?:连续|累计|满|已满|达|\d|[一二两三四五六七八九十半]))")
_MAT_WORD = lazy_re.compile(r"材料|证件|证明|资料")
# a list of papers to bring (报名须提供：…), not a sentence that only holds 持 (持居住证连续满五年)
_MAT_LIST = lazy_re.compile(r"提供|提交|递交|携带|出具|出示|上传|准备|材料|证件|资料")
_MAT_END = lazy_re.compile(r"等(?:相关|有关)?(?:材料|证件|证明材料|证明|资料)|(?:等)?(?:相关|有关)?(?:材料|证件|资料)$")
#: a paper named by who issues it, its contents following (居委会开具的…): read to the document that ends it
_ISSUED_BY = lazy_re.compile(r"(?:开具|出具|核发|颁发|签发)的")
_DOC_SUFFIX = lazy_re.compile(r"(?:证|证明|合同|执照|簿|本|凭证|证书|书|卡|表|照片|清单|协议|发票|单|手册)》?(?:[（(][^）)]*[)）])?$")
#: a verb saying papers must be provided, after a word of need (需提供, 须提交, 还需提供, 应当出示)
#: (要求提供: 要求 is a word of need as well, 部分学校可能要求提供工资流水; who provides may come between, 须由本人提供,
#: 要由本人提供派出所的无犯罪记录)
_DEMAND_VERB = lazy_re.compile(r"(?:需要|需|须|必须|应当|应|要求|要(?=由))(?:同时|另外?|还|再|另行)?"
                               r"(?:由(?:本人|申请人|家长|其?(?:法定)?监护人|其?父母)(?:本人)?)?(?:提供|提交|递交|携带|出示)")
#: kinds of certificate named by a word each, in quotes, after a verb of holding or providing (持“居住、务工、户籍、流出”等
#: 证明材料)
_QUOTED_KINDS = lazy_re.compile(r"(?:持|提供|提交|出示)(?P<kinds>[“\"「][\u4e00-\u9fff]{1,4}(?:、[\u4e00-\u9fff]{1,4}){1,6}[”\"」]"
                                r"等?(?:相关|有关)?(?P<paper>证明))(?:材料)?")
#: what the papers demanded are for, after them (…工资流水或社保缴纳记录作为补充材料): not part of their names
_AS_PAPERS = lazy_re.compile(r"作为(?:补充|辅助|佐证|证明|审核|入学|报名)?(?:材料|依据|凭证|证明)$")
#: whom a paper is for when they lack another (不属于办证范围的, 无法提供…的, 未办理居住证的): the paper stands in for it
_LACKING = lazy_re.compile(r"不属于|无法|不能|未能|没有|未(?:办理|取得|持有|办)|无(?:居住证|暂住证|合同|房)")
#: a kind of papers named before a colon, stating nothing (户籍证明：, 身份证明：, 居住证明：): a label over the papers
_CATEGORY_LABEL = lazy_re.compile(r"(?:户籍|户口|身份|居住|住所|住房|房产|务工|就业|工作|社保|学籍|监护关系|家庭情况|基本)"
                                  r"(?:情况)?(?:证明|证明材料|材料|证件|资料)")
#: papers named by no name (相关证明, 有关材料, 其他证明材料): what they are is not said, so no paper is read
_VAGUE_PAPER = lazy_re.compile(r"(?:相关|有关|其他|其它|必要|上述|以上|所需)?的?(?:证明|证明材料|材料|证件|资料|手续)")
#: two papers joined by 及, 以及, 和 (房屋租赁协议及《房屋出租治安责任保证书》)
_PAPER_AND = lazy_re.compile(r"以及|及(?!以上|以下|其|时)|和")
_MAT_DETAIL = lazy_re.compile(r"^(?:包括|包含|含|如|例如|即|其中|具体(?:包括|为|是)?|主要(?:包括|有)?|(?:可|需|须)?(?:提供|出示)?(?:以下|下列)?(?:任一|任意一|其中一)项)")
# a verb of providing opening a list of items: 入学报名时须提供：①《居民户口簿》
_ANNOUNCES_PAPERS = lazy_re.compile(r"(?:提供|提交|递交|携带|出示|准备)[^，。；：:]{0,6}(?:如下|下列|以下)[^，。；：:]{0,8}(?:材料|证件|证明|资料)[：:]\s*$")
# a sentence ending by opening a list of papers (…，同时提供以下材料原件及复印件), its colon or none
_OPENS_LIST_AT_END = lazy_re.compile(r"^(?:提供|提交|递交|携带|出示|准备)(?:如下|下列|以下)[^，。；：:]{0,4}(?:材料|证件|证明|资料)"
                                     r"(?:原件(?:及|和|与|、)复印件|复印件|原件)?[。．.：:]?\s*$")
# the last clause of a sentence announcing the papers on the item lines after it, with no colon (…填报《…申请表》，并出示
# 下列证明材料的原件，提交复印件。): the clause from its verb, and the copies to hand in after a comma
_ANNOUNCES_AT_END = lazy_re.compile(r"(?:并|同时|还|另)?(?:须|需|应当?|要)?(?:提供|提交|递交|携带|出示|准备)(?:如下|下列|以下)"
                                    r"[^，。；：:]{0,6}(?:材料|证件|证明|资料)(?:的)?[（(]?(?:原件(?:及|和|与|、)复印件|复印件|原件)?[)）]?"
                                    r"(?:[，,]\s*(?:并)?(?:提交|交|留存|留)(?:其)?复印件)?[。．.]?\s*$")
# a verb of providing opening, with its colon, a list of papers written after it: 应提供以下合法有效报名材料：①…
_OPENS_INLINE = lazy_re.compile(r"(?:提供|提交|递交|携带|出示|准备)(?:如下|下列|以下)[^，。；：:]{0,8}(?:材料|证件|证明|资料)[：:]")
# an item naming a paper, then after its colon the papers that show it: 住所证明：法定监护人的房屋所有权证、…
_LABELLED_PAPER = lazy_re.compile(r"^\s*[^，。；,;：:（(]{1,12}(?:证明|材料|证件|资料)[：:]")
_NAMES_PAPER = lazy_re.compile(r"(?:证|证明|证件|合同|执照|簿|本|凭证|证书|书|卡|表|协议|发票|清单|手册)》?(?:[（(][^）)]*[)）])?$")
_OPENS_MATERIALS = lazy_re.compile(r"(?:提供|提交|递交|携带|出示)[：:]\s*(?:[①-⑳]|[（(]?\d+[)）.．、])")
# a verb of providing papers, or of filling in a form or a pledge at the school
_FILL_VERB = lazy_re.compile(r"提供|提交|递交|携带|出具|出示|交验|上传|填写|填报|签署")
# a list of papers in brackets right after a word naming them: 材料（1.…；2.…）, “三证”的…随迁子女（A；B；C）
_BRACKETED_LIST = lazy_re.compile(r"(?:材料|证件|[二三四五六七八九]证[”\"」]?[^（(，,。；;]{0,16}?)[（(](?P<list>[^（()）]*(?:[（(][^（()）]*[)）][^（()）]*)*)[)）]")
# documents named only by their titles, perhaps with who issues them: 《房屋租赁登记备案证明》, 户籍地…开具的《缓学证明》
_TITLED = lazy_re.compile(r"(?:[^，,；;。《》]{0,24}?(?:开具|出具|核发|签发|办理)的)?《[^《》]{2,30}》"
                     r"(?:\s*(?:、|和|及|与|或者|或)\s*《[^《》]{2,30}》)*"
                     r"(?:原件(?:及|和|与|、)复印件|复印件|原件)?(?:各一份|一份)?")
# an item that names a document by its copies is a material, whatever its chapter is called
#: papers asked as their originals and copies (工商营业执照原件及复印件): a list of papers, even of one clause
_COPIES = lazy_re.compile(r"原件(?:及|和|与|、)?复印件")
_DOCUMENT_ITEM = lazy_re.compile(r"(?:原件(?:及|和|与|、)复印件|复印件|原件)(?:各一份|一份)?\s*[；;。．.]?\s*$")
# a line labelled with a short name and a colon (审核所需材料：…, 审核部门：…): a detail of the item before it
_LABELLED = lazy_re.compile(r"^\s*[^，。；,;：:\d（(]{2,8}[：:]")
_MAT_INSTEAD = lazy_re.compile(r"的[，,]\s*(?:可|需|须|应|则)?(?:提供|出示|提交)|(?:人员|者)(?:需|须|应|可)(?:提供|出示|提交)")
_MAT_TRIM_END = lazy_re.compile(r"(?:各一份|一份|一本|各一张|等|原件及复印件|原件和复印件|复印件|原件)$")


_DOC_NO = lazy_re.compile(r"[\u4e00-\u9fff]{1,12}?\s*[〔\[［（(]\s*\d{4}\s*[〕\]］）)]\s*\d{1,4}\s*号")
_DOC_NO_LEAD = lazy_re.compile(r"^(?:为了?|认真|贯彻|落实|根据|依据|按照|执行|参照|遵照|结合|和|及|与|、)+")
_BASIS_WORDS = lazy_re.compile(r"根据|依据|按照|贯彻|落实|精神|要求|执行|参照|遵照")


_kinds_in = _schedule.kinds  # the school kinds a text names (公办、民办学校 / 公民办: both; order as written)
stage_of = _schedule.stages  # the stages a text names (报名, 摇号, 录取)


def condition_kinds(piece: Piece) -> set[str]:
    """The kinds of condition a phrase states: 居住证, 居住, 社保, 就业, 住所, 户籍.

    Words naming a kind only as what something must agree with (``与居住证所属区一致的房产``) are
    not read (:func:`.readers.condition.references`), and a permit held with a residence length
    (``持证连续居住满一年``) is the permit's condition alone.
    """
    def read(text: str) -> set[str]:
        return {name for name, pattern in _KINDS if pattern.search(text)}

    text = piece.text
    for ref in [*_condition.references(text), *filter(None, [_condition.seat_limit(text)])]:
        text = text[:ref.start] + "□" * (ref.end - ref.start) + text[ref.end:]
    if text != piece.text:
        piece = Piece(piece.line, text, piece.cols)
    bare = _SUBJECT.sub("", outside_brackets(piece).text)
    found = read(bare)
    if not found:
        found = read(_SUBJECT.sub("", piece.text))
    for pair, reader in ((("居住证", "居住"), _condition.held_with_residence),
                         (("住所", "居住"), _condition.housed_with_residence)):
        if set(pair) <= found:
            held = reader(text)
            if held is not None and not re.search(r"居住(?!证|登记)", text[:held.start] + text[held.end:]):
                found.discard("居住")  # 持证连续居住满一年: the permit, held a year; 住所持续居住1年以上: the housing's
    return found


def _depth(text: str) -> list[int]:
    out, level = [], 0
    for ch in text:
        if ch in "（(《〈“「『【〔［":  # the brackets of pieces.depth_split (〔最近连续半年及以上〕 too)
            level += 1
            out.append(level)
            continue
        out.append(level)
        if ch in "）)》〉”」』】〕］" and level > 0:
            level -= 1
    return out


def _split_indices(piece: Piece, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    depth = _depth(piece.text)
    spans, last = [], 0
    for match in pattern.finditer(piece.text):
        if match.start() == match.end() or depth[match.start()] != 0:
            continue
        spans.append((last, match.start()))
        last = match.end()
    spans.append((last, len(piece.text)))
    return spans


def _conj_split(piece: Piece, pattern: re.Pattern[str]) -> list[Piece] | None:
    """Split a phrase at a conjunction into parts that each state exactly one kind of condition.

    A part with no kind of its own (``父母`` in ``父母或其他法定监护人在本区有就业``) joins its
    neighbour, so that only the conjunctions between two conditions split.
    """
    spans = _split_indices(piece, pattern)
    if len(spans) < 2:
        return None
    groups: list[list[int]] = []
    for s, e in spans:
        if groups:
            previous = piece[groups[-1][0]:groups[-1][1]]
            if len(condition_kinds(previous)) != 1 or not condition_kinds(piece[s:e]):
                groups[-1][1] = e
                continue
        groups.append([s, e])
    parts = [piece[s:e].strip() for s, e in groups]
    if len(parts) < 2 or any(len(condition_kinds(p)) != 1 for p in parts):
        return None
    return parts


def _issued_whole(whole: Piece, pieces: list[Piece]) -> list[Piece]:
    """An office's certificate whose contents are listed (居委会开具的已在此居住地连续居住满16个月、房屋无违章建筑、
    无群租房…的居住证明): one paper, from the part naming who issues it to the first part naming a document."""
    out = list(pieces)
    i = 0
    while i < len(out):
        if _ISSUED_BY.search(out[i].text) and not _DOC_SUFFIX.search(out[i].text):
            j = i + 1
            while j < len(out) and j - i <= 6 and not _DOC_SUFFIX.search(out[j].text):
                j += 1
            if j < len(out) and j - i <= 6:
                out[i:j + 1] = [_joined(whole, out[i], out[j])]
        i += 1
    return out


def _enumerated(clause: Piece) -> list[Piece]:
    """The parts of ``clause`` between its 、, except that one character alone is no part: it names one of
    several people the next part is about (``父、母及随迁子女的居民户口簿`` is one material); nor are offices listed
    (``户籍所在地乡、镇政府…出具的…证明``)."""
    parts: list[Piece] = []
    pending: Piece | None = None
    for part in depth_split(clause, "、"):
        if pending is not None:
            part = _joined(clause, pending, part)
            pending = None
        if len(part.text.strip()) == 1:
            pending = part
            continue
        if parts and re.search(r"[乡镇村县区]$", parts[-1].text.strip()) and re.match(r"\s*(?:乡|镇|街道|村|社区|县|区)",
                                                                                  part.text):
            # 户籍所在地乡、镇政府或县级教育行政部门出具的…证明: offices listed, one paper
            parts[-1] = _joined(clause, parts[-1], part)
            continue
        parts.append(part)
    if pending is not None:
        parts.append(_joined(clause, parts.pop(), pending) if parts else pending)
    return parts


# --- reading folded, writing as written ---------------------------------------------


@dataclass(frozen=True)
class _ReadLine(Line):
    """A line of the draft as the extractor reads it (folded), each character with its column in the draft."""

    cols: tuple[int, ...] = ()

    @property
    def piece(self) -> Piece:
        return Piece(self.number, self.text, self.cols)


def _folded_piece(piece: Piece) -> Piece:
    folded = fold(piece.text)
    return Piece(piece.line, folded.text, tuple(piece.cols[i] for i in folded.starts))


class _Folding:
    """The draft folded for reading, and the way back: a piece of folded text as the draft's characters."""

    def __init__(self, draft: Draft):
        self.original = {line.number: line.text for line in draft.lines}
        self.units: dict[int, dict[int, tuple[str, int, int]]] = {}  # line → column → (folded, start, end)
        lines: list[Line] = []
        changed = False
        for line in draft.lines:
            folded = fold(line.text)
            if not folded.changed:
                lines.append(line)
                continue
            changed = True
            units: dict[int, tuple[str, int, int]] = {}
            for i, start in enumerate(folded.starts):
                text, _s, end = units.get(start, ("", start, folded.ends[i]))
                units[start] = (text + folded.text[i], start, end)
            for start in list(units):  # an invisible character goes with the character after it
                lead = start
                while lead > 0 and invisible(line.text[lead - 1]):
                    lead -= 1
                text, _s, end = units[start]
                units[start] = (text, lead, end)
            self.units[line.number] = units
            cells = tuple(Cell(c.table, c.row, c.column, _folded_piece(c.piece)) for c in line.cells)
            lines.append(_ReadLine(line.number, folded.text, cells, line.separator, folded.starts))
        self.draft = Draft(draft.path, draft.kind, draft.encoding, tuple(lines)) if changed else draft

    def written(self, piece: Piece) -> Piece:
        """``piece`` (read folded) as the draft's own characters, with their columns."""
        units = self.units.get(piece.line)
        if not units or not piece.cols:
            return piece
        original = self.original[piece.line]
        text: list[str] = []
        cols: list[int] = []
        i = 0
        while i < len(piece.text):
            col = piece.cols[i]
            j = i
            while j < len(piece.text) and piece.cols[j] == col:
                j += 1
            group = piece.text[i:j]
            unit = units.get(col)
            if unit is not None and unit[0] == group:
                text.append(original[unit[1]:unit[2]])
                cols.extend(range(unit[1], unit[2]))
            else:  # a text made by the extractor (无, a province), or part of one folded character
                text.append(group)
                cols.extend([col] * len(group))
            i = j
        return Piece(piece.line, "".join(text), tuple(cols))

    def restore(self, extraction: Extraction) -> Extraction:
        """Every piece of ``extraction`` as the draft's characters (nothing to do when folding changed nothing)."""
        if not self.units:
            return extraction
        for entry in extraction.entries():
            entry.words[:] = [self.written(w) for w in entry.words]
        for item in condition_groups(extraction.conditions):
            if item.anchor is not None:
                item.anchor = self.written(item.anchor)
        for name, anchor in list(extraction.anchors.items()):
            extraction.anchors[name] = self.written(anchor)
        restored = []
        for item in extraction.unread:
            piece = self.written(item.piece)
            restored.append(replace(item, piece=piece, text=piece.text))
        extraction.unread[:] = restored
        extraction.aside[:] = [replace(a, piece=self.written(a.piece), text=self.written(a.piece).text)
                               for a in extraction.aside]
        return extraction


# --- the extractor ----------------------------------------------------------------


_ASIDE_LOCAL_PART = message("extract.aside.local_part")
# a heading's bracket opening a list of alternatives: （二）非户籍常住人口随迁子女（具备以下条件之一）：
_BRACKET_ANY = lazy_re.compile(r"[（(](?:须|需|应)?(?:具备|符合|满足|具有)(?:以下|下列|如下)[^（）()]{0,8}?(?:之一|任一项|任意一项)[）)]")
# words naming whom a clause is about: a clause with none leaves its subject unsaid (确需在房产所在地入学的)
_NAMES_SUBJECT = lazy_re.compile(r"儿童|少年|子女|学生|新生|生源|孩子|父|母|家长|监护人|人员|家庭|居民|随迁|申请人|持证人|本人|其|户籍|户口")
_ASIDE_LOCAL = message("extract.aside.local")
_ASIDE_ALL_CHILDREN = message("extract.aside.all_children")
_ASIDE_HOUSING_RANKS = message("extract.aside.housing_ranks")
_ASIDE_CONSULTATION = message("extract.aside.consultation")
_ASIDE_SHARED_DWELLING = message("extract.aside.shared_dwelling")
#: a text that breaks off: the copy ends inside it (……, …, ...)
_BREAKS_OFF = lazy_re.compile(r"(?:…+|\.{3,}|。{3,})\s*$")
_ASIDE_DEFINITION = message("extract.aside.definition")
# a clause of a sentence partly read that states one of these and was not read is 待确认
_CLAUSE_FACT = lazy_re.compile(
    r"居住证|暂住证|居住(?!地)|社保|社会保险|参保|就业|务工|经商|住所|住房|租赁|房产|户籍|户口|报名|摇号|派位|录取"
    r"|积分|考试|面试|测评")
_DEFINITION = lazy_re.compile(r"(?:所称|所指)[^，。；]{0,20}?(?:随迁子女|适龄儿童|流动人口|进城务工)[^。；]{0,4}?(?:是指|指)|"
                         r"^(?:[\u4e00-\u9fff]{0,6}?人员)?(?:随迁子女|适龄子女|流动人口子女)[：:]?(?:是指|指|即)(?!可)")
_TRANSFER = lazy_re.compile(r"转学|插班|转入(?!户口|户籍)")
_ASIDE_TRANSFER = message("extract.aside.transfer")
_ASIDE_DEFINES = message("extract.aside.defines")
_ASIDE_PERMIT_LAW = message("extract.aside.permit_law")
_ASIDE_HUKOU_ROUTE = message("extract.aside.hukou_route")
_ASIDE_HUKOU_PLACE = message("extract.aside.hukou_place")
_ASIDE_PERMIT_APPLICATION = message("extract.aside.permit_application")
_ASIDE_OTHER_GROUP = message("extract.aside.other_group")
_ASIDE_NO_HOUSE = message("extract.aside.no_house")
_ASIDE_WITHOUT = message("extract.aside.without")
_ASIDE_SUB_ITEM = message("extract.aside.sub_item")
_ASIDE_HEADING = message("extract.aside.heading")
_ASIDE_STRUCTURE = message("extract.aside.structure")
_ASIDE_LEAD = message("extract.aside.lead")
_ASIDE_DEEMING = message("extract.aside.deeming")


class Extractor:
    def __init__(self, draft: Draft):
        self.folding = _Folding(draft)
        self.draft = self.folding.draft  # read folded; every piece written out is restored (_Folding.restore)
        self.out = Extraction(path=draft.path)
        self.used: dict[int, set[int]] = {}
        self.understood: dict[int, set[int]] = {}
        # indexes that keep the bookkeeping linear in the size of the draft
        self._unread_cols: dict[int, set[int]] = {}  # line → columns of the 待确认 pieces on it
        self._durations: dict[int, list] = {}  # id(entry) → [entry, words scanned, first duration]
        self._origin_sets: dict[int, tuple] = {}  # id(entry) → (entry, set of its origins)
        self.year: int | None = None
        self.sentences: list[Sentence] = []
        self.chapter_topics: list[str] = ["other"]
        self.subject: Piece | None = None  # the sentence opening the current list of conditions
        self.for_all = False  # the draft never names migrant children or the permit: its rules are for all children
        self.admits_without_hukou: bool | None = None  # such a draft admits children without its hukou in an order
        self._own_places: tuple[str, ...] | None = None  # the draft's own county and city names (own_places)
        self._own_local_lines: frozenset[int] | None = None  # own_local_lines
        self._lead_local_lines: set[int] = set()  # local_leads: the paragraphs of parts opened for local families
        self._sentence_at: dict[int, int] | None = None  # id() of a sentence → its index (before_in_paragraph)
        self._admits_without_house: bool | None = None  # admits_without_house
        self._route_parts: dict[int, int] | None = None  # route_parts: paragraph → the part for one kind of family
        self.house_ranks = False  # an admission order keeps a tier for children without a house (tier_orders)
        self.in_any_list = False  # reading an item of an 之一 list
        self.order_sentences: list[Sentence] = []  # admission orders met where conditions were looked for
        self.material_pieces: list[tuple[Piece, Origin, bool, Piece | None]] = []
        self.reckonings: list[tuple[int, frozenset[int]]] = []  # clauses read as when a length is measured
        self.counted_bundles: set[tuple[int, int]] = set()  # “五证”（A、B、C、D、E）: bundles split at 、 by their count
        self.detail_line = -1  # the paragraph of the last material detail written (its details may go on after ；)
        self.list_intro: Piece | None = None  # the sentence opening the current list of materials
        self.under_heading: set[int] = set()  # the paragraphs under such a line: conditions stated as such
        self.under_items: set[int] = set()  # the numbered paragraphs after those (（2）父母租房居住的，…满二年)
        self.condition_heads: set[int] = set()  # bare lines naming the conditions that follow (…小学入学条件)
        self.material_table_numbers: set[int] = set()  # tables read as lists of materials  # each material item as written, with its source
        self.schedule = _schedule.Schedules(self)  # the schedules' reader (readers/schedule.py)
        # lists of conditions opened by words saying every item is required (应同时具备以下条件：): the opening,
        # and the paragraphs of its items (stated_together writes what they ask as one 同时具备 group there)
        self.all_of_lists: list[tuple[Piece, set[int]]] = []
        # sentences of families who cannot get the permit and the papers they bring: another way in (no_permit_way)
        self.no_permit_lines: set[int] = set()

    dates = staticmethod(_schedule.dates)  # the date ranges of a piece (readers/schedule.py)

    # --- bookkeeping ---------------------------------------------------------
    def mark(self, piece: Piece, understood: bool = False) -> None:
        target = self.understood if understood else self.used
        target.setdefault(piece.line, set()).update(piece.cols)

    def is_marked(self, piece: Piece) -> bool:
        cols = set(piece.cols)
        return bool(cols & self.used.get(piece.line, set())) or bool(cols & self.understood.get(piece.line, set()))

    def reckoning(self, piece: Piece) -> bool:
        """Whether ``piece`` (its item number aside) was read as the date a condition's length is measured from."""
        cols = frozenset(piece.lstrip_re(_ITEM).strip().cols)
        return bool(cols) and any(line == piece.line and cols <= read for line, read in self.reckonings)

    def _where(self, piece: Piece, cell: Cell | None) -> LocalText:
        if cell is None:
            return message("extract.where.paragraph", line=piece.line)
        return message("extract.where.cell", line=piece.line, table=cell.table, row=cell.row, column=cell.column)

    def where(self, piece: Piece, cell: Cell | None = None) -> str:
        """``第12段`` or ``第12段 表1第3行第2列``: where a piece is in the draft."""
        return self._where(piece, cell).zh

    def where_en(self, piece: Piece, cell: Cell | None = None) -> str:
        """``paragraph 12`` or ``paragraph 12, table 1 row 3 column 2``."""
        return self._where(piece, cell).en

    def origin(self, sentence: Piece, note: str = "", cell: Cell | None = None) -> Origin:
        return Origin(self.where(sentence, cell), self.folding.written(sentence).text.strip(), note)

    def unread(self, piece: Piece, reason: str | LocalText, section: str | None = None,
               cell: Cell | None = None) -> None:
        """Note ``piece`` as 待确认; ``reason`` is bilingual (a plain string has no English)."""
        piece = piece.strip()
        if not piece:
            return
        noted = self._unread_cols.setdefault(piece.line, set())  # the columns of this line already noted
        if noted.intersection(piece.cols):
            return
        noted.update(piece.cols)
        zh, en = (reason.zh, reason.en) if isinstance(reason, LocalText) else (reason, "")
        self.out.unread.append(Unread(piece, self.where(piece, cell), piece.text, zh, section,
                                      where_en=self.where_en(piece, cell), reason_en=en))
        self.mark(piece, understood=True)

    def aside(self, piece: Piece, reason: LocalText, boilerplate: bool = False) -> None:
        """Set ``piece`` aside on purpose, with ``reason``: not a fact the rules hold, and not 待确认."""
        piece = piece.strip()
        if not piece or self.is_marked(piece):
            return
        self.out.aside.append(Aside(piece, self.where(piece), piece.text, reason.zh, reason.en, boilerplate))
        self.mark(piece, understood=True)

    def value_of(self, clause: Piece) -> Piece:
        """``clause`` as a value: without its item number (（一） 1． ①), its full stop and the characters the
        rules language reserves."""
        return clause.lstrip_re(_ITEM).rstrip_re(r"[。．.]$").without(r"[{}｛｝:：“”\"「」#]")

    def own_places(self) -> tuple[str, ...]:
        """The document's own county and city, in full and short (钢城区, 钢城): a hukou there is the local one."""
        if self._own_places is None:
            names: list[str] = []
            for entry in self.out.metadata:
                if entry.key in ("市", "县") and entry.words:
                    name = entry.words[0].text.strip()
                    short = re.sub(r"(?:市|区|县|旗)$", "", name)
                    names.extend(n for n in (name, short) if len(n) >= 2 and n not in names)
            self._own_places = tuple(names)
        return self._own_places

    def own_local_lines(self) -> frozenset[int]:
        """The paragraphs of the parts whose heading names the hukou of the draft's own place (``（1）未央区户籍房户一致``
        in 未央区): parts for local-hukou children the headings alone do not show (the place is known only once
        基本信息 is read, after the draft is split).  A part ends at the next heading of its level or above."""
        if self._own_local_lines is None:
            places = self.own_places()
            lines: set[int] = set()
            level_in: int | None = None
            for line in self.draft.lines if places else ():
                if line.is_row or line.separator or not line.text.strip():
                    continue
                head = _CHAPTER.match(line.text)
                marker = head or _SUB.match(line.text) or _SCOPE_HEAD.match(line.text)
                if marker:
                    level = 1 if head else 2
                    if level_in is not None and level <= level_in:
                        level_in = None
                    if _scope.heading_scope(marker.group("title"), places) == _scope.LOCAL:
                        level_in = level
                if level_in is not None:
                    lines.add(line.number)
            self._own_local_lines = frozenset(lines | self._lead_local_lines)
        return self._own_local_lines

    def route_parts(self) -> dict[int, int]:
        """The paragraphs of parts each headed by one kind of family (``（一）进城务工人员随迁子女`` …
        ``（二）进城经商人员随迁子女``), paragraph → the part's heading paragraph: each part states its own way in,
        and the ways are alternatives.  Only when two parts or more are headed so, at one level of numbering; a part
        ends at the next heading of its numbering or a chapter's."""
        if self._route_parts is None:
            heads: list[tuple[int, str | None, str]] = []  # (paragraph, numbering, title) of headings naming a family
            lines = [line for line in self.draft.lines if not (line.is_row or line.separator or not line.text.strip())]
            for line in lines:
                marker = _SCOPE_HEAD.match(line.text)
                if marker and _condition.route_head(marker.group("title")):
                    heads.append((line.number, _numbering(line.text), marker.group("title").strip().rstrip("：:")))
            styles = [style for _n, style, _t in heads]
            parts: dict[int, int] = {}
            style = max(set(styles), key=styles.count) if styles else None
            starts = {n for n, st, _t in heads if st == style}
            # two kinds of family at least (（一）务工… （二）经商…); one kind headed again for each school stage is no choice
            if style is not None and len(starts) >= 2 and len({t for n, _s, t in heads if n in starts}) >= 2:
                current: int | None = None
                for line in lines:
                    if line.number in starts:
                        current = line.number
                    elif current is not None and (_CHAPTER.match(line.text) and _numbering(line.text) != style
                                                  or _numbering(line.text) == style):
                        current = None  # the next heading of that numbering, not a family's, or a chapter
                    if current is not None:
                        parts[line.number] = current
            self._route_parts = parts
        return self._route_parts

    def part_of(self, item) -> int | None:
        """The family part (route_parts) all of ``item``'s words (an Entry or a Group) lie in, or None."""
        parts = self.route_parts()
        if not parts:
            return None
        found = {parts.get(w.line) for e in condition_entries([item]) for w in e.words if w.cols}
        return found.pop() if len(found) == 1 else None

    def _parts_apart(self, first, second) -> bool:
        """Whether ``first`` and ``second`` lie in two different families' parts (route_parts)."""
        one, other = self.part_of(first), self.part_of(second)
        return one is not None and other is not None and one != other

    def routes_apart(self) -> None:
        """The conditions of parts each headed by one kind of family (route_parts) are ways in, one of which suffices:
        an 之一 group of one branch per part (a 同时具备 group where the part asks several), placed where the first is.
        The conditions outside those parts stay required of all."""
        parts = self.route_parts()
        if not parts:
            return
        members: dict[int, list] = {}
        for item in self.out.conditions:
            part = self.part_of(item)
            if part is not None:
                members.setdefault(part, []).append(item)
        if len(members) < 2:
            # one family's part only: nothing to choose between; a kind kept apart by part is one condition again
            self._route_parts = {}
            out: list = []
            for item in self.out.conditions:
                self.add(out, [item]) if isinstance(item, Entry) else out.append(item)
            self.out.conditions = out
            return
        branches = []
        for head, items in sorted(members.items()):
            title = self.draft.lines[head - 1].piece.strip().lstrip_re(_ITEM)
            if len(items) == 1:
                branches.append(items[0])
            else:
                first = next(condition_entries(items))
                branches.append(Group("同时具备", items, list(first.origins[:1]), title))
        grouped = {id(item) for items in members.values() for item in items}
        at = next(i for i, item in enumerate(self.out.conditions) if id(item) in grouped)
        rest = [item for item in self.out.conditions if id(item) not in grouped]
        first = next(condition_entries(branches))
        self.out.conditions = rest[:at] + [Group("之一", branches, list(first.origins[:1]), first.words[0])] + rest[at:]

    def in_points_list(self, sentence: Sentence) -> bool:
        """Whether ``sentence`` is an item of a list of points' items: the paragraph opening the list, or the numbered
        name heading it, names points (``2.赋分要素``, ``具体积分项目和分值如下：``, ``（二）稳定居住积分（57分）``), so an item scoring
        points (``…拥有该房屋产权比例超过50%…且实际入住的，积24分``) says what earns them, no condition of entry."""
        if not _ITEM.match(sentence.line.text):
            return False
        for line in reversed(self.draft.lines[:sentence.line.number - 1]):
            if line.is_row or not line.text.strip():
                continue
            if _ITEM.match(line.text) and not _SCOPE_HEAD.match(line.text):
                continue
            return bool(re.search(r"积分|分值|计分|赋分|评分|打分|加分", line.text))
        return False

    def local_leads(self) -> None:
        """The items after an opening whose subject is local-hukou families (``宁阳县户籍的，须具备以下条件并提供相关材料：``
        in 宁阳县, beside ``非宁阳县户籍的，…：``): a part for local-hukou children no heading shows, from the opening to
        the first paragraph that is no item.  Read once the draft's own place is known (after 基本信息)."""
        places = self.own_places()
        lead = -1  # the paragraph of the opening of the part we are in
        for sentence in self.sentences:
            number = sentence.line.number
            if lead != -1 and number != lead and not _ITEM.match(sentence.line.text):
                lead = -1
            if lead == -1 and sentence.ends_with_colon and not sentence.heading \
                    and not _ITEM.match(sentence.line.text) \
                    and _scope.lead_scope(sentence.piece.text, places) is not None:
                lead = number
            if lead != -1:
                sentence.scope = _scope.LOCAL
                self._lead_local_lines.add(number)

    def hukou_condition(self, clause: Piece, sentence: Sentence) -> None:
        """``clause`` of ``sentence`` as a 户籍 condition (children turned away or admitted by hukou)."""
        self.add(self.out.conditions, [Entry("户籍", [self.value_of(clause)],
                                             [self.origin(sentence.piece, "以户籍排除")])])
        self.mark(clause)

    def hukou_exclusion(self, sentence: Sentence) -> bool:
        """A clause turning children away by hukou is a 户籍 condition, in the draft's words."""
        for clause in depth_split(sentence.piece, "，,；;"):
            if self.is_marked(clause) or _scope.hukou_exclusion(clause.text) is None:
                continue
            self.hukou_condition(clause, sentence)
            return True
        # a group sent to enrol where its hukou is: a hukou condition when the group is named by its hukou
        # (…户籍的交叉务工人员，其子女在户籍所在地按学区登记入学), else a rule for children who do not enrol here
        sent = _scope.hukou_place(sentence.piece.text)
        if sent is None or self.is_marked(sentence.piece):
            return False
        if sent.value == "户籍":
            self.hukou_condition(sentence.piece, sentence)
        else:
            # (not when the sentence admits children here before the sending: 符合条件的随迁子女由居住地统筹安排入学，
            # 不符合条件的回户籍所在地就读 keeps its admission for the readers after)
            before = re.sub(r"[“\"「][^”\"」]*[”\"」]|[^，,。；;]{0,12}原则", "", sentence.piece.text[:sent.start])
            if re.search(r"入学|就读|就学|安排|报名|招收|接收|录取", before):
                return False
            home = _scope.guardian_at_home(sentence.piece.text)
            if home is not None:
                # 凡在户籍所在地有监护条件的…子女，应在户籍所在地接受义务教育: only a child with no guardian at home enrols
                # here, a condition of its own (其他, as no_guardian() writes one), in the draft's words
                words = sentence.piece[home.start:home.end].strip()
                self.add(self.out.conditions, [Entry("其他", [words.without(r"[{}｛｝:：“”\"「」#]")],
                                                     [self.origin(sentence.piece, "户籍地无人监护")])])
                self.mark(sentence.piece)
                return True
            self.aside(sentence.piece, _ASIDE_HUKOU_PLACE)
        return True

    def hukou_demanded(self, sentence: Sentence) -> None:
        """In a document for all children, a clause demanding a hukou here (``孩子户籍必须在本学区``) is a 户籍
        condition, unless the document admits children without it in a later order (``④无户无房``)."""
        if self.admits_without_hukou is None:
            self.admits_without_hukou = bool(re.search(r"无户|无本地户|没有户籍|无户籍|户籍不在|户口不在",
                                                       "\n".join(line.text for line in self.draft.lines)))
        if self.admits_without_hukou:
            return
        for clause in depth_split(sentence.piece, "，,；;"):
            if self.is_marked(clause) or _scope.hukou_demand(clause.text) is None:
                continue
            self.hukou_condition(clause, sentence)
            return

    def before_in_paragraph(self, sentence: Sentence) -> Sentence | None:
        """The sentence before ``sentence`` in its paragraph, or None."""
        if self._sentence_at is None:
            self._sentence_at = {id(s): i for i, s in enumerate(self.sentences)}
        at = self._sentence_at.get(id(sentence))
        if not at:
            return None
        before = self.sentences[at - 1]
        return before if before.line.number == sentence.line.number and not before.heading else None

    def unsaid_local(self, sentence: Sentence, depth: int = 0) -> bool:
        """Whether ``sentence`` names no one and follows, in its paragraph, a sentence about local-hukou children
        (…的本市户籍适龄儿童，原则上应在户籍所在地…入学。确需在房产所在地入学的，必须提供…房产证明; 户籍随父母在未央区集体户上的
        适龄儿童少年家长持户口簿…；未购房的提供无房证明…): the same children, the subject left unsaid."""
        if depth > 4 or _scope.names_migrant_words(sentence.piece.text) \
                or _NAMES_SUBJECT.search(re.split(r"[，,：:]", sentence.piece.lstrip_re(_ITEM).text, maxsplit=1)[0]):
            return False
        before = self.before_in_paragraph(sentence)
        return before is not None and (self.local_part(before, quiet=True) or self.unsaid_local(before, depth + 1))

    def local_part(self, sentence: Sentence, quiet: bool = False) -> bool:
        """Whether ``sentence`` is about local-hukou children: in a part whose heading says so, or a
        clause names them as the subject and nothing names migrant children (set aside, with that reason;
        not when ``quiet``)."""
        if sentence.scope == _scope.LOCAL:
            reason = _ASIDE_LOCAL_PART
        elif not quiet and self.unsaid_local(sentence):
            reason = _ASIDE_LOCAL
        else:
            clauses = depth_split(sentence.piece.lstrip_re(_ITEM), "，,：:")
            places = self.own_places()
            if _scope.house_and_hukou(sentence.piece.text) is not None \
                    and _scope.admission_order(sentence.piece.text) is None:
                # 要求房证、全家户口满3年以上, 两证（房证、户口簿）统一: a house and a hukou together, local children's rule
                # (依据“人房户一致”优先原则, ①有户有房（分为房户一致…）: an order ranking by hukou, read by orders())
                if not quiet:
                    self.aside(sentence.piece, _ASIDE_LOCAL)
                return True
            if not any(_scope.local_subject(c.text, places) is not None for c in clauses):
                return False
            local = _scope.local_subject(sentence.piece.text, places)
            if local is None:
                return False  # the sentence names migrant children as well
            order = _scope.admission_order(sentence.piece.text)
            if order is not None and order.start <= local.start:
                return False  # 优先招收片区内本市户籍适龄儿童: local children put first, an order (read by orders())
            reason = _ASIDE_LOCAL
        if not quiet:
            self.aside(sentence.piece, reason)
        return True

    # --- the pass -----------------------------------------------------------------
    def run(self) -> Extraction:
        self.split()
        self.unnumbered_items()
        self.metadata()
        self.local_leads()
        self.letters()
        self.schedule.designated()
        self.schedule.office_registration()
        self.schedule.return_home()
        self.schedule.days_apart()
        self.schedule.places_apart()
        self.schedule.timetable_apart()
        self.transfers()
        self.bracketed_materials()
        self.schedule.tiers()
        self.schedule.private_priority()
        self.hukou_first()
        self.bracketed_materials(counted=True)  # a bundle split by its count: its sentence's other clauses read first
        self.conditions()
        self.materials()
        self.demanded_papers()
        self.material_conditions()
        self.schedule.read()
        _points.Points(self).read()
        _private.Private(self).read()
        self.ages()
        self.no_guardian()
        self.one_parent_excepted()
        self.stated_together()
        self.in_draft_order()
        self.routes_apart()
        self.leftovers()
        self.account()
        self.out.unread.sort(key=lambda u: (u.piece.line, u.piece.start))
        return self.folding.restore(self.out)

    def stated_together(self) -> None:
        """The conditions read from the items of a list whose opening says every item is required (``应同时具备以下条件：``)
        are one 同时具备 group, named and anchored by the draft's word for it: what the list asks together is stated there
        (PL106 is placed there).  Only when the items state two conditions or more, each read wholly from them."""
        for opening, lines in self.all_of_lists:
            said = _condition.all_of_opening(opening.text)
            if said is None or not lines:
                continue
            members = [item for item in self.out.conditions
                       if all(w.line in lines for e in condition_entries([item]) for w in e.words)
                       and next(condition_entries([item]), None) is not None]
            if len(members) < 2:
                continue
            at = self.out.conditions.index(members[0])
            rest = [item for item in self.out.conditions if not any(item is m for m in members)]
            members.sort(key=lambda item: next((w.line, w.start) for e in condition_entries([item]) for w in e.words))
            group = Group(said.value, members, [self.origin(opening)], opening[said.start:said.end])
            self.out.conditions = rest[:at] + [group] + rest[at:]

    def in_draft_order(self) -> None:
        """The conditions in the order the draft states them (a condition read from a list of papers after one read
        from a sentence comes where its paper is), so that what is stated later is written later."""
        def first(item) -> tuple[int, int]:
            entry = next(condition_entries([item]), None)
            word = entry.words[0] if entry is not None and entry.words else None
            return (word.line, word.start) if word is not None and word.cols else (1 << 30, 0)
        self.out.conditions = sorted(self.out.conditions, key=first)

    def split(self) -> None:
        topic: str | None = None
        chapter = 0
        local_level: int | None = None  # the heading level (1 chapter, 2 sub) of the local-hukou part we are in
        local_style: str | None = None  # how that part's heading is numbered
        for line in self.draft.lines:
            if line.is_row or line.separator or not line.text.strip():
                continue
            piece = line.piece
            head = _CHAPTER.match(line.text)
            sub = None if head else _SUB.match(line.text)
            if sub and _DOC_SUFFIX.search(sub.group("title").strip()) and not line.text.rstrip().endswith(("：", ":")):
                sub = None  # （三）合法稳定住所证明。 names a paper: an item of a list of materials, not a heading
            if head:
                chapter += 1
                topic = _topic(head.group("title"))
                self.chapter_topics.append(topic)
                section = _SECTION.get(topic)
                if section and section not in self.out.anchors:
                    self.out.anchors[section] = piece.match_piece(head, "title")
            elif sub and _topic(sub.group("title")) != "other":
                topic = _topic(sub.group("title"))
            grouped = _GROUP_THEN_ITEMS.match(line.text)
            if grouped is not None and _scope.heading_scope(grouped.group("title")) is None:
                grouped = None
            marker_any = head or _SUB.match(line.text) or _SCOPE_HEAD.match(line.text) or grouped
            bare_title = None if marker_any or _ITEM.match(line.text) else _BARE_HEAD.match(line.text)
            if bare_title and _scope.heading_scope(bare_title.group("title")) is None:
                bare_title = None  # a bare line is a heading of a part only when it names whom the part is for
            if marker_any or bare_title:
                level = 1 if head else 2 if marker_any else 3
                if local_level is not None and level <= local_level:
                    local_level = None
                if _scope.heading_scope((marker_any or bare_title).group("title")) == _scope.LOCAL:
                    local_level = level
                    local_style = _item_style(line.text)
            elif local_level is not None and local_style is not None and _item_style(line.text) == local_style \
                    and _scope.names_migrant_words(re.split(r"[，,：:；;。]", line.text, maxsplit=1)[0]):
                # （一）户籍生：… （二）非户籍常住人口随迁子女，具备以下条件之一：: the next part, numbered as the local
                # one and naming migrant children, though written as no heading
                local_level = None
            body = piece
            line_topic = topic
            article = _ARTICLE.match(body.text)
            if article:
                self.mark(body[:article.end()], understood=True)  # 第一条: the structure, not a sentence
                body = body[article.end():]
                label = re.match(r"\s*(?P<title>[^。，；：:,;]{2,8})。", body.text)
                if label and _topic(label.group("title")) != "other":
                    line_topic = _topic(label.group("title"))
            start = 0
            previous_mark = ""
            # where the sentences end (。；！？), and where a list opened by a colon starts inside one of them
            # (凭证具体为：①居住凭证：…；②…: the list's opening, then its first item, as on lines of their own)
            cuts = [(m.start(), m.start() + 1, m.group()) for m in _sentence_ends(body.text)]
            cuts += [(m.start("item"), m.start("item"), "：") for m in _INLINE_ITEMS.finditer(body.text)
                     if len(cuts) > 0 and _item_style(m.group("item")) is not None]
            if grouped is not None and body is piece:
                # （一）本市户籍适龄儿童（含残疾适龄儿童）1.户口簿…；2.…: the group's name, then its items, as on lines of
                # their own
                cuts.append((grouped.end("title"), grouped.end("title"), ""))
            for end, after, mark in sorted(cuts) + [(len(body.text), len(body.text), "")]:
                part = body[start:end].strip()
                start = after
                while part and (lead := _running.lead(part.text)) is not None:
                    # 区教育局答复：, 经了解，, 记者从…获悉，: who speaks or how it was learnt, then the sentence
                    self.aside(part[:lead.end], _ASIDE_LEAD, boilerplate=True)
                    part = part[lead.end:].strip()
                after_semicolon = previous_mark in "；;" and previous_mark != ""
                previous_mark = mark
                if not part:
                    continue
                item = bool(_ITEM.match(part.text))
                marker = head or (sub if sub and _topic(sub.group("title")) != "other" else None)
                is_heading = marker is not None and part.start <= piece.cols[marker.start("title")] \
                    and part.end <= piece.cols[marker.end("title") - 1] + 1
                if article and label and part.start == body.start and part.text == label.group("title"):
                    is_heading = line_topic != topic
                if is_heading:
                    self.mark(part, understood=True)  # a heading: read as the topic of what follows
                self.sentences.append(Sentence(
                    piece=part, line=line, topic=line_topic, chapter=chapter, item=item, heading=is_heading,
                    ends_with_colon=part.text.rstrip().endswith(("：", ":")) or (
                        mark in "？?" and mark != "" and bool(_ASKS_WHICH.search(part.text))),
                    after_semicolon=after_semicolon,
                    scope=_scope.LOCAL if local_level is not None else None))

    def unnumbered_items(self) -> None:
        """Paragraphs naming papers after a sentence announcing them (``须提供如下有效证件和材料：``) are the items of
        its list when they carry no numbers of their own (a web copy of a Word list whose automatic numbering was
        lost): each paragraph's first sentence, from the next paragraph on, as long as each names a paper (its
        first clause ends in a document's name: 户口簿、身份证; 居住证件; 学籍证明; 登记表) and no heading comes."""
        by_line: dict[int, list[Sentence]] = {}
        for sentence in self.sentences:
            by_line.setdefault(sentence.line.number, []).append(sentence)
        numbers = sorted(by_line)
        for at, number in enumerate(numbers):
            last = by_line[number][-1]
            if not (last.ends_with_colon and _ANNOUNCES_PAPERS.search(last.piece.text)) or at + 1 >= len(numbers):
                continue
            following = [by_line[n][0] for n in numbers[at + 1:]]
            if not following or following[0].item or following[0].heading:
                continue
            for first in following:
                text = first.piece.text.strip()
                clause = re.split(r"[，,]", text, maxsplit=1)[0].strip()
                if first.item or first.heading or first.ends_with_colon or not _NAMES_PAPER.search(clause):
                    break  # a numbered line, a heading (工作原则), a new list, or a paragraph naming no paper
                first.item = True

    def letters(self) -> None:
        """The paragraphs of a letter or message that a reply answers (``来信内容：…如何上学``, ``你好： 我是…吗？``):
        the asker's account and question, set aside with that reason before any reader takes them for rules (the
        title is read by metadata() first)."""
        for sentence in self.sentences:
            found = _boilerplate.letter(sentence.line.text)
            if found is not None and not sentence.heading:
                self.aside(sentence.piece, LocalText(zh=found.label, en=found.value))

    def has_chapter(self, topic: str) -> bool:
        return topic in self.chapter_topics

    # --- 基本信息 ---------------------------------------------------------------------
    def metadata(self) -> None:
        lines = [l for l in self.draft.lines if l.text.strip() and not l.is_row]
        head = lines[:10]
        out = self.out.metadata

        # 标题, 省、市、县, 年度: policy_lint.places reads them (.place_reader writes the entries)
        entries, title, self.year = read_place(lines, self.mark, self.origin, self.unread)
        out.extend(entries)
        if title is not None:
            self.out.anchors.setdefault("基本信息", title)

        # 文号: a paragraph near the top that is nothing but a document number
        own: Piece | None = None
        for line in head[:6]:
            piece = line.piece.strip()
            match = _DOC_NO.fullmatch(piece.plain)
            if match:
                own = piece
                break
        if own is not None:
            self.mark(own)
            out.append(Entry("文号", [own], [self.origin(own)], QUOTED))

        # 依据: the document numbers cited as the basis
        basis: list[Piece] = []
        origins: list[Origin] = []
        for sentence in self.sentences:
            if not _BASIS_WORDS.search(sentence.piece.text):
                continue
            found = False
            for match in sentence.piece.finditer(_DOC_NO):
                piece = sentence.piece.match_piece(match).lstrip_re(_DOC_NO_LEAD)
                if own is not None and re.sub(r"\s", "", piece.plain) == re.sub(r"\s", "", own.plain):
                    continue
                if any(re.sub(r"\s", "", p.plain) == re.sub(r"\s", "", piece.plain) for p in basis):
                    continue
                basis.append(piece)
                self.mark(piece)
                found = True
            if found:
                origins.append(self.origin(sentence.piece))
        if basis:
            out.append(Entry("依据", basis, origins, QUOTED))

        # the signing date is when the draft was written, not when it was submitted
        for line in lines[-3:]:
            if _schedule.lone_date(V.ascii_digits(line.text)):
                self.mark(line.piece, understood=True)
                self.out.metadata_notes.append(message(
                    "extract.note.signing_date", line=line.number,
                    date=self.folding.original[line.number].strip()).zh)

    # --- 入学条件 -------------------------------------------------------------------
    def conditions(self) -> None:
        chaptered = self.has_chapter("conditions")
        open_any: Group | None = None
        items_follow = False
        previous: Sentence | None = None  # the last candidate
        intro: Sentence | None = None  # the sentence that opened the current list of conditions
        item_line = detail_line = -1  # the paragraphs of the last item read and of its details
        forms: dict[int, tuple[str, Sentence]] = {}  # chapter → the one kind its heading states, and the heading
        form_groups: dict[int, Group] = {}  # chapter → the 之一 group of the forms its items list
        incomplete: set[int] = set()  # id() of the 之一 groups an item of which was left 待确认
        forms_of: str | None = None  # the kind of condition the items being read are the forms of (可认定为…)
        tier_lead: int | None = None  # the paragraph opening the tiers of an admission order (按以下顺序安排：)
        local_item = -1  # the paragraph of an item for local children set aside, whose further sentences go with it
        local_style: str | None = None  # how that item is numbered (its sub-items are numbered otherwise)
        previous_wrote = True  # whether the last candidate stated a condition or left nothing to a person
        self.for_all = not _scope.names_migrants("\n".join(line.text for line in self.draft.lines))
        # the paragraph under a bare line naming conditions (非海口市户籍务工人员随迁子女小学入学条件)
        under_heading = self.under_heading
        texts = [line for line in self.draft.lines if line.text.strip() and not line.is_row]
        for at, (head, body) in enumerate(zip(texts, texts[1:])):
            if _CONDITIONS_LINE.match(head.text) and not _ITEM.match(head.text):
                under_heading.add(body.number)
                for later in texts[at + 2:]:  # the numbered paragraphs after it: the routes of some families
                    if not _ITEM.match(later.text):
                        break
                    self.under_items.add(later.number)
                # the heading: read as what the paragraph under it is, and the end of a list of materials before it
                self.mark(head.piece.strip(), understood=True)
                self.condition_heads.add(head.number)
        part_heads = set(self.route_parts().values())
        for sentence in self.sentences:
            if sentence.heading:
                kind = self.heading_kind(sentence)
                if kind is not None:
                    forms[sentence.chapter] = (kind, sentence)
                continue
            if sentence.line.number in part_heads:
                # （二）进城经商人员随迁子女: the heading of one family's part (route_parts), whom it is for, no condition;
                # the list before it ends there
                self.mark(sentence.piece, understood=True)
                items_follow, open_any, previous = False, None, None
                continue
            unread_before = len(self.out.unread)
            if forms_of is not None and sentence.item:
                self.condition_form_of(sentence, forms_of)
                continue
            forms_of = None
            shown = None if sentence.item else _FORMS_OF.search(sentence.piece.text)
            if shown is not None and len(condition_kinds(sentence.piece.match_piece(shown, "what"))) == 1:
                # 满足下列条件之一可认定为在本市居住满一年：: how a condition is shown, by the items after it
                (forms_of,) = condition_kinds(sentence.piece.match_piece(shown, "what"))
                self.mark(sentence.piece, understood=True)
                items_follow, open_any, previous = False, None, None
                continue
            if sentence.chapter in forms and sentence.item and sentence.scope is None and open_any is None \
                    and not self.for_all \
                    and self.is_form(sentence, forms[sentence.chapter][0]) \
                    and not self.local_part(sentence, quiet=True):
                # (not an item for local children: 一、有户籍有房产 1.入学对象与父母的户口都在招生范围内，且…有合法房产的)
                # 三、在黄埔区有合法稳定住所 （一）…产权的固定住所；（二）…公共租赁住房的: the forms of one condition
                group = self.condition_forms(sentence, *forms[sentence.chapter], form_groups)
                if len(self.out.unread) > unread_before:
                    incomplete.add(id(group))
                items_follow, open_any, previous = False, None, None
                continue
            if tier_lead is not None and sentence.line.number != tier_lead and not _ITEM.match(sentence.line.text):
                tier_lead = None
            if tier_lead is not None:
                # ①…；②… after 随迁子女入学按以下顺序安排：: the tiers of an admission order, each ranking the children it
                # names after those before (租房且缴纳社保满一年的 comes after 有房产的), never an entry condition: the
                # schedule reads them as the order
                self.order_sentences.append(sentence)
                items_follow, open_any, previous = False, None, None
                continue
            ranked = _scope.admission_order(sentence.piece.text) if sentence.ends_with_colon and not sentence.item else None
            if ranked is not None and not condition_kinds(sentence.piece[:ranked.start]) \
                    and "条件" not in sentence.piece.text:  # (须同时符合以下条件，按先后顺序录取：: its items are conditions)
                tier_lead = sentence.line.number  # the opening of the tiers (read below as an order, or by orders())
            if local_item == sentence.line.number and (
                    not sentence.item or _item_style(sentence.piece.text) != local_style):
                # the rest of a local children's item, its own sub-items too (1.钢城户籍房产居民子女。①…；②…)
                self.aside(sentence.piece, _ASIDE_LOCAL_PART)
                continue
            local_item = -1
            if (not chaptered or sentence.topic == "conditions") and self.local_part(sentence):
                if not (sentence.item and items_follow):
                    items_follow, open_any, previous = False, None, None
                else:
                    local_item = sentence.line.number
                    local_style = _item_style(sentence.piece.text)
                # an item of a list for local children (深圳市户籍儿童), one alternative among those of the
                # list it is in: set aside, and the list goes on
                continue
            if self.hukou_exclusion(sentence):
                items_follow, open_any, previous = False, None, None
                continue
            spelled = self.conditions_spelled_out(sentence)
            if spelled is not None:
                # 对于符合条件的…随迁子女（即：用人单位为其购买的社保证明〔…〕或…营业执照〔…〕），县教委将…: the bracket
                # after 即 says what the conditions are; read as a sentence of conditions, the rest read on
                frame, inner = spelled
                self.mark(frame, understood=True)
                self.subject = inner
                self.condition_sentence(replace(sentence, piece=inner, item=False, ends_with_colon=False), None)
                items_follow, open_any, previous = False, None, None
                continue
            deemed = _running.deeming(sentence.piece.text)
            if deemed is not None and condition_kinds(sentence.piece[deemed.start:deemed.end]) \
                    and condition_kinds(sentence.piece[:deemed.start]) and not self.is_marked(sentence.piece):
                # …，则认定申请人…已连续居住一年时间: the clauses before are another way of showing the condition the
                # last one deems met (set aside); that condition is read from the deeming clause
                self.aside(sentence.piece[:deemed.start], _ASIDE_DEEMING)
                sentence = replace(sentence, piece=sentence.piece[deemed.start:])
            if _running.permit_law(sentence.piece.text) is not None:
                # 《居住证暂行条例》规定，…符合有合法稳定就业、合法稳定住所、连续就读条件之一的，可以…申领居住证
                self.aside(sentence.piece, _ASIDE_PERMIT_LAW)
                items_follow, open_any, previous = False, None, None
                continue
            if _scope.shared_dwelling(outside_brackets(sentence.piece).text) is not None \
                    and not self.is_marked(sentence.piece):
                # 同一房产多人共有产权的，只安排…房产份额超过50%以上条件的子女入学: whose child a co-owned house's place is for
                self.aside(sentence.piece, _ASIDE_SHARED_DWELLING)
                items_follow, open_any, previous = False, None, None
                continue
            if _scope.other_group(sentence.piece.text) is not None and not self.is_marked(sentence.piece):
                # 政策性照顾群体：…现役军人子女…, 港澳台籍适龄儿童凭…: another group's rules
                self.aside(sentence.piece, _ASIDE_OTHER_GROUP)
                items_follow, open_any, previous = False, None, None
                continue
            if _scope.permit_application(sentence.piece.text) is not None and not self.is_marked(sentence.piece):
                # how the permit itself is obtained (…三个条件之一的相关材料方可申领居住证): the permit's conditions
                self.aside(sentence.piece, _ASIDE_PERMIT_APPLICATION)
                items_follow, open_any, previous = False, None, None
                continue
            if _DEFINITION.search(sentence.piece.text) and not _COND_FRAME.search(sentence.piece.text):
                self.aside(sentence.piece, _ASIDE_DEFINES)
                items_follow, open_any, previous = False, None, None
                continue
            if (not chaptered or sentence.topic == "conditions") and _TRANSFER.search(outside_brackets(sentence.piece).text) \
                    and not (sentence.item and items_follow) \
                    and (_COND_FRAME.search(sentence.piece.text) or condition_kinds(sentence.piece)):
                self.aside(sentence.piece, _ASIDE_TRANSFER)
                items_follow, open_any, previous = False, None, None
                continue
            continued = previous is not None and (sentence.after_semicolon or re.match(r"或(?:者|是)?(?![，,])", sentence.piece.text)) \
                and previous.line.number == sentence.line.number and (previous_wrote or open_any is not None)
            # (…参加社会保险满一年以上。或在济南市区合法经营，…前注册并依法纳税且连续至今: a sentence opening with 或 in
            # the paragraph of a condition is another way to meet it)
            if items_follow and not sentence.item and previous is not None and previous.ends_with_colon \
                    and sentence.line.number == previous.line.number + 1 and sentence.piece.start == 0 \
                    and condition_kinds(sentence.piece) \
                    and not (previous is not intro and _running.details(previous.piece.text)):
                # 父母有一方必须满足以下条件：／持有历下区的居住证一年以上…；／在济南市区务工…: the list's items are
                # paragraphs of their own, unnumbered
                sentence = replace(sentence, item=True)
            elif items_follow and not sentence.item and previous is not None and previous.item \
                    and previous.line.number == sentence.line.number and not condition_kinds(previous.piece) \
                    and len(previous.piece.lstrip_re(_ITEM).text) <= 16:
                sentence = replace(sentence, item=True)  # 3.外来务工人员随迁子女。截至…: the item's title, then its content
            elif items_follow and not sentence.item and previous is not None and previous.item \
                    and not _ITEM.match(previous.line.text) and sentence.line.number == previous.line.number + 1 \
                    and sentence.piece.start == 0 and condition_kinds(sentence.piece):
                sentence = replace(sentence, item=True)  # the next unnumbered paragraph of that list
            candidate = bool(_COND_FRAME.search(sentence.piece.text)) or (items_follow and sentence.item) or \
                (sentence.line.number in under_heading and not sentence.item and bool(condition_kinds(sentence.piece))) or \
                (sentence.line.number in self.under_items and sentence.item and bool(condition_kinds(sentence.piece))
                 and V.duration(sentence.piece.text) is not None) or \
                bool(_LENGTH_FRAME.search(outside_brackets(sentence.piece).text)) or \
                continued or (chaptered and sentence.topic == "conditions" and sentence.item)
            if chaptered and sentence.topic != "conditions" and not (
                    sentence.topic == "points" and _COND_FRAME.search(sentence.piece.text)):
                candidate = False  # the conditions of applying for points admission are conditions too
            if candidate and _points.scores(outside_brackets(sentence.piece).text) is not None and (
                    sentence.topic == "points" or self.in_points_list(sentence) or not any(
                        condition_kinds(c) and _points.scores(c.text) is None
                        for c in depth_split(sentence.piece, "，,；;"))):
                # how points are scored (在厦门暂住且务工的年限每一年得1分): a ranking's count; a clause of its own
                # stating a condition outside a points part (缴纳社保满6个月以上的，每满一个月积1分) is still read
                candidate = False
            if items_follow and sentence.item and intro is not None and self.all_of_lists \
                    and self.all_of_lists[-1][0] is intro.piece:
                self.all_of_lists[-1][1].add(sentence.line.number)
            if self.paper_of_conditions(sentence, items_follow, open_any, intro):
                continue  # the list of conditions goes on after an item naming the paper to show
            if self.material_verb(sentence.piece) and (_MAT_WORD.search(outside_brackets(sentence.piece).text)
                                                       or _OPENS_MATERIALS.search(sentence.piece.text)):
                if open_any is None:  # (an item of a list of conditions too: ①居住凭证：…持有…居住证件，并提供…)
                    self.conditions_before_papers(sentence)
                candidate = False  # a list of materials (须提供：①《居民户口簿》；②…), read by materials()
            order = _scope.admission_order(sentence.piece.text) if candidate else None
            if order is not None and not condition_kinds(sentence.piece[:order.start]):
                # an admission order (its conditions, if any, come after the order words): read by the
                # schedule as admission order, not as conditions; 居住…就业半年以上，…额满为止 keeps its conditions
                self.order_sentences.append(sentence)
                candidate = False
            if open_any is not None and not sentence.item and not continued and (
                    _LABELLED.match(sentence.piece.text) or sentence.line.number in (item_line, detail_line)):
                # 审核所需材料：… / 审核部门：… between the items of an 之一 list, or a further sentence of an
                # item's paragraph (商住办公用房不作为自有住房): the item's details; the list goes on
                detail_line = sentence.line.number
                continue
            if not candidate and items_follow and not sentence.item and previous is not None and previous.item \
                    and sentence.line.number == previous.line.number:
                # a further sentence of an item's paragraph that states no condition (①…务工满半年以上…。社保补缴的
                # 不允许报名…): the item's detail, read or left as it is; the list goes on to the next item
                continue
            if not candidate:
                items_follow = False
                open_any = None
                previous = None
                continue
            if self.for_all:
                # a hukou demanded of every child (孩子户籍必须在本学区), and no order admitting those without it
                # later: children without that hukou are not admitted, a hukou condition
                self.hukou_demanded(sentence)
                # 金普新区: 户籍规定、房产规定 for every child, the order of 有户有房…无户无房 after them
                self.aside(sentence.piece, _ASIDE_ALL_CHILDREN)
                items_follow = sentence.ends_with_colon or (items_follow and sentence.item)
                continue
            if open_any is not None and not sentence.item and not continued:
                open_any = None
            if not (continued or (items_follow and sentence.item)):
                intro = sentence
                if sentence.ends_with_colon and _condition.all_of_opening(sentence.piece.text) is not None:
                    self.all_of_lists.append((sentence.piece, set()))
            items_follow = sentence.ends_with_colon or (items_follow and sentence.item) or (
                not sentence.item and bool(_ANNOUNCES_ITEMS.search(sentence.piece.text)))
            self.subject = intro.piece if intro is not None else sentence.piece
            written = sum(1 for _ in condition_entries(self.out.conditions))
            open_any = self.condition_sentence(sentence, open_any)
            if open_any is not None and len(self.out.unread) > unread_before:
                incomplete.add(id(open_any))
            previous = sentence
            if sentence.item and items_follow and sum(1 for _ in condition_entries(self.out.conditions)) == written \
                    and len(self.out.unread) == unread_before and intro is not None and intro is not sentence \
                    and not _MAT_LIST.search(intro.piece.text) and re.search(r"条件", intro.piece.text):
                self.other_condition(sentence, open_any)
            # a sentence after ； continues the conditions of one that stated some, not of one left to a person
            previous_wrote = sum(1 for _ in condition_entries(self.out.conditions)) > written or \
                len(self.out.unread) == unread_before
            if sentence.item:
                item_line = sentence.line.number
        self.out.conditions = [g for g in self.out.conditions if not isinstance(g, Group) or g.items]
        self.one_kind_alternatives(incomplete)
        if self.out.conditions and "入学条件" not in self.out.anchors:
            entry = next(condition_entries(self.out.conditions), None)
            if entry is not None:
                self.out.anchors["入学条件"] = entry.words[0]

    def conditions_spelled_out(self, sentence: Sentence) -> tuple[Piece, Piece] | None:
        """(the frame, the conditions) of a sentence naming children who meet the conditions and saying in a bracket
        after 即 what the conditions are (``符合条件的市内户籍流动人口随迁子女（即：用人单位为其购买的社保证明…或…）``), when
        the bracket states conditions; else None.  The frame runs from the sentence's start to the bracket's 即："""
        found = _SPELLED_OUT.search(sentence.piece.text)
        if found is None or self.is_marked(sentence.piece[found.start():found.end()]):
            return None
        depth = _depth(sentence.piece.text)
        open_at = found.start("open")
        close = next((i for i in range(open_at + 1, len(depth)) if depth[i] == depth[open_at]
                      and sentence.piece.text[i] in "）)"), None)
        if close is None:
            return None
        inner = sentence.piece[found.end():close].strip()
        if not inner or not condition_kinds(inner):
            return None
        return sentence.piece[:found.end()], inner

    def conditions_before_papers(self, sentence: Sentence) -> None:
        """The conditions a sentence states before the papers showing them (``父母或其他法定监护人在长沙城区务工且
        持续合法居住一年以上，提交…等相关材料``): read as conditions; the papers are read by :meth:`materials`.
        Not when the clause says whom the papers are for (``租住房屋的，提供…``: :func:`.readers.running.before_papers`)."""
        if self.for_all or sentence.scope is not None or sentence.topic not in (None, "conditions", "materials") \
                or self.local_part(sentence) or self.hukou_exclusion(sentence):
            return
        verb = self.material_verb(sentence.piece)
        if verb is None or _NEGATION.search(sentence.piece.text[:verb.start()]):
            return
        way = _material_condition.no_permit_way(sentence.piece.text)
        if way is not None:
            # …不能申领到居住证的，申请其适龄子女…入学，需提供：①…: whom the papers are for, and their papers, another way
            # in beside the permit's (material_conditions writes them as such)
            self.aside(sentence.piece[way.start:way.end], _ASIDE_WITHOUT)
            self.no_permit_lines.add(sentence.line.number)
            rest = replace(sentence, piece=sentence.piece[verb.start():])
            listed = self.material_list(rest, self.material_verb(rest.piece), sentence.topic == "materials")
            if listed is not None and listed[1] is not None:
                self.list_intro = listed[0]
                self.material_items(listed[1], self.origin(sentence.piece))
                self.list_intro = None
            return
        found = _running.before_papers(sentence.piece.text, verb.start())
        if found is None:
            return
        lead = sentence.piece[found.start:found.end]
        if not condition_kinds(lead.lstrip_re(_ITEM)) or self.is_marked(lead):
            return
        label = _running.label(lead.text)
        if label is not None:  # ①居住凭证：…: the item's name, read as its heading
            self.mark(lead[:label.end], understood=True)
            lead = lead[label.end:].strip()
        self.subject = lead
        self.condition_clauses(replace(sentence, piece=lead, ends_with_colon=False), None)
        # the papers after the verb: read here, since the sentence is read in part now (materials() skips it)
        rest = replace(sentence, piece=sentence.piece[verb.start():])
        listed = self.material_list(rest, self.material_verb(rest.piece), sentence.topic == "materials")
        if listed is not None and listed[1] is not None:
            self.list_intro = listed[0]
            self.material_items(listed[1], self.origin(sentence.piece))
            self.list_intro = None
        for clause in depth_split(sentence.piece[verb.end():], "，,"):
            # …，提交…等相关材料，以当前租住房为依据入学: the dwelling the admission rests on is asked as well (住所)
            clause = clause.strip()
            if clause and not self.is_marked(clause) and _condition.housing_basis(clause.text) is not None:
                entry = self.condition_entry(clause, sentence, "住所")
                if entry is not None:
                    self.add(self.out.conditions, [entry])

    def paper_of_conditions(self, sentence: Sentence, items_follow: bool, open_any: Group | None,
                            intro: Sentence | None) -> bool:
        """An item of a list of conditions all required (``应同时具备以下条件：``) that names the paper to show
        (``3.申请人出具与我县用人单位依法签订的《劳动合同》或在我县办理的工商营业执照``): a material, and the
        condition it carries (read by :meth:`material_conditions`, as for any material); the list of
        conditions goes on after it.  Not in a list of alternatives (its condition would be read as required)."""
        if not (items_follow and sentence.item and open_any is None and intro is not None and intro is not sentence):
            return False
        if _MAT_LIST.search(intro.piece.text) or not re.search(r"条件|要求|情形", intro.piece.text):
            return False
        if sentence.scope is not None or self.local_part(sentence):
            return False
        verb = self.material_verb(sentence.piece)
        if verb is None or _NEGATION.search(sentence.piece.text[:verb.start()]):
            return False
        stated = _running.before_papers(sentence.piece.text, verb.start())
        if stated is not None and condition_kinds(sentence.piece[stated.start:stated.end].lstrip_re(_ITEM)):
            # ①居住凭证：…持有…居住证件，并提供…: conditions stated before the papers, then the papers (read below
            # when the sentence's own list did not take them); the list of conditions goes on after it
            self.conditions_before_papers(sentence)
            if self.is_marked(sentence.piece[verb.end():]):
                return True
            stated = stated if self.is_marked(sentence.piece[stated.start:stated.end]) else None
        if stated is None:
            lead = sentence.piece[:verb.start()].lstrip_re(_ITEM)
            if not (_MAT_WORD.search(outside_brackets(sentence.piece).text) or _OPENS_MATERIALS.search(sentence.piece.text)) \
                    and (len(lead.text) > 10 or re.search(r"[，,；;]", lead.text) or condition_kinds(lead)
                         or verb.group() == "持"):  # 持我市有效《广东省居住证》: holding the permit is the condition
                return False  # a paper named only after who provides it (申请人提交…户口簿), or a list of materials
        body = sentence.piece[verb.end():].strip().rstrip_re(r"[。．.；;]$")
        if not body:
            return False
        self.mark(sentence.piece[verb.start() if stated else 0:verb.end()], understood=True)  # 申请人出具: the verb
        self.list_intro = intro.piece
        self.material_items(body, self.origin(sentence.piece))
        self.list_intro = None
        return True

    def ages(self) -> None:
        """The age asked of a child starting school (``年满6周岁（2016年8月31日前出生）``), wherever it is said
        and not yet read: a condition of its own (``其他``), in the draft's words; not in a part for local
        children (set aside already) nor in a document for all children.  Read after every other reader (a
        sentence partly read is not a list of materials or an order any more), and only beside other conditions: the
        age is every child's, and a draft whose migrant conditions were not read is not made to look as if
        it stated conditions without a permit (PL107 counts the conditions written)."""
        if self.for_all or not any(e.key != "其他" for e in condition_entries(self.out.conditions)):
            return
        for sentence in self.sentences:
            if sentence.heading or sentence.scope is not None:
                continue
            for clause in depth_split(sentence.piece, "，,；;"):
                found = _condition.age(clause.text)
                if found is None:
                    continue
                words = clause[found.start:found.end].strip()
                if not words or self.is_marked(words):
                    continue
                self.add(self.out.conditions, [Entry("其他", [words.without(r"[{}｛｝:：“”\"「」#]")],
                                                     [self.origin(sentence.piece, "入学年龄")])])
                self.mark(words)

    def no_guardian(self) -> None:
        """No one at the hukou place to look after the child (``且在户籍所在地没有监护条件``), said as a condition and
        read by no other reader: a condition of its own (``其他``), in the draft's words, which only the hukou place
        can attest.  Not in a part for local children, nor after a negation (不得要求提供户籍地无人监护证明)."""
        if self.for_all:
            return
        for sentence in self.sentences:
            if sentence.heading or sentence.scope is not None:
                continue
            for clause in depth_split(sentence.piece, "，,；;"):
                found = _condition.no_guardian(clause.text)
                if found is None or _NEGATION.search(clause.text[:found.start]):
                    continue
                words = clause[found.start:found.end].strip()
                if not words or self.is_marked(words):
                    continue
                self.add(self.out.conditions, [Entry("其他", [words.without(r"[{}｛｝:：“”\"「」#]")],
                                                     [self.origin(sentence.piece, "户籍地无人监护")])])
                self.mark(words)

    def heading_kind(self, sentence: Sentence) -> str | None:
        """The one kind of condition a chapter's heading states (``三、在黄埔区有合法稳定住所``,
        ``二、居住证时长计算方法``), when it names no material, schedule or whom the part is for."""
        head = _CHAPTER.match(sentence.line.text)
        if head is None or sentence.scope is not None:
            return None
        title = sentence.line.piece.match_piece(head, "title")
        if _topic(title.text) not in ("other", "conditions") or _MAT_WORD.search(title.text) \
                or _scope.heading_scope(title.text) is not None:
            return None
        kinds = condition_kinds(title)
        return next(iter(kinds)) if len(kinds) == 1 and kinds != {"户籍"} else None

    @staticmethod
    def is_form(sentence: Sentence, kind: str) -> bool:
        """Whether an item states no kind of condition but ``kind`` (a residence inside a housing or permit
        form being that form's): one of the forms of the condition its chapter's heading states."""
        kinds = condition_kinds(sentence.piece.lstrip_re(_ITEM))
        if "居住" in kinds and kind in ("住所", "居住证"):
            kinds = (kinds - {"居住"}) | {kind}
        return kinds <= {kind}

    def condition_forms(self, sentence: Sentence, kind: str, heading: Sentence, groups: dict[int, Group]) -> Group:
        """An item of a chapter whose heading states one condition: one of the forms that condition may
        take, an alternative of an 之一 group of that kind.  A residence inside a housing or permit form
        (``居住在本区公共租赁住房的``, ``实际居住满一年以上的盖章证明``) is that form's; an item that states
        no kind and no length or date (``在本区办理了工商登记的企业出资人、个体工商户经营者``) is a form
        of the heading's condition."""
        group = groups.get(sentence.chapter)
        if group is None:
            group = Group("之一", origins=[self.origin(heading.piece)], anchor=heading.piece)
            groups[sentence.chapter] = group
            self.out.conditions.append(group)
        body = sentence.piece.lstrip_re(_ITEM).rstrip_re(r"[。．.；;]$")
        entries: list[Entry] = []
        stated = False
        for clause in [part for c in depth_split(body, "，,：:") for part in self.bracketed(c)]:
            text = clause.lstrip_re(_LEADING).rstrip_re(_TRAILING)
            kinds = condition_kinds(text) if text else set()
            stated = stated or bool(kinds)
            if "居住" in kinds and kind in ("住所", "居住证"):
                kinds = (kinds - {"居住"}) | {kind}
            if kinds == {kind}:
                entry = self.condition_entry(clause, sentence, kind)
                if entry is not None:
                    entries.append(entry)
        if not entries and not stated and not self.dates(body) and V.duration(body.text) is None \
                and V.unreadable_duration(body.text) is None and _STATES_CONDITION.search(heading.line.text):
            entry = self.condition_entry(body, sentence, kind)
            if entry is not None:
                entries.append(entry)
        self.add(group.items, entries)
        return group

    def other_condition(self, sentence: Sentence, open_any: Group | None) -> None:
        """An item of a list of conditions stating none of the kinds the rules name (``（二）申请入读的适龄儿童属
        政策内生育，符合计划生育政策``): a condition all the same, written as ``其他`` in the draft's words (PL107
        reads a status it rests on)."""
        body = sentence.piece.lstrip_re(_ITEM).rstrip_re(r"[。．.；;]$")
        if not body or self.is_marked(body) or condition_kinds(body) or len(body.text) < 4 \
                or V.unreadable_duration(body.text) is not None or _boilerplate.read(body.plain) is not None:
            return
        entry = Entry("其他", [body.without(r"[{}｛｝:：“”\"「」#]")], [self.origin(sentence.piece)])
        self.add(open_any.items if open_any is not None else self.out.conditions, [entry])
        self.mark(body)

    def condition_form_of(self, sentence: Sentence, kind: str) -> None:
        """An item of a list of the ways a condition is shown (``满足下列条件之一可认定为有合法稳定职业：``
        ``（2）有工商营业执照一年以上…``): what it states of that condition joins the condition as stated
        (its length is asked too); the rest of the item is how it is shown, left to 待确认 if it states a fact."""
        body = sentence.piece.lstrip_re(_ITEM).rstrip_re(r"[。．.；;]$")
        entries: list[Entry] = []
        for clause in [part for c in depth_split(body, "，,：:") for part in self.bracketed(c)]:
            text = clause.lstrip_re(_LEADING).rstrip_re(_TRAILING)
            kinds = condition_kinds(text) if text else set()
            if "居住" in kinds and kind in ("住所", "居住证"):
                kinds = (kinds - {"居住"}) | {kind}
            if kind == "居住" and kinds == {"居住证"} and V.duration(text.text) is not None:
                kinds = {kind}  # 已由公安部门办理居住登记连续满1年: a residence length shown by its registration
            if kinds == {kind}:
                entry = self.condition_entry(clause, sentence, kind)
                if entry is not None:
                    entries.append(entry)
        stated = next((e for e in condition_entries(self.out.conditions) if e.key == kind), None)
        for entry in entries:
            if stated is None:
                self.add(self.out.conditions, [entry])
                stated = next((e for e in condition_entries(self.out.conditions) if e.key == kind), None)
                continue
            stated.words.extend(entry.words)
            stated.origins.extend(o for o in entry.origins if o not in stated.origins)
            self._durations.pop(id(stated), None)
            self._origin_sets.pop(id(stated), None)

    def one_kind_alternatives(self, incomplete: set[int]) -> None:
        """An 之一 group whose alternatives are all of one kind asks for that kind: its entry is written
        at the top level (``实际住所居住材料须符合下列条件之一：自有住房…；租住房屋…`` is a housing condition,
        required).  Not when an alternative was left 待确认: its kind is not known."""
        out: list = []
        for item in self.out.conditions:
            if isinstance(item, Group) and item.name == "之一" and id(item) not in incomplete \
                    and len(item.items) == 1 and isinstance(item.items[0], Entry):
                self.add(out, [item.items[0]])
                continue
            if isinstance(item, Entry) and any(isinstance(e, Entry) and e.key == item.key for e in out):
                # the group's kind stated again after it (…条件之一的，住房证明): one key, written once
                self.add(out, [item])
                continue
            out.append(item)
        self.out.conditions = out

    def condition_sentence(self, sentence: Sentence, open_any: Group | None) -> Group | None:
        """Read one sentence of conditions; an item of an 之一 list stating several conditions is one
        alternative, a 同时具备 group of them (``（四）…持有居住证，且在深圳居住满1年、连续参加社会保险满1年的``)."""
        outer = open_any
        if open_any is not None and sentence.item:
            branch = Group("同时具备", origins=[self.origin(sentence.piece)], anchor=sentence.piece.lstrip_re(_ITEM))
            found = self.condition_clauses(sentence, branch)
            if found is not branch:  # the item opened a list of its own
                return found
            if len(branch.items) > 1:
                outer.items.append(branch)
            else:
                self.add(outer.items, [e for e in branch.items if isinstance(e, Entry)])
            return outer
        return self.condition_clauses(sentence, open_any)

    def condition_clauses(self, sentence: Sentence, open_any: Group | None) -> Group | None:
        self.in_any_list = open_any is not None and sentence.item
        body = sentence.piece.lstrip_re(_ITEM)
        aspect = _running.aspect(body.text)
        if aspect is not None:
            # 3、“在京暂住证”方面，父母双方均持有…: what the item is about, named before what it asks
            self.mark(body[:aspect.end], understood=True)
            body = body[aspect.end:]
        if sentence.ends_with_colon and _BRACKET_ANY.search(body.text) and not condition_kinds(outside_brackets(body)):
            # （二）非户籍常住人口随迁子女（具备以下条件之一）：: whom the list is for, its bracket opening a list of
            # alternatives; the items after it are the ways in
            self.mark(body, understood=True)
            opened = Group("之一", origins=[self.origin(sentence.piece)], anchor=body)
            self.out.conditions.append(opened)
            return opened
        clauses = [part for clause in depth_split(body, "，,：:") for part in self.bracketed(clause)]
        last: Entry | None = None  # the condition the clause before stated
        for clause in clauses:
            text = clause.lstrip_re(_LEADING).rstrip_re(_TRAILING)
            if not text or (clause.cols and set(clause.cols) <= self.used.get(clause.line, set())):
                continue  # empty, or read already as a fact of another kind (到…指定学校就读: how children are admitted)
            dated = V.held_since(text.text, self.year) if last is not None else None
            if last is not None and not condition_kinds(text) and (
                    V.duration(text.text) is not None or V.unreadable_duration(text.text, dates=False) is not None
                    or dated is not None):
                # 持证满六个月以上，其中在本县满一年: a further length of the same condition (the longest is read);
                # 合法经营，至少在2019年8月31日前注册并依法纳税且连续至今: a start to this day, the months since
                if V.duration(text.text) is None and dated is None:
                    self.unread(clause, message("extract.reason.length_unread"), "入学条件")
                    continue
                last.words.append(text.without(r"[{}｛｝:：“”\"「」#]"))
                self._durations.pop(id(last), None)
                self.mark(clause)
                continue
            if last is not None and last.key == "住所" and condition_kinds(text) == {"居住"} \
                    and _HOUSED_LENGTH.match(text.text) and V.duration(text.text) is not None:
                # …唯一合法稳定住所，且连续居住满二年: a length of residence naming no place is the housing's (PL109)
                last.words.append(text.without(r"[{}｛｝:：“”\"「」#]"))
                self._durations.pop(id(last), None)
                self.mark(clause)
                continue
            if _running.reckoning(text.text) is not None and not condition_kinds(text):
                # 自2022年5月1日上溯12个月，…连续合法居住满一年: when the length is measured, no condition of its own
                # (the length read is the condition's: 满一年)
                self.mark(clause, understood=True)
                self.reckonings.append((clause.line, frozenset(clause.cols)))
                continue
            before, last = last, None
            if before is not None and _OR.match(clause.text.strip()) and condition_kinds(text) == {before.key} \
                    and before.words and before.words[-1].line == clause.line and before.words[-1].cols \
                    and not _OR.search(before.words[-1].text):
                # …签订有效期内的《劳动合同》，或在“5+2”区域办理的工商营业执照: one condition met by either paper, as written
                joined = _joined(body, before.words[-1], clause)
                if joined is not before.words[-1]:
                    before.words[-1] = joined.without(r"[{}｛｝:：“”\"「」#]")
                    self._durations.pop(id(before), None)
                    self.mark(clause)
                    last = before
                    continue
            one_of = _ONE_OF_VERB.search(text.text) or _ONE_OF.match(text.text)
            if not one_of and _INTRO_ALL.search(text.text) and not condition_kinds(text):
                self.mark(clause, understood=True)
                continue
            if one_of:
                listed = text.match_piece(one_of, "list").strip()
                if _INTRO_ANY_LIST.match(listed.text):
                    self.mark(clause, understood=True)
                    if listed.text in ("", "其", "上述"):
                        continue  # 具备其中之一即可: the clause before already said which
                    open_any = Group("之一", origins=[self.origin(sentence.piece)], anchor=clause)
                    self.out.conditions.append(open_any)
                    continue
                parts = _conj_split(listed, re.compile(r"或者|或是|或|、|和|及")) or \
                    ([listed] if len(condition_kinds(listed)) == 1 else None)
                if parts is None:
                    self.unread(clause, message("extract.reason.any_one_of"), "入学条件")
                    continue
                entries = [e for e in (self.condition_entry(p, sentence) for p in parts) if e is not None]
                if open_any is not None:
                    self.add(open_any.items, entries)
                elif entries:
                    self.out.conditions.append(Group("之一", self.add([], entries), [self.origin(sentence.piece)], clause))
                continue
            kinds = condition_kinds(text)
            if not kinds:
                continue
            target = open_any.items if open_any is not None else self.out.conditions
            if len(kinds) == 1:
                entry = self.condition_entry(clause, sentence)
                if entry is not None:
                    self.add(target, [entry])
                    last = next((e for e in target if isinstance(e, Entry) and e.key == entry.key), entry)
                continue
            either = _conj_split(text, _OR)
            if either is not None:
                # 父母双方同一地点半年以上的暂住证或本辖区内房产证: who must meet one alternative is not said of the other;
                # 具有城区户籍或具有城区有效居住证: the hukou alternative is the local children's route
                was, self.in_any_list = self.in_any_list, True
                entries = [e for e in (self.condition_entry(p, sentence, within=text) for p in either) if e is not None]
                self.in_any_list = was
                if open_any is not None:
                    self.add(open_any.items, entries)
                elif entries:
                    self.out.conditions.append(Group("之一", self.add([], entries), [self.origin(sentence.piece)], text))
                continue
            both = _conj_split(text, _AND)
            if both is not None and V.duration(text.text) is None and V.unreadable_duration(text.text) is not None \
                    and any(V.unreadable_duration(p.text) is None for p in both):
                # 居住证、营业执照、…、房屋租赁备案办理时间须在2023年12月31日前: one cut-off for every paper named;
                # of an earlier year than the intake, each paper is held since (values.held_since), else a person reads it
                dated = V.held_since(text.text, self.year)
                if dated is None:
                    self.unread(clause, message("extract.reason.length_unread"), "入学条件")
                    continue
                deadline = text[dated[1]:dated[2]]
                entries = []
                for part in both:
                    entry = self.condition_entry(part, sentence)
                    if entry is None:
                        continue
                    if entry.key != "居住" and V.held_since(part.text, self.year) is None:
                        entry.words.append(deadline)  # the shared deadline, said once after the last paper
                    entries.append(entry)
                if len(entries) > 1 and open_any is None:
                    # the papers the deadline is said of, each as far as the family uses it: not all required (no
                    # 同时具备 the sentence never says), so the kinds stand as the ways the deadline applies to
                    open_any = Group("之一", self.add([], entries), [self.origin(sentence.piece)], text)
                    # what the sentence goes on with after ；(购房合同且已交房入住的同时提供…) is another of those ways
                    self.out.conditions.append(open_any)
                else:
                    self.add(target, entries)
                continue
            if both is not None:
                entries = [e for e in (self.condition_entry(p, sentence, kind=k) for p, k in self.shared_length(text, both))
                           if e is not None]
                if open_any is not None and not self.in_any_list and len(entries) > 1 \
                        and re.search(r"且|并", text.text) and "、" not in text.text:
                    # 符合下列条件之一的：…，或者与用人单位签订劳动用工合同且用人单位已为其缴纳社会保险的: one
                    # alternative asking both, a 同时具备 branch (not two alternatives)
                    open_any.items.append(Group("同时具备", entries, [self.origin(sentence.piece)], text))
                    continue
                self.add(target, entries)
                continue
            routes = self.or_of_ands(text)
            if routes is not None:
                # 签订一年以上劳动合同且缴纳社会保险或在城区经商并取得工商营业执照: either route, each whole
                items: list = []
                for route in routes:
                    entries = [e for e in (self.condition_entry(p, sentence) for p in route) if e is not None]
                    if len(route) > 1 and len(entries) > 1:
                        items.append(Group("同时具备", entries, [self.origin(sentence.piece)], route[0]))
                    else:
                        self.add(items, entries)
                if open_any is not None:
                    open_any.items.extend(items)
                elif items:
                    self.out.conditions.append(Group("之一", items, [self.origin(sentence.piece)], text))
                continue
            self.unread(clause, message("extract.reason.several_conditions"), "入学条件")
        return open_any

    @staticmethod
    def shared_length(text: Piece, parts: list[Piece]) -> list[tuple[Piece, str | None]]:
        """The parts of a clause of several conditions, each with the kind it is read as; a length written once after
        bare kinds applies to each (``居住和参保至少一年``, ``务工、居住均满一年``): each such part is written as the words
        from it to the length (``居住和参保至少一年`` is the residence condition, ``参保至少一年`` the insurance one)."""
        tail = parts[-1]
        between = [text.text[text.cols.index(a.cols[-1]) + 1:text.cols.index(b.cols[0])]
                   if a.cols and b.cols and a.cols[-1] in text.cols and b.cols[0] in text.cols else "且"
                   for a, b in zip(parts, parts[1:])]
        def bare(p: Piece) -> bool:
            return V.duration(p.text) is None and len(p.text.strip()) <= 16 and len(condition_kinds(p)) == 1

        # (近一年在厦务工、居住和参加社会保险的年限满1年: a part with a length of its own keeps it, the bare ones between
        # take the length written once at the end)
        if len(parts) < 2 or V.duration(tail.text) is None or any(not re.fullmatch(r"\s*(?:和|及|与|、)\s*", w)
                                                                  for w in between) or not any(
                bare(p) for p in parts[:-1]) or not all(bare(p) or len(condition_kinds(p)) == 1 for p in parts[:-1]):
            return [(p, None) for p in parts]
        out: list[tuple[Piece, str | None]] = []
        for p in parts[:-1]:
            if not bare(p):
                out.append((p, None))
                continue
            (kind,) = condition_kinds(p)
            out.append((_joined(text, p, tail), kind))
        return out + [(tail, None)]

    @staticmethod
    def or_of_ands(text: Piece) -> list[list[Piece]] | None:
        """``text`` as routes joined by 或, each one condition or several joined by 且/并/和 (each of one
        kind), when at least one route holds several; else None."""
        spans = _split_indices(text, _OR)
        if len(spans) < 2:
            return None
        routes = []
        for s, e in spans:
            part = text[s:e].strip().lstrip_re(_LEADING).rstrip_re(_TRAILING)
            kinds = condition_kinds(part) if part else set()
            if len(kinds) == 1:
                routes.append([part])
                continue
            both = _conj_split(part, _AND) if len(kinds) > 1 else None
            if both is None:
                return None
            routes.append(both)
        return routes if any(len(r) > 1 for r in routes) else None

    @staticmethod
    def unreadable_aside(piece: Piece) -> tuple[Piece, Piece] | None:
        """(``piece`` without the bracket, the bracket) when the only length of ``piece`` that cannot be
        read lies in a bracket of its own (``居住证（签发时间应于…前）``); else None."""
        for match in re.finditer(r"[（(][^（()）]*[)）]", piece.text):
            inner = piece[match.start():match.end()]
            outer = piece[:match.start()] if not piece.text[match.end():].strip() else None
            rest = piece.without(re.escape(match.group()))
            if V.unreadable_duration(inner.text) is not None and V.unreadable_duration(rest.text) is None \
                    and V.duration(rest.text) is None:
                return (outer if outer is not None else rest), inner
        return None

    def bracketed(self, clause: Piece) -> list[Piece]:
        """``clause`` and the further conditions inside its brackets, each a clause of its own:
        ``持有我市居住证（签发时间应于…前，同时在我市居住时间满一年）`` is a permit condition and a
        residence condition; the outer one keeps the rest of its brackets, not the other's length."""
        outside = condition_kinds(clause.without(r"[（(][^（()）]*[)）]"))
        parts = []
        for reading in _condition.further(clause.text):
            part = clause[reading.start:reading.end]
            kinds = condition_kinds(part)
            if len(kinds) == 1 and not kinds & outside:
                parts.append((reading.start, reading.end, part))
        if not parts and outside and "社保" not in outside:
            # 务工证明(父母一方有1年或以上的社会保险缴费记录,…): the insurance its brackets ask for a length is a condition
            # of its own (PL103), not the length of the paper outside (an employment of a year, PL104)
            inner = _material_condition.bracketed_insurance(clause.text, min(outside))
            if inner is not None:
                parts.append((inner[1], inner[2], clause[inner[1]:inner[2]]))
        if not parts:
            return [clause]
        keep = [True] * len(clause.text)
        for start, end, _part in parts:
            if start > 0 and clause.text[start - 1] in "，,、；;":
                start -= 1  # the separator before it goes with it
            elif end < len(clause.text) and clause.text[end] in "，,、；;":
                end += 1
            for i in range(start, end):
                keep[i] = False
        outer = Piece(clause.line, "".join(c for c, k in zip(clause.text, keep) if k),
                      tuple(c for c, k in zip(clause.cols, keep) if k)).without(r"[（(]\s*[)）]")
        return [outer, *(part for _s, _e, part in parts)]

    def add(self, target: list, entries: list[Entry]) -> list:
        """Add conditions to a group; a second condition of the same kind joins the first (一个键只写一次),
        unless another paragraph asks it of both parents (``父母双方持有…居住证`` for 初中 after 小学) or, among
        the conditions all required, with a length of its own (横州: 合法稳定住所（持续合法居住1年以上） for each kind
        of child; the forms of one condition, alternatives, stay one entry): that one is a
        condition of its own, in a 同时具备 group beside the first, so its parents' words and its length are
        checked where they are written."""
        parts = self.route_parts()  # a kind stated again in another family's part is that family's own
        for entry in entries:
            same = next((e for e in target if isinstance(e, Entry) and e.key == entry.key
                         and not (parts and self._parts_apart(e, entry))), None)
            if same is None:
                target.append(entry)
                continue
            if entry.origins and entry.origins[0].where not in {o.where for o in same.origins} and (
                    _parents.both(entry.text) is not None
                    or target is self.out.conditions and V.duration(entry.text) is not None):
                target.append(Group("同时具备", [entry], list(entry.origins[:1]), entry.words[0]))
                continue
            first = self._first_duration(same)
            second = V.duration(entry.text)
            if first and second and first[0] != second[0]:
                self.unread(entry.words[0], message("extract.reason.differing_length", key=same.key), "入学条件")
                continue
            same.words.extend(entry.words)
            known = self._origin_sets.get(id(same))
            if known is None or known[0] is not same or len(known[1]) != len(same.origins):
                known = (same, set(same.origins))
                self._origin_sets[id(same)] = known
            for origin in entry.origins:
                if origin not in known[1]:
                    known[1].add(origin)
                    same.origins.append(origin)
        return target

    def _first_duration(self, entry: Entry):
        """The longest duration of ``entry``'s words (the requirement, as :func:`V.duration` reads
        several), kept as the entry grows: a draft repeating a condition a thousand times joins a
        thousand words, and reading the joined text each time was quadratic.  Words are only ever
        appended, so each is read once.
        """
        seen = self._durations.get(id(entry))
        if seen is None or seen[0] is not entry:
            seen = [entry, 0, None]
            self._durations[id(entry)] = seen
        while seen[1] < len(entry.words):
            found = V.duration(entry.words[seen[1]].text)
            seen[1] += 1
            if found is not None and (seen[2] is None or found[0] > seen[2][0]):
                seen[2] = found
        return seen[2]

    def condition_entry(self, written: Piece, sentence: Sentence, kind: str | None = None,
                        within: Piece | None = None) -> Entry | None:
        """The condition ``written`` states (its kind read from its words, or ``kind``, the condition
        a heading says its items are forms of)."""
        piece = written.lstrip_re(_LEADING).rstrip_re(_TRAILING)
        kinds = condition_kinds(piece) if kind is None else {kind}
        if len(kinds) != 1:
            self.unread(written, message("extract.reason.which_condition"), "入学条件")
            return None
        (kind,) = kinds
        if kind == "居住" and V.duration(piece.text) is None:
            self.unread(written, message("extract.reason.no_residence_length"), "入学条件")
            return None
        if kind in ("居住证", "社保", "就业") and V.unreadable_duration(piece.text) is not None \
                and V.held_since(piece.text, self.year) is None:
            # (2019年8月31日前办理且连续至今, 2018年4月30日前办理: a start or an earlier year's deadline, read as
            # the months held to the intake by the rules' builder)
            aside = self.unreadable_aside(piece)
            if aside is None:
                # 持有满若干年: a length is asked for but cannot be read; never written as if none were
                self.unread(written, message("extract.reason.length_unread"),
                            "入学条件")
                return None
            # 持有我市居住证（签发时间应于2022年7月31日前）: the permit is asked for; the cut-off in its
            # brackets, a length counted from a date, is left to a person
            piece, bracket = aside
            self.unread(bracket, message("extract.reason.length_unread"), "入学条件")
        if kind == "户籍" and re.search(r"不(?:限|要求|以)|不论|不受", piece.text):
            self.mark(piece, understood=True)
            return None
        if kind == "户籍" and _scope.definition(piece.text) is not None:
            self.aside(written, _ASIDE_DEFINITION)
            return None
        if kind == "住所" and re.search(r"^(?:或者?)?(?:无|没有|未取得|尚未取得)|不符合|不能", piece.text):
            # 无住宅类产权房，或自有产权房不符合以房入学要求的: whom the route is for, not a housing demand
            self.aside(written, _ASIDE_NO_HOUSE)
            return None
        if kind in ("居住证", "社保", "就业") and re.match(r"(?:或者?|但)?(?:尚未|未|没有|无)(?:办理|取得|持有|缴纳|参加)?", piece.text) \
                and re.match(r"(?:或者?|但)?(?:尚未|未|没有|无)", piece.text):
            # 未办理居住证，但在钢城相应学区长期居住六个月以上的: whom the route is for, not a permit demand
            self.aside(written, _ASIDE_WITHOUT)
            return None
        if kind == "户籍" and self.in_any_list:
            # （三）父母双方或一方具有深圳户籍的…: one route among several for families with a local hukou,
            # which restricts no migrant child (who has the other routes)
            self.aside(written, _ASIDE_HUKOU_ROUTE)
            return None
        value = piece.without(r"[{}｛｝:：“”\"「」#]")
        self.mark(piece)
        entry = Entry(kind, [value], [self.origin(sentence.piece)])
        if kind != "社保" and not _PAYER.search(piece.text):
            # 父母双方均在市区范围内居住并持有…居住证: the subject said before the clause is who must meet it
            cut = within.start if within is not None and within.cols else piece.start
            before = sentence.piece[:max(0, cut - sentence.piece.start)] if sentence.piece.cols else None
            both = _parents.both(before.text) if before is not None and before.text else None
            who = before[both.start:both.end] if both is not None else None
            if who is not None and not set(who.cols) & self.used.get(who.line, set()):
                # (not when the words are already in a condition written from the sentence, 父母双方在本区域有
                # 相对固定住所，持有《居住证》…: said once, with that condition, and reported once)
                entry.words.append(who)
                entry.origins[0] = self.origin(sentence.piece, f"须满足者「{who.text}」")
        if kind == "社保" and not _PAYER.search(piece.text):
            subject = self.subject
            payer = subject.search(_PAYER_SUBJECT) if subject is not None else None
            if payer is not None:
                found = subject.match_piece(payer, "payer")
                entry.words.append(found)
                entry.origins[0] = self.origin(sentence.piece, message("extract.note.payer", payer=found.text, line=found.line).zh)
        return entry

    # --- 证明材料 -------------------------------------------------------------------
    def material_tables(self) -> None:
        """A table of materials (a header cell 材料名称 / 所需材料 / 证明材料 over a column of papers, often beside
        序号 and 备注): each cell of that column is a material, with its table cell as the source; the rest of
        the table (序号, 备注) is its structure."""
        rows_by_table: dict[int, list[Line]] = {}
        for line in self.draft.lines:
            if line.is_row and line.cells:
                rows_by_table.setdefault(line.cells[0].table, []).append(line)
        for table, rows in rows_by_table.items():
            # the column of papers: its header names them (材料名称, 所需材料, 证明材料, 证件名称)
            header = rows[0].cells
            column = next((c.column for c in header if _MAT_WORD.search(c.piece.text)
                           and not re.search(r"说明|备注|要求|份数|来源|时间|日期", c.piece.text)), None)
            if column is None or len(rows) < 2 or any(self.dates(c.piece) for r in rows for c in r.cells):
                continue
            self.material_table_numbers.add(table)
            self.mark(rows[0].piece, understood=True)
            before = next((l for l in reversed(self.draft.lines[:self.draft.lines.index(rows[0])])
                           if l.text.strip() and not l.is_row), None)
            if before is not None and _MAT_WORD.search(before.text) and re.search(r"下表|如下|表\s*\d|以下", before.text):
                self.mark(before.piece, understood=True)  # 报名时须提交下表所列材料: the table's opening
            for row in rows[1:]:
                cell = next((c for c in row.cells if c.column == column), None)
                if cell is None or not cell.piece.text.strip():
                    continue
                origin = Origin(self.where(cell.piece, cell), self.folding.written(cell.piece).text,
                                header[column - 1].piece.text.strip() if column <= len(header) else "")
                self.list_intro = None
                self.material_items(cell.piece, origin)
                for other in row.cells:
                    if other.column != column and not self.is_marked(other.piece):
                        self.mark(other.piece, understood=True)  # 序号, 备注: the table's structure

    def materials(self) -> None:
        self.material_tables()
        chaptered = self.has_chapter("materials")
        pending: Origin | None = None  # a list opened by "须提供下列材料：" continues on the item lines
        document_style: str | None = None  # the numbering of items naming documents by their copies (（2）…原件及复印件)
        item_line = -1  # the paragraph of the list's last item
        style: str | None = None  # how the list's items are numbered: an item numbered otherwise ends it
        open_line: int | None = None  # the paragraph of a list's colon, or of its last unnumbered item
        bundle: tuple[int, Origin] | None = None  # the paragraph and source of a bundle's papers (四证即…；…)
        papers_go_on: tuple[int, Origin] | None = None  # a verb's list of papers going on after semicolons (需提供A；B；C)
        for sentence in self.sentences:
            if sentence.line.number in self.condition_heads:
                pending, style = None, None  # 非海口市户籍务工人员随迁子女小学入学条件 after a list of materials
                continue
            if not sentence.heading and pending is None and self.is_marked(sentence.piece) and self.opens_inline(sentence):
                # …申请在中心城区入学的，…应提供以下合法有效报名材料：①户口簿…；②…；③住所证明：…；④务工证明：… in a
                # sentence read for something else (a tier of an admission order): the papers listed after its colon
                listed = self.material_list(sentence, self.material_verb(sentence.piece), sentence.topic == "materials")
                if listed is not None and listed[1] is not None:
                    self.list_intro = listed[0]
                    self.material_items(listed[1], self.origin(listed[0]))
                continue
            if sentence.heading or self.is_marked(sentence.piece):
                if pending is None and not sentence.item and (self.opens_list(sentence) or self.ends_opening(sentence)):
                    # a title naming materials (海口外地务工人员子女小学入学材料) before item lines: it opens their list
                    pending, style = self.origin(sentence.piece), None
                    open_line = sentence.line.number
                    self.list_intro = sentence.piece
                continue
            piece = sentence.piece
            if sentence.after_semicolon and bundle is not None and sentence.line.number == bundle[0]:
                # “四证”具体为：户籍证明，…；居住证明，…；务工证明，…: the bundle's further papers, after its semicolons
                self.material_items(piece, bundle[1])
                continue
            bundle = None
            if sentence.after_semicolon and papers_go_on is not None and sentence.line.number == papers_go_on[0] \
                    and self.material_verb(piece) is None and not self.local_part(sentence):
                # 就学申请时，需提供A原件及复印件；B原件及复印件；以及C原件及复印件。: the verb's list goes on after its
                # semicolons, each clause a further paper (one naming no paper ends it)
                further = piece.lstrip_re(r"^\s*(?:以及|及|和|并|另|还有)").strip().rstrip_re(r"[。．.；;]$")
                if further.text and self.names_papers(further):
                    self.material_items(further, papers_go_on[1])
                    continue
            papers_go_on = None
            if pending is None and self.labelled_papers(sentence):
                # 1.居住证：父母双方及随迁子女…办理的《居住证》。／2.户口证明：父母双方…《居民身份证》…: items each named by
                # a paper, with no opening: a list of papers of its own
                pending, style = self.origin(piece), None
                self.list_intro = piece
            if sentence.after_semicolon and sentence.line.number == self.detail_line:
                # …证明：经商企业人员出示营业执照；务工人员出示…劳动合同: the details go on after the semicolon
                self.material_detail(piece)
                continue
            if pending is not None:
                grouped = _GROUP_THEN_ITEMS.match(sentence.line.text)
                if sentence.item and (_SCOPE_HEAD.match(sentence.line.text) or self.names_group(sentence) or (
                        grouped is not None and piece.text.strip() == grouped.group().strip())) \
                        and not _DOC_SUFFIX.search(sentence.line.text.strip()) \
                        and not normalise_material(piece.lstrip_re(_ITEM).text)[1]:
                    # （一）本市城区常住户籍适龄儿童; 1.非本县户籍，申请子女在本县就读 before （1）…: the name of a group of
                    # the list, whose items follow
                    style = None
                    self.mark(piece, understood=True)
                    continue
                if not sentence.item and sentence.line.number == item_line and self.other_paper(sentence):
                    continue  # （3）…社会保险连续且满一年的凭证；或经…颁发的…有效营业执照: the item met by either paper
                if not sentence.item and sentence.line.number == item_line:
                    verb = self.material_verb(piece)
                    if verb is not None and re.fullmatch(r"(?:同时|另外?|还|并|此外)?(?:需|须|应|要|应当)?",
                                                         piece.text[:verb.start()].strip()):
                        # 同时需提供…开具的《…查询结果》: the item's paragraph goes on with further papers
                        self.material_detail(piece[verb.end():])
                    elif verb is not None and V.duration(piece.text) is not None:
                        # 合法经营者需提供1年以上纳税证明; …的其他人员，…，必须提供…从事1年以上就业的二级证明: a paper some
                        # families must add, asking a length: the item's condition, asked of them
                        whom = piece.text[:verb.start()]
                        # whom the paper is for, said in a clause of its own (…的其他人员，根据…规定，必须提供): the
                        # paper alone is read; said in a word (合法经营者需提供), with the paper
                        tries = (piece[verb.end():], piece) if re.search(r"[，,]", whom) else (piece, piece[verb.end():])
                        for told in tries:
                            if _material_condition.read(told.text):
                                self.material_detail(told)
                                break
                    continue  # a further sentence of the item's paragraph (…的地址须与居住证的地址保持一致): the list goes on
                if sentence.item and style in (None, _item_style(piece.text)):
                    style = _item_style(piece.text)
                    item_line = sentence.line.number

                    body = piece.lstrip_re(_ITEM)
                    colon = next((i for i, (ch, level) in enumerate(zip(body.text, _depth(body.text)))
                                  if ch in "：:" and level == 0), None)
                    if colon is not None and re.search(r"(?:证明|材料|证件|资料)$", body.text[:colon].strip()):
                        # （3）…经商或务工证明：经商企业人员出示营业执照；…: the material, then the papers showing it
                        label = body[:colon].strip()
                        if _CATEGORY_LABEL.fullmatch(label.text) and self.names_papers(body[colon + 1:].strip()):
                            # （1）户籍证明：原籍户口簿、父母身份证: a kind of papers named, the papers after it what is
                            # asked; the kind is no paper of its own (户籍证明 here is no paper from the hukou place)
                            self.aside(label, _ASIDE_HEADING)
                        else:
                            self.material_items(label, pending)
                        self.material_detail(body[colon + 1:])
                        continue
                    if colon is not None and 2 <= colon <= 8 and _NAMES_PAPER.search(body.text[:colon].strip()) \
                            and _material_condition.read(body.text[colon + 1:]):
                        # ⑵居住证：适龄儿童父母…在本区的居住证满1年: the paper's name, then the paper as asked
                        self.mark(body[:colon + 1], understood=True)
                        self.material_items(body[colon + 1:].strip(), pending)
                        continue
                    self.material_items(body, pending)
                    continue
                if not sentence.item and style in (None, "¶") and open_line is not None and piece.start == 0 \
                        and sentence.line.number == open_line + 1 and self.names_papers(piece):
                    # 须提供如下有效证件和材料：／能证明父子或母子关系的户口簿、身份证。／本地公安部门办理的有效居住证件，
                    # 且在居住证所在地居住满1年以上。: the list's items are paragraphs of their own, unnumbered
                    style, item_line, open_line = "¶", sentence.line.number, sentence.line.number
                    self.material_items(piece, pending)
                    continue
                if _MAT_DETAIL.match(piece.text) or _MAT_INSTEAD.search(piece.text):
                    # 包括…; 尚未取得房地产权证的，提供…: the item before, said in full or replaced for some
                    self.material_detail(piece)
                    continue
                if sentence.item and style is not None and self.list_resumes(sentence, style):
                    # 1.居住在自有住房的：需提供…不动产权证书 under （三）…合法居所的证明, the list going on with （四）:
                    # a sub-item, the papers that show the item before
                    verb = self.material_verb(piece)
                    if verb is not None:  # 居住在自有住房的：需提供…: whom the papers are for, read with them
                        self.aside(piece[:verb.start()].rstrip_re(r"[：:]?\s*(?:需|须|应|要|应当)?$"), _ASIDE_SUB_ITEM)
                    self.material_detail(piece[verb.end():] if verb is not None else piece.lstrip_re(_ITEM))
                    item_line = sentence.line.number
                    continue
                pending = None
            style = None
            if not sentence.item and self.opens_list(sentence):
                pending = self.origin(piece)
                open_line = sentence.line.number
                self.list_intro = piece
                self.mark(piece, understood=True)
                continue
            announced = None if sentence.item else self.announced_at_end(sentence)
            if announced is not None:
                # …提出入学申请，填报《…申请表》，并出示下列证明材料的原件，提交复印件。 then 1.…；2.…: the last clause opens
                # the list of the item lines; the clauses before it are read as what they are, or left to a person
                pending = self.origin(piece)
                open_line = None
                self.list_intro = piece
                self.mark(announced, understood=True)
                continue
            in_topic = sentence.topic == "materials"
            if sentence.item and pending is None and _DOCUMENT_ITEM.search(piece.text) and sentence.scope is None:
                # （2）法定监护人在我区居住满一年以上的有效居住证原件及复印件: an item naming a document
                self.list_intro = piece
                self.material_items(piece.lstrip_re(_ITEM), self.origin(piece))
                document_style = _item_style(piece.text)
                continue
            if sentence.item and pending is None and sentence.scope is None and document_style is not None \
                    and _item_style(piece.text) == document_style:
                # （5）适龄儿童预防接种证 after items naming documents by their copies: an item of the same list,
                # naming a document (or papers to fill in: 在学校填写…承诺书和材料真实性承诺书)
                named = self.documents_named(piece)
                if named is not None:
                    self.list_intro = piece
                    self.material_items(named, self.origin(piece))
                    continue
            if not sentence.item:
                document_style = None
            titled = self.titled_documents(piece)
            if titled is not None and sentence.scope is None and not self.local_part(sentence):
                # 租住房屋的需提供《房屋租赁登记备案证明》: documents named by their titles after a verb of
                # providing are materials, whatever the part they are in is about
                self.list_intro = piece
                self.material_items(titled, self.origin(piece))
                continue
            if sentence.topic == "conditions":
                continue
            if self.local_part(sentence):
                continue
            verb = self.material_verb(piece)
            if verb is None and not (in_topic or not chaptered):
                continue
            listed = self.material_list(sentence, verb, in_topic)
            if listed is None:
                continue
            origin_piece, items = listed
            origin = self.origin(origin_piece)
            self.list_intro = origin_piece
            if items is not None and _BUNDLE.match(piece.text):
                bundle = (sentence.line.number, origin)
            elif items is not None and verb is not None and self.ends_with_semicolon(sentence):
                papers_go_on = (sentence.line.number, origin)
            if items is None:  # the list follows on the item lines
                pending = origin

                open_line = sentence.line.number if piece.text.rstrip().endswith(("：", ":")) else None
                self.mark(origin_piece, understood=True)
                continue
            self.material_items(items, origin)

    def ends_with_semicolon(self, sentence: Sentence) -> bool:
        """Whether the sentence after ``sentence`` is of its paragraph, after a semicolon."""
        at = next((i for i, s in enumerate(self.sentences) if s is sentence), None)
        if at is None or at + 1 >= len(self.sentences):
            return False
        later = self.sentences[at + 1]
        return later.after_semicolon and later.line.number == sentence.line.number

    def other_paper(self, sentence: Sentence) -> bool:
        """A sentence opening with 或 after an item of a list of papers, in its paragraph, naming another paper that
        meets the item (``（3）…在宁缴纳社会保险连续且满一年的凭证（…）；或经…颁发的在宁连续且满一年…的有效营业执照``):
        written as a material, and read with the item as the conditions it carries, one of them (之一)."""
        piece = sentence.piece.strip().rstrip_re(r"[。．.；;]$")
        if not re.match(r"(?:或者|或是|或)(?![，,])", piece.text) or not self.material_pieces:
            return False
        last, origin, is_material, intro = self.material_pieces[-1]
        if last.line != piece.line or self.is_marked(piece):
            return False
        both = _joined(sentence.line.piece, last, piece)
        readings = _material_condition.read(both.text) if both is not last else None
        if not readings or len(readings) < 2 or readings[0].label != "any":
            return False
        self.material_pieces[-1] = (both, origin, is_material, intro)
        value = piece.lstrip_re(r"^(?:或者|或是|或)").strip().without(r"[“”\"「」]")
        self.out.materials.append(Entry(None, [value], [self.origin(piece)], QUOTED))
        self.mark(piece)
        return True

    def names_papers(self, piece: Piece) -> bool:
        """Whether a paragraph of its own names papers (``能证明父子或母子关系的户口簿、身份证``, ``本地公安部门办理的有效
        居住证件，且…``): its first clause is a paper's name, or a verb of providing names them."""
        first = depth_split(piece, "，,；;")[0].rstrip_re(r"[。．.]$")
        if piece.text.rstrip().endswith(("：", ":")) or re.search(r"(?:下列|以下|如下|下述)[^，。；]{0,4}(?:材料|证件|资料|条件)", first.text):
            return False  # …应提交下列基本材料：: the opening of a list, not one of its papers
        if self.documents_named(piece) is not None:
            return True
        return len(first.text) <= 40 and not _NEGATION.search(first.text) and bool(
            normalise_material(first.text)[1] or _DOC_SUFFIX.search(first.text) or _MAT_WORD.search(first.text))

    def list_resumes(self, sentence: Sentence, style: str) -> bool:
        """Whether items numbered ``style`` go on after ``sentence`` (an item numbered otherwise) and the items
        of its own numbering, so that it is a sub-item of the list, not the end of it."""
        at = next((i for i, s in enumerate(self.sentences) if s is sentence), None)
        if at is None:
            return False
        own = _item_style(sentence.piece.text)
        for later in self.sentences[at + 1:]:
            if later.heading:
                return False
            if later.item:
                found = _item_style(later.piece.text)
                if found == style:
                    return True
                if found != own:
                    return False
            elif later.line.number != self.sentences[at].line.number and not later.after_semicolon and \
                    not any(s.item and s.line.number == later.line.number for s in self.sentences):
                return False  # a paragraph that is no item: the list is over
        return False

    def material_detail(self, piece: Piece) -> None:
        """The papers that show the material before (``包括自有住房房地产权证…，或者房屋租赁登记备案证明``,
        ``经商办企业人员出示工商执照，务工人员出示…劳动合同``): written as a material, noted as the detail of the
        one before, so that the checks of what is demanded read them; not a condition of its own."""
        value = piece.strip().rstrip_re(r"[。．.；;]$").without(r"[“”\"「」]")
        if not value or self.is_marked(value):
            return
        self.detail_line = piece.line
        note = message("extract.note.material_detail").zh
        origin = self.origin(piece, note)
        self.out.materials.append(Entry(None, [value], [origin], QUOTED))
        self.mark(value)
        if self.list_intro is not None and (V.duration(value.text) is not None or _parents.both(value.text)) \
                and _material_condition.read(value.text):
            # 连续六个月的租赁登记备案证明, 父母双方《不动产登记记录查询结果》: a detail asking more than the item it
            # shows (a length, both parents) carries that condition as well
            self.material_pieces.append((value, origin, True, self.list_intro))

    def documents_named(self, piece: Piece) -> Piece | None:
        """What an item of a list of documents names: the documents after a verb of providing or filling in
        (``在学校填写自愿服从统筹调剂入学承诺书和材料真实性承诺书``), else the item itself when it is a document's
        name (``适龄儿童预防接种证``); None when it names none."""
        body = piece.lstrip_re(_ITEM).rstrip_re(r"[。．.；;]$").strip()
        if any(ch in "：:" and level == 0 for ch, level in zip(body.text, _depth(body.text))):
            return None  # …证明材料：经商办企业人员出示工商执照，…: a material and its details (material_list)
        verb = next((m for m in _FILL_VERB.finditer(body.text) if _depth(body.text)[m.start()] == 0), None)
        if verb is not None and not _NEGATION.search(body.text[:verb.start()]):
            rest = body[verb.end():].strip()
            parts = [p for p in depth_split(rest, re.compile(r"、|和|及|以及")) if p.text.strip()]
            if parts and all(_DOC_SUFFIX.search(p.text) and len(p.text) <= 30 for p in parts):
                return rest
            return None
        if _DOC_SUFFIX.search(body.text) and len(body.text) <= 30 and not condition_kinds(body) - {"居住证"}:
            return body
        return None

    def bracketed_list(self, piece: Piece) -> Piece | None:
        """The list of papers in brackets right after a word naming materials (``…材料（1.在京务工就业材料；2.…；
        4.全家户口簿，以下简称“所需材料”）``), its items numbered or separated by ；, or None."""
        found = _BRACKETED_LIST.search(piece.text)
        if found is None:
            return None
        inner = piece.match_piece(found, "list")
        inner = inner.rstrip_re(r"[，,]\s*(?:以下|下文)?简称[^，,；;]*$").strip()
        parts = [p for p in depth_split(inner, "；;") if p.text.strip()]
        count = re.search(r"([二三四五六七八九])证[”\"」]?[^（(，,。；;]{0,16}?[（(]", found.group())
        if len(parts) < 2 and count is not None:
            # “五证”（户口本、家长在津南的居住证、儿预防接种证、住房或租房证明、津南的合法务工证明）: as many papers
            # between 、 as the bundle's name counts
            named = [p for p in depth_split(inner, "、") if p.text.strip()]
            if len(named) == "一二三四五六七八九".index(count.group(1)) + 1:
                parts = named
                self.counted_bundles.add((piece.line, inner.start))
        if len(parts) < 2 or not all(_DOC_SUFFIX.search(p.lstrip_re(_ITEM).text) or _MAT_WORD.search(p.text)
                                     or normalise_material(p.lstrip_re(_ITEM).text)[1] for p in parts):
            return None
        if self.is_marked(inner):
            return None
        return inner

    def demanded_papers(self) -> None:
        """The papers a clause left unread says must be provided (``需提供…``, ``须提交…``, ``还需提供…``), when every one
        of them names a paper, whatever part of the draft the clause is in: ``租赁小产权房的，需提供正规租房合同、所在社区
        居委会开具实际居住证明以及水电气暖缴费凭证或物业费缴费凭证等，此情况可视为符合条件``, ``对于租赁住房，需提供房屋
        租赁协议及《房屋出租治安责任保证书》``, ``经商人员需提供带二维码的营业执照副本及纳税（或免税）凭证``. The clause
        before it saying for whom (``对于租赁住房``, ``租赁小产权房的``) is read with them. Not a prohibition, a part
        for local children or for all, or a list with a part that names no paper (需提供相关证明，经审核后…)."""
        for sentence in self.sentences:
            if sentence.heading or sentence.scope is not None or self.for_all or self.local_part(sentence):
                continue
            clauses = depth_split(sentence.piece, "，,")
            held = self.held_run(clauses)
            if held:
                # 由其父母或监护人持户籍所在地户口簿，身份证，本市暂住证，…，在…到…教育行政部门报名登记: the papers held up,
                # one a clause
                for paper in held:
                    self.material_items(paper, self.origin(sentence.piece))
                continue
            issued = self.issued_item(sentence)
            if issued is not None:
                self.material_items(issued, self.origin(sentence.piece))
                continue
            kinds = self.quoted_kinds(clauses)
            if kinds is not None:
                # 由其父母…持“居住、务工、户籍、流出”等证明材料: the kinds of certificate held up, in quotes, as one paper
                self.material_items(kinds, self.origin(sentence.piece))
                continue
            for at, clause in enumerate(clauses):
                listed = self.demanded_in(clause)
                if listed is None:
                    continue
                before = clauses[at - 1] if at else None
                lead = (before.text if before is not None else "") + clause.text[:_DEMAND_VERB.search(clause.text).start()]
                if _LACKING.search(lead):
                    continue  # 不属于办证范围的，须提供…居住证明: a paper instead of one the family cannot have, left to a person
                self.list_intro = clause
                for paper in listed + self.papers_after(clauses[at + 1:]):
                    self.material_items(paper, self.origin(sentence.piece))
                if before is not None and not self.is_marked(before) and len(before.text) <= 30 \
                        and self.material_verb(before) is None and V.duration(before.text) is None:
                    self.aside(before.lstrip_re(_ITEM), _ASIDE_SUB_ITEM)  # 对于租赁住房: whom the papers are for

    def quoted_kinds(self, clauses: list[Piece]) -> Piece | None:
        """The kinds of certificate held up or provided, named by a word each in quotes before 等证明 (``持“居住、务工、
        户籍、流出”等证明材料``): the quoted list and its 证明, one paper; else None."""
        for clause in clauses:
            found = _QUOTED_KINDS.search(clause.text)
            if found is None or self.is_marked(clause) or _depth(clause.text)[found.start()] \
                    or _NEGATION.search(clause.text[:found.start()]):
                continue
            return clause[found.start("kinds"):found.end("paper")]
        return None

    def held_run(self, clauses: list[Piece]) -> list[Piece]:
        """The papers of a run of clauses each naming one, the first after 持 (``由其父母或监护人持户籍所在地户口簿，身份证，
        本市暂住证，劳动用工合同或工商营业执照，…``): three or more, none read yet; else []."""
        for at, clause in enumerate(clauses):
            # (持本市居住证满一年 holds the permit for a time: a condition, not papers held up)
            found = re.search(r"(?:^|人|者|长|母|方)持(?!有|续|证|[^，。；、,;]{0,8}?(?:居住证|暂住证)"
                              r"(?:连续|累计|满|已满|达|\d|[一二两三四五六七八九十半]))", clause.text)
            if found is None or _depth(clause.text)[found.start()] or self.is_marked(clause):
                continue
            run = [clause[found.end():].strip()]
            for later in clauses[at + 1:]:
                if self.is_marked(later) or not self.one_paper(later.strip().rstrip_re(r"[。．.；;]$")):
                    break
                run.append(later.strip().rstrip_re(r"[。．.；;]$"))
            if len(run) >= 3 and all(self.one_paper(p) for p in run):
                return run
        return []

    def papers_after(self, clauses: list[Piece]) -> list[Piece]:
        """The clauses after papers demanded that go on naming papers, one a clause (``需提供户口本，居住证，租房合同``),
        over a clause saying where (``在本区``) between two of them; to the first that names none."""
        papers: list[Piece] = []
        for at, clause in enumerate(clauses):
            piece = clause.strip().rstrip_re(r"[。．.；;]$")
            if self.is_marked(piece):
                break
            if self.one_paper(piece):
                papers.append(piece)
                continue
            if re.fullmatch(r"在[^，,。；;]{1,10}", piece.text) and at + 1 < len(clauses) \
                    and self.one_paper(clauses[at + 1].strip().rstrip_re(r"[。．.；;]$")):
                continue  # 在我校片区, between two papers: where they are for
            break
        return papers

    def one_paper(self, piece: Piece) -> bool:
        """Whether ``piece`` names papers and nothing else (户口簿, 劳动用工合同或工商营业执照, 户籍地乡镇出具的…证明)."""
        text = piece.rstrip_re(_MAT_TRIM_END).text.strip()
        if not text or len(text) > 45 or _VAGUE_PAPER.fullmatch(text) or self.material_verb(piece) is not None and not _ISSUED_BY.search(text):
            return False
        return all(normalise_material(p)[1] or _DOC_SUFFIX.search(p.strip()) for p in re.split(r"或者|或", text) if p.strip())

    def issued_item(self, sentence: Sentence) -> Piece | None:
        """An item (or its part after a semicolon) left unread that is nothing but a paper some office issues, under a
        label of papers or none (``（3）身份证明：…户口薄；适龄儿童户籍所在地乡、镇政府或县级教育行政部门出具的同意在昆明就读
        证明（就学联系函）``): the paper; else None."""
        if not (sentence.item or sentence.after_semicolon) or self.is_marked(sentence.piece):
            return None
        body = sentence.piece.lstrip_re(_ITEM).lstrip_re(r"^[^，,。；;：:]{2,8}(?:证明|材料|证件)[：:]").strip()
        body = body.rstrip_re(r"[。．.；;]$").strip()
        if _DEMAND_VERB.search(body.text):
            return None  # 七年级入学需提供原就读学校出具的…证明: the papers after the verb, read as demanded
        if not re.fullmatch(r"[^，,。；;：:]{2,40}?(?:开具|出具|核发|签发)的[^，,。；;：:]{1,30}?(?:证明|函)"
                            r"(?:[（(][^（()）]{1,12}[)）])?", body.text):
            return None
        return body

    def demanded_in(self, clause: Piece) -> list[Piece] | None:
        """The papers after a verb of demand in a clause not read yet, each naming a paper; else None. Two papers
        joined by 及, 和 are two (房屋租赁协议及《房屋出租治安责任保证书》), a paper of two people one (父母及子女的户口簿)."""
        if self.is_marked(clause):
            return None
        verb = _DEMAND_VERB.search(clause.text)
        if verb is None or _depth(clause.text)[verb.start()] or _NEGATION.search(clause.text[:verb.start()]):
            return None
        rest = clause[verb.end():]
        if re.search(r"[：:]", rest.text):
            return None  # 需提供以下材料：… opens a list, read as one
        rest = rest.strip().rstrip_re(r"[。．.；;]$").rstrip_re(_MAT_TRIM_END).strip()
        rest = rest.rstrip_re(_AS_PAPERS).strip()
        rest = rest.rstrip_re(r"等(?:相关|有关)?(?:材料|证件|证明材料|资料)?$").strip()
        if not rest:
            return None
        def paper(p: Piece) -> bool:
            return bool(p.text) and not _VAGUE_PAPER.fullmatch(p.text.strip()) and bool(
                _DOC_SUFFIX.search(p.rstrip_re(_MAT_TRIM_END).text.strip()) or normalise_material(p.text)[1])

        papers: list[Piece] = []
        for part in depth_split(rest, "、"):
            joined = [part[s:e].strip() for s, e in _split_indices(part, _PAPER_AND)]
            if len(joined) > 1 and all(paper(p) for p in joined):
                papers += joined
            elif paper(part):
                papers.append(part)
            else:
                return None
        return papers or None

    def titled_documents(self, piece: Piece) -> Piece | None:
        """The documents after a verb of providing when they are nothing but titles in 《》 naming papers
        (``须提交孩子户籍地教育行政部门开具的《缓学证明》``: the issuer before the title belongs to it)."""
        verb = self.material_verb(piece)
        if verb is None or _NEGATION.search(piece.text[:verb.start()]):
            return None
        rest = piece[verb.end():].rstrip_re(r"[。．.]$").strip()
        found = _TITLED.fullmatch(rest.text)
        if not found or not all(_DOC_SUFFIX.search(t) for t in re.findall(r"《([^》]+)》", rest.text)):
            return None
        return rest

    def opens_list(self, sentence: Sentence) -> bool:
        """A line of its own naming materials, without a colon, before item lines (``登记时应提交的基本材料``)."""
        text = sentence.piece.text.strip()
        if len(text) > 30 or not _MAT_WORD.search(text) or sentence.line.text.strip() != text:
            return False
        at = next((i for i, s in enumerate(self.sentences) if s is sentence), None)
        following = self.sentences[at + 1] if at is not None and at + 1 < len(self.sentences) else None
        return following is not None and following.item

    def labelled_papers(self, sentence: Sentence) -> bool:
        """An item named by a paper before its colon (``1.居住证：…``, ``2.户口证明：…``), the first of two such items or
        more on consecutive lines, numbered alike: the items of a list of papers written with no opening."""
        def labelled(s: Sentence) -> bool:
            if not s.item or s.heading or s.scope is not None:
                return False
            body = s.piece.lstrip_re(_ITEM).text
            label = re.match(r"\s*([^，。；,;：:（(]{2,8})[：:]", body)
            return label is not None and bool(_NAMES_PAPER.search(label.group(1)) or normalise_material(label.group(1))[1])
        if sentence.topic == "conditions" or not labelled(sentence):
            return False
        at = next((i for i, s in enumerate(self.sentences) if s is sentence), None)
        following = next((s for s in self.sentences[at + 1:] if s.line.number != sentence.line.number), None) \
            if at is not None else None
        return following is not None and following.line.number == sentence.line.number + 1 and labelled(following) \
            and _item_style(following.piece.text) == _item_style(sentence.piece.text)

    def names_group(self, sentence: Sentence) -> bool:
        """An item line of one short sentence naming no paper, right before items numbered another way on the next line
        (``1.非本县户籍，申请子女在本县就读`` then ``（1）申请人…《居民身份证》``): the families the items after it are for."""
        text = sentence.line.text.strip()
        if len(text) > 30 or _MAT_WORD.search(text) or _SENTENCE_END.search(text.rstrip("。．.")):
            return False
        at = next((i for i, s in enumerate(self.sentences) if s is sentence), None)
        following = self.sentences[at + 1] if at is not None and at + 1 < len(self.sentences) else None
        return following is not None and following.item and following.line.number == sentence.line.number + 1 \
            and _item_style(following.piece.text) not in (None, _item_style(sentence.piece.text))

    def announced_at_end(self, sentence: Sentence) -> Piece | None:
        """The clause ending a sentence that announces, without a colon, the papers listed on the item lines right after
        it (``…，并出示下列证明材料的原件，提交复印件。``), or None."""
        found = _ANNOUNCES_AT_END.search(sentence.piece.text)
        if found is None or _depth(sentence.piece.text)[found.start()] != 0 or _NEGATION.search(sentence.piece.text):
            return None
        before = sentence.piece.text[:found.start()].rstrip()
        if before and not before.endswith(("，", ",")) and not re.match(r"(?:须|需|应|要)", found.group()):
            return None  # the verb opens the clause (…，并出示下列…, …申请入学应提供以下材料): not a word inside another
        at = next((i for i, s in enumerate(self.sentences) if s is sentence), None)
        following = self.sentences[at + 1] if at is not None and at + 1 < len(self.sentences) else None
        if following is None or not following.item or following.line.number != sentence.line.number + 1:
            return None
        return sentence.piece[found.start():]

    def opens_inline(self, sentence: Sentence) -> bool:
        """A sentence whose verb of providing opens, with a colon, a list of papers written after it on its line
        (``应提供以下合法有效报名材料：①户口簿…；②…``), the papers not read yet."""
        verb = self.material_verb(sentence.piece)
        if verb is None or _NEGATION.search(sentence.piece.text[:verb.start()]):
            return False
        found = _OPENS_INLINE.search(sentence.piece.text, verb.start())
        if found is None or found.start() != verb.start():
            return False
        rest = sentence.line.piece[sentence.piece.cols[found.end() - 1] + 1:] if sentence.piece.cols else None
        return rest is not None and bool(rest.text.strip()) and not self.is_marked(rest.strip())

    def ends_opening(self, sentence: Sentence) -> bool:
        """A sentence read for its conditions (or its designated schools) that ends by opening a list of papers on the item
        lines after it, with a colon or without (``…应在我区暂住地已实际居住满一年（…），同时提供以下材料原件及复印件``,
        ``…可向区内指定的…公办小学提出就学申请，同时提供以下材料原件和复印件：``): the items are its papers."""
        verb = self.material_verb(sentence.piece)
        if verb is None or not _OPENS_LIST_AT_END.search(sentence.piece.text[verb.start():]):
            return False
        at = next((i for i, s in enumerate(self.sentences) if s is sentence), None)
        following = self.sentences[at + 1] if at is not None and at + 1 < len(self.sentences) else None
        return following is not None and following.item and following.line.number == sentence.line.number + 1

    def list_opening(self, sentence: Sentence) -> bool:
        """A sentence opening a list whose items follow (``报名时提交以下材料``, a bare ``报名材料``)."""
        text = sentence.piece.text.strip()
        at = next((i for i, s in enumerate(self.sentences) if s is sentence), None)
        following = self.sentences[at + 1] if at is not None and at + 1 < len(self.sentences) else None
        if following is None or not following.item or sentence.item:
            return False
        return bool(re.search(r"(?:以下|下列|如下)|^[^，。；\d]{2,15}$", text))

    def material_verb(self, piece: Piece) -> re.Match[str] | None:
        depth = _depth(piece.text)
        for match in _MAT_VERB.finditer(piece.text):
            if depth[match.start()] == 0:
                return match
        return None

    def material_list(self, sentence: Sentence, verb: re.Match[str] | None, in_topic: bool):
        """(the text quoted as the source, the list) or None; the list is None when item lines follow."""
        piece = sentence.piece
        line = sentence.line.piece
        depth = _depth(piece.text)
        colon = next((i for i, ch in enumerate(piece.text) if ch in "：:" and depth[i] == 0), None)
        if verb is not None and _NEGATION.search(piece.text[:verb.start()]):
            self.mark(piece, understood=True)  # 不得要求提供…: a prohibition, not a list
            return None
        bundle = _BUNDLE.match(piece.text)
        if bundle and piece[bundle.end():].strip():
            # 四证即A、B、C、D: the papers a bundle's name stands for
            return piece, piece[bundle.end():].strip().rstrip_re(r"[。．.]$")
        if in_topic and sentence.item and verb is None and colon is None:
            return piece, piece.lstrip_re(_ITEM)
        if colon is not None and re.search(r"(?:情况|情形|条件)之一的", piece.text[:colon]):
            # 有下列情况之一的，凭相关证明材料，与本行政区域内适龄儿童少年享受同等政策：: the items are the cases (one of
            # which suffices), not the papers; read as cases, not as a list of papers
            return None
        if colon is not None:
            before = piece.text[:colon]
            head = piece[:colon].lstrip_re(_ITEM).strip()
            if sentence.item and re.search(r"(?:证明|材料|证件|资料)$", head.text) and _material_condition.read(head.text):
                # （4）…经商或务工等一年以上证明材料：经商办企业人员出示工商执照，…: the item is the material
                # before the colon (it carries the condition); what follows says which papers show it
                self.material_detail(piece[colon + 1:])
                return piece, head
            if _MAT_WORD.search(before) or verb is not None and verb.start() < colon or in_topic and not before.strip() \
                    or re.match(r"^\s*[“\"「]?[二三四五六七八九]证[”\"」]?(?:具体|分别)?(?:为|是|包括)\s*$", before):
                # (“四证”具体为：户籍证明，…；居住证明，…；务工证明，…: the papers a bundle stands for, to the paragraph's end)
                # the list runs to the end of the paragraph: （1）…；（2）…；
                self.mark(piece[:colon + 1], understood=True)  # 报名时提交以下材料：, read with its list
                start = piece.cols[colon] + 1
                rest = line[start:].strip().rstrip_re(r"[。．.]$")
                if not rest:
                    return piece, None
                whole = line[piece.cols[0]:rest.end if rest.cols else start]
                return whole, rest
        held = None if verb is not None or colon is not None else re.search(
            r"(?:^|[，,]|人员|人|者|家长|父母|监护人)凭(?P<list>[^，,。；;：:]+)[，,]", piece.text)
        if held is not None and _depth(piece.text)[held.start("list")] == 0:
            # 进城务工人员凭户口簿、身份证、劳动合同或营业执照、流动人口居住证、租房合同，进行书面申请: the papers the
            # applicants hold up, when they are papers each (three or more, every one a known paper)
            listed = piece[held.start("list"):held.end("list")].strip()
            parts = depth_split(listed, "、")
            if len(parts) >= 3 and all(normalise_material(q.text)[1] for p in parts for q in _OR_SPLIT(p)):
                return piece, listed
        introduced = re.search(r"[，,]\s*即", piece.text)
        if introduced and verb is not None and verb.start() < introduced.start():
            return piece, piece[introduced.end():].strip()
        if verb is not None:
            rest = piece[verb.end():]
            stop = _MAT_END.search(rest.text)
            clause_end = next((i for i, ch in enumerate(rest.text) if ch in "，," and _depth(rest.text)[i] == 0),
                              len(rest.text))
            if in_topic and stop is None:
                clause_end = len(rest.text)
            end = min(stop.start() if stop else clause_end, clause_end)
            listed = rest[:end].strip()
            # 提供A、B、C进行审核: the list ends where what is done with it begins
            listed = listed.rstrip_re(r"(?:进行|办理|接受|予以|以供|以备|用于)(?:资格)?(?:审核|审查|核验|核查|登记|报名)(?:手续)?$")
            listed = listed.lstrip_re(r"^(?:以下|下列|如下|相关|有关)?(?:材料|证件|资料)?")
            bundle = re.fullmatch(r"[“\"「]?[二三四五六七八九]证(?:齐全)?[”\"」]?\s*[（(](?P<list>.+)[)）]", listed.text)
            if bundle:
                listed = listed.match_piece(bundle, "list")
            if not listed:
                return None
            parts = depth_split(listed, "、，,；;")
            known = any(normalise_material(p.text)[1] for p in parts)
            # 应提供法人代码证书和工商营业执照原件及复印件或在工商部门打印的“工商登记基本信息”，且其成为…: one clause of
            # papers asked as originals and copies, the conditions after it: a list of papers as one of two or more is
            copies = _COPIES.search(listed.text) is not None
            if (in_topic and (len(parts) > 1 or _DOC_SUFFIX.search(listed.text))) or \
                    (stop is not None and known) or ((len(parts) > 1 or copies) and known and (
                        not self.has_chapter("materials") or sentence.chapter == 0)):
                return piece, listed
        return None

    def material_items(self, listed: Piece, origin: Origin) -> None:
        chunks = depth_split(listed, "；;")
        if len(chunks) > 1 and any(_LABELLED_PAPER.match(c.lstrip_re(_ITEM).text) for c in chunks):
            # ①户口簿…；②居住证；③住所证明：法定监护人的房屋所有权证、购房合同…；④务工证明：…: an item naming the paper,
            # then after its colon the papers that show it (as on an item line of its own)
            for chunk in chunks:
                body = chunk.lstrip_re(_ITEM)
                label = _LABELLED_PAPER.match(body.text)
                if label is None:
                    self.material_items(chunk, origin)
                    continue
                self.material_items(body[:label.end() - 1].strip(), origin)
                self.material_detail(body[label.end():])
            return
        for item in self.material_parts(listed):
            item = item.lstrip_re(_ITEM).rstrip_re(r"[。．.]$")
            item = item.rstrip_re(_MAT_TRIM_END)
            item = item.rstrip_re(r"(?:的|及|和)$").lstrip_re(r"^(?:并提供|并须提供|并|以及|及|和|还有|另)")
            if not item:
                continue
            if _running.reckoning(item.text) is not None:
                # 4 截至年5月1日，申请人已在成都市连续12个月依法缴纳社会保险费的证明: when the paper's length is measured
                self.mark(item, understood=True)
                self.reckonings.append((item.line, frozenset(item.cols)))
                continue
            name, known = normalise_material(item.text)
            carries = _material_condition.read(item.text)
            if not known and not (_DOC_SUFFIX.search(item.text) and len(item.text) <= 45):
                if carries:
                    self.material_pieces.append((item, origin, False, self.list_intro))  # a condition, as a document
                    continue
                self.unread(item, message("extract.reason.material_unclear"), "证明材料")
                continue
            if re.fullmatch(r"[“\"「]?[三四五六七]证(?:齐全)?[”\"」]?", item.text):
                self.unread(item, message("extract.reason.n_certificates"), "证明材料")
                continue
            value = item.without(r"[“”\"「」]")
            self.mark(item)
            self.out.materials.append(Entry(None, [value], [origin], QUOTED))
            if carries != []:
                self.material_pieces.append((item, origin, True, self.list_intro))
        if self.out.materials and "证明材料" not in self.out.anchors:
            self.out.anchors["证明材料"] = self.out.materials[0].words[0]

    def material_conditions(self) -> None:
        """A material that carries a condition counts as both: the condition is written to 入学条件.

        A material asking for a permit, residence of a length, insurance, employment or housing
        (``在本区居住满一年的《居住证》``, ``连续缴纳社保满12个月的证明``, ``务工就业证明``) asks for that
        condition; a kind the draft's conditions already state is not written twice (the materials are
        then the evidence of those conditions).  Materials offered as alternatives (``暂住证或房产证``)
        are an 之一 group; several in one item, each required.
        """
        stated = {e.key for e in condition_entries(self.out.conditions)}
        required = {e.key: e for e in self.out.conditions if isinstance(e, Entry)}
        anywhere: dict[str, Entry] = {}
        for e in condition_entries(self.out.conditions):
            anywhere.setdefault(e.key, e)
        # 3.外来务工人员随迁子女：提供… / 4.外来经商创业者随迁子女：提供…: each item one way in (its line → what it asks)
        routes: dict[int, list] = {}
        for item, origin, is_material, intro in self.material_pieces:
            if self.for_all:
                if not is_material:
                    self.aside(item, _ASIDE_ALL_CHILDREN)  # a condition of every child, named as a paper
                continue
            if item.line in self.own_local_lines():
                # （1）未央区户籍房户一致：…持全家户口簿、房产证明…: the papers of local-hukou children, no
                # condition on migrant children
                if not is_material:
                    self.aside(item, _ASIDE_LOCAL_PART)
                continue
            if intro is not None and _boilerplate.consultation(intro.text) is not None:
                # 对所分配中学有异议，请携带好…户口簿、房产证、居住证，…前往…咨询: papers of an errand, no condition of entry
                if not is_material:
                    self.aside(item, _ASIDE_CONSULTATION)
                continue
            readings = _material_condition.read(item.text)
            if readings is None:
                self.unread(item, message("extract.reason.material_conditions"), "入学条件")
                continue
            if readings and _BREAKS_OFF.search(item.text):
                # 随迁子女父母在横州镇连续居住满一年的相关……: the copy breaks off inside the paper's name; what it
                # asks is not read from half a sentence (the paper, if named, stays a material)
                if not is_material:
                    self.unread(item, message("extract.reason.breaks_off"), "入学条件")
                continue
            if (self.house_ranks or self.admits_without_house()) and readings and all(r.value == "住所" for r in readings):
                # 户口簿、住宅产权证 where the order admits children without a house in a later tier: the papers
                # rank children by housing, no housing condition
                if not is_material:
                    self.aside(item, _ASIDE_HOUSING_RANKS)
                continue
            entries: list[Entry] = []
            if len(readings) > 1 and readings[0].label == "any" and any(r.value in stated for r in readings):
                # 暂住证或本辖区内房产证 where the permit is stated already: the papers are that condition's
                # evidence, or another way to meet it; one alternative alone would be a condition the draft never set
                readings = []
            for reading in readings:
                part = item[reading.start:reading.end]
                if reading.value in stated:
                    self.stated_first(required.get(reading.value), item, part, origin, intro,
                                      anywhere.get(reading.value))
                    continue
                if reading.value == "居住" and V.duration(part.text) is None:
                    continue
                if V.unreadable_duration(part.text) is not None and V.duration(part.text) is None \
                        and V.held_since(part.text, self.year) is None:
                    aside = self.unreadable_aside(part) if reading.value == "居住证" else None
                    if aside is None:
                        self.unread(part, message("extract.reason.length_unread"), "入学条件")
                        continue
                    # 《居住证》（2022年5月30日前办理）, a cut-off of the intake's year: the permit is asked for; the
                    # cut-off in its brackets is left to a person, as in a condition (condition_entry)
                    part, bracket = aside
                    self.unread(bracket, message("extract.reason.length_unread"), "入学条件")
                note = "证明材料所载的条件"  # a material is a condition as well
                own = Origin(self.where(item), self.folding.written(item).text, f"{note}，材料清单见{origin.where}")
                words = [part.without(r"[{}｛｝:：“”\"「」#]")]
                both = _parents.both(intro.text) if intro is not None and not _PAYER.search(part.text) else None
                if both is not None and not self.said_of(intro, both, item):
                    both = None
                if both is not None:
                    # 父母或其他法定监护人均需提供…: the list says who must meet each condition it holds
                    who = intro[both.start:both.end]
                    words.append(who)
                    own = replace(own, note=own.note + f"；须提供者「{who.text}」见第{who.line}段")
                entries.append(Entry(reading.value, words, [own]))
            if not entries:
                if not is_material:
                    self.unread(item, message("extract.reason.material_unclear"), "证明材料")
                continue
            self.mark(item)
            route = routes.setdefault(item.line, []) if item.line in self.no_permit_lines or _material_condition.route_head(
                self.draft.lines[item.line - 1].text) is not None else None
            target = self.out.conditions if route is None else route
            if len(entries) > 1 and readings[0].label == "any":
                target.append(Group("之一", self.add([], entries), [entries[0].origins[0]], item))
            else:
                self.add(target, entries)
        self.route_alternatives(routes)
        if self.out.conditions and "入学条件" not in self.out.anchors:
            entry = next(condition_entries(self.out.conditions), None)
            if entry is not None:
                self.out.anchors["入学条件"] = entry.words[0]

    def admits_without_house(self) -> bool:
        """Whether an admission order of the draft keeps a tier for children without a house (``②父母无房产且三代同住``,
        ``④有户无房的同一行政区学生``), however the order itself was read (set aside with local children's house and
        hukou, or as tiers): a house then ranks children, and the housing papers of a list are its evidence."""
        if self._admits_without_house is None:
            lines = [line.text for line in self.draft.lines if not line.is_row]
            self._admits_without_house = any(_scope.admits_without_house(text, before) is not None
                                             for before, text in zip([""] + lines, lines))
        return self._admits_without_house

    def route_alternatives(self, routes: dict[int, list]) -> None:
        """The conditions the papers of items naming a kind of family carry (``3.外来务工人员随迁子女：提供…``, the
        material_condition reader's ``route_head``): each item one alternative (a 同时具备 group when it asks several),
        of one 之一 group; a single such item asks what it asks, as any list of papers."""
        ways = [(line, items) for line, items in sorted(routes.items()) if items]
        if any(line in self.no_permit_lines for line, _items in ways) and self.out.conditions:
            # the families who cannot get the permit have their way; the conditions stated before are the permit's way
            ways.insert(0, (0, self.out.conditions))
            self.out.conditions = []
        if len(ways) < 2:
            for _line, items in ways:
                self.add(self.out.conditions, [e for e in items if isinstance(e, Entry)])
                self.out.conditions.extend(g for g in items if isinstance(g, Group))
            return
        branches = []
        for line, items in ways:
            if len(items) == 1:
                if isinstance(items[0], Entry):
                    self.add(branches, [items[0]])  # two ways of one kind, written as one entry (住所: A、B)
                else:
                    branches.append(items[0])
                continue
            first = next(condition_entries(items))
            head = self.draft.lines[line - 1].piece if line else first.words[0]
            branches.append(Group("同时具备", items, list(first.origins[:1]), head.lstrip_re(_ITEM)))
        first = next(condition_entries(branches))
        self.out.conditions.append(Group("之一", branches, list(first.origins[:1]), first.words[0]))

    @staticmethod
    def said_of(intro: Piece, both, item: Piece) -> bool:
        """Whether the words asking both parents in ``intro`` (``both``, a reading of its text) are said of
        ``item``: of every paper when they name who provides the list (父母或其他法定监护人均需提供…); when they
        are inside a paper of the list (父母双方身份证、居住证), of that paper and those after it up to an 或 or
        ；(流出地…出具的父母双方进城务工证明或在夏县的工商营业执照、劳动合同: one alternative's, not the others')."""
        if _PROVIDES.match(intro.text[both.end:]) or intro.line != item.line or not item.cols:
            return True
        who_end = intro.cols[both.end - 1] + 1 if both.end - 1 < len(intro.cols) else None
        if who_end is None or item.start < who_end:
            return item.start < who_end if who_end is not None else True
        between = "".join(ch for ch, col in zip(intro.text, intro.cols) if who_end <= col < item.start)
        return not re.search(r"或|；|;", between)

    def stated_first(self, entry: Entry | None, item: Piece, part: Piece, origin: Origin,
                     intro: Piece | None = None, alternative: Entry | None = None) -> None:
        """A required condition the materials list names before the conditions detail it (延庆: 在延务工就业
        材料、在延实际住所居住材料… first, then 在延实际住所居住材料须符合下列条件之一): the material is
        where the condition is first stated, so its words come first (a finding is placed there)."""
        if V.unreadable_duration(part.text) is not None:
            return
        papers = intro is not None and bool(_MAT_LIST.search(intro.text))
        if entry is None:
            # 父母双方的劳动合同或营业执照, the employment alternative stated in an 之一 group: asked of both parents
            if alternative is None or not papers or _parents.both(part.text) is None \
                    or _parents.both(alternative.text) is not None:
                return
            entry, first = alternative, False
        else:
            # the materials come first unless the condition is stated under a heading of its own (海口: 入学材料
            # first, then …小学入学条件 stating each condition): there it is stated as a condition
            first = entry.words[0].line > item.line and entry.words[0].line not in self.under_heading
            if not first and (not papers or V.duration(part.text) is None and _parents.both(part.text) is None):
                return  # the evidence of a condition stated before it, asking nothing more (or not a list of papers)
            length = V.duration(part.text)
            bracket = re.search(r"[（(][^（()）]*[)）]\s*$", part.text) if length is not None else None
            if bracket is not None and V.duration(bracket.group()) is not None and _parents.both(part.text) is None \
                    and V.duration(part.text[:bracket.start()]) is None and any(
                    (found := V.duration(w.text)) is not None and found[0] == length[0] for w in entry.words):
                # 房屋租赁证（租赁证落款时间应为2年前） where the condition asks 连续居住满二年: the bracket shows the length
                # the condition states (one demand, reported at the condition); the paper is written without it, and
                # the bracket as what the paper must show (a material's words, not a second length of the condition)
                shown = part[bracket.start() + 1:bracket.start() + len(bracket.group().rstrip()) - 1].strip()
                self.out.materials.append(Entry(None, [shown], [self.origin(item, message("extract.note.material_detail").zh)], QUOTED))
                self.mark(shown)
                part = part[:bracket.start()].strip()
        # a length the material asks (或一年以上有效《营业执照》) is asked of the condition as well
        own = Origin(self.where(item), self.folding.written(item).text,
                     f"证明材料所载的条件，材料清单见{origin.where}；条件见{entry.origins[0].where}")
        word = part.without(r"[{}｛｝:：“”\"「」#]")
        entry.words.insert(0 if first else len(entry.words), word)
        entry.origins.insert(0 if first else len(entry.origins), own)
        self._durations.pop(id(entry), None)
        self._origin_sets.pop(id(entry), None)
        self.mark(item)

    def material_parts(self, listed: Piece) -> list[Piece]:
        """The materials of a list: split at 、，；, except that a clause giving the examples or the
        alternatives of the material before it (``…的证明，包括A、B，或者C``) is part of that material
        and is not a material of its own (marked read: the material before it stands for it)."""
        parts: list[Piece] = []
        for item in depth_split(listed, "；;"):
            detail = False
            clauses = depth_split(item, "，,")
            for i in range(len(clauses) - 1, 0, -1):  # 户籍所在地…出具的，在当地没有监护条件的…证明: one paper
                if re.search(r"(?:出具|开具|核发|颁发|签发|提供)的$", clauses[i - 1].text):
                    clauses[i - 1:i + 1] = [_joined(item, clauses[i - 1], clauses[i])]
            for clause in clauses:
                if parts and re.match(r"(?:并且|且|同时)(?!提供|提交|出示|携带|需|须)", clause.text) \
                        and _STATES_CONDITION.search(clause.text):
                    # 有效居住证件，且在居住证所在地居住满1年以上: what the paper before it must show, not a paper
                    parts[-1] = _joined(listed, parts[-1], clause)
                    continue
                if parts and parts[-1].line == clause.line and V.duration(clause.text) is not None \
                        and not _material_condition.kinds_of(clause.text) and not _DOC_SUFFIX.search(clause.text.strip()) \
                        and _material_condition.kinds_of(parts[-1].text) and V.duration(parts[-1].text) is None:
                    # 社保年限计算时间：2017年4月至2022年3月期间，有连续缴纳60个月记录: a length naming no kind after a
                    # paper of one kind that states none is the length that paper must show, not a paper
                    parts[-1] = _joined(listed, parts[-1], clause)
                    continue
                if parts and _MAT_DETAIL.match(clause.text):
                    detail = True
                elif detail and re.match(r"^(?:或者|或是|或)", clause.text):
                    pass
                elif parts and re.match(r"^(?:或者|或是|或)", clause.text) and clauses[0].line == parts[-1].line \
                        and _DOC_SUFFIX.search(parts[-1].text.strip()) and _DOC_SUFFIX.search(clause.text.strip()) \
                        and len(_enumerated(clause)) == 1 and not re.search("、", parts[-1].text) \
                        and len(_material_condition.kinds_of(_joined(listed, parts[-1], clause).text)) == 1:
                    # …签订的《劳动合同》，或…办理的工商营业执照: one paper of two, one material
                    parts[-1] = _joined(listed, parts[-1], clause)
                    continue
                else:
                    detail = False
                if detail:
                    # the documents that show the material before it: written with it (the checks of what is
                    # demanded read them: 房屋租赁登记备案证明), not a material of its own
                    parts[-1] = _joined(listed, parts[-1], clause)
                    continue
                parts.extend(_issued_whole(clause, _enumerated(clause)))
        return parts

    def transfers(self) -> None:
        """A sentence barring migrant pupils from changing school once enrolled (``已享受政策统一安排就学的随迁子女在
        东部新区内不得申请转学``), read by the transfer reader: 在校管理's ``转学`` (PL903 reads it), never a condition.
        A transfer allowed on a condition only (``确因住房产权发生变化方可受理转学``) is left to the other readers.  A
        sentence whose other clauses state conditions (``持有居住证的随迁子女，统筹安排入学后不得转学``) gives only the
        clause of the bar; the rest is left to the condition readers."""
        for sentence in self.sentences:
            piece = sentence.piece
            if sentence.heading or sentence.scope == _scope.LOCAL or self.is_marked(piece):
                continue
            reading = _transfer.read(piece.text)
            if reading is None or reading.label != "barred":
                continue
            clauses = depth_split(piece, "，,")
            column = piece.cols[reading.start] if reading.start < len(piece.cols) else piece.start
            at = next((c for c in clauses if column in c.cols), piece)
            if any(c is not at and pattern.search(c.text) for c in clauses for _, pattern in _KINDS):
                piece = at  # the other clauses state conditions: only the bar is 转学
            if self.out.school_life:
                self.unread(piece, message("extract.reason.another_transfer"), "在校管理")
                continue
            value = self.value_of(piece)
            self.out.school_life.append(Entry("转学", [value], [self.origin(piece)]))
            self.mark(piece)

    def bracketed_materials(self, counted: bool = False) -> None:
        """Papers listed in brackets after a word naming them (``…材料（1.在京务工就业材料；…；4.全家户口簿）联合审核
        机制``, ``具备“三证”的…随迁子女（原籍户口簿和父母身份证；…劳动合同或工商营业执照；…暂住证或…房产证）即
        符合报名条件``): read as materials before conditions, the sentence with them (its conditions are the
        conditions the papers carry, read from them)."""
        for sentence in self.sentences:
            if sentence.heading or sentence.scope is not None or not counted and self.is_marked(sentence.piece):
                continue
            bracketed = self.bracketed_list(sentence.piece)
            if bracketed is None or ((bracketed.line, bracketed.start) in self.counted_bundles) != counted:
                continue
            self.list_intro = sentence.piece
            self.material_items(bracketed, self.origin(sentence.piece))
            if not counted:
                self.mark(sentence.piece)

    def hukou_first(self) -> None:
        """An admission order putting local-hukou children first (``完成我市户籍…类别的适龄儿童少年录取后，将根据
        能提供的学位数…``, ``优先招收片区内本市户籍适龄儿童``) or leaving a registered migrant child's place to the
        places there are (``依据生源及教育资源情况统筹考虑能否入学``): from that clause to the sentence's end (short of a
        clause holding a date or papers to provide, another reader's fact), the
        public schools' ``随迁子女报名`` (PL304 reads it), never a local part or a condition.  Only in a document
        naming migrant children; a place left undecided only in a sentence naming them; a priority inside a part
        for local-hukou children orders them among themselves and is left alone; a clause naming the
        migrant children's own registration or lottery is the schedule's (``Schedules.sentence``); a private
        school's priority is ``Schedules.private_priority``'s."""
        if not _scope.names_migrants("".join(s.piece.text for s in self.sentences)):
            return
        for sentence in self.sentences:
            if sentence.heading or self.is_marked(sentence.piece):
                continue
            clauses = depth_split(sentence.piece, "，,；;")
            for at, clause in enumerate(clauses):
                found = _precedence.read(clause.text)
                if found is None and at + 1 < len(clauses) and not self.is_marked(clauses[at + 1]):
                    # 第一阶段的户籍生…的审核工作已完成，现开展第二批积分入学工作: the local stage done, a later batch
                    found = _precedence.later(_joined(sentence.piece, clause, clauses[at + 1]).text)
                if found is None or self.is_marked(clause) or "民办" in clause.text:
                    continue
                if found.label in (_precedence.UNDECIDED, _precedence.LEFTOVER) \
                        and not _schedule.about_migrants(sentence.piece.text):
                    continue
                if found.label == _precedence.FIRST and (sentence.scope == _scope.LOCAL
                                                         or sentence.line.number in self.own_local_lines()):
                    continue  # inside a part for local-hukou children: an order among them (房户一致的优先)
                if _schedule.about_migrants(clause.text) and (stage_of(clause.text) & {"报名", "摇号"}
                                                             or "派位" in clause.text):
                    continue  # 随迁子女在户籍适龄儿童录取后按剩余学位摇号: the migrant children's stage, read by schedules()
                start = clause.lstrip_re(_ITEM)
                last = clause
                for after in clauses[clauses.index(clause) + 1:]:
                    if self.is_marked(after) or self.dates(after) or (
                            self.material_verb(after) and (_MAT_WORD.search(after.text) or "《" in after.text)):
                        break  # …，报名时间为7月1日至10日 / …，须提供…: another fact, for its own reader
                    last = after
                whole = _joined(sentence.piece, start, last).rstrip_re(r"[。．.]$")
                self.schedule.admission_order(whole, "公办")
                break

    def one_parent_excepted(self) -> None:
        """One parent allowed to some families only (``审核申请人在延自有住房的，可只提供一方在京务工就业材料``): the
        others must show the condition for both parents, so the sentence is a word of that condition (PL108
        reads it), when the condition it names is one the draft states."""
        for sentence in self.sentences:
            piece = sentence.piece
            if sentence.heading or sentence.scope is not None:
                continue
            found = _parents.excepted(piece.text)
            if found is None:
                continue
            cols = set(piece.cols)
            noted = [u for u in self.out.unread if u.piece.line == piece.line and set(u.piece.cols) & cols]
            noted_cols = {c for u in noted for c in u.piece.cols}
            if cols & self.used.get(piece.line, set()) or \
                    (cols & self.understood.get(piece.line, set())) - noted_cols:
                continue  # read already, or set aside (a sentence another reader left 待确认 is read here)
            kinds = condition_kinds(piece[found.start:found.end])
            if len(kinds) != 1:
                continue
            (kind,) = kinds
            entry = next((e for e in condition_entries(self.out.conditions) if e.key == kind), None)
            if entry is None:
                continue
            for unread in noted:
                self.out.unread.remove(unread)
            word = piece.strip().without(r"[{}｛｝:：“”\"「」#]")
            entry.words.append(word)
            entry.origins.append(self.origin(piece, message("extract.note.one_parent_excepted").zh))
            self._durations.pop(id(entry), None)
            self._origin_sets.pop(id(entry), None)
            self.mark(piece)

    # --- what is left: sentences that look like facts but were not read -------------------
    def account(self) -> None:
        """Every sentence read only as structure (a heading, the opening of a list or group, a ban on
        asking for papers) is recorded as set aside with that reason, so the record of the draft names,
        for every sentence, a fact, a 待确认 or a reason (scripts/real_score.py reads it)."""
        covered: dict[int, set[int]] = {}
        for line, cols in self.used.items():
            covered.setdefault(line, set()).update(cols)
        for item in [*self.out.unread, *self.out.aside]:
            covered.setdefault(item.piece.line, set()).update(item.piece.cols)
        for sentence in self.sentences:
            piece = sentence.piece.strip()
            if not piece or set(piece.cols) & covered.get(piece.line, set()):
                continue
            reason = _ASIDE_HEADING if sentence.heading else _ASIDE_STRUCTURE
            self.out.aside.append(Aside(piece, self.where(piece), piece.text, reason.zh, reason.en, True))
            covered.setdefault(piece.line, set()).update(piece.cols)
        for line in self.draft.lines:
            if line.separator or not line.text.strip():
                continue
            if line.is_row:  # a table's header cells and row names: the headings of its cells
                for cell in line.cells:
                    piece = cell.piece.strip()
                    if piece and not set(piece.cols) & covered.get(line.number, set()):
                        self.out.aside.append(Aside(piece, self.where(piece, cell), piece.text,
                                                    _ASIDE_HEADING.zh, _ASIDE_HEADING.en, True))
            elif not covered.get(line.number):  # 第一条 alone on its line: the structure
                piece = line.piece.strip()
                self.out.aside.append(Aside(piece, self.where(piece), piece.text,
                                            _ASIDE_STRUCTURE.zh, _ASIDE_STRUCTURE.en, True))

    def leftovers(self) -> None:
        """Nothing silently dropped: every sentence no reader took is 待确认 when it states a fact word,
        a date or a length, else set aside as boilerplate with the reason the boilerplate reader names;
        in a sentence partly read, a clause stating a fact that nothing read is 待确认 as well."""
        for sentence in self.sentences:
            if sentence.heading:
                continue
            piece = sentence.piece
            section = _SECTION.get(sentence.topic or "")
            reason = _boilerplate.read(piece.plain)
            if not self.is_marked(piece):
                if self.list_opening(sentence):
                    self.mark(piece, understood=True)  # 报名时提交以下材料 / 报名材料: read with its items
                elif reason is None:
                    self.unread(piece, "", section)
                else:  # a points-scoring row is listed (不作条件) for a person to see; the rest counted only
                    self.aside(piece, LocalText(zh=reason.label, en=reason.value),
                               boilerplate=not _boilerplate.states_a_score(reason))
                continue
            if sentence.ends_with_colon or (reason is not None and reason.label == _boilerplate.PURPOSE):
                continue  # the opening of a list, read with its items; why the rules are made
            for clause in depth_split(piece, "，,；;：:"):
                clause = clause.strip()
                bare = _SUBJECT.sub("", clause.plain)
                if clause and not self.is_marked(clause) and (
                        _CLAUSE_FACT.search(bare) or self.dates(clause) or V.duration(clause.plain) is not None):
                    self.unread(clause, "", section)
        for line in self.draft.lines:
            if not line.is_row:
                continue
            for cell in line.cells[1:]:
                if cell.piece.text.strip() and not self.is_marked(cell.piece):
                    self.unread(cell.piece, "", "招生安排", cell)


def extract_facts(draft: Draft) -> Extraction:
    """Read every fact of ``draft`` that can be read with certainty, and list what could not."""
    return Extractor(draft).run()
