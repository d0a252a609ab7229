"""The data-subject package (POPIA s23), checked by reading back what a client receives."""

from __future__ import annotations

import csv
import datetime as dt
import errno
import hashlib
import io
import json
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy as sa
from pypdf import PdfReader
from pypdf.generic import IndirectObject

from clientmanager.domain.sa_id import make_sa_id
from clientmanager.errors import PermissionDenied
from clientmanager.services import disclosures
from clientmanager.services.audit import Actor
from clientmanager.services.subject_export import SubjectExportError, export_subject_package
from clientmanager.store.models import (
    Address,
    Asset,
    AuditEntry,
    CashFlow,
    Client,
    ClientRelationship,
    Consent,
    Disclosure,
    Document,
    DocumentContent,
    Goal,
    Household,
    Liability,
    Note,
    Policy,
    PolicyRole,
    Practice,
    RiskProfile,
    Task,
    User,
)

# Each test that uses a practice runs on SQLCipher and on PostgreSQL (tests/backends.py).
pytestmark = pytest.mark.both_backends

CLIENT_ID_NUMBER = make_sa_id(dt.date(1979, 3, 14), sequence=2345)
SPOUSE_ID_NUMBER = make_sa_id(dt.date(1976, 8, 2), sequence=6789)
DOCUMENT_BYTES = b"%PDF-1.4\n% a scanned ID copy for the test\n%%EOF\n"


@dataclass
class Household_:
    client_id: int
    spouse_id: int
    expected: list[object]  # values the client's package must contain
    spouse_only: list[str]  # values that must not appear anywhere in it


