"""Every window and dialog fits a 1366×768 laptop screen and grows on 1920×1080.

Each screen size runs in its own process (tests/ui/window_walk.py) because an offscreen
QApplication's screen is fixed when it starts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from clientmanager.services import client_records as records
from tests.conftest import ADMIN_PASSWORD

REPO = Path(__file__).resolve().parents[2]
# Checked by name so the walk cannot quietly stop finding them.
MUST_OPEN = {
    "main_window.MainWindow",
    "settings_dialog.SettingsDialog",
    "backup_centre.BackupCentreDialog",
    "rights_register.RightsRegisterDialog",
    "breach_register.BreachRegisterDialog",
    "users_dialog.UsersDialog",
    "audit_viewer.AuditViewerDialog",
    "import_wizard.ImportWizard",
    "duplicates_dialog.DuplicatesDialog",
    "setup_wizard.SetupWizard",
    "login.LoginDialog",
    "subject_export_dialog.SubjectExportDialog",
    "retention_dialog.RetentionReviewDialog",
}


def walk(practice, tmp_path: Path, width: int, height: int) -> dict[str, dict]:  # noqa: ANN001
    with practice.session() as session:
        for n in range(3):
            records.save_client(
                session, practice.actor,
                values={"first_names": f"Nomvula{n}", "surname": "Nkosi-Ndlovu-Mthembu"},
            )  # fmt: skip
    data_dir = practice.paths.data_dir
    practice.close()
    config = tmp_path / f"screen-{width}x{height}.json"
    config.write_text(json.dumps({"screens": [{
        "name": "screen", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1,
    }]}))  # fmt: skip
    out = tmp_path / f"walk-{width}x{height}.json"
    shots = os.environ.get("CLIENTMANAGER_WINDOW_SHOTS")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "PYTHONPATH": str(REPO),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),  # QSettings: never the real one
        "HOME": str(tmp_path / "home"),
    }
    arguments = [str(data_dir), ADMIN_PASSWORD, str(out), *([shots] if shots else [])]
    subprocess.run(
        [sys.executable, "-m", "tests.ui.window_walk", *arguments],
        cwd=REPO, env=env, check=True, timeout=600,
    )  # fmt: skip
    return {entry["window"]: entry for entry in json.loads(out.read_text())}


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)], ids=["1366x768", "1920x1080"])
def test_every_window_fits_the_screen(practice, tmp_path, size) -> None:  # noqa: ANN001
    width, height = size
    found = walk(practice, tmp_path, width, height)
    opened = {name for name, entry in found.items() if "skipped" not in entry}
    assert MUST_OPEN <= opened, {name: found.get(name) for name in MUST_OPEN - opened}
    misfits = {name: entry["problems"] for name, entry in found.items() if entry.get("problems")}
    assert misfits == {}
    main = found["main_window.MainWindow"]["size"]
    assert main[0] <= width and main[1] <= height
    if width == 1920:
        assert main[0] >= 1300  # it grows with the screen, not stuck at laptop size
