"""The unlock derives the slot key (Argon2id) on a thread of its own while the caller
configures the ORM (issue 17): the outcome must be the same as a plain, serial unlock."""

from __future__ import annotations

import threading

import pytest
import sqlalchemy as sa

from clientmanager.errors import WrongPassword
from clientmanager.services import practice as practice_service
from clientmanager.services.auth import SignInThrottle
from clientmanager.store import keyslots
from clientmanager.store.models import AuditEntry
from tests.conftest import ADMIN, ADMIN_PASSWORD


@pytest.fixture
def closed(practice):
    practice.close()
    return practice.paths


@pytest.fixture
def threads_seen(monkeypatch):
    """Which thread derived the key and which configured the mappers."""
    seen: dict[str, str] = {}
    derive, configure = keyslots.KdfParams.derive, practice_service.configure_mappers

    def recording_derive(self, secret, salt):  # noqa: ANN001, ANN202
        seen["derive"] = threading.current_thread().name
        return derive(self, secret, salt)

    def recording_configure():  # noqa: ANN202
        seen["configure"] = threading.current_thread().name
        return configure()

    monkeypatch.setattr(keyslots.KdfParams, "derive", recording_derive)
    monkeypatch.setattr(practice_service, "configure_mappers", recording_configure)
    return seen


def test_the_key_is_derived_beside_the_mapper_configuration(closed, threads_seen):
    practice = practice_service.unlock_with_password(closed, ADMIN, ADMIN_PASSWORD)
    try:
        assert practice.actor.username == ADMIN
        with practice.session() as session:
            assert session.scalar(sa.select(AuditEntry.action).order_by(AuditEntry.id.desc())) == (
                "login"
            )
    finally:
        practice.close()
    assert threads_seen == {
        "derive": "unlock-kdf",
        "configure": threading.current_thread().name,
    }


def test_a_wrong_password_from_the_derivation_thread_is_still_refused(closed, threads_seen):
    with pytest.raises(WrongPassword) as refused:
        practice_service.unlock_with_password(closed, ADMIN, "not the password at all")
    assert "The user name or password is not right." in str(refused.value)
    assert threads_seen["derive"] == "unlock-kdf"
    # The refusal was counted against the user, as before (the sign-in throttle).
    throttle = SignInThrottle.beside(closed.database)
    assert throttle.failures(ADMIN) == 1


def test_a_failure_beside_the_derivation_surfaces_after_it_finished(closed, monkeypatch):
    def broken_configure() -> None:
        raise RuntimeError("the mappers could not be configured")

    monkeypatch.setattr(practice_service, "configure_mappers", broken_configure)
    with pytest.raises(RuntimeError, match="could not be configured"):
        practice_service.unlock_with_password(closed, ADMIN, ADMIN_PASSWORD)
    assert not [t for t in threading.enumerate() if t.name == "unlock-kdf"]
