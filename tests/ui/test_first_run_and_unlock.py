"""First-run set-up and the unlock screen, driven as a user would."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QWizard

from clientmanager.services import practice as practice_service
from clientmanager.ui.login import LAST_USER_SETTING, LoginDialog
from clientmanager.ui.setup_wizard import SetupWizard
from tests.conftest import ADMIN, ADMIN_PASSWORD


def _next(qtbot, wizard: SetupWizard, button=QWizard.WizardButton.NextButton) -> None:
    qtbot.mouseClick(wizard.button(button), Qt.MouseButton.LeftButton)


def test_setup_wizard_validates_then_creates_the_practice(qtbot, context):
    wizard = SetupWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.practice_page

    _next(qtbot, wizard)  # nothing filled in yet
    assert wizard.currentPage() is page
    assert page.practice_name.has_error() and page.officer_name.has_error()

    qtbot.keyClicks(page.practice_name.edit, "Karoo Wealth Planning")
    qtbot.keyClicks(page.officer_name.edit, "Thandi Mokoena")
    qtbot.keyClicks(page.officer_email.edit, "thandi@karoo")
    qtbot.keyClicks(page.officer_phone.edit, "021 555 12")
    _next(qtbot, wizard)
    assert wizard.currentPage() is page
    assert page.officer_email.has_error() and page.officer_phone.has_error()
    assert not page.practice_name.has_error()

    page.officer_email.set_text("")
    qtbot.keyClicks(page.officer_email.edit, "thandi@karoowealth.co.za")
    page.officer_phone.set_text("")
    qtbot.keyClicks(page.officer_phone.edit, "021 555 1234")
    _next(qtbot, wizard)
    admin = wizard.admin_page
    assert wizard.currentPage() is admin

    qtbot.keyClicks(admin.full_name.edit, "Thandi Mokoena")
    qtbot.keyClicks(admin.username.edit, "Thandi")
    qtbot.keyClicks(admin.password.edit, "short")
    qtbot.keyClicks(admin.repeat.edit, "short")
    _next(qtbot, wizard)
    assert admin.password.has_error()
    assert "at least 10 characters" in admin.password.error.text()
    assert not context.paths.exists()

    admin.password.set_text("Password1!")  # long enough, and among the first guessed
    admin.repeat.set_text("Password1!")
    _next(qtbot, wizard)
    assert wizard.currentPage() is admin
    assert "one of the most common passwords" in admin.password.error.text()

    admin.password.set_text(ADMIN_PASSWORD)
    admin.repeat.set_text(ADMIN_PASSWORD)
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.recovery_page
    assert not context.paths.exists()  # nothing is created before the code was kept

    code = wizard.recovery_page.code_label.text()
    assert len(code) == 44 and code.count("-") == 8
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()  # the code must be kept first
    sheet = wizard.recovery_page.recovery_sheet().toPlainText()
    assert code in sheet and "Karoo Wealth Planning" in sheet
    wizard.recovery_page.confirm.setChecked(True)
    assert finish.isEnabled() and finish.text() == "Create the practice"
    with qtbot.waitSignal(wizard.accepted, timeout=30_000):
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert context.paths.exists()

    practice = wizard.take_practice()
    assert practice.actor.username == "thandi" and wizard.practice is None
    practice.close()
    reopened = practice_service.unlock_with_recovery_code(context.paths, code)
    assert reopened.practice_name == "Karoo Wealth Planning"
    reopened.close()


def test_unlock_with_a_wrong_then_right_password(qtbot, context, practice):
    practice.close()
    dialog = LoginDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.username.text() == ADMIN  # the only user is filled in

    qtbot.keyClicks(dialog.password.edit, "not my password")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=10_000)
    assert "user name or password is not right" in dialog.message.text()
    assert dialog.result() != QDialog.DialogCode.Accepted

    dialog.password.set_text("")
    qtbot.keyClicks(dialog.password.edit, ADMIN_PASSWORD)
    with qtbot.waitSignal(dialog.unlocked, timeout=10_000) as unlocked:
        qtbot.keyClick(dialog.password.edit, Qt.Key.Key_Return)
    opened = unlocked.args[0]
    assert opened.actor.username == ADMIN
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert QSettings().value(LAST_USER_SETTING) == ADMIN
    opened.close()


def test_recovery_code_resets_the_password_from_the_unlock_screen(
    qtbot, context, practice, recovery_code
):
    practice.close()
    dialog = LoginDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.switch_button, Qt.MouseButton.LeftButton)
    assert dialog.in_recovery_mode()
    assert dialog.recovery_user.text() == ADMIN
    qtbot.keyClicks(dialog.recovery_code.edit, recovery_code)
    qtbot.keyClicks(dialog.new_password.edit, "A brand new sentence 5")
    qtbot.keyClicks(dialog.repeat_password.edit, "A brand new sentence 5")
    with qtbot.waitSignal(dialog.unlocked, timeout=20_000) as unlocked:
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    unlocked.args[0].close()
    practice_service.unlock_with_password(context.paths, ADMIN, "A brand new sentence 5").close()


def test_without_a_keyring_the_unlock_screen_says_why(qtbot, context, practice, fail_keyring):
    practice.close()
    dialog = LoginDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.try_keyring()  # nobody opted in: nothing to try, nothing to say
    assert not dialog.reason.isVisible()
    assert dialog.remember.isEnabled()
    # Ticking "remember" is when the keyring matters: then the screen says why it cannot.
    qtbot.mouseClick(dialog.remember, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.reason.isVisible(), timeout=10_000)
    assert "no system keyring" in dialog.reason.text()
    assert not dialog.remember.isChecked() and not dialog.remember.isEnabled()
    assert dialog.pages.isEnabled()  # and the password path is open
    qtbot.keyClicks(dialog.password.edit, ADMIN_PASSWORD)
    with qtbot.waitSignal(dialog.unlocked, timeout=20_000) as unlocked:
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    key = unlocked.args[0].key
    unlocked.args[0].close()
    assert not context.paths.keyring_marker.exists()
    for path in context.paths.data_dir.rglob("*"):
        if path.is_file():
            assert key not in path.read_bytes() and key.hex().encode() not in path.read_bytes()


def test_a_remembered_key_whose_keyring_is_gone_is_explained(qtbot, context, practice):
    import keyring
    import keyring.backends.fail

    practice.close()
    practice_service.unlock_with_password(
        context.paths, ADMIN, ADMIN_PASSWORD, remember_in_keyring=True
    ).close()
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        dialog = LoginDialog(context)
        qtbot.addWidget(dialog)
        dialog.show()
        assert not dialog.remember.isEnabled()  # checked up front: a key was remembered
        dialog.try_keyring()
        qtbot.waitUntil(lambda: dialog.reason.isVisible(), timeout=10_000)
    finally:
        keyring.set_keyring(previous)
    assert "no system keyring" in dialog.reason.text()
    assert dialog.pages.isEnabled()
