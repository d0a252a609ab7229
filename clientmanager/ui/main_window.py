"""The main window: what a planner sees once the practice is unlocked."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QVBoxLayout, QWidget

from clientmanager import APP_NAME, __version__
from clientmanager.ui.context import AppContext
from clientmanager.ui.resources import app_icon
from clientmanager.ui.widgets import hint, page_title

GEOMETRY_SETTING = "main_window/geometry"
STATE_SETTING = "main_window/state"


class MainWindow(QMainWindow):
    lock_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowIcon(app_icon())
        self.resize(1200, 760)
        self._build_menus()
        self.user_label = QLabel()
        self.lock_label = QLabel()
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.lock_label)
        self.welcome_title = page_title("")
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.addWidget(self.welcome_title)
        layout.addWidget(hint("The practice is unlocked."))
        layout.addStretch(1)
        self.setCentralWidget(central)
        self._restore_layout()
        context.practice_unlocked.connect(self.show_practice)
        context.practice_locked.connect(self.show_locked)
        if context.is_unlocked:
            self.show_practice(context.practice)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.lock_action = QAction("&Lock", self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_requested)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu("&Help")
        about_action = QAction(f"&About {APP_NAME}", self)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    def show_practice(self, practice) -> None:  # noqa: ANN001 (an OpenPractice)
        self.setWindowTitle(f"{practice.practice_name} – {APP_NAME}")
        self.welcome_title.setText(practice.practice_name)
        actor = practice.actor
        self.user_label.setText(f"Signed in as {actor.username} ({actor.role})")
        self.lock_label.setText("Unlocked")
        self.lock_action.setEnabled(True)

    def show_locked(self) -> None:
        self.user_label.setText("")
        self.lock_label.setText("Locked")
        self.lock_action.setEnabled(False)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            f"About {APP_NAME}",
            f"<h3>{APP_NAME} {__version__}</h3>"
            "<p>A CRM for South African financial-planning practices.</p>"
            "<p><b>Nothing leaves this computer.</b> Client records are kept in an "
            "encrypted database on this PC. The program opens no network connections: no "
            "cloud, no update checks, no telemetry. Its test suite runs with network "
            "sockets disabled and checks that no network module is ever loaded.</p>",
        )

    def _restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value(GEOMETRY_SETTING)
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.value(STATE_SETTING)
        if state is not None:
            self.restoreState(state)

    def save_layout(self) -> None:
        # Window geometry only: QSettings never holds client data.
        settings = QSettings()
        settings.setValue(GEOMETRY_SETTING, self.saveGeometry())
        settings.setValue(STATE_SETTING, self.saveState())

    def closeEvent(self, event) -> None:  # noqa: N802, ANN001 (Qt API)
        self.save_layout()
        super().closeEvent(event)


__all__ = ["MainWindow", "Qt"]
