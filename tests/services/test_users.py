"""Users: add, disable, enable, reset, roles, own password, back-off, rehash and re-keying."""

from __future__ import annotations

import datetime as dt
import json

import argon2
import pytest
import sqlalchemy as sa

from clientmanager.errors import DatabaseUnreadable, PermissionDenied, WrongPassword
from clientmanager.services import auth, users
from clientmanager.services import practice as practice_service
from clientmanager.services.audit import Actor
from clientmanager.services.auth import SignInDelayed, SignInThrottle
from clientmanager.store.engine import connect
from clientmanager.store.keyslots import KeySlotFile
from clientmanager.store.models import AuditEntry, Client, Note, User
from tests.conftest import ADMIN, ADMIN_PASSWORD

# Each test that uses a practice runs on SQLCipher and on PostgreSQL (tests/backends.py).
pytestmark = pytest.mark.both_backends

PLANNER_PASSWORD = "Planner's own passphrase 7"
ASSISTANT_PASSWORD = "Assistant keeps the diary 3"


def _actions(practice) -> list[tuple[str, str]]:
    with practice.session() as session:
        rows = session.execute(
            sa.select(AuditEntry.action, AuditEntry.summary).order_by(AuditEntry.id)
        )
        return [(action, summary) for action, summary in rows]


@pytest.fixture
def staffed(practice):
    users.add_user(
        practice,
        username="Pieter",
        full_name="Pieter van Wyk",
        role="planner",
        password=PLANNER_PASSWORD,
    )
    users.add_user(
        practice,
        username="naledi",
        full_name="Naledi Dube",
        role="assistant",
        password=ASSISTANT_PASSWORD,
    )
    return practice


class FakeClock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 3, 2, 9, 0, 0)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


def test_added_user_opens_the_database_with_their_own_password(staffed):
    paths = staffed.paths
    listed = {u.username: u for u in users.list_users(staffed)}
    assert set(listed) == {ADMIN, "pieter", "naledi"}
    assert listed["pieter"].role == "planner" and listed["pieter"].full_name == "Pieter van Wyk"
    opened = practice_service.unlock_with_password(paths, "pieter", PLANNER_PASSWORD)
    try:
        assert opened.actor.role == "planner"
        assert opened.key == staffed.key
    finally:
        opened.close()
    added = [s for a, s in _actions(staffed) if a == "user.added"]
    assert added == ["pieter as planner", "naledi as assistant"]
    everything = json.dumps(_actions(staffed))
    assert PLANNER_PASSWORD not in everything and ASSISTANT_PASSWORD not in everything


def test_password_hashes_are_argon2id_at_or_above_the_owasp_minimum(staffed):
    with staffed.session() as session:
        hashes = session.scalars(sa.select(User.password_hash)).all()
    assert len(hashes) == 3
    for password_hash in hashes:
        assert password_hash.startswith("$argon2id$")
        params = argon2.extract_parameters(password_hash)
        assert params.type is argon2.Type.ID
        assert params.memory_cost >= auth.OWASP_MIN_MEMORY_KIB
        assert params.time_cost >= auth.OWASP_MIN_TIME_COST
        assert params.memory_cost * params.time_cost >= 19 * 1024 * 2


def test_a_weaker_hash_is_rehashed_at_sign_in(practice):
    weak = argon2.PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
    with practice.session() as session:
        session.scalar(sa.select(User)).password_hash = weak.hash(ADMIN_PASSWORD)
    practice.close()
    opened = practice_service.unlock_with_password(practice.paths, ADMIN, ADMIN_PASSWORD)
    try:
        with opened.session() as session:
            new_hash = session.scalar(sa.select(User.password_hash))
        params = argon2.extract_parameters(new_hash)
        assert (params.time_cost, params.memory_cost, params.parallelism) == (
            auth.TIME_COST,
            auth.MEMORY_KIB,
            auth.PARALLELISM,
        )
        assert argon2.PasswordHasher().verify(new_hash, ADMIN_PASSWORD)
        assert ("user.password_rehashed", ADMIN) in _actions(opened)
    finally:
        opened.close()


