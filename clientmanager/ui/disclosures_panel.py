"""The client's disclosure register (POPIA s23(1)(b), s24(3)): who received their
information, when, why and on what lawful basis; add an entry (a referral, a call to a
provider) or correct one recorded wrongly.

``DisclosuresPanel(ctx, client_id, parent)`` is a plain widget, to be mounted as a tab of
the client record; :class:`DisclosuresDialog` shows it on its own (POPIA menu).
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLineEdit,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clientmanager.services import disclosures
from clientmanager.services.disclosures import (
    CHANNELS,
    LAWFUL_BASES,
    RECIPIENT_CATEGORIES,
    DisclosureView,
)
from clientmanager.ui.form_operation import ErrorLine, run_in_form
from clientmanager.ui.i18n import format_datetime, service_text
from clientmanager.ui.operations import Changes, Operation
from clientmanager.ui.widgets import (
    FormDialog,
    button_row,
    error_label,
    hint,
    push_button,
    register_table,
    selected_of,
)

logger = logging.getLogger(__name__)

COLUMNS = (
    QT_TRANSLATE_NOOP("DisclosuresPanel", "Date"),
    QT_TRANSLATE_NOOP("DisclosuresPanel", "Recipient"),
    QT_TRANSLATE_NOOP("DisclosuresPanel", "Kind"),
    QT_TRANSLATE_NOOP("DisclosuresPanel", "Purpose"),
    QT_TRANSLATE_NOOP("DisclosuresPanel", "Lawful basis"),
    QT_TRANSLATE_NOOP("DisclosuresPanel", "Information"),
    QT_TRANSLATE_NOOP("DisclosuresPanel", "How"),
)
SAST = dt.timezone(dt.timedelta(hours=2), "SAST")


def _local(moment: dt.datetime) -> str:
    """Stored as naive UTC; shown as South African time with its zone."""
    local = moment.replace(tzinfo=dt.UTC).astimezone(SAST).replace(tzinfo=None)
    return f"{format_datetime(local)} SAST"


class DisclosureForm(FormDialog):
    min_width = 520

    def __init__(
        self, view: DisclosureView | None, parent: QWidget | None = None, *, title: str = ""
    ) -> None:
        title = title or (
            self.tr("Correct a disclosure") if view else self.tr("Record a disclosure")
        )
        super().__init__(title, self.tr("Save"), parent)
        self.recipient = QLineEdit(view.recipient_name if view else "")
        self.recipient.setPlaceholderText(self.tr("Who received it, e.g. Liberty or Adv. P. Botha"))
        self.category = QComboBox()
        for key, label in RECIPIENT_CATEGORIES.items():
            if key != "data_subject":
                self.category.addItem(service_text(label), key)
        self.purpose = QLineEdit(view.purpose if view else "")
        self.purpose.setPlaceholderText(self.tr("Why, e.g. Referral for a will"))
        self.basis = QComboBox()
        for key, label in LAWFUL_BASES.items():
            self.basis.addItem(service_text(label), key)
        self.categories = QLineEdit(view.categories if view else "")
        self.categories.setPlaceholderText(
            self.tr("What was shared, e.g. Identity, contact details")
        )
        self.channel = QComboBox()
        for key, label in CHANNELS.items():
            self.channel.addItem(service_text(label), key)
        if view is not None:
            self.category.setCurrentIndex(max(0, self.category.findData(view.recipient_category)))
            self.basis.setCurrentIndex(max(0, self.basis.findData(view.lawful_basis)))
            self.channel.setCurrentIndex(max(0, self.channel.findData(view.channel)))
        else:
            self.category.currentIndexChanged.connect(self._default_basis)
            self._default_basis()
        self.form.addRow(self.tr("Recipient"), self.recipient)
        self.form.addRow(self.tr("Kind of recipient"), self.category)
        self.form.addRow(self.tr("Purpose"), self.purpose)
        self.form.addRow(self.tr("Lawful basis"), self.basis)
        self.form.addRow(self.tr("Information shared"), self.categories)
        self.form.addRow(self.tr("How"), self.channel)

    def _default_basis(self) -> None:
        basis = disclosures.DEFAULT_BASIS.get(self.category.currentData(), "contract")
        self.basis.setCurrentIndex(max(0, self.basis.findData(basis)))

    def values(self) -> dict:
        return {
            "recipient_category": self.category.currentData(),
            "recipient_name": self.recipient.text(),
            "purpose": self.purpose.text(),
            "categories": self.categories.text(),
            "channel": self.channel.currentData(),
            "lawful_basis": self.basis.currentData(),
        }


class DocumentSentForm(DisclosureForm):
    """A copy of one of the client's documents went outside the practice."""

    def __init__(self, documents: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(
            None,
            parent,
            title=QCoreApplication.translate("DisclosuresPanel", "Record a document sent"),
        )
        self.document = QComboBox()
        for document_id, label in documents:
            self.document.addItem(label, document_id)
        self.form.insertRow(
            0, QCoreApplication.translate("DisclosuresPanel", "Document"), self.document
        )
        # The register names the document itself as what was shared.
        self.form.labelForField(self.categories).hide()
        self.categories.hide()

    def document_values(self) -> dict:
        values = self.values()
        return {
            "document_id": self.document.currentData(),
            "recipient_name": values["recipient_name"],
            "recipient_category": values["recipient_category"],
            "purpose": values["purpose"],
            "lawful_basis": values["lawful_basis"],
            "channel": values["channel"],
        }


class DisclosuresPanel(QWidget, ErrorLine):
    disclosures_changed = Signal()

    def __init__(self, ctx, client_id: int, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.ctx = ctx
        self.client_id = client_id
        self.views: list[DisclosureView] = []
        self.table = register_table(
            tuple(QCoreApplication.translate("DisclosuresPanel", c) for c in COLUMNS), stretch=3
        )
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.summary = hint(self.tr("Loading…"))
        self.error = error_label()
        self.add_button = push_button(self.tr("Record a disclosure…"), self.add)
        self.correct_button = push_button(self.tr("Correct…"), self.correct_selected)
        self.referral_button = push_button(self.tr("Record a referral…"), self.add_referral)
        self.document_button = push_button(self.tr("Document sent…"), self.add_document_sent)
        self.document_dialog: DocumentSentForm | None = None
        buttons = button_row(
            self.add_button, self.referral_button, self.document_button, self.correct_button, None
        )
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "Everyone outside the practice who received this person's information "
                    "(POPIA s23(1)(b)). Policies, exports to a named recipient and documents "
                    "sent are recorded automatically; record referrals and anything else here. "
                    "The s23 report lists them, and corrections are sent to them (s24(3))."
                )
            )
        )
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        ctx.changed.connect(self._changed)
        self._selection_changed()
        self.refresh()

    def _changed(self, changes) -> None:  # noqa: ANN001
        if changes & (Changes.REGISTERS | Changes.CLIENTS):
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        client_id = self.client_id
        actor = self.ctx.practice.actor
        Operation(
            self, self.ctx,
            lambda session: disclosures.list_disclosures(session, actor=actor, client_id=client_id),
        ).success(self._show).failure(self._show_error).run()  # fmt: skip

    def _show(self, views: list[DisclosureView]) -> None:
        self.views = [v for v in views if v.recipient_category != "data_subject"]
        self.table.setRowCount(len(self.views))
        for row, view in enumerate(self.views):
            values = (
                _local(view.disclosed_at),
                view.recipient_name,
                service_text(view.recipient_category_label),
                view.purpose,
                service_text(view.lawful_basis_label),
                view.categories,
                service_text(view.channel_label)
                + (self.tr(" (corrected)") if view.corrected_at else ""),
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                # Seven columns rarely fit a laptop's width: a cut purpose or lawful basis
                # can still be read whole on hover.
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        count = len(self.views)
        if count == 1:
            summary = self.tr("1 disclosure to third parties.")
        elif count:
            summary = self.tr("{count} disclosures to third parties.").format(count=count)
        else:
            summary = self.tr("No third party has received this person's information.")
        self.summary.setText(summary)
        self._selection_changed()

    def selected(self) -> DisclosureView | None:
        return selected_of(self.table, self.views)

    def _selection_changed(self) -> None:
        self.correct_button.setEnabled(self.selected() is not None)

    def _save(self, dialog: DisclosureForm, work) -> None:  # noqa: ANN001
        run_in_form(dialog, self.ctx, work, on_done=self._saved, changes=Changes.REGISTERS)

    def _saved(self, _result: object) -> None:
        self.error.hide()
        self.disclosures_changed.emit()

    def _open_new(
        self,
        dialog: DisclosureForm,
        service,  # noqa: ANN001
        *,
        drop: tuple[str, ...] = (),
    ) -> DisclosureForm:
        """A new entry for this client: OK calls ``service`` with the form's values, less
        those in ``drop`` (fixed by the service)."""
        actor, client_id = self.ctx.practice.actor, self.client_id

        def submit() -> None:
            values = dialog.values()
            for key in drop:
                values.pop(key)
            self._save(
                dialog,
                lambda session: service(session, actor=actor, client_id=client_id, **values).id,
            )

        return dialog.open_with(submit)

    @Slot()
    def add(self) -> DisclosureForm:
        return self._open_new(DisclosureForm(None, self), disclosures.add_disclosure)

    @Slot()
    def add_referral(self) -> DisclosureForm:
        dialog = DisclosureForm(None, self, title=self.tr("Record a referral"))
        dialog.category.setCurrentIndex(dialog.category.findData("referral"))
        dialog.category.setEnabled(False)
        dialog.categories.setText(self.tr("Identity, contact details"))
        return self._open_new(dialog, disclosures.record_referral, drop=("recipient_category",))

    @Slot()
    def add_document_sent(self) -> None:
        actor, client_id = self.ctx.practice.actor, self.client_id
        self.document_dialog = None
        self.error.hide()

        def loaded(documents: list[tuple[int, str]]) -> None:
            if not documents:
                self.error.setText(
                    self.tr(
                        "This client has no documents yet: attach the document on the "
                        "Documents tab first, then record that it was sent."
                    )
                )
                self.error.show()
                return
            dialog = DocumentSentForm(documents, self)

            def submit() -> None:
                values = dialog.document_values()
                self._save(
                    dialog,
                    lambda session: (
                        disclosures.record_document_sent(session, actor=actor, **values).id
                    ),
                )

            dialog.ok_button.clicked.connect(submit)
            self.document_dialog = dialog
            dialog.open()

        Operation(
            self,
            self.ctx,
            lambda session: disclosures.client_documents(session, actor=actor, client_id=client_id),
        ).success(loaded).failure(self._show_error).run()

    @Slot()
    def correct_selected(self) -> DisclosureForm | None:
        view = self.selected()
        if view is None:
            return None
        dialog = DisclosureForm(view, self)
        actor = self.ctx.practice.actor

        def submit() -> None:
            values = dialog.values()
            self._save(
                dialog,
                lambda session: (
                    disclosures.correct_disclosure(
                        session, actor=actor, disclosure_id=view.id, **values
                    ).id
                ),
            )

        return dialog.open_with(submit)


class DisclosuresDialog(QDialog):
    def __init__(self, ctx, client_id: int | None, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.setWindowTitle(self.tr("Disclosures of this client"))
        self.resize(900, 480)
        layout = QVBoxLayout(self)
        if client_id is None:
            layout.addWidget(hint(self.tr("Open or select a client first.")))
            self.panel = None
        else:
            self.panel = DisclosuresPanel(ctx, client_id, self)
            layout.addWidget(self.panel, 1)
        close = push_button(self.tr("Close"), self.accept)
        row = button_row(None, close)
        layout.addLayout(row)
