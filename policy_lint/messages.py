"""The message catalogue: every sentence a user reads, in Chinese and English.

How to add a message
--------------------
- A check's own sentence is its class's ``message`` and ``fix`` fields, ``(zh, en)`` templates kept
  beside its code; they are registered here as ``<CODE>.message`` / ``<CODE>.fix`` when the class is
  defined, and :meth:`policy_lint.checks.Check.finding` fills them in.
- Every other sentence or phrase -- a variant of a check's message, a word a check puts into one,
  a CLI, input, report or extraction message -- is an entry of :data:`CATALOGUE` below (the tool's
  own sections first, then the checks' phrases: a ``--- PL201's phrases`` section per check, in code
  order, after its family's shared phrases): a key
  ``area.name`` (``PL201.where.condition`` for a phrase one check uses, ``checks.<family>.name``
  for one its family shares), a ``zh`` and an ``en`` template with the same ``{placeholders}``
  (``{{`` for a literal brace; ``{name!h}`` where one language does not show a value the other
  needs).  Code refers to the key: ``text("cli.output_exists", path=shown)`` gives a
  :class:`LocalText`, whose values may themselves be LocalTexts (filled in language by language).
- Never build a sentence in code: no ``LocalText(zh="…", en=f"…")`` outside this module and no
  ``(zh, en)`` table of one's own.  A value that reads the same in both languages is :func:`same`,
  nothing is :data:`EMPTY`, a list is :func:`joined`.  tests/test_messages.py fails on a LocalText
  built from literal text outside this module, on a key that is not here, and on an entry whose two
  languages differ in their placeholders.
"""

from __future__ import annotations

import string
from typing import Literal

from . import lazy_re
from .record import Record, record

Lang = Literal["zh", "en"]
LANGS: tuple[Lang, ...] = ("zh", "en")


@record
class LocalText(Record):
    """One sentence in both languages (a frozen record: policy_lint.record)."""

    zh: str
    en: str

    def __call__(self, lang: Lang) -> str:
        return self.en if lang == "en" else self.zh

    def __add__(self, other: "LocalText") -> "LocalText":
        return LocalText(zh=self.zh + other.zh, en=self.en + " " + other.en)


