"""PL117: a term required of the labour contract (签订一年以上劳动合同)."""

from __future__ import annotations

from typing import Iterator

from ...extract.readers import contract_term
from ...findings import Finding
from ...models import ConditionKind, Rules, Span
from ...normalise import fold_text
from ...ruleset import ResolvedRuleset
from .. import Check
from ._duration import months_text, months_text_en


class ContractTermRequired(Check):
    """要求劳动合同达到一定期限

    ## 检查内容
    就业条件或证明材料要求劳动合同达到一定期限：“签订一年以上劳动合同”“父母一方至少一年以上的劳动合同”
    “劳动合同期限不少于两年”“合同期在一年以上”，聘用合同、用工合同、劳务合同同样。这是合同的期限，不是已就业
    的时长：写明“满一年”“连续”“累计”的（“签订有效满一年劳动合同”）是已满的时长，由 PL104 衡量，这里不报告。
    同一就业条件的已就业时长已超过上限（PL104 报告、其修改方法“只要求合法稳定就业”一并去掉合同期限）时，不重复报告。

    ## 为何重要
    《居住证暂行条例》第二条只要求“有合法稳定就业”，第九条第二款以劳动合同本身为就业证明，不问合同期限。
    要求一年以上的合同，会把签了较短期限合同、按项目或季节用工的家长挡在门外，而他们同样合法稳定就业。
    第九条是申领居住证的规定，用于入学是本工具的类推，读作不应另设合同期限是本工具的理解（推定），故只作提示。

    ## 示例
    ```rules
    入学条件 {
        居住证: 持有有效居住证
        就业: 与用人单位签订一年以上劳动合同
    }
    ```

    ## 改为
    ```rules
    入学条件 {
        居住证: 持有有效居住证
        就业: 与用人单位签订劳动合同
    }
    ```

    ## 修改方法
    删去合同期限，有效的劳动合同、营业执照或用人单位出具的劳动关系证明即可证明就业。

    ## 未建模
    只读就业条件和证明材料里写出的合同期限；营业执照的登记时间、纳税时长、社保时长由其他检查或审核人员判断；
    “稳定就业”另有省级定义（如规定最短合同期限）的，以省级规则集为准。

    ## What it checks
    An employment condition or a material requires the labour contract to run for a term: 签订一年以上劳动合同,
    父母一方至少一年以上的劳动合同, 劳动合同期限不少于两年, 合同期在一年以上; hiring, employment and service
    contracts (聘用合同, 用工合同, 劳务合同) alike. That is the contract's term, not a time worked: a length with
    满, 连续 or 累计 (签订有效满一年劳动合同) is a time completed, measured by PL104 and not reported here. When the same
    condition's time worked is already above the ceiling (PL104 reports it, and its fix, lawful stable employment
    alone, drops the term too), it is not reported again.

    ## Why it matters
    Article 2 of the Residence Permit Regulations asks only for lawful and stable employment, and Article 9(2)
    takes a labour contract as such as proof of employment, whatever its term. Requiring a contract of a year or
    more shuts out parents on shorter, project or seasonal contracts, who are lawfully and stably employed too.
    Article 9 concerns applying for a permit; applying it to admission is the tool's analogy, and reading a
    contract term as not to be required is the tool's reading (derived), so it is a warning.

    ## How to fix
    Drop the term: a valid labour contract, a business licence or the employer's certificate of employment proves
    employment.

    ## Not modelled
    Only a contract term written in an employment condition or a material is read; how long a business licence has
    been registered, taxes or insurance paid are other checks' or the reviewer's; a province defining stable
    employment (a minimum contract term) sets its own ruleset.
    """

    code = "PL117"
    name = "contract-term-required"
    title_en = "A term required of the labour contract"
    severity = "warning"
    parameters = ("no_contract_term",)
    message = (
        "「{raw}」要求劳动合同期限不少于{term}：合同期限不是就业时长，有效的劳动合同即证明合法稳定就业。{term_en!h}",
        "'{raw}' requires a labour contract term of at least {term_en}: a contract's term is no time worked, and a valid "
        "contract proves lawful stable employment.{term!h}",
    )
    fix = (
        "删去合同期限「{words}」，有效的劳动合同、营业执照或劳动关系证明即可。",
        "Drop the term '{words}'; a valid labour contract, business licence or certificate of employment suffices.",
    )

    def run(self, rules: Rules, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        seen: set[tuple[int, int]] = set()  # a draft's material read as a condition as well: reported once
        for finding in self._each(rules, ruleset):
            where = (finding.span.line, finding.span.column)
            if where not in seen:
                seen.add(where)
                yield finding

    def _each(self, rules: Rules, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        limit = ruleset.get("employment_months_max")
        read: set[str] = set()  # the employment conditions' words read (a draft's material is one as well)
        for condition, _group in rules.conditions_flat():
            if condition.kind is not ConditionKind.employment:
                continue
            read.update(fold_text(w.value).strip() for w in condition.words or ())
            read.add(fold_text(condition.raw).strip())
            over = limit is not None and condition.months is not None and condition.months > limit.value
            for word in condition.words or ():
                if over and (condition.months_span is None or _within(condition.months_span, word.span)):
                    continue  # PL104 reports this word's length; lawful stable employment alone drops its term too
                for reading in contract_term.read(word.value):
                    yield self._finding(rules, ruleset, _sub_span(word.span, word.value, reading),
                                        f"{condition.key}：{word.value}", word.value, reading)
        for material in rules.materials:
            if fold_text(material.raw).strip() in read:
                continue  # the condition a draft read from this material is reported (or PL104's)
            for reading in contract_term.read(material.raw):
                yield self._finding(rules, ruleset, _sub_span(material.span, material.raw, reading),
                                    material.raw, material.raw, reading)

    def _finding(self, rules, ruleset, span: Span, raw: str, text: str, reading) -> Finding:
        months = int(reading.value)
        term = months_text(months)
        return self.finding(rules, ruleset, span, raw=raw, term=f" {term}" if term[:1].isdigit() else term,
                            term_en=months_text_en(months), words=text[reading.start:reading.end])


def _within(inner: Span, outer: Span) -> bool:
    """Whether ``inner`` lies inside ``outer``: the length PL104 reports is in this word (a term in another word of
    the condition, 签订一年以上劳动合同 beside 营业执照（附一年及以上完税证明）, is left standing by that fix)."""
    return (outer.line, outer.column) <= (inner.line, inner.column) \
        and (inner.end_line, inner.end_column) <= (outer.end_line, outer.end_column)


def _sub_span(span: Span, text: str, reading) -> Span:
    """The span of the reading's words when ``text`` is written as is on one line at ``span``; else ``span``."""
    if span.line != span.end_line or span.end_column - span.column != len(text):
        return span
    return Span(line=span.line, column=span.column + reading.start, end_line=span.line,
                end_column=span.column + reading.end)
