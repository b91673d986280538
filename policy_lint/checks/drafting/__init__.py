"""Checks of a document as a finished text: nothing left as a template's placeholder (PL605)."""