CATALOGUE: dict[str, dict[str, str]] = {
    # --- reading input -----------------------------------------------
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
        "zh": "目录中没有 .rules、.plan 文件，也没有草稿（.docx、.doc、.wps、.pdf、.html）。.txt、.md 草稿不在目录中查找，"
              "请逐个给出文件，如 policy-lint check 某县.txt。",
        "en": "the directory holds no .rules or .plan files and no drafts (.docx, .doc, .wps, .pdf, .html). Drafts in "
              ".txt or .md are not looked for in a directory: name each file, e.g. policy-lint check county.txt.",
    },
    # --- limits (settings) -------------------------------------------
    "input.control_char": {
        "zh": "文件第 {line} 行第 {column} 列含有不可见的控制字符（{code}），未检查。请用文本编辑器删除该字符。",
        "en": "the file holds an invisible control character ({code}) at line {line}, column {column}; not checked. Delete it in a text editor.",
    },
    "input.line_too_long": {
        "zh": "第 {line} 行有 {length} 个字符，超过每行 {limit} 个字符的上限，未检查。请把过长的内容拆成多行或多项。",
        "en": "line {line} is {length} characters long, above the limit of {limit}; not checked. Split it into several lines or entries.",
    },
    "input.nul": {
        "zh": "文件第 {line} 行第 {column} 列含有空字符（NUL，\\0），未检查。文件可能已损坏或是由其他程序导出的；请用文本编辑器删除该字符，或重新另存为 UTF-8 文本。",
        "en": "the file holds a NUL character (\\0) at line {line}, column {column}; not checked. The file may be damaged or exported by another program: delete the character in a text editor, or save the file again as UTF-8.",
    },
    "input.too_many_lines": {
        "zh": "文件有 {lines} 行，超过 {limit} 行的上限，未检查。实施细则通常只有几百行，请确认选对了文件。",
        "en": "the file has {lines} lines, above the limit of {limit}; not checked. County rules run to a few hundred lines: check that this is the right file.",
    },
    "input.utf16_no_bom": {
        "zh": "文件似乎是不带 BOM 的 UTF-16 编码（{encoding}），无法可靠识别，未检查。请另存为 UTF-8 后重试。",
        "en": "the file looks like UTF-16 without a byte-order mark ({encoding}), which cannot be read reliably; not checked. Save it as UTF-8 and retry.",
    },
    "settings.invalid": {
        "zh": "环境变量 {var} 的值「{value}」不是正整数，未检查。请改为正整数，或删除该变量以使用默认值 {default}。",
        "en": "the environment variable {var} is '{value}', not a positive whole number; not checked. Set a positive whole number, or unset it to use the default {default}.",
    },
    "settings.raise_hint": {
        "zh": "如确需检查，可设置环境变量 {var} 提高上限。",
        "en": "To check it anyway, raise the limit with the environment variable {var}.",
    },
    "syntax.too_deep": {
        "zh": "「{name}」嵌套了 {depth} 层，超过上限 {limit} 层，未检查。条件组通常只需两三层（如 入学条件 {{ 之一 {{ … }} }}），请检查是否漏写了「}}」。",
        "en": "'{name}' is nested {depth} blocks deep, above the limit of {limit}; not checked. Condition groups need two or three levels (入学条件 {{ 之一 {{ … }} }}): check for a missing '}}'.",
    },
    # --- files and folders -------------------------------------------
    "input.link_outside": {
        "zh": "这是指向所给目录之外的链接，未读取。请把文件本身（而不是链接）放进目录后重试。",
        "en": "this is a link to a file outside the folder given; not read. Put the file itself (not a link) in the folder and retry.",
    },
    "input.link_broken": {
        "zh": "这是一个链接，但它指向的文件不存在，未读取。",
        "en": "this is a link to a file that does not exist; not read.",
    },
    "input.not_regular": {
        "zh": "这不是普通文件（{kind}），未读取。请提供保存在磁盘上的文件。",
        "en": "this is not a regular file ({kind}); not read. Give a file saved on disk.",
    },
    "kind.device": {
        "zh": "设备文件",
        "en": "a device",
    },
    "kind.directory": {
        "zh": "目录",
        "en": "a directory",
    },
    "kind.fifo": {
        "zh": "命名管道 FIFO",
        "en": "a FIFO",
    },
    "kind.socket": {
        "zh": "套接字",
        "en": "a socket",
    },
    "kind.special": {
        "zh": "特殊文件",
        "en": "a special file",
    },
    # --- writing output ----------------------------------------------
    "cli.output_not_regular": {
        "zh": "「{path}」不是普通文件（{kind}），报告不写入其中。请用 -o 指定一个普通文件，或省略 -o 输出到屏幕（可用 > 重定向）。",
        "en": "'{path}' is not a regular file ({kind}); the report is not written to it. Give -o a regular file, or leave out -o to print the report (and redirect it with >).",
    },
    # --- why a file could not be read or written (errno; the system's own text otherwise) ---
    "os.ENOENT": {"zh": "文件或目录不存在", "en": "no such file or directory"},
    "os.EACCES": {"zh": "没有权限", "en": "permission denied"},
    "os.EPERM": {"zh": "不允许此操作", "en": "operation not permitted"},
    "os.ENOSPC": {"zh": "磁盘空间不足", "en": "no space left on the disk"},
    "os.EDQUOT": {"zh": "超出磁盘配额", "en": "disk quota exceeded"},
    "os.EISDIR": {"zh": "这是一个目录", "en": "it is a directory"},
    "os.ENOTDIR": {"zh": "路径中有一项不是目录", "en": "a part of the path is not a directory"},
    "os.EROFS": {"zh": "只读文件系统", "en": "read-only file system"},
    "os.EINVAL": {"zh": "不是普通文件", "en": "not a regular file"},
    "os.ENAMETOOLONG": {"zh": "文件名太长", "en": "the file name is too long"},
    "os.ELOOP": {"zh": "链接层数过多", "en": "too many levels of links"},
    "os.EMFILE": {"zh": "打开的文件过多", "en": "too many open files"},
    "os.EIO": {"zh": "读写出错（磁盘或设备故障）", "en": "input/output error (a disk or device fault)"},
    "os.EPIPE": {"zh": "输出已被关闭", "en": "the output was closed"},
    # --- syntax ------------------------------------------------------
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
    "syntax.expected_one_of": {"zh": "{some}或{last}", "en": "{some} or {last}"},
    # --- document structure ------------------------------------------
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
    # --- document structure: hints -----------------------------------
    "doc.in_school_kind_blocks": {"zh": "请分别写在「公办 {{ }}」和「民办 {{ }}」中。", "en": "Put it inside 公办 {{ }} or 民办 {{ }}."},
    # --- rules: values the checks cannot read ------------------------
    "doc.unreadable_duration": {
        "zh": "「{text}」中的时长无法读出，无法检查是否高于上限。请写成数字加“年”“个月”“天”，如“满1年”“满六个月”“满180天”；不要求时长的，只写条件本身（如“持有有效居住证”）。",
        "en": "the length in '{text}' cannot be read, so whether it exceeds the ceiling cannot be checked. Write a number with 年, 个月 or 天 (满1年, 满六个月, 满180天); if no length is required, write the condition alone (持有有效居住证).",
    },
    # --- rulesets ----------------------------------------------------
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
        "zh": "未能读出年度，已按随附的最新版本“{title}”检查（已适用的规则层：{chain}），但 2021 年起施行的要求（不得要求"
              "计划生育证明、超龄证明等无谓证明，不得采集家长收入信息，积分入学保障持证子女，不得要求回户籍地开具证明）"
              "可能晚于本文，未据以检查；请{where}写明年度。",
        "en": "no year could be read, so the newest bundled edition '{title}' was used (layers applied: {chain}), but the "
              "requirements in force from 2021 (no family-planning, over-age or other needless certificates, no parents' "
              "income, points admitting permit holders, no papers from the hukou place) may postdate the text and were not "
              "applied; {where} give the year.",
    },
    "layers.permit_era": {
        "zh": "未能读出年度；本文要求暂住证、全文未提居住证，应是居住证施行（《居住证暂行条例》，2016年1月1日）以前的文件，"
              "已按 {year} 年施行的规定检查（义务教育法等）；以条例为依据的要求（持证、居住、社保、就业时长，条件具备其一等）"
              "可能晚于本文，未据以检查，留给审核人员；请{where}写明年度。",
        "en": "no year could be read; the document asks for the 暂住证 and never names the 居住证, so it is from before the "
              "residence permit (the Residence Permit Regulations, 2016-01-01) and was checked against the rules in force "
              "in {year} (the Compulsory Education Law and others); what rests on the regulations (lengths of holding, "
              "residence, insurance and employment, any one condition) may postdate it and was not applied, left to the "
              "reviewer; {where} give the year.",
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
    "places.not_found": {
        "zh": "未能从标题、发文机关或落款确定县（市、区）及所属省、市",
        "en": "the county (city, district) and its province and city could not be told from the title, the issuing "
              "office or the signature",
    },
    "places.year_inferred": {
        "zh": "年度 {year} 是本工具的推定（{where}：{how}）；如有误，请在标题中写明年度（如“某某县{year}年……”）。",
        "en": "the year {year} is the tool's inference ({where}: {how}); if it is wrong, give the year in the title.",
    },
    "places.tied": {
        "zh": "正文中「{first}」与「{second}」出现次数相同，无法确定文件所属的县（市、区），未作推断；请在标题或发文机关中写明（如“{first}教育局”）",
        "en": "the body names '{first}' and '{second}' as often, so the document's county (city, district) is not "
              "guessed; name it in the title or the issuing office (e.g. '{first}教育局')",
    },
    "places.shared_name": {
        "zh": "「{name}」有多处（{places}），所属的市无法唯一确定，请写明市（如“某某市{name}”）",
        "en": "'{name}' names more than one unit ({places}); write its city (市) before it",
    },
    # --- city and province configuration -----------------------------
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
    # --- city configuration (city.toml, province.toml) ---------------
    "config.bad_unit": {
        "zh": "units 中的「{unit}」不像县（市、区）的名称（含路径符号、控制字符，或过长），未读取。请写县（市、区）名，如 \"泽州县\"。",
        "en": "'{unit}' in units is not the name of a county (it holds a path sign or a control character, or is too long); not read. Write the county's name, as in \"泽州县\".",
    },
    "config.bad_count": {
        "zh": "「{key}」= {value} 超出范围：应为 0 至 {limit} 之间的整数。请写作 {example}。",
        "en": "'{key}' = {value} is out of range: it takes a whole number from 0 to {limit}. Write {example}.",
    },
    "config.bad_year": {
        "zh": "「{key}」= {value} 不是有效的年份（应在 1900 至 2200 之间）。请写作 {example}。",
        "en": "'{key}' = {value} is not a year (1900 to 2200). Write {example}.",
    },
    "config.datetime_for_date": {
        "zh": "「{key}」应为日期，不带时刻和时区，而这里是 {value}。请写作 {example}。",
        "en": "'{key}' takes a date without a time or time zone, but here it is {value}. Write {example}.",
    },
    "config.found.bool": {
        "zh": "布尔值",
        "en": "true or false",
    },
    "config.found.date": {
        "zh": "日期",
        "en": "a date",
    },
    "config.found.datetime": {
        "zh": "日期时间",
        "en": "a date and time",
    },
    "config.found.float": {
        "zh": "小数",
        "en": "a decimal number",
    },
    "config.found.int": {
        "zh": "整数",
        "en": "a whole number",
    },
    "config.found.list": {
        "zh": "列表",
        "en": "a list",
    },
    "config.found.other": {
        "zh": "其他值",
        "en": "another kind of value",
    },
    "config.found.string": {
        "zh": "文字",
        "en": "a string",
    },
    "config.found.table": {
        "zh": "表",
        "en": "a table",
    },
    "config.found.time": {
        "zh": "时刻",
        "en": "a time of day",
    },
    "config.kind.count": {
        "zh": "不小于 0 的整数",
        "en": "a whole number, 0 or more",
    },
    "config.kind.date": {
        "zh": "日期",
        "en": "a date",
    },
    "config.kind.string": {
        "zh": "带引号的文字",
        "en": "a quoted string",
    },
    "config.kind.strings": {
        "zh": "带引号文字的列表",
        "en": "a list of quoted strings",
    },
    "config.kind.year": {
        "zh": "四位数的年份",
        "en": "a four-digit year",
    },
    "config.number_too_long": {
        "zh": "数字有上千位，无法读取。请写出实际的数字，例如 year = 2021。",
        "en": "a number with thousands of digits cannot be read. Write the actual figure, as in year = 2021.",
    },
    "config.statistics_not_table": {
        "zh": "statistics 应为一节：先写一行 [statistics]，其下每行一个数字，例如 new_places_primary = 1200。",
        "en": "statistics must be a section: a line [statistics], then one figure per line, as in new_places_primary = 1200.",
    },
    "config.too_deep": {
        "zh": "数组或内联表嵌套超过 {limit} 层，未读取。配置文件只需一层列表，例如 units = [\"城区\", \"泽州县\"]；请检查是否多写了「[」或「{{」。",
        "en": "arrays or inline tables are nested more than {limit} levels deep; not read. A configuration needs one level of list, as in units = [\"城区\", \"泽州县\"]: check for extra '[' or '{{'.",
    },
    "config.wrong_item": {
        "zh": "「{key}」应为带引号文字的列表，而其中有{found}（{value}）。请给每一项加引号，写作 {example}。",
        "en": "'{key}' takes a list of quoted strings, but it holds {found} ({value}). Quote every item: {example}.",
    },
    "config.wrong_type": {
        "zh": "「{key}」应为{kind}，而这里是{found}（{value}）。请写作 {example}。",
        "en": "'{key}' takes {kind}, but here it is {found} ({value}). Write {example}.",
    },
    "config.kind.names": {
        "zh": "县（市、区）名与带引号文字的对照表，如 {{ \"泽州县\" = \"泽州县教育局\" }}",
        "en": "a table of county names and quoted strings, as in {{ \"泽州县\" = \"泽州县教育局\" }}",
    },
    "config.missing_key": {"zh": "{key}（缺失 / missing）", "en": "{key}（缺失 / missing）"},
    # --- statistics tables -------------------------------------------
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
    "stats.cell_too_long": {
        "zh": "这一行起的单元格超过 {limit} 个字符，无法按 CSV 读取，未检查。可能是引号没有闭合，把后面的内容都并入了一格：请检查引号。",
        "en": "a cell starting on this line is over {limit} characters, more than CSV can read; not checked. A quote left open may have joined the rest of the file into one cell: check the quotes.",
    },
    "stats.delimiter.comma": {
        "zh": "逗号",
        "en": "commas",
    },
    "stats.delimiter.fullwidth": {
        "zh": "全角逗号「，」",
        "en": "full-width commas '，'",
    },
    "stats.delimiter.semicolon": {
        "zh": "分号「;」",
        "en": "semicolons ';'",
    },
    "stats.delimiter.tab": {
        "zh": "制表符（Tab）",
        "en": "tabs",
    },
    "stats.figure_too_long": {
        "zh": "数字「{text}」有 {digits} 位，不可能是人数或比例（最多 {limit} 位），未检查。请核对该单元格是否多输入了数字或粘贴错了内容。",
        "en": "the figure '{text}' has {digits} digits, more than any count or share has (at most {limit}); not checked. Check the cell for extra digits or pasted content.",
    },
    "stats.no_rows": {
        "zh": "统计表只有表头，没有任何市的数据行，未检查。请按附件1逐市填写入学总数、公办学校就读人数和比例，最后一行写全省合计。",
        "en": "the table has a header and no rows; not checked. Fill in, as 附件1 does, one row per city with its total, public-school count and share, and the province's total row last.",
    },
    "stats.open_quote": {
        "zh": "这一行的单元格中有换行：引号可能没有闭合，把后面的行并入了这一格，未检查。请补上引号或删除多余的引号。",
        "en": "a cell on this line holds a line break: a quote is probably left open, joining the following lines into it; not checked. Close the quote or remove the stray one.",
    },
    "stats.row_delimiter": {
        "zh": "表头用逗号分隔，而这一行用{found}分隔，未检查。请把整个文件统一为逗号分隔（CSV）。",
        "en": "the header is separated by commas but this row by {found}; not checked. Separate the whole file by commas (CSV).",
    },
    "stats.too_many_places": {
        "zh": "数字「{text}」有 {places} 位小数（最多 {limit} 位），未检查。人数请写整数，比例保留两位小数，如 97.60%。",
        "en": "the figure '{text}' has {places} decimal places (at most {limit}); not checked. Write counts as whole numbers and shares with two places, as in 97.60%.",
    },
    # --- work plans --------------------------------------------------
    "plan.bad_percent": {
        "zh": "无法识别比例「{text}」。请写作 80%、90.5% 或 全覆盖。",
        "en": "cannot read the share '{text}'. Write it as 80%, 90.5% or 全覆盖.",
    },
    "plan.over_hundred": {
        "zh": "比例「{text}」超过 100%。",
        "en": "the share '{text}' is above 100%.",
    },
    "plan.bad_count": {
        "zh": "无法识别人数或个数「{text}」。请写阿拉伯数字，例如 18650。",
        "en": "cannot read the count '{text}'. Write digits, for example 18650.",
    },
    "plan.bad_year": {
        "zh": "无法识别年份「{text}」。请写作四位数字，例如 2022 或 2022年。",
        "en": "cannot read the year '{text}'. Write four digits, for example 2022 or 2022年.",
    },
    "plan.bad_period": {
        "zh": "无法识别期限「{text}」。请写作 2021—2023年 或 2021-2023。",
        "en": "cannot read the period '{text}'. Write it as 2021—2023年 or 2021-2023.",
    },
    "plan.period_reversed": {
        "zh": "期限「{text}」的结束年份早于开始年份。",
        "en": "the period '{text}' ends before it starts.",
    },
    "plan.target_needs_year": {
        "zh": "「目标」中的「{name}」须写在年份之下，例如「2023年 {{ {name}: … }}」。",
        "en": "'{name}' in 目标 must sit under a year, as in '2023年 {{ {name}: … }}'.",
    },
    "plan.bad_target_year": {
        "zh": "「{name}」不是年份。「目标」按年份分组，例如「2023年 {{ 公办就读比例: 90% }}」。",
        "en": "'{name}' is not a year. 目标 is grouped by year, as in '2023年 {{ 公办就读比例: 90% }}'.",
    },
    "plan.duplicate_year": {
        "zh": "「{year}年」重复出现（第一次在第 {line} 行）。请合并为一组。",
        "en": "the year {year} appears twice (first on line {line}). Merge them.",
    },
    "plan.places_incomplete": {
        "zh": "「{name}」须写明{missing}。",
        "en": "'{name}' must give {missing}.",
    },
    "plan.rules_section": {
        "zh": "「{name}」是实施细则的节，不属于工作方案。工作方案的节：{known}。实施细则请另存为 .rules 文件。",
        "en": "'{name}' is a section of the rules, not of a work plan. A plan's sections: {known}. Put the rules in a .rules file.",
    },
    "plan.places_missing.学位": {"zh": "「学位」", "en": "its places (学位)"},
    "plan.places_missing.年份": {"zh": "「年份」", "en": "its year (年份)"},
    # --- Word (.docx) drafts -----------------------------------------
    "docx.alt_chunk": {
        "zh": "Word 正文（{part}）含有嵌入的外部内容（altChunk），本工具无法读取，未检查。请在 Word 中打开并另存为 .docx（嵌入内容会转为正文）后重试。",
        "en": "the Word body ({part}) holds embedded outside content (altChunk), which this tool cannot read; not checked. Open it in Word and save it again as .docx (the embedded content becomes body text), then retry.",
    },
    "docx.bad_encoding": {
        "zh": "Word 正文（{part}）声明了无法识别的字符编码，文件可能已损坏，未检查。Word 保存的正文总是 UTF-8；请在 Word 中打开并另存为 .docx 后重试。",
        "en": "the Word body ({part}) declares a character encoding that cannot be read: the file may be damaged; not checked. Word always writes the body in UTF-8: open the document in Word, save it again as .docx, and retry.",
    },
    "docx.bad_span": {
        "zh": "表{table}第{row}行的合并单元格跨度「{value}」不是正整数，文件已损坏，未检查。请在 Word 中打开并另存为 .docx 后重试。",
        "en": "a merged cell in table {table} row {row} spans '{value}' columns, which is not a positive whole number: the file is damaged; not checked. Open it in Word, save it again as .docx, and retry.",
    },
    "docx.bad_xml": {
        "zh": "Word 正文（{part}）的 XML 在第 {line} 行第 {column} 列已损坏，未检查。请在 Word 中打开（Word 会提示修复）并另存为 .docx 后重试。",
        "en": "the XML of the Word body ({part}) is damaged at line {line}, column {column}; not checked. Open the document in Word (which offers to repair it), save it again as .docx, and retry.",
    },
    "docx.compression": {
        "zh": "文档中的「{part}」使用了 Word 不使用的压缩方式，无法读取，未检查。请在 Word 中打开并另存为 .docx 后重试。",
        "en": "'{part}' in the document is compressed with a method Word does not use and cannot be read; not checked. Open the document in Word, save it again as .docx, and retry.",
    },
    "docx.control_char": {
        "zh": "第 {line} 段（或表格行）含有不可见的控制字符（{code}），未检查。请在 Word 中删除该字符（可打开“显示编辑标记”查找），另存为 .docx 后重试。",
        "en": "paragraph (or table row) {line} holds an invisible control character ({code}); not checked. Delete it in Word (Show formatting marks helps to find it), save the document as .docx, and retry.",
    },
    "docx.damaged": {
        "zh": "文档中的「{part}」已损坏（压缩数据无法解开或校验不符），未检查。请在 Word 中打开（Word 会提示修复）并另存为 .docx 后重试。",
        "en": "'{part}' in the document is damaged (its compressed data cannot be unpacked or fails its checksum); not checked. Open the document in Word (which offers to repair it), save it again as .docx, and retry.",
    },
    "docx.dtd": {
        "zh": "Word 正文（{part}）中含有 DTD 或实体声明（<!DOCTYPE、<!ENTITY）。Word 保存的文档从不含有这些内容，文件可能被篡改过，未检查。请在 Word 中打开并另存为 .docx 后重试。",
        "en": "the Word body ({part}) holds a DTD or entity declaration (<!DOCTYPE, <!ENTITY). Word never writes these: the file may have been tampered with; not checked. Open it in Word, save it again as .docx, and retry.",
    },
    "docx.duplicate_part": {
        "zh": "文档中有 {count} 个「{part}」，文件已损坏或被改动过（不知道应读哪一个），未检查。请在 Word 中打开并另存为 .docx 后重试。",
        "en": "the document holds {count} entries named '{part}': it is damaged or has been tampered with (which one is meant cannot be told); not checked. Open it in Word, save it again as .docx, and retry.",
    },
    "docx.encrypted": {
        "zh": "文档中的「{part}」已加密，无法读取，未检查。请在 Word 中打开并另存为未加密的 .docx 后重试。",
        "en": "'{part}' in the document is encrypted and cannot be read; not checked. Open the document in Word, save it again as a .docx without encryption, and retry.",
    },
    "docx.line_too_long": {
        "zh": "第 {line} 段（或表格行）超过每段 {limit} 个字符的上限，未检查。请把过长的段落拆成几段。",
        "en": "paragraph (or table row) {line} is longer than the limit of {limit} characters; not checked. Split the paragraph into several.",
    },
    "docx.no_document": {
        "zh": "压缩包中没有 Word 正文（{part}），这不是 Word 文档或文件已损坏，未检查。请确认选对了文件，或在 Word 中打开并另存为 .docx 后重试。",
        "en": "the archive holds no Word body ({part}): this is not a Word document, or it is damaged; not checked. Check that this is the right file, or open it in Word and save it again as .docx, then retry.",
    },
    "docx.not_word": {
        "zh": "文件「{part}」不是 Word 正文（可能是改了扩展名的 Excel 或 PowerPoint 文件），未检查。请确认选对了文件，提供 Word（.docx）草稿。",
        "en": "the part '{part}' is not a Word body (perhaps an Excel or PowerPoint file renamed to .docx); not checked. Check that this is the right file: give the draft as a Word (.docx) file.",
    },
    "docx.not_zip": {
        "zh": "这不是有效的 Word 文档：.docx 文件应是一个 zip 压缩包，而这个文件不是（或已损坏），未检查。请在 Word 或 WPS 中打开并另存为 .docx 后重试。",
        "en": "this is not a valid Word document: a .docx file is a zip archive and this file is not one (or it is damaged); not checked. Open it in Word or WPS and save it again as .docx, then retry.",
    },
    "docx.ole": {
        "zh": "这是旧版 Word（.doc）文件，或设置了打开密码的 Word 文档，无法读取，未检查。请在 Word 中打开，取消密码（如有），另存为 .docx 后重试。",
        "en": "this is an old Word (.doc) file, or a Word document protected by a password; it cannot be read and was not checked. Open it in Word, remove the password if there is one, save it as .docx and retry.",
    },
    "docx.span_too_large": {
        "zh": "表{table}第{row}行的合并单元格跨 {value} 列，超过 {limit} 列的上限，未检查。Word 的表格最多 63 列，文件可能已损坏；请在 Word 中打开并另存为 .docx 后重试。",
        "en": "a merged cell in table {table} row {row} spans {value} columns, above the limit of {limit}; not checked. Word tables have at most 63 columns, so the file may be damaged: open it in Word, save it again as .docx, and retry.",
    },
    "docx.tag_too_large": {
        "zh": "Word 正文（{part}）中有一个标记（或两个标记之间的一段内容）超过 {limit} 字节，不像 Word 保存的文件（Word 的标记只有几 KB），未检查。请在 Word 中打开并另存为 .docx 后重试。",
        "en": "the Word body ({part}) holds a tag (or a stretch between two tags) longer than {limit} bytes, unlike anything Word saves (its tags are a few KB); not checked. Open it in Word, save it again as .docx, and retry.",
    },
    "docx.text_too_large": {
        "zh": "文档的文字超过 {limit} 字节（按 UTF-8 计）的上限，未检查。实施细则通常只有几万字，请确认选对了文件。",
        "en": "the document's text is larger than the limit of {limit} bytes (in UTF-8); not checked. County rules run to a few tens of thousands of characters: check that this is the right file.",
    },
    "docx.too_deep": {
        "zh": "Word 正文（{part}）的 XML 嵌套超过 {limit} 层，未检查。Word 保存的文档不会嵌套这么深，请在 Word 中打开并另存为 .docx 后重试。",
        "en": "the XML of the Word body ({part}) is nested more than {limit} levels deep; not checked. Word never nests this deep: open the document in Word, save it again as .docx, and retry.",
    },
    "docx.too_large_unpacked": {
        "zh": "文档中的「{part}」解压后超过 {limit} 字节的上限，未检查。草稿正文通常只有几 MB；体积异常的文件可能是“压缩炸弹”，请确认选对了文件。",
        "en": "'{part}' in the document unpacks to more than {limit} bytes, above the limit; not checked. A draft's body is a few MB at most: a file that grows like this may be a zip bomb. Check that this is the right file.",
    },
    "docx.too_many_cells": {
        "zh": "文档中的表格共超过 {limit} 个单元格的上限，未检查。请确认选对了文件，或把大的统计表移到另一个文件。",
        "en": "the document's tables hold more than {limit} cells, above the limit; not checked. Check that this is the right file, or move large statistics tables to another file.",
    },
    "docx.too_many_entries": {
        "zh": "这个 .docx 压缩包中有 {count} 个文件，超过 {limit} 个的上限，未检查。Word 文档通常只有几十个，请确认选对了文件，或在 Word 中另存为 .docx 后重试。",
        "en": "this .docx archive holds {count} files, above the limit of {limit}; not checked. A Word document holds a few dozen: check that this is the right file, or save it again as .docx in Word and retry.",
    },
    "docx.too_many_lines": {
        "zh": "文档的段落和表格行超过 {limit} 个的上限，未检查。实施细则通常只有几百段，请确认选对了文件。",
        "en": "the document has more than {limit} paragraphs and table rows, above the limit; not checked. County rules run to a few hundred paragraphs: check that this is the right file.",
    },
    # --- extraction --------------------------------------------------
    "extract.unread": {
        "zh": "{where}「{quote}」{reason}未能有把握地读出，没有参与检查，请人工核对。",
        "en": "{where} '{quote}' {reason}could not be read with certainty and was not checked; review it by hand.",
    },
    "extract.not_a_draft": {
        "zh": "「{path}」不是草稿：extract 读取 {suffixes} 文件（.rules 文件已是规则，可直接 check）。",
        "en": "'{path}' is not a draft: extract reads {suffixes} files (a .rules file already is rules; check it directly).",
    },
    "extract.summary": {
        "zh": "已从 {path} 提取 {facts} 项，{unread} 处待确认。",
        "en": "extracted {facts} values from {path}; {unread} to confirm.",
    },
    "extract.unread_reason": {"zh": "（{reason}）", "en": "({reason}) "},
    "extract.unread_reason_zh_only": {"zh": "（{reason}）", "en": "{reason!h}"},
    # --- extraction: why a sentence is left to confirm (待确认) ---------
    "extract.reason.no_county": {
        "zh": "未能从标题确定县（市、区）及所属省、市",
        "en": "the county (city, district) and its province and city could not be told from the title",
    },
    "extract.reason.province_unclear": {
        "zh": "「{county}」所属的省、市无法唯一确定，请补写“省”“市”",
        "en": "the province and city of '{county}' are not certain; write out the province (省) and city (市)",
    },
    "extract.reason.length_unread": {"zh": "写了时长要求，但未能读出时长", "en": "a length is required but could not be read"},
    "extract.reason.any_one_of": {
        "zh": "未能分清“之一”中的各项条件",
        "en": "the conditions of an \"any one of\" (之一) list could not be told apart",
    },
    "extract.reason.several_conditions": {
        "zh": "一句中有几项条件，未能分清",
        "en": "one sentence holds several conditions that could not be told apart",
    },
    "extract.reason.differing_length": {
        "zh": "与前面的“{key}”条件时长不同，未能确定以哪个为准",
        "en": "differs in length from the earlier '{key}' condition; which one holds is unclear",
    },
    "extract.reason.which_condition": {"zh": "未能确定是哪一项条件", "en": "which condition this is could not be told"},
    "extract.reason.no_residence_length": {"zh": "未写明居住时长", "en": "the length of residence is not written"},
    "extract.reason.material_unclear": {
        "zh": "未能确定是否为一项证明材料",
        "en": "whether this is a required document could not be told",
    },
    "extract.reason.n_certificates": {
        "zh": "只写了“几证”，未列出是哪几项",
        "en": "only \"N certificates\" (几证) is written, without listing which",
    },
    "extract.reason.school_kind": {
        "zh": "未写明是公办还是民办学校",
        "en": "it does not say whether public or private schools are meant",
    },
    "extract.reason.several_dates": {
        "zh": "一个环节写了几个日期，未能确定",
        "en": "one stage has several dates; which one holds is unclear",
    },
    "extract.reason.oversubscription_unread": {
        "zh": "未能读出报名超额时的录取办法",
        "en": "how places are given when applications exceed them could not be read",
    },
    "extract.reason.exam_school_kind": {
        "zh": "未写明是公办还是民办学校组织的考试、面试",
        "en": "it does not say whether the tests or interviews are held by public or private schools",
    },
    "extract.reason.migrant_stage": {
        "zh": "随迁子女与户籍学生区别对待，但未写明是报名还是摇号环节（规则只有“随迁子女报名”“随迁子女摇号”两项）",
        "en": "migrant children are treated differently from local students, but it does not say whether at registration or lottery (the rules have only \"migrant registration\" and \"migrant lottery\")",
    },
    "extract.reason.no_year": {"zh": "日期没有年份，年度也未能确定", "en": "the date has no year and the year could not be told"},
    "extract.reason.date_unread": {"zh": "未能读出日期", "en": "the date could not be read"},
    "extract.reason.date_unread_in_table": {"zh": "未能读出日期；{label}", "en": "the date could not be read; {label}"},
    "extract.reason.not_a_stage": {
        "zh": "「{head}」不是报名、摇号或录取，未写入；{label}",
        "en": "'{head}' is not registration, lottery or admission, so it was not written; {label}",
    },
    "extract.reason.school_kind_in_table": {
        "zh": "未写明是公办还是民办学校；{label}",
        "en": "it does not say whether public or private schools are meant; {label}",
    },
    "extract.reason.other_date": {
        "zh": "{kind}学校“{key}”另有一个日期（{other}），未能确定以哪个为准",
        "en": "{kind} schools' '{key}' has another date ({other}); which one holds is unclear",
    },
    "extract.reason.public_stage_unread": {
        "zh": "公办学校的{stage}日期未能读出，民办学校的也就无从确定",
        "en": "the public schools' {stage} date could not be read, so the private schools' cannot be told either",
    },
    "extract.aside.local_part": {
        "zh": "本地户籍儿童一部分的规定，不是随迁子女的入学条件",
        "en": "a rule of the part for local-hukou children, not a condition on migrant children",
    },
    "extract.aside.local": {
        "zh": "说的是本地户籍儿童，不是随迁子女的入学条件",
        "en": "about local-hukou children, not a condition on migrant children",
    },
    "extract.aside.housing_ranks": {
        "zh": "录取顺序给无房产的儿童留有顺位：房产证明用于排序（有房者先录取），不作随迁子女的入学条件",
        "en": "the admission order keeps a tier for children without a house: the housing papers rank children (those "
              "with a house first), they are no entry condition on migrant children",
    },
    "extract.aside.shared_dwelling": {
        "zh": "共有产权的房产由哪位共有人的子女使用学位：学区房的学位规则，适用于凭房产入学的所有家庭，不作随迁子女的住所条件",
        "en": "whose child a co-owned dwelling's school place goes to: a rule on catchment dwellings for every family "
              "enrolling by its house, no housing condition on migrant children",
    },
    "extract.aside.consultation": {
        "zh": "咨询、申诉或复核时携带的证件：是办事所需的材料，不作随迁子女的入学条件",
        "en": "papers brought to ask, object or appeal: materials of that errand, no entry condition on migrant "
              "children",
    },
    "extract.aside.all_children": {
        "zh": "全文未提及随迁子女、外来人员或居住证：这是所有适龄儿童的入学规定（学区、户籍与房产的顺序），不作随迁子女的入学条件",
        "en": "the document never names migrant children, newcomers or residence permits: a rule for all children "
              "(catchment, hukou and housing order), not a condition on migrant children",
    },
    "extract.aside.definition": {
        "zh": "说明哪些儿童算随迁子女（户籍不在本地），不是以户籍为入学条件",
        "en": "says who counts as a migrant child (hukou elsewhere), not a condition resting on hukou",
    },
    "extract.aside.transfer": {
        "zh": "转学、插班的规定，不是入学条件（规则只写入学条件）",
        "en": "a rule for transfers, not an entry condition (the rules hold entry conditions)",
    },
    "extract.aside.lead": {
        "zh": "说明谁在答复或消息从何得知的开头语（答复、经了解、记者获悉），不是规定",
        "en": "the opening words saying who replies or how it was learnt (a reply's label, a news lead), not a rule",
    },
    "extract.aside.deeming": {
        "zh": "视同满足某项条件的另一种证明途径（则认定、视为），不是另加的条件",
        "en": "another way of showing a condition is met (则认定, 视为), not a condition added to it",
    },
    "extract.aside.permit_law": {
        "zh": "转述《居住证暂行条例》申领居住证的条件，不是本地的入学条件",
        "en": "restates the Residence Permit Regulations' conditions for a permit, not a local entry condition",
    },
    "extract.aside.defines": {
        "zh": "说明本办法所称的随迁子女是谁（定义），不是入学条件",
        "en": "says whom the rules call migrant children (a definition), not an entry condition",
    },
    "extract.aside.hukou_place": {
        "zh": "说的是回户籍所在地入学的儿童，不是在本地入学的条件",
        "en": "about children sent to enrol where their hukou is, not a condition of enrolling here",
    },
    "extract.aside.permit_application": {
        "zh": "说的是怎样申领居住证（居住证本身的申领条件），不是入学条件",
        "en": "says how the residence permit itself is obtained (the permit's own conditions), not a condition of entry",
    },
    "extract.aside.other_group": {
        "zh": "说的是另一类儿童（港澳台、军人子女、优抚对象、引进人才、本市其他区县户籍等），不是随迁子女的入学条件",
        "en": "about another group of children (Hong Kong, Macao and Taiwan, servicemen's children, entitled groups, "
              "recruited talent, the city's other districts' hukou), not a condition on migrant children",
    },
    "extract.aside.hukou_route": {
        "zh": "“之一”所列途径中的本地户籍途径，不限制走其他途径的随迁子女",
        "en": "the local-hukou route among the alternatives of an 之一 list; it restricts no migrant child taking another",
    },
    "extract.aside.no_house": {
        "zh": "说明适用的家庭（没有自有住房，或住房不能用于入学），不是住所条件",
        "en": "says which families it is for (no own home, or one that does not count), not a housing demand",
    },
    "extract.aside.without": {
        "zh": "说明适用的家庭（未办理或没有该项的），不是入学条件",
        "en": "says which families it is for (those who have not got it), not a condition",
    },
    "extract.aside.sub_item": {
        "zh": "分项材料适用的情形，随其材料读",
        "en": "whom a sub-item's papers are for, read with them",
    },
    "extract.aside.order": {"zh": "录取顺序（优先次序），不是入学条件", "en": "an admission order (priority), not an entry condition"},
    "extract.aside.heading": {"zh": "标题：说明其下各句的主题", "en": "a heading: the topic of the sentences under it"},
    "extract.aside.structure": {
        "zh": "列表或条件组的引语、禁止要求某项材料等，已随相关各项读过，本身不是一项规则值",
        "en": "the opening of a list or group, a ban on asking for a paper, …: read with what it governs, no value of its own",
    },
    "extract.reason.breaks_off": {
        "zh": "这项材料的文字在此中断（……），所要求的条件无法读全",
        "en": "the wording of this paper breaks off (……): the condition it asks cannot be read in full",
    },
    "extract.reason.material_conditions": {
        "zh": "一项材料中写了几项条件，未能分清",
        "en": "one material states several conditions that could not be told apart",
    },
    "extract.reason.another_transfer": {
        "zh": "又一处转学限制，“转学”已另有写法，未能确定以哪个为准",
        "en": "another rule on transfers; '转学' is already written otherwise",
    },
    # --- extraction: where a sentence is, and the comments of the rules file it writes ---
    "extract.where.paragraph": {"zh": "第{line}段", "en": "paragraph {line}"},
    "extract.where.cell": {
        "zh": "第{line}段 表{table}第{row}行第{column}列",
        "en": "paragraph {line}, table {table} row {row} column {column}",
    },
    "extract.comment.unread": {"zh": "待确认：{where}「{quote}」", "en": "to confirm: {where} '{quote}'"},
    "extract.comment.unread_because": {
        "zh": "待确认：{where}「{quote}」：{reason}",
        "en": "to confirm: {where} '{quote}': {reason}",
    },
    "extract.comment.header": {
        "zh": "由 policy-lint extract 从 {path} 提取：{facts} 项，{unread} 处待确认。",
        "en": "extracted by policy-lint extract from {path}: {facts} values, {unread} to confirm.",
    },
    "extract.comment.origins": {
        "zh": "每项上方的“来源”注释是它在草稿中的位置和原句（第N段 = 草稿的第N个段落，表格每行算一段）。",
        "en": "The 来源 comment above each value gives its place in the draft and the sentence (第N段 = the draft's Nth paragraph; each table row counts as one).",
    },
    "extract.comment.unread_explained": {
        "zh": "“待确认”是像规定却未能有把握读出的句子，没有写入规则，请对照草稿补写或删去。",
        "en": "待确认 marks a sentence that looks like a rule but could not be read with certainty; it is not in the rules: write it in from the draft, or delete it.",
    },
    "extract.where.table": {"zh": "表{table}", "en": "table {table}"},
    "extract.note.one_parent_excepted": {
        "zh": "只对部分家庭允许父母一方，其余家庭须父母双方",
        "en": "one parent allowed to some families only: the others need both parents",
    },
    "extract.note.material_detail": {
        "zh": "前一项材料的具体说明或替代材料",
        "en": "the details or the alternatives of the material before",
    },
    "extract.note.year_in_title": {"zh": "标题中的年份", "en": "the year in the title"},
    "extract.note.signing_date": {
        "zh": "第{line}段落款日期「{date}」是成文日期，不一定是报送日期，未写入“报送日期”。",
        "en": "the date '{date}' under the signature (paragraph {line}) is the date of writing, not necessarily of sending: it is not written as 报送日期.",
    },
    "extract.note.county_in": {
        "zh": "{county}属{province}{city}（行政区划）",
        "en": "{county} is in {province} {city} (administrative divisions)",
    },
    "extract.note.payer": {"zh": "缴纳人「{payer}」见第{line}段", "en": "who pays ('{payer}'): paragraph {line}"},
    "extract.note.no_private_at": {"zh": "第{line}段「{words}」", "en": "paragraph {line} '{words}'"},
    "extract.note.kinds_from": {"zh": "学校类别承{where}", "en": "the school kind from {where}"},
    "extract.note.public_only": {"zh": "{where}：只有公办学校", "en": "{where}: public schools only"},
    "extract.note.no_private_named": {"zh": "草稿未提及民办学校", "en": "the draft names no private school"},
    "extract.note.kinds_at": {"zh": "学校类别见第{line}段「{words}」", "en": "the school kind: paragraph {line} '{words}'"},
    "extract.note.same_as_public": {
        "zh": "{stage}日期同公办学校，见{where}",
        "en": "the {stage} date is the public schools': see {where}",
    },
    # --- verdicts (审核意见) ---------------------------------------------
    "verdict.not_submitted": {"zh": "未报送实施细则。", "en": "no rules were submitted."},
    "verdict.unreadable": {"zh": "实施细则无法读取或解析，未能审核。", "en": "the rules cannot be read or parsed, so they were not reviewed."},
    "verdict.substantive": {
        "zh": "存在改变入学资格的错误（{codes}）：入学条件高于基准或要求提供禁止的证明材料。",
        "en": "errors that change who may enrol ({codes}): conditions above the baseline or banned certificates.",
    },
    "verdict.too_many": {"zh": "错误共 {count} 项，需整体修改后重新报送。", "en": "{count} errors: revise and resubmit."},
    "verdict.fixable": {"zh": "存在须修改的问题（{codes}），修改后可通过。", "en": "problems to correct ({codes}); passes once corrected."},
    "verdict.warnings": {"zh": "无错误；另有 {count} 个警告供参考。", "en": "no errors; {count} warning(s) to consider."},
    "verdict.remarks_noted": {
        "zh": "另有 {count} 条提示，不是问题，不影响审核意见。",
        "en": "{count} remark(s) besides: not problems, no bearing on the verdict.",
    },
    "verdict.clean": {"zh": "未发现问题。", "en": "no problems found."},
    "verdict.clean_unread": {
        "zh": "未发现问题；另有 {count} 句未能有把握地读出、没有参与检查，请人工核对后再定。",
        "en": "no problems found; {count} sentence(s) could not be read with certainty and were not checked: review "
              "them by hand before deciding.",
    },
    "verdict.unread": {
        "zh": "另有 {count} 句未能有把握地读出、没有参与检查，请人工核对。",
        "en": "{count} sentence(s) could not be read with certainty and were not checked: review them by hand.",
    },
    "config.missing_province": {
        "zh": "目录中没有 province.toml。请按 docs/audit.md 写明省名和应报送的各市。",
        "en": "the directory has no province.toml. Write one as docs/audit.md shows, naming the province and its cities.",
    },
    # --- verdicts (审核意见) and work-plan statuses, as the reports name them ---
    "verdict.label.passed": {"zh": "通过", "en": "pass"},
    "verdict.label.passed_after_changes": {"zh": "修改后通过", "en": "pass after changes"},
    "verdict.label.failed": {"zh": "不通过", "en": "fail"},
    "plan_status.label.not_required": {"zh": "无需", "en": "not required"},
    "plan_status.label.missing": {"zh": "缺失", "en": "missing"},
    "plan_status.label.unreadable": {"zh": "无法读取", "en": "unreadable"},
    "plan_status.label.needs_changes": {"zh": "需修改", "en": "needs changes"},
    "plan_status.label.passed": {"zh": "通过", "en": "pass"},
    # --- consistency within a city -----------------------------------
    "consistency.months": {"zh": "{shown}{months!h}", "en": "{months} months{shown!h}"},
    "consistency.no_months": {"zh": "{shown}", "en": "no duration required{shown!h}"},
    "consistency.months_shown": {"zh": "{months} 个月", "en": "{months} months"},
    "consistency.no_duration": {"zh": "无时长要求", "en": "no duration required"},
    # --- CLI ---------------------------------------------------------
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
    "summary.remarks": {
        "zh": "另有 {count} 条提示（不是问题，不计入以上数目，供审核人员核对）。",
        "en": " Besides, {count} remark(s) (not problems, not counted above: for the reviewer to look at).",
    },
    "report.remarks_not_problems": {
        "zh": "：不是问题，不计入问题数，不影响审核意见",
        "en": ": not problems, in no count and no verdict",
    },
    "report.remarks_head": {
        "zh": "提示 {count} 条：不是问题，不必修改，只请审核人员核对。",
        "en": "{count} remark(s): not problems, nothing to change, for the reviewer to look at.",
    },
    "summary.clean": {
        "zh": "共检查 {files} 个文件{plans}，未发现问题。",
        "en": "{files} file(s) checked{plans}, no problems found.",
    },
    "summary.clean_unread": {
        "zh": "共检查 {files} 个文件{plans}，未发现问题；另有 {unread} 句待人工核对。",
        "en": "{files} file(s) checked{plans}, no problems found; {unread} sentence(s) left to check by hand.",
    },
    "PL101.over_limit": {"zh": "高于上限 {limit} 个月。", "en": "above the ceiling of {limit} months."},
    "PL101.over_none": {
        "zh": "而《居住证暂行条例》不设持有时长：持有有效居住证即可。",
        "en": "but the Residence Permit Regulations set no holding time: a valid permit suffices.",
    },
    "PL101.fix_limit": {
        "zh": "将居住证持有时长要求改为不超过 {limit} 个月，或只要求持有有效居住证。",
        "en": "Require at most {limit} months of holding, or only a valid residence permit.",
    },
    "PL101.fix_none": {
        "zh": "删去持有时长要求，只要求持有有效（已签注）的居住证。",
        "en": "Drop the holding time and require only a valid (endorsed) residence permit.",
    },
    "PL506.sent_away": {
        "zh": "让积分不足的孩子「{term}」；符合《居住证暂行条例》条件的随迁子女须能在流入地接受义务教育。",
        "en": "tells a child below the line '{term}'; a migrant child who meets the Residence Permit Regulations must be "
              "able to go to school here.",
    },
    "PL506.no_placement": {
        "zh": "设了分数门槛，却没有写明达不到的孩子如何统筹安排入学。",
        "en": "sets a minimum score but does not say how a child below it is placed.",
    },
    "demand.in_condition": {"zh": "入学条件「{key}：{raw}」", "en": "The condition '{key}: {raw}'"},
    "demand.in_materials": {"zh": "证明材料「{raw}」", "en": "The material '{raw}'"},
    "label.error": {"zh": "错误", "en": "error"},
    "label.warning": {"zh": "警告", "en": "warning"},
    "label.remark": {"zh": "提示", "en": "remark"},
    "label.basis": {"zh": "依据", "en": "basis"},
    "label.fix": {"zh": "建议", "en": "fix"},
    "label.look": {"zh": "请核对", "en": "look at"},
    "label.layer": {"zh": "规则集", "en": "ruleset"},
    "label.unverified": {"zh": "（原文待核实）", "en": " (wording to verify)"},
    "label.derived": {"zh": "（推定）", "en": " (derived)"},
    "label.derived_reason": {"zh": "推定", "en": "derived"},
    "label.effective_inferred": {"zh": "（生效日期系推定）", "en": " (effective date inferred)"},
    "label.dated_values": {"zh": "各时期取值", "en": "dated values"},
    "label.value": {"zh": "取值", "en": "value"},
    "label.set_by": {"zh": "设定层级", "en": "set by"},
    "label.overrides": {"zh": "覆盖", "en": "overrides"},
    "label.adds_to": {"zh": "与上层合并", "en": "added to"},
    "label.effective": {"zh": "生效日期", "en": "effective"},
    "label.citation": {"zh": "出处", "en": "citation"},
    "label.verified": {"zh": "原文已核实", "en": "wording verified"},
    "label.chain": {"zh": "继承链", "en": "Chain"},
    "label.severity_cap": {"zh": "按此值报告的问题为警告", "en": "findings under this value are warnings"},
    "label.note": {"zh": "说明", "en": "note"},
    "label.unread": {"zh": "待确认", "en": "to confirm"},
    "cli.progress": {"zh": "检查中", "en": "checking"},
    "cli.rules.code": {"zh": "代码", "en": "code"},
    "cli.rules.name": {"zh": "名称", "en": "name"},
    "cli.rules.severity": {"zh": "级别", "en": "severity"},
    "cli.rules.title": {"zh": "标题", "en": "title"},
    # --- fmt ---------------------------------------------------------
    "fmt.would_change": {"zh": "需要格式化：{path}", "en": "would reformat: {path}"},
    "fmt.reformatted": {"zh": "已格式化：{path}", "en": "reformatted: {path}"},
    "fmt.bytes_only": {
        "zh": "内容已是规范格式，只有编码或换行符将改为 UTF-8、LF",
        "en": "only the encoding or line endings change (to UTF-8, LF)",
    },
    "fmt.summary_check": {
        "zh": "{changed} 个文件需要格式化，{same} 个文件已是规范格式{errors}。",
        "en": "{changed} file(s) would be reformatted, {same} already canonical{errors}.",
    },
    "fmt.summary_write": {
        "zh": "已格式化 {changed} 个文件，{same} 个文件无需改动{errors}。",
        "en": "{changed} file(s) reformatted, {same} left unchanged{errors}.",
    },
    "fmt.errors": {"zh": "，{count} 个文件无法格式化", "en": ", {count} could not be formatted"},
    "fmt.both_modes": {"zh": "--check 与 --write 不能同时使用。", "en": "--check and --write cannot be used together."},
    "fmt.write_failed": {"zh": "无法写入 {path}：{reason}", "en": "cannot write {path}: {reason}"},
    "fmt.diff_formatted": {"zh": "{path}（格式化后 / formatted）", "en": "{path}（格式化后 / formatted）"},
    "fmt.diff_bytes_only": {"zh": "# {path}: {zh} / {en}", "en": "# {path}: {zh} / {en}"},
    # --- init --------------------------------------------------------
    "init.char.space": {"zh": "空白", "en": "a space"},
    "init.char.control": {"zh": "不可见的控制字符 {code}", "en": "the invisible control character {code}"},
    "init.bad_region_char": {
        "zh": "--region 中的「{part}」含有不能用于地名的字符：{what}。",
        "en": "'{part}' in --region holds a character that cannot be part of a place name: {what}.",
    },
    "init.bad_region": {
        "zh": "--region 应写作“省/市/县（市、区）”三级，如 山西省/晋城市/泽州县；收到「{region}」。",
        "en": "--region must name province/city/county, e.g. 山西省/晋城市/泽州县; got '{region}'.",
    },
    "init.same_region": {
        "zh": "--region 的省、市、县（市、区）应各不相同；收到「{region}」。",
        "en": "the province, city and county in --region must differ; got '{region}'.",
    },
    "init.national": {
        "zh": "该地区没有内置的省、市规则集，框架按国家基准（national）生成。",
        "en": "no bundled province or city ruleset for this region: the skeleton follows the national baseline.",
    },
    "init.follows": {
        "zh": "框架按规则集 {name}（{title}）生成。",
        "en": "the skeleton follows the ruleset {name} ({title}).",
    },
    "init.bad_year": {
        "zh": "--year 应为四位数的年度，如 2022；收到 {year}。",
        "en": "--year must be a four-digit year such as 2022; got {year}.",
    },
    # --- policy-lint rule CODE and ruleset show ----------------------
    "docs.remark_case": {"zh": "提示（不是问题）：{case}", "en": "Remark (not a finding): {case}"},
    "docs.severity_family": {
        "zh": "级别：{severity}    类别：{family}xx {name}",
        "en": "Severity: {severity}    Family: {family}xx {name}",
    },
    "docs.section.what": {"zh": "检查内容", "en": "What it checks"},
    "docs.section.why": {"zh": "为何重要", "en": "Why it matters"},
    "docs.section.example": {"zh": "示例（会报告）", "en": "Example (fires)"},
    "docs.section.instead": {"zh": "改为（不会报告）", "en": "Use instead (silent)"},
    "docs.section.fix": {"zh": "修改方法", "en": "How to fix"},
    "docs.section.not_modelled": {"zh": "未建模（留给审核人员）", "en": "Not modelled (left to the reviewer)"},
    "docs.basis": {"zh": "依据", "en": "Basis"},
    "docs.parameter": {"zh": "- {parameter}（{meaning}）", "en": "- {parameter} ({meaning})"},
    "docs.since": {"zh": "（{date} 起）：", "en": " (from {date}): "},
    "docs.chain": {"zh": "继承链：{chain}", "en": "Chain: {chain}"},
    "docs.param.value": {"zh": "取值", "en": "value"},
    "docs.param.set_by": {"zh": "设定层级", "en": "set by"},
    "docs.param.overrides": {"zh": "覆盖", "en": "overrides"},
    "docs.param.effective": {"zh": "生效日期", "en": "effective"},
    "docs.param.citation": {"zh": "出处", "en": "citation"},
    # --- ruleset values as shown (shown.py) --------------------------
    "shown.year_value": {"zh": "{year} 年 {value}", "en": "{year}: {value}"},
    "shown.yes": {"zh": "是", "en": "yes"},
    "shown.no": {"zh": "否", "en": "no"},
    # --- review and audit reports: headings, labels and sentences (render/labels.py) ---
    "report.title": {
        "zh": "{city} {year} 年进城务工人员随迁子女入学实施细则审核报告",
        "en": "{city} {year}: review of the county admission rules for migrant workers' children",
    },
    "report.province": {"zh": "省份", "en": "Province"},
    "report.ruleset": {"zh": "规则集", "en": "Ruleset"},
    "report.config": {"zh": "配置文件", "en": "Configuration"},
    "report.deadline": {"zh": "县级报市截止日期", "en": "County rules due"},
    "report.deadline_none": {"zh": "未设定", "en": "not set"},
    "report.city_submitted": {"zh": "报省日期", "en": "Sent to the province"},
    "report.key_counties": {"zh": "重点督促县", "en": "Key counties"},
    "report.key_county": {"zh": "重点督促县", "en": "Key county"},
    "report.none": {"zh": "无", "en": "none"},
    "report.summary": {"zh": "审核结论汇总", "en": "Verdicts"},
    "report.totals": {
        "zh": "共 {units} 个县（市、区），已审核 {reviewed} 个：通过 {passed}，修改后通过 {passed_after_changes}，不通过 {failed}；错误 {errors} 项，警告 {warnings} 项。",
        "en": "{units} county unit(s), {reviewed} reviewed: {passed} pass, {passed_after_changes} pass after changes, {failed} fail; {errors} error(s), {warnings} warning(s).",
    },
    "report.unit": {"zh": "县（市、区）", "en": "County unit"},
    "report.key": {"zh": "重点督促", "en": "Key county"},
    "report.status": {"zh": "报送情况", "en": "Submission"},
    "report.verdict": {"zh": "审核意见", "en": "Verdict"},
    "report.errors": {"zh": "错误", "en": "Errors"},
    "report.warnings": {"zh": "警告", "en": "Warnings"},
    "report.reasons": {"zh": "理由", "en": "Reasons"},
    "report.status.reviewed": {"zh": "已审核", "en": "reviewed"},
    "report.status.unreadable": {"zh": "无法读取", "en": "unreadable"},
    "report.status.not_submitted": {"zh": "未报送", "en": "not submitted"},
    "report.yes": {"zh": "是", "en": "yes"},
    "report.chart": {"zh": "各县问题分布（按检查类别）", "en": "Findings by county and family"},
    "report.chart_none": {"zh": "未发现问题。", "en": "No findings."},
    "report.opinions": {"zh": "各县（市、区）审核意见", "en": "Review opinion for each county unit"},
    "report.opinion": {"zh": "{unit} 审核意见", "en": "Review opinion: {unit}"},
    "report.file": {"zh": "文件", "en": "File"},
    "report.doc_number": {"zh": "文号", "en": "Document number"},
    "report.submitted_on": {"zh": "报送日期", "en": "Submitted on"},
    "report.plan": {"zh": "工作方案", "en": "Work plan"},
    "report.plan_none": {"zh": "未报送", "en": "none filed"},
    "report.plan_status": {"zh": "工作方案状态", "en": "Work plan status"},
    "report.plan_status_inline": {"zh": "工作方案状态", "en": "status"},
    "report.plan_findings": {"zh": "工作方案问题", "en": "Findings on the work plan"},
    "report.plan_problems": {"zh": "工作方案无法读取的原因", "en": "Why the work plan could not be read"},
    "report.plan_counts": {"zh": "{errors} 个错误，{warnings} 个警告", "en": "{errors} error(s), {warnings} warning(s)"},
    "report.plan_totals": {
        "zh": "工作方案：通过 {passed}，需修改 {needs_changes}，缺失 {missing}，无法读取 {unreadable}，无需 {not_required}；工作方案问题：错误 {plan_errors} 项，警告 {plan_warnings} 项（已计入上面的合计，不计入审核意见）。",
        "en": "Work plans: {passed} pass, {needs_changes} need changes, {missing} missing, {unreadable} unreadable, {not_required} not required; on the plans: {plan_errors} error(s), {plan_warnings} warning(s) (counted in the totals above, not in the verdicts).",
    },
    "report.plan_note": {
        "zh": "审核意见只针对实施细则；工作方案按本市规则集另行检查，状态列于审核意见旁：无需（不要求报送且未报送）、缺失（重点督促县未报送，见 PL604）、无法读取、需修改（有错误）、通过（无错误）。",
        "en": "The verdict is on the rules only; each work plan is checked on its own with the city's ruleset and its status shown beside the verdict: not required (none filed, none asked for), missing (a key county filed none: PL604), unreadable, needs changes (an error), pass (no error).",
    },
    "report.no_findings": {"zh": "未发现问题。", "en": "No findings."},
    "report.problems": {"zh": "无法读取的原因", "en": "Why it could not be read"},
    "report.sign": {
        "zh": "审核单位（盖章）：＿＿＿＿＿＿＿＿　　审核人：＿＿＿＿＿＿　　日期：＿＿＿＿年＿＿月＿＿日",
        "en": "Reviewing office (seal): ______________    Reviewer: __________    Date: __________",
    },
    "report.consistency": {"zh": "市内一致性（各县政策大体一致）", "en": "Consistency within the city"},
    "report.consistency_note": {
        "zh": "「≠」标出与全市通行值的差异超出规则集容差的县（时长 {months} 个月、日期 {days} 天、材料 {materials} 项），「~」为容差内或未作比较的其他取值。",
        "en": "'≠' marks a county whose value is further from the prevailing one than the ruleset tolerates ({months} month(s), {days} day(s), {materials} material(s)); '~' another value, within tolerance or not compared.",
    },
    "report.consistency_unchecked": {
        "zh": "本规则集未要求市内一致性，下表仅供参考。",
        "en": "This ruleset does not require consistency within the city; the table is for reference.",
    },
    "report.consistency_empty": {"zh": "没有可比较的参数。", "en": "No comparable parameters."},
    "report.item": {"zh": "项目", "en": "Parameter"},
    "report.prevailing": {"zh": "全市通行值", "en": "Prevailing value"},
    "report.sharing": {"zh": "采用该值的县", "en": "Counties sharing it"},
    "report.outliers": {"zh": "超出容差的县及其取值", "en": "Outliers and their values"},
    "report.within": {"zh": "其他取值", "en": "Other values"},
    "report.tied": {"zh": "并列", "en": "tied with"},
    "report.too_few": {"zh": "仅 {count} 个县（市、区）写明，不作比较。", "en": "Stated by only {count} unit(s): not compared."},
    "report.no_majority": {"zh": "没有过半数县（市、区）共同的取值，不作比较。", "en": "No value shared by most units: not compared."},
    "report.extra_items": {"zh": "多", "en": "extra"},
    "report.missing_items": {"zh": "缺", "en": "missing"},
    "report.annex3": {
        "zh": "附件3　{year} 年义务教育阶段进城务工人员随迁子女就学工作汇总表",
        "en": "Annex 3: {year} summary of schooling for migrant workers' children in compulsory education",
    },
    "report.annex3_unit": {
        "zh": "填报单位（市级教育行政部门公章）：{city}",
        "en": "Reporting body (seal of the city education bureau): {city}",
    },
    "report.annex3_filler": {"zh": "填报人：＿＿＿＿＿＿　　填报时间：＿＿＿＿＿＿", "en": "Filled in by: __________    Date: __________"},
    "report.annex3_no": {"zh": "序号", "en": "No."},
    "report.annex3_item": {"zh": "项目", "en": "Item"},
    "report.annex3_figure": {"zh": "数量", "en": "Figure"},
    "report.annex3_blank": {
        "zh": "空白处为 city.toml [statistics] 未提供的数字，请手工填报。",
        "en": "Blank figures are not given in city.toml [statistics]; fill them in by hand.",
    },
    "report.extra": {"zh": "未列入 city.toml 的文件", "en": "Files not listed in city.toml"},
    "report.unreadable": {"zh": "无法读取的文件", "en": "Unreadable files"},
    "report.city_findings": {"zh": "全市层面的问题", "en": "City-wide findings"},
    "report.findings": {"zh": "问题", "en": "Findings"},
    "report.footer": {
        "zh": "由 policy-lint {version} 依据规则集 {ruleset} 生成；每项问题均注明所依据的文件、条款和原文。",
        "en": "Generated by policy-lint {version} with the ruleset {ruleset}; every finding cites its document, article and wording.",
    },
    "report.audit.title": {
        "zh": "{province} {year} 年各市随迁子女入学实施细则审核情况审计报告",
        "en": "{province} {year}: audit of the cities' reviews of the county admission rules for migrant workers' children",
    },
    "report.audit.deadline": {"zh": "市级报省截止日期", "en": "Cities' reviews due"},
    "report.audit.stats_file": {"zh": "统计表", "en": "Statistics table"},
    "report.audit.stats_not_given": {"zh": "未提供（--stats）", "en": "not given (--stats)"},
    "report.audit.cities": {"zh": "各市报送情况", "en": "Submission by city"},
    "report.audit.city": {"zh": "市", "en": "City"},
    "report.audit.submitted_on": {"zh": "报省日期", "en": "Sent on"},
    "report.audit.timeliness": {"zh": "是否按期", "en": "By the deadline"},
    "report.audit.on_time": {"zh": "按期", "en": "on time"},
    "report.audit.late": {"zh": "逾期", "en": "late"},
    "report.audit.undated": {"zh": "未填日期", "en": "date not given"},
    "report.audit.status.submitted": {"zh": "已报送", "en": "submitted"},
    "report.audit.status.not_submitted": {"zh": "未报送", "en": "not submitted"},
    "report.audit.status.unreadable": {"zh": "配置无法读取", "en": "configuration unreadable"},
    "report.audit.units": {"zh": "县数", "en": "Units"},
    "report.audit.plan_yes": {"zh": "有工作方案", "en": "work plan"},
    "report.audit.plan_no": {"zh": "无工作方案", "en": "no work plan"},
    "report.audit.key_plan": {"zh": "工作方案{status}", "en": "work plan: {status}"},
    "report.audit.key_counties_plans": {"zh": "重点督促县（工作方案状态）", "en": "Key counties (work plan status)"},
    "report.audit.totals": {
        "zh": "共 {cities} 个市，已报送 {submitted} 个（按期 {on_time} 个，逾期 {late} 个），未报送 {not_submitted} 个；已审核 {reviewed} 个县（市、区）：通过 {passed}，修改后通过 {passed_after_changes}，不通过 {failed}；错误 {errors} 项，警告 {warnings} 项。",
        "en": "{cities} cities, {submitted} submitted ({on_time} on time, {late} late), {not_submitted} not submitted; {reviewed} county unit(s) reviewed: {passed} pass, {passed_after_changes} pass after changes, {failed} fail; {errors} error(s), {warnings} warning(s).",
    },
    "report.audit.key_note": {
        "zh": "省定名单 {key_counties} 个，已报送的市列出 {key_counties_found} 个，其中 {key_counties_with_plan} 个报送了工作方案（一县一案）；工作方案缺失 {key_counties_plan_missing} 个，无法读取或有错误（需修改）{key_counties_plan_failing} 个。",
        "en": "{key_counties} on the province's list; the submitted cities list {key_counties_found}, {key_counties_with_plan} of them with a work plan; {key_counties_plan_missing} plan(s) missing, {key_counties_plan_failing} unreadable or with an error (needs changes).",
    },
    "report.audit.key_plan_problems": {
        "zh": "工作方案缺失或未通过的重点督促县",
        "en": "Key counties whose work plan is missing or fails",
    },
    "report.audit.key_plan_problem": {"zh": "{name}（{city}，{status}{codes}）", "en": "{name} ({city}, {status}{codes})"},
    "report.audit.key_none": {"zh": "已报送的市中没有重点督促县。", "en": "No submitted city lists a key county."},
    "report.audit.missing_keys": {
        "zh": "省定名单中未见于任何已报送市的重点督促县",
        "en": "Key counties on the list that no submitted city accounts for",
    },
    "report.audit.stats": {"zh": "统计数据（附件1）", "en": "Statistics (Annex 1)"},
    "report.audit.stats_none": {
        "zh": "未提供统计表。用 --stats 指定附件1式 CSV。",
        "en": "No statistics table; give an Annex 1-style CSV with --stats.",
    },
    "report.audit.stats_unreadable": {
        "zh": "统计表无法读取，以下统计内容从略。",
        "en": "The statistics table could not be read; the statistics are left out.",
    },
    "report.audit.total": {"zh": "入学总数", "en": "Total"},
    "report.audit.public": {"zh": "公办就读人数", "en": "In public schools"},
    "report.audit.share": {"zh": "公办就读比例", "en": "Public share"},
    "report.audit.computed": {"zh": "重算", "en": "recomputed"},
    "report.audit.reported": {"zh": "报告", "en": "reported"},
    "report.audit.computed_share": {"zh": "重算比例", "en": "Recomputed share"},
    "report.audit.rank": {"zh": "排名", "en": "Rank"},
    "report.audit.remarks": {"zh": "备注", "en": "Remarks"},
    "report.audit.table_note": {
        "zh": "「重算」：各市比例由本行人数重新计算；全省人数为各市之和，比例由合计重新计算。「≠」标出有问题的数字（见下）。",
        "en": "'Recomputed': a city's share from its own counts; the province's counts are the cities' sums and its share is computed from them. '≠' marks a figure with a finding (below).",
    },
    "report.audit.province_share": {
        "zh": "全省公办学校就读比例（重新计算）：{share}",
        "en": "Provincial public-school share, recomputed: {share}",
    },
    "report.audit.reported_share": {"zh": "报告值 {share}", "en": "reported {share}"},
    "report.audit.target": {"zh": "目标比例", "en": "Target share"},
    "report.audit.no_target": {"zh": "无：规则集未引用数值目标。", "en": "no cited target (the ruleset cites no numeric target)."},
    "report.audit.rising_only": {
        "zh": "无数值目标：规则集只要求提高比例——{cite}：“{quote}”",
        "en": "no numeric target: the ruleset only asks for the share to rise — {cite}: “{quote}”",
    },
    "report.audit.target_due": {
        "zh": "{year} 年 {shown}（{cite}；统计数据为 {stats_year} 年{source}）：全省 {share}，{relation}。全部目标：{all}。",
        "en": "{shown} by {year} ({cite}; the statistics are for {stats_year}{source}): the province's {share} is {relation}. All targets: {all}.",
    },
    "report.audit.target_not_due": {
        "zh": "统计数据为 {stats_year} 年{source}，早于最早的目标年份：下一目标 {year} 年 {shown}（{cite}）尚未到期，不作比较。全部目标：{all}。",
        "en": "the statistics are for {stats_year}{source}, before the first target year: the next target, {shown} by {year} ({cite}), is not yet due and nothing is compared with it. All targets: {all}.",
    },
    "report.audit.target_no_year": {
        "zh": "{all}（{cite}）；没有统计数据，不作比较。",
        "en": "{all} ({cite}); no statistics to compare.",
    },
    "report.audit.target_year_source": {"zh": "，年份取 province.toml", "en": ", the year from province.toml"},
    "report.audit.target_below": {"zh": "低于目标 {gap} 个百分点", "en": "{gap} points below it"},
    "report.audit.target_met": {"zh": "达到目标", "en": "at or above it"},
    "report.audit.below_target": {"zh": "低于 {year} 年目标 {shown} 的市", "en": "Cities below the {year} target of {shown}"},
    "report.audit.below_province": {
        "zh": "低于全省比例的市（仅供参考，不作为问题）",
        "en": "Cities below the provincial share (for information, not findings)",
    },
    "report.audit.mark_below_province": {"zh": "低于全省", "en": "below province"},
    "report.audit.mark_below_target": {"zh": "低于目标", "en": "below target"},
    "report.audit.ranking": {"zh": "按重新计算的公办学校就读比例排名", "en": "Ranking by recomputed public-school share"},
    "report.audit.disagree": {"zh": "与重新计算不符的数字", "en": "Figures that disagree with their recomputation"},
    "report.audit.disagree_none": {"zh": "各项数字与重新计算一致。", "en": "Every figure agrees with its recomputation."},
    "report.audit.chart": {
        "zh": "各市随迁子女公办学校就读比例（重新计算）",
        "en": "Public-school share of migrant pupils by city (recomputed)",
    },
    "report.audit.chart_province": {"zh": "全省 {share}", "en": "Province {share}"},
    "report.audit.chart_target": {"zh": "目标 {share}", "en": "Target {share}"},
    "report.audit.chart_target_year": {"zh": "{year} 年目标 {share}", "en": "{year} target {share}"},
    "report.audit.legend_above": {"zh": "不低于全省比例", "en": "at or above the provincial share"},
    "report.audit.legend_below": {"zh": "低于全省比例", "en": "below the provincial share"},
    "report.audit.details": {"zh": "各市审核情况", "en": "Each city's review"},
    "report.audit.directory": {"zh": "目录", "en": "Directory"},
    "report.audit.verdicts": {"zh": "审核结论", "en": "Verdicts"},
    "report.audit.verdict_counts": {
        "zh": "通过 {passed}，修改后通过 {passed_after_changes}，不通过 {failed}；错误 {errors} 项，警告 {warnings} 项",
        "en": "{passed} pass, {passed_after_changes} pass after changes, {failed} fail; {errors} error(s), {warnings} warning(s)",
    },
    "report.audit.stats_of_city": {"zh": "{share}，第 {rank} 名", "en": "{share}, rank {rank}"},
    "report.audit.not_submitted": {"zh": "未报送审核结果。", "en": "The city has sent no review."},
    "report.audit.counties": {"zh": "各县（市、区）问题", "en": "Findings by county unit"},
    "report.audit.extra_cities": {"zh": "未列入 province.toml 的市", "en": "Cities not listed in province.toml"},
    # --- the 附件3 table (render/labels.py ANNEX3) ---------------------
    "annex3.units_total": {"zh": "市域区内县区总数", "en": "county units in the city"},
    "annex3.units_reviewed": {"zh": "已审核随迁子女入学实施细则县区数量", "en": "units whose rules were reviewed"},
    "annex3.units_not_reviewed": {"zh": "未审核随迁子女入学实施细则县区数量", "en": "units whose rules were not reviewed"},
    "annex3.heading.new_places": {
        "zh": "{year} 年新增义务教育学位数量（针对所有学生）",
        "en": "new compulsory-education places in {year} (all pupils)",
    },
    "annex3.new_places_primary": {"zh": "小学", "en": "primary"},
    "annex3.new_places_junior": {"zh": "初中", "en": "junior secondary"},
    "annex3.new_places_total": {"zh": "合计", "en": "total"},
    "annex3.migrant_children_total": {"zh": "市域内义务教育阶段随迁子女总数", "en": "migrant children in compulsory education"},
    "annex3.migrant_worker_children_total": {
        "zh": "市域内义务教育阶段进城务工人员随迁子女总数",
        "en": "children of migrant workers in compulsory education",
    },
    "annex3.heading.public": {"zh": "其中进城务工人员随迁子女在公办义务教育学校就读人数", "en": "of whom in public schools"},
    "annex3.public_primary": {"zh": "小学", "en": "primary"},
    "annex3.public_junior": {"zh": "初中", "en": "junior secondary"},
    "annex3.public_total": {"zh": "合计", "en": "total"},
    "annex3.heading.purchased": {
        "zh": "进城务工人员随迁子女享受购买民办义务教育学校学位人数",
        "en": "of whom in places bought at private schools",
    },
    "annex3.purchased_primary": {"zh": "小学", "en": "primary"},
    "annex3.purchased_junior": {"zh": "初中", "en": "junior secondary"},
    "annex3.purchased_total": {"zh": "合计", "en": "total"},
    "annex3.zhongkao_applicants": {"zh": "随迁子女在流入地参加中考报名人数", "en": "applicants for the zhongkao where they live"},
    "annex3.gaokao_applicants": {"zh": "随迁子女在流入地参加高考报名人数", "en": "applicants for the gaokao where they live"},
    # --- dates -------------------------------------------------------
    "date.day": {"zh": "{year}年{month}月{day}日{iso!h}", "en": "{iso}{year!h}{month!h}{day!h}"},
    "date.day_in_year": {"zh": "{month}月{day}日{iso!h}{year!h}", "en": "{iso}{year!h}{month!h}{day!h}"},
    "date.range": {"zh": "{start}至{end}", "en": "{start} to {end}"},
    # --- joining and quoting (see joined) ----------------------------
    "join.list": {"zh": "、", "en": ", "},
    "join.or": {"zh": "或", "en": " or "},
    "join.and": {"zh": "和", "en": " and "},
    "join.plus": {"zh": " + ", "en": " + "},
    "join.semicolon": {"zh": "；", "en": "; "},
    "punct.colon": {"zh": "：", "en": ": "},
    "punct.paren": {"zh": "（{text}）", "en": " ({text})"},
    "punct.period": {"zh": "。", "en": ". "},
    "punct.comma": {"zh": "，", "en": ", "},
    "quote.corner": {"zh": "「{text}」", "en": "'{text}'"},
    # ======== the checks' phrases (each check's message and fix are on its class) ========
    # --- families of checks (the code's first digit) -----------------
    "family.0": {"zh": "文字规范", "en": "the text itself: invisible and look-alike characters"},
    "family.1": {"zh": "入学条件不高于居住证基准", "en": "conditions no stricter than the residence-permit baseline"},
    "family.2": {"zh": "证明材料", "en": "supporting documents"},
    "family.3": {"zh": "公民同招", "en": "same-time public and private enrolment"},
    "family.4": {"zh": "市内各县大体一致", "en": "consistency within a city"},
    "family.5": {"zh": "台州：积分入学与民办学校", "en": "Taizhou: points admission and private schools"},
    "family.6": {"zh": "报送", "en": "submission"},
    "family.7": {"zh": "统计数据", "en": "statistics"},
    "family.8": {"zh": "工作方案", "en": "work plans"},
    "family.9": {"zh": "在校一视同仁与学位保障", "en": "equal treatment at school and assured places"},
    # --- PL001's phrases ---------------------------------------------
    "PL807.below": {"zh": "{place}要求至 {year} 年符合条件的随迁子女全部就读公办学校（该目标折合 {shown}）",
                    "en": "{place} requires every eligible migrant child in a public school by {year} (this target is {shown})"},
    "PL807.later": {"zh": "{place}要求至 {year} 年符合条件的随迁子女全部就读公办学校，方案到更晚的年份才达到",
                    "en": "{place} requires every eligible migrant child in a public school by {year}; the plan reaches it only later"},
    "PL807.remedy": {"zh": "在「目标」的 {year} 年写明符合条件的随迁子女全部就读公办学校（「{key}」为 100%，或与符合条件随迁子女人数相同），并安排相应的公办（含购买）学位。",
                     "en": "In 目标 for {year}, have every eligible migrant child in a public school ('{key}' at 100%, or the same count as the eligible pupils), with the public (or bought) places for it."},
    "PL205.listed": {"zh": "证明材料列有「{term}」", "en": "The materials include '{term}'"},
    "PL205.demands": {"zh": "{where}要求「{term}」", "en": "{where} demands '{term}'"},
    "PL205.permit.reason": {"zh": "暂住证已由居住证取代，居住的证明是居住证（《居住证暂行条例》第三条）。",
                            "en": "the 暂住证 was replaced by the residence permit, the proof of residence (Permit Regulations Art. 3)."},
    "PL205.permit.remedy": {"zh": "把暂住证改为居住证。", "en": "Ask for the residence permit instead of the 暂住证."},
    "PL205.hometown.reason": {"zh": "这是要家长回户籍地开具的证明，属于应清理取消的不合规入学证明材料。",
                              "en": "it must be fetched from the hukou place, a non-compliant admission document to be abolished."},
    "PL205.hometown.remedy": {"zh": "删去这项证明；身份和户籍情况以户口簿、居民身份证证明即可。",
                              "en": "Drop it; identity and hukou are shown by the household register and the identity card."},
    "PL206.listed": {"zh": "证明材料列有「{term}」", "en": "The materials include '{term}'"},
    "PL206.demands": {"zh": "证明材料「{raw}」要求{term}", "en": "The material '{raw}' asks for {term}"},
    "PL605.where.key": {"zh": "「{name}」", "en": "'{name}'"},
    "PL605.where.line": {"zh": "第 {line} 行", "en": "Line {line}"},
    "PL605.where.sentence": {"zh": "第{line}段中的一处", "en": "A blank in paragraph {line}"},
    "PL605.where.label": {"zh": "第{line}段「{key}」", "en": "'{key}' in paragraph {line}"},
    "PL605.todo.draft": {"zh": "把「{marker}」换成{thing}。", "en": "Replace '{marker}' with {thing}."},
    "PL605.state": {"zh": "仍是未填写的占位「{marker}」：应填写{thing}。",
                    "en": "is still an unfilled placeholder ('{marker}'): fill in {thing}."},
    "PL605.state.hint": {"zh": "仍是未填写的占位「{marker}」：{hint}。",
                         "en": "is still an unfilled placeholder ('{marker}'): {hint}."},
    "PL605.todo": {"zh": "按本地实际填写{thing}，并删去「{marker}」。",
                   "en": "Fill in {thing} as it really is, and delete '{marker}'."},
    "PL605.todo.hint": {"zh": "按本地实际填写（{hint}），并删去「{marker}」标记。",
                        "en": "Fill it in as it really is ({hint}), and delete the mark '{marker}'."},
    "PL605.confirm.state": {"zh": "标有「待核对」：措辞须核对。", "en": "is marked 待核对: its wording is to be confirmed."},
    "PL605.confirm.todo": {"zh": "核对{where}的措辞（以正式发布的名称为准），确认后删去「待核对」标记。",
                           "en": "Confirm the wording of {where} (as officially published), then delete the mark 待核对."},
    "PL605.thing.number": {"zh": "本细则的发文字号（没有文号的删去此行）",
                           "en": "the document number of these rules (delete the line if there is none)"},
    "PL605.thing.sent": {"zh": "实际报送的日期", "en": "the date the rules were really sent"},
    "PL605.thing.dates": {"zh": "本地实际的{key}时间", "en": "the county's own dates for {key}"},
    "PL605.thing.approved": {"zh": "核定的招生计划人数", "en": "the approved enrolment plan (pupils)"},
    "PL605.thing.planned": {"zh": "计划招生人数（不超过核定计划）", "en": "the planned intake (not above the approved plan)"},
    "PL605.thing.places": {"zh": "本地学位供给的实际情况", "en": "how many places the county really has"},
    "PL605.thing.small_classes": {"zh": "本地是否推行小班化", "en": "whether the county introduces small classes"},
    "PL605.thing.standard": {"zh": "市里发布的积分标准名称", "en": "the name of the points standard the city issued"},
    "PL605.thing.platform": {"zh": "市里发布的积分平台名称", "en": "the name of the points platform the city runs"},
    "PL605.thing.key": {"zh": "本地实际的「{key}」", "en": "the county's own '{key}'"},
    "PL605.thing.text": {"zh": "本地实际的内容", "en": "the county's own wording"},
    "PL001.total": {
        "zh": "其中共有 {count} 个不可见或形近字符，请一并改正。",
        "en": " It holds {count} invisible or look-alike characters in all; correct them all.",
    },
    "PL001.bidi.what": {"zh": "改变文字显示顺序的双向控制字符", "en": "a bidi control character"},
    "PL001.bidi.effect": {
        "zh": "：屏幕上显示的文字顺序与文件实际写的不同，审核人员看到的不是文件的内容。",
        "en": ": the screen shows the text in another order than the file holds it, so a reviewer does not see what the document says.",
    },
    "PL001.bidi.remedy": {
        "zh": "删去这个双向控制字符，按应有的顺序重新输入该值。",
        "en": "Delete the bidi control and retype the value in its proper order.",
    },
    "PL001.lookalike.what": {
        "zh": "与「{reads_as}」形同码不同的兼容字符",
        "en": "a compatibility character that looks like {reads_as}",
    },
    "PL001.lookalike.effect": {
        "zh": "：它不是规范汉字「{reads_as}」，检索和比对时认不出来（本工具按「{reads_as}」读取）。",
        "en": ": it is not the standard character {reads_as}, and a search or comparison does not find it (the tool reads it as {reads_as}).",
    },
    "PL001.lookalike.remedy": {"zh": "改为规范汉字「{reads_as}」。", "en": "Replace it with the standard character {reads_as}."},
    "PL001.invisible.what": {"zh": "不可见或显示为空白的字符", "en": "an invisible or blank character"},
    "PL001.invisible.effect": {
        "zh": "：读者看不见它，它却把词断开，检索和比对时认不出来（本工具读取时已忽略它）。",
        "en": ": a reader cannot see it, yet it splits the word for a search or comparison (the tool reads the value without it).",
    },
    "PL001.invisible.remedy": {
        "zh": "删去这个不可见字符（在编辑器中显示隐藏字符，或重新输入该词）。",
        "en": "Delete the invisible character (show hidden characters in the editor, or retype the word).",
    },
    # --- PL103's phrases ---------------------------------------------
    "PL103.above_limit": {
        "zh": "要求缴纳社保 {months} 个月，高于上限 {limit} 个月。",
        "en": "requires {months} months of social insurance, above the ceiling of {limit} months.",
    },
    "PL103.both_parents": {
        "zh": "要求父母双方都缴纳社保（「{payer}」）；基准只允许以不超过 {limit} 个月的社保缴纳为条件，并不要求父母双方参保，要求双方缴纳高于基准。",
        "en": "requires both parents to pay social insurance ('{payer}'); the baseline allows at most {limit} months of insurance as a condition and does not ask for both parents, so demanding both is stricter.",
    },
    # --- PL107's phrases ---------------------------------------------
    "PL107.subject": {"zh": "{key}：{raw}", "en": "{key}: {raw}"},
    "PL107.marriage_mentioned": {
        "zh": "提到「{term}」；用于确认监护关系（如父母离异时谁抚养）可以，但不得以婚姻状况为入学条件，请核对。",
        "en": "mentions '{term}'; it may establish custody (who has the child after a divorce), but marital status must not be a condition of admission: check.",
    },
    "PL107.hukou_condition": {
        "zh": "以「{term}」为入学条件；入学应以居住证为主要依据。",
        "en": "makes '{term}' a condition of admission; admission must rest mainly on the residence permit.",
    },
    "PL107.no_permit_condition": {
        "zh": "列出了 {count} 项入学条件，但没有一项是居住证条件。",
        "en": "lists {count} conditions, none of them about the residence permit.",
    },
    "PL107.no_permit_look": {
        "zh": "是否有意不要求居住证，其余条件是否仍以居住证所证明的居住为基础。不要求居住证比以居住证为依据更宽，不是违规，不必修改。",
        "en": "whether leaving out the permit is meant, and whether the other conditions still rest on residence. Not asking for a permit is more generous than resting on it and is no fault; nothing needs changing.",
    },
    # --- PL201's phrases ---------------------------------------------
    "PL201.banned_itself": {"zh": "属于禁止要求的证明材料{english!h}", "en": "the {english}, a banned certificate"},
    "PL201.banned_itself_unglossed": {"zh": "属于禁止要求的证明材料", "en": "a banned certificate"},
    "PL201.alias_of_a": {"zh": "属于“{name}”{gloss!h}", "en": "a {gloss}{name!h}"},
    "PL201.alias_of_an": {"zh": "属于“{name}”{gloss!h}", "en": "an {gloss}{name!h}"},
    "PL201.where.material": {"zh": "证明材料", "en": "The material"},
    "PL201.where.condition": {"zh": "入学条件「{key}：{raw}」要求的", "en": "The condition '{key}: {raw}' asks for"},
    # --- PL108's phrases ---------------------------------------------
    "PL108.excepted.message": {
        "zh": "「{key}：{raw}」只对「{families}」的家庭允许父母一方（「{term}」）：其余家庭须父母双方都满足条件；父母一方在当地工作或者居住即可。",
        "en": "'{key}: {raw}' lets one parent do ('{term}') only where '{families}': the other families need both parents to meet it; one parent working or living here suffices.",
    },
    "PL108.excepted.fix": {
        "zh": "让所有家庭父母一方（或其他法定监护人）满足条件即可，不只是「{families}」的家庭。",
        "en": "Let one parent (or another legal guardian) meet the condition for every family, not only where '{families}'.",
    },
    # --- PL202's phrases ---------------------------------------------
    "PL202.normalised": {"zh": "（即“{name}”）", "en": " (normalised as {name})"},
    "PL202.normalised_glossed": {"zh": "（即“{name}”）{english!h}", "en": " (normalised as {name}, {english})"},
    "PL202.did_you_mean": {"zh": "是否指「{name}」？", "en": " Did you mean '{name}'?"},
    # --- enrolment checks' shared phrases ----------------------------
    "checks.enrolment.public": {"zh": "公办", "en": "public"},
    "checks.enrolment.private": {"zh": "民办", "en": "private"},
    "checks.enrolment.registration": {"zh": "报名", "en": "registration"},
    "checks.enrolment.lottery": {"zh": "摇号", "en": "lottery"},
    "checks.enrolment.admission": {"zh": "录取", "en": "admission"},
    # --- PL301's phrases ---------------------------------------------
    "PL301.before": {"zh": "民办早于公办", "en": "private schools start before public ones"},
    "PL301.apart": {"zh": "两者不同步", "en": "the two are not in step"},
    # --- PL303's phrases ---------------------------------------------
    "PL303.not_by_lottery": {"zh": "，不是电脑随机录取", "en": ", not by computer lottery"},
    "PL303.not_random": {"zh": "，其中“{words}”不是随机录取", "en": "; '{words}' in it is not random"},
    # --- consistency checks' shared phrases --------------------------
    "checks.consistency.more_lenient": {
        "zh": "宽于全市通行要求，无须为求一致而收紧，在审核意见中说明即可",
        "en": "it is more lenient than the city's, so it need not be tightened; note it in the review",
    },
    "PL401.drop_duration": {
        "zh": "如无特殊理由，取消时长要求，与全市一致",
        "en": "unless there is a particular reason, drop the duration as the city does",
    },
    "PL401.beyond_tolerance": {
        "zh": "，相差 {gap} 个月，超过允许的 {tolerance} 个月",
        "en": ", {gap} months apart, beyond the tolerance of {tolerance}",
    },
    "PL401.into_line": {
        "zh": "如无特殊理由，改为与全市通行的{target}一致",
        "en": "unless there is a particular reason, bring it into line with the city's {target}",
    },
    "PL403.into_line": {
        "zh": "如无特殊理由，改为与全市通行的{target}一致，写明认可租赁住房",
        "en": "unless there is a particular reason, bring it into line with the city's {target} and say that rented housing counts",
    },
    "checks.consistency.choice_quoted": {"zh": "“{value}”", "en": "'{value}'"},
    "checks.consistency.value_held_by": {"zh": "{value}（{units}）", "en": "{value} ({units})"},
    # --- PL402's phrases ---------------------------------------------
    "PL402.shared_by_none": {"zh": "没有县（市、区）与之完全相同", "en": "no county's list is exactly this one"},
    "PL402.material_as_written": {"zh": "{name}（“{raw}”）", "en": "{name} ('{raw}')"},
    "PL402.shared_by": {"zh": "与之完全相同的：{units}", "en": "exactly the list of {units}"},
    "PL402.split": {
        "zh": "{sharing}；{split}恰有一半县（市、区）要求，不计入差异",
        "en": "{sharing}; {split}, asked for by exactly half the counties, not counted as a difference",
    },
    "PL402.extra": {"zh": "多出{materials}", "en": "asks in addition for {materials}"},
    "PL402.extra_advice": {"zh": "多出的{materials}如非必要，应删去", "en": "drop {materials} unless needed"},
    "PL402.missing": {"zh": "缺少{materials}", "en": "does not ask for {materials}"},
    "PL402.missing_advice": {
        "zh": "少要的{materials}如能通过其他途径核验，无须为求一致而增加",
        "en": "{materials} need not be added for uniformity if verifiable otherwise",
    },
    # --- PL404's phrases ---------------------------------------------
    "PL404.earlier": {"zh": "早", "en": "earlier"},
    "PL404.later": {"zh": "晚", "en": "later"},
    # --- Taizhou points checks' shared phrases -----------------------
    "checks.taizhou.not_issued_by": {"zh": "不是{issuer}制定的", "en": "is not issued by {issuer}"},
    "checks.taizhou.issued_by_unit": {
        "zh": "是{unit}制定的，不是{issuer}统一制定的",
        "en": "is issued by {unit}, not city-wide by {issuer}",
    },
    "PL501.noun": {"zh": "积分标准", "en": "points standard"},
    "PL502.noun": {"zh": "积分平台", "en": "points platform"},
    "checks.taizhou.no_section": {
        "zh": "细则没有「积分入学」一节，未写明{noun}（统一标准和平台由市里建立，县里不实行积分入学的可不写，请核对）",
        "en": "the rules have no 积分入学 section, so no {noun} is named (the city builds the one standard and platform, and a county without points admission need not name it: check it is meant)",
    },
    "checks.taizhou.not_named": {"zh": "「积分入学」一节未写明「{key}」（{noun}）", "en": "the 积分入学 section names no {key} ({noun})"},
    "checks.taizhou.not_city_issued": {"zh": "{noun}「{value}」{reason}", "en": "the {noun} '{value}' {reason}"},
    "checks.taizhou.more_than_one": {
        "zh": "「积分入学」列出了 {count} 个{noun}，第 2 个为「{value}」",
        "en": "the 积分入学 section lists {count} {noun}s; the second is '{value}'",
    },
    # --- PL503's phrases ---------------------------------------------
    "PL503.puts_first": {"zh": "以「{culprit}」为主", "en": "puts {culprit} first"},
    "PL503.not_on_permit": {"zh": "没有以居住证为依据", "en": "does not rest on the residence permit"},
    "PL503.listed_before_permit": {"zh": "把「{culprit}」列在居住证之前", "en": "lists {culprit} before the residence permit"},
    "PL503.other": {"zh": "「{culprit}」", "en": "{culprit}"},
    "PL503.other_conditions": {"zh": "其他条件", "en": "other conditions"},
    # --- PL504's phrases ---------------------------------------------
    "PL504.beyond_city": {"zh": "民办学校严禁跨区域招生", "en": "cross-region enrolment is forbidden"},
    "PL504.within_city": {
        "zh": "由本县（市、区）审批的民办学校只能在本县招生，由市审批的可在全市招生（民办教育促进法实施条例第三十一条），请核对学校的审批机关",
        "en": "a school approved by the county may enrol only in the county, one approved by the city anywhere in the city (Regulations for the Implementation of the Private Education Promotion Law, art. 31): check who approved the school",
    },
    # --- PL505's phrases ---------------------------------------------
    "PL505.plan_exceeds": {
        "zh": "民办学校计划招生 {planned} 人，超过核定计划 {approved} 人，超出 {excess} 人",
        "en": "the private schools plan to enrol {planned}, {excess} more than the approved plan of {approved}",
    },
    "PL505.plan_exceeds_remedy": {
        "zh": "把计划招生人数降到核定计划 {approved} 人以内。",
        "en": "Plan to enrol at most the approved {approved}.",
    },
    "PL505.over_plan_allowed": {
        "zh": "民办学校「{key}：{raw}」允许超计划招生（「{words}」）",
        "en": "the private-school entry '{key}: {raw}' allows enrolment beyond the plan ('{words}')",
    },
    "PL505.over_plan_allowed_remedy": {
        "zh": "删去「{words}」，写明在核定的招生计划内招生。",
        "en": "Drop '{words}' and state that enrolment stays within the approved plan.",
    },
    # --- submission checks' shared phrases ---------------------------
    "checks.submission.city_set": {"zh": "（截止日期由本市在 city.toml 中设定）", "en": " (a date the city set in city.toml)"},
    # --- PL602's phrases ---------------------------------------------
    "PL602.one_day": {"zh": "{count} 天", "en": "{count} day"},
    "PL602.days": {"zh": "{count} 天", "en": "{count} days"},
    # --- PL603's phrases ---------------------------------------------
    "PL603.key.省": {"zh": "「省」", "en": "the province (「省」)"},
    "PL603.key.市": {"zh": "「市」", "en": "the city (「市」)"},
    "PL603.key.县": {"zh": "「县」", "en": "the county (「县」)"},
    "PL603.key.年度": {"zh": "「年度」", "en": "the year (「年度」)"},
    "PL603.key.标题": {"zh": "「标题」", "en": "the title (「标题」)"},
    "PL603.key.文号": {"zh": "「文号」", "en": "the document number (「文号」)"},
    "PL603.key.依据": {"zh": "「依据」", "en": "the basis (「依据」)"},
    "PL603.key.报送日期": {"zh": "「报送日期」", "en": "the date sent (「报送日期」)"},
    # --- PL604's phrases ---------------------------------------------
    "PL604.listed_in_city": {"zh": "见 city.toml 的 key_counties", "en": "city.toml key_counties"},
    "PL604.listed_by_province": {"zh": "省定重点督促县名单", "en": "on the province's list"},
    # --- PL701's phrases ---------------------------------------------
    "PL701.fraction.message": {
        "zh": "「{name}」的公办学校就读比例写作 {raw}，看来是小数而不是百分数：{raw} 即 {percent}%，与人数相符。",
        "en": "'{name}' gives its public-school share as {raw}, which looks like a fraction rather than a percentage: {raw} is {percent}%, which its counts give.",
    },
    "PL701.fraction.fix": {
        "zh": "把比例写作百分数 {percent}%（附件1 的写法），不要写小数 {raw}。",
        "en": "Write the share as the percentage {percent}% (as 附件1 does), not the fraction {raw}.",
    },
    "PL701.typo.fix": {
        "zh": "「{name}」的{column} {written} 看来是笔误：改为 {corrected} 后，比例 {reported} 与人数、合计行都相符；核对后更正人数，比例不必改。",
        "en": "'{name}' {column} {written} looks mistyped: {corrected} agrees with the share {reported} and with the total row; check and correct the count, the share needs no change.",
    },
    # --- PL702's phrases ---------------------------------------------
    "PL702.column.total": {"zh": "入学总数", "en": "total"},
    "PL702.column.public": {"zh": "公办学校就读人数", "en": "public-school count"},
    "PL702.typo.message": {
        "zh": "合计行「{name}」的{column}为 {reported}，各市之和为 {computed}（相差 {difference}）；「{city}」的{column} {written} 看来是笔误：改为 {corrected} 后，该市的比例 {share} 和合计行都相符。",
        "en": "the total row '{name}' gives {column} {reported}; the cities add up to {computed} (a difference of {difference}); '{city}' {column} {written} looks mistyped: {corrected} would agree with both its own share {share} and the total row.",
    },
    "PL702.typo.fix": {
        "zh": "核对「{city}」的报表，把{column}更正为 {corrected}；合计行「{name}」不必改。",
        "en": "Check '{city}''s return and correct its {column} to {corrected}; the total row '{name}' needs no change.",
    },
    # --- PL705's phrases ---------------------------------------------
    "PL705.city_effect": {
        "zh": "这个市的人数在各市之和与全省比例中算了两次。",
        "en": "this city is counted twice in the cities' sums and the province's share.",
    },
    "PL705.total_effect": {
        "zh": "表中只应有一个合计行；审核按第 {first_line} 行核对，这一行不计。",
        "en": "a table has one total row; the audit checks line {first_line} and ignores this one.",
    },
    "PL705.total_row": {
        "zh": "第二个合计行「{name}」",
        "en": "a second total row '{name}'",
    },
    "PL705.city_row": {"zh": "「{name}」", "en": "'{name}'"},
    # --- PL706's phrases ---------------------------------------------
    "PL706.counted": {
        "zh": "这一行的人数仍计入各市之和。",
        "en": "Its counts are still in the cities' sums.",
    },
    "PL706.uncounted": {
        "zh": "这一行不计入各市之和、全省比例与排名。",
        "en": "The row is left out of the cities' sums, the province's share and the ranking.",
    },
    "PL706.named_row": {"zh": "「{name}」这一行", "en": "the row '{name}'"},
    "PL706.row_at_line": {"zh": "第 {line} 行", "en": "line {line}"},
    "PL706.column.name": {"zh": "市名", "en": "the city's name"},
    "PL706.column.total": {"zh": "入学总数", "en": "the total"},
    "PL706.column.public": {"zh": "公办学校就读人数", "en": "the public-school count"},
    "PL706.column.share": {"zh": "公办学校就读比例", "en": "the share"},
    # --- work plan checks' shared phrases ----------------------------
    "checks.plans.target_divided": {"zh": "{raw}（÷ {whole} = {shown}）", "en": "{raw} (÷ {whole} = {shown})"},
    # --- PL801's phrases ---------------------------------------------
    "PL801.by_year": {"zh": " {year} 年", "en": " by {year}"},
    "PL801.now": {"zh": "（现状 {now}）", "en": " (now {now})"},
    "PL801.required_by_year": {"zh": "{place}目标为至 {year} 年达到 {value}", "en": "{place}'s target is {value} by {year}"},
    "PL801.must_raise": {"zh": "须提高随迁子女在公办学校就读比例{shown}", "en": "the plan must raise the public-school share{shown}"},
    # --- PL802's phrases ---------------------------------------------
    "PL802.raise_remedy": {
        "zh": "将 {year} 年的「{key}」目标提高到不低于 {required}，并列出达到目标所需的措施",
        "en": "raise the {year} '{key}' target to at least {required} and list the measures that reach it",
    },
    "PL802.from_counts": {"zh": "由现状人数算出", "en": "from its counts"},
    "PL802.as_stated": {"zh": "现状所写", "en": "as stated"},
    "PL802.above_current_remedy": {
        "zh": "把目标定在现状 {shown} 之上，并列出新增公办学位的措施",
        "en": "set the target above the current {shown} and list the public places to add",
    },
    "PL802.not_above_current": {
        "zh": "不高于方案现状 {shown}（{source}），没有提高随迁子女在公办学校就读比例",
        "en": "no higher than the plan's current {shown} ({source}): it does not raise the public-school share",
    },
    "PL802.below_required": {
        "zh": "低于{place}同年目标 {required}（差 {gap} 个百分点）",
        "en": "below {place}'s {required} for the same year ({gap} percentage points short)",
    },
    "PL802.below_required_one": {
        "zh": "低于{place}同年目标 {required}（差 {gap} 个百分点）",
        "en": "below {place}'s {required} for the same year ({gap} percentage point short)",
    },
    # --- PL805's phrases ---------------------------------------------
    "PL805.no_places_measure": {"zh": "0 个（方案未列新增学位的措施）", "en": "0 (no measure adding places is listed)"},
    "PL805.current_total": {
        "zh": "随迁子女总数按现状 {migrants} 人不变计算（方案未写 {year} 年的预测）",
        "en": "The migrant total is taken to stay at the current {migrants} (the plan gives no projection for {year})",
    },
    "PL805.projected_total": {
        "zh": "随迁子女总数按方案预计的 {projected} 年 {migrants} 人计算",
        "en": "The migrant total is the plan's projection for {projected}, {migrants}",
    },
    "PL805.kind.new_school": {"zh": "新建学校", "en": "new schools"},
    "PL805.kind.expansion": {"zh": "改扩建", "en": "extensions"},
    "PL805.kind.purchase": {"zh": "购买学位", "en": "purchased places"},
    "PL805.places_one": {"zh": "{count} 个（{kind}）", "en": "{count} ({kind})"},
    "PL805.places_of_kind": {"zh": "{count}（{kind}）", "en": "{count} ({kind})"},
    "PL805.places_sum": {"zh": "{parts} = {total} 个", "en": "{parts} = {total}"},
    # --- PL806's phrases ---------------------------------------------
    "PL806.measure.joint_meeting": {
        "zh": "县级随迁子女义务教育工作联席会议制度（「联席会议」）",
        "en": "a county joint-meeting system for migrant children's education (联席会议)",
    },
    "PL806.measure.community": {
        "zh": "优质公办学校与随迁子女学校的发展共同体（「发展共同体」）",
        "en": "development communities pairing good public schools with migrant-children schools (发展共同体)",
    },
    "PL806.measure.seconded": {
        "zh": "选派公办学校教师干部到随迁子女学校支教支管（「支教支管」）",
        "en": "public-school staff seconded to teach and manage in migrant-children schools (支教支管)",
    },
    "PL806.government": {
        "zh": "落实“以流入地政府为主”的措施：县级牵头统筹（「联席会议」或「责任分工」）",
        "en": "a measure for 'the receiving government takes the lead': county-level coordination (联席会议 or 责任分工)",
    },
    "PL806.public": {
        "zh": "落实“以公办学校为主”的措施：增加公办学校就读学位（「新建学校」「改扩建」或「购买学位」；政府购买民办学校学位计入公办学校就读）",
        "en": "a measure for 'public schools take the lead': places counted as public (新建学校, 改扩建 or 购买学位; places the government buys from private schools count as public)",
    },
    "PL806.declined": {"zh": "，而写的是「{key}：{value}」", "en": "; it says '{key}: {value}'"},
    # --- PL902's phrases ---------------------------------------------
    "PL902.places_not_assured": {
        "zh": "「学位：{places}」表明随迁子女学位不能有效保障（“{short}”）",
        "en": "'学位: {places}' says migrant children's places are not assured ('{short}')",
    },
    "PL902.no_assurance": {
        "zh": "细则没有写明随迁子女学位能够有效保障",
        "en": "the rules do not say migrant children's places are assured",
    },
    # --- Word comments and tracked changes on the county's draft (annotate) ---
    "annotate.not_docx": {
        "zh": "「{path}」不是 Word 文档：annotate 在 .docx 草稿中加批注（.doc 请先在 Word 或 WPS 中另存为 .docx）。",
        "en": "'{path}' is not a Word document: annotate adds comments to a .docx draft (save a .doc as .docx in Word or WPS first).",
    },
    "annotate.cannot_open": {
        "zh": "「{path}」能读出文字，但无法作为 Word 文档写回批注（{reason}）。请在 Word 或 WPS 中打开后另存为 .docx 再试。",
        "en": "'{path}' can be read, but not written back with comments ({reason}). Open it in Word or WPS, save it as .docx and try again.",
    },
    "annotate.too_large": {
        "zh": "「{path}」解压后共 {size} 字节，超过上限 {limit} 字节（POLICY_LINT_MAX_DOCX_UNPACKED），没有加批注。",
        "en": "'{path}' unpacks to {size} bytes, over the limit of {limit} (POLICY_LINT_MAX_DOCX_UNPACKED); no comments were added.",
    },
    "annotate.summary": {
        "zh": "已在 {path} 中加批注 {comments} 条（问题 {findings} 条，待确认 {unread} 条{remarks}），修订建议 {changes} 处{fallback}。",
        "en": "wrote {path} with {comments} comments ({findings} findings, {unread} to confirm{remarks}) and {changes} proposed changes{fallback}.",
    },
    "annotate.summary_remarks": {"zh": "，提示 {count} 条（不是问题）", "en": ", {count} remark(s), not problems"},
    "annotate.summary_fallback": {
        "zh": "；其中 {count} 条未能定位到原词，加在所在段落上",
        "en": "; {count} could not be placed on their words and are on their paragraph",
    },
    "annotate.basis": {"zh": "依据：{citation}：“{quote}”{unverified}", "en": "Basis: {citation}: “{quote}”{unverified}"},
    "annotate.fix": {"zh": "修改建议：{fix}", "en": "What to do: {fix}"},
    "annotate.look": {"zh": "不是问题，不必修改；请核对：{fix}", "en": "Not a problem, nothing to change; look at: {fix}"},
    "annotate.where": {
        "zh": "（本条批注是关于第 {line} 段的：“{quote}”）",
        "en": "(this comment is about paragraph {line}: “{quote}”)",
    },
    "annotate.unread": {"zh": "[待确认] {message}", "en": "[to confirm] {message}"},
    "annotate.change_duration": {"zh": "建议改为“{new}”（修订）。", "en": "Proposed: “{new}” (tracked change)."},
    "annotate.change_delete": {"zh": "建议删除（修订）。", "en": "Proposed: delete it (tracked change)."},
    # --- 审核意见 letters (review --format docx) -------------------------
    "letter.title": {"zh": "关于{document}的审核意见", "en": "Review opinion on {document}"},
    "letter.document": {"zh": "《{title}》", "en": "“{title}”"},
    "letter.document_default": {
        "zh": "{unit}{year}年进城务工人员随迁子女义务教育入学实施细则",
        "en": "{unit}'s {year} rules for the school admission of migrant workers' children",
    },
    "letter.to": {"zh": "{bureau}：", "en": "To {bureau}:"},
    "letter.received": {
        "zh": "你局报送的{document}{number}已收悉。经审核，意见如下：",
        "en": "We have received your {document}{number}. Having reviewed it, our opinion is as follows:",
    },
    "letter.number": {"zh": "（{number}）", "en": " ({number})"},
    "letter.not_submitted": {
        "zh": "截至审核时，我局未收到你局的{document}。请于{date}前报送。",
        "en": "By the time of this review we had not received your {document}. Please submit it by {date}.",
    },
    "letter.unreadable": {
        "zh": "你局报送的文件「{path}」无法读取：{reason}请于{date}前重新报送可以读取的文本。",
        "en": "The file you sent, '{path}', cannot be read: {reason} Please send a readable text by {date}.",
    },
    "letter.verdict": {"zh": "审核结论：{verdict}。", "en": "Conclusion: {verdict}."},
    "letter.passed": {
        "zh": "经审核，未发现与国家、省、市规定不符之处，同意按此实施，并按规定向社会公开。",
        "en": "We found nothing contrary to the national, provincial or city rules; it may be put into effect and published as required.",
    },
    "letter.passed_remarks": {
        "zh": "经审核，未发现与国家、省、市规定不符之处，同意按此实施；以下几点请核实，并按规定向社会公开。",
        "en": "We found nothing contrary to the national, provincial or city rules; it may be put into effect. Please verify the points below, and publish it as required.",
    },
    "letter.after_changes": {
        "zh": "原则同意，请按以下意见修改后实施，并于{date}前将修改稿报我局备案。",
        "en": "Agreed in principle: please make the changes below before putting it into effect, and send us the revised text by {date}.",
    },
    "letter.failed": {
        "zh": "存在以下问题，请按意见修改后于{date}前重新报送我局审核。",
        "en": "It has the problems below: please revise it accordingly and resubmit it for review by {date}.",
    },
    "letter.errors": {"zh": "{number}、须修改的问题", "en": "{number}. To be changed"},
    "letter.warnings": {"zh": "{number}、请核实的问题", "en": "{number}. To verify"},
    "letter.remarks": {"zh": "{number}、提示（不是问题，不必修改，不影响审核结论）", "en": "{number}. Remarks (not problems: nothing to change, no bearing on the conclusion)"},
    "letter.remark_item": {
        "zh": "{number}. {message}请核对：{fix}（依据〔{ref}〕）",
        "en": "{number}. {message} To look at: {fix} (basis [{ref}])",
    },
    "letter.plan": {"zh": "{number}、工作方案", "en": "{number}. Work plan"},
    "letter.plan_missing": {
        "zh": "你县为重点督促县，须同时报送工作方案，我局未收到，请于{date}前报送。",
        "en": "As a key county you must also send a work plan; we have not received it. Please send it by {date}.",
    },
    "letter.plan_unreadable": {
        "zh": "报送的工作方案无法读取，请于{date}前重新报送。",
        "en": "The work plan you sent cannot be read; please resubmit it by {date}.",
    },
    "letter.plan_passed": {"zh": "工作方案未发现问题。", "en": "The work plan has no problem."},
    "letter.item": {
        "zh": "{number}. {title}：{message}修改意见：{fix}（依据〔{ref}〕）",
        "en": "{number}. {title}: {message} What to change: {fix} (basis [{ref}])",
    },
    "letter.basis_heading": {"zh": "依据", "en": "Basis"},
    "letter.basis": {
        "zh": "〔{ref}〕{citation}：“{quote}”{unverified}",
        "en": "[{ref}] {citation}: “{quote}”{unverified}",
    },
    "letter.basis_note": {"zh": "说明：{note}", "en": "Note: {note}"},
    "letter.seal": {"zh": "（盖章）", "en": "(seal)"},
    "letter.appendix": {"zh": "附：问题位置（供核对）", "en": "Appendix: where each problem is (for checking)"},
    "letter.appendix_item": {"zh": "{number}. {where}　{code} {name}", "en": "{number}. {where}  {code} {name}"},
    "letter.summary": {"zh": "已写入 {count} 份审核意见：{files}", "en": "wrote {count} review letters: {files}"},
    "letter.review_only": {
        "zh": "--format docx 只用于 review（每县一份审核意见）；{kind} 请用 text、markdown、json、sarif 或 html。",
        "en": "--format docx is for review only (one opinion letter per county); for {kind} use text, markdown, json, sarif or html.",
    },
    "letter.not_stdout": {
        "zh": "Word 文件不能输出到屏幕：请用 -o 指定一个目录（每县一份）或一个 .docx 文件（全部写在一起）。",
        "en": "A Word file cannot be printed: give -o a folder (one letter per county) or a .docx file (all in one).",
    },
    "letter.inside_input": {
        "zh": "「{path}」在被审核的城市目录之内：审核意见不写入其中（下次审核会把它当作县里报送的文件）。请指定目录之外的位置。",
        "en": "'{path}' is inside the city folder under review: the letters are not written there (the next review would read them as a county's files). Choose a place outside it.",
    },
    "letter.template_missing": {
        "zh": "city.toml 的 [letters] template 指定的「{path}」不存在或不是普通文件。",
        "en": "'{path}', named by [letters] template in city.toml, does not exist or is not a regular file.",
    },
    "letter.template_not_docx": {
        "zh": "city.toml 的 [letters] template 应为 .docx 文件（单位的公文模板），「{path}」不是。",
        "en": "[letters] template in city.toml must be a .docx file (the bureau's letter template); '{path}' is not.",
    },
    "letter.bureau_of": {"zh": "{place}教育局", "en": "{place} education bureau"},
    # --- PDF reports (review/audit --format pdf) ---------------------
    "pdf.no_browser": {
        "zh": "生成 PDF 需要 Chromium 或 Chrome 浏览器，本机没有找到。请安装（Debian/Ubuntu：sudo apt-get install chromium fonts-noto-cjk），或用 --format html 输出网页后在浏览器中打印；也可设置环境变量 POLICY_LINT_BROWSER 指向浏览器程序。",
        "en": "A PDF needs the Chromium or Chrome browser, and none was found. Install one (Debian/Ubuntu: sudo apt-get install chromium fonts-noto-cjk), or write the page with --format html and print it from a browser; POLICY_LINT_BROWSER may name the browser program.",
    },
    "pdf.failed": {
        "zh": "浏览器未能生成 PDF（{reason}）。可用 --format html 输出网页后在浏览器中打印。",
        "en": "The browser could not print the PDF ({reason}). Write the page with --format html and print it from a browser.",
    },
    "pdf.written": {"zh": "已写入 {path}", "en": "wrote {path}"},
    "pdf.not_stdout": {
        "zh": "PDF 文件不能输出到屏幕：请用 -o 指定一个 .pdf 文件。",
        "en": "A PDF cannot be printed to the screen: give -o a .pdf file.",
    },
    # --- spreadsheets (review/audit --format xlsx) -------------------
    "xlsx.sheet.annex3": {"zh": "附件3", "en": "Annex 3"},
    "xlsx.sheet.verdicts": {"zh": "各县审核结论", "en": "County verdicts"},
    "xlsx.sheet.annex1": {"zh": "附件1（复核）", "en": "Annex 1 (recomputed)"},
    "xlsx.sheet.cities": {"zh": "各市审核情况", "en": "Cities"},
    "xlsx.blank": {
        "zh": "city.toml [statistics] 未提供，请手工填报",
        "en": "not given in city.toml [statistics]: fill it in by hand",
    },
    "xlsx.col.unit": {"zh": "县（市、区）", "en": "County"},
    "xlsx.col.verdict": {"zh": "审核结论", "en": "Verdict"},
    "xlsx.col.errors": {"zh": "错误", "en": "Errors"},
    "xlsx.col.warnings": {"zh": "警告", "en": "Warnings"},
    "xlsx.col.remarks": {"zh": "提示（不是问题）", "en": "Remarks (no fault)"},
    "xlsx.col.plan": {"zh": "工作方案", "en": "Work plan"},
    "xlsx.col.reasons": {"zh": "理由", "en": "Reasons"},
    "xlsx.col.city": {"zh": "市", "en": "City"},
    "xlsx.col.total": {"zh": "入学总数（报送）", "en": "Total (reported)"},
    "xlsx.col.public": {"zh": "公办学校就读人数（报送）", "en": "In public schools (reported)"},
    "xlsx.col.share": {"zh": "公办学校就读比例（报送）", "en": "Public share (reported)"},
    "xlsx.col.total_computed": {"zh": "入学总数（复核）", "en": "Total (recomputed)"},
    "xlsx.col.public_computed": {"zh": "公办学校就读人数（复核）", "en": "In public schools (recomputed)"},
    "xlsx.col.share_computed": {"zh": "公办学校就读比例（复核）", "en": "Public share (recomputed)"},
    "xlsx.col.rank": {"zh": "排名", "en": "Rank"},
    "xlsx.col.problems": {"zh": "问题", "en": "Problems"},
    "xlsx.col.status": {"zh": "报送情况", "en": "Submission"},
    "xlsx.col.submitted": {"zh": "报送日期", "en": "Submitted on"},
    "xlsx.col.counts": {"zh": "通过 / 修改后通过 / 不通过", "en": "Pass / after changes / fail"},
    "xlsx.annex1_title": {
        "zh": "附件1　{year}年义务教育阶段学校随迁子女就读情况（复核）",
        "en": "Annex 1: migrant children in compulsory education, {year} (recomputed)",
    },
    "xlsx.annex1_note": {
        "zh": "红色单元格：问题所在，批注中写明问题和修改方法；黄色单元格：与复核值不同，原因在红色单元格。",
        "en": "Red cells: where a problem is, the comment saying what and what to do; yellow cells: differ from the recomputed value because of a red cell.",
    },
    "xlsx.differs": {
        "zh": "与复核值 {computed} 不同；原因见本表标红的单元格。",
        "en": "Differs from the recomputed {computed}; the reason is in the red cell of this table.",
    },
    "xlsx.no_stats": {"zh": "未提供统计表（--stats），没有附件1。", "en": "No statistics table was given (--stats): no Annex 1."},
    "xlsx.not_stdout": {
        "zh": "Excel 文件不能输出到屏幕：请用 -o 指定一个 .xlsx 文件。",
        "en": "A spreadsheet cannot be printed to the screen: give -o an .xlsx file.",
    },
    # --- the local web page (policy-lint serve) ----------------------
    "serve.title": {
        "zh": "policy-lint：随迁子女入学实施细则检查",
        "en": "policy-lint: checking admission rules for migrant children",
    },
    "serve.county": {"zh": "县（市、区）：检查一份草稿", "en": "County: check a draft"},
    "serve.county_help": {
        "zh": "上传实施细则草稿（Word .docx、.txt，或 .rules）。结果显示在原文旁，可下载逐条加了批注的 Word 文件。",
        "en": "Upload a draft of the rules (Word .docx, .txt, or .rules). The findings are shown beside the text, and the Word file with a comment on each can be downloaded.",
    },
    "serve.city": {"zh": "市：审核全市各县", "en": "City: review every county"},
    "serve.city_help": {
        "zh": "上传城市目录的 zip 压缩包（含 city.toml 和各县的实施细则）。可下载每县一份的审核意见、附件3 和 PDF。",
        "en": "Upload a zip of the city folder (city.toml and each county's rules). The opinion letters, 附件3 and the PDF can be downloaded.",
    },
    "serve.province": {"zh": "省：审计各市", "en": "Province: audit every city"},
    "serve.province_help": {
        "zh": "上传省级目录的 zip 压缩包（含 province.toml 和各市目录），可附上附件1 统计表（CSV）。",
        "en": "Upload a zip of the province folder (province.toml and each city's folder), and the 附件1 table (CSV) if you have it.",
    },
    "serve.stats": {"zh": "附件1 统计表（可选）", "en": "附件1 table (optional)"},
    "serve.submit": {"zh": "检查", "en": "Check"},
    "serve.working": {
        "zh": "正在检查，请稍候……一个城市的全部文件可能需要几十秒。",
        "en": "Checking… a whole city can take a few tens of seconds.",
    },
    "serve.back": {"zh": "返回", "en": "Back"},
    "serve.findings": {"zh": "问题", "en": "Findings"},
    "serve.none": {"zh": "未发现问题。", "en": "No problem found."},
    "serve.none_unread": {
        "zh": "未发现问题；另有 {count} 句待人工核对。",
        "en": "No problem found; {count} sentences are left to check by hand.",
    },
    "serve.unread": {"zh": "待确认", "en": "To confirm"},
    "serve.download_annotated": {"zh": "下载加了批注的 Word 文件", "en": "Download the Word file with comments"},
    "serve.download_letters": {"zh": "下载审核意见（Word，每县一份在一个文件中）", "en": "Download the opinion letters (Word)"},
    "serve.download_xlsx": {"zh": "下载表格（Excel）", "en": "Download the table (Excel)"},
    "serve.download_pdf": {"zh": "下载 PDF", "en": "Download the PDF"},
    "serve.no_pdf": {"zh": "本机没有 Chromium 浏览器，无法生成 PDF。", "en": "No Chromium on this machine: no PDF."},
    "serve.no_file": {
        "zh": "没有收到文件：请选择一个文件后再提交（表单字段 file）。",
        "en": "No file was received: choose a file and submit again (form field 'file').",
    },
    "serve.too_large": {
        "zh": "上传的内容超过 {limit} 字节的上限（POLICY_LINT_MAX_UPLOAD），未处理。",
        "en": "The upload is over the limit of {limit} bytes (POLICY_LINT_MAX_UPLOAD); nothing was done.",
    },
    "serve.bad_suffix": {
        "zh": "「{name}」不是可检查的草稿：请上传 {suffixes} 文件（其他格式请先在 Word 或 WPS 中另存为 .docx）。",
        "en": "'{name}' is not a draft that can be checked: upload a {suffixes} file (save another format as .docx in Word or WPS first).",
    },
    "serve.not_zip": {
        "zh": "「{name}」不是 zip 压缩包：请把整个目录压缩为 .zip 后上传。",
        "en": "'{name}' is not a zip: zip the whole folder and upload the .zip.",
    },
    "serve.zip_unsafe": {
        "zh": "压缩包中的「{entry}」{why}，整个压缩包未处理。",
        "en": "'{entry}' in the zip {why}; the zip was not used.",
    },
    "serve.zip_why.outside": {"zh": "指向目录之外", "en": "points outside its folder"},
    "serve.zip_why.link": {"zh": "是符号链接", "en": "is a symbolic link"},
    "serve.zip_why.special": {"zh": "不是普通文件", "en": "is not a regular file"},
    "serve.zip_why.ratio": {"zh": "压缩比异常（疑似“压缩炸弹”）", "en": "is compressed suspiciously well (a zip bomb?)"},
    "serve.zip_too_many": {
        "zh": "压缩包中有 {count} 个文件，超过上限 {limit}，未处理。",
        "en": "The zip holds {count} files, over the limit of {limit}; not used.",
    },
    "serve.zip_too_large": {
        "zh": "压缩包解压后超过 {limit} 字节，未处理。",
        "en": "The zip unpacks to more than {limit} bytes; not used.",
    },
    "serve.zip_damaged": {"zh": "压缩包已损坏或加密，无法解压。", "en": "The zip is damaged or encrypted and cannot be unpacked."},
    "serve.no_config": {
        "zh": "压缩包中没有找到 {name}：城市目录应含 city.toml，省级目录应含 province.toml。",
        "en": "No {name} in the zip: a city folder holds city.toml, a province folder province.toml.",
    },
    "serve.many_configs": {
        "zh": "压缩包中有 {count} 个 {name}：请一次上传一个{what}的目录。",
        "en": "The zip holds {count} {name} files: upload one {what}'s folder at a time.",
    },
    "serve.what.city": {"zh": "城市", "en": "city"},
    "serve.what.province": {"zh": "省", "en": "province"},
    "serve.unauthorised": {
        "zh": "需要访问令牌（--token）：请使用启动时显示的完整地址打开本页。",
        "en": "An access token (--token) is needed: open this page with the full address shown when the server started.",
    },
    "serve.bad_host": {
        "zh": "请求的主机名「{host}」不是本机地址，已拒绝。请用 http://127.0.0.1:{port}/ 打开。",
        "en": "The request's host '{host}' is not this machine's loopback address; refused. Open http://127.0.0.1:{port}/.",
    },
    "serve.not_found": {"zh": "没有这个页面。", "en": "No such page."},
    "serve.failed": {"zh": "处理时出错：{reason}", "en": "Something went wrong: {reason}"},
    "serve.started": {
        "zh": "policy-lint 网页已启动：{url}（按 Ctrl-C 停止）",
        "en": "policy-lint is serving at {url} (Ctrl-C stops it)",
    },
    "serve.needs_token": {
        "zh": "--host {host} 不是本机地址：对外提供服务时必须同时给出 --token（每个请求都须携带），以免他人使用或读取上传的文件。",
        "en": "--host {host} is not a loopback address: serving beyond this machine needs --token too (every request must carry it), so that no one else can use it or read what is uploaded.",
    },
    "serve.missing": {
        "zh": "policy-lint serve 需要 starlette、uvicorn 和 python-multipart：pip install 'policy-lint'（重新安装）。",
        "en": "policy-lint serve needs starlette, uvicorn and python-multipart: reinstall policy-lint (pip install .).",
    },
    # --- the format readers: PDF, .doc/.wps, web pages, .xlsx (policy_lint/extract/pdf.py, office.py, webpage.py,
    # policy_lint/workbook.py, policy_lint/statistics.py) ---------------------------------------------
    "stats.cell": {
        "zh": "工作表「{sheet}」{cell} 单元格：",
        "en": "sheet '{sheet}', cell {cell}:",
    },
    "stats.sheet": {
        "zh": "工作表「{sheet}」：",
        "en": "sheet '{sheet}':",
    },
    "stats.old_excel": {
        "zh": "这是旧版 Excel（或 WPS 表格）的 {suffix} 文件，无法直接读取，未检查。请在 Excel 中“文件 → 另存为”，保存类型选“Excel 工作簿 (*.xlsx)”（WPS 表格同样另存为 .xlsx），或另存为“CSV UTF-8”，然后检查另存的文件。",
        "en": "this is an old Excel (or WPS spreadsheet) {suffix} file, which cannot be read directly; not checked. In Excel choose File → Save As, type Excel Workbook (*.xlsx) (in WPS likewise save as .xlsx), or save as CSV UTF-8, then check the saved file.",
    },
    "pdf.scanned": {
        "zh": "这份 PDF（{pages} 页）没有文字层，可能是扫描件或图片，读不出文字，未检查。请提供原 Word 文件（.docx），或先用 OCR 软件识别成文字，另存为 .docx 或 .txt 后重试。",
        "en": "this PDF ({pages} pages) has no text layer: it is probably a scan or a picture, and no text can be read; not checked. Give the original Word file (.docx), or run OCR on it and save the text as .docx or .txt, then retry.",
    },
    "pdf.pages_without_text": {
        "zh": "PDF 的第 {pages} 页（共 {count} 页）没有文字层（可能是扫描的页面或图片），其中的内容没有读取、没有参与检查。请对照原件人工核对这些页，或提供原 Word 文件。",
        "en": "page(s) {pages} of the PDF ({count} in all) have no text layer (scanned pages or pictures): what they hold was not read and not checked. Review those pages by hand against the original, or give the original Word file.",
    },
    "pdf.encrypted": {
        "zh": "这份 PDF 已加密（设有打开密码），无法读取，未检查。请提供原 Word 文件，或在 PDF 阅读器中输入密码后另存（或打印）为不加密的 PDF 后重试。",
        "en": "this PDF is encrypted (it has an opening password) and cannot be read; not checked. Give the original Word file, or open it with the password in a PDF reader and save (or print) it as an unencrypted PDF, then retry.",
    },
    "pdf.too_many_pages": {
        "zh": "PDF 超过 {limit} 页的上限，未检查。实施细则通常只有几页，请确认选对了文件。",
        "en": "the PDF has more than {limit} pages, above the limit; not checked. County rules run to a few pages: check that this is the right file.",
    },
    "pdf.timeout": {
        "zh": "读取这份 PDF 超过 {seconds} 秒仍未完成，已停止，未检查。文件可能已损坏或异常复杂；请重新导出 PDF，或提供原 Word 文件。",
        "en": "reading this PDF took longer than {seconds} seconds and was stopped; not checked. The file may be damaged or unusually complex: export the PDF again, or give the original Word file.",
    },
    "pdf.memory": {
        "zh": "读取这份 PDF 需要超过 {limit} 字节的内存，已停止，未检查。文件可能是“压缩炸弹”或已损坏；请重新导出 PDF，或提供原 Word 文件。",
        "en": "reading this PDF needed more than {limit} bytes of memory and was stopped; not checked. The file may be a compression bomb or damaged: export the PDF again, or give the original Word file.",
    },
    "pdf.unreadable": {
        "zh": "无法读取这份 PDF（{reason}），文件可能已损坏，未检查。请重新导出 PDF，或提供原 Word 文件（.docx）。",
        "en": "cannot read this PDF ({reason}); it may be damaged; not checked. Export the PDF again, or give the original Word file (.docx).",
    },
    "pdf.not_pdf": {
        "zh": "文件扩展名是 .pdf，但内容不是 PDF，未检查。请确认选对了文件，或按其真实格式重新命名。",
        "en": "the file is named .pdf but is not a PDF; not checked. Check that it is the right file, or name it by what it is.",
    },
    "pdf.no_library": {
        "zh": "读取 PDF 需要 pdfminer.six，当前环境未安装，未检查。请运行 pip install pdfminer.six，或提供原 Word 文件（.docx）。",
        "en": "reading a PDF needs pdfminer.six, which is not installed here; not checked. Run pip install pdfminer.six, or give the original Word file (.docx).",
    },
    "office.no_libreoffice": {
        "zh": "{suffix} 文件需先转换为 .docx 才能读取，而本机没有安装 LibreOffice，未检查。请在 Word 中打开，选择“文件 → 另存为”，保存类型选“Word 文档 (*.docx)”；或在 WPS 中打开，选择“文件 → 另存为”，文件类型选“Microsoft Word 文件 (*.docx)”；然后检查另存的 .docx。（安装 LibreOffice 后可直接读取 {suffix}。）",
        "en": "a {suffix} file must be converted to .docx to be read, and LibreOffice is not installed here; not checked. Open it in Word and choose File → Save As, type Word Document (*.docx); or open it in WPS and choose File → Save As, type Microsoft Word File (*.docx); then check the saved .docx. (With LibreOffice installed, {suffix} files are read directly.)",
    },
    "office.failed": {
        "zh": "LibreOffice 未能把这个 {suffix} 文件转换为 .docx（{reason}），未检查。文件可能已损坏或设有密码；请在 Word 或 WPS 中打开，另存为 .docx（“文件 → 另存为”，类型选 .docx）后重试。",
        "en": "LibreOffice could not convert this {suffix} file to .docx ({reason}); not checked. It may be damaged or password-protected: open it in Word or WPS, save it as .docx (File → Save As, type .docx), and retry.",
    },
    "office.timeout": {
        "zh": "LibreOffice 转换这个 {suffix} 文件超过 {seconds} 秒仍未完成，已停止，未检查。请在 Word 或 WPS 中打开，另存为 .docx 后重试。",
        "en": "LibreOffice took longer than {seconds} seconds to convert this {suffix} file and was stopped; not checked. Open it in Word or WPS, save it as .docx, and retry.",
    },
    "office.not_office": {
        "zh": "文件扩展名是 {suffix}，但内容不是 Word 或 WPS 文档，未检查。请确认选对了文件，或在 Word、WPS 中打开后另存为 .docx。",
        "en": "the file is named {suffix} but is not a Word or WPS document; not checked. Check that it is the right file, or open it in Word or WPS and save it as .docx.",
    },
    "xlsx.encrypted": {
        "zh": "这个 Excel 文件设有打开密码（已加密），或是旧版 .xls 改了扩展名，无法读取，未检查。请在 Excel 中打开后取消密码，另存为 .xlsx（或 CSV UTF-8）后重试。",
        "en": "this Excel file is encrypted (it has an opening password) or is an old .xls renamed, and cannot be read; not checked. Open it in Excel, remove the password, save it as .xlsx (or CSV UTF-8), and retry.",
    },
    "xlsx.not_zip": {
        "zh": "这不是有效的 Excel 工作簿：.xlsx 文件应是一个 zip 压缩包，而这个文件不是（或已损坏），未检查。请在 Excel 或 WPS 中打开并另存为 .xlsx 后重试。",
        "en": "this is not a valid Excel workbook: an .xlsx file is a zip archive and this file is not one (or it is damaged); not checked. Open it in Excel or WPS, save it again as .xlsx, and retry.",
    },
    "xlsx.too_many_entries": {
        "zh": "工作簿内的文件超过 {limit} 个的上限，未检查。统计表只需一张工作表，请确认选对了文件。",
        "en": "the workbook holds more than {limit} files, above the limit; not checked. A statistics table needs one sheet: check that this is the right file.",
    },
    "xlsx.too_large_unpacked": {
        "zh": "工作簿解压后超过 {limit} 字节的上限，未检查。统计表通常只有几十 KB；体积异常的文件可能是“压缩炸弹”，请确认选对了文件。",
        "en": "the workbook unpacks to more than {limit} bytes, above the limit; not checked. A statistics table is a few tens of KB: a file that grows like this may be a zip bomb. Check that this is the right file.",
    },
    "xlsx.too_many_rows": {
        "zh": "工作表「{sheet}」超过 {limit} 行的上限，未检查。统计表每市一行，请确认选对了文件。",
        "en": "sheet '{sheet}' has more than {limit} rows, above the limit; not checked. The table has one row per city: check that this is the right file.",
    },
    "xlsx.unreadable": {
        "zh": "无法读取这个 Excel 工作簿（{reason}），文件可能已损坏，未检查。请在 Excel 或 WPS 中打开并另存为 .xlsx 后重试。",
        "en": "cannot read this Excel workbook ({reason}); it may be damaged; not checked. Open it in Excel or WPS, save it again as .xlsx, and retry.",
    },
    "xlsx.no_table": {
        "zh": "工作簿的工作表（{sheets}）中都没有找到统计表的表头，未检查。表头应写明“市”“入学总数”“公办学校就读人数”（可另有“公办学校就读比例”），如附件1。",
        "en": "none of the workbook's sheets ({sheets}) holds the statistics table's header; not checked. The header names the city, the total (入学总数) and the public-school count (公办学校就读人数), and may name the share, as 附件1 does.",
    },
    "xlsx.formula_not_saved": {
        "zh": "工作表「{sheet}」{cell} 单元格是公式，但文件中没有保存计算结果（文件由程序生成，未在 Excel 中打开保存过），未检查。请在 Excel 或 WPS 中打开并保存后重试。",
        "en": "cell {cell} of sheet '{sheet}' holds a formula whose result was never saved (the file was written by a program and never opened and saved in Excel); not checked. Open it in Excel or WPS, save it, and retry.",
    },
    "xlsx.no_library": {
        "zh": "读取 .xlsx 需要 openpyxl，当前环境未安装，未检查。请运行 pip install openpyxl，或另存为 CSV UTF-8。",
        "en": "reading an .xlsx needs openpyxl, which is not installed here; not checked. Run pip install openpyxl, or save the table as CSV UTF-8.",
    },
    "html.no_text": {
        "zh": "网页中没有读到正文（正文可能由脚本加载，保存时没有存下来），未检查。请在浏览器中打开页面，复制正文粘贴到 Word 或文本文件中另存为 .docx 或 .txt，或下载页面所附的原文件后重试。",
        "en": "no text was found in the web page (its content may be loaded by a script and was not saved with it); not checked. Open the page in a browser, copy the text into Word or a text file and save it as .docx or .txt, or download the file attached to the notice, then retry.",
    },
}


