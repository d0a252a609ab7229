"""`clientmanager clients household|address|year`: each command changes the database as it
says, and prints what the database then holds (read back here in a new session)."""

from __future__ import annotations

import re

import pytest
import sqlalchemy as sa

from clientmanager.cli import main
from clientmanager.services import client_records as records
from clientmanager.store.models import Address, AuditEntry, Client, ClientRelationship
from tests.conftest import ADMIN, ADMIN_PASSWORD


@pytest.fixture
def cli(practice, monkeypatch):  # noqa: ANN001, ANN201
    monkeypatch.setenv("CLIENTMANAGER_DATA_DIR", str(practice.paths.data_dir))
    monkeypatch.setenv("CLIENTMANAGER_USER", ADMIN)
    monkeypatch.setenv("CLIENTMANAGER_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.delenv("CLIENTMANAGER_RECOVERY_CODE", raising=False)
    return practice


def _client(practice, first: str, surname: str, **extra) -> int:  # noqa: ANN001
    with practice.session() as session:
        return records.save_client(
            session,
            practice.actor,
            values={"first_names": first, "surname": surname, **extra},
        )


def test_household_create_link_add_dependant_and_unlink(cli, capsys) -> None:  # noqa: ANN001
    sipho = _client(cli, "Sipho", "Nkosi", mobile="082 555 0101")
    zanele = _client(cli, "Zanele", "Nkosi")

    assert main(["clients", "household", "show", "--client", str(sipho)]) == 0
    out = capsys.readouterr().out
    assert f"Client {sipho} is in no household." in out and "Nobody is linked" in out

    assert main(["clients", "household", "create", "--client", str(sipho)]) == 0
    out = capsys.readouterr().out
    with cli.session() as session:
        household_id = session.get(Client, sipho).household_id
    assert household_id is not None
    assert f"household {household_id}, Nkosi household" in out

    argv = ["clients", "household", "link", "--client", str(sipho), "--to", str(zanele)]
    assert main([*argv, "--as", "spouse"]) == 0
    out = capsys.readouterr().out
    assert re.search(rf"^  Spouse +{zanele}  Zanele Nkosi$", out, re.M)
    with cli.session() as session:
        links = set(
            session.execute(
                sa.select(
                    ClientRelationship.client_id,
                    ClientRelationship.related_client_id,
                    ClientRelationship.kind,
                )
            )
        )
        assert links == {(sipho, zanele, "spouse"), (zanele, sipho, "spouse")}
        assert session.get(Client, zanele).household_id == household_id

    assert (
        main(
            [
                "clients",
                "household",
                "add-dependant",
                "--client",
                str(sipho),
                "--first-names",
                "Lwazi",
                "--surname",
                "Nkosi",
                "--born",
                "2015-04-09",
            ]
        )  # fmt: skip
        == 0
    )
    out = capsys.readouterr().out
    with cli.session() as session:
        child = session.scalar(sa.select(Client).where(Client.first_names == "Lwazi"))
        assert (child.category, child.household_id, child.household_role) == (
            "related",
            household_id,
            "dependant",
        )
        assert str(child.date_of_birth) == "2015-04-09"
    assert f"Added client {child.id} (dependant, name only)." in out
    assert f"{child.id}  Lwazi Nkosi  born 2015-04-09  (name only)" in out

    assert (
        main(["clients", "household", "unlink", "--client", str(sipho), "--other", str(zanele)])
        == 0
    )
    out = capsys.readouterr().out
    assert "Zanele" not in out.split("\n", 1)[1] and "Lwazi Nkosi" in out
    with cli.session() as session:
        assert session.get(Client, zanele).household_id is None
        assert session.get(Client, zanele).archived_at is None  # nobody is deleted
        actions = list(
            session.scalars(
                sa.select(AuditEntry.action).where(AuditEntry.action.like("relationship.%"))
            )
        )
        assert actions.count("relationship.added") == 2 and "relationship.removed" in actions


def test_household_mistakes_say_what_to_do(cli, capsys) -> None:  # noqa: ANN001
    sipho = _client(cli, "Sipho", "Nkosi")
    argv = ["clients", "household", "link", "--client", str(sipho), "--to", str(sipho)]
    assert main(argv) == 1
    assert "choose someone other than the client" in capsys.readouterr().err
    assert main(["clients", "household", "unlink", "--client", str(sipho), "--other", "999"]) == 1
    err = capsys.readouterr().err
    assert "There is no client with the number 999." in err and "Traceback" not in err
    assert main(["clients", "household", "show", "--client", "4040"]) == 1
    assert "There is no client with the number 4040." in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["clients", "household", "link", "--client", str(sipho), "--to", "2", "--as", "cat"])
    with cli.session() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(ClientRelationship)) == 0


