"""A sign-in's Argon2id derivation started ahead (store/keyslots.derive_ahead): the CLI
starts it for a script that gives its user name and password up front, beside the
command's imports. The unlock takes the result only for the same secret and the same
slot, so every outcome is what it would have been without it."""

from __future__ import annotations

import threading

import pytest

from clientmanager.cli import main
from clientmanager.errors import WrongPassword
from clientmanager.services import practice as practice_service
from clientmanager.store import keyslots
from clientmanager.store.keyslots import KdfParams, KeySlotFile, derive_ahead
from tests.conftest import ADMIN, ADMIN_PASSWORD


@pytest.fixture
def derivations(monkeypatch):
    """Every Argon2id derivation, by the thread that ran it."""
    ran: list[str] = []
    real = KdfParams.derive

    def counted(self, secret, salt):  # noqa: ANN001, ANN202
        ran.append(threading.current_thread().name)
        return real(self, secret, salt)

    monkeypatch.setattr(KdfParams, "derive", counted)
    monkeypatch.setattr(keyslots, "_ahead", {})
    return ran


@pytest.fixture
def closed(practice):
    practice.close()
    return practice.paths


def test_the_unlock_takes_the_key_derived_ahead_and_derives_nothing_itself(closed, derivations):
    assert derive_ahead(closed.key_slots, ADMIN, ADMIN_PASSWORD)
    practice = practice_service.unlock_with_password(closed, ADMIN, ADMIN_PASSWORD)
    try:
        assert practice.actor.username == ADMIN
    finally:
        practice.close()
    assert derivations == ["sign-in-key-derivation"]
    assert keyslots._ahead == {}  # used once, then dropped


def test_a_different_password_is_derived_afresh_and_still_refused(closed, derivations):
    assert derive_ahead(closed.key_slots, ADMIN, ADMIN_PASSWORD)
    with pytest.raises(WrongPassword):
        practice_service.unlock_with_password(closed, ADMIN, "not the password at all")
    assert sorted(derivations) == ["MainThread", "sign-in-key-derivation"]


def test_a_wrong_password_ahead_does_not_stand_in_for_the_right_one(closed, derivations):
    assert derive_ahead(closed.key_slots, ADMIN, "a wrong guess, typed into a script")
    practice = practice_service.unlock_with_password(closed, ADMIN, ADMIN_PASSWORD)
    practice.close()
    assert sorted(derivations) == ["MainThread", "sign-in-key-derivation"]


def test_a_slot_changed_since_is_derived_afresh(closed, derivations):
    assert derive_ahead(closed.key_slots, ADMIN, ADMIN_PASSWORD)
    # The password is changed meanwhile (another PC, an administrator): a new salt.
    slots = KeySlotFile.load(closed.key_slots)
    data_key = slots.unwrap_with_password(ADMIN, ADMIN_PASSWORD)
    slots.set_user_slot(ADMIN, "A brand new password 2026", data_key)
    slots.save(closed.key_slots)
    derivations.clear()
    with pytest.raises(WrongPassword):
        practice_service.unlock_with_password(closed, ADMIN, ADMIN_PASSWORD)
    assert derivations == ["MainThread"]


def test_nothing_is_started_for_an_unknown_user_or_a_missing_file(closed, tmp_path, derivations):
    assert not derive_ahead(closed.key_slots, "nobody", ADMIN_PASSWORD)
    assert not derive_ahead(tmp_path / "practice.keys", ADMIN, ADMIN_PASSWORD)
    assert derivations == []
    assert keyslots._ahead == {}


def test_a_scripted_command_signs_in_with_the_derivation_started_before_its_imports(
    closed, derivations, monkeypatch, capsys
):
    monkeypatch.setenv("CLIENTMANAGER_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("CLIENTMANAGER_USER", ADMIN)
    assert main(["users", "list", "--data-dir", str(closed.data_dir)]) == 0
    assert ADMIN in capsys.readouterr().out
    assert derivations == ["sign-in-key-derivation"]


def test_a_scripted_command_with_a_wrong_password_is_refused_as_before(
    closed, derivations, monkeypatch, capsys
):
    monkeypatch.setenv("CLIENTMANAGER_PASSWORD", "not the password at all")
    monkeypatch.setenv("CLIENTMANAGER_USER", ADMIN)
    assert main(["users", "list", "--data-dir", str(closed.data_dir)]) == 1
    assert "The user name or password is not right." in capsys.readouterr().err
    assert derivations == ["sign-in-key-derivation"]
