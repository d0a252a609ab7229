"""The breach register (POPIA s22): recording, the Regulator's notice, letters as PDFs."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
import sqlalchemy as sa
from pypdf import PdfReader

from clientmanager.domain.errors import ValidationError
from clientmanager.errors import PermissionDenied
from clientmanager.services import breaches, erasure
from clientmanager.services.audit import Actor
from clientmanager.store.models import Address, AuditEntry, Client, Consent, Practice

DISCOVERED = dt.datetime(2026, 11, 20, 9, 30)
TODAY = dt.date(2026, 11, 25)


def _people(practice) -> tuple[int, int, int]:
    with practice.session() as session:
        practice_row = session.scalars(sa.select(Practice)).one()
        practice_row.information_officer_email = "thandi@mokoena-muller.co.za"
        practice_row.information_officer_phone = "+27 21 555 0101"
        practice_row.fsp_number = "45123"
        hélène = Client(title="Ms", first_names="Hélène", surname="Müller", category="client")
        sipho = Client(first_names="Sipho", surname="Nkosi-Ndlovu", category="client")
        prospect = Client(first_names="Anele", surname="Zulu", category="prospect")
        session.add_all([hélène, sipho, prospect])
        session.flush()
        session.add(
            Address(
                client_id=hélène.id,
                kind="postal",
                line1="PO Box 1234",
                suburb="Rondebosch",
                city="Cape Town",
                postal_code="7700",
            )
        )
        session.add(
            Consent(
                client_id=sipho.id,
                purpose="underwriting",
                lawful_basis="consent",
                status="given",
                is_special_information=True,
            )
        )
        return hélène.id, sipho.id, prospect.id


def _record(practice, **overrides) -> breaches.BreachView:
    fields = dict(
        title="Laptop stolen from car",
        description="A practice laptop was stolen from a parked car in Claremont.",
        discovered_at=DISCOVERED,
        occurred_on=dt.date(2026, 11, 19),
        data_categories=[
            "Identity (names, ID and passport numbers, dates of birth)",
            "Policies and investments",
        ],
        data_encrypted=True,
        consequences="Your identity could be used to commit fraud in your name.",
        measures_taken="We reported the theft to SAPS (case 123/11/2026) and changed every "
        "password.",
        subject_actions="Register for SAFPS protective registration and watch your accounts.",
        perpetrator=None,
        criteria="clients",
    )
    fields.update(overrides)
    with practice.session() as session:
        return breaches.record_breach(session, actor=practice.actor, now=DISCOVERED, **fields)


def test_recording_a_breach_links_the_people_by_criteria(practice):
    hélène, sipho, prospect = _people(practice)
    breach = _record(practice)
    assert breach.affected_count == 2 and breach.linked_people == 2
    with practice.session() as session:
        added = breaches.add_affected(
            session, actor=practice.actor, breach_id=breach.id, criteria="special_information"
        )
        assert added == 0  # Sipho was already linked
        added = breaches.add_affected(
            session, actor=practice.actor, breach_id=breach.id, client_ids=[prospect]
        )
        assert added == 1
        [listed] = breaches.list_breaches(session, actor=practice.actor)
        assert listed.affected_count == 3 and listed.title == "Laptop stolen from car"
        summary = session.scalars(
            sa.select(AuditEntry.summary).where(AuditEntry.action == "breach.recorded")
        ).one()
        assert summary == f"breach {breach.id}: 2 people affected"


def test_bad_input_is_refused_with_a_clear_message(practice):
    _people(practice)
    with pytest.raises(ValidationError, match="What happened"):
        _record(practice, description="  ")
    with pytest.raises(ValidationError, match="after the day it was discovered"):
        _record(practice, occurred_on=dt.date(2026, 11, 21))
    with pytest.raises(ValidationError, match="choose one of"):
        _record(practice, criteria="the rich ones")
    with pytest.raises(Exception, match="not in this practice"):
        _record(practice, client_ids=[99_999], criteria=None)
    compliance = Actor(user_id=practice.actor.user_id, username="c", role="compliance")
    with practice.session() as session, pytest.raises(PermissionDenied):
        breaches.record_breach(
            session,
            actor=compliance,
            title="x",
            description="y",
            discovered_at=DISCOVERED,
        )
    with practice.session() as session:
        assert breaches.list_breaches(session, actor=compliance) == []


def test_the_regulators_notice_has_the_scn1_facts(practice, tmp_path):
    _people(practice)
    breach = _record(practice, perpetrator="Unknown thief; SAPS case 123/11/2026")
    with practice.session() as session:
        facts = dict(breaches.regulator_notice(session, actor=practice.actor, breach_id=breach.id))
        path = breaches.write_regulator_notice(
            session,
            actor=practice.actor,
            breach_id=breach.id,
            path=tmp_path / "scn1.pdf",
            today=TODAY,
        )
    assert facts["Responsible party"] == "Mokoena & Müller Financial Planning"
    assert facts["Information officer"].startswith("Thandi Mokoena, thandi@")
    assert facts["Number of data subjects affected"] == "2"
    assert facts["Time and manner of discovery"].startswith("20 Nov 2026")
    assert "SAST" in facts["Time and manner of discovery"]
    assert facts["Notice to data subjects (how and when)"].startswith("Not yet told")
    assert "reason for any delay" in facts["Reason for any delay"]
    # The Regulator's details come from the settings, with the current default.
    assert (
        "POPIACompliance@inforegulator.org.za"
        in facts["Regulator's contact details (from settings)"]
    )
    assert facts["Was the information encrypted?"].startswith("Yes")
    assert facts["Identity of the unauthorised person"].startswith("Unknown thief")
    text = _pdf_text(path.read_bytes())
    for expected in (
        "Security compromise notification",
        "POPIACompliance@inforegulator.org.za",
        "eServices portal",
        "A practice laptop was stolen",
        "Measures taken or intended",
    ):
        assert expected in text, expected


def test_a_notice_needs_every_s22_5_item(practice, tmp_path):
    _people(practice)
    breach = _record(practice, consequences="", subject_actions="")
    with practice.session() as session:
        with pytest.raises(breaches.BreachIncomplete, match=r"s22\(5\)\(a\).*s22\(5\)\(c\)"):
            breaches.write_letters(
                session,
                actor=practice.actor,
                breach_id=breach.id,
                folder=tmp_path / "letters",
                today=TODAY,
            )
    assert not (tmp_path / "letters").exists()


def _pdf_text(data: bytes) -> str:
    import io

    reader = PdfReader(io.BytesIO(data))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def test_letters_render_with_everything_s22_5_requires(practice, tmp_path):
    hélène, sipho, _ = _people(practice)
    breach = _record(practice, perpetrator=None)
    with practice.session() as session:
        # A person erased since the breach gets no letter, and the register keeps the link.
        erasure.destroy_client(session, client_id=sipho, actor=practice.actor, reason="test")
    with practice.session() as session:
        paths = breaches.write_letters(
            session, actor=practice.actor, breach_id=breach.id, folder=tmp_path, today=TODAY
        )
        assert (
            breaches.get_breach(session, actor=practice.actor, breach_id=breach.id).linked_people
            == 2
        )
    assert [path.name for path in paths] == [f"breach-{breach.id}-client-{hélène}.pdf"]
    text = _pdf_text(paths[0].read_bytes())
    for expected in (
        "Mokoena & Müller Financial Planning",  # letterhead, Unicode intact
        "25 November 2026",
        "Ms Hélène Müller",
        "PO Box 1234",
        "Dear Ms Müller",
        "section 22",
        "A practice laptop was stolen",  # what happened
        "discovered it on 20 November 2026",
        "Policies and investments",  # categories of information
        "encrypted (AES-256)",
        "Your identity could be used to commit fraud",  # s22(5)(a)
        "reported the theft to SAPS",  # s22(5)(b)
        "SAFPS protective registration",  # s22(5)(c)
        "We do not know who accessed",  # s22(5)(d)
        "Thandi Mokoena",  # the information officer, named
        "thandi@mokoena-muller.co.za",
        "Information Regulator",
        "POPIAComplaints@inforegulator.org.za",
        "010 023 5200",
    ):
        assert expected in text, expected


def test_a_lost_backup_drive_fills_the_incident_from_the_manifest(tmp_path):
    manifest = tmp_path / "manifest.json"
    manifest.write_text(
        json.dumps(
            {
                "format": "clientmanager-backup",
                "created_at": "2026-11-18T17:00:00+00:00",
                "counts": {"clients": 1843, "policies": 4100, "notes": 9000, "documents": 12},
                "database": {"file": "practice.db"},
            }
        )
    )
    draft = breaches.draft_from_backup_manifest(manifest, lost_on=TODAY)
    assert draft.affected_count == 1843 and draft.data_encrypted
    assert "Policies and investments" in draft.data_categories
    assert "2026-11-18" in draft.description
    bad = tmp_path / "not.json"
    bad.write_text("{broken")
    with pytest.raises(Exception, match="not a readable backup manifest"):
        breaches.draft_from_backup_manifest(bad, lost_on=TODAY)


def test_nothing_is_drafted_until_the_register_holds_what_s22_asks(practice, tmp_path):
    _people(practice)
    breach = _record(practice, consequences="", subject_actions="")
    folder = tmp_path / "letters"
    needed = (
        "cannot be drafted yet: the register does not say the possible consequences "
        "(s22(5)(a)); what people can do to protect themselves (s22(5)(c))."
    )
    with practice.session() as session:
        with pytest.raises(breaches.BreachIncomplete) as notice:
            breaches.regulator_notice(session, actor=practice.actor, breach_id=breach.id)
        with pytest.raises(breaches.BreachIncomplete) as letters:
            breaches.write_letters(
                session, actor=practice.actor, breach_id=breach.id, folder=folder, today=TODAY
            )
    assert str(notice.value).startswith("The notice " + needed)
    assert str(letters.value).startswith("The letters " + needed)
    assert not folder.exists()
