"""The keyring is imported only when someone chose "remember on this computer".

Importing ``keyring`` loads ``jaraco.context`` and through it ``urllib.request`` and
``http.client``. A practice nobody opted in for must never load them: these tests run the
command line and the unlock screen in a fresh interpreter (so nothing pytest imported
counts) and look at sys.modules afterwards. Once someone does opt in, the keyring is
really asked.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from clientmanager.cli import main
from clientmanager.paths import PracticePaths
from clientmanager.services import practice as practice_service
from clientmanager.store import keyring_cache
from tests.conftest import ADMIN, ADMIN_PASSWORD, MemoryKeyring

PASSWORD = "Nothing leaves here 1"
WATCHED = ["keyring", "jaraco.context", "urllib.request", "http.client"]


def _run(script: str, tmp_path, **extra_env: str) -> dict:
    env = dict(
        os.environ,
        CLIENTMANAGER_PASSWORD=PASSWORD,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        # Should anything reach for the keyring it finds none, never the tester's own.
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        **extra_env,
    )
    for name in ("CLIENTMANAGER_DATA_DIR", "CLIENTMANAGER_USER", "CLIENTMANAGER_RECOVERY_CODE"):
        env.pop(name, None)
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:] + result.stdout[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_a_cli_session_without_opting_in_never_imports_the_keyring(tmp_path):
    data_dir = tmp_path / "practice"
    outcome = _run(
        f"""
        import json, sys
        from clientmanager.cli import main
        from clientmanager.paths import PracticePaths
        from clientmanager.services import practice as ps
        d = {str(data_dir)!r}
        codes = [
            main(["--data-dir", d, "init", "--practice", "Offline", "--admin", "admin"]),
            main(["--data-dir", d, "demo", "--clients", "15"]),
            main(["--data-dir", d, "check"]),
        ]
        practice = ps.unlock_with_password(PracticePaths(__import__("pathlib").Path(d)),
                                           "admin", {PASSWORD!r})
        practice.close()
        loaded = [m for m in {WATCHED!r} if m in sys.modules]
        print(json.dumps({{"codes": codes, "loaded": loaded}}))
        """,
        tmp_path,
    )
    assert outcome == {"codes": [0, 0, 0], "loaded": []}
    assert not PracticePaths(data_dir).keyring_marker.exists()


def test_the_unlock_screen_without_opting_in_never_imports_the_keyring(tmp_path):
    data_dir = tmp_path / "practice"
    outcome = _run(
        f"""
        import json, sys, time
        from pathlib import Path
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication
        from clientmanager.paths import PracticePaths
        from clientmanager.services import practice as ps
        from clientmanager.ui.app import configure_application
        from clientmanager.ui.context import AppContext
        from clientmanager.ui.login import LoginDialog

        paths = PracticePaths(Path({str(data_dir)!r}))
        practice, _code = ps.create_practice(paths=paths, practice_name="Offline",
            admin_username="admin", admin_password={PASSWORD!r})
        practice.close()
        app = QApplication(sys.argv[:1])
        configure_application(app)
        context = AppContext(paths)
        dialog = LoginDialog(context)
        opened = []
        dialog.unlocked.connect(opened.append)
        dialog.show()
        dialog.try_keyring()            # what start-up does first
        dialog.username.edit.clear()
        QTest.keyClicks(dialog.username.edit, "admin")
        QTest.keyClicks(dialog.password.edit, {PASSWORD!r})
        QTest.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
        deadline = time.monotonic() + 120  # a guard against a hang, not a speed test
        while not opened and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        for practice in opened:
            practice.close()
        loaded = [m for m in {WATCHED!r} if m in sys.modules]
        print(json.dumps({{"opened": len(opened), "loaded": loaded}}))
        """,
        tmp_path,
    )
    assert outcome == {"opened": 1, "loaded": []}


class CountingKeyring(MemoryKeyring):
    name = "test counting keyring"

    def __init__(self) -> None:
        super().__init__()
        self.reads = 0

    def get_password(self, service: str, username: str) -> str | None:
        self.reads += 1
        return super().get_password(service, username)


@pytest.fixture
def counting_keyring():
    import keyring

    previous = keyring.get_keyring()
    backend = CountingKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_without_the_marker_the_keyring_is_not_asked(practice, counting_keyring):
    practice.close()
    paths = practice.paths
    assert practice_service.unlock_from_keyring(paths) is None
    assert keyring_cache.recall(practice.practice_id, marker=paths.keyring_marker) is None
    assert counting_keyring.reads == 0


def test_after_keyring_remember_the_keyring_is_used(
    tmp_path, monkeypatch, capsys, counting_keyring
):
    data_dir = tmp_path / "cli"
    monkeypatch.setenv("CLIENTMANAGER_DATA_DIR", str(data_dir))
    monkeypatch.setenv("CLIENTMANAGER_PASSWORD", PASSWORD)
    monkeypatch.delenv("CLIENTMANAGER_USER", raising=False)
    assert main(["init", "--practice", "Karoo Wealth", "--admin", "sipho"]) == 0
    paths = PracticePaths(data_dir)
    assert not paths.keyring_marker.exists()

    assert main(["keyring", "remember"]) == 0
    marker = json.loads(paths.keyring_marker.read_text())
    assert marker == {
        "practice_id": practice_service.practice_id_of(paths),
        "keyring": "test counting keyring",
    }
    stored = next(iter(counting_keyring.entries.values()))
    key_hex = json.loads(stored)["key"]
    assert key_hex not in paths.keyring_marker.read_text()  # the marker holds no secret

    capsys.readouterr()
    monkeypatch.delenv("CLIENTMANAGER_PASSWORD")
    reads = counting_keyring.reads
    assert main(["check"]) == 0  # no password: the remembered key opened it
    assert counting_keyring.reads > reads

    assert main(["keyring", "forget"]) == 0
    assert not paths.keyring_marker.exists() and counting_keyring.entries == {}
    reads = counting_keyring.reads
    assert main(["check"]) == 1  # asks for the password again, without asking the keyring
    assert counting_keyring.reads == reads


def test_status_marks_a_key_remembered_before_markers_existed(practice, memory_keyring):
    practice.close()
    paths = practice.paths
    opened = practice_service.unlock_with_password(paths, ADMIN, ADMIN_PASSWORD)
    key = opened.key
    opened.close()
    keyring_cache.remember(practice.practice_id, ADMIN, key)  # the old way: no marker
    assert practice_service.unlock_from_keyring(paths) is None
    assert main(["--data-dir", str(paths.data_dir), "keyring", "status"]) == 0
    assert paths.keyring_marker.exists()
    reopened = practice_service.unlock_from_keyring(paths)
    assert reopened is not None
    reopened.close()
