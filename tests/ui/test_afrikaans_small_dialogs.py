"""Dialogs the Afrikaans walks did not open, which showed English in every language: the
second factor's set-up, one client's retention records, a breach's "add affected clients"
and its edit form. Each is opened under the Afrikaans catalogue and walked for English."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication

from clientmanager.services import breaches, retention
from clientmanager.store.models import Client
from clientmanager.ui.breach_register import AffectedDialog, BreachForm
from clientmanager.ui.retention_dialog import ClientRecordsDialog
from clientmanager.ui.second_factor_dialog import SecondFactorDialog
from tests.ui import locale_walk

WAIT = 20_000
CLIENT = ("Hélène Müller", "Laptop gesteel", "'n Skootrekenaar is uit die motor gesteel.")


def _english(widget, literals) -> list:  # noqa: ANN001
    for _ in range(3):
        QApplication.processEvents()
    return locale_walk.english_strings(widget, allow=CLIENT, literals=literals)


def test_setting_up_a_second_factor_in_afrikaans(qtbot, context, practice, afrikaans, literals):
    context.set_unlocked(practice)
    dialog = SecondFactorDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.enrolment is not None, timeout=WAIT)
    assert dialog.windowTitle() != "Set up a second factor"
    assert _english(dialog, literals) == []


def test_one_clients_retention_records_in_afrikaans(qtbot, practice, afrikaans, literals):
    with practice.session() as s:
        client = Client(first_names="Hélène", surname="Müller")
        s.add(client)
        s.flush()
        client_id = client.id
    with practice.session() as s:
        person = retention.client_retention(s, actor=practice.actor, client_id=client_id)
    dialog = ClientRecordsDialog(client_id)
    qtbot.addWidget(dialog)
    dialog.show_person(person)
    dialog.show()
    assert "Hélène Müller" in dialog.summary.text()
    assert "client" not in dialog.summary.text().replace("kliënt", "")
    assert _english(dialog, literals) == []


def test_a_breachs_affected_clients_and_edit_form_in_afrikaans(
    qtbot, practice, afrikaans, literals
):
    with practice.session() as s:
        view = breaches.record_breach(
            s,
            actor=practice.actor,
            title="Laptop gesteel",
            description="'n Skootrekenaar is uit die motor gesteel.",
            discovered_at=dt.datetime(2026, 11, 3, 12),
            data_categories=[breaches.DATA_CATEGORIES[1]],
        )
    affected = AffectedDialog(view)
    qtbot.addWidget(affected)
    affected.show()
    assert _english(affected, literals) == []
    form = BreachForm()
    qtbot.addWidget(form)
    form.fill_from_view(view)
    form.show()
    assert form.windowTitle() == f"Wysig oortreding {view.id}"
    assert _english(form, literals) == []
