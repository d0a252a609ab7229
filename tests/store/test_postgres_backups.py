"""Backups of a practice on the office server (issue 18) against a real throw-away
PostgreSQL cluster: pg_dump streamed through AES-256-GCM into the backup folder, the
checks, a restore into a fresh server database that keeps every row, the key slots and
the audit chain and applies the erasure ledger, and the CLI doors."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest
import sqlalchemy as sa

from clientmanager.cli import main
from clientmanager.domain.sa_id import make_sa_id
from clientmanager.errors import ClientManagerError
from clientmanager.paths import PracticePaths
from clientmanager.services import audit, backups, client_records, erasure, server_backups
from clientmanager.services import practice as practice_service
from clientmanager.store import pg_backup, postgres
from clientmanager.store.models import AuditEntry, Client
from clientmanager.store.postgres import ServerAddress
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.pgcluster import APP_PASSWORD, SUPERUSER, SUPERUSER_PASSWORD

pytest_plugins = ("tests.pgpractice",)

SENTINEL = "Sentinel-note-7Q4ZK-do-not-leak"
RESTORED_LOGIN = "restoreddesks"


def _person(first: str, surname: str, sequence: int) -> dict[str, str]:
    return {
        "first_names": first,
        "surname": surname,
        "id_number": make_sa_id(
            dt.date(1975, 3, 1) + dt.timedelta(days=sequence), sequence=6000 + sequence
        ),
        "mobile": f"082 444 {1000 + sequence}",
    }


def _fill(practice) -> tuple[int, int]:  # noqa: ANN001
    with practice.session() as session:
        kept = client_records.save_client(
            session, practice.actor, values=_person("Lerato", "Mokoena", 1)
        )
        erased = client_records.save_client(
            session, practice.actor, values=_person("Johan", "Vermaak", 2)
        )
        client_records.save_record(
            session,
            practice.actor,
            "note",
            client_id=kept,
            values={"kind": "note", "subject": "Review", "body": SENTINEL},
        )
    return kept, erased


def _fresh_database(cluster, name: str) -> ServerAddress:  # noqa: ANN001
    cluster.psql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    cluster.psql(f"CREATE DATABASE {name}")
    return ServerAddress.parse(cluster.url(database=name))


def test_backup_then_restore_into_a_fresh_server(two_pcs, cluster, tmp_path, owner_address):
    first, _second, created = two_pcs
    practice = practice_service.unlock_with_password(first, ADMIN, ADMIN_PASSWORD)
    try:
        kept, erased = _fill(practice)
        info = backups.take_backup(practice)
        assert info.on_server and info.verified and info.database.name == backups.SERVER_DUMP_NAME
        manifest = json.loads((info.path / backups.MANIFEST_NAME).read_text())
        assert manifest["backend"] == "postgresql"
        assert manifest["counts"]["clients"] == 2 and manifest["counts"]["server_key_slots"] == 3
        # The folder keeps the same shape as on one PC: the key slots and the ledger travel.
        assert sorted(p.name for p in info.path.iterdir()) == sorted(
            [
                backups.SERVER_DUMP_NAME,
                backups.KEYS_NAME,
                backups.LEDGER_NAME,
                backups.MANIFEST_NAME,
            ]
        )
        assert [b.name for b in backups.practice_backups(practice)] == [info.name]
        # Nothing readable in the file: not the note, not a name.
        raw = info.database.read_bytes()
        assert SENTINEL.encode() not in raw and b"Mokoena" not in raw and b"PGDMP" not in raw
        # The verification restores it into a scratch database (the owner account may
        # create one) and compares the counts and the anchor; the scratch is dropped.
        verified = backups.verify_backup(
            practice,
            info.path,
            owner=server_backups.ServerOwner(SUPERUSER, SUPERUSER_PASSWORD),
            restore_test=True,
        )
        assert verified.ok, verified.problems
        assert "_verify_" not in cluster.psql("SELECT string_agg(datname, ',') FROM pg_database")
        # The desktops' login may not create databases: said plainly.
        with pytest.raises(ClientManagerError) as refused:
            backups.verify_backup(practice, info.path, restore_test=True)
        assert "may not create databases" in refused.value.message
        assert "--owner" in refused.value.hint
        # After the backup, a client is destroyed: the backup still holds them, the
        # retained backup's ledger learns of it.
        with practice.session() as session:
            erasure.destroy_client(session, client_id=erased, actor=practice.actor, reason="s14")
        backups.append_erasures(practice)
        with practice.sessions() as session:
            live_counts = {
                t: session.execute(sa.text(f"SELECT count(*) FROM {t}")).scalar_one()  # noqa: S608
                for t in manifest["counts"]
            }
    finally:
        practice.close()

    target = _fresh_database(cluster, "office_restored_fresh")
    restored_paths = PracticePaths(tmp_path / "restored-pc")
    # An administrator's password of the backup's time: whether the account is active is
    # read from the restored database before anything else is done there.
    unlocked = backups.unlock_backup(info.path, username=ADMIN, password=ADMIN_PASSWORD)
    result = server_backups.restore_to_server(
        info.path,
        paths=restored_paths,
        address=target,
        password=SUPERUSER_PASSWORD,
        unlocked=unlocked,
        app_login=RESTORED_LOGIN,
        app_password=APP_PASSWORD,
    )
    assert result.erasures_replayed == 1
    postgres._PASSWORDS.clear()
    os.environ[postgres.APP_PASSWORD_ENV] = APP_PASSWORD
    try:
        opened = practice_service.unlock_with_password(restored_paths, ADMIN, ADMIN_PASSWORD)
    finally:
        del os.environ[postgres.APP_PASSWORD_ENV]
    try:
        assert opened.on_server and opened.practice_id == info.practice_id
        with opened.sessions() as session:
            assert session.get(Client, erased) is None
            assert session.get(Client, kept) is not None
            card = client_records.open_client(session, opened.actor, kept)
            assert [n.body for n in card.notes] == [SENTINEL]
            for table, before in manifest["counts"].items():
                found = session.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one()  # noqa: S608
                if table == "audit_log":
                    # The restore adds its own entry; the erasure's entries are replayed
                    # from the ledger, not from the trail.
                    assert found >= before
                elif table in ("clients", "notes", "erasure_ledger"):
                    assert found == live_counts[table], table
                else:
                    assert found == before, table
            chain = audit.verify_chain(session, anchors=audit.known_anchors(session))
            assert chain.ok, chain.describe()
            restored_by = session.execute(
                sa.select(AuditEntry.username, AuditEntry.user_id, AuditEntry.summary).where(
                    AuditEntry.action == "backup.restored"
                )
            ).one()
            assert restored_by.username == ADMIN and restored_by.user_id is not None
            taken = f"{info.name} (taken {info.created_at:%Y-%m-%d %H:%M} UTC)"
            assert restored_by.summary.startswith(f"{taken} into the office server")
        # The key slots came back with the dump: the recovery code opens it too.
        practice_service.unlock_with_recovery_code(restored_paths, created.recovery_code).close()
    finally:
        opened.close()
    # The restored practice's tables belong to the owner, not to the desktops' login.
    owners = cluster.psql(
        "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'",
        database=target.database,
    )
    assert owners == SUPERUSER


def test_a_restore_refuses_a_database_that_is_not_empty(two_pcs, cluster, tmp_path, owner_address):
    first, _second, created = two_pcs
    practice = practice_service.unlock_with_password(first, ADMIN, ADMIN_PASSWORD)
    try:
        info = backups.take_backup(practice)
    finally:
        practice.close()
    unlocked = backups.unlock_backup(info.path, recovery_code=created.recovery_code)
    with pytest.raises(backups.BackupError) as refused:
        server_backups.restore_to_server(
            info.path,
            paths=PracticePaths(tmp_path / "elsewhere"),
            address=owner_address,
            password=SUPERUSER_PASSWORD,
            unlocked=unlocked,
            app_login=RESTORED_LOGIN,
            app_password=APP_PASSWORD,
        )
    assert "is not empty" in refused.value.message
    # And a SQLCipher restore of it into a data folder says where it goes instead.
    with pytest.raises(backups.BackupError) as wrong_door:
        backups.restore_backup(
            info.path, paths=PracticePaths(tmp_path / "one-pc"), unlocked=unlocked
        )
    assert "--server" in wrong_door.value.hint


def test_a_planner_cannot_restore_and_the_database_is_left_empty(two_pcs, cluster, tmp_path):
    from clientmanager.services import users

    first, _second, _created = two_pcs
    practice = practice_service.unlock_with_password(first, ADMIN, ADMIN_PASSWORD)
    try:
        users.add_user(
            practice,
            username="pieter",
            full_name="Pieter",
            role="planner",
            password="Plans for the Karoo 7 today",
        )
        info = backups.take_backup(practice)
    finally:
        practice.close()
    unlocked = backups.unlock_backup(
        info.path, username="pieter", password="Plans for the Karoo 7 today"
    )
    target = _fresh_database(cluster, "office_restored_by_planner")
    with pytest.raises(ClientManagerError) as refused:
        server_backups.restore_to_server(
            info.path,
            paths=PracticePaths(tmp_path / "planner-pc"),
            address=target,
            password=SUPERUSER_PASSWORD,
            unlocked=unlocked,
            app_login=RESTORED_LOGIN,
            app_password=APP_PASSWORD,
        )
    assert "may not" in refused.value.message or "not active" in refused.value.message
    engine = target.engine(SUPERUSER_PASSWORD)
    try:
        assert pg_backup.is_empty(engine)
    finally:
        engine.dispose()
    assert not (tmp_path / "planner-pc").exists()


def _damaged_copy(info, tmp_path: Path, name: str, change) -> Path:  # noqa: ANN001
    import shutil

    copy = tmp_path / name / info.name
    shutil.copytree(info.path, copy)
    dump = copy / backups.SERVER_DUMP_NAME
    data = bytearray(dump.read_bytes())
    dump.write_bytes(change(data))
    # The manifest is made to agree, so only the encryption can tell.
    manifest = json.loads((copy / backups.MANIFEST_NAME).read_text())
    manifest["database"]["size"] = dump.stat().st_size
    manifest["database"]["sha256"] = backups.sha256_of(dump)
    (copy / backups.MANIFEST_NAME).write_text(json.dumps(manifest))
    return copy


def test_a_flipped_byte_or_a_cut_short_dump_is_damaged(two_pcs, tmp_path):
    first, _second, _created = two_pcs
    practice = practice_service.unlock_with_password(first, ADMIN, ADMIN_PASSWORD)
    try:
        _fill(practice)
        info = backups.take_backup(practice)

        def flip(data: bytearray) -> bytes:
            data[len(data) // 2] ^= 0x01
            return bytes(data)

        def cut(data: bytearray) -> bytes:
            return bytes(data[: len(data) - 100])

        for label, change in (("flipped", flip), ("cut", cut)):
            copy = _damaged_copy(info, tmp_path, label, change)
            result = backups.check_backup(copy, key=practice.key)
            assert not result.ok
            assert "damaged" in result.problems[0], result.problems
            with pytest.raises(backups.BackupCorrupt) as refused:
                backups.raise_if_unsound(result)
            assert "is damaged and cannot be used" in refused.value.message
        # Without the manifest agreeing, the checksum says it before any decryption.
        (info.database).write_bytes(info.database.read_bytes()[:-1])
        assert not backups.read_backup(info.path).verified
    finally:
        practice.close()


def test_the_stream_refuses_reordered_chunks(tmp_path):
    key, pid = os.urandom(32), "p1"
    path = tmp_path / "dump"
    with path.open("wb") as handle:
        writer = pg_backup.EncryptingWriter(handle, key, pid)
        writer.write(os.urandom(pg_backup.CHUNK * 2 + 10))
        writer.close()
    assert pg_backup.check_stream(path, key, pid) == pg_backup.CHUNK * 2 + 10
    data = path.read_bytes()
    record = 5 + pg_backup.NONCE_BYTES + pg_backup.CHUNK + 16
    start = pg_backup.HEADER_BYTES
    first, second = data[start : start + record], data[start + record : start + 2 * record]
    path.write_bytes(data[:start] + second + first + data[start + 2 * record :])
    with pytest.raises(pg_backup.DumpDamaged):
        pg_backup.check_stream(path, key, pid)
    with pytest.raises(pg_backup.DumpDamaged):
        path.write_bytes(data)
        pg_backup.check_stream(path, os.urandom(32), pid)


def test_pg_dump_missing_is_said_with_what_to_install(two_pcs, tmp_path, monkeypatch):
    first, _second, _created = two_pcs
    practice = practice_service.unlock_with_password(first, ADMIN, ADMIN_PASSWORD)
    try:
        monkeypatch.setenv(pg_backup.PG_BIN_ENV, str(tmp_path / "no-postgres-here"))
        with pytest.raises(pg_backup.PgToolMissing) as missing:
            backups.take_backup(practice)
        assert "pg_dump" in missing.value.message
        assert "CLIENTMANAGER_PG_BIN" in missing.value.hint
        monkeypatch.delenv(pg_backup.PG_BIN_ENV)
        monkeypatch.setenv("PATH", str(tmp_path))
        monkeypatch.setattr(pg_backup, "_candidates", lambda name: [])
        with pytest.raises(pg_backup.PgToolMissing) as missing:
            backups.take_backup(practice)
        assert "not installed on this PC" in missing.value.message
        assert "postgresql-client" in missing.value.hint
        # Nothing half-written was left behind.
        assert backups.practice_backups(practice) == []
        assert not [p for p in backups.backup_folder(practice).iterdir() if p.name.endswith(".tmp")]
    finally:
        practice.close()


def test_the_cli_backs_up_lists_verifies_and_restores_a_server_practice(
    two_pcs, cluster, tmp_path, monkeypatch, capsys
):
    first, _second, created = two_pcs
    monkeypatch.setenv("CLIENTMANAGER_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("CLIENTMANAGER_USER", ADMIN)
    monkeypatch.setenv(postgres.APP_PASSWORD_ENV, APP_PASSWORD)
    data_dir = str(first.data_dir)
    assert main(["backup", "--data-dir", data_dir]) == 0
    out = capsys.readouterr().out
    assert "Backup written and verified" in out
    assert main(["backups", "--data-dir", data_dir]) == 0
    out = capsys.readouterr().out
    assert "verified" in out and "backup-" in out
    assert main(["audit", "verify", "--data-dir", data_dir]) == 0  # the manifest's anchor fits
    capsys.readouterr()
    name = backups.list_backups(first.backups)[0].name
    backup = str(first.backups / name)
    monkeypatch.setenv(server_backups.SERVER_PASSWORD_ENV, SUPERUSER_PASSWORD)
    assert main(["verify-backup", backup, "--owner", SUPERUSER, "--data-dir", data_dir]) == 0
    out = capsys.readouterr().out
    assert "is sound" in out and "scratch database" in out
    usb = tmp_path / "usb"
    usb.mkdir()
    assert main(["copy-backup", backup, str(usb), "--data-dir", data_dir]) == 0
    assert (usb / name / backups.LEDGER_NAME).exists()
    capsys.readouterr()
    # Into a data folder it does not go: the command says where it does.
    assert main(["restore", backup, "--yes", "--data-dir", str(tmp_path / "one-pc")]) == 1
    assert "--server" in capsys.readouterr().err
    assert not (tmp_path / "one-pc").exists()
    # Without the owner account the scratch-database test says what it needs.
    assert main(["verify-backup", backup, "--data-dir", data_dir]) == 1
    assert "may not create databases" in capsys.readouterr().err
    target = _fresh_database(cluster, "office_restored_by_cli")
    restored = tmp_path / "restored-by-cli"
    monkeypatch.setenv("CLIENTMANAGER_RECOVERY_CODE", created.recovery_code)
    assert (
        main(
            [
                "restore",
                str(usb / name),
                "--recovery-code",
                "--yes",
                "--data-dir",
                str(restored),
                "--server",
                target.url,
                "--app-login",
                RESTORED_LOGIN,
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "Restored the backup" in out and "office server" in out
    postgres._PASSWORDS.clear()
    assert main(["audit", "verify", "--data-dir", str(restored)]) == 0


def test_a_cancelled_server_backup_leaves_nothing(two_pcs):
    from clientmanager.services.progress import Cancelled, Progress

    first, _second, _created = two_pcs
    practice = practice_service.unlock_with_password(first, ADMIN, ADMIN_PASSWORD)
    try:
        _fill(practice)
        steps: list[str] = []
        stop = Progress(lambda _f, step: steps.append(step), should_stop=lambda: bool(steps))
        with pytest.raises(Cancelled):
            backups.take_backup(practice, progress=stop)
        folder = backups.backup_folder(practice)
        assert backups.list_backups(folder) == []
        assert [p.name for p in folder.iterdir() if p.name.startswith("backup-")] == []
        # The next one goes through.
        assert backups.take_backup(practice).verified
    finally:
        practice.close()
