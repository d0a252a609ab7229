"""The consent ledger: lawful basis, special information, children, and s69 marketing."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from clientmanager.domain.errors import ValidationError
from clientmanager.domain.sa_id import make_sa_id
from clientmanager.errors import PermissionDenied
from clientmanager.services import consents
from clientmanager.services.audit import Actor
from clientmanager.store.models import AuditEntry, Client, Consent

# Each test that uses a practice runs on SQLCipher and on PostgreSQL (tests/backends.py).
pytestmark = pytest.mark.both_backends

WORDING = "I agree to receive news about financial products by e-mail. I can opt out any time."


def _add(practice, **fields) -> int:
    with practice.session() as session:
        client = Client(**fields)
        session.add(client)
        session.flush()
        return client.id


def _marketing_ids(session, *, today=None) -> list[int]:  # noqa: ANN001
    """Who the marketing export and mail merge may reach: their one shared clause."""
    return list(
        session.scalars(
            sa.select(Client.id)
            .where(consents.marketing_allowed_clause(today))
            .order_by(Client.surname, Client.first_names, Client.id)
        )
    )


def _recipients(practice) -> list[int]:
    with practice.session() as session:
        return _marketing_ids(session)


def test_an_opt_out_removes_the_person_from_the_marketing_export_at_once(practice):
    lerato = _add(practice, first_names="Lerato", surname="Mahlangu", email="lerato@example.co.za")
    johan = _add(practice, first_names="Johan", surname="Pretorius", email="johan@example.co.za")
    never_asked = _add(practice, first_names="Ayanda", surname="Khumalo")
    with practice.session() as session:
        for client_id in (lerato, johan):
            consents.record_marketing_consent(
                session,
                actor=practice.actor,
                client_id=client_id,
                status="given",
                channel="paper_form",
                wording=WORDING,
            )
    assert _recipients(practice) == [lerato, johan]  # Mahlangu, Pretorius
    assert never_asked not in _recipients(practice)  # nothing is assumed

    with practice.session() as session:
        consents.opt_out(session, actor=practice.actor, client_id=lerato, channel="email")
    assert _recipients(practice) == [johan]

    # An objection or a restriction takes them out too, whatever the consent says.
    with practice.session() as session:
        session.get(Client, johan).is_restricted = True
    assert _recipients(practice) == []

    with practice.session() as session:
        history = consents.history(session, actor=practice.actor, client_id=lerato)
        assert [entry.status for entry in history] == ["given", "withdrawn"]
        assert history[0].wording == WORDING and history[0].channel == "paper_form"
        actions = session.scalars(
            sa.select(AuditEntry.summary).where(AuditEntry.action == "consent.recorded")
        ).all()
        assert "direct_marketing: consent, withdrawn" in actions
        assert not any("Lerato" in summary for summary in actions)


def test_a_refused_non_customer_cannot_be_asked_again_and_the_app_says_why(practice):
    prospect = _add(practice, first_names="Pieter", surname="Venter", category="prospect")
    with practice.session() as session:
        first = consents.can_ask_for_marketing_consent(
            session, actor=practice.actor, client_id=prospect
        )
        assert first.allowed and "only once" not in first.reason and "s69(2)" in first.reason
        consents.record_marketing_consent(
            session,
            actor=practice.actor,
            client_id=prospect,
            status="refused",
            channel="phone",
            wording="Would you like to receive our newsletter? (read over the phone)",
        )
    with practice.session() as session:
        decision = consents.can_ask_for_marketing_consent(
            session, actor=practice.actor, client_id=prospect
        )
        assert not decision.allowed
        assert "refused" in decision.reason and "s69(2)" in decision.reason
        assert "never ask again" in decision.reason
    with pytest.raises(consents.ConsentNotAllowed, match="never ask again"):
        with practice.session() as session:
            consents.record_marketing_consent(
                session,
                actor=practice.actor,
                client_id=prospect,
                status="given",
                channel="email",
                wording=WORDING,
            )
    assert prospect not in _recipients(practice)
    # If they come back and ask for it themselves, they were not asked: it may be recorded.
    with practice.session() as session:
        consents.record_marketing_consent(
            session,
            actor=practice.actor,
            client_id=prospect,
            status="given",
            channel="email",
            wording="Please add me to your newsletter (the person's own e-mail).",
            at_persons_request=True,
        )
    assert _recipients(practice) == [prospect]


def test_nothing_is_pre_ticked(practice):
    client_id = _add(practice, first_names="Sipho", surname="Dube")
    with practice.session() as session:
        for status in (None, "", "yes"):
            with pytest.raises(ValidationError, match="nothing is pre-selected"):
                consents.record_marketing_consent(
                    session,
                    actor=practice.actor,
                    client_id=client_id,
                    status=status,
                    channel="email",
                    wording=WORDING,
                )
        with pytest.raises(ValidationError, match="Wording"):
            consents.record_marketing_consent(
                session,
                actor=practice.actor,
                client_id=client_id,
                status="given",
                channel="email",
                wording="  ",
            )
    with practice.session() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(Consent)) == 0


def test_lawful_basis_per_purpose_and_special_information_needs_its_own_basis(practice):
    client_id = _add(practice, first_names="Hélène", surname="Müller")
    with practice.session() as session:
        consents.record(
            session,
            actor=practice.actor,
            client_id=client_id,
            purpose="financial_planning",
            lawful_basis="contract",
        )
        with pytest.raises(ValidationError, match="s27"):
            consents.record(
                session,
                actor=practice.actor,
                client_id=client_id,
                purpose="underwriting",
                lawful_basis="legitimate_interest",  # not a basis for health data
                special_information=True,
            )
        consents.record(
            session,
            actor=practice.actor,
            client_id=client_id,
            purpose="underwriting",
            lawful_basis="consent",
            status="given",
            special_information=True,
            channel="paper_form",
            wording="I consent to my medical information going to the insurer.",
        )
    with practice.session() as session:
        summary = consents.summary(session, actor=practice.actor, client_id=client_id)
    planning = summary.current["financial_planning"]
    assert planning.status == "not_required" and planning.basis_text.startswith("s11(1)(b)")
    [special] = summary.special_information
    assert special.purpose == "underwriting" and special.basis_text.startswith("s27(1)(a)")
    assert not summary.marketing_allowed and summary.can_ask.allowed


def test_a_child_needs_a_competent_persons_consent_until_18(practice):
    today = dt.date(2026, 11, 25)
    child = _add(
        practice,
        first_names="Zinhle",
        surname="Ndlovu",
        id_number=make_sa_id(dt.date(2010, 5, 4), sequence=1234),
        category="related",
    )
    with practice.session() as session:
        with pytest.raises(ValidationError, match="s35"):
            consents.record_marketing_consent(
                session,
                actor=practice.actor,
                client_id=child,
                status="given",
                channel="paper_form",
                wording=WORDING,
                today=today,
            )
        consents.record_marketing_consent(
            session,
            actor=practice.actor,
            client_id=child,
            status="given",
            channel="paper_form",
            wording=WORDING,
            given_by="Nomsa Ndlovu (mother)",
            today=today,
        )
        summary = consents.summary(session, actor=practice.actor, client_id=child, today=today)
    assert summary.child.is_child and summary.child.adult_on == dt.date(2028, 5, 4)
    assert summary.current["direct_marketing"].given_by == "Nomsa Ndlovu (mother)"


def test_a_child_by_date_of_birth_is_not_marketed_to_without_a_competent_person(practice):
    today = dt.date(2026, 11, 25)
    child = _add(
        practice, first_names="Thabo", surname="Mokoena", date_of_birth=dt.date(2012, 1, 1)
    )
    with practice.session() as session:
        # Written straight into the ledger (an import, say) without the competent person.
        session.add(
            Consent(
                client_id=child,
                purpose="direct_marketing",
                lawful_basis="consent",
                status="given",
                channel="email",
                wording=WORDING,
            )
        )
    with practice.session() as session:
        assert child not in _marketing_ids(session, today=today)
        assert child in _marketing_ids(session, today=dt.date(2030, 1, 1))


def test_roles(practice):
    client_id = _add(practice, first_names="Anna", surname="Smit")
    compliance = Actor(user_id=practice.actor.user_id, username="c", role="compliance")
    assistant = Actor(user_id=practice.actor.user_id, username="a", role="assistant")
    with practice.session() as session:
        with pytest.raises(PermissionDenied):
            consents.opt_out(session, actor=compliance, client_id=client_id, channel="email")
        # An assistant can take an opt-out on the phone.
        consents.opt_out(session, actor=assistant, client_id=client_id, channel="phone")


def test_the_marketing_csv_export_drops_an_opt_out_at_once(practice, tmp_path):
    import csv

    from clientmanager.services import exporter

    ids = [
        _add(practice, first_names="Lerato", surname="Mahlangu", email="lerato@example.co.za"),
        _add(practice, first_names="Johan", surname="Pretorius", email="johan@example.co.za"),
    ]
    with practice.session() as session:
        for client_id in ids:
            consents.record_marketing_consent(
                session,
                actor=practice.actor,
                client_id=client_id,
                status="given",
                channel="web_form",
                wording=WORDING,
            )

    def exported() -> list[str]:
        path = tmp_path / "marketing.csv"
        with practice.session() as session:
            exporter.export_clients(
                session, actor=practice.actor, path=path, format="csv", purpose="marketing"
            )
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return [row[next(k for k in row if "urname" in k)] for row in csv.DictReader(handle)]

    assert sorted(exported()) == ["Mahlangu", "Pretorius"]
    with practice.session() as session:
        consents.opt_out(session, actor=practice.actor, client_id=ids[0], channel="sms")
    assert exported() == ["Pretorius"]
