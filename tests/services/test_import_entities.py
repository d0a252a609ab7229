"""Companies and trusts in client imports: the client list the exporter writes comes back
whole (kind, name, registration number, client since), and a file of companies is read as
a practice would write it. Real practices, on SQLCipher and on PostgreSQL."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
import sqlalchemy as sa

from clientmanager.cli import main
from clientmanager.domain import make_sa_id
from clientmanager.paths import PracticePaths
from clientmanager.services import client_records as records
from clientmanager.services.clients import ListQuery, client_list
from clientmanager.services.exporter import export_clients
from clientmanager.services.importer import guess_mapping, import_file
from clientmanager.services.practice import create_practice
from clientmanager.store.models import Client, Policy
from tests.conftest import ADMIN, ADMIN_PASSWORD

pytestmark = pytest.mark.both_backends

PERSON_ID = make_sa_id(dt.date(1980, 3, 15), sequence=5123)


def _clients(session) -> dict[str, tuple]:
    rows = session.execute(
        sa.select(
            sa.func.coalesce(Client.entity_name, Client.surname),
            Client.kind,
            Client.registration_number,
            Client.id_number,
            Client.surname,
            Client.email,
            Client.relationship_start,
        )
    ).all()
    return {row[0]: tuple(row[1:]) for row in rows}


def _write(path, header: list[str], *rows: list[str]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


def test_the_exported_client_list_imports_back_with_its_companies_and_trusts(practice, tmp_path):
    with practice.session() as session:
        person = records.save_client(
            session,
            practice.actor,
            values={"first_names": "Sipho", "surname": "Mokoena", "id_number": PERSON_ID},
        )
        records.save_client(
            session,
            practice.actor,
            values={
                "kind": "company",
                "entity_name": "Mokoena Holdings (Pty) Ltd",
                "registration_number": "2015/123456/07",
                "email": "accounts@mokoena.co.za",
            },
        )
        records.save_client(
            session,
            practice.actor,
            values={
                "kind": "trust",
                "entity_name": "Mokoena Family Trust",
                "registration_number": "IT1234/2009",
            },
        )
        session.get(Client, person).relationship_start = dt.date(2011, 6, 1)
    listing = tmp_path / "clients.csv"
    with practice.session() as session:
        export_clients(session, actor=practice.actor, path=listing, format="csv")
    header = next(csv.reader(listing.open(encoding="utf-8-sig")))
    mapping = guess_mapping(header)
    assert mapping["Client number"] == ""  # another practice's numbers mean nothing here
    assert mapping["Client type"] == "kind"

    target, _code = create_practice(
        paths=PracticePaths(tmp_path / "new"),
        practice_name="New office",
        admin_username="thandi",
        admin_password="Another long password 9",
        # The planner the listing names (the first practice's manager), moving with it.
        admin_full_name="Thandi Mokoena",
    )
    try:
        plan, result = import_file(target, listing)
        assert plan.bad_rows == []
        assert (result.created, result.updated) == (3, 0)
        with target.session() as session:
            assert _clients(session) == {
                "Mokoena": ("person", None, PERSON_ID, "Mokoena", None, dt.date(2011, 6, 1)),
                "Mokoena Holdings (Pty) Ltd": (
                    "company",
                    "2015/123456/07",
                    None,
                    None,
                    "accounts@mokoena.co.za",
                    None,
                ),
                "Mokoena Family Trust": ("trust", "IT1234/2009", None, None, None, None),
            }
            planners = set(session.scalars(sa.select(Client.planner_id)))
            assert planners == {target.actor.user_id}
            found = client_list(session, target.actor, ListQuery(text="Mokoena Hold"))
            assert [row.display_name for row in found.first_rows] == ["Mokoena Holdings (Pty) Ltd"]
    finally:
        target.close()

    # Back into the practice it came from: every row is a client it already has.
    plan, result = import_file(practice, listing)
    assert sorted(row.duplicate.matched_on for row in plan.duplicates) == [
        "SA ID number",
        "registration number",
        "registration number",
    ]
    assert (result.created, result.unchanged) == (0, 3)
    with practice.session() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(Client)) == 3


def test_a_company_and_its_director_who_share_an_email_are_two_clients(practice, tmp_path):
    path = tmp_path / "book.csv"
    _write(
        path,
        ["Client type", "Surname", "Name", "Company name", "Email"],
        ["Person", "Naidoo", "Ravi", "", "ravi@naidoo.co.za"],
        ["Company", "", "", "Naidoo Consulting CC", "ravi@naidoo.co.za"],
        ["Maatskappy", "", "", "Naidoo Consulting CC", ""],
    )
    plan, result = import_file(practice, path)
    assert plan.bad_rows == []
    # The third row is the company again (same name, same kind), not a third client.
    assert [(row.row_number, row.duplicate.matched_on) for row in plan.duplicates] == [(4, "name")]
    assert result.created == 2
    with practice.session() as session:
        clients = _clients(session)
    assert clients["Naidoo"][0] == "person"
    assert clients["Naidoo Consulting CC"][0] == "company"


def test_a_file_of_companies_and_trusts_without_a_client_type(practice, tmp_path):
    path = tmp_path / "entities.csv"
    _write(
        path,
        ["Company or trust name", "Registration number", "Surname"],
        ["Acme Brokers (Pty) Ltd", "", ""],
        ["Sizwe Family Trust", "", ""],
        ["Khumalo Ventures", "2019/654321/07", ""],
        ["Van Wyk Trust", "IT 77/2004", ""],
        ["Blue Sky", "", ""],
        ["Dube Holdings Ltd", "", "Dube"],
    )
    plan, result = import_file(practice, path)
    problems = {row.row_number: row.problems for row in plan.bad_rows}
    assert problems == {
        6: [
            "Client type: say whether this is a company or a trust (map a client-type "
            "column, or give its registration number)"
        ],
        7: [
            "Surname: a company or trust has none; leave it empty, or set the client type to person"
        ],
    }
    assert result.created == 4
    with practice.session() as session:
        kinds = {name: values[0] for name, values in _clients(session).items()}
    assert kinds == {
        "Acme Brokers (Pty) Ltd": "company",
        "Sizwe Family Trust": "trust",
        "Khumalo Ventures": "company",
        "Van Wyk Trust": "trust",
    }
    # Nothing half-read: the two bad rows wrote nothing.
    assert "Blue Sky" not in kinds and "Dube Holdings Ltd" not in kinds


def test_a_person_row_with_a_company_name_is_refused(practice, tmp_path):
    path = tmp_path / "mixed.csv"
    _write(
        path,
        ["Client type", "Surname", "Company name"],
        ["Person", "Botha", "Botha Boerdery"],
    )
    plan, result = import_file(practice, path)
    assert [row.problems for row in plan.bad_rows] == [
        [
            "Company or trust name: only a company or trust has one; set the client "
            "type, or leave it empty for a person"
        ]
    ]
    assert result.created == 0


def _entity_workbook(path) -> None:  # noqa: ANN001
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Clients"
    sheet.append(["Company name", "Registration number", "Client type"])
    sheet.append(["Karoo Logistics (Pty) Ltd", "2012/345678/07", "company"])
    policies = workbook.create_sheet("Policies")
    policies.append(["Registration number", "Policy number", "Provider", "Premium"])
    policies.append(["2012/345678/07", "KL-1", "Old Mutual", "R 900"])  # a company of the file
    policies.append(["it 455 / 2010", "FT-1", "Sanlam", "R 400"])  # a trust already a client
    policies.append(["2099/999999/07", "XX-1", "Sanlam", "R 100"])  # nobody
    workbook.save(path)


def test_policies_sheet_rows_link_to_companies_and_trusts_by_registration_number(
    practice, tmp_path
):
    with practice.session() as session:
        trust = records.save_client(
            session,
            practice.actor,
            values={
                "kind": "trust",
                "entity_name": "Fourie Family Trust",
                "registration_number": "IT 455/2010",
            },
        )
    book = tmp_path / "book.xlsx"
    _entity_workbook(book)
    plan, result = import_file(practice, book)
    assert (result.created, result.policies, result.bad_related) == (1, 2, 1)
    assert [(p.sheet, p.row_number, p.text) for p in result.related_problems] == [
        ("Policies", 4, "no client with that SA ID number, registration number or e-mail")
    ]
    # The plan is what the analysis found: running it leaves it as it was, so a plan run
    # again (after a busy database, say) reports each row once.
    assert plan.related_problems == []
    with practice.session() as session:
        held = dict(
            session.execute(
                sa.select(Policy.policy_number, Client.entity_name).join(
                    Client, Client.id == Policy.client_id
                )
            ).all()
        )
        assert held == {"KL-1": "Karoo Logistics (Pty) Ltd", "FT-1": "Fourie Family Trust"}
        assert session.get(Client, trust).entity_name == "Fourie Family Trust"


def test_the_cli_lists_the_rows_of_other_sheets_it_did_not_import(
    practice, tmp_path, capsys, monkeypatch
):
    book = tmp_path / "book.xlsx"
    _entity_workbook(book)
    monkeypatch.setenv("CLIENTMANAGER_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("CLIENTMANAGER_USER", ADMIN)
    data_dir = practice.paths.data_dir
    practice.close()
    assert main(["import", str(book), "--data-dir", str(data_dir)]) == 0
    out = capsys.readouterr().out
    assert "  2 row(s) of the other sheets not imported:" in out
    assert "    Policies row 3: no client with that SA ID number, registration number" in out
    assert "    Policies row 4: no client with that SA ID number, registration number" in out


def test_a_plan_run_again_after_a_failed_attempt_reports_each_dropped_row_once(practice, tmp_path):
    from clientmanager.services import importer

    book = tmp_path / "book.xlsx"
    _entity_workbook(book)
    source = importer.read_source(book)
    with practice.session() as session:
        plan = importer.analyse(
            session, source, guess_mapping(source.clients.headers), actor=practice.actor
        )

    class Interrupted(Exception):
        pass

    with pytest.raises(Interrupted), practice.session() as session:
        importer.run_import(session, plan, actor=practice.actor)
        raise Interrupted  # the first attempt's transaction is rolled back
    with practice.session() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(Policy)) == 0
        result = importer.run_import(session, plan, actor=practice.actor)
    assert [(p.sheet, p.row_number, p.text) for p in result.related_problems] == [
        ("Policies", 3, "no client with that SA ID number, registration number or e-mail"),
        ("Policies", 4, "no client with that SA ID number, registration number or e-mail"),
    ]
    assert (result.created, result.policies, result.bad_related) == (1, 1, 2)
