"""Layered, cited rulesets: loading, validation, ``extends`` resolution and selection.

A ruleset is a TOML file in ``rulesets/`` (shipped as ``policy_lint.rulesets``).
Each parameter has a value, an effective date and a citation (document,
article, quoted sentence).  Resolving a ruleset walks its ``extends`` chain
from the national baseline down, the lower layer winning parameter by
parameter, and keeps for every value the layer that set it -- so a finding can
say which document, at which level, imposes the limit it enforces.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import RulesetError
from .files import package_dir
from .messages import EMPTY, LocalText, text
from .record import Record, record
from .suggest import closest
from . import lazy_re

#: a ruleset's records are built by :func:`load_text` from values it has validated one by one, each
#: failure its own message and line; they are frozen records (policy_lint.record), not validated again
_Frozen = Record


@record(kw_only=False)
class ParamSpec(Record):
    type: type
    zh: str
    en: str
    #: a dated target: a table of year → number, e.g. ``value = { "2022" = 80.0, "2023" = 90.0 }``
    dated: bool = False
    #: a list that lower layers add to instead of replacing: a ban the nation sets cannot be lifted by a
    #: province, so the resolved value is every layer's items together (see :meth:`ResolvedRuleset.basis_for`)
    merge: bool = False


#: Every parameter a ruleset may set.  A key not listed here is an error.
PARAMETERS: dict[str, ParamSpec] = {
    "private_no_earlier_enrolment": ParamSpec(bool, "民办学校不得提前招生", "private schools may not enrol earlier than public ones"),
    "private_local_priority": ParamSpec(bool, "民办学校优先满足所在县（区）学生入学需求", "private schools first serve their own county's pupils"),
    "standard_characters": ParamSpec(bool, "公务用字为规范汉字（无不可见字符、形近兼容字符）", "official texts in standard characters (no invisible or look-alike characters)"),
    "residence_permit_months_max": ParamSpec(int, "居住证持有时长要求上限（月）", "longest permit holding time that may be required (months)"),
    "residence_months_max": ParamSpec(int, "居住年限要求上限（月）", "longest residence time that may be required (months)"),
    "social_insurance_months_max": ParamSpec(int, "社保缴纳年限要求上限（月）", "longest social-insurance time that may be required (months)"),
    "employment_months_max": ParamSpec(int, "就业时长要求上限（月）", "longest employment time that may be required (months)"),
    "housing_rental_accepted": ParamSpec(bool, "租赁住房须认可为合法稳定住所", "rented housing must count as lawful stable residence"),
    "any_one_condition": ParamSpec(bool, "就业、住所等条件具备其一即可", "one of employment, residence or study suffices"),
    "permit_main_basis": ParamSpec(bool, "以居住证为主要依据", "the residence permit is the main basis"),
    "banned_certificates": ParamSpec(list, "禁止要求的证明材料", "certificates that must not be demanded", merge=True),
    "materials_allowed": ParamSpec(list, "可要求的证明材料", "materials that may be demanded"),
    "same_time_enrolment": ParamSpec(bool, "民办与公办同步招生", "private schools enrol at the same time as public ones"),
    "no_selection_exams": ParamSpec(bool, "不得以考试、面试、测评选拔", "no selection by exam, interview or test"),
    "oversubscription_lottery": ParamSpec(bool, "报名超额时电脑随机录取", "oversubscription settled by computer lottery"),
    "migrant_equal_treatment": ParamSpec(bool, "报名、摇号对随迁子女一视同仁", "migrant children treated equally at registration and lottery"),
    "points_unified_issuer": ParamSpec(str, "积分入学统一标准和平台的制定机关", "who issues the one points standard and platform"),
    "no_parent_job_income": ParamSpec(bool, "不得采集家长职务和收入信息", "parents' job and income not to be collected"),
    "points_admit_permit_eligible": ParamSpec(bool, "积分入学须保障符合居住证条例条件的随迁子女入学",
                                              "points admission must admit children who meet the permit regulation"),
    "no_admission_fees": ParamSpec(bool, "义务教育不收学杂费，不得收取与入学关联的费用",
                                   "no tuition, miscellaneous or admission-linked fees"),
    "no_criminal_record_demand": ParamSpec(bool, "不得要求家长无犯罪记录证明", "no certificate of a clean criminal record"),
    "one_parent_suffices": ParamSpec(bool, "父母一方满足条件即可", "one parent meeting a condition suffices"),
    "over_age_admitted": ParamSpec(bool, "超龄儿童照常入学", "over-age children are admitted"),
    "rules_filled_in": ParamSpec(bool, "实施细则写明本地的规定（无未填写的占位）", "the rules state the county's own provisions (no unfilled placeholder)"),
    "no_obsolete_permit": ParamSpec(bool, "不得要求已废止的暂住证", "no obsolete temporary-residence permit (暂住证) demanded"),
    "no_hometown_certificate": ParamSpec(bool, "不得要求回户籍地开具的证明", "no certificate from the hukou place demanded"),
    "housing_no_duration": ParamSpec(bool, "住所条件不附时长（按居住年限上限衡量）",
                                     "no length on the housing condition (measured against the residence ceiling)"),
    # issue 13's checks of what real rules demand (PL111–PL116)
    "contract_registration_not_required": ParamSpec(bool, "租赁合同、劳动合同不以登记备案为前提",
                                                    "a tenancy or employment contract need not be registered"),
    "no_designated_schools": ParamSpec(bool, "随迁子女不限定到指定学校", "migrant children not confined to designated schools"),
    "insurance_not_narrowed": ParamSpec(bool, "社保条件不限定险种", "no narrowing of the insurance scheme"),
    "no_rights_waiver": ParamSpec(bool, "不得要求放弃权利的承诺书", "no pledge waiving a right"),
    "migrant_transfer_not_barred": ParamSpec(bool, "不只对随迁子女限制转学", "migrant pupils not barred from changing school"),
    "no_contract_term": ParamSpec(bool, "不对劳动合同设期限要求", "no term required of the labour contract"),
    "no_hukou_place_document": ParamSpec(bool, "不得要求回户籍地开具证明", "no paper from the hukou place"),
    "schooling_where_parents_live": ParamSpec(bool, "随迁子女在父母工作或居住地入学，不以回户籍地为原则",
                                              "migrant children go to school where their parents live, not home first"),
    "no_local_office_residence_certificate": ParamSpec(bool, "不另要居委会、街道开具的居住证明", "no residence certificate from a neighbourhood or street office"),
    "private_no_cross_region": ParamSpec(bool, "民办学校严禁跨区域招生", "no cross-region private enrolment"),
    "private_no_over_plan": ParamSpec(bool, "民办学校严禁超计划招生", "no over-plan private enrolment"),
    # city review (family 4: consistency within a city; family 6: submission)
    "city_consistency": ParamSpec(bool, "同一城市内各区县政策大体一致", "counties of one city broadly consistent"),
    "consistency_months_tolerance": ParamSpec(int, "时长条件允许的差异（月）", "tolerated difference in duration conditions (months)"),
    "consistency_days_tolerance": ParamSpec(int, "招生日期允许的差异（天）", "tolerated difference in schedule dates (days)"),
    "consistency_materials_tolerance": ParamSpec(int, "证明材料允许相差的项数", "tolerated number of differing materials"),
    "county_rules_deadline": ParamSpec(dt.date, "县级实施细则报市截止日期", "deadline for county rules at the city"),
    "city_rules_deadline": ParamSpec(dt.date, "市级报省截止日期", "deadline for the city's submission to the province"),
    "required_metadata": ParamSpec(list, "实施细则须写明的基本信息", "metadata the rules must state"),
    "recommended_metadata": ParamSpec(list, "实施细则宜写明的基本信息（缺少时提醒）", "metadata the rules should state (a remark when missing)"),
    "key_counties": ParamSpec(list, "重点督促县（市、区）", "key counties under supervision"),
    "key_county_work_plan": ParamSpec(bool, "重点督促县须报送工作方案（一县一案）", "key counties file a work plan"),
    # province audit (family 7: statistics)
    "statistics_consistent": ParamSpec(bool, "统计数据口径一致、数字相符", "statistics consistent with their own counts"),
    # work plans (family 8): dated targets (year → percent) and what a plan must state
    "plan_period": ParamSpec(list, "行动计划期限（起止年份）", "years the city's action plan covers (first, last)"),
    "plan_public_share_targets": ParamSpec(dict, "随迁子女公办学校就读比例目标（年份 → %）", "public-school share targets (year → %)", dated=True),
    "plan_eligible_public_targets": ParamSpec(dict, "符合条件的随迁子女公办学校就读比例目标（年份 → %）", "targets for the share of eligible migrant pupils in public schools (year → %)", dated=True),
    "plan_standardised_targets": ParamSpec(dict, "随迁子女学校标准化率目标（年份 → %）", "standardised-school targets (year → %)", dated=True),
    "plan_community_targets": ParamSpec(dict, "发展共同体覆盖率目标（年份 → %）", "development-community coverage targets (year → %)", dated=True),
    "plan_teaching_support_targets": ParamSpec(dict, "支教支管覆盖率目标（年份 → %）", "teacher-secondment coverage targets (year → %)", dated=True),
    "plan_certified_targets": ParamSpec(dict, "随迁子女学校教师持证率目标（年份 → %）", "certified-teacher targets (year → %)", dated=True),
    "plan_sunshine_kitchen_targets": ParamSpec(dict, "阳光厨房智能化建设率目标（年份 → %）", "smart-kitchen targets (year → %)", dated=True),
    "plan_smart_safe_school_targets": ParamSpec(dict, "智安学校建设率目标（年份 → %）", "smart-and-safe-school targets (year → %)", dated=True),
    "plan_public_share_rising": ParamSpec(bool, "工作方案须提高随迁子女公办学校就读比例", "a plan must raise the public-school share"),
    "plan_places_reach_target": ParamSpec(bool, "所列学位措施须足以达到目标", "the places a plan lists must reach its target"),
    "plan_figures_consistent": ParamSpec(bool, "工作方案现状比例与人数相符", "a plan's current shares agree with its counts"),
    "plan_joint_meeting": ParamSpec(bool, "县级须建立随迁子女义务教育工作联席会议制度", "a county joint-meeting system"),
    "plan_development_community": ParamSpec(bool, "须建立公办学校与随迁子女学校发展共同体", "development communities of public and migrant-children schools"),
    "plan_teaching_support": ParamSpec(bool, "须选派公办学校教师干部支教支管", "public-school staff seconded to migrant-children schools"),
    "plan_two_mains": ParamSpec(bool, "工作方案须落实“两为主”（一县一案）", "a key county's plan carries out the 'two mains'"),
    # the two school-life rule checks (family 9; see pending/school_life)
    "school_life_equal_treatment": ParamSpec(bool, "教育教学、日常管理和评优评先一视同仁", "migrant pupils treated alike in teaching, management and awards"),
    "small_classes_need_places": ParamSpec(bool, "不能保障随迁子女就学的不全面推行小班化", "no across-the-board small classes where migrant places are not assured"),
}

_HEADER_KEYS = {"name", "title", "title_en", "extends", "region", "year"}
_PARAM_KEYS = {"value", "effective", "document", "title", "article", "quote", "note", "note_en", "verified",
               "derived", "derived_en", "effective_inferred", "severity", "cover_notice"}
_REQUIRED_CITE = ("document", "article", "quote")


@record
class Citation(_Frozen):
    """Where a parameter comes from: document number, title, article and quoted sentence."""

    document: str
    title: str | None = None
    article: str
    quote: str
    verified: bool = True
    note: str | None = None
    note_en: str | None = None  # the note in English; English reports fall back to ``note``
    #: the value is the tool's reading, not the text's (推定): why the tool reads it so
    derived: str | None = None
    derived_en: str | None = None
    #: no text gives the effective date: the tool infers it (e.g. from a publication date)
    effective_inferred: bool = False
    #: "warning": no text binds this value, so a finding under it is a warning, never an error
    severity: str | None = None
    #: the number is the cover notice's, which issued the titled document (台政办发〔2021〕1号印发的《…》)
    cover_notice: bool = False

    def note_in(self, lang: str = "zh") -> str | None:
        """The note in ``lang`` (the Chinese one when there is no English)."""
        return (self.note_en or self.note) if lang == "en" else self.note

    def derived_in(self, lang: str = "zh") -> str | None:
        """The reasoning behind a derived value in ``lang`` (the Chinese one when there is no English)."""
        return (self.derived_en or self.derived) if lang == "en" else self.derived

    def dump(self) -> dict:
        """The citation as JSON, the labels of a derived value or an inferred date only where set."""
        skip = {k for k in ("derived", "derived_en", "severity") if getattr(self, k) is None}
        if not self.effective_inferred:
            skip.add("effective_inferred")
        if not self.cover_notice:
            skip.add("cover_notice")
        return self.model_dump(mode="json", exclude=skip)

    def label(self, lang: str = "zh") -> str:
        """《title》（document）article, as a person cites it; a document issued by a cover notice is
        cited as the notice's number 印发的《title》."""
        if self.cover_notice and self.title:
            return f"{self.document}印发的《{self.title}》 {self.article}"
        head = f"《{self.title}》（{self.document}）" if self.title else self.document
        return f"{head} {self.article}"


