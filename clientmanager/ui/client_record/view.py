"""One client's record: a header with Save/Archive/Close and one tab per part of the file.

The view loads the client's card and hands it to every tab; each tab shows its part and
calls services through operations itself. Tabs know the view only as a
:class:`~clientmanager.ui.client_record.common.RecordHost` and never each other.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clientmanager.domain.phone import format_phone_for_display
from clientmanager.services import client_records as records
from clientmanager.services import ownership
from clientmanager.services.client_records import InvalidInput, StaleRecord
from clientmanager.services.clients import ClientCard, review_due_before
from clientmanager.services.permissions import Permission, allows
from clientmanager.ui.client_record.balance_sheet import BalanceSheetTab
from clientmanager.ui.client_record.cash_flow import CashFlowTab
from clientmanager.ui.client_record.common import (
    RecordTab,
    SectionTab,
    age_on,
    day,
    translate,
)
from clientmanager.ui.client_record.consents import ConsentsTab
from clientmanager.ui.client_record.documents import DocumentsTab
from clientmanager.ui.client_record.goals import GoalsTab
from clientmanager.ui.client_record.household import HouseholdTab
from clientmanager.ui.client_record.notes import NoteSection
from clientmanager.ui.client_record.notice_offer import offer_notices
from clientmanager.ui.client_record.overview import OverviewTab
from clientmanager.ui.client_record.planning import PlanningTab, RecordDoors
from clientmanager.ui.client_record.policies import PoliciesTab
from clientmanager.ui.client_record.tasks import TaskSection
from clientmanager.ui.context import AppContext
from clientmanager.ui.forms import (
    StaleRecordBox,
    confirm_discard,
    describe,
    invalid_input_text,
    name_buttons,
)
from clientmanager.ui.i18n import service_text
from clientmanager.ui.operations import Changes, run_operation
from clientmanager.ui.widgets import error_label, push_button

logger = logging.getLogger(__name__)


def _save_client(
    session: Any,
    actor: Any,
    values: dict[str, str],
    client_id: int | None,
    version: int | None,
    loaded: dict[str, str],
    planner: int | None,
) -> int:
    """The details, and a new planner when a practice manager chose one, in one transaction."""
    saved = records.save_client(
        session, actor, values=values, client_id=client_id, version=version, loaded=loaded
    )
    if planner is not None:
        ownership.assign_clients(session, actor, [saved], planner)
    return saved


class ClientRecordView(QWidget):
    """The record of one client (or a new one being added)."""

    closed = Signal()
    client_saved = Signal(int)
    client_archived = Signal(int)
    household_requested = Signal(int)
    loaded = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.client_id: int | None = None
        self.card: ClientCard | None = None
        self.archived = False
        self.saving = False
        self.open_dialog: QDialog | None = None
        self.users: dict[int, str] = {}
        self.planner_choices: list = []
        self.stale_box: StaleRecordBox | None = None
        self.people_stale = True  # user names and owners to be read with the next card
        context.changed.connect(self._changes_seen)

        self.name_label = QLabel()
        self.name_label.setObjectName("pageTitle")
        self.facts_label = QLabel()
        self.facts_label.setObjectName("hint")
        self.facts_label.setWordWrap(True)
        self.save_button = push_button(
            translate("ClientRecord", "Save"),
            primary=True,
            tooltip=translate("ClientRecord", "Save changes (Ctrl+S)"),
        )
        self.archive_button = push_button(
            translate("ClientRecord", "Archive…"),
            tooltip=translate("ClientRecord", "Archive this client (soft delete)"),
        )
        self.close_button = push_button(
            translate("ClientRecord", "Close"),
            tooltip=translate("ClientRecord", "Close the client (Esc)"),
        )
        self.saved_label = QLabel(translate("ClientRecord", "✓ Saved"))
        self.saved_label.setObjectName("savedConfirmation")
        self.saved_label.setStyleSheet("color: #2e7d5b; font-weight: 600;")
        self.saved_label.hide()
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.name_label)
        titles.addWidget(self.facts_label)
        header.addLayout(titles, 1)
        header.addWidget(self.saved_label, 0, Qt.AlignmentFlag.AlignTop)
        for button in (self.archive_button, self.close_button, self.save_button):
            header.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        # Shown where the banner says the client is archived (issue 12).
        self.restore_button = push_button(
            translate("ClientRecord", "Restore from archive"), self.restore
        )
        self.restore_button.hide()
        self.banner = QLabel()
        self.banner.setObjectName("lockedBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.form_error = error_label()

        self.tabs = QTabWidget()
        self.tabs.setObjectName("recordTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        self.overview = OverviewTab(self)
        self.household_tab = HouseholdTab(self)
        self.policies_tab = PoliciesTab(self)
        self.balance_tab = BalanceSheetTab(self)
        self.cash_flow_tab = CashFlowTab(self)
        self.goals_tab = GoalsTab(self)
        self.notes_tab = SectionTab(
            self,
            NoteSection(self),
            QT_TRANSLATE_NOOP("ClientRecord", "Notes && advice"),
            lambda c: c.notes,
        )
        self.tasks_tab = SectionTab(
            self,
            TaskSection(self),
            QT_TRANSLATE_NOOP("ClientRecord", "Tasks && reviews"),
            lambda c: c.tasks,
        )
        self.documents_tab = DocumentsTab(self)
        self.consents_tab = ConsentsTab(self)
        # The Planner dialogs for this client (issue 19): summary, advice, letters, calendar.
        self.doors = RecordDoors(self, self)
        self.planning_tab = PlanningTab(self, self.doors)
        self.record_tabs: list[RecordTab] = [
            self.overview,
            self.household_tab,
            self.policies_tab,
            self.balance_tab,
            self.cash_flow_tab,
            self.goals_tab,
            self.notes_tab,
            self.tasks_tab,
            self.documents_tab,
            self.consents_tab,
            self.planning_tab,
        ]
        for tab in self.record_tabs:
            # Titles are QT_TRANSLATE_NOOP("ClientRecord", ...) in the tab modules.
            self.tabs.addTab(tab, translate("ClientRecord", tab.title))
        self._expose_parts()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(header)
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(banner_row)
        layout.addWidget(self.form_error)
        layout.addWidget(self.tabs, 1)
        self.save_button.clicked.connect(self.save)
        self.archive_button.clicked.connect(self.archive)
        self.close_button.clicked.connect(self.request_close)
        self.form.changed.connect(self._form_changed)
        self.overview.member_requested.connect(self._open_member)
        self.overview.household_requested.connect(self.household_requested)
        self.print_summary_action = QAction(
            translate("ClientRecord", "Print client summary…"), self
        )
        self.print_summary_action.setShortcut(QKeySequence("Ctrl+P"))
        self.print_summary_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.print_summary_action.triggered.connect(lambda _checked=False: self.open_summary())
        self.addAction(self.print_summary_action)
        self.notes_tab.section.roa_button.clicked.connect(lambda: self.open_roa())

    def _expose_parts(self) -> None:
        """The names the main window and the tests use, kept from the one-file record."""
        self.form = self.overview.form
        self.derived = self.overview.derived
        self.members = self.overview.members
        self.household_name = self.overview.household_name
        self.household_button = self.overview.household_button
        self.policies = self.policies_tab.section
        self.assets = self.balance_tab.assets
        self.liabilities = self.balance_tab.liabilities
        self.chart = self.balance_tab.chart
        self.net_worth = self.balance_tab.net_worth
        self.cash_flows = self.cash_flow_tab.section
        self.goals = self.goals_tab.goals
        self.risk = self.goals_tab.risk
        self.notes = self.notes_tab.section
        self.tasks = self.tasks_tab.section
        self.documents = self.documents_tab.table
        self.attach_button = self.documents_tab.attach_button
        self.view_button = self.documents_tab.view_button
        self.export_button = self.documents_tab.export_button
        self.consents = self.consents_tab.table
        self.consent_button = self.consents_tab.consent_button

    @property
    def actor(self) -> Any:
        return self.context.practice.actor if self.context.is_unlocked else None

    # --- what the tabs do, reachable from the record (main window, tests) ---------------
    def attach_file(self, path: Path, *, category: str = "other") -> None:
        self.documents_tab.attach_file(path, category=category)

    def view_document(self) -> None:
        self.documents_tab.view_document()

    def export_document(self, target: Path | None = None) -> None:
        self.documents_tab.export_document(target)

    def record_consent(self) -> None:
        self.consents_tab.record_consent()

    def open_summary(self) -> QDialog | None:
        """Ctrl+P: the summary and fact-find PDF of this client."""
        return self.doors.open_summary()

    def open_roa(self) -> QDialog | None:
        """A record of advice from a template, for this client."""
        if not self.notes_tab.section.roa_button.isEnabled():
            return None
        return self.doors.open_roa()

    # --- loading --------------------------------------------------------------------------
    def open_client(self, client_id: int) -> None:
        self.client_id = client_id
        self.name_label.setText(translate("ClientRecord", "Opening…"))
        self.facts_label.setText("")
        card_read = threading.Event()
        self._load(client_id, records.load_opened_client, card_read)
        # The opening's audit entry (POPIA s19) is its own transaction, queued right behind
        # the card on the one database worker: the planner does not wait for the chain's
        # lock and commit, yet nothing else runs between the card and its entry. It is
        # written only for a card that was read; should it fail, the record is taken off
        # the screen (see _opening_not_recorded), so no view goes unaudited.
        run_operation(
            self,
            self.context,
            lambda session, actor: (
                records.record_opening(session, actor, client_id) if card_read.is_set() else None
            ),
            on_done=lambda _result: None,
            on_error=lambda error: self._opening_not_recorded(client_id, error),
            changes=Changes.NONE,
        )

    def reload(self) -> None:
        if self.client_id is not None:
            self._load(self.client_id, records.reload_client)

    def _load(self, client_id: int, loader: Any, read: threading.Event | None = None) -> None:
        # The user names and the possible owners change rarely: read with the first card
        # and again after a change to the users (here or, on the server, on another PC),
        # so later openings are the card's one statement.
        people = None if self.people_stale else (self.users, self.planner_choices)

        def work(session: Any, actor: Any) -> tuple[ClientCard, dict[int, str], list]:
            card = loader(session, actor, client_id)
            users, owners = people or (
                records.user_names(session),
                ownership.possible_owners(session),
            )
            if read is not None:
                read.set()
            return card, users, owners

        run_operation(
            self,
            self.context,
            work,
            on_done=self._loaded,
            on_error=self._load_failed,
            changes=Changes.NONE,
        )

    def _changes_seen(self, changes: Changes) -> None:
        if Changes.USERS in changes:
            self.people_stale = True

    def _load_failed(self, error: BaseException) -> None:
        self.name_label.setText(translate("ClientRecord", "This client could not be opened"))
        self.facts_label.setText(describe(error).replace("\n\n", " "))

    def _opening_not_recorded(self, client_id: int, error: BaseException) -> None:
        """The card was shown but its opening could not be audited: take the record off the
        screen, as if it had not opened, and say why."""
        logger.warning(
            "the opening of a client record could not be audited: %s", type(error).__name__
        )
        if self.client_id != client_id:
            return  # another client is shown now; this one is off the screen already
        self.card = None
        self.form.dirty = False
        for tab in self.record_tabs:
            tab.clear()
        for index in range(self.tabs.count()):
            self.tabs.setTabEnabled(index, False)
        self.save_button.setEnabled(False)
        self.archive_button.setEnabled(False)
        self.restore_button.hide()
        self.banner.hide()
        self._load_failed(error)

    def _loaded(self, result: tuple[ClientCard, dict[int, str], list]) -> None:
        card, self.users, self.planner_choices = result
        self.people_stale = False
        if card.client.id != self.client_id:
            return  # another client was opened meanwhile
        self.show_card(card)
        self.overview.set_planners(self.planner_choices, card.client.planner_id)
        self.loaded.emit(card.client.id)

    def new_client(self) -> None:
        self.client_id = None
        self.card = None
        self.archived = False
        for tab in self.record_tabs:
            tab.clear()
        self.form_error.hide()
        self.banner.hide()
        self.restore_button.hide()
        self.name_label.setText(translate("ClientRecord", "New client"))
        self.facts_label.setText(
            translate(
                "ClientRecord",
                "Fill in the details, then save (Ctrl+S). Fields marked * are required.",
            )
        )
        for index in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(index, False)
        self.tabs.setCurrentIndex(0)
        self._apply_permissions()
        me = self.actor.user_id if self.actor else None
        self.overview.set_planners(self.planner_choices, me)
        if not self.planner_choices:
            run_operation(
                self,
                self.context,
                lambda session, _actor: ownership.possible_owners(session),
                on_done=lambda choices: self._planners_loaded(choices, me),
                changes=Changes.NONE,
            )
        self.form.fields["first_names"].setFocus()

    def _planners_loaded(self, choices: list, me: int | None) -> None:
        self.planner_choices = choices
        if self.client_id is None:
            self.overview.set_planners(choices, me)

    def show_card(self, card: ClientCard) -> None:
        self.card = card
        client = card.client
        self.archived = client.archived_at is not None
        keep_tab = self.tabs.currentIndex()
        self.form_error.hide()
        for index in range(self.tabs.count()):
            self.tabs.setTabEnabled(index, True)
        self.tabs.setCurrentIndex(keep_tab)
        self.name_label.setText(client.display_name or translate("ClientRecord", "Unnamed client"))
        self.facts_label.setText("   ·   ".join(self._facts(card)))
        if self.archived:
            self.banner.setText(
                translate(
                    "ClientRecord",
                    "Archived on {day}. The record is kept (soft delete) until the retention "
                    "review decides what the law allows; it is read-only.",
                ).format(day=day(client.archived_at.date()))
            )
            self.banner.show()
        else:
            self.banner.hide()
        self.restore_button.setVisible(self.archived)
        for tab in self.record_tabs:
            tab.show_card(card)
        self._apply_permissions()

    def _facts(self, card: ClientCard) -> list[str]:
        client = card.client
        today = dt.date.today()
        facts = []
        if client.kind in ("company", "trust"):
            facts.append(service_text(client.kind.capitalize()))
            if client.registration_number:
                facts.append(
                    translate("ClientRecord", "Registration {number}").format(
                        number=client.registration_number
                    )
                )
        if client.date_of_birth:
            facts.append(
                translate("ClientRecord", "Age {age}").format(
                    age=age_on(client.date_of_birth, today)
                )
            )
        if client.mobile:
            facts.append(format_phone_for_display(client.mobile))
        if client.email:
            facts.append(client.email)
        facts.append(
            translate("ClientRecord", "Planner: {name}").format(name=card.planner.full_name)
            if card.planner
            else translate("ClientRecord", "No planner assigned")
        )
        # Only clients are reviewed; a dependant or prospect is never "overdue".
        if client.category == "client" and (
            client.last_review_on is None or client.last_review_on < review_due_before(today)
        ):
            facts.append(translate("ClientRecord", "Review overdue"))
        return facts

    def open_member(self, client_id: int) -> None:
        self._open_member(client_id)

    def _open_member(self, client_id: int) -> None:
        if self.maybe_close():
            self.open_client(client_id)

    # --- permissions --------------------------------------------------------------------
    def _apply_permissions(self) -> None:
        actor = self.actor
        can_edit = allows(actor, Permission.CLIENT_EDIT) and not self.archived
        can_contact = allows(actor, Permission.CLIENT_EDIT_CONTACT) and not self.archived
        if self.client_id is None:
            can_edit = allows(actor, Permission.CLIENT_CREATE)
        self.form.set_read_only(
            not can_edit, except_keys=records.CONTACT_FIELDS if can_contact else ()
        )
        self.save_button.setEnabled(can_edit or can_contact)
        self.archive_button.setEnabled(
            self.client_id is not None
            and not self.archived
            and allows(actor, Permission.CLIENT_ARCHIVE)
        )
        self.restore_button.setEnabled(allows(actor, Permission.CLIENT_ARCHIVE))
        for tab in self.record_tabs:
            tab.update_permissions()

    # --- editing --------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self.form.dirty

    def _form_changed(self) -> None:
        self.form_error.hide()

    def save(self) -> None:
        if self.saving or not self.save_button.isEnabled():
            return
        values = {**self.form.values(), **self.overview.address_values()}
        client_id = self.client_id
        version = self.card.client.version if self.card is not None and client_id else None
        loaded = dict(self.form.loaded)
        planner = self.overview.chosen_planner()
        move = planner is not None and planner != self.overview.planner_loaded
        self.saving = True
        self.save_button.setEnabled(False)
        self.form.clear_errors()
        run_operation(
            self,
            self.context,
            lambda session, actor: _save_client(
                session, actor, values, client_id, version, loaded, planner if move else None
            ),
            on_done=self._saved,
            on_error=self._save_failed,
        )

    def _saved(self, client_id: int) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        self.form.dirty = False
        self.saved_label.show()
        QTimer.singleShot(3000, self.saved_label.hide)
        is_new = self.client_id is None
        self.client_id = client_id
        self.client_saved.emit(client_id)
        if is_new:
            offer_notices(self, client_id)  # issue 14: the s18 notice and Form 4
            self.open_client(client_id)
        else:
            self.reload()

    def _save_failed(self, error: BaseException) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        # Nothing typed is cleared: the planner fixes the field and saves again.
        if isinstance(error, StaleRecord):
            self.stale_box = StaleRecordBox(self, error, self._reload_discarding)
            self.stale_box.open()
            return
        if isinstance(error, InvalidInput):
            self.form.show_errors(error.errors)
            self.overview.show_address_errors(error.errors)
            self.tabs.setCurrentIndex(0)
            self.form_error.setText(invalid_input_text(error))
        else:
            self.form_error.setText(describe(error).replace("\n\n", " "))
        self.form_error.show()

    def _reload_discarding(self) -> None:
        self.form.dirty = False
        self.reload()

    def maybe_close(self) -> bool:
        """True when the record may close: saved, discarded, or nothing changed."""
        if not self.form.dirty:
            return True
        answer = confirm_discard(self, translate("ClientRecord", "the changes to this client"))
        if answer == QMessageBox.StandardButton.Cancel:
            return False
        if answer == QMessageBox.StandardButton.Save:
            self.save()
            return False  # closes once the save succeeds and the user closes again
        self.form.dirty = False
        return True

    def request_close(self) -> None:
        if self.maybe_close():
            self.closed.emit()

    def archive(self) -> None:
        if self.client_id is None or self.card is None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("ClientRecord", "Archive client"))
        box.setText(
            translate("ClientRecord", "Archive {name}?").format(name=self.card.client.display_name)
        )
        box.setInformativeText(service_text(records.ARCHIVE_EXPLANATION))
        archive_button = box.addButton(
            translate("ClientRecord", "Archive"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        name_buttons(box)
        box.exec()
        if box.clickedButton() is not archive_button:
            return
        client_id = self.client_id
        run_operation(
            self,
            self.context,
            lambda session, actor: records.archive_client(session, actor, client_id),
            on_done=lambda _r: self._archived(client_id),
            error_title=translate("ClientRecord", "Not archived"),
        )

    def restore(self) -> None:
        if self.client_id is None or not self.archived:
            return
        client_id = self.client_id
        run_operation(
            self,
            self.context,
            lambda session, actor: records.restore_client(session, actor, client_id),
            on_done=lambda _r: self.reload(),
            error_title=translate("ClientRecord", "Not restored"),
        )

    def _archived(self, client_id: int) -> None:
        self.form.dirty = False
        self.client_archived.emit(client_id)
        self.closed.emit()

    def note_status(self, note: Any) -> str:
        return self.notes.note_status(note)
