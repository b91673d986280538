"""Schedules: the stages of enrolment (报名, 摇号, 录取), their dates, the school kinds they are for, and what is said
beside them (oversubscription, entrance tests, migrant children's own registration, admission orders).

``报名时间为7月1日至10日`` and ``7月20日进行网上报名`` pair a stage with a date; ``二、登记时间`` names the stage of the
date under it; ``公办学校、民办学校均按上述时间同步招生`` gives the school kinds of the dates listed before it; a table of
stages by school kinds gives one date a cell.  A date without a year takes the draft's year (``Extractor.year``).
An admission order that puts local-hukou children first (tiers ending in ``到某一顺位截止招生``, ``优先安排本县户籍
学生，剩余学位安排随迁子女入学``), or sends migrant children to designated schools, is the public (or private)
schools' ``随迁子女报名``; a private school's priority by hukou is its ``超额``: orders, never entry conditions.

Two layers, as in the other readers: functions reading one text (:func:`kinds`, :func:`stages`, :func:`stage_key`,
:func:`heading_stage`, :func:`dates`, :func:`stage_dates`, run on the corpus ``tests/readers/schedule.toml``), and
:class:`Schedules`, which reads the draft's sentences and tables with them and writes ``Extraction.schedules``
through the extractor's one interface (:class:`~policy_lint.extract.readers.Extracting`: ``mark``, ``is_marked``,
``unread``, ``aside``, ``origin``, ``where``, ``value_of``).  A date it cannot read with certainty goes to 待确认 with the reason.
Vocabulary: ``schedule.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import NEGATION, NUMERALS, Extracting, Reading, alternation, vocabulary
from . import designated as _designated
from . import return_home as _return_home
from . import scope as _scope
from ... import values as V
from ...messages import LocalText, text as message
from ..draft import Cell, Line
from ..model import PLAIN, Entry, Origin
from ..pieces import Piece, depth_split, joined

_SECTION = "招生安排"
_KIND_EN = {"公办": "public", "民办": "private"}
_STAGE_EN = {"报名": "registration", "摇号": "lottery", "录取": "admission"}
_ASIDE_LOCAL_PART = message("extract.aside.local_part")
_ASIDE_ORDER = message("extract.aside.order")


@lru_cache(maxsize=None)
def _patterns() -> dict[str, re.Pattern[str]]:
    v = vocabulary("schedule")
    stage, date, kind = v["stage"], v["date"], v["kind"]
    stages = alternation(name for key in ("报名", "摇号", "录取") for name in stage[key])
    day = "[" + "".join(date["day"]) + "]"
    year = f"[{date['year_numerals']}]{{4}}"
    number = f"(?:[{date['day_numerals']}]{{1,3}})"
    full = rf"(?:(?:\d{{4}}|{year})\s*年\s*)?(?:\d{{1,2}}|{number})\s*月\s*(?:\d{{1,2}}|{number})\s*{day}"
    digits = r"\d{4}\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}"
    end = rf"(?:{digits}|{full}|\d{{1,2}}\s*[./]\s*\d{{1,2}}|(?:\d{{1,2}}|{number})\s*{day})"
    span = rf"(?:{digits}|{full})(?:\s*(?:{alternation(date['to'])})\s*{end})?"
    over, test, migrant, order = v["oversubscribed"], v["test"], v["migrant"], v["order"]
    return {
        # a stage named anywhere in a sentence with one date: 由县镇小学采集信息 (registration), 开展网上报名
        "one_stage": re.compile(rf"{stages}|采集[^，。；]{{0,8}}?信息"),
        "stage_date": re.compile(
            rf"(?P<stage>{stages})(?:{alternation(stage['after_stage'])}){{0,3}}(?:{alternation(stage['all_at_once'])})?"
            rf"(?:{alternation(stage['is_at'])})?\s*[：:]?\s*(?P<date>{span})"),
        "date_stage": re.compile(
            rf"(?P<date>{span})\s*(?:{alternation(stage['before_stage'])})?(?:{alternation(stage['how'])})?"
            rf"(?P<stage>{stages})"),
        "heading": re.compile(rf"[^，。；,;]{{0,6}}?(?P<stage>{stages})(?:{alternation(stage['heading'])})[：:]?"),
        "heading_number": re.compile(rf"^(?:[{NUMERALS}]+\s*[、．.]|[（(][{NUMERALS}\d]+[)）]|\d+\s*[、．.])\s*"),
        "date": re.compile(span),
        "lone_date": re.compile(rf"^\s*{full}\s*$"),
        "not_a_stage": re.compile(rf"^\s*(?:{alternation(date['not_a_stage'])})"),
        "time_of_day": re.compile(rf"(?<={day})\s*(?:{alternation(date['time_of_day'])})?\s*\d{{1,2}}\s*"
                                  r"(?:[:：]\s*\d{2}|时(?:\s*\d{1,2}\s*分)?|点(?:\s*\d{1,2}\s*分)?)"),
        "year": re.compile(r"(?P<year>\d{4})\s*年"),
        "kinds": re.compile(alternation(kind["words"])),
        "no_private": re.compile(rf"(?:{alternation(kind['no_private'])})民办(?:义务教育)?(?:学校)?"),
        "above": re.compile(rf"(?:{alternation(kind['above'])})(?:{alternation(kind['above_what'])})"),
        "in_step": re.compile(alternation(kind["in_step"])),
        "same_as_public": re.compile(alternation(kind["same_as_public"])),
        "over": re.compile(rf"(?:报名)?(?:人数)?(?:{alternation(over['more'])})(?:了)?(?:学校)?(?:的)?(?:招生)?"
                           rf"(?:{alternation(over['places'])})(?:数)?"),
        "method": re.compile(alternation(over["method"])),
        "test": re.compile(alternation(test["words"])),
        "test_held": re.compile(rf"(?:{alternation(test['held'])})[^，。；、]{{0,6}}?(?:入学)?(?:{alternation(test['held_what'])})"),
        "migrant_terms": re.compile(alternation(migrant["terms"])),
        "set_apart": re.compile(alternation(migrant["apart"])),
        "migrant_subject": re.compile(alternation(order["migrant"])),
        "not_migrant": re.compile(alternation(order["not_migrant"])),
        # a day set for registering (…为辖区户籍适龄儿童报名日, 流动人口子女报名时间为…)
        "registration_day": re.compile(alternation(migrant["registration_day"])),
        "in_step_migrant": re.compile(r"同步|同等|一视同仁|同池"),
        "local_pupils": re.compile(alternation(migrant["local_pupils"])),
        "elsewhere": re.compile(alternation(migrant["elsewhere"])),
        "office_place": re.compile(alternation(migrant["office_place"])),
        "order_named": re.compile(alternation(order["named"])),
        "tiers_lead": re.compile(alternation(order["lead"])),
        "no_house": re.compile(alternation(order["no_house"])),
        "priority": re.compile(alternation(order["priority"])),
    }


@lru_cache(maxsize=None)
def _keys() -> dict[str, str]:
    stage = vocabulary("schedule")["stage"]
    return {re.sub(r"\(\?<!\w+\)", "", name): key for key in ("报名", "摇号", "录取") for name in stage[key]}


@lru_cache(maxsize=None)
def _named() -> tuple[tuple[str, re.Pattern[str]], ...]:
    named = vocabulary("schedule")["named"]
    return tuple((key, re.compile(alternation(named[key]))) for key in ("摇号", "录取", "报名"))


# --- reading one text ---------------------------------------------------------------------------------------------
def kinds(text: str) -> list[str]:
    """The school kinds ``text`` names, in the order written: 公办, 民办 (公办、民办学校 and 公民办 are both)."""
    found: list[str] = []
    for match in _patterns()["kinds"].finditer(text):
        for kind in (("公办", "民办") if match.group() == "公民办" else (match.group(),)):
            if kind not in found:
                found.append(kind)
    return found


def stages(text: str) -> set[str]:
    """The stages ``text`` (a table's header or row, a clause) is about: 报名, 摇号, 录取."""
    return {name for name, pattern in _named() if pattern.search(text)}


def stage_key(stage: str) -> str:
    """The schedule key of a stage as named: 派位 is 摇号; 登记, 信息采集, 采集…信息 and 受理 are 报名."""
    return "报名" if stage.startswith("采集") else _keys().get(stage, stage)


def heading_stage(title: str) -> str | None:
    """The stage a short heading line names for the dates under it (``二、登记时间``, ``信息采集时间``)."""
    p = _patterns()
    title = p["heading_number"].sub("", title.strip().lstrip("#").strip(), count=1)
    found = p["heading"].fullmatch(title)
    return found.group("stage") if found else None


def dates(piece: Piece) -> list[Piece]:
    """The date ranges of ``piece``, read past the times of day inside them (``2021年8月23日8:30——8月27日
    17:30`` is 8月23日 to 8月27日: the value is the draft's characters without the times)."""
    p = _patterns()
    found = []
    if p["time_of_day"].search(piece.text):
        piece = piece.without(p["time_of_day"])
    for match in piece.finditer(p["date"]):
        if p["not_a_stage"].match(piece.plain[match.end():]):
            continue
        found.append(piece.match_piece(match).strip())
    return found


def stage_dates(clause: Piece) -> list[tuple[str, Piece]]:
    """The stages of ``clause`` with their dates, as written: ``报名时间为7月1日至10日``, else ``7月20日进行网上报名``."""
    p = _patterns()
    pairs = [(m.group("stage"), clause.match_piece(m, "date").strip()) for m in clause.finditer(p["stage_date"])]
    if not pairs:
        pairs = [(m.group("stage"), clause.match_piece(m, "date").strip()) for m in clause.finditer(p["date_stage"])]
    return pairs


#: a sentence about another group than migrant children (军人子女, 政策照顾对象): no designated school of theirs
_OTHER_GROUP = re.compile(r"军人|烈士|人才|照顾对象|优抚|残疾|港澳|台胞|华侨|外籍")

#: a paragraph's lead, up to its colon (民办小学招生程序和招生时间：): the kind it names is every later sentence's
_KIND_LEAD = re.compile(r"^[^，,。；;：:]{2,24}?(?:时间|安排|程序|流程|办法)[^，,。；;：:]{0,4}[：:]")

#: a paragraph numbered （3） or (3), and a range of such numbers named in a sentence (（3）-（7）类别, (3)—(6)项)
_NUMBERED = re.compile(r"^\s*[（(](\d{1,2})[)）]")
_RANGE = re.compile(r"[（(](\d{1,2})[)）]\s*[-—–~～至到]\s*[（(](\d{1,2})[)）](?:类别?|项|类生源|款)?")
#: the range is an order: 依次招收, 招收后, 有学位富余的…, 根据学位情况
_IN_ORDER = re.compile(r"依次|顺序|先后|招收后|录取后|招生后|学位(?:富余|剩余|空余|情况)|(?:富余|剩余|空余)学位")
_ITEM_NUMBER = re.compile(r"^\s*[（(]\d{1,2}[)）]\s*")

#: a line opening tiers listed on the lines after it (太原市幼升小基本上按以下规则安排入学：)
_TIERS_BELOW = re.compile(r"(?:按|按照|依照|依据)(?:以下|下列|如下)(?:规则|顺序|次序|顺位|办法|原则|类别)?[^。；;，,]{0,12}?"
                          r"(?:安排入学|入学|录取|招生|招收|排序|接收)[^。；;，,]{0,4}[：:]\s*$")
#: a tier's label at the head of its line (1：, 2、, （3）, ④)
_TIER_LABEL = re.compile(r"^\s*(?:\d{1,2}\s*[：:、.．)）]|[（(]\d{1,2}[)）]|[①-⑳])\s*")
#: a tier of permit holders (持有《太原市居住证》有效期内): the children without the local hukou
_PERMIT_TIER = re.compile(r"(?:持有?|凭|办理)[^，,；;。]{0,10}?居住证")

#: the words before a numbered list of papers (入学报名须提供：①…): no tiers of an order
_PAPERS_LEAD = re.compile(r"提供|提交|出示|携带|材料|证件|证明")


def about_migrants(text: str) -> bool:
    """Whether ``text`` is about migrant children (其随迁子女, 流动人口子女, 外来务工人员子女, 来穗人员)."""
    # 非外来务工人员的适龄儿童: the others named, not the migrant children
    return bool(_patterns()["migrant_subject"].search(_patterns()["not_migrant"].sub("", text)))


@lru_cache(maxsize=None)
def _children() -> re.Pattern[str]:
    return re.compile(alternation(vocabulary("condition")["children"]["words"]))


def about_migrants_named(text: str) -> bool:
    """Whether ``text`` names the migrant children as a child (随迁子女, 外来务工人员子女, 新市民子女, 非本市户籍儿童: the
    condition reader's ``[children]``), not only a place or a status (非户籍区)."""
    return bool(_children().search(text))


def lone_date(text: str) -> bool:
    """Whether ``text`` is a date and nothing else (a signing date: ``2023年3月1日``)."""
    return bool(_patterns()["lone_date"].match(text))


def no_private(text: str) -> Reading | None:
    """The words saying the draft has no private schools (``本县无民办学校``)."""
    found = _patterns()["no_private"].search(text)
    return Reading("no_private", found.start(), found.end()) if found else None


#: a timetable's line: a date, then who registers (7月3日至5日:各小学、幼儿园接受服务片区内户籍适龄儿童报名登记)
_DATED_REGISTRATION = re.compile(r"\s*\d{1,2}月\d{1,2}日(?:至|—|-|－|~|～|到)?(?:\d{1,2}月)?(?:\d{1,2}日)?[:：]"
                                 r"[^，,；;。]{0,40}?(?:报名|登记)")


# --- reading the draft ----------------------------------------------------------------------------------------------
@dataclass
class Context:
    """The school kinds the schedule sentences were last about, and where that was said."""

    kinds: list[str] = field(default_factory=list)
    where: str = ""
    chapter: int = -1


class Schedules:
    """The draft's schedules, read sentence by sentence and table by table into ``ex.out.schedules``.

    ``ex`` is the extractor (:class:`~policy_lint.extract.readers.Extracting`); besides its interface the reader
    reads its sentences, lines (``ex.draft``), year and the tables of materials it set apart.
    """

    def __init__(self, ex: Extracting):
        self.ex = ex
        self.pending: list = []  # dates whose school kind a later sentence may give (均按上述时间)
        self.no_private: str | None = None  # where the draft says it has no private schools
        self.stage_heading: str | None = None  # the stage the line before names (二、登记时间), for dates under it
        self.read_apart: set = set()  # (line, columns) of the timetable lines read as registration apart

    def read(self) -> None:
        ex = self.ex
        context = Context()
        for sentence in ex.sentences:
            said = no_private(sentence.piece.text)
            if said is not None:
                self.no_private = message("extract.note.no_private_at", line=sentence.piece.line,
                                          words=sentence.piece.text[said.start:said.end]).zh
                ex.mark(sentence.piece, understood=True)
                break
        if self.no_private is None and not any("民办" in line.text for line in ex.draft.lines):
            # a draft that never names private schools: its dates are the public schools' (公办学校, said so)
            self.no_private = message("extract.note.no_private_named").zh
        by_line: dict[int, list] = {}
        for sentence in ex.sentences:
            by_line.setdefault(sentence.line.number, []).append(sentence)
        table: list[Line] = []
        chapter = 0
        previous_text: Piece | None = None
        for line in list(ex.draft.lines) + [None]:
            if line is not None and line.separator:
                continue
            if line is not None and line.is_row:
                table.append(line)
                continue
            if table:
                self.table(table, previous_text, context)
                table = []
            if line is None:
                break
            self.stage_heading = heading_stage(previous_text.text) if previous_text is not None else None
            for sentence in by_line.get(line.number, []):
                if sentence.chapter != chapter:
                    chapter = sentence.chapter
                    context = Context()
                    for clause, _sentence, _pairs in self.pending:
                        ex.unread(clause, message("extract.reason.school_kind"), _SECTION)
                    self.pending = []
                if sentence.heading:
                    continue
                if sentence.scope == _scope.LOCAL and not ex.is_marked(sentence.piece):
                    ex.aside(sentence.piece, _ASIDE_LOCAL_PART)  # the local children's dates and ways
                    continue
                self.sentence(sentence, context)
            if line.text.strip():
                previous_text = line.piece
        for clause, _sentence, _pairs in self.pending:
            ex.unread(clause, message("extract.reason.school_kind"), _SECTION)
        self.pending = []
        self.orders(Context())
        self.same_as_public()
        self.selection_default()
        if ex.out.schedules and _SECTION not in ex.out.anchors:
            first = next(iter(ex.out.schedules.values()))
            if first:
                ex.out.anchors[_SECTION] = first[0].words[0]

    def set_stage(self, kind: str, key: str, value: Piece, origin: Origin, style: str = PLAIN) -> bool:
        """Write ``key`` (a stage, 超额, 选拔 …) of school ``kind``; a second, different date is 待确认."""
        entries = self.ex.out.schedules.setdefault(kind, [])
        for entry in entries:
            if entry.key == key:
                if entry.text != value.text and key in ("报名", "摇号", "录取"):
                    old = V.date_range(V.ascii_digits(entry.text), self.ex.year)
                    new = V.date_range(V.ascii_digits(value.text), self.ex.year)
                    if old != new:
                        kind_text = LocalText(zh=kind, en=_KIND_EN.get(kind, kind))
                        self.ex.unread(value, message("extract.reason.other_date", kind=kind_text, key=key,
                                                      other=entry.text), _SECTION)
                        return False
                if key in ("随迁子女报名", "随迁子女摇号") and value.text not in entry.text:
                    # a second way the stage is written (an admission order, then 同步报名): both kept, never
                    # one silently dropped
                    entry.words.append(value)
                    entry.origins.append(origin)
                return True
        entries.append(Entry(key, [value], [origin], style))
        return True

    def readable(self, date: Piece) -> bool:
        return V.date_range(V.ascii_digits(date.text), self.ex.year) is not None

    def resolve_kinds(self, clause: Piece, sentence, context: Context) -> tuple[list[str], str]:
        """The school kinds of ``clause``: its own, its sentence's, those said last, or 公办 in a draft without
        private schools; with a note saying where they were read when not in the sentence."""
        found = kinds(clause.text)
        if found:
            return found, ""
        found = kinds(sentence.piece.text)
        if found:
            return found, ""
        if context.kinds:
            return list(context.kinds), message("extract.note.kinds_from", where=context.where).zh
        if self.no_private is not None:
            return ["公办"], message("extract.note.public_only", where=self.no_private).zh
        return [], ""

    def sentence(self, sentence, context: Context) -> None:
        ex, p = self.ex, _patterns()
        piece = sentence.piece
        if sentence.topic in ("conditions", "materials"):
            return
        clauses = depth_split(piece, "，,")
        stated = kinds(piece.text)
        touched = False
        lead = _KIND_LEAD.match(sentence.line.text)
        if lead and piece.start == sentence.line.piece.strip().start and kinds(lead.group()):
            # 民办小学招生程序和招生时间：7月8日前后，…。7月27日-7月30日，学生网上报名。…: the paragraph's lead names the
            # kind of every date after it
            context.kinds, context.where = kinds(lead.group()), message("extract.where.paragraph", line=piece.line).zh
        if p["in_step"].search(piece.text) and stated and "随迁子女" not in piece.text \
                and not about_migrants_named(piece.text) and not dates(piece):
            ex.mark(piece, understood=True)  # 公办、民办学校同步报名: said again by the dates
            if stated:
                context.kinds, context.where = stated, message("extract.where.paragraph", line=piece.line).zh
        # 报名 / 摇号 / 录取 with their dates
        for clause in clauses:
            if ex.reckoning(clause):
                continue  # 自申请当年的5月1日上溯12个月: when a condition's length is measured, read with it
            if (clause.line, frozenset(clause.strip().cols)) in self.read_apart:
                continue  # a timetable's line read as registration apart (timetable_apart): its date is that value's
            pairs = stage_dates(clause)
            if not pairs and self.stage_heading and clause.start == sentence.line.piece.strip().start:
                # 二、登记时间 / 2023年11月1日至30日（不含国家法定节假日）: the stage is the line before's
                found = dates(clause)
                if len(found) == 1 and found[0].cols and found[0].cols[0] == clause.strip().cols[0]:
                    pairs.append((self.stage_heading, found[0]))
            if not pairs and len(dates(piece)) == 1 and dates(clause) and len(stages(piece.text)) <= 1:
                # 6月10日—12日，由县镇小学采集信息、核验后上交教育局备案: one date and one stage in the sentence
                named = p["one_stage"].findall(piece.text)
                if len({stage_key(n) for n in named}) == 1:
                    pairs.append((named[0], dates(clause)[0]))
            if not pairs:
                continue
            if len(dates(clause)) > len(pairs):
                ex.unread(clause, message("extract.reason.several_dates"), _SECTION)
                continue
            found_kinds, note = self.resolve_kinds(clause, sentence, context)
            if not found_kinds:
                self.pending.append((clause, sentence, pairs))
                continue
            touched = self.stage_dates(clause, sentence, pairs, found_kinds, note) or touched
        if touched and stated:
            context.kinds, context.where = stated, message("extract.where.paragraph", line=piece.line).zh
        if self.pending and stated and p["above"].search(piece.text):
            # 公办学校、民办学校均按上述时间同步招生: the kinds of the dates listed just before
            for clause, earlier, pairs in self.pending:
                self.stage_dates(clause, earlier, pairs, stated,
                                 message("extract.note.kinds_at", line=piece.line, words=piece.text).zh)
            self.pending = []
            ex.mark(piece)
            context.kinds, context.where = stated, message("extract.where.paragraph", line=piece.line).zh
        # 超额
        for i, clause in enumerate(clauses):
            over = clause.search(p["over"])
            if not over:
                continue
            if NEGATION.search(clause.plain[:over.start()]):
                ex.mark(clause, understood=True)
                continue
            rest = clause[over.end():].lstrip_re(r"^(?:的)?(?:(?:公办|民办)?学校)?(?:的|时|的话)?")
            method = rest if rest else (clauses[i + 1] if i + 1 < len(clauses) else None)
            head = clause[:len(clause.text) - len(rest.text)] if rest else clause
            if method is None or not p["method"].search(method.text):
                ex.unread(clause, message("extract.reason.oversubscription_unread"), _SECTION)
                continue
            method = method.rstrip_re(r"[。．.]$")
            found_kinds, note = self.resolve_kinds(head, sentence, context)
            if not found_kinds:
                ex.unread(method, message("extract.reason.school_kind"), _SECTION)
                continue
            value = method.without(r"[{}｛｝:：“”\"「」#]")
            for kind in found_kinds:
                self.set_stage(kind, "超额", value, ex.origin(piece, note))
            ex.mark(clause)
            ex.mark(method)
            touched = True
            if kinds(head.text):
                context.kinds, context.where = kinds(head.text), message("extract.where.paragraph", line=piece.line).zh
        # 选拔
        for clause in clauses:
            if ex.is_marked(clause) and not p["test"].search(clause.text):
                continue
            exam = clause.search(p["test"])
            if not exam:
                continue
            if NEGATION.search(clause.plain[:exam.start()]):
                found_kinds, note = self.resolve_kinds(clause, sentence, context)
                ex.mark(clause, understood=True)
                for kind in found_kinds:
                    self.set_stage(kind, "选拔", Piece.made("无", clause), ex.origin(piece, note))
                continue
            if ex.is_marked(clause):
                continue  # the method of an oversubscription rule, read above
            held = clause.search(p["test_held"])
            if held:
                found_kinds, note = self.resolve_kinds(clause, sentence, context)
                value = clause.match_piece(held)
                if not found_kinds:
                    ex.unread(clause, message("extract.reason.exam_school_kind"), _SECTION)
                    continue
                for kind in found_kinds:
                    self.set_stage(kind, "选拔", value, ex.origin(piece, note))
                ex.mark(clause)
        # 随迁子女报名 / 随迁子女摇号
        about_migrants = False
        for clause in depth_split(piece, "，,；;"):
            # (随迁子女, 外来务工人员子女, 新市民子女, 流动人口子女: however the draft names them)
            about_migrants = about_migrants or "随迁子女" in clause.text or about_migrants_named(clause.text)
            if not about_migrants or not p["migrant_terms"].search(clause.text):
                continue
            if dates(clause) or ex.is_marked(clause):
                continue
            kind = "民办" if kinds(clause.text) == ["民办"] else "公办"
            if not stages(clause.text) & {"报名", "摇号"} and "派位" not in clause.text:
                if p["set_apart"].search(clause.text):
                    self.admission_order(piece, kind)
                    return
                continue
            for part in depth_split(clause, "、"):
                named = stages(part.text) & {"报名", "摇号"}
                if re.search(r"派位", part.text):
                    named.add("摇号")
                if len(named) != 1:
                    continue
                (stage,) = named
                key = "随迁子女报名" if stage == "报名" else "随迁子女摇号"
                value = part.without(r"[{}｛｝:：“”\"「」#]")
                if self.set_stage(kind, key, value, ex.origin(piece)):
                    ex.mark(part)
            if ex.is_marked(clause):
                ex.mark(clause)

    def stage_dates(self, clause: Piece, sentence, pairs, found_kinds: list[str], note: str) -> bool:
        ex = self.ex
        done = False
        for stage, date in pairs:
            key = stage_key(stage)
            if ex.year is None and not _patterns()["year"].search(V.cn_date_digits(date.plain)) \
                    and not re.match(r"\d{4}", date.plain):
                ex.unread(clause, message("extract.reason.no_year"), _SECTION)
                continue
            if not self.readable(date):
                ex.unread(clause, message("extract.reason.date_unread"), _SECTION)
                continue
            for kind in found_kinds:
                self.set_stage(kind, key, date, ex.origin(sentence.piece, note))
            ex.mark(date)
            ex.mark(clause)
            done = True
        return done

    def table(self, rows: list[Line], caption: Piece | None, context: Context) -> None:
        ex = self.ex
        if rows[0].cells and rows[0].cells[0].table in ex.material_table_numbers:
            return  # a table of materials, read by materials()
        header = rows[0]
        cells = header.cells
        head_kinds = [kinds(c.piece.text) for c in cells[1:]]
        head_stages = [stages(c.piece.text) for c in cells[1:]]
        ex.mark(header.piece, understood=True)
        if caption is not None and kinds(caption.text):
            kinds_context, where = kinds(caption.text), message("extract.where.paragraph", line=caption.line).zh
            ex.mark(caption, understood=True)
        else:
            kinds_context, where = list(context.kinds), context.where
        for row in rows[1:]:
            first = row.cells[0] if row.cells else None
            if first is None:
                continue

            def head(cell: Cell) -> Cell:
                return header.cells[cell.column - 1] if cell.column <= len(header.cells) else cell

            if all(len(k) == 1 for k in head_kinds) and head_kinds:
                # rows are stages, columns are school kinds
                named = stages(first.piece.text)
                for cell, cell_kinds in zip(row.cells[1:], head_kinds):
                    self.table_cell(cell, named, cell_kinds, first, head(cell), "")
            elif all(len(s) == 1 for s in head_stages) and head_stages:
                # rows are school kinds, columns are stages
                row_kinds = kinds(first.piece.text)
                for cell, named in zip(row.cells[1:], head_stages):
                    self.table_cell(cell, named, row_kinds, first, head(cell), "")
            else:
                named = stages(first.piece.text)
                note = message("extract.note.kinds_from", where=where).zh if kinds_context else ""
                for cell in row.cells[1:]:
                    self.table_cell(cell, named, kinds_context, first, head(cell), note)
        if any(ex.out.schedules.values()):
            context.kinds = ["公办", "民办"] if all(ex.out.schedules.get(k) for k in ("公办", "民办")) \
                else list(ex.out.schedules)
            context.where = message("extract.where.table", table=rows[0].cells[0].table).zh

    def table_cell(self, cell: Cell, named: set[str], cell_kinds: list[str], row_head: Cell, col_head: Cell,
                   note: str) -> None:
        ex = self.ex
        label = f"{row_head.piece.text} × {col_head.piece.text}"
        found = dates(cell.piece)
        if not found:
            if cell.piece.text.strip():
                ex.unread(cell.piece, message("extract.reason.date_unread_in_table", label=label), _SECTION, cell)
            return
        if len(named) != 1:
            ex.unread(cell.piece, message("extract.reason.not_a_stage", head=row_head.piece.text, label=label),
                      _SECTION, cell)
            return
        if not cell_kinds:
            ex.unread(cell.piece, message("extract.reason.school_kind_in_table", label=label), _SECTION, cell)
            return
        if len(found) != 1 or not self.readable(found[0]) or \
                ex.year is None and not re.match(r"\d{4}", V.cn_date_digits(found[0].plain)):
            ex.unread(cell.piece, message("extract.reason.date_unread_in_table", label=label), _SECTION, cell)
            return
        (stage,) = named
        origin = Origin(ex.where(cell.piece, cell), ex.folding.written(cell.piece).text,
                        "；".join(x for x in (label, note) if x))
        for kind in cell_kinds:
            self.set_stage(kind, stage, found[0], origin)
        ex.mark(found[0])

    def same_as_public(self) -> None:
        """民办学校报名、摇号、录取时间与公办学校相同: the 公办 dates, for the stages named."""
        ex = self.ex
        public = {e.key: e for e in ex.out.schedules.get("公办", [])}
        for sentence in ex.sentences:
            for clause in depth_split(sentence.piece, "，,；;"):
                same = clause.search(_patterns()["same_as_public"])
                if not same or kinds(clause.text[:same.start()]) != ["民办"]:
                    continue
                named = stages(clause.text[:same.start()]) | ({"摇号"} if "派位" in clause.text else set())
                if re.search(r"招生(?:时间|工作)?$", clause.text[:same.start()]):
                    named |= {"报名", "摇号", "录取"}
                copied = False
                for stage in ("报名", "摇号", "录取"):
                    if stage in named and stage in public:
                        source = public[stage]
                        origin = Origin(ex.where(clause), ex.folding.written(clause).text,
                                        message("extract.note.same_as_public", stage=stage,
                                                where=source.origins[0].where).zh)
                        self.set_stage("民办", stage, source.words[0], origin)
                        copied = True
                    elif stage in named:
                        stage_text = LocalText(zh=stage, en=_STAGE_EN.get(stage, stage))
                        ex.unread(clause, message("extract.reason.public_stage_unread", stage=stage_text), _SECTION)
                if copied:
                    ex.mark(clause)

    # --- admission orders: who is admitted first (随迁子女报名, a private school's 超额) ----------------------------
    def designated(self) -> None:
        """A clause sending migrant children to designated schools (``其随迁子女可在指定学校报名``, ``到流动人口
        指定学校（…）就读``) says how they are admitted: ``随迁子女报名`` (note ``指定学校``, PL112 reads it),
        never an entry condition.  A sentence naming no one (``由教育行政主管部门安排到指定学校就读``,
        ``凡符合条件的，由当地教育行政部门安排到指定的中小学办理入学手续``) is about the migrant children the paragraph
        before it is about; a school named in the child's own notice (``领取入学通知书，前往指定学校办理入学报名手续``)
        is no school set aside."""
        ex = self.ex
        before = False  # the last paragraph before (not a heading) is about migrant children
        line_number = None
        for sentence in ex.sentences:
            if sentence.line.number != line_number:
                if line_number is not None and not previous_heading and (
                        len(previous_text) > 12 or re.search("[，,。；;]", previous_text)):
                    before = about_migrants(previous_text)  # not over a title line (办理程序)
                line_number, previous_text, previous_heading = sentence.line.number, sentence.line.text, sentence.heading
            if sentence.heading or sentence.scope == _scope.LOCAL:
                continue
            if not about_migrants(sentence.piece.text) and not (
                    before and _scope.local_subject(sentence.piece.text, ex.own_places()) is None
                    and not _scope.names_migrants(sentence.piece.text) and not _OTHER_GROUP.search(sentence.piece.text)):
                continue
            clauses = depth_split(sentence.piece, "，,；;")
            for at, clause in enumerate(clauses):
                if ex.is_marked(clause) or _designated.read(clause.text) is None \
                        or any(_designated.notice(c.text) for c in clauses[:at + 1]):
                    continue
                kind = "民办" if kinds(clause.text) == ["民办"] else "公办"
                value = ex.value_of(clause)
                self.add_order(kind, [value], ex.origin(sentence.piece, "指定学校"))
                ex.mark(clause)

    def office_registration(self) -> None:
        """Migrant children registered a year ahead (``外来务工人员随迁子女在津
        入学，其父母须在入学前一年到居住证载明的居住地所属区县教育局指定的地方申请登记``): their registration apart from
        the local children's, ``随迁子女报名`` (PL304 reads it), never an entry condition.  Only in a sentence about
        migrant children, outside a part for local-hukou children."""
        ex = self.ex
        for sentence in ex.sentences:
            if sentence.heading or sentence.scope == _scope.LOCAL or not about_migrants(sentence.piece.text):
                continue
            for clause in depth_split(sentence.piece, "，,；;"):
                found = None if ex.is_marked(clause) else _patterns()["office_place"].search(clause.text)
                if found is None or NEGATION.search(clause.text[:found.start()]):
                    continue  # (不得要求…入学前一年登记: a ban, the readers' NEGATION)
                self.add_order("公办", [ex.value_of(clause)], ex.origin(sentence.piece, "另行登记"))
                ex.mark(clause)

    def return_home(self) -> None:
        """A clause sending children without the local hukou back to their hukou place to go to school, as the rule
        (``非武汉市户籍…的适龄儿童，原则上回户籍所在地``, ``非鹿城区户籍适龄儿童原则上应回原户籍所在地接受义务教育``)
        says where migrant children are admitted: ``随迁子女报名`` from the sentence's start to that clause (its
        subject with it; note ``原则上回户籍地``, PL118 reads it), never an entry condition.  Only in a sentence about
        migrant children, outside a part for local-hukou children."""
        ex = self.ex
        for sentence in ex.sentences:
            if sentence.heading or sentence.scope == _scope.LOCAL or not about_migrants(sentence.piece.text):
                continue
            clauses = depth_split(sentence.piece, "，,；;")
            for at, clause in enumerate(clauses):
                whole = joined(sentence.piece, clauses[0], clause)
                # read with the clauses before it: 不能完全提供以上材料的随迁子女，需回户籍地登记入学 is a condition unmet
                if ex.is_marked(clause) or _return_home.read(whole.text) is None \
                        or _return_home.read(clause.text) is None:
                    continue
                value = ex.value_of(whole)
                self.add_order("公办", [value], ex.origin(sentence.piece, "原则上回户籍地"))
                for done in clauses[:at + 1]:
                    ex.mark(done)
                break

    def days_apart(self) -> None:
        """Registration days given by hukou, the local children's first (``8月27日、28日为辖区户籍适龄儿童报名日，29日、
        30日为符合政策流动人口适龄儿童报名日``): migrant children register after them, apart, so from the local
        children's clause to the migrant children's the public ``随迁子女报名`` (PL304 reads it; note ``分开报名``),
        never two rival dates left to a person.  Both clauses name a day and a day to register
        (``报名日``, ``报名时间``, ``登记日``)."""
        ex, day = self.ex, _patterns()["registration_day"]
        for sentence in ex.sentences:
            if sentence.heading or sentence.scope == _scope.LOCAL or not about_migrants(sentence.piece.text):
                continue
            clauses = depth_split(sentence.piece, "，,；;")
            local = None
            for clause in clauses:
                if ex.is_marked(clause) or not day.search(clause.text) or not re.search(r"\d\s*日|[一二三四五六七八九十]日", clause.text):
                    continue
                if about_migrants(clause.text):
                    if local is not None:
                        whole = joined(sentence.piece, local, clause)
                        self.add_order("公办", [ex.value_of(whole)], ex.origin(sentence.piece, "分开报名"))
                        ex.mark(whole)
                    break
                if _scope.local_subject(clause.text) is not None:
                    local = clause

    def timetable_apart(self) -> None:
        """A timetable giving the local-hukou children their registration days first and the migrant children
        theirs after (``7月3日至5日:各小学、幼儿园接受服务片区内户籍适龄儿童报名登记; 7月5日至7日:…相关小学接受进城务工
        人员随迁适龄子女申请入学登记``): as :meth:`days_apart`, over the sentences of one paragraph, each line of
        the timetable a date, a colon and who registers; from the local children's line to the migrant children's
        the public ``随迁子女报名`` (note ``分开报名``)."""
        ex = self.ex
        local = None
        for sentence in ex.sentences:
            if sentence.heading or (local is not None and local[0] != sentence.line.number):
                local = None
            if sentence.heading:
                continue
            for clause in depth_split(sentence.piece, "，,；;"):
                if ex.is_marked(clause) or not _DATED_REGISTRATION.match(clause.text):
                    continue
                if about_migrants(clause.text):
                    if local is not None:
                        whole = joined(sentence.line.piece, local[1], clause).rstrip_re(r"[。．.]$")
                        self.add_order("公办", [ex.value_of(whole)], ex.origin(sentence.line.piece, "分开报名"))
                        ex.mark(whole)
                        for part in (local[1], clause):
                            ex.mark(part)
                            self.read_apart.add((part.line, frozenset(part.strip().cols)))
                        return
                    local = None
                elif _scope.local_subject(clause.text) is not None:
                    local = (sentence.line.number, clause)

    def places_apart(self) -> None:
        """Registration places by hukou, the local children's first (``户籍生、政策性借读生统一在教育行政部门公布的报名网址
        …上报名；普通借读生（积分生）报名仍到各社区行政服务中心积分窗口办理``): migrant or points children register
        apart, so from the local children's clause to the others' the public ``随迁子女报名`` (PL304 reads it; note
        ``分开报名``), never two sentences left to a person.  Both in one paragraph; the local clause names the
        local-hukou pupils and registration, the other the migrant children and a registration elsewhere
        (``报名仍到``, ``报名另到``)."""
        ex, p = self.ex, _patterns()
        local = None
        for sentence in ex.sentences:
            if sentence.heading:
                local = None
                continue
            if local is not None and local[0] != sentence.line.number:
                local = None
            clauses = depth_split(sentence.piece, "，,；;")
            for at, clause in enumerate(clauses):
                if ex.is_marked(clause):
                    continue
                if local is not None and about_migrants(clause.text) and p["elsewhere"].search(clause.text):
                    last = clause  # and the clauses after it, the same registration (或咨询…积分服务办办理)
                    for after in clauses[at + 1:]:
                        if ex.is_marked(after) or dates(after):
                            break
                        last = after
                    whole = joined(sentence.line.piece, local[1], last).rstrip_re(r"[。．.]$")
                    self.add_order("公办", [ex.value_of(whole)], ex.origin(sentence.line.piece, "分开报名"))
                    ex.mark(whole)
                    return
                if local is None and p["local_pupils"].search(clause.text) and "报名" in clause.text \
                        and not about_migrants(clause.text) and not p["in_step_migrant"].search(clause.text):
                    local = (sentence.line.number, clause.lstrip_re(r"^(?:备注|注|说明)[:：]"))

    def tiers(self) -> None:
        """Tiers listed one after another (``依据学区内有房产，为本镇户籍学生；…；学区内无房产、无户籍，外来务工
        人员子女``) and then named as an order (``到某一顺位截止招生``): an admission order, read by hukou as
        ``随迁子女报名`` (PL304), never conditions or a local part."""
        ex, p = self.ex, _patterns()
        sentences = ex.sentences
        for at, sentence in enumerate(sentences):
            if not p["order_named"].search(sentence.piece.text) or at < 3:
                continue
            run: list = []
            back = at - 1
            while back >= 0 and sentences[back].line.number == sentence.line.number:
                run.insert(0, sentences[back])
                if not sentences[back].after_semicolon or p["tiers_lead"].search(sentences[back].piece.text):
                    break  # the sentence opening the tiers (依据学区内有房产，为…)
                back -= 1
            if len(run) < 3 or not all(len(s.piece.text) <= 40 for s in run[1:]):
                continue
            text = "".join(s.piece.text for s in run)
            if not _scope.ranks_by_hukou(text) or not about_migrants(text):
                continue
            first = run[0].piece
            lead = list(p["tiers_lead"].finditer(first.text))
            start = first[lead[-1].start():] if lead else first
            whole = joined(sentence.line.piece, start, run[-1].piece)
            if ex.is_marked(whole):
                continue
            self.admission_order(whole, "公办")
            if p["no_house"].search(text):
                ex.house_ranks = True  # a tier for children without a house: a house ranks, it does not gate
        self.referenced_tiers()
        self.lined_tiers()
        # tiers numbered inside one paragraph (①房户一致②父母无房产且三代同住③有房无户…④有户无房…；⑤手续齐全的进城人员
        # 随迁子女): ranked by hukou or house, the migrant children the last, the same order, written in one line
        for sentence in sentences:
            line = sentence.line
            if sentence.heading or sentence.scope == _scope.LOCAL or len(re.findall("[①-⑳]", line.text)) < 3:
                continue
            numbers = [m.start() for m in re.finditer("[①-⑳]", line.text)]
            last = line.text[numbers[-1]:].rstrip("。．. ")
            tiers = line.text[numbers[0]:numbers[-1]]
            if not about_migrants(last) or not _scope.ranks_by_hukou(re.sub("户口[簿本]", "", tiers)) \
                    or re.search("[：:《]", tiers + last) or _PAPERS_LEAD.search(line.text[:numbers[0]]):
                continue  # …须提供：①…《居民户口簿》…, ③外来务工人员子女：须提供…: papers, or groups with their papers
            whole = line.piece[numbers[0]:numbers[0] + len(line.text[numbers[0]:].rstrip("。．. "))]
            if ex.is_marked(whole) or any(ex.is_marked(s.piece) for s in sentences if s.line.number == line.number):
                continue
            self.admission_order(whole, "公办")
            if p["no_house"].search(whole.text):
                ex.house_ranks = True

    def lined_tiers(self) -> None:
        """Tiers listed one a line under a lead that names them an order (``太原市幼升小基本上按以下规则安排入学：`` /
        ``1：本区内住宅房产或本区公房租赁+本区户籍。`` … ``7：持有《太原上海临时居住证》满3年，且连续2年灵活就业登记。``):
        when they rank by hukou and the last of them are the migrant children or permit holders, an admission order,
        read as ``随迁子女报名`` (PL304), one word a tier, never conditions or a local part."""
        ex = self.ex
        lines = ex.draft.lines
        for at, lead in enumerate(lines):
            if not _TIERS_BELOW.search(lead.text):
                continue
            run = []
            for line in lines[at + 1:]:
                if not _TIER_LABEL.match(line.text):
                    break
                run.append(line)
            if len(run) < 3:
                continue
            text = "".join(line.text for line in run)
            last = run[-1].text
            if not _scope.ranks_by_hukou(text) or not (about_migrants(last) or _PERMIT_TIER.search(last)) \
                    or _PAPERS_LEAD.search(lead.text):
                continue
            tiers = []
            for line in run:
                tier = line.piece.strip().lstrip_re(_TIER_LABEL.pattern)
                parts = depth_split(tier, "。．")  # the tier, not a note after it (（按持有居住证年限设定先后顺序）)
                tier = parts[0] if parts else tier
                if ex.is_marked(tier):
                    tiers = []
                    break
                tiers.append(tier)
            words = [w for w in (t.without(r"[{}｛｝:：“”\"「」#]").rstrip_re(r"[。．.]$") for t in tiers) if w]
            if len(words) < 3:
                continue
            self.add_order("公办", words, ex.origin(lead.piece, "录取顺序"))
            for tier in tiers:
                ex.mark(tier)

    def referenced_tiers(self) -> None:
        """An order over numbered categories listed before (``上述条件的生源招收后，有学位富余的城区小学依次招收该校招生
        片区内（3）-（7）类别的生源``, ``学校根据学位情况依次安排（3）-（6）项的生源进行登记``), when a category in the
        range is the migrant children's (``（5）持有居住证的…务工人员随迁子女``): their admission order, read as
        ``随迁子女报名`` (PL304), never a condition.  The categories are the numbered paragraphs of one list
        holding every number of the range."""
        ex = self.ex
        lists: list[dict[int, str]] = []  # runs of paragraphs numbered （1）, （2）, … in the draft's order
        for line in ex.draft.lines:
            found = _NUMBERED.match(line.text)
            if found is None:
                continue
            number = int(found.group(1))
            if number == 1 or not lists or number != max(lists[-1]) + 1:
                lists.append({})
            lists[-1][number] = line.text
        for sentence in ex.sentences:
            if sentence.heading or ex.is_marked(sentence.piece):
                continue
            ref = _RANGE.search(sentence.piece.text)
            if ref is None or not _IN_ORDER.search(sentence.piece.text):
                continue
            first, last = int(ref.group(1)), int(ref.group(2))
            if not 1 < first < last <= first + 12:
                continue
            named = next((run for run in lists if all(n in run for n in range(first, last + 1))), None)
            if named is None or not any(about_migrants(named[n]) for n in range(first, last + 1)):
                continue
            self.admission_order(sentence.piece.lstrip_re(_ITEM_NUMBER), "公办")

    def private_priority(self) -> None:
        """A private school's priority by hukou (``辖区民办小学优先招收…兴庆区户籍适龄儿童``): who is admitted first
        when applicants exceed places, so the private schools' ``超额`` (PL303 reads it), never a local part or
        a condition.  A priority for the county's own pupils by residence (required from 2022) is not read here."""
        ex, p = self.ex, _patterns()
        for sentence in ex.sentences:
            if sentence.heading or "民办" not in sentence.piece.text:
                continue
            for clause in depth_split(sentence.piece, "，,；;：:"):
                priority = p["priority"].search(clause.text)
                if ex.is_marked(clause) or kinds(clause.text) != ["民办"] or not priority \
                        or not _scope.ranks_by_hukou(clause.text) or NEGATION.search(clause.text[:priority.start()]):
                    continue
                if self.set_stage("民办", "超额", ex.value_of(clause), ex.origin(sentence.piece, "录取顺序")):
                    ex.mark(clause)
                break

    def admission_order(self, piece: Piece, kind: str) -> None:
        """An admission order that puts local-hukou children first (``优先安排本县户籍学生，剩余学位安排
        随迁子女入学``, ``按①有户有房…④无户无房顺序依次招生``): how places are given at registration, so
        ``随迁子女报名`` (the check reads whether it sets migrant children apart); never an entry condition."""
        ex = self.ex
        if ex.is_marked(piece):
            return
        words = [c.without(r"[{}｛｝:：“”\"「」#]").rstrip_re(r"[。．.]$") for c in depth_split(piece, "；;")]
        words = [w for w in words if w]
        if not words:
            return
        self.add_order(kind, words, ex.origin(piece, "录取顺序"))
        ex.mark(piece)

    def add_order(self, kind: str, words: list[Piece], origin: Origin) -> None:
        """Write how migrant children are admitted (``随迁子女报名``); a draft that says it in several places
        (a designated school, then the tiers of an oversubscribed school) gets every one, each with its source,
        in the one entry: the check reads them all, and none is left to a person as a second, rival wording."""
        entries = self.ex.out.schedules.setdefault(kind, [])
        for entry in entries:
            if entry.key == "随迁子女报名":
                entry.words.extend(words)
                entry.origins.append(origin)
                return
        entries.append(Entry("随迁子女报名", list(words), [origin]))

    def orders(self, context: Context) -> None:
        """The admission orders no other reader took (and those met where conditions were looked for):
        by hukou, 随迁子女报名; otherwise set aside as an order (``以社会保险缴纳时间长短依次排序``),
        never read as conditions."""
        ex = self.ex
        diverted = {id(s) for s in ex.order_sentences}
        for sentence in ex.sentences:
            piece = sentence.piece
            if sentence.heading or ex.is_marked(piece):
                continue
            if id(sentence) not in diverted and _scope.admission_order(piece.text) is None:
                continue
            others = _patterns()["not_migrant"].search(piece.text) and not about_migrants(piece.text)
            if _scope.ranks_by_hukou(piece.text) and not others:
                # (对于非外来务工人员的适龄儿童，其入学优先考虑监护人的房产和户口是否一致: an order among the others,
                # the local children, set aside as an order)
                found, _note = self.resolve_kinds(piece, sentence, context)
                self.admission_order(piece, "民办" if found == ["民办"] else "公办")
            else:
                ex.aside(piece, _ASIDE_ORDER)

    def selection_default(self) -> None:
        """Keep 选拔 only for the kinds that have a schedule of their own."""
        schedules = self.ex.out.schedules
        for kind in list(schedules):
            if all(e.key == "选拔" for e in schedules[kind]):
                del schedules[kind]
