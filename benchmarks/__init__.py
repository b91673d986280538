"""Benchmarks for policy-lint over a generated national corpus (``python -m benchmarks``).

Not part of the package and not timed tests; see ``benchmarks/README.md``.
"""
