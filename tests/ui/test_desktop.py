"""The planner's desktop driven like a user, on a real encrypted demo practice."""

from __future__ import annotations

import datetime as dt

import pypdf
import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from clientmanager.domain.money import format_amount
from clientmanager.domain.sa_id import make_sa_id
from clientmanager.services import client_records as records
from clientmanager.services.audit import Actor
from clientmanager.services.demo import _tiny_pdf, generate_demo_data
from clientmanager.services.practice import unlock_with_password
from clientmanager.store.models import AuditEntry, Client, Note
from clientmanager.ui.main_window import MainWindow
from tests.conftest import ADMIN, ADMIN_PASSWORD

WAIT = 20_000


@pytest.fixture
def demo_practice(practice):
    generate_demo_data(practice.engine, clients=150, seed=11)
    return practice


def _forget_edits(window: MainWindow) -> None:
    # A test that fails mid-edit must not leave a modal "unsaved changes" box at teardown.
    if window._record is not None:
        window._record.form.dirty = False


def _window(qtbot, context, practice) -> MainWindow:
    context.set_unlocked(practice)
    window = MainWindow(context)
    qtbot.addWidget(window, before_close_func=_forget_edits)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.client_list.model.rowCount() > 0, timeout=WAIT)
    qtbot.waitUntil(lambda: window.dashboard.dashboard is not None, timeout=WAIT)
    return window


@pytest.fixture
def window(qtbot, context, demo_practice) -> MainWindow:
    return _window(qtbot, context, demo_practice)


def answer_next_box(choose, seen: list[str] | None = None) -> None:
    """Answer the next message box that appears (they are modal, so reply from a timer)."""

    def handler() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            if seen is not None:
                seen.append(f"{box.text()} {box.informativeText()}")
            choose(box)
        else:
            QTimer.singleShot(20, handler)

    QTimer.singleShot(0, handler)


def press(button: QMessageBox.StandardButton):
    return lambda box: box.button(button).click()


def click_text(text: str):
    return lambda box: next(b for b in box.buttons() if b.text() == text).click()


def refocus(qtbot, window) -> None:
    """After a modal box closes, the offscreen platform leaves no window active."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)


def shortcut(qtbot, window, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Press a window shortcut (Ctrl+S, Esc...) as a user would, with the window active."""
    refocus(qtbot, window)
    qtbot.keyClick(window, key, modifier)


def wait_idle(qtbot, context) -> None:
    qtbot.waitUntil(lambda: not context.tasks.is_busy(), timeout=WAIT)


def _client(practice, client_id: int) -> Client:
    with practice.session() as session:
        return session.get(Client, client_id)


def _open(qtbot, window: MainWindow, client_id: int) -> None:
    window.open_client(client_id)
    qtbot.waitUntil(
        lambda: window.record.card is not None and window.record.card.client.id == client_id,
        timeout=WAIT,
    )


# --- finding clients ----------------------------------------------------------------------


