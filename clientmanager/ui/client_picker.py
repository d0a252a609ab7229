"""The one "which client?" field: type a name, ID or phone number, press Enter, pick from
the matches. The planner's dialogs and the rights register use it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from clientmanager.services.clients import ClientRow, fetch_client_rows, search_clients
from clientmanager.ui.i18n import format_date
from clientmanager.ui.operations import Operation, while_alive

SEARCH_LIMIT = 30
# The list asks for room for a whole match: a name of this many average characters, then
# the client number and date of birth as the user's language writes them (44 characters
# for all of it cut "born 24 Dec 1978" off a 25-letter name in the forms that open at
# their own size). Side by side the list has that room; in a narrower form it goes under
# the search.
NAME_CHARACTERS = 26
# Narrowed further by the user, the list keeps this many (its tooltip has the whole match).
LEAST_CHARACTERS = 24


class _SearchField(QLineEdit):
    """Enter searches and goes no further: in a dialog it would also press OK, recording
    the form before the client was chosen."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class _MatchList(QComboBox):
    """Asks for ``room()`` pixels of text, so that a form opens wide enough to show the
    date of birth that tells two clients of one name apart; it can still be narrowed to
    its minimum contents length."""

    def __init__(self, room: Callable[[], int]) -> None:
        super().__init__()
        self._room = room

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().sizeHint()
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        whole = self.style().sizeFromContents(
            QStyle.ContentsType.CT_ComboBox, option, QSize(self._room(), hint.height()), self
        )
        return QSize(max(hint.width(), whole.width()), hint.height())


class ClientPicker(QWidget):
    """``client_id`` pre-fills the choice (the client's name is looked up); ``none_text``
    offers a choice of no client at all (data None), for a form where the person need
    not be a client. With several matches nobody is chosen until the user picks one.

    The search and the list stand side by side where there is room for the search's
    hint and a match, and one above the other in a narrow form."""

    client_changed = Signal(object)  # int | None

    def __init__(
        self,
        ctx,  # noqa: ANN001 (AppContext)
        parent: QWidget | None = None,
        *,
        client_id: int | None = None,
        none_text: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.none_text = none_text
        self.search = _SearchField()
        self.search.setPlaceholderText(self.tr("Type a name, ID number or phone…"))
        self.matches = _MatchList(self._match_width)
        self.matches.setMinimumContentsLength(LEAST_CHARACTERS)
        self.matches.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.matches.setPlaceholderText(self.tr("No client chosen"))
        self._layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.search, 0)
        self._layout.addWidget(self.matches, 1)
        self._arrange(side_by_side=False)  # until its width is known
        # Enter, or leaving the field after typing (Qt 6 sends it once for each).
        self.search.editingFinished.connect(self.find)
        self._shown = client_id
        self._fill([])
        self.matches.setCurrentIndex(0 if none_text is not None else -1)
        if client_id is not None:
            self.matches.addItem(self.tr("Client {id}").format(id=client_id), client_id)
            self.matches.setCurrentIndex(self.matches.count() - 1)
            Operation(self, ctx, lambda session: fetch_client_rows(session, [client_id])).success(
                while_alive(lambda rows: self._named(client_id, rows))
            ).run()
        self.matches.currentIndexChanged.connect(lambda _i: self._changed())

    @property
    def client_id(self) -> int | None:
        return self.matches.currentData()

    def set_client(self, client_id: int, name: str) -> None:
        self.matches.blockSignals(True)
        self._fill([])
        self.matches.addItem(name, client_id)
        self.matches.setCurrentIndex(self.matches.count() - 1)
        self.matches.blockSignals(False)
        self._changed()

    def find(self) -> None:
        text = self.search.text().strip()
        if not text:
            return
        Operation(
            self, self.ctx, lambda session: search_clients(session, text, limit=SEARCH_LIMIT)
        ).success(while_alive(self._show)).run()

    def match_text(self, row: ClientRow) -> str:
        """How a client is named in the list, so that two of one name can be told apart."""
        if row.date_of_birth:
            return self.tr("{name} (client {number}, born {born})").format(
                name=row.display_name, number=row.id, born=format_date(row.date_of_birth)
            )
        return self.tr("{name} (client {number})").format(name=row.display_name, number=row.id)

    def _fill(self, rows: list[ClientRow]) -> None:
        self.matches.clear()
        if self.none_text is not None:
            self.matches.addItem(self.none_text, None)
        for row in rows:
            self.matches.addItem(self.match_text(row), row.id)

    def _show(self, rows: list[ClientRow]) -> None:
        self.matches.blockSignals(True)
        self._fill(rows)
        if len(rows) == 1:
            self.matches.setCurrentIndex(self.matches.count() - 1)
        else:
            self.matches.setCurrentIndex(-1)
            self.matches.setPlaceholderText(
                self.tr("Choose one of {count} matches").format(count=len(rows))
                if rows
                else self.tr("No client matches")
            )
        self.matches.blockSignals(False)
        self._changed()

    def _named(self, client_id: int, rows: list[ClientRow]) -> None:
        """The pre-filled client's name arrived; the user may have searched meanwhile."""
        index = self.matches.findData(client_id)
        if index < 0:
            return
        text = (
            self.match_text(rows[0])
            if rows
            else self.tr("Client {id} (not found)").format(id=client_id)
        )
        self.matches.setItemText(index, text)
        self.matches.setToolTip(self.matches.currentText())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._arrange(side_by_side=event.size().width() >= self._side_by_side_width())

    def _search_width(self) -> int:
        """Wide enough for the search's hint (and its frame)."""
        metrics = self.search.fontMetrics()
        return (
            metrics.horizontalAdvance(self.search.placeholderText())
            + 4 * metrics.averageCharWidth()
        )

    def _match_width(self) -> int:
        """How wide most matches are: a name of NAME_CHARACTERS, a four-digit client
        number and a two-digit day of birth."""
        metrics = self.matches.fontMetrics()
        rest = self.tr("{name} (client {number}, born {born})").format(
            name="", number=9999, born=format_date(dt.date(2000, 12, 28))
        )
        return metrics.horizontalAdvance(rest) + NAME_CHARACTERS * metrics.averageCharWidth()

    def _side_by_side_width(self) -> int:
        return self._search_width() + self._layout.spacing() + self.matches.sizeHint().width()

    def _arrange(self, *, side_by_side: bool) -> None:
        self._layout.setDirection(
            QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        )
        self.search.setMinimumWidth(self._search_width() if side_by_side else 0)

    def _changed(self) -> None:
        self.matches.setToolTip(self.matches.currentText())
        if self.client_id != self._shown:
            self._shown = self.client_id
            self.client_changed.emit(self._shown)
