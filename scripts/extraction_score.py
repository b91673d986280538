"""Extraction recall and precision over the sample drafts (samples/drafts).

For each draft ``<name>.docx`` and ``<name>.txt`` the rules that ``policy-lint
extract`` writes are compared, fact by fact, with the hand-written
``<name>.expected.rules``.  A fact is one normalised value of the parsed rules,
the way the checks see it:

- 基本信息: 省, 市, 县, 年度, 文号, 标题, each 依据, 报送日期;
- 入学条件: each condition as (kind, the groups it sits in, months, housing, payer);
  a 户籍 / 其他 condition also by its text;
- 证明材料: each material by its normalised name (an unknown one by its text);
- 招生安排: each date range per school kind and stage; each 选拔; 超额 and
  随迁子女报名 / 随迁子女摇号 by whether they are a lottery / equal treatment, and their text;
- 积分入学: each 标准 and 平台, and the 依据; 民办学校: 招生范围, 核定计划, 计划招生.

Texts match when one contains the other once spaces and punctuation are dropped
(「实行电脑随机录取」 and 「一律实行电脑随机录取」).  Recall is the share of
expected facts extracted; precision the share of extracted facts that are
expected -- 100% means nothing was invented.

    python scripts/extraction_score.py          # the table; exit 1 below recall 90% or precision 100%
    python scripts/extraction_score.py -v       # also list every missed and every invented fact
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DRAFTS = ROOT / "samples" / "drafts"
MIN_RECALL = 0.90
MIN_PRECISION = 1.00

# policy-lint must be installed (README: pip install -e '.[test]'); the source tree alone lacks the
# packaged grammar and rulesets.
from policy_lint.build import parse  # noqa: E402
from policy_lint.errors import InputError  # noqa: E402
from policy_lint.extract import extract_path  # noqa: E402
from policy_lint.models import ConditionGroup, Rules  # noqa: E402
from policy_lint.source import read  # noqa: E402
from policy_lint.values import ascii_digits  # noqa: E402

_PUNCT = re.compile(r"[\s、，,；;。．.：:（）()“”\"「」《》〈〉【】]")
_LOTTERY = re.compile(r"随机|派位|摇号")
_NOT_RANDOM = re.compile(r"择优|面试|笔试|考试|测试|测评|综合|先后|先到|顺序|优先")
_APART = re.compile(r"优先|录取后|剩余|空余|补录|补招|单独|另行|分别|分池|第二批|第二轮|延后|推迟|后报名|后摇号")
_EITHER = re.compile(r"双方或一方|一方或双方|任一方|任何一方")
_PAYER = re.compile(r"父母双方|父母一方|双方|一方|父母|监护人")


@dataclass(frozen=True)
class Fact:
    section: str
    key: str
    exact: tuple
    text: str | None = None

    def matches(self, other: "Fact") -> bool:
        if (self.section, self.key, self.exact) != (other.section, other.key, other.exact):
            return False
        if self.text is None or other.text is None:
            return self.text is None and other.text is None
        a, b = _norm(self.text), _norm(other.text)
        return a == b or (bool(a) and bool(b) and (a in b or b in a))

    def __str__(self) -> str:
        parts = [str(x) for x in self.exact if x not in (None, ())]
        if self.text is not None:
            parts.append(f"「{self.text}」")
        return f"{self.section}/{self.key}: " + " ".join(parts)


def _norm(text: str) -> str:
    return _PUNCT.sub("", ascii_digits(text))


def facts(rules: Rules) -> list[Fact]:
    out: list[Fact] = []
    meta = rules.metadata
    for key, value in (("省", meta.province), ("市", meta.city), ("县", meta.county), ("年度", meta.year),
                       ("报送日期", meta.submitted)):
        if value is not None:
            out.append(Fact("基本信息", key, (value.value,)))
    for key, value in (("文号", meta.doc_number), ("标题", meta.title)):
        if value is not None:
            out.append(Fact("基本信息", key, (_norm(value.value),)))
    for value in meta.basis:
        out.append(Fact("基本信息", "依据", (_norm(value.value),)))
    if rules.conditions is not None:
        out.extend(_conditions(rules.conditions, ()))
    for material in rules.materials:
        if material.known:
            out.append(Fact("证明材料", "材料", (material.name,)))
        else:
            out.append(Fact("证明材料", "材料", (), material.name))
    for schedule in rules.schedules:
        kind = "公办" if schedule.kind.value == "public" else "民办"
        for key, dates in (("报名", schedule.registration), ("摇号", schedule.lottery), ("录取", schedule.admission)):
            if dates is not None:
                out.append(Fact("招生安排", kind + key, (dates.start.isoformat(), dates.end.isoformat())))
        for value in schedule.selection:
            out.append(Fact("招生安排", kind + "选拔", (), value.value))
        if schedule.oversubscription is not None:
            v = schedule.oversubscription.value
            out.append(Fact("招生安排", kind + "超额", (bool(_LOTTERY.search(v)) and not _NOT_RANDOM.search(v),), v))
        for key, value in (("随迁子女报名", schedule.migrant_registration), ("随迁子女摇号", schedule.migrant_lottery)):
            if value is not None:
                out.append(Fact("招生安排", kind + key, (not _APART.search(value.value),), value.value))
    if rules.points is not None:
        for value in rules.points.standards:
            out.append(Fact("积分入学", "标准", (_norm(value.value),)))
        for value in rules.points.platforms:
            out.append(Fact("积分入学", "平台", (_norm(value.value),)))
        if rules.points.basis is not None:
            out.append(Fact("积分入学", "依据", ("居住证" in rules.points.basis.value,), rules.points.basis.value))
    if rules.private is not None:
        if rules.private.region is not None:
            out.append(Fact("民办学校", "招生范围", (), rules.private.region.value))
        for key, value in (("核定计划", rules.private.approved_plan), ("计划招生", rules.private.planned)):
            if value is not None:
                out.append(Fact("民办学校", key, (value.value,)))
    return out


def _conditions(group: ConditionGroup, path: tuple) -> list[Fact]:
    out = []
    for item in group.items:
        if isinstance(item, ConditionGroup):
            # an all-of group inside the top level or another all-of group asks the same as if written in it
            # (应同时具备以下条件： in 入学条件)
            out.extend(_conditions(item, path if item.mode == "all" and path[-1:] in ((), ("all",)) else path + (item.mode,)))
            continue
        payer = _PAYER.search(item.payer).group() if item.payer and _PAYER.search(item.payer) else None
        if item.payer and _EITHER.search(item.payer):
            payer = None  # 父母双方或一方: either parent, no restriction
        text = item.raw if item.kind.value in ("hukou", "other") else None
        out.append(Fact("入学条件", item.kind.value,
                        (path, item.months, item.housing.value if item.housing else None, payer), text))
    return out


def compare(expected: list[Fact], found: list[Fact]) -> tuple[int, list[Fact], list[Fact]]:
    """(correct, missed, invented)."""
    left = list(found)
    missed = []
    correct = 0
    for fact in expected:
        hit = next((f for f in left if fact.matches(f)), None)
        if hit is None:
            missed.append(fact)
        else:
            left.remove(hit)
            correct += 1
    return correct, missed, left


@dataclass
class Row:
    name: str
    expected: int
    extracted: int
    correct: int
    unread: int
    missed: list[Fact]
    invented: list[Fact]

    @property
    def recall(self) -> float:
        return self.correct / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.extracted if self.extracted else 1.0


def score(directory: Path = DRAFTS) -> list[Row]:
    rows = []
    for expected_path in sorted(directory.glob("*.expected.rules")):
        stem = expected_path.name[: -len(".expected.rules")]
        expected = facts(parse(read(expected_path)))
        for suffix in (".docx", ".txt"):
            draft = directory / (stem + suffix)
            if not draft.exists():
                continue
            extracted = extract_path(draft, draft.relative_to(ROOT).as_posix() if draft.is_relative_to(ROOT) else None)
            try:
                found = facts(parse(extracted.rules_source()))
            except InputError as exc:  # the extracted rules do not parse: nothing counts
                print(f"{draft.name}: 提取结果无法解析 the extracted rules do not parse: {exc}")
                found = []
            correct, missed, invented = compare(expected, found)
            rows.append(Row(draft.name, len(expected), len(found), correct, len(extracted.unread), missed, invented))
    return rows


def _pct(x: float) -> str:
    return f"{100 * x:.1f}%"


def table(rows: list[Row]) -> str:
    from policy_lint.render.text import display_width

    head = ("草稿 draft", "应有 expected", "提取 extracted", "正确 correct", "待确认 unread", "召回 recall",
            "精确 precision")
    body = [(r.name, str(r.expected), str(r.extracted), str(r.correct), str(r.unread), _pct(r.recall),
             _pct(r.precision)) for r in rows]
    expected = sum(r.expected for r in rows)
    extracted = sum(r.extracted for r in rows)
    correct = sum(r.correct for r in rows)
    total = ("合计 overall", str(expected), str(extracted), str(correct), str(sum(r.unread for r in rows)),
             _pct(correct / expected if expected else 1.0), _pct(correct / extracted if extracted else 1.0))
    every = [head] + body + [total]
    widths = [max(display_width(row[i]) for row in every) for i in range(len(head))]

    def line(row) -> str:
        cells = []
        for i, cell in enumerate(row):
            pad = " " * (widths[i] - display_width(cell))
            cells.append(cell + pad if i == 0 else pad + cell)
        return "  ".join(cells).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(head), rule] + [line(r) for r in body] + [rule, line(total)])


def main(argv: list[str]) -> int:
    verbose = "-v" in argv or "--verbose" in argv
    rows = score()
    if not rows:
        print(f"no drafts with an .expected.rules under {DRAFTS}")
        return 1
    print(table(rows))
    expected = sum(r.expected for r in rows)
    extracted = sum(r.extracted for r in rows)
    correct = sum(r.correct for r in rows)
    recall = correct / expected if expected else 1.0
    precision = correct / extracted if extracted else 1.0
    if verbose:
        for row in rows:
            for fact in row.missed:
                print(f"{row.name}: 未提取 missed   {fact}")
            for fact in row.invented:
                print(f"{row.name}: 多出   invented {fact}")
    ok = recall >= MIN_RECALL and precision >= MIN_PRECISION
    print(f"\n召回率 recall {_pct(recall)}（要求 ≥ {_pct(MIN_RECALL)}），精确率 precision {_pct(precision)}"
          f"（要求 {_pct(MIN_PRECISION)}）：{'达标 pass' if ok else '未达标 FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
