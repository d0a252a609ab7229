"""The breach register dialog: record an incident like a user, draft the notice and letters."""

from __future__ import annotations

import json

from pypdf import PdfReader
from PySide6.QtCore import Qt

from clientmanager.services.audit import Actor
from clientmanager.store.models import Breach, Client
from clientmanager.ui.breach_register import NOT_YET_COLOUR, BreachRegisterDialog


def _open(qtbot, context, practice) -> BreachRegisterDialog:  # noqa: ANN001
    context.set_unlocked(practice)
    dialog = BreachRegisterDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10_000)
    return dialog


def test_record_a_breach_and_draft_the_notices(qtbot, context, practice, tmp_path) -> None:  # noqa: ANN001
    with practice.session() as s:
        people = [
            Client(first_names="Hélène", surname="Müller"),
            Client(first_names="Sipho", surname="Nkosi-Ndlovu"),
        ]
        s.add_all(people)
        s.flush()
        ids = [p.id for p in people]
    dialog = _open(qtbot, context, practice)
    assert dialog.table.rowCount() == 0 and "0 incidents recorded" in dialog.summary.text()

    form = dialog.new_breach()
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)  # nothing filled in
    qtbot.waitUntil(lambda: form.error.isVisible(), timeout=10_000)
    assert "Title" in form.error.text()

    qtbot.keyClicks(form.title, "Phishing e-mail answered")
    qtbot.keyClicks(form.description, "An assistant entered her password on a fake login page.")
    form.categories.item(1).setCheckState(Qt.CheckState.Checked)  # contact details
    qtbot.keyClicks(form.client_ids, f"{ids[0]}, {ids[1]}")
    qtbot.keyClicks(form.consequences, "You may receive convincing scam e-mails.")
    qtbot.keyClicks(form.measures, "Password changed; two-step sign-in switched on.")
    qtbot.keyClicks(form.subject_actions, "Do not open attachments claiming to be from us.")
    qtbot.keyClicks(form.discovery_manner, "The bank's fraud desk phoned the practice")
    qtbot.keyClicks(form.subject_notice_manner, "Letters by e-mail on the day of discovery")
    form.grab().save("/tmp/breach_form.png")
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    assert dialog.table.item(0, 2).text() == "Phishing e-mail answered"
    assert dialog.table.item(0, 3).text() == "2"
    assert dialog.table.item(0, 5).text() == "Not yet"
    assert dialog.table.item(0, 5).foreground().color() == NOT_YET_COLOUR
    assert "1 not yet reported to the Regulator" in dialog.summary.text()
    dialog.grab().save("/tmp/breach_register.png")

    dialog.table.selectRow(0)
    dialog.draft_letters_to(tmp_path / "letters")
    qtbot.waitUntil(lambda: "letters saved" in dialog.status.text(), timeout=20_000)
    letters = sorted((tmp_path / "letters").glob("*.pdf"))
    assert len(letters) == 2
    text = " ".join(page.extract_text() for page in PdfReader(letters[0]).pages)
    assert "Phishing" not in text  # the title is internal; the letter tells what happened
    assert "fake login page" in text and "Thandi Mokoena" in text

    dialog.draft_notice_to(tmp_path / "notice.pdf")
    qtbot.waitUntil(lambda: "Regulator notice saved" in dialog.status.text(), timeout=20_000)
    notice_text = " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(tmp_path / "notice.pdf").pages
    )
    assert "Security compromise notification" in notice_text
    assert "The bank's fraud desk phoned the practice" in notice_text  # SCN1: manner
    assert "Letters by e-mail on the day of discovery" in notice_text  # how people are told

    notified = dialog.mark_regulator_notified()
    qtbot.keyClicks(notified.reference, "SCN-2026-00412")
    qtbot.mouseClick(notified.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.item(0, 5).text() != "Not yet", timeout=10_000)
    dialog.table.selectRow(0)
    dialog.mark_people_notified()
    qtbot.waitUntil(lambda: dialog.table.item(0, 6).text() != "Not yet", timeout=10_000)
    with practice.session() as s:
        breach = s.query(Breach).one()
        assert breach.regulator_reference == "SCN-2026-00412"
        assert breach.subjects_notified_at is not None