def test_address_set_and_show_are_true_of_the_database(cli, capsys) -> None:  # noqa: ANN001
    lerato = _client(cli, "Lerato", "Dlamini", email="lerato@example.co.za")
    assert main(["clients", "address", "show", "--client", str(lerato)]) == 0
    assert capsys.readouterr().out.splitlines() == ["Residential: none", "Postal: none"]

    argv = [
        "clients", "address", "set", "--client", str(lerato), "--kind", "residential",
        "--line1", "12 Jacaranda Street", "--suburb", "Hatfield", "--city", "Pretoria",
        "--province", "gauteng", "--postal-code", "0083",
    ]  # fmt: skip
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "Residential: 12 Jacaranda Street, Hatfield, Pretoria, Gauteng 0083" in out
    with cli.session() as session:
        client = session.get(Client, lerato)
        (address,) = client.addresses
        assert (
            address.kind,
            address.line1,
            address.city,
            address.province,
            address.postal_code,
        ) == (
            "physical",
            "12 Jacaranda Street",
            "Pretoria",
            "Gauteng",
            "0083",
        )
        assert client.email == "lerato@example.co.za"  # the rest of the record is untouched
        audit = session.scalars(
            sa.select(AuditEntry.summary).where(
                AuditEntry.client_id == lerato, AuditEntry.action == "client.updated"
            )
        ).all()
        assert audit == ["changed: addresses"]

    argv = [
        "clients", "address", "set", "--client", str(lerato), "--kind", "postal",
        "--line1", "PO Box 44", "--city", "Pretoria", "--postal-code", "0001",
    ]  # fmt: skip
    assert main(argv) == 0
    capsys.readouterr()
    assert main(["clients", "address", "show", "--client", str(lerato)]) == 0
    out = capsys.readouterr().out
    assert "Postal: PO Box 44, Pretoria, 0001" in out and "Residential: 12 Jacaranda" in out
    with cli.session() as session:
        kinds = sorted(session.scalars(sa.select(Address.kind).where(Address.client_id == lerato)))
        assert kinds == ["physical", "postal"]

    clear = ["clients", "address", "set", "--client", str(lerato), "--kind", "postal", "--clear"]
    assert main(clear) == 0
    assert "Postal: none" in capsys.readouterr().out
    with cli.session() as session:
        kinds = list(session.scalars(sa.select(Address.kind).where(Address.client_id == lerato)))
        assert kinds == ["physical"]


def test_address_mistakes_save_nothing_and_name_the_option(cli, capsys) -> None:  # noqa: ANN001
    lerato = _client(cli, "Lerato", "Dlamini")
    base = ["clients", "address", "set", "--client", str(lerato)]
    assert main([*base, "--line1", "1 Main Road", "--postal-code", "12345"]) == 1
    err = capsys.readouterr().err
    assert "Nothing was saved." in err and "--postal-code:" in err
    assert main([*base, "--line1", "1 Main Road", "--province", "Atlantis"]) == 1
    assert "--province:" in capsys.readouterr().err
    assert main([*base, "--city", "Durban"]) == 1
    assert "--line1" in capsys.readouterr().err
    assert main(["clients", "address", "show", "--client", "777"]) == 1
    assert "There is no client with the number 777." in capsys.readouterr().err
    with cli.session() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(Address)) == 0


