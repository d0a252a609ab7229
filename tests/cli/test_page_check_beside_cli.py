"""Commands that run the whole-file page check beside their work (import, export-subject):
a damaged page the command never reads still fails the command, and nothing it did is
committed or handed out."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import sqlalchemy as sa

from clientmanager.cli import main
from clientmanager.errors import IntegrityProblem
from clientmanager.paths import PracticePaths
from clientmanager.services import practice as practice_service
from clientmanager.services.demo import generate_demo_data
from clientmanager.store.models import AuditEntry, Client

PASSWORD = "Table mountain at dawn 1"
DATA = Path(__file__).resolve().parent.parent / "data"
PAGE = 4096


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    """A practice of three demo clients, and the environment a script sets to unlock it."""
    folder = tmp_path / "practice"
    practice, _code = practice_service.create_practice(
        paths=PracticePaths(folder),
        practice_name="Karoo Wealth",
        admin_username="admin",
        admin_password=PASSWORD,
        information_officer_name="Information Officer",
    )
    try:
        generate_demo_data(practice.engine, clients=3, seed=7)
    finally:
        practice.close()
    env = {"CLIENTMANAGER_DATA_DIR": str(folder), "CLIENTMANAGER_PASSWORD": PASSWORD}
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    for name in ("CLIENTMANAGER_USER", "CLIENTMANAGER_RECOVERY_CODE", "CLIENTMANAGER_PDF_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    return folder


def _unlock(folder: Path, **kwargs) -> practice_service.OpenPractice:
    return practice_service.unlock_with_password(PracticePaths(folder), "admin", PASSWORD, **kwargs)


def _damage_a_page_nothing_reads(folder: Path) -> None:
    """Pages of a table no command touches, appended at the end of the file; one of them
    is then damaged, so only the whole-file check can find it."""
    practice = _unlock(folder)
    try:
        with practice.engine.begin() as connection:
            connection.exec_driver_sql("CREATE TABLE filler (data BLOB)")
            for _ in range(8):
                connection.exec_driver_sql("INSERT INTO filler VALUES (randomblob(3000))")
        with practice.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        practice.close()
    database = folder / "practice.db"
    data = bytearray(database.read_bytes())
    last = len(data) - PAGE
    for offset in range(last + 200, last + 240):
        data[offset] ^= 0xFF
    database.write_bytes(bytes(data))
    # The damage is where a command's reads do not go: an unchecked open still answers.
    practice = _unlock(folder, defer_page_check=True)
    try:
        with practice.session() as session:
            assert session.scalar(sa.select(sa.func.count()).select_from(Client)) == 3
        with pytest.raises(IntegrityProblem):
            practice_service.check_pages(practice)
    finally:
        practice.close()


def _counts(folder: Path) -> tuple[int, int]:
    practice = _unlock(folder, sign_in=False)
    try:
        with practice.session() as session:
            clients = session.scalar(sa.select(sa.func.count()).select_from(Client))
            exports = session.scalar(
                sa.select(sa.func.count())
                .select_from(AuditEntry)
                .where(AuditEntry.action == "subject.exported")
            )
            return clients, exports
    finally:
        practice.close()


def test_import_into_a_healthy_practice_commits(data_dir, capsys):
    assert main(["import", str(DATA / "messy_clients.csv")]) == 0
    assert "Imported: 5 created" in capsys.readouterr().out
    assert _counts(data_dir)[0] == 8


def test_import_into_a_damaged_file_fails_and_commits_nothing(data_dir, capsys):
    _damage_a_page_nothing_reads(data_dir)
    assert main(["import", str(DATA / "messy_clients.csv")]) == 1
    captured = capsys.readouterr()
    assert "page(s) failed their encryption check" in captured.err
    assert "Imported:" not in captured.out
    assert _counts(data_dir)[0] == 3


def test_export_subject_from_a_damaged_file_writes_no_package(data_dir, tmp_path, capsys):
    practice = _unlock(data_dir)
    try:
        with practice.session() as session:
            client_id = session.scalar(sa.select(sa.func.min(Client.id)))
    finally:
        practice.close()
    _damage_a_page_nothing_reads(data_dir)
    _clients, exports_before = _counts(data_dir)
    out = tmp_path / "package.zip"
    assert main(["export-subject", "--client", str(client_id), "--out", str(out)]) == 1
    captured = capsys.readouterr()
    assert "page(s) failed their encryption check" in captured.err
    assert not out.exists()
    assert _counts(data_dir)[1] == exports_before


def test_a_commit_with_nothing_to_write_goes_on_beside_the_check(data_dir, monkeypatch):
    """The import analyses in a session that only reads: its commit writes nothing, so it
    need not wait for the page check, and the inserts run beside it. A commit that writes
    still waits, and is refused when the check finds damage."""
    release, finished = threading.Event(), threading.Event()

    def check_that_finds_damage(_practice) -> None:
        release.wait(timeout=120)  # only so a broken build fails instead of hanging
        finished.set()
        raise IntegrityProblem(
            "The practice database is damaged: {damaged} page(s) failed their encryption check.",
            damaged=1,
        )

    monkeypatch.setattr(practice_service, "check_pages", check_that_finds_damage)
    practice = _unlock(data_dir, defer_page_check=True)
    try:
        checking = practice_service.PageCheckBeside(practice)
        with practice.session() as session:
            assert session.scalar(sa.select(sa.func.count()).select_from(Client)) == 3
        assert not finished.is_set()  # the reading session's commit did not wait
        release.set()
        with pytest.raises(IntegrityProblem), practice.session() as session:
            session.add(Client(first_names="Anele", surname="Written-Before-The-Check"))
        assert finished.is_set()
        checking.stop()
    finally:
        release.set()
        practice.close()
    practice = _unlock(data_dir, sign_in=False)
    try:
        with practice.session() as session:
            names = session.scalars(sa.select(Client.surname)).all()
    finally:
        practice.close()
    assert len(names) == 3
    assert "Written-Before-The-Check" not in names
