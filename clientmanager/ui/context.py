"""The one application context the UI owns: where the practice lives, whether it is
unlocked, and the worker that runs database work. Windows receive it; nothing reaches
for a global."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from clientmanager.paths import PracticePaths
from clientmanager.services.practice import OpenPractice
from clientmanager.ui.tasks import TaskRunner

logger = logging.getLogger(__name__)


class AppContext(QObject):
    practice_unlocked = Signal(object)
    practice_locked = Signal()
    # What an operation changed (ui.operations.Changes): every open screen listens and
    # refreshes the parts it shows, so nothing goes stale after work in another window.
    changed = Signal(object)

    def __init__(self, paths: PracticePaths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.tasks = TaskRunner(self)
        self._practice: OpenPractice | None = None

    @property
    def practice(self) -> OpenPractice:
        if self._practice is None:
            raise RuntimeError("the practice is locked")
        return self._practice

    @property
    def is_unlocked(self) -> bool:
        return self._practice is not None

    def set_unlocked(self, practice: OpenPractice) -> None:
        self._practice = practice
        self.practice_unlocked.emit(practice)

    def lock(self) -> None:
        """Drop the key and the engine; the UI then shows the unlock screen."""
        if self._practice is None:
            return
        self.tasks.wait_until_idle()
        self._practice.close()
        self._practice = None
        logger.info("practice locked")
        self.practice_locked.emit()
