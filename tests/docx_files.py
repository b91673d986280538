"""Tiny .docx files built from XML strings, for the tests of the Word reader (tests/test_attacks_docx.py,
tests/fuzz/test_docx_mutations.py): a zip with the three parts Word needs and whatever else is asked for."""

from __future__ import annotations

import io
import zipfile

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
)

#: the head of a county draft: title (county, city, year), so that a condition below it is checked
HEAD = ["沁水县2021年进城务工人员随迁子女义务教育入学实施细则", "第一条　为做好随迁子女入学工作，制定本细则。"]


def p(text: str) -> str:
    """A plain paragraph."""
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def document_xml(body: str, *, head: bool = True, prolog: str = "") -> str:
    head_xml = "".join(p(line) for line in HEAD) if head else ""
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}'
            f'<w:document xmlns:w="{W}"><w:body>{head_xml}{body}<w:sectPr/></w:body></w:document>')


def docx_bytes(body: str | None = None, *, document: str | bytes | None = None, head: bool = True,
               extra: dict[str, bytes | str] | None = None, omit: tuple[str, ...] = (),
               compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A .docx whose body is ``body`` (WordprocessingML, the ``w:`` prefix bound), or whose
    word/document.xml is ``document`` as given; ``extra`` parts added, ``omit`` parts left out."""
    if document is None:
        document = document_xml(body or "", head=head)
    parts: dict[str, bytes | str] = {"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": RELS,
                                     "word/document.xml": document, **(extra or {})}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as zf:
        for name, data in parts.items():
            if name not in omit:
                zf.writestr(name, data)
    return out.getvalue()