def test_lost_backup_shortcut_prefills_the_form(qtbot, context, practice, tmp_path) -> None:  # noqa: ANN001
    manifest = tmp_path / "manifest.json"
    manifest.write_text(
        json.dumps(
            {
                "format": "clientmanager-backup",
                "created_at": "2026-11-18T17:00:00+00:00",
                "counts": {"clients": 1843, "policies": 4100},
            }
        )
    )
    dialog = _open(qtbot, context, practice)
    form = dialog.new_breach_from_manifest(manifest)
    assert form.affected_count.value() == 1843
    assert form.encrypted.isChecked()
    assert form.criteria.currentData() == "everyone"
    assert "AES-256" in form.consequences.toPlainText()
    assert not form.occurred_known.isChecked()
    form.reject()

    broken = tmp_path / "broken.json"
    broken.write_text("{")
    assert dialog.new_breach_from_manifest(broken) is None
    assert "not a readable backup manifest" in dialog.error.text()


def test_compliance_may_read_but_not_record(qtbot, context, practice) -> None:  # noqa: ANN001
    practice.actor = Actor(user_id=practice.actor.user_id, username="c", role="compliance")
    dialog = _open(qtbot, context, practice)
    assert not dialog.new_button.isEnabled()
    assert not dialog.lost_backup_button.isEnabled()


def test_edit_a_breach_and_add_affected_clients(qtbot, context, practice) -> None:  # noqa: ANN001
    import datetime as dt

    from clientmanager.services import breaches
    from clientmanager.store.models import BreachSubject

    with practice.session() as s:
        people = [
            Client(first_names="Hélène", surname="Müller"),
            Client(first_names="Sipho", surname="Nkosi-Ndlovu"),
        ]
        s.add_all(people)
        s.flush()
        ids = [p.id for p in people]
        number = breaches.record_breach(
            s,
            actor=practice.actor,
            title="Laptop stolen",
            description="A laptop was taken from a car.",
            discovered_at=dt.datetime(2026, 11, 2, 8),
            client_ids=[ids[0]],
        ).id
    dialog = _open(qtbot, context, practice)
    dialog.table.selectRow(0)
    assert dialog.edit_button.isEnabled() and dialog.affected_button.isEnabled()

    form = dialog.edit_breach()
    assert form.title.text() == "Laptop stolen" and form.ok_button.text() == "Save"
    assert not form.client_ids.isVisible()
    qtbot.keyClicks(form.measures, "Disk wiped remotely; passwords changed.")
    qtbot.keyClicks(form.consequences, "Little: the disk was encrypted.")
    form.grab().save("/tmp/doors/breach_edit.png")
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Disk wiped remotely" in dialog.details.text(), timeout=10_000)
    with practice.session() as s:
        row = s.get(Breach, number)
        assert row.measures_taken == "Disk wiped remotely; passwords changed."
        assert row.consequences == "Little: the disk was encrypted."
        assert row.title == "Laptop stolen"

    form = dialog.edit_breach()
    form.title.clear()
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.error.isVisible(), timeout=10_000)
    assert "Title" in form.error.text()
    form.reject()

    added = dialog.add_affected()
    qtbot.mouseClick(added.ok_button, Qt.MouseButton.LeftButton)
    assert "client numbers" in added.error.text()
    qtbot.keyClicks(added.client_ids, f"{ids[0]}, {ids[1]}")
    added.grab().save("/tmp/doors/breach_affected.png")
    qtbot.mouseClick(added.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "1 more affected people linked" in dialog.status.text(), timeout=10_000)
    with practice.session() as s:
        assert s.query(BreachSubject).filter_by(breach_id=number).count() == 2
    dialog.grab().save("/tmp/doors/breach_register.png")
