"""Copying sensitive numbers (SA ID, account, policy numbers) without leaving them behind.

:meth:`SensitiveClipboard.copy` puts the text on the clipboard and takes it off again after
30 seconds, but only if it is still what we put there: something the user copied since is
left alone. Whatever we copied is also cleared when the application quits.

:func:`sensitive_clipboard` is the application's one guard. It also watches the clipboard:
text the app itself put there by any other route (Ctrl+C in a form field or a table, a
field's own "Copy" menu) that holds an ID, phone, account or policy number or an e-mail
address is guarded the same way, so no copy path is left unguarded.
"""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

logger = logging.getLogger(__name__)

CLEAR_AFTER_MS = 30_000

# Five or more digits (ID, phone, account and policy numbers), or an e-mail address.
# A name or a town copied from a form is left alone.
_SENSITIVE = re.compile(r"(?:\d[\s\-/.]?){5,}|[^\s@]+@[^\s@]+")


def looks_sensitive(text: str) -> bool:
    return bool(text) and _SENSITIVE.search(text) is not None


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
        self._copying = False
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

    @clear_after_ms.setter
    def clear_after_ms(self, value: int) -> None:
        self._timer.setInterval(value)

    def copy(self, text: str) -> None:
        """Copy ``text`` for 30 seconds."""
        self._copying = True
        try:
            self._clipboard.setText(text)
        finally:
            self._copying = False
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

    def watch(self) -> None:
        """Guard sensitive text the application copies by any other route too."""
        self._clipboard.dataChanged.connect(self._clipboard_changed)

    def _clipboard_changed(self) -> None:
        if self._copying:
            return
        text = self._clipboard.text()
        if text == self._copied or not looks_sensitive(text):
            return
        # Only what this application copied: another program's copy is not ours to clear.
        # The offscreen platform (tests) has no notion of ownership; all copies are ours.
        ours = self._clipboard.ownsClipboard() or QGuiApplication.platformName() in (
            "offscreen",
            "minimal",
        )
        if ours:
            self._copied = text
            self._timer.start()
            self.copied.emit()


_GUARD: SensitiveClipboard | None = None


def sensitive_clipboard() -> SensitiveClipboard:
    """The application's clipboard guard (made, and watching, on first use)."""
    global _GUARD
    if _GUARD is None:
        _GUARD = SensitiveClipboard(parent=QGuiApplication.instance())
        _GUARD.watch()
        _GUARD.destroyed.connect(_forget_guard)
    return _GUARD


def _forget_guard(*_args: object) -> None:
    global _GUARD
    _GUARD = None


def copy_sensitive(text: str) -> None:
    """Copy an ID number, phone, e-mail or policy number: cleared after 30 seconds."""
    if text:
        sensitive_clipboard().copy(text)
