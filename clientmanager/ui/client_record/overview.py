"""The Overview tab: the client's editable details, what the ID number encodes, and the
household at a glance."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from clientmanager.domain.client_fields import ENTITY_ONLY, PERSON_ONLY, is_entity
from clientmanager.domain.errors import ValidationError
from clientmanager.domain.sa_id import parse_sa_id
from clientmanager.services import client_records as records
from clientmanager.services import households
from clientmanager.services.clients import ClientCard
from clientmanager.services.permissions import Permission, allows
from clientmanager.ui.client_record import common
from clientmanager.ui.forms import SpecForm
from clientmanager.ui.widgets import hint, push_button, scroll_area


def _section_title(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionTitle")
    return label


def _address_title(*, entity: bool) -> str:
    # A person's is where they live; a company's or trust's where it does business (FICA
    # asks each for its own).
    if entity:
        return common.translate("ClientRecord", "Business address (FICA)")
    return common.translate("ClientRecord", "Residential address (FICA)")


def _postal_same_text(*, entity: bool) -> str:
    if entity:
        return common.translate("ClientRecord", "Same as the business address")
    return common.translate("ClientRecord", "Same as residential")


# A link says "this client is the <kind> of the other", so the other is the inverse.
# Shown through service_text (the words are in the ServiceText list).
class OverviewTab(common.RecordTab):
    title = QT_TRANSLATE_NOOP("ClientRecord", "Overview")
    member_requested = Signal(int)
    household_requested = Signal(int)

    def __init__(self, host: common.RecordHost) -> None:
        super().__init__(host)
        self.card: ClientCard | None = None
        self.form = SpecForm(records.CLIENT_FORM_FIELDS)
        self.form.setObjectName("clientForm")
        self.form.fields["kind"].input.currentIndexChanged.connect(lambda _i: self.show_kind())
        self.form.fields["id_number"].input.textEdited.connect(lambda _t: self.show_derived())
        # Who looks after the client: whoever created it, changed by a practice manager.
        self.planner_box = QComboBox()
        self.planner_box.setObjectName("field_planner")
        self.planner_box.currentIndexChanged.connect(self._planner_chosen)
        planner_label = QLabel(common.translate("ClientRecord", "Planner"))
        planner_label.setObjectName("fieldLabel")
        self.form.layout_.addRow(planner_label, self.planner_box)
        self.planner_loaded: int | None = None
        self._filling = False
        self.residential_form = SpecForm(records.RESIDENTIAL_FIELDS)
        self.residential_form.setObjectName("residentialAddress")
        self.postal_form = SpecForm(records.POSTAL_FIELDS)
        self.postal_form.setObjectName("postalAddress")
        self.postal_same = QCheckBox(_postal_same_text(entity=False))
        self.postal_same.setObjectName("postalSame")
        self.postal_same.toggled.connect(self._postal_same_toggled)
        for address_form in (self.residential_form, self.postal_form):
            address_form.changed.connect(self._address_edited)
        details = QWidget()
        column = QVBoxLayout(details)
        column.setContentsMargins(0, 0, 8, 0)
        column.addWidget(self.form)
        self.residential_title = _section_title(_address_title(entity=False))
        column.addWidget(self.residential_title)
        column.addWidget(self.residential_form)
        column.addWidget(_section_title(common.translate("ClientRecord", "Postal address")))
        column.addWidget(self.postal_same)
        column.addWidget(self.postal_form)
        column.addStretch(1)
        scroll = scroll_area(details, frame=False)
        scroll.setMinimumWidth(420)

        self.derived = QLabel()
        self.derived.setObjectName("derived")
        self.derived.setWordWrap(True)
        self.derived.setTextFormat(Qt.TextFormat.RichText)
        self.members_title = QLabel()
        self.members_title.setObjectName("sectionTitle")
        self.household_name = hint("")
        self.members = common.RecordTable(
            [
                (QT_TRANSLATE_NOOP("ClientRecord", "Name"), lambda m: m[0], False),
                (QT_TRANSLATE_NOOP("ClientRecord", "Relationship"), lambda m: m[1], False),
                (QT_TRANSLATE_NOOP("ClientRecord", "Age"), lambda m: m[2], True),
            ],
            # The names give way on a narrow side panel (a laptop's 1366 pixels), not
            # "Spouse" or "Child", which are short and say what the row is.
            stretch=0,
        )
        self.members.setObjectName("householdTable")
        self.members.open_requested.connect(lambda member: self.member_requested.emit(member[3]))
        self.household_button = push_button(
            common.translate("ClientRecord", "Show household in the list"),
            self._show_household_in_list,
        )
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(12, 0, 0, 0)
        side_layout.setSpacing(8)
        side_layout.addWidget(self.derived)
        side_layout.addSpacing(8)
        side_layout.addWidget(self.members_title)
        side_layout.addWidget(self.household_name)
        side_layout.addWidget(self.members, 1)
        side_layout.addStretch(0)
        side_layout.addWidget(self.household_button, 0, Qt.AlignmentFlag.AlignLeft)
        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        # Three fifths and two at the start too: left to the form's size hint, the side
        # took a quarter on a 1366-pixel laptop, too narrow for a name beside "Spouse".
        splitter.setSizes([600, 400])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        common.page_layout(self).addWidget(splitter, 1)

    def _address_edited(self) -> None:
        self.form.dirty = True
        self.form.changed.emit()

    def _postal_same_toggled(self, same: bool) -> None:
        self.postal_form.setVisible(not same)
        if not self._filling:
            self._address_edited()

    def address_values(self) -> dict[str, str]:
        values = {**self.residential_form.values(), **self.postal_form.values()}
        values[records.POSTAL_SAME_KEY] = "1" if self.postal_same.isChecked() else ""
        return values

    def show_address_errors(self, errors: dict[str, str]) -> None:
        self.residential_form.show_errors(errors)
        self.postal_form.show_errors(errors)

    def _show_addresses(self, values: dict[str, str]) -> None:
        self._filling = True
        try:
            self.residential_form.set_values(values)
            self.postal_form.set_values(values)
            self.postal_same.setChecked(bool(values.get(records.POSTAL_SAME_KEY)))
            self.postal_form.setVisible(not self.postal_same.isChecked())
        finally:
            self._filling = False

    def set_planners(self, choices: list, current: int | None) -> None:
        self._filling = True
        try:
            self.planner_box.clear()
            if current is None:
                self.planner_box.addItem(common.translate("ClientRecord", "(none)"), None)
            for choice in choices:
                self.planner_box.addItem(choice.name, choice.user_id)
            index = self.planner_box.findData(current)
            if index < 0 and current is not None:
                self.planner_box.addItem(self._planner_name(current), current)
                index = self.planner_box.count() - 1
            self.planner_box.setCurrentIndex(max(index, 0))
            self.planner_loaded = current
        finally:
            self._filling = False

    def _planner_name(self, user_id: int) -> str:
        """Someone not among the choices: a user who left, or the person signed in while
        the choices are still loading (a new client is theirs until they choose)."""
        if user_id in self.host.users:
            return self.host.users[user_id]
        actor = self.host.actor
        if actor is not None and actor.user_id == user_id:
            return actor.username
        return common.translate("ClientRecord", "former user")

    def chosen_planner(self) -> int | None:
        return self.planner_box.currentData()

    def _planner_chosen(self, _index: int) -> None:
        if not self._filling:
            self.form.dirty = True
            self.form.changed.emit()

    def update_permissions(self) -> None:
        may_edit = (
            allows(self.host.actor, Permission.CLIENT_EDIT_CONTACT) and not self.host.archived
        )
        for address_form in (self.residential_form, self.postal_form):
            address_form.set_read_only(not may_edit)
        self.postal_same.setEnabled(may_edit)
        self.planner_box.setEnabled(
            allows(self.host.actor, Permission.CLIENT_ASSIGN) and not self.host.archived
        )

    def show_kind(self) -> None:
        """A company or trust shows its name and registration number; a person their
        names, ID number and date of birth (the service stores the other kind's empty)."""
        entity = is_entity(self.form.fields["kind"].value())
        for key, field in self.form.fields.items():
            if key in PERSON_ONLY or key in ENTITY_ONLY:
                self.form.layout_.setRowVisible(field, entity == (key in ENTITY_ONLY))
        self.derived.setVisible(not entity)
        self.residential_title.setText(_address_title(entity=entity))
        self.postal_same.setText(_postal_same_text(entity=entity))

    def clear(self) -> None:
        self.card = None
        self.form.set_values({})
        self.show_kind()
        self._show_addresses({})
        self.derived.setText("")
        self.members.set_records([])
        self.members.hide()
        self.household_button.hide()
        self.household_name.setText(
            common.translate("ClientRecord", "Link the client to a household after saving.")
        )
        self.show_derived()

    def show_card(self, card: ClientCard) -> None:
        self.card = card
        self.form.set_values(records.client_form_values(card.client))
        self._show_addresses(records.address_form_values(card.client, card.addresses))
        self.show_derived()
        self.show_kind()
        self._show_household(card)

    def _show_household(self, card: ClientCard) -> None:
        today = dt.date.today()
        household = card.household
        entity = card.client.kind in households.ENTITY_KINDS
        # A company's or trust's side section speaks of its people, as its tab does.
        self.members_title.setText(
            common.translate("ClientRecord", "People")
            if entity
            else common.translate("ClientRecord", "Household")
        )
        if entity:
            about = common.translate(
                "ClientRecord",
                "A company or trust has no household: its people are on the People tab.",
            )
        elif household:
            about = household.name
        else:
            about = common.translate("ClientRecord", "Not linked to a household.")
        self.household_name.setText(about)
        seen = {
            other.id: households.seen_from_this_end(link.kind) for link, other in card.relationships
        }
        relation = {
            other_id: common.service_text(households.KIND_LABELS[kind])
            if kind in households.KIND_LABELS
            else common.label_of(kind)
            for other_id, kind in seen.items()
        }
        members = [
            (
                member.display_name,
                relation.get(member.id) or common.label_of(member.household_role),
                str(common.age_on(member.date_of_birth, today)) if member.date_of_birth else "",
                member.id,
            )
            for member in card.household_members
        ]
        self.members.set_records(members)
        self.members.setVisible(bool(members))
        self.household_button.setVisible(household is not None)

    def _show_household_in_list(self) -> None:
        if self.card is not None and self.card.household is not None:
            self.household_requested.emit(self.card.household.id)

    def show_derived(self) -> None:
        """Age, date of birth and gender read from the SA ID number as it is typed."""
        text = self.form.fields["id_number"].value().strip()
        if not text:
            self.derived.setText(
                "<span style='color:#5b6b7c'>{}</span>".format(
                    common.translate(
                        "ClientRecord",
                        "Type an SA ID number to see the date of birth and age it encodes.",
                    )
                )
            )
            return
        if len(text) < 13:
            self.derived.setText(
                "<span style='color:#5b6b7c'>{}</span>".format(
                    common.translate("ClientRecord", "An SA ID number has 13 digits.")
                )
            )
            return
        try:
            parsed = parse_sa_id(text)
        except ValidationError as exc:
            problem = common.service_text(exc.problem)
            if exc.problem.startswith("must have exactly 13 digits"):
                problem = exc.problem  # holds a count; not in the catalogue
            self.derived.setText(
                f"<span style='color:#b03a2e'>{html.escape(common.service_text(exc.field))}: {html.escape(problem)}</span>"
            )
            return
        today = dt.date.today()
        citizen = (
            common.translate("ClientRecord", "SA citizen")
            if parsed.citizenship == "citizen"
            else common.translate("ClientRecord", "Permanent resident")
        )
        gender = (
            common.translate("ClientRecord", "Female")
            if parsed.gender == "female"
            else common.translate("ClientRecord", "Male")
        )
        self.derived.setText(
            common.translate(
                "ClientRecord",
                "<b>From the ID number</b><br>Born {born} · age {age}<br>{gender} · {citizen}",
            ).format(
                born=common.day_long(parsed.date_of_birth),
                age=common.age_on(parsed.date_of_birth, today),
                gender=gender,
                citizen=citizen,
            )
        )