def build_household(practice) -> Household_:  # noqa: ANN001
    """A client with data in every category, and a spouse with data of their own."""
    expected: list[object] = []
    spouse_only: list[str] = []
    with practice.session() as s:
        p = s.scalar(sa.select(Practice))
        p.fsp_number = "49261"
        p.physical_address = "2nd Floor, 14 Kloof Street, Gardens, Cape Town, 8001"
        p.information_officer_email = "privacy@mokoena-muller.co.za"
        p.information_officer_phone = "+27 21 555 0142"
        household = Household(name="Nkosi-Ndlovu household")
        s.add(household)
        s.flush()
        client = Client(
            title="Dr",
            first_names="Hélène Zoë",
            surname="Nkosi-Ndlovu",
            preferred_name="Hélène",
            id_number=CLIENT_ID_NUMBER,
            date_of_birth=dt.date(1979, 3, 14),
            gender="female",
            marital_status="married",
            marriage_regime="out_of_community_with_accrual",
            tax_number="0123456789",
            occupation="Cardiologist",
            employer="Groote Schuur Hospital",
            email="helene.nkosi@example.co.za",
            mobile="+27825550101",
            home_phone="+27215550102",
            preferred_language="isiZulu",
            household_id=household.id,
            household_role="main",
            relationship_start=dt.date(2015, 2, 1),
        )
        spouse = Client(
            title="Mr",
            first_names="Jürgen",
            surname="Müller",
            id_number=SPOUSE_ID_NUMBER,
            date_of_birth=dt.date(1976, 8, 2),
            email="spouse-only-jurgen@example.co.za",
            mobile="+27835559999",
            occupation="Spouse-only occupation: winemaker",
            household_id=household.id,
            household_role="spouse",
        )
        child = Client(
            first_names="Lwazi", surname="Nkosi-Ndlovu", household_id=household.id,
            household_role="dependant", category="related", date_of_birth=dt.date(2012, 5, 5),
        )  # fmt: skip
        s.add_all([client, spouse, child])
        s.flush()
        expected += [
            "Hélène Zoë",
            "Nkosi-Ndlovu",
            CLIENT_ID_NUMBER,
            "1979-03-14",
            "0123456789",
            "Cardiologist",
            "Groote Schuur Hospital",
            "helene.nkosi@example.co.za",
            "+27825550101",
            "+27215550102",
            "isiZulu",
            "Nkosi-Ndlovu household",
        ]
        spouse_only += [
            SPOUSE_ID_NUMBER,
            "spouse-only-jurgen@example.co.za",
            "+27835559999",
            "winemaker",
        ]
        s.add(
            Address(
                client_id=client.id, kind="postal", line1="PO Box 4471", suburb="Rondebosch",
                city="Cape Town", province="Western Cape", postal_code="7701",
            )
        )  # fmt: skip
        s.add(Address(client_id=spouse.id, kind="work", line1="Spouse-only Wine Estate Road"))
        expected += ["PO Box 4471, Rondebosch, Cape Town, Western Cape, 7701, South Africa"]
        spouse_only += ["Spouse-only Wine Estate Road"]
        s.add_all(
            [
                ClientRelationship(client_id=client.id, related_client_id=spouse.id, kind="spouse"),
                ClientRelationship(client_id=spouse.id, related_client_id=client.id, kind="spouse"),
                ClientRelationship(client_id=child.id, related_client_id=client.id, kind="child"),
                ClientRelationship(client_id=client.id, related_client_id=child.id, kind="parent"),
            ]
        )
        expected += ["Jürgen Müller", "Lwazi Nkosi-Ndlovu"]

        own = Policy(
            client_id=client.id, provider="Discovery Life", policy_number="DL-4471-0923",
            product_type="life_cover", premium_cents=185_000, premium_frequency="monthly",
            cover_amount_cents=450_000_000, start_date=dt.date(2016, 4, 1),
            notes="Beneficiary nomination updated after the wedding.",
        )  # fmt: skip
        joint = Policy(
            client_id=spouse.id, provider="Old Mutual", policy_number="OM-JOINT-5510",
            product_type="funeral", premium_cents=32_000, is_joint=True,
            cover_amount_cents=5_000_000,
        )  # fmt: skip
        named_on = Policy(
            client_id=spouse.id, provider="Sanlam", policy_number="SL-8812-BEN",
            product_type="life_cover", cover_amount_cents=300_000_000,
            notes="Spouse-only policy note about his medical history",
        )  # fmt: skip
        spouse_own = Policy(
            client_id=spouse.id, provider="Liberty", policy_number="SPOUSE-ONLY-POL-999",
            product_type="dread_disease", premium_cents=99_900,
        )  # fmt: skip
        s.add_all([own, joint, named_on, spouse_own])
        s.flush()
        s.add_all(
            [
                PolicyRole(policy_id=own.id, client_id=child.id, role="beneficiary",
                           share_percent=100),
                PolicyRole(policy_id=joint.id, client_id=client.id, role="joint_owner"),
                PolicyRole(policy_id=named_on.id, client_id=client.id, role="beneficiary",
                           share_percent=100),
            ]
        )  # fmt: skip
        expected += ["DL-4471-0923", 185_000, 450_000_000, "OM-JOINT-5510", "SL-8812-BEN"]
        expected += ["Beneficiary nomination updated after the wedding."]
        spouse_only += ["SPOUSE-ONLY-POL-999", "Spouse-only policy note"]

        s.add_all(
            [
                Asset(client_id=client.id, kind="investment", description="JSE share portfolio",
                      value_cents=123_456_700, valuation_date=dt.date(2026, 2, 28)),
                Asset(client_id=spouse.id, kind="property", description="Holiday house in Hermanus",
                      value_cents=345_000_000, joint_client_id=client.id, ownership_percent=50),
                Asset(client_id=spouse.id, kind="vehicle", description="Spouse-only Harley Davidson",
                      value_cents=29_900_000),
                Liability(client_id=client.id, kind="home_loan", lender="Standard Bank",
                          account_number="SB-HL-778812", balance_cents=210_000_000,
                          monthly_payment_cents=2_150_000, interest_rate_bp=1175),
                Liability(client_id=spouse.id, kind="credit_card", lender="Spouse-only Bank",
                          account_number="SPOUSE-ONLY-CC-1", balance_cents=1_500_000),
                CashFlow(client_id=client.id, direction="income", category="salary",
                         description="Net salary from the hospital", amount_cents=9_850_000),
                CashFlow(client_id=client.id, direction="expense", category="schooling",
                         description="School fees for Lwazi", amount_cents=650_000),
                CashFlow(client_id=spouse.id, direction="income", category="business",
                         description="Spouse-only consulting income", amount_cents=4_400_000),
                Goal(client_id=client.id, kind="retirement", description="Retire at 60 in Knysna",
                     target_amount_cents=2_500_000_000, target_date=dt.date(2039, 3, 14)),
                Goal(client_id=spouse.id, kind="other", description="Spouse-only goal: a yacht"),
                RiskProfile(client_id=client.id, assessed_on=dt.date(2025, 6, 3), score=62,
                            category="moderately_aggressive", method="FinaMetrica-style questionnaire",
                            notes="Comfortable with equity volatility."),
                RiskProfile(client_id=spouse.id, assessed_on=dt.date(2025, 6, 3),
                            category="conservative", notes="Spouse-only risk note"),
            ]
        )  # fmt: skip
        expected += [
            "JSE share portfolio",
            123_456_700,
            "Holiday house in Hermanus",
            "SB-HL-778812",
            210_000_000,
            "11.75",
            "Net salary from the hospital",
            9_850_000,
            "School fees for Lwazi",
            "Retire at 60 in Knysna",
            2_500_000_000,
            "FinaMetrica-style questionnaire",
            "Comfortable with equity volatility.",
            62,
        ]
        spouse_only += [
            "Spouse-only Harley Davidson",
            "SPOUSE-ONLY-CC-1",
            "Spouse-only consulting income",
            "Spouse-only goal",
            "Spouse-only risk note",
        ]

        note = Note(
            client_id=client.id, kind="meeting", subject="Annual review: Müller estate plan",
            body="Discussed the testamentary trust for Lwazi.",
            occurred_at=dt.datetime(2025, 6, 3, 10, 30),
        )  # fmt: skip
        advice = Note(
            client_id=client.id, kind="advice", subject="Record of advice: retirement annuity",
            body="Advice given in person.", occurred_at=dt.datetime(2025, 6, 3, 11, 0),
            advice_basis="Retirement gap of 30% on current savings.",
            products_considered="Allan Gray RA; 10X RA",
            recommendation="10X retirement annuity at R2 500 per month",
            recommendation_reasons="Lowest fees; index tracking suits the risk profile.",
            finalised_at=dt.datetime(2025, 6, 4, 9, 0),
        )  # fmt: skip
        s.add_all(
            [
                note,
                advice,
                Note(client_id=spouse.id, subject="Spouse-only note about his business"),
                Task(client_id=client.id, title="Send updated beneficiary form",
                     details="Discovery form BN-7", due_on=dt.date(2026, 7, 1)),
                Task(client_id=spouse.id, title="Spouse-only task: wine farm valuation"),
            ]
        )  # fmt: skip
        expected += [
            "Annual review: Müller estate plan",
            "Discussed the testamentary trust for Lwazi.",
            "Retirement gap of 30% on current savings.",
            "Allan Gray RA; 10X RA",
            "10X retirement annuity at R2 500 per month",
            "Lowest fees; index tracking suits the risk profile.",
            "Send updated beneficiary form",
            "Discovery form BN-7",
        ]
        spouse_only += ["Spouse-only note about his business", "Spouse-only task"]

        document = Document(
            client_id=client.id, category="id_copy", filename="Hélène ID copy.pdf",
            mime_type="application/pdf", size_bytes=len(DOCUMENT_BYTES),
            sha256=hashlib.sha256(DOCUMENT_BYTES).hexdigest(), is_sensitive=True,
            description="Certified copy of ID",
        )  # fmt: skip
        spouse_document = Document(
            client_id=spouse.id, category="other", filename="spouse-only-payslip.pdf",
            mime_type="application/pdf", size_bytes=5, sha256="0" * 64,
        )  # fmt: skip
        s.add_all([document, spouse_document])
        s.flush()
        s.add_all(
            [
                DocumentContent(document_id=document.id, content=DOCUMENT_BYTES),
                DocumentContent(document_id=spouse_document.id, content=b"SPOUSE-ONLY-BYTES"),
            ]
        )
        expected += ["Hélène ID copy.pdf", "Certified copy of ID"]
        spouse_only += ["spouse-only-payslip"]

        s.add_all(
            [
                Consent(client_id=client.id, purpose="financial_planning", lawful_basis="contract",
                        status="not_required", wording="Needed to advise you (s11(1)(b)).",
                        recorded_at=dt.datetime(2015, 2, 1, 9, 0)),
                Consent(client_id=client.id, purpose="direct_marketing", lawful_basis="consent",
                        status="given", channel="paper_form", wording="Newsletters by e-mail.",
                        recorded_at=dt.datetime(2015, 2, 1, 9, 5)),
                Consent(client_id=client.id, purpose="direct_marketing", lawful_basis="consent",
                        status="withdrawn", channel="email", wording="Replied STOP to a newsletter.",
                        recorded_at=dt.datetime(2021, 9, 9, 14, 0)),
            ]
        )  # fmt: skip
        expected += ["Needed to advise you (s11(1)(b)).", "Replied STOP to a newsletter."]
        client_id, spouse_id = client.id, spouse.id

    with practice.session() as s:
        for category, name, purpose in (
            ("product_provider", "Discovery Life Ltd", "Application for life cover"),
            ("compliance_officer", "Moonstone Compliance (Pty) Ltd", "Annual FAIS file review"),
        ):
            disclosures.record_disclosure(
                s, actor=practice.actor, client_id=client_id, recipient_category=category,
                recipient_name=name, purpose=purpose, categories="Identity, Policies",
                channel="email",
            )  # fmt: skip
            expected += [name, purpose]
        disclosures.record_disclosure(
            s, actor=practice.actor, client_id=spouse_id, recipient_category="product_provider",
            recipient_name="Spouse-only Recipient Ltd", purpose="Spouse-only purpose",
        )  # fmt: skip
        spouse_only += ["Spouse-only Recipient Ltd"]
    return Household_(client_id, spouse_id, expected, spouse_only)


