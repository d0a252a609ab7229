"""Possible duplicates and merging two clients: every child ends up on the survivor."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from clientmanager.domain import make_sa_id
from clientmanager.errors import PermissionDenied
from clientmanager.services.audit import Actor
from clientmanager.services.duplicates import (
    MergeRefused,
    find_possible_duplicates,
    merge_clients,
    merge_preview,
)
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
    RiskProfile,
    Task,
    utcnow,
)

ID_NUMBER = make_sa_id(dt.date(1979, 9, 9), sequence=5555)
CHILD_MODELS = (
    Address,
    Asset,
    CashFlow,
    Consent,
    Document,
    Goal,
    Liability,
    Note,
    Policy,
    RiskProfile,
    Task,
)


def _add_children(session, client_id: int, *, tag: str) -> None:
    policy = Policy(
        client_id=client_id, provider="Sanlam", policy_number=f"P-{tag}", product_type="life"
    )
    session.add(policy)
    session.flush()
    session.add_all(
        [
            Address(client_id=client_id, line1=f"{tag} Long Street", city="Cape Town"),
            Asset(client_id=client_id, kind="vehicle", description=f"car {tag}", value_cents=1),
            Liability(client_id=client_id, kind="credit_card", balance_cents=100),
            CashFlow(client_id=client_id, direction="income", category="salary", amount_cents=1),
            Goal(client_id=client_id, kind="retirement", description=f"retire {tag}"),
            RiskProfile(client_id=client_id, assessed_on=dt.date(2024, 1, 1), category="moderate"),
            Task(client_id=client_id, title=f"call {tag}"),
            Note(client_id=client_id, subject=f"note {tag}", body="draft"),
            Consent(
                client_id=client_id,
                purpose="direct_marketing",
                lawful_basis="consent",
                status="given",
                recorded_at=dt.datetime(2024, 1, 1),
            ),
            PolicyRole(policy_id=policy.id, client_id=client_id, role="life_assured"),
        ]
    )


@pytest.fixture
def pair(practice):
    """Two records of one person (same SA ID), each with a full set of children."""
    with practice.session() as session:
        household = Household(name="Naidoo household")
        session.add(household)
        session.flush()
        survivor = Client(
            first_names="Priya", surname="Naidoo", id_number=ID_NUMBER, mobile="+27825550000"
        )
        other = Client(
            first_names="Priya",
            surname="Naidoo",
            email="priya@example.co.za",
            occupation="Engineer",
            household_id=household.id,
            date_of_birth=dt.date(1979, 9, 9),
            objected_at=dt.datetime(2025, 5, 5),
        )
        spouse = Client(first_names="Ravi", surname="Naidoo", email="priya@example.co.za")
        session.add_all([survivor, other, spouse])
        session.flush()
        _add_children(session, survivor.id, tag="S")
        _add_children(session, other.id, tag="O")
        advice = Note(
            client_id=other.id,
            kind="advice",
            subject="Retirement annuity advice",
            body="Recommended an RA",
            advice_basis="Needs analysis of 2025",
            recommendation="Allan Gray RA",
        )
        session.add(advice)
        session.flush()
        document = Document(
            client_id=other.id,
            note_id=advice.id,
            category="record_of_advice",
            filename="roa.pdf",
            mime_type="application/pdf",
            size_bytes=4,
            sha256="0" * 64,
        )
        session.add(document)
        session.flush()
        session.add(DocumentContent(document_id=document.id, content=b"%PDF"))
        advice.finalised_at = utcnow()
        session.add_all(
            [
                ClientRelationship(client_id=spouse.id, related_client_id=other.id, kind="spouse"),
                ClientRelationship(
                    client_id=other.id, related_client_id=survivor.id, kind="spouse"
                ),
                Disclosure(
                    client_id=other.id,
                    recipient_category="product_provider",
                    recipient_name="Sanlam",
                    purpose="application",
                ),
            ]
        )
        ids = survivor.id, other.id, spouse.id, advice.id
    return ids


def test_possible_duplicates_list(practice, pair):
    survivor_id, other_id, spouse_id, _advice = pair
    with practice.session() as session:
        found = find_possible_duplicates(session, actor=practice.actor)
    by_pair = {(d.first.id, d.second.id): d.reasons for d in found}
    # Same surname + first name, but only one has a date of birth: not matched on that;
    # the spouse shares the e-mail with the other record.
    assert by_pair == {(other_id, spouse_id): ["same e-mail"]}

    with practice.session() as session:
        session.get(Client, survivor_id).date_of_birth = dt.date(1979, 9, 9)
    with practice.session() as session:
        found = find_possible_duplicates(session, actor=practice.actor)
    by_pair = {(d.first.id, d.second.id): d.reasons for d in found}
    assert by_pair[(survivor_id, other_id)] == ["same name and date of birth"]
    assert by_pair[(other_id, spouse_id)] == ["same e-mail"]

    # Each is named as the client list names them: a trust by its name, a person by the
    # name they go by. The trust and the person who share an e-mail are not paired.
    with practice.session() as session:
        session.add_all(
            [
                Client(kind="trust", entity_name="Naidoo Family Trust", email="t@example.co.za"),
                Client(
                    first_names="Prinisha",
                    preferred_name="Pree",
                    surname="Pillay",
                    email="t@example.co.za",
                ),
                Client(kind="trust", entity_name="Naidoo Trust", email="t@example.co.za"),
                Client(first_names="Kumar", surname="Pillay", email="t@example.co.za"),
            ]
        )
    with practice.session() as session:
        found = find_possible_duplicates(session, actor=practice.actor)
    names = {(d.first.name, d.second.name) for d in found}
    assert ("Naidoo Family Trust", "Naidoo Trust") in names
    assert ("Pree Pillay", "Kumar Pillay") in names
    assert ("Priya Naidoo", "Ravi Naidoo") in names
    assert ("Naidoo Family Trust", "Pree Pillay") not in names


def test_merge_moves_every_child_to_the_survivor(practice, pair):
    survivor_id, other_id, spouse_id, advice_id = pair
    with practice.session() as session:
        before = {
            m.__tablename__: session.scalar(
                sa.select(sa.func.count()).select_from(m).where(m.client_id == survivor_id)
            )
            + session.scalar(
                sa.select(sa.func.count()).select_from(m).where(m.client_id == other_id)
            )
            for m in CHILD_MODELS
        }
        preview = merge_preview(
            session, actor=practice.actor, survivor_id=survivor_id, other_id=other_id
        )
    assert preview.locked_records == 1
    assert (
        preview.children["policies"] == 1 and preview.children["notes"] == 1
    )  # the finalised one is copied
    email = next(f for f in preview.fields if f.key == "email")
    assert email.default == "other" and email.other_value == "priya@example.co.za"

    with practice.session() as session:
        result = merge_clients(
            session,
            actor=practice.actor,
            survivor_id=survivor_id,
            other_id=other_id,
            choices={"occupation": "other"},
        )
    assert result.copied_records_of_advice == 1
    assert result.other_client == "archived"  # it still holds the locked original

    with practice.session() as session:
        for model in CHILD_MODELS:
            on_survivor = session.scalar(
                sa.select(sa.func.count()).select_from(model).where(model.client_id == survivor_id)
            )
            expected = before[model.__tablename__]
            if model is Note:
                expected -= 1  # the finalised original stays behind ...
                expected += 1  # ... and its exact copy is on the survivor
            assert on_survivor == expected, model.__tablename__
        left_on_other = {
            m.__tablename__: session.scalar(
                sa.select(sa.func.count()).select_from(m).where(m.client_id == other_id)
            )
            for m in CHILD_MODELS
        }
        assert {k: v for k, v in left_on_other.items() if v} == {"notes": 1, "consents": 1}
        assert (
            session.scalar(sa.select(sa.func.count()).where(PolicyRole.client_id == survivor_id))
            == 2
        )

        # The finalised record of advice is on the survivor, identical, and still locked.
        copy = session.scalar(
            sa.select(Note).where(Note.client_id == survivor_id, Note.kind == "advice")
        )
        original = session.get(Note, advice_id)
        assert copy.id != original.id
        assert (copy.subject, copy.body, copy.recommendation, copy.finalised_at) == (
            original.subject,
            original.body,
            original.recommendation,
            original.finalised_at,
        )
        document = session.scalar(
            sa.select(Document).where(Document.category == "record_of_advice")
        )
        assert (document.client_id, document.note_id) == (survivor_id, copy.id)

        survivor = session.get(Client, survivor_id)
        assert survivor.email == "priya@example.co.za"  # empty on the survivor: taken
        assert survivor.mobile == "+27825550000"  # kept
        assert survivor.occupation == "Engineer"  # picked
        assert survivor.household_id is not None
        assert survivor.objected_at == dt.datetime(2025, 5, 5)  # an objection is never lost
        other = session.get(Client, other_id)
        assert other.archived_at is not None

        relationships = session.execute(
            sa.select(ClientRelationship.client_id, ClientRelationship.related_client_id)
        ).all()
        assert relationships == [(spouse_id, survivor_id)]
        assert session.scalar(sa.select(Disclosure.client_id)) == survivor_id

        entry = session.scalar(sa.select(AuditEntry).where(AuditEntry.action == "client.merged"))
        assert entry.client_id == survivor_id
        assert f"merged client {other_id} into {survivor_id}" in entry.summary
        assert "Naidoo" not in entry.summary

    with practice.session() as session:
        found = find_possible_duplicates(session, actor=practice.actor)
    assert all(other_id not in (d.first.id, d.second.id) for d in found)


def test_merge_without_locked_records_deletes_the_other(practice):
    with practice.session() as session:
        a = Client(first_names="Sam", surname="Botha", id_number=ID_NUMBER)
        b = Client(first_names="Sam", surname="Botha", mobile="+27825551111")
        session.add_all([a, b])
        session.flush()
        session.add(Task(client_id=b.id, title="follow up"))
        ids = a.id, b.id
    with practice.session() as session:
        result = merge_clients(session, actor=practice.actor, survivor_id=ids[0], other_id=ids[1])
    assert result.other_client == "deleted" and result.moved == {"tasks": 1}
    with practice.session() as session:
        assert session.get(Client, ids[1]) is None
        assert session.get(Client, ids[0]).mobile == "+27825551111"
        assert session.scalar(sa.select(Task.client_id)) == ids[0]


def test_merge_refusals(practice, pair):
    survivor_id, other_id, *_ = pair
    with practice.session() as session:
        with pytest.raises(MergeRefused):
            merge_clients(
                session, actor=practice.actor, survivor_id=survivor_id, other_id=survivor_id
            )
        with pytest.raises(PermissionDenied):
            merge_clients(
                session,
                actor=Actor(user_id=None, username="a", role="assistant"),
                survivor_id=survivor_id,
                other_id=other_id,
            )


def test_a_company_and_its_director_are_never_offered_or_merged_as_one(practice):
    with practice.session() as session:
        director = Client(first_names="Thabo", surname="Mokoena", mobile="+27825551234")
        company = Client(
            kind="company", entity_name="Mokoena Transport (Pty) Ltd", mobile="+27825551234"
        )
        # The same company twice (typed with and without the spaces in its number), and
        # a trust of the same family name with a different number.
        again = Client(
            kind="company",
            entity_name="mokoena transport (pty) ltd",
            registration_number="2015/123456/07",
        )
        typed = Client(kind="company", entity_name="MTL", registration_number="2015 / 123456 / 07")
        trust = Client(
            kind="trust",
            entity_name="Mokoena Transport (Pty) Ltd",
            registration_number="IT 12/2016",
        )
        session.add_all([director, company, again, typed, trust])
        session.flush()
        ids = {c: c.id for c in (director, company, again, typed, trust)}
    with practice.session() as session:
        found = find_possible_duplicates(session, actor=practice.actor)
    pairs = {(p.first.id, p.second.id): p.reasons for p in found}
    assert pairs == {
        (ids[company], ids[again]): ["same name"],
        (ids[again], ids[typed]): ["same registration number"],
    }
    for other in (company, trust):
        with practice.session() as session, pytest.raises(MergeRefused) as refused:
            merge_clients(
                session, actor=practice.actor, survivor_id=ids[director], other_id=ids[other]
            )
        assert "never one client" in str(refused.value)
    with practice.session() as session:
        assert session.get(Client, ids[director]).entity_name is None
        assert session.get(Client, ids[company]).archived_at is None
        assert session.get(Client, ids[trust]).id_number is None
