"""Showing and printing a document from the encrypted database, never writing it to disk.

PDF pages are rendered to images by PDFium (pypdfium2: offline, no network code; the
Essentials Qt wheel has no QtPdf), images are shown as they are. Printing goes through
Qt's print dialog and is audited, since paper leaves the practice like any export.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clientmanager.services import audit
from clientmanager.services import client_records as records
from clientmanager.ui.i18n import format_number
from clientmanager.ui.widgets import close_buttons, field_row, hint, scroll_area

logger = logging.getLogger(__name__)

PREVIEW_WIDTH = 820  # pixels a page is rendered at for the screen
PRINT_DPI = 200


def render_pdf_pages(content: bytes, width: int = PREVIEW_WIDTH) -> list[QImage]:
    """Every page of a PDF as an image ``width`` pixels wide; [] if it cannot be read."""
    try:
        import pypdfium2 as pdfium
        import pypdfium2.raw as pdfium_c
    except ImportError:  # pragma: no cover - a dependency; an old install may lack it
        return []
    try:
        document = pdfium.PdfDocument(content)
    except pdfium.PdfiumError:
        logger.info("a PDF document could not be rendered")
        return []
    images = []
    try:
        for index in range(len(document)):
            page = document[index]
            scale = width / max(page.get_width(), 1)
            bitmap = page.render(scale=scale, force_bitmap_format=pdfium_c.FPDFBitmap_BGRA)
            image = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_ARGB32,
            )
            images.append(image.copy())  # own the pixels before PDFium frees its buffer
            page.close()
    finally:
        document.close()
    return images


def document_images(copy: records.DocumentCopy, width: int = PREVIEW_WIDTH) -> list[QImage]:
    if copy.mime_type.startswith("image/"):
        image = QImage()
        image.loadFromData(copy.content)
        return [] if image.isNull() else [image]
    if copy.mime_type == "application/pdf":
        return render_pdf_pages(copy.content, width)
    return []


def print_support() -> Any | None:
    try:
        from PySide6 import QtPrintSupport
    except ImportError:
        return None
    return QtPrintSupport


class DocumentViewer(QDialog):
    """Every page of a PDF, or an image, in a scrolling column, with Print."""

    def __init__(
        self,
        copy: records.DocumentCopy,
        parent: QWidget | None = None,
        *,
        context: Any = None,
        client_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.copy = copy
        self.context = context
        self.client_id = client_id
        self.setWindowTitle(copy.filename)
        self._fit_to_screen()
        self.images = document_images(copy, width=max(200, min(PREVIEW_WIDTH, self.width() - 60)))
        pages = QWidget()
        column = QVBoxLayout(pages)
        column.setSpacing(12)
        self.page_labels: list[QLabel] = []
        for image in self.images:
            label = QLabel()
            label.setObjectName("documentPage")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setPixmap(QPixmap.fromImage(image))
            column.addWidget(label)
            self.page_labels.append(label)
        if not self.images:
            label = QLabel(
                self.tr(
                    "This document cannot be previewed here. Use “Export a copy…” to open it "
                    "in another program."
                )
            )
            label.setObjectName("documentPage")
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column.addWidget(label)
        self.page = self.page_labels[0] if self.page_labels else label
        column.addStretch(1)
        scroll = scroll_area(pages)
        size = format_number(len(copy.content))
        count = len(self.images)
        pages_text = (
            self.tr("1 page") if count == 1 else self.tr("{count} pages").format(count=count)
        )
        info = hint(
            self.tr(
                "{file} · {pages} · {size} bytes · shown from the encrypted database; nothing "
                "is written to disk."
            ).format(file=copy.filename, pages=pages_text, size=size)
        )
        info.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setEnabled(bool(self.images))
        self.print_button.clicked.connect(self.print_document)
        footer = field_row(info, self.print_button, close_buttons(self))
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(footer)

    def _fit_to_screen(self) -> None:
        """Tall enough to read a page, never taller than the screen (1366×768 laptops)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen else QRect(0, 0, 1366, 728)
        self.resize(
            min(PREVIEW_WIDTH + 80, int(available.width() * 0.9)),
            int(available.height() * 0.9),
        )

    def print_document(self, printer: Any = None) -> bool:
        """Print every page; ``printer`` given (tests) skips the dialog."""
        support = print_support()
        if support is None:
            QMessageBox.information(
                self,
                self.tr("Printing is not available"),
                self.tr(
                    "This installation of ClientManager has no printing support. Export a "
                    "copy and print it from another program."
                ),
            )
            return False
        if printer is None:
            printer = support.QPrinter(support.QPrinter.PrinterMode.HighResolution)
            dialog = support.QPrintDialog(printer, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        pages = document_images(self.copy, width=int(8.27 * PRINT_DPI))
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(
                self, self.tr("Not printed"), self.tr("The printer could not be started.")
            )
            return False
        try:
            for index, image in enumerate(pages):
                if index:
                    printer.newPage()
                area = painter.viewport()
                scaled = image.scaled(
                    area.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
                painter.drawImage(0, 0, scaled)
        finally:
            painter.end()
        self._audit_print()
        return True

    def _audit_print(self) -> None:
        if self.context is None or not self.context.is_unlocked:
            return
        from clientmanager.ui.operations import Changes, run_operation

        document_id, client_id = self.copy.document_id, self.client_id
        run_operation(
            self,
            self.context,
            lambda session, actor: audit.record_print(
                session, actor=actor, what=f"document #{document_id}", client_id=client_id
            ),
            on_done=lambda _entry: None,
            changes=Changes.NONE,
        )
