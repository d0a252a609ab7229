"""Copying sensitive numbers (SA ID, account, policy numbers) without leaving them behind.

:meth:`SensitiveClipboard.copy` puts the text on the clipboard and takes it off again after
30 seconds, but only if it is still what we put there: something the user copied since is
left alone. Whatever we copied is also cleared when the application quits.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

logger = logging.getLogger(__name__)

CLEAR_AFTER_MS = 30_000


class SensitiveClipboard(QObject):
    copied = Signal()
    cleared = Signal()

    def __init__(
        self,
        clipboard: QClipboard | None = None,
        *,
        clear_after_ms: int = CLEAR_AFTER_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clipboard = clipboard or QGuiApplication.clipboard()
        self._copied: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear_if_unchanged)
        app = QGuiApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.clear_if_unchanged)

    @property
    def clear_after_ms(self) -> int:
        return self._timer.interval()

    def copy(self, text: str) -> None:
        """Copy ``text`` for 30 seconds."""
        self._clipboard.setText(text)
        self._copied = text
        self._timer.start()
        self.copied.emit()

    def clear_if_unchanged(self) -> None:
        self._timer.stop()
        if self._copied is None:
            return
        if self._clipboard.text() == self._copied:
            self._clipboard.clear()
            self.cleared.emit()
        self._copied = None
