"""The layers hold: reports/ never imports services/, Qt stays in ui/, and no two
clientmanager modules need each other while they load (an import circle)."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import clientmanager

PACKAGE = Path(clientmanager.__file__).resolve().parent
ROOT = PACKAGE.parent


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if "migrations" in path.relative_to(PACKAGE).parts:
            continue  # Alembic loads these by path, not by import
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _resolve(module: str, level: int, importer: str, is_package: bool) -> str:
    if not level:
        return module
    base = importer.split(".")
    if not is_package:
        base.pop()
    base = base[: len(base) - (level - 1)] if level > 1 else base
    return ".".join(base + ([module] if module else []))


def _imports(name: str, path: Path, *, load_time_only: bool) -> list[tuple[str, int]]:
    """(imported clientmanager module, line) for each import in the file.

    With load_time_only, imports inside functions or under ``if TYPE_CHECKING`` are left
    out: those run later, or never, so they cannot make a circle while modules load."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    is_package = path.name == "__init__.py"
    found: list[tuple[str, int]] = []

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if load_time_only and isinstance(
                child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda
            ):
                continue
            if (
                load_time_only
                and isinstance(child, ast.If)
                and "TYPE_CHECKING" in ast.unparse(child.test)
            ):
                for sub in child.orelse:
                    visit(sub)
                continue
            if isinstance(child, ast.Import):
                found.extend((alias.name, child.lineno) for alias in child.names)
            elif isinstance(child, ast.ImportFrom):
                target = _resolve(child.module or "", child.level, name, is_package)
                for alias in child.names:
                    submodule = f"{target}.{alias.name}"
                    found.append((submodule if submodule in MODULES else target, child.lineno))
            visit(child)

    visit(tree)
    return found


def _offenders(prefix: str, forbidden: str) -> list[str]:
    return [
        f"{path.relative_to(ROOT)}:{line} imports {target}"
        for name, path in MODULES.items()
        if name == prefix or name.startswith(prefix + ".")
        for target, line in _imports(name, path, load_time_only=False)
        if target == forbidden or target.startswith(forbidden + ".")
    ]


def test_reports_never_import_services():
    assert _offenders("clientmanager.reports", "clientmanager.services") == []


def test_qt_only_in_ui():
    outside_ui = [
        f"{path.relative_to(ROOT)}:{line} imports {target}"
        for name, path in MODULES.items()
        if name != "clientmanager.ui" and not name.startswith("clientmanager.ui.")
        for target, line in _imports(name, path, load_time_only=False)
        if target == "PySide6" or target.startswith("PySide6.")
    ]
    assert outside_ui == []


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    result: list[list[str]] = []
    counter = [0]

    def connect(node: str) -> None:
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                connect(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                result.append(sorted(component))

    sys.setrecursionlimit(max(10_000, sys.getrecursionlimit()))
    for node in graph:
        if node not in index:
            connect(node)
    return result


def test_no_import_circles_at_load_time():
    graph = {
        name: {
            target
            for target, _ in _imports(name, path, load_time_only=True)
            if target in MODULES and target != name
        }
        for name, path in MODULES.items()
    }
    # A package's own __init__ importing its submodules is how packages work, not a circle.
    for name in graph:
        graph[name] = {t for t in graph[name] if not name.startswith(t + ".")}
    assert _cycles(graph) == []


def test_the_import_graph_is_read():
    """Guards the tests above against reading nothing."""
    graph = _imports(
        "clientmanager.services.breaches",
        MODULES["clientmanager.services.breaches"],
        load_time_only=True,
    )
    assert ("clientmanager.reports.breach_inputs", graph[0][1]) in graph or any(
        target == "clientmanager.reports.breach_inputs" for target, _ in graph
    )
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_every_module_imports_in_a_fresh_interpreter():
    """A new interpreter imports every clientmanager module, so a circle that only bites
    at run time (an attribute read from a half-loaded module) fails here."""
    script = "import importlib, sys\nfor name in sys.argv[1:]:\n    importlib.import_module(name)\n"
    names = [name for name in MODULES if name != "clientmanager.__main__"]
    done = subprocess.run(
        [sys.executable, "-c", script, *names],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
