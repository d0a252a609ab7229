"""No code path of the application can reach a network: a static check of every import.

The runtime tests (test_no_network.py, test_gui_session_offline.py,
test_network_namespace.py) prove that the flows they drive stay offline; this one covers
every module, including screens and commands no test drives, by refusing imports of
anything that talks to a network. It also keeps remote fonts and images out of the
stylesheet.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "clientmanager"

FORBIDDEN = (
    "socket",
    "ssl",
    "http",
    "urllib",
    "requests",
    "urllib3",
    "httpx",
    "aiohttp",
    "websocket",
    "websockets",
    "ftplib",
    "smtplib",
    "imaplib",
    "poplib",
    "xmlrpc",
    "webbrowser",
    "PySide6.QtNetwork",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebSockets",
)
# Pure string handling, no I/O.
ALLOWED = ("urllib.parse",)


def imported_modules(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            # from PySide6 import QtNetwork
            found += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
        elif isinstance(node, ast.Call) and getattr(node.func, "id", "") == "__import__":
            if node.args and isinstance(node.args[0], ast.Constant):
                found.append((node.lineno, str(node.args[0].value)))
    return found


def is_forbidden(module: str) -> bool:
    if any(module == ok or module.startswith(ok + ".") for ok in ALLOWED):
        return False
    return any(module == bad or module.startswith(bad + ".") for bad in FORBIDDEN)


def test_no_module_of_the_application_imports_a_network_library():
    offenders = [
        f"{path.relative_to(REPO)}:{line} imports {module}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for line, module in imported_modules(path)
        if is_forbidden(module)
    ]
    assert offenders == []


def test_the_check_recognises_network_imports(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import socket\nfrom urllib.request import urlopen\nfrom PySide6 import QtNetwork\n"
        "from urllib.parse import quote\nimport json\n__import__('requests')\n",
        encoding="utf-8",
    )
    flagged = {line for line, m in imported_modules(sample) if is_forbidden(m)}
    assert flagged == {1, 2, 3, 6}  # not urllib.parse (line 4), not json (line 5)


def test_stylesheet_loads_nothing_remote():
    for qss in (REPO / "resources").rglob("*.qss"):
        text = qss.read_text(encoding="utf-8")
        assert not re.search(r"url\(\s*['\"]?\s*(https?|ftp):", text, re.I), qss
        assert "@import" not in text, qss


# Server mode talks to the practice's own PostgreSQL server, and only from one module:
# the driver is imported nowhere else, so no other code path can open a connection.
SERVER_DRIVER = "psycopg"
SERVER_MODULE = PACKAGE / "store" / "postgres.py"


def test_only_the_server_backend_imports_the_postgresql_driver():
    offenders = [
        f"{path.relative_to(REPO)}:{line} imports {name}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if path != SERVER_MODULE
        for line, name in imported_modules(path)
        if name == SERVER_DRIVER or name.startswith(SERVER_DRIVER + ".")
    ]
    assert offenders == []
    assert any(name == SERVER_DRIVER for _line, name in imported_modules(SERVER_MODULE))