def _export(practice, client_id: int, out: Path, **kwargs):  # noqa: ANN001, ANN202
    with practice.session() as s:
        return export_subject_package(
            s, actor=practice.actor, client_id=client_id, out=out, **kwargs
        )


def _flatten(value: object) -> list[object]:
    if isinstance(value, dict):
        return [leaf for item in value.values() for leaf in _flatten(item)]
    if isinstance(value, list):
        return [leaf for item in value for leaf in _flatten(item)]
    return [value]


def _read(zip_path: Path) -> tuple[str, dict[str, bytes]]:
    with zipfile.ZipFile(zip_path) as archive:
        names = archive.namelist()
        root = names[0].split("/")[0]
        files = {name.removeprefix(root + "/"): archive.read(name) for name in names}
    return root, files


def _pdf_text(pdf: bytes, password: str | None = None) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    if password is not None:
        assert reader.decrypt(password)
    # Table cells wrap long values over lines; compare text with whitespace collapsed.
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


@pytest.fixture
def household(practice) -> Household_:  # noqa: ANN001
    return build_household(practice)


def test_package_holds_every_value_and_verifies(practice, household, tmp_path) -> None:  # noqa: ANN001
    out = tmp_path / "handover" / "helene.zip"
    result = _export(practice, household.client_id, out)

    root, files = _read(out)
    assert root == result.package_id
    assert {"bagit.txt", "bag-info.txt", "manifest-sha256.txt", "tagmanifest-sha256.txt"} <= set(
        files
    )
    # The Library of Congress validator agrees that it is a complete, valid bag.
    import bagit

    with zipfile.ZipFile(out) as archive:
        archive.extractall(tmp_path / "bag")
    bagit.Bag(str(tmp_path / "bag" / root)).validate()
    # data.json: a schema version, and every value we put in, found again.
    data = json.loads(files["data/data.json"])
    assert data["schema_version"] == 1
    assert data["package_id"] == result.package_id
    leaves = _flatten(data)
    leaf_text = "\n".join(str(leaf) for leaf in leaves)
    for value in household.expected:
        if isinstance(value, int):
            assert value in leaves, value
        else:
            assert value in leaf_text, value
    # ...including every non-empty column of the client row itself.
    with practice.session() as s:
        client = s.get(Client, household.client_id)
        for column in ("first_names", "surname", "id_number", "tax_number", "email", "mobile"):
            assert getattr(client, column) in leaf_text
    categories = data["categories"]
    assert [r["policy_number"] for r in categories["policies"]] == [
        "DL-4471-0923",
        "OM-JOINT-5510",
        "SL-8812-BEN",
    ]
    assert [c["status"] for c in categories["consents"]] == ["not_required", "given", "withdrawn"]
    assert {d["recipient_name"] for d in categories["disclosures"]} == {
        "Discovery Life",  # the provider of the client's own policy (issue 14)
        "Discovery Life Ltd",
        "Moonstone Compliance (Pty) Ltd",
    }

    # Every checksum in both manifests is right, and every payload file is listed.
    payload = {name for name in files if name.startswith("data/")}
    listed = set()
    for manifest in ("manifest-sha256.txt", "tagmanifest-sha256.txt"):
        for line in files[manifest].decode().splitlines():
            digest, name = line.split("  ", 1)
            assert hashlib.sha256(files[name]).hexdigest() == digest, name
            listed.add(name)
    assert payload <= listed
    assert set(files) - listed == {"tagmanifest-sha256.txt"}
    oxum = sum(len(files[name]) for name in payload)
    assert f"Payload-Oxum: {oxum}.{len(payload)}" in files["bag-info.txt"].decode()
    assert hashlib.sha256(files["data/data.json"]).hexdigest() == result.data_sha256

    # One CSV per category, readable, values intact (UTF-8 for Excel).
    for key in categories:
        assert f"data/csv/{key}.csv" in files
    policies_csv = list(
        csv.DictReader(io.StringIO(files["data/csv/policies.csv"].decode("utf-8-sig")))
    )
    assert policies_csv[0]["policy_number"] == "DL-4471-0923"
    identity_csv = files["data/csv/identity.csv"].decode("utf-8-sig")
    assert "Hélène Zoë" in identity_csv

    # The original document, byte for byte.
    (document,) = categories["documents"]
    assert files["data/" + document["file_in_package"]] == DOCUMENT_BYTES

    # The PDF: name, ID, a policy number, the third parties, the Regulator, the footer.
    text = _pdf_text(files["data/report.pdf"])
    assert "Hélène Zoë Nkosi-Ndlovu" in text
    assert CLIENT_ID_NUMBER in text
    assert "DL-4471-0923" in text
    assert "Discovery Life Ltd" in text
    assert "Moonstone Compliance (Pty) Ltd" in text
    assert "Annual FAIS file review" in text
    assert "POPIAComplaints@inforegulator.org.za" in text
    assert "010 023 5200" in text
    assert "Form 2" in text and "11(3)" in text
    assert "Thandi Mokoena" in text  # the information officer signs the letter
    assert result.data_sha256 in text
    reader = PdfReader(io.BytesIO(files["data/report.pdf"]))
    count = len(reader.pages)
    assert f"Page {count} of {count}" in reader.pages[-1].extract_text()
    assert f"Page 1 of {count}" in reader.pages[0].extract_text()

    # Recorded: the disclosure register (recipient: the person) and the audit log.
    with practice.session() as s:
        row = s.get(Disclosure, result.disclosure_id)
        assert row.recipient_category == "data_subject"
        assert result.package_id in row.purpose
        audit_entry = s.scalars(
            sa.select(AuditEntry).where(AuditEntry.action == "subject.exported")
        ).one()
        assert audit_entry.client_id == household.client_id
        assert "Nkosi" not in audit_entry.summary  # identifiers only, never content

    # Nothing left beside it but the package.
    assert [p.name for p in out.parent.iterdir()] == ["helene.zip"]


