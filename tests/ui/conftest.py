"""GUI fixtures: settings in tmp_path, the app styled as users see it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from clientmanager.ui import i18n
from clientmanager.ui.app import configure_application
from clientmanager.ui.context import AppContext
from tests.ui import locale_walk


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


@pytest.fixture(scope="module")
def literals() -> set[str]:
    """The English strings of ui/'s source, for the locale walk (tests/ui/locale_walk.py)."""
    return locale_walk.ui_literals()


@pytest.fixture
def afrikaans(qapp):
    """The Afrikaans catalogue installed for one test, English again after it."""
    assert i18n.install_translations(qapp, "af") == "af"
    yield
    i18n.install_translations(qapp, "en")
