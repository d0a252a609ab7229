"""What the services say when something goes wrong is shown in Afrikaans, with its
values filled in, when the interface is Afrikaans (issue 16); English is unchanged.

Each error is provoked for real, the way the existing tests provoke it: a wrong
password at the unlock screen, an ID number with a wrong check digit in the client
form, a backup truncated on disk, a second connection holding the write lock, a file
size limit the kernel enforces (EFBIG, as on a full disk), and an assistant asking for
the audit trail."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import signal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from clientmanager.domain.sa_id import make_sa_id
from clientmanager.errors import Label
from clientmanager.services import audit, backups
from clientmanager.services.audit import Actor
from clientmanager.store import engine as engine_module
from clientmanager.store.engine import connect
from clientmanager.ui import i18n
from clientmanager.ui.backup_centre import BackupCentreDialog
from clientmanager.ui.client_record import ClientRecordView
from clientmanager.ui.login import LoginDialog
from clientmanager.ui.operations import Operation

WAIT = 60_000


@pytest.fixture
def afrikaans(qapp):
    assert i18n.install_translations(qapp, "af") == "af"
    yield
    i18n.install_translations(qapp, "en")


@pytest.fixture
def english(qapp):
    assert i18n.install_translations(qapp, "en") == "en"


@pytest.fixture
def unlocked(context, practice):
    context.set_unlocked(practice)
    return context


@contextlib.contextmanager
def file_size_limit(limit: int):
    """A real kernel refusal (EFBIG) for any write past ``limit`` bytes, as on a full
    disk (the same limit tests/services/test_backups.py uses)."""
    resource = pytest.importorskip("resource")
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)


def warnings_shown(monkeypatch) -> list[str]:
    """The text of every warning box the Operation path raises."""
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text)
    )
    return shown


def try_password(qtbot, dialog: LoginDialog, password: str) -> str:
    dialog.password.set_text("")
    dialog.message.hide()
    qtbot.keyClicks(dialog.password.edit, password)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=20_000)
    return dialog.message.text()


def test_a_wrong_password_and_the_wait_after_it_in_afrikaans(qtbot, context, practice, afrikaans):
    practice.close()
    dialog = LoginDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    text = try_password(qtbot, dialog, "wrong guess 0")
    assert text.startswith("Die gebruikersnaam of wagwoord is nie reg nie."), text
    assert "Kontroleer die gebruikersnaam en Caps Lock" in text
    assert "not right" not in text
    for attempt in range(1, 6):
        text = try_password(qtbot, dialog, f"wrong guess {attempt}")
    # The user name and the seconds are filled into the Afrikaans sentence.
    assert "Te veel verkeerde wagwoorde vir thandi. Wag 30 sekondes en probeer weer." in text
    assert "Elke verdere verkeerde wagwoord verdubbel die wagtyd" in text


def test_a_wrong_password_in_english_is_unchanged(qtbot, context, practice, english):
    practice.close()
    dialog = LoginDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    text = try_password(qtbot, dialog, "wrong guess 0")
    assert text == (
        "The user name or password is not right.\nCheck the user name and Caps Lock and try "
        "again. If the password is lost, an administrator can reset it, or use the "
        "practice's recovery code."
    )


def test_a_malformed_id_number_in_the_client_form_in_afrikaans(qtbot, context, practice, afrikaans):
    context.set_unlocked(practice)
    view = ClientRecordView(context)
    qtbot.addWidget(view)
    view.show()
    view.new_client()
    number = make_sa_id(dt.date(1980, 1, 1), sequence=5009)
    wrong = number[:12] + str((int(number[12]) + 1) % 10)
    view.form.fields["first_names"].set_value("Anna")
    view.form.fields["surname"].set_value("Botha")
    view.form.fields["id_number"].set_value(wrong)
    view.save()
    qtbot.waitUntil(lambda: not view.form_error.isHidden(), timeout=WAIT)
    assert view.form_error.text().startswith("Een veld kort aandag."), view.form_error.text()
    error = view.form.fields["id_number"].error.text()
    assert error == (
        "SA ID-nommer: die kontrolesyfer is verkeerd; kontroleer die nommer teen die ID-dokument."
    ), error
    view.form.dirty = False


def test_a_damaged_backup_is_refused_in_afrikaans_with_its_name(
    qtbot, unlocked, afrikaans, monkeypatch
):
    info = backups.take_backup(unlocked.practice)
    with info.database.open("r+b") as handle:
        handle.truncate(4096)
    dialog = BackupCentreDialog(unlocked)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.folder is not None and bool(dialog.backups), timeout=WAIT)
    dialog.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible() and not dialog._busy, timeout=WAIT)
    text = dialog.error.text()
    assert f"Die rugsteun {info.name} is beskadig en kan nie gebruik word nie:" in text, text
    assert "Niks is verander nie. Kies ’n ander rugsteun" in text
    assert "is damaged" not in text
    assert unlocked.is_unlocked and unlocked.practice.is_open


def test_a_busy_database_in_afrikaans_names_who_holds_it(
    qtbot, unlocked, practice, afrikaans, monkeypatch
):
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_SECONDS", 0.3)
    shown = warnings_shown(monkeypatch)
    practice.engine.dispose()
    other = connect(practice.paths.database, practice.key)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE practice SET name = name")

        def rename(session):
            from sqlalchemy import text

            session.execute(text("UPDATE practice SET name = 'changed'"))

        Operation(None, unlocked, rename).run()
        qtbot.waitUntil(lambda: bool(shown), timeout=WAIT)
    finally:
        other.rollback()
        other.close()
    assert shown[0].startswith("Die praktykdatabasis is besig: ’n "), shown[0]
    assert "skryf daarna." in shown[0]
    assert "Niks is verander nie. Wag tot dit klaar is" in shown[0]
    assert "busy" not in shown[0] and "writing" not in shown[0]


def test_a_full_disk_during_a_backup_in_afrikaans(qtbot, unlocked, afrikaans):
    dialog = BackupCentreDialog(unlocked)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.folder is not None, timeout=WAIT)
    unlocked.practice.engine.dispose()
    with file_size_limit(64 * 1024):
        qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.error.isVisible() and not dialog._busy, timeout=WAIT)
    text = dialog.error.text()
    folder = str(unlocked.practice.paths.backups)
    # Either way the kernel's refusal reaches us, the sentence is Afrikaans and names
    # the folder; what was being done is said in Afrikaans too.
    assert (
        f"Daar is nie genoeg vrye spasie in {folder} vir die rugsteun nie." in text
        or f"Skryf na {folder} het misluk (die rugsteun): die skyf is dalk vol" in text
    ), text
    assert "Die praktykdatabasis en die vorige rugsteune is nie verander nie." in text
    assert "free space" not in text and "the backup" not in text


def test_a_refused_permission_in_afrikaans_names_the_role_and_the_action(
    qtbot, context, practice, afrikaans, monkeypatch
):
    assistant = dataclasses.replace(
        practice, actor=Actor(user_id=practice.actor.user_id, username="zanele", role="assistant")
    )
    context.set_unlocked(assistant)
    shown = warnings_shown(monkeypatch)
    Operation(
        None, context, lambda session: audit.verify_and_record(session, assistant.actor)
    ).run()
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT)
    assert shown[0] == (
        "Assistent-rekeninge mag nie die ouditspoor sien nie.\n"
        "Vra die praktykbestuurder as u werk dit vereis."
    ), shown[0]


def test_a_refused_permission_in_english_is_unchanged(
    qtbot, context, practice, english, monkeypatch
):
    assistant = dataclasses.replace(
        practice, actor=Actor(user_id=practice.actor.user_id, username="zanele", role="assistant")
    )
    context.set_unlocked(assistant)
    shown = warnings_shown(monkeypatch)
    Operation(
        None, context, lambda session: audit.verify_and_record(session, assistant.actor)
    ).run()
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT)
    assert shown[0] == (
        "Assistant accounts may not see the audit trail.\n"
        "Ask the practice manager if your work needs it."
    )


def test_fixed_texts_among_the_values_are_translated_too(afrikaans):
    from clientmanager.errors import NotFound, disk_full
    from clientmanager.services.client_records import StaleRecord
    from clientmanager.services.subject_requests import RequestError
    from clientmanager.ui.widgets import describe_error

    stale = StaleRecord(Label("client"), {}, 0)
    assert i18n.error_text(stale)[0] == (
        "Iemand anders het hierdie kliënt gestoor terwyl u dit gewysig het."
    )
    assert stale.message == "Someone else saved this client while you were editing it."
    done = RequestError("Request {id} is already {status}.", id=7, status=Label("Completed"))
    assert i18n.error_text(done)[0] == "Versoek 7 is reeds Voltooi."
    # A value that is the person's own data is never looked up in the catalogue.
    user = NotFound("There is no user called {user}.", user="Planner")
    assert i18n.error_text(user)[0] == "Daar is geen gebruiker met die naam Planner nie."
    assert describe_error(disk_full("/media/usb")).startswith(
        "Die skyf is vol (/media/usb): niks meer kon geskryf word nie.\nNiks wat reeds"
    )
    # A message the catalogue does not know keeps its English.
    unknown = NotFound("Nothing here called {name}.", name="x")
    assert i18n.error_text(unknown) == ("Nothing here called x.", "")


def test_the_english_interface_shows_the_english_text(english):
    from clientmanager.errors import disk_full
    from clientmanager.ui.widgets import describe_error

    full = disk_full("/media/usb")
    assert describe_error(full) == f"{full.message}\n{full.hint}"
    assert full.message == "The disk is full (/media/usb): nothing more could be written."
