"""The keyring may remember the key only when asked, and its absence is never fatal."""

from __future__ import annotations

import json

import keyring
import keyring.errors
import pytest

from clientmanager.errors import KeyringUnavailable
from clientmanager.services import practice as practice_service
from clientmanager.store import keyring_cache
from tests.conftest import ADMIN, ADMIN_PASSWORD, MemoryKeyring


@pytest.fixture
def closed_paths(practice):
    practice.close()
    return practice.paths


def test_nothing_is_remembered_unless_the_user_opts_in(closed_paths, memory_keyring):
    practice_service.unlock_with_password(closed_paths, ADMIN, ADMIN_PASSWORD).close()
    assert memory_keyring.entries == {}
    assert practice_service.unlock_from_keyring(closed_paths) is None


def test_remembered_key_opens_the_practice_without_a_password(closed_paths, memory_keyring):
    first = practice_service.unlock_with_password(
        closed_paths, ADMIN, ADMIN_PASSWORD, remember_in_keyring=True
    )
    key = first.key
    first.close()
    assert len(memory_keyring.entries) == 1
    practice = practice_service.unlock_from_keyring(closed_paths)
    assert practice is not None
    try:
        assert practice.actor.username == ADMIN and practice.key == key
    finally:
        practice.close()
    assert closed_paths.keyring_marker.exists()
    keyring_cache.forget(practice.practice_id, marker=closed_paths.keyring_marker)
    assert not closed_paths.keyring_marker.exists()
    assert practice_service.unlock_from_keyring(closed_paths) is None


def test_changing_the_password_forgets_the_remembered_key(closed_paths, memory_keyring):
    practice = practice_service.unlock_with_password(
        closed_paths, ADMIN, ADMIN_PASSWORD, remember_in_keyring=True
    )
    practice_service.set_password(practice, username=ADMIN, new_password="Another fine sentence")
    practice.close()
    assert memory_keyring.entries == {}
    assert not closed_paths.keyring_marker.exists()


def _mark_as_remembered_earlier(paths) -> None:
    """The marker a "remember" on this computer left behind (it holds nothing secret),
    as when the keyring has since gone away."""
    practice_id = practice_service.practice_id_of(paths)
    paths.keyring_marker.write_text(json.dumps({"practice_id": practice_id, "keyring": "gone"}))


def test_without_a_keyring_the_password_path_still_works(closed_paths, fail_keyring):
    # Nobody opted in: the keyring is not asked, so there is nothing to complain about.
    assert practice_service.unlock_from_keyring(closed_paths) is None
    # Someone did, and the keyring has gone: say so, and the password still works.
    _mark_as_remembered_earlier(closed_paths)
    with pytest.raises(KeyringUnavailable) as raised:
        practice_service.unlock_from_keyring(closed_paths)
    assert "no system keyring" in raised.value.message
    assert "password" in raised.value.hint
    practice = practice_service.unlock_with_password(closed_paths, ADMIN, ADMIN_PASSWORD)
    try:
        assert practice.actor.username == ADMIN
    finally:
        practice.close()


def test_asking_to_remember_without_a_keyring_fails_cleanly_and_writes_no_key(
    closed_paths, fail_keyring
):
    with pytest.raises(KeyringUnavailable):
        practice_service.unlock_with_password(
            closed_paths, ADMIN, ADMIN_PASSWORD, remember_in_keyring=True
        )
    assert not closed_paths.keyring_marker.exists()
    opened = practice_service.unlock_with_password(closed_paths, ADMIN, ADMIN_PASSWORD)
    key = opened.key
    opened.close()
    files = [path for path in closed_paths.data_dir.rglob("*") if path.is_file()]
    assert closed_paths.key_slots in files
    for path in files:
        assert key.hex().encode() not in path.read_bytes()
        assert key not in path.read_bytes()


class LockedKeyring(MemoryKeyring):
    """A keyring that exists but is locked, as Secret Service is before desktop login."""

    name = "test locked keyring"

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")


def test_a_locked_keyring_is_named_as_locked(closed_paths):
    practice_service.unlock_with_password(
        closed_paths, ADMIN, ADMIN_PASSWORD, remember_in_keyring=True
    ).close()
    previous = keyring.get_keyring()
    keyring.set_keyring(LockedKeyring())
    try:
        with pytest.raises(KeyringUnavailable) as raised:
            practice_service.unlock_from_keyring(closed_paths)
    finally:
        keyring.set_keyring(previous)
    assert "test locked keyring" in raised.value.message and "is locked" in raised.value.message
    assert "password" in raised.value.hint
