"""Starting the desktop app: set-up on first run, then unlock, then the main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog

from clientmanager import APP_NAME, __version__
from clientmanager.paths import PracticePaths
from clientmanager.ui.context import AppContext
from clientmanager.ui.login import LoginDialog
from clientmanager.ui.main_window import MainWindow
from clientmanager.ui.resources import apply_style
from clientmanager.ui.setup_wizard import SetupWizard

logger = logging.getLogger(__name__)


def configure_application(app: QApplication) -> None:
    QCoreApplication.setOrganizationName("ClientManager")
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    apply_style(app)


class DesktopController:
    """Moves between the screens: set-up or unlock, the main window, and back on lock."""

    def __init__(self, context: AppContext) -> None:
        self.context = context
        self.window: MainWindow | None = None

    def start(self) -> bool:
        if not self.context.paths.exists():
            wizard = SetupWizard(self.context)
            if wizard.exec() != QDialog.DialogCode.Accepted or wizard.practice is None:
                if wizard.practice is not None:
                    wizard.practice.close()
                return False
            self.context.set_unlocked(wizard.practice)
        elif not self.unlock():
            return False
        self.window = MainWindow(self.context)
        self.window.lock_requested.connect(self.lock)
        self.window.show()
        return True

    def unlock(self, reason: str = "") -> bool:
        dialog = LoginDialog(self.context, reason=reason, parent=self.window)
        if not reason:
            dialog.try_keyring()
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.practice is None:
            return False
        self.context.set_unlocked(dialog.practice)
        return True

    def lock(self, reason: str = "The practice was locked.") -> None:
        self.context.lock()
        if self.window is not None:
            self.window.hide()
        if self.unlock(reason) and self.window is not None:
            self.window.show()
        else:
            QApplication.quit()


def run_gui(*, data_dir: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    configure_application(app)
    context = AppContext(PracticePaths(data_dir))
    controller = DesktopController(context)
    if not controller.start():
        return 0
    try:
        return app.exec()
    finally:
        context.lock()
