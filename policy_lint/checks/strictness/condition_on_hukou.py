from typing import Iterator

from ...normalise import fold_text
from ...findings import Finding
from ...messages import LocalText, text
from ...models import ConditionKind, Rules, Span
from ...ruleset import ResolvedRuleset
from .. import Check
from .._text import first_affirmed
from ... import lazy_re

#: status documents a condition may rest on instead of the residence permit
STATUS = lazy_re.compile(
    r"户籍|户口(?!簿|本)|(?:本|当地)(?:省|市|县|区|地)?户口(?:簿|本)|原籍|籍贯"
    r"|婚姻|结婚证|离婚证"
    r"|纳税|完税|个人所得税|个税"
    r"|计划生育|独生子女|生育证|准生证|婚育"
)

#: "not registered here": the definition of a migrant child, not a condition resting on hukou
_NOT_LOCAL = lazy_re.compile(
    r"(?:非本|不在本)(?:县（市、区）|县\(市、区\)|县（区）|县区|县|区|地|辖区)(?:户籍|户口)"
    r"|(?:户籍|户口)(?:所在地)?(?:不在本|非本)(?:县（市、区）|县\(市、区\)|县（区）|县区|县|区|地|辖区)"
    r"|外地(?:户籍|户口)"
)

#: the hukou place named as a place (证明户籍所在地无监护条件, 原户籍地卫生部门签发的): where something is or is
#: issued, not a hukou demanded; a hukou place said to be somewhere (户籍所在地为本区) is a hukou condition
_HUKOU_PLACE = lazy_re.compile(r"(?:原)?(?:户籍|户口)(?:所在)?地(?!址|\s*(?:为|在|是|属|须|必须|应))")

_PERMIT = lazy_re.compile(r"居住证|居住登记")

#: a material that is the permit, or the residence registration by the police (暂住证, 公安部门出具的(暂住)居住证明):
#: the permit asked at registration though no condition names it
_PERMIT_PAPER = lazy_re.compile(r"居住证(?!明)|居住登记|暂住证|暂住[^，,、；;]{0,6}证明|公安[^，,、；;]{0,8}居住证明")

#: the permit named in a sentence (a condition, a material, a registration): a draft's sentence left 待确认 that
#: names it leaves "no condition is about the permit" unsaid; the regulations' title (《居住证暂行条例》) and a
#: 居住证明 (any residence certificate) do not name it
_PERMIT_NAMED = lazy_re.compile(r"居住证(?!明|暂行条例)|居住登记|暂住证|公安[^，,、；;。]{0,8}居住证明")

#: marriage papers: asked to show who has custody of the child, not a status barrier (a warning)
_MARRIAGE = lazy_re.compile(r"婚姻|结婚证|离婚证")


