"""Finished code gets a door or goes: every public service function is reachable from
the desktop (ui/) or the command line (cli/), directly or through another service
function that is, or it is named below with the reason it has no door of its own."""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "clientmanager"

# name -> why nothing in ui/ or cli/ reaches it (keep this short).
NO_DOOR_NEEDED: dict[str, str] = {
    "content_counts": "test oracle: the rows a practice JSON export and import must preserve",
    "import_file": "test shorthand for read_source + analyse + run_import, the steps the "
    "import wizard and `clientmanager import` run one by one",
}


def _service_definitions() -> dict[str, tuple[Path, ast.AST]]:
    """Every module-level function and class in services/, private ones included: they
    are the links through which a door reaches a public function."""
    found: dict[str, tuple[Path, ast.AST]] = {}
    for module in sorted((PACKAGE / "services").glob("*.py")):
        for node in ast.parse(module.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef | ast.ClassDef):
                found[f"{module.stem}.{node.name}"] = (module, node)
    return found


def _service_functions() -> dict[str, tuple[Path, ast.AST]]:
    return {
        key: value
        for key, value in _service_definitions().items()
        if isinstance(value[1], ast.FunctionDef) and not value[1].name.startswith("_")
    }


def _names_in(text: str) -> set[str]:
    return set(re.findall(r"\b[A-Za-z_]\w*\b", text))


def _unreached() -> list[str]:
    functions = _service_definitions()
    public = _service_functions()
    door_text = "\n".join(
        path.read_text(encoding="utf-8")
        for folder in ("ui", "cli")
        for path in (PACKAGE / folder).rglob("*.py")
    )
    door_names = _names_in(door_text)
    sources = {}
    module_text = {}
    for key, (module, node) in functions.items():
        text = module_text.setdefault(module, module.read_text(encoding="utf-8").splitlines())
        # A function's decorators are part of it: what they name is reached through it.
        first = min((d.lineno for d in node.decorator_list), default=node.lineno + 1) - 1
        sources[key] = _names_in("\n".join(text[first : node.end_lineno]))
    reached = {key for key in functions if key.split(".", 1)[1] in door_names}
    frontier = list(reached)
    while frontier:
        key = frontier.pop()
        for other in functions:
            if other not in reached and other.split(".", 1)[1] in sources[key]:
                reached.add(other)
                frontier.append(other)
    return sorted(
        key for key in public if key not in reached and key.split(".", 1)[1] not in NO_DOOR_NEEDED
    )


def test_every_public_service_function_has_a_door_or_a_reason():
    unreached = _unreached()
    assert unreached == [], (
        "These service functions are not reachable from ui/ or cli/: give each a door, make "
        "it private (_name) if only its own module uses it, or delete it:\n  "
        + "\n  ".join(unreached)
    )


def test_the_allow_list_names_only_functions_that_exist():
    names = {key.split(".", 1)[1] for key in _service_functions()}
    assert set(NO_DOOR_NEEDED) <= names
