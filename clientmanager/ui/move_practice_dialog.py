"""Practice ▸ "Move this practice to the office server…" (and back): ``server migrate``
from the desktop, for the practice manager.

The move runs as one operation on the database worker with a progress dialog (Cancel
rolls the whole copy back). When it is done the practice on this PC is closed: the
dialog emits ``practice_moved`` and the caller locks, so everyone signs in again, with
the same passwords, to the practice where it now lives.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clientmanager.ui.context import AppContext
from clientmanager.ui.operations import Operation
from clientmanager.ui.widgets import add_heading, close_buttons, describe_error, hint, result_label

DEFAULT_LOGIN = "officepcs"


class MovePracticeDialog(QDialog):
    practice_moved = Signal(object)  # MigrationResult: the caller must lock

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.to_server = not context.practice.on_server
        self.migration = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        self.setMinimumWidth(640)
        if self.to_server:
            heading = self.tr("Move this practice to the office server")
            intro = self.tr(
                "Every client, document, register and the audit trail are copied to an empty "
                "database on the practice's office server (PostgreSQL), in one step: if "
                "anything fails, nothing is moved. Every user keeps their password, and the "
                "recovery code keeps working. The practice file on this PC is then kept, "
                "unchanged, in a folder beside it, and no longer used."
            )
        else:
            heading = self.tr("Move this practice back to this PC")
            intro = self.tr(
                "Every client, document, register and the audit trail are copied from the "
                "office server into a new encrypted practice file on this PC. The server's "
                "database is left as it is, but this PC no longer uses it."
            )
        self.setWindowTitle(heading)
        add_heading(layout, heading, intro)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(8)
        self.address = QLineEdit()
        self.address.setPlaceholderText(
            "postgresql://admin@office-server/clientmanager?sslmode=verify-full&sslrootcert=ca.pem"
        )
        self.owner_password = QLineEdit()
        self.owner_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.login = QLineEdit(DEFAULT_LOGIN)
        self.login_password = QLineEdit()
        self.login_password.setEchoMode(QLineEdit.EchoMode.Password)
        if self.to_server:
            form.addRow(self.tr("Server address"), self.address)
            form.addRow(
                "",
                hint(self.tr("As whoever set up the server wrote it down for you."), in_form=True),
            )
            form.addRow(self.tr("Owner account's password"), self.owner_password)
            form.addRow(self.tr("Desktops' login to create"), self.login)
            form.addRow(self.tr("Password for that login"), self.login_password)
            form.addRow(
                "",
                hint(
                    self.tr(
                        "Every PC of the practice connects with this login; give its password "
                        "to whoever sets up the other PCs."
                    )
                ),
            )
            layout.addLayout(form)
        self.outcome = result_label()
        layout.addWidget(self.outcome)
        buttons = close_buttons(self)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAutoDefault(False)
        self.move_button = QPushButton(
            self.tr("Move to the server") if self.to_server else self.tr("Move to this PC")
        )
        self.move_button.setObjectName("primary")
        buttons.addButton(self.move_button, QDialogButtonBox.ButtonRole.ActionRole)
        # Enter in the last field moves, as the dialog is for; it never closes the
        # dialog and loses what was typed. Moving back has no fields: Enter closes.
        self.move_button.setDefault(self.to_server)
        self.close_button.setAutoDefault(not self.to_server)
        self.move_button.clicked.connect(self.start)
        layout.addWidget(buttons)
        if self.to_server:
            self.address.setFocus()
        else:
            self.close_button.setFocus()  # moving back is a choice, not a keypress away

    def start(self) -> None:
        from clientmanager.services import server_migrate

        self.move_button.setEnabled(False)
        self.outcome.hide()
        if self.to_server:
            url, password = self.address.text().strip(), self.owner_password.text()
            login, login_password = self.login.text().strip(), self.login_password.text()

            def work(practice, progress):  # noqa: ANN001, ANN202
                return server_migrate.move_to_server(
                    practice,
                    url,
                    password or None,
                    app_login=login or None,
                    app_password=login_password or None,
                    progress=progress,
                )

            title = self.tr("Moving the practice to the office server")
        else:

            def work(practice, progress):  # noqa: ANN001, ANN202
                return server_migrate.move_to_file(practice, progress=progress)

            title = self.tr("Moving the practice to this PC")
        (
            Operation(self, self.context, work, needs="practice", progress_title=title)
            .success(self._moved)
            .failure(self._failed)
            .cancelled(self._cancelled)
            .run()
        )

    def _moved(self, result) -> None:  # noqa: ANN001 (a MigrationResult)
        self.migration = result
        if not result.done:
            findings = "\n".join(
                ("✓ " if f.ok else "✗ ") + f.text
                for f in (result.check.findings if result.check else [])
            )
            self._say(
                self.tr(
                    "Nothing was moved: the server needs these fixed first.\n{findings}"
                ).format(findings=findings),
                failed=True,
            )
            self.move_button.setEnabled(True)
            return
        rows = sum(result.target_counts.values())
        self._say(
            self.tr(
                "Moved: {rows} rows in {tables} tables, every count checked, and the audit "
                "trail verifies ({entries} entries). The old copy is kept, no longer used, "
                "in {folder}. Sign in again with your password."
            ).format(
                rows=f"{rows:,}",
                tables=len(result.target_counts),
                entries=f"{result.audit_entries_verified:,}",
                folder=str(result.retired),
            )
        )
        self.owner_password.clear()
        self.login_password.clear()
        # Done: what is left is to close and sign in again.
        self.move_button.setDefault(False)
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self.practice_moved.emit(result)

    def _say(self, text: str, *, failed: bool = False) -> None:
        """The outcome under the form: red when nothing was moved, and the dialog grows
        to show it rather than squeezing the fields."""
        self.outcome.setObjectName("formError" if failed else "")
        self.outcome.style().unpolish(self.outcome)
        self.outcome.style().polish(self.outcome)
        self.outcome.setText(text)
        self.outcome.show()
        self.adjustSize()

    def _failed(self, error: BaseException) -> None:
        self._say(describe_error(error), failed=True)
        self.move_button.setEnabled(True)
        if self.to_server:
            self.address.setFocus()  # the address or a password is what to correct

    def _cancelled(self) -> None:
        self._say(self.tr("Stopped: nothing was moved."))
        self.move_button.setEnabled(True)
