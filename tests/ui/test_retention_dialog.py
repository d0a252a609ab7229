"""The retention review dialog: what is due, holds, and approval with a cited confirmation."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from clientmanager.services.audit import Actor
from clientmanager.store.models import Client, LegalHold, Policy
from clientmanager.ui.retention_dialog import RetentionReviewDialog

TODAY = dt.date(2026, 11, 25)


def _practice_with_due(practice) -> tuple[int, int, int]:  # noqa: ANN001
    with practice.session() as s:
        gone = Client(
            first_names="Gert", surname="Oosthuizen", relationship_end=dt.date(2019, 2, 28)
        )
        left = Client(
            first_names="Lindiwe", surname="Sithole", relationship_end=dt.date(2020, 1, 31)
        )
        active = Client(first_names="Busisiwe", surname="Mabaso")
        s.add_all([gone, left, active])
        s.flush()
        s.add_all(
            [
                Policy(
                    client_id=gone.id, provider="Sanlam", policy_number="SL-1",
                    product_type="life_cover", status="lapsed", end_date=dt.date(2019, 2, 28),
                ),
                # Lindiwe's retirement annuity still runs: FAIS keeps it, so de-identify.
                Policy(
                    client_id=left.id, provider="Allan Gray", policy_number="AG-9",
                    product_type="retirement_annuity", end_date=dt.date(2031, 6, 30),
                ),
            ]
        )  # fmt: skip
        return gone.id, left.id, active.id


def _open(qtbot, context, practice) -> RetentionReviewDialog:  # noqa: ANN001
    context.set_unlocked(practice)
    dialog = RetentionReviewDialog(context, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded is not None, timeout=10_000)
    return dialog


def test_review_hold_and_approve(qtbot, context, practice) -> None:  # noqa: ANN001
    gone, left, active = _practice_with_due(practice)
    dialog = _open(qtbot, context, practice)
    assert dialog.due_table.rowCount() == 2
    rows = {
        dialog.due_table.item(r, 1).text(): dialog.due_table.item(r, 2).text() for r in range(2)
    }
    assert rows == {"Gert Oosthuizen": "Destroy", "Lindiwe Sithole": "De-identify"}
    assert "1 to destroy, 1 to de-identify, 0 kept on legal hold" in dialog.summary.text()
    assert dialog.schedule_table.rowCount() == 5
    assert dialog.schedule_table.item(0, 2).text() == "FAIS General Code of Conduct s3(2)"
    assert dialog.approve_button.isEnabled()
    dialog.grab().save("/tmp/retention_review.png")

    # A hold needs a reason; with one, Gert leaves the due list.
    form = dialog.place_hold(gone)
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.error.isVisible(), timeout=10_000)
    assert "needs a reason" in form.error.text()
    qtbot.keyClicks(form.reason, "FAIS Ombud complaint 1234/2026")
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.due_table.rowCount() == 1, timeout=10_000)
    assert dialog.holds_table.item(0, 3).text() == "FAIS Ombud complaint 1234/2026"
    assert "1 kept on legal hold" in dialog.summary.text()

    # Approval: the confirmation names the law and says it cannot be undone.
    confirm = dialog.approve()
    text = confirm.message.text()
    assert "De-identify 1 person" in text and "POPIA s14(4)–(5)" in text
    assert confirm.ok_button.text() == "De-identify 1"
    assert "FAIS General Code of Conduct s3(2)" in text and "cannot be undone" in text
    assert not confirm.ok_button.isDefault()
    confirm.grab().save("/tmp/retention_confirm.png")
    with qtbot.waitSignal(dialog.erased, timeout=20_000) as erased:
        qtbot.mouseClick(confirm.ok_button, Qt.MouseButton.LeftButton)
    assert (erased.args[0].destroyed, erased.args[0].deidentified) == (0, 1)
    qtbot.waitUntil(lambda: dialog.due_table.rowCount() == 0, timeout=10_000)
    with practice.session() as s:
        assert s.get(Client, left).first_names is None
        assert s.get(Client, gone).surname == "Oosthuizen"  # on hold
        assert s.get(Client, active) is not None
        assert s.query(LegalHold).count() == 1


def test_a_planner_sees_the_review_but_cannot_approve(qtbot, context, practice) -> None:  # noqa: ANN001
    _practice_with_due(practice)
    practice.actor = Actor(user_id=practice.actor.user_id, username="p", role="planner")
    dialog = _open(qtbot, context, practice)
    assert dialog.due_table.rowCount() == 2
    assert not dialog.approve_button.isEnabled()
    assert "practice manager" in dialog.approve_button.toolTip()
    assert dialog.hold_button.isEnabled()


def test_a_deletion_request_needs_a_letters_folder(qtbot, context, practice, tmp_path) -> None:  # noqa: ANN001
    from clientmanager.services.subject_requests import open_request

    _, left, _ = _practice_with_due(practice)
    with practice.session() as s:
        asker = Client(first_names="Ayanda", surname="Khumalo")
        s.add(asker)
        s.flush()
        asker_id = asker.id
        open_request(
            s, actor=practice.actor, client_id=asker_id, kind="deletion",
            requested_by="Ayanda Khumalo", received_on=TODAY - dt.timedelta(days=3),
        )  # fmt: skip
    dialog = _open(qtbot, context, practice)
    assert dialog.due_table.rowCount() == 3
    confirm = dialog.approve()
    assert "1 of them asked for deletion" in confirm.message.text()
    assert "Restrict 1 person" in confirm.message.text()
    assert not confirm.ok_button.isEnabled()  # no folder for the letter yet
    qtbot.keyClicks(confirm.letters, str(tmp_path / "letters"))
    assert confirm.ok_button.isEnabled()
    confirm.grab().save("/tmp/retention_confirm_letters.png")
    with qtbot.waitSignal(dialog.erased, timeout=20_000) as erased:
        qtbot.mouseClick(confirm.ok_button, Qt.MouseButton.LeftButton)
    result = erased.args[0]
    assert (result.destroyed, result.deidentified, result.restricted) == (1, 1, 1)
    assert result.requests_closed == 1
    assert [p.name for p in result.letters] == [f"deletion-client-{asker_id}.pdf"]
    with practice.session() as s:
        # A current client: FICA keeps identity records until 5 years after the end.
        assert s.get(Client, asker_id).is_restricted


def test_one_clients_records_with_their_dates_and_law(qtbot, context, practice) -> None:  # noqa: ANN001
    from clientmanager.services import retention

    gone, _left, active = _practice_with_due(practice)
    dialog = _open(qtbot, context, practice)
    records = dialog.show_client_records()
    records.client.setValue(gone)
    qtbot.mouseClick(records.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: records.person is not None, timeout=10_000)
    with practice.session() as s:
        person = retention.client_retention(s, actor=practice.actor, client_id=gone)
    assert records.table.rowCount() == len(person.clocks) >= 2
    shown = {records.table.item(r, 2).text() for r in range(records.table.rowCount())}
    assert shown == {clock.citation for clock in person.clocks}
    day = person.destroy_from
    assert f"may go from {day.day} {day:%b %Y}" in records.summary.text()
    assert "Gert Oosthuizen" in records.summary.text()
    records.grab().save("/tmp/doors/client_retention.png")

    records.person = None
    records.client.setValue(active)
    qtbot.mouseClick(records.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: records.person is not None, timeout=10_000)
    assert "kept while any record is still active" in records.summary.text()
    records.client.setValue(99_999)
    qtbot.mouseClick(records.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: records.error.isVisible(), timeout=10_000)
    assert "There is no client with the number 99999" in records.error.text()


def test_release_a_hold_with_a_reason(qtbot, context, practice) -> None:  # noqa: ANN001
    gone, _left, _active = _practice_with_due(practice)
    dialog = _open(qtbot, context, practice)
    form = dialog.place_hold(gone)
    qtbot.keyClicks(form.reason, "FAIS Ombud complaint 1234/2026")
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.holds_table.rowCount() == 1, timeout=10_000)
    assert dialog.due_table.rowCount() == 1

    dialog.holds_table.selectRow(0)
    release = dialog.release_selected_hold()
    assert release is not None
    qtbot.keyClicks(release.reason, "complaint closed on 3 March 2027")
    qtbot.mouseClick(release.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.due_table.rowCount() == 2, timeout=10_000)
    assert not release.isVisible()
    with practice.session() as s:
        hold = s.query(LegalHold).one()
        assert hold.released_at is not None
        assert hold.release_reason == "complaint closed on 3 March 2027"