@record
class Parameter(_Frozen):
    name: str
    value: Any
    effective: dt.date
    citation: Citation
    line: int


@record
class Ruleset(_Frozen):
    """One ruleset file, as written (not yet resolved).

    A parameter is one ``[params.NAME]`` table, or several dated values ``[[params.NAME]]`` (OpenFisca
    style), each with its own value, effective date and citation: ``versions`` holds them oldest first,
    ``params`` the latest of each.
    """

    name: str
    title: str
    title_en: str
    extends: str | None = None
    region: str = ""
    year: int | None = None
    params: dict[str, Parameter] = field(default_factory=dict)
    versions: dict[str, tuple[Parameter, ...]] = field(default_factory=dict)
    path: str

    def at(self, name: str, on: dt.date | None) -> Parameter | None:
        """The value of ``name`` in force on ``on`` (the latest when ``on`` is None), or None."""
        chosen = None
        for version in self.versions.get(name, ()):
            if on is None or version.effective <= on:
                chosen = version
        return chosen


@record
class ResolvedParameter(_Frozen):
    """A parameter's value in a resolved ruleset and the layer that set it."""

    name: str
    value: Any
    effective: dt.date
    citation: Citation
    layer: str
    layer_title: str
    layer_title_en: str
    overrides: tuple[str, ...] = ()
    #: a merged list (``ParamSpec.merge``): the parameter of each layer that adds to it, lowest layer first
    parts: tuple["ResolvedParameter", ...] = ()


