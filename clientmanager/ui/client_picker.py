"""A small "which client?" field for the planner's dialogs: type a name, pick from matches."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from clientmanager.services.clients import search_clients
from clientmanager.ui.operations import Operation


class ClientPicker(QWidget):
    client_changed = Signal(object)  # int | None

    def __init__(self, ctx, parent: QWidget | None = None, *, client_id: int | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.ctx = ctx
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a name, ID number or phone…"))
        self.matches = QComboBox()
        self.matches.setMinimumContentsLength(24)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 1)
        layout.addWidget(self.matches, 2)
        self.search.returnPressed.connect(self.find)
        self.search.editingFinished.connect(self.find)
        self.matches.currentIndexChanged.connect(
            lambda _i: self.client_changed.emit(self.client_id)
        )
        if client_id is not None:
            self.matches.addItem(self.tr("Client {id}").format(id=client_id), client_id)

    @property
    def client_id(self) -> int | None:
        return self.matches.currentData()

    def set_client(self, client_id: int, name: str) -> None:
        self.matches.clear()
        self.matches.addItem(name, client_id)

    def find(self) -> None:
        text = self.search.text().strip()
        if not text:
            return
        Operation(self, self.ctx, lambda session: search_clients(session, text, limit=30)).success(
            self._show
        ).run()

    def _show(self, rows) -> None:  # noqa: ANN001
        self.matches.clear()
        for row in rows:
            born = f" ({row.date_of_birth:%Y})" if row.date_of_birth else ""
            self.matches.addItem(f"{row.display_name}{born} · #{row.id}", row.id)
        if not rows:
            self.matches.addItem(self.tr("No client matches"), None)
