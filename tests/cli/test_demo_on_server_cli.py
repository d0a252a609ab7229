"""``clientmanager demo`` on a data folder that points at the office server (issue 18): the
synthetic practice lands in the server's database with its notes and documents sealed by
the app, and the practice keeps working from both PCs afterwards."""

from __future__ import annotations

from clientmanager.cli import main
from clientmanager.paths import PracticePaths
from clientmanager.services import client_records
from clientmanager.services import practice as practice_service
from clientmanager.services.clients import ListQuery, client_list
from clientmanager.store.fieldcrypt import BYTES_PREFIX, TEXT_PREFIX
from tests.conftest import ADMIN, ADMIN_PASSWORD

pytest_plugins = ("tests.pgpractice",)


def _count(cluster, database: str, sql: str) -> int:
    return int(cluster.psql(sql, database=database))


def test_demo_fills_a_server_practice_sealed_and_both_pcs_work_on(
    two_pcs, cluster, owner_address, monkeypatch, capsys
):
    first, second, _created = two_pcs
    database = owner_address.database
    monkeypatch.setenv("CLIENTMANAGER_PASSWORD", ADMIN_PASSWORD)

    assert (
        main(["demo", "--clients", "60", "--data-dir", str(second.data_dir), "--user", ADMIN]) == 0
    )
    out = capsys.readouterr().out
    assert "Added synthetic data" in out and "Created the demo practice" not in out
    # Nothing was created beside the connection file: the data lives on the server.
    assert not second.database.exists()
    assert _count(cluster, database, "SELECT count(*) FROM clients") == 60
    notes = _count(cluster, database, "SELECT count(*) FROM notes")
    documents = _count(cluster, database, "SELECT count(*) FROM document_contents")
    assert notes > 60 and documents > 0

    # The server holds only ciphertext for the sealed columns: every note body and
    # document carries the seal's prefix, and no demo sentence is readable there.
    prefix = TEXT_PREFIX.replace("'", "''")
    assert (
        _count(cluster, database, f"SELECT count(*) FROM notes WHERE body NOT LIKE '{prefix}%'")
        == 0
    )
    assert _count(cluster, database, "SELECT count(*) FROM notes WHERE body LIKE '%premium%'") == 0
    assert (
        _count(
            cluster,
            database,
            "SELECT count(*) FROM document_contents "
            f"WHERE substring(content from 1 for 4) <> '\\x{BYTES_PREFIX.hex()}'::bytea",
        )
        == 0
    )
    assert (
        _count(
            cluster,
            database,
            f"SELECT count(*) FROM document_contents WHERE position('\\x{b'%PDF-'.hex()}'::bytea "
            "in content) > 0",
        )
        == 0
    )

    # The other PC opens what the demo wrote: the list, a client's notes in the clear,
    # a document's PDF bytes (its fingerprint checked).
    practice = practice_service.unlock_with_password(first, ADMIN, ADMIN_PASSWORD)
    try:
        with_notes = int(cluster.psql("SELECT min(client_id) FROM notes", database=database))
        document_id = int(
            cluster.psql("SELECT min(document_id) FROM document_contents", database=database)
        )
        with practice.session() as session:
            assert len(client_list(session, practice.actor, ListQuery()).ids) == 60
            card = client_records.open_client(session, practice.actor, with_notes)
            bodies = [note.body for note in card.notes]
            assert bodies and all(body and not body.startswith(TEXT_PREFIX) for body in bodies)
            copy = client_records.fetch_document(session, practice.actor, document_id)
            assert copy.content.startswith(b"%PDF-1.4")
            # A client saved after the load takes a fresh id: the sequence moved past it.
            added = client_records.save_client(
                session,
                practice.actor,
                values={"first_names": "Naledi", "surname": "After-the-demo"},
            )
            assert added > 60
    finally:
        practice.close()

    # A second load carries on from there; the audit chain still verifies from either PC.
    assert main(["demo", "--clients", "5", "--data-dir", str(first.data_dir), "--user", ADMIN]) == 0
    capsys.readouterr()
    assert _count(cluster, database, "SELECT count(*) FROM clients") == 66
    assert main(["audit", "verify", "--data-dir", str(second.data_dir), "--user", ADMIN]) == 0
    assert main(["check", "--data-dir", str(second.data_dir), "--user", ADMIN]) == 0
    out = capsys.readouterr().out
    assert "Checks passed (office server)" in out


def test_demo_on_an_empty_folder_still_makes_a_sqlcipher_practice(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("CLIENTMANAGER_PASSWORD", ADMIN_PASSWORD)
    data = tmp_path / "alone"
    assert main(["demo", "--clients", "8", "--data-dir", str(data), "--user", ADMIN]) == 0
    assert "Created the demo practice" in capsys.readouterr().out
    assert PracticePaths(data).database.exists()


POLICY = {
    "provider": "Discovery Life",
    "policy_number": "DL-1",
    "product_type": "life_cover",
    "status": "active",
}


def test_an_amount_beyond_32_bits_is_kept_on_the_server(two_pcs, cluster, owner_address):
    # R25 million cover: more cents than PostgreSQL's INTEGER holds; BIGINT there (0012).
    first, _second, _created = two_pcs
    practice = practice_service.unlock_with_password(first, ADMIN, ADMIN_PASSWORD)
    try:
        with practice.session() as session:
            client_id = client_records.save_client(
                session, practice.actor, values={"first_names": "Johan", "surname": "Botha"}
            )
        with practice.session() as session:
            client_records.save_record(
                session,
                practice.actor,
                "policy",
                client_id=client_id,
                values={**POLICY, "cover_amount_cents": "25000000"},
            )
    finally:
        practice.close()
    assert (
        cluster.psql("SELECT cover_amount_cents FROM policies", database=owner_address.database)
        == "2500000000"
    )
