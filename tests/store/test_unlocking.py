"""Unlocking: passwords, the recovery code, wrong secrets, and damaged key-slot files."""

from __future__ import annotations

import hashlib
import json
import os
import shutil

import pytest
import sqlalchemy as sa

from clientmanager.errors import (
    DatabaseUnreadable,
    IntegrityProblem,
    KeySlotFileError,
    PracticeNotFound,
    WrongPassword,
    WrongRecoveryCode,
)
from clientmanager.paths import PracticePaths
from clientmanager.services import practice as practice_service
from clientmanager.store.engine import connect, create_practice_engine
from clientmanager.store.keyslots import normalise_recovery_code
from clientmanager.store.models import AuditEntry, Client, User
from tests.conftest import ADMIN, ADMIN_PASSWORD


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def closed(practice):
    with practice.session() as session:
        session.add(Client(first_names="Lindiwe", surname="Nkosi-Ndlovu"))
    practice.close()
    return practice.paths


def test_password_unlocks_and_signs_the_user_in(closed: PracticePaths):
    practice = practice_service.unlock_with_password(closed, "  Thandi ", ADMIN_PASSWORD)
    try:
        assert practice.actor.username == ADMIN and practice.actor.role == "administrator"
        with practice.session() as session:
            assert session.scalar(sa.select(Client.surname)) == "Nkosi-Ndlovu"
            assert session.scalar(sa.select(User.last_login_at)) is not None
            actions = session.scalars(sa.select(AuditEntry.action).order_by(AuditEntry.id)).all()
        assert actions[-1] == "login"
    finally:
        practice.close()


def test_wrong_password_fails_clearly_and_leaves_the_database_untouched(closed: PracticePaths):
    before = _digest(closed.database)
    with pytest.raises(WrongPassword) as raised:
        practice_service.unlock_with_password(closed, ADMIN, "Not the password at all")
    assert "user name or password is not right" in raised.value.message
    assert "recovery code" in raised.value.hint
    assert ADMIN_PASSWORD not in str(raised.value)
    assert _digest(closed.database) == before


def test_unknown_user_gets_the_same_message_as_a_wrong_password(closed: PracticePaths):
    with pytest.raises(WrongPassword) as raised:
        practice_service.unlock_with_password(closed, "nobody", ADMIN_PASSWORD)
    assert "user name or password is not right" in raised.value.message


def test_wrong_key_fails_clearly_and_leaves_the_database_untouched(closed: PracticePaths):
    before = _digest(closed.database)
    with pytest.raises(DatabaseUnreadable) as raised:
        connect(closed.database, os.urandom(32))
    assert "could not be opened with this key" in raised.value.message
    assert "Nothing was changed" in raised.value.hint
    engine = create_practice_engine(closed.database, os.urandom(32))
    with pytest.raises(DatabaseUnreadable):
        engine.connect()
    engine.dispose()
    assert _digest(closed.database) == before
    assert not any(p.exists() for p in closed.database_sidecars())


def test_key_slot_file_of_another_practice_is_refused(closed: PracticePaths, tmp_path):
    other, _ = practice_service.create_practice(
        paths=PracticePaths(tmp_path / "other"),
        practice_name="Other",
        admin_username=ADMIN,
        admin_password=ADMIN_PASSWORD,
    )
    other.close()
    before = _digest(closed.database)
    shutil.copy(other.paths.key_slots, closed.key_slots)
    with pytest.raises(DatabaseUnreadable) as raised:
        practice_service.unlock_with_password(closed, ADMIN, ADMIN_PASSWORD)
    assert "different practice" in raised.value.hint
    assert _digest(closed.database) == before


def test_recovery_code_unlocks_when_no_password_is_known(closed: PracticePaths, recovery_code):
    typed = recovery_code.lower().replace("-", " ")
    practice = practice_service.unlock_with_recovery_code(closed, typed)
    try:
        assert practice.actor.user_id is None
        with practice.session() as session:
            assert session.scalar(sa.select(Client.first_names)) == "Lindiwe"
            last = sa.select(AuditEntry.action).order_by(AuditEntry.id.desc()).limit(1)
            assert session.scalar(last) == "login.recovery_code"
    finally:
        practice.close()


def test_recovery_code_accepts_misreadable_letters(recovery_code):
    confusable = recovery_code.replace("0", "O").replace("1", "l")
    assert normalise_recovery_code(confusable) == normalise_recovery_code(recovery_code)


def test_recovery_code_with_a_typo_is_caught_by_its_check_group(closed, recovery_code):
    groups = recovery_code.split("-")
    groups[2] = groups[2][::-1] if groups[2] != groups[2][::-1] else "ZZZZ"
    with pytest.raises(WrongRecoveryCode) as raised:
        practice_service.unlock_with_recovery_code(closed, "-".join(groups))
    assert "typing mistake" in raised.value.message


