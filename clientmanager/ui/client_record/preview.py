"""Showing a document from the encrypted database without writing it to disk."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QVBoxLayout, QWidget

from clientmanager.services import client_records as records
from clientmanager.ui.widgets import hint


class DocumentViewer(QDialog):
    """Shows an image, or the first page of a PDF rendered by Qt PDF when available."""

    def __init__(
        self,
        copy: records.DocumentCopy,
        parent: QWidget | None = None,
        *,
        context: Any = None,
    ) -> None:
        super().__init__(parent)
        self.copy = copy
        self.context = context
        self.setWindowTitle(copy.filename)
        self.resize(720, 860)
        layout = QVBoxLayout(self)
        self.page = QLabel()
        self.page.setObjectName("documentPage")
        self.page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.page)
        layout.addWidget(scroll, 1)
        size = f"{len(copy.content):,}".replace(",", " ")
        layout.addWidget(
            hint(
                f"{copy.filename} · {size} bytes · shown from the encrypted database; "
                "nothing is written to disk."
            )
        )
        pixmap = self._render()
        if pixmap is not None and not pixmap.isNull():
            self.page.setPixmap(pixmap)
        else:
            self.page.setText(
                "This document cannot be previewed here. Use “Export a copy…” to open it in "
                "another program."
            )

    def _render(self) -> QPixmap | None:
        if self.copy.mime_type.startswith("image/"):
            pixmap = QPixmap()
            pixmap.loadFromData(self.copy.content)
            return pixmap
        try:
            from PySide6.QtCore import QBuffer, QByteArray, QSize
            from PySide6.QtPdf import QPdfDocument
        except ImportError:
            return None
        self._buffer = QBuffer()
        self._buffer.setData(QByteArray(self.copy.content))
        self._buffer.open(QBuffer.OpenModeFlag.ReadOnly)
        self._pdf = QPdfDocument(self)
        self._pdf.load(self._buffer)
        if self._pdf.pageCount() < 1:
            return None
        size = self._pdf.pagePointSize(0)
        scale = 660 / max(size.width(), 1)
        image = self._pdf.render(0, QSize(int(size.width() * scale), int(size.height() * scale)))
        return QPixmap.fromImage(image)