@record
class ResolvedRuleset(_Frozen):
    name: str
    title: str
    title_en: str
    chain: tuple[str, ...]
    params: dict[str, ResolvedParameter]
    #: how it was chosen for a document, when that needs saying (policy_lint.layers: national layer only, …)
    notes: tuple[LocalText, ...] = ()

    def get(self, name: str) -> ResolvedParameter | None:
        return self.params.get(name)

    def basis_for(self, name: str, item: Any) -> ResolvedParameter | None:
        """What a finding about ``item`` of the list ``name`` cites: for a merged list, the lowest layer
        whose own value holds ``item`` (the province's own ban where it has one, else the nation's)."""
        param = self.params.get(name)
        if param is None:
            return None
        for part in param.parts:
            if item in part.value:
                return part
        return param

    def display(self, lang: str = "zh") -> str:
        return self.title_en if lang == "en" else self.title


# --- loading -----------------------------------------------------------------


def _directory():
    return package_dir("policy_lint.rulesets")


def available() -> list[str]:
    """Names of the bundled rulesets."""
    return sorted(p.name[:-5] for p in _directory().iterdir() if p.name.endswith(".toml") and p.name != "vocabulary.toml")


def _line_of(source: str, pattern: str) -> int | None:
    for number, line in enumerate(source.split("\n"), start=1):
        if re.match(pattern, line.strip()):
            return number
    return None


