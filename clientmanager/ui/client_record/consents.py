"""The Consents tab: the consent and lawful-basis ledger (POPIA s11, s69)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

from clientmanager.services import client_records as records
from clientmanager.services.clients import ClientCard
from clientmanager.services.permissions import Permission, allows
from clientmanager.ui.client_record import common
from clientmanager.ui.forms import RecordDialog
from clientmanager.ui.widgets import hint


class ConsentsTab(common.RecordTab):
    title = "Consents"

    def __init__(self, host: common.RecordHost) -> None:
        super().__init__(host)
        self.table = common.RecordTable(
            [
                ("Recorded", lambda c: common.day(c.recorded_at), False),
                ("Purpose", lambda c: common.label_of(c.purpose), False),
                ("Status", lambda c: common.label_of(c.status), False),
                ("Lawful basis", lambda c: common.label_of(c.lawful_basis), False),
                ("Via", lambda c: common.label_of(c.channel), False),
            ]
        )
        self.table.setObjectName("consentsTable")
        self.consent_button = QPushButton("Record consent…")
        title = QLabel("Consent and lawful basis (POPIA s11, s69)")
        title.setObjectName("sectionTitle")
        buttons = QHBoxLayout()
        buttons.addWidget(title)
        buttons.addStretch(1)
        buttons.addWidget(self.consent_button)
        layout = common.page_layout(self)
        layout.addLayout(buttons)
        layout.addWidget(
            hint(
                "Entries are never edited: each change is a new entry, so the history shows "
                "what the client agreed to and when."
            )
        )
        layout.addWidget(self.table, 1)
        self.consent_button.clicked.connect(self.record_consent)

    def show_card(self, card: ClientCard) -> None:
        self.table.set_records(card.consents)

    def update_permissions(self) -> None:
        self.consent_button.setEnabled(
            allows(self.host.actor, Permission.CLIENT_EDIT) and not self.host.archived
        )

    def record_consent(self) -> None:
        client_id = self.host.client_id
        dialog = RecordDialog(
            self.host.context,
            "consent",
            client_id=client_id,
            specs=records.CONSENT_FIELDS,
            title="Record consent",
            save=lambda session, actor, values: records.record_consent(
                session, actor, client_id=client_id, values=values
            ),
            parent=self,
        )
        dialog.saved.connect(lambda _id: self.host.reload())
        self.host.open_dialog = dialog
        dialog.open()
