"""The message catalogue: every sentence a user reads, in Chinese and English.

Infrastructure messages are listed here; each check registers its own
message and fix templates (kept beside its code) under ``<CODE>.message`` and
``<CODE>.fix`` when its class is defined, so there is one lookup for all text.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

Lang = Literal["zh", "en"]
LANGS: tuple[Lang, ...] = ("zh", "en")


class LocalText(BaseModel):
    """One sentence in both languages."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    zh: str
    en: str

    def __call__(self, lang: Lang) -> str:
        return self.en if lang == "en" else self.zh

    def __add__(self, other: "LocalText") -> "LocalText":
        return LocalText(zh=self.zh + other.zh, en=self.en + " " + other.en)


CATALOGUE: dict[str, dict[str, str]] = {
    # --- reading input -------------------------------------------------
    "input.too_large": {
        "zh": "文件过大（{size} 字节，上限 {limit} 字节），未检查。请拆分文件或确认选错了文件。",
        "en": "file too large ({size} bytes, limit {limit}); not checked. Split it or check that it is the right file.",
    },
    "input.binary": {
        "zh": "这不是文本文件（含有二进制内容），也不是能读取的文档格式，未检查。实施细则请提供 Word（.docx、.doc、.wps）、"
              "带文字层的 PDF、保存的网页（.html）、.txt 文本或 .rules 规则文件。",
        "en": "not a text file (binary content) nor a document format that can be read; not checked. Give the rules "
              "as Word (.docx, .doc, .wps), a PDF with a text layer, a saved web page (.html), .txt text or a .rules file.",
    },
    "input.binary.image": {
        "zh": "这是一张图片，读不出文字，未检查。请提供原 Word 文件（.docx），或先用 OCR 软件识别成文字，另存为 .docx 或 .txt 后重试。",
        "en": "this is a picture, and no text can be read from it; not checked. Give the original Word file (.docx), "
              "or run OCR on it and save the text as .docx or .txt, then retry.",
    },
    "input.stats_to_audit": {
        "zh": "这是统计表，check 不读取统计表，未检查。附件1 统计表请用 policy-lint audit 省目录 --stats 表格文件"
              "（.xlsx 或 .csv）检查；实施细则请提供 Word、PDF、网页或 .rules 文件。",
        "en": "this is a statistics table, which check does not read; not checked. Check an 附件1 table with "
              "policy-lint audit PROVINCE_DIR --stats TABLE (.xlsx or .csv); give rules as Word, PDF, a web page "
              "or a .rules file.",
    },
    "input.binary.csv": {
        "zh": "这不是文本文件（含有二进制内容），未检查。统计表请提供 Excel 表格本身（.xlsx），或逗号分隔的 CSV 文本"
              "（在 Excel 中“另存为 CSV UTF-8”）。",
        "en": "not a text file (binary content); not checked. Give the statistics as the Excel workbook itself (.xlsx), "
              "or as comma-separated CSV text (Excel: Save As, CSV UTF-8).",
    },
    "input.binary.toml": {
        "zh": "这不是文本文件（含有二进制内容），未检查。配置文件应为 TOML 文本，请用文本编辑器打开检查。",
        "en": "not a text file (binary content); not checked. A configuration file is TOML text: open it in a text editor.",
    },
    "input.binary.draft": {
        "zh": "这不是文本文件（含有二进制内容），未检查。草稿请提供 .txt、.md 文本或 Word（.docx）文件。",
        "en": "not a text file (binary content); not checked. Give a draft as .txt or .md text, or as a Word (.docx) file.",
    },
    "input.undecodable": {
        "zh": "无法识别文件编码（支持 UTF-8、带 BOM 的 UTF-16、GB18030），未检查。请另存为 UTF-8 后重试。",
        "en": "cannot decode the file (UTF-8, UTF-16 with BOM and GB18030 are accepted); not checked. Save it as UTF-8 and retry.",
    },
    "input.empty.csv": {
        "zh": "文件为空，未检查。统计表第一行应为表头，其下每市一行，最后一行为合计。",
        "en": "the file is empty; not checked. The statistics table starts with a header row, then one row per city "
              "and a total row.",
    },
    "input.empty.toml": {
        "zh": "文件为空，未检查。请按 docs/review.md 的说明写出配置（如 [city] 一节）。",
        "en": "the file is empty; not checked. Write the configuration as docs/review.md shows (a [city] section, say).",
    },
    "input.empty.draft": {
        "zh": "文件为空，未检查。请提供写有实施细则正文的草稿。",
        "en": "the file is empty; not checked. Give a draft holding the text of the rules.",
    },
    "input.empty": {
        "zh": "文件为空，未检查。请至少写出“基本信息”一节。",
        "en": "the file is empty; not checked. Write at least the 基本信息 section.",
    },
    "input.missing": {
        "zh": "文件或目录不存在。请检查路径。",
        "en": "no such file or directory. Check the path.",
    },
    "input.is_directory": {
        "zh": "这是一个目录。",
        "en": "this is a directory.",
    },
    "input.unreadable": {
        "zh": "无法读取文件（{reason}）。",
        "en": "cannot read the file ({reason}).",
    },
    "input.no_rules_files": {
        "zh": "目录中没有 .rules 文件。",
        "en": "the directory holds no .rules files.",
    },
    "input.no_checkable_files": {
        "zh": "目录中没有 .rules、.plan 文件，也没有草稿（.docx、.doc、.wps、.pdf、.html）。",
        "en": "the directory holds no .rules or .plan files and no drafts (.docx, .doc, .wps, .pdf, .html).",
    },
    # --- syntax --------------------------------------------------------
    "syntax.unexpected_char": {
        "zh": "此处不能出现字符「{char}」；这里应为{expected}。",
        "en": "the character '{char}' cannot appear here; expected {expected}.",
    },
    "syntax.unexpected_token": {
        "zh": "此处不应出现{found}；这里应为{expected}。",
        "en": "{found} is not expected here; expected {expected}.",
    },
    "syntax.unexpected_eof": {
        "zh": "文件在此意外结束；这里应为{expected}。",
        "en": "the file ends too early; expected {expected}.",
    },
    "syntax.unclosed_block": {
        "zh": "「{name}」一节没有用「}}」结束。请在该节末尾补上「}}」。",
        "en": "the block '{name}' is not closed. Add '}}' at its end.",
    },
    "syntax.missing_colon": {
        "zh": "「{text}」缺少冒号。键和值之间应写冒号，例如「居住：满半年」。",
        "en": "'{text}' lacks a colon. Put a colon between key and value, as in 居住：满半年.",
    },
    "syntax.unclosed_string": {
        "zh": "引号没有闭合。请在字符串末尾补上对应的引号。",
        "en": "the quotation mark is not closed. Close the string with its matching quote.",
    },
    "syntax.brace_same_line": {
        "zh": "「{name}」后的「{{」应写在同一行，例如「{name} {{」。",
        "en": "put the '{{' on the same line as '{name}', as in '{name} {{'.",
    },
    "syntax.stray_brace": {
        "zh": "多余的「}}」：前面没有与之对应的「{{」。请删除它，或检查上一节是否提前结束。",
        "en": "a stray '}}' with no matching '{{'. Remove it, or check whether the block above closes too early.",
    },
    # token names, in words
    "token.WORD": {"zh": "名称或取值", "en": "a name or value"},
    "token.STRING": {"zh": "带引号的文字", "en": "a quoted string"},
    "token._COLON": {"zh": "冒号「：」", "en": "a colon ':'"},
    "token._LBRACE": {"zh": "左花括号「{{」", "en": "an opening brace '{{'"},
    "token._RBRACE": {"zh": "右花括号「}}」", "en": "a closing brace '}}'"},
    "token._SEP": {"zh": "顿号「、」或逗号「，」", "en": "a list separator '、' or ','"},
    "token._NL": {"zh": "换行", "en": "a line break"},
    "token.$END": {"zh": "文件结尾", "en": "the end of the file"},
    # --- document structure --------------------------------------------
    "doc.unknown_section": {
        "zh": "未知的节「{name}」。{hint}可用的节：{known}。",
        "en": "unknown section '{name}'. {hint}Known sections: {known}.",
    },
    "doc.unknown_key": {
        "zh": "「{section}」中没有「{name}」这一项。{hint}可用的项：{known}。",
        "en": "'{section}' has no entry '{name}'. {hint}Known entries: {known}.",
    },
    "doc.did_you_mean": {"zh": "是否指「{name}」？", "en": "Did you mean '{name}'? "},
    "doc.duplicate_key": {
        "zh": "「{name}」重复出现（第一次在第 {line} 行）。请只保留一处。",
        "en": "'{name}' appears twice (first on line {line}). Keep one.",
    },
    "doc.duplicate_section": {
        "zh": "「{name}」一节重复出现（第一次在第 {line} 行）。请合并为一节。",
        "en": "the section '{name}' appears twice (first on line {line}). Merge them.",
    },
    "doc.item_not_allowed": {
        "zh": "「{section}」中应写「键：值」，而这里是「{text}」。是否漏写了冒号？",
        "en": "'{section}' takes 'key: value' entries, but this line is '{text}'. Is a colon missing?",
    },
    "doc.block_not_allowed": {
        "zh": "「{section}」中不能嵌套「{name}」。{hint}",
        "en": "'{name}' cannot be nested in '{section}'. {hint}",
    },
    "doc.pair_not_allowed": {
        "zh": "「{section}」中应逐行列出材料名称，而不是「键：值」。",
        "en": "'{section}' lists material names, one per line, not 'key: value' pairs.",
    },
    "doc.bad_duration": {
        "zh": "无法识别时长「{text}」。请写作 半年、一年、6个月、满1年 等。",
        "en": "cannot read the duration '{text}'. Write it as 半年, 一年, 6个月, 满1年 and the like.",
    },
    "doc.bad_date": {
        "zh": "无法识别日期「{text}」。请写作 2021年7月1日、2021-07-01 或 2021.7.1。",
        "en": "cannot read the date '{text}'. Write it as 2021年7月1日, 2021-07-01 or 2021.7.1.",
    },
    "doc.bad_range": {
        "zh": "无法识别日期范围「{text}」。请写作 7月1日至7月10日、2021.7.1-7.10 等。",
        "en": "cannot read the date range '{text}'. Write it as 7月1日至7月10日, 2021.7.1-7.10 and the like.",
    },
    "doc.date_needs_year": {
        "zh": "日期「{text}」没有写年份，而“基本信息”中也没有年度。请在基本信息中写明年度，或写全日期（如 2021年7月1日）。",
        "en": "the date '{text}' has no year and 基本信息 gives no 年度. State the 年度, or write the full date (2021年7月1日).",
    },
    "doc.range_reversed": {
        "zh": "日期范围「{text}」的结束早于开始。",
        "en": "the date range '{text}' ends before it starts.",
    },
    "doc.bad_year": {
        "zh": "无法识别年度「{text}」。请写作四位数字，例如 2021。",
        "en": "cannot read the year '{text}'. Write four digits, for example 2021.",
    },
    "doc.bad_number": {
        "zh": "无法识别数字「{text}」。请写作阿拉伯数字，例如 1200。",
        "en": "cannot read the number '{text}'. Write digits, for example 1200.",
    },
    "doc.bad_choice": {
        "zh": "「{key}」的取值「{text}」无法识别。可用的取值：{known}。",
        "en": "'{text}' is not a value '{key}' accepts. Accepted values: {known}.",
    },
    "doc.single_value": {
        "zh": "「{key}」只能有一个取值。",
        "en": "'{key}' takes a single value.",
    },
    "doc.empty_group": {
        "zh": "「{name}」条件组是空的。请列出条件或删除该组。",
        "en": "the condition group '{name}' is empty. List its conditions or remove it.",
    },
    # --- rulesets ------------------------------------------------------
    "ruleset.unknown": {
        "zh": "未知的规则集「{name}」。{hint}可用的规则集：{known}。",
        "en": "unknown ruleset '{name}'. {hint}Available rulesets: {known}.",
    },
    "ruleset.syntax": {
        "zh": "规则集文件格式错误（TOML）：{detail}",
        "en": "the ruleset file is not valid TOML: {detail}",
    },
    "ruleset.invalid": {
        "zh": "规则集内容错误：{detail}",
        "en": "invalid ruleset: {detail}",
    },
    "ruleset.unknown_param": {
        "zh": "未知的参数「{name}」。{hint}",
        "en": "unknown parameter '{name}'. {hint}",
    },
    "ruleset.uncited": {
        "zh": "参数「{name}」没有完整的引用（需写明 document、article、quote）。每个参数都必须注明出处。",
        "en": "parameter '{name}' lacks a full citation (document, article, quote). Every parameter must be cited.",
    },
    "ruleset.cycle": {
        "zh": "规则集继承形成循环：{chain}。",
        "en": "the rulesets extend each other in a cycle: {chain}.",
    },
    "ruleset.outside": {
        "zh": "extends「{name}」指向规则集目录之外。",
        "en": "extends '{name}' points outside the rulesets directory.",
    },
    "ruleset.none_for_region": {
        "zh": "没有适用于「{region}」{year} 年度的规则集；请用 --ruleset 指定。可用的规则集：{known}。",
        "en": "no ruleset applies to '{region}' for {year}; choose one with --ruleset. Available: {known}.",
    },
    "ruleset.no_region": {
        "zh": "“基本信息”中没有写明省、市或年度，无法选择规则集；请补全，或用 --ruleset 指定。",
        "en": "基本信息 does not give the province, city or year, so no ruleset can be chosen; add them or pass --ruleset.",
    },
    # --- which layers apply (policy_lint/layers.py) and the place read (policy_lint/places.py) -------
    "layers.national_only": {
        "zh": "已适用的规则层：{chain}；{province}的省级规则未随附（rulesets/ 中没有{province}的规则集），未检查省、市两级的规定。",
        "en": "layers applied: {chain}; {province}'s own rules are not bundled (no ruleset for {province} in rulesets/), "
              "so no provincial or city rule was checked.",
    },
    "layers.older_edition": {
        "zh": "本文件为 {year} 年度，随附的最新版本是“{title}”（{edition} 年），已按该版本检查；已适用的规则层：{chain}。",
        "en": "this document is for {year}; the newest bundled edition is '{title}' ({edition}), which was used; "
              "layers applied: {chain}.",
    },
    "layers.no_year": {
        "zh": "未能读出年度，已按随附的最新版本“{title}”检查（已适用的规则层：{chain}）；请{where}写明年度。",
        "en": "no year could be read, so the newest bundled edition '{title}' was used (layers applied: {chain}); "
              "{where} give the year.",
    },
    "layers.no_place": {
        "zh": "未能读出本文件所属的省、市，已按国家基准检查，省、市两级的规定未检查；请{where}写明所属地区。",
        "en": "the province and city of this document could not be read, so it was checked against the national layer "
              "only and no provincial or city rule was checked; {where} name the place.",
    },
    "layers.where.draft": {
        "zh": "在标题或发文机关中（如“某某县2024年义务教育招生入学工作实施方案”“某某县教育局”）",
        "en": "in the title or the issuing office (e.g. '某某县2024年义务教育招生入学工作实施方案', '某某县教育局'),",
    },
    "layers.where.rules": {
        "zh": "在“基本信息”中（省: …  市: …  县: …  年度: …）",
        "en": "in 基本信息 (省: …, 市: …, 县: …, 年度: …),",
    },
    "layers.sep": {"zh": " → ", "en": " → "},
    "label.note": {"zh": "说明", "en": "note"},
    "places.not_found": {
        "zh": "未能从标题、发文机关或落款确定县（市、区）及所属省、市",
        "en": "the county (city, district) and its province and city could not be told from the title, the issuing "
              "office or the signature",
    },
    "places.shared_name": {
        "zh": "「{name}」有多处（{places}），所属的市无法唯一确定，请写明市（如“某某市{name}”）",
        "en": "'{name}' names more than one unit ({places}); write its city (市) before it",
    },
    # --- city and province configuration ---------------------------------
    "config.syntax": {
        "zh": "配置文件格式错误（TOML）：{detail}",
        "en": "the configuration file is not valid TOML: {detail}",
    },
    "config.invalid": {
        "zh": "配置文件内容错误：{detail}。请对照 docs/review.md 修改。",
        "en": "invalid configuration: {detail}. See docs/review.md.",
    },
    "config.missing": {
        "zh": "目录中没有 {name}。请按 docs/review.md 写明城市名称和应报送的县（市、区）。",
        "en": "the directory has no {name}. Write one as docs/review.md shows, naming the city and its county units.",
    },
    # --- statistics tables ------------------------------------------------
    "stats.header": {
        "zh": "统计表表头无法识别（{header}）。表头应含“市”“入学总数”“公办学校就读人数”“公办学校就读比例”等列，参照附件1。",
        "en": "cannot recognise the table's header ({header}). It needs columns for the city, total, public-school pupils and share, as in 附件1.",
    },
    "stats.bad_row": {
        "zh": "这一行有 {found} 个单元格，而表头只有 {columns} 列。数字中的千位逗号（如 22,396）会把一个数拆成两格：请去掉逗号或给该数加引号。",
        "en": "this row has {found} cells but the header {columns} columns. A thousands comma (22,396) splits a figure in two: drop it or quote the figure.",
    },
    "stats.bad_figure": {
        "zh": "无法识别数字「{text}」。人数请写阿拉伯数字，比例写作 97.60%。",
        "en": "cannot read the figure '{text}'. Write counts in digits and shares as 97.60%.",
    },
    # --- verdicts (审核意见) ------------------------------------------------
    "verdict.not_submitted": {"zh": "未报送实施细则。", "en": "no rules were submitted."},
    "verdict.unreadable": {"zh": "实施细则无法读取或解析，未能审核。", "en": "the rules cannot be read or parsed, so they were not reviewed."},
    "verdict.substantive": {
        "zh": "存在改变入学资格的错误（{codes}）：入学条件高于基准或要求提供禁止的证明材料。",
        "en": "errors that change who may enrol ({codes}): conditions above the baseline or banned certificates.",
    },
    "verdict.too_many": {"zh": "错误共 {count} 项，需整体修改后重新报送。", "en": "{count} errors: revise and resubmit."},
    "verdict.fixable": {"zh": "存在须修改的问题（{codes}），修改后可通过。", "en": "problems to correct ({codes}); passes once corrected."},
    "verdict.remarks": {"zh": "无错误；另有 {count} 项提示供参考。", "en": "no errors; {count} remark(s) to consider."},
    "verdict.clean": {"zh": "未发现问题。", "en": "no problems found."},
    "config.missing_province": {
        "zh": "目录中没有 province.toml。请按 docs/audit.md 写明省名和应报送的各市。",
        "en": "the directory has no province.toml. Write one as docs/audit.md shows, naming the province and its cities.",
    },
    # --- CLI ------------------------------------------------------------
    "cli.unknown_code": {
        "zh": "没有检查项「{code}」。{hint}用 policy-lint rules 查看全部检查项。",
        "en": "no check '{code}'. {hint}Run policy-lint rules to list them all.",
    },
    "cli.bad_selector": {
        "zh": "--select/--ignore 中的「{code}」不对应任何检查项。",
        "en": "'{code}' in --select/--ignore matches no check.",
    },
    "cli.bad_lang": {
        "zh": "--lang 只能是 zh 或 en。",
        "en": "--lang must be zh or en.",
    },
    "cli.not_checked": {"zh": "未检查", "en": "not checked"},
    "cli.bad_jobs": {"zh": "--jobs 应为正整数（收到 {value}）。", "en": "--jobs must be a positive whole number (got {value})."},
    "cli.output_is_input": {
        "zh": "输出文件「{path}」是本命令要读取的输入，不能覆盖。请用 -o 指定另一个文件。",
        "en": "the output file '{path}' is one of this command's inputs and will not be overwritten. Give -o another file.",
    },
    "report.findings_left_out": {
        "zh": "{path}：另有 {count} 条问题未列出（文本报告每个文件最多列出 {limit} 条；用 --format json 可查看全部）。",
        "en": "{path}: {count} more finding(s) not listed (the text report lists at most {limit} per file; "
              "--format json has them all).",
    },
    "report.unread_left_out": {
        "zh": "{path}：另有 {count} 处待确认的句子未列出（文本报告每个文件最多列出 {limit} 处；用 --format json 可查看全部）。",
        "en": "{path}: {count} more sentence(s) to confirm not listed (the text report lists at most {limit} per file; "
              "--format json has them all).",
    },
    "input.unexpected": {
        "zh": "检查此文件时出现意外错误（{reason}），未检查；其他文件照常检查。请把此文件和所用命令报告给维护者。",
        "en": "an unexpected error stopped the check of this file ({reason}); the other files are checked as usual. "
              "Please report this file and the command to the maintainers.",
    },
    "input.unexpected_no_reason": {"zh": "无详细信息", "en": "no details"},
    "cli.stdout_failed": {
        "zh": "无法输出报告：{reason}。请检查磁盘空间或输出位置后重试。",
        "en": "cannot print the report: {reason}. Check the free disk space or where the output goes, and retry.",
    },
    "cli.output_exists": {
        "zh": "「{path}」已存在，未覆盖。如确需覆盖，请加 --force；或用 -o 指定另一个文件。",
        "en": "'{path}' exists and was not overwritten. Add --force to overwrite it, or give -o another file.",
    },
    "cli.write_failed": {
        "zh": "无法写入「{path}」：{reason}",
        "en": "cannot write '{path}': {reason}",
    },
    "summary.findings": {
        "zh": "共检查 {files} 个文件{plans}：{errors} 个错误，{warnings} 个警告{unreadable}。",
        "en": "{files} file(s) checked{plans}: {errors} error(s), {warnings} warning(s){unreadable}.",
    },
    "summary.plans": {
        "zh": "（其中工作方案 {count} 个）",
        "en": " ({count} of them work plans)",
    },
    "summary.unreadable": {
        "zh": "，{count} 个文件无法检查",
        "en": ", {count} file(s) could not be checked",
    },
    "summary.unread": {
        "zh": "另有 {count} 句待人工核对（未能有把握地读出，没有参与检查）。",
        "en": " {count} sentence(s) still to review by hand (not read with certainty, not checked).",
    },
    "summary.clean": {
        "zh": "共检查 {files} 个文件{plans}，未发现问题。",
        "en": "{files} file(s) checked{plans}, no problems found.",
    },
    "label.error": {"zh": "错误", "en": "error"},
    "label.warning": {"zh": "警告", "en": "warning"},
    "label.basis": {"zh": "依据", "en": "basis"},
    "label.fix": {"zh": "建议", "en": "fix"},
    "label.layer": {"zh": "规则集", "en": "ruleset"},
    "label.unverified": {"zh": "（原文待核实）", "en": " (wording to verify)"},
    "label.note": {"zh": "说明", "en": "note"},
    "label.unread": {"zh": "待确认", "en": "to confirm"},
}


def register(key: str, zh: str, en: str) -> None:
    """Add a message to the catalogue (used by checks for their own text)."""
    CATALOGUE[key] = {"zh": zh, "en": en}


def text(key: str, /, **values: object) -> LocalText:
    """The catalogue entry ``key`` with ``values`` filled in, in both languages."""
    entry = CATALOGUE[key]
    rendered = {}
    for lang in LANGS:
        args = {k: (v(lang) if isinstance(v, LocalText) else v) for k, v in values.items()}
        rendered[lang] = entry[lang].format(**args)
    return LocalText(**rendered)


def same(value: str) -> LocalText:
    """A text that reads the same in both languages (a name, a quote)."""
    return LocalText(zh=value, en=value)
