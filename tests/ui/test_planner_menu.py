"""The Planner menu's dialogs, driven like a user would (issue 19)."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from clientmanager.ui.main_window import MainWindow
from clientmanager.ui.summary_dialog import SummaryDialog
from tests.planner.conftest import seed_household

SHOTS = "/tmp/year"


def _window(qtbot, context, practice) -> MainWindow:  # noqa: ANN001
    context.set_unlocked(practice)
    window = MainWindow(context)
    qtbot.addWidget(window)
    return window


def test_planner_menu_opens_the_summary(qtbot, context, practice, tmp_path) -> None:  # noqa: ANN001
    seeded = seed_household(practice)
    window = _window(qtbot, context, practice)
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert "Planner" in titles and titles.index("Planner") < titles.index("Help")
    dialog = window.planner_menu.open_summary()
    assert isinstance(dialog, SummaryDialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "Choose a client" in dialog.error.text()
    qtbot.keyClicks(dialog.picker.search, "van der Merwe Pieter")
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.picker.client_id == seeded.client_id, timeout=30_000)
    dialog.save_to(tmp_path / "summary.pdf")
    qtbot.waitUntil(lambda: dialog.saved_path is not None, timeout=30_000)
    assert "Saved to" in dialog.status.text()
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "summary.pdf").pages)
    assert "SL-778812" in text
    dialog.grab().save(f"{SHOTS}/summary_dialog.png")


def test_record_of_advice_dialog_fills_saves_and_finalises(
    qtbot, context, practice, tmp_path
) -> None:  # noqa: ANN001
    import hashlib

    from clientmanager.store.models import AdviceDetail, DocumentContent

    seeded = seed_household(practice)
    window = _window(qtbot, context, practice)
    dialog = window.planner_menu.open_roa()
    dialog.picker.set_client(seeded.client_id, "Pieter van der Merwe")
    dialog.template.setCurrentIndex(dialog.template.findData("replacement"))
    assert dialog.fields["replacement_comparison"].isVisibleTo(dialog)
    dialog.fill_from_record()
    qtbot.waitUntil(
        lambda: "Net worth" in dialog.fields["needs_analysis"].toPlainText(), timeout=30_000
    )
    assert "SL-778812" in dialog.fields["replaced_product"].toPlainText()
    dialog.finalise(confirm=False)  # incomplete: the fields are named
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=30_000)
    assert "Recommendation" in dialog.error.text() or "field" in dialog.error.text()
    for key, text in {
        "recommendation": "Replace with Discovery Life Plan",
        "recommendation_reasons": "Same cover, lower premium",
        "replacement_reasons": "Saves R840 a year with no penalty",
        "fees_disclosed": "No advice fee",
        "commission_disclosed": "Upfront R9 800, paid by Discovery",
    }.items():
        dialog.fields[key].setPlainText(text)
    dialog.resize(1000, 700)
    dialog.grab().save(f"{SHOTS}/roa_dialog.png")
    dialog.finalise(confirm=False)
    qtbot.waitUntil(lambda: dialog.finalised is not None, timeout=30_000)
    assert dialog.fields["recommendation"].isReadOnly()
    with practice.session() as session:
        detail = session.get(AdviceDetail, dialog.finalised.note_id)
        content = session.get(DocumentContent, detail.document_id).content
        assert hashlib.sha256(content).hexdigest() == detail.pdf_sha256
    assert detail.pdf_sha256 in dialog.status.text()
    dialog.save_pdf_to(tmp_path / "final.pdf")
    qtbot.waitUntil(lambda: (tmp_path / "final.pdf").exists(), timeout=30_000)
    assert (tmp_path / "final.pdf").read_bytes() == content
    assert dialog.verify_button.isEnabled()
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.verified is not None, timeout=30_000)
    assert dialog.verified is True and "Verified" in dialog.status.text()
    from tests.planner.test_roa import tamper

    with practice.session() as session:
        tamper(session, detail.document_id, b"%changed")
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.verified is not None, timeout=30_000)
    assert dialog.verified is False and "does NOT match" in dialog.error.text()


def test_reviews_board_counts_match_the_service(qtbot, context, practice) -> None:  # noqa: ANN001
    import datetime as dt

    from clientmanager.services import reviews
    from tests.planner.test_reviews import _actor, _practice_of_reviews

    ids = _practice_of_reviews(practice)
    window = _window(qtbot, context, practice)
    board = window.planner_menu.open_reviews()
    board.show_month(dt.date(2026, 12, 1))
    qtbot.waitUntil(
        lambda: board.board is not None and board.board.month.month == 12, timeout=30_000
    )
    qtbot.wait(300)
    assert board.lists["overdue"].count() == 0  # the backlog only when asked for
    board.board = None
    board.show_overdue.setChecked(True)
    qtbot.waitUntil(
        lambda: board.board is not None and board.board.overdue_count == 2, timeout=30_000
    )

    def service_counts():  # noqa: ANN202
        with practice.session() as session:
            b = reviews.review_board(
                session, _actor(session), dt.date(2026, 12, 1), include_overdue=True
            )
            return b.due_count, b.overdue_count, b.booked_count, b.done_count

    def shown():  # noqa: ANN202
        return tuple(board.lists[key].count() for key in ("due", "overdue", "booked", "done"))

    assert shown() == service_counts() == (3, 2, 0, 0)
    assert board.boxes["due"].title() == "Due (3)"
    listing = board.lists["due"]
    for row in range(listing.count()):
        if listing.item(row).data(0x0100) in (ids["annual_due"], ids["half_due"]):
            listing.item(row).setSelected(True)
    assert sorted(board.selected_ids("due")) == sorted([ids["annual_due"], ids["half_due"]])
    board.book(board.selected_ids("due"), dt.datetime(2026, 12, 8, 9, 0), 45, None)
    qtbot.waitUntil(lambda: board.lists["booked"].count() == 2, timeout=30_000)
    assert shown() == service_counts() == (1, 2, 2, 0)
    board.record(ids["annual_due"], "Cover and RA", "", dt.date(2026, 12, 8), None)
    qtbot.waitUntil(lambda: board.lists["done"].count() == 1, timeout=30_000)
    assert shown() == service_counts() == (1, 2, 1, 1)
    assert board.boxes["done"].title() == "Done (1)"
    board.grab().save(f"{SHOTS}/reviews_board.png")

    board.history_button.click()  # nothing selected
    assert "Select one client" in board.error.text()
    done = board.lists["done"]
    done.clearSelection()
    for key in ("due", "overdue", "booked"):
        board.lists[key].clearSelection()
    done.item(0).setSelected(True)
    board.history_button.click()
    qtbot.waitUntil(lambda: board.history_dialog is not None, timeout=30_000)
    history = board.history_dialog
    with practice.session() as session:
        held = reviews.review_history(session, _actor(session), ids["annual_due"])
    assert history.table.rowCount() == len(held) >= 1
    assert history.table.item(0, 0).text() == "08 Dec 2026"
    assert history.table.item(0, 1).text() == "Cover and RA"
    assert f"{len(held)} review(s) recorded." == history.summary.text()
    history.grab().save("/tmp/doors/review_history.png")


def test_policy_events_show_an_anniversary_next_month(qtbot, context, practice) -> None:  # noqa: ANN001
    from clientmanager.services import policy_calendar
    from tests.planner.conftest import TODAY

    seeded = seed_household(practice)
    with practice.session() as session:
        policy_calendar.set_schedule(session, seeded.admin, seeded.policy_id, escalation_bp=1000)
    window = _window(qtbot, context, practice)
    dialog = window.planner_menu.open_policies()
    dialog.today = TODAY
    dialog.refresh()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=30_000)
    assert dialog.table.item(0, 0).text() == "14 Jan 2027"
    assert "R 1 595.00" in dialog.table.item(0, 2).text()
    dialog.tabs.setCurrentIndex(1)
    dialog.picker.set_client(seeded.client_id, "Pieter van der Merwe")
    qtbot.waitUntil(lambda: dialog.policy.count() == 2, timeout=30_000)
    dialog.policy.setCurrentIndex(dialog.policy.findData(seeded.policy_id))
    qtbot.waitUntil(lambda: dialog.escalation.value() == 10.0, timeout=30_000)
    assert dialog.renewal.text() == "Not set"
    dialog.status.setCurrentIndex(dialog.status.findData("lapsed"))
    dialog.reason.setText("Debit order returned three times")
    dialog.change_status()
    qtbot.waitUntil(lambda: dialog.history_table.rowCount() == 1, timeout=30_000)
    assert dialog.history_table.item(0, 3).text() == "Debit order returned three times"
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=30_000)  # lapsed: no reminder
    dialog.grab().save(f"{SHOTS}/policy_events.png")


def test_letters_dialog_merges_a_selection(qtbot, context, practice, tmp_path) -> None:  # noqa: ANN001
    from tests.planner.test_letters import _clients

    ids = _clients(practice, 3)
    window = _window(qtbot, context, practice)
    dialog = window.planner_menu.open_letters(client_ids=ids[:2])
    qtbot.waitUntil(lambda: dialog.template.count() >= 4, timeout=30_000)
    assert dialog.template.currentData() == "review_invitation"
    dialog.picker.set_client(ids[2], "Naledi02 Mokoena02")
    dialog._add_picked()
    assert dialog.ids() == ids
    dialog.merge()
    assert "folder" in dialog.error.text()
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.merge()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=30_000)
    assert len(list((tmp_path / "out").glob("*.pdf"))) == 3
    assert dialog.results.count() == 3 and "3 letter(s) written" in dialog.status.text()
    dialog.grab().save(f"{SHOTS}/letters_dialog.png")


def test_calendar_week_view_adds_exports_and_imports(qtbot, context, practice, tmp_path) -> None:  # noqa: ANN001
    import datetime as dt

    import icalendar

    from clientmanager.ui.calendar_view import AppointmentDialog

    seeded = seed_household(practice)
    window = _window(qtbot, context, practice)
    view = window.planner_menu.open_calendar()
    monday = dt.date(2026, 12, 7)
    view.show_day(monday + dt.timedelta(days=2))
    qtbot.waitUntil(lambda: view.views is not None and view.grid.columnCount() == 7, timeout=30_000)
    assert view.grid.horizontalHeaderItem(0).text() == "Mon 07 Dec"
    dialog = AppointmentDialog(context, monday, view, client_id=seeded.client_id)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Review: Pieter van der Merwe")
    dialog.location.setText("Boardroom")
    view.add(dialog)
    qtbot.waitUntil(lambda: view.status.text() == "1 appointment(s)", timeout=30_000)
    cell = view.grid.item(9 - 7, 0)
    assert cell is not None and "09:00–10:00 Review: Pieter van der Merwe" in cell.text()
    view.resize(1200, 700)
    view.grab().save(f"{SHOTS}/calendar_week.png")
    out = tmp_path / "week.ics"
    view.export_to(out)
    qtbot.waitUntil(lambda: out.exists(), timeout=30_000)
    events = list(icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT"))
    assert [str(e["summary"]) for e in events] == ["Review: Pieter van der Merwe"]
    view.import_from(out)
    qtbot.waitUntil(lambda: "1 updated" in view.message.text(), timeout=30_000)
    view.set_week(False)
    view.show_day(monday)
    qtbot.waitUntil(lambda: view.grid.columnCount() == 1, timeout=30_000)


def test_commission_view_imports_and_reconciles(qtbot, context, practice, tmp_path) -> None:  # noqa: ANN001
    from clientmanager.ui.commission_view import ExpectedDialog, ReceivedDialog
    from tests.planner.test_commission import STATEMENT, _expect

    seeded = seed_household(practice)
    _expect(practice, seeded)
    window = _window(qtbot, context, practice)
    view = window.planner_menu.open_commission()
    view.start.setText("2026-10")
    view.end.setText("2026-12")
    view.refresh()
    qtbot.waitUntil(
        lambda: view.recon is not None and view.recon.start == "2026-10", timeout=30_000
    )
    statement = tmp_path / "sanlam.csv"
    statement.write_text(STATEMENT, encoding="utf-8")
    dialog = view.open_statement(statement)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.columns.rowCount() == 4, timeout=30_000)
    assert dialog.mapping() == {
        "Policy No": "policy_number",
        "Commission": "amount",
        "Month": "period",
        "Type": "kind",
    }
    dialog.provider.setText("Sanlam")
    dialog.run_import()
    qtbot.waitUntil(lambda: "Imported 4 of 5" in view.message.text(), timeout=30_000)
    qtbot.waitUntil(
        lambda: (
            view.differences.rowCount() == 4 and view.differences.item(1, 6).text() == "short paid"
        ),
        timeout=30_000,
    )
    assert view.differences.item(2, 6).text() == "no matching policy in the practice"
    assert "4 difference(s)" in view.summary.text()
    view.resize(1100, 700)
    view.grab().save(f"{SHOTS}/commission.png")
    received = view._form(ReceivedDialog)
    received.provider.setText("Sanlam")
    received.number.setText("SL-778812")
    received.period.setText("2026-12")
    received.amount.setText("R 310.00")
    received.save()
    qtbot.waitUntil(lambda: view.differences.rowCount() == 3, timeout=30_000)
    expected = view._form(ExpectedDialog)
    expected.picker.set_client(seeded.client_id, "Pieter")
    qtbot.waitUntil(lambda: expected.policy.count() == 2, timeout=30_000)
    expected.amount.setText("abc")
    expected.save()
    assert "Amount" in expected.error.text()
    expected.kind.setCurrentIndex(expected.kind.findData("advice_fee"))
    expected.amount.setText("R 100")
    expected.frequency.setCurrentIndex(expected.frequency.findData("once"))
    expected.starts.setText("2026-12-05")
    expected.save()
    qtbot.waitUntil(lambda: view.differences.rowCount() == 4, timeout=30_000)
    view.export_to(tmp_path / "recon.xlsx")
    qtbot.waitUntil(lambda: (tmp_path / "recon.xlsx").exists(), timeout=30_000)


def test_tags_dialog_filters_saves_and_acts_on_a_selection(qtbot, context, practice) -> None:  # noqa: ANN001
    from clientmanager.services import tags
    from clientmanager.store.models import Task
    from tests.planner.test_tags import _people

    seeded = seed_household(practice)
    ids = _people(practice)
    with practice.session() as session:
        tags.tag_clients(session, seeded.admin, [ids["Johan"], ids["Marius"]], "retired")
    window = _window(qtbot, context, practice)
    dialog = window.planner_menu.open_tags()
    qtbot.waitUntil(lambda: dialog.tag_list.count() == 1, timeout=30_000)
    dialog.tag_list.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.search()
    qtbot.waitUntil(lambda: dialog.rows is not None and len(dialog.rows) == 2, timeout=30_000)
    dialog.save_as("Retired")
    qtbot.waitUntil(lambda: dialog.saved.count() == 1, timeout=30_000)
    dialog.table.selectAll()
    dialog.tag_selected("medical aid")
    qtbot.waitUntil(lambda: dialog.tag_list.count() == 2, timeout=30_000)
    dialog.task_selected("Check medical aid option for 2027")
    qtbot.waitUntil(lambda: "Added the task to 2" in dialog.message.text(), timeout=30_000)
    with practice.session() as session:
        assert session.query(Task).filter_by(title="Check medical aid option for 2027").count() == 2
    dialog._letter()
    letters_dialog = window.planner_menu.dialogs[-1]
    assert letters_dialog.ids() == [ids["Johan"], ids["Marius"]]
    dialog.rows = None
    dialog.run_saved()
    qtbot.waitUntil(lambda: dialog.rows is not None, timeout=30_000)
    assert [r.id for r in dialog.rows] == [ids["Johan"], ids["Marius"]]
    dialog.grab().save(f"{SHOTS}/tags.png")

    from PySide6.QtWidgets import QMessageBox

    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)  # No: kept
        with practice.session() as session:
            assert [name for name, _c in tags.saved_searches(session)] == ["Retired"]
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved.count() == 0, timeout=30_000)
    assert "Deleted the saved search Retired" in dialog.message.text()
    with practice.session() as session:
        assert tags.saved_searches(session) == []
        assert session.query(Task).filter_by(title="Check medical aid option for 2027").count() == 2


def test_client_planner_panel_for_the_client_record(qtbot, context, practice) -> None:  # noqa: ANN001
    from clientmanager.services import policy_calendar, tags
    from clientmanager.ui.client_planner_panel import ClientPlannerPanel
    from clientmanager.ui.summary_dialog import SummaryDialog

    seeded = seed_household(practice)
    with practice.session() as session:
        tags.tag_clients(session, seeded.admin, [seeded.client_id], "medical aid")
        policy_calendar.set_schedule(session, seeded.admin, seeded.policy_id, escalation_bp=800)
    window = _window(qtbot, context, practice)
    panel = ClientPlannerPanel(context, window.planner_menu)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_client(seeded.client_id)
    qtbot.waitUntil(lambda: panel.year is not None, timeout=30_000)
    assert panel.level.text() == "Annual"
    assert panel.next_review.text() == "10 Dec 2026"  # last review 10 Dec 2025, annual
    assert panel.tags.text() == "medical aid"
    panel.book_next_working_day()
    qtbot.waitUntil(lambda: panel.appointments.count() == 1, timeout=30_000)
    assert "Review: Pieter Johannes van der Merwe" in panel.appointments.item(0).text()
    panel.book_next_working_day()  # already booked: said, not a traceback
    qtbot.waitUntil(lambda: panel.error.isVisible(), timeout=30_000)
    assert "already booked" in panel.error.text()
    panel.planner_menu._current_client_id = lambda: seeded.client_id
    panel.summary_button.click()
    dialog = window.planner_menu.dialogs[-1]
    assert isinstance(dialog, SummaryDialog) and dialog.picker.client_id == seeded.client_id
    panel.resize(900, 700)
    panel.grab().save(f"{SHOTS}/client_planner_panel.png")


def test_calendar_cancels_the_selected_appointment(qtbot, context, practice, monkeypatch) -> None:  # noqa: ANN001
    import datetime as dt

    from PySide6.QtWidgets import QMessageBox

    from clientmanager.services import appointments
    from clientmanager.store.models import Appointment

    seeded = seed_household(practice)
    monday = dt.date(2026, 12, 7)
    with practice.session() as session:
        number = appointments.add_appointment(
            session,
            seeded.admin,
            title="Call Annelie",
            kind="call",
            starts_at=dt.datetime.combine(monday, dt.time(11, 0)),
        ).id
    window = _window(qtbot, context, practice)
    view = window.planner_menu.open_calendar()
    view.show_day(monday)
    qtbot.waitUntil(lambda: view.status.text() == "1 appointment(s)", timeout=30_000)
    view._ask_cancel()  # nothing selected yet
    assert "Select an appointment" in view.message.text()
    view.grid.setCurrentCell(11 - 7, 0)
    assert [v.id for v in view.selected_appointments()] == [number]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Cancelled: Call Annelie" in view.message.text(), timeout=30_000)
    qtbot.waitUntil(lambda: view.status.text() == "0 appointment(s)", timeout=30_000)
    with practice.session() as session:
        assert session.get(Appointment, number).status == "cancelled"
    view.grab().save("/tmp/doors/calendar_cancelled.png")


def test_the_letters_description_is_as_tall_as_its_text(qtbot, context, practice) -> None:  # noqa: ANN001
    """A one-line sentence under the template got three lines' height (a band of empty
    space, seen at 1366x768); at any width the text is whole and no taller than itself."""
    from PySide6.QtWidgets import QApplication

    from clientmanager.ui.letters_dialog import LettersDialog

    context.set_unlocked(practice)
    dialog = LettersDialog(context)
    qtbot.addWidget(dialog)
    dialog.resize(760, 560)
    dialog.show()
    about = dialog.about
    qtbot.waitUntil(lambda: about.text() != "", timeout=30_000)
    QApplication.processEvents()
    line = about.fontMetrics().lineSpacing()
    assert about.text() == "Service letter. Addressed to the client."
    assert about.height() < 2 * line
    dialog.resize(dialog.minimumSizeHint().width(), 560)
    QApplication.processEvents()
    QApplication.processEvents()
    assert about.height() >= about.heightForWidth(about.width())  # wrapped, not cut
