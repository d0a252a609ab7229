"""Import clients…: a wizard over services/importer.py.

Choose a file (CSV in any common encoding and delimiter, an Excel workbook, or vCard
contacts from Outlook or a phone) → check the
column mapping the wizard guessed (and save it for next time) → preview every row with
its validation problems → decide what to do with each duplicate → import, with progress
and a Stop button (stopping rolls everything back) → the result, with the bad rows to
save as a CSV, fix and import again.

All file reading and database work runs on the context's worker thread; progress comes
back through a queued signal. Nothing here runs SQL.
"""

from __future__ import annotations

import html
import logging
import threading
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
)
from sqlalchemy.orm import Session

from clientmanager.services import importer
from clientmanager.services.importer import (
    DELIMITER_NAMES,
    DUPLICATE_ACTION_LABELS,
    FIELDS,
    DuplicateAction,
    ImportCancelled,
    ImportPlan,
    ImportResult,
    SourceFile,
)
from clientmanager.services.progress import Cancelled, Progress
from clientmanager.ui.context import AppContext
from clientmanager.ui.form_operation import ErrorLine
from clientmanager.ui.forms import field_message
from clientmanager.ui.i18n import service_text
from clientmanager.ui.operations import Operation
from clientmanager.ui.widgets import (
    TitledPage,
    ask_open_path,
    ask_save_path,
    button_row,
    describe_error,
    error_label,
    field_row,
    hint,
    name_wizard_buttons,
    push_button,
)

logger = logging.getLogger(__name__)


NOT_IMPORTED = "(not imported)"
PREVIEW_LIMIT = 500
# Rows of the Policies and Notes sheets that were not imported, listed on the last page.
RELATED_PROBLEMS_SHOWN = 10
PROBLEM_COLOUR = QColor("#b3261e")
DUPLICATE_COLOUR = QColor("#8a5a00")
READY_COLOUR = QColor("#1b6e3a")


def _problems_text(problems: Iterable[str]) -> str:
    """A row's problems, each in the interface language, in one line."""
    return "; ".join(field_message(problem).rstrip(".") for problem in problems)


def _item(text: object, *, colour: QColor | None = None) -> QTableWidgetItem:
    shown = "" if text is None else str(text)
    item = QTableWidgetItem(shown)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    # A problem or a match is often longer than its column: the whole of it on hover.
    item.setToolTip(shown)
    if colour is not None:
        item.setForeground(colour)
    return item


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(False)
    return table


class _ProgressRelay(QObject):
    progressed = Signal(int, int)


# --- 1. the file --------------------------------------------------------------------------------