def test_spouse_own_information_is_not_in_the_package(practice, household, tmp_path) -> None:  # noqa: ANN001
    out = tmp_path / "helene.zip"
    _export(practice, household.client_id, out)
    _root, files = _read(out)
    everything = "\n".join(
        content.decode("utf-8", "replace")
        for name, content in files.items()
        if name != "data/report.pdf"
    )
    everything += _pdf_text(files["data/report.pdf"])
    for value in household.spouse_only:
        assert value.casefold() not in everything.casefold(), value
    # What is joint is there, and the report says how household data is handled.
    assert "Holiday house in Hermanus" in everything
    assert "OM-JOINT-5510" in everything
    assert "spouse's own policies" in everything


def test_protected_pdf_needs_the_password_and_uses_aes_256(practice, household, tmp_path) -> None:  # noqa: ANN001
    out = tmp_path / "protected.zip"
    result = _export(practice, household.client_id, out, pdf_password=CLIENT_ID_NUMBER)
    assert result.pdf_protected
    _root, files = _read(out)
    reader = PdfReader(io.BytesIO(files["data/report.pdf"]))
    assert reader.is_encrypted
    with pytest.raises(Exception, match="(?i)decrypt|password|encrypt"):
        reader.pages[0].extract_text()
    assert not PdfReader(io.BytesIO(files["data/report.pdf"])).decrypt("wrong password")

    encrypt = reader.trailer["/Encrypt"]
    encrypt = encrypt.get_object() if isinstance(encrypt, IndirectObject) else encrypt
    assert encrypt["/V"] == 5 and encrypt["/R"] == 6
    assert encrypt["/CF"]["/StdCF"]["/CFM"] == "/AESV3"
    assert encrypt["/StmF"] == "/StdCF" and encrypt["/StrF"] == "/StdCF"

    text = _pdf_text(files["data/report.pdf"], password=CLIENT_ID_NUMBER)
    assert "Nkosi-Ndlovu" in text and "DL-4471-0923" in text
    # The machine-readable files are not hidden behind the PDF password: the zip is what
    # the planner hands over, and data.json still carries everything.
    assert b"DL-4471-0923" in files["data/data.json"]


