"""An import while another process writes: a clear message, exit 1, nothing half-written."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import sqlalchemy as sa

from clientmanager.cli import main
from clientmanager.paths import PracticePaths
from clientmanager.services.practice import unlock_with_password
from clientmanager.store import engine as engine_module
from clientmanager.store.practice_lock import this_host

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
PASSWORD = "Table mountain at dawn 1"

# Another process with a write transaction open: with the practice lock (a desktop
# would hold it) or without (any other program writing to the file).
WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from clientmanager.paths import PracticePaths
    from clientmanager.services.practice import unlock_with_password
    from clientmanager.store.engine import connect
    paths = PracticePaths(Path(sys.argv[1]))
    practice = unlock_with_password(
        paths, "sipho", sys.argv[2], hold_lock=sys.argv[3] == "lock", sign_in=False
    )
    raw = connect(paths.database, practice.key)
    raw.execute("BEGIN IMMEDIATE")
    raw.execute("UPDATE practice SET name = name")
    print("ready", flush=True)
    sys.stdin.readline()
    raw.rollback()
    raw.close()
    practice.close()
    """
)


@pytest.fixture
def data_dir(tmp_path, monkeypatch, capsys) -> Path:
    folder = tmp_path / "cli-practice"
    monkeypatch.setenv("CLIENTMANAGER_DATA_DIR", str(folder))
    monkeypatch.setenv("CLIENTMANAGER_PASSWORD", PASSWORD)
    for name in ("CLIENTMANAGER_USER", "CLIENTMANAGER_RECOVERY_CODE", "CLIENTMANAGER_NEW_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    assert main(["init", "--practice", "Karoo Wealth", "--admin", "sipho"]) == 0
    capsys.readouterr()
    # A short wait keeps the test quick; the app waits 10 s before calling it busy.
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_SECONDS", 0.5)
    return folder


def _writer(data_dir: Path, mode: str) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data_dir), PASSWORD, mode],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert process.stdout.readline().strip() == "ready"
    return process


def _counts(data_dir: Path) -> tuple[int, int]:
    practice = unlock_with_password(PracticePaths(data_dir), "sipho", PASSWORD, sign_in=False)
    try:
        with practice.session() as session:
            clients = session.execute(sa.text("SELECT count(*) FROM clients")).scalar()
            audit = session.execute(sa.text("SELECT count(*) FROM audit_log")).scalar()
        return clients, audit
    finally:
        practice.close()


def test_import_during_another_writers_transaction_is_refused_cleanly(data_dir, capsys):
    before = _counts(data_dir)
    writer = _writer(data_dir, "no-lock")
    try:
        code = main(["import", str(DATA / "messy_clients.csv"), "--map", "Notes="])
    finally:
        writer.communicate("\n", timeout=30)
    err = capsys.readouterr().err
    assert code == 1
    assert "The practice database is busy" in err
    assert "Nothing was changed" in err
    assert "Traceback" not in err and "database is locked" not in err
    assert _counts(data_dir) == before
    # Once the other writer is done, the same import works.
    assert main(["import", str(DATA / "messy_clients.csv"), "--map", "Notes="]) == 0
    assert _counts(data_dir)[0] > before[0]


def test_import_while_a_desktop_has_the_practice_names_who(data_dir, capsys):
    before = _counts(data_dir)
    writer = _writer(data_dir, "lock")
    try:
        code = main(["import", str(DATA / "messy_clients.csv"), "--map", "Notes="])
        refused = capsys.readouterr().err
        # A command that does not take the lock still waits its turn and names the holder.
        busy_code = main(["recovery-code"])
        busy = capsys.readouterr().err
    finally:
        writer.communicate("\n", timeout=30)
    assert code == 1
    assert f"The practice is open for changes by sipho on {this_host()}" in refused
    assert busy_code == 1
    assert f"busy: sipho on {this_host()}" in busy
    assert "Traceback" not in refused + busy
    assert _counts(data_dir) == before
