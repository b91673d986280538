"""The package's imports point one way: no module imports, however indirectly, a module that imports it.

Every ``import`` and ``from … import`` in ``policy_lint/**/*.py`` is read with :mod:`ast`,
at module level and inside functions alike: an import deferred into a function still runs
(at the first call instead of at start-up), so a circle closed through one is still a
circle in the design, only a later one.  Relative imports are resolved against the module
that holds them; ``from pkg import name`` counts as importing ``pkg.name`` when that is a
module, else ``pkg``.  Importing a module also runs the ``__init__`` of every package above
it; that arrow is Python's, not the design's, and is not counted — but an import written out
(``from .. import PlanCheck``) is.  Imports under ``if TYPE_CHECKING:`` would count too (there
are none): a type-only arrow up is still an arrow up.
"""

from __future__ import annotations

import ast
from pathlib import Path

import policy_lint

ROOT = Path(policy_lint.__file__).parent
PACKAGE = "policy_lint"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(ROOT.rglob("*.py"))}


def _resolve(current: str, is_package: bool, level: int, target: str | None) -> str:
    if level == 0:
        return target or ""
    base = current.split(".") if is_package else current.split(".")[:-1]
    base = base[: len(base) - (level - 1)]
    return ".".join(base + ([target] if target else []))


def imports_of(name: str, path: Path, known: set[str]) -> dict[str, int]:
    """The package modules ``name`` imports, each with the first line that does."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    is_package = path.name == "__init__.py"
    found: dict[str, int] = {}

    def add(target: str, line: int) -> None:
        while target and target not in known:  # policy_lint.x.Name → policy_lint.x
            target = target.rpartition(".")[0]
        if target and target != name:
            found.setdefault(target, line)

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == PACKAGE:
                    add(alias.name, node.lineno)
        elif isinstance(node, ast.ImportFrom):
            base = _resolve(name, is_package, node.level, node.module)
            if base.split(".")[0] != PACKAGE:
                continue
            for alias in node.names:
                full = f"{base}.{alias.name}"
                add(full if full in known else base, node.lineno)
    return found


def graph() -> dict[str, dict[str, int]]:
    found = modules()
    known = set(found)
    return {name: imports_of(name, path, known) for name, path in found.items()}


def circles(edges: dict[str, dict[str, int]]) -> list[list[str]]:
    """Every strongly connected group of more than one module (Tarjan), each as one circle through it."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return [_one_circle(edges, group) for group in groups]


def _one_circle(edges: dict[str, dict[str, int]], group: list[str]) -> list[str]:
    """A shortest circle from the group's first module back to itself, inside the group."""
    start, inside = group[0], set(group)
    paths = {start: [start]}
    queue = [start]
    while queue:
        v = queue.pop(0)
        for w in sorted(edges[v]):
            if w == start:
                return paths[v] + [start]
            if w in inside and w not in paths:
                paths[w] = paths[v] + [w]
                queue.append(w)
    return group  # pragma: no cover - a strongly connected group always has one


def describe(edges: dict[str, dict[str, int]], circle: list[str]) -> str:
    """``a (line 3) → b (line 5) → a``: each module with the line of its import of the next."""
    hops = [f"{a} (line {edges[a][b]})" for a, b in zip(circle, circle[1:])]
    return " → ".join(hops + [circle[-1]])


def tangles(edges: dict[str, dict[str, int]]) -> list[list[str]]:
    """The modules of each circle group, for the message (one circle is shown per group)."""
    groups = []
    for circle in circles(edges):
        reach = {circle[0]}
        for v in list(edges):
            if _reaches(edges, circle[0], v) and _reaches(edges, v, circle[0]):
                reach.add(v)
        groups.append(sorted(reach))
    return groups


def _reaches(edges: dict[str, dict[str, int]], a: str, b: str) -> bool:
    seen, todo = {a}, [a]
    while todo:
        v = todo.pop()
        for w in edges.get(v, ()):
            if w == b:
                return True
            if w not in seen:
                seen.add(w)
                todo.append(w)
    return False


def test_the_walk_sees_module_and_function_level_imports():
    edges = graph()
    assert "policy_lint.engine" in edges["policy_lint.console"]  # imported inside run_check
    assert "policy_lint.source" in edges["policy_lint.engine"]  # imported at the top
    assert "policy_lint.checks" in edges["policy_lint.checks.plans.target_missing"]  # from .. import PlanCheck


def test_circles_are_found_and_named():
    edges = {"a": {"b": 3}, "b": {"c": 5}, "c": {"a": 7}, "d": {"a": 1}}
    (circle,) = circles(edges)
    assert circle == ["a", "b", "c", "a"]
    assert describe(edges, circle) == "a (line 3) → b (line 5) → c (line 7) → a"


def test_no_import_circles():
    edges = graph()
    found = circles(edges)
    assert not found, "import circles (arrows must point down, see docs/ARCHITECTURE.md):\n" + "\n".join(
        f"{describe(edges, c)}\n  (this circle's group: {', '.join(g)})" for c, g in zip(found, tangles(edges)))


#: the modules above the pipeline: the commands, and the re-exports of earlier names
ABOVE_THE_PIPELINE = {
    "policy_lint.cli", "policy_lint.commands", "policy_lint.console", "policy_lint.review", "policy_lint.audit",
    "policy_lint.fmt", "policy_lint.init", "policy_lint.plans", "policy_lint.extract.check", "policy_lint.serve",
}


