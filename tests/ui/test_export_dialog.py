"""Practice › Export clients…: a list to a named recipient, and the whole practice zip."""

from __future__ import annotations

import csv
import io

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt

from clientmanager.store.models import AuditEntry, Client, Disclosure
from clientmanager.ui.export_dialog import ExportClientsDialog

_OPEN: list[ExportClientsDialog] = []


@pytest.fixture(autouse=True)
def _settle(qtbot, context):  # noqa: ANN001, ANN202
    yield
    # The operation's progress dialog is deleted later: keep its parent alive until then.
    qtbot.wait(200)
    _OPEN.clear()


def _clients(practice) -> dict[str, int]:  # noqa: ANN001
    with practice.session() as s:
        people = {
            "open": Client(first_names="Thandi", surname="Nkosi", email="thandi@example.co.za"),
            "other": Client(first_names="Pieter", surname="Botha"),
            "restricted": Client(first_names="Rina", surname="Stil", is_restricted=True),
        }
        s.add_all(people.values())
        s.flush()
        return {key: client.id for key, client in people.items()}


def _dialog(qtbot, context, practice) -> ExportClientsDialog:  # noqa: ANN001
    context.set_unlocked(practice)
    dialog = ExportClientsDialog(context)
    qtbot.addWidget(dialog)
    _OPEN.append(dialog)
    dialog.show()
    return dialog


def test_export_to_a_named_recipient_records_one_disclosure_per_client(
    qtbot,
    context,
    practice,
    tmp_path,  # noqa: ANN001
) -> None:
    ids = _clients(practice)
    dialog = _dialog(qtbot, context, practice)
    out = tmp_path / "for-auditor.csv"
    qtbot.keyClicks(dialog.path_edit, str(out))
    qtbot.keyClicks(dialog.recipient_edit, "Moore Auditors")
    dialog.recipient_kind.setCurrentIndex(dialog.recipient_kind.findData("auditor"))
    qtbot.keyClicks(dialog.recipient_purpose, "Annual FAIS compliance audit")
    with qtbot.waitSignal(dialog.exported, timeout=30_000) as done:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert done.args[0].clients == 2
    dialog.grab().save("/tmp/popia2/export_dialog.png")

    rows = list(csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    assert sorted(r["Surname"] for r in rows) == ["Botha", "Nkosi"]
    assert "Stil" not in out.read_text("utf-8-sig")
    assert "Recorded one disclosure per client to Moore Auditors" in dialog.result_label.text()
    with practice.session() as s:
        disclosures = s.scalars(sa.select(Disclosure).order_by(Disclosure.client_id)).all()
        assert [d.client_id for d in disclosures] == sorted([ids["open"], ids["other"]])
        assert {d.recipient_name for d in disclosures} == {"Moore Auditors"}
        assert {d.recipient_category for d in disclosures} == {"auditor"}
        assert {d.purpose for d in disclosures} == {"Annual FAIS compliance audit"}
        assert (
            s.scalar(sa.select(sa.func.count()).where(AuditEntry.action == "export.clients")) == 1
        )


def test_restricted_clients_need_the_lawful_purpose_text(
    qtbot, context, practice, tmp_path
) -> None:  # noqa: ANN001
    _clients(practice)
    dialog = _dialog(qtbot, context, practice)
    out = tmp_path / "all.csv"
    qtbot.keyClicks(dialog.path_edit, str(out))
    dialog.include_restricted.setChecked(True)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "purpose the law allows" in dialog.error.text() and not out.exists()
    qtbot.keyClicks(dialog.lawful_edit, "FSCA inspection request 2026/14")
    with qtbot.waitSignal(dialog.exported, timeout=30_000) as done:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert done.args[0].clients == 3 and "Stil" in out.read_text("utf-8-sig")
    with practice.session() as s:
        summary = s.scalar(
            sa.select(AuditEntry.summary).where(AuditEntry.action == "export.clients")
        )
        assert "FSCA inspection request 2026/14" in summary
        assert s.scalar(sa.select(sa.func.count()).select_from(Disclosure)) == 0


def test_recipient_without_purpose_is_refused_with_a_message(
    qtbot, context, practice, tmp_path
) -> None:  # noqa: ANN001
    _clients(practice)
    dialog = _dialog(qtbot, context, practice)
    out = tmp_path / "x.csv"
    qtbot.keyClicks(dialog.path_edit, str(out))
    qtbot.keyClicks(dialog.recipient_edit, "Liberty")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Say why the recipient" in dialog.error.text(), timeout=30_000)
    assert not out.exists()


def test_whole_practice_zip_shows_its_password_once(qtbot, context, practice, tmp_path) -> None:  # noqa: ANN001
    from clientmanager.services.exporter import read_practice_json

    _clients(practice)
    dialog = _dialog(qtbot, context, practice)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("json"))
    assert not dialog.recipient_edit.isEnabled()
    out = tmp_path / "practice.zip"
    qtbot.keyClicks(dialog.path_edit, str(out))
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    text = dialog.result_label.text()
    password = text.split("\n\n")[1]
    assert len(password) == 19 and password.count("-") == 3
    document = read_practice_json(out, password)
    assert len(document["tables"]["clients"]["rows"]) == 3


def test_practice_menu_opens_the_export_dialog(qtbot, context, practice) -> None:  # noqa: ANN001
    from clientmanager.ui.main_window import MainWindow

    context.set_unlocked(practice)
    window = MainWindow(context)
    qtbot.addWidget(window)
    actions = {a.text().replace("&", ""): (a, tool) for a, tool in window.practice_tools._actions}
    action, tool = actions["Export clients…"]
    assert action.isVisible() and action.isEnabled()
    dialog = tool.open_dialog()
    _OPEN.append(dialog)
    assert isinstance(dialog, ExportClientsDialog)
    assert dialog.format_box.findData("json") >= 0  # the practice manager may export it all
