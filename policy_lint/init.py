"""A skeleton rules file for a county and year, with the ruleset's baseline cited (``policy-lint init``).

The ruleset is chosen as ``check`` chooses it (:func:`policy_lint.ruleset.choose`, national
when no closer one exists), resolved for 1 September of the year.  Every value that comes
from the ruleset has, in comments directly above it, the baseline it follows and its
citation (document, article, quoted sentence).  The skeleton asks only what the baseline
asks -- a residence permit, half a year's residence, one of employment or housing -- and
states the ceilings on anything more (permit holding time, social insurance, employment
time) as comments, so that the county adds a requirement only by choice.

What the ruleset cannot know is a placeholder that still parses, marked with a trailing
``# 待填写`` comment (``文号: “待填写”``, the 报送日期, the schedule dates, the private
schools' plan numbers); a value derived from the ruleset whose exact wording the county
should confirm (the city's points standard and platform) is marked ``# 待核对``.  The text
is in the canonical form of :mod:`policy_lint.fmt`, parses, and is silent under ``check``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .messages import LocalText, text
from .ruleset import PARAMETERS, ResolvedParameter, ResolvedRuleset, choose
from . import lazy_re

PLACEHOLDER = "待填写"
CONFIRM = "待核对"

#: characters that cannot appear in a region name written as a word of the rules language
_NOT_IN_WORD = lazy_re.compile(r"[\s{}｛｝:：、，,；;“”\"「」#\ufeff\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069]")
_REGION_SEPARATOR = lazy_re.compile(r"[/／]")


class InitError(ValueError):
    """Bad arguments to ``init`` (a malformed region or year)."""

    def __init__(self, message: LocalText):
        super().__init__(message.en)
        self.message = message


def parse_region(region: str) -> tuple[str, str, str]:
    """``山西省/晋城市/泽州县`` → (province, city, county); raise :class:`InitError` otherwise."""
    parts = [p.strip() for p in _REGION_SEPARATOR.split(region.strip())]
    if len(parts) != 3 or not all(parts):
        raise InitError(text("init.bad_region", region=region))
    for part in parts:
        bad = _NOT_IN_WORD.search(part)
        if bad:
            char = bad.group(0)
            if char.isspace() or char == "\ufeff":
                what = text("init.char.space")
            elif not char.isprintable():
                what = text("init.char.control", code=f"U+{ord(char):04X}")
            else:
                what = text("quote.corner", text=char)
            raise InitError(text("init.bad_region_char", part=part, what=what))
    if len(set(parts)) != 3:
        raise InitError(text("init.same_region", region=region))
    return parts[0], parts[1], parts[2]


def exists_message(path: str) -> LocalText:
    """The refusal to overwrite an existing file without --force: the same sentence as every command's."""
    return text("cli.output_exists", path=path)


def ruleset_note(ruleset: ResolvedRuleset) -> LocalText:
    """Which ruleset the skeleton follows (said on stderr)."""
    if ruleset.name == "national":
        return text("init.national")
    return text("init.follows", name=ruleset.name, title=LocalText(zh=ruleset.title, en=ruleset.title_en))


def check_year(year: int) -> None:
    if not 1000 <= year <= 9999:
        raise InitError(text("init.bad_year", year=year))


@dataclass(frozen=True)
class Skeleton:
    text: str
    ruleset: ResolvedRuleset


class _Writer:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.depth = 0

    def line(self, text: str, comment: str | None = None) -> None:
        self.lines.append("    " * self.depth + text + (f"  # {comment}" if comment else ""))

    def comment(self, text: str) -> None:
        self.line("# " + _one_line(text))

    def blank(self) -> None:
        self.lines.append("")

    def paragraph(self) -> None:
        """A blank line between entries (none right after a block opens)."""
        if self.lines and not self.lines[-1].endswith("{"):
            self.blank()

    def open(self, name: str) -> None:
        self.line(f"{name} {{")
        self.depth += 1

    def close(self) -> None:
        self.depth -= 1
        self.line("}")

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


def _one_line(text: str) -> str:
    return re.sub(r"\s*\n\s*", " ", text).strip()


def _value_text(param: ResolvedParameter) -> str:
    value = param.value
    if isinstance(value, bool):
        return ""
    if isinstance(value, (list, tuple)):
        return "、".join(str(v) for v in value)
    if isinstance(value, dt.date):
        return f"{value.year}年{value.month}月{value.day}日"
    return str(value)


