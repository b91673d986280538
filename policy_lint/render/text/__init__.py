"""The text report for a terminal, built from small blocks as the HTML and Markdown reports are built
from template blocks, and reading the same data (``review_json`` / ``audit_json``) and the same words
(policy_lint/render/labels.py, the message catalogue).

- :mod:`.layout`: display widths, the quoted line with its carets, aligned tables, headings, colour;
- :mod:`.findings`: ``check``'s report: a finding, a problem, a file's block, the batch summary;
- :mod:`.review`: ``review``'s report, one function per section;
- :mod:`.audit`: ``audit``'s report, one function per section.

Python functions rather than jinja2 templates: every block is laid out by display width (a CJK character
takes two columns), with carets under a span and colour drawn after padding, which a template would have
to call back into Python for on every line.
"""

from __future__ import annotations

from .audit import render_audit
from .findings import (MAX_SHOWN_FINDINGS, MAX_SHOWN_UNREAD, render, render_error, render_finding, render_problem, remark_blocks,
                       summary)
from .layout import QUOTE_CONTEXT, QUOTE_SPAN, QUOTE_WIDTH, Style, caret_lines, display_width
from .review import render_review

#: the name the CLI has used for :class:`.layout.Style`
_Style = Style

__all__ = [
    "MAX_SHOWN_FINDINGS", "MAX_SHOWN_UNREAD", "QUOTE_CONTEXT", "QUOTE_SPAN", "QUOTE_WIDTH", "Style", "caret_lines",
    "display_width", "render", "render_audit", "render_error", "render_finding", "render_problem", "render_review", "remark_blocks",
    "summary",
]
