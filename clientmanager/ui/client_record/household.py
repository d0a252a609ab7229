"""The Household tab: the client's household, spouse or partner, dependants and
beneficiaries; each linked client or a name only. People are picked by name. For a
company or trust it is the People tab: its directors, or its trustees and beneficiaries."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from clientmanager.services import households
from clientmanager.services.clients import ClientCard
from clientmanager.services.permissions import Permission, allows
from clientmanager.ui.client_record import common
from clientmanager.ui.forms import DateInput, accept_cancel_buttons
from clientmanager.ui.operations import Changes
from clientmanager.ui.widgets import ask, error_label, hint


class PersonDialog(QDialog, common.RunsOnRecord):
    """Choose a client by name, or (for a dependant or beneficiary) type a name only."""

    def __init__(
        self, host: common.RecordHost, kind: str, parent: QWidget, *, client_kind: str = "person"
    ) -> None:
        super().__init__(parent)
        self.host = host
        self.kind = kind
        self.setWindowTitle(
            common.translate("ClientRecord", "Add a {kind}").format(
                kind=common.service_text(households.KIND_LABELS.get(kind, kind)).lower()
            )
        )
        self.setMinimumWidth(420)
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("relationshipKind")
        for value in _choices(client_kind, kind):
            self.kind_box.addItem(common.service_text(households.KIND_LABELS[value]), value)
        self.kind_box.setCurrentIndex(self.kind_box.findData(kind))
        self.linked = QRadioButton(common.translate("ClientRecord", "A client in the practice"))
        self.linked.setChecked(True)
        self.name_only = QRadioButton(
            common.translate("ClientRecord", "A name only (not a client)")
        )
        self.name_only.setVisible(kind not in households.PARTNER_KINDS)
        self.search = QLineEdit()
        self.search.setObjectName("personSearch")
        self.search.setPlaceholderText(common.translate("ClientRecord", "Type a name to search…"))
        self.results = QListWidget()
        self.results.setObjectName("personResults")
        self.results.setMinimumHeight(120)
        self.first_names = QLineEdit()
        self.first_names.setObjectName("personFirstNames")
        self.surname = QLineEdit()
        self.surname.setObjectName("personSurname")
        # The record form's optional date: empty until chosen, typed as YYYY-MM-DD.
        self.born = DateInput()
        self.born.setObjectName("personBorn")
        self.name_fields = QWidget()
        form = QFormLayout(self.name_fields)
        form.addRow(common.translate("ClientRecord", "First names *"), self.first_names)
        form.addRow(common.translate("ClientRecord", "Surname *"), self.surname)
        form.addRow(common.translate("ClientRecord", "Date of birth"), self.born)
        self.error = error_label()
        buttons, self.save_button = accept_cancel_buttons(self, self.save, save=True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(common.translate("ClientRecord", "Relationship")))
        layout.addWidget(self.kind_box)
        layout.addWidget(self.linked)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.name_only)
        layout.addWidget(self.name_fields)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.name_only.toggled.connect(self._mode)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.run_search)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self._mode()

    def _mode(self, *_args: object) -> None:
        by_name = self.name_only.isChecked()
        self.search.setEnabled(not by_name)
        self.results.setEnabled(not by_name)
        self.name_fields.setVisible(by_name)

    def run_search(self) -> None:
        text, exclude = self.search.text(), self.host.client_id
        self.run_on_record(
            lambda session, actor: households.find_people(session, actor, text, exclude=exclude),
            on_done=self._show_results,
            changes=Changes.NONE,
        )

    def _show_results(self, matches: list[households.PersonMatch]) -> None:
        self.results.clear()
        for match in matches:
            born = (
                common.translate("ClientRecord", " · born {day}").format(
                    day=common.day(match.date_of_birth)
                )
                if match.date_of_birth
                else ""
            )
            item = QListWidgetItem(match.name + born)
            item.setData(Qt.ItemDataRole.UserRole, match.client_id)
            self.results.addItem(item)
        if not matches:
            self.results.addItem(
                QListWidgetItem(
                    common.translate("ClientRecord", "No clients match. Check the spelling.")
                )
            )

    def save(self) -> None:
        kind, client_id = self.kind_box.currentData(), self.host.client_id
        self.error.hide()
        if self.name_only.isChecked():
            born = self.born.text_value()
            first, surname = self.first_names.text(), self.surname.text()

            def work(session, actor):  # noqa: ANN001, ANN202
                return households.add_person(
                    session,
                    actor,
                    client_id,
                    kind,
                    first_names=first,
                    surname=surname,
                    date_of_birth=born,
                )
        else:
            item = self.results.currentItem()
            other_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
            if other_id is None:
                self.error.setText(
                    common.translate(
                        "ClientRecord", "Choose a client from the list (search by name)."
                    )
                )
                self.error.show()
                return

            def work(session, actor):  # noqa: ANN001, ANN202
                return households.add_person(session, actor, client_id, kind, other_id=other_id)

        self.run_on_record(
            work,
            on_done=lambda _id: self.accept(),
            on_error=self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        from clientmanager.ui.forms import describe

        self.error.setText(describe(error).replace("\n\n", " "))
        self.error.show()


def _choices(client_kind: str, kind: str) -> tuple[str, ...]:
    """The relationships offered beside ``kind`` on the record of a ``client_kind``."""
    if client_kind in households.ENTITY_KINDS:
        return households.ENTITY_KINDS[client_kind]
    return households.PARTNER_KINDS if kind in households.PARTNER_KINDS else households.MEMBER_KINDS


class HouseholdTab(common.RecordTab):
    title = QT_TRANSLATE_NOOP("ClientRecord", "Household")

    def __init__(self, host: common.RecordHost) -> None:
        super().__init__(host)
        self.view_: households.HouseholdView | None = None
        self.household_title = QLabel(common.translate("ClientRecord", "Household"))
        self.household_title.setObjectName("sectionTitle")
        self.household_label = hint("")
        self.create_button = QPushButton(common.translate("ClientRecord", "Create household"))
        self.create_button.setObjectName("createHousehold")
        self.partner_button = QPushButton(
            common.translate("ClientRecord", "Link spouse or partner…")
        )
        self.dependant_button = QPushButton(common.translate("ClientRecord", "Add dependant…"))
        self.beneficiary_button = QPushButton(common.translate("ClientRecord", "Add beneficiary…"))
        self.director_button = QPushButton(common.translate("ClientRecord", "Add director…"))
        self.trustee_button = QPushButton(common.translate("ClientRecord", "Add trustee…"))
        # Each relationship's own button, in the order they stand; only the client's kinds show.
        self.add_buttons = {
            "spouse": self.partner_button,
            "dependant": self.dependant_button,
            "trustee": self.trustee_button,
            "director": self.director_button,
            "beneficiary": self.beneficiary_button,
        }
        self.change_button = QPushButton(common.translate("ClientRecord", "Change…"))
        self.remove_button = QPushButton(common.translate("ClientRecord", "Remove"))
        self.open_button = QPushButton(common.translate("ClientRecord", "Open"))
        self.table = common.RecordTable(
            [
                (QT_TRANSLATE_NOOP("ClientRecord", "Name"), lambda m: m.name, False),
                (
                    QT_TRANSLATE_NOOP("ClientRecord", "Relationship"),
                    lambda m: common.service_text(m.label),
                    False,
                ),
                (QT_TRANSLATE_NOOP("ClientRecord", "Age"), lambda m: _age(m.date_of_birth), True),
                (
                    QT_TRANSLATE_NOOP("ClientRecord", "Record"),
                    lambda m: (
                        common.translate("ClientRecord", "Name only")
                        if m.name_only
                        else common.translate("ClientRecord", "Client")
                    ),
                    False,
                ),
            ],
            stretch=0,  # the names take the room; the other columns are short words
        )
        self.table.setObjectName("householdMembers")
        top = QHBoxLayout()
        top.addWidget(self.household_title)
        top.addWidget(self.household_label, 1)
        top.addWidget(self.create_button)
        actions = QHBoxLayout()
        for button in self.add_buttons.values():
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (self.open_button, self.change_button, self.remove_button):
            actions.addWidget(button)
        layout = common.page_layout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        self.create_button.clicked.connect(self.create_household)
        for kind, button in self.add_buttons.items():
            button.clicked.connect(lambda _checked=False, kind=kind: self.add(kind))
        self.change_button.clicked.connect(self.change_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.open_button.clicked.connect(self.open_selected)
        self.table.open_requested.connect(lambda _m: self.open_selected())
        self.table.itemSelectionChanged.connect(self.update_permissions)
        self._offer("person")

    def _offer(self, client_kind: str) -> None:
        """Only the buttons for what this client can be given: a person's, a company's or
        a trust's (all five at once would also widen the record past a 1366-px screen)."""
        offered = households.kinds_for(client_kind)
        for kind, button in self.add_buttons.items():
            button.setVisible(kind in offered)

    def _client_kind(self) -> str:
        return self.view_.kind if self.view_ is not None else "person"

    def show_card(self, card: ClientCard) -> None:
        client_id = card.client.id
        self.run_on_record(
            lambda session, actor: households.household_view(session, actor, client_id),
            on_done=self._show,
            changes=Changes.NONE,
        )

    def _show(self, view: households.HouseholdView) -> None:
        if view.client_id != self.host.client_id:
            return
        self.view_ = view
        entity = view.kind in households.ENTITY_KINDS
        self.household_title.setText(
            common.translate("ClientRecord", "People")
            if entity
            else common.translate("ClientRecord", "Household")
        )
        tabs = getattr(self.host, "tabs", None)
        if tabs is not None and tabs.indexOf(self) >= 0:
            tabs.setTabText(tabs.indexOf(self), self.household_title.text())
        if view.kind == "company":
            about = common.translate("ClientRecord", "The company's directors.")
        elif view.kind == "trust":
            about = common.translate("ClientRecord", "The trust's trustees and beneficiaries.")
        else:
            about = view.household_name or common.translate(
                "ClientRecord", "Not in a household yet."
            )
        self.household_label.setText(about)
        self._offer(view.kind)
        self.table.set_records(view.members)
        self.update_permissions()

    def clear(self) -> None:
        self.view_ = None
        self.table.set_records([])

    def update_permissions(self) -> None:
        may = allows(self.host.actor, Permission.CLIENT_EDIT) and not self.host.archived
        selected = self.table.selected()
        self.create_button.setVisible(
            self.view_ is not None
            and self.view_.household_id is None
            and self.view_.kind not in households.ENTITY_KINDS
        )
        for button in (self.create_button, *self.add_buttons.values()):
            button.setEnabled(may and self.host.client_id is not None)
        # A link seen from its other end is changed on the record it was made on.
        self.change_button.setEnabled(
            may and selected is not None and selected.kind not in households.SEEN_FROM_THE_OTHER_END
        )
        self.remove_button.setEnabled(may and selected is not None)
        self.open_button.setEnabled(selected is not None)

    def _changed(self, _result: object = None) -> None:
        self.host.reload()

    def create_household(self) -> None:
        client_id = self.host.client_id
        self.run_on_record(
            lambda session, actor: households.create_household(session, actor, client_id),
            on_done=self._changed,
        )

    def add(self, kind: str) -> PersonDialog:
        dialog = PersonDialog(self.host, kind, self, client_kind=self._client_kind())
        dialog.accepted.connect(self._changed)
        self.host.open_dialog = dialog
        dialog.open()
        return dialog

    def change_selected(self) -> None:
        member = self.table.selected()
        if member is None:
            return
        kinds = list(_choices(self._client_kind(), member.kind))
        labels = [common.service_text(households.KIND_LABELS[k]) for k in kinds]
        from PySide6.QtWidgets import QInputDialog

        label, ok = QInputDialog.getItem(
            self,
            common.translate("ClientRecord", "Change relationship"),
            member.name,
            labels,
            0,
            False,
        )
        if not ok:
            return
        kind, client_id, other_id = (
            kinds[labels.index(label)],
            self.host.client_id,
            member.client_id,
        )
        self.run_on_record(
            lambda session, actor: households.change_person(
                session, actor, client_id, other_id, kind
            ),
            on_done=self._changed,
        )

    def remove_selected(self) -> None:
        member = self.table.selected()
        if member is None:
            return
        confirmed = ask(
            self,
            common.translate("ClientRecord", "Remove from the household"),
            common.translate(
                "ClientRecord",
                "Remove {name} ({relationship}) from this client's household and "
                "relationships? Nobody's record is deleted.",
            ).format(name=member.name, relationship=common.service_text(member.label).lower()),
        )
        if not confirmed:
            return
        client_id, other_id = self.host.client_id, member.client_id
        self.run_on_record(
            lambda session, actor: households.remove_person(session, actor, client_id, other_id),
            on_done=self._changed,
        )

    def open_selected(self) -> None:
        member = self.table.selected()
        if member is not None:
            self.host.open_member(member.client_id)


def _age(born: dt.date | None) -> str:
    return "" if born is None else str(common.age_on(born, dt.date.today()))
