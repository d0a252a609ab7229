"""Each connection setting the design asks for can be read back, on every pooled connection."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlalchemy.pool import QueuePool

from clientmanager.services.practice import OpenPractice
from clientmanager.store.engine import CACHE_SIZE_KIB, key_pragma


def _pragma(connection: sa.Connection, name: str):
    return connection.exec_driver_sql(f"PRAGMA {name}").fetchall()


def test_every_connection_has_the_practice_settings(practice: OpenPractice):
    # Two connections at once: both come from the factory, not just the first.
    with practice.engine.connect() as first, practice.engine.connect() as second:
        for connection in (first, second):
            settings = {row[0] for row in _pragma(connection, "cipher_settings")}
            # cipher_compatibility = 4 cannot be read back directly; its effect can.
            assert "PRAGMA kdf_iter = 256000;" in settings
            assert "PRAGMA cipher_page_size = 4096;" in settings
            assert "PRAGMA cipher_hmac_algorithm = HMAC_SHA512;" in settings
            assert "PRAGMA cipher_use_hmac = 1;" in settings
            assert _pragma(connection, "temp_store") == [(2,)]  # MEMORY
            assert _pragma(connection, "journal_mode") == [("wal",)]
            assert _pragma(connection, "synchronous") == [(2,)]  # FULL
            assert _pragma(connection, "foreign_keys") == [(1,)]
            assert _pragma(connection, "cache_size") == [(-CACHE_SIZE_KIB,)]
            assert _pragma(connection, "cipher_version")[0][0].startswith("4.")


def test_the_pool_is_a_queue_pool(practice: OpenPractice):
    assert isinstance(practice.engine.pool, QueuePool)


def test_foreign_keys_are_enforced(practice: OpenPractice):
    from clientmanager.store.models import Note

    with pytest.raises(sa.exc.IntegrityError, match="FOREIGN KEY"):
        with practice.session() as session:
            session.add(Note(client_id=999_999, subject="orphan"))


@pytest.mark.parametrize("bad", [b"", b"short", bytes(31), bytes(33), "a" * 32])
def test_key_pragma_takes_only_32_raw_bytes(bad):
    with pytest.raises(ValueError, match="32 bytes"):
        key_pragma(bad)


def test_key_pragma_contains_only_hex_digits():
    statement = key_pragma(bytes(range(32)))
    assert statement == "PRAGMA key = \"x'" + bytes(range(32)).hex() + "'\""
