from __future__ import annotations

from typing import Iterator

from ...findings import Finding
from ...messages import EMPTY, LocalText, text
from ...models import HiddenCharacter, Rules
from ...normalise import describe
from ...ruleset import ResolvedRuleset
from .. import Check


class HiddenOrLookalikeCharacter(Check):
    """名称或值中有不可见字符或形近的兼容字符

    ## 检查内容
    节名、键名和值中含有不可见的格式字符（Unicode 类别 Cf：零宽空格 U+200B、零宽连接符 U+200C/U+200D、
    软连字符 U+00AD、字节顺序标记 U+FEFF、词连接符 U+2060，以及变体选择符；Unicode 默认可忽略字符全部，如韩文
    填充符 U+3164、U+115F、U+1160、U+FFA0，U+17B4/U+17B5，U+180E，U+034F），显示为空白、与“没有”分不清的字符
    （不换行空格 U+00A0、行/段分隔符 U+2028/U+2029、盲文空白 U+2800、私用区字符），改变文字显示顺序的双向控制字符
    （U+202A–U+202E、U+2066–U+2069、U+200E/U+200F），或与规范汉字形同码不同的字符（CJK 兼容汉字如 U+F98E
    “年”、康熙部首如 U+2F00 “⼀”）。每个节名、键名或值报告一次，位置在其中第一串连续的这类字符上（若有双向控制
    字符，则在含它的第一串上），并说明该值共有多少个这类字符。下面示例中“持有”与“有效”之间有一个
    零宽空格。

    ## 为何重要
    实施细则是公文，应以规范汉字书写（国家通用语言文字法第九条）。这些字符看不见或看不出，却使“独生子女证”
    “持有满一年”这样的词检索不到、比对不上：从网页或文字处理软件复制来的文字常带着它们，有意插入时则能让
    违规条款躲过审核。本工具读取时已把它们去掉或读作对应的规范汉字，其余检查照常进行（如“持有满一年”仍报
    PL101）；这里报告字符本身，以便改正原文。双向控制字符会使屏幕上显示的文字顺序与文件实际写的不同，审核
    人员看到的不是文件的内容，故为错误；其余为警告。

    ## 示例
    ```rules
    入学条件 {
        居住证: 持有\u200b有效居住证
    }
    ```

    ## 改为
    ```rules
    入学条件 {
        居住证: 持有有效居住证
    }
    ```

    ## 修改方法
    删去不可见字符和双向控制字符（在编辑器中显示隐藏字符，或重新输入该词）；把兼容字符改为规范汉字。

    ## 未建模
    只查节名、键名和值，不查注释；实施细则（.rules）和工作方案（.plan）都查。繁体字看得见、也能读作简体（“獨生子女證”按“独生子女证”检查），不在此报告。
    全角字母、数字和标点，带圈数字（①）和省略号是中文排版的常规字符，不报告。其他形近字符（如西里尔字母 а
    与拉丁字母 a、部首补充区中无对应关系的字符）未建模。

    ## What it checks
    Section names, keys and values hold an invisible format character (Unicode category Cf: zero-width
    space U+200B, zero-width joiners U+200C/U+200D, soft hyphen U+00AD, byte-order mark U+FEFF, word
    joiner U+2060, and variation selectors; every Default_Ignorable_Code_Point, such as the Hangul
    fillers U+3164, U+115F, U+1160, U+FFA0, U+17B4/U+17B5, U+180E, U+034F), a blank a reader cannot
    tell from nothing (no-break space U+00A0, line and paragraph separators U+2028/U+2029, braille
    blank U+2800, private-use characters), a bidi control that changes the order text is displayed in
    (U+202A–U+202E, U+2066–U+2069, U+200E/U+200F), or a character that looks like a standard ideograph
    but is another code point (a CJK compatibility ideograph such as U+F98E for 年, a Kangxi radical such
    as U+2F00 for 一). Each name, key or value is reported once, at its first run of consecutive such
    characters (the first run holding a bidi control, if there is one), saying how many the value holds
    in all. In the example below a
    zero-width space stands between 持有 and 有效.

    ## Why it matters
    County rules are official documents and are to be written in standard characters (National
    Common Language and Script Law, art. 9). These characters cannot be seen or told apart, yet they
    hide words such as 独生子女证 or 持有满一年 from a search or a comparison: text copied from a web
    page or a word processor often carries them, and inserted on purpose they let a violation slip past
    review. The tool reads through them (drops them, or reads the standard ideograph), so the other
    checks still run (持有满一年 still gives PL101); this reports the characters themselves so that the
    text is corrected. A bidi control makes the screen show the text in another order than the file
    holds it, so the reviewer does not see what the document says: that is an error; the rest are
    warnings.

    ## How to fix
    Delete invisible characters and bidi controls (show hidden characters in the editor, or retype the
    word); replace a compatibility character with the standard ideograph.

    ## Not modelled
    Only names, keys and values are looked at, not comments, in rules files and work plans (.plan)
    alike. Traditional forms are visible and are read
    as their simplified characters (獨生子女證 is checked as 独生子女证); they are not reported here.
    Full-width letters, digits and punctuation, circled numbers (①) and the ellipsis are ordinary
    Chinese typography and are not reported. Other look-alikes (Cyrillic а for Latin a, radicals with no
    compatibility mapping) are not modelled.
    """

    code = "PL001"
    name = "hidden-or-lookalike-character"
    title_en = "Invisible or look-alike character"
    severity = "warning"  # a bidi control is an error: see the docstring
    parameters = ("standard_characters",)
    message = (
        "「{word}」中有{what}（{char}）{effect}{total}",
        "'{word}' contains {what} ({char}){effect}{total}",
    )
    fix = (
        "{remedy}",
        "{remedy}",
    )

    plans_too = True  # a work plan is an official text too (改\u200b扩建 would hide a measure's name)

    def run(self, rules: Rules, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        for hidden in rules.hidden:
            what, effect, remedy = _words(hidden)
            finding = self.finding(rules, ruleset, hidden.span, word=hidden.word, char=describe(hidden.char),
                                   what=what, effect=effect, remedy=remedy, total=_total(hidden))
            if hidden.kind == "bidi":
                finding = finding.model_copy(update={"severity": "error"})
            yield finding

    def run_plan(self, plan, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        """The same findings for a work plan (:class:`policy_lint.plan_models.Plan`), whose names and values are
        read the same way."""
        return self.run(plan, ruleset)


def _total(hidden: HiddenCharacter) -> LocalText:
    if hidden.count <= 1:
        return EMPTY
    return text("PL001.total", count=hidden.count)


def _words(hidden: HiddenCharacter) -> tuple[LocalText, LocalText, LocalText]:
    if hidden.kind == "bidi":
        return (text("PL001.bidi.what"),
                text("PL001.bidi.effect"),
                text("PL001.bidi.remedy"))
    if hidden.kind == "lookalike":
        return (text("PL001.lookalike.what", reads_as=hidden.reads_as),
                text("PL001.lookalike.effect", reads_as=hidden.reads_as),
                text("PL001.lookalike.remedy", reads_as=hidden.reads_as))
    return (text("PL001.invisible.what"),
            text("PL001.invisible.effect"),
            text("PL001.invisible.remedy"))
