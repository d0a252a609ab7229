"""The rights register: deadlines, corrections with their recipients, restriction."""

from __future__ import annotations

import datetime as dt
import io

import pytest
import sqlalchemy as sa
from pypdf import PdfReader

from clientmanager.domain.errors import ValidationError
from clientmanager.services import disclosures, subject_requests
from clientmanager.services.consents import marketing_allowed_clause
from clientmanager.services.subject_requests import (
    RequestError,
    apply_correction,
    bulk_export_clause,
    complete_request,
    correction_letter,
    extend_request,
    list_requests,
    open_request,
    overdue_requests,
)
from clientmanager.store.models import Address, AuditEntry, Client, Consent, Note


def _client(session, surname: str, *, marketing: str | None = "given") -> int:  # noqa: ANN001
    client = Client(title="Ms", first_names="Nomvula", surname=surname, email="n@example.co.za")
    session.add(client)
    session.flush()
    if marketing:
        session.add(
            Consent(
                client_id=client.id, purpose="direct_marketing", lawful_basis="consent",
                status=marketing, recorded_at=dt.datetime(2024, 1, 1),
            )
        )  # fmt: skip
    return client.id


def _marketing_list(practice) -> set[int]:  # noqa: ANN001
    with practice.session() as s:
        return set(s.scalars(sa.select(Client.id).where(marketing_allowed_clause())))


def test_due_in_30_days_one_extension_and_overdue(practice) -> None:  # noqa: ANN001
    today = dt.date.today()
    with practice.session() as s:
        cid = _client(s, "Dlamini")
        late = open_request(
            s, actor=practice.actor, client_id=cid, kind="access", requested_by="Nomvula Dlamini",
            received_on=today - dt.timedelta(days=40), identity_verification="ID book seen",
        )  # fmt: skip
        extended = open_request(
            s, actor=practice.actor, client_id=cid, kind="access", requested_by="Her attorney",
            received_on=today - dt.timedelta(days=40),
        )  # fmt: skip
        fresh = open_request(
            s, actor=practice.actor, client_id=cid, kind="objection", requested_by="Nomvula"
        )
        assert late.due_on == late.received_on + dt.timedelta(days=30)
        assert late.identity_verified_on == today
        ids = late.id, extended.id, fresh.id

    with practice.session() as s:
        extend_request(s, actor=practice.actor, request_id=ids[1], days=30, reason="Archive search")
        with pytest.raises(RequestError, match="already been extended once"):
            extend_request(s, actor=practice.actor, request_id=ids[1], days=5, reason="again")
        with pytest.raises(ValidationError, match="1 to 30 days"):
            extend_request(s, actor=practice.actor, request_id=ids[0], days=31, reason="long")
        with pytest.raises(ValidationError, match="reason"):
            extend_request(s, actor=practice.actor, request_id=ids[0], days=10, reason=" ")

    with practice.session() as s:
        overdue = overdue_requests(s, actor=practice.actor)
        assert [r.id for r in overdue] == [ids[0]]
        assert overdue[0].is_overdue(today) and overdue[0].kind_label.startswith("Access")
        # After the extension runs out, the extended one is overdue too.
        later = overdue_requests(s, actor=practice.actor, today=today + dt.timedelta(days=21))
        assert [r.id for r in later] == [ids[0], ids[1]]

        complete_request(s, actor=practice.actor, request_id=ids[0], outcome="Package sent.")
        with pytest.raises(RequestError, match="already Completed"):
            complete_request(s, actor=practice.actor, request_id=ids[0], outcome="again")
        assert [r.id for r in overdue_requests(s, actor=practice.actor)] == []
        register = list_requests(s, actor=practice.actor)
        assert [r.status for r in register] == ["open", "open", "done"]


