"""The planner's smaller forms speak Afrikaans down to their choices: the appointment's
kinds, the expected commission's kinds and frequencies, a policy's statuses. These lists
were filled with the services' English keys, capitalised. And an appointment's client,
which is optional, can be taken off again."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from clientmanager.store.models import Appointment, Client
from clientmanager.ui.calendar_view import AppointmentDialog, CalendarView
from clientmanager.ui.commission_view import ExpectedDialog
from clientmanager.ui.policy_events import PolicyEventsDialog
from tests.ui import locale_walk

WAIT = 20_000


def _choices(combo) -> list[str]:  # noqa: ANN001
    return [combo.itemText(index) for index in range(combo.count())]


def _client(practice) -> int:  # noqa: ANN001
    with practice.session() as s:
        client = Client(first_names="Hélène", surname="Müller")
        s.add(client)
        s.flush()
        return client.id


def test_the_appointment_form_in_afrikaans(qtbot, context, practice, afrikaans, literals):
    context.set_unlocked(practice)
    dialog = AppointmentDialog(context, dt.date(2026, 12, 7), None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert _choices(dialog.kind) == ["Vergadering", "Hersiening", "Oproep"]
    assert _choices(dialog.picker.matches) == ["(geen kliënt)"]
    assert locale_walk.english_strings(dialog, literals=literals) == []


def test_the_expected_commission_form_in_afrikaans(qtbot, context, practice, afrikaans, literals):
    context.set_unlocked(practice)
    dialog = ExpectedDialog(context, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert _choices(dialog.kind) == ["Vooraf", "Deurlopend", "Adviesfooi"]
    assert _choices(dialog.frequency) == ["Eenmalig", "Maandeliks", "Jaarliks"]
    assert locale_walk.english_strings(dialog, literals=literals) == []


def test_the_policy_statuses_in_afrikaans(qtbot, context, practice, afrikaans, literals):
    context.set_unlocked(practice)
    dialog = PolicyEventsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    english = {"Active", "Quote", "Paid up", "Lapsed", "Cancelled", "Matured"}
    shown = _choices(dialog.status)
    assert len(shown) == 6 and not english & set(shown), shown


def test_a_client_chosen_for_an_appointment_can_be_taken_off_again(qtbot, context, practice):
    client_id = _client(practice)
    context.set_unlocked(practice)
    view = CalendarView(context)
    qtbot.addWidget(view)
    monday = dt.date(2026, 12, 7)
    view.show_day(monday)
    qtbot.waitUntil(lambda: view.views is not None, timeout=WAIT)
    dialog = AppointmentDialog(context, monday, view, client_id=client_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.picker.client_id == client_id, timeout=WAIT)
    assert dialog.picker.matches.itemText(0) == "(no client)"
    dialog.picker.matches.setCurrentIndex(0)  # the planner changes their mind
    dialog.title_edit.setText("Practice meeting")
    view.add(dialog)
    qtbot.waitUntil(lambda: view.status.text() == "1 appointment(s)", timeout=WAIT)
    with practice.session() as s:
        saved = s.execute(sa.select(Appointment.title, Appointment.client_id)).one()
    assert saved == ("Practice meeting", None)
