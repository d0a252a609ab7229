"""The erasure ledger travels with every backup, so no restore brings an erased person back
(POPIA s14), and erased people can be purged from the retained backups."""

from __future__ import annotations

import json
import stat

import pytest

from clientmanager.paths import PracticePaths
from clientmanager.services import backups, erasure
from clientmanager.services import practice as practice_service
from clientmanager.services.clients import search_clients
from clientmanager.services.demo import generate_demo_data
from clientmanager.store.models import Client
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.services.page_reader import decrypted_contains

SURNAME = "Quathlamba-Erased"
ID_NUMBER = "8001015009087"


def _add_person(practice) -> int:
    with practice.session() as session:
        client = Client(
            first_names="Qhawekazi",
            surname=SURNAME,
            id_number=ID_NUMBER,
            email="qhawekazi@example.co.za",
        )
        session.add(client)
        session.flush()
        return client.id


def _erase(practice, client_id: int) -> erasure.AfterErasure:
    with practice.session() as session:
        erasure.destroy_client(
            session, client_id=client_id, actor=practice.actor, reason="retention ended"
        )
    return erasure.after_erasure(practice)


def _assert_absent(paths: PracticePaths, recovery_code: str) -> None:
    restored = practice_service.unlock_with_recovery_code(paths, recovery_code)
    try:
        with restored.session() as session:
            assert search_clients(session, SURNAME) == []
            assert search_clients(session, ID_NUMBER) == []
            assert search_clients(session, "Qhawekazi") == []
        key = restored.key
    finally:
        restored.close()
    for needle in (SURNAME.encode(), ID_NUMBER.encode(), b"qhawekazi@example"):
        assert not decrypted_contains(paths.database, key, needle), needle
    assert not any(p.exists() for p in paths.database_sidecars())


@pytest.fixture
def person_practice(practice):
    generate_demo_data(practice.engine, clients=30, seed=3)
    return practice, _add_person(practice)


def test_a_backup_from_before_an_erasure_restored_on_a_new_pc_leaves_the_person_absent(
    person_practice, recovery_code, tmp_path
):
    practice, client_id = person_practice
    before = backups.take_backup(practice)
    # The backup really holds the person before the erasure.
    assert decrypted_contains(before.database, practice.key, SURNAME.encode())

    outcome = _erase(practice, client_id)
    assert outcome.backups_updated == 1
    manifest = json.loads((before.path / backups.MANIFEST_NAME).read_text())
    assert manifest["erasure_ledger"]["entries"] == 1
    assert backups.check_backup(before.path, key=practice.key).ok

    new_pc = PracticePaths(tmp_path / "new-pc")
    unlocked = backups.unlock_backup(before.path, recovery_code=recovery_code)
    result = backups.restore_backup(before.path, paths=new_pc, unlocked=unlocked)
    assert result.erasures_replayed == 1
    assert result.uncovered_erasure_at is None
    _assert_absent(new_pc, recovery_code)


def test_an_off_pc_copy_made_after_the_erasure_restores_without_the_person(
    person_practice, recovery_code, tmp_path
):
    practice, client_id = person_practice
    before = backups.take_backup(practice)
    _erase(practice, client_id)
    usb = tmp_path / "usb"
    usb.mkdir()
    copy = backups.copy_backup(practice, before.path, usb)
    assert (copy / backups.LEDGER_NAME).exists()

    new_pc = PracticePaths(tmp_path / "new-pc")
    unlocked = backups.unlock_backup(copy, username=ADMIN, password=ADMIN_PASSWORD)
    result = backups.restore_backup(copy, paths=new_pc, unlocked=unlocked)
    assert result.erasures_replayed == 1
    _assert_absent(new_pc, recovery_code)


def test_an_erasure_reaches_an_off_pc_copy_made_before_it_when_the_drive_is_in(
    person_practice, recovery_code, tmp_path
):
    practice, client_id = person_practice
    before = backups.take_backup(practice)
    usb = tmp_path / "usb"
    usb.mkdir()
    copy = backups.copy_backup(practice, before.path, usb)
    outcome = _erase(practice, client_id)
    assert outcome.backups_updated == 2 and outcome.unreachable == []

    new_pc = PracticePaths(tmp_path / "new-pc")
    unlocked = backups.unlock_backup(copy, recovery_code=recovery_code)
    backups.restore_backup(copy, paths=new_pc, unlocked=unlocked)
    _assert_absent(new_pc, recovery_code)