class FilePage(TitledPage, ErrorLine):
    def __init__(self, context: AppContext) -> None:
        super().__init__(
            self.tr("Choose the file"),
            self.tr(
                "A client list exported from another system or kept in Excel: CSV (any "
                "encoding, comma, semicolon or tab), an .xlsx workbook, or vCard contacts "
                "(.vcf, from Outlook or a phone). Sheets called Policies or Notes are "
                "imported with the clients."
            ),
        )
        self.context = context
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("The file to import"))
        self.path_edit.returnPressed.connect(self.read_file)
        self.choose_button = push_button(self.tr("Choose…"), self.choose_file)
        row = field_row(self.path_edit, self.choose_button)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.source: SourceFile | None = None
        self._reading = False

    @Slot()
    def choose_file(self) -> None:
        path = ask_open_path(
            self,
            self.tr("Import clients from"),
            str(Path.home()),
            self.tr(
                "Client lists (*.csv *.txt *.xlsx *.vcf);;vCard contacts (*.vcf);;All files (*)"
            ),
        )
        if path:
            self.path_edit.setText(str(path))
            self.read_file()

    @Slot()
    def read_file(self) -> None:
        text = self.path_edit.text().strip()
        if not text or self._reading:
            return
        path = Path(text).expanduser()
        self._reading = True
        self.source = None
        self.error.hide()
        self.summary.setText(self.tr("Reading the file…"))
        self.completeChanged.emit()
        # The file only, but on the worker like every other call, so a large workbook
        # does not freeze the window.
        Operation(
            self, self.context, lambda _practice, _progress: importer.read_source(path),
            needs="practice",
        ).success(self._read).failure(self._failed).run()  # fmt: skip

    def _read(self, source: SourceFile) -> None:
        self._reading = False
        self.source = source
        if source.kind == "vcard":
            self.summary.setText(
                self.tr("{rows} vCard contacts.").format(rows=len(source.clients.rows))
            )
            self.completeChanged.emit()
            return
        if source.kind == "csv":
            how = self.tr("{encoding} text, {delimiter}-separated").format(
                encoding={"utf-8-sig": "UTF-8 (with BOM)", "utf-8": "UTF-8"}.get(
                    source.encoding or "",
                    "Windows-1252" if source.encoding == "cp1252" else source.encoding or "",
                ),
                delimiter=DELIMITER_NAMES.get(source.delimiter or ",", "comma"),
            )
        else:
            how = self.tr("Excel workbook")
        extra = "".join(
            self.tr("; sheet “{name}”: {count} {kind}").format(
                name=sheet.name, count=len(sheet.rows), kind=kind
            )
            for kind, sheet in source.related.items()
        )
        self.summary.setText(
            self.tr("{rows} rows and {columns} columns ({how}){extra}.").format(
                rows=len(source.clients.rows),
                columns=len(source.clients.headers),
                how=how,
                extra=extra,
            )
            + "".join("\n\n⚠ " + warning for warning in source.warnings)
        )
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self._reading = False
        self.summary.setText("")
        self._fail(error)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 (Qt API)
        return self.source is not None

    def validatePage(self) -> bool:  # noqa: N802
        # The path may have been typed and not yet read.
        if self.source is None or str(self.source.path) != str(
            Path(self.path_edit.text().strip()).expanduser()
        ):
            self.read_file()
            return False
        return True


# --- 2. the columns -----------------------------------------------------------------------------


class MappingPage(TitledPage):
    def __init__(self, context: AppContext) -> None:
        super().__init__(
            self.tr("Match the columns"),
            self.tr(
                "Each column of the file, and where it goes. The guesses come from the "
                "column names; correct any that are wrong. Columns set to “not imported” are "
                "ignored."
            ),
        )
        self.context = context
        self.table = _table(
            [self.tr("Column in the file"), self.tr("Examples"), self.tr("Import as")]
        )
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setColumnWidth(2, 220)
        self.saved = QComboBox()
        self.saved.setMinimumWidth(200)
        self.saved.activated.connect(self._use_saved)
        self.save_name = QLineEdit()
        self.save_name.setPlaceholderText(self.tr("Name for this mapping"))
        self.save_button = QPushButton(self.tr("Save mapping"))
        self.save_button.clicked.connect(self.save_mapping)
        self.message = QLabel()
        self.message.setObjectName("hint")
        tools = QHBoxLayout()
        tools.addWidget(QLabel(self.tr("Saved mappings:")))
        tools.addWidget(self.saved)
        tools.addStretch(1)
        tools.addWidget(self.save_name)
        tools.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.combos: dict[str, QComboBox] = {}

    def initializePage(self) -> None:  # noqa: N802
        wizard: ImportWizard = self.wizard()  # type: ignore[assignment]
        source = wizard.source
        if source is None:
            return
        guesses = importer.guess_mapping(source.clients.headers)
        self.table.setRowCount(len(source.clients.headers))
        self.combos = {}
        for index, header in enumerate(source.clients.headers):
            examples = []
            for _number, cells in source.clients.rows:
                if index < len(cells) and cells[index] and cells[index] not in examples:
                    examples.append(cells[index])
                if len(examples) == 3:
                    break
            self.table.setItem(index, 0, _item(header))
            self.table.setItem(index, 1, _item(" · ".join(examples)))
            combo = QComboBox()
            combo.addItem(self.tr(NOT_IMPORTED), "")
            for spec in FIELDS:
                combo.addItem(service_text(spec.label), spec.key)
            combo.setCurrentIndex(max(0, combo.findData(guesses.get(header, ""))))
            self.table.setCellWidget(index, 2, combo)
            self.combos[header] = combo
        self.table.resizeRowsToContents()
        self._load_saved_names()

    def _load_saved_names(self) -> None:

        def work(session: Session) -> list[str]:
            return importer.saved_mapping_names(session)

        Operation(self, self.context, work).success(self._show_saved_names).failure(
            self._failed
        ).run()

    def _show_saved_names(self, names: list[str]) -> None:
        self.saved.clear()
        self.saved.addItem(self.tr("Choose…") if names else self.tr("None yet"), "")
        for name in names:
            self.saved.addItem(name, name)

    def mapping(self) -> dict[str, str]:
        return {header: combo.currentData() or "" for header, combo in self.combos.items()}

    def set_mapping(self, mapping: dict[str, str]) -> None:
        for header, combo in self.combos.items():
            if header in mapping:
                combo.setCurrentIndex(max(0, combo.findData(mapping[header])))

    @Slot()
    def save_mapping(self) -> None:
        name = self.save_name.text().strip()
        if not name:
            self.message.setText(self.tr("Give the mapping a name first."))
            return
        mapping = self.mapping()

        def work(session: Session) -> str:
            importer.save_mapping(session, name, mapping)
            return name

        Operation(self, self.context, work).success(self._saved).failure(self._failed).run()

    def _saved(self, name: str) -> None:
        self.message.setText(self.tr("Saved the mapping “{name}”.").format(name=name))
        self._load_saved_names()

    def _use_saved(self, index: int) -> None:
        name = self.saved.itemData(index)
        if not name:
            return

        def work(session: Session) -> dict[str, str]:
            return importer.load_mapping(session, name)

        Operation(self, self.context, work).success(self.set_mapping).failure(self._failed).run()

    def _failed(self, error: BaseException) -> None:
        self.message.setText(describe_error(error))

    def validatePage(self) -> bool:  # noqa: N802
        values = set(self.mapping().values())
        if not values & importer.NAME_FIELDS:
            self.message.setText(
                self.tr(
                    "Choose the column that holds the surname, the full name, or the company "
                    "or trust name."
                )
            )
            return False
        return True


