"""Launch does not pay for screens nobody has opened yet (issue 17).

A fresh interpreter goes the desktop's own way (application set-up, the unlock, the
real ``DesktopController`` opening the main window, which schedules the daily backup and
the retention review) until the client list has painted its rows; then it reports which
heavy modules are loaded. PDFs, images, spreadsheets, phone-number metadata, the client
record and its tabs, the first-run wizard, the import/export services and (on SQLCipher)
the office server's store are imported when first used, not at launch. Asserted on ``sys.modules``, not on time.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from clientmanager.services import client_records as records
from tests.conftest import ADMIN, ADMIN_PASSWORD

ROOT = Path(__file__).resolve().parents[2]

NOT_AT_LAUNCH = (
    "alembic",
    "mako",
    "fpdf",
    "PIL",
    "pypdf",
    "openpyxl",
    "phonenumbers",
    "clientmanager.reports.base",
    "clientmanager.services.importer",
    "clientmanager.services.exporter",
    "clientmanager.services.subject_export",
    "clientmanager.services.letters",
    "clientmanager.services.summary",
    "clientmanager.services.roa",
    "clientmanager.ui.client_record",
    "clientmanager.ui.setup_wizard",
    "clientmanager.ui.import_wizard",
    # The office server's store and SQLAlchemy's PostgreSQL dialect, on a SQLCipher practice.
    "clientmanager.store.postgres",
    "sqlalchemy.dialects.postgresql",
)

_LAUNCH = """
import json, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from clientmanager.paths import PracticePaths
from clientmanager.services.practice import unlock_with_password
from clientmanager.ui.app import DesktopController, configure_application
from clientmanager.ui.context import AppContext

app = QApplication([])
configure_application(app)
context = AppContext(PracticePaths(Path(sys.argv[1])))
context.set_unlocked(unlock_with_password(context.paths, username=sys.argv[2], password=sys.argv[3]))
controller = DesktopController(context)
controller.open_main_window()
model = controller.window.client_list.model
deadline = time.monotonic() + 60
while model.rowCount() == 0 and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.001)
controller.window.client_list.table.viewport().repaint()
shown = [model.index(row, 0).data() for row in range(model.rowCount())]
loaded = sorted(set(sys.modules))
context.tasks.wait_until_idle()
context.lock()
print(json.dumps({"rows": shown, "modules": loaded}))
"""


def _launch(practice_paths, tmp_path: Path) -> dict:
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path / "home"),  # Qt settings and the keyring stay out of the real one
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
    )
    completed = subprocess.run(
        [sys.executable, "-c", _LAUNCH, str(practice_paths.data_dir), ADMIN, ADMIN_PASSWORD],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=True,
    )
    return json.loads(completed.stdout.strip().splitlines()[-1])


def test_launch_to_painted_rows_imports_no_later_screens(practice, practice_paths, tmp_path):
    with practice.session() as session:
        records.save_client(
            session,
            practice.actor,
            values={"first_names": "Lerato", "surname": "Mokoena", "mobile": "082 123 4567"},
        )
    practice.close()
    launched = _launch(practice_paths, tmp_path)
    assert any("Mokoena" in str(row) for row in launched["rows"])  # it really got there
    loaded = set(launched["modules"])
    assert "clientmanager.ui.main_window" in loaded  # and the probe can see modules
    early = sorted(
        name for name in loaded if any(name == m or name.startswith(m + ".") for m in NOT_AT_LAUNCH)
    )
    assert early == []