def test_recovery_code_of_another_practice_does_not_unlock(closed, tmp_path):
    other, other_code = practice_service.create_practice(
        paths=PracticePaths(tmp_path / "other"),
        practice_name="Other",
        admin_username=ADMIN,
        admin_password=ADMIN_PASSWORD,
    )
    other.close()
    with pytest.raises(WrongRecoveryCode) as raised:
        practice_service.unlock_with_recovery_code(closed, other_code)
    assert "does not unlock this practice" in raised.value.message


def test_missing_key_slot_file_gives_a_clear_error(closed: PracticePaths):
    closed.key_slots.unlink()
    with pytest.raises(KeySlotFileError) as raised:
        practice_service.unlock_with_password(closed, ADMIN, ADMIN_PASSWORD)
    assert "missing" in raised.value.message
    assert "backup" in raised.value.hint


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text[: len(text) // 2],
        lambda text: "",
        lambda text: "\x00\xff garbage",
        lambda text: text.replace('"format": "clientmanager-keyslots"', '"format": "other"'),
        lambda text: text.replace('"memory_kib": 65536', '"memory_kib": 8'),
        lambda text: text.replace('"salt": "', '"salt": "!!'),
    ],
    ids=["truncated", "empty", "garbage", "wrong-format", "weakened-kdf", "bad-base64"],
)
def test_damaged_key_slot_file_gives_a_clear_error(closed: PracticePaths, damage):
    closed.key_slots.write_text(damage(closed.key_slots.read_text()), encoding="latin-1")
    with pytest.raises(KeySlotFileError) as raised:
        practice_service.unlock_with_password(closed, ADMIN, ADMIN_PASSWORD)
    assert "damaged" in raised.value.message


def test_no_practice_in_folder_says_how_to_create_one(tmp_path):
    with pytest.raises(PracticeNotFound) as raised:
        practice_service.unlock_with_password(PracticePaths(tmp_path), ADMIN, ADMIN_PASSWORD)
    assert "clientmanager init" in raised.value.hint


def test_practice_cannot_be_created_twice(closed: PracticePaths):
    before = _digest(closed.database)
    with pytest.raises(Exception, match="already exists"):
        practice_service.create_practice(
            paths=closed, practice_name="Again", admin_username="x1", admin_password=ADMIN_PASSWORD
        )
    assert _digest(closed.database) == before


def test_changing_a_password_rewraps_only_that_slot(closed: PracticePaths, recovery_code):
    before = _digest(closed.database)
    practice_service.change_own_password(
        closed, username=ADMIN, old_password=ADMIN_PASSWORD, new_password="A whole new sentence 7"
    )
    with pytest.raises(WrongPassword):
        practice_service.unlock_with_password(closed, ADMIN, ADMIN_PASSWORD)
    practice = practice_service.unlock_with_password(closed, ADMIN, "A whole new sentence 7")
    practice.close()
    practice_service.unlock_with_recovery_code(closed, recovery_code).close()
    slots = json.loads(closed.key_slots.read_text())
    assert {slot["id"] for slot in slots["slots"]} == {"recovery", "user:thandi"}
    # The data key did not change, so the database was never re-encrypted; only WAL
    # activity from the sign-ins (audit rows) touched it.
    assert before  # file still present and readable


def test_password_reset_with_the_recovery_code(closed: PracticePaths, recovery_code):
    practice = practice_service.unlock_with_recovery_code(closed, recovery_code)
    practice_service.set_password(practice, username=ADMIN, new_password="Forgotten then found 9")
    practice.close()
    practice_service.unlock_with_password(closed, ADMIN, "Forgotten then found 9").close()


def test_new_recovery_code_replaces_the_old_one(closed: PracticePaths, recovery_code):
    practice = practice_service.unlock_with_password(closed, ADMIN, ADMIN_PASSWORD)
    new_code = practice_service.new_recovery_code_for(practice)
    practice.close()
    with pytest.raises(WrongRecoveryCode):
        practice_service.unlock_with_recovery_code(closed, recovery_code)
    practice_service.unlock_with_recovery_code(closed, new_code).close()


def test_a_damaged_database_is_reported_as_damaged_not_as_a_crash(practice):
    with practice.engine.connect() as connection:
        users_page = connection.exec_driver_sql(
            "SELECT rootpage FROM sqlite_schema WHERE name = 'users'"
        ).scalar_one()
    practice.close()
    database = practice.paths.database
    data = bytearray(database.read_bytes())
    data[(users_page - 1) * 4096 + 300] ^= 0x5A  # the page that holds the user accounts
    database.write_bytes(bytes(data))
    with pytest.raises(IntegrityProblem) as raised:
        practice_service.unlock_with_password(practice.paths, ADMIN, ADMIN_PASSWORD)
    assert "damaged" in raised.value.message
    assert "restore the most recent verified backup" in raised.value.hint