_PARAM_HEADER = lazy_re.compile(r"\[\[?params\.([^\]]*)\]\]?")


def _param_lines(source: str) -> dict[str, list[int]]:
    """The lines of each ``[params.NAME]`` (or dated ``[[params.NAME]]``) header, in order, found in one pass."""
    lines: dict[str, list[int]] = {}
    for number, line in enumerate(source.split("\n"), start=1):
        match = _PARAM_HEADER.match(line.strip())
        if match:
            lines.setdefault(match.group(1), []).append(number)
    return lines


def load_text(source: str, path: str) -> Ruleset:
    """Validate one ruleset file's text; raise :class:`RulesetError` with file and line."""

    def fail(message: LocalText, line: int | None = None) -> RulesetError:
        return RulesetError(path, message, line=line, column=1 if line else None, source_text=source)

    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"at line (\d+), column (\d+)", str(exc))
        line = int(match.group(1)) if match else None
        detail = str(exc)
        raise RulesetError(path, text("ruleset.syntax", detail=detail), line=line,
                           column=int(match.group(2)) if match else None, source_text=source) from None
    for key in data:
        if key not in ("ruleset", "params"):
            raise fail(text("ruleset.invalid", detail=f"[{key}]"), _line_of(source, rf"\[{re.escape(key)}[\].]"))
    header = data.get("ruleset")
    if not isinstance(header, dict):
        raise fail(text("ruleset.invalid", detail="[ruleset] 缺失 / missing"))
    for key in header:
        if key not in _HEADER_KEYS:
            hint = closest(key, sorted(_HEADER_KEYS))
            raise fail(text("ruleset.invalid", detail=f"[ruleset] {key}" + (f" → {hint}" if hint else "")),
                       _line_of(source, rf"{re.escape(key)}\s*="))
    for key in ("name", "title", "title_en"):
        if not isinstance(header.get(key), str):
            raise fail(text("ruleset.invalid", detail=f"[ruleset] {key}"), _line_of(source, r"\[ruleset\]"))
    for key, kind in (("extends", str), ("region", str), ("year", int)):
        value = header.get(key)
        if value is not None and (not isinstance(value, kind) or isinstance(value, bool)):
            raise fail(text("ruleset.invalid", detail=f"[ruleset] {key} = {value!r}"),
                       _line_of(source, rf"{key}\s*="))
    if isinstance(header.get("year"), int) and not 1900 <= header["year"] <= 2200:
        raise fail(text("ruleset.invalid", detail=f"[ruleset] year = {header['year']}"), _line_of(source, r"year\s*="))
    params: dict[str, Parameter] = {}
    versions: dict[str, tuple[Parameter, ...]] = {}
    headers = _param_lines(source)
    for name, bodies in (data.get("params") or {}).items():
        lines = headers.get(name) or [_line_of(source, re.escape(name))]
        if name not in PARAMETERS:
            close = closest(name, PARAMETERS)
            hint = text("doc.did_you_mean", name=close) if close else EMPTY
            raise fail(text("ruleset.unknown_param", name=name, hint=hint), lines[0])
        dated = isinstance(bodies, list)
        if not dated:
            bodies = [bodies]
        found: list[Parameter] = []
        for index, body in enumerate(bodies):
            line = lines[index] if index < len(lines) else lines[-1]
            found.append(_parameter(name, body, line, fail))
        if dated:
            ordered = sorted(found, key=lambda p: p.effective)
            for earlier, later in zip(ordered, ordered[1:]):
                if earlier.effective == later.effective:
                    raise fail(text("ruleset.invalid", detail=f"{name}: effective {later.effective} ×2"), later.line)
            found = ordered
        versions[name] = tuple(found)
        params[name] = found[-1]
    return Ruleset(
        name=header["name"], title=header["title"], title_en=header["title_en"], extends=header.get("extends"),
        region=header.get("region", ""), year=header.get("year"), params=params, versions=versions, path=path,
    )


