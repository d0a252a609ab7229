"""A re-key keeps every retained backup usable with its own key-slot file, and closes all
of them to the user who was disabled."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from clientmanager.cli import main
from clientmanager.errors import ClientManagerError, IntegrityProblem
from clientmanager.paths import PracticePaths
from clientmanager.services import backups, users
from clientmanager.services import practice as practice_service
from clientmanager.store.models import Client
from tests.conftest import ADMIN, ADMIN_PASSWORD

LEAVER = "bongani"
LEAVER_PASSWORD = "Leaving for Durban 2026!"
STAYER = "ayesha"
STAYER_PASSWORD = "Staying in Cape Town 77"


@pytest.fixture
def staffed(practice):
    users.add_user(
        practice,
        username=LEAVER,
        full_name="Bongani Dlamini",
        role="administrator",
        password=LEAVER_PASSWORD,
    )
    users.add_user(
        practice,
        username=STAYER,
        full_name="Ayesha Patel",
        role="administrator",
        password=STAYER_PASSWORD,
    )
    with practice.session() as session:
        session.add(Client(first_names="Pieter", surname="Rekey-Before"))
    taken = [backups.take_backup(practice), backups.take_backup(practice, reason="manual")]
    return practice, taken


def test_after_users_disable_rekey_every_backup_opens_for_those_who_remain_only(
    staffed, recovery_code, tmp_path, monkeypatch, capsys
):
    practice, taken = staffed
    data_dir = str(practice.paths.data_dir)
    old_key = practice.key
    practice.close()
    monkeypatch.setenv("CLIENTMANAGER_USER", ADMIN)
    monkeypatch.setenv("CLIENTMANAGER_PASSWORD", ADMIN_PASSWORD)
    assert main(["users", "disable", LEAVER, "--rekey", "--data-dir", data_dir]) == 0
    capsys.readouterr()

    live = practice_service.unlock_with_password(
        PracticePaths(practice.paths.data_dir), ADMIN, ADMIN_PASSWORD
    )
    try:
        assert live.key != old_key
        # The desktop's view: each backup verifies (with the key its bridge holds).
        for info in backups.list_backups(practice.paths.backups):
            result = backups.verify_backup(live, info.path)
            assert result.ok, (info.name, result.problems)
            assert backups.backup_key(info, live.key) == old_key
        after = backups.take_backup(live, reason="manual")
    finally:
        live.close()

    # The command line's view: listed as verified, verify-backup says sound.
    assert main(["backups", "--data-dir", data_dir]) == 0
    listing = capsys.readouterr().out
    assert "DAMAGED" not in listing
    for info in taken:
        assert main(["verify-backup", str(info.path), "--data-dir", data_dir]) == 0
        assert "is sound" in capsys.readouterr().out

    for n, info in enumerate([*taken, after]):
        for way in ("stayer", "recovery"):
            if way == "stayer":
                unlocked = backups.unlock_backup(
                    info.path, username=STAYER, password=STAYER_PASSWORD
                )
            else:
                unlocked = backups.unlock_backup(info.path, recovery_code=recovery_code)
            assert backups.check_backup(info.path, key=unlocked.key).ok
            new_pc = PracticePaths(tmp_path / f"new-pc-{n}-{way}")
            backups.restore_backup(info.path, paths=new_pc, unlocked=unlocked)
            restored = practice_service.unlock_with_password(new_pc, STAYER, STAYER_PASSWORD)
            try:
                with restored.session() as session:
                    names = session.scalars(sa.select(Client.surname)).all()
                assert "Rekey-Before" in names
            finally:
                restored.close()
            with pytest.raises(ClientManagerError):
                practice_service.unlock_with_password(new_pc, LEAVER, LEAVER_PASSWORD)
        with pytest.raises(ClientManagerError):
            backups.unlock_backup(info.path, username=LEAVER, password=LEAVER_PASSWORD)

    # Restoring an older backup over the live practice uses the backup's own key.
    monkeypatch.setenv("CLIENTMANAGER_USER", STAYER)
    monkeypatch.setenv("CLIENTMANAGER_PASSWORD", STAYER_PASSWORD)
    assert main(["restore", str(taken[0].path), "--yes", "--data-dir", data_dir]) == 0
    assert "Restored the backup" in capsys.readouterr().out
    with pytest.raises(ClientManagerError):
        practice_service.unlock_with_password(practice.paths, LEAVER, LEAVER_PASSWORD)


def test_an_open_desktop_after_a_rekey_elsewhere_is_asked_to_unlock_again(staffed):
    practice, _taken = staffed
    other = practice_service.unlock_with_password(practice.paths, ADMIN, ADMIN_PASSWORD)
    try:
        users.disable_user(other, username=LEAVER, rekey=True)
    finally:
        other.close()
    practice.engine.dispose()  # a fresh pooled connection, as the desktop's next query gets
    with pytest.raises(ClientManagerError) as caught:
        with practice.session() as session:
            session.scalars(sa.select(Client.surname)).all()
    assert not isinstance(caught.value, IntegrityProblem)
    assert "new key" in caught.value.message
    assert "damaged" not in caught.value.message.lower()
