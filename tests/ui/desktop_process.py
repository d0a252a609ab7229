"""One desktop, in a process of its own, driven over stdin/stdout by a test (issue 18's
"two desktop processes on one server"): the real DesktopController signs in through the
real sign-in dialog, then the real main window answers one JSON command per line.

    python tests/ui/desktop_process.py DATA_DIR   (QT_QPA_PLATFORM=offscreen)

The user's password comes in CLIENTMANAGER_TEST_SIGN_IN (user TAB password); the server
login's in CLIENTMANAGER_APP_PASSWORD, as on a PC without a keyring."""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

from clientmanager.paths import PracticePaths
from clientmanager.ui.app import DesktopController, configure_application
from clientmanager.ui.context import AppContext
from clientmanager.ui.login import LoginDialog

TIMEOUT_SECONDS = 60


class Commands(QObject):
    arrived = Signal(object)


def _reply(**values: object) -> None:
    sys.stdout.write(json.dumps(values) + "\n")
    sys.stdout.flush()


def _until(test, then, *, what: str, started: float | None = None) -> None:  # noqa: ANN001
    started = time.monotonic() if started is None else started
    if test():
        then()
    elif time.monotonic() - started > TIMEOUT_SECONDS:
        _reply(ok=False, error=f"timed out waiting for {what}")
    else:
        QTimer.singleShot(50, lambda: _until(test, then, what=what, started=started))


def _sign_in() -> None:
    dialog = next(
        (w for w in QApplication.topLevelWidgets() if isinstance(w, LoginDialog) and w.isVisible()),
        None,
    )
    if dialog is None:
        QTimer.singleShot(50, _sign_in)
        return
    user, password = os.environ["CLIENTMANAGER_TEST_SIGN_IN"].split("\t", 1)
    dialog.username.set_text(user)
    dialog.password.set_text(password)
    dialog.unlock_button.click()


def main() -> int:
    data_dir = Path(sys.argv[1])
    app = QApplication(sys.argv)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(data_dir.parent / "qt")
    )
    configure_application(app)
    context = AppContext(PracticePaths(data_dir))
    controller = DesktopController(context)
    QTimer.singleShot(0, _sign_in)
    if not controller.start():
        _reply(ok=False, error="not signed in")
        return 1
    window = controller.window
    assert window is not None
    names = window.client_list.model

    def shown_names() -> list[str]:
        return [names.rows[row].display_name for row in sorted(names.rows)]

    def run(command: dict) -> None:
        what = command["cmd"]
        record = window.record
        if what == "list":
            _until(
                lambda: command["name"] in shown_names(),
                lambda: _reply(ok=True, names=shown_names()),
                what=f"{command['name']} in the list",
            )
        elif what == "open":
            window.open_client(command["id"])
            _until(
                lambda: record.card is not None and record.card.client.id == command["id"],
                lambda: _reply(ok=True, version=record.card.client.version),
                what="the record",
            )
        elif what == "save":
            for key, value in command["values"].items():
                record.form.fields[key].set_value(value)
            record.form.dirty = True
            record.stale_box = None
            saved_before = record.saved_label.isVisible()
            record.save()

            def finished() -> bool:
                return not record.saving

            def report() -> None:
                box = record.stale_box
                if box is not None:
                    _reply(ok=True, result="stale", text=box.text(),
                           informative=box.informativeText())  # fmt: skip
                    box.keep_button.click()
                elif record.form_error.isVisible():
                    _reply(ok=True, result="error", text=record.form_error.text())
                else:
                    _reply(ok=True, result="saved", shown=saved_before or True)

            _until(finished, report, what="the save")
        elif what == "quit":
            controller.close_down()
            _reply(ok=True)
            app.quit()
        else:
            _reply(ok=False, error=f"unknown command {what}")

    commands = Commands()
    commands.arrived.connect(run, Qt.ConnectionType.QueuedConnection)

    def read() -> None:
        for line in sys.stdin:
            if line.strip():
                commands.arrived.emit(json.loads(line))

    threading.Thread(target=read, daemon=True).start()
    _reply(ok=True, ready=True, names=shown_names())
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
