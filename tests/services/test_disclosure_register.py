"""The disclosure register tells the truth (issue 14): a policy placed with a provider, a
referral, a document sent and a bulk export to a named recipient each record a disclosure,
and the s23 report names them; only a person with no disclosures reads "no third party"."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest
import sqlalchemy as sa
from pypdf import PdfReader

from clientmanager.domain.errors import ValidationError
from clientmanager.services import client_records, disclosures
from clientmanager.services.exporter import ExportError, export_clients
from clientmanager.services.subject_export import export_subject_package
from clientmanager.store.models import AuditEntry, Client, Disclosure

NO_THIRD_PARTY = "No third party has received your personal information from us."


def _client(session, surname: str, **extra) -> int:  # noqa: ANN001
    client = Client(title="Mr", first_names="Thabo", surname=surname, **extra)
    session.add(client)
    session.flush()
    return client.id


def _policy(practice, client_id: int, provider: str, number: str) -> int:  # noqa: ANN001
    with practice.session() as s:
        return client_records.save_record(
            s, practice.actor, "policy", client_id=client_id,
            values={"provider": provider, "policy_number": number, "product_type": "life_cover",
                    "status": "active"},
        )  # fmt: skip


def _report_text(practice, client_id: int, out: Path) -> str:  # noqa: ANN001
    with practice.session() as s:
        export_subject_package(s, actor=practice.actor, client_id=client_id, out=out)
    with zipfile.ZipFile(out) as archive:
        (name,) = [n for n in archive.namelist() if n.endswith("data/report.pdf")]
        reader = PdfReader(io.BytesIO(archive.read(name)))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_a_policy_with_a_provider_is_a_disclosure_once(practice, tmp_path) -> None:  # noqa: ANN001
    with practice.session() as s:
        with_policies = _client(s, "Mokoena")
        nobody = _client(s, "Alone")
    policy_id = _policy(practice, with_policies, "Liberty", "LB1234")
    _policy(practice, with_policies, "BrightRock", "BR777")
    # Saving the same policy again does not record a second disclosure.
    with practice.session() as s:
        client_records.save_record(
            s, practice.actor, "policy", client_id=with_policies, record_id=policy_id,
            values={"provider": "Liberty", "policy_number": "LB1234", "product_type": "life_cover",
                    "status": "active", "notes": "premium updated"},
        )  # fmt: skip
    with practice.session() as s:
        rows = s.scalars(
            sa.select(Disclosure).where(Disclosure.client_id == with_policies)
            .order_by(Disclosure.id)
        ).all()  # fmt: skip
        assert [(r.recipient_name, r.recipient_category, r.lawful_basis) for r in rows] == [
            ("Liberty", "product_provider", "contract"),
            ("BrightRock", "product_provider", "contract"),
        ]
        assert "policy details" in rows[0].categories.lower() and "LB1234" in rows[0].purpose
        recipients = disclosures.previous_recipients(
            s, actor=practice.actor, client_id=with_policies
        )
        assert [r.recipient_name for r in recipients] == ["Liberty", "BrightRock"]

    text = _report_text(practice, with_policies, tmp_path / "with.zip")
    assert "Liberty" in text and "BrightRock" in text
    assert "Carrying out the mandate" in text  # the lawful basis is printed
    assert NO_THIRD_PARTY not in text
    alone = _report_text(practice, nobody, tmp_path / "alone.zip")
    assert NO_THIRD_PARTY in alone


def test_referral_document_sent_and_correcting_an_entry(practice) -> None:  # noqa: ANN001
    with practice.session() as s:
        cid = _client(s, "Naidoo")
        doc_id = client_records.attach_document(
            s, practice.actor, client_id=cid, filename="id.pdf",
            content=b"%PDF-1.4 test", category="id_copy",
        )  # fmt: skip
    with practice.session() as s:
        referral = disclosures.record_referral(
            s, actor=practice.actor, client_id=cid, recipient_name="Adv. P. Botha (estates)",
            purpose="Referral for a will",
        )  # fmt: skip
        sent = disclosures.record_document_sent(
            s, actor=practice.actor, document_id=doc_id, recipient_name="Old Mutual",
            purpose="FICA for a new application", lawful_basis="legal_obligation",
        )  # fmt: skip
        with pytest.raises(ValidationError, match="Recipient"):
            disclosures.add_disclosure(
                s, actor=practice.actor, client_id=cid, recipient_category="other",
                recipient_name="  ", purpose="x",
            )  # fmt: skip
        ids = referral.id, sent.id
    with practice.session() as s:
        disclosures.correct_disclosure(
            s, actor=practice.actor, disclosure_id=ids[1], recipient_name="Old Mutual Life"
        )
    with practice.session() as s:
        views = disclosures.list_disclosures(s, actor=practice.actor, client_id=cid)
        assert [(v.recipient_name, v.recipient_category, v.lawful_basis) for v in views] == [
            ("Adv. P. Botha (estates)", "referral", "consent"),
            ("Old Mutual Life", "product_provider", "legal_obligation"),
        ]
        assert "id copy" in views[1].categories and views[1].corrected_at is not None
        actions = s.scalars(sa.select(AuditEntry.action).where(AuditEntry.client_id == cid)).all()
        assert "disclosure.corrected" in actions


def test_bulk_export_to_a_named_recipient_records_one_per_client(practice, tmp_path) -> None:  # noqa: ANN001
    with practice.session() as s:
        ids = [_client(s, name) for name in ("Adams", "Botha", "Cele")]
        restricted = _client(s, "Dube", is_restricted=True)
    out = tmp_path / "list.csv"
    with practice.session() as s:
        with pytest.raises(ExportError, match="why the recipient"):
            export_clients(
                s, actor=practice.actor, path=out, format="csv",
                recipient_name="Sanlam Mailing House",
            )  # fmt: skip
        result = export_clients(
            s, actor=practice.actor, path=out, format="csv",
            recipient_name="Sanlam Mailing House", recipient_category="operator",
            recipient_purpose="Year-end statements mail-out",
        )  # fmt: skip
    assert result.clients == 3
    surnames = {r["Surname"] for r in csv.DictReader(io.StringIO(out.read_text("utf-8-sig")))}
    assert surnames == {"Adams", "Botha", "Cele"}
    with practice.session() as s:
        rows = s.execute(
            sa.select(Disclosure.client_id, Disclosure.recipient_name, Disclosure.purpose)
        ).all()
    assert sorted(rows) == [
        (cid, "Sanlam Mailing House", "Year-end statements mail-out") for cid in ids
    ]
    assert restricted not in {row[0] for row in rows}


def test_policies_that_bypassed_the_form_are_still_in_the_register(practice, tmp_path) -> None:  # noqa: ANN001
    """Imported or demo policies (inserted directly) went to their provider too."""
    from clientmanager.store.models import Policy

    with practice.session() as s:
        cid = _client(s, "Imported")
        s.add(Policy(client_id=cid, provider="10X Investments", policy_number="TX-1",
                     product_type="retirement_annuity", status="active"))  # fmt: skip
    text = _report_text(practice, cid, tmp_path / "imported.zip")
    assert "10X Investments" in text and NO_THIRD_PARTY not in text
    with practice.session() as s:
        assert disclosures.ensure_policy_disclosures(s, client_id=cid) == 0  # once only
