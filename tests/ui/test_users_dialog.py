"""The users dialog, driven like a practice manager would."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from clientmanager.errors import WrongPassword
from clientmanager.services import practice as practice_service
from clientmanager.services import users as users_service
from clientmanager.ui.users_dialog import (
    AddUserDialog,
    ChangePasswordDialog,
    SetPasswordDialog,
    UsersDialog,
)
from tests.conftest import ADMIN, ADMIN_PASSWORD

PIETER_PASSWORD = "Planner's own passphrase 7"


def _when_modal(kind, act) -> None:  # noqa: ANN001
    """Answer the next modal dialog of type ``kind`` once it is up."""

    def attempt() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind):
            act(widget)
        else:
            QTimer.singleShot(30, attempt)

    QTimer.singleShot(0, attempt)


def _open(qtbot, context, practice) -> UsersDialog:
    context.set_unlocked(practice)
    dialog = UsersDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() >= 1, timeout=10_000)
    return dialog


def test_add_a_user_then_change_role_and_disable_with_rekey(qtbot, context, practice, tmp_path):
    dialog = _open(qtbot, context, practice)
    assert dialog.table.item(0, 0).text() == ADMIN
    assert not dialog.disable_button.isEnabled()  # nothing selected

    def fill_in(add: AddUserDialog) -> None:
        qtbot.keyClicks(add.username.edit, "Pieter")
        qtbot.keyClicks(add.full_name.edit, "Pieter van Wyk")
        qtbot.keyClicks(add.passwords.password.edit, "short")
        add.passwords.repeat.set_text("short")
        qtbot.mouseClick(add.ok_button, Qt.MouseButton.LeftButton)
        assert add.isVisible() and add.passwords.password.has_error()  # too short: stays open
        qtbot.wait(50)
        add.grab().save(str(tmp_path / "add-user.png"))
        add.grab().save("/tmp/users-add.png")
        add.passwords.password.set_text(PIETER_PASSWORD)
        add.passwords.repeat.set_text(PIETER_PASSWORD)
        qtbot.mouseClick(add.ok_button, Qt.MouseButton.LeftButton)

    _when_modal(AddUserDialog, fill_in)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=20_000)
    names = [dialog.table.item(r, 0).text() for r in range(2)]
    assert "pieter" in names
    assert dialog.selected_user().username == "pieter"
    assert dialog.table.item(dialog.table.currentRow(), 2).text() == "Planner"
    practice_service.unlock_with_password(practice.paths, "pieter", PIETER_PASSWORD).close()

    dialog.role_box.setCurrentIndex(dialog.role_box.findData("compliance"))
    qtbot.mouseClick(dialog.role_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "compliance" in dialog.status.text().lower(), timeout=10_000)
    qtbot.waitUntil(lambda: dialog.selected_user().role == "compliance", timeout=10_000)
    dialog.grab().save("/tmp/users-dialog.png")

    old_key = practice.key

    def confirm(box: QMessageBox) -> None:
        assert box.checkBox().isChecked()  # re-keying is the default when someone leaves
        disable = next(b for b in box.buttons() if b.text() == "Disable")
        disable.click()

    _when_modal(QMessageBox, confirm)
    qtbot.mouseClick(dialog.disable_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "new key" in dialog.status.text(), timeout=30_000)
    qtbot.waitUntil(lambda: dialog.selected_user().is_active is False, timeout=10_000)
    assert dialog.disable_button.text() == "Enable…"
    assert context.practice.key != old_key
    try:
        practice_service.unlock_with_password(practice.paths, "pieter", PIETER_PASSWORD)
        raise AssertionError("a disabled user's password still opens the practice")
    except WrongPassword:
        pass


def test_reset_password_from_the_dialog(qtbot, context, practice):
    users_service.add_user(
        practice, username="naledi", full_name="Naledi Dube", role="assistant",
        password="Assistant keeps the diary 3",
    )  # fmt: skip
    dialog = _open(qtbot, context, practice)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10_000)
    dialog.select_user("naledi")

    def new_password(box: SetPasswordDialog) -> None:
        box.passwords.password.set_text("A brand new secret 44")
        box.passwords.repeat.set_text("A brand new secret 44")
        qtbot.mouseClick(box.ok_button, Qt.MouseButton.LeftButton)

    _when_modal(SetPasswordDialog, new_password)
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "has been reset" in dialog.status.text(), timeout=20_000)
    practice_service.unlock_with_password(practice.paths, "naledi", "A brand new secret 44").close()


def test_a_role_that_may_not_manage_users_sees_why(qtbot, context, practice):
    users_service.add_user(
        practice, username="pieter", full_name="Pieter van Wyk", role="planner",
        password=PIETER_PASSWORD,
    )  # fmt: skip
    practice.close()
    planner = practice_service.unlock_with_password(practice.paths, "pieter", PIETER_PASSWORD)
    context.set_unlocked(planner)
    dialog = UsersDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "may not manage users" in dialog.error.text()
    assert not dialog.add_button.isEnabled() and dialog.table.rowCount() == 0


def test_change_my_own_password(qtbot, context, practice):
    context.set_unlocked(practice)
    dialog = ChangePasswordDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.current.edit, "not my password")
    dialog.passwords.password.set_text("My brand new passphrase 5")
    dialog.passwords.repeat.set_text("My brand new passphrase 5")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=20_000)
    assert "current password is not right" in dialog.error.text()
    dialog.current.set_text(ADMIN_PASSWORD)
    with qtbot.waitSignal(dialog.password_changed, timeout=20_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    practice_service.unlock_with_password(
        practice.paths, ADMIN, "My brand new passphrase 5"
    ).close()
