"""Command-line doors to service functions that had none (issue 12): each command's
message is checked against what the database holds afterwards."""

from __future__ import annotations

import datetime as dt

import pytest

from clientmanager.cli import main
from clientmanager.services import breaches
from clientmanager.store.models import Breach, BreachSubject, Client
from tests.conftest import ADMIN, ADMIN_PASSWORD


@pytest.fixture
def cli_env(practice, monkeypatch):
    monkeypatch.setenv("CLIENTMANAGER_DATA_DIR", str(practice.paths.data_dir))
    monkeypatch.setenv("CLIENTMANAGER_USER", ADMIN)
    monkeypatch.setenv("CLIENTMANAGER_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.delenv("CLIENTMANAGER_RECOVERY_CODE", raising=False)
    with practice.session() as session:
        people = [
            Client(first_names="Hélène", surname="Müller"),
            Client(first_names="Sipho", surname="Nkosi-Ndlovu"),
        ]
        session.add_all(people)
        session.flush()
        ids = [p.id for p in people]
    return practice, ids


def _breach(practice) -> int:  # noqa: ANN001
    with practice.session() as session:
        return breaches.record_breach(
            session,
            actor=practice.actor,
            title="Laptop stolen",
            description="A laptop was taken from a car.",
            discovered_at=dt.datetime(2026, 11, 2, 8),
        ).id


def test_breach_update_fills_in_the_register(cli_env, capsys):
    practice, _ids = cli_env
    number = _breach(practice)
    assert main(["breach", "update", str(number), "--measures", "Disk wiped remotely."]) == 0
    out = capsys.readouterr().out
    assert f"Breach {number} updated: measures taken." in out
    assert "still needs the possible consequences" in out
    assert (
        main(["breach", "update", str(number), "--consequences", "Little: it was encrypted."]) == 0
    )
    out = capsys.readouterr().out
    assert "still needs the possible consequences" not in out
    with practice.session() as session:
        row = session.get(Breach, number)
        assert row.measures_taken == "Disk wiped remotely."
        assert row.consequences == "Little: it was encrypted."


def test_breach_update_refuses_bad_input(cli_env, capsys):
    practice, _ids = cli_env
    number = _breach(practice)
    assert main(["breach", "update", str(number)]) == 1
    assert "Nothing to change" in capsys.readouterr().err
    assert main(["breach", "update", "--measures", "x"]) == 1
    assert "Say which breach" in capsys.readouterr().err
    assert main(["breach", "update", "999", "--measures", "x"]) == 1
    assert "no breach 999" in capsys.readouterr().err
    assert main(["breach", "update", str(number), "--status", "maybe"]) == 1
    assert "open or closed" in capsys.readouterr().err
    with practice.session() as session:
        assert session.get(Breach, number).status == "open"


def test_breach_add_affected_links_clients(cli_env, capsys):
    practice, ids = cli_env
    number = _breach(practice)
    assert main(["breach", "add-affected", str(number), "--client", str(ids[0])]) == 0
    assert f"Breach {number}: 1 more affected people linked; 1 linked in all." in (
        capsys.readouterr().out
    )
    args = ["breach", "add-affected", str(number), "--client", str(ids[0]), "--client", str(ids[1])]
    assert main(args) == 0
    assert "1 more affected people linked; 2 linked in all." in capsys.readouterr().out
    with practice.session() as session:
        linked = session.query(BreachSubject).filter_by(breach_id=number).count()
    assert linked == 2
    assert main(["breach", "add-affected", str(number)]) == 1
    assert "Say who was affected" in capsys.readouterr().err


def test_clients_restore_brings_an_archived_client_back(cli_env, capsys):
    from clientmanager.services import client_records as records
    from clientmanager.store.models import AuditEntry

    practice, ids = cli_env
    with practice.session() as session:
        records.archive_client(session, practice.actor, ids[0])
    assert main(["clients", "restore", str(ids[0])]) == 0
    assert f"Restored client {ids[0]} (Hélène Müller) from the archive." in capsys.readouterr().out
    with practice.session() as session:
        assert session.get(Client, ids[0]).archived_at is None
        assert session.query(AuditEntry).filter_by(action="client.restored").count() == 1
    assert main(["clients", "restore", str(ids[0])]) == 0
    assert "is not archived" in capsys.readouterr().out
    assert main(["clients", "restore", "999"]) == 1
    assert "no client 999" in capsys.readouterr().err


def test_disclosures_add_a_referral_and_a_document_sent(cli_env, capsys):
    from clientmanager.services import client_records as records
    from clientmanager.store.models import Disclosure

    practice, ids = cli_env
    with practice.session() as session:
        document_id = records.attach_document(
            session, practice.actor, client_id=ids[1], filename="id.pdf",
            content=b"%PDF-1.4 test", category="id_copy",
        )  # fmt: skip
    referral = [
        "disclosures", "add", "--kind", "referral", "--client", str(ids[0]),
        "--recipient", "Adv. P. Botha (estates)", "--purpose", "Referral for a will",
    ]  # fmt: skip
    assert main(referral) == 0
    out = capsys.readouterr().out
    assert f"for client {ids[0]}: Identity, contact details to Adv. P. Botha (estates)." in out
    sent = [
        "disclosures", "add", "--kind", "document", "--document", str(document_id),
        "--recipient", "Old Mutual", "--purpose", "FICA for a new application",
        "--basis", "legal_obligation",
    ]  # fmt: skip
    assert main(sent) == 0
    assert f"for client {ids[1]}: Document: id copy (id.pdf) to Old Mutual." in (
        capsys.readouterr().out
    )
    with practice.session() as session:
        rows = {d.recipient_name: d for d in session.query(Disclosure).all()}
    assert rows["Adv. P. Botha (estates)"].recipient_category == "referral"
    assert rows["Adv. P. Botha (estates)"].client_id == ids[0]
    assert rows["Old Mutual"].client_id == ids[1]
    assert rows["Old Mutual"].lawful_basis == "legal_obligation"
    assert rows["Old Mutual"].source == f"document:{document_id}"
    assert main(["disclosures", "list", "--client", str(ids[1])]) == 0
    assert "Old Mutual  (product_provider; legal_obligation): FICA for a new application" in (
        capsys.readouterr().out
    )

    assert (
        main(["disclosures", "add", "--kind", "referral", "--recipient", "X", "--purpose", "Y"])
        == 1
    )
    assert "needs --client" in capsys.readouterr().err
    assert (
        main(["disclosures", "add", "--kind", "document", "--recipient", "X", "--purpose", "Y"])
        == 1
    )
    assert "needs --document" in capsys.readouterr().err
    bad = ["disclosures", "add", "--kind", "document", "--document", "999", "--recipient", "X",
           "--purpose", "Y"]  # fmt: skip
    assert main(bad) == 1
    assert "no document number 999" in capsys.readouterr().err
    blank = ["disclosures", "add", "--kind", "referral", "--client", str(ids[0]),
             "--recipient", " ", "--purpose", "Y"]  # fmt: skip
    assert main(blank) == 1
    assert "Recipient" in capsys.readouterr().err
    with practice.session() as session:
        assert session.query(Disclosure).count() == 2
