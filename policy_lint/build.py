"""Tree to model: the sections and keys of the rules language and what their values mean.

``SECTIONS`` is the vocabulary (with the aliases counties actually write); an
unknown section or key is an error with a did-you-mean.  Every problem in a
document is collected, so a user sees them all at once.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Callable

from .errors import InputError, Problem
from .messages import EMPTY, LocalText, text
from .models import (
    Condition,
    ConditionGroup,
    ConditionKind,
    DateRange,
    HiddenCharacter,
    Housing,
    Length,
    Material,
    Metadata,
    Placeholder,
    PlaceSupply,
    Points,
    PrivateSchools,
    Rules,
    Schedule,
    SchoolKind,
    SchoolLife,
    Span,
    Value,
)
from .normalise import fold_text, hidden_run, vocabulary
from .source import Source
from .suggest import closest
from .syntax import BlockNode, ItemNode, PairNode, Word, parse_tree
from . import values as V
from . import lazy_re

# --- vocabulary ---------------------------------------------------------------

SECTIONS: dict[str, tuple[str, ...]] = {
    "基本信息": ("基本情况",),
    "入学条件": ("入学条件", "申请条件", "报名条件"),
    "证明材料": ("报名材料", "所需材料", "入学材料"),
    "招生安排": ("招生时间", "招生工作安排"),
    "积分入学": ("积分管理",),
    "民办学校": ("民办学校招生",),
    "在校管理": ("在校待遇", "教育管理", "关爱帮扶"),
    "学位保障": ("就学保障", "学位供给"),
}

METADATA_KEYS: dict[str, tuple[str, ...]] = {
    "省": ("省份",),
    "市": ("地市", "设区市"),
    "县": ("区", "县区", "县市区", "县（市）", "县(市)"),
    "年度": ("年份",),
    "标题": ("名称",),
    "文号": ("发文字号",),
    "依据": ("政策依据",),
    "报送日期": ("报送时间", "上报日期"),
}

CONDITION_KEYS: dict[str, tuple[str, ...]] = {
    "居住证": ("持居住证", "居住证持有"),
    "居住": ("居住年限", "居住时间", "实际居住"),
    "社保": ("社会保险", "社保缴纳", "参保"),
    "就业": ("务工", "经商", "务工经商"),
    "住所": ("住房", "住房条件", "居所"),
    "户籍": ("户口",),
    "其他": ("其他条件",),
}

GROUPS: dict[str, tuple[str, tuple[str, ...]]] = {
    "之一": ("any", ("下列条件之一", "符合下列条件之一", "具备下列条件之一", "任一")),
    "同时具备": ("all", ("全部", "同时满足", "须同时具备")),
}

SCHOOL_KINDS: dict[str, tuple[SchoolKind, tuple[str, ...]]] = {
    "公办": (SchoolKind.public, ("公办学校", "公办义务教育学校", "公办中小学", "公办小学", "公办初中", "公立学校")),
    "民办": (SchoolKind.private, ("民办学校", "民办义务教育学校", "民办中小学", "民办小学", "民办初中")),
}

SCHEDULE_KEYS: dict[str, tuple[str, ...]] = {
    "报名": ("报名时间", "报名日期"),
    "摇号": ("摇号时间", "电脑派位", "摇号日期"),
    "录取": ("录取时间", "录取公布", "录取日期"),
    "选拔": ("考试", "面试", "测评", "入学考试", "选拔方式", "招生方式"),
    "超额": ("超额录取", "报名超额", "超计划", "超额录取办法", "超出招生计划", "超过招生计划", "报名人数超过招生计划",
             "报名人数超过计划"),
    "随迁子女报名": (),
    "随迁子女摇号": (),
}

POINTS_KEYS: dict[str, tuple[str, ...]] = {
    "标准": ("积分标准", "积分办法"),
    "平台": ("积分平台", "管理平台"),
    "依据": ("主要依据",),
    "门槛": ("最低分", "最低分数", "最低分数线", "分数线", "入学门槛", "积分门槛", "最低积分"),
    "未达标": ("积分不足", "未达门槛", "未达分数线", "未达线", "落选", "未录取"),
}

PRIVATE_KEYS: dict[str, tuple[str, ...]] = {
    "招生范围": ("范围",),
    "核定计划": ("核定招生计划",),
    "计划招生": ("招生人数", "拟招生"),
}


SCHOOL_LIFE_KEYS: dict[str, tuple[str, ...]] = {
    "教育教学": ("教学", "编班", "分班", "编班教学"),
    "日常管理": ("管理", "学生管理", "班级管理"),
    "评优评先": ("评先评优", "评优", "评先", "表彰奖励"),
    "转学": ("转校", "转学转校", "学籍转接"),
}

PLACE_SUPPLY_KEYS: dict[str, tuple[str, ...]] = {
    "学位": ("公办学位", "学位情况", "随迁子女学位"),
    "小班化": ("小班化教学", "班额"),
}


def lookup(table: dict, name: str) -> str | None:
    """The canonical name ``name`` stands for in a vocabulary ``table`` (canonical → aliases), or None.

    Shared by the rules builder and the plan builder (:mod:`policy_lint.plan_build`).
    """
    name = fold_text(name).strip()  # 入學條件, 证\u200b明材料: the names as the vocabulary writes them
    if name in table:
        return name
    for canonical, entry in table.items():
        aliases = entry[-1] if isinstance(entry, tuple) and entry and isinstance(entry[-1], tuple) else entry
        if name in aliases:
            return canonical
    return None


def did_you_mean(name: str, table: dict) -> LocalText:
    """"did you mean …" for an unknown ``name``: the closest canonical name or alias of ``table``, or nothing."""
    candidates = list(table)
    for entry in table.values():
        aliases = entry[-1] if isinstance(entry, tuple) and entry and isinstance(entry[-1], tuple) else entry
        candidates.extend(aliases)
    close = closest(name, candidates)
    if close is None:
        return EMPTY
    return text("doc.did_you_mean", name=close)


def known(table: dict) -> str:
    """The canonical names of ``table``, as an error message lists them (A、B、C)."""
    return "、".join(table)


# --- materials ---------------------------------------------------------------


@lru_cache(maxsize=1)
def material_aliases() -> tuple[tuple[str, str], ...]:
    """(alias, normalised name), longest alias first."""
    data = vocabulary()
    pairs = [(alias, name) for name, aliases in data["materials"].items() for alias in [name, *aliases]]
    return tuple(sorted(set(pairs), key=lambda p: (-len(p[0]), p[0])))


_NUMBERING = lazy_re.compile(r"\s*(?:\d+|[０-９]+|[一二三四五六七八九十]+|[（(]\d+[)）])\s*[.．]?\s*")

_MATERIAL_NOISE = lazy_re.compile(r"[（(][^）)]*[）)]|(?:原件)?(?:及|和|或)?复印件|原件|各一份|一份|一本")


#: whitespace and visible separators between two ideographs of a name (独生 子女证, 独生-子女证, 独/生/子/女/证,
#: 独·生子女证): ignored when a material or certificate name is matched, never in durations
_NAME_SEPARATORS = lazy_re.compile(
    r"(?<=[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134f])"
    r"[\s\u3000\-‐‑‒–—―_·•・･‧∙⋅/／\\＼|｜.．~～＿－]+"
    r"(?=[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134f])")


def name_key(text: str) -> str:
    """``text`` with the whitespace and separators between ideographs removed (for matching names)."""
    return _NAME_SEPARATORS.sub("", text)


def normalise_material(raw: str) -> tuple[str, bool]:
    """The normalised name of a material and whether the vocabulary knows it.

    Whitespace and separators between ideographs are ignored (独 生 子 女 证, 独生-子女证 and 独/生/子/女/证
    are a 独生子女证)."""
    raw = fold_text(raw)  # 獨生子女證, 独生子\u200b女证: the vocabulary's characters
    cleaned = _MATERIAL_NOISE.sub("", raw).strip()
    # match within the cleaned name only: a note in brackets (户口簿（无需提供独生子女证）) is not the material
    key = name_key(cleaned or raw)
    for alias, name in material_aliases():
        if alias in key:
            return name, True
    return cleaned or raw.strip(), False


# --- housing, payer ---------------------------------------------------------


_EXCLUDES_RENTAL = lazy_re.compile(
    r"不(?:包)?含[^，,、；;]{0,4}租|不包括[^，,、；;]{0,4}租|除租|非租|排除租|不(?:予|得)?认可?租"
    r"|租[赁房][^，,、；;备]{0,4}(?:除外|不予|不算|不认|不可|不能|不得|无效)"
)


def _contract_terms(text: str) -> list[tuple[int, int]]:
    """The offsets of each labour-contract term ``text`` states (签订一年以上劳动合同: 一年以上), read by the
    contract_term reader; imported only for a text that names a contract (the reader's vocabulary is a TOML file)."""
    if "合同" not in text:
        return []
    from .extract.readers import contract_term

    return [(r.start, r.end) for r in contract_term.read(text)]


#: a permit's renewal or validity term (续签时间一年及以上, 有效期为一年以上): how long the permit runs, no time held; a length
#: after 满 or 已 (有效期满一年) is a time completed and is read
_PERMIT_TERM = re.compile(r"(?:续签|续办|签注|有效)(?:时间|期限|期)(?:须|需|应)?(?:为|在|达)?\s*"
                          r"(?P<length>(?![满已])[\d一二两三四五六七八九十半]+\s*(?:个月|周年|年)(?:（含）|\(含\))?"
                          r"(?:及以上|或以上|以上)?)")


def _permit_terms(text: str) -> list[tuple[int, int]]:
    """The offsets of each renewal or validity term of a permit ``text`` states (:data:`_PERMIT_TERM`)."""
    return [found.span("length") for found in _PERMIT_TERM.finditer(text)]


def housing_kind(raw: str) -> Housing:
    """合法稳定住所 and anything accepting rental count as the baseline; owned-only narrows it."""
    raw = fold_text(raw)
    if _EXCLUDES_RENTAL.search(raw):
        return Housing.owned
    if "租" in raw:
        return Housing.rental
    if re.search(r"自有|产权|房产证|不动产|购房|商品房|自购", raw):
        return Housing.owned
    return Housing.legal_stable


# --- the builder ------------------------------------------------------------

#: the conditions whose length a check compares with a ceiling (居住 must state one: doc.bad_duration)
_TIMED = (ConditionKind.residence_permit, ConditionKind.social_insurance, ConditionKind.employment)


#: a clause that opens with a negation: 不组织…, 无需…, 禁止…, 严禁…, 免…, 取消…
_NEGATED_CLAUSE = re.compile(r"^\s*(?:不|无|未|免|禁止|严禁|取消)")


class Builder:
    """Blocks to a :class:`~policy_lint.models.Rules`, collecting every problem before raising.

    Its error collection, pair walking, value readers and 基本信息 are shared: the plan builder
    (:class:`policy_lint.plan_build.PlanBuilder`) subclasses it with the plan's sections.
    """

    def __init__(self, source: Source):
        self.source = source
        self.problems: list[Problem] = []
        self.year: int | None = None

    # errors
    def error(self, span: Span, message: LocalText) -> None:
        end = span.end_column if span.end_line == span.line else len(self.source.line(span.line)) + 1
        if self.is_blank(span, end):
            return  # a value left as a placeholder (2022年X月X日, 待填写) is PL605's finding, not a reason to refuse the file
        self.problems.append(Problem(message, span.line, span.column, end))

    def is_blank(self, span: Span, end: int) -> bool:
        """Whether the text at ``span`` (on its first line, up to ``end``) holds a placeholder (policy_lint.placeholders)."""
        from .placeholders import in_text

        return bool(in_text(self.source.line(span.line)[span.column - 1:end - 1], span.line))

    # values
    def joined(self, words: tuple[Word, ...]) -> tuple[str, Span]:
        """A list value as one text, as written (separators kept), and its span."""
        first, last = words[0].span, words[-1].span
        if first.line == last.end_line:
            raw = self.source.line(first.line)[first.column - 1 : last.end_column - 1]
        else:
            raw = "、".join(w.text for w in words)
        return raw, Span(line=first.line, column=first.column, end_line=last.end_line, end_column=last.end_column)

    def single(self, pair: PairNode, key: str) -> Word | None:
        if len(pair.values) != 1:
            self.error(pair.span, text("doc.single_value", key=key))
            return None
        return pair.values[0]

    def text_value(self, pair: PairNode, key: str) -> Value[str] | None:
        word = self.single(pair, key)
        if word is None:
            return None
        return Value[str](value=word.text.strip(), raw=word.text, span=word.span)

    def _date_problem(self, raw: str, key: str, single: bool) -> LocalText:
        """Why a date did not read: it lacks a year the document does not give, or it is malformed."""
        if self.year is None and (V.date(raw, 2000) if single else V.date_range(raw, 2000)) is not None:
            return text("doc.date_needs_year", text=raw)
        return text(key, text=raw)

    def affirmed_words(self, words: tuple[Word, ...]) -> list[Word]:
        """``words`` without the clauses a negation opens (不组织考试、面试 …): a clause runs to the next ， or ；, so in
        ``不组织考试，以面谈了解学生情况`` the second clause stands; a list joined by 、 stays in its clause."""
        kept: list[Word] = []
        negated = False
        for index, word in enumerate(words):
            if index == 0 or self._clause_break(words[index - 1], word):
                negated = bool(_NEGATED_CLAUSE.match(fold_text(word.text)))
            if not negated:
                kept.append(word)
        return kept

    def _clause_break(self, before: Word, after: Word) -> bool:
        if before.span.end_line != after.span.line:
            return True
        between = self.source.line(after.span.line)[before.span.end_column - 1:after.span.column - 1]
        return any(sep in between for sep in "，,；;")

    def sub_span(self, word: Word, start: int, end: int) -> Span:
        offset = 1 if word.quoted else 0
        return Span(line=word.span.line, column=word.span.column + offset + start,
                    end_line=word.span.line, end_column=word.span.column + offset + end)

    def hidden(self, blocks) -> tuple[HiddenCharacter, ...]:
        """Every invisible or look-alike character in the names and values of ``blocks`` (not in comments)."""
        found: list[HiddenCharacter] = []
        stack = list(reversed(blocks))
        while stack:
            node = stack.pop()
            if isinstance(node, BlockNode):
                words = [node.name]
                stack.extend(reversed(node.entries))
            elif isinstance(node, PairNode):
                words = [node.key, *node.values]
            else:
                words = list(node.values)
            for word in words:
                run = hidden_run(word.text)
                if run is not None:  # one per name or value, however many it holds (see PL001)
                    found.append(HiddenCharacter(char=run.char, kind=run.kind, reads_as=run.reads_as,
                                                 word=fold_text(word.text).strip(), count=run.count,
                                                 span=self.sub_span(word, run.start, run.end)))
        return tuple(found)

    def placeholders(self) -> tuple[Placeholder, ...]:
        """Every value still to be filled in (``待填写``, ``# 待填写``, ``XXXX年X月X日``): see policy_lint.placeholders."""
        from .placeholders import in_lines, key_of, sections_at

        lines = self.source.lines
        blanks = in_lines(lines)
        if not blanks:
            return ()
        sections = sections_at(lines)
        return tuple(
            Placeholder(marker=b.marker, confirm=b.confirm, hint=b.hint, key=key_of(lines[b.line - 1]),
                        section=" › ".join(name for name in sections[b.line - 1] if name),
                        span=Span(line=b.line, column=b.column, end_line=b.line, end_column=b.end_column))
            for b in blanks)

    # document
    def build(self, blocks: tuple[BlockNode, ...]) -> Rules:
        fields: dict = {"hidden": self.hidden(blocks), "placeholders": self.placeholders()}
        seen: dict[str, int] = {}
        ordered = sorted(blocks, key=lambda b: lookup(SECTIONS, b.name.text) != "基本信息")
        for block in ordered:
            section = lookup(SECTIONS, block.name.text)
            if section is None:
                self.error(block.name.span, text("doc.unknown_section", name=block.name.text,
                                                 hint=did_you_mean(block.name.text, SECTIONS),
                                                 known=known(SECTIONS)))
                continue
            if section in seen:
                self.error(block.name.span, text("doc.duplicate_section", name=section, line=seen[section]))
                continue
            seen[section] = block.name.span.line
            handler: Callable = {
                "基本信息": self.metadata,
                "入学条件": self.conditions,
                "证明材料": self.materials,
                "招生安排": self.schedules,
                "积分入学": self.points,
                "民办学校": self.private,
                "在校管理": self.school_life,
                "学位保障": self.place_supply,
            }[section]
            fields.update(handler(block))
        if self.problems:
            raise InputError(self.source.path, problems=sorted(self.problems, key=lambda p: (p.line or 0, p.column or 0)),
                             source_text=self.source.text)
        return Rules(path=self.source.path, **fields)

    def pairs(self, block: BlockNode, keys: dict, section: str, allow_blocks: bool = False):
        """Yield (canonical key, pair) and report unknown, duplicate and misplaced entries."""
        seen: dict[str, int] = {}
        for entry in block.entries:
            if isinstance(entry, ItemNode):
                raw, _ = self.joined(entry.values)
                self.error(entry.span, text("doc.item_not_allowed", section=section, text=raw))
                continue
            if isinstance(entry, BlockNode):
                if allow_blocks:
                    yield None, entry
                else:
                    self.error(entry.name.span, text("doc.block_not_allowed", section=section,
                                                     name=entry.name.text, hint=EMPTY))
                continue
            key = lookup(keys, entry.key.text)
            if key is None:
                self.error(entry.key.span, text("doc.unknown_key", section=section, name=entry.key.text,
                                                hint=did_you_mean(entry.key.text, keys), known=known(keys)))
                continue
            if key in seen:
                self.error(entry.key.span, text("doc.duplicate_key", name=key, line=seen[key]))
                continue
            seen[key] = entry.key.span.line
            yield key, entry

    # 基本信息
    def metadata(self, block: BlockNode) -> dict:
        out: dict = {"span": block.span}
        # 年度 first: a date written without its year (报送日期: 6月15日) takes the 年度 wherever it stands
        entries = sorted(self.pairs(block, METADATA_KEYS, "基本信息"), key=lambda entry: entry[0] != "年度")
        for key, pair in entries:
            if key in ("省", "市", "县", "标题", "文号"):
                field = {"省": "province", "市": "city", "县": "county", "标题": "title", "文号": "doc_number"}[key]
                out[field] = self.text_value(pair, key)
            elif key == "年度":
                word = self.single(pair, key)
                if word is None:
                    continue
                digits = V.ascii_digits(fold_text(word.text)).strip().rstrip("年").strip()
                if re.fullmatch(r"\d{4}", digits):
                    self.year = int(digits)
                    out["year"] = Value[int](value=self.year, raw=word.text, span=word.span)
                else:
                    self.error(word.span, text("doc.bad_year", text=word.text))
            elif key == "依据":
                out["basis"] = tuple(Value[str](value=w.text.strip(), raw=w.text, span=w.span) for w in pair.values)
            elif key == "报送日期":
                word = self.single(pair, key)
                if word is None:
                    continue
                parsed = V.date(word.text, self.year)
                if parsed is None:
                    self.error(word.span, self._date_problem(word.text, "doc.bad_date", single=True))
                else:
                    out["submitted"] = Value[dt.date](value=parsed, raw=word.text, span=word.span)
        return {"metadata": Metadata(**out)}

    # 入学条件
    def conditions(self, block: BlockNode) -> dict:
        return {"conditions": self.group(block, "all", block.name.text)}

    def group(self, block: BlockNode, mode: str, label: str) -> ConditionGroup:
        items: list = []
        for key, entry in self.pairs(block, CONDITION_KEYS, label, allow_blocks=True):
            if key is None:
                group = lookup(GROUPS, entry.name.text)
                if group is None:
                    self.error(entry.name.span, text("doc.block_not_allowed", section=label, name=entry.name.text,
                                                     hint=did_you_mean(entry.name.text, GROUPS)))
                    continue
                sub = self.group(entry, GROUPS[group][0], entry.name.text)
                if not sub.items:
                    self.error(entry.name.span, text("doc.empty_group", name=entry.name.text))
                items.append(sub)
                continue
            condition = self.condition(key, entry)
            if condition is not None:
                items.append(condition)
        return ConditionGroup(mode=mode, label=label, items=tuple(items), span=block.span)

    def condition(self, key: str, pair: PairNode) -> Condition | None:
        kind = {
            "居住证": ConditionKind.residence_permit, "居住": ConditionKind.residence,
            "社保": ConditionKind.social_insurance, "就业": ConditionKind.employment,
            "住所": ConditionKind.housing, "户籍": ConditionKind.hukou, "其他": ConditionKind.other,
        }[key]
        raw, span = self.joined(pair.values)
        fields: dict = {"kind": kind, "key": pair.key.text, "raw": raw, "span": span,
                        "words": tuple(Value(value=w.text, raw=w.text, span=self.sub_span(w, 0, len(w.text)))
                                       for w in pair.values)}
        lengths = []
        for word in pair.values:  # the longest duration of the values is the requirement (the strictest reading)
            read = word.text
            if kind is ConditionKind.employment:
                # 签订一年以上劳动合同: a contract's term, not a time worked (masked, offsets kept; PL117 reports it)
                for a, b in _contract_terms(read):
                    read = read[:a] + "□" * (b - a) + read[b:]
            if kind is ConditionKind.residence_permit:
                # 续签时间一年及以上: how long a permit runs once renewed, not how long it has been held
                for a, b in _permit_terms(read):
                    read = read[:a] + "□" * (b - a) + read[b:]
            found = V.duration(read)
            if found is None and kind in (*_TIMED, ConditionKind.housing):
                # 2021年9月前…至今: worked (held, paid) since then; 《居住证》（2018年4月30日前办理）: a permit issued
                # before a date of an earlier year, held since (both counted to the intake)
                found = V.held_since(read, self.year)
            if found is not None:
                lengths.append(Length(months=found[0], span=self.sub_span(word, found[1], found[2])))
            if found is not None and found[0] > fields.get("months", -1):
                months, start, end = found
                fields["months"] = months
                fields["months_span"] = self.sub_span(word, start, end)
        if lengths:
            fields["lengths"] = tuple(lengths)
        if kind in (*_TIMED, ConditionKind.residence):
            # 持有有效居住证 asks for no length; 持有满若干年, 满2个6个月, 自2020年1月1日起 (without a year) ask for one that cannot
            # be read: never a silent pass (a date beside a length that reads is a cut-off, not the length)
            for word in pair.values:
                unreadable = V.unreadable_duration(word.text, dates="months" not in fields)
                if unreadable is not None and (kind in _TIMED or "months" in fields):
                    self.error(self.sub_span(word, *unreadable), text("doc.unreadable_duration", text=word.text))
                    return None
        if kind is ConditionKind.residence and "months" not in fields:
            self.error(span, text("doc.bad_duration", text=raw))
            return None
        if kind is ConditionKind.housing:
            fields["housing"] = housing_kind(raw)
        if kind is ConditionKind.social_insurance:
            payers = [fold_text(w.text) for w in pair.values if re.search(r"[父母]|监护人|一方|双方", fold_text(w.text))]
            if payers:
                fields["payer"] = "、".join(payers)
        return Condition(**fields)

    # 证明材料
    def materials(self, block: BlockNode) -> dict:
        found: list[Material] = []
        for entry in block.entries:
            if isinstance(entry, PairNode):
                self.error(entry.span, text("doc.pair_not_allowed", section=block.name.text))
                continue
            if isinstance(entry, BlockNode):
                self.error(entry.name.span, text("doc.block_not_allowed", section=block.name.text,
                                                 name=entry.name.text, hint=EMPTY))
                continue
            for word in entry.values:
                if _NUMBERING.fullmatch(word.text):
                    continue  # "1、户口本" splits into "1" and "户口本"
                raw = re.sub(r"^\s*(?:[0-9０-９]+[.．、)）]|[（(][0-9０-９]+[)）])\s*", "", word.text).strip()
                name, known = normalise_material(raw)
                found.append(Material(raw=raw, name=name, known=known, span=word.span))
        return {"materials": tuple(found), "materials_span": block.span}

    # 招生安排
    def schedules(self, block: BlockNode) -> dict:
        schedules: list[Schedule] = []
        seen: dict[str, int] = {}  # school kind -> the line it first appeared on
        for entry in block.entries:
            if not isinstance(entry, BlockNode):
                self.error(entry.span, text("doc.block_not_allowed", section=block.name.text,
                                            name=_entry_text(entry),
                                            hint=text("doc.in_school_kind_blocks")))
                continue
            kind_name = lookup(SCHOOL_KINDS, entry.name.text)
            if kind_name is None:
                self.error(entry.name.span, text("doc.unknown_section", name=entry.name.text,
                                                 hint=did_you_mean(entry.name.text, SCHOOL_KINDS),
                                                 known=known(SCHOOL_KINDS)))
                continue
            if kind_name in seen:
                self.error(entry.name.span, text("doc.duplicate_section", name=kind_name, line=seen[kind_name]))
                continue
            seen[kind_name] = entry.name.span.line
            schedules.append(self.schedule(entry, SCHOOL_KINDS[kind_name][0]))
        return {"schedules": tuple(schedules)}

    def schedule(self, block: BlockNode, kind: SchoolKind) -> Schedule:
        fields: dict = {"kind": kind, "label": block.name.text, "span": block.span}
        for key, pair in self.pairs(block, SCHEDULE_KEYS, block.name.text):
            if key in ("报名", "摇号", "录取"):
                word = self.single(pair, key)
                if word is None:
                    continue
                found = V.date_range(word.text, self.year)
                if found is None:
                    self.error(word.span, self._date_problem(word.text, "doc.bad_range", single=False))
                    continue
                if found[1] < found[0]:
                    self.error(word.span, text("doc.range_reversed", text=word.text))
                    continue
                field = {"报名": "registration", "摇号": "lottery", "录取": "admission"}[key]
                fields[field] = DateRange(start=found[0], end=found[1], raw=word.text, span=word.span)
            elif key == "选拔":
                fields["selection"] = tuple(
                    Value[str](value=w.text.strip(), raw=w.text, span=w.span) for w in self.affirmed_words(pair.values)
                    if fold_text(w.text).strip() not in ("无", "不组织", "不得组织", "禁止")
                )
            else:
                field = {"超额": "oversubscription", "随迁子女报名": "migrant_registration",
                         "随迁子女摇号": "migrant_lottery"}[key]
                raw, span = self.joined(pair.values)
                fields[field] = Value[str](value=raw.strip(), raw=raw, span=span)
        return Schedule(**fields)

    # 积分入学
    def points(self, block: BlockNode) -> dict:
        fields: dict = {"span": block.span}
        for key, pair in self.pairs(block, POINTS_KEYS, block.name.text):
            values = tuple(Value[str](value=w.text.strip(), raw=w.text, span=w.span) for w in pair.values)
            if key == "标准":
                fields["standards"] = values
            elif key == "平台":
                fields["platforms"] = values
            else:
                raw, span = self.joined(pair.values)
                field = {"依据": "basis", "门槛": "threshold", "未达标": "below"}[key]
                fields[field] = Value[str](value=raw.strip(), raw=raw, span=span)
        return {"points": Points(**fields)}

    # 民办学校
    def private(self, block: BlockNode) -> dict:
        fields: dict = {"span": block.span}
        for key, pair in self.pairs(block, PRIVATE_KEYS, block.name.text):
            if key == "招生范围":
                raw, span = self.joined(pair.values)
                fields["region"] = Value[str](value=raw.strip(), raw=raw, span=span)
                continue
            word = self.single(pair, key)
            if word is None:
                continue
            number = V.integer(word.text)
            if number is None:
                self.error(word.span, text("doc.bad_number", text=word.text))
                continue
            fields["approved_plan" if key == "核定计划" else "planned"] = Value[int](
                value=number, raw=word.text, span=word.span)
        return {"private": PrivateSchools(**fields)}


    # 在校管理
    def school_life(self, block: BlockNode) -> dict:
        fields: dict = {"span": block.span}
        for key, pair in self.pairs(block, SCHOOL_LIFE_KEYS, block.name.text):
            raw, span = self.joined(pair.values)
            field = {"教育教学": "teaching", "日常管理": "management", "评优评先": "awards", "转学": "transfer"}[key]
            fields[field] = Value[str](value=raw.strip(), raw=raw, span=span)
        return {"school_life": SchoolLife(**fields)}

    # 学位保障
    def place_supply(self, block: BlockNode) -> dict:
        fields: dict = {"span": block.span}
        for key, pair in self.pairs(block, PLACE_SUPPLY_KEYS, block.name.text):
            raw, span = self.joined(pair.values)
            fields["places" if key == "学位" else "small_classes"] = Value[str](value=raw.strip(), raw=raw, span=span)
        return {"place_supply": PlaceSupply(**fields)}


def _entry_text(entry: PairNode | ItemNode) -> str:
    if isinstance(entry, PairNode):
        return entry.key.text
    return "、".join(w.text for w in entry.values)


def parse(source: Source) -> Rules:
    """Parse and build the rules in ``source``; raise :class:`InputError` listing every problem."""
    blocks = parse_tree(source)
    return Builder(source).build(blocks)
