"""The audit viewer: filters, the chain check naming a broken entry, exports, and that
opening and exporting are audited."""

from __future__ import annotations

import csv

import pypdf
import sqlalchemy as sa
from PySide6.QtCore import QDate, Qt

from clientmanager.services import audit
from clientmanager.services import practice as practice_service
from clientmanager.services import users as users_service
from clientmanager.services.audit import Actor, AuditFilter
from clientmanager.ui.audit_viewer import AuditViewerDialog
from tests.conftest import ADMIN


def _seed(practice) -> None:
    with practice.session() as session:
        for n in range(12):
            audit.record(
                session,
                actor=Actor(2, "naledi", "assistant") if n % 3 else practice.actor,
                action="client.opened" if n % 2 else "document.viewed",
                client_id=100 + n % 4,
                summary="" if n % 2 else "ID copy",
            )


def _open(qtbot, context, practice) -> AuditViewerDialog:
    context.set_unlocked(practice)
    dialog = AuditViewerDialog(context)
    qtbot.addWidget(dialog)
    dialog.resize(1100, 620)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=10_000)
    return dialog


def _actions(practice, prefix: str) -> list[str]:
    with practice.session() as session:
        rows = audit.search_entries(session, practice.actor, AuditFilter(action=prefix))
    return [r.summary for r in rows]


def test_opening_shows_newest_first_and_is_audited(qtbot, context, practice):
    _seed(practice)
    dialog = _open(qtbot, context, practice)
    first = dialog.rows[0]
    assert first.action == "audit.viewed" and first.username == ADMIN
    assert dialog.table.item(0, 3).text() == "Audit trail opened"
    assert [dialog.user_box.itemText(i) for i in range(dialog.user_box.count())] == [
        "Everyone",
        "naledi",
        ADMIN,
    ]
    assert "14 entries" in dialog.count_label.text()


def test_filters_by_user_client_action_and_date(qtbot, context, practice):
    _seed(practice)
    dialog = _open(qtbot, context, practice)
    dialog.user_box.setCurrentIndex(dialog.user_box.findData("naledi"))
    dialog.action_box.setCurrentIndex(dialog.action_box.findData("client.opened"))
    qtbot.keyClicks(dialog.client_edit, "101")
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: all(r.client_id == 101 for r in dialog.rows) and len(dialog.rows) < 14,
        timeout=10_000,
    )
    assert dialog.rows and all(
        r.username == "naledi" and r.action == "client.opened" for r in dialog.rows
    )
    dialog.grab().save("/tmp/audit-viewer-filtered.png")
    # A date range before today shows nothing; "any date" again shows them.
    dialog.client_edit.clear()
    dialog.user_box.setCurrentIndex(0)
    dialog.action_box.setCurrentIndex(0)
    dialog.until_edit.setDate(QDate.currentDate().addDays(-1))
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=10_000)
    dialog.until_edit.setDate(dialog.until_edit.minimumDate())
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=10_000)


def test_check_the_chain_names_the_first_broken_entry(qtbot, context, practice):
    _seed(practice)
    with practice.engine.begin() as connection:
        target = connection.exec_driver_sql("SELECT id FROM audit_log ORDER BY id").all()[5][0]
        connection.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_update")
        connection.execute(
            sa.text("UPDATE audit_log SET summary = 'nothing to see' WHERE id = :id"),
            {"id": target},
        )
    dialog = _open(qtbot, context, practice)
    with qtbot.waitSignal(dialog.chain_checked, timeout=10_000) as checked:
        qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    assert checked.args[0].broken_id == target
    assert f"broken at entry {target}" in dialog.chain_label.text()
    selected = dialog.table.selectionModel().selectedRows()[0].row()
    assert dialog.table.item(selected, 0).text() == str(target)
    dialog.grab().save("/tmp/audit-viewer-broken.png")


def test_an_intact_chain_says_so(qtbot, context, practice):
    dialog = _open(qtbot, context, practice)
    with qtbot.waitSignal(dialog.chain_checked, timeout=10_000):
        qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    assert "intact" in dialog.chain_label.text()


def test_exports_are_written_and_audited(qtbot, context, practice, tmp_path):
    _seed(practice)
    dialog = _open(qtbot, context, practice)
    dialog.action_box.setCurrentIndex(dialog.action_box.findData("document.viewed"))
    csv_path = tmp_path / "inspector.csv"
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.export_to(csv_path, "csv")
    with csv_path.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 6 and {r["action"] for r in rows} == {"document.viewed"}
    pdf_path = tmp_path / "inspector.pdf"
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.export_to(pdf_path, "pdf")
    text = "".join(p.extract_text() for p in pypdf.PdfReader(pdf_path).pages)
    assert "Document viewed" in text and "intact" in text
    exports = _actions(practice, "audit.exported")
    assert exports == ["PDF, 6 entries (action document.viewed)", "CSV, 6 entries (action "
                       "document.viewed)"]  # fmt: skip


def test_roles_without_the_audit_trail_are_told_why(qtbot, context, practice):
    users_service.add_user(
        practice, username="pieter", full_name="Pieter van Wyk", role="planner",
        password="Planner's own passphrase 7",
    )  # fmt: skip
    practice.close()
    planner = practice_service.unlock_with_password(
        practice.paths, "pieter", "Planner's own passphrase 7"
    )
    context.set_unlocked(planner)
    dialog = AuditViewerDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "may not see the audit trail" in dialog.error.text()
    assert not dialog.verify_button.isEnabled() and dialog.table.rowCount() == 0
