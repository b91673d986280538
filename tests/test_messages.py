"""The message catalogue is the one place sentences live (see the top of policy_lint/messages.py).

- every entry has a Chinese and an English template with the same placeholders, and both fill in;
- no module under policy_lint/ builds a user-visible LocalText from literal text (a string or an
  f-string) outside the catalogue, nor registers catalogue entries of its own;
- every key the code names literally (``text("cli.output_exists", ...)``) is in the catalogue.
"""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

import policy_lint
from policy_lint import checks
from policy_lint.messages import CATALOGUE, LANGS, fill

PACKAGE = Path(policy_lint.__file__).parent
CATALOGUE_MODULE = PACKAGE / "messages.py"


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if p != CATALOGUE_MODULE)


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def _catalogue() -> dict[str, dict[str, str]]:
    checks.all_checks()  # the checks register their message and fix templates
    return CATALOGUE


def test_every_entry_has_both_languages_with_the_same_placeholders():
    wrong = []
    for key, entry in _catalogue().items():
        if set(entry) != set(LANGS) or not all(isinstance(entry[lang], str) and entry[lang] for lang in LANGS):
            wrong.append(f"{key}: needs a non-empty zh and en, has {sorted(entry)}")
            continue
        zh, en = (_placeholders(entry[lang]) for lang in LANGS)
        odd = sorted(name for name in zh | en if not name.isidentifier())
        if odd:  # a literal brace not doubled: text() would fail on it
            wrong.append(f"{key}: {odd} are not placeholder names (write a literal brace as {{{{ or }}}})")
            continue
        if zh != en:
            wrong.append(f"{key}: zh has {sorted(zh)}, en has {sorted(en)}")
            continue
        values = {name: "x" for name in zh}
        for lang in LANGS:
            try:
                fill(entry[lang], values)
            except (ValueError, IndexError, KeyError) as exc:
                wrong.append(f"{key} ({lang}): {exc}")
    assert not wrong, "\n".join(wrong)


def _literal_text(node: ast.AST) -> ast.AST | None:
    """The first string constant or f-string within ``node`` (a LocalText argument), if any."""
    for sub in ast.walk(node):
        if isinstance(sub, ast.JoinedStr) or (isinstance(sub, ast.Constant) and isinstance(sub.value, str)):
            return sub
    return None


def _called(node: ast.Call) -> str | None:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _on_other_module(node: ast.Call) -> bool:
    """``atexit.register(f)`` and the like: a call of another module's register, not the catalogue's."""
    func = node.func
    return isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in {"atexit", "signal", "codecs"}


def _sentences_outside_catalogue(source: str, where: str, registers: bool = False) -> list[str]:
    """Each place in ``source`` (a module's text) that builds a sentence itself; ``registers``: the module
    may call register() (policy_lint/checks/__init__.py registers each check's message and fix)."""
    tree = ast.parse(source, where)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _called(node)
        if name == "LocalText":
            for arg in [*node.args, *(k.value for k in node.keywords)]:
                literal = _literal_text(arg)
                if literal is not None:
                    found.append(f"{where}:{literal.lineno}: LocalText built from literal text; "
                                 "add an entry to policy_lint/messages.py and call text(key, ...)")
                    break
        elif name == "register" and not registers and not _on_other_module(node):
            found.append(f"{where}:{node.lineno}: register() outside the catalogue; "
                         "add the entry to CATALOGUE in policy_lint/messages.py")
    return found


def test_no_sentence_is_built_outside_the_catalogue():
    found = [line for path in _modules()
             for line in _sentences_outside_catalogue(path.read_text(encoding="utf-8"), str(path.relative_to(PACKAGE.parent)),
                                                      registers=path == PACKAGE / "checks" / "__init__.py")]
    assert not found, "\n".join(found)


def test_the_walk_finds_a_sentence_built_inline():
    """The walk above is not vacuous: it reports each way of writing a sentence inline, and only those."""
    source = (
        'a = LocalText(zh="未发现问题", en="no problems")\n'
        'b = LocalText(zh=f"共 {n} 个", en=name)\n'
        'c = messages.LocalText(zh=name, en=", ".join(names))\n'
        'd = LocalText(zh=name, en=name)\n'
        'register("x.y", "甲", "a")\n'
        'e = text("x.y", name=name)\n'
    )
    found = _sentences_outside_catalogue(source, "inline.py")
    assert [line.split(":")[1] for line in found] == ["1", "2", "3", "5"]
    assert len(_sentences_outside_catalogue(source, "inline.py", registers=True)) == 3


def _literal_keys(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    keys = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and _called(node) in ("text", "message") and node.args
                and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            key = node.args[0].value
            if _called(node) == "text" or "." in key:  # fmt.message("both_modes", ...) names fmt.<key>
                keys.append((node.lineno, key))
    return keys


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_every_key_named_in_the_code_is_in_the_catalogue(path):
    catalogue = _catalogue()
    missing = [f"{path.name}:{line}: {key}" for line, key in _literal_keys(path) if key not in catalogue]
    assert not missing, "\n".join(missing)


def test_a_value_one_language_does_not_show_is_named_in_both():
    """``{name!h}`` keeps the placeholders equal where one language needs a value the other does not."""
    assert fill("属于禁止要求的证明材料{english!h}", {"english": "family-planning certificate"}) == "属于禁止要求的证明材料"
    assert fill("the {english}, a banned certificate", {"english": "family-planning certificate"}) == \
        "the family-planning certificate, a banned certificate"
    assert _placeholders("属于禁止要求的证明材料{english!h}") == _placeholders("the {english}, a banned certificate")


def test_a_literal_brace_is_doubled_and_shown_once():
    assert fill("「目标」中的「{name}」须写在年份之下，例如「2023年 {{ {name}: … }}」。", {"name": "公办就读比例"}) == \
        "「目标」中的「公办就读比例」须写在年份之下，例如「2023年 { 公办就读比例: … }」。"
    assert not _placeholders("{{ }}")
