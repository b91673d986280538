"""Generated valid documents parse to the model they were generated from, in every accepted
encoding and style; and the engine checks them without an error.

The short run is part of the normal suite; the long run (``pytest -m fuzz``) draws thousands.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policy_lint.build import parse
from policy_lint.engine import check_source
from policy_lint.source import decode

from .properties import assert_outcome, long, small
from .strategies import WRITTEN_SECTIONS, assert_parsed_as, documents, styles, write

ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "gb18030"]


def _roundtrip(doc, style, encoding) -> None:
    written = write(doc, style)
    data = written.encode(encoding)
    source = decode(data, "generated.rules")
    assert source.text == written.replace("\r\n", "\n")
    rules = parse(source)
    assert_parsed_as(rules, doc, source.text)
    result = check_source(source)
    assert result.error is None, result.error.problems
    assert_outcome(result, "generated.rules", data)


@small
@given(doc=documents(), style=styles, encoding=st.sampled_from(ENCODINGS))
def test_generated_documents_parse_to_what_they_describe(doc, style, encoding):
    _roundtrip(doc, style, encoding)


@pytest.mark.fuzz
@long
@given(doc=documents(), style=styles, encoding=st.sampled_from(ENCODINGS))
def test_generated_documents_parse_to_what_they_describe_long(doc, style, encoding):
    _roundtrip(doc, style, encoding)


def test_the_generator_writes_every_section_of_the_language():
    """A section added to build.SECTIONS must be generated here too (each is written with its aliases)."""
    from policy_lint.build import SECTIONS

    assert WRITTEN_SECTIONS == set(SECTIONS)