def _parameter(name: str, body, line: int | None, fail) -> Parameter:
    """One dated value of the parameter ``name``, validated."""
    if not isinstance(body, dict):
        raise fail(text("ruleset.invalid", detail=name), line)
    unknown = set(body) - _PARAM_KEYS
    if unknown:
        raise fail(text("ruleset.invalid", detail=f"{name}: {', '.join(sorted(unknown))}"), line)
    if any(not isinstance(body.get(k), str) or not body.get(k).strip() for k in _REQUIRED_CITE):
        raise fail(text("ruleset.uncited", name=name), line)
    if "value" not in body or not isinstance(body["value"], PARAMETERS[name].type) or (
        PARAMETERS[name].type is int and isinstance(body["value"], bool)
    ):
        raise fail(text("ruleset.invalid", detail=f"{name}: value ({PARAMETERS[name].type.__name__})"), line)
    if PARAMETERS[name].dated and not _dated(body["value"]):
        raise fail(text("ruleset.invalid", detail=f'{name}: value ({{ "2022" = 80.0, … }})'), line)
    effective = body.get("effective")
    if not isinstance(effective, dt.date):
        raise fail(text("ruleset.invalid", detail=f"{name}: effective (YYYY-MM-DD)"), line)
    for key in ("note", "note_en", "derived", "derived_en"):
        if key in body and (not isinstance(body[key], str) or not body[key].strip()):
            raise fail(text("ruleset.invalid", detail=f"{name}: {key}"), line)
    for key in ("verified", "effective_inferred", "cover_notice"):
        if key in body and not isinstance(body[key], bool):
            raise fail(text("ruleset.invalid", detail=f"{name}: {key} (true / false)"), line)
    if "severity" in body and body["severity"] != "warning":
        raise fail(text("ruleset.invalid", detail=f'{name}: severity ("warning")'), line)
    citation = Citation(
        document=body["document"], title=body.get("title"), article=body["article"], quote=body["quote"],
        verified=body.get("verified", True), note=body.get("note"),
        note_en=body.get("note_en"), derived=body.get("derived"), derived_en=body.get("derived_en"),
        effective_inferred=body.get("effective_inferred", False), severity=body.get("severity"),
        cover_notice=body.get("cover_notice", False),
    )
    return Parameter(name=name, value=body["value"], effective=effective, citation=citation, line=line or 0)


