"""Re-keying a practice on the office server (issue 18): every sealed value resealed under
a new data key and the key slots with it, in one server transaction; the PCs that still
hold the old key are told to unlock again instead of reading or writing garbage.

Runs on the session's throw-away PostgreSQL cluster (tests/backends.py); the SQLCipher
re-key has its own tests (tests/services/test_users.py)."""

from __future__ import annotations

import base64
import hashlib

import pytest
import sqlalchemy as sa

from clientmanager.errors import PracticeRekeyed, WrongPassword
from clientmanager.paths import PracticePaths
from clientmanager.services import audit, users
from clientmanager.services import practice as practice_service
from clientmanager.store import fieldcrypt, keyring_cache, postgres, sealed
from clientmanager.store.models import Client, Document, DocumentContent, Note, Task
from tests.backends import superuser_engine
from tests.conftest import ADMIN, ADMIN_PASSWORD

# The practice fixtures on the office server only (tests/backends.py).
pytestmark = pytest.mark.parametrize("backend", ["postgresql"], indirect=True, scope="session")

PLANNER_PASSWORD = "Planner's own passphrase 7"
ASSISTANT_PASSWORD = "Assistant keeps the diary 3"
SENTINEL = "Sentinel: Mrs Dlamini's cancer diagnosis, told in confidence"
PAYLOAD = b"%PDF-1.4 sentinel document body " + bytes(range(256)) * 40