def test_type_ahead_shows_matching_clients_and_enter_opens_one(qtbot, window, demo_practice):
    with demo_practice.session() as session:
        target = session.scalars(
            sa.select(Client).where(Client.kind == "person", Client.mobile.is_not(None)).limit(1)
        ).one()
    search = window.client_list.search
    shortcut(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert search.hasFocus()
    qtbot.keyClicks(search, target.surname[:4])
    model = window.client_list.model
    qtbot.waitUntil(lambda: model.generation > 1 and model.rowCount() > 0, timeout=WAIT)
    total = len(model.ids)
    assert 0 < total < 150
    prefix = target.surname[:4].lower()
    for row in range(total):
        found = model.row_at(row)
        assert found is not None
        words = (found.display_name + " " + (found.email or "")).lower().replace("-", " ").split()
        assert any(word.startswith(prefix) for word in words) or found.id_number.startswith(prefix)
    # Narrow to the exact person by ID number: the row shows their name.
    search.clear()
    qtbot.keyClicks(search, target.id_number)
    qtbot.waitUntil(lambda: model.ids == [target.id], timeout=WAIT)
    # The list shows "Surname, First names": it is sorted by surname.
    first = target.display_name.removesuffix(target.surname).strip()
    assert model.data(model.index(0, 0)) == f"{target.surname}, {first}"
    assert window.client_list.count_label.text() == "1 client"
    qtbot.keyClick(search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.record.card is not None, timeout=WAIT)
    assert window.pages.currentWidget() is window.record
    assert window.record.name_label.text() == target.display_name
    assert window.record.form.fields["id_number"].value() == target.id_number
    assert "age" in window.record.derived.text().lower()
    wait_idle(qtbot, window.context)  # the opening's audit entry follows the card
    with demo_practice.session() as session:
        opened = session.scalars(
            sa.select(AuditEntry.client_id).where(AuditEntry.action == "client.opened")
        ).all()
    assert opened == [target.id]


def test_stale_search_answers_are_dropped(qtbot, window):
    panel = window.client_list
    qtbot.keyClicks(panel.search, "zzqx")
    panel.refresh()
    panel.search.setText("")
    panel.refresh()  # the newer query wins even if the older one answers later
    qtbot.waitUntil(lambda: not window.context.tasks.is_busy(), timeout=WAIT)
    assert panel.model.rowCount() > 100


def test_household_button_lists_the_household(qtbot, window, demo_practice):
    _open(qtbot, window, 1)
    household_id = window.record.card.client.household_id
    with demo_practice.session() as session:
        members = set(
            session.scalars(sa.select(Client.id).where(Client.household_id == household_id))
        )
    assert len(members) > 1
    qtbot.mouseClick(window.record.household_button, Qt.MouseButton.LeftButton)
    panel = window.client_list
    qtbot.waitUntil(lambda: set(panel.model.ids) == members, timeout=WAIT)
    assert panel.filter_box.currentText() == "Household"


def test_sorting_by_a_column_reorders_the_list(qtbot, window):
    model = window.client_list.model
    generation = model.generation
    window.client_list.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # last review
    qtbot.waitUntil(lambda: model.generation > generation, timeout=WAIT)
    reviews = [model.row_at(i).last_review_on for i in range(20)]
    known = [r for r in reviews if r is not None]
    assert known == sorted(known, reverse=True) and known


# --- creating and editing -------------------------------------------------------------------


def test_new_client_with_bad_id_shows_inline_error_then_saves(qtbot, window, demo_practice):
    with demo_practice.session() as session:
        before = session.scalar(sa.select(sa.func.count()).select_from(Client))
    shortcut(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    record = window.record
    assert window.pages.currentWidget() is record and record.client_id is None
    form = record.form
    qtbot.keyClicks(form.fields["first_names"].input, "Nomvula")
    qtbot.keyClicks(form.fields["surname"].input, "Khumalo-Testa")
    good_id = make_sa_id(dt.date(1988, 6, 30), sequence=4321)
    bad_id = good_id[:-1] + str((int(good_id[-1]) + 1) % 10)
    qtbot.keyClicks(form.fields["id_number"].input, bad_id)
    qtbot.keyClicks(form.fields["mobile"].input, "082 555 0199")
    shortcut(qtbot, window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: form.fields["id_number"].has_error(), timeout=WAIT)
    assert "ID number" in form.fields["id_number"].error.text()
    assert not form.fields["surname"].has_error()
    # Nothing was saved, and nothing typed was lost.
    with demo_practice.session() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(Client)) == before
    assert form.fields["first_names"].value() == "Nomvula"
    assert form.fields["id_number"].value() == bad_id

    form.fields["id_number"].input.clear()
    qtbot.keyClicks(form.fields["id_number"].input, good_id)
    assert not form.fields["id_number"].has_error()
    assert "30 June 1988" in record.derived.text()
    shortcut(qtbot, window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: record.card is not None and record.client_id is not None, timeout=WAIT)
    new_id = record.client_id
    saved = _client(demo_practice, new_id)
    assert (saved.surname, saved.id_number, saved.mobile) == (
        "Khumalo-Testa",
        good_id,
        "+27825550199",
    )
    assert saved.date_of_birth == dt.date(1988, 6, 30)

    # Close with Esc, find them again, and the value is there.
    shortcut(qtbot, window, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.dashboard
    qtbot.keyClicks(window.client_list.search, "Khumalo-Testa")
    qtbot.waitUntil(lambda: window.client_list.model.ids == [new_id], timeout=WAIT)
    window.client_list.table.setFocus()
    qtbot.keyClick(window.client_list.table, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: record.card is not None and record.card.client.id == new_id, timeout=WAIT
    )
    assert record.form.fields["id_number"].value() == good_id
    assert record.form.fields["mobile"].value() == "082 555 0199"


def test_unsaved_changes_prompt_on_close(qtbot, window, demo_practice):
    _open(qtbot, window, 1)
    original = _client(demo_practice, 1).occupation
    occupation = window.record.form.fields["occupation"].input
    occupation.clear()
    qtbot.keyClicks(occupation, "Astronaut")
    seen: list[str] = []
    answer_next_box(press(QMessageBox.StandardButton.Cancel), seen)
    shortcut(qtbot, window, Qt.Key.Key_Escape)
    assert seen and "Save the changes" in seen[0]
    assert window.pages.currentWidget() is window.record
    assert occupation.text() == "Astronaut"
    answer_next_box(press(QMessageBox.StandardButton.Discard), seen)
    shortcut(qtbot, window, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.dashboard
    wait_idle(qtbot, window.context)
    assert _client(demo_practice, 1).occupation == original


# --- sub-records ---------------------------------------------------------------------------


def test_adding_an_asset_updates_net_worth_and_chart(qtbot, window):
    _open(qtbot, window, 2)
    record = window.record
    before = record.card.net_worth_cents
    record.tabs.setCurrentIndex(2)
    qtbot.mouseClick(record.assets.add_button, Qt.MouseButton.LeftButton)
    dialog = record.open_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.form.fields["kind"].set_value("investment")
    qtbot.keyClicks(dialog.form.fields["description"].input, "Unit trust portfolio")
    qtbot.keyClicks(dialog.form.fields["value_cents"].input, "R 1,5 miljoen")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.form.fields["value_cents"].has_error(), timeout=WAIT)
    assert dialog.isVisible()
    dialog.form.fields["value_cents"].input.clear()
    qtbot.keyClicks(dialog.form.fields["value_cents"].input, "1 500 000")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: record.card.net_worth_cents == before + 150_000_000, timeout=WAIT)
    assert record.net_worth.text() == format_amount(before + 150_000_000)
    assert any(label == "Investment" for label, _v, _a in record.chart.bars)
    image = record.chart.grab().toImage()
    assert image.width() > 100


def test_adding_an_investment_policy_updates_net_worth(qtbot, window):
    _open(qtbot, window, 2)
    record = window.record
    before = record.card.net_worth_cents
    record.tabs.setCurrentIndex(1)
    qtbot.mouseClick(record.policies.add_button, Qt.MouseButton.LeftButton)
    dialog = record.open_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.form.fields["provider"].input, "Allan Gray")
    qtbot.keyClicks(dialog.form.fields["policy_number"].input, "AG-RA-778812")
    dialog.form.fields["product_type"].set_value("retirement_annuity")
    dialog.form.fields["status"].set_value("active")
    qtbot.keyClicks(dialog.form.fields["fund_value_cents"].input, "R 250 000")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: record.card.net_worth_cents == before + 25_000_000, timeout=WAIT)
    assert "AG-RA-778812" in [p.policy_number for p in record.card.policies]
    assert record.net_worth.text() == format_amount(before + 25_000_000)
    assert ("Policy fund values", 25_000_000, True) in record.chart.bars