def test_disabling_a_user_removes_their_key_slot(staffed, recovery_code):
    paths = staffed.paths
    users.disable_user(staffed, username="pieter")
    assert not KeySlotFile.load(paths.key_slots).has_user("pieter")
    with pytest.raises(WrongPassword):
        practice_service.unlock_with_password(paths, "pieter", PLANNER_PASSWORD)
    practice_service.unlock_with_password(paths, "naledi", ASSISTANT_PASSWORD).close()
    practice_service.unlock_with_recovery_code(paths, recovery_code).close()
    summary = {u.username: u for u in users.list_users(staffed)}["pieter"]
    assert not summary.is_active
    assert ("user.disabled", "pieter") in _actions(staffed)


def test_enabling_needs_a_new_password_and_the_old_one_stays_dead(staffed):
    users.disable_user(staffed, username="pieter")
    new_password = "A fresh start for him 9"
    users.enable_user(staffed, username="pieter", new_password=new_password)
    with pytest.raises(WrongPassword):
        practice_service.unlock_with_password(staffed.paths, "pieter", PLANNER_PASSWORD)
    practice_service.unlock_with_password(staffed.paths, "pieter", new_password).close()


def test_reset_and_own_password_change(staffed):
    users.reset_password(staffed, username="naledi", new_password="Reset by the manager 11")
    with pytest.raises(WrongPassword):
        practice_service.unlock_with_password(staffed.paths, "naledi", ASSISTANT_PASSWORD)
    naledi = practice_service.unlock_with_password(
        staffed.paths, "naledi", "Reset by the manager 11"
    )
    try:
        with pytest.raises(WrongPassword, match="current password"):
            users.change_own_password(
                naledi, old_password="wrong guess here", new_password="Mine and only mine 12"
            )
        users.change_own_password(
            naledi, old_password="Reset by the manager 11", new_password="Mine and only mine 12"
        )
        with pytest.raises(PermissionDenied):
            users.reset_password(naledi, username=ADMIN, new_password="Taking over now 1234")
    finally:
        naledi.close()
    practice_service.unlock_with_password(staffed.paths, "naledi", "Mine and only mine 12").close()
    actions = _actions(staffed)
    assert ("user.reset", "naledi") in actions and ("user.password_changed", "naledi") in actions


def test_roles_change_but_the_last_manager_stays(staffed):
    users.set_role(staffed, username="naledi", role="compliance")
    assert {u.username: u.role for u in users.list_users(staffed)}["naledi"] == "compliance"
    with pytest.raises(users.UserChangeRefused, match="only active practice manager"):
        users.set_role(staffed, username=ADMIN, role="planner")
    with pytest.raises(users.UserChangeRefused, match="your own account"):
        users.disable_user(staffed, username=ADMIN)
    assert ("user.role_changed", "naledi: assistant -> compliance") in _actions(staffed)


def test_back_off_after_five_wrong_passwords_grows_and_is_audited(staffed):
    paths = staffed.paths
    clock = FakeClock()
    for _ in range(5):
        with pytest.raises(WrongPassword):
            practice_service.unlock_with_password(paths, "pieter", "not it at all", clock=clock)
    # The sixth attempt, even with the right password, must wait 30 seconds.
    with pytest.raises(SignInDelayed) as raised:
        practice_service.unlock_with_password(paths, "pieter", PLANNER_PASSWORD, clock=clock)
    assert raised.value.seconds == 30
    assert "Wait 30 seconds" in raised.value.message
    # Other users are not held up by someone else's mistakes.
    practice_service.unlock_with_password(paths, "naledi", ASSISTANT_PASSWORD, clock=clock).close()
    clock.advance(31)
    with pytest.raises(WrongPassword):
        practice_service.unlock_with_password(paths, "pieter", "still not it", clock=clock)
    with pytest.raises(SignInDelayed) as raised:
        practice_service.unlock_with_password(paths, "pieter", PLANNER_PASSWORD, clock=clock)
    assert raised.value.seconds == 60  # doubled
    clock.advance(45)
    with pytest.raises(SignInDelayed) as raised:
        practice_service.unlock_with_password(paths, "pieter", PLANNER_PASSWORD, clock=clock)
    assert raised.value.seconds == 15
    clock.advance(15)
    opened = practice_service.unlock_with_password(paths, "pieter", PLANNER_PASSWORD, clock=clock)
    opened.close()
    assert SignInThrottle.beside(paths.database, clock=clock).failures("pieter") == 0
    failed = [s for a, s in _actions(staffed) if a == "login.failed"]
    assert len(failed) == 6 and all(s.startswith("pieter at 2026-03-02 09:0") for s in failed)
    assert not any("not it" in s for _, s in _actions(staffed))


