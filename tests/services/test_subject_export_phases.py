"""What each phase of the data-subject package says, checked against the database.

tests/services/test_subject_export.py finds every value again; these tests check the
rows each phase builds from them: who a row names ("you", a relative, a user), which
role and whose notes a policy shows, the order of the rows, and what a document with a
missing or altered file says.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile
from pathlib import Path

import pytest
import sqlalchemy as sa

from clientmanager.services.subject_export import export_subject_package
from clientmanager.store.models import (
    Address,
    Client,
    Consent,
    Document,
    DocumentContent,
    Goal,
    Note,
    Practice,
    RiskProfile,
    Task,
    User,
)
from tests.services.test_subject_export import DOCUMENT_BYTES, build_household


@pytest.fixture
def package(practice, tmp_path):  # noqa: ANN001, ANN201
    """The household's package, with a planner named on every row that names a user."""
    household = build_household(practice)
    with practice.session() as s:
        naledi = User(username="naledi", full_name="Naledi Khumalo", role="planner")
        s.add(naledi)
        s.flush()
        cid = household.client_id
        s.get(Client, cid).planner_id = naledi.id
        # A record of advice is final (a database trigger): only the meeting note changes.
        s.execute(
            sa.update(Note)
            .where(Note.client_id == cid, Note.finalised_at.is_(None))
            .values(author_id=naledi.id)
        )
        for model, column in (
            (Task, "assigned_to_id"),
            (RiskProfile, "assessed_by_id"),
            (Document, "uploaded_by_id"),
        ):
            s.execute(sa.update(model).where(model.client_id == cid).values({column: naledi.id}))
        # Consent entries are history (a trigger): a new one is recorded by the planner.
        s.add(
            Consent(client_id=cid, purpose="direct_marketing", lawful_basis="consent",
                    status="given", channel="phone", recorded_by_id=naledi.id,
                    recorded_at=dt.datetime(2023, 3, 1, 8, 0))
        )  # fmt: skip
        s.add(Goal(client_id=cid, kind="education", description="University for Lwazi", priority=1))
    out = tmp_path / "helene.zip"
    with practice.session() as s:
        export_subject_package(s, actor=practice.actor, client_id=household.client_id, out=out)
    with zipfile.ZipFile(out) as archive:
        root = archive.namelist()[0].split("/")[0]
        files = {n.removeprefix(root + "/"): archive.read(n) for n in archive.namelist()}
    return household, json.loads(files["data/data.json"]), files


def _rows(data: dict, key: str) -> list[dict]:
    return data["categories"][key]


def test_identity_contact_and_header_match_the_client_row(practice, package) -> None:  # noqa: ANN001
    household, data, _files = package
    with practice.session() as s:
        client = s.get(Client, household.client_id)
        firm = s.scalar(sa.select(Practice))
        address = s.scalars(sa.select(Address).where(Address.client_id == client.id)).one()
        (identity,) = _rows(data, "identity")
        assert identity["client_number"] == client.id
        assert identity["id_number"] == client.id_number
        assert identity["date_of_birth"] == client.date_of_birth.isoformat()
        assert identity["planner"] == "Naledi Khumalo"  # a name, never a user number
        assert identity["processing_restricted"] is False
        assert [(c["type"], c["value"]) for c in _rows(data, "contact")] == [
            ("email", client.email),
            ("mobile", client.mobile),
            ("home_phone", client.home_phone),
            ("postal_address", "PO Box 4471, Rondebosch, Cape Town, Western Cape, 7701, "
             f"{address.country}"),
        ]  # fmt: skip
        assert data["data_subject"] == {
            "client_number": client.id,
            "name": "Hélène Zoë Nkosi-Ndlovu",
        }
        assert data["practice"]["fsp_number"] == firm.fsp_number == "49261"
        assert data["practice"]["address"] == firm.physical_address
        assert data["practice"]["information_officer"]["email"] == firm.information_officer_email
        assert data["addressee"]["name"] == "Dr Hélène Zoë Nkosi-Ndlovu"  # with the title
        assert data["addressee"]["on_behalf_of"] is None
    assert list(data["categories"]) == list(data["category_info"])


def test_relationships_read_from_the_persons_point_of_view(package) -> None:  # noqa: ANN001
    _household, data, _files = package
    # Stored both ways round (spouse/spouse, child/parent): each person appears once.
    assert _rows(data, "household") == [
        {"relationship": "member of household", "person": "Nkosi-Ndlovu household",
         "detail": "your role: main"},
        {"relationship": "your spouse", "person": "Jürgen Müller", "detail": None},
        {"relationship": "your child", "person": "Lwazi Nkosi-Ndlovu", "detail": None},
    ]  # fmt: skip


