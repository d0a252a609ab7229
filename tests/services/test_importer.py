"""Client import: messy real-world files, duplicates, one transaction, bad rows."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa

from clientmanager.domain import make_sa_id
from clientmanager.errors import PermissionDenied
from clientmanager.services.audit import Actor
from clientmanager.services.clients import search_clients
from clientmanager.services.importer import (
    DuplicateAction,
    ImportCancelled,
    ImportFileError,
    analyse,
    guess_mapping,
    import_file,
    load_mapping,
    read_source,
    run_import,
    save_mapping,
    saved_mapping_names,
    write_bad_rows,
)
from clientmanager.services.progress import Progress
from clientmanager.store.models import AuditEntry, Client, Household, Note, Policy

# Each test that uses a practice runs on SQLCipher and on PostgreSQL (tests/backends.py).
pytestmark = pytest.mark.both_backends

DATA = Path(__file__).resolve().parent.parent / "data"
MESSY = DATA / "messy_clients.csv"
EXCEL_SA = DATA / "excel_sa_export.csv"

SIPHO_ID = "8003155123082"
NTOMBI_ID = "9011032345082"


def counts(practice) -> dict[str, int]:
    with practice.session() as session:
        return {
            model.__tablename__: session.scalar(sa.select(sa.func.count()).select_from(model))
            for model in (Client, Household, Policy, Note)
        }


def test_reads_messy_file_bom_crlf_and_blank_lines():
    source = read_source(MESSY)
    assert source.encoding == "utf-8-sig"
    assert source.delimiter == ","
    assert source.clients.headers[0] == "Title"  # the BOM is not part of the first header
    assert source.blank_lines == 2
    numbers = [number for number, _cells in source.clients.rows]
    assert numbers == [2, 3, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15]
    assert source.clients.rows[1][1][1] == "Zoë"


def test_imports_messy_file_with_exact_counts(practice):
    plan, result = import_file(practice, MESSY)
    bad = {row.row_number: row.problems for row in plan.bad_rows}
    assert sorted(bad) == [7, 8, 12, 14, 15]
    assert "check digit" in bad[7][0]
    assert bad[8][0].startswith("Mobile:")
    assert bad[12] == ["Surname: is empty; every client needs at least a surname"]
    assert "not a real date" in bad[14][0]
    assert "four-digit year" in bad[15][0]
    # Rows 6 (same as 2) and 13 (same ID as 9) are duplicates within the file.
    dups = {row.row_number: row.duplicate for row in plan.duplicates}
    assert dups[6].earlier_row == 2 and dups[6].matched_on == "SA ID number"
    assert dups[13].earlier_row == 9

    assert (result.created, result.updated, result.unchanged, result.skipped, result.bad) == (
        5,
        1,
        1,
        0,
        5,
    )
    assert (result.households, result.policies, result.notes) == (1, 1, 2)
    assert counts(practice) == {"clients": 5, "households": 1, "policies": 1, "notes": 2}

    with practice.session() as session:
        sipho = session.scalar(sa.select(Client).where(Client.id_number == SIPHO_ID))
        assert sipho.mobile == "+27821234567"
        assert sipho.date_of_birth == dt.date(1980, 3, 15)
        assert sipho.gender == "male"
        zoe = session.scalar(sa.select(Client).where(Client.first_names == "Zoë"))
        assert zoe.mobile == "+27835550101"
        assert zoe.household_id == sipho.household_id is not None
        helene = session.scalar(sa.select(Client).where(Client.surname == "Du Plessis"))
        assert helene.date_of_birth == dt.date(1975, 3, 1)  # "1 Maart 1975"
        assert helene.email == "Helene.DuPlessis@example.co.za"
        ntombi = session.scalar(sa.select(Client).where(Client.id_number == NTOMBI_ID))
        assert ntombi.mobile == "+27840001111"  # filled in from the duplicate row 13
        assert ntombi.email == "ntombi.khumalo@example.co.za"  # kept: only empty fields
        policy = session.scalar(sa.select(Policy))
        assert (policy.policy_number, policy.provider, policy.premium_cents) == (
            "OM-100234",
            "Old Mutual",
            125000,
        )
        # The search index knows the new clients, their phones and policy numbers.
        assert [r.id for r in search_clients(session, "100234")] == [sipho.id]
        assert [r.id for r in search_clients(session, "082 123")] == [sipho.id]
        assert {r.id for r in search_clients(session, "Mokoena")} == {sipho.id, zoe.id}
        entry = session.scalar(sa.select(AuditEntry).where(AuditEntry.action == "import.clients"))
        assert entry.summary.startswith("created 5, updated 1, unchanged 1, skipped 0, bad rows 5")
        assert "Mokoena" not in entry.summary and SIPHO_ID not in entry.summary


def test_reimporting_the_same_file_creates_no_duplicates(practice):
    import_file(practice, MESSY)
    before = counts(practice)
    plan, result = import_file(practice, MESSY)
    assert (result.created, result.updated, result.unchanged, result.bad) == (0, 0, 7, 5)
    assert all(row.duplicate and row.duplicate.existing_client_id for row in plan.good_rows)
    assert counts(practice) == before

    _plan, skipped = import_file(practice, MESSY, on_duplicate=DuplicateAction.SKIP)
    assert (skipped.created, skipped.skipped) == (0, 7)
    assert counts(practice) == before


def test_excel_style_cp1252_semicolon_file_with_rand_amounts(practice):
    source = read_source(EXCEL_SA)
    assert (source.encoding, source.delimiter) == ("cp1252", ";")
    mapping = guess_mapping(source.clients.headers)
    assert mapping["Dekking"] == "cover_amount" and mapping["Verskaffer"] == "provider"
    _plan, result = import_file(practice, EXCEL_SA)
    assert (result.created, result.bad, result.policies) == (3, 0, 2)
    with practice.session() as session:
        andre = session.scalar(sa.select(Client).where(Client.surname == "Botha"))
        assert andre.first_names == "André"
        policy = session.scalar(sa.select(Policy).where(Policy.client_id == andre.id))
        assert policy.cover_amount_cents == 125_000_000  # R 1 250 000,00
        assert policy.premium_cents == 85_050
        francois = session.scalar(sa.select(Client).where(Client.surname == "Le Roux"))
        assert francois.date_of_birth == dt.date(1959, 12, 1)  # "1 Desember 1959"


def test_duplicates_of_existing_clients_by_id_and_by_email(practice, tmp_path):
    lindiwe_id = make_sa_id(dt.date(1975, 5, 5), sequence=4000)
    with practice.session() as session:
        session.add_all(
            [
                Client(first_names="Lindiwe", surname="Zulu", id_number=lindiwe_id),
                Client(
                    first_names="Karen",
                    surname="Smith",
                    email="karen@example.co.za",
                    occupation="Teacher",
                ),
                # Shares Karen's e-mail but has a different ID: a spouse, not a duplicate.
                Client(
                    first_names="John",
                    surname="Smith",
                    email="family@example.co.za",
                    id_number=make_sa_id(dt.date(1970, 1, 1), sequence=6000),
                ),
            ]
        )
    file = tmp_path / "clients.csv"
    file.write_text(
        "First name,Surname,ID Number,Mobile,Email,Occupation\n"
        f"Lindiwe,Zulu,{lindiwe_id},082 100 2000,,Nurse\n"
        "Karen,Smith-Jones,,,KAREN@example.co.za,Principal\n"
        f"Jane,Smith,{make_sa_id(dt.date(1972, 2, 2), sequence=1000)},,family@example.co.za,\n",
        encoding="utf-8",
    )
    source = read_source(file)
    with practice.session() as session:
        plan = analyse(session, source, guess_mapping(source.clients.headers))
    matched = {row.row_number: row.duplicate for row in plan.good_rows}
    assert matched[2].matched_on == "SA ID number"
    assert matched[3].matched_on == "e-mail"
    assert matched[4] is None

    with practice.session() as session:
        result = run_import(
            session,
            plan,
            actor=practice.actor,
            on_duplicate=DuplicateAction.UPDATE_EMPTY,
            actions={3: DuplicateAction.OVERWRITE},
        )
    assert (result.created, result.updated) == (1, 2)
    with practice.session() as session:
        lindiwe = session.scalar(sa.select(Client).where(Client.id_number == lindiwe_id))
        assert lindiwe.mobile == "+27821002000" and lindiwe.occupation == "Nurse"
        karen = session.scalar(sa.select(Client).where(Client.first_names == "Karen"))
        assert (karen.surname, karen.occupation) == ("Smith-Jones", "Principal")
        assert session.scalar(sa.select(sa.func.count()).select_from(Client)) == 4


def test_cancel_midway_rolls_back_everything(practice, tmp_path):
    file = tmp_path / "many.csv"
    lines = ["Name,Surname,Cell,Policy number,Notes"]
    for n in range(1200):
        lines.append(f"Client{n},Surname{n},082{1000000 + n:07d},POL-{n},note {n}")
    file.write_text("\n".join(lines), encoding="utf-8")
    before = counts(practice)
    seen: list[int] = []

    def cancel_after_first_batch() -> bool:
        return len(seen) > 1

    with pytest.raises(ImportCancelled):
        import_file(
            practice,
            file,
            progress=Progress(
                lambda fraction, _step: seen.append(round(fraction * 1200)),
                should_stop=cancel_after_first_batch,
            ),
        )
    assert seen[-1] >= 500  # it really had written a batch of clients before the cancel
    assert counts(practice) == before
    with practice.session() as session:
        assert not session.scalar(
            sa.select(sa.func.count()).where(AuditEntry.action == "import.clients")
        )


def test_error_midway_rolls_back(practice, tmp_path):
    file = tmp_path / "ok.csv"
    file.write_text("Name,Surname\nA,One\nB,Two\n", encoding="utf-8")

    def explode(fraction: float, _step: str) -> None:
        if fraction:
            raise OSError("disk gone")

    with pytest.raises(OSError):
        import_file(practice, file, progress=Progress(explode))
    assert counts(practice)["clients"] == 0


def test_bad_rows_csv_round_trips(practice, tmp_path):
    plan, _result = import_file(practice, MESSY, dry_run=True)
    out = tmp_path / "to-fix.csv"
    assert write_bad_rows(plan, out) == 5
    with out.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[0][:3] == ["Row", "Problem", "Title"]
    assert [row[0] for row in table[1:]] == ["7", "8", "12", "14", "15"]
    assert table[1][4] == "Müller"

    # Fix two rows in the saved file, then import it: the extra columns are ignored.
    table[2][2 + 5] = "082 444 5555"  # Lerato's mobile
    table[4][2 + 4] = "28/02/1980"  # Anél's date of birth
    with out.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(table)
    fixed = read_source(out)
    mapping = guess_mapping(fixed.clients.headers)
    assert mapping["Row"] == "" and mapping["Problem"] == ""
    plan2, result = import_file(practice, out)
    assert result.created == 2
    assert sorted(row.row_number for row in plan2.bad_rows) == [2, 4, 6]


def test_saved_mappings_live_in_settings(practice, tmp_path):
    with practice.session() as session:
        save_mapping(session, "Old CRM", {"Van": "surname", "Naam": "first_names", "X": ""})
    with practice.session() as session:
        assert saved_mapping_names(session) == ["Old CRM"]
        assert load_mapping(session, "Old CRM")["Van"] == "surname"
        with pytest.raises(Exception, match="no saved column mapping"):
            load_mapping(session, "Nope")


def test_xlsx_with_related_policy_and_note_sheets(practice, tmp_path):
    import openpyxl

    andile_id = make_sa_id(dt.date(1968, 4, 4), sequence=5500)
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Clients"
    sheet.append(["Full name", "ID No", "Date of birth", "E-mail"])
    sheet.append(["Mr Andile van der Berg", andile_id, dt.datetime(1968, 4, 4), None])
    sheet.append(["Ms Naledi Mahlangu", None, "07/07/1991", "naledi@example.co.za"])
    policies = workbook.create_sheet("Policies")
    policies.append(["ID Number", "Email", "Policy number", "Provider", "Premium"])
    policies.append([andile_id, None, "LIB-1", "Liberty", 1500.5])
    policies.append([None, "naledi@example.co.za", "LIB-2", "Liberty", "R 300"])
    policies.append([None, "stranger@example.co.za", "LIB-3", "Liberty", "R 300"])
    notes = workbook.create_sheet("Notes")
    notes.append(["ID Number", "Note"])
    notes.append([andile_id, "Met at the golf day"])
    path = tmp_path / "book.xlsx"
    workbook.save(path)

    plan, result = import_file(practice, path)
    assert result.created == 2 and result.policies == 2 and result.notes == 1
    assert result.bad_related == 1
    with practice.session() as session:
        andile = session.scalar(sa.select(Client).where(Client.id_number == andile_id))
        assert (andile.title, andile.first_names, andile.surname) == (
            "Mr",
            "Andile",
            "van der Berg",
        )
        premium = session.scalar(
            sa.select(Policy.premium_cents).where(Policy.policy_number == "LIB-1")
        )
        assert premium == 150050


def test_unreadable_files_say_what_to_do(tmp_path):
    missing = tmp_path / "nope.csv"
    with pytest.raises(ImportFileError, match="not found"):
        read_source(missing)
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ImportFileError, match="could not be read as an Excel workbook"):
        read_source(fake)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"\r\n\r\n")
    with pytest.raises(ImportFileError, match="no header row"):
        read_source(empty)


def test_import_needs_permission(practice):
    source = read_source(MESSY)
    with practice.session() as session:
        plan = analyse(session, source, guess_mapping(source.clients.headers))
        with pytest.raises(PermissionDenied):
            run_import(session, plan, actor=Actor(user_id=None, username="c", role="compliance"))


def test_a_planner_is_told_of_another_planners_client_without_its_name(practice, tmp_path):
    lindiwe_id = make_sa_id(dt.date(1975, 5, 5), sequence=4000)
    with practice.session() as session:
        session.add(
            Client(
                first_names="Lindiwe",
                surname="Zulu",
                id_number=lindiwe_id,
                planner_id=practice.actor.user_id,
            )
        )
    file = tmp_path / "mine.csv"
    file.write_text(f"Name,Surname,ID Number\nLindiwe,Zulu,{lindiwe_id}\n", encoding="utf-8")
    source = read_source(file)
    planner = Actor(user_id=999, username="pieter", role="planner")
    with practice.session() as session:
        plan = analyse(session, source, guess_mapping(source.clients.headers), actor=planner)
    match = plan.good_rows[0].duplicate
    assert match.matched_on == "SA ID number" and match.existing_client_id is not None
    assert match.existing_name == "a client of another planner"


def _search_trigger_count(practice) -> int:
    with practice.engine.connect() as connection:
        return connection.exec_driver_sql(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' "
            "AND name LIKE 'client_search%'"
        ).scalar_one()


def test_imported_clients_and_policies_are_searchable_at_once(practice, tmp_path):
    thabo_id = make_sa_id(dt.date(1980, 3, 3), sequence=5100)
    with practice.session() as session:
        session.add(Client(first_names="Thabo", surname="Mokoena", id_number=thabo_id))
    file = tmp_path / "with_policies.csv"
    file.write_text(
        "First name,Surname,ID Number,Policy number,Provider\n"
        f"Thabo,Mokoena,{thabo_id},SANLAM-4455,Sanlam\n"
        "Naledi,Quagga,,OM-9911,Old Mutual\n",
        encoding="utf-8",
    )
    triggers = None if practice.on_server else _search_trigger_count(practice)
    plan, result = import_file(practice, file)
    assert (result.created, result.policies) == (1, 2)
    if not practice.on_server:  # the server searches the rows themselves: no FTS5 triggers
        assert _search_trigger_count(practice) == triggers == 6
    with practice.sessions() as session:
        # An existing client's new policy, and a new client by name and by policy.
        assert [r.display_name for r in search_clients(session, "SANLAM-44")] == ["Thabo Mokoena"]
        assert [r.display_name for r in search_clients(session, "Quagg")] == ["Naledi Quagga"]
        assert [r.display_name for r in search_clients(session, "OM-99")] == ["Naledi Quagga"]


@pytest.mark.sqlcipher_only(reason="the SQLite FTS5 search triggers; the server has none")
def test_a_cancelled_import_keeps_the_search_triggers(practice, tmp_path):
    file = tmp_path / "two.csv"
    file.write_text("Name,Surname,Policy number\nA,One,P-1\nB,Two,P-2\n", encoding="utf-8")
    triggers = _search_trigger_count(practice)
    calls: list[int] = []

    def cancel_at_the_inserts() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(ImportCancelled):
        import_file(practice, file, progress=Progress(should_stop=cancel_at_the_inserts))
    assert _search_trigger_count(practice) == triggers == 6


def test_outlook_contacts_import_with_home_addresses(practice, tmp_path):
    # Column names as Outlook's "Export to a file" writes them.
    file = tmp_path / "contacts.csv"
    file.write_text(
        "First Name,Last Name,E-mail Address,Mobile Phone,Home Street,Home City,Home State,"
        "Home Postal Code,Home Country/Region\n"
        "Zanele,Mthembu,zanele@example.co.za,082 444 1234,5 Oak Avenue,Durban,KZN,4001,"
        "South Africa\n"
        "Short,Number,,082 1234,,,,,\n",
        encoding="utf-8",
    )
    from clientmanager.services.importer import guess_mapping, read_source

    mapping = guess_mapping(read_source(file).clients.headers)
    assert mapping["Home Street"] == "address_line1"
    assert mapping["Home State"] == "province"
    assert mapping["Home Postal Code"] == "postal_code"
    plan, result = import_file(practice, file)
    assert (result.created, result.bad, result.addresses) == (1, 1, 1)
    (bad,) = plan.bad_rows
    assert any("Mobile" in problem and "too few digits" in problem for problem in bad.problems)
    with practice.session() as session:
        zanele = session.scalar(sa.select(Client).where(Client.surname == "Mthembu"))
        (address,) = zanele.addresses
        assert (address.line1, address.city, address.province, address.postal_code) == (
            "5 Oak Avenue",
            "Durban",
            "KwaZulu-Natal",
            "4001",
        )
        assert session.scalar(sa.select(Client).where(Client.surname == "Number")) is None
