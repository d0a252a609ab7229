"""Tags and saved searches (issue 19): combined filters over the practice, a selection of
the result, and bulk actions on it (tag, assign, task, letter)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clientmanager.services import tags
from clientmanager.ui.form_operation import ErrorLine
from clientmanager.ui.operations import Changes, Operation
from clientmanager.ui.widgets import error_label, page_title, register_table


class TagsDialog(QDialog, ErrorLine):
    client_chosen = Signal(int)

    def __init__(
        self,
        ctx,  # noqa: ANN001
        parent: QWidget | None = None,
        *,
        open_letters: Callable[[list[int]], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._open_letters = open_letters
        self.rows = None
        self.setWindowTitle(self.tr("Tags and saved searches"))
        self.resize(980, 620)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Tags and saved searches")))
        body = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Tags (tick to filter)")))
        self.tag_list = QListWidget()
        left.addWidget(self.tag_list, 1)
        form = QFormLayout()
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("name, ID, phone, policy…"))
        self.category = QComboBox()
        self.category.addItem(self.tr("Any"), None)
        self.category.addItem(self.tr("Client"), "client")
        self.category.addItem(self.tr("Prospect"), "prospect")
        self.category.addItem(self.tr("Related"), "related")
        self.review_due = QCheckBox(self.tr("Review due"))
        self.marketing = QCheckBox(self.tr("Marketing allowed (POPIA s69)"))
        form.addRow(self.tr("Text"), self.text)
        form.addRow(self.tr("Category"), self.category)
        form.addRow("", self.review_due)
        form.addRow("", self.marketing)
        left.addLayout(form)
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.setObjectName("primary")
        left.addWidget(self.search_button)
        saved_row = QHBoxLayout()
        self.saved = QComboBox()
        self.run_button = QPushButton(self.tr("Run"))
        self.save_button = QPushButton(self.tr("Save…"))
        saved_row.addWidget(self.saved, 1)
        saved_row.addWidget(self.run_button)
        saved_row.addWidget(self.save_button)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setToolTip(self.tr("Forget the chosen saved search"))
        saved_row.addWidget(self.delete_button)
        left.addWidget(QLabel(self.tr("Saved searches")))
        left.addLayout(saved_row)
        body.addLayout(left, 2)
        right = QVBoxLayout()
        self.summary = QLabel()
        right.addWidget(self.summary)
        self.table = register_table((self.tr("No."), self.tr("Name"), self.tr("Mobile")), stretch=1)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.itemDoubleClicked.connect(
            lambda item: self.client_chosen.emit(self.table.item(item.row(), 0).data(0x0100))
        )
        right.addWidget(self.table, 1)
        bulk = QHBoxLayout()
        self.tag_button = QPushButton(self.tr("Tag selected…"))
        self.assign_button = QPushButton(self.tr("Assign…"))
        self.task_button = QPushButton(self.tr("Task…"))
        self.letter_button = QPushButton(self.tr("Letter…"))
        for button in (self.tag_button, self.assign_button, self.task_button, self.letter_button):
            bulk.addWidget(button)
        bulk.addStretch(1)
        right.addLayout(bulk)
        body.addLayout(right, 3)
        layout.addLayout(body, 1)
        self.message = QLabel()
        self.error = error_label()
        layout.addWidget(self.message)
        layout.addWidget(self.error)

        self.search_button.clicked.connect(self.search)
        self.text.returnPressed.connect(self.search)
        self.run_button.clicked.connect(self.run_saved)
        self.save_button.clicked.connect(self._ask_save)
        self.delete_button.clicked.connect(self._ask_delete)
        self.tag_button.clicked.connect(self._ask_tag)
        self.assign_button.clicked.connect(self._ask_assign)
        self.task_button.clicked.connect(self._ask_task)
        self.letter_button.clicked.connect(self._letter)
        self.load()

    # --- loading --------------------------------------------------------------------------
    def load(self) -> None:
        actor = self.ctx.practice.actor

        def work(session):  # noqa: ANN001, ANN202
            return tags.list_tags(session, actor), tags.saved_searches(session)

        Operation(self, self.ctx, work).success(self._loaded).failure(self._fail).run()

    def _loaded(self, found) -> None:  # noqa: ANN001
        all_tags, saved = found
        ticked = set(self.ticked())
        self.tag_list.clear()
        for name, count in all_tags:
            item = QListWidgetItem(f"{name} ({count})")
            item.setData(0x0100, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in ticked else Qt.CheckState.Unchecked)
            self.tag_list.addItem(item)
        current = self.saved.currentText()
        self.saved.clear()
        for name, criteria in saved:
            self.saved.addItem(name, criteria)
        if current:
            self.saved.setCurrentIndex(max(self.saved.findText(current), 0))

    def ticked(self) -> list[str]:
        return [
            self.tag_list.item(i).data(0x0100)
            for i in range(self.tag_list.count())
            if self.tag_list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def criteria(self) -> tags.Criteria:
        return tags.Criteria(
            text=self.text.text().strip(),
            tags=self.ticked(),
            category=self.category.currentData(),
            review_due=self.review_due.isChecked(),
            marketing_allowed=self.marketing.isChecked(),
        )

    def search(self) -> None:
        actor, criteria = self.ctx.practice.actor, self.criteria()
        Operation(self, self.ctx, lambda s: tags.find_clients(s, actor, criteria)).success(
            lambda rows: self._show(rows, criteria.describe())
        ).failure(self._fail).run()

    def run_saved(self) -> None:
        name = self.saved.currentText()
        if not name:
            return
        actor = self.ctx.practice.actor
        Operation(self, self.ctx, lambda s: tags.run_saved_search(s, actor, name)).success(
            lambda rows: self._show(rows, name)
        ).failure(self._fail).run()

    def _show(self, rows, what: str) -> None:  # noqa: ANN001
        self.rows = rows
        self.error.hide()
        self.summary.setText(self.tr("{n} client(s): {what}").format(n=len(rows), what=what))
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            number = QTableWidgetItem(str(row.id))
            number.setData(0x0100, row.id)
            self.table.setItem(index, 0, number)
            self.table.setItem(index, 1, QTableWidgetItem(row.display_name))
            self.table.setItem(index, 2, QTableWidgetItem(row.mobile or ""))

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [self.table.item(r, 0).data(0x0100) for r in rows]

    # --- saving and bulk actions ----------------------------------------------------------
    def _ask_save(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save search"), self.tr("Name"))
        if ok and name.strip():
            self.save_as(name)

    def save_as(self, name: str) -> None:
        actor, criteria = self.ctx.practice.actor, self.criteria()
        Operation(
            self, self.ctx, lambda s: tags.save_search(s, actor, name, criteria).name
        ).success(
            lambda saved: (self.message.setText(self.tr("Saved {n}").format(n=saved)), self.load())
        ).failure(self._fail).run()

    def _ask_delete(self) -> None:
        name = self.saved.currentText()
        if not name:
            self.message.setText(self.tr("There is no saved search to delete."))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete saved search"),
            self.tr(
                "Delete the saved search {name}? Its clients and tags stay as they are."
            ).format(name=name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_saved(name)

    def delete_saved(self, name: str) -> None:
        actor = self.ctx.practice.actor
        Operation(self, self.ctx, lambda s: tags.delete_saved_search(s, actor, name)).success(
            lambda gone: (
                self.message.setText(self.tr("Deleted the saved search {n}").format(n=gone)),
                self.load(),
            )
        ).failure(self._fail).run()

    def _bulk(self, work, done_text: str) -> None:  # noqa: ANN001
        ids = self.selected_ids()
        if not ids:
            self._say(self.tr("Select clients in the list first."))
            return
        Operation(
            self, self.ctx, lambda s: work(s, ids), changes=Changes.CLIENTS | Changes.TASKS
        ).success(lambda n: (self.message.setText(done_text.format(n=n)), self.load())).failure(
            self._fail
        ).run()

    def _ask_tag(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Tag selected"), self.tr("Tag"))
        if ok and name.strip():
            self.tag_selected(name)

    def tag_selected(self, name: str) -> None:
        actor = self.ctx.practice.actor
        self._bulk(
            lambda s, ids: tags.tag_clients(s, actor, ids, name), self.tr("Tagged {n} client(s).")
        )

    def _ask_assign(self) -> None:
        user, ok = QInputDialog.getText(self, self.tr("Assign to planner"), self.tr("User name"))
        if ok and user.strip():
            actor = self.ctx.practice.actor
            self._bulk(
                lambda s, ids: tags.assign_planner(s, actor, ids, user),
                self.tr("Assigned {n} client(s)."),
            )

    def _ask_task(self) -> None:
        title, ok = QInputDialog.getText(self, self.tr("Task for each client"), self.tr("Task"))
        if ok and title.strip():
            self.task_selected(title)

    def task_selected(self, title: str) -> None:
        actor = self.ctx.practice.actor
        self._bulk(
            lambda s, ids: tags.add_tasks(s, actor, ids, title=title),
            self.tr("Added the task to {n} client(s)."),
        )

    def _letter(self) -> None:
        ids = self.selected_ids()
        if not ids:
            self._say(self.tr("Select clients in the list first."))
            return
        if self._open_letters is not None:
            self._open_letters(ids)