def _months(n: int) -> str:
    return {6: "半年", 12: "一年", 18: "一年半", 24: "两年", 36: "三年"}.get(n, f"{n}个月")


class _Skeleton:
    def __init__(self, province: str, city: str, county: str, year: int, ruleset: ResolvedRuleset):
        self.province, self.city, self.county, self.year = province, city, county, year
        self.ruleset = ruleset
        self.out = _Writer()

    def get(self, name: str) -> ResolvedParameter | None:
        param = self.ruleset.get(name)
        if param is None or param.value is None or param.value is False or param.value in ([], ""):
            return None
        return param

    def cite(self, name: str, lead: str | None = None, paragraph: bool = True) -> bool:
        """The baseline set by parameter ``name`` and its citation, as comments; False if unset.

        A cited entry starts a paragraph (a blank line before it) unless ``paragraph`` is false.
        """
        param = self.get(name)
        if param is None:
            return False
        if paragraph:
            self.out.paragraph()
        spec = PARAMETERS[name]
        value = _value_text(param)
        statement = lead or (f"{spec.zh}为 {value}" if value else spec.zh)
        self.out.comment(f"基准（{param.layer_title}）：{statement}")
        citation = param.citation
        unverified = "（原文待核实）" if not citation.verified else ""
        self.out.comment(f"{citation.document} {citation.article}：“{citation.quote}”{unverified}")
        return True

    # --- sections ----------------------------------------------------------------------------

    def build(self) -> str:
        out = self.out
        chain = " ← ".join(self._layer_titles())
        out.comment(f"{self.county}{self.year}年进城务工人员随迁子女入学实施细则（框架）")
        out.comment(f"由 policy-lint init 生成；规则集 {self.ruleset.name}（{chain}）。")
        out.comment("基准值上方注明出处（文件、条款、原文）。“待填写”处按本地实际填写，“待核对”处核对措辞。")
        for section in (self.metadata, self.conditions, self.materials, self.schedules, self.points, self.private,
                        self.school_life, self.place_supply):
            section()
        return out.text()

    def _layer_titles(self) -> list[str]:
        from .ruleset import load_bundled

        return [load_bundled(layer).title for layer in self.ruleset.chain]

    def metadata(self) -> None:
        out = self.out
        out.blank()
        out.open("基本信息")
        out.line(f"省: {self.province}")
        out.line(f"市: {self.city}")
        out.line(f"县: {self.county}")
        out.line(f"年度: {self.year}")
        out.line(f"文号: “{PLACEHOLDER}”")
        basis = self._basis_documents()
        if basis:
            out.line("依据: " + "、".join(f"“{d}”" for d in basis))
        deadline = self.get("county_rules_deadline")
        submitted = dt.date(self.year, 6, 1)
        if deadline is not None:
            self.cite("county_rules_deadline", lead=f"县级实施细则报市截止日期为 {deadline.value.month}月{deadline.value.day}日")
            submitted = min(submitted, dt.date(self.year, deadline.value.month, deadline.value.day))
        out.line(f"报送日期: {submitted.year}年{submitted.month}月{submitted.day}日", PLACEHOLDER)
        out.close()

    def _basis_documents(self) -> list[str]:
        """The documents the rules implement: those of the province and city layers (national if none)."""
        by_layer: dict[str, list[str]] = {}
        for param in self.ruleset.params.values():
            documents = by_layer.setdefault(param.layer, [])
            if param.citation.document not in documents:
                documents.append(param.citation.document)
        local = [layer for layer in reversed(self.ruleset.chain) if layer != "national" and by_layer.get(layer)]
        layers = local or ["national"]
        return [doc for layer in layers for doc in by_layer.get(layer, [])]

    def conditions(self) -> None:
        out = self.out
        out.blank()
        out.open("入学条件")
        permit_cap = self.get("residence_permit_months_max")
        self.cite("permit_main_basis")
        if permit_cap is not None:
            self.cite("residence_permit_months_max", paragraph=self.get("permit_main_basis") is None,
                      lead=f"如要求居住证持有时长，不得超过{_months(permit_cap.value)}（{permit_cap.value} 个月）")
        out.line("居住证: 持有有效居住证")
        residence = self.get("residence_months_max")
        if residence is not None and residence.value > 0:
            self.cite("residence_months_max", lead=f"居住时间要求不得超过{_months(residence.value)}（{residence.value} 个月）")
            out.line(f"居住: 连续居住满{_months(residence.value)}")
        insurance = self.get("social_insurance_months_max")
        if insurance is not None:
            self.cite("social_insurance_months_max",
                      lead=f"本框架不要求社保；如要求，缴纳年限不得超过{_months(insurance.value)}（{insurance.value} 个月）")
        self.cite("any_one_condition")
        out.open("之一")
        employment = self.get("employment_months_max")
        if employment is not None:
            self.cite("employment_months_max",
                      lead=f"如要求就业时长，不得超过{_months(employment.value)}（{employment.value} 个月）")
        out.line("就业: 合法稳定就业")
        self.cite("housing_rental_accepted")
        out.line("住所: 合法稳定住所（含租赁）")
        out.close()
        out.close()

    def materials(self) -> None:
        out = self.out
        out.blank()
        out.open("证明材料")
        allowed = self.get("materials_allowed")
        if allowed is not None:
            self.cite("materials_allowed")
            out.comment("以下为可要求材料的上限，不需要的请删去。")
            for name in allowed.value:
                out.line(str(name))
        else:
            self.cite("permit_main_basis")
            out.comment("规则集未列出可要求的材料清单；以居住证为主要依据，其他材料请按需逐行填写。")
            out.line("居住证")
        out.close()

    def schedules(self) -> None:
        out = self.out
        y = self.year
        out.blank()
        out.open("招生安排")
        for kind in ("公办", "民办"):
            if kind == "民办":
                self.cite("same_time_enrolment")
            out.open(kind)
            out.line(f"报名: {y}年7月1日至7月10日", PLACEHOLDER)
            out.line(f"摇号: {y}年7月20日", PLACEHOLDER)
            out.line(f"录取: {y}年7月25日至7月31日", PLACEHOLDER)
            if self.cite("no_selection_exams"):
                out.line("选拔: 无")
            if self.cite("oversubscription_lottery"):
                out.line("超额: 电脑随机录取")
            if kind == "公办" and self.cite("migrant_equal_treatment"):
                out.line("随迁子女报名: 与户籍适龄儿童同步报名")
                out.line("随迁子女摇号: 与户籍适龄儿童同池摇号")
            out.close()
        out.close()

    def points(self) -> None:
        issuer = self.get("points_unified_issuer")
        if issuer is None:
            return
        out = self.out
        out.blank()
        out.open("积分入学")
        self.cite("points_unified_issuer")
        out.line(f"标准: “{issuer.value}随迁子女积分入学管理办法”", f"{CONFIRM}：以{issuer.value}发布的名称为准")
        out.line(f"平台: “{issuer.value}随迁子女积分入学管理平台”", f"{CONFIRM}：以{issuer.value}发布的名称为准")
        if self.cite("permit_main_basis"):
            out.line("依据: 居住证")
        out.close()

    def private(self) -> None:
        if self.get("private_no_cross_region") is None and self.get("private_no_over_plan") is None:
            return
        out = self.out
        out.blank()
        out.open("民办学校")
        if self.cite("private_no_cross_region"):
            out.line(f"招生范围: {self.county}")
        self.cite("private_no_over_plan")
        out.line("核定计划: 0", f"{PLACEHOLDER}：核定招生计划（人数）")
        out.line("计划招生: 0", f"{PLACEHOLDER}：计划招生人数，不得超过核定计划")
        out.close()


    def school_life(self) -> None:
        if self.get("school_life_equal_treatment") is None:
            return
        out = self.out
        out.blank()
        out.open("在校管理")
        self.cite("school_life_equal_treatment")
        out.line("教育教学: 与户籍学生混合编班，一视同仁")
        out.line("日常管理: 统一管理，一视同仁")
        out.line("评优评先: 同等参加评优评先")
        out.close()

    def place_supply(self) -> None:
        if self.get("small_classes_need_places") is None:
            return
        out = self.out
        out.blank()
        out.open("学位保障")
        self.cite("small_classes_need_places")
        out.line("学位: 能够保障符合条件的随迁子女入学", f"{PLACEHOLDER}：按本地学位供给如实填写")
        out.line("小班化: 暂不推行", f"{PLACEHOLDER}：学位不能保障时不应全面推行")
        out.close()


def skeleton(region: str, year: int) -> Skeleton:
    """The skeleton for ``region`` (省/市/县) and ``year``; raise :class:`InitError` for bad arguments."""
    from .engine import resolved

    province, city, county = parse_region(region)
    check_year(year)
    ruleset = resolved(choose(province, city, year), year)
    return Skeleton(text=_Skeleton(province, city, county, year, ruleset).build(), ruleset=ruleset)