def test_policies_show_the_persons_role_and_only_what_is_theirs(package) -> None:  # noqa: ANN001
    _household, data, _files = package
    own, joint, named_on = _rows(data, "policies")
    assert (own["your_role"], own["owner"]) == ("owner", "you")
    assert own["other_people_on_policy"] == "Lwazi Nkosi-Ndlovu: beneficiary (100%)"
    assert own["notes"] == "Beneficiary nomination updated after the wedding."
    assert (joint["your_role"], joint["owner"], joint["joint"]) == (
        "joint_owner",
        "Jürgen Müller",
        True,
    )
    assert joint["other_people_on_policy"] == ""  # only the person and the owner are on it
    # The spouse's own policy the person is a beneficiary of: no notes, no other people.
    assert (named_on["your_role"], named_on["owner"]) == ("beneficiary (100%)", "Jürgen Müller")
    assert named_on["notes"] is None and named_on["other_people_on_policy"] is None


def test_assets_debts_and_cash_flows(package) -> None:  # noqa: ANN001
    _household, data, _files = package
    assert [(a["description"], a["held_jointly_with"], a["ownership_percent"])
            for a in _rows(data, "assets")] == [
        ("JSE share portfolio", None, 100),
        ("Holiday house in Hermanus", "Jürgen Müller", 50),  # the spouse owns it with them
    ]  # fmt: skip
    (loan,) = _rows(data, "liabilities")
    assert (loan["lender"], loan["interest_rate_percent"], loan["held_jointly_with"]) == (
        "Standard Bank",
        "11.75",
        None,
    )
    assert [f["direction"] for f in _rows(data, "income_expenses")] == ["income", "expense"]


def test_goals_risk_notes_and_tasks_name_people_and_keep_order(package) -> None:  # noqa: ANN001
    _household, data, _files = package
    assert [(g["description"], g["priority"]) for g in _rows(data, "goals")] == [
        ("Retire at 60 in Knysna", "medium"),
        ("University for Lwazi", "high"),
    ]
    (profile,) = _rows(data, "risk_profiles")
    assert (profile["score"], profile["assessed_by"]) == (62, "Naledi Khumalo")
    notes = _rows(data, "notes")
    assert [n["subject"] for n in notes] == [
        "Annual review: Müller estate plan",
        "Record of advice: retirement annuity",
    ]  # by the time they happened
    assert [n["author"] for n in notes] == ["Naledi Khumalo", None]
    advice = notes[1]
    assert advice["kind"] == "advice"
    assert advice["finalised_at"] == "2025-06-04T11:00:00+02:00"  # stored UTC, shown SAST
    (task,) = _rows(data, "tasks")
    assert (task["title"], task["due_on"], task["assigned_to"]) == (
        "Send updated beneficiary form",
        "2026-07-01",
        "Naledi Khumalo",
    )


def test_documents_and_consents(package) -> None:  # noqa: ANN001
    _household, data, files = package
    (document,) = _rows(data, "documents")
    assert document["file_in_package"].startswith("documents/")
    assert document["file_in_package"].endswith("-Hélène ID copy.pdf")
    assert files["data/" + document["file_in_package"]] == DOCUMENT_BYTES
    assert document["uploaded_by"] == "Naledi Khumalo" and "note" not in document
    consents = _rows(data, "consents")
    assert [(c["purpose"], c["status"], c["recorded_by"]) for c in consents] == [
        ("financial_planning", "not_required", None),
        ("direct_marketing", "given", None),
        ("direct_marketing", "withdrawn", None),
        ("direct_marketing", "given", "Naledi Khumalo"),  # oldest first: the history
    ]
    # Each category's CSV holds the same rows as data.json.
    for key, records in data["categories"].items():
        rows = list(csv.DictReader(io.StringIO(files[f"data/csv/{key}.csv"].decode("utf-8-sig"))))
        assert len(rows) == len(records), key


def test_a_missing_or_altered_file_is_said_so(practice, tmp_path: Path) -> None:  # noqa: ANN001
    household = build_household(practice)
    with practice.session() as s:
        altered = s.scalars(
            sa.select(Document).where(Document.client_id == household.client_id)
        ).one()
        altered.sha256 = "f" * 64
        s.add(
            Document(client_id=household.client_id, category="other", filename="lost.pdf",
                     mime_type="application/pdf", size_bytes=3, sha256="0" * 64)
        )  # fmt: skip
    out = tmp_path / "p.zip"
    with practice.session() as s:
        export_subject_package(s, actor=practice.actor, client_id=household.client_id, out=out)
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        root = names[0].split("/")[0]
        data = json.loads(archive.read(f"{root}/data/data.json"))
        kept, lost = data["categories"]["documents"]
        assert kept["note"] == "The stored checksum does not match the file; please ask us."
        assert archive.read(f"{root}/data/{kept['file_in_package']}") == DOCUMENT_BYTES
        assert lost["filename"] == "lost.pdf" and lost["file_in_package"] is None
        assert lost["note"] == "The file's content is missing from the database."
        assert not [n for n in names if "lost" in n]
    with practice.session() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(DocumentContent)) == 2