def _dated(value: dict) -> bool:
    """A dated target: four-digit years mapped to numbers."""
    return all(re.fullmatch(r"\d{4}", str(year)) and isinstance(number, (int, float)) and not isinstance(number, bool)
               for year, number in value.items())


@lru_cache(maxsize=None)
def load_bundled(name: str) -> Ruleset:
    """The bundled ruleset ``name``; raise :class:`RulesetError` if there is none."""
    if not re.fullmatch(r"[A-Za-z0-9_\-]+", name or "") or name == "vocabulary":
        names = available()
        if "/" in (name or "") or ".." in (name or ""):
            raise RulesetError(name, text("ruleset.outside", name=name))
        close = closest(name or "", names)
        hint = text("doc.did_you_mean", name=close) if close else EMPTY
        raise RulesetError(name, text("ruleset.unknown", name=name, hint=hint, known="、".join(names)))
    resource = _directory().joinpath(f"{name}.toml")
    if not resource.is_file():
        names = available()
        close = closest(name, names)
        hint = text("doc.did_you_mean", name=close) if close else EMPTY
        raise RulesetError(name, text("ruleset.unknown", name=name, hint=hint, known="、".join(names)))
    path = f"rulesets/{name}.toml"
    return load_text(resource.read_text(encoding="utf-8"), path)