def test_a_copy_out_of_reach_at_the_erasure_is_covered_by_a_ledger_the_user_points_to(
    person_practice, recovery_code, tmp_path
):
    practice, client_id = person_practice
    before = backups.take_backup(practice)
    usb = tmp_path / "usb"
    usb.mkdir()
    copy = backups.copy_backup(practice, before.path, usb)
    usb.rename(tmp_path / "usb-unplugged")
    outcome = _erase(practice, client_id)
    assert outcome.unreachable == [str(usb)]
    (tmp_path / "usb-unplugged").rename(usb)
    manifest = json.loads((copy / backups.MANIFEST_NAME).read_text())
    assert manifest["erasure_ledger"]["entries"] == 0  # the copy never heard of it

    new_pc = PracticePaths(tmp_path / "new-pc")
    unlocked = backups.unlock_backup(copy, recovery_code=recovery_code)
    result = backups.restore_backup(
        copy, paths=new_pc, unlocked=unlocked, ledger_files=[before.path / backups.LEDGER_NAME]
    )
    assert result.erasures_replayed == 1
    _assert_absent(new_pc, recovery_code)


def test_a_restore_says_plainly_when_a_newer_erasure_cannot_be_applied(
    person_practice, recovery_code, tmp_path, capsys, monkeypatch
):
    """A copy out of reach during a re-key and an erasure: its sibling on the drive was
    sealed under the new key, so the old backup's key cannot read it. The restore must say
    that a newer erasure exists and was not applied."""
    from clientmanager.cli import main

    practice, client_id = person_practice
    old = backups.take_backup(practice)
    usb = tmp_path / "usb"
    usb.mkdir()
    old_copy = backups.copy_backup(practice, old.path, usb)
    usb.rename(tmp_path / "usb-unplugged")
    practice_service.rekey_database(practice)
    _erase(practice, client_id)
    (tmp_path / "usb-unplugged").rename(usb)
    newer = backups.take_backup(practice, now=None, reason="manual")
    backups.copy_backup(practice, newer.path, usb)

    new_pc = tmp_path / "new-pc"
    monkeypatch.setenv("CLIENTMANAGER_RECOVERY_CODE", recovery_code)
    code = main(["restore", str(old_copy), "--data-dir", str(new_pc), "--recovery-code", "--yes"])
    captured = capsys.readouterr()
    assert code == 0
    assert "WARNING: this backup is older than an erasure made on" in captured.err
    assert "--ledger" in captured.err


def test_purge_removes_the_erased_person_from_every_retained_backup(
    person_practice, recovery_code, tmp_path
):
    practice, client_id = person_practice
    first = backups.take_backup(practice)
    second = backups.take_backup(practice, reason="manual")
    _erase(practice, client_id)
    for info in (first, second):
        assert decrypted_contains(info.database, practice.key, SURNAME.encode())

    result = backups.purge_erased(practice)
    assert sorted(result.purged) == sorted([first.name, second.name])
    assert result.not_reached == []
    for info in (first, second):
        verified = backups.verify_backup(practice, info.path)
        assert verified.ok, verified.problems
        for needle in (SURNAME.encode(), ID_NUMBER.encode()):
            assert not decrypted_contains(info.database, practice.key, needle)
        assert backups.read_backup(info.path).counts["clients"] == 30
    again = backups.purge_erased(practice)
    assert again.purged == [] and len(again.already_clean) >= 2

    new_pc = PracticePaths(tmp_path / "new-pc")
    unlocked = backups.unlock_backup(first.path, recovery_code=recovery_code)
    backups.restore_backup(first.path, paths=new_pc, unlocked=unlocked)
    _assert_absent(new_pc, recovery_code)


def test_purge_from_the_command_line(person_practice, capsys, monkeypatch):
    from clientmanager.cli import main

    practice, client_id = person_practice
    info = backups.take_backup(practice)
    _erase(practice, client_id)
    monkeypatch.setenv("CLIENTMANAGER_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("CLIENTMANAGER_USER", ADMIN)
    data_dir = str(practice.paths.data_dir)
    practice.engine.dispose()
    assert main(["backups", "purge-erased", "--data-dir", data_dir]) == 0
    out = capsys.readouterr().out
    assert f"{info.name}: rewritten without the erased people" in out
    assert "removed from 1 backup(s)" in out
    assert not decrypted_contains(info.database, practice.key, SURNAME.encode())


def test_backup_folders_and_key_copies_are_private(practice, tmp_path):
    info = backups.take_backup(practice)
    assert stat.S_IMODE(practice.paths.backups.stat().st_mode) == 0o700
    assert stat.S_IMODE(info.path.stat().st_mode) == 0o700
    for name in (backups.KEYS_NAME, backups.DATABASE_NAME, backups.LEDGER_NAME):
        assert stat.S_IMODE((info.path / name).stat().st_mode) == 0o600, name
    usb = tmp_path / "usb"
    usb.mkdir()
    copy = backups.copy_backup(practice, info.path, usb)
    assert stat.S_IMODE(copy.stat().st_mode) == 0o700
    assert stat.S_IMODE((copy / backups.KEYS_NAME).stat().st_mode) == 0o600
