"""Commission and fees (issue 19): import a provider statement (with its column mapping),
then see expected against received per month and provider, and every policy that differs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from clientmanager.domain.money import format_amount
from clientmanager.services import commission
from clientmanager.ui.form_operation import ErrorLine, run_in_form
from clientmanager.ui.i18n import service_text
from clientmanager.ui.operations import Changes, Operation
from clientmanager.ui.widgets import (
    FormDialog,
    ask_open_path,
    ask_save_path,
    button_row,
    describe_error,
    error_label,
    line_edit,
    push_button,
    register_table,
    titled_layout,
)


class StatementDialog(FormDialog):
    """Which provider, and which column holds what (guessed, or the provider's saved map)."""

    def __init__(self, ctx, path: Path, parent: QWidget | None) -> None:  # noqa: ANN001
        super().__init__(self.tr("Import a commission statement"), self.tr("Import"), parent)
        self.ctx = ctx
        self.path = path
        self.result: commission.StatementResult | None = None
        self.provider = line_edit(self.tr("e.g. Sanlam"))
        self.columns = QTableWidget(0, 2)
        self.columns.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Holds")])
        self.columns.horizontalHeader().setStretchLastSection(True)
        self.save = QCheckBox(self.tr("Remember this mapping for the provider"))
        self.save.setChecked(True)
        self.form.addRow(self.tr("File"), QLabel(path.name))
        self.form.addRow(self.tr("Provider"), self.provider)
        self.form.addRow(self.tr("Columns"), self.columns)
        self.form.addRow("", self.save)
        self.provider.editingFinished.connect(self._load_saved)
        self.ok_button.clicked.connect(self.run_import)
        Operation(self, ctx, lambda _s: commission.statement_headers(path)).success(
            self._show_columns
        ).failure(lambda e: self.show_error(describe_error(e))).run()

    def _show_columns(self, found) -> None:  # noqa: ANN001
        headers, mapping = found
        self.columns.setRowCount(len(headers))
        for row, header in enumerate(headers):
            self.columns.setItem(row, 0, QTableWidgetItem(header))
            choice = QComboBox()
            choice.addItem(self.tr("(not used)"), "")
            for key, label in commission.STATEMENT_FIELDS.items():
                choice.addItem(label, key)
            choice.setCurrentIndex(max(choice.findData(mapping.get(header, "")), 0))
            self.columns.setCellWidget(row, 1, choice)

    def _load_saved(self) -> None:
        provider = self.provider.text().strip()
        if not provider:
            return
        Operation(self, self.ctx, lambda s: commission.saved_mapping(s, provider)).success(
            lambda saved: self.set_mapping(saved) if saved else None
        ).run()

    def mapping(self) -> dict[str, str]:
        result = {}
        for row in range(self.columns.rowCount()):
            value = self.columns.cellWidget(row, 1).currentData()
            if value:
                result[self.columns.item(row, 0).text()] = value
        return result

    def set_mapping(self, mapping: dict[str, str]) -> None:
        for row in range(self.columns.rowCount()):
            header = self.columns.item(row, 0).text()
            widget = self.columns.cellWidget(row, 1)
            widget.setCurrentIndex(max(widget.findData(mapping.get(header, "")), 0))

    def run_import(self) -> None:
        actor, provider, mapping, save = (
            self.ctx.practice.actor,
            self.provider.text(),
            self.mapping(),
            self.save.isChecked(),
        )
        path = self.path

        def done(result: commission.StatementResult) -> None:
            self.result = result
            self.accept()

        Operation(
            self,
            self.ctx,
            lambda s: commission.import_statement(
                s, actor, path, provider=provider, mapping=mapping, save=save
            ),
            changes=Changes.CLIENTS,
        ).success(done).failure(lambda e: self.show_error(describe_error(e))).run()


class ExpectedDialog(FormDialog):
    """What the practice expects on one policy: upfront or ongoing commission, or a fee."""

    def __init__(self, ctx, parent: QWidget | None) -> None:  # noqa: ANN001
        from clientmanager.services.policy_calendar import client_policies
        from clientmanager.ui.client_picker import ClientPicker

        super().__init__(self.tr("Expected commission or fee"), self.tr("Save"), parent)
        self.ctx = ctx
        self.picker = ClientPicker(ctx, self)
        self.policy = QComboBox()
        self.kind = QComboBox()
        for kind in commission.KINDS:
            self.kind.addItem(service_text(kind.replace("_", " ").capitalize()), kind)
        self.amount = line_edit("R 310.00")
        self.frequency = QComboBox()
        for frequency in commission.FREQUENCIES:
            self.frequency.addItem(service_text(frequency.capitalize()), frequency)
        self.starts = QLineEdit(f"{dt.date.today():%Y-%m-%d}")
        self.ends = line_edit(self.tr("optional, YYYY-MM-DD"))
        for label, widget in (
            (self.tr("Client"), self.picker),
            (self.tr("Policy"), self.policy),
            (self.tr("Kind"), self.kind),
            (self.tr("Amount"), self.amount),
            (self.tr("How often"), self.frequency),
            (self.tr("From"), self.starts),
            (self.tr("Until"), self.ends),
        ):
            self.form.addRow(label, widget)
        actor = ctx.practice.actor

        def load(_client_id) -> None:  # noqa: ANN001
            client_id = self.picker.client_id
            if client_id is None:
                return
            Operation(
                self,
                ctx,
                lambda s: [
                    (p.id, f"{p.provider} {p.policy_number}")
                    for p in client_policies(s, actor, client_id)
                ],
            ).success(self._policies).run()

        self.picker.client_changed.connect(load)
        self.ok_button.clicked.connect(self.save)

    def _policies(self, rows) -> None:  # noqa: ANN001
        self.policy.clear()
        for policy_id, label in rows:
            self.policy.addItem(label, policy_id)

    def save(self) -> None:
        from clientmanager.domain.dates import parse_date
        from clientmanager.domain.errors import ValidationError
        from clientmanager.domain.money import parse_amount

        policy_id = self.policy.currentData()
        if policy_id is None:
            self.show_error(self.tr("Choose a client and one of their policies."))
            return
        try:
            amount = parse_amount(self.amount.text(), field="Amount")
            starts = parse_date(self.starts.text(), field="From")
            ends = parse_date(self.ends.text(), field="Until") if self.ends.text().strip() else None
        except ValidationError as exc:
            self.show_error(str(exc))
            return
        actor, kind, frequency = (
            self.ctx.practice.actor,
            self.kind.currentData(),
            self.frequency.currentData(),
        )
        run_in_form(
            self,
            self.ctx,
            lambda s: (
                commission.add_expectation(
                    s,
                    actor,
                    policy_id=policy_id,
                    kind=kind,
                    amount_cents=amount,
                    frequency=frequency,
                    starts_on=starts,
                    ends_on=ends,
                ).id
            ),
            changes=Changes.CLIENTS,
        )


class ReceivedDialog(FormDialog):
    """An amount a provider paid, typed in from a remittance advice."""

    def __init__(self, ctx, parent: QWidget | None) -> None:  # noqa: ANN001
        super().__init__(self.tr("Commission or fee received"), self.tr("Save"), parent)
        self.ctx = ctx
        self.provider = QLineEdit()
        self.number = QLineEdit()
        self.period = QLineEdit(f"{dt.date.today():%Y-%m}")
        self.amount = QLineEdit()
        for label, widget in (
            (self.tr("Provider"), self.provider),
            (self.tr("Policy number"), self.number),
            (self.tr("For month"), self.period),
            (self.tr("Amount"), self.amount),
        ):
            self.form.addRow(label, widget)
        self.ok_button.clicked.connect(self.save)

    def save(self) -> None:
        from clientmanager.domain.errors import ValidationError
        from clientmanager.domain.money import parse_amount

        try:
            amount = parse_amount(self.amount.text(), field="Amount", allow_negative=True)
        except ValidationError as exc:
            self.show_error(str(exc))
            return
        actor = self.ctx.practice.actor
        provider, number, period = self.provider.text(), self.number.text(), self.period.text()
        run_in_form(
            self,
            self.ctx,
            lambda s: (
                commission.record_receipt(
                    s,
                    actor,
                    provider=provider,
                    policy_number=number,
                    period=period,
                    amount_cents=amount,
                ).id
            ),
            changes=Changes.CLIENTS,
        )


class CommissionView(QDialog, ErrorLine):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.ctx = ctx
        self.recon: commission.Reconciliation | None = None
        self.resize(1000, 640)
        layout = titled_layout(self, self.tr("Commission and fees"))
        today = dt.date.today()
        first = dt.date(today.year, today.month, 1) - dt.timedelta(days=60)
        top = QFormLayout()
        self.start = QLineEdit(f"{first:%Y-%m}")
        self.end = QLineEdit(f"{today:%Y-%m}")
        self.provider = line_edit(self.tr("all providers"))
        self.reconcile_button = push_button(self.tr("Reconcile"), primary=True)
        top.addRow(
            button_row(
                QLabel(self.tr("From")),
                self.start,
                QLabel(self.tr("to")),
                self.end,
                QLabel(self.tr("Provider")),
                self.provider,
                self.reconcile_button,
            )
        )
        layout.addLayout(top)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        self.months = register_table(
            (
                self.tr("Month"),
                self.tr("Provider"),
                self.tr("Expected"),
                self.tr("Received"),
                self.tr("Difference"),
            ),
            stretch=1,
        )
        layout.addWidget(self.months, 1)
        layout.addWidget(QLabel(self.tr("Policies that differ")))
        self.differences = register_table(
            (
                self.tr("Month"),
                self.tr("Provider"),
                self.tr("Policy"),
                self.tr("Client"),
                self.tr("Expected"),
                self.tr("Received"),
                self.tr("Why"),
            ),
            stretch=3,
        )
        layout.addWidget(self.differences, 1)
        self.message = QLabel()
        self.error = error_label()
        layout.addWidget(self.message)
        layout.addWidget(self.error)
        self.expected_button = QPushButton(self.tr("Expected on a policy…"))
        self.received_button = QPushButton(self.tr("Received…"))
        self.import_button = QPushButton(self.tr("Import statement…"))
        self.export_button = QPushButton(self.tr("Export CSV/XLSX…"))
        close = push_button(self.tr("Close"), self.accept)
        layout.addLayout(
            button_row(
                self.expected_button,
                self.received_button,
                self.import_button,
                self.export_button,
                None,
                close,
            )
        )
        self.reconcile_button.clicked.connect(self.refresh)
        self.import_button.clicked.connect(self._ask_import)
        self.expected_button.clicked.connect(lambda: self._form(ExpectedDialog))
        self.received_button.clicked.connect(lambda: self._form(ReceivedDialog))
        self.export_button.clicked.connect(self._ask_export)
        self.refresh()

    def refresh(self) -> None:
        actor = self.ctx.practice.actor
        start, end = self.start.text().strip(), self.end.text().strip()
        provider = self.provider.text().strip() or None
        Operation(
            self,
            self.ctx,
            lambda s: commission.reconcile(s, actor, start=start, end=end, provider=provider),
        ).success(self._show).failure(self._fail).run()

    def _show(self, recon: commission.Reconciliation) -> None:
        self.recon = recon
        self.error.hide()
        self.summary.setText(
            self.tr("Expected {e}, received {r}, {n} difference(s).").format(
                e=format_amount(recon.expected_cents),
                r=format_amount(recon.received_cents),
                n=len(recon.differences),
            )
        )
        self.months.setRowCount(len(recon.months))
        for row, month in enumerate(recon.months):
            for column, text in enumerate(
                (
                    month.period,
                    month.provider,
                    format_amount(month.expected_cents),
                    format_amount(month.received_cents),
                    format_amount(month.difference_cents),
                )
            ):
                self.months.setItem(row, column, QTableWidgetItem(text))
        self.differences.setRowCount(len(recon.differences))
        for row, d in enumerate(recon.differences):
            for column, text in enumerate(
                (
                    d.period,
                    d.provider,
                    d.policy_number,
                    d.client_name,
                    format_amount(d.expected_cents),
                    format_amount(d.received_cents),
                    d.reason,
                )
            ):
                self.differences.setItem(row, column, QTableWidgetItem(text))

    def _form(self, kind) -> QDialog:  # noqa: ANN001
        dialog = kind(self.ctx, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def _ask_import(self) -> None:
        chosen = ask_open_path(self, self.tr("Commission statement"), "", "CSV (*.csv *.txt)")
        if chosen is not None:
            self.open_statement(chosen).exec()

    def open_statement(self, path: Path) -> StatementDialog:
        dialog = StatementDialog(self.ctx, path, self)
        dialog.accepted.connect(lambda: self._imported(dialog.result))
        return dialog

    def _imported(self, result: commission.StatementResult | None) -> None:
        if result is None:
            return
        problems = "; ".join(f"line {line}: {p}" for line, p in result.problems[:5])
        self.message.setText(
            self.tr("Imported {i} of {n} row(s) from {p}, {m} matched to policies. {x}").format(
                i=result.imported, n=result.rows, p=result.provider, m=result.matched, x=problems
            )
        )
        self.refresh()

    def _ask_export(self) -> None:
        chosen = ask_save_path(
            self,
            self.tr("Export the reconciliation"),
            "commission.xlsx",
            "Excel (*.xlsx);;CSV (*.csv)",
        )
        if chosen is not None:
            self.export_to(chosen)

    def export_to(self, path: Path) -> None:
        if self.recon is None:
            return
        recon = self.recon
        Operation(self, self.ctx, lambda _s: commission.export_reconciliation(recon, path)).success(
            lambda p: self.message.setText(self.tr("Saved {p}").format(p=p))
        ).failure(self._fail).run()
