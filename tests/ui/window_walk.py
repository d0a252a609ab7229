"""Open every top-level window and dialog in clientmanager.ui on a screen of a given size
and report what does not fit. Run in its own process, so the offscreen screen can have the
size under test (a QApplication's screens are fixed when it starts):

    QT_QPA_PLATFORM=offscreen:configfile=screen.json \\
        python -m tests.ui.window_walk DATA_DIR PASSWORD OUT.json [SHOTS_DIR]

Windows are found by walking the package, not listed here, so a window another screen adds
later is checked too; one whose constructor needs something this walker cannot make (a
loaded record, a register entry) is reported as skipped.
"""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
import sys
import time
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QTimer
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QMainWindow,
    QMessageBox,
    QWidget,
)

import clientmanager.ui as ui_package
from clientmanager.paths import PracticePaths
from clientmanager.services import practice as practice_service
from clientmanager.ui.app import configure_application
from clientmanager.ui.context import AppContext


def window_classes() -> list[type]:
    found: dict[str, type] = {}
    for module_info in pkgutil.walk_packages(ui_package.__path__, ui_package.__name__ + "."):
        module = importlib.import_module(module_info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__ or name.startswith("_"):
                continue
            if issubclass(cls, (QDialog, QMainWindow)):
                found[f"{cls.__module__}.{name}"] = cls
    return [found[key] for key in sorted(found)]


class CannotMake(Exception):
    pass


def arguments(cls: type, context: AppContext, client_id: int) -> tuple[list, dict]:
    known = {
        "context": context,
        "ctx": context,
        "parent": None,
        "client_id": client_id,
        "count": 3,
        "username": "thandi",
        "title": "Check",
        "ok_text": "OK",
    }
    args, kwargs = [], {}
    for parameter in list(inspect.signature(cls.__init__).parameters.values())[1:]:
        if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        if parameter.name in known:
            value = known[parameter.name]
        elif parameter.default is not parameter.empty:
            continue
        else:
            raise CannotMake(f"needs {parameter.name}")
        if parameter.kind == parameter.KEYWORD_ONLY:
            kwargs[parameter.name] = value
        else:
            args.append(value)
    return args, kwargs


def settle(app: QApplication, context: AppContext, seconds: float = 1.5) -> None:
    """Let the window's first loads finish (they run on the database worker)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


def _inside_scroll_content(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        holder = parent.parentWidget()
        if isinstance(holder, QAbstractScrollArea) and holder.viewport() is parent:
            return True
        parent = holder
    return False


def problems_of(window: QWidget, screen: QRect) -> list[str]:
    problems = []
    frame = window.frameGeometry()
    if not screen.contains(frame):
        problems.append(
            f"window {frame.width()}x{frame.height()} at ({frame.x()},{frame.y()}) "
            f"is not inside the screen {screen.width()}x{screen.height()}"
        )
    hint = window.minimumSizeHint()
    if hint.width() > screen.width() or hint.height() > screen.height():
        problems.append(f"cannot shrink below {hint.width()}x{hint.height()}")
    inner = window.rect().adjusted(-1, -1, 1, 1)
    for child in window.findChildren(QWidget):
        if child.isWindow() or not child.isVisible() or _inside_scroll_content(child, window):
            continue
        rect = QRect(child.mapTo(window, QPoint(0, 0)), child.size())
        if rect.width() > 0 and rect.height() > 0 and not inner.contains(rect):
            label = child.objectName() or type(child).__name__
            problems.append(
                f"{label} at ({rect.x()},{rect.y()}) {rect.width()}x{rect.height()} "
                "reaches outside the window"
            )
    return problems[:12]


def _record_tabs(app, context, window, client_id, screen, name) -> list[dict]:  # noqa: ANN001
    """The main window with a client open, on each tab of the record: the tabs' own
    minimum sizes decide whether the window still fits the screen."""
    window.open_client(client_id)
    deadline = time.monotonic() + 30
    while getattr(window.record, "card", None) is None and time.monotonic() < deadline:
        settle(app, context, 0.1)
    tabs = window.record.tabs
    entries = []
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        settle(app, context, 0.3)
        entries.append(
            {
                "window": f"{name}[record: {tabs.tabText(index).replace('&&', '&')}]",
                "size": [window.frameGeometry().width(), window.frameGeometry().height()],
                "problems": problems_of(window, screen),
                "messages": [],
            }
        )
    return entries


def main(argv: list[str]) -> int:
    data_dir, password, out = Path(argv[0]), argv[1], Path(argv[2])
    shots = Path(argv[3]) if len(argv) > 3 else None
    app = QApplication.instance() or QApplication(["window-walk"])
    configure_application(app)
    screen = app.primaryScreen().availableGeometry()
    paths = PracticePaths(data_dir)
    context = AppContext(paths)
    practice = practice_service.unlock_with_password(paths, "thandi", password)
    context.set_unlocked(practice)
    with practice.session() as session:
        from sqlalchemy import select

        from clientmanager.store.models import Client

        client_id = session.scalars(select(Client.id).limit(1)).first() or 1

    boxes: list[str] = []

    def close_message_boxes() -> None:
        for widget in app.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                boxes.append(widget.text())
                widget.done(0)

    closer = QTimer()
    closer.timeout.connect(close_message_boxes)
    closer.start(100)

    report = []
    for cls in window_classes():
        name = f"{cls.__module__.removeprefix('clientmanager.ui.')}.{cls.__name__}"
        try:
            args, kwargs = arguments(cls, context, client_id)
            window = cls(*args, **kwargs)
        except CannotMake as exc:
            report.append({"window": name, "skipped": str(exc)})
            continue
        except Exception as exc:  # noqa: BLE001 (a window that cannot open is reported)
            report.append({"window": name, "skipped": f"{type(exc).__name__}: {exc}"})
            continue
        boxes.clear()
        window.show()
        settle(app, context)
        entry = {
            "window": name,
            "size": [window.frameGeometry().width(), window.frameGeometry().height()],
            "problems": problems_of(window, screen),
            "messages": list(boxes),
        }
        if shots is not None:
            shots.mkdir(parents=True, exist_ok=True)
            window.grab().save(str(shots / f"{name}-{screen.width()}x{screen.height()}.png"))
        report.append(entry)
        if hasattr(window, "open_client") and hasattr(window, "record"):
            report.extend(_record_tabs(app, context, window, client_id, screen, name))
        if isinstance(window, QMainWindow) and hasattr(window, "save_layout"):
            window.save_layout = lambda: None  # keep the user's saved layout out of it
        window.close()
        window.deleteLater()
        settle(app, context, 0.1)
    out.write_text(json.dumps(report, indent=1))
    context.tasks.wait_until_idle()
    context.lock()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
