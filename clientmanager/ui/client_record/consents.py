"""The Consents tab: the consent and lawful-basis ledger, recorded through the one consent
service (``services/consents.py``), so the form refuses exactly what POPIA s69 refuses."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QPushButton

from clientmanager.domain.client_fields import FieldSpec
from clientmanager.domain.errors import ValidationError
from clientmanager.services import consents
from clientmanager.services.client_records import InvalidInput
from clientmanager.services.clients import ClientCard
from clientmanager.services.permissions import Permission, allows
from clientmanager.ui.client_record import common
from clientmanager.ui.disclosures_panel import DisclosuresPanel
from clientmanager.ui.forms import RecordDialog
from clientmanager.ui.widgets import button_row, hint

CONSENT_FORM: tuple[FieldSpec, ...] = (
    FieldSpec(
        "purpose", "Purpose", "choice", required=True, choices=tuple(consents.PURPOSES.items())
    ),
    FieldSpec(
        "lawful_basis",
        "Lawful basis",
        "choice",
        required=True,
        choices=tuple(consents.LAWFUL_BASES.items()),
    ),
    # No default: nothing is pre-ticked (POPIA s69); only consent has a status.
    FieldSpec(
        "status",
        "Consent",
        "choice",
        choices=tuple((s, s.capitalize()) for s in consents.CONSENT_STATUSES),
    ),
    FieldSpec("channel", "Recorded via", "choice", choices=tuple(consents.CHANNELS.items())),
    FieldSpec("wording", "Wording shown", "multiline", max_length=5000),
    FieldSpec("given_by", "Given by (parent or guardian of a child)", max_length=200),
)
_KEY_OF_LABEL = {
    "purpose": "purpose",
    "lawful basis": "lawful_basis",
    "consent": "status",
    "marketing consent": "status",
    "channel": "channel",
    "wording": "wording",
    "given by": "given_by",
}


def save_consent(session: Any, actor: Any, client_id: int, values: dict[str, str]) -> int:
    """Record one ledger entry through services/consents.py; its refusals come back as
    field errors, or as the s69 reason."""
    blank = {key: (value.strip() or None) for key, value in values.items()}
    try:
        if blank.get("purpose") == consents.MARKETING:
            state = consents.record_marketing_consent(
                session,
                actor=actor,
                client_id=client_id,
                status=blank.get("status") or "",
                channel=blank.get("channel") or "",
                wording=blank.get("wording") or "",
                given_by=blank.get("given_by"),
            )
        else:
            state = consents.record(
                session,
                actor=actor,
                client_id=client_id,
                purpose=blank.get("purpose") or "",
                lawful_basis=blank.get("lawful_basis") or "",
                status=blank.get("status"),
                channel=blank.get("channel"),
                wording=blank.get("wording"),
                given_by=blank.get("given_by"),
            )
    except ValidationError as exc:
        key = _KEY_OF_LABEL.get(exc.field.casefold(), "purpose")
        raise InvalidInput({key: f"{exc.field}: {exc.problem}."}) from None
    return state.id


class ConsentsTab(common.RecordTab):
    """Consents and, below them, the client's disclosure register: both are what the
    client agreed to and who received their information (POPIA s11, s23(1)(b))."""

    title = QT_TRANSLATE_NOOP("ClientRecord", "Consents && disclosures")

    def __init__(self, host: common.RecordHost) -> None:
        super().__init__(host)
        self.table = common.RecordTable(
            [
                (
                    QT_TRANSLATE_NOOP("ClientRecord", "Recorded"),
                    lambda c: common.day(c.recorded_at),
                    False,
                ),
                (
                    QT_TRANSLATE_NOOP("ClientRecord", "Purpose"),
                    lambda c: common.label_of(c.purpose),
                    False,
                ),
                (
                    QT_TRANSLATE_NOOP("ClientRecord", "Status"),
                    lambda c: common.label_of(c.status),
                    False,
                ),
                (
                    QT_TRANSLATE_NOOP("ClientRecord", "Lawful basis"),
                    lambda c: common.label_of(c.lawful_basis),
                    False,
                ),
                (
                    QT_TRANSLATE_NOOP("ClientRecord", "Via"),
                    lambda c: common.label_of(c.channel),
                    False,
                ),
            ]
        )
        self.table.setObjectName("consentsTable")
        self.consent_button = QPushButton(common.translate("ClientRecord", "Record consent…"))
        title = QLabel(
            common.translate("ClientRecord", "Consent and lawful basis (POPIA s11, s69)")
        )
        title.setObjectName("sectionTitle")
        buttons = button_row(title, None, self.consent_button)
        layout = common.page_layout(self)
        layout.addLayout(buttons)
        layout.addWidget(
            hint(
                common.translate(
                    "ClientRecord",
                    "Entries are never edited: each change is a new entry, so the history "
                    "shows what the client agreed to and when.",
                )
            )
        )
        layout.addWidget(self.table, 1)
        self.consent_button.clicked.connect(self.record_consent)
        disclosures_title = QLabel(
            common.translate(
                "ClientRecord", "Who received this client's information (POPIA s23(1)(b))"
            )
        )
        disclosures_title.setObjectName("sectionTitle")
        layout.addWidget(disclosures_title)
        self._disclosures_layout = layout
        self.disclosures: DisclosuresPanel | None = None

    def show_card(self, card: ClientCard) -> None:
        self.table.set_records(card.consents)
        if self.disclosures is None:
            # Built with the first client: the panel loads its register as it is made.
            self.disclosures = DisclosuresPanel(self.host.context, card.client.id, self)
            self._disclosures_layout.addWidget(self.disclosures, 1)
        elif self.disclosures.client_id != card.client.id:
            self.disclosures.client_id = card.client.id
            self.disclosures.refresh()
        self.disclosures.setVisible(True)

    def clear(self) -> None:
        self.table.set_records([])
        if self.disclosures is not None:
            self.disclosures.setVisible(False)

    def update_permissions(self) -> None:
        self.consent_button.setEnabled(
            allows(self.host.actor, Permission.CLIENT_EDIT_CONTACT) and not self.host.archived
        )

    def record_consent(self) -> RecordDialog:
        client_id = self.host.client_id
        dialog = RecordDialog(
            self.host.context,
            "consent",
            client_id=client_id,
            specs=CONSENT_FORM,
            title=common.translate("ClientRecord", "Record consent"),
            save=lambda session, actor, values: save_consent(session, actor, client_id, values),
            parent=self,
        )
        dialog.saved.connect(lambda _id: self.host.reload())
        self.host.open_dialog = dialog
        dialog.open()
        return dialog