def test_year_prints_the_planning_tab(cli, capsys) -> None:  # noqa: ANN001
    from clientmanager.services import client_year, tags

    sipho = _client(cli, "Sipho", "Nkosi")
    with cli.session() as session:
        tags.tag_clients(session, cli.actor, [sipho], "retirement")
    assert main(["clients", "year", "--client", str(sipho), "--today", "2026-12-01"]) == 0
    out = capsys.readouterr().out
    with cli.session() as session:
        import datetime as dt

        year = client_year.client_year(session, cli.actor, sipho, today=dt.date(2026, 12, 1))
    assert "Tags          retirement" in out
    assert f"Appointments ({len(year.appointments)})" in out
    assert f"Records of advice ({len(year.records_of_advice)})" in out
    assert main(["clients", "year", "--client", "9999"]) == 1
    assert "There is no client with the number 9999." in capsys.readouterr().err


def test_clients_today_counts_the_policy_events(cli, capsys) -> None:  # noqa: ANN001
    import datetime as dt

    from clientmanager.services import policy_calendar
    from clientmanager.store.models import Policy

    sipho = _client(cli, "Sipho", "Nkosi")
    with cli.session() as session:
        for number, start in (("A-1", dt.date(2020, 12, 5)), ("A-2", dt.date(2021, 12, 28))):
            session.add(
                Policy(
                    client_id=sipho,
                    provider="Old Mutual",
                    policy_number=number,
                    product_type="life_cover",
                    start_date=start,
                )
            )
    assert main(["clients", "today", "--today", "2026-12-01"]) == 0
    out = capsys.readouterr().out
    with cli.session() as session:
        events = policy_calendar.upcoming_policy_events(
            session, cli.actor, dt.date(2026, 12, 1), 30
        )
    assert len(events) == 2
    assert re.search(r"Policy events in 30 days +2  \(for 1 clients\)", out)


def test_address_set_on_a_trust_as_the_demo_stores_it_asks_for_no_names(cli, capsys) -> None:  # noqa: ANN001
    with cli.session() as session:
        trust = Client(
            kind="trust",
            category="client",
            entity_name="Nkosi Family Trust",
            registration_number="IT842/2004",
        )
        session.add(trust)
        session.flush()
        trust_id = trust.id
    argv = [
        "clients", "address", "set", "--client", str(trust_id), "--kind", "postal",
        "--line1", "PO Box 12", "--city", "Polokwane", "--postal-code", "0700",
    ]  # fmt: skip
    assert main(argv) == 0, capsys.readouterr().err
    assert "Postal: PO Box 12, Polokwane, 0700" in capsys.readouterr().out
    with cli.session() as session:
        trust = session.get(Client, trust_id)
        assert (trust.kind, trust.entity_name, trust.registration_number, trust.surname) == (
            "trust",
            "Nkosi Family Trust",
            "IT842/2004",
            None,
        )
        assert [(a.kind, a.line1) for a in trust.addresses] == [("postal", "PO Box 12")]


def test_a_company_gets_its_directors_from_the_command_line(cli, capsys) -> None:  # noqa: ANN001
    thabo = _client(cli, "Thabo", "Mokoena")
    with cli.session() as session:
        company = records.save_client(
            session,
            cli.actor,
            values={
                "kind": "company",
                "entity_name": "Mokoena Holdings (Pty) Ltd",
                "registration_number": "2015/123456/07",
            },
        )
    argv = ["clients", "household", "link", "--client", str(company), "--to", str(thabo)]
    assert main([*argv, "--as", "spouse"]) == 1
    assert "a company's people are its directors" in capsys.readouterr().err
    assert main([*argv, "--as", "director"]) == 0
    out = capsys.readouterr().out
    assert f"Client {company} is a company; its people:" in out
    assert re.search(rf"^  Director +{thabo}  Thabo Mokoena$", out, re.M)
    add = ["clients", "household", "add-dependant", "--client", str(company)]
    assert main([*add, "--first-names", "Lerato", "--surname", "Mokoena", "--as", "director"]) == 0
    capsys.readouterr()
    with cli.session() as session:
        links = session.execute(
            sa.select(ClientRelationship.client_id, ClientRelationship.kind).where(
                ClientRelationship.related_client_id == company
            )
        ).all()
        lerato = session.scalar(sa.select(Client.id).where(Client.first_names == "Lerato"))
        assert session.get(Client, company).household_id is None
    assert sorted(links) == sorted([(thabo, "director"), (lerato, "director")])
    assert main(["clients", "household", "show", "--client", str(thabo)]) == 0
    assert "This client is a director" in capsys.readouterr().out
