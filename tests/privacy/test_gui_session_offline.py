"""A full desktop session loads no network module and makes no network call.

A fresh interpreter (so nothing pytest or another test imported counts) starts the real
MainWindow offscreen on a demo practice and is driven like a planner would: type a
name in the search box, press Enter to open the first client, show the About box, press
Ctrl+L to lock. Throughout, a Python audit hook records every attempt to create or
connect a socket, resolve a host name or make an HTTP request; afterwards sys.modules
must hold no network module.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

NETWORK_MODULES = [
    "PySide6.QtNetwork",
    "PySide6.QtWebEngineCore",
    "requests",
    "urllib3",
    "httpx",
    "ftplib",
    "smtplib",
    "xmlrpc.client",
    "http.client",
    # Not a network module, but importing it loads http.client (through jaraco.context):
    # a session in which nobody chose "remember on this computer" must never import it.
    "keyring",
]
# Loading is not using: the audit events below prove no socket or request is ever made.
NETWORK_AUDIT_EVENTS = (
    "socket.__new__",
    "socket.connect",
    "socket.bind",
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.gethostbyaddr",
    "http.client.connect",
    "urllib.Request",
)
PASSWORD = "Nothing leaves here 1"

SESSION = """
import json, sys, time
from pathlib import Path

events = []
def watch(event, args):
    if event in NETWORK_AUDIT_EVENTS:
        # AF_UNIX sockets (Qt's D-Bus, if any) are local; anything else is network.
        if event == "socket.__new__" and args and getattr(args[1], "name", "") == "AF_UNIX":
            return
        events.append(event)
sys.addaudithook(watch)

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QTableView

from clientmanager.paths import PracticePaths
from clientmanager.services import practice as ps
from clientmanager.services.demo import generate_demo_data
from clientmanager.ui.app import configure_application
from clientmanager.ui.context import AppContext
from clientmanager.ui.main_window import MainWindow

steps = []
def wait_until(condition, what, limit=120.0):
    # A guard against a hung session, not a speed requirement.
    deadline = time.monotonic() + limit
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"gave up waiting for: {what} (steps so far: {steps})")
        QApplication.processEvents()
        time.sleep(0.01)
    steps.append(what)

paths = PracticePaths(Path(DATA_DIR))
practice, _code = ps.create_practice(paths=paths, practice_name="Offline Planning",
    admin_username="admin", admin_password=PASSWORD)
generate_demo_data(practice.engine, clients=40)
practice.close()

app = QApplication(sys.argv[:1])
configure_application(app)
context = AppContext(paths)
context.set_unlocked(ps.unlock_with_password(paths, "admin", PASSWORD))
window = MainWindow(context)
window.lock_requested.connect(context.lock)   # what the desktop controller does first
window.show()
QTest.qWaitForWindowExposed(window)

tables = [t for t in window.findChildren(QTableView) if t.objectName() == "clientTable"]
table = tables[0] if tables else window.findChildren(QTableView)[0]
wait_until(lambda: table.model() is not None and table.model().rowCount() > 0,
           "client list filled")
first_row_text = table.model().index(0, 0).data()
surname = str(first_row_text).replace(",", " ").split()[0]

QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
search = QApplication.focusWidget()
if not isinstance(search, QLineEdit):
    search = window.findChild(QLineEdit, "clientSearch")
search.clear()
QTest.keyClicks(search, surname[:4])
wait_until(lambda: table.model().rowCount() > 0
           and surname[:4].lower() in str(table.model().index(0, 0).data()).lower(),
           "search results shown")

record = getattr(window, "record", None)
QTest.keyClick(search, Qt.Key.Key_Return)
wait_until(lambda: record is not None and getattr(record, "client_id", None) is not None,
           "client opened")

def close_about():
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        box.accept()
    else:
        QTimer.singleShot(50, close_about)
QTimer.singleShot(50, close_about)
window.show_about()
steps.append("about box shown")

window.activateWindow()
QTest.qWaitForWindowActive(window)
QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_L,
               Qt.KeyboardModifier.ControlModifier)
wait_until(lambda: not context.is_unlocked, "practice locked", limit=30.0)
window.close()
app.processEvents()

loaded = [m for m in NETWORK_MODULES if m in sys.modules]
print(json.dumps({"steps": steps, "loaded": loaded, "events": sorted(set(events))}))
"""


def run_gui_session(tmp_path) -> subprocess.CompletedProcess:
    script = (
        f"NETWORK_AUDIT_EVENTS = {NETWORK_AUDIT_EVENTS!r}\n"
        f"NETWORK_MODULES = {NETWORK_MODULES!r}\n"
        f"DATA_DIR = {str(tmp_path / 'practice')!r}\n"
        f"PASSWORD = {PASSWORD!r}\n" + textwrap.dedent(SESSION)
    )
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path),  # QSettings and caches go here, not to the tester's profile
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        LANG="en_ZA.UTF-8",
        # If anything reached for the keyring it would find none, never the tester's own.
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    env.pop("CLIENTMANAGER_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=False
    )


def test_a_driven_gui_session_loads_and_uses_no_network(tmp_path):
    result = run_gui_session(tmp_path)
    assert result.returncode == 0, result.stderr[-3000:] + result.stdout[-2000:]
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    # The session really went through the flows it claims to have covered...
    assert outcome["steps"] == [
        "client list filled",
        "search results shown",
        "client opened",
        "about box shown",
        "practice locked",
    ]
    # ...and neither imported nor used anything that talks to a network.
    assert outcome["loaded"] == []
    assert outcome["events"] == []
