"""Find every message a service can put in front of a person, for the translators.

The services raise ``ClientManagerError`` and its subclasses (clientmanager/errors.py and
the ones defined in services/, store/, reports/) with an English template and named
values. This module reads the source (it imports nothing from the app) and

- lists every template and hint, so ``build_translations.py --update`` can write them to
  ``clientmanager/ui/service_messages.py`` for lupdate (context "ServiceText", the one
  ``ui/i18n.py service_text()`` and ``error_text()`` translate with);
- reports every construction whose message or hint is not a literal (an f-string, a
  concatenation, a variable): the catalogue cannot hold such a text, so the desktop
  would show it in English. tests/test_error_messages.py fails on any.

A message may be a literal or ``"a" if cond else "b"`` of literals. ``Label("...")``
marks a value that is itself a fixed text (a role, a permission); its literals and the
``Permission`` values are listed too.
"""

from __future__ import annotations

import ast
import string
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "clientmanager"
LISTING = PACKAGE / "ui" / "service_messages.py"
BASE = "ClientManagerError"


@dataclass
class Found:
    templates: dict[str, str] = field(default_factory=dict)  # template -> first place seen
    problems: list[str] = field(default_factory=list)
    constructions: int = 0


def _sources(root: Path) -> list[Path]:
    """Everything but the UI (whose own texts go through self.tr) and the migrations."""
    skip = {root / "ui", root / "store" / "migrations"}
    return sorted(p for p in root.rglob("*.py") if not any(part in p.parents for part in skip))


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _family(trees: dict[Path, ast.Module]) -> tuple[set[str], set[str]]:
    """The error classes, and those among them that word their own message (their
    ``__init__`` does not take ``message`` first; their super().__init__ is checked)."""
    classes: dict[str, list[ast.ClassDef]] = {}
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                classes.setdefault(node.name, []).append(node)
    family = {BASE}
    grown = True
    while grown:
        grown = False
        for name, defs in classes.items():
            if name not in family and any(_name(base) in family for d in defs for base in d.bases):
                family.add(name)
                grown = True
    self_worded = set()
    for name in family:
        for d in classes.get(name, []):
            for item in d.body:
                if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                    params = [a.arg for a in item.args.args[1:]]
                    if not params or params[0] != "message":
                        self_worded.add(name)
    return family, self_worded


def _literals(node: ast.expr) -> list[str] | None:
    """The texts a message expression can be, or None when one is not a literal."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        body, orelse = _literals(node.body), _literals(node.orelse)
        if body is None or orelse is None:
            return None
        return body + orelse
    return None


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def scan(root: Path = PACKAGE) -> Found:
    trees = {p: ast.parse(p.read_text(encoding="utf-8"), str(p)) for p in _sources(root)}
    family, self_worded = _family(trees)
    found = Found()
    for path, tree in trees.items():
        rel = path.relative_to(root.parent).as_posix()
        parents: dict[ast.AST, ast.AST] = {}
        for node in ast.walk(tree):
            for child in ast.iter_child_nodes(node):
                parents[child] = node

        def enclosing(node: ast.AST, kind: type, parents=parents) -> ast.AST | None:
            while node in parents:
                node = parents[node]
                if isinstance(node, kind):
                    return node
            return None

        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            where = f"{rel}:{node.lineno}"
            called = _name(node.func)
            if called == "Label":
                # A value may start the sentence ("{doing} failed"): list both forms.
                for arg in node.args:
                    for text in _constants(arg):
                        found.templates.setdefault(text, where)
                        found.templates.setdefault(text[:1].upper() + text[1:], where)
                continue
            is_super = (
                called == "__init__"
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Call)
                and _name(node.func.value.func) == "super"
                and getattr(enclosing(node, ast.ClassDef), "name", None) in family - {BASE}
            )
            if not is_super and (called not in family or called in self_worded):
                continue
            message = node.args[0] if node.args else None
            message = next((k.value for k in node.keywords if k.arg == "message"), message)
            hint = next((k.value for k in node.keywords if k.arg == "hint"), None)
            if is_super and _passes_through(node, message, enclosing(node, ast.FunctionDef)):
                continue
            found.constructions += 1
            given = {k.arg for k in node.keywords if k.arg} - {"message", "hint", "holder"}
            forwards = any(k.arg is None for k in node.keywords)
            for role, expr in (("message", message), ("hint", hint)):
                if expr is None:
                    if role == "message":
                        found.problems.append(f"{where}: {called} has no message")
                    continue
                texts = _literals(expr)
                if texts is None:
                    found.problems.append(
                        f"{where}: the {role} of {called} is not a literal; write a template "
                        f'with named values, e.g. {called}("... {{name}} ...", name=...)'
                    )
                    continue
                for text in texts:
                    if not text.strip():
                        continue
                    if given or forwards:
                        missing = placeholders(text) - given
                        if missing and not forwards:
                            found.problems.append(
                                f"{where}: {role} names {sorted(missing)} but no such value is given"
                            )
                    found.templates.setdefault(text, where)
    return found


def _constants(node: ast.expr) -> list[str]:
    return [
        n.value
        for n in ast.walk(node)
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and n.value.strip()
    ]


def _passes_through(call: ast.Call, message: ast.expr | None, func: ast.AST | None) -> bool:
    """``super().__init__(message, hint=hint, **values)`` in a subclass's __init__: the
    text comes from its caller, which is checked where it is called."""
    if not isinstance(message, ast.Name) or not isinstance(func, ast.FunctionDef):
        return False
    params = {a.arg for a in func.args.args + func.args.kwonlyargs}
    return message.id in params


def permission_texts() -> list[str]:
    """What a role may not do ("export client lists"): the Permission values."""
    tree = ast.parse((PACKAGE / "services" / "permissions.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name == "Permission":
            return [
                item.value.value
                for item in node.body
                if isinstance(item, ast.Assign) and isinstance(item.value, ast.Constant)
            ]
    raise SystemExit("services/permissions.py has no Permission enum")


def all_texts(root: Path = PACKAGE) -> list[str]:
    found = scan(root)
    texts = list(found.templates)
    texts += [t for t in permission_texts() if t not in found.templates]
    return texts


def _quoted(text: str) -> str:
    body = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{body}"'


def listing_source(texts: list[str]) -> str:
    lines = [
        '"""The services\' messages, for lupdate: written by '
        "installer/build_translations.py --update",
        "(installer/service_messages.py reads them from the raise sites). Do not edit by hand:",
        'change the message where it is raised, then run the build script."""',
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "SERVICE_MESSAGES = (",
    ]
    for text in texts:
        lines.append(f'    QT_TRANSLATE_NOOP("ServiceText", {_quoted(text)}),')
    lines.append(")")
    return "\n".join(lines) + "\n"


def listed(path: Path = LISTING) -> list[str]:
    """The texts the committed listing holds."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node.args[1].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and _name(node.func) == "QT_TRANSLATE_NOOP"
        and isinstance(node.args[1], ast.Constant)
    ]


def write_listing(path: Path = LISTING) -> int:
    found = scan()
    if found.problems:
        raise SystemExit("untranslatable messages:\n" + "\n".join(found.problems))
    texts = all_texts()
    path.write_text(listing_source(texts), encoding="utf-8")
    return len(texts)


if __name__ == "__main__":
    result = scan()
    print(f"{result.constructions} constructions, {len(result.templates)} texts")
    print("\n".join(result.problems))
