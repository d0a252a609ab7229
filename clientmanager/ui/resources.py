"""Icons and the stylesheet, found the same way from source and from a frozen build."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from clientmanager.resources import resource_path


def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "clientmanager.svg")))


def apply_style(app: QApplication) -> None:
    stylesheet = resource_path("style.qss")
    if stylesheet.exists():
        app.setStyleSheet(stylesheet.read_text(encoding="utf-8"))
    app.setWindowIcon(app_icon())
