"""Households: a spouse linked from one record shows on both; dependants and beneficiaries
as linked clients or a name only; edits and removals audited."""

import pytest
import sqlalchemy as sa

from clientmanager.domain.errors import ValidationError
from clientmanager.errors import PermissionDenied
from clientmanager.services import client_records as records
from clientmanager.services import households
from clientmanager.services.audit import Actor
from clientmanager.store.models import AuditEntry, Client


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