def resolve(name: str, on: dt.date | None = None, loader=load_bundled) -> ResolvedRuleset:
    """Resolve ``name`` through its ``extends`` chain.

    Parameters that take effect after ``on`` are skipped, so the parent's
    value (if any) applies.
    """
    chain: list[Ruleset] = []
    seen: list[str] = []
    current: str | None = name
    while current is not None:
        if current in seen:
            first = loader(seen[0])
            line = _extends_line(loader(seen[-1]))
            raise RulesetError(first.path, text("ruleset.cycle", chain=" → ".join([*seen, current])),
                               line=line, column=1 if line else None)
        seen.append(current)
        ruleset = loader(current)
        if ruleset.extends is not None and ("/" in ruleset.extends or ".." in ruleset.extends):
            line = _extends_line(ruleset)
            raise RulesetError(ruleset.path, text("ruleset.outside", name=ruleset.extends), line=line,
                               column=1 if line else None)
        chain.append(ruleset)
        current = ruleset.extends
    resolved: dict[str, ResolvedParameter] = {}
    for layer in reversed(chain):
        for name in layer.params:
            param = layer.at(name, on)  # the value in force on ``on``; none yet: the parent's applies
            if param is None:
                continue
            previous = resolved.get(param.name)
            own = ResolvedParameter(
                name=param.name, value=param.value, effective=param.effective, citation=param.citation,
                layer=layer.name, layer_title=layer.title, layer_title_en=layer.title_en,
                overrides=((*previous.overrides, previous.layer) if previous else ()),
            )
            if PARAMETERS[name].merge and previous is not None:
                # lower layers add to a ban; the value is this layer's items then the upper layers' others
                parts = (own.model_copy(update={"overrides": ()}), *(previous.parts or (previous,)))
                value = list(dict.fromkeys([*param.value, *previous.value]))
                own = own.model_copy(update={"value": value, "parts": parts})
            resolved[param.name] = own
    top = chain[0]
    return ResolvedRuleset(name=top.name, title=top.title, title_en=top.title_en,
                           chain=tuple(r.name for r in chain), params=resolved)


def _extends_line(ruleset: Ruleset) -> int | None:
    try:
        source = _directory().joinpath(Path(ruleset.path).name).read_text(encoding="utf-8")
    except OSError:
        return None
    return _line_of(source, r"extends\s*=")


def choose(province: str | None, city: str | None, year: int | None) -> str:
    """The most specific bundled ruleset for a region and year (national if none is closer).

    The region is read folded (policy_lint.normalise): 晋\u200b城市 and 晉城市 choose 晋城市's ruleset.
    """
    from .normalise import fold_text

    region = "/".join(fold_text(p).strip() for p in (province, city) if p)
    best: tuple[int, int, str] | None = None
    for name in available():
        ruleset = load_bundled(name)
        if ruleset.region and not (region == ruleset.region or region.startswith(ruleset.region + "/")):
            continue
        if ruleset.year is not None and (year is None or ruleset.year > year):
            continue
        rank = (ruleset.region.count("/") + (1 if ruleset.region else 0), ruleset.year or 0, name)
        if best is None or rank > best:
            best = rank
    return best[2] if best else "national"
