"""The main window: the client list on the left, Today or a client's record on the right."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clientmanager import APP_NAME, __version__
from clientmanager.services.permissions import ROLE_LABELS, Permission, allows
from clientmanager.ui.client_list import ClientListPanel
from clientmanager.ui.context import AppContext
from clientmanager.ui.dashboard import DashboardPanel
from clientmanager.ui.i18n import LanguageMenu, format_number
from clientmanager.ui.practice_tools import PracticeTools
from clientmanager.ui.resources import app_icon

if TYPE_CHECKING:
    # The record page and its tabs are imported when a client is first opened, not at
    # launch (issue 17: tests/ui/test_launch_imports.py).
    from clientmanager.ui.client_record import ClientRecordView

GEOMETRY_SETTING = "main_window/geometry"
STATE_SETTING = "main_window/state"
SPLITTER_SETTING = "main_window/splitter"


class MainWindow(QMainWindow):
    lock_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowIcon(app_icon())
        self.setWindowTitle(APP_NAME)
        self.resize(1360, 840)  # fitted to the screen's free area in _fit_to_screen

        self.client_list = ClientListPanel(context)
        self.client_list.setObjectName("clientListPanel")
        self.client_list.setMinimumWidth(340)
        self.dashboard = DashboardPanel(context)
        self._record: ClientRecordView | None = None  # built when first needed (start-up)
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        self.pages.addWidget(self.dashboard)
        left = QWidget()
        left.setObjectName("sidebar")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(14, 14, 8, 10)
        left_layout.addWidget(self.client_list)
        self.splitter = QSplitter()
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([445, 995])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.user_label = QLabel()
        self.user_label.setObjectName("statusUser")
        self.lock_label = QLabel()
        self.lock_label.setObjectName("statusLock")
        self.count_label = QLabel()
        self.statusBar().addWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.lock_label)

        self._build_menus()
        self._restore_layout()
        self._fit_to_screen()
        self.client_list.client_activated.connect(self.open_client)
        self.client_list.results_shown.connect(self._show_count)
        self.dashboard.client_chosen.connect(self.open_client)
        self.dashboard.show_list.connect(self.client_list.show_query)
        self.dashboard.policy_events_requested.connect(lambda: self.planner_menu.open_policies())
        self.client_list.bulk_done.connect(lambda text: self.statusBar().showMessage(text, 8000))
        context.practice_unlocked.connect(self.show_practice)
        context.practice_locked.connect(self.show_locked)
        if context.is_unlocked:
            self.show_practice(context.practice)

    # --- menus ------------------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut: str | QKeySequence | None = None) -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even when the menu bar is hidden
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.lock_action = self._action(self.tr("&Lock"), self.lock_requested, "Ctrl+L")
        self.lock_action.setStatusTip(
            self.tr("Lock the practice now: the key is dropped until you sign in again")
        )
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        file_menu.addAction(quit_action)

        client_menu = bar.addMenu(self.tr("&Client"))
        self.find_action = self._action(self.tr("&Find client"), self.focus_search, "Ctrl+F")
        self.new_client_action = self._action(self.tr("&New client"), self.new_client, "Ctrl+N")
        self.save_action = self._action(self.tr("&Save"), self._save_client, "Ctrl+S")
        self.close_client_action = self._action(self.tr("&Close client"), self.close_client, "Esc")
        self.close_client_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.archive_action = self._action(self.tr("&Archive client…"), self._archive_client)
        for action in (self.find_action, self.new_client_action):
            client_menu.addAction(action)
        client_menu.addSeparator()
        for action in (self.save_action, self.close_client_action):
            client_menu.addAction(action)
        client_menu.addSeparator()
        client_menu.addAction(self.archive_action)

        view_menu = bar.addMenu(self.tr("&View"))
        self.today_action = self._action(self.tr("&Today"), self.show_today, "Ctrl+T")
        self.refresh_action = self._action(self.tr("&Refresh"), self.refresh, "F5")
        view_menu.addAction(self.today_action)
        view_menu.addAction(self.refresh_action)
        view_menu.addSeparator()
        self.language_menu = LanguageMenu(self)
        view_menu.addMenu(self.language_menu)

        self.practice_menu = self._build_practice_menu()
        # The planner's year (issue 19): summaries, advice, reviews, letters, calendar.
        from clientmanager.ui.planner_menu import PlannerMenu

        self.planner_menu = PlannerMenu(
            self, self.context, current_client_id=self._current_client_id
        )

        help_menu = bar.addMenu(self.tr("&Help"))
        about_action = self._action(self.tr("&About {app}").format(app=APP_NAME), self.show_about)
        help_menu.addAction(about_action)

    def _build_practice_menu(self) -> QMenu:
        """The practice manager's tools (backups, users, import) and the POPIA menu, each
        shown only to roles allowed to use it."""
        menu = self.menuBar().addMenu(self.tr("&Practice"))
        lock = self._action(self.tr("Lock the practice now"), self.lock_requested)
        menu.addAction(lock)
        self.practice_tools = PracticeTools(
            self,
            self.context,
            practice_menu=menu,
            request_lock=self.lock_requested.emit,
            refresh=self.refresh,
            current_client_id=self._current_client_id,
        )
        self.move_book_action = self._action(
            self.tr("&Move a planner's clients…"), self.open_move_book
        )
        menu.addAction(self.move_book_action)
        menu.addSeparator()
        self.settings_action = self._action(self.tr("&Settings…"), self.open_settings)
        self.settings_action.setStatusTip(
            self.tr("The practice's identity, security, retention periods, backups and PDFs")
        )
        menu.addAction(self.settings_action)
        return menu

    def open_move_book(self) -> None:
        from clientmanager.ui.client_bulk import MoveBookDialog

        if not self.context.is_unlocked:
            return
        dialog = MoveBookDialog(self.context, self)
        dialog.book_moved.connect(
            lambda result: self.statusBar().showMessage(
                self.tr("{count} clients moved to {user}.").format(
                    count=result.moved, user=result.to_user
                ),
                8000,
            )
        )
        dialog.book_moved.connect(lambda _result: self.refresh())
        self.move_book_dialog = dialog
        dialog.exec()
        self.move_book_dialog = None
        dialog.deleteLater()

    def open_settings(self) -> None:
        from clientmanager.services.settings import can_read_settings
        from clientmanager.ui.settings_dialog import SettingsDialog

        if not self.context.is_unlocked or not can_read_settings(self.context.practice.actor):
            return
        dialog = SettingsDialog(self.context, self)
        dialog.exec()
        dialog.deleteLater()

    def _current_client_id(self) -> int | None:
        return self.record.client_id if self._showing_record() else None

    # --- practice state -------------------------------------------------------------------
    def show_practice(self, practice) -> None:  # noqa: ANN001 (an OpenPractice)
        self.setWindowTitle(f"{practice.practice_name} – {APP_NAME}")
        actor = practice.actor
        role = ROLE_LABELS.get(actor.role, actor.role)
        self.user_label.setText(
            self.tr("Signed in as {user} · {role}").format(user=actor.username, role=role)
        )
        self.lock_label.setText(self.tr("Unlocked · encrypted"))
        if getattr(practice, "on_server", False):  # issue 18: not encrypted by the app there
            self.lock_label.setText(self.tr("Unlocked · office server"))
        self.lock_action.setEnabled(True)
        self.new_client_action.setEnabled(allows(actor, Permission.CLIENT_CREATE))
        self._update_actions()
        # The list first: it is what a planner reaches for; Today fills in right after.
        self.client_list.refresh()
        self.show_today()
        failures = getattr(practice, "failed_sign_ins_before", 0)
        if failures:  # the count is reset at this sign-in: say so, never silently
            self.user_label.setText(
                self.user_label.text()
                + " · "
                + (
                    self.tr("{count} wrong passwords since your last sign-in").format(
                        count=failures
                    )
                    if failures != 1
                    else self.tr("1 wrong password since your last sign-in")
                )
            )

    def show_locked(self) -> None:
        self.user_label.setText("")
        self.lock_label.setText(self.tr("Locked"))
        self.lock_action.setEnabled(False)
        if self._record is not None:
            self._record.form.dirty = False

    def _update_actions(self) -> None:
        showing_record = self._showing_record()
        actor = self.context.practice.actor if self.context.is_unlocked else None
        self.save_action.setEnabled(showing_record)
        self.close_client_action.setEnabled(showing_record)
        self.archive_action.setEnabled(
            showing_record
            and self.record.client_id is not None
            and allows(actor, Permission.CLIENT_ARCHIVE)
        )
        self.practice_tools.update_actions()
        from clientmanager.services.settings import can_read_settings

        self.settings_action.setVisible(can_read_settings(actor))
        self.client_list.update_bulk_actions()
        self.move_book_action.setVisible(allows(actor, Permission.USERS_MANAGE))

    def _show_count(self, count: int) -> None:
        grouped = format_number(count)
        text = (
            self.tr("{count} client in the list")
            if count == 1
            else self.tr("{count} clients in the list")
        )
        self.count_label.setText(text.format(count=grouped))

    # --- navigation -------------------------------------------------------------------------
    @property
    def record(self) -> ClientRecordView:
        """The client record page, created the first time a client is opened."""
        if self._record is None:
            from clientmanager.ui.client_record import ClientRecordView

            record = ClientRecordView(self.context)
            self.pages.addWidget(record)
            record.closed.connect(self.show_today)
            record.loaded.connect(lambda _id: self._update_actions())
            record.client_saved.connect(lambda _id: self.client_list.refresh())
            record.client_archived.connect(self._client_archived)
            record.household_requested.connect(self.client_list.show_household)
            self._record = record
        return self._record

    def _showing_record(self) -> bool:
        return self._record is not None and self.pages.currentWidget() is self._record

    def _save_client(self) -> None:
        if self._showing_record():
            self.record.save()

    def _archive_client(self) -> None:
        if self._showing_record():
            self.record.archive()

    def focus_search(self) -> None:
        self.client_list.focus_search()

    def open_client(self, client_id: int) -> None:
        if self._showing_record() and not self.record.maybe_close():
            return
        self.record.open_client(client_id)
        self.pages.setCurrentWidget(self.record)
        self._update_actions()

    def new_client(self) -> None:
        if not self.new_client_action.isEnabled():
            return
        if self._showing_record() and not self.record.maybe_close():
            return
        self.pages.setCurrentWidget(self.record)
        self.record.new_client()
        self._update_actions()

    def close_client(self) -> None:
        if self._showing_record():
            self.record.request_close()

    def show_today(self) -> None:
        self.pages.setCurrentWidget(self.dashboard)
        self._update_actions()
        self.dashboard.refresh()

    def refresh(self) -> None:
        self.client_list.refresh()
        if self._showing_record():
            self.record.reload()
        else:
            self.dashboard.refresh()

    def _client_archived(self, _client_id: int) -> None:
        self.client_list.refresh()
        self.statusBar().showMessage(
            self.tr("Client archived (soft delete): hidden from lists, nothing destroyed."), 8000
        )

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About {app}").format(app=APP_NAME),
            f"<h3>{APP_NAME} {__version__}</h3>"
            + self.tr(
                "<p>A CRM for South African financial-planning practices.</p>"
                "<p><b>Nothing leaves this computer.</b> Client records are kept in an "
                "encrypted database on this PC. The program opens no network connections: no "
                "cloud, no update checks, no telemetry. Its test suite runs with network "
                "sockets disabled and checks that no network module is ever loaded.</p>"
            ),
        )

    # --- layout -------------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value(GEOMETRY_SETTING)
        self._geometry_restored = geometry is not None
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.value(STATE_SETTING)
        if state is not None:
            self.restoreState(state)
        splitter = settings.value(SPLITTER_SETTING)
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def _fit_to_screen(self) -> None:
        """Never larger than the screen's free area (a 1366×768 laptop has about 1366×728
        below its taskbar), so the status bar and the bottom buttons stay reachable."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        free = screen.availableGeometry()
        frame = self.frameGeometry().size() - self.geometry().size()
        if frame.isNull():  # not shown yet: leave room for a title bar and borders
            frame = QSize(16, 40)
        width = min(self.width(), free.width() - frame.width())
        height = min(self.height(), free.height() - frame.height())
        if not getattr(self, "_geometry_restored", False):
            # First run: most of the screen, so a large screen shows more of the list.
            share = 0.92 if free.width() >= 1600 else 1.0  # a laptop needs all of it
            width = int(free.width() * share) - frame.width()
            height = int(free.height() * share) - frame.height()
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        if not free.contains(self.frameGeometry()):
            self.move(free.topLeft())
        elif not getattr(self, "_geometry_restored", False):
            self.move(free.center() - self.rect().center())

    def save_layout(self) -> None:
        # Window geometry and column layout only: QSettings never holds client data.
        settings = QSettings()
        settings.setValue(GEOMETRY_SETTING, self.saveGeometry())
        settings.setValue(STATE_SETTING, self.saveState())
        settings.setValue(SPLITTER_SETTING, self.splitter.saveState())
        self.client_list.save_layout()

    def closeEvent(self, event) -> None:  # noqa: N802, ANN001 (Qt API)
        if self._showing_record() and not self.record.maybe_close():
            event.ignore()
            return
        self.save_layout()
        super().closeEvent(event)
