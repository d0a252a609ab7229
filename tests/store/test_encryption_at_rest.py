"""Nothing a planner types, and no document, ever reaches the disk unencrypted."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

from clientmanager.services.practice import OpenPractice
from clientmanager.store.models import Client, Document, DocumentContent, Note

NOTE_SENTINEL = "SENTINEL-note-Zq7Wm3Kp9"
DOCUMENT_SENTINEL = b"SENTINEL-document-Hb4Rt8Lx2"
NAME_SENTINEL = "Sentinelwe"


def _store_sentinels(session) -> None:
    client = Client(
        first_names="Nomvula",
        surname=NAME_SENTINEL,
        id_number="8001015009087",
        date_of_birth=dt.date(1980, 1, 1),
    )
    session.add(client)
    session.flush()
    session.add(
        Note(client_id=client.id, subject="Annual review", body=f"Discussed {NOTE_SENTINEL}")
    )
    content = b"%PDF-1.4\n" + DOCUMENT_SENTINEL * 50 + b"\n%%EOF\n"
    document = Document(
        client_id=client.id,
        category="id_copy",
        filename="id.pdf",
        mime_type="application/pdf",
        size_bytes=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
    )
    session.add(document)
    session.flush()
    session.add(DocumentContent(document_id=document.id, content=content))


def _files_containing(files: list[Path], needles: list[bytes]) -> list[str]:
    found = []
    for path in files:
        data = path.read_bytes()
        found += [f"{path.name}: {needle!r}" for needle in needles if needle in data]
    return found


NEEDLES = [
    NOTE_SENTINEL.encode(),
    DOCUMENT_SENTINEL,
    NAME_SENTINEL.encode(),
    NOTE_SENTINEL.encode("utf-16-le"),
]


def test_the_search_itself_finds_sentinels_in_a_plain_sqlite_file(tmp_path):
    # Control: the same rows in an unencrypted file are found, so the checks below can fail.
    plain = tmp_path / "plain.db"
    connection = sqlite3.connect(plain)
    connection.execute("CREATE TABLE notes (body TEXT, doc BLOB, name TEXT)")
    connection.execute(
        "INSERT INTO notes VALUES (?, ?, ?)", (NOTE_SENTINEL, DOCUMENT_SENTINEL * 50, NAME_SENTINEL)
    )
    connection.commit()
    connection.close()
    assert len(_files_containing([plain], NEEDLES[:3])) == 3


def test_sentinels_never_appear_in_database_wal_shm_or_key_slots(practice: OpenPractice):
    paths = practice.paths
    with practice.session() as session:
        _store_sentinels(session)

    # While the practice is open the newest pages sit in the WAL: check it too.
    wal, shm = paths.database_sidecars()
    assert wal.exists() and wal.stat().st_size > 0
    on_disk = [paths.database, wal, shm, paths.key_slots]
    assert _files_containing(on_disk, NEEDLES) == []

    with practice.session() as session:
        assert NOTE_SENTINEL in session.query(Note).one().body

    practice.close()
    remaining = [
        p for p in [paths.database, *paths.database_sidecars(), paths.key_slots] if p.exists()
    ]
    assert paths.database in remaining
    assert _files_containing(remaining, NEEDLES) == []
    # Nothing else in the data folder (no temp files) holds the data either.
    every_file = [p for p in paths.data_dir.rglob("*") if p.is_file()]
    assert _files_containing(every_file, NEEDLES) == []


def test_key_slot_file_holds_no_raw_key(practice: OpenPractice):
    text = practice.paths.key_slots.read_bytes()
    assert practice.key.hex().encode() not in text
    assert practice.key not in text


def test_database_file_is_not_a_plain_sqlite_database(practice: OpenPractice):
    header = practice.paths.database.read_bytes()[:16]
    assert header != b"SQLite format 3\x00"
