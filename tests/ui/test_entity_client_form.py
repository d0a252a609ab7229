"""A company or trust client from the client form: its name instead of a person's."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from clientmanager.store.models import Client
from clientmanager.ui.client_record import ClientRecordView

WAIT = 20_000


@pytest.fixture
def view(qtbot, context, practice):
    context.set_unlocked(practice)
    record = ClientRecordView(context)
    qtbot.addWidget(record)
    record.resize(1366, 720)
    record.show()
    yield record
    record.form.dirty = False


def _choose_kind(view, kind: str) -> None:
    box = view.form.fields["kind"].input
    box.setCurrentIndex(box.findData(kind))


def _shown(view, key: str) -> bool:
    return view.form.fields[key].isVisible()


def test_a_trust_is_added_from_the_form_and_reopens_under_its_name(
    qtbot, context, practice, view, tmp_path
):
    view.new_client()
    assert _shown(view, "first_names") and not _shown(view, "entity_name")
    assert view.overview.residential_title.text() == "Residential address (FICA)"
    assert view.overview.postal_same.text() == "Same as residential"
    _choose_kind(view, "trust")
    assert view.overview.residential_title.text() == "Business address (FICA)"
    assert view.overview.postal_same.text() == "Same as the business address"
    for key in ("first_names", "surname", "id_number", "date_of_birth"):
        assert not _shown(view, key), key
    assert _shown(view, "entity_name") and _shown(view, "registration_number")
    assert not view.overview.derived.isVisible()  # no ID number to explain
    label = view.form.layout_.labelForField(view.form.fields["entity_name"])
    assert label.text().endswith("*")
    qtbot.wait(50)  # let the layout close the hidden rows before the picture
    view.grab().save(str(tmp_path / "entity_trust_form.png"))

    view.save()  # no name yet: the entity's name is what is asked for
    qtbot.waitUntil(view.form_error.isVisible, timeout=WAIT)
    assert view.form.fields["entity_name"].has_error()
    assert not view.form.fields["first_names"].has_error()
    assert view.form_error.text().startswith("One field needs attention.")

    qtbot.keyClicks(view.form.fields["entity_name"].input, "Dlamini Family Trust")
    qtbot.keyClicks(view.form.fields["registration_number"].input, "IT1234/2009")
    view.save()
    qtbot.waitUntil(lambda: view.card is not None, timeout=WAIT)
    client_id = view.card.client.id
    assert view.name_label.text() == "Dlamini Family Trust"
    assert "Trust" in view.facts_label.text() and "IT1234/2009" in view.facts_label.text()
    with practice.session() as session:
        trust = session.get(Client, client_id)
        assert (trust.kind, trust.entity_name, trust.first_names) == (
            "trust",
            "Dlamini Family Trust",
            None,
        )

    view.form.dirty = False
    view.new_client()
    view.open_client(client_id)
    qtbot.waitUntil(
        lambda: view.card is not None and view.card.client.id == client_id, timeout=WAIT
    )
    assert view.name_label.text() == "Dlamini Family Trust"
    assert view.form.fields["kind"].value() == "trust"
    assert view.form.fields["entity_name"].value() == "Dlamini Family Trust"
    assert _shown(view, "entity_name") and not _shown(view, "surname")


def test_a_person_still_needs_names(qtbot, context, practice, view):
    view.new_client()
    _choose_kind(view, "company")
    qtbot.keyClicks(view.form.fields["entity_name"].input, "Acme (Pty) Ltd")
    _choose_kind(view, "person")  # changed their mind: a person after all
    assert not _shown(view, "entity_name") and _shown(view, "surname")
    view.save()
    qtbot.waitUntil(view.form_error.isVisible, timeout=WAIT)
    assert view.form.fields["first_names"].has_error()
    assert view.form.fields["surname"].has_error()
    assert view.form_error.text().startswith("2 fields need attention.")
    with practice.session() as session:
        assert session.query(Client).count() == 0
    qtbot.keyClicks(view.form.fields["first_names"].input, "Lerato")
    qtbot.keyClicks(view.form.fields["surname"].input, "Dlamini")
    qtbot.keyClick(view.form.fields["surname"].input, Qt.Key.Key_Tab)
    view.save()
    qtbot.waitUntil(lambda: view.card is not None, timeout=WAIT)
    with practice.session() as session:
        (person,) = session.query(Client).all()
        assert (person.kind, person.surname, person.entity_name) == ("person", "Dlamini", None)
    assert view.name_label.text() == "Lerato Dlamini"