@pytest.fixture
def server(practice):
    assert practice.on_server
    users.add_user(
        practice,
        username="pieter",
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
    with practice.session() as session:
        client = Client(first_names="Thandi", surname="Dlamini")
        session.add(client)
        session.flush()
        note = Note(client_id=client.id, subject="Meeting", body=SENTINEL, recommendation="R1")
        session.add(note)
        session.add(Task(title="Call back", details="about the diagnosis"))
        document = Document(
            client_id=client.id,
            category="other",
            filename="letter.pdf",
            mime_type="application/pdf",
            size_bytes=len(PAYLOAD),
            sha256=hashlib.sha256(PAYLOAD).hexdigest(),
        )
        session.add(document)
        session.flush()
        session.add(DocumentContent(document_id=document.id, content=PAYLOAD))
    return practice


def _stored(practice) -> tuple[str, bytes]:
    """The note's body and the document's bytes as the server holds them."""
    engine = superuser_engine(practice)
    try:
        with engine.connect() as connection:
            body = connection.exec_driver_sql("SELECT body FROM notes").scalar_one()
            content = connection.exec_driver_sql(
                "SELECT content FROM document_contents"
            ).scalar_one()
    finally:
        engine.dispose()
    return body, bytes(content)


def _read_back(practice) -> tuple[str, bytes, str]:
    with practice.session() as session:
        note = session.scalar(sa.select(Note))
        content = session.scalar(sa.select(DocumentContent.content))
        details = session.scalar(sa.select(Task.details))
        return note.body, content, details


def _joined_folder(practice, tmp_path) -> PracticePaths:
    other = PracticePaths(tmp_path / "second-pc")
    url = postgres.ServerConnection.read(practice.paths.data_dir).url
    practice_service.join_practice_on_server(other, url)
    return other


def test_a_rekey_reseals_every_value_and_every_slot(server, recovery_code, tmp_path):
    second_pc = _joined_folder(server, tmp_path)
    old_key = server.key
    old_body, old_content = _stored(server)
    assert SENTINEL not in old_body and old_body.startswith(fieldcrypt.TEXT_PREFIX)

    users.disable_user(server, username="pieter", rekey=True)

    new_key = server.key
    assert new_key != old_key
    # The open practice carries on: the sentinels read back through the new key.
    assert _read_back(server) == (SENTINEL, PAYLOAD, "about the diagnosis")
    new_body, new_content = _stored(server)
    assert new_body != old_body and new_content != old_content
    assert SENTINEL not in new_body and PAYLOAD not in new_content
    # The old key opens none of the stored values any more; the new one does.
    old, new = fieldcrypt.Resealer(old_key), fieldcrypt.Resealer(new_key)
    sealed_body = base64.b64decode(new_body[len(fieldcrypt.TEXT_PREFIX) :])
    with pytest.raises(fieldcrypt.SealedFieldDamaged):
        old.open(sealed_body, "notes.body")
    with pytest.raises(fieldcrypt.SealedFieldDamaged):
        old.open(new_content[len(fieldcrypt.BYTES_PREFIX) :], "document_contents.content")
    assert new.open(sealed_body, "notes.body").decode() == SENTINEL
    # The slots on the server: no leaver, and no trace of the previous key.
    with server.engine.connect() as connection:
        slots = postgres.read_slots(connection, server.practice_id)
        fingerprint = postgres.read_key_check(connection, server.practice_id)
    assert slots.usernames() == sorted([ADMIN, "naledi"])
    assert not slots.rekey_in_progress
    assert fingerprint == sealed.key_id(new_key)
    paths = server.paths
    server.close()

    # Every remaining password and the recovery code, on this PC and on a second one.
    for folder in (paths, second_pc):
        for opener in (
            lambda f=folder: practice_service.unlock_with_password(f, ADMIN, ADMIN_PASSWORD),
            lambda f=folder: practice_service.unlock_with_password(f, "naledi", ASSISTANT_PASSWORD),
            lambda f=folder: practice_service.unlock_with_recovery_code(f, recovery_code),
        ):
            opened = opener()
            try:
                assert opened.key == new_key
                assert _read_back(opened) == (SENTINEL, PAYLOAD, "about the diagnosis")
                with opened.sessions() as session:
                    chain = audit.verify_chain(session, anchors=audit.known_anchors(session))
                assert chain.ok, chain.describe()
            finally:
                opened.close()
        with pytest.raises(WrongPassword):
            practice_service.unlock_with_password(folder, "pieter", PLANNER_PASSWORD)
    check = practice_service.unlock_with_password(paths, ADMIN, ADMIN_PASSWORD)
    try:
        report = practice_service.check_practice(check)
        assert report.ok, report.problems
        actions = [e.action for e in _audit_entries(check)]
        disabled = actions.index("user.disabled")
        assert actions[disabled + 1] == "database.rekeyed"
    finally:
        check.close()


def _audit_entries(practice):
    from clientmanager.store.models import AuditEntry

    with practice.session() as session:
        return list(session.scalars(sa.select(AuditEntry).order_by(AuditEntry.id)))


def test_a_pc_holding_the_old_key_is_told_to_unlock_again(server, tmp_path):
    second_pc = _joined_folder(server, tmp_path)
    other = practice_service.unlock_with_password(second_pc, "naledi", ASSISTANT_PASSWORD)
    try:
        assert _read_back(other)[0] == SENTINEL
        users.rekey(server)
        # Neither a read (which would meet values it cannot open) nor a write (which would
        # seal a value under a key nobody else has) goes through: the person is asked to
        # unlock again, and nothing was written.
        with pytest.raises(PracticeRekeyed, match="unlock it again"):
            _read_back(other)
        with pytest.raises(PracticeRekeyed):
            with other.session() as session:
                session.add(Note(client_id=1, subject="stale", body="sealed with the old key"))
        with pytest.raises(PracticeRekeyed):
            other.transact(lambda session: session.scalar(sa.select(Note.body)))
    finally:
        other.close()
    with server.session() as session:
        assert session.scalars(sa.select(Note.subject)).all() == ["Meeting"]
    again = practice_service.unlock_with_password(second_pc, "naledi", ASSISTANT_PASSWORD)
    try:
        assert _read_back(again)[0] == SENTINEL
        with again.session() as session:
            session.add(Note(client_id=1, subject="after", body="sealed with the new key"))
    finally:
        again.close()
    with server.session() as session:
        assert sorted(session.scalars(sa.select(Note.body))) == [
            SENTINEL,
            "sealed with the new key",
        ]


def test_a_key_remembered_in_the_keyring_before_the_rekey_is_forgotten(
    server, tmp_path, memory_keyring
):
    second_pc = _joined_folder(server, tmp_path)
    remembered = practice_service.unlock_with_password(
        second_pc, "naledi", ASSISTANT_PASSWORD, remember_in_keyring=True
    )
    remembered.close()
    users.rekey(server)
    with pytest.raises(PracticeRekeyed):
        practice_service.unlock_from_keyring(second_pc)
    marker = second_pc.keyring_marker
    assert keyring_cache.recall(server.practice_id, marker=marker) is None
    # The password opens it, under the new key.
    opened = practice_service.unlock_with_password(second_pc, "naledi", ASSISTANT_PASSWORD)
    try:
        assert opened.key == server.key and _read_back(opened)[0] == SENTINEL
    finally:
        opened.close()


def test_a_rekey_that_fails_half_way_leaves_the_old_key_and_every_value(server, monkeypatch):
    old_key = server.key
    before = _stored(server)
    real = postgres.write_key_check

    def fail_at_the_end(connection, practice_id, key):  # noqa: ANN001
        if key != old_key:
            raise OSError("the power went")
        real(connection, practice_id, key)

    monkeypatch.setattr(postgres, "write_key_check", fail_at_the_end)
    with pytest.raises(OSError, match="power"):
        users.rekey(server)
    assert server.key == old_key
    assert _stored(server) == before
    assert _read_back(server) == (SENTINEL, PAYLOAD, "about the diagnosis")
    with server.engine.connect() as connection:
        assert postgres.read_key_check(connection, server.practice_id) == sealed.key_id(old_key)
    paths = server.paths
    server.close()
    opened = practice_service.unlock_with_password(paths, "naledi", ASSISTANT_PASSWORD)
    try:
        assert opened.key == old_key
    finally:
        opened.close()


def test_a_backup_taken_before_the_rekey_stays_reachable_and_closed_to_the_leaver(server):
    from clientmanager.services import backups
    from clientmanager.store.keyslots import KeySlotFile

    old_key = server.key
    taken = backups.take_backup(server)
    assert taken.on_server and taken.verified
    users.disable_user(server, username="pieter", rekey=True)

    (info,) = backups.practice_backups(server)
    # The live key reaches the backup's own (old) key through its key bridge...
    assert backups.backup_key(info, server.key) == old_key
    checked = backups.check_backup(info.path, key=old_key)
    assert checked.ok, checked.problems
    # ...and the leaver's password no longer opens its key-slot file.
    kept = KeySlotFile.load(info.key_slots)
    assert "pieter" not in kept.usernames()
    assert kept.unwrap_with_password("naledi", ASSISTANT_PASSWORD) == old_key