def test_finalised_record_of_advice_is_read_only(qtbot, window, demo_practice):
    _open(qtbot, window, 3)
    record = window.record
    record.tabs.setCurrentIndex(5)
    qtbot.mouseClick(record.notes.add_button, Qt.MouseButton.LeftButton)
    dialog = record.open_dialog
    dialog.form.fields["kind"].set_value("advice")
    assert dialog.form.fields["recommendation"].isVisible()
    qtbot.keyClicks(dialog.form.fields["subject"].input, "Retirement annuity top-up")
    qtbot.keyClicks(dialog.form.fields["recommendation"].input, "Add R 2 000 a month to the RA")
    qtbot.keyClicks(dialog.form.fields["recommendation_reasons"].input, "Tax relief; shortfall")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    table = record.notes.table
    qtbot.waitUntil(
        lambda: any(n.subject == "Retirement annuity top-up" for n in table.records), timeout=WAIT
    )
    row = next(i for i, n in enumerate(table.records) if n.subject == "Retirement annuity top-up")
    table.selectRow(row)
    assert record.notes.finalise_button.isEnabled()
    seen: list[str] = []
    answer_next_box(press(QMessageBox.StandardButton.Yes), seen)
    qtbot.mouseClick(record.notes.finalise_button, Qt.MouseButton.LeftButton)
    assert "locked" in seen[0]
    qtbot.waitUntil(
        lambda: any(
            n.finalised_at for n in table.records if n.subject.startswith("Retirement annuity top")
        ),
        timeout=WAIT,
    )
    row = next(i for i, n in enumerate(table.records) if n.subject == "Retirement annuity top-up")
    assert (
        table.item(row, 3).text().startswith(f"Final – Thandi Mokoena, {dt.date.today():%d %b %Y}")
    )
    table.selectRow(row)
    assert not record.notes.finalise_button.isEnabled()
    assert not record.notes.remove_button.isEnabled()
    record.notes.open_dialog(table.records[row])
    viewer = record.open_dialog
    assert viewer.read_only
    assert viewer.form.fields["subject"].input.isReadOnly()
    assert "cannot be changed" in viewer.findChild(type(record.banner), "lockedBanner").text()
    viewer.reject()
    with demo_practice.session() as session:
        note = session.scalars(
            sa.select(Note).where(Note.subject == "Retirement annuity top-up")
        ).one()
        assert note.finalised_by_id == demo_practice.actor.user_id


