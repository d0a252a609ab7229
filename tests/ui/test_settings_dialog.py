"""Practice ▸ Settings: the manager edits, the compliance officer reads, the next letter and
the Regulator notice print what was saved."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from clientmanager.services import breaches, settings
from clientmanager.services.audit import Actor, AuditFilter, search_entries
from clientmanager.ui.main_window import MainWindow
from clientmanager.ui.settings_dialog import SettingsDialog

WAIT = 20_000


def _dialog(qtbot, context, practice) -> SettingsDialog:  # noqa: ANN001
    context.set_unlocked(practice)
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: "registered_name" in dialog.fields, timeout=WAIT)
    return dialog


def _type(field, text: str) -> None:  # noqa: ANN001
    editor = field.editor
    if hasattr(editor, "setPlainText"):
        editor.setPlainText(text)
    else:
        editor.setText(text)


def test_a_changed_setting_appears_in_the_regulator_notice(qtbot, context, practice, tmp_path):  # noqa: ANN001
    dialog = _dialog(qtbot, context, practice)
    assert [dialog.tabs.tabText(i).replace("&&", "&") for i in range(dialog.tabs.count())] == [
        "Practice identity", "Security", "Retention", "Backups & PDFs",
    ]  # fmt: skip
    assert "retention.fais_records" in dialog.fields
    _type(dialog.fields["registered_name"], "Karoo Wealth Planning (Pty) Ltd")
    _type(dialog.fields["fsp_number"], "48211")
    _type(dialog.fields["physical_address"], "12 Church Street\nPrince Albert\n6930")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.status.text() == "Saved.", timeout=WAIT)
    assert not dialog.changes()

    with practice.session() as s:
        breach = breaches.record_breach(
            s, actor=practice.actor, now=dt.datetime(2026, 11, 20, 9, 0),
            title="Laptop stolen", description="A practice laptop was stolen.",
            discovered_at=dt.datetime(2026, 11, 20, 9, 0), occurred_on=dt.date(2026, 11, 19),
            data_categories=["Identity"], data_encrypted=True,
            consequences="Fraud in your name.", measures_taken="Reported to SAPS.",
            subject_actions="Watch your accounts.", perpetrator=None, criteria="clients",
        )  # fmt: skip
        path = breaches.write_regulator_notice(
            s, actor=practice.actor, breach_id=breach.id, path=tmp_path / "scn1.pdf",
            today=dt.date(2026, 11, 25),
        )  # fmt: skip
        entries = search_entries(s, practice.actor, AuditFilter(action="settings.changed"))
    text = " ".join(
        " ".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages).split()
    )
    assert "Karoo Wealth Planning (Pty) Ltd" in text and "48211" in text
    assert "12 Church Street" in text
    assert len(entries) == 3


def test_a_refused_value_is_shown_at_its_field_and_nothing_is_saved(qtbot, context, practice):  # noqa: ANN001
    dialog = _dialog(qtbot, context, practice)
    _type(dialog.fields["office_hours"], "Mon–Fri 08:00–16:30")
    _type(dialog.fields["email"], "office@")
    _type(dialog.fields["retention.fica_records"], "2 years")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=WAIT)
    assert dialog.fields["email"].error.isVisible()
    assert "shorter" in dialog.fields["retention.fica_records"].error.text()
    assert not dialog.fields["office_hours"].error.isVisible()
    with practice.session() as s:
        assert settings.value(s, "office_hours") == ""  # rolled back with the others
        assert settings.value(s, "email") == ""


def test_the_compliance_officer_reads_but_cannot_save(qtbot, context, practice):  # noqa: ANN001
    officer = dataclasses.replace(
        practice, actor=Actor(user_id=practice.actor.user_id, username="naledi", role="compliance")
    )
    dialog = _dialog(qtbot, context, officer)
    assert not dialog.save_button.isVisible()
    assert dialog.fields["registered_name"].editor.isReadOnly()
    assert dialog.fields["registered_name"].value() == "Mokoena & Müller Financial Planning"


def test_the_practice_menu_opens_settings_for_the_manager_only(qtbot, context, practice):  # noqa: ANN001
    context.set_unlocked(practice)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    assert window.settings_action.isVisible()
    opened: list[str] = []

    def close_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        opened.append(type(dialog).__name__)
        dialog.reject()

    QTimer.singleShot(200, close_dialog)
    window.settings_action.trigger()
    assert opened == ["SettingsDialog"]
    planner = dataclasses.replace(
        practice, actor=Actor(user_id=practice.actor.user_id, username="pieter", role="planner")
    )
    context.set_unlocked(planner)
    assert not window.settings_action.isVisible()


def test_the_recovery_code_is_replaced_from_settings(qtbot, context, practice) -> None:  # noqa: ANN001
    from clientmanager.services import practice as practice_service

    paths = practice.paths
    dialog = _dialog(qtbot, context, practice)
    dialog.tabs.setCurrentIndex(1)  # Security
    assert dialog.recovery_button.isVisible()
    shown: list[str] = []

    def read_code() -> None:
        box = getattr(dialog, "code_box", None)
        if box is None:
            QTimer.singleShot(100, read_code)
            return
        shown.append(box.text())
        box.accept()

    QTimer.singleShot(100, read_code)
    dialog.replace_recovery_code(confirm=False)
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT)
    code = shown[0].split("<b>")[1].split("</b>")[0]
    practice_service.unlock_with_recovery_code(paths, code).close()
