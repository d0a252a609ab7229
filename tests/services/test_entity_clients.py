"""Company and trust clients through the record service: what the client form saves, on a
real encrypted practice and on PostgreSQL."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from clientmanager.domain.client_fields import client_specs
from clientmanager.services import addressee
from clientmanager.services import client_records as records
from clientmanager.services.clients import ListQuery, client_list
from clientmanager.store.models import AuditEntry, Client

pytestmark = pytest.mark.both_backends


def _trust(**extra: str) -> dict[str, str]:
    values = {
        "kind": "trust",
        "entity_name": "Dlamini Family Trust",
        "registration_number": "IT1234/2009",
        "mobile": "082 555 1234",
    }
    values.update(extra)
    return values


def _count(session) -> int:
    return session.scalar(sa.select(sa.func.count()).select_from(Client))


def test_a_trust_is_saved_by_its_name_and_listed_and_addressed_by_it(practice):
    with practice.session() as session:
        trust_id = records.save_client(session, practice.actor, values=_trust())
    with practice.session() as session:
        trust = session.get(Client, trust_id)
        assert (trust.kind, trust.entity_name, trust.registration_number) == (
            "trust",
            "Dlamini Family Trust",
            "IT1234/2009",
        )
        assert (trust.first_names, trust.surname, trust.id_number) == (None, None, None)
        assert trust.display_name == "Dlamini Family Trust"
        to = addressee.addressee_for(session, trust)
        assert (to.name, to.salutation) == ("Dlamini Family Trust", "Dear Sir or Madam")
        listed = client_list(session, practice.actor, ListQuery(text="Dlamini"))
        assert [row.display_name for row in listed.first_rows] == ["Dlamini Family Trust"]
        form = records.client_form_values(trust)
        assert (form["kind"], form["entity_name"], form["registration_number"]) == (
            "trust",
            "Dlamini Family Trust",
            "IT1234/2009",
        )


def test_an_entity_needs_its_name_and_a_person_still_needs_names(practice):
    with pytest.raises(records.InvalidInput) as entity, practice.session() as session:
        records.save_client(session, practice.actor, values=_trust(entity_name=" "))
    assert set(entity.value.errors) == {"entity_name"}
    assert entity.value.errors["entity_name"] == "Company or trust name: is required."
    with pytest.raises(records.InvalidInput) as person, practice.session() as session:
        records.save_client(
            session, practice.actor, values={"kind": "person", "entity_name": "Acme (Pty) Ltd"}
        )
    assert set(person.value.errors) == {"first_names", "surname"}
    with pytest.raises(records.InvalidInput) as kind, practice.session() as session:
        records.save_client(session, practice.actor, values=_trust(kind="partnership"))
    assert set(kind.value.errors) == {"kind"}
    with practice.session() as session:
        assert _count(session) == 0


def test_an_entity_saved_without_naming_its_kind_stays_an_entity(practice):
    # The address door (set_address) and older callers send no kind: a company is not
    # turned into a nameless person.
    with practice.session() as session:
        company_id = records.save_client(
            session, practice.actor, values=_trust(kind="company", entity_name="Acme (Pty) Ltd")
        )
    with practice.session() as session:
        records.set_address(
            session, practice.actor, company_id, "residential", {"line1": "1 Main Road"}
        )
    with practice.session() as session:
        company = session.get(Client, company_id)
        assert (company.kind, company.entity_name) == ("company", "Acme (Pty) Ltd")
        assert [a.line1 for a in company.addresses] == ["1 Main Road"]


def test_a_person_made_a_company_keeps_no_personal_fields(practice):
    with practice.session() as session:
        client_id = records.save_client(
            session,
            practice.actor,
            values={"first_names": "Lerato", "surname": "Dlamini", "occupation": "Farmer"},
        )
    with practice.session() as session:
        client = session.get(Client, client_id)
        assert (client.kind, client.entity_name) == ("person", None)
        values = {**records.client_form_values(client), "kind": "company"}
        values["entity_name"] = "Dlamini Boerdery (Pty) Ltd"
        records.save_client(
            session,
            practice.actor,
            values=values,
            client_id=client_id,
            version=client.version,
            loaded=records.client_form_values(client),
        )
    with practice.session() as session:
        client = session.get(Client, client_id)
        assert (client.kind, client.entity_name, client.surname, client.occupation) == (
            "company",
            "Dlamini Boerdery (Pty) Ltd",
            None,
            None,
        )
        summary = session.scalar(
            sa.select(AuditEntry.summary)
            .where(AuditEntry.action == "client.updated")
            .order_by(AuditEntry.id.desc())
        )
        # Field names only, never the values.
        assert "kind" in summary and "surname" in summary and "Dlamini" not in summary


def test_the_catalogue_gives_each_kind_its_own_required_fields():
    person = {spec.key: spec.required for spec in client_specs("person")}
    trust = {spec.key: spec.required for spec in client_specs("trust")}
    assert person["first_names"] and person["surname"] and "entity_name" not in person
    assert trust["entity_name"] and "first_names" not in trust and "id_number" not in trust
    assert not trust["registration_number"] and "tax_number" in trust