def test_nothing_below_the_pipeline_imports_it():
    edges = graph()
    importers = {name for name, targets in edges.items() if "policy_lint.engine" in targets}
    assert importers <= ABOVE_THE_PIPELINE, (
        f"below the pipeline but importing it: {sorted(importers - ABOVE_THE_PIPELINE)}")
    for name, targets in edges.items():
        if name.startswith(("policy_lint.kinds", "policy_lint.checks")):  # below the pipeline
            assert not set(targets) & (ABOVE_THE_PIPELINE | {"policy_lint.engine"}), name
        if name.startswith("policy_lint.render"):  # reads results (and review's verdicts), never runs the pipeline
            assert not set(targets) & {"policy_lint.engine", "policy_lint.cli"}, name


def test_every_kind_module_is_a_row_of_the_pipelines_table():
    import importlib

    from policy_lint import engine

    rows = {kind for kind, _ in engine.KINDS}
    for name in modules():
        if name.startswith("policy_lint.kinds.") and hasattr(importlib.import_module(name), "KIND"):
            assert importlib.import_module(name).KIND in rows, f"{name}.KIND is not in engine.KINDS"
    suffixes = [s for kind, _ in engine.KINDS for s in kind.suffixes]
    assert len(suffixes) == len(set(suffixes)), "a suffix read by two kinds"
    assert engine.DRAFT_SUFFIXES == (".docx", ".doc", ".wps", ".pdf", ".html", ".htm", ".txt", ".md")
    # a folder is searched for rules, plans and the drafts counties send (a .txt or .md there may be a note)
    assert engine.CHECKED_SUFFIXES == (".rules", ".plan", ".docx", ".doc", ".wps", ".pdf", ".html", ".htm")
    assert engine.FOLDER_DRAFT_SUFFIXES == (".docx", ".doc", ".wps", ".pdf", ".html", ".htm")


def test_every_check_is_in_a_family_of_its_scope():
    """What lets a kind load only the families it needs (checks.in_scopes) and still see every check."""
    from policy_lint import checks

    for check in checks.all_checks():
        parts = check.__module__.split(".")
        assert len(parts) == 4 and parts[:2] == ["policy_lint", "checks"], f"{check.code} is not in a family package"
        assert checks.family_scope(parts[2]) == check.scope, (
            f"{check.code} has scope {check.scope!r} but its family {parts[2]!r} is "
            f"{checks.family_scope(parts[2])!r} (checks.FAMILY_SCOPES)")
    for scope in ("rules", "city", "statistics", "plan"):
        assert checks.in_scopes(scope) == [c for c in checks.all_checks() if c.scope == scope]


def test_checking_a_rules_file_loads_only_the_rules_checks():
    import json
    import subprocess
    import sys

    from policy_lint import checks

    code = ("import json, sys; from pathlib import Path; from policy_lint import engine\n"
            "engine.check_file(Path(sys.argv[1]), 'x.rules')\n"
            "print(json.dumps(sorted(sys.modules)))")
    rules = Path(__file__).resolve().parents[1] / "samples" / "shanxi" / "jincheng" / "沁水县.rules"
    done = subprocess.run([sys.executable, "-c", code, str(rules)], capture_output=True, text=True, check=True)
    loaded = set(json.loads(done.stdout))
    families = {name.split(".")[2] for name in loaded
                if name.startswith("policy_lint.checks.") and name.count(".") >= 3}
    assert "strictness" in families and {checks.family_scope(f) for f in families} == {"rules"}
    assert not loaded & {"policy_lint.plan_models", "policy_lint.consistency", "policy_lint.statistics", "typer"}


#: docs/ARCHITECTURE.md's picture, top to bottom: a module (or package) imports only its own
#: layer or those below.  A module not listed yet is held to the no-circle rule alone.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("cli", "commands", "console", "reports", "__main__", "serve"),
    ("render", "annotate", "docs"),
    ("review", "audit", "fmt", "init", "plans", "extract.check", "extract"),
    ("engine", "workers", "layers"),
    ("kinds",),
    ("checks",),
    ("build", "plan_build", "syntax", "extract.draft", "extract.extracted", "extract.extractor", "extract.model",
     "extract.pieces", "extract.place_reader", "extract.readers", "extract.wordml",
     "extract.writer", "extract.pdf", "extract.pdf_worker", "extract.webpage", "extract.office"),
    ("models", "plan_models", "findings", "results", "ruleset", "city", "consistency", "statistics", "workbook",
     "shown"),
    ("source", "normalise", "values", "messages", "errors", "settings", "files", "io", "terminal", "suggest",
     "parser_cache", "places", "intake_year", "placeholders", "record", "lazy_re", ""),
)


def layer_of(module: str) -> int | None:
    """The layer of ``module``: that of the longest listed name it is or is inside of, or None."""
    name = module.removeprefix(PACKAGE).removeprefix(".")
    best: tuple[int, int] | None = None
    for index, names in enumerate(LAYERS):
        for listed in names:
            if name == listed or (listed and name.startswith(listed + ".")):
                if best is None or len(listed) > best[1]:
                    best = (index, len(listed))
    return best[0] if best else None


def test_arrows_point_down_the_layers_of_docs_architecture():
    edges = graph()
    upward = []
    for name, targets in sorted(edges.items()):
        mine = layer_of(name)
        for target, line in sorted(targets.items()):
            theirs = layer_of(target)
            if mine is not None and theirs is not None and theirs < mine:
                upward.append(f"{name} (line {line}) → {target}: layer {mine + 1} imports layer {theirs + 1}")
    assert not upward, "imports pointing up (docs/ARCHITECTURE.md):\n" + "\n".join(upward)