def test_failed_write_keeps_the_old_file_and_records_nothing(
    practice, household, tmp_path, monkeypatch
) -> None:  # noqa: ANN001
    out = tmp_path / "helene.zip"
    out.write_bytes(b"an earlier package the planner still needs")

    def disk_full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(SubjectExportError) as caught:
        _export(practice, household.client_id, out)
    monkeypatch.undo()
    assert "No space left on device" in caught.value.message
    assert "Nothing was recorded" in caught.value.hint
    assert "Nkosi" not in str(caught.value)
    assert out.read_bytes() == b"an earlier package the planner still needs"
    assert [p.name for p in tmp_path.iterdir() if p.name != "practice"] == ["helene.zip"]
    with practice.session() as s:
        kinds = s.scalars(
            sa.select(Disclosure.recipient_category).where(
                Disclosure.client_id == household.client_id
            )
        ).all()
        assert "data_subject" not in kinds


def test_a_folder_or_an_unknown_client_is_refused_clearly(practice, household, tmp_path) -> None:  # noqa: ANN001
    with pytest.raises(SubjectExportError, match="is a folder"):
        _export(practice, household.client_id, tmp_path)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(SubjectExportError, match="could not be written"):
        _export(practice, household.client_id, blocker / "package.zip")
    from clientmanager.errors import NotFound

    with pytest.raises(NotFound):
        _export(practice, 999_999, tmp_path / "nobody.zip")


def test_assistants_may_not_export(practice, household, tmp_path) -> None:  # noqa: ANN001
    with practice.session() as s:
        user = User(username="lerato", full_name="Lerato Assistant", role="assistant")
        s.add(user)
        s.flush()
        assistant = Actor(user_id=user.id, username="lerato", role="assistant")
    with practice.session() as s, pytest.raises(PermissionDenied):
        export_subject_package(
            s, actor=assistant, client_id=household.client_id, out=tmp_path / "x.zip"
        )
    assert not (tmp_path / "x.zip").exists()
