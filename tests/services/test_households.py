"""Households: a spouse linked from one record shows on both; dependants and beneficiaries
as linked clients or a name only; edits and removals audited."""

import pytest
import sqlalchemy as sa

from clientmanager.domain.errors import ValidationError
from clientmanager.errors import ClientManagerError, PermissionDenied
from clientmanager.services import client_records as records
from clientmanager.services import households
from clientmanager.services.audit import Actor
from clientmanager.store.models import AuditEntry, Client, ClientRelationship, Household


def _client(session, actor, first: str, surname: str = "Naidoo") -> int:
    return records.save_client(session, actor, values={"first_names": first, "surname": surname})


def test_a_spouse_shows_on_both_records_and_a_dependant_is_added_by_name(practice):
    actor = practice.actor
    with practice.session() as session:
        priya = _client(session, actor, "Priya")
        ravi = _client(session, actor, "Ravi")
        households.add_person(session, actor, priya, "spouse", other_id=ravi)
        child = households.add_person(
            session,
            actor,
            priya,
            "dependant",
            first_names="Anika",
            surname="Naidoo",
            date_of_birth="2015-06-01",
        )
    with practice.session() as session:
        mine = households.household_view(session, actor, priya)
        theirs = households.household_view(session, actor, ravi)
        assert mine.household_name == "Naidoo household" == theirs.household_name
        assert [(m.name, m.label) for m in mine.members] == [
            ("Ravi Naidoo", "Spouse"),
            ("Anika Naidoo", "Dependant"),
        ]
        assert ("Priya Naidoo", "Spouse") in [(m.name, m.label) for m in theirs.members]
        anika = session.get(Client, child)
        assert (anika.category, anika.household_role) == ("related", "dependant")
        assert [m.name_only for m in mine.members] == [False, True]
        # The picker finds people by name, never by number.
        assert [p.name for p in households.find_people(session, actor, "rav", exclude=priya)] == [
            "Ravi Naidoo"
        ]
        households.change_person(session, actor, priya, child, "beneficiary")
    with practice.session() as session:
        labels = {m.name: m.label for m in households.household_view(session, actor, priya).members}
        assert labels["Anika Naidoo"] == "Beneficiary"
        households.remove_person(session, actor, priya, ravi)
    with practice.session() as session:
        names = [m.name for m in households.household_view(session, actor, ravi).members]
        assert "Priya Naidoo" not in names
        assert session.get(Client, ravi).household_id is None
        actions = session.scalars(
            sa.select(AuditEntry.action)
            .where(AuditEntry.client_id == priya)
            .order_by(AuditEntry.id)
        ).all()
        assert actions.count("relationship.added") == 3 and "relationship.removed" in actions


def test_bad_household_input_is_refused_with_a_message(practice):
    actor = practice.actor
    with practice.session() as session:
        priya = _client(session, actor, "Priya")
        with pytest.raises(ValidationError, match="Surname"):
            households.add_person(session, actor, priya, "dependant", first_names="Anika")
        with pytest.raises(ValidationError, match="search by name"):
            households.add_person(session, actor, priya, "spouse", first_names="X", surname="Y")
        with pytest.raises(ValidationError):
            households.add_person(session, actor, priya, "spouse", other_id=priya)
    with practice.session() as session, pytest.raises(PermissionDenied):
        households.create_household(session, Actor(None, "ayanda", "assistant"), priya)


def _entity(session, actor, kind: str, name: str, number: str) -> int:
    return records.save_client(
        session,
        actor,
        values={"kind": kind, "entity_name": name, "registration_number": number},
    )


def test_a_companys_directors_and_a_trusts_trustees_and_beneficiaries(practice):
    actor = practice.actor
    with practice.session() as session:
        thabo = _client(session, actor, "Thabo", "Mokoena")
        company = _entity(session, actor, "company", "Mokoena Holdings (Pty) Ltd", "2015/123456/07")
        trust = _entity(session, actor, "trust", "Mokoena Family Trust", "IT 1234/2019")
        households.add_person(session, actor, company, "director", other_id=thabo)
        lerato = households.add_person(
            session, actor, company, "director", first_names="Lerato", surname="Mokoena"
        )
        households.add_person(session, actor, trust, "trustee", other_id=thabo)
        households.add_person(
            session, actor, trust, "beneficiary", first_names="Kagiso", surname="Mokoena"
        )
    with practice.session() as session:
        directors = households.household_view(session, actor, company)
        assert (directors.kind, directors.household_id) == ("company", None)
        assert [(m.name, m.label, m.name_only) for m in directors.members] == [
            ("Lerato Mokoena", "Director", True),
            ("Thabo Mokoena", "Director", False),
        ]
        trust_people = households.household_view(session, actor, trust)
        assert [(m.name, m.label) for m in trust_people.members] == [
            ("Thabo Mokoena", "Trustee"),
            ("Kagiso Mokoena", "Beneficiary"),
        ]
        # Thabo's own record says what he is to each: not "Company", not "Trustee".
        his = {m.name: m.label for m in households.household_view(session, actor, thabo).members}
        assert his == {
            "Mokoena Holdings (Pty) Ltd": "This client is a director",
            "Mokoena Family Trust": "This client is a trustee",
        }
        # No household was made for the company, and none of its people joined one.
        assert session.get(Client, company).household_id is None
        assert session.get(Client, lerato).household_id is None
        links = session.scalars(
            sa.select(AuditEntry.summary).where(
                AuditEntry.client_id == company, AuditEntry.action == "relationship.added"
            )
        ).all()
        assert links == [f"director: client #{thabo}", f"director: client #{lerato}"]


def test_a_company_or_trust_refuses_a_persons_relationships_and_a_household(practice):
    actor = practice.actor
    with practice.session() as session:
        thabo = _client(session, actor, "Thabo", "Mokoena")
        company = _entity(session, actor, "company", "Mokoena Holdings (Pty) Ltd", "2015/123456/07")
        trust = _entity(session, actor, "trust", "Mokoena Family Trust", "IT 1234/2019")
        with pytest.raises(ValidationError, match="directors"):
            households.add_person(session, actor, company, "spouse", other_id=thabo)
        with pytest.raises(ValidationError, match="trustee or beneficiary"):
            households.add_person(session, actor, trust, "director", other_id=thabo)
        with pytest.raises(ValidationError, match="spouse, partner"):
            households.add_person(session, actor, thabo, "director", other_id=company)
        with pytest.raises(ClientManagerError, match="no household"):
            households.create_household(session, actor, company)
    with practice.session() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(ClientRelationship)) == 0
        assert session.scalar(sa.select(sa.func.count()).select_from(Household)) == 0


def test_a_dependants_record_names_the_person_they_depend_on_and_cannot_reverse_it(practice):
    actor = practice.actor
    with practice.session() as session:
        priya = _client(session, actor, "Priya")
        anika = _client(session, actor, "Anika")
        households.add_person(session, actor, priya, "dependant", other_id=anika)
    with practice.session() as session:
        hers = households.household_view(session, actor, anika)
        assert [(m.name, m.label) for m in hers.members] == [
            ("Priya Naidoo", "This client is their dependant")
        ]
        with pytest.raises(ClientManagerError, match="kept on Priya Naidoo's record"):
            households.change_person(session, actor, anika, priya, "dependant")
    with practice.session() as session:
        kinds = session.execute(
            sa.select(
                ClientRelationship.client_id,
                ClientRelationship.related_client_id,
                ClientRelationship.kind,
            )
        ).all()
        assert kinds == [(anika, priya, "dependant")]