def test_attach_view_and_export_a_document(qtbot, window, tmp_path):
    _open(qtbot, window, 4)
    record = window.record
    pdf = _tiny_pdf("Signed record of advice")
    source = tmp_path / "signed ROA.pdf"
    source.write_bytes(pdf)
    count = len(record.card.documents)
    record.attach_file(source, category="record_of_advice")
    qtbot.waitUntil(lambda: len(record.card.documents) == count + 1, timeout=WAIT)
    row = next(i for i, d in enumerate(record.documents.records) if d.filename == "signed ROA.pdf")
    record.documents.selectRow(row)
    record.view_document()
    qtbot.waitUntil(lambda: getattr(record.open_dialog, "copy", None) is not None, timeout=WAIT)
    viewer = record.open_dialog
    assert viewer.copy.content == pdf
    viewer.close()
    target = tmp_path / "exported" / "copy.pdf"
    answer_next_box(press(QMessageBox.StandardButton.Ok))
    record.export_document(target)
    qtbot.waitUntil(target.exists, timeout=WAIT)
    wait_idle(qtbot, window.context)
    text = pypdf.PdfReader(str(target)).pages[0].extract_text()
    assert "Signed record of advice" in text


def test_archive_asks_and_says_it_is_a_soft_delete(qtbot, window, demo_practice):
    _open(qtbot, window, 5)
    seen: list[str] = []
    answer_next_box(click_text("Archive"), seen)
    qtbot.mouseClick(window.record.archive_button, Qt.MouseButton.LeftButton)
    assert "soft delete" in seen[0]
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.dashboard, timeout=WAIT)
    qtbot.waitUntil(lambda: 5 not in window.client_list.model.ids, timeout=WAIT)
    assert _client(demo_practice, 5).archived_at is not None