def test_back_off_caps_and_survives_the_clock_going_back(tmp_path):
    clock = FakeClock()
    throttle = SignInThrottle(tmp_path / "practice.signin", clock=clock)
    for _ in range(20):
        throttle.record_failure("ghost")
    assert throttle.seconds_to_wait("ghost") == 15 * 60
    clock.advance(-3600)  # the PC's clock was set back an hour
    assert throttle.seconds_to_wait("ghost") == 15 * 60
    (tmp_path / "practice.signin").write_text("{not json")
    assert throttle.seconds_to_wait("ghost") == 0  # a damaged counter never locks anyone out


def test_restricted_user_calls_are_denied_to_other_roles(staffed):
    planner = practice_service.unlock_with_password(staffed.paths, "pieter", PLANNER_PASSWORD)
    try:
        with pytest.raises(PermissionDenied, match="Planner accounts may not manage users"):
            users.add_user(
                planner,
                username="sneaky",
                full_name="S",
                role="administrator",
                password="Let me in please 123",
            )
        with pytest.raises(PermissionDenied):
            users.set_role(planner, username="pieter", role="administrator")
        with pytest.raises(PermissionDenied):
            practice_service.rekey_database(planner)
    finally:
        planner.close()


def _snapshot(practice) -> list[tuple]:
    with practice.session() as session:
        return session.execute(
            sa.select(Client.id, Client.first_names, Client.surname).order_by(Client.id)
        ).all()


def _opens(practice, key: bytes) -> bool:
    """Whether ``key`` still opens the practice's data: the SQLCipher file, or on the
    office server the sealed note bodies as the server stores them."""
    if not practice.on_server:
        try:
            connect(practice.paths.database, key).close()
        except DatabaseUnreadable:
            return False
        return True
    import base64

    from clientmanager.store import fieldcrypt

    with practice.engine.connect() as connection:
        stored = connection.exec_driver_sql("SELECT body FROM notes").scalar_one()
    body = base64.b64decode(stored[len(fieldcrypt.TEXT_PREFIX) :])
    try:
        fieldcrypt.Resealer(key).open(body, "notes.body")
    except fieldcrypt.SealedFieldDamaged:
        return False
    return True


def test_rekey_locks_out_the_old_key_and_keeps_everyone_else(staffed, recovery_code):
    paths = staffed.paths
    with staffed.session() as session:
        sipho = Client(first_names="Sipho", surname="Zulu")
        session.add_all([sipho, Client(first_names="Anke", surname="Botha")])
        session.flush()
        session.add(Note(client_id=sipho.id, subject="Sentinel", body="kept for the key test"))
    before = _snapshot(staffed)
    old_key = staffed.key
    assert _opens(staffed, old_key)
    # What a departing user might have kept: the key-slot file, or the server's slots.
    stale_key = KeySlotFile.load(paths.key_slots).unwrap_with_password("pieter", PLANNER_PASSWORD)

    users.disable_user(staffed, username="pieter", rekey=True)

    assert staffed.key != old_key
    assert not _opens(staffed, old_key) and not _opens(staffed, stale_key)
    assert _opens(staffed, staffed.key)
    assert _snapshot(staffed) == before  # the open practice carries on with the new key
    staffed.close()
    for opener in (
        lambda: practice_service.unlock_with_password(paths, ADMIN, ADMIN_PASSWORD),
        lambda: practice_service.unlock_with_password(paths, "naledi", ASSISTANT_PASSWORD),
        lambda: practice_service.unlock_with_recovery_code(paths, recovery_code),
    ):
        opened = opener()
        try:
            assert _snapshot(opened) == before
            assert opened.key != old_key
        finally:
            opened.close()
    if not staffed.on_server:
        assert "previous_key" not in json.loads(paths.key_slots.read_text())