# --- 3. preview ---------------------------------------------------------------------------------


class PreviewPage(TitledPage, ErrorLine):
    def __init__(self, context: AppContext) -> None:
        super().__init__(
            self.tr("Check the rows"),
            self.tr(
                "Every row is checked as the client form would check it. Rows with a problem "
                "are not imported; you can save them at the end, fix them and import them again."
            ),
        )
        self.context = context
        self.summary = QLabel(self.tr("Checking…"))
        self.summary.setWordWrap(True)
        self.table = _table(
            [self.tr("Row"), self.tr("Name"), self.tr("Status"), self.tr("Details")]
        )
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        self.plan: ImportPlan | None = None

    def initializePage(self) -> None:  # noqa: N802
        wizard: ImportWizard = self.wizard()  # type: ignore[assignment]
        self.plan = None
        self.table.setRowCount(0)
        self.summary.setText(self.tr("Checking every row…"))
        self.error.hide()
        practice, source, mapping = (
            self.context.practice,
            wizard.source,
            wizard.mapping_page.mapping(),
        )

        def work(session: Session) -> ImportPlan:
            return importer.analyse(session, source, mapping, actor=practice.actor)

        Operation(self, self.context, work).success(self._analysed).failure(self._failed).run()

    def _analysed(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.summary.setText(
            self.tr(
                "{ready} rows are ready, {dups} of them possible duplicates; "
                "{bad} rows have a problem and will not be imported."
            ).format(ready=len(plan.good_rows), dups=len(plan.duplicates), bad=len(plan.bad_rows))
        )
        # Problems and duplicates first (what needs a look), then the ready rows, up to a
        # limit: a 10k-row file is checked in full, but a table of 10k rows helps nobody.
        ordered = plan.bad_rows + plan.duplicates + [r for r in plan.good_rows if not r.duplicate]
        shown = sorted(ordered[:PREVIEW_LIMIT], key=lambda r: r.row_number)
        if len(ordered) > PREVIEW_LIMIT:
            self.summary.setText(
                self.summary.text()
                + " "
                + self.tr("Showing every problem and duplicate, and the first ready rows.")
            )
        self.table.setRowCount(len(shown))
        for index, row in enumerate(shown):
            if row.problems:
                status, colour, details = (
                    self.tr("Problem"),
                    PROBLEM_COLOUR,
                    _problems_text(row.problems),
                )
            elif row.duplicate:
                status, colour = self.tr("Duplicate?"), DUPLICATE_COLOUR
                details = _describe_match(row.duplicate)
            else:
                status, colour, details = self.tr("Ready"), READY_COLOUR, ""
            self.table.setItem(index, 0, _item(row.row_number))
            self.table.setItem(index, 1, _item(row.display_name))
            self.table.setItem(index, 2, _item(status, colour=colour))
            self.table.setItem(index, 3, _item(details))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.summary.setText("")
        self._fail(error)

    def isComplete(self) -> bool:  # noqa: N802
        return self.plan is not None and bool(self.plan.good_rows)


def _describe_match(match: importer.DuplicateMatch) -> str:
    # A fixed context: widget.tr() in a function outside a class is filed by lupdate under
    # whichever class it read last, so the Afrikaans never reached the screen.
    if match.existing_client_id:
        return QCoreApplication.translate(
            "ImportWizard", "Same {what} as client {number} ({name})"
        ).format(
            what=service_text(match.matched_on),
            number=match.existing_client_id,
            name=match.existing_name,
        )
    return QCoreApplication.translate(
        "ImportWizard", "Same {what} as row {row} of this file"
    ).format(what=service_text(match.matched_on), row=match.earlier_row)


# --- 4. duplicates ------------------------------------------------------------------------------


class DuplicatesPage(TitledPage):
    def __init__(self) -> None:
        super().__init__(
            self.tr("Decide about the duplicates"),
            self.tr(
                "These rows look like clients you already have (by SA ID, then e-mail or "
                "mobile, then name and date of birth; a company or trust by registration "
                "number, then e-mail or mobile, then name) or like an earlier row of the file."
            ),
        )
        self.apply_all = QComboBox()
        for action, label in DUPLICATE_ACTION_LABELS.items():
            self.apply_all.addItem(self.tr(label), action.value)
        self.apply_all_button = QPushButton(self.tr("Apply to all"))
        self.apply_all_button.clicked.connect(self._apply_to_all)
        tools = QHBoxLayout()
        tools.addWidget(QLabel(self.tr("For every duplicate:")))
        tools.addWidget(self.apply_all)
        tools.addWidget(self.apply_all_button)
        tools.addStretch(1)
        self.table = _table(
            [self.tr("Row"), self.tr("In the file"), self.tr("Matches"), self.tr("What to do")]
        )
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(3, 320)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        self.none_found = hint(
            self.tr("No row matches a client or an earlier row. Nothing to decide.")
        )
        layout.addWidget(self.none_found)
        self.combos: dict[int, QComboBox] = {}
        # The point of no return: its button says "Import", and there is no Back after it.
        self.setCommitPage(True)

    def initializePage(self) -> None:  # noqa: N802
        wizard: ImportWizard = self.wizard()  # type: ignore[assignment]
        duplicates = wizard.plan.duplicates if wizard.plan else []
        self.table.setVisible(bool(duplicates))
        self.none_found.setVisible(not duplicates)
        for widget in (self.apply_all, self.apply_all_button):
            widget.setEnabled(bool(duplicates))
        self.table.setRowCount(len(duplicates))
        self.combos = {}
        for index, row in enumerate(duplicates):
            self.table.setItem(index, 0, _item(row.row_number))
            self.table.setItem(index, 1, _item(row.display_name))
            self.table.setItem(index, 2, _item(_describe_match(row.duplicate)))
            combo = QComboBox()
            for action, label in DUPLICATE_ACTION_LABELS.items():
                combo.addItem(self.tr(label), action.value)
            self.table.setCellWidget(index, 3, combo)
            self.combos[row.row_number] = combo
        self.table.resizeColumnToContents(1)

    def _apply_to_all(self) -> None:
        value = self.apply_all.currentData()
        for combo in self.combos.values():
            combo.setCurrentIndex(combo.findData(value))

    def actions(self) -> dict[int, DuplicateAction]:
        return {number: DuplicateAction(c.currentData()) for number, c in self.combos.items()}


# --- 5. import ----------------------------------------------------------------------------------


class ImportPage(TitledPage):
    def __init__(self, context: AppContext) -> None:
        super().__init__(
            self.tr("Importing"),
            self.tr(
                "Everything is imported in one step: if you stop it, or anything goes wrong, "
                "nothing is imported at all."
            ),
        )
        self.context = context
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.stop_button = QPushButton(self.tr("Stop the import"))
        self.stop_button.clicked.connect(self._stop_or_restart)
        self.error = error_label()
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self._relay = _ProgressRelay(self)
        self._relay.progressed.connect(self._show_progress)
        self._cancel = threading.Event()
        self.running = False
        self.finished = False
        self.result: ImportResult | None = None
        self.cancelled = False

    def initializePage(self) -> None:  # noqa: N802
        wizard: ImportWizard = self.wizard()  # type: ignore[assignment]
        self._cancel.clear()
        self.running, self.finished, self.cancelled, self.result = True, False, False, None
        self.error.hide()
        self.stop_button.setEnabled(True)
        self.stop_button.setText(self.tr("Stop the import"))
        self.progress.setValue(0)
        self.status.setText(self.tr("Importing…"))
        practice, plan = self.context.practice, wizard.plan
        actions = wizard.duplicates_page.actions()
        relay, cancel = self._relay, self._cancel

        def work(session: Session) -> ImportResult:
            return importer.run_import(
                session,
                plan,
                actor=practice.actor,
                actions=actions,
                progress=Progress(
                    lambda fraction, _step: relay.progressed.emit(int(fraction * 1000), 1000),
                    should_stop=cancel.is_set,
                ),
            )

        Operation(self, self.context, work).success(self._done).failure(self._failed).cancelled(
            lambda: self._failed(Cancelled())
        ).run()

    @Slot()
    def _stop_or_restart(self) -> None:
        if self.running:
            self.stop()
        elif not self.result:
            self.initializePage()

    @Slot()
    def stop(self) -> None:
        self._cancel.set()
        self.stop_button.setEnabled(False)
        self.status.setText(self.tr("Stopping; undoing what was written so far…"))

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setValue(int(100 * done / total) if total else 100)

    def _done(self, result: ImportResult) -> None:
        self.running, self.finished, self.result = False, True, result
        self.progress.setValue(100)
        self.stop_button.setEnabled(False)
        self.status.setText(self.tr("Done."))
        self.completeChanged.emit()
        self.wizard().next()

    def _failed(self, error: BaseException) -> None:
        self.running, self.finished = False, True
        self.stop_button.setEnabled(False)
        self.cancelled = isinstance(error, ImportCancelled)
        self.stop_button.setText(self.tr("Start the import again"))
        self.stop_button.setEnabled(True)
        if self.cancelled:
            self.status.setText(self.tr("Stopped. Nothing was imported."))
        else:
            self.status.setText("")
            self.error.setText(describe_error(error) + "\n" + self.tr("Nothing was imported."))
            self.error.show()
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.finished and self.result is not None


# --- 6. result ----------------------------------------------------------------------------------


class ResultPage(TitledPage):
    def __init__(self) -> None:
        super().__init__(self.tr("Imported"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.bad_hint = hint("")
        self.save_button = QPushButton(self.tr("Save the rows to fix as CSV…"))
        self.save_button.clicked.connect(self.choose_bad_rows_file)
        self.message = hint("")
        row = button_row(self.save_button, None)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addSpacing(8)
        layout.addWidget(self.bad_hint)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802
        wizard: ImportWizard = self.wizard()  # type: ignore[assignment]
        result = wizard.import_page.result
        if result is None:
            return

        def count(n: int, one: str, many: str) -> str:
            return (one if n == 1 else many).format(n=n)

        lines = [
            count(result.created, self.tr("{n} new client"), self.tr("{n} new clients")),
            count(
                result.updated,
                self.tr("{n} existing client updated"),
                self.tr("{n} existing clients updated"),
            ),
            count(
                result.unchanged,
                self.tr("{n} duplicate already up to date"),
                self.tr("{n} duplicates already up to date"),
            ),
            count(result.skipped, self.tr("{n} row skipped"), self.tr("{n} rows skipped")),
            count(
                result.bad,
                self.tr("{n} row not imported because of a problem"),
                self.tr("{n} rows not imported because of a problem"),
            ),
        ]
        if result.bad_related:
            lines.append(
                count(
                    result.bad_related,
                    self.tr("{n} row of the other sheets not imported"),
                    self.tr("{n} rows of the other sheets not imported"),
                )
            )
        related = self.tr(
            "Also added: households {h}, policies {p}, notes {n}, addresses {a}."
        ).format(h=result.households, p=result.policies, n=result.notes, a=result.addresses)
        dropped = [
            html.escape(
                self.tr("{sheet}, row {row}: {problem}").format(
                    sheet=dropped.sheet,
                    row=dropped.row_number,
                    problem=_problems_text(dropped.problems),
                )
            )
            for dropped in sorted(result.related_problems, key=lambda p: (p.sheet, p.row_number))
        ]
        shown = dropped[:RELATED_PROBLEMS_SHOWN]
        if len(dropped) > len(shown):
            shown.append(html.escape(self.tr("and {n} more").format(n=len(dropped) - len(shown))))
        self.summary.setText(
            "<br>".join(f"• {line}" for line in lines)
            + f"<br><br>{related}"
            + "".join(f"<br>• {line}" for line in shown)
        )
        has_bad = bool(wizard.plan and wizard.plan.bad_rows)
        if has_bad:
            done = self.tr(
                "Save the rows with problems as a CSV file: each keeps its row number and the "
                "reason. Fix them in Excel and import that file again."
            )
        elif dropped:
            done = self.tr(
                "The rows of the other sheets listed above were not imported: fix them in the "
                "file and import it again. What this import added is then found as duplicates "
                "and not added twice."
            )
        else:
            done = self.tr("Every row was imported or handled as a duplicate.")
        self.bad_hint.setText(done)
        self.save_button.setVisible(has_bad)

    @Slot()
    def choose_bad_rows_file(self) -> None:
        wizard: ImportWizard = self.wizard()  # type: ignore[assignment]
        default = str(Path.home() / f"{wizard.source.path.stem}-to-fix.csv")
        chosen = ask_save_path(
            self, self.tr("Save the rows to fix"), default, self.tr("CSV files (*.csv)")
        )
        if chosen is not None:
            self.save_bad_rows(chosen)

    def save_bad_rows(self, path: Path) -> None:
        wizard: ImportWizard = self.wizard()  # type: ignore[assignment]
        plan = wizard.plan

        def done(count: int) -> None:
            self.message.setText(
                self.tr("Saved {n} rows to {path}.").format(n=count, path=str(path))
            )
            wizard.bad_rows_saved.emit(str(path))

        def failed(error: BaseException) -> None:
            text = describe_error(error)
            if isinstance(error, OSError):
                text = self.tr(
                    "The file could not be saved ({reason}). Choose another folder."
                ).format(reason=error.strerror or type(error).__name__)
            self.message.setText(text)

        Operation(
            self, wizard.context, lambda _practice, _progress: importer.write_bad_rows(plan, path),
            needs="practice",
        ).success(done).failure(failed).run()  # fmt: skip


# --- the wizard ---------------------------------------------------------------------------------


class ImportWizard(QWizard):
    """Import clients from CSV or XLSX. ``import_finished`` carries the ImportResult."""

    import_finished = Signal(object)
    bad_rows_saved = Signal(str)

    FILE, MAPPING, PREVIEW, DUPLICATES, IMPORT, RESULT = range(6)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Import clients"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page = FilePage(context)
        self.mapping_page = MappingPage(context)
        self.preview_page = PreviewPage(context)
        self.duplicates_page = DuplicatesPage()
        self.import_page = ImportPage(context)
        self.result_page = ResultPage()
        for page_id, page in enumerate(
            (
                self.file_page,
                self.mapping_page,
                self.preview_page,
                self.duplicates_page,
                self.import_page,
                self.result_page,
            )
        ):
            self.setPage(page_id, page)
        name_wizard_buttons(self)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Close"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.resize(900, 620)

    @property
    def source(self) -> SourceFile | None:
        return self.file_page.source

    @property
    def plan(self) -> ImportPlan | None:
        return self.preview_page.plan

    def initializePage(self, page_id: int) -> None:  # noqa: N802
        super().initializePage(page_id)
        if page_id == self.RESULT and self.import_page.result is not None:
            self.import_finished.emit(self.import_page.result)

    def reject(self) -> None:
        if self.import_page.running:
            self.import_page.stop()  # the worker rolls back; the page says when it has
            return
        super().reject()