# --- roles, dashboard, lock ----------------------------------------------------------------


def test_compliance_officer_sees_but_cannot_change(qtbot, context, demo_practice):
    demo_practice.actor = Actor(demo_practice.actor.user_id, "naledi", "compliance")
    window = _window(qtbot, context, demo_practice)
    assert not window.new_client_action.isEnabled()
    _open(qtbot, window, 1)
    record = window.record
    assert not record.save_button.isEnabled()
    assert not record.archive_button.isEnabled()
    assert record.form.fields["surname"].input.isReadOnly()
    assert record.form.fields["email"].input.isReadOnly()
    for section in (record.policies, record.assets, record.notes, record.tasks):
        assert not section.add_button.isEnabled()
    assert not record.attach_button.isEnabled()
    assert not record.consent_button.isEnabled()
    assert "Compliance officer" in window.user_label.text()


def test_assistant_may_edit_contact_details_only(qtbot, context, demo_practice):
    demo_practice.actor = Actor(demo_practice.actor.user_id, "ayanda", "assistant")
    window = _window(qtbot, context, demo_practice)
    _open(qtbot, window, 1)
    record = window.record
    assert record.save_button.isEnabled()
    assert record.form.fields["surname"].input.isReadOnly()
    assert not record.form.fields["email"].input.isReadOnly()
    assert not record.assets.add_button.isEnabled()
    assert record.tasks.add_button.isEnabled()


def test_dashboard_shows_an_overdue_review_in_red(qtbot, context, practice):
    with practice.session() as session:
        client_id = records.save_client(
            session,
            practice.actor,
            values={
                "first_names": "Sipho",
                "surname": "Overdue",
                "last_review_on": (dt.date.today() - dt.timedelta(days=500)).isoformat(),
            },
        )
    context.set_unlocked(practice)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.dashboard.dashboard is not None, timeout=WAIT)
    table = window.dashboard.reviews.table
    assert table.rowCount() == 1
    assert table.item(0, 0).text() == "Sipho Overdue"
    assert table.item(0, 1).text() == "16 months ago"
    assert table.item(0, 0).foreground().color().name() == "#b03a2e"
    assert window.dashboard.birthdays.stack.currentWidget() is window.dashboard.birthdays.empty
    table.setCurrentCell(0, 0)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: window.record.card is not None and window.record.card.client.id == client_id,
        timeout=WAIT,
    )


def test_ctrl_l_locks_and_the_status_bar_follows(qtbot, context, practice, practice_paths):
    context.set_unlocked(practice)
    window = MainWindow(context)
    qtbot.addWidget(window, before_close_func=_forget_edits)
    window.show()
    wait_idle(qtbot, context)
    assert window.lock_label.text().startswith("Unlocked")
    window.lock_requested.connect(context.lock)
    with qtbot.waitSignal(window.lock_requested, timeout=WAIT):
        shortcut(qtbot, window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not context.is_unlocked
    assert window.lock_label.text() == "Locked" and window.user_label.text() == ""
    context.set_unlocked(
        unlock_with_password(practice_paths, username=ADMIN, password=ADMIN_PASSWORD)
    )
    assert window.lock_label.text().startswith("Unlocked")
    assert "thandi" in window.user_label.text()
    qtbot.waitUntil(lambda: window.dashboard.dashboard is not None, timeout=WAIT)