def test_correction_lists_previous_recipients_and_confirms_in_writing(practice) -> None:  # noqa: ANN001
    with practice.session() as s:
        cid = _client(s, "Nkosi-Ndlovu")
        s.add(Address(client_id=cid, kind="postal", line1="PO Box 12", city="Polokwane"))
        for category, name in (
            ("product_provider", "Discovery Life Ltd"),
            ("compliance_officer", "Moonstone Compliance"),
            ("data_subject", "Nomvula Nkosi-Ndlovu"),
        ):
            disclosures.record_disclosure(
                s, actor=practice.actor, client_id=cid, recipient_category=category,
                recipient_name=name, purpose="Application", channel="email",
                disclosed_at=dt.datetime(2025, 3, 1, 10, 0),
            )  # fmt: skip
        request = open_request(
            s, actor=practice.actor, client_id=cid, kind="correction",
            requested_by="Nomvula Nkosi-Ndlovu", details="Surname is Nkosi-Ndlovu-Mthembu",
        )  # fmt: skip
        request_id = request.id

    with practice.session() as s:
        result = apply_correction(
            s, actor=practice.actor, request_id=request_id, field="surname",
            new_value="Nkosi-Ndlovu-Mthembu",
        )  # fmt: skip
        assert [r.recipient_name for r in result.previous_recipients] == [
            "Discovery Life Ltd",
            "Moonstone Compliance",
        ]
        with pytest.raises(ValidationError):
            apply_correction(
                s, actor=practice.actor, request_id=request_id, field="email", new_value="nope"
            )
    with practice.session() as s:
        apply_correction(
            s, actor=practice.actor, request_id=request_id, field="email",
            new_value="Nomvula@Example.co.za",
        )  # fmt: skip

    with practice.session() as s:
        client = s.get(Client, cid)
        assert client.surname == "Nkosi-Ndlovu-Mthembu"
        assert client.email == "Nomvula@example.co.za"  # domain lower-cased, local part kept
        view = subject_requests.get_request(s, actor=practice.actor, request_id=request_id)
        assert "Surname corrected by thandi" in view.outcome
        assert "E-mail corrected by thandi" in view.outcome
        assert "Nkosi" not in view.outcome  # who and when, not the old value
        audit_rows = s.scalars(
            sa.select(AuditEntry.summary).where(AuditEntry.action == "rights.corrected")
        ).all()
        assert audit_rows == [
            f"request {request_id}: surname corrected",
            f"request {request_id}: email corrected",
        ]
        pdf = correction_letter(s, actor=practice.actor, request_id=request_id)

    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())
    assert "Nkosi-Ndlovu-Mthembu" in text and "Nomvula@example.co.za" in text
    assert "Discovery Life Ltd" in text and "Moonstone Compliance" in text
    assert "24(3)" in text and "Thandi Mokoena" in text
    assert "PO Box 12" in text


def test_restriction_objection_and_opt_out_leave_marketing(practice) -> None:  # noqa: ANN001
    with practice.session() as s:
        keep = _client(s, "Botha")
        restricted = _client(s, "Pillay")
        objected = _client(s, "Naidoo")
        opted_out = _client(s, "Zulu")
        _client(s, "Refused", marketing="refused")
        _client(s, "Never asked", marketing=None)
        everyone = set(s.scalars(sa.select(Client.id)))
        requests = {
            cid: open_request(
                s, actor=practice.actor, client_id=cid, kind=kind, requested_by="the client"
            ).id
            for cid, kind in (
                (restricted, "restriction"),
                (objected, "objection"),
                (opted_out, "marketing_opt_out"),
            )
        }
    assert _marketing_list(practice) == {keep, restricted, objected, opted_out}

    with practice.session() as s:
        subject_requests.restrict_processing(
            s, actor=practice.actor, request_id=requests[restricted]
        )
        subject_requests.record_objection(s, actor=practice.actor, request_id=requests[objected])
        subject_requests.record_marketing_opt_out(
            s, actor=practice.actor, request_id=requests[opted_out]
        )
    assert _marketing_list(practice) == {keep}
    with practice.session() as s:
        bulk = set(s.scalars(sa.select(Client.id).where(bulk_export_clause())))
        assert bulk == everyone - {restricted, objected}
        # Processing the law requires goes on: a note can still be written.
        s.add(Note(client_id=restricted, subject="FICA refresh", body="ID re-verified"))
        assert s.get(Client, restricted).is_restricted
        assert s.get(Client, objected).objected_at is not None


def test_deletion_is_recorded_and_handed_to_retention(practice) -> None:  # noqa: ANN001
    with practice.session() as s:
        cid = _client(s, "Venter")
        request = open_request(
            s, actor=practice.actor, client_id=cid, kind="deletion", requested_by="Mr Venter"
        )
        assert "retention review" in request.outcome and "FICA" in request.outcome
    with practice.session() as s:
        assert s.get(Client, cid) is not None
        assert s.scalars(
            sa.select(AuditEntry.action).where(AuditEntry.action == "rights.deletion_to_retention")
        ).one()


def test_actions_on_a_client_refuse_a_request_that_names_nobody(practice) -> None:  # noqa: ANN001
    with practice.session() as s:
        request = open_request(
            s, actor=practice.actor, client_id=None, kind="objection", requested_by="A caller"
        )
        request_id = request.id
    actions = (
        lambda s: subject_requests.restrict_processing(
            s, actor=practice.actor, request_id=request_id
        ),
        lambda s: subject_requests.record_objection(s, actor=practice.actor, request_id=request_id),
        lambda s: subject_requests.record_marketing_opt_out(
            s, actor=practice.actor, request_id=request_id
        ),
        lambda s: subject_requests.withdraw_consent(
            s, actor=practice.actor, request_id=request_id, purpose="direct_marketing"
        ),
    )
    for action in actions:
        with pytest.raises(RequestError, match=f"Request {request_id} is not linked to a client"):
            with practice.session() as s:
                action(s)
    with practice.session() as s:
        summaries = s.scalars(
            sa.select(AuditEntry.summary).where(AuditEntry.action.startswith("rights."))
        ).all()
    assert summaries == [f"request {request_id}: objection, due {request.due_on.isoformat()}"]
