"""The Planner menu's dialogs, driven like a user would (issue 19)."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt

from clientmanager.ui.main_window import MainWindow
from clientmanager.ui.summary_dialog import SummaryDialog
from tests.planner.conftest import seed_household

SHOTS = "/tmp/year"


def _window(qtbot, context, practice) -> MainWindow:  # noqa: ANN001
    context.set_unlocked(practice)
    window = MainWindow(context)
    qtbot.addWidget(window)
    return window


def test_planner_menu_opens_the_summary(qtbot, context, practice, tmp_path) -> None:  # noqa: ANN001
    seeded = seed_household(practice)
    window = _window(qtbot, context, practice)
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert "Planner" in titles and titles.index("Planner") < titles.index("Help")
    dialog = window.planner_menu.open_summary()
    assert isinstance(dialog, SummaryDialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "Choose a client" in dialog.error.text()
    qtbot.keyClicks(dialog.picker.search, "van der Merwe Pieter")
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.picker.client_id == seeded.client_id, timeout=10_000)
    dialog.save_to(tmp_path / "summary.pdf")
    qtbot.waitUntil(lambda: dialog.saved_path is not None, timeout=20_000)
    assert "Saved to" in dialog.status.text()
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "summary.pdf").pages)
    assert "SL-778812" in text
    dialog.grab().save(f"{SHOTS}/summary_dialog.png")