@pytest.mark.sqlcipher_only(
    reason="an interrupted SQLCipher re-key, finished from the key-slot file"
)
def test_a_rekey_interrupted_before_the_database_changed_is_finished_at_unlock(practice):
    paths = practice.paths
    with practice.session() as session:
        session.add(Client(first_names="Lerato", surname="Mahlangu"))
    before = _snapshot(practice)
    old_key = practice.key
    practice.close()
    # Step 1 of a re-key done, then the power went: the file has the new key, the DB the old.
    slots = KeySlotFile.load(paths.key_slots)
    new_key = bytes(range(32))
    slots.reseal_all(new_key, previous_key=old_key)
    slots.save(paths.key_slots)

    opened = practice_service.unlock_with_password(paths, ADMIN, ADMIN_PASSWORD)
    try:
        assert opened.key == new_key
        assert _snapshot(opened) == before
    finally:
        opened.close()
    with pytest.raises(DatabaseUnreadable):
        connect(paths.database, old_key)
    assert not KeySlotFile.load(paths.key_slots).rekey_in_progress


def test_recovery_actor_cannot_be_spoofed_into_a_user_row():
    assert Actor.recovery().user_id is None


def test_wrong_passwords_reach_the_audit_trail_at_a_keyring_sign_in(practice):
    paths = practice.paths
    practice.close()
    practice_service.unlock_with_password(
        paths, ADMIN, ADMIN_PASSWORD, remember_in_keyring=True
    ).close()
    with pytest.raises(WrongPassword):
        practice_service.unlock_with_password(paths, "ghost", "Nobody's password 1")
    opened = practice_service.unlock_from_keyring(paths)
    try:
        failed = [s for a, s in _actions(opened) if a == "login.failed"]
        assert len(failed) == 1 and failed[0].startswith("ghost at ")
    finally:
        opened.close()


@pytest.mark.sqlcipher_only(
    reason="rewrites the key-slot file; a server practice's slots were never version 1"
)
def test_a_version_1_key_slot_still_opens_and_is_upgraded_at_sign_in(practice):
    """Practices made before re-keying existed sealed the data key under the password."""
    import base64
    import os

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from clientmanager.store.keyslots import DEFAULT_KDF

    paths, key = practice.paths, practice.key
    practice.close()
    document = json.loads(paths.key_slots.read_text())
    slot = next(s for s in document["slots"] if s["id"] == f"user:{ADMIN}")
    salt, nonce = os.urandom(16), os.urandom(12)
    associated = f"clientmanager-keyslots/1|{document['practice_id']}|user:{ADMIN}".encode()
    wrapped = AESGCM(DEFAULT_KDF.derive(ADMIN_PASSWORD, salt)).encrypt(nonce, key, associated)
    for field in ("wrapped_private", "public_key", "envelope"):
        del slot[field]
    slot.update(
        salt=base64.b64encode(salt).decode(),
        nonce=base64.b64encode(nonce).decode(),
        wrapped_key=base64.b64encode(wrapped).decode(),
    )
    document["version"] = 1
    paths.key_slots.write_text(json.dumps(document))
    assert KeySlotFile.load(paths.key_slots).legacy_slot_labels() == [ADMIN]

    practice_service.unlock_with_password(paths, ADMIN, ADMIN_PASSWORD).close()

    upgraded = json.loads(paths.key_slots.read_text())
    assert upgraded["version"] == 2
    assert all("public_key" in s for s in upgraded["slots"] if s["kind"] == "password")
    practice_service.unlock_with_password(paths, ADMIN, ADMIN_PASSWORD).close()


def test_a_sign_in_runs_argon2id_once(practice, monkeypatch):
    # The key slot proves the password; the user row's hash is rewritten only when it is
    # missing or weaker, so a sign-in does not pay a second Argon2id (0.2 s of CPU).
    practice.close()
    calls = []
    real_verify = argon2.PasswordHasher.verify

    def counted_verify(self, hash, password):  # noqa: A002, ANN001
        calls.append("row hash")
        return real_verify(self, hash, password)

    monkeypatch.setattr(argon2.PasswordHasher, "verify", counted_verify)
    opened = practice_service.unlock_with_password(practice.paths, ADMIN, ADMIN_PASSWORD)
    try:
        assert calls == []
        actions = [action for action, _summary in _actions(opened)]
        assert actions[-1] == "login" and "user.password_rehashed" not in actions
        assert opened.actor.username == ADMIN
    finally:
        opened.close()