def register(key: str, zh: str, en: str) -> None:
    """Add a message to the catalogue (used by checks for their own text)."""
    CATALOGUE[key] = {"zh": zh, "en": en}


class _Formatter(string.Formatter):
    """str.format with one more conversion: ``{name!h}`` is a value this language does not show."""

    def convert_field(self, value, conversion):
        return "" if conversion == "h" else super().convert_field(value, conversion)


_FORMATTER = _Formatter()


_HIDDEN_FIELD = lazy_re.compile(r"\{(\w+)!h\}")
#: each template with ``!h}`` fields: the names of its hidden fields and the template without them (None
#: where braces are escaped beside them, which only the formatter reads right)
_WITHOUT_HIDDEN: dict[str, tuple[tuple[str, ...], str] | None] = {}


def fill(template: str, values: dict[str, object]) -> str:
    """One language's template with ``values`` (already in that language) filled in."""
    if "!h}" in template:
        plain = _WITHOUT_HIDDEN.get(template, False)
        if plain is False:
            plain = None if "{{" in template or "}}" in template else (
                tuple(_HIDDEN_FIELD.findall(template)), _HIDDEN_FIELD.sub("", template))
            _WITHOUT_HIDDEN[template] = plain
        if plain is None or "!h}" in plain[1]:
            return _FORMATTER.vformat(template, (), values)
        for name in plain[0]:  # a hidden field is still one the caller must give, as the formatter asks
            values[name]
        return plain[1].format(**values)
    return template.format(**values)


def text(key: str, /, **values: object) -> LocalText:
    """The catalogue entry ``key`` with ``values`` filled in, in both languages."""
    entry = CATALOGUE[key]
    rendered = {}
    for lang in LANGS:
        args = {k: (v(lang) if isinstance(v, LocalText) else v) for k, v in values.items()}
        rendered[lang] = fill(entry[lang], args)
    return LocalText(**rendered)


def same(value: str) -> LocalText:
    """A text that reads the same in both languages (a name, a quote)."""
    return LocalText(zh=value, en=value)


#: nothing, in both languages (an optional part of a message left out)
EMPTY = LocalText(zh="", en="")


def joined(parts, how: str = "list") -> LocalText:
    """``parts`` (strings or LocalTexts) joined as ``join.<how>`` says: ``list`` 甲、乙 / a, b;
    ``or`` 甲或乙 / a or b; ``semicolon`` 甲；乙 / a; b."""
    sep = CATALOGUE[f"join.{how}"]
    items = [p if isinstance(p, LocalText) else same(str(p)) for p in parts]
    return LocalText(**{lang: sep[lang].join(item(lang) for item in items) for lang in LANGS})
