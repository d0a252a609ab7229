"""The desktop on a PC set up with ``clientmanager join``: it signs in to the practice on
the office server with the user's own password and lists the clients another PC added."""

from __future__ import annotations

from PySide6.QtCore import Qt

from clientmanager.services import client_records
from clientmanager.services import practice as practice_service
from clientmanager.store import postgres
from clientmanager.ui.context import AppContext
from clientmanager.ui.login import LoginDialog
from clientmanager.ui.main_window import MainWindow
from tests.conftest import ADMIN, ADMIN_PASSWORD

WAIT = 20_000

# The throw-away cluster and the two PCs set up on it.
pytest_plugins = ("tests.pgpractice",)


def test_the_desktop_signs_in_to_the_server_and_lists_the_other_pcs_clients(qtbot, two_pcs):
    first, second, _created = two_pcs
    reception = practice_service.unlock_with_password(first, ADMIN, ADMIN_PASSWORD)
    try:
        with reception.session() as session:
            client_id = client_records.save_client(
                session,
                reception.actor,
                values={"first_names": "Naledi", "surname": "Khumalo", "mobile": "082 555 7788"},
            )
    finally:
        reception.close()
    postgres._PASSWORDS.clear()  # the second PC's desktop finds the login's password in its keyring
    assert second.exists()  # so the desktop unlocks instead of offering to set up a practice

    context = AppContext(second)
    try:
        dialog = LoginDialog(context)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.username.text() == ADMIN  # the one user, read from the server's key slots
        qtbot.keyClicks(dialog.password.edit, ADMIN_PASSWORD)
        with qtbot.waitSignal(dialog.unlocked, timeout=WAIT) as unlocked:
            qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
        opened = unlocked.args[0]
        assert opened.on_server and opened.actor.username == ADMIN
        context.set_unlocked(opened)
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.client_list.model.rowCount() == 1, timeout=WAIT)
        assert window.client_list.model.ids == [client_id]
        # The app does not encrypt the server's copy yet: the status bar must not say so.
        assert window.lock_label.text() == "Unlocked · office server"
        window.grab().save("/tmp/pgjoin/desktop_on_server.png")
        qtbot.keyClicks(window.client_list.search, "Khum")
        qtbot.waitUntil(lambda: window.client_list.count_label.text() == "1 client", timeout=WAIT)
        assert window.client_list.model.ids == [client_id]
    finally:
        context.lock()
        context.tasks.wait_until_idle()
        context.release_practice()


def test_the_registers_and_today_refresh_when_another_pc_changes_them(qtbot, two_pcs):
    import datetime as dt

    from clientmanager.services import subject_requests
    from clientmanager.ui.rights_register import RightsRegisterDialog

    first, second, _created = two_pcs
    office = practice_service.unlock_with_password(second, ADMIN, ADMIN_PASSWORD)
    context = AppContext(second)
    context.set_unlocked(office)
    reception = practice_service.unlock_with_password(first, ADMIN, ADMIN_PASSWORD)
    try:
        assert context.change_listener.listening.wait(WAIT / 1000)
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.dashboard.dashboard is not None, timeout=WAIT)
        register = RightsRegisterDialog(context)
        qtbot.addWidget(register)
        register.show()
        qtbot.waitUntil(lambda: register.summary.text() != "Loading…", timeout=WAIT)
        assert register.table.rowCount() == 0
        with reception.session() as session:
            client_id = client_records.save_client(
                session, reception.actor, values={"first_names": "Lerato", "surname": "Mokoena"}
            )
            subject_requests.open_request(
                session, actor=reception.actor, client_id=client_id, kind="access",
                requested_by="Lerato Mokoena", received_on=dt.date.today() - dt.timedelta(days=35),
            )  # fmt: skip
        # Nobody here pressed F5 or saved anything: the server's notice did it.
        qtbot.waitUntil(lambda: register.table.rowCount() == 1, timeout=WAIT)
        qtbot.waitUntil(lambda: window.client_list.model.rowCount() == 1, timeout=WAIT)
        card = window.dashboard.requests
        qtbot.waitUntil(lambda: card.isVisible() and card.table.rowCount() == 1, timeout=WAIT)
    finally:
        reception.close()
        context.lock()
        context.tasks.wait_until_idle()
        context.release_practice()
    assert context.change_listener is None  # locking stopped the listening
