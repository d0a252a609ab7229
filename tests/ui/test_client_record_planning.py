"""The record's doors to the planner's year (issue 19): Ctrl+P, advice from a template, and
the Planning tab, for the record's client and checked against the database."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from clientmanager.services.audit import Actor
from clientmanager.store.models import Note
from clientmanager.ui.client_record import ClientRecordView
from clientmanager.ui.roa_dialog import RoaDialog
from clientmanager.ui.summary_dialog import SummaryDialog
from tests.planner.conftest import seed_household

WAIT = 20_000
SHOTS = Path("/tmp/wiring")


@pytest.fixture
def view(qtbot, context, practice):
    context.set_unlocked(practice)
    record = ClientRecordView(context)
    qtbot.addWidget(record)
    record.resize(1366, 768)
    record.show()
    yield record
    record.form.dirty = False


def _open(qtbot, view, client_id: int) -> None:
    view.open_client(client_id)
    qtbot.waitUntil(
        lambda: view.card is not None and view.card.client.id == client_id, timeout=WAIT
    )


def test_ctrl_p_saves_the_summary_of_the_records_client(qtbot, context, practice, view, tmp_path):
    seeded = seed_household(practice)
    _open(qtbot, view, seeded.client_id)
    view.activateWindow()
    view.form.fields["first_names"].setFocus()
    qtbot.waitUntil(lambda: view.isActiveWindow(), timeout=WAIT)
    qtbot.keyClick(
        view.form.fields["first_names"], Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.waitUntil(lambda: bool(view.doors.dialogs), timeout=WAIT)
    dialog = view.doors.dialogs[-1]
    assert isinstance(dialog, SummaryDialog)
    assert dialog.picker.client_id == seeded.client_id
    dialog.save_to(tmp_path / "summary.pdf")
    qtbot.waitUntil(lambda: dialog.saved_path is not None, timeout=WAIT)
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "summary.pdf").pages)
    assert "van der Merwe" in text and "SL-778812" in text


def test_record_of_advice_from_the_notes_tab_lands_on_the_record(qtbot, context, practice, view):
    seeded = seed_household(practice)
    _open(qtbot, view, seeded.client_id)
    view.tabs.setCurrentWidget(view.notes_tab)
    button = view.notes_tab.section.roa_button
    assert button.text() == "Record of advice from template…" and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = view.doors.dialogs[-1]
    assert isinstance(dialog, RoaDialog) and dialog.picker.client_id == seeded.client_id
    dialog.fields["subject"].setText("Life cover review 2026")
    dialog.save_draft()
    qtbot.waitUntil(lambda: dialog.note_id is not None, timeout=WAIT)
    with practice.session() as session:
        note = session.get(Note, dialog.note_id)
        assert (note.client_id, note.kind, note.subject) == (
            seeded.client_id,
            "advice",
            "Life cover review 2026",
        )
    dialog.close()  # the record reloads: the draft is on the notes tab
    table = view.notes_tab.section.table
    qtbot.waitUntil(
        lambda: any(
            table.item(row, 1) and table.item(row, 1).text() == "Life cover review 2026"
            for row in range(table.rowCount())
        ),
        timeout=WAIT,
    )


def test_a_compliance_officer_cannot_start_a_record_of_advice(qtbot, context, practice, view):
    seeded = seed_household(practice)
    practice.actor = Actor(practice.actor.user_id, "naledi", "compliance")
    _open(qtbot, view, seeded.client_id)
    assert not view.notes_tab.section.roa_button.isEnabled()
    assert view.open_roa() is None
    assert not view.planning_tab.panel.roa_button.isEnabled()
    assert not view.planning_tab.panel.book_button.isEnabled()


def test_planning_tab_shows_the_records_client(qtbot, context, practice, view):
    from clientmanager.services import client_year, tags

    seeded = seed_household(practice)
    with practice.session() as session:
        tags.tag_clients(session, seeded.admin, [seeded.client_id], "medical aid")
    _open(qtbot, view, seeded.client_id)
    titles = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert titles[-1] == "Planning"
    view.tabs.setCurrentWidget(view.planning_tab)
    panel = view.planning_tab.panel
    qtbot.waitUntil(
        lambda: panel.year is not None and panel.year.client_id == seeded.client_id, timeout=WAIT
    )
    with practice.session() as session:
        year = client_year.client_year(session, practice.actor, seeded.client_id)
    assert panel.tags.text() == "medical aid" == ", ".join(year.tags)
    assert panel.events.count() == len(year.policy_events)
    # Nothing booked yet: the tab says so where the list would be.
    assert panel.appointments.isHidden() and not panel.empty[panel.appointments].isHidden()
    assert panel.empty[panel.appointments].text() == "No appointments booked."
    panel.book_next_working_day()
    qtbot.waitUntil(lambda: panel.appointments.count() == 1, timeout=WAIT)
    assert not panel.appointments.isHidden() and panel.empty[panel.appointments].isHidden()
    qtbot.wait(100)
    SHOTS.mkdir(parents=True, exist_ok=True)
    view.grab().save(str(SHOTS / "record_planning_1366.png"))
    tab_bar = view.tabs.tabBar()
    assert tab_bar.tabRect(view.tabs.count() - 1).right() <= view.width() or (
        view.tabs.usesScrollButtons()
    )
    # Another client: the tab follows (the spouse has no tags).
    _open(qtbot, view, seeded.spouse_id)
    qtbot.waitUntil(
        lambda: panel.year is not None and panel.year.client_id == seeded.spouse_id, timeout=WAIT
    )
    assert panel.tags.text() == "none" and panel.appointments.count() == 0
    # The summary button opens the dialog for this client, not the first one.
    panel.summary_button.click()
    dialog = view.doors.dialogs[-1]
    assert isinstance(dialog, SummaryDialog) and dialog.picker.client_id == seeded.spouse_id
    # A new client: nothing of the last one is left on the tab.
    view.new_client()
    assert panel.client_id is None and panel.appointments.count() == 0
    assert all(not label.isHidden() for label in panel.empty.values())
    assert not view.tabs.isTabEnabled(view.tabs.indexOf(view.planning_tab))