class ConditionRestsOnHukou(Check):
    """入学条件以户籍等身份证明而非居住证为依据

    ## 检查内容
    入学条件不以居住证为主要依据。报告三种情形：
    - 任何“户籍”条件（如“户籍：父母一方为本省户籍”），错误；
    - “其他”条件以身份证明为前提：户籍、户口（本地户口簿）、原籍、籍贯，纳税、完税，计划生育
      （独生子女、生育证、准生证、婚育证明），错误；提到婚姻状况（结婚证、离婚证）的为警告，因为离婚证和
      判决书常用来确认父母离异后由谁监护，这不是身份门槛；
    - 入学条件列出了条件，却没有一项是居住证（或居住登记）条件，在“入学条件”一节的开头给出一条提示
      （不是问题）：不要求居住证比以居住证为依据更宽，不是违规，只请审核人员核对是否有意为之。提示不计入
      问题数，不影响退出码和审核结论。已有条件以户籍等身份证明为前提（错误）的，不再另给这一提示：缺少居住证
      条件是同一问题，报一次即可。证明材料列有居住证（或暂住证、公安部门出具的居住证明）的，报名时已要求
      居住证，也不给这一提示。

    只说明随迁子女“非本县（区）户籍”“外地户籍”的，是随迁子女的定义，不报告；只把户籍所在地当作地点的
    （“证明户籍所在地无监护条件”“原户籍地卫生部门签发的”），说的是在哪里、由谁出具，不是户籍条件，不报告
    （户籍地证明由 PL116 报告）；提供适龄儿童的户口簿
    （“其他：提供适龄儿童户口簿”）是证明身份的材料，不是户籍条件，不报告。

    ## 为何重要
    《居住证暂行条例》第三条规定居住证是持证人在居住地“作为常住人口享受基本公共服务和便利”的证明；
    山西省和台州市都要求落实“以居住证为主要依据”的随迁子女入学政策。以户籍或其他身份证明为入学前提，
    等于绕开居住证另设门槛。

    ## 示例
    ```rules
    入学条件 {
        居住证: 持有有效居住证
        户籍: 父母一方为本省户籍
    }
    ```

    ## 改为
    ```rules
    入学条件 {
        居住证: 持有有效居住证
        居住: 连续居住满半年
    }
    ```

    ## 修改方法
    删去以户籍或其他身份证明为前提的条件，把持有居住证列为入学的主要条件。

    ## 未建模
    只查“户籍”和“其他”条件；居住、社保、就业、住所条件文字中夹带的户籍要求不查。
    户口簿等作为证明材料列出，由材料检查处理。身份证明的词表见上，未列出的词不报告。无犯罪记录由 PL204 报告。
    草稿中提到居住证（居住登记、暂住证、公安部门出具的居住证明）的句子未能有把握地读出（待确认）时，不给没有
    居住证条件的提示：无从断定没有居住证条件，那一句已列为待确认，请人工核对。

    ## What it checks
    The conditions do not rest on the residence permit. Three cases are reported:
    - any 户籍 (hukou) condition, such as 户籍：父母一方为本省户籍: an error;
    - an 其他 condition resting on a status document: hukou (户籍, 户口 or a local 户口簿, 原籍, 籍贯), a
      tax payment (纳税, 完税), or family planning (计划生育, 独生子女,
      生育证, 准生证, 婚育): an error; marital papers (婚姻, 结婚证, 离婚证) are a warning, as divorce papers
      commonly establish who has custody of the child, which is no status barrier;
    - 入学条件 lists conditions but none about the residence permit (or residence registration):
      a remark (提示), not a finding, at the start of the 入学条件 section: not asking for a permit is
      more generous than resting on it, and is no fault; the reviewer checks it is meant. A remark is not
      counted as a problem and changes neither the exit code nor a review's verdict. Where a condition
      already rests on hukou or another status document (an error), this remark is not given as well:
      the missing permit is the same fault, reported once. Nor is it given when the materials ask for the
      permit (or a 暂住证, or the police's certificate of residence): the permit is asked at registration.

    Wording that only says the child is not registered in this county (非本县户籍, 外地户籍) defines a
    migrant child and is not reported; nor is the hukou place named only as a place (证明户籍所在地无监护条件,
    原户籍地卫生部门签发的: where something is or who issues it, not a hukou demanded; papers from the hukou
    place are PL116's), nor is the child's own household register as a document
    (其他：提供适龄儿童户口簿).

    ## Why it matters
    Art. 3 of the Residence Permit Regulations makes the permit the proof for enjoying basic public
    services as a resident; Shanxi and Taizhou both require admission to rest mainly on the permit.
    Making hukou or another status document a condition sets up a barrier that goes around the permit.

    ## How to fix
    Drop conditions resting on hukou or other status documents, and make holding a residence permit the
    main condition.

    ## Not modelled
    Only 户籍 and 其他 conditions are read; a hukou demand buried in a residence, insurance, employment or
    housing condition is not. A household register listed among the materials is for the materials
    checks. Status words outside the list above are not reported. A clean criminal record is PL204's.
    In a draft with a sentence naming the permit (a residence registration, a 暂住证, the police's certificate
    of residence) that could not be read with certainty (待确认), the remark about no permit condition is not
    made: the tool cannot tell there is none, and that sentence is listed for a person to read.
    """

    code = "PL107"
    name = "condition-rests-on-hukou"
    title_en = "Condition rests on hukou instead of the residence permit"
    parameters = ("permit_main_basis",)
    message = (
        "「{subject}」{problem}",
        "'{subject}' {problem}",
    )
    remark_case = (
        "入学条件没有一项是居住证条件。比以居住证为依据更宽，不是违规，不计入问题数，不影响退出码和审核结论。",
        "no condition is about the residence permit. More generous than resting on it, no fault: in no count, "
        "no exit code and no verdict.",
    )
    fix = (
        "删去以户籍或其他身份证明为前提的条件，以持有居住证为主要入学条件。",
        "Drop conditions resting on hukou or other status documents; make the residence permit the main condition.",
    )

    def run(self, rules: Rules, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        if rules.conditions is None:
            return
        flat = rules.conditions_flat()
        errors = 0
        for condition, _group in flat:
            if condition.kind not in (ConditionKind.hukou, ConditionKind.other):
                continue
            read = fold_text(condition.raw)  # 戶籍, 本\u200b地: read as the vocabulary writes them
            rest = _HUKOU_PLACE.sub("", _NOT_LOCAL.sub("", read))
            status = first_affirmed(STATUS, rest)  # 无需原籍证明 is not a condition on 原籍
            if condition.kind is ConditionKind.hukou and status is None and rest == read:
                term = condition.key  # 户籍：本省 -- the key itself names hukou
            elif status is not None:
                term = status.group(0)
            else:
                continue
            subject = text("PL107.subject", key=condition.key, raw=condition.raw)
            if _MARRIAGE.fullmatch(term):
                problem = text("PL107.marriage_mentioned", term=term)
                yield self.finding(rules, ruleset, condition.span, None, "warning", subject=subject, problem=problem)
                continue
            problem = text("PL107.hukou_condition", term=term)
            errors += 1
            yield self.finding(rules, ruleset, condition.span, subject=subject, problem=problem)
        # a condition resting on hukou already says the conditions do not rest on the permit: one finding
        if flat and not errors and not any(c.kind is ConditionKind.residence_permit or _PERMIT.search(fold_text(c.raw)) for c, _ in flat) \
                and not any(_PERMIT_PAPER.search(fold_text(m.raw)) for m in rules.materials):
            block = rules.conditions
            label = block.label
            span = Span(line=block.span.line, column=block.span.column,
                        end_line=block.span.line, end_column=block.span.column + len(label))
            problem = text("PL107.no_permit_condition", count=len(flat))
            # more generous than the baseline (LEGAL-REVIEW L4): a remark, not a fault, never a push to add a barrier
            yield self.remark(rules, ruleset, span, "PL107.no_permit_look", premise=_PERMIT_NAMED.pattern,
                              subject=LocalText(zh=label, en=label), problem=problem)
