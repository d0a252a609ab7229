"""GUI fixtures: settings in tmp_path, the app styled as users see it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from clientmanager.ui.app import configure_application
from clientmanager.ui.context import AppContext


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, qapp):
    # QSettings would otherwise write into the developer's real configuration.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qt"))
    configure_application(qapp)
    QSettings().clear()
    yield


@pytest.fixture
def context(practice_paths, qtbot):
    ctx = AppContext(practice_paths)
    yield ctx
    ctx.lock()
    ctx.tasks.wait_until_idle()
    ctx.release_practice()
